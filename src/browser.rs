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

/// Moves focus to the element with this id, if there is one.
#[cfg(target_arch = "wasm32")]
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;

    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn focus_element(_id: &str) {}

/// Calls `action` for key presses that `wanted(key, modified, target_tag)` accepts
/// (`target_tag` is the focused element's tag, or "EDITABLE"), instead of the key's
/// default. Returns what removes the listener.
#[cfg(target_arch = "wasm32")]
pub fn on_key(
    wanted: fn(&str, bool, Option<&str>) -> bool,
    action: impl Fn() + 'static,
) -> impl FnOnce() + Send + Sync + 'static {
    use wasm_bindgen::JsCast;

    let handle = leptos::prelude::window_event_listener(leptos::ev::keydown, move |ev| {
        let target_tag = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|el| {
                if el.has_attribute("contenteditable") {
                    "EDITABLE".to_owned()
                } else {
                    el.tag_name()
                }
            });
        let modified = ev.ctrl_key() || ev.meta_key() || ev.alt_key();
        if wanted(&ev.key(), modified, target_tag.as_deref()) {
            ev.prevent_default();
            action();
        }
    });
    move || handle.remove()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn on_key(
    _wanted: fn(&str, bool, Option<&str>) -> bool,
    _action: impl Fn() + 'static,
) -> impl FnOnce() + Send + Sync + 'static {
    || {}
}

/// Puts a hash (`#r=...`, or "" to clear it) in the address without a new history entry
/// and without a navigation.
#[cfg(target_arch = "wasm32")]
pub fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let url = format!("{path}{search}{hash}");
    // Keep the router's state object; only the address changes.
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    let _ = history.replace_state_with_url(&state, "", Some(&url));
}

#[cfg(not(target_arch = "wasm32"))]
pub fn replace_hash(_hash: &str) {}
