//! The site's routes as pure functions: what a path means, and the path of each page.
//! The router only hands us the browser's path; everything else is decided here, so it is
//! the same in the browser, in the prerenderer and in tests.

use crate::catalog::{self, Group, Status};

/// The sub-path the site is deployed under ("" at the root, "/4xx-guide" on a project
/// page), fixed at build time by the `BASE_PATH` environment variable.
pub const BASE_PATH: &str = env!("FOURXX_BASE_PATH");

/// Longest piece of a URL we echo back on a not-found page.
const MAX_ECHO_CHARS: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Code(&'static Status),
    Group(&'static Group),
    /// `/check`: the response checker.
    Check,
    /// `/429`: a short URL that leads to the code's page.
    ShortCode(&'static Status),
    /// `/codes/` or `/groups/`: the bare folders lead to the lists on the home page.
    Listing(Listing),
    /// `/codes/<x>` where `<x>` is not a code of the catalogue.
    UnknownCode(String),
    /// `/groups/<x>` where `<x>` is not a group.
    UnknownGroup(String),
    NotFound(String),
}

impl Route {
    /// Reads a path as the browser reports it (percent-encoded, with the base path).
    pub fn from_path(path: &str) -> Route {
        let path = strip_base(path);
        let trimmed = path.trim_matches('/');
        let segments: Vec<&str> = trimmed.split('/').collect();
        match segments.as_slice() {
            [""] | ["index.html"] => Route::Home,
            ["codes"] => Route::Listing(Listing::Codes),
            ["groups"] => Route::Listing(Listing::Groups),
            ["check"] => Route::Check,
            ["codes", raw] => {
                let code = percent_decode(raw);
                catalogue_code(&code)
                    .map(Route::Code)
                    .unwrap_or(Route::UnknownCode(code))
            }
            ["groups", raw] => {
                let slug = percent_decode(raw);
                catalog::find_group(&slug)
                    .map(Route::Group)
                    .unwrap_or(Route::UnknownGroup(slug))
            }
            [short] if is_three_digits(short) => catalogue_code(short)
                .map(Route::ShortCode)
                .unwrap_or(Route::UnknownCode((*short).to_owned())),
            _ => Route::NotFound(percent_decode(path)),
        }
    }

    /// Where a route that only leads elsewhere leads (a site path, without the base).
    pub fn redirect_target(&self) -> Option<String> {
        match self {
            Route::ShortCode(status) => Some(code_path(status.code)),
            Route::Listing(listing) => Some(listing.target().to_owned()),
            _ => None,
        }
    }

    /// Whether a static host should answer this route with a real 200 page.
    pub fn is_documented(&self) -> bool {
        matches!(self, Route::Home | Route::Code(_) | Route::Group(_) | Route::Check)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    Codes,
    Groups,
}

impl Listing {
    pub fn target(self) -> &'static str {
        match self {
            Listing::Codes => "/#codes-heading",
            Listing::Groups => "/#groups-heading",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Listing::Codes => "All 4xx status codes",
            Listing::Groups => "All 4xx groups",
        }
    }
}

/// Paths that only lead elsewhere but that people type or bookmark, so each gets a file.
pub fn redirect_paths() -> Vec<String> {
    catalog::CODES
        .iter()
        .map(|s| format!("/{}/", s.code))
        .chain(["/codes/".to_owned(), "/groups/".to_owned()])
        .collect()
}

fn is_three_digits(text: &str) -> bool {
    text.len() == 3 && text.bytes().all(|b| b.is_ascii_digit())
}

/// The catalogue code written exactly as its three digits (`429`, not `0429` or `+429`).
fn catalogue_code(text: &str) -> Option<&'static Status> {
    is_three_digits(text)
        .then(|| text.parse().ok())
        .flatten()
        .and_then(catalog::find_code)
}

fn strip_base(path: &str) -> &str {
    if BASE_PATH.is_empty() {
        return path;
    }
    match path.strip_prefix(BASE_PATH) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        _ => path,
    }
}

/// Decodes `%XX` escapes; invalid escapes and invalid UTF-8 are kept as literal text
/// rather than rejected, since this only decides what to show.
pub fn percent_decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(value) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(value);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Shortens text taken from the URL before it is shown.
pub fn echo(text: &str) -> String {
    if text.chars().count() <= MAX_ECHO_CHARS {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX_ECHO_CHARS).collect();
        format!("{cut}…")
    }
}

/// A site path with the base path in front: `href("/codes/429")`.
pub fn href(path: &str) -> String {
    format!("{BASE_PATH}{path}")
}

/// Pages are linked with a trailing slash: it is the address a static host serves
/// directly (`/codes/429/index.html`), so a link opened in a new tab needs no redirect.
pub fn code_path(code: u16) -> String {
    format!("/codes/{code}/")
}

pub fn group_path(slug: &str) -> String {
    format!("/groups/{slug}/")
}

/// Every route that has a page of its own, as the paths a static host serves.
pub fn documented_paths() -> Vec<String> {
    std::iter::once("/".to_owned())
        .chain(catalog::CODES.iter().map(|s| code_path(s.code)))
        .chain(catalog::GROUPS.iter().map(|g| group_path(g.slug)))
        .chain(std::iter::once(crate::pages::check::CHECK_PATH.to_owned()))
        .collect()
}
