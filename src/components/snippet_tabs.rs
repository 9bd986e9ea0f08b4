use leptos::prelude::*;

use crate::browser;
use crate::catalog::HowTo;
use crate::components::CodeBlock;

/// Where the reader's language choice is kept, so every code page opens on it.
const STORAGE_KEY: &str = "snippet-language";

/// One tab per language (WAI-ARIA tabs: arrow keys, Home and End move between tabs).
/// The first language shows until the reader picks another; the choice is remembered.
#[component]
pub fn SnippetTabs(how_to: &'static [HowTo]) -> impl IntoView {
    let initial = browser::stored(STORAGE_KEY)
        .and_then(|key| how_to.iter().position(|h| h.language.key() == key))
        .unwrap_or(0);
    let (selected, set_selected) = signal(initial);
    let tab_id = |i: usize| format!("tab-{}", how_to[i].language.key());
    let panel_id = |i: usize| format!("panel-{}", how_to[i].language.key());
    let choose = move |i: usize| {
        set_selected.set(i);
        browser::store(STORAGE_KEY, how_to[i].language.key());
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = how_to.len();
        let current = selected.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" => (current + 1) % count,
            "ArrowLeft" => (current + count - 1) % count,
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        ev.prevent_default();
        choose(next);
        browser::focus_by_id(&tab_id(next));
    };
    view! {
        <div class="tabs">
            <div class="tab-list" role="tablist" aria-label="Language" on:keydown=on_key>
                {how_to
                    .iter()
                    .enumerate()
                    .map(|(i, h)| {
                        let is_selected = move || selected.get() == i;
                        view! {
                            <button
                                type="button"
                                class="tab"
                                role="tab"
                                id=tab_id(i)
                                aria-controls=panel_id(i)
                                aria-selected=move || is_selected().to_string()
                                tabindex=move || if is_selected() { "0" } else { "-1" }
                                on:click=move |_| choose(i)
                            >
                                {h.language.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            {how_to
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    view! {
                        <div
                            class="tab-panel"
                            role="tabpanel"
                            id=panel_id(i)
                            aria-labelledby=tab_id(i)
                            hidden=move || selected.get() != i
                        >
                            <CodeBlock
                                label=h.language.label()
                                code=h.marked
                                copy_label=format!("the {} snippet", h.language.label())
                            />
                            {h
                                .note
                                .map(|note| {
                                    view! {
                                        <p class="snippet-note">
                                            {note}
                                            {h.source.map(|url| view! { " (" <a href=url rel="external">"source"</a> ")" })}
                                        </p>
                                    }
                                })}
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}
