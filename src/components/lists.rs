use leptos::prelude::*;

use crate::catalog::{self, GROUPS, Group, Status};
use crate::routes::{code_path, group_path, href};

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
            <tbody>
                <For each=move || codes.get() key=|status| status.code let(status)>
                    <CodeRow status full />
                </For>
            </tbody>
        </table>
    }
}

#[component]
fn CodeRow(status: &'static Status, full: Signal<bool>) -> impl IntoView {
    let other_names = status.other_names().join(", ");
    view! {
        <tr id=format!("row-{}", status.code)>
            <td class="code-cell">
                <span class="code-number">{status.code}</span>
            </td>
            <th scope="row" class="name-cell">
                <a href=href(&code_path(status.code))>{status.title_name()}</a>
                {(!other_names.is_empty())
                    .then(|| view! { <span class="other-names">"Also: " {other_names}</span> })}
            </th>
            <td class="meaning-cell">{move || if full.get() { status.meaning } else { status.summary }}</td>
        </tr>
    }
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
