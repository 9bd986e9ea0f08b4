use leptos::prelude::*;

use crate::routes::href;

/// "4xx Guide › here": the way back to the home page from a page below it.
#[component]
pub fn Breadcrumbs(#[prop(into)] current: String) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <a href=href("/")>"4xx Guide"</a>
            " › "
            <span aria-current="page">{current}</span>
        </nav>
    }
}
