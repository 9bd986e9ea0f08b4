//! The site's routes as pure functions: what a path means, and the path of each page.
//! The router only hands us the browser's path; everything else is decided here, so it is
//! the same in the browser, in the prerenderer and in tests.

use crate::catalog::{self, CodeKind, Group, OtherStatus, Status, Unofficial};
use crate::choose::{self, Step};

/// The sub-path the site is deployed under ("" at the root, "/4xx-guide" on a project
/// page), fixed at build time by the `BASE_PATH` environment variable.
pub const BASE_PATH: &str = env!("FOURXX_BASE_PATH");

/// Longest piece of a URL we echo back on a not-found page.
const MAX_ECHO_CHARS: usize = 60;

#[derive(Debug, Clone, Eq)]
pub enum Page {
    Home,
    Code(&'static Status),
    Group(&'static Group),
    /// `/choose/` and `/choose/<slug>`: a step of "Which 4xx should I return?".
    Choose(Step),
    /// `/check`: the response checker.
    Check,
    /// `/429`: a short URL that leads to the code's page.
    ShortCode(&'static Status),
    /// `/codes/` or `/groups/`: the bare folders lead to the lists on the home page.
    Listing(Listing),
    /// `/codes/<x>`: a 4xx number that is not registered but that widely used software uses.
    Unofficial(&'static Unofficial),
    /// `/codes/<x>`: a registered code of another class (1xx, 2xx, 3xx, 5xx).
    OtherClass(&'static OtherStatus),
    /// `/codes/<x>`: a number in 400–499 that is neither registered nor in unofficial use.
    Unassigned(u16),
    /// `/unofficial`: the list of unofficial codes.
    UnofficialList,
    /// `/codes/<x>` where `<x>` is none of the above.
    UnknownCode(String),
    /// `/groups/<x>` where `<x>` is not a group.
    UnknownGroup(String),
    NotFound(String),
}

/// Pages are the same when they show the same entry. The catalogue's entries are statics,
/// so they are compared by address: a derived comparison would compare all their text,
/// and costs the wasm kilobytes.
impl PartialEq for Page {
    fn eq(&self, other: &Page) -> bool {
        use std::ptr::eq as same;
        match (self, other) {
            (Page::Code(a), Page::Code(b)) | (Page::ShortCode(a), Page::ShortCode(b)) => same(*a, *b),
            (Page::Group(a), Page::Group(b)) => same(*a, *b),
            (Page::Choose(a), Page::Choose(b)) => a == b,
            (Page::Listing(a), Page::Listing(b)) => a == b,
            (Page::Unofficial(a), Page::Unofficial(b)) => same(*a, *b),
            (Page::OtherClass(a), Page::OtherClass(b)) => same(*a, *b),
            (Page::Unassigned(a), Page::Unassigned(b)) => a == b,
            (Page::UnknownCode(a), Page::UnknownCode(b))
            | (Page::UnknownGroup(a), Page::UnknownGroup(b))
            | (Page::NotFound(a), Page::NotFound(b)) => a == b,
            (Page::Home, Page::Home) | (Page::Check, Page::Check) | (Page::UnofficialList, Page::UnofficialList) => {
                true
            }
            _ => false,
        }
    }
}

impl Page {
    /// Reads a path as the browser reports it (percent-encoded, with the base path).
    pub fn from_path(path: &str) -> Page {
        let path = strip_base(path);
        let trimmed = path.trim_matches('/');
        let segments: Vec<&str> = trimmed.split('/').collect();
        match segments.as_slice() {
            [""] | ["index.html"] => Page::Home,
            // The file a static host serves for every unknown address: its prerendered
            // text must fit any of them, so it names no path.
            ["404.html"] => Page::NotFound(String::new()),
            ["codes"] => Page::Listing(Listing::Codes),
            ["groups"] => Page::Listing(Listing::Groups),
            ["unofficial"] => Page::UnofficialList,
            ["check"] => Page::Check,
            ["codes", raw] => {
                let code = percent_decode(raw);
                code_route(&code).unwrap_or(Page::UnknownCode(code))
            }
            ["groups", raw] => {
                let slug = percent_decode(raw);
                catalog::find_group(&slug)
                    .map(Page::Group)
                    .unwrap_or(Page::UnknownGroup(slug))
            }
            ["choose"] => Page::Choose(Step::Question(choose::start())),
            ["choose", raw] => choose::find_step(&percent_decode(raw))
                .map(Page::Choose)
                .unwrap_or_else(|| Page::NotFound(percent_decode(path))),
            [short] if is_three_digits(short) => catalogue_code(short)
                .map(Page::ShortCode)
                .unwrap_or(Page::UnknownCode((*short).to_owned())),
            _ => Page::NotFound(percent_decode(path)),
        }
    }

    /// Whether the page uses the search index as soon as it is up: the home page (its
    /// search box, and its results for `?q=`) and the pages for paths that lead nowhere,
    /// which suggest codes. (The app's start then builds the index first, in steps.)
    pub fn uses_search(&self) -> bool {
        matches!(
            self,
            Page::Home | Page::UnknownCode(_) | Page::UnknownGroup(_) | Page::NotFound(_)
        )
    }

    /// Where a route that only leads elsewhere leads (a site path, without the base).
    pub fn redirect_target(&self) -> Option<String> {
        match self {
            Page::ShortCode(status) => Some(code_path(status.code)),
            Page::Listing(listing) => Some(listing.target().to_owned()),
            _ => None,
        }
    }

    /// The path of a page that has its own address (for canonical links); `None` for
    /// routes that lead elsewhere or lead nowhere.
    pub fn own_path(&self) -> Option<String> {
        match self {
            Page::Home => Some("/".to_owned()),
            Page::Code(status) => Some(code_path(status.code)),
            Page::Group(group) => Some(group_path(group.slug)),
            Page::Unofficial(entry) => Some(code_path(entry.code)),
            Page::OtherClass(other) => Some(code_path(other.code)),
            Page::Unassigned(code) => Some(code_path(*code)),
            Page::UnofficialList => Some(UNOFFICIAL_PATH.to_owned()),
            Page::Choose(step) => Some(step.path()),
            Page::Check => Some(CHECK_PATH.to_owned()),
            _ => None,
        }
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

/// The page for `/codes/<x>`, looked up in this order: the catalogue, the unofficial
/// codes, the other classes, the unassigned 4xx numbers. Numbers outside 100–599 and
/// unassigned numbers of other classes have no page.
fn code_route(text: &str) -> Option<Page> {
    if !is_three_digits(text) {
        return None;
    }
    match catalog::classify(text.parse().ok()?) {
        CodeKind::Registered(status) => Some(Page::Code(status)),
        CodeKind::Unofficial(entry) => Some(Page::Unofficial(entry)),
        CodeKind::RegisteredOther(other) => Some(Page::OtherClass(other)),
        CodeKind::Unassigned4xx(code) => Some(Page::Unassigned(code)),
        CodeKind::UnassignedOther(..) | CodeKind::NotAStatus(_) => None,
    }
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

/// The list of unofficial codes.
pub const UNOFFICIAL_PATH: &str = "/unofficial/";

/// The response checker's page; what it checks lives in the fragment (`#r=`).
pub const CHECK_PATH: &str = "/check/";

pub fn group_path(slug: &str) -> String {
    format!("/groups/{slug}/")
}

/// Every route that has a page of its own, as the paths a static host serves.
pub fn documented_paths() -> Vec<String> {
    std::iter::once("/".to_owned())
        .chain(catalog::CODES.iter().map(|s| code_path(s.code)))
        .chain(catalog::GROUPS.iter().map(|g| group_path(g.slug)))
        .chain(choose::paths())
        .chain(std::iter::once(UNOFFICIAL_PATH.to_owned()))
        .chain(catalog::UNOFFICIAL.iter().map(|u| code_path(u.code)))
        .chain(catalog::OTHER_CLASSES.iter().map(|o| code_path(o.code)))
        .chain(unassigned_4xx().map(code_path))
        .chain(std::iter::once(CHECK_PATH.to_owned()))
        .collect()
}

/// The numbers in 400–499 that are neither registered nor in unofficial use.
pub fn unassigned_4xx() -> impl Iterator<Item = u16> {
    (400..=499).filter(|&code| matches!(catalog::classify(code), CodeKind::Unassigned4xx(_)))
}
