//! The "How to return it" snippets: whole handlers that send the right status with the
//! headers the code needs, in the order and frameworks the page promises, and notes that
//! name where they can be checked.

use fourxx_guide::catalog::{CODES, Language, Requirement, Status, find_code};

/// Response headers each code's snippets must send, written from the RFCs and the issue,
/// not from the catalogue: 401 WWW-Authenticate (RFC 9110 §15.5.2), 405 Allow (§15.5.6),
/// 407 Proxy-Authenticate (§15.5.8), 408 Connection: close (§15.5.9), 416 Content-Range
/// (§15.5.17), 426 Upgrade (§15.5.22), 429 Retry-After (RFC 6585 §4), 451 Link
/// rel="blocked-by" (RFC 7725 §3).
const EXPECTED_HEADERS: &[(u16, &str)] = &[
    (401, "WWW-Authenticate"),
    (405, "Allow"),
    (407, "Proxy-Authenticate"),
    (408, "Connection"),
    (416, "Content-Range"),
    (426, "Upgrade"),
    (426, "Connection"),
    (429, "Retry-After"),
    (451, "Link"),
];

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// `needle` occurs in `text` as a whole identifier (not inside a longer one).
fn has_identifier(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + needle.len()..].chars().next();
        !before.is_some_and(is_ident_char) && !after.is_some_and(is_ident_char)
    })
}

/// Does the snippet set this header, in the way its language spells header names: a quoted
/// name (Express, FastAPI, net/http), a constant (`header::RETRY_AFTER`,
/// `HttpHeaders.RETRY_AFTER`), a typed property (`Headers.RetryAfter`) or Spring's
/// `.allow(...)` builder method.
fn mentions_header(snippet: &str, name: &str) -> bool {
    let constant = name.to_ascii_uppercase().replace('-', "_");
    let property = name.replace('-', "");
    let builder = format!(".{}(", name.to_ascii_lowercase().replace('-', ""));
    snippet.contains(&format!("\"{name}\""))
        || snippet.contains(&format!("'{name}'"))
        || has_identifier(snippet, &constant)
        || snippet.contains(&format!(".{property} ="))
        || snippet.contains(&builder)
}

fn snippet(status: &Status, language: Language) -> &'static str {
    status
        .how_to
        .iter()
        .find(|h| h.language == language)
        .unwrap_or_else(|| panic!("{}: no {language:?} snippet", status.code))
        .snippet
}

#[test]
fn javascript_and_python_come_first_in_every_code() {
    for s in CODES {
        let order: Vec<Language> = s.how_to.iter().map(|h| h.language).collect();
        assert_eq!(
            order.get(..2),
            Some(&[Language::JavaScript, Language::Python][..]),
            "{}: languages in the order {order:?}",
            s.code
        );
    }
}

#[test]
fn labels_name_the_framework_of_the_snippets() {
    for (language, framework) in [
        (Language::JavaScript, "Express"),
        (Language::Python, "FastAPI"),
        (Language::Go, "net/http"),
        (Language::Rust, "axum"),
        (Language::Java, "Spring"),
        (Language::CSharp, "ASP.NET Core"),
    ] {
        assert!(
            language.label().contains(framework),
            "{language:?} label {:?} does not name {framework}",
            language.label()
        );
    }
}

#[test]
fn every_snippet_sends_the_codes_required_headers() {
    for s in CODES {
        let mut required: Vec<&str> = s
            .headers
            .iter()
            .filter(|h| h.requirement == Some(Requirement::Must))
            .map(|h| h.name)
            .collect();
        required.extend(EXPECTED_HEADERS.iter().filter(|(c, _)| *c == s.code).map(|(_, h)| *h));
        for h in s.how_to {
            for name in &required {
                assert!(
                    mentions_header(h.snippet, name),
                    "{} {:?} snippet does not send {name}:\n{}",
                    s.code,
                    h.language,
                    h.snippet
                );
            }
        }
    }
}

