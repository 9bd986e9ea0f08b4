//! The rules. Each one reads the parsed response, and the catalogue for what a code needs.

use super::json::{self, Value};
use super::parse::{Form, LineProblem, Response, Version};
use super::syntax::{self, DateForm};
use super::{Citation, Finding, HEADER_RULES, HINTS, HeaderRule, Severity, StatusKind, rule_text};
use crate::catalog::{self, Direction, Requirement, Status};
use crate::routes::{code_path, href};

/// Every rule id a finding can carry, with the id of the citation it quotes.
pub const RULE_IDS: &[(&str, &str)] = &[
    ("status-invalid", "status-invalid"),
    ("status-unregistered", "status-unregistered"),
    ("reason-legacy", "reason-phrase"),
    ("reason-differs", "reason-phrase"),
    ("retry-after-syntax", "grammar"),
    ("date-obsolete", "date-obsolete"),
    ("date-missing", "date-missing"),
    ("vary-encoding", "vary-encoding"),
    ("allow-syntax", "allow-syntax"),
    ("content-range-416", "content-range-416"),
    ("challenge-missing", "challenge-missing"),
    ("challenge-syntax", "grammar"),
    ("content-length-chars", "content-length-chars"),
    ("body-cut", "content-length-chars"),
    ("host-in-response", "host-in-response"),
    ("cache-heuristic", "cache-heuristic"),
    ("cache-no-store", "cache-no-store"),
    ("problem-json-invalid", "problem-json-invalid"),
    ("problem-status-mismatch", "problem-status-mismatch"),
    ("problem-member-type", "problem-member-type"),
    ("problem-type-uri", "problem-type-uri"),
    ("problem-title-blank", "problem-title-blank"),
    ("problem-media-type", "problem-media-type"),
    ("json-content-type", "json-content-type"),
    ("content-type-missing", "json-content-type"),
    ("body-hint", "body-hint"),
    ("method-hint", "method-hint"),
    ("retry-after-413", "retry-after-413"),
    ("body-empty", "body-empty"),
    ("locked-condition", "locked-condition"),
    ("duplicate-header", "duplicate-header"),
    ("content-length-conflict", "content-length-conflict"),
    (
        "content-length-with-transfer-encoding",
        "content-length-with-transfer-encoding",
    ),
    ("obs-fold", "obs-fold"),
    ("space-before-colon", "space-before-colon"),
    ("header-malformed", "header-malformed"),
    ("h2-connection-header", "h2-connection-header"),
    ("h3-connection-header", "h3-connection-header"),
];

/// Headers that belong to one HTTP/1.1 connection (RFC 9113 §8.2.2).
const CONNECTION_SPECIFIC: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "upgrade",
];

/// Headers whose grammar is a single value, so a second line is an error (RFC 9110 §5.3).
const SINGLETONS: &[&str] = &[
    "content-length",
    "content-type",
    "content-range",
    "content-location",
    "location",
    "retry-after",
    "expires",
    "date",
    "last-modified",
    "etag",
    "age",
    "server",
];

/// Longest body read for hints.
const MAX_HINT_BODY: usize = 4096;

/// Codes whose bodies are worth reading for a more specific code.
fn generic(code: u16) -> bool {
    matches!(code, 200..=299 | 400 | 403 | 404 | 413 | 500 | 503)
}

struct Out<'a> {
    response: &'a Response,
    code: u16,
    findings: Vec<Finding>,
    /// Codes the body's hints have suggested, so that no other rule suggests them again.
    hinted: Vec<u16>,
}

impl Out<'_> {
    fn add(
        &mut self,
        rule: &'static str,
        header: Option<&'static str>,
        severity: Severity,
        title: String,
        fix: String,
    ) {
        let cite_id = RULE_IDS.iter().find(|(id, _)| *id == rule).map_or(rule, |(_, c)| *c);
        if let Some(text) = rule_text(cite_id, self.code) {
            self.cite(rule, header, severity, title, text.citation, fix);
        }
    }

    fn cite(
        &mut self,
        rule: &'static str,
        header: Option<&'static str>,
        severity: Severity,
        title: String,
        citation: Citation,
        fix: String,
    ) {
        self.findings.push(Finding {
            rule,
            header,
            severity,
            title,
            citation,
            fix,
        });
    }
}

