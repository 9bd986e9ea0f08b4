//! The few browser calls the app makes outside Leptos, in one place. Native builds (tests,
//! the prerenderer) get inert stand-ins, so the components render anywhere.

/// Copies text to the clipboard; false when the browser refuses.
#[cfg(target_arch = "wasm32")]
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn copy_text(_text: &str) -> bool {
    false
}

/// After a client-side navigation, moves focus to the new page's heading, so keyboard and
/// screen-reader users start on the new content as they would after a full page load.
/// A link to a fragment (`/#groups-heading`) keeps the browser's own focus and scroll.
#[cfg(target_arch = "wasm32")]
pub fn focus_page_heading() {
    use wasm_bindgen::JsCast;

    let Some(window) = web_sys::window() else { return };
    if window.location().hash().is_ok_and(|hash| !hash.is_empty()) {
        return;
    }
    let heading = window
        .document()
        .and_then(|d| d.query_selector("main h1").ok().flatten());
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.set_attribute("tabindex", "-1");
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn focus_page_heading() {}
