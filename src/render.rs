//! Renders a route to static HTML with the same components the browser runs (feature
//! `ssr`). Used by the prerenderer and by the native tests of the pages.

use std::sync::Arc;

use futures::StreamExt;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::app::App;

/// The HTML of the app for `path` (a site path with the base path, as a browser would
/// request it), i.e. what goes inside `<div id="app">`.
pub fn render_app(path: &str) -> String {
    // Tasks spawned while rendering need an executor; a second call is a harmless no-op.
    let _ = any_spawner::Executor::init_futures_executor();
    // A root owner with a server's shared context, as server integrations create one per
    // request: it is what tells Leptos it runs on a host, so browser-only helpers such as
    // `window_event_listener` do nothing here.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(RequestUrl::new(path));
        // In-order streaming keeps every reactive closure's owner alive until it has
        // been read.
        let stream = view! { <App /> }.to_html_stream_in_order();
        futures::executor::block_on(stream.collect::<String>())
    });
    drop(owner);
    html
}