pub fn run(response: &Response, kind: StatusKind) -> Vec<Finding> {
    let code = response.status.unwrap_or(0);
    let mut out = Out {
        response,
        code,
        findings: Vec::new(),
        hinted: Vec::new(),
    };
    if kind == StatusKind::Unknown {
        structure(&mut out);
        header_syntax(&mut out);
        return out.findings;
    }
    status(&mut out, kind);
    structure(&mut out);
    if !matches!(kind, StatusKind::Invalid) {
        if let StatusKind::Guide(status) = kind {
            reason(&mut out, status);
        }
        required_headers(&mut out, kind);
        date_missing(&mut out);
        header_syntax(&mut out);
        caching(&mut out, kind);
        body(&mut out, kind);
        method_hint(&mut out);
        retry_after_413(&mut out);
    }
    out.findings
}

/// A 404 to a method other than GET or HEAD: frameworks answer 404 when no route matches
/// the method, though the path exists for others (Rails, Express). Only when the paste
/// shows the method: its request line, its command, or Express's "Cannot DELETE /path".
fn method_hint(out: &mut Out) {
    let response = out.response;
    if out.code != 404 || response.body.len() > MAX_HINT_BODY {
        return;
    }
    let method = response
        .request_method
        .as_deref()
        .or_else(|| method_in_body(&response.body));
    let Some(method) = method.filter(|m| !matches!(*m, "GET" | "HEAD")) else {
        return;
    };
    // The body may have said so already.
    if out.hinted.contains(&405) {
        return;
    }
    let method = method.to_owned();
    out.add(
        "method-hint",
        None,
        Severity::Note,
        format!("A {method} request got 404: if the resource exists and only the method is wrong, 405 is the code"),
        format!(
            "If the URL takes other methods, send 405 with Allow listing them (see {}); if nothing is there, 404 is right.",
            href(&code_path(405))
        ),
    );
}

/// A 413 with Retry-After whose body speaks of a size limit: Retry-After says the
/// condition is temporary, and the same request would fail again after the wait.
fn retry_after_413(out: &mut Out) {
    let response = out.response;
    if out.code != 413 || !response.has("Retry-After") || response.body.len() > MAX_HINT_BODY {
        return;
    }
    let body = response.body.to_ascii_lowercase();
    if ["maximum", "max ", "limit", "exceed"].iter().any(|w| body.contains(w)) {
        out.add(
            "retry-after-413",
            Some("Retry-After"),
            Severity::Note,
            "Retry-After tells the client the 413 is temporary, but the body speaks of a size limit".to_owned(),
            "If the limit is fixed, drop Retry-After: the same request will fail again after the wait. Say the limit in the body instead, so the client can send less.".to_owned(),
        );
    }
}

/// The method in Express's (finalhandler's) not-found message, `Cannot DELETE /path`.
fn method_in_body(body: &str) -> Option<&str> {
    let rest = &body[body.find("Cannot ")? + "Cannot ".len()..];
    let (method, after) = rest.split_once(' ')?;
    let word = method.len() <= 20 && !method.is_empty() && method.bytes().all(|b| b.is_ascii_uppercase());
    (word && after.starts_with('/')).then_some(method)
}

fn status(out: &mut Out, kind: StatusKind) {
    let text = out.response.status_text.clone();
    match kind {
        StatusKind::Invalid => out.add(
            "status-invalid",
            None,
            Severity::Error,
            format!("Status {text} is not a valid status code"),
            "Send a three-digit code from 100 to 599; clients treat anything else as a 5xx server error.".to_owned(),
        ),
        StatusKind::Unregistered4xx => out.add(
            "status-unregistered",
            None,
            Severity::Note,
            format!("{text} is not a registered status code: clients treat it as 400 Bad Request"),
            format!(
                "Use the registered 4xx code that fits; the guide lists them all at {}.",
                href("/")
            ),
        ),
        _ => {}
    }
}

fn reason(out: &mut Out, status: &'static Status) {
    if out.response.version.is_multiplexed() {
        return;
    }
    let Some(reason) = out.response.reason.clone() else {
        return;
    };
    let normal = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase();
    let said = normal(&reason);
    let registered = status.title_name();
    if said == normal(registered) {
        return;
    }
    let legacy = status.all_names().into_iter().skip(1).any(|n| normal(n) == said);
    let (rule, title) = if legacy {
        (
            "reason-legacy",
            format!("Reason phrase \"{reason}\" is an older name of {}", status.code),
        )
    } else {
        (
            "reason-differs",
            format!("Reason phrase \"{reason}\" is not the registered name \"{registered}\""),
        )
    };
    out.add(
        rule,
        None,
        Severity::Note,
        title,
        format!(
            "Nothing to fix for clients, which ignore the phrase; for readers of logs, \"{} {registered}\" is the current name.",
            status.code
        ),
    );
}

