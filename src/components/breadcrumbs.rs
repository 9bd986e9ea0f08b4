use leptos::prelude::*;

use crate::routes::href;
use crate::text::SITE_NAME;

/// "Site name › here": the way back to the home page from a page below it.
#[component]
pub fn Breadcrumbs(#[prop(into)] current: String) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <a href=href("/")>{SITE_NAME}</a>
            " › "
            <span aria-current="page">{current}</span>
        </nav>
    }
}
