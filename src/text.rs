//! Small text helpers shared by pages: page titles and descriptions, splitting prose so
//! that mentions of catalogue codes become links, and escaping text for HTML.

use crate::catalog;

pub const SITE_NAME: &str = "4xx Guide";

/// A piece of prose: plain text, or a mention of a code that has a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Code(&'a str, u16),
}

/// Splits text at whole three-digit words that are catalogue codes (`403` in "Similar to
/// 403 Forbidden"), leaving `except` (the page's own code) as text.
pub fn link_codes(text: &str, except: Option<u16>) -> Vec<Segment<'_>> {
    let bytes = text.as_bytes();
    let mut segments = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + 3 <= bytes.len() {
        let word = &bytes[i..i + 3];
        let bounded_left = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let bounded_right = i + 3 == bytes.len() || !bytes[i + 3].is_ascii_alphanumeric();
        if bounded_left && bounded_right && word.iter().all(u8::is_ascii_digit) {
            let code: u16 = text[i..i + 3].parse().unwrap_or(0);
            if Some(code) != except && catalog::find_code(code).is_some() {
                if start < i {
                    segments.push(Segment::Text(&text[start..i]));
                }
                segments.push(Segment::Code(&text[i..i + 3], code));
                i += 3;
                start = i;
                continue;
            }
        }
        i += 1;
    }
    if start < text.len() {
        segments.push(Segment::Text(&text[start..]));
    }
    segments
}

/// `429 Too Many Requests · 4xx Guide`
pub fn page_title(subject: &str) -> String {
    if subject.is_empty() {
        SITE_NAME.to_owned()
    } else {
        format!("{subject} · {SITE_NAME}")
    }
}

/// The first sentence of a text, cut to about 160 characters, for meta descriptions.
pub fn summary_sentence(text: &str) -> String {
    let first = match text.find(". ") {
        Some(end) => &text[..=end],
        None => text,
    };
    if first.chars().count() <= 160 {
        first.trim().to_owned()
    } else {
        let cut: String = first.chars().take(157).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Appends `text` to `out` as HTML text or a quoted attribute value: `&`, `<`, `>`, `"`
/// and `'` become character references, everything else stays as it is.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup_and_keeps_the_rest() {
        let mut out = String::from("<b>");
        push_escaped(&mut out, r#"a<b>&c "d" 'e' 413 “é”"#);
        assert_eq!(out, "<b>a&lt;b&gt;&amp;c &quot;d&quot; &#39;e&#39; 413 “é”");
    }

    #[test]
    fn links_whole_catalogue_codes_only() {
        let text = "Similar to 403 Forbidden, unlike 4031 or 500, see 404.";
        assert_eq!(
            link_codes(text, None),
            vec![
                Segment::Text("Similar to "),
                Segment::Code("403", 403),
                Segment::Text(" Forbidden, unlike 4031 or 500, see "),
                Segment::Code("404", 404),
                Segment::Text("."),
            ]
        );
        assert_eq!(
            link_codes("use 404 here", Some(404)),
            vec![Segment::Text("use 404 here")]
        );
        assert_eq!(link_codes("", None), vec![]);
    }

    #[test]
    fn summary_sentence_takes_the_first_sentence() {
        assert_eq!(summary_sentence("One thing. Another."), "One thing.");
        assert!(summary_sentence(&"long ".repeat(100)).ends_with('…'));
    }
}