/// A 4xx without Date. A head printed by a tool (curl, HTTPie, wget) is whole, so its
/// missing Date is the server's; dev tools' copies are often trimmed, so there it is a note.
fn date_missing(out: &mut Out) {
    if !(400..500).contains(&out.code) || out.response.has("Date") {
        return;
    }
    let severity = match out.response.form {
        Form::StatusLine | Form::CurlVerbose => Severity::Warning,
        Form::PseudoHeader | Form::Summary => Severity::Note,
    };
    out.add(
        "date-missing",
        Some("Date"),
        severity,
        format!("{} without Date: an origin server with a clock must send it", out.code),
        "Send the time the response was made, for example Date: Tue, 14 May 2024 08:03:51 GMT. Most servers add \
         it themselves; responses written by hand, by a proxy or by a low-level error path often lack it."
            .to_owned(),
    );
}

/// The headers a code must, should or may carry: from the catalogue for 4xx codes, from
/// data/check.toml for the few others (503).
fn required_headers(out: &mut Out, kind: StatusKind) {
    let code = out.code;
    let wanted: Vec<(&'static HeaderRule, Requirement)> = match kind {
        StatusKind::Guide(status) => status
            .headers
            .iter()
            .filter(|h| h.direction == Direction::Response)
            .filter_map(|h| {
                // The RFC's non-normative "ought to" or "can" weighs like a MAY: a note.
                let requirement = h.requirement.or(h.wording.map(|_| Requirement::May))?;
                let rule = HEADER_RULES
                    .iter()
                    .find(|r| r.code == code && r.header.eq_ignore_ascii_case(h.name))?;
                Some((rule, requirement))
            })
            .collect(),
        _ => HEADER_RULES
            .iter()
            .filter(|r| r.code == code)
            .filter_map(|r| r.requirement.map(|q| (r, q)))
            .collect(),
    };
    for (rule, requirement) in wanted {
        let lower = rule.header.to_ascii_lowercase();
        if out.response.version.is_multiplexed() && CONNECTION_SPECIFIC.contains(&lower.as_str()) {
            continue; // HTTP/2 and HTTP/3 forbid these headers.
        }
        let values: Vec<&str> = out.response.all(rule.header).collect();
        let severity = if rule.when.is_empty() {
            Severity::from_requirement(requirement)
        } else {
            Severity::Note
        };
        let condition = if rule.when.is_empty() {
            String::new()
        } else {
            format!(" (if {})", rule.when)
        };
        if values.is_empty() {
            let title = match requirement {
                Requirement::Must => format!("{code} without {}: the RFC requires it", rule.header),
                Requirement::Should => format!("{code} without {}{condition}: the RFC recommends it", rule.header),
                Requirement::May => format!("{code} without {}{condition}: optional, but useful", rule.header),
            };
            out.cite(
                "missing-header",
                Some(rule.header),
                severity,
                title,
                rule.citation,
                rule.fix.to_owned(),
            );
        } else if !rule.token.is_empty() && !values.iter().any(|v| syntax::has_token(v, rule.token)) {
            let title = format!("{code} with {} but without \"{}\"{condition}", rule.header, rule.token);
            out.cite(
                "header-token",
                Some(rule.header),
                severity,
                title,
                rule.citation,
                rule.fix.to_owned(),
            );
        }
    }
}

