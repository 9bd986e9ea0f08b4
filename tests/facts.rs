//! The catalogue's facts checked against tables written by hand from the primary sources
//! (RFC 9110, 9111, 9112, 2616, 7231, 2324, 4918, 6585, 7725, 8470), not from the data:
//! header levels, legacy names and where they come from, section titles, caching rules,
//! and whether each example is a correct exchange.

use fourxx_guide::catalog::{CODES, Direction, Requirement, Status, find_code, source_label};

fn status(code: u16) -> &'static Status {
    find_code(code).unwrap_or_else(|| panic!("code {code} is missing from the catalogue"))
}

fn rfc_url(rfc: u16, section: &str) -> String {
    format!("https://www.rfc-editor.org/rfc/rfc{rfc}#section-{section}")
}

/// `(rfc, section)` of an RFC Editor section URL.
fn rfc_section(url: &str) -> Option<(u16, &str)> {
    let rest = url.strip_prefix("https://www.rfc-editor.org/rfc/rfc")?;
    let (number, section) = rest.split_once("#section-")?;
    Some((number.parse().ok()?, section))
}

// ---------------------------------------------------------------------------------------
// Section titles, copied from the RFCs' tables of contents
// ---------------------------------------------------------------------------------------

const SECTION_TITLES: &[(u16, &str, &str)] = &[
    (9110, "9.3.5", "DELETE"),
    (2324, "2.3.2", "418 I'm a teapot"),
    (2616, "6.1.1", "Status Code and Reason Phrase"),
    (2616, "10.4.14", "413 Request Entity Too Large"),
    (2616, "10.4.15", "414 Request-URI Too Long"),
    (2616, "10.4.17", "416 Requested Range Not Satisfiable"),
    (4918, "9.2.1", "Status Codes for Use in 'propstat' Element"),
    (4918, "10.4", "If Header"),
    (4918, "11.2", "422 Unprocessable Entity"),
    (4918, "11.3", "423 Locked"),
    (4918, "11.4", "424 Failed Dependency"),
    (6585, "3", "428 Precondition Required"),
    (6585, "4", "429 Too Many Requests"),
    (6585, "5", "431 Request Header Fields Too Large"),
    (7231, "6.5.11", "413 Payload Too Large"),
    (7725, "3", "451 Unavailable For Legal Reasons"),
    (7725, "4", "Identifying Blocking Entities"),
    (8470, "5.1", "The Early-Data Header Field"),
    (8470, "5.2", "The 425 (Too Early) Status Code"),
    (9110, "7.4", "Rejecting Misdirected Requests"),
    (9110, "7.8", "Upgrade"),
    (9110, "8.6", "Content-Length"),
    (9110, "10.1.1", "Expect"),
    (9110, "10.2.1", "Allow"),
    (9110, "10.2.3", "Retry-After"),
    (9110, "11.6.1", "WWW-Authenticate"),
    (9110, "11.7.1", "Proxy-Authenticate"),
    (9110, "12.1", "Proactive Negotiation"),
    (9110, "12.5.3", "Accept-Encoding"),
    (9110, "12.5.5", "Vary"),
    (9110, "13.1.1", "If-Match"),
    (9110, "13.1.2", "If-None-Match"),
    (9110, "13.1.4", "If-Unmodified-Since"),
    (9110, "13.2.2", "Precedence of Preconditions"),
    (9110, "14.2", "Range"),
    (9110, "14.4", "Content-Range"),
    (9110, "15.1", "Overview of Status Codes"),
    (9110, "15.5.1", "400 Bad Request"),
    (9110, "15.5.2", "401 Unauthorized"),
    (9110, "15.5.3", "402 Payment Required"),
    (9110, "15.5.4", "403 Forbidden"),
    (9110, "15.5.5", "404 Not Found"),
    (9110, "15.5.6", "405 Method Not Allowed"),
    (9110, "15.5.7", "406 Not Acceptable"),
    (9110, "15.5.8", "407 Proxy Authentication Required"),
    (9110, "15.5.9", "408 Request Timeout"),
    (9110, "15.5.10", "409 Conflict"),
    (9110, "15.5.11", "410 Gone"),
    (9110, "15.5.12", "411 Length Required"),
    (9110, "15.5.13", "412 Precondition Failed"),
    (9110, "15.5.14", "413 Content Too Large"),
    (9110, "15.5.15", "414 URI Too Long"),
    (9110, "15.5.16", "415 Unsupported Media Type"),
    (9110, "15.5.17", "416 Range Not Satisfiable"),
    (9110, "15.5.18", "417 Expectation Failed"),
    (9110, "15.5.19", "418 (Unused)"),
    (9110, "15.5.20", "421 Misdirected Request"),
    (9110, "15.5.21", "422 Unprocessable Content"),
    (9110, "15.5.22", "426 Upgrade Required"),
    (9111, "3", "Storing Responses in Caches"),
    (9111, "3.1", "Storing Header and Trailer Fields"),
    (9111, "3.5", "Storing Responses to Authenticated Requests"),
    (9111, "4.2.2", "Calculating Heuristic Freshness"),
    (9112, "6.3", "Message Body Length"),
    (9112, "9.6", "Tear-down"),
];