#[test]
fn header_values_are_the_ones_the_specs_ask_for() {
    // RFC 9110 §14.4: an unsatisfied-range Content-Range is "bytes */" and the length.
    // RFC 7725 §3: the Link relation is "blocked-by". RFC 9110 §15.5.9: Connection: close.
    for (code, value) in [(416, "bytes */"), (451, "blocked-by"), (408, "close")] {
        let s = find_code(code).unwrap();
        for h in s.how_to {
            assert!(
                h.snippet.contains(value),
                "{code} {:?} snippet lacks {value:?}",
                h.language
            );
        }
    }
}

#[test]
fn no_snippet_is_a_bare_constant() {
    for s in CODES {
        for h in s.how_to {
            let lines = h.snippet.lines().count();
            assert!(
                (3..=10).contains(&lines),
                "{} {:?}: {lines} lines; a snippet is a small handler",
                s.code,
                h.language
            );
            assert!(
                h.snippet.contains('(') && h.snippet.contains(')'),
                "{} {:?}: no call",
                s.code,
                h.language
            );
            assert_eq!(
                h.snippet,
                h.snippet.trim(),
                "{} {:?}: stray blank lines",
                s.code,
                h.language
            );
        }
    }
}

#[test]
fn snippets_use_their_frameworks_api() {
    for s in CODES {
        let c = s.code;
        let js = snippet(s, Language::JavaScript);
        assert!(js.starts_with("app."), "{c} JavaScript: not an Express route:\n{js}");
        assert!(
            js.contains("res") && js.contains(&format!(".status({c})")),
            "{c} JavaScript: no res.status({c})"
        );

        let py = snippet(s, Language::Python);
        assert!(py.starts_with("@app."), "{c} Python: not a FastAPI route:\n{py}");
        assert!(
            py.contains("HTTPException(") && py.contains("HTTPStatus."),
            "{c} Python:\n{py}"
        );

        let go = snippet(s, Language::Go);
        assert!(
            go.contains("w http.ResponseWriter, r *http.Request"),
            "{c} Go: not a handler:\n{go}"
        );
        assert!(go.contains("http.Status"), "{c} Go: no net/http status constant");

        let rust = snippet(s, Language::Rust);
        assert!(
            rust.starts_with("async fn ") && (rust.contains("-> impl IntoResponse") || rust.contains("-> Response")),
            "{c} Rust: not an axum handler:\n{rust}"
        );

        let java = snippet(s, Language::Java);
        assert!(java.contains("Mapping(\""), "{c} Java: not a Spring handler:\n{java}");
        assert!(
            java.contains("ResponseEntity.status("),
            "{c} Java: no ResponseEntity.status"
        );

        let cs = snippet(s, Language::CSharp);
        assert!(cs.starts_with("app.Map"), "{c} C#: not a minimal API endpoint:\n{cs}");
        assert!(cs.contains("Results."), "{c} C#: no Results");
        // StatusCodes constants carry their number in the name (Status429TooManyRequests).
        for (i, _) in cs.match_indices("StatusCodes.Status") {
            let digits: String = cs[i + "StatusCodes.Status".len()..].chars().take(3).collect();
            assert_eq!(digits, c.to_string(), "{c} C#: uses the constant for {digits}");
        }
        if !cs.contains("StatusCodes.Status") {
            assert!(
                cs.contains(&format!("statusCode: {c}")),
                "{c} C#: no status at all:\n{cs}"
            );
        }
    }
}

/// Every 4xx constant of the http crate, by name. Written as paths, so the compiler checks
/// that each name exists; the values come from the crate, not from this file.
macro_rules! http_constants {
    ($module:path; $($name:ident),* $(,)?) => {{
        use $module as m;
        vec![$((stringify!($name), m::$name)),*]
    }};
}