fn header_syntax(out: &mut Out) {
    let response = out.response;
    for value in response.all("Retry-After") {
        if syntax::delay_seconds(value) {
            continue;
        }
        match syntax::http_date(value) {
            Some(_) => {}
            None => out.add(
                "retry-after-syntax",
                Some("Retry-After"),
                Severity::Error,
                format!("Retry-After \"{}\" is neither a number of seconds nor an HTTP date", clip(value)),
                "Send whole seconds (Retry-After: 120) or an IMF-fixdate (Retry-After: Fri, 31 Dec 1999 23:59:59 GMT); clients ignore anything else.".to_owned(),
            ),
        }
    }
    for name in ["Retry-After", "Date", "Expires", "Last-Modified"] {
        for value in response.all(name) {
            if let Some((_, form)) = syntax::http_date(value)
                && form != DateForm::ImfFixdate
            {
                let header = ["Retry-After", "Date", "Expires", "Last-Modified"]
                    .into_iter()
                    .find(|h| *h == name);
                out.add(
                    "date-obsolete",
                    header,
                    Severity::Error,
                    format!("{name} uses an obsolete date format: \"{}\"", clip(value)),
                    "Write dates as IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT.".to_owned(),
                );
            }
        }
    }
    for value in response.all("Allow") {
        let bad = syntax::bad_methods(value);
        if !bad.is_empty() {
            out.add(
                "allow-syntax",
                Some("Allow"),
                Severity::Warning,
                format!("Allow holds \"{}\", which is not a method name", clip(&bad.join(", "))),
                "List method names separated by commas: Allow: GET, HEAD, POST.".to_owned(),
            );
        }
    }
    if out.code == 416 {
        for value in response.all("Content-Range") {
            if !syntax::unsatisfied_range(value) {
                out.add(
                    "content-range-416",
                    Some("Content-Range"),
                    Severity::Warning,
                    format!(
                        "Content-Range on a 416 should be \"bytes */<length>\", not \"{}\"",
                        clip(value)
                    ),
                    "Send the current length only: Content-Range: bytes */47022.".to_owned(),
                );
            }
        }
    }
    for header in ["WWW-Authenticate", "Proxy-Authenticate"] {
        let values: Vec<&str> = response.all(header).collect();
        if !values.is_empty() && !values.iter().any(|v| syntax::has_challenge(v)) {
            let needed = matches!(
                (out.code, header),
                (401, "WWW-Authenticate") | (407, "Proxy-Authenticate")
            );
            let severity = if needed { Severity::Error } else { Severity::Warning };
            let title = format!(
                "{header} \"{}\" holds no challenge (an auth scheme first)",
                clip(values[0])
            );
            let fix = format!("Start with the scheme: {header}: Basic realm=\"example\" or Bearer.");
            let citation = HEADER_RULES
                .iter()
                .find(|r| r.code == 407 && header == "Proxy-Authenticate" && r.header == header)
                .map(|r| r.citation);
            match citation {
                Some(citation) => out.cite("challenge-missing", Some(header), severity, title, citation, fix),
                None => out.add("challenge-missing", Some(header), severity, title, fix),
            }
            continue;
        }
        for value in values {
            if let Some(problem) = syntax::challenge_problem(value) {
                out.add(
                    "challenge-syntax",
                    Some(header),
                    Severity::Error,
                    format!("{header} \"{}\": a comma is missing before \"{}\"", clip(value), clip(problem)),
                    "Separate the parameters of a challenge, and challenges, with commas: Basic realm=\"api\", charset=\"UTF-8\"; quote values that hold spaces.".to_owned(),
                );
            }
        }
    }
}

fn caching(out: &mut Out, kind: StatusKind) {
    let response = out.response;
    let code = out.code;
    let cache_control: Vec<(String, Option<String>)> =
        response.all("Cache-Control").flat_map(syntax::directives).collect();
    // RFC 9111 4.2.2: a cache may choose a lifetime itself when none is given; only these
    // directives or Expires give one (or forbid reuse). "private" alone does not.
    let explicit = cache_control
        .iter()
        .any(|(k, _)| matches!(k.as_str(), "max-age" | "s-maxage" | "no-store" | "no-cache"))
        || response.has("Expires");
    if let StatusKind::Guide(status) = kind
        && status.cacheable
        && !explicit
    {
        let title = if response.has("Cache-Control") {
            format!("{code} without max-age or no-store: caches may keep it for a time they choose")
        } else {
            format!("{code} without Cache-Control: caches may keep it for a time they choose")
        };
        out.add(
            "cache-heuristic",
            Some("Cache-Control"),
            Severity::Note,
            title,
            format!(
                "Say how long it may be reused, for example Cache-Control: max-age=300, or send no-store if it must not be reused (see {}).",
                href(&code_path(code))
            ),
        );
    }
    // A compressed body a shared cache keeps without Vary: Accept-Encoding can be given
    // to a client that did not ask for that coding.
    let storable = !cache_control
        .iter()
        .any(|(k, _)| matches!(k.as_str(), "no-store" | "private" | "no-cache"));
    let reusable = explicit || matches!(kind, StatusKind::Guide(status) if status.cacheable);
    let encoded = response
        .get("Content-Encoding")
        .is_some_and(|v| !v.trim().is_empty() && !v.trim().eq_ignore_ascii_case("identity"));
    let varies = response
        .all("Vary")
        .any(|v| syntax::has_token(v, "accept-encoding") || syntax::has_token(v, "*"));
    if encoded && storable && reusable && !varies {
        out.add(
            "vary-encoding",
            Some("Vary"),
            Severity::Note,
            format!("{code} compressed for this client, without Vary: Accept-Encoding"),
            "Send Vary: Accept-Encoding, so a shared cache does not give the compressed copy to a client that did not ask for it."
                .to_owned(),
        );
    }
    let must_not_store = rule_text("cache-no-store", code).is_some_and(|t| t.codes.contains(&code));
    if must_not_store {
        let has = |name: &str| cache_control.iter().any(|(k, _)| k == name);
        let positive = |name: &str| {
            cache_control
                .iter()
                .any(|(k, v)| k == name && v.as_deref().and_then(|v| v.parse::<u64>().ok()).is_some_and(|n| n > 0))
        };
        let expires_later = match (response.get("Expires"), response.get("Date")) {
            (Some(expires), Some(date)) => match (syntax::http_date(expires), syntax::http_date(date)) {
                (Some((e, _)), Some((d, _))) => e > d,
                _ => false,
            },
            _ => false,
        };
        let fresh = positive("max-age") || positive("s-maxage") || has("public") || expires_later;
        if fresh && !has("no-store") {
            out.add(
                "cache-no-store",
                Some("Cache-Control"),
                Severity::Warning,
                format!("{code} is sent with freshness, but caches must not store it"),
                "Drop max-age, s-maxage, public and a future Expires; send Cache-Control: no-store.".to_owned(),
            );
        }
    }
}

