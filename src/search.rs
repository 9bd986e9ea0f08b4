//! The home page filter: pure functions from the URL's `q` and `group` to the rows shown.

use crate::catalog::{self, CODES, Group, Status};

/// Queries longer than this are cut before matching: no real query is this long, and it
/// bounds the work a pasted wall of text can cause.
pub const MAX_QUERY_CHARS: usize = 200;

/// The filter as read from the URL. Unknown group slugs are kept so the page can say so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub query: String,
    pub group: Option<String>,
}

impl Filter {
    pub fn new(query: Option<&str>, group: Option<&str>) -> Self {
        Filter {
            query: query.unwrap_or_default().to_owned(),
            group: group.map(str::trim).filter(|g| !g.is_empty()).map(str::to_owned),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty() && self.group.is_none()
    }

    /// The group the filter names, if it is a real one.
    pub fn known_group(&self) -> Option<&'static Group> {
        self.group.as_deref().and_then(catalog::find_group)
    }

    /// The matching codes, in catalogue order.
    pub fn apply(&self) -> Vec<&'static Status> {
        let terms = terms(&self.query);
        let group = self.known_group();
        CODES
            .iter()
            .filter(|s| group.is_none_or(|g| g.codes.contains(&s.code)))
            .filter(|s| terms.iter().all(|t| term_matches(s, t)))
            .collect()
    }

    /// The URL of this filter on the home page, e.g. `/?q=auth&group=auth` (without base).
    pub fn to_url(&self) -> String {
        let mut params = Vec::new();
        if !self.query.is_empty() {
            params.push(format!("q={}", encode_query_value(&self.query)));
        }
        if let Some(group) = &self.group {
            params.push(format!("group={}", encode_query_value(group)));
        }
        if params.is_empty() {
            "/".to_owned()
        } else {
            format!("/?{}", params.join("&"))
        }
    }
}

/// Splits a query into lowercase words. Every word must match for a code to be shown.
pub fn terms(query: &str) -> Vec<String> {
    let cut: String = query.chars().take(MAX_QUERY_CHARS).collect();
    cut.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| matches!(c, '"' | '\'' | '.' | '(' | ')')))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A word of digits matches codes that start with it (`41` finds 410 to 418); any other
/// word matches a name (current, seed or legacy), a header name or the meaning.
fn term_matches(status: &Status, term: &str) -> bool {
    if term.bytes().all(|b| b.is_ascii_digit()) {
        return status.code.to_string().starts_with(term);
    }
    let contains = |text: &str| text.to_lowercase().contains(term);
    status.all_names().into_iter().any(contains)
        || status.headers.iter().any(|h| contains(h.name))
        || contains(status.meaning)
}

/// Percent-encodes a query value: everything but unreserved characters, space as `+`.
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The sentence that announces the number of results.
pub fn result_summary(shown: usize, filter: &Filter) -> String {
    let total = CODES.len();
    if filter.is_empty() {
        format!("All {total} codes")
    } else if shown == 1 {
        format!("1 of {total} codes matches")
    } else {
        format!("{shown} of {total} codes match")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(filter: &Filter) -> Vec<u16> {
        filter.apply().iter().map(|s| s.code).collect()
    }

    #[test]
    fn empty_filter_shows_everything() {
        assert_eq!(codes(&Filter::default()).len(), 29);
        assert!(Filter::new(Some("   "), Some("")).is_empty());
    }

    #[test]
    fn encodes_reserved_characters() {
        assert_eq!(encode_query_value("a b&c=d/é"), "a+b%26c%3Dd%2F%C3%A9");
        let filter = Filter::new(Some("retry after"), Some("rate-limits"));
        assert_eq!(filter.to_url(), "/?q=retry+after&group=rate-limits");
        assert_eq!(Filter::default().to_url(), "/");
    }

    #[test]
    fn terms_are_lowercased_words() {
        assert_eq!(terms("  Too   MANY, \"requests\" "), vec!["too", "many", "requests"]);
    }
}
