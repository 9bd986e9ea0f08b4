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
        Route::Check => "Check an HTTP response".to_owned(),
        Route::Listing(listing) => listing.title().to_owned(),
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
        Route::Check => "Paste an HTTP response and see what the RFCs say about its status, headers, caching and problem details. It is checked in your browser; nothing is sent anywhere.".to_owned(),
        Route::Listing(listing) => format!("{}, on the home page of the 4xx Guide.", listing.title()),
        other => diagnose(other).explanation,
    }
}
