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

/// After a client-side navigation, once the new page is rendered: shows the fragment's
/// target if the address has one (`/#groups-heading`), else moves focus to the page's
/// heading, so keyboard and screen-reader users start on the new content as they would
/// after a full page load.
#[cfg(target_arch = "wasm32")]
pub fn settle_after_navigation() {
    use wasm_bindgen::JsCast;

    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let hash = window.location().hash().unwrap_or_default();
    if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) {
        // The router scrolls before the new page exists; do it again now that it does.
        if let Some(target) = document.get_element_by_id(id) {
            target.scroll_into_view();
        }
        return;
    }
    let heading = document.query_selector("main h1").ok().flatten();
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.set_attribute("tabindex", "-1");
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn settle_after_navigation() {}
