//! Pages for paths that lead nowhere: unknown codes, unknown groups, anything else. Each
//! says plainly what was asked for, why it is not here, and where to go instead.

use leptos::prelude::*;

use crate::components::{CodeList, GroupList};
use crate::diagnosis::{Diagnosis, diagnose};
use crate::routes::{Page, echo, href};

#[component]
pub fn NotFoundPage(route: Page) -> impl IntoView {
    let diagnosis = diagnose(&route);
    let Diagnosis {
        heading,
        explanation,
        suggestions,
        search,
        list_groups,
    } = diagnosis;
    let has_suggestions = !suggestions.is_empty();
    view! {
        <article class="not-found">
            <p class="eyebrow">"Not in this guide"</p>
            <h1>{heading}</h1>
            <p>{explanation}</p>
            {has_suggestions
                .then(|| {
                    view! {
                        <h2>"Did you mean"</h2>
                        <CodeList codes=suggestions />
                    }
                })}
            {search
                .map(|(url, words)| {
                    view! {
                        <p>
                            <a href=href(&url)>"Search the table for “" {echo(&words)} "”"</a>
                        </p>
                    }
                })}
            {list_groups.then(|| view! { <GroupList /> })}
            <p>
                <a href=href("/")>"Go to the guide and the full table of 4xx codes"</a>
            </p>
        </article>
    }
}