fn section_title(rfc: u16, section: &str) -> Option<&'static str> {
    SECTION_TITLES
        .iter()
        .find(|(r, s, _)| *r == rfc && *s == section)
        .map(|(_, _, t)| *t)
}

#[test]
fn every_spec_title_is_the_rfcs_own() {
    for s in CODES {
        for spec in s.specs {
            let title = section_title(spec.rfc, spec.section)
                .unwrap_or_else(|| panic!("{}: RFC {} §{} is not in the table", s.code, spec.rfc, spec.section));
            assert_eq!(
                spec.title, title,
                "{}: title of RFC {} §{}",
                s.code, spec.rfc, spec.section
            );
        }
    }
}

/// Every source, whatever the claim it backs, with a description of the claim.
fn all_sources() -> Vec<(String, &'static str)> {
    let mut all = Vec::new();
    for s in CODES {
        let c = s.code;
        all.extend(s.legacy.iter().map(|l| (format!("{c} legacy {}", l.name), l.source)));
        all.extend(s.headers.iter().map(|h| (format!("{c} header {}", h.name), h.source)));
        all.push((format!("{c} caching"), s.caching_source));
        all.push((format!("{c} retry"), s.retry_source));
        all.extend(
            s.related
                .iter()
                .filter_map(|r| r.source.map(|u| (format!("{c} related {}", r.code), u))),
        );
    }
    all
}

/// Sources that are not RFC sections: the projects' own source files and documentation.
const OTHER_SOURCES: &[&str] = &[
    "https://github.com/golang/go/blob/master/src/net/http/status.go",
    "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_special_response.c",
    "https://developers.binance.com/docs/binance-spot-api-docs/rest-api/http-return-codes",
    "https://developers.binance.com/docs/binance-spot-api-docs/rest-api/limits",
];

#[test]
fn every_source_is_a_known_rfc_section_or_a_listed_primary_source() {
    for (claim, url) in all_sources() {
        match rfc_section(url) {
            Some((rfc, section)) => assert!(
                section_title(rfc, section).is_some(),
                "{claim}: RFC {rfc} §{section} is not a section checked by hand ({url})"
            ),
            None => assert!(OTHER_SOURCES.contains(&url), "{claim}: unexpected source {url}"),
        }
    }
}

#[test]
fn source_labels() {
    assert_eq!(source_label(&rfc_url(2616, "10.4.14")), "RFC 2616 §10.4.14");
    assert_eq!(source_label("https://www.rfc-editor.org/rfc/rfc9110"), "RFC 9110");
    assert_eq!(source_label(OTHER_SOURCES[0]), "golang/go");
    assert_eq!(source_label(OTHER_SOURCES[2]), "developers.binance.com");
    assert_eq!(source_label(""), "");
}

// ---------------------------------------------------------------------------------------
// Header levels, from the text of each section
// ---------------------------------------------------------------------------------------

