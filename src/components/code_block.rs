use leptos::prelude::*;

use crate::catalog::Marked;
use crate::components::{CopyButton, CopySource};
use crate::text::push_escaped;

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
            // Markup the browser parses in one call: a snippet is hundreds of nodes, and
            // made one call at a time from wasm they were most of a code page's start.
            <pre tabindex="0">
                <code inner_html=code_html(code)></code>
            </pre>
        </div>
    }
}

/// The code as HTML: its text escaped, each highlighted stretch in a span of its kind.
pub fn code_html(code: Marked) -> String {
    let mut out = String::with_capacity(code.0.len() * 2);
    for (kind, text) in code.pieces() {
        match kind {
            Some(kind) => {
                out.push_str(r#"<span class=""#);
                out.push_str(kind.class());
                out.push_str(r#"">"#);
                push_escaped(&mut out, text);
                out.push_str("</span>");
            }
            None => push_escaped(&mut out, text),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlighted_stretches_become_spans_and_text_is_escaped() {
        // U+0001 opens a keyword (the first kind), U+0007 closes it.
        let code = Marked("\u{1}if\u{7} a < b && c > \"d\"");
        assert_eq!(
            code_html(code),
            r#"<span class="tok-k">if</span> a &lt; b &amp;&amp; c &gt; &quot;d&quot;"#
        );
    }

    #[test]
    fn plain_code_is_only_escaped() {
        assert_eq!(code_html(Marked("<p>")), "&lt;p&gt;");
        assert_eq!(code_html(Marked("")), "");
    }
}
