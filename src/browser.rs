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

/// The address of the page the reader is on, as the browser shows it.
#[cfg(target_arch = "wasm32")]
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn page_address() -> String {
    String::new()
}

/// Moves keyboard focus to the element with this id.
#[cfg(target_arch = "wasm32")]
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;

    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn focus_by_id(_id: &str) {}

/// How many pixels of the window lie below the element with this id (negative when it
/// ends below the window); infinite when there is no such element.
#[cfg(target_arch = "wasm32")]
pub fn space_below(id: &str) -> f64 {
    let Some(window) = web_sys::window() else {
        return f64::INFINITY;
    };
    let height = window.inner_height().ok().and_then(|h| h.as_f64());
    let element = window.document().and_then(|d| d.get_element_by_id(id));
    match (height, element) {
        (Some(height), Some(element)) => height - element.get_bounding_client_rect().bottom(),
        _ => f64::INFINITY,
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn space_below(_id: &str) -> f64 {
    f64::INFINITY
}

/// A preference kept in the browser's local storage (theme, snippet language).
#[cfg(target_arch = "wasm32")]
pub fn stored(key: &str) -> Option<String> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.get_item(key).ok()?
}

#[cfg(not(target_arch = "wasm32"))]
pub fn stored(_key: &str) -> Option<String> {
    None
}

#[cfg(target_arch = "wasm32")]
pub fn store(key: &str, value: &str) {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    if let Some(storage) = storage {
        let _ = storage.set_item(key, value);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn store(_key: &str, _value: &str) {}

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

/// What a reader did on the prerendered page before the app took over: text typed in
/// fields, where the caret was, which field had focus, which disclosures were open and
/// how far the page was scrolled. Carried over the swap so that nothing is lost.
#[cfg(target_arch = "wasm32")]
pub struct ReaderState {
    fields: Vec<(String, String)>,
    focus: Option<(String, Option<u32>, Option<u32>)>,
    open_details: Vec<usize>,
    scroll: (f64, f64),
}

#[cfg(target_arch = "wasm32")]
impl ReaderState {
    pub fn read(old: &web_sys::Element) -> Self {
        use wasm_bindgen::JsCast;

        let window = web_sys::window().expect("a window");
        let fields = elements(old, "input[id], textarea[id]")
            .into_iter()
            .filter_map(|el| {
                let value = field_value(&el)?;
                (!value.is_empty()).then(|| (el.id(), value))
            })
            .collect();
        let focus = window
            .document()
            .and_then(|d| d.active_element())
            .filter(|el| old.contains(Some(el)) && !el.id().is_empty())
            .map(|el| {
                let input = el.dyn_ref::<web_sys::HtmlInputElement>();
                let start = input.and_then(|i| i.selection_start().ok().flatten());
                let end = input.and_then(|i| i.selection_end().ok().flatten());
                (el.id(), start, end)
            });
        let open_details = elements(old, "details")
            .iter()
            .enumerate()
            .filter(|(_, d)| d.has_attribute("open"))
            .map(|(i, _)| i)
            .collect();
        let scroll = (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0));
        ReaderState {
            fields,
            focus,
            open_details,
            scroll,
        }
    }

    pub fn restore(self, new: &web_sys::Element) {
        use wasm_bindgen::JsCast;

        let Some(window) = web_sys::window() else { return };
        let Some(document) = window.document() else { return };
        for (id, value) in self.fields {
            let Some(el) = document.get_element_by_id(&id) else {
                continue;
            };
            if field_value(&el).as_deref() == Some(value.as_str()) {
                continue;
            }
            if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                input.set_value(&value);
            } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                area.set_value(&value);
            }
            // The app reads fields through their input events (the search box turns
            // its text into the URL), so tell it, as typing would have.
            if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            }) {
                let _ = el.dispatch_event(&event);
            }
        }
        let details = elements(new, "details");
        for i in self.open_details {
            if let Some(d) = details.get(i) {
                let _ = d.set_attribute("open", "");
            }
        }
        if let Some((id, start, end)) = self.focus
            && let Some(el) = document
                .get_element_by_id(&id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
            // After the app has answered the carried-over input (it rewrites the field's
            // value from the URL), put the caret back where the reader left it.
            if let (Some(start), Some(end)) = (start, end) {
                leptos::prelude::request_animation_frame(move || {
                    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                        let _ = input.set_selection_range(start, end);
                    }
                });
            }
        }
        window.scroll_to_with_x_and_y(self.scroll.0, self.scroll.1);
    }
}

