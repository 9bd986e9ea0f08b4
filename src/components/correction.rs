use leptos::prelude::*;

use crate::catalog::Correction as Fact;

/// What an RFC says where the guide's text says otherwise, shown beside that text.
#[component]
pub fn Correction(correction: &'static Fact) -> impl IntoView {
    view! {
        <div class="correction">
            <p>
                <span class="correction-label">"Correction: "</span>
                {correction.text}
                " ("
                <a href=correction.url() rel="external">{correction.label()}</a>
                ")"
            </p>
        </div>
    }
}
