use leptos::prelude::*;

use crate::browser;

/// A button that copies a fixed text to the clipboard and says so.
#[component]
pub fn CopyButton(text: &'static str, #[prop(into)] label: String) -> impl IntoView {
    let (copied, set_copied) = signal(None::<bool>);
    let copy = move |_| {
        leptos::task::spawn_local(async move {
            set_copied.set(Some(browser::copy_text(text).await));
        });
    };
    let caption = move || match copied.get() {
        None => "Copy",
        Some(true) => "Copied",
        Some(false) => "Copy failed",
    };
    view! {
        <button type="button" class="copy-button" on:click=copy>
            <span aria-live="polite">{caption}</span>
            <span class="visually-hidden">" " {label}</span>
        </button>
    }
}
