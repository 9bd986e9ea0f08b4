//! The response checker: reads a pasted HTTP response (or several, from `curl -L`) in any
//! common form, and reports what the RFCs say about it. Pure functions, no browser calls.
//!
//! What is checked comes from the catalogue (each code's headers with their MUST/SHOULD/MAY
//! level, whether it is heuristically cacheable, its names); the sentences quoted and the
//! fixes come from `data/check.toml`, read at build time.

pub mod fragment;
mod json;
pub mod parse;
mod rules;
mod syntax;

use crate::catalog::{self, Requirement, Status, StatusClass};

pub use parse::{Field, Form, Response, Version};

include!(concat!(env!("OUT_DIR"), "/check_data.rs"));

/// The most of a paste that is read; the rest is ignored, and the report says so.
pub const MAX_INPUT_BYTES: usize = 64 * 1024;

/// Where a rule is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation {
    pub rfc: u16,
    pub section: &'static str,
    pub quote: &'static str,
}

crate::catalog::rfc_section_links!(Citation);

/// A header a code requires or recommends, with the sentence that says so.
#[derive(Debug)]
pub struct HeaderRule {
    pub code: u16,
    pub header: &'static str,
    /// Set only for codes outside the catalogue; for the others the catalogue decides.
    pub requirement: Option<Requirement>,
    pub citation: Citation,
    pub fix: &'static str,
    /// The condition under which the requirement applies ("" = always).
    pub when: &'static str,
    /// A value the header must carry ("" = any).
    pub token: &'static str,
}

#[derive(Debug)]
pub struct RuleText {
    pub id: &'static str,
    /// Codes this text is for; empty = every code without a text of its own.
    pub codes: &'static [u16],
    pub citation: Citation,
}

#[derive(Debug)]
pub struct Hint {
    pub code: u16,
    pub phrases: &'static [&'static str],
}

/// The citation of a generic rule, the one for `code` if there is one.
pub fn rule_text(id: &str, code: u16) -> Option<&'static RuleText> {
    RULES
        .iter()
        .find(|r| r.id == id && r.codes.contains(&code))
        .or_else(|| RULES.iter().find(|r| r.id == id && r.codes.is_empty()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }

    pub fn from_requirement(requirement: Requirement) -> Severity {
        match requirement {
            Requirement::Must => Severity::Error,
            Requirement::Should => Severity::Warning,
            Requirement::May => Severity::Note,
        }
    }
}

/// One thing the RFCs say about a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Stable id of the rule (`missing-header`, `retry-after-syntax`...).
    pub rule: &'static str,
    /// The header concerned, for rules about one header.
    pub header: Option<&'static str>,
    pub severity: Severity,
    pub title: String,
    pub citation: Citation,
    pub fix: String,
}

impl Finding {
    /// `missing-header:Allow`, or the rule id alone: how tests and lists name a finding.
    pub fn key(&self) -> String {
        match self.header {
            Some(header) => format!("{}:{}", self.rule, header),
            None => self.rule.to_owned(),
        }
    }
}

/// What the status code is, for the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    /// A code of the catalogue: its page.
    Guide(&'static Status),
    /// A 4xx number no registry defines: treat as 400.
    Unregistered4xx,
    /// 1xx, 2xx, 3xx or 5xx: outside the guide.
    OtherClass(StatusClass),
    /// Outside 100–599, or not three digits.
    Invalid,
    /// Headers pasted without any status: only the checks that need none ran.
    Unknown,
}

/// One response of the paste, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub response: Response,
    pub kind: StatusKind,
    /// Errors first, then warnings, then notes.
    pub findings: Vec<Finding>,
}

impl Checked {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }
}

/// Something about the paste as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Empty,
    /// Nothing that reads as a response: no status line, `:status` or "Status Code:".
    NotHttp,
    /// No response, but an error message that names a 4xx status, as HTTP clients print
    /// them (`Response status code does not indicate success: 429 (Too Many Requests).`,
    /// `HTTP Error 404: Not Found`, dev tools' console `GET https://… 401 (Unauthorized)`).
    NamedStatus {
        code: u16,
    },
    /// No response, but a browser's CORS error from its console: the page was not let
    /// read a response, with the 4xx status the console names, if any.
    CorsError {
        code: Option<u16>,
    },
    /// Only request lines were found.
    RequestOnly,
    /// Response headers without a status: only the checks that need none ran on them.
    HeadersWithoutStatus,
    /// NUL bytes or many control characters: not text.
    Binary,
    /// Longer than [`MAX_INPUT_BYTES`]: only the first part was read.
    Truncated {
        total_bytes: usize,
        read_bytes: usize,
    },
    /// More responses than are checked: the first ones were.
    TooManyResponses {
        checked: usize,
    },
}

