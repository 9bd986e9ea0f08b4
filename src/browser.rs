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
