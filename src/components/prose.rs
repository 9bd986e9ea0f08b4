use leptos::prelude::*;

use crate::routes::{code_path, href};
use crate::text::{Segment, link_codes};

/// Text in which every mention of a catalogue code links to its page.
#[component]
pub fn Prose(text: &'static str, #[prop(optional)] except: Option<u16>) -> impl IntoView {
    link_codes(text, except)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(t) => t.into_any(),
            Segment::Code(t, code) => view! { <a href=href(&code_path(code))>{t}</a> }.into_any(),
        })
        .collect_view()
}