impl Notice {
    pub fn message(&self) -> String {
        match self {
            Notice::Empty => "Paste a response first: the status line (HTTP/1.1 404 Not Found), the headers, and the body if you like.".to_owned(),
            Notice::NotHttp => "This does not look like an HTTP response: no status line such as \"HTTP/1.1 404 Not Found\", no \":status: 404\" and no \"Status Code: 404\" was found. Paste the output of curl -i or curl -v, HTTPie, or the response headers from your browser's developer tools.".to_owned(),
            Notice::NamedStatus { code } => format!(
                "This is an error message, not an HTTP response: it says the server answered {code}. To check the response itself, paste it as curl -i or your browser's developer tools show it."
            ),
            Notice::CorsError { code } => format!(
                "This is the browser's CORS error, not an HTTP response: the server answered{}, but the browser did not let the page read it. The fix is in the server's Access-Control-Allow-* headers, which the Fetch standard defines, not RFC 9110.{}",
                code.map(|c| format!(" {c}")).unwrap_or_default(),
                if code.is_some() {
                    " Error responses often lack them, so the 4xx is likely the first problem."
                } else {
                    ""
                }
            ),
            Notice::RequestOnly => "Only a request was found, no response. Paste what the server answered (curl -i shows it; curl -v marks it with \"< \").".to_owned(),
            Notice::HeadersWithoutStatus => "Response headers were found, but no status code: only the checks that do not depend on it ran. For the others, add the status line (HTTP/1.1 404 Not Found) or the \"Status Code: 404\" line above them.".to_owned(),
            Notice::Binary => "The paste holds binary data (NUL bytes or control characters); it was read as text where possible, and bodies that are not text are not checked.".to_owned(),
            Notice::Truncated { total_bytes, read_bytes } => format!(
                "The paste is {total_bytes} bytes long; only the first {read_bytes} bytes were checked."
            ),
            Notice::TooManyResponses { checked } => {
                format!("The paste holds more than {checked} responses; the first {checked} were checked.")
            }
        }
    }

    /// Whether this notice means there is nothing to show below it.
    pub fn is_blocking(&self) -> bool {
        matches!(
            self,
            Notice::Empty
                | Notice::NotHttp
                | Notice::NamedStatus { .. }
                | Notice::CorsError { .. }
                | Notice::RequestOnly
        )
    }
}

/// Everything the checker says about one paste.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub notices: Vec<Notice>,
    pub responses: Vec<Checked>,
}

/// The 4xx status an HTTP client's error message names: a three-digit number after words
/// such as "status code", "HTTP Error" or "response code", or before its reason phrase in
/// brackets (`401 (Unauthorized)`) or "Client Error".
pub fn status_named_in(text: &str) -> Option<u16> {
    // "status" covers "status code".
    const BEFORE: &[&str] = &[
        "response code",
        "http error",
        "returned an error",
        "returned error",
        "status",
        "http/",
    ];
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    (0..bytes.len().saturating_sub(2)).find_map(|i| {
        let number = bytes[i] == b'4' && digit(i + 1) && digit(i + 2) && !digit(i + 3) && (i == 0 || !digit(i - 1));
        if !number {
            return None;
        }
        let mut start = i.saturating_sub(40);
        while !lower.is_char_boundary(start) {
            start += 1;
        }
        let before = &lower[start..i];
        let after = &lower[i + 3..];
        let named = BEFORE.iter().any(|cue| before.contains(cue))
            || after
                .strip_prefix(" (")
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()))
            || after.starts_with(" client error");
        named.then(|| lower[i..i + 3].parse().ok()).flatten()
    })
}

/// Chromium's and Firefox's console messages for a response that CORS kept from the page.
fn is_cors_error(text: &str) -> bool {
    ["blocked by CORS policy", "Cross-Origin Request Blocked"]
        .iter()
        .any(|cue| text.contains(cue))
}