#[cfg(target_arch = "wasm32")]
fn elements(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;

    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .collect()
}

#[cfg(target_arch = "wasm32")]
fn field_value(el: &web_sys::Element) -> Option<String> {
    use wasm_bindgen::JsCast;

    el.dyn_ref::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| el.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value()))
}

/// The theme the reader chose ("light" or "dark"), or "system". The inline script in
/// `index.html` applies the stored choice to the root element before the first paint;
/// this reads it back.
#[cfg(target_arch = "wasm32")]
pub fn theme_choice() -> &'static str {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    match root.and_then(|r| r.get_attribute("data-theme")).as_deref() {
        Some("light") => "light",
        Some("dark") => "dark",
        _ => "system",
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn theme_choice() -> &'static str {
    "system"
}

/// Applies and remembers a theme choice; "system" forgets it.
#[cfg(target_arch = "wasm32")]
pub fn set_theme(choice: &str) {
    let Some(window) = web_sys::window() else { return };
    let root = window.document().and_then(|d| d.document_element());
    let storage = window.local_storage().ok().flatten();
    let pinned = matches!(choice, "light" | "dark");
    if let Some(root) = root {
        let _ = if pinned {
            root.set_attribute("data-theme", choice)
        } else {
            root.remove_attribute("data-theme")
        };
    }
    if let Some(storage) = storage {
        let _ = if pinned {
            storage.set_item("theme", choice)
        } else {
            storage.remove_item("theme")
        };
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn set_theme(_choice: &str) {}

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

/// Whether the page's prerendered content, rendered for the route at the current address,
/// has a section with this id.
#[cfg(target_arch = "wasm32")]
pub fn prerendered_section(id: &str) -> bool {
    use crate::routes::Page;

    let Some(window) = web_sys::window() else { return false };
    let Some(old) = window.document().and_then(|d| d.get_element_by_id("app")) else {
        return false;
    };
    let here = window.location().pathname().unwrap_or_default();
    let same_route = old
        .get_attribute("data-page")
        .is_some_and(|rendered_for| Page::from_path(&rendered_for) == Page::from_path(&here));
    same_route && old.query_selector(&format!("section#{id}")).ok().flatten().is_some()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn prerendered_section(_id: &str) -> bool {
    false
}

/// Moves the content of each kept section from the prerendered page into the same
/// section of the app's view, which rendered it empty.
#[cfg(target_arch = "wasm32")]
pub fn move_kept_sections(old: &web_sys::Element, new: &web_sys::Element, ids: &[&str]) {
    for id in ids {
        let selector = format!("section#{id}");
        let (Ok(Some(from)), Ok(Some(to))) = (old.query_selector(&selector), new.query_selector(&selector)) else {
            continue;
        };
        // Only into the empty section it kept: had the route changed while the app
        // started, a section of the same id would have rendered its own content.
        if to.first_element_child().is_some() {
            continue;
        }
        while let Some(child) = from.first_child() {
            let _ = to.append_child(&child);
        }
    }
}

/// Sets the document's title, which the tab and the history show.
#[cfg(target_arch = "wasm32")]
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn set_title(_title: &str) {}

/// Tells tests and scripts that the app has taken over the page: `data-app="ready"` on
/// the root element, and an `app-ready` performance mark.
#[cfg(target_arch = "wasm32")]
pub fn announce_ready() {
    let Some(window) = web_sys::window() else { return };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app", "ready");
    }
    if let Some(performance) = window.performance() {
        let _ = performance.mark("app-ready");
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn announce_ready() {}