/// A Content-Length that counts the body's characters instead of its bytes, a common bug
/// with non-ASCII text. A paste may have lost its final newline or its CRs, so the body is
/// read every way it may have been sent, and only a length that is a character count in
/// one of them and a byte count in none is reported.
fn content_length_in_characters(out: &mut Out) {
    let response = out.response;
    let body = response.body.as_str();
    if body.is_ascii() || response.body_cut || !matches!(response.form, Form::StatusLine | Form::CurlVerbose) {
        return;
    }
    let Some(length) = response
        .get("Content-Length")
        .and_then(|v| v.trim().parse::<usize>().ok())
    else {
        return;
    };
    let trimmed = body.trim_end_matches(['\r', '\n']);
    let crlf = body.replace("\r\n", "\n").replace('\n', "\r\n");
    let ways = [body, trimmed, crlf.as_str(), crlf.trim_end_matches(['\r', '\n'])];
    let as_bytes = |n: usize| ways.iter().any(|w| w.len() == n);
    let as_chars = ways.iter().find(|w| w.chars().count() == length);
    if let Some(way) = as_chars
        && !as_bytes(length)
    {
        out.add(
            "content-length-chars",
            Some("Content-Length"),
            Severity::Error,
            format!(
                "Content-Length {length} counts characters: the body is {} bytes in UTF-8",
                way.len()
            ),
            "Count the encoded bytes, not characters (Buffer.byteLength in Node, len(body.encode()) in Python); clients stop reading at the wrong place."
                .to_owned(),
        );
    }
}

fn media_type(response: &Response) -> String {
    response
        .get("Content-Type")
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .unwrap_or_default()
}

/// The length a body pasted shorter than its Content-Length was sent with, when the
/// difference is more than lost CRs and the end of the last line can explain: the paste was cut
/// (a terminal's scrollback, a copy that stopped early). None otherwise.
fn cut_short(response: &Response) -> Option<usize> {
    let body = response.body.as_str();
    let decoded = response
        .get("Content-Encoding")
        .is_some_and(|v| !v.trim().eq_ignore_ascii_case("identity"));
    if body.trim().is_empty()
        || response.body_cut
        || response.binary_body
        || decoded
        // curl's stand-in for a compressed or binary body.
        || body.starts_with("Warning: Binary output")
        || !matches!(response.form, Form::StatusLine | Form::CurlVerbose)
    {
        return None;
    }
    let length = response.get("Content-Length")?.trim().parse::<usize>().ok()?;
    let lone_lf = body
        .bytes()
        .enumerate()
        .filter(|&(i, b)| b == b'\n' && (i == 0 || body.as_bytes()[i - 1] != b'\r'))
        .count();
    let as_crlf = body.len() + lone_lf;
    // Some slack for the final line break and trailing spaces a terminal drops.
    (length > as_crlf + 16).then_some(length)
}

