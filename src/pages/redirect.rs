//! `/429`: short URLs lead to the code's page.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::catalog::Status;
use crate::routes::{code_path, href};

#[component]
pub fn ShortCodeRedirect(status: &'static Status) -> impl IntoView {
    let target = code_path(status.code);
    let navigate = use_navigate();
    let to = href(&target);
    // Replace, so Back does not bounce the reader into the redirect again.
    Effect::new(move |_| {
        navigate(
            &to,
            NavigateOptions {
                replace: true,
                resolve: false,
                ..Default::default()
            },
        )
    });
    view! {
        <article>
            <h1>{status.code} " " {status.title_name()}</h1>
            <p>
                "This short address leads to " <a href=href(&target)>{href(&target)}</a> "."
            </p>
        </article>
    }
}
