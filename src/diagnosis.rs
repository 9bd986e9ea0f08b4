//! What a path without a page means, and where to send the reader instead: the pure
//! logic behind the not-found pages and their titles.

use crate::catalog::{self, GROUPS, Status};
use crate::routes::{Page, echo};
use crate::search::Filter;

/// What to tell the reader about a path that has no page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    pub heading: String,
    pub explanation: String,
    /// Codes the reader may have meant.
    pub suggestions: Vec<&'static Status>,
    /// A link to the table filtered by what was typed, when that finds something.
    pub search: Option<(String, String)>,
    pub list_groups: bool,
}

pub fn diagnose(route: &Page) -> Diagnosis {
    diagnose_with(route, search_for)
}

/// The diagnosis without a search of the catalogue for the words of the path, for what
/// needs only its text (the page's title and description): the title is set before the
/// app's start has built the search index.
pub fn diagnose_without_search(route: &Page) -> Diagnosis {
    diagnose_with(route, |_| None)
}

type SearchFor = fn(&str) -> Option<(String, String)>;

fn diagnose_with(route: &Page, search_for: SearchFor) -> Diagnosis {
    match route {
        Page::UnknownCode(raw) => diagnose_code(raw, search_for),
        Page::UnknownGroup(raw) => Diagnosis {
            heading: format!("There is no group “{}”", echo(raw)),
            explanation: format!(
                "The guide sorts the codes into {} groups; here they all are.",
                GROUPS.len()
            ),
            suggestions: Vec::new(),
            search: search_for(raw),
            list_groups: true,
        },
        _ => {
            let path = match route {
                Page::NotFound(path) => path.as_str(),
                _ => "",
            };
            let last_word = path.trim_matches('/').rsplit('/').next().unwrap_or_default();
            Diagnosis {
                heading: "Page not found".to_owned(),
                explanation: format!(
                    "There is no page at {} in this guide. Every code has its page at /codes/ followed by its number, such as /codes/404.",
                    if path.is_empty() {
                        "this address".to_owned()
                    } else {
                        format!("“{}”", echo(path))
                    }
                ),
                suggestions: Vec::new(),
                search: search_for(last_word),
                list_groups: true,
            }
        }
    }
}

fn diagnose_code(raw: &str, search_for: SearchFor) -> Diagnosis {
    let shown = echo(raw);
    let digits = !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_digit());
    if !digits {
        return Diagnosis {
            heading: format!("“{shown}” is not a status code"),
            explanation: "A code page is named by the code's three digits, such as /codes/404.".to_owned(),
            suggestions: Vec::new(),
            search: search_for(raw),
            list_groups: false,
        };
    }
    let value: Option<u16> = if raw.len() == 3 { raw.parse().ok() } else { None };
    match value.and_then(catalog::status_class) {
        Some(catalog::StatusClass::ClientError) => Diagnosis {
            heading: format!("{shown} is not a registered 4xx code"),
            explanation: format!(
                "{shown} is in the client error range, but it is not in the IANA HTTP status code registry, so its meaning depends on the server that sent it. The nearest registered codes are below."
            ),
            suggestions: catalog::nearest_codes(raw, 3),
            search: None,
            list_groups: false,
        },
        Some(class) => Diagnosis {
            heading: format!("{shown} is not a client error"),
            explanation: format!(
                "{shown} is {}. This guide covers the 4xx client errors only: the responses that ask the client to change its request.",
                class.describe()
            ),
            suggestions: Vec::new(),
            search: None,
            list_groups: false,
        },
        None => Diagnosis {
            heading: format!("{shown} is not an HTTP status code"),
            explanation: "HTTP status codes have three digits, from 100 to 599; client errors run from 400 to 499. The nearest codes in this guide are below.".to_owned(),
            suggestions: catalog::nearest_codes(raw, 3),
            search: None,
            list_groups: false,
        },
    }
}

/// A filtered-table link for words typed into a URL, if the words find any code.
fn search_for(words: &str) -> Option<(String, String)> {
    let words = words.replace(['-', '_', '+'], " ");
    let filter = Filter::new(Some(words.trim()), None);
    if filter.is_empty() || filter.apply().is_empty() {
        return None;
    }
    Some((filter.to_url(), filter.query))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(d: &Diagnosis) -> Vec<u16> {
        d.suggestions.iter().map(|s| s.code).collect()
    }

    #[test]
    fn unknown_numbers_suggest_nearest_codes() {
        let d = diagnose(&Page::from_path("/codes/999"));
        assert_eq!(d.heading, "999 is not an HTTP status code");
        assert_eq!(codes(&d), vec![429, 431, 451]);
        let d = diagnose(&Page::from_path("/codes/4290"));
        assert_eq!(codes(&d), vec![428, 429, 431]);
        // `/codes/419` is an unofficial code's page; the short `/419` still leads here.
        let d = diagnose(&Page::from_path("/419"));
        assert_eq!(d.heading, "419 is not a registered 4xx code");
        assert_eq!(codes(&d), vec![417, 418, 421]);
    }

    #[test]
    fn other_classes_are_explained() {
        // Registered codes of other classes have pages; unassigned ones come here.
        let d = diagnose(&Page::from_path("/codes/599"));
        assert_eq!(d.heading, "599 is not a client error");
        assert!(d.explanation.contains("5xx server error"));
        assert!(diagnose(&Page::from_path("/codes/399")).explanation.contains("3xx"));
    }

    #[test]
    fn words_are_searched_and_markup_is_kept_as_text() {
        let d = diagnose(&Page::from_path("/codes/teapot"));
        assert_eq!(d.heading, "“teapot” is not a status code");
        assert_eq!(d.search, Some(("/?q=teapot".to_owned(), "teapot".to_owned())));
        let d = diagnose(&Page::from_path("/codes/%3Cscript%3E"));
        assert_eq!(d.heading, "“<script>” is not a status code");
        assert_eq!(d.search, None);
    }

    #[test]
    fn unknown_groups_list_the_real_ones() {
        let d = diagnose(&Page::from_path("/groups/nope"));
        assert_eq!(d.heading, "There is no group “nope”");
        assert!(d.list_groups);
    }

    #[test]
    fn long_paths_are_shortened() {
        let long = format!("/codes/{}", "x".repeat(5000));
        let d = diagnose(&Page::from_path(&long));
        assert!(d.heading.chars().count() < 100);
    }

    #[test]
    fn the_text_without_search_is_the_same_text() {
        for path in [
            "/teapot",
            "/codes/teapot",
            "/groups/teapot",
            "/codes/419",
            "/codes/599",
            "/codes/4290",
            "/404.html",
        ] {
            let route = Page::from_path(path);
            let (full, text) = (diagnose(&route), diagnose_without_search(&route));
            assert_eq!(
                (&full.heading, &full.explanation),
                (&text.heading, &text.explanation),
                "{path}"
            );
            assert_eq!(text.search, None, "{path}");
        }
        assert!(
            diagnose(&Page::from_path("/teapot")).search.is_some(),
            "the full diagnosis searches"
        );
    }
}