#[test]
fn rust_snippets_use_real_http_crate_constants_of_the_right_code() {
    let statuses = http_constants!(http::StatusCode;
        BAD_REQUEST, UNAUTHORIZED, PAYMENT_REQUIRED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED,
        NOT_ACCEPTABLE, PROXY_AUTHENTICATION_REQUIRED, REQUEST_TIMEOUT, CONFLICT, GONE,
        LENGTH_REQUIRED, PRECONDITION_FAILED, PAYLOAD_TOO_LARGE, URI_TOO_LONG,
        UNSUPPORTED_MEDIA_TYPE, RANGE_NOT_SATISFIABLE, EXPECTATION_FAILED, IM_A_TEAPOT,
        MISDIRECTED_REQUEST, UNPROCESSABLE_ENTITY, LOCKED, FAILED_DEPENDENCY, TOO_EARLY,
        UPGRADE_REQUIRED, PRECONDITION_REQUIRED, TOO_MANY_REQUESTS,
        REQUEST_HEADER_FIELDS_TOO_LARGE, UNAVAILABLE_FOR_LEGAL_REASONS,
    );
    let headers = http_constants!(http::header;
        WWW_AUTHENTICATE, ALLOW, PROXY_AUTHENTICATE, CONNECTION, CONTENT_RANGE, ACCEPT,
        AUTHORIZATION, IF_MATCH, UPGRADE, RETRY_AFTER, LINK,
    );
    for s in CODES {
        let rust = snippet(s, Language::Rust);
        let used: Vec<&str> = rust
            .match_indices("StatusCode::")
            .map(|(i, p)| {
                let rest = &rust[i + p.len()..];
                &rest[..rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len())]
            })
            .collect();
        assert_eq!(used.len(), 1, "{}: Rust snippet names {used:?}", s.code);
        let (_, value) = statuses
            .iter()
            .find(|(name, _)| *name == used[0])
            .unwrap_or_else(|| panic!("{}: StatusCode::{} is not an http crate constant", s.code, used[0]));
        assert_eq!(value.as_u16(), s.code, "{}: StatusCode::{}", s.code, used[0]);

        for (i, p) in rust.match_indices("header::") {
            let rest = &rust[i + p.len()..];
            let name = &rest[..rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len())];
            assert!(
                headers.iter().any(|(n, _)| *n == name),
                "{}: header::{name} is not among the checked http crate constants",
                s.code
            );
        }
    }
    // The constants the snippets rely on spell the headers the specs name.
    for (name, value) in &headers {
        assert_eq!(value.as_str().to_ascii_uppercase().replace('-', "_"), *name);
    }
}

#[test]
fn every_note_has_an_https_source_and_every_source_a_note() {
    for s in CODES {
        for h in s.how_to {
            match (h.note, h.source) {
                (None, None) => {}
                (Some(_), Some(url)) => {
                    let rest = url
                        .strip_prefix("https://")
                        .unwrap_or_else(|| panic!("{} {:?}: source {url:?} is not https", s.code, h.language));
                    let host = rest.split('/').next().unwrap_or_default();
                    assert!(
                        host.contains('.') && !url.contains(char::is_whitespace),
                        "{} {:?}: source {url:?} is not a URL",
                        s.code,
                        h.language
                    );
                }
                (Some(_), None) => panic!("{} {:?}: note without a source", s.code, h.language),
                (None, Some(url)) => panic!("{} {:?}: source {url} without a note", s.code, h.language),
            }
        }
    }
}

fn note(code: u16, language: Language) -> &'static str {
    let s = find_code(code).unwrap();
    s.how_to
        .iter()
        .find(|h| h.language == language)
        .and_then(|h| h.note)
        .unwrap_or_else(|| panic!("{code}: no {language:?} note"))
}

#[test]
fn notes_do_not_repeat_the_known_wrong_claims() {
    // Claims an independent check found false.
    const WRONG: &[&str] = &[
        "every Python 3 version",                               // HTTPStatus arrived in Python 3.5
        "Python 3.13 added",      // 3.13 made the RFC 9110 names canonical, old ones aliases
        "on .NET 5 to 7",         // UnprocessableEntity exists since .NET Core 2.1
        "answers 408 by default", // TimeoutLayer::new is deprecated since tower-http 0.6.7
        "rejects a plain GET without upgrade headers with 400", // only over HTTP/1.1
        "deliberately",           // say where the intent is written down instead
    ];
    for s in CODES {
        for h in s.how_to {
            if let Some(note) = h.note {
                for wrong in WRONG {
                    assert!(
                        !note.contains(wrong),
                        "{} {:?} note says {wrong:?}: {note}",
                        s.code,
                        h.language
                    );
                }
            }
        }
    }
}