fn body(out: &mut Out, kind: StatusKind) {
    let response = out.response;
    content_length_in_characters(out);
    let body = response.body.trim();
    // RFC 9110 §15.5: a 4xx explains itself, except to a HEAD request. Judged only when the
    // response says it has no content: a paste may leave the body out.
    let head = response.request_method.as_deref() == Some("HEAD");
    if (400..500).contains(&out.code) && !head && response.get("Content-Length").is_some_and(|v| v.trim() == "0") {
        out.add(
            "body-empty",
            None,
            Severity::Note,
            format!("{} with no content: the RFC recommends a short explanation", out.code),
            "Say what went wrong and whether it lasts: a line of text, or problem details (RFC 9457) for an API."
                .to_owned(),
        );
    }
    if body.is_empty() || response.binary_body {
        return;
    }
    if out.code == 423 {
        let lower = body.to_ascii_lowercase();
        if !["lock-token-submitted", "no-conflicting-lock"]
            .iter()
            .any(|c| lower.contains(c))
        {
            out.add(
                "locked-condition",
                None,
                Severity::Warning,
                "423 without a WebDAV condition code: the client is not told how to get past the lock".to_owned(),
                "Send a DAV:error body naming the condition, for example <D:error xmlns:D=\"DAV:\"><D:lock-token-submitted><D:href>/locked/file</D:href></D:lock-token-submitted></D:error>.".to_owned(),
            );
        }
    }
    if let Some(length) = cut_short(response) {
        // What is missing cannot be judged: neither the body's syntax nor what it says.
        out.add(
            "body-cut",
            Some("Content-Length"),
            Severity::Note,
            format!(
                "The body pasted is {} bytes, Content-Length says {length}: the paste looks cut short",
                response.body.len()
            ),
            "Paste the whole response to have its body checked (curl -i URL > response.txt keeps all of it); if the server sent fewer bytes than it announced, clients wait for the rest and then fail.".to_owned(),
        );
        return;
    }
    let media = media_type(response);
    // Two Content-Types are an error already; which one a client uses is anyone's guess.
    let one_type = response.all("Content-Type").nth(1).is_none();
    let code = out.code;
    if media == "application/problem+json" {
        problem_details(out, kind, body);
    } else if one_type && body.starts_with(['{', '[']) {
        if let Ok(value) = json::parse(body) {
            if media.is_empty() || media.starts_with("text/") {
                let title = if media.is_empty() {
                    "JSON body without Content-Type".to_owned()
                } else {
                    format!("JSON body sent as {media}")
                };
                out.add(
                    "json-content-type",
                    Some("Content-Type"),
                    Severity::Warning,
                    title,
                    "Label it: Content-Type: application/json, or application/problem+json for problem details."
                        .to_owned(),
                );
            } else if code >= 400
                && value.member("title").is_some()
                && (value.member("type").is_some() || value.member("status").is_some())
            {
                out.add(
                    "problem-media-type",
                    Some("Content-Type"),
                    Severity::Note,
                    format!("This looks like problem details, sent as {media}"),
                    "Send it as Content-Type: application/problem+json so clients know the format (RFC 9457)."
                        .to_owned(),
                );
            }
        }
    } else if media.is_empty() && !response.has("Content-Type") {
        out.add(
            "content-type-missing",
            Some("Content-Type"),
            Severity::Note,
            "Body without Content-Type".to_owned(),
            "Send the media type of the body, for example Content-Type: text/html; charset=utf-8.".to_owned(),
        );
    }
    hints(out, body);
}

fn problem_details(out: &mut Out, kind: StatusKind, body: &str) {
    let value = match json::parse(body) {
        Ok(value) => value,
        // The paste was cut inside this body: its end is missing, not wrong.
        Err(_) if out.response.body_cut => return,
        Err(reason) => {
            out.add(
                "problem-json-invalid",
                None,
                Severity::Error,
                format!("The application/problem+json body is not valid JSON ({reason})"),
                "Send one JSON object, for example {\"title\": \"Not Found\", \"status\": 404}.".to_owned(),
            );
            return;
        }
    };
    if !matches!(value, Value::Object(_)) {
        out.add(
            "problem-json-invalid",
            None,
            Severity::Error,
            format!("Problem details must be a JSON object, this is {}", value.kind()),
            "Wrap the details in one JSON object with type, title, status, detail.".to_owned(),
        );
        return;
    }
    let code = out.code;
    match value.member("status") {
        Some(n @ Value::Number(text)) if n.integer() != Some(i64::from(code)) => out.add(
            "problem-status-mismatch",
            None,
            Severity::Error,
            format!("\"status\": {} in the body, but the response is a {code}", clip(text)),
            format!("Make them agree: the status line decides, so set \"status\": {code} or send the other code."),
        ),
        Some(Value::Number(_)) | None => {}
        Some(other) => member_type(out, "status", "a number", other),
    }
    for (name, kind_wanted) in [
        ("type", "a string"),
        ("title", "a string"),
        ("detail", "a string"),
        ("instance", "a string"),
    ] {
        if let Some(v) = value.member(name)
            && !matches!(v, Value::String(_))
        {
            member_type(out, name, kind_wanted, v);
        }
    }
    let type_uri = match value.member("type") {
        Some(Value::String(t)) => Some(t.as_str()),
        _ => None,
    };
    if let Some(t) = type_uri
        && !syntax::is_uri_reference(t)
    {
        out.add(
                "problem-type-uri",
                None,
                Severity::Warning,
                format!("\"type\": \"{}\" is not a URI reference", clip(t)),
                "Use a URI that identifies the problem type, ideally absolute: https://example.com/problems/out-of-credit (or about:blank).".to_owned(),
            );
    }
    if let (None | Some("about:blank"), Some(Value::String(title)), StatusKind::Guide(status)) =
        (type_uri, value.member("title"), kind)
    {
        let matches = status.all_names().iter().any(|n| n.eq_ignore_ascii_case(title.trim()));
        if !matches {
            out.add(
                "problem-title-blank",
                None,
                Severity::Note,
                format!(
                    "With type about:blank, \"title\" is expected to be \"{}\", not \"{}\"",
                    status.title_name(),
                    clip(title)
                ),
                "Either use the status phrase as title, or give the problem its own type URI.".to_owned(),
            );
        }
    }
}

