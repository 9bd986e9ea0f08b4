use leptos::prelude::*;

use crate::catalog::Marked;
use crate::components::{CopyButton, CopySource};

/// A block of code, highlighted at build time, under a bar with its label and a copy
/// button, so the button never covers the code.
#[component]
pub fn CodeBlock(
    label: &'static str,
    code: Marked,
    /// What is copied, for screen readers: "the example exchange".
    #[prop(into)]
    copy_label: String,
) -> impl IntoView {
    view! {
        <div class="snippet">
            <div class="snippet-bar">
                <span>{label}</span>
                <CopyButton source=CopySource::Code(code) label=copy_label />
            </div>
            <pre tabindex="0">
                <code>
                    {code
                        .pieces()
                        .into_iter()
                        .map(|(kind, text)| match kind {
                            Some(kind) => view! { <span class=kind.class()>{text}</span> }.into_any(),
                            None => text.into_any(),
                        })
                        .collect_view()}
                </code>
            </pre>
        </div>
    }
}
