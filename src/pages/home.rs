//! `/`: search first (ranked, forgiving, the URL its only state), the table of every code,
//! the groups and the guide's text. `?q=` and `?group=` filter; `?view=full` shows the
//! guide's full meanings in the table instead of our one-line summaries.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::catalog::{self, GROUPS, GUIDE};
use crate::components::{CodeTable, Correction, GroupList, Later, Prose, Section};
use crate::routes::{code_path, echo, href};
use crate::search::{Filter, Hit, Reason, View, excerpt, result_summary};
use crate::text::push_escaped;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <article class="home">
            <h1>{GUIDE.title}</h1>
            // The search comes first so that its results fit the first screen of a phone.
            <Search />
            <p class="lead">{GUIDE.intro}</p>
            <p class="guide-pick">
                "Choosing a code for your API? " <a href=href("/choose/")>"Let the guide pick it"</a>
                " with a few plain questions."
            </p>
            // Below the first screen: renders a task later while the app starts.
            <Later>
                <GroupList />
                <Section id="guide" title="What 4xx means" fixed=true>
                    <p>{GUIDE.what_4xx_means}</p>
                    <h3>"Where 4xx responses appear"</h3>
                    <ul>
                        {GUIDE
                            .where_they_appear
                            .iter()
                            .enumerate()
                            .map(|(i, item)| {
                                view! {
                                    <li>
                                        {*item}
                                        {GUIDE
                                            .corrections_of("where_they_appear", Some(i))
                                            .map(|c| view! { <Correction correction=c /> })
                                            .collect_view()}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <h3>"Implementation notes"</h3>
                    <ul>
                        {GUIDE
                            .implementation_notes
                            .iter()
                            .map(|item| view! { <li><Prose text=item /></li> })
                            .collect_view()}
                    </ul>
                    <p class="note">{GUIDE.documentation_note}</p>
                </Section>
                <p>
                    "Seen a 4xx number that is not in the table, such as nginx's 499 or 444? "
                    <a href=href("/unofficial/")>"Codes met in logs but not registered"</a>
                    "."
                </p>
            </Later>
        </article>
    }
}

/// The search box and what it finds: ranked results while there is a query (a
/// combobox: arrows move, Enter opens, Esc clears), the whole table when there is not.
#[component]
fn Search() -> impl IntoView {
    let query = use_query_map();
    let address = Memo::new(move |_| {
        let params = query.read();
        Filter::from_params(params.get_str("q"), params.get_str("group"), params.get_str("view"))
    });
    // What the reader has typed that the address does not show yet: the results follow the
    // box at once, and the address catches up once that frame is painted (`on_query`).
    // Anything that changes the address (Back, a link, Escape) ends it.
    let typed = RwSignal::new(None::<String>);
    Effect::new(move |first_run: Option<()>| {
        address.track();
        // Not at first: text carried over from before the app took over is typed already.
        if first_run.is_some() {
            typed.set(None);
        }
    });
    let filter = Memo::new(move |_| {
        let mut filter = address.get();
        if let Some(query) = typed.get() {
            filter.query = query;
        }
        filter
    });
    let hits = Memo::new(move |_| filter.read().ranked());
    // Build the search index soon after the page is up, not on the reader's first
    // keystroke, where it would delay the first results; a step per task, so that the page
    // never stops answering for long. A keystroke before the end finishes it at once.
    // (When the app starts on this page, the index is built before it renders, and this
    // finds it done.)
    Effect::new(|_| set_timeout(build_index_in_steps, std::time::Duration::from_millis(200)));
    let (selected, set_selected) = signal(0usize);
    // A new query starts the selection at its best result.
    Effect::new(move |_| {
        filter.track();
        set_selected.set(0);
    });
    let navigate = use_navigate();
    let go = {
        let navigate = navigate.clone();
        move |address: String, replace: bool| {
            // The full address, unresolved: the router's own resolving would drop the slash
            // between a sub-path and the query (`/4xx-guide?q=` instead of `/4xx-guide/?q=`).
            let options = NavigateOptions {
                replace,
                scroll: false,
                resolve: false,
                ..Default::default()
            };
            navigate(&address, options);
        }
    };
    // Puts what was typed into the address, replacing the history entry so that Back
    // leaves the page instead of replaying every keystroke. `typed` is left for the effect
    // above to end once the address shows it: the router updates the address a step later
    // than this, and ending it here would show the old address's results in between.
    let write_address = {
        let go = go.clone();
        move || {
            if typed.with_untracked(Option::is_some) {
                go(href(&filter.get_untracked().to_url()), true);
            }
        }
    };
    // How many rows of results (or of the table) a keystroke's own frame adds: about a
    // screenful. The rest follow in the task after that frame is painted.
    let (first_rows, set_first_rows) = signal(usize::MAX);
    let catch_up_due = StoredValue::new(false);
    let catch_up = {
        let write_address = write_address.clone();
        move || {
            // Enter may have opened a code's page in the meantime: this page and its state
            // are gone, and there is nothing to catch up.
            if catch_up_due.try_get_value().is_none() {
                return;
            }
            catch_up_due.set_value(false);
            set_first_rows.set(usize::MAX);
            write_address();
        }
    };
    let on_query = move |ev| {
        set_first_rows.set(rows_in(crate::browser::space_below("filter-status")));
        typed.set(Some(event_target_value(&ev)));
        // Changing the address costs more than showing the results (the browser records
        // the new address, which is no part of the results), so it waits until the frame
        // that shows them is painted, as do rows below the screen: the task after the
        // next frame.
        if !catch_up_due.get_value() {
            catch_up_due.set_value(true);
            let catch_up = catch_up.clone();
            request_animation_frame(move || set_timeout(catch_up, std::time::Duration::ZERO));
        }
    };
    let search_input = NodeRef::<Input>::new();
    let on_key = {
        let go = go.clone();
        let write_address = write_address.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let count = hits.with_untracked(Vec::len);
            match ev.key().as_str() {
                "ArrowDown" if count > 0 => {
                    ev.prevent_default();
                    set_selected.update(|i| *i = (*i + 1).min(count - 1));
                }
                "ArrowUp" if count > 0 => {
                    ev.prevent_default();
                    set_selected.update(|i| *i = i.saturating_sub(1));
                }
                "Enter" => {
                    let target = hits.with_untracked(|h| h.get(selected.get_untracked()).map(|hit| hit.code));
                    if let Some(code) = target {
                        ev.prevent_default();
                        write_address();
                        go(href(&code_path(code)), false);
                    }
                }
                "Escape" => {
                    ev.prevent_default();
                    // The box is empty at once, whenever the address follows.
                    typed.set(Some(String::new()));
                    if let Some(input) = search_input.get_untracked() {
                        input.set_value("");
                    }
                    let cleared = Filter {
                        query: String::new(),
                        ..filter.get_untracked()
                    };
                    go(href(&cleared.to_url()), true);
                }
                _ => {}
            }
        }
    };
    let on_group = {
        let go = go.clone();
        move |ev| {
            write_address();
            let value = event_target_value(&ev);
            let next = Filter {
                group: (!value.is_empty()).then_some(value),
                ..filter.get_untracked()
            };
            go(href(&next.to_url()), false);
        }
    };

    // "/" jumps to the search box from anywhere on the page, as on many documentation sites.
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
        if is_search_shortcut(&ev.key(), modified, target_tag.as_deref()) {
            ev.prevent_default();
            if let Some(input) = search_input.get() {
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || shortcut.remove());

    let query_text = move || address.read().query.clone();
    // The box follows changes of the address (Back, a link; its first value comes from the
    // `value` attribute) but is left alone when it already says the same: setting an
    // input's value moves the caret to its end.
    Effect::new(move |previous: Option<()>| {
        let query = query_text();
        if previous.is_some()
            && let Some(input) = search_input.get_untracked()
            && input.value() != query
        {
            input.set_value(&query);
        }
    });
    let searching = move || !filter.read().query.trim().is_empty();
    let expanded = move || (searching() && !hits.read().is_empty()).to_string();
    let active = move || {
        searching()
            .then(|| hits.with(|h| h.get(selected.get()).map(|hit| format!("result-{}", hit.code))))
            .flatten()
    };
    // The group comes from the address alone (typing changes only the query), so these
    // are not worked out again on every keystroke.
    let group_value = move || address.read().known_group().map(|g| g.slug).unwrap_or_default();
    let unknown_group = move || {
        let f = address.read();
        f.group.clone().filter(|_| f.known_group().is_none())
    };
    // Without a query the ranked hits are the group's codes in code order: the table.
    let table_codes = Signal::derive(move || {
        hits.read()
            .iter()
            .take(first_rows.get())
            .filter_map(|h| catalog::find_code(h.code))
            .collect::<Vec<_>>()
    });
    let full = Signal::derive(move || filter.read().view == View::Full);
    let view_switch = move || {
        let f = filter.read();
        let other = Filter {
            view: if f.view == View::Full {
                View::Summary
            } else {
                View::Full
            },
            ..f.clone()
        };
        let label = if f.view == View::Full {
            "Show one-line summaries"
        } else {
            "Show the guide's full meanings"
        };
        view! { <a class="view-switch" href=href(&other.to_url())>{label}</a> }
    };

    view! {
        <section class="all-codes" aria-labelledby="codes-heading">
            <h2 id="codes-heading">"All 4xx status codes"</h2>
            <form class="filter" role="search" action=href("/") method="get" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <span class="field-label">
                        <label for="filter-q">"Search the codes"</label>
                        // Announced through aria-keyshortcuts on the input instead.
                        <span class="shortcut-hint" aria-hidden="true">"press " <kbd>"/"</kbd></span>
                    </span>
                    <input
                        node_ref=search_input
                        id="filter-q"
                        name="q"
                        // A text input: the HTML standard lets it be a combobox, not a search field.
                        type="text"
                        enterkeyhint="search"
                        role="combobox"
                        aria-haspopup="grid"
                        aria-autocomplete="list"
                        aria-controls="search-results"
                        aria-expanded=expanded
                        aria-activedescendant=active
                        aria-describedby="filter-status"
                        aria-keyshortcuts="/"
                        placeholder="A code, a word, an error message: 413, too big, Retry-After"
                        autocomplete="off"
                        spellcheck="false"
                        // The first value only (the effect above keeps the box up to date):
                        // changing the attribute later would restyle the box for nothing.
                        value=address.with_untracked(|f| f.query.clone())
                        on:input=on_query
                        on:keydown=on_key
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
                <button type="submit" class="search-submit">"Search"</button>
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
                {move || result_summary(hits.read().len(), &filter.read())}
            </p>
            <Show
                when=searching
                fallback=move || {
                    view! {
                        <p class="table-view">{view_switch}</p>
                        <CodeTable codes=table_codes full />
                    }
                }
            >
                <Show when=move || !hits.read().is_empty() fallback=move || view! { <NoMatch filter /> }>
                    <ResultGrid hits selected first_rows />
                </Show>
            </Show>
        </section>
    }
}

/// The results. A grid, not a listbox: each result is a real link (open in a new tab,
/// copy its address), and a listbox's options may not hold links.
#[component]
fn ResultGrid(
    hits: Memo<Vec<Hit<'static>>>,
    selected: ReadSignal<usize>,
    first_rows: ReadSignal<usize>,
) -> impl IntoView {
    // A keystroke's own frame gets the first `first_rows`, about a screenful; the rest
    // follow once it is painted.
    let shown_rows = move || hits.with(|h| shown_rows(&h[..h.len().min(first_rows.get())]));
    let first = shown_rows();
    let grid = NodeRef::<leptos::html::Div>::new();
    let markup = result_rows_html(&first, 0, selected.get_untracked());
    // A keystroke changes only the rows that now say something else, with markup the
    // browser parses: rows that stay keep their layout (text shaping is the dearest part
    // of a frame here), and a few calls from wasm replace the many that building and
    // patching each node would take.
    Effect::new(move |before: Option<Vec<ShownRow>>| {
        let now = shown_rows();
        let before = before.unwrap_or_else(|| first.clone());
        if let Some(grid) = grid.get_untracked() {
            for patch in row_patches(&before, &now) {
                apply_patch(&grid, patch, &now, selected.get_untracked());
            }
        }
        now
    });
    // Arrow keys move the selection without touching the rows.
    Effect::new(move |_| {
        let chosen = hits.with(|h| h.get(selected.get()).map(|hit| hit.code));
        mark_selected(chosen);
    });
    view! {
        <div node_ref=grid id="search-results" class="results" role="grid" aria-label="Results" inner_html=markup></div>
    }
}

fn apply_patch(grid: &web_sys::Element, patch: RowPatch, rows: &[ShownRow], selected: usize) {
    // A live list: it follows the replacements and removals below.
    let children = grid.children();
    let row = |i: usize| children.item(i as u32);
    match patch {
        RowPatch::All => grid.set_inner_html(&result_rows_html(rows, 0, selected)),
        RowPatch::Replace(i) => {
            if let Some(old) = row(i) {
                old.set_outer_html(&result_rows_html(&rows[i..=i], i, selected));
            }
        }
        RowPatch::Why(i) => {
            if let Some(why) = row(i).and_then(|r| r.query_selector(".match-why").ok().flatten()) {
                why.set_inner_html(&rows[i].why);
            }
        }
        RowPatch::Truncate(len) => {
            for i in (len..children.length() as usize).rev() {
                if let Some(extra) = row(i) {
                    extra.remove();
                }
            }
        }
        RowPatch::Append(from) => {
            let _ = grid.insert_adjacent_html("beforeend", &result_rows_html(&rows[from..], from, selected));
        }
    }
}

/// Marks the result of `chosen` as the combobox's active one, and no other.
fn mark_selected(chosen: Option<u16>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let chosen = chosen.map(|code| format!("result-{code}"));
    if let Ok(cells) = document.query_selector_all(r#"#search-results [aria-selected="true"]"#) {
        for i in 0..cells.length() {
            if let Some(cell) = cells.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                && Some(cell.id()) != chosen
            {
                let _ = cell.set_attribute("aria-selected", "false");
            }
        }
    }
    if let Some(cell) = chosen.and_then(|id| document.get_element_by_id(&id)) {
        let _ = cell.set_attribute("aria-selected", "true");
    }
}

/// What a row of results shows that a keystroke can change: its code, and why it matched
/// (as HTML).
#[derive(Clone, Debug, PartialEq)]
pub struct ShownRow {
    pub code: u16,
    pub why: String,
}

pub fn shown_rows(hits: &[Hit]) -> Vec<ShownRow> {
    hits.iter()
        .map(|hit| ShownRow {
            code: hit.code,
            why: why_html(hit.reasons.first()),
        })
        .collect()
}

/// One change to the rows on the page, by place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RowPatch {
    /// Every row anew.
    All,
    /// The row at this place shows another code.
    Replace(usize),
    /// The row at this place keeps its code and says another reason.
    Why(usize),
    /// The rows from this place on go.
    Truncate(usize),
    /// The rows from this place to the end are new.
    Append(usize),
}

/// The changes that turn the rows `before` into the rows `now`, place by place. When no
/// row would stay, all are built anew in one go.
pub fn row_patches(before: &[ShownRow], now: &[ShownRow]) -> Vec<RowPatch> {
    let common = before.len().min(now.len());
    let mut patches = Vec::new();
    let mut kept = 0;
    for (i, (old, new)) in before.iter().zip(now).enumerate() {
        if old.code != new.code {
            patches.push(RowPatch::Replace(i));
        } else {
            kept += 1;
            if old.why != new.why {
                patches.push(RowPatch::Why(i));
            }
        }
    }
    if common > 0 && kept == 0 {
        return vec![RowPatch::All];
    }
    if before.len() > now.len() {
        patches.push(RowPatch::Truncate(now.len()));
    } else if now.len() > before.len() {
        patches.push(RowPatch::Append(before.len()));
    }
    patches
}

/// The number of rows that surely fill `space` pixels (none is under 40 pixels high),
/// and at least a few; all of them when the space is unknown.
pub fn rows_in(space: f64) -> usize {
    if space.is_finite() {
        (space.max(0.0) / 40.0).ceil() as usize + 3
    } else {
        usize::MAX
    }
}

/// Result rows as HTML, the first of them at place `from`: each a single link with the
/// code, its name, its summary and why it matched; the one at place `selected` is marked
/// as the combobox's active result.
pub fn result_rows_html(rows: &[ShownRow], from: usize, selected: usize) -> String {
    let mut out = String::new();
    for (i, row) in rows.iter().enumerate() {
        let code = row.code;
        let (title, summary) = result_title_html(code);
        out.push_str(&format!(
            r#"<div role="row"><div role="gridcell" id="result-{code}" aria-selected="{}"><a href=""#,
            from + i == selected
        ));
        push_escaped(&mut out, &href(&code_path(code)));
        out.push_str(r#"" tabindex="-1" class="result"><span class="result-title">"#);
        out.push_str(&title);
        out.push_str(r#"</span><span class="result-summary">"#);
        push_escaped(&mut out, summary);
        out.push_str(r#"</span><span class="match-why">"#);
        out.push_str(&row.why);
        out.push_str("</span></a></div></div>");
    }
    out
}

/// A result's title as HTML (its code, its name, and that it is not registered), and
/// its one-line summary.
pub fn result_title_html(code: u16) -> (String, &'static str) {
    let (name, summary, registered) = match catalog::find_code(code) {
        Some(status) => (status.title_name(), status.summary, true),
        None => match catalog::find_unofficial(code) {
            Some(entry) => (
                entry.name,
                entry.uses.first().map(|u| u.when).unwrap_or_default(),
                false,
            ),
            None => ("", "", false),
        },
    };
    let mut out = format!(r#"<span class="code-number">{code}</span> <span class="result-name">"#);
    push_escaped(&mut out, name);
    out.push_str("</span>");
    if !registered {
        out.push_str(r#"<span class="tag-unofficial">not registered</span>"#);
    }
    (out, summary)
}

/// Why a result matched, as HTML: the field and an excerpt of its text with the matched
/// words in `<mark>`; empty when there is nothing to show.
pub fn why_html(reason: Option<&Reason>) -> String {
    let Some(reason) = reason.filter(|r| !r.text.is_empty()) else {
        return String::new();
    };
    let corrected = if reason.misspelled { " (spelling corrected)" } else { "" };
    let mut out = format!("Matched {}{corrected}: ", reason.field.label());
    for (marked, text) in excerpt(reason.text, &reason.spans, 140) {
        if marked {
            out.push_str("<mark>");
            push_escaped(&mut out, &text);
            out.push_str("</mark>");
        } else {
            push_escaped(&mut out, &text);
        }
    }
    if !reason.note.is_empty() {
        out.push_str(" (");
        push_escaped(&mut out, reason.note);
        out.push(')');
    }
    out
}

#[component]
fn NoMatch(filter: Memo<Filter>) -> impl IntoView {
    let words = move || echo(filter.read().query.trim());
    let group = move || filter.read().known_group().map(|g| g.name);
    view! {
        <div class="empty-results">
            <p>
                "Nothing matches “" {words} "”"
                {move || group().map(|name| format!(" in the group {name}"))}
                "."
            </p>
            <p>
                "Choosing a code? " <a href=href("/choose/")>"Let the guide pick it"</a>
                " with a few plain questions. Or "
                <a href=href("/")>"clear the search"</a>
                " and see every code."
            </p>
        </div>
    }
}

/// Whether a key press should move focus to the search box: a plain "/" typed anywhere
/// but in a field, where it is just a character.
pub fn is_search_shortcut(key: &str, modified: bool, target_tag: Option<&str>) -> bool {
    key == "/" && !modified && !matches!(target_tag, Some("INPUT" | "TEXTAREA" | "SELECT" | "EDITABLE"))
}

fn build_index_in_steps() {
    if !crate::search::build_catalogue_index_step() {
        set_timeout(build_index_in_steps, std::time::Duration::ZERO);
    }
}

#[cfg(test)]
mod tests {
    use super::{
        RowPatch, ShownRow, is_search_shortcut, result_rows_html, result_title_html, row_patches, rows_in, shown_rows,
        why_html,
    };
    use crate::components::code_rows_html;
    use crate::search::{Field, Reason};

    #[test]
    fn a_keystroke_renders_a_screenful_of_rows_first() {
        assert_eq!(rows_in(400.0), 13);
        assert_eq!(rows_in(401.0), 14);
        assert_eq!(rows_in(-250.0), 3);
        assert_eq!(rows_in(f64::INFINITY), usize::MAX);
        assert_eq!(rows_in(f64::NAN), usize::MAX);
    }

    #[test]
    fn a_reason_shows_its_field_and_marks_the_matched_words_as_text() {
        let text = "Request <Header> Too Large";
        let at = text.find("Too").unwrap();
        let mut reason = Reason {
            field: Field::Name,
            text,
            note: "",
            spans: vec![(at, text.len())],
            misspelled: false,
        };
        assert_eq!(
            why_html(Some(&reason)),
            "Matched name: Request &lt;Header&gt; <mark>Too Large</mark>"
        );
        reason.misspelled = true;
        reason.note = "nginx & co";
        assert_eq!(
            why_html(Some(&reason)),
            "Matched name (spelling corrected): Request &lt;Header&gt; <mark>Too Large</mark> (nginx &amp; co)"
        );
        reason.text = "";
        assert_eq!(why_html(Some(&reason)), "");
        assert_eq!(why_html(None), "");
    }

    fn rows(rows: &[(u16, &str)]) -> Vec<ShownRow> {
        rows.iter()
            .map(|&(code, why)| ShownRow {
                code,
                why: why.to_owned(),
            })
            .collect()
    }

    #[test]
    fn a_keystroke_patches_only_the_rows_that_say_something_new() {
        use RowPatch::*;
        let before = rows(&[(413, "a"), (431, "b"), (414, "c")]);
        // The same rows: nothing to do.
        assert_eq!(row_patches(&before, &before), vec![]);
        // A longer query: the same codes, one new reason, one row fewer.
        assert_eq!(
            row_patches(&before, &rows(&[(413, "a"), (431, "B")])),
            vec![Why(1), Truncate(2)]
        );
        // Another code in second place, and a new last row.
        assert_eq!(
            row_patches(&before, &rows(&[(413, "a"), (400, "b"), (414, "c"), (499, "")])),
            vec![Replace(1), Append(3)]
        );
        // Rows that change places are other codes at those places.
        assert_eq!(
            row_patches(&before, &rows(&[(431, "b"), (413, "a"), (414, "c")])),
            vec![Replace(0), Replace(1)]
        );
        // The catch-up after a keystroke's frame: the rows below the screen.
        assert_eq!(row_patches(&before[..1], &before), vec![Append(1)]);
        assert_eq!(row_patches(&[], &before), vec![Append(0)]);
        assert_eq!(row_patches(&before, &[]), vec![Truncate(0)]);
        // No row stays: all anew in one go.
        assert_eq!(row_patches(&before, &rows(&[(404, "a"), (410, "b")])), vec![All]);
    }

    #[test]
    fn patching_rows_ends_with_the_rows_built_anew() {
        // Applies the patches to the rows as markup, as the page does to its elements.
        fn apply(before: &[ShownRow], now: &[ShownRow], selected: usize) -> Vec<String> {
            let mut page: Vec<String> = (0..before.len())
                .map(|i| result_rows_html(&before[i..=i], i, selected))
                .collect();
            for patch in row_patches(before, now) {
                match patch {
                    RowPatch::All => {
                        page = (0..now.len())
                            .map(|i| result_rows_html(&now[i..=i], i, selected))
                            .collect()
                    }
                    RowPatch::Replace(i) | RowPatch::Why(i) => page[i] = result_rows_html(&now[i..=i], i, selected),
                    RowPatch::Truncate(len) => page.truncate(len),
                    RowPatch::Append(from) => {
                        page.extend((from..now.len()).map(|i| result_rows_html(&now[i..=i], i, selected)))
                    }
                }
            }
            page
        }
        let codes = [400u16, 401, 403, 404, 413, 429, 431];
        let mut seed = 7u32;
        let mut next = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as usize
        };
        for _ in 0..500 {
            let mut make = || {
                let n = next() % 5;
                let mut picked: Vec<u16> = Vec::new();
                while picked.len() < n {
                    let code = codes[next() % codes.len()];
                    if !picked.contains(&code) {
                        picked.push(code);
                    }
                }
                picked
                    .into_iter()
                    .map(|code| (code, ["", "x", "y"][next() % 3]))
                    .collect::<Vec<_>>()
            };
            let (before, now) = (rows(&make()), rows(&make()));
            assert_eq!(
                apply(&before, &now, 0).concat(),
                result_rows_html(&now, 0, 0),
                "{before:?} -> {now:?}"
            );
        }
    }

    #[test]
    fn result_rows_link_their_codes_and_mark_the_selected_one() {
        let hits = crate::search::Filter::from_params(Some("too large"), None, None).ranked();
        let shown = shown_rows(&hits);
        assert_eq!(shown[0].code, 413);
        assert!(shown[0].why.contains("<mark>"), "{}", shown[0].why);
        let html = result_rows_html(&shown[..2], 0, 1);
        assert_eq!(html.matches(r#"role="row""#).count(), 2);
        assert!(html.starts_with(r#"<div role="row"><div role="gridcell" id="result-413" aria-selected="false"><a href="/codes/413/" tabindex="-1" class="result">"#), "{html}");
        assert_eq!(html.matches(r#"aria-selected="true""#).count(), 1);
        assert!(html.contains(&format!(r#"id="result-{}" aria-selected="true""#, shown[1].code)));
        // Rows built from a later place keep their places' selection.
        assert!(result_rows_html(&shown[1..2], 1, 1).contains(r#"aria-selected="true""#));
    }

    #[test]
    fn a_result_title_names_the_code_and_says_when_it_is_not_registered() {
        let (title, summary) = result_title_html(429);
        assert!(
            title.starts_with(
                r#"<span class="code-number">429</span> <span class="result-name">Too Many Requests</span>"#
            )
        );
        assert!(!title.contains("not registered"));
        assert!(summary.contains("too many requests"), "{summary}");
        let (title, _) = result_title_html(499);
        assert!(
            title.ends_with(r#"<span class="tag-unofficial">not registered</span>"#),
            "{title}"
        );
    }

    #[test]
    fn table_rows_carry_their_ids_links_and_the_chosen_text() {
        let codes: Vec<_> = [404, 413]
            .iter()
            .filter_map(|&c| crate::catalog::find_code(c))
            .collect();
        let summary = code_rows_html(&codes, false);
        assert_eq!(summary.matches("<tr ").count(), 2);
        assert!(summary.starts_with(r#"<tr id="row-404"><td class="code-cell"><span class="code-number">404</span></td><th scope="row" class="name-cell"><a href="/codes/404/">Not Found</a>"#), "{summary}");
        assert!(
            summary.contains(r#"<span class="other-names">Also: Payload Too Large"#),
            "{summary}"
        );
        let esc = |t: &str| {
            t.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;")
        };
        assert!(summary.contains(&esc(codes[0].summary)) && !summary.contains(&esc(codes[0].meaning)));
        let full = code_rows_html(&codes, true);
        assert!(full.contains(&esc(codes[1].meaning)) && !full.contains(&esc(codes[1].summary)));
        assert!(code_rows_html(&[], false).is_empty());
    }

    #[test]
    fn slash_focuses_the_search_except_while_typing() {
        assert!(is_search_shortcut("/", false, Some("BODY")));
        assert!(is_search_shortcut("/", false, None));
        assert!(!is_search_shortcut("/", true, Some("BODY")));
        assert!(!is_search_shortcut("/", false, Some("INPUT")));
        assert!(!is_search_shortcut("/", false, Some("EDITABLE")));
        assert!(!is_search_shortcut("a", false, Some("BODY")));
    }
}
