//! `/`: the guide, the groups, and the table of every code with the filter. The filter's
//! only state is the URL's query (`?q=...&group=...`).

use leptos::html::Input;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::catalog::{GROUPS, GUIDE};
use crate::components::{CodeTable, GroupList, Prose};
use crate::routes::{echo, href};
use crate::search::{Filter, result_summary};

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <article class="home">
            <h1>{GUIDE.title}</h1>
            <p class="lead">{GUIDE.intro}</p>
            <p class="note">{GUIDE.documentation_note}</p>
            <section aria-labelledby="what-heading">
                <h2 id="what-heading">"What 4xx means"</h2>
                <p>{GUIDE.what_4xx_means}</p>
            </section>
            <section aria-labelledby="where-heading">
                <h2 id="where-heading">"Where 4xx responses appear"</h2>
                <ul>{GUIDE.where_they_appear.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul>
            </section>
            <section aria-labelledby="notes-heading">
                <h2 id="notes-heading">"Implementation notes"</h2>
                <ul>
                    {GUIDE
                        .implementation_notes
                        .iter()
                        .map(|item| view! { <li><Prose text=item /></li> })
                        .collect_view()}
                </ul>
            </section>
            <GroupList />
            <FilterableTable />
        </article>
    }
}

#[component]
fn FilterableTable() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let params = query.read();
        Filter::new(params.get_str("q"), params.get_str("group"))
    });
    let results = Memo::new(move |_| filter.read().apply());
    let navigate = use_navigate();

    let go = move |next: Filter, replace: bool| {
        // The full address, unresolved: the router's own resolving would drop the slash
        // between a sub-path and the query (`/4xx-guide?q=` instead of `/4xx-guide/?q=`).
        let options = NavigateOptions {
            replace,
            scroll: false,
            resolve: false,
            ..Default::default()
        };
        navigate(&href(&next.to_url()), options);
    };
    let on_query = {
        let go = go.clone();
        move |ev| {
            let next = Filter {
                query: event_target_value(&ev),
                ..filter.get_untracked()
            };
            // Typing replaces the history entry, so Back leaves the page instead of
            // replaying every keystroke.
            go(next, true);
        }
    };
    let on_group = move |ev| {
        let value = event_target_value(&ev);
        let group = (!value.is_empty()).then_some(value);
        go(
            Filter {
                group,
                ..filter.get_untracked()
            },
            false,
        );
    };

    // "/" jumps to the filter from anywhere on the page, as on many documentation sites.
    let filter_input = NodeRef::<Input>::new();
    let shortcut = window_event_listener(leptos::ev::keydown, move |ev| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let target_tag = target.map(|el| {
            if el.has_attribute("contenteditable") {
                "EDITABLE".to_owned()
            } else {
                el.tag_name()
            }
        });
        let modified = ev.ctrl_key() || ev.meta_key() || ev.alt_key();
        if is_filter_shortcut(&ev.key(), modified, target_tag.as_deref()) {
            ev.prevent_default();
            if let Some(input) = filter_input.get() {
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || shortcut.remove());

    let query_text = move || filter.read().query.clone();
    let group_value = move || filter.read().known_group().map(|g| g.slug).unwrap_or_default();
    let unknown_group = move || {
        let f = filter.read();
        f.group.clone().filter(|_| f.known_group().is_none())
    };

    view! {
        <section class="all-codes" aria-labelledby="codes-heading">
            <h2 id="codes-heading">"All 4xx status codes"</h2>
            <form class="filter" role="search" action=href("/") method="get" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <span class="field-label">
                        <label for="filter-q">"Filter"</label>
                        // Announced through aria-keyshortcuts on the input instead.
                        <span class="shortcut-hint" aria-hidden="true">"press " <kbd>"/"</kbd></span>
                    </span>
                    <input
                        node_ref=filter_input
                        id="filter-q"
                        name="q"
                        type="search"
                        placeholder="Code, name, header or word: 41, auth, Retry-After"
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby="filter-status"
                        aria-keyshortcuts="/"
                        value=query_text
                        prop:value=query_text
                        on:input=on_query
                    />
                </div>
                <div class="field">
                    <label for="filter-group">"Group"</label>
                    <select id="filter-group" name="group" prop:value=group_value on:change=on_group>
                        <option value="" selected=move || group_value().is_empty()>
                            "All groups"
                        </option>
                        {[("Common groups", true), ("More groups", false)]
                            .into_iter()
                            .map(|(label, common)| {
                                view! {
                                    <optgroup label=label>
                                        {GROUPS
                                            .iter()
                                            .filter(move |g| g.common == common)
                                            .map(|g| {
                                                view! {
                                                    <option value=g.slug selected=move || group_value() == g.slug>
                                                        {g.name}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </optgroup>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <noscript>
                    <p class="note">"Filtering needs JavaScript; the full table is below."</p>
                </noscript>
            </form>
            {move || {
                unknown_group()
                    .map(|slug| {
                        view! {
                            <p class="note">
                                "There is no group “" {echo(&slug)} "”, so codes from every group are shown."
                            </p>
                        }
                    })
            }}
            <p id="filter-status" class="filter-status" role="status" aria-live="polite">
                {move || result_summary(results.read().len(), &filter.read())}
            </p>
            <Show when=move || !results.read().is_empty() fallback=move || view! { <EmptyResults filter /> }>
                <CodeTable codes=results />
            </Show>
        </section>
    }
}

#[component]
fn EmptyResults(filter: Memo<Filter>) -> impl IntoView {
    let words = move || echo(filter.read().query.trim());
    let group = move || filter.read().known_group().map(|g| g.name);
    view! {
        <div class="empty-results">
            <p>
                "No code matches “" {words} "”"
                {move || group().map(|name| format!(" in the group {name}"))}
                "."
            </p>
            <p>
                <a href=href("/")>"Clear the filter"</a>
                " and see all codes, or try a number such as 41, a word such as “auth”, or a header such as Retry-After."
            </p>
        </div>
    }
}

/// Whether a key press should move focus to the filter: a plain "/" typed anywhere but in
/// a field, where it is just a character.
pub fn is_filter_shortcut(key: &str, modified: bool, target_tag: Option<&str>) -> bool {
    key == "/" && !modified && !matches!(target_tag, Some("INPUT" | "TEXTAREA" | "SELECT" | "EDITABLE"))
}

#[cfg(test)]
mod tests {
    use super::is_filter_shortcut;

    #[test]
    fn slash_focuses_the_filter_except_while_typing() {
        assert!(is_filter_shortcut("/", false, Some("BODY")));
        assert!(is_filter_shortcut("/", false, None));
        assert!(!is_filter_shortcut("/", true, Some("BODY")));
        assert!(!is_filter_shortcut("/", false, Some("INPUT")));
        assert!(!is_filter_shortcut("/", false, Some("EDITABLE")));
        assert!(!is_filter_shortcut("a", false, Some("BODY")));
    }
}
