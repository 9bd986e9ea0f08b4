//! `/groups/:group`: one group, what unites it, and its codes.

use leptos::prelude::*;

use crate::catalog::{self, GROUPS, Group};
use crate::components::{Breadcrumbs, CodeList, Prose, Section};
use crate::routes::{group_path, href};
use crate::search::Filter;

#[component]
pub fn GroupPage(group: &'static Group) -> impl IntoView {
    let codes: Vec<_> = catalog::codes_of(group).collect();
    let others: Vec<_> = GROUPS.iter().filter(|g| g.slug != group.slug).collect();
    let filter_link = href(&Filter::new(None, Some(group.slug)).to_url());
    view! {
        <article class="group-page">
            <Breadcrumbs current=group.name />
            <p class="eyebrow">{if group.common { "Common 4xx group" } else { "4xx group" }}</p>
            <h1>{group.name}</h1>
            <p class="lead">{group.summary}</p>
            <CodeList codes />
            <Section id="how-to-choose" title="How to choose within this group" fixed=true>
                <ul class="choose-within">
                    {group
                        .how_to_choose
                        .iter()
                        .map(|line| view! { <li><Prose text=line /></li> })
                        .collect_view()}
                </ul>
            </Section>
            <p>
                <a href=filter_link>"See this group in the full table"</a>
            </p>
            <h2>"Other groups"</h2>
            <ul class="group-links">
                {others
                    .into_iter()
                    .map(|g| view! { <li><a href=href(&group_path(g.slug))>{g.name}</a></li> })
                    .collect_view()}
            </ul>
        </article>
    }
}
