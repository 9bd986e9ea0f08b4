//! Addresses that only lead elsewhere: short URLs (`/429`) and the bare `/codes/` and
//! `/groups/` folders.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::routes::href;

#[component]
pub fn RedirectPage(#[prop(into)] heading: String, target: String) -> impl IntoView {
    let navigate = use_navigate();
    let address = href(&target);
    let to = address.clone();
    // Replace, so Back does not bounce the reader into the redirect again.
    Effect::new(move |_| {
        let options = NavigateOptions {
            replace: true,
            resolve: false,
            ..Default::default()
        };
        navigate(&to, options)
    });
    view! {
        <article>
            <h1>{heading}</h1>
            <p>"This address leads to " <a href=address.clone()>{address.clone()}</a> "."</p>
        </article>
    }
}