fn member_type(out: &mut Out, name: &str, wanted: &str, got: &Value) {
    out.add(
        "problem-member-type",
        None,
        Severity::Warning,
        format!(
            "\"{name}\" is {}, so clients ignore it; it should be {wanted}",
            got.kind()
        ),
        format!("Send \"{name}\" as {wanted}."),
    );
}

/// The body names a more specific code than the one sent.
fn hints(out: &mut Out, body: &str) {
    let code = out.code;
    // Long bodies are whole pages, whose navigation and prose mention everything; an error
    // body short enough to be about the error is what a hint can trust.
    if !generic(code) || body.len() > MAX_HINT_BODY || (200..300).contains(&code) && body.len() > 1024 {
        return;
    }
    let text = body.to_ascii_lowercase();
    let mut found = 0;
    for status in catalog::CODES {
        if status.code == code || status.code == 400 || found == 2 {
            continue;
        }
        let from_data = HINTS
            .iter()
            .filter(|h| h.code == status.code)
            .flat_map(|h| h.phrases.iter().map(|p| p.to_string()));
        let from_names = status.all_names().into_iter().flat_map(|name| {
            let name = name.to_ascii_lowercase();
            let numbered = format!("{} {name}", status.code);
            if name.contains(' ') {
                vec![numbered, name]
            } else {
                vec![numbered]
            }
        });
        let phrase = from_data.chain(from_names).find(|p| contains_words(&text, p));
        if let Some(phrase) = phrase {
            found += 1;
            out.hinted.push(status.code);
            out.add(
                "body-hint",
                None,
                Severity::Note,
                format!(
                    "The body says \"{phrase}\": {} {} is the code for that",
                    status.code,
                    status.title_name()
                ),
                format!(
                    "If that is what happened, send {}{} instead of {code} (see {}).",
                    status.code,
                    // RFC 9110 15.5.2 and 15.5.6: a 401 MUST carry a challenge, a 405
                    // the methods it allows.
                    match status.code {
                        401 => " with a WWW-Authenticate challenge",
                        405 => " with Allow listing the methods it takes",
                        _ => "",
                    },
                    href(&code_path(status.code))
                ),
            );
        }
    }
}

/// `needle` occurs in `text` between word boundaries.
fn contains_words(text: &str, needle: &str) -> bool {
    let mut start = 0;
    while let Some(at) = text[start..].find(needle) {
        let begin = start + at;
        let end = begin + needle.len();
        let before = text[..begin]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_ascii_alphanumeric());
        let after = text[end..].chars().next().is_none_or(|c| !c.is_ascii_alphanumeric());
        if before && after {
            return true;
        }
        start = begin + needle.len().max(1);
        while start < text.len() && !text.is_char_boundary(start) {
            start += 1;
        }
        if start >= text.len() {
            break;
        }
    }
    false
}

