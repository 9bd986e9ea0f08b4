//! Unofficial 4xx codes and the registered codes of the other classes, generated at build
//! time from `data/unofficial.toml` and `data/other-classes.toml`, and the one function
//! that says what any number is.

use super::types::{Aside, OtherStatus, Spec, Status, StatusClass, Unofficial, UnofficialUse};

include!(concat!(env!("OUT_DIR"), "/unofficial_data.rs"));

/// Looks an unofficial 4xx code up.
pub fn find_unofficial(code: u16) -> Option<&'static Unofficial> {
    UNOFFICIAL
        .binary_search_by_key(&code, |u| u.code)
        .ok()
        .map(|i| &UNOFFICIAL[i])
}

/// Looks a registered 1xx, 2xx, 3xx or 5xx code up.
pub fn find_other(code: u16) -> Option<&'static OtherStatus> {
    OTHER_CLASSES
        .binary_search_by_key(&code, |o| o.code)
        .ok()
        .map(|i| &OTHER_CLASSES[i])
}

/// What a number is, for any number a URL or a log can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// In the IANA registry and in this guide's catalogue.
    Registered(&'static Status),
    /// Not registered, but widely used software gives it a meaning.
    Unofficial(&'static Unofficial),
    /// In 400–499, not registered, and no use of it is listed here.
    Unassigned4xx(u16),
    /// A registered 1xx, 2xx, 3xx or 5xx code.
    RegisteredOther(&'static OtherStatus),
    /// In 100–599 outside 4xx and not registered, such as 299 or 599.
    UnassignedOther(u16, StatusClass),
    /// Outside 100–599: not an HTTP status code.
    NotAStatus(u16),
}

/// Classifies a number: the catalogue first, then the unofficial codes, then the other
/// classes; anything left in 100–599 is unassigned.
pub fn classify(code: u16) -> CodeKind {
    if let Some(status) = super::find_code(code) {
        return CodeKind::Registered(status);
    }
    if let Some(entry) = find_unofficial(code) {
        return CodeKind::Unofficial(entry);
    }
    if let Some(other) = find_other(code) {
        return CodeKind::RegisteredOther(other);
    }
    match super::status_class(code) {
        Some(StatusClass::ClientError) => CodeKind::Unassigned4xx(code),
        Some(class) => CodeKind::UnassignedOther(code, class),
        None => CodeKind::NotAStatus(code),
    }
}

impl Unofficial {
    /// The projects that use the number, in data order, for lists and descriptions.
    pub fn projects(&self) -> Vec<&'static str> {
        self.uses.iter().map(|u| u.project).collect()
    }
}

impl UnofficialUse {
    /// The source's short label: `nginx.org`, `nginx/nginx`.
    pub fn source_label(&self) -> String {
        super::source_label(self.source)
    }
}

impl Aside {
    pub fn source_label(&self) -> String {
        super::source_label(self.source)
    }
}

impl OtherStatus {
    /// The class of the code (never `ClientError`: build.rs rejects 4xx here).
    pub fn class(&self) -> StatusClass {
        super::status_class(self.code).unwrap_or(StatusClass::ServerError)
    }
}

impl StatusClass {
    /// `5xx server error`: the class as a heading names it.
    pub fn label(self) -> &'static str {
        match self {
            StatusClass::Informational => "1xx informational",
            StatusClass::Success => "2xx success",
            StatusClass::Redirection => "3xx redirection",
            StatusClass::ClientError => "4xx client error",
            StatusClass::ServerError => "5xx server error",
        }
    }

    /// The code a client treats an unrecognised code of this class as (RFC 9110 §15).
    pub fn x00(self) -> u16 {
        match self {
            StatusClass::Informational => 100,
            StatusClass::Success => 200,
            StatusClass::Redirection => 300,
            StatusClass::ClientError => 400,
            StatusClass::ServerError => 500,
        }
    }
}

/// RFC 9110 §15, the rule for codes a client does not know.
pub const UNRECOGNIZED_RULE: &str = "a client MUST understand the class of any status code, as indicated by the first digit, and treat an unrecognized status code as being equivalent to the x00 status code of that class";

/// Where the rule is.
pub const UNRECOGNIZED_RULE_SPEC: Spec = Spec {
    rfc: 9110,
    section: "15",
    title: "Status Codes",
};
