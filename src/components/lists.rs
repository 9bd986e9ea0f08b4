use leptos::prelude::*;

use crate::catalog::{self, GROUPS, Group, Status};
use crate::routes::{code_path, group_path, href};
use crate::text::push_escaped;

/// Codes as a short list: number, name and our one-line summary.
#[component]
pub fn CodeList(codes: Vec<&'static Status>) -> impl IntoView {
    view! {
        <ul class="code-list">
            {codes
                .into_iter()
                .map(|status| {
                    view! {
                        <li>
                            <a href=href(&code_path(status.code))>
                                <span class="code-number">{status.code}</span>
                                " "
                                {status.title_name()}
                            </a>
                            <span class="code-list-meaning">{status.summary}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The table of codes: number, name (with former names) and our one-line summary, or
/// the guide's full meaning (`full`). Each row is one link, on the name.
#[component]
pub fn CodeTable(#[prop(into)] codes: Signal<Vec<&'static Status>>, #[prop(into)] full: Signal<bool>) -> impl IntoView {
    view! {
        <table class="code-table">
            <thead>
                <tr>
                    <th scope="col">"Code"</th>
                    <th scope="col">"Name"</th>
                    <th scope="col">{move || if full.get() { "Meaning (the guide's text)" } else { "In one line" }}</th>
                </tr>
            </thead>
            // Markup the browser parses in one go: the table is built again each time a
            // search is cleared, and a few hundred nodes made one call at a time from wasm
            // cost that keystroke several frames.
            <tbody inner_html=move || code_rows_html(&codes.read(), full.get())></tbody>
        </table>
    }
}

/// The rows of [`CodeTable`] as HTML.
pub fn code_rows_html(codes: &[&Status], full: bool) -> String {
    let mut out = String::new();
    for status in codes {
        let code = status.code;
        out.push_str(&format!(
            r#"<tr id="row-{code}"><td class="code-cell"><span class="code-number">{code}</span></td><th scope="row" class="name-cell"><a href=""#
        ));
        push_escaped(&mut out, &href(&code_path(code)));
        out.push_str("\">");
        push_escaped(&mut out, status.title_name());
        out.push_str("</a>");
        let other_names = status.other_names();
        if !other_names.is_empty() {
            out.push_str(r#"<span class="other-names">Also: "#);
            push_escaped(&mut out, &other_names.join(", "));
            out.push_str("</span>");
        }
        out.push_str(r#"</th><td class="meaning-cell">"#);
        push_escaped(&mut out, if full { status.meaning } else { status.summary });
        out.push_str("</td></tr>");
    }
    out
}

/// Links to every group: the guide's common groups first, then the others.
#[component]
pub fn GroupList() -> impl IntoView {
    let (common, more): (Vec<&Group>, Vec<&Group>) = GROUPS.iter().partition(|g| g.common);
    view! {
        <section class="groups" aria-labelledby="groups-heading">
            <h2 id="groups-heading">"Common 4xx groups"</h2>
            <GroupCards groups=common />
            {(!more.is_empty())
                .then(|| {
                    view! {
                        <h3>"More groups"</h3>
                        <GroupCards groups=more />
                    }
                })}
        </section>
    }
}

#[component]
fn GroupCards(groups: Vec<&'static Group>) -> impl IntoView {
    view! {
        <ul class="group-cards">
            {groups
                .into_iter()
                .map(|group| {
                    view! {
                        <li>
                            <a href=href(&group_path(group.slug)) class="group-name">
                                {group.name}
                            </a>
                            <span class="group-codes">
                                {catalog::codes_of(group)
                                    .map(|s| s.code.to_string())
                                    .collect::<Vec<_>>()
                                    .join(", ")}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