fn structure(out: &mut Out) {
    let response = out.response;
    let mut malformed = Vec::new();
    for problem in &response.problems {
        match problem {
            LineProblem::Malformed { line, text } => malformed.push((*line, text.clone())),
            LineProblem::SpaceBeforeColon { line, name } => out.add(
                "space-before-colon",
                None,
                Severity::Warning,
                format!("Line {line}: whitespace between \"{}\" and the colon", clip(name)),
                format!("Write \"{}:\" with the colon right after the name.", clip(name)),
            ),
            LineProblem::Folded { line, name } => out.add(
                "obs-fold",
                None,
                Severity::Warning,
                format!(
                    "Line {line}: the value of {} continues on a new line (obsolete line folding)",
                    clip(name)
                ),
                "Send each header on one line. (If your terminal wrapped a long line, join it before pasting.)"
                    .to_owned(),
            ),
        }
    }
    if let Some((line, text)) = malformed.first() {
        let more = if malformed.len() > 1 {
            format!(" and {} more", malformed.len() - 1)
        } else {
            String::new()
        };
        out.add(
            "header-malformed",
            None,
            Severity::Warning,
            format!("Line {line} is not a header line: \"{}\"{more}", clip(text)),
            "Each header line is a name, a colon and a value; a blank line ends the headers before the body."
                .to_owned(),
        );
    }
    let mut seen: Vec<String> = Vec::new();
    for field in &response.headers {
        let lower = field.name.to_ascii_lowercase();
        if seen.contains(&lower) || !SINGLETONS.contains(&lower.as_str()) {
            seen.push(lower);
            continue;
        }
        seen.push(lower.clone());
        let values: Vec<&str> = response.all(&field.name).collect();
        if values.len() < 2 {
            continue;
        }
        let header = SINGLETON_NAMES.iter().copied().find(|n| n.eq_ignore_ascii_case(&lower));
        if lower == "content-length" && values.iter().any(|v| v.trim() != values[0].trim()) {
            out.add(
                "content-length-conflict",
                header,
                Severity::Error,
                format!(
                    "Content-Length sent {} times with different values: {}",
                    values.len(),
                    clip(&values.join(", "))
                ),
                "Send one Content-Length with the exact body size; different values make the message framing invalid."
                    .to_owned(),
            );
        } else {
            out.add(
                "duplicate-header",
                header,
                Severity::Error,
                format!("{} is sent {} times, but takes one value", field.name, values.len()),
                format!("Send {} once.", field.name),
            );
        }
    }
    for value in response.all("Content-Length") {
        if !value.trim().is_empty() && !value.trim().bytes().all(|b| b.is_ascii_digit()) {
            out.add(
                "content-length-conflict",
                Some("Content-Length"),
                Severity::Error,
                format!("Content-Length \"{}\" is not a number of bytes", clip(value)),
                "Send one decimal number: Content-Length: 153.".to_owned(),
            );
        }
    }
    if response.version.is_multiplexed() {
        for field in &response.headers {
            let lower = field.name.to_ascii_lowercase();
            if CONNECTION_SPECIFIC.contains(&lower.as_str()) {
                let header = [
                    "Connection",
                    "Keep-Alive",
                    "Proxy-Connection",
                    "Transfer-Encoding",
                    "Upgrade",
                ]
                .into_iter()
                .find(|n| n.eq_ignore_ascii_case(&lower));
                let (rule, version) = if response.version == Version::Http3 {
                    ("h3-connection-header", "HTTP/3")
                } else {
                    ("h2-connection-header", "HTTP/2")
                };
                out.add(
                    rule,
                    header,
                    Severity::Error,
                    format!("{} in an {version} response", field.name),
                    format!("Remove {}: it only has meaning on an HTTP/1.1 connection, and {version} clients reject the response.", field.name),
                );
            }
        }
    } else if response.has("Content-Length") && response.has("Transfer-Encoding") {
        out.add(
            "content-length-with-transfer-encoding",
            Some("Content-Length"),
            Severity::Error,
            "Content-Length and Transfer-Encoding in one response".to_owned(),
            "Send Transfer-Encoding: chunked or Content-Length, never both.".to_owned(),
        );
    }
    if out.response.has("Host") {
        out.add(
            "host-in-response",
            None,
            Severity::Note,
            "Host is a request header: in a response it means nothing".to_owned(),
            "Remove it; servers that copy the request's headers into the response (as PHP's built-in server does) add it.".to_owned(),
        );
    }
}

const SINGLETON_NAMES: &[&str] = &[
    "Content-Length",
    "Content-Type",
    "Content-Range",
    "Content-Location",
    "Location",
    "Retry-After",
    "Expires",
    "Date",
    "Last-Modified",
    "ETag",
    "Age",
    "Server",
];

/// Shortens a value taken from the paste before it is quoted in a title.
fn clip(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_id_has_a_citation() {
        for (id, cite) in RULE_IDS {
            assert!(
                rule_text(cite, 0).is_some() || super::super::RULES.iter().any(|r| r.id == *cite),
                "{id}"
            );
        }
    }

    #[test]
    fn word_boundaries() {
        assert!(contains_words("error: rate limit exceeded", "rate limit"));
        assert!(!contains_words("accelerate limits", "rate limit"));
        assert!(contains_words("é rate limit", "rate limit"));
    }
}
