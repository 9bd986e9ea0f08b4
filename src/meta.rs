//! What each route says about itself outside the page body: its title and description.
//! Shared by the browser app (document title) and the prerenderer (`<head>` tags).

use crate::catalog::GUIDE;
use crate::pages::not_found::diagnose;
use crate::routes::Route;
use crate::text::{page_title, summary_sentence};

/// What a page is about: `429 Too Many Requests`.
pub fn subject(route: &Route) -> String {
    match route {
        Route::Home => "HTTP 4xx client error status codes".to_owned(),
        Route::Code(status) | Route::ShortCode(status) => format!("{} {}", status.code, status.title_name()),
        Route::Group(group) => group.name.to_owned(),
        Route::Listing(listing) => listing.title().to_owned(),
        Route::Unofficial(entry) => format!("{} {} (unofficial)", entry.code, entry.name),
        Route::OtherClass(other) => format!("{} {}", other.code, other.name),
        Route::Unassigned(code) => format!("{code}: an unassigned 4xx code"),
        Route::UnofficialList => "Unofficial 4xx codes".to_owned(),
        other => diagnose(other).heading,
    }
}

/// The document title: `429 Too Many Requests · 4xx Guide`.
pub fn title(route: &Route) -> String {
    page_title(&subject(route))
}

/// A one-sentence description for search results and link previews.
pub fn description(route: &Route) -> String {
    match route {
        Route::Home => GUIDE.intro.to_owned(),
        Route::Code(status) | Route::ShortCode(status) => {
            format!(
                "{} {}: {}",
                status.code,
                status.title_name(),
                summary_sentence(status.meaning)
            )
        }
        Route::Group(group) => group.summary.to_owned(),
        Route::Listing(listing) => format!("{}, on the home page of the 4xx Guide.", listing.title()),
        Route::Unofficial(entry) => format!(
            "{} {} is not a registered HTTP status code. Used by {}: when it is sent and what to do.",
            entry.code,
            entry.name,
            entry.projects().join("; ")
        ),
        Route::OtherClass(other) => format!(
            "{} {}, a {} status code: {}",
            other.code,
            other.name,
            other.class().label(),
            other.meaning
        ),
        Route::Unassigned(code) => format!(
            "{code} is unassigned in the IANA HTTP status code registry; a client treats it as 400 Bad Request."
        ),
        Route::UnofficialList => "4xx codes that are not registered but that nginx, AWS load balancers, Laravel and other widely used software send, with what they mean and their sources.".to_owned(),
        other => diagnose(other).explanation,
    }
}