#[test]
fn python_notes_give_the_3_13_renames_the_right_way_round() {
    // Python 3.13 "Implemented RFC9110 naming for status constants. Old constant names are
    // preserved for backwards compatibility" (docs.python.org/3/library/http.html).
    for (code, new, old) in [
        (413, "CONTENT_TOO_LARGE", "REQUEST_ENTITY_TOO_LARGE"),
        (414, "URI_TOO_LONG", "REQUEST_URI_TOO_LONG"),
        (416, "RANGE_NOT_SATISFIABLE", "REQUESTED_RANGE_NOT_SATISFIABLE"),
        (422, "UNPROCESSABLE_CONTENT", "UNPROCESSABLE_ENTITY"),
    ] {
        let text = note(code, Language::Python);
        for needle in ["3.5", "3.13", "alias", ".name", ".phrase", new, old] {
            assert!(text.contains(needle), "{code} Python note lacks {needle:?}: {text}");
        }
        assert!(
            text.contains(&format!("{new} became the member")),
            "{code} Python note must say {new} became the canonical member: {text}"
        );
        // The snippet uses the name that works on every version with HTTPStatus.
        assert!(snippet(find_code(code).unwrap(), Language::Python).contains(&format!("HTTPStatus.{old}")));
    }
}

#[test]
fn corrected_library_notes_say_what_the_sources_say() {
    let timeout = note(408, Language::Rust);
    for needle in [
        "TimeoutLayer::new",
        "deprecated",
        "0.6.7",
        "with_status_code",
        "503",
        "504",
    ] {
        assert!(timeout.contains(needle), "408 Rust note lacks {needle:?}: {timeout}");
    }
    let websocket = note(426, Language::Rust);
    for needle in ["HTTP/1.1", "400", "HTTP/2", "405"] {
        assert!(
            websocket.contains(needle),
            "426 Rust note lacks {needle:?}: {websocket}"
        );
    }
    let dotnet = note(422, Language::CSharp);
    assert!(dotnet.contains(".NET Core 2.1"), "422 C# note: {dotnet}");
}

/// The typed header properties of ASP.NET Core's `IHeaderDictionary` that the C# snippets
/// may set, copied from `src/Http/Http.Features/src/IHeaderDictionary.Keyed.cs` in
/// dotnet/aspnetcore; `WWWAuthenticate` is spelled with three capitals there.
const ASPNET_HEADER_PROPERTIES: &[&str] = &[
    "Accept",
    "Allow",
    "Authorization",
    "Connection",
    "ContentRange",
    "IfMatch",
    "Link",
    "ProxyAuthenticate",
    "RetryAfter",
    "Upgrade",
    "WWWAuthenticate",
];

#[test]
fn csharp_snippets_use_header_properties_that_exist() {
    for s in CODES {
        let cs = snippet(s, Language::CSharp);
        for (i, p) in cs.match_indices("Headers.") {
            let rest = &cs[i + p.len()..];
            let name = &rest[..rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len())];
            if name == "ContainsKey" {
                continue;
            }
            assert!(
                ASPNET_HEADER_PROPERTIES.contains(&name),
                "{}: IHeaderDictionary has no property {name:?} in the checked list",
                s.code
            );
        }
    }
}

#[test]
fn every_snippet_and_example_is_highlighted_and_reads_as_written() {
    for status in CODES {
        let pieces = status.example_marked.pieces();
        assert_eq!(pieces.iter().map(|(_, t)| *t).collect::<String>(), status.example);
        assert_eq!(status.example_marked.text(), status.example);
        assert!(
            pieces.iter().any(|(k, _)| k.is_some()),
            "{}: example not highlighted",
            status.code
        );
        for h in status.how_to {
            let pieces = h.marked.pieces();
            assert!(
                pieces.iter().filter(|(k, _)| k.is_some()).count() >= 3,
                "{} {:?}: snippet not highlighted",
                status.code,
                h.language
            );
            assert_eq!(pieces.iter().map(|(_, t)| *t).collect::<String>(), h.snippet);
            // What the copy button copies is the snippet as written.
            assert_eq!(h.marked.text(), h.snippet);
        }
    }
}
