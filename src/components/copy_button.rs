use leptos::prelude::*;

use crate::browser;
use crate::catalog::Marked;

/// How long "Copied" shows before the button offers to copy again.
const CONFIRMATION_MS: u64 = 2000;

/// What a copy button copies: a piece of code as written, or the address of the page it
/// is on.
#[derive(Clone, Copy)]
pub enum CopySource {
    Code(Marked),
    PageAddress,
}

/// A button that copies to the clipboard and says so for a moment.
#[component]
pub fn CopyButton(
    source: CopySource,
    /// What is copied, for screen readers: "the example exchange".
    #[prop(into)]
    label: String,
    #[prop(default = "Copy")] caption: &'static str,
) -> impl IntoView {
    let (copied, set_copied) = signal(None::<bool>);
    let copy = move |_| {
        leptos::task::spawn_local(async move {
            let text = match source {
                CopySource::Code(code) => code.text(),
                CopySource::PageAddress => browser::page_address(),
            };
            set_copied.set(Some(browser::copy_text(&text).await));
            set_timeout(
                move || set_copied.set(None),
                std::time::Duration::from_millis(CONFIRMATION_MS),
            );
        });
    };
    let shown = move || match copied.get() {
        None => caption,
        Some(true) => "Copied",
        Some(false) => "Copy failed",
    };
    view! {
        <button type="button" class="copy-button" on:click=copy>
            <span aria-live="polite">{shown}</span>
            <span class="visually-hidden">" " {label}</span>
        </button>
    }
}
