//! What each route says about itself outside the page body: its title and description.
//! Shared by the browser app (document title) and the prerenderer (`<head>` tags).

use crate::catalog::GUIDE;
use crate::choose::{self, Step};
use crate::diagnosis::diagnose_without_search;
use crate::routes::Page;
use crate::text::{SITE_NAME, page_title};

/// What a page is about: `429 Too Many Requests`.
pub fn subject(route: &Page) -> String {
    match route {
        Page::Home => "HTTP 4xx client error status codes".to_owned(),
        Page::Code(status) | Page::ShortCode(status) => format!("{} {}", status.code, status.title_name()),
        Page::Group(group) => group.name.to_owned(),
        Page::Choose(Step::Question(question)) if std::ptr::eq(*question, choose::start()) => {
            "Which 4xx should I return?".to_owned()
        }
        Page::Choose(Step::Question(question)) => format!("Which 4xx? {}", question.text),
        Page::Choose(Step::Answer(answer)) => format!("Which 4xx? {} {}", answer.code, answer.code_name()),
        Page::Check => "Check an HTTP response".to_owned(),
        Page::Listing(listing) => listing.title().to_owned(),
        Page::Unofficial(entry) => format!("{} {} (unofficial)", entry.code, entry.name),
        Page::OtherClass(other) => format!("{} {}", other.code, other.name),
        Page::Unassigned(code) => format!("{code}: an unassigned 4xx code"),
        Page::UnofficialList => "Unofficial 4xx codes".to_owned(),
        other => diagnose_without_search(other).heading,
    }
}

/// The document title: `429 Too Many Requests · 4xx Guide`.
pub fn title(route: &Page) -> String {
    page_title(&subject(route))
}

/// A one-sentence description for search results and link previews.
pub fn description(route: &Page) -> String {
    match route {
        Page::Home => GUIDE.intro.to_owned(),
        Page::Code(status) | Page::ShortCode(status) => {
            format!("{} {}: {}", status.code, status.title_name(), status.summary)
        }
        Page::Group(group) => group.summary.to_owned(),
        Page::Check => "Paste an HTTP response and see what the RFCs say about its status, headers, caching and problem details. It is checked in your browser; nothing is sent anywhere.".to_owned(),
        Page::Choose(Step::Question(question)) => format!(
            "Which 4xx should I return? Plain questions that lead to the right HTTP status code. {}",
            question.text
        ),
        Page::Choose(Step::Answer(answer)) => {
            let verb = if answer.never {
                "Never return"
            } else if answer.is_not_4xx() {
                "Not a 4xx: return"
            } else {
                "Return"
            };
            format!("{verb} {} {}: {}", answer.code, answer.code_name(), answer.reason)
        }
        Page::Listing(listing) => format!("{}, on the home page of {SITE_NAME}.", listing.title()),
        Page::Unofficial(entry) => format!(
            "{} {} is not a registered HTTP status code. Used by {}: when it is sent and what to do.",
            entry.code,
            entry.name,
            entry.projects().join("; ")
        ),
        Page::OtherClass(other) => format!(
            "{} {}, a {} status code: {}",
            other.code,
            other.name,
            other.class().label(),
            other.meaning
        ),
        Page::Unassigned(code) => format!(
            "{code} is unassigned in the IANA HTTP status code registry; a client treats it as 400 Bad Request."
        ),
        Page::UnofficialList => "4xx codes that are not registered but that nginx, AWS load balancers, Laravel and other widely used software send, with what they mean and their sources.".to_owned(),
        other => diagnose_without_search(other).explanation,
    }
}