#[derive(Debug, PartialEq)]
enum Level {
    Bcp14(Requirement),
    /// The section's own non-normative words.
    Words(&'static str),
}

/// Every response header the catalogue lists, with the level its section gives it.
const RESPONSE_HEADER_LEVELS: &[(u16, &str, Level, u16, &str)] = &[
    // "The server generating a 401 response MUST send a WWW-Authenticate header field"
    (401, "WWW-Authenticate", Level::Bcp14(Requirement::Must), 9110, "15.5.2"),
    // "The origin server MUST generate an Allow header field in a 405 response"
    (405, "Allow", Level::Bcp14(Requirement::Must), 9110, "15.5.6"),
    // "The proxy MUST send a Proxy-Authenticate header field"
    (
        407,
        "Proxy-Authenticate",
        Level::Bcp14(Requirement::Must),
        9110,
        "15.5.8",
    ),
    // "A sender SHOULD send a Connection header field containing the "close" connection
    // option when it intends to close a connection."
    (408, "Connection", Level::Bcp14(Requirement::Should), 9112, "9.6"),
    // "If the condition is temporary, the server SHOULD generate a Retry-After header field"
    (413, "Retry-After", Level::Bcp14(Requirement::Should), 9110, "15.5.14"),
    // "the Accept-Encoding response header field ... ought to be used"; only the
    // MUST NOT (a 415 for other reasons) is normative.
    (415, "Accept-Encoding", Level::Words("ought to"), 9110, "12.5.3"),
    // "the Accept response header field ... can be used"
    (415, "Accept", Level::Words("can"), 9110, "15.5.16"),
    // "A server that generates a 416 response to a byte-range request SHOULD generate a
    // Content-Range header field"
    (416, "Content-Range", Level::Bcp14(Requirement::Should), 9110, "15.5.17"),
    // "The server MUST send an Upgrade header field in a 426 response"
    (426, "Upgrade", Level::Bcp14(Requirement::Must), 9110, "15.5.22"),
    // "A sender of Upgrade MUST also send an "Upgrade" connection option in the Connection
    // header field"
    (426, "Connection", Level::Bcp14(Requirement::Must), 9110, "7.8"),
    // "and MAY include a Retry-After header indicating how long to wait"
    (429, "Retry-After", Level::Bcp14(Requirement::May), 6585, "4"),
    // "it SHOULD include a "Link" HTTP header field ... identifying itself"
    (451, "Link", Level::Bcp14(Requirement::Should), 7725, "4"),
];

#[test]
fn every_response_header_level_agrees_with_the_rfc_text() {
    let mut listed = Vec::new();
    for s in CODES {
        for h in s.headers.iter().filter(|h| h.direction == Direction::Response) {
            listed.push((s.code, h.name));
            let (_, _, level, rfc, section) = RESPONSE_HEADER_LEVELS
                .iter()
                .find(|(c, n, ..)| *c == s.code && *n == h.name)
                .unwrap_or_else(|| panic!("{} {}: no level in the hand-written table", s.code, h.name));
            let actual = match (h.requirement, h.wording) {
                (Some(r), None) => Level::Bcp14(r),
                (None, Some(w)) => Level::Words(w),
                other => panic!("{} {}: requirement and wording {other:?}", s.code, h.name),
            };
            assert_eq!(&actual, level, "{} {}", s.code, h.name);
            assert_eq!(h.source, rfc_url(*rfc, section), "{} {}: source", s.code, h.name);
        }
    }
    let expected: Vec<(u16, &str)> = RESPONSE_HEADER_LEVELS.iter().map(|(c, n, ..)| (*c, *n)).collect();
    assert_eq!(listed, expected, "the catalogue's response headers");
}

#[test]
fn headers_of_415_show_the_rfc_wording_not_a_bcp14_level() {
    for name in ["Accept-Encoding", "Accept"] {
        let h = status(415).headers.iter().find(|h| h.name == name).unwrap();
        assert_eq!(h.requirement, None, "415 {name}");
        let level = h.level();
        for keyword in ["MUST", "SHOULD", "MAY", "REQUIRED", "RECOMMENDED", "OPTIONAL"] {
            assert!(!level.contains(keyword), "415 {name}: level {level:?}");
        }
    }
    assert_eq!(status(415).headers[0].level(), "\u{201c}ought to\u{201d}");
    // The one normative sentence, RFC 9110 §12.5.3: a 415 for other reasons MUST NOT
    // include Accept-Encoding.
    let accept_encoding = &status(415).headers[0];
    assert_eq!(accept_encoding.name, "Accept-Encoding");
    assert!(
        accept_encoding.note.contains("MUST NOT include it"),
        "{}",
        accept_encoding.note
    );
}

#[test]
fn request_headers_have_no_level_and_a_source() {
    for s in CODES {
        for h in s.headers.iter().filter(|h| h.direction == Direction::Request) {
            assert_eq!(h.level(), "related", "{} {}", s.code, h.name);
            assert!(rfc_section(h.source).is_some(), "{} {}: {}", s.code, h.name, h.source);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------

/// Every former name and library spelling, with the one source it is recorded from:
/// RFC 2616 §6.1.1 lists the reason phrases "Request Time-out" and "Request-URI Too Large";
/// its section headings say "Request Entity Too Large", "Request-URI Too Long" and
/// "Requested Range Not Satisfiable"; RFC 7231 §6.5.11 says "Payload Too Large"; RFC 4918
/// §11.2 "Unprocessable Entity"; RFC 2324 §2.3.2 "I'm a teapot"; Go's StatusText says
/// "Request URI Too Long".
const LEGACY: &[(u16, &str, &str)] = &[
    (
        408,
        "Request Time-out",
        "https://www.rfc-editor.org/rfc/rfc2616#section-6.1.1",
    ),
    (
        413,
        "Payload Too Large",
        "https://www.rfc-editor.org/rfc/rfc7231#section-6.5.11",
    ),
    (
        413,
        "Request Entity Too Large",
        "https://www.rfc-editor.org/rfc/rfc2616#section-10.4.14",
    ),
    (
        414,
        "Request-URI Too Long",
        "https://www.rfc-editor.org/rfc/rfc2616#section-10.4.15",
    ),
    (
        414,
        "Request-URI Too Large",
        "https://www.rfc-editor.org/rfc/rfc2616#section-6.1.1",
    ),
    (
        414,
        "Request URI Too Long",
        "https://github.com/golang/go/blob/master/src/net/http/status.go",
    ),
    (
        416,
        "Requested Range Not Satisfiable",
        "https://www.rfc-editor.org/rfc/rfc2616#section-10.4.17",
    ),
    (
        418,
        "I'm a teapot",
        "https://www.rfc-editor.org/rfc/rfc2324#section-2.3.2",
    ),
    (
        422,
        "Unprocessable Entity",
        "https://www.rfc-editor.org/rfc/rfc4918#section-11.2",
    ),
];

#[test]
fn every_legacy_name_has_its_source() {
    let actual: Vec<(u16, &str, &str)> = CODES
        .iter()
        .flat_map(|s| s.legacy.iter().map(move |l| (s.code, l.name, l.source)))
        .collect();
    assert_eq!(actual, LEGACY);
    for s in CODES {
        let names: Vec<&str> = s.legacy.iter().map(|l| l.name).collect();
        assert_eq!(s.legacy_names, names.as_slice(), "{}: legacy_names", s.code);
        for name in names {
            assert!(s.all_names().contains(&name), "{}: all_names lacks {name}", s.code);
        }
    }
}

/// Reason phrases that differ from the registered name in the libraries people meet,
/// copied from their sources: Go's net/http status.go, CPython's Lib/http/__init__.py before
/// 3.13 (checked on 3.11), Node's http.STATUS_CODES (checked on Node 20), the `http` crate's
/// status.rs (1.x).
const LIBRARY_PHRASES: &[(&str, u16, &str)] = &[
    ("Go", 413, "Request Entity Too Large"),
    ("Go", 414, "Request URI Too Long"),
    ("Go", 416, "Requested Range Not Satisfiable"),
    ("Go", 418, "I'm a teapot"),
    ("Go", 422, "Unprocessable Entity"),
    ("Python 3.11", 413, "Request Entity Too Large"),
    ("Python 3.11", 414, "Request-URI Too Long"),
    ("Python 3.11", 416, "Requested Range Not Satisfiable"),
    ("Python 3.11", 418, "I'm a Teapot"),
    ("Python 3.11", 422, "Unprocessable Entity"),
    ("Node 20", 413, "Payload Too Large"),
    ("Node 20", 418, "I'm a Teapot"),
    ("Node 20", 422, "Unprocessable Entity"),
    ("http crate", 413, "Payload Too Large"),
    ("http crate", 418, "I'm a teapot"),
    ("http crate", 422, "Unprocessable Entity"),
];

#[test]
fn every_library_phrase_is_one_of_the_codes_names() {
    for (library, code, phrase) in LIBRARY_PHRASES {
        let names = status(*code).all_names();
        assert!(
            names.iter().any(|n| n.eq_ignore_ascii_case(phrase)),
            "{library} calls {code} {phrase:?}, which is none of {names:?}"
        );
    }
}

#[test]
fn legacy_names_found_in_a_section_are_that_sections_title_or_listed_phrase() {
    // Where the source is a section heading, the heading carries the name.
    for (code, name, url) in LEGACY {
        if let Some((rfc, section)) = rfc_section(url)
            && section != "6.1.1"
        {
            let title = section_title(rfc, section).unwrap();
            assert_eq!(title, format!("{code} {name}"), "{code} {name}");
        }
    }
}

#[test]
fn registered_names_are_the_defining_sections_names() {
    for s in CODES {
        let spec = &s.specs[0];
        let title = section_title(spec.rfc, spec.section).unwrap();
        let expected = format!("{} {}", s.code, s.registered_name);
        if s.code == 425 {
            assert_eq!(title, "The 425 (Too Early) Status Code");
            assert_eq!(s.registered_name, "Too Early");
        } else {
            assert_eq!(title, expected, "{}", s.code);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Caching
// ---------------------------------------------------------------------------------------

#[test]
fn rfc_6585_codes_must_not_be_stored() {
    // RFC 6585 §3, §4, §5: "Responses with the 4NN status code MUST NOT be stored by a cache."
    let not_storable: Vec<u16> = CODES.iter().filter(|s| !s.storable).map(|s| s.code).collect();
    assert_eq!(not_storable, [428, 429, 431]);
    for (code, section) in [(428, "3"), (429, "4"), (431, "5")] {
        let s = status(code);
        assert_eq!(s.caching_source, rfc_url(6585, section), "{code}");
        let (answer, source) = s.default_caching();
        assert!(answer.contains("MUST NOT store"), "{code}: {answer}");
        assert!(!answer.contains("allows"), "{code} says two things: {answer}");
        assert_eq!(source, s.caching_source);
        assert!(!s.caching.contains("allow"), "{code}: {}", s.caching);
    }
}

#[test]
fn heuristic_cacheability_cites_the_section_that_grants_it() {
    for (code, rfc, section) in [
        (404, 9110, "15.5.5"),
        (405, 9110, "15.5.6"),
        (410, 9110, "15.5.11"),
        (414, 9110, "15.5.15"),
        (451, 7725, "3"),
    ] {
        let s = status(code);
        assert!(s.cacheable, "{code}");
        assert_eq!(s.caching_source, rfc_url(rfc, section), "{code}");
        assert_eq!(s.default_caching().1, s.caching_source, "{code}");
    }
    for s in CODES.iter().filter(|s| !s.cacheable && s.storable) {
        assert_eq!(s.default_caching().1, rfc_url(9111, "3"), "{}", s.code);
    }
}

// ---------------------------------------------------------------------------------------
// Related codes and retry statements
// ---------------------------------------------------------------------------------------

#[test]
fn related_text_on_418_says_only_what_rfc_9110_says() {
    let line = status(418).related.iter().find(|r| r.code == 403).unwrap();
    let lower = line.when.to_lowercase();
    for claim in ["not to send", "asks", "forbid", "must not", "should not", "deprecated"] {
        assert!(
            !lower.contains(claim),
            "418 related line claims {claim:?}: {}",
            line.when
        );
    }
    assert!(
        lower.contains("reserved") && lower.contains("re-assigned"),
        "{}",
        line.when
    );
    assert_eq!(line.source, Some(rfc_url(9110, "15.5.19").as_str()));
}

#[test]
fn retry_of_425_follows_rfc_8470() {
    let s = status(425);
    assert!(s.retry.contains("SHOULD retry automatically"), "{}", s.retry);
    assert!(s.retry.contains("MUST NOT be sent in early data"), "{}", s.retry);
    assert_eq!(s.retry_source, rfc_url(8470, "5.2"));
}

// ---------------------------------------------------------------------------------------
// Examples: each a correct exchange
// ---------------------------------------------------------------------------------------

#[derive(Debug)]
struct Message<'a> {
    start: &'a str,
    headers: Vec<(&'a str, &'a str)>,
    body: String,
}

impl Message<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }

    fn method(&self) -> &str {
        self.start.split(' ').next().unwrap_or("")
    }
}

/// Splits an example into its request and response. Lines in brackets before the request
/// line describe the exchange and are not part of it.
fn parse_example(example: &str) -> (Message<'_>, Message<'_>) {
    let lines: Vec<&str> = example.lines().map(str::trim_end).collect();
    let request_at = lines.iter().position(|l| !l.starts_with('[')).expect("a request line");
    let status_at = lines
        .iter()
        .position(|l| l.starts_with("HTTP/1.1 ") && l.as_bytes().get(9).is_some_and(u8::is_ascii_digit))
        .expect("a status line");
    (message(&lines[request_at..status_at]), message(&lines[status_at..]))
}

fn message<'a>(lines: &[&'a str]) -> Message<'a> {
    let blank = lines.iter().position(|l| l.is_empty()).unwrap_or(lines.len());
    let headers = lines[1..blank]
        .iter()
        .map(|l| {
            let (name, value) = l
                .split_once(": ")
                .unwrap_or_else(|| panic!("not a header field: {l:?}"));
            assert!(!name.is_empty() && !name.contains(' '), "bad field name in {l:?}");
            (name, value)
        })
        .collect();
    let body = lines.get(blank + 1..).unwrap_or(&[]).join("\n").trim_end().to_owned();
    Message {
        start: lines[0],
        headers,
        body,
    }
}

/// A body that stands for data the example leaves out, as 408's does: "[only part ...]".
fn is_elision(body: &str) -> bool {
    body.starts_with('[') && body.ends_with(']') && !body[1..].contains('[')
}

const SAFE_METHODS: [&str; 4] = ["GET", "HEAD", "OPTIONS", "TRACE"];

#[test]
fn every_example_parses_into_a_request_and_the_codes_response() {
    for s in CODES {
        let (request, response) = parse_example(s.example);
        let parts: Vec<&str> = request.start.split(' ').collect();
        assert_eq!(parts.len(), 3, "{}: request line {:?}", s.code, request.start);
        assert_eq!(parts[2], "HTTP/1.1", "{}", s.code);
        assert!(
            request.header("Host").is_some(),
            "{}: HTTP/1.1 requests carry Host",
            s.code
        );
        let expected = if s.code == 424 { 207 } else { s.code };
        let reason = match expected {
            207 => "Multi-Status",
            _ => s.title_name(),
        };
        assert_eq!(response.start, format!("HTTP/1.1 {expected} {reason}"), "{}", s.code);
    }
}

#[test]
fn early_data_is_only_on_safe_requests_forwarded_by_an_intermediary() {
    let mut seen = 0;
    for s in CODES {
        let (request, _) = parse_example(s.example);
        if request.header("Early-Data").is_some() {
            seen += 1;
            // RFC 8470 §4: clients MUST NOT send unsafe methods in early data.
            assert!(
                SAFE_METHODS.contains(&request.method()),
                "{}: {}",
                s.code,
                request.start
            );
            // RFC 8470 §5.1: the field is added by an intermediary, which (RFC 9110 §7.6.3)
            // sends Via in the requests it forwards.
            assert!(request.header("Via").is_some(), "{}: Early-Data without Via", s.code);
            assert_eq!(request.header("Early-Data"), Some("1"), "{}", s.code);
        }
    }
    assert_eq!(seen, 1, "the 425 example carries Early-Data");
}

#[test]
fn request_bodies_match_their_framing_or_mark_the_elision() {
    for s in CODES {
        let (request, _) = parse_example(s.example);
        let c = s.code;
        if request.header("Transfer-Encoding") == Some("chunked") {
            assert!(
                is_elision(&request.body),
                "{c}: chunked body neither shown nor marked as left out"
            );
        }
        if let Some(length) = request.header("Content-Length") {
            let length: usize = length.parse().unwrap();
            if request.body.is_empty() {
                // Only a client waiting for 100 (Continue) holds the body back.
                assert_eq!(request.header("Expect"), Some("100-continue"), "{c}: body missing");
            } else if !is_elision(&request.body) {
                assert_eq!(request.body.len(), length, "{c}: Content-Length");
            }
        }
    }
}

#[test]
fn the_chunked_411_example_marks_its_body() {
    let (request, response) = parse_example(status(411).example);
    assert_eq!(request.header("Transfer-Encoding"), Some("chunked"));
    assert!(request.header("Content-Length").is_none());
    assert!(is_elision(&request.body), "{:?}", request.body);
    assert!(response.start.starts_with("HTTP/1.1 411 "));
}

#[test]
fn required_response_headers_appear_in_the_examples() {
    for (code, name, level, ..) in RESPONSE_HEADER_LEVELS {
        if *level == Level::Bcp14(Requirement::Must) {
            let (_, response) = parse_example(status(*code).example);
            assert!(response.header(name).is_some(), "{code}: example lacks {name}");
        }
    }
    // RFC 9110 §12.5.3: a 415 not caused by a content coding MUST NOT carry Accept-Encoding.
    let (request, response) = parse_example(status(415).example);
    if request.header("Content-Encoding").is_none() {
        assert!(response.header("Accept-Encoding").is_none());
    }
}

#[cfg(feature = "ssr")]
#[test]
fn json_bodies_are_valid_json() {
    let mut checked = 0;
    for s in CODES {
        let (request, response) = parse_example(s.example);
        for (which, m) in [("request", &request), ("response", &response)] {
            if !m.header("Content-Type").is_some_and(|t| t.contains("json")) {
                continue;
            }
            let parsed = serde_json::from_str::<serde_json::Value>(&m.body);
            if s.code == 400 && which == "request" {
                // The point of 400's example: a body that is not valid JSON.
                assert!(parsed.is_err(), "400's request body should be broken JSON");
            } else {
                assert!(parsed.is_ok(), "{} {which}: invalid JSON {:?}", s.code, m.body);
                checked += 1;
            }
        }
    }
    assert!(checked >= 15, "only {checked} JSON bodies");
}

// ---------------------------------------------------------------------------------------
// The page says it (native render)
// ---------------------------------------------------------------------------------------

#[cfg(feature = "ssr")]
fn caching_section(code: u16) -> String {
    let html = fourxx_guide::render::render_app(&format!("/codes/{code}/")).replace("<!>", "");
    let start = html.find(r#"id="caching-heading""#).expect("caching section");
    let end = html[start..].find("</section>").unwrap() + start;
    html[start..end].to_owned()
}

#[cfg(feature = "ssr")]
#[test]
fn pages_of_428_429_431_say_one_thing_about_caching() {
    for code in [428, 429, 431] {
        let section = caching_section(code);
        assert!(section.contains("MUST NOT store"), "{code}: {section}");
        assert!(!section.contains("explicitly allows"), "{code}: {section}");
        assert!(!section.contains("explicit freshness"), "{code}: {section}");
    }
    // A code without RFC 6585's rule keeps the general answer.
    assert!(caching_section(409).contains("explicitly allows"));
}

#[cfg(feature = "ssr")]
#[test]
fn page_of_415_shows_the_words_and_418_no_invented_rule() {
    let html = fourxx_guide::render::render_app("/codes/415/").replace("<!>", "");
    let row = |name: &str| {
        let start = html.find(&format!("<code>{name}</code>")).unwrap();
        html[start..start + html[start..].find("</tr>").unwrap()].to_owned()
    };
    let row = row("Accept-Encoding");
    assert!(row.contains("\u{201c}ought to\u{201d}"), "{row}");
    assert!(!row.contains(">SHOULD<"), "{row}");
    let html = fourxx_guide::render::render_app("/codes/418/");
    assert!(!html.contains("asks applications not to send"));
}