/// Checks a paste.
pub fn check(input: &str) -> Report {
    let parsed = parse::parse(input);
    let mut notices = Vec::new();
    if let Some((total_bytes, read_bytes)) = parsed.truncated {
        notices.push(Notice::Truncated {
            total_bytes,
            read_bytes,
        });
    }
    if parsed.binary {
        notices.push(Notice::Binary);
    }
    if parsed.more_responses {
        notices.push(Notice::TooManyResponses {
            checked: parsed.responses.len(),
        });
    }
    let mut responses = parsed.responses;
    if responses.is_empty() {
        notices.push(if input.trim().is_empty() {
            Notice::Empty
        } else if is_cors_error(input) {
            Notice::CorsError {
                code: status_named_in(input),
            }
        } else if let Some(code) = status_named_in(input) {
            Notice::NamedStatus { code }
        } else if let Some(headers) = parsed.saw_headers.then(|| parse::headers_only(input)).flatten() {
            responses.push(headers);
            Notice::HeadersWithoutStatus
        } else if parsed.saw_request {
            Notice::RequestOnly
        } else {
            Notice::NotHttp
        });
    }
    let responses = responses
        .into_iter()
        .map(|response| {
            let kind = kind_of(&response);
            // Errors, then warnings, then notes, each in rule order (buckets rather than a
            // sort: the sort's code would cost more in the wasm than this).
            let all = rules::run(&response, kind);
            let findings = [Severity::Error, Severity::Warning, Severity::Note]
                .into_iter()
                .flat_map(|s| all.iter().filter(move |f| f.severity == s).cloned())
                .collect();
            Checked {
                response,
                kind,
                findings,
            }
        })
        .collect();
    Report { notices, responses }
}

/// Checks pasted bytes: invalid UTF-8 is replaced, and counts towards "binary".
pub fn check_bytes(input: &[u8]) -> Report {
    check(&String::from_utf8_lossy(input))
}

fn kind_of(response: &Response) -> StatusKind {
    match response.status {
        Some(code) => match catalog::find_code(code) {
            Some(status) => StatusKind::Guide(status),
            None => match catalog::status_class(code) {
                Some(StatusClass::ClientError) => StatusKind::Unregistered4xx,
                Some(class) => StatusKind::OtherClass(class),
                None => StatusKind::Invalid,
            },
        },
        None if response.status_text.is_empty() => StatusKind::Unknown,
        None => StatusKind::Invalid,
    }
}

/// A paste to try, offered as a link on the empty checker.
pub struct Example {
    pub label: &'static str,
    pub paste: &'static str,
}

pub const EXAMPLES: &[Example] = &[
    Example {
        label: "nginx answers a POST to a static file (curl -i)",
        paste: "HTTP/1.1 405 Not Allowed\r\nServer: nginx\r\nContent-Type: text/html\r\nContent-Length: 157\r\nConnection: keep-alive\r\n\r\n<html>\r\n<head><title>405 Not Allowed</title></head>\r\n<body>\r\n<center><h1>405 Not Allowed</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
    },
    Example {
        label: "An API's 401 without a challenge (curl -v, HTTP/2)",
        paste: "> GET /v1/me HTTP/2\n> Host: api.example.com\n> Accept: */*\n>\n< HTTP/2 401 \n< content-type: application/json\n< content-length: 24\n<\n{\"error\":\"Unauthorized\"}\n",
    },
    Example {
        label: "A rate limit that caches can keep for an hour",
        paste: "HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nCache-Control: public, max-age=3600\nRetry-After: in a minute\n\n{\"message\":\"Too Many Requests\"}\n",
    },
    Example {
        label: "Problem details whose status disagrees (RFC 9457)",
        paste: "HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{\"type\":\"https://example.com/problems/validation\",\"title\":\"Invalid input\",\"status\":422}\n",
    },
    Example {
        label: "A redirect, then a 404 from the browser's developer tools",
        paste: "HTTP/1.1 301 Moved Permanently\nLocation: /docs/\nContent-Length: 0\n\nStatus Code: 404 Not Found\nResponse Headers\ncontent-type: text/html\nserver: cloudflare\n",
    },
];
