//! Integration tests for the catalogue: the data in `data/catalog.toml` checked against
//! independent facts (the guide's source text in `tests/fixtures`, the RFCs and the
//! `http` crate).

use std::collections::BTreeSet;
use std::path::PathBuf;

use fourxx_guide::catalog::{
    self, CODES, Direction, GROUPS, Language, Requirement, Status, find_code, find_group, nearest_codes, neighbours,
};

mod common;

use common::TABLE_CODES;

fn expected_codes() -> Vec<u16> {
    TABLE_CODES.to_vec()
}

fn status(code: u16) -> &'static Status {
    find_code(code).unwrap_or_else(|| panic!("code {code} is missing from the catalogue"))
}

fn codes_of(statuses: &[&Status]) -> Vec<u16> {
    statuses.iter().map(|s| s.code).collect()
}

// ---------------------------------------------------------------------------------------
// 1. The codes and the seed table
// ---------------------------------------------------------------------------------------

/// The guide's source text: the table of names and meanings the catalogue keeps verbatim.
fn seed_text() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/guide-source.txt");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A row of the seed's "All 4xx status codes" table.
#[derive(Debug)]
struct SeedRow {
    code: u16,
    name: String,
    meaning: String,
}

/// Parses the seed's markdown table: `| 400 | Bad Request | The server ... |`.
fn seed_rows(text: &str) -> Vec<SeedRow> {
    text.lines()
        .filter_map(|line| {
            let inner = line.trim().strip_prefix('|')?.strip_suffix('|')?;
            let mut cells = inner.splitn(3, '|').map(str::trim);
            let code = cells.next()?.parse::<u16>().ok()?;
            let name = cells.next()?.to_owned();
            let meaning = cells.next()?.to_owned();
            Some(SeedRow { code, name, meaning })
        })
        .collect()
}

#[test]
fn the_catalogue_has_exactly_the_tables_codes() {
    let actual: Vec<u16> = CODES.iter().map(|s| s.code).collect();
    assert_eq!(actual, expected_codes());
}

#[test]
fn seed_table_names_and_meanings_match_the_catalogue() {
    let text = seed_text();
    let rows = seed_rows(&text);
    assert_eq!(
        rows.iter().map(|r| r.code).collect::<Vec<_>>(),
        expected_codes(),
        "the seed table's codes"
    );
    for row in &rows {
        let s = status(row.code);
        assert_eq!(s.table_name, row.name, "name of {}", row.code);
        let expected_meaning = if row.code == 418 {
            assert!(
                row.meaning.contains("[53]"),
                "seed's 418 row should carry the stray [53] marker"
            );
            row.meaning.replace("[53]", "")
        } else if row.code == 410 {
            // The one typo fix: the seed runs two sentences together ("indices.Most").
            assert_eq!(
                row.meaning.matches("indices.Most").count(),
                1,
                "seed's 410 row should carry the missing-space typo once"
            );
            row.meaning.replace("indices.Most", "indices. Most")
        } else {
            row.meaning.clone()
        };
        assert_eq!(s.meaning, expected_meaning, "meaning of {}", row.code);
    }
    assert!(!status(418).meaning.contains("[53]"));
}

// ---------------------------------------------------------------------------------------
// 2. Groups
// ---------------------------------------------------------------------------------------

/// The guide's four common groups.
const COMMON_GROUPS: &[(&str, &str, &[u16])] = &[
    ("validation", "Request syntax and validation", &[400, 411, 413, 422]),
    ("auth", "Authentication and authorization", &[401, 403, 407]),
    ("missing", "Missing, removed, or blocked resources", &[404, 410, 451]),
    ("rate-limits", "Rate limits and timing", &[408, 425, 429]),
];

#[test]
fn common_groups_are_exactly_the_seeds() {
    let common: Vec<_> = GROUPS.iter().filter(|g| g.common).collect();
    assert_eq!(
        common.iter().map(|g| g.slug).collect::<Vec<_>>(),
        COMMON_GROUPS.iter().map(|(s, _, _)| *s).collect::<Vec<_>>()
    );
    for (slug, name, codes) in COMMON_GROUPS {
        let group = find_group(slug).unwrap_or_else(|| panic!("group {slug} missing"));
        assert_eq!(group.slug, *slug);
        assert_eq!(group.name, *name, "name of group {slug}");
        assert_eq!(group.codes, *codes, "codes of group {slug}");
        assert!(group.common, "group {slug} should be common");
    }
}

#[test]
fn common_groups_agree_with_the_seed_text() {
    let text = seed_text();
    let section = text
        .split("Common 4xx groups")
        .nth(1)
        .and_then(|rest| rest.split("All 4xx status codes").next())
        .expect("seed has a common-groups section");
    let lines: Vec<&str> = section.lines().filter_map(|l| l.trim().strip_prefix("- ")).collect();
    assert_eq!(lines.len(), COMMON_GROUPS.len());
    for ((_, name, codes), line) in COMMON_GROUPS.iter().zip(lines) {
        let (seed_name, seed_codes) = line.split_once(": ").unwrap();
        assert_eq!(seed_name, *name);
        let seed_codes: Vec<u16> = seed_codes.split(", ").map(|c| c.trim().parse().unwrap()).collect();
        assert_eq!(seed_codes, *codes);
    }
}

#[test]
fn other_groups_are_not_common() {
    let common_slugs: Vec<&str> = COMMON_GROUPS.iter().map(|(s, _, _)| *s).collect();
    for group in GROUPS {
        if !common_slugs.contains(&group.slug) {
            assert!(!group.common, "group {} must not be common", group.slug);
        }
    }
}

#[test]
fn group_codes_exist_and_cover_every_code() {
    for group in GROUPS {
        assert!(!group.codes.is_empty(), "group {} has no codes", group.slug);
        assert!(!group.name.trim().is_empty());
        assert!(!group.summary.trim().is_empty());
        for code in group.codes {
            assert!(
                find_code(*code).is_some(),
                "group {} lists {code}, which is not in the catalogue",
                group.slug
            );
        }
        assert_eq!(
            catalog::codes_of(group).count(),
            group.codes.len(),
            "codes_of({})",
            group.slug
        );
    }
    for code in expected_codes() {
        assert!(
            GROUPS.iter().any(|g| g.codes.contains(&code)),
            "code {code} is in no group"
        );
        assert!(catalog::groups_of(code).next().is_some());
    }
}

#[test]
fn find_group_resolves_slugs_and_rejects_others() {
    for group in GROUPS {
        assert_eq!(find_group(group.slug), Some(group));
    }
    for bad in ["nope", "", "AUTH", "auth/", " auth"] {
        assert_eq!(find_group(bad), None, "find_group({bad:?})");
    }
}

// ---------------------------------------------------------------------------------------
// 3. Lookups
// ---------------------------------------------------------------------------------------

#[test]
fn find_code_finds_every_code_and_nothing_else() {
    for code in expected_codes() {
        assert_eq!(find_code(code).map(|s| s.code), Some(code));
    }
    for code in [399, 419, 420, 427, 430, 452, 500, 0, 999] {
        assert!(find_code(code).is_none(), "find_code({code})");
    }
}

#[test]
fn neighbours_at_the_edges_and_gaps() {
    let pair = |code| {
        let (p, n) = neighbours(code);
        (p.map(|s| s.code), n.map(|s| s.code))
    };
    assert_eq!(pair(400), (None, Some(401)));
    assert_eq!(pair(418), (Some(417), Some(421)));
    assert_eq!(pair(451), (Some(431), None));
    assert_eq!(pair(426), (Some(425), Some(428)));
    // Every code's neighbours are the adjacent entries of the expected list.
    let all = expected_codes();
    for (i, code) in all.iter().enumerate() {
        let expected_prev = i.checked_sub(1).map(|j| all[j]);
        let expected_next = all.get(i + 1).copied();
        assert_eq!(pair(*code), (expected_prev, expected_next), "neighbours({code})");
    }
}

#[test]
fn nearest_codes_suggests_sensible_codes() {
    let near = |digits: &str| codes_of(&nearest_codes(digits, 3));

    let far = near("999");
    assert_eq!(far.len(), 3, "{far:?}");
    assert!(far.iter().all(|c| *c <= 451), "{far:?}");
    assert!(far.contains(&451), "{far:?}");

    let typo = near("4290");
    assert_eq!(typo.len(), 3);
    assert!(typo.contains(&429), "{typo:?}");

    let gap = near("419");
    assert!(gap.contains(&418) && gap.contains(&421), "{gap:?}");

    // One slip away comes first: a digit too many, or two neighbouring digits swapped.
    assert!(near("4044").contains(&404));
    assert!(near("1404").contains(&404));
    assert!(near("1404").len() == 3);
    assert!(near("440").contains(&404), "{:?}", near("440"));

    assert!(near("abc").is_empty());
    assert!(near("").is_empty());
    assert!(near("4a9").is_empty());
    // Sorted ascending and all real codes.
    for digits in ["000", "419", "427", "500", "4290"] {
        let got = near(digits);
        assert!(got.windows(2).all(|w| w[0] < w[1]), "{digits}: {got:?}");
        assert!(got.iter().all(|c| find_code(*c).is_some()));
    }
}

// ---------------------------------------------------------------------------------------
// 4. Completeness of every entry
// ---------------------------------------------------------------------------------------

const ALL_LANGUAGES: [Language; 6] = [
    Language::JavaScript,
    Language::Python,
    Language::Go,
    Language::Rust,
    Language::Java,
    Language::CSharp,
];

/// A request line: `METHOD target HTTP/1.1`.
fn is_request_line(line: &str) -> bool {
    let parts: Vec<&str> = line.split(' ').collect();
    parts.len() == 3
        && !parts[0].is_empty()
        && parts[0].bytes().all(|b| b.is_ascii_uppercase())
        && !parts[1].is_empty()
        && parts[2] == "HTTP/1.1"
}

#[test]
fn every_code_has_every_field() {
    for s in CODES {
        let c = s.code;
        for (field, value) in [
            ("registered_name", s.registered_name),
            ("visitor", s.visitor),
            ("caching", s.caching),
            ("retry", s.retry),
            ("example", s.example),
        ] {
            assert!(!value.trim().is_empty(), "{c}: {field} is empty");
        }
        assert!(!s.specs.is_empty(), "{c}: no spec");
        for spec in s.specs {
            assert!(!spec.section.trim().is_empty(), "{c}: empty spec section");
            assert!(!spec.title.trim().is_empty(), "{c}: empty spec title");
        }
    }
}

#[test]
fn every_example_has_a_request_line_and_its_status_line() {
    for s in CODES {
        let c = s.code;
        let lines: Vec<&str> = s.example.lines().map(str::trim_end).collect();
        assert!(
            lines.iter().any(|l| is_request_line(l)),
            "{c}: example has no request line:\n{}",
            s.example
        );
        let status_prefix = format!("HTTP/1.1 {c} ");
        let has_status_line = lines.iter().any(|l| l.starts_with(&status_prefix));
        if c == 424 {
            // WebDAV reports a failed dependency inside a 207 Multi-Status.
            assert!(
                has_status_line || (lines.iter().any(|l| l.starts_with("HTTP/1.1 207 ")) && s.example.contains("424")),
                "424: example shows neither a 424 status line nor a 207 carrying 424"
            );
        } else {
            assert!(
                has_status_line,
                "{c}: example has no `{status_prefix}...` status line:\n{}",
                s.example
            );
        }
    }
}

#[test]
fn every_code_has_two_to_five_related_codes() {
    for s in CODES {
        let c = s.code;
        assert!(
            (2..=5).contains(&s.related.len()),
            "{c}: {} related entries",
            s.related.len()
        );
        let mut seen = BTreeSet::new();
        for r in s.related {
            assert!(!r.when.trim().is_empty(), "{c}: related {} has no `when`", r.code);
            assert!(seen.insert(r.code), "{c}: related {} listed twice", r.code);
        }
    }
}

#[test]
fn every_code_has_all_six_how_to_snippets() {
    for s in CODES {
        let languages: Vec<Language> = s.how_to.iter().map(|h| h.language).collect();
        assert_eq!(languages, ALL_LANGUAGES, "{}: how_to languages", s.code);
        for h in s.how_to {
            assert!(
                !h.snippet.trim().is_empty(),
                "{}: empty {:?} snippet",
                s.code,
                h.language
            );
            if let Some(note) = h.note {
                assert!(!note.trim().is_empty(), "{}: empty {:?} note", s.code, h.language);
            }
        }
    }
}

#[test]
fn no_placeholder_text_anywhere() {
    const PLACEHOLDERS: [&str; 4] = ["todo", "tbd", "lorem", "fixme"];
    for s in CODES {
        let mut texts: Vec<(&str, &str)> = vec![
            ("table_name", s.table_name),
            ("meaning", s.meaning),
            ("registered_name", s.registered_name),
            ("visitor", s.visitor),
            ("caching", s.caching),
            ("retry", s.retry),
            ("example", s.example),
        ];
        texts.extend(s.legacy_names.iter().map(|n| ("legacy_names", *n)));
        texts.extend(s.specs.iter().map(|x| ("specs.title", x.title)));
        texts.extend(s.headers.iter().map(|h| ("headers.note", h.note)));
        texts.extend(s.headers.iter().map(|h| ("headers.name", h.name)));
        texts.extend(s.related.iter().map(|r| ("related.when", r.when)));
        texts.extend(s.how_to.iter().map(|h| ("how_to.snippet", h.snippet)));
        texts.extend(s.how_to.iter().filter_map(|h| h.note).map(|n| ("how_to.note", n)));
        for (field, text) in texts {
            let lower = text.to_lowercase();
            for p in PLACEHOLDERS {
                assert!(!lower.contains(p), "{}: {field} contains {p:?}: {text}", s.code);
            }
        }
    }
    for g in GROUPS {
        for text in [g.name, g.summary] {
            let lower = text.to_lowercase();
            for p in PLACEHOLDERS {
                assert!(!lower.contains(p), "group {}: contains {p:?}", g.slug);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// 5. Defining specifications (RFC 9110, 4918, 8470, 6585, 7725)
// ---------------------------------------------------------------------------------------

/// The defining RFC and section of each code, from the RFCs themselves.
fn defining_spec(code: u16) -> (u16, String) {
    match code {
        // RFC 9110 §15.5.1 (400) ... §15.5.19 (418), then 421, 422, 426.
        400..=418 => (9110, format!("15.5.{}", code - 399)),
        421 => (9110, "15.5.20".to_owned()),
        422 => (9110, "15.5.21".to_owned()),
        426 => (9110, "15.5.22".to_owned()),
        423 => (4918, "11.3".to_owned()),
        424 => (4918, "11.4".to_owned()),
        425 => (8470, "5.2".to_owned()),
        428 => (6585, "3".to_owned()),
        429 => (6585, "4".to_owned()),
        431 => (6585, "5".to_owned()),
        451 => (7725, "3".to_owned()),
        _ => panic!("no defining spec known for {code}"),
    }
}

#[test]
fn first_spec_is_the_defining_one() {
    for s in CODES {
        let (rfc, section) = defining_spec(s.code);
        let first = &s.specs[0];
        assert_eq!(
            (first.rfc, first.section),
            (rfc, section.as_str()),
            "defining spec of {}",
            s.code
        );
    }
}

#[test]
fn spec_links_lead_to_the_section_at_the_rfc_editor() {
    assert_eq!(
        status(429).specs[0].url(),
        "https://www.rfc-editor.org/rfc/rfc6585#section-4"
    );
    assert_eq!(status(429).specs[0].label(), "RFC 6585 §4");
    assert_eq!(
        status(404).specs[0].url(),
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"
    );
    assert_eq!(status(451).specs[0].label(), "RFC 7725 §3");
}

// ---------------------------------------------------------------------------------------
// 6. Required headers
// ---------------------------------------------------------------------------------------

fn header(code: u16, name: &str) -> &'static catalog::Header {
    status(code)
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case(name))
        .unwrap_or_else(|| panic!("{code} does not list the {name} header"))
}

#[test]
fn required_response_headers() {
    // RFC 9110 §15.5.2, §15.5.6, §15.5.8, §15.5.22: the server MUST send these.
    for (code, name) in [
        (401, "WWW-Authenticate"),
        (405, "Allow"),
        (407, "Proxy-Authenticate"),
        (426, "Upgrade"),
    ] {
        let h = header(code, name);
        assert_eq!(h.direction, Direction::Response, "{code} {name}");
        assert_eq!(h.requirement, Some(Requirement::Must), "{code} {name}");
    }
    // Response headers the code's definition names (416 Content-Range, 413/429 Retry-After,
    // 451 Link), whatever their requirement level.
    for (code, name) in [
        (416, "Content-Range"),
        (429, "Retry-After"),
        (413, "Retry-After"),
        (451, "Link"),
    ] {
        let h = header(code, name);
        assert_eq!(h.direction, Direction::Response, "{code} {name}");
        assert!(h.requirement.is_some(), "{code} {name}");
    }
}

#[test]
fn request_headers_named_by_the_definitions() {
    for (code, name) in [
        (412, "If-Match"),
        (417, "Expect"),
        (411, "Content-Length"),
        (425, "Early-Data"),
    ] {
        let h = header(code, name);
        assert_eq!(h.direction, Direction::Request, "{code} {name}");
        assert_eq!(h.requirement, None, "{code} {name}");
    }
}

// ---------------------------------------------------------------------------------------
// 7. Registered and legacy names
// ---------------------------------------------------------------------------------------

#[test]
fn registered_names_follow_rfc_9110() {
    for (code, name) in [
        (413, "Content Too Large"),
        (416, "Range Not Satisfiable"),
        (418, "(Unused)"),
        (422, "Unprocessable Content"),
        (414, "URI Too Long"),
        (404, "Not Found"),
        (429, "Too Many Requests"),
    ] {
        assert_eq!(status(code).registered_name, name, "registered name of {code}");
    }
}

#[test]
fn legacy_names_are_kept() {
    for (code, name) in [
        (413, "Payload Too Large"),
        (413, "Request Entity Too Large"),
        (422, "Unprocessable Entity"),
        (416, "Requested Range Not Satisfiable"),
        (414, "Request-URI Too Long"),
    ] {
        assert!(
            status(code).legacy_names.contains(&name),
            "{code}: legacy names {:?} lack {name:?}",
            status(code).legacy_names
        );
    }
}

#[test]
fn title_names() {
    assert_eq!(status(418).title_name(), "I'm a teapot");
    assert_eq!(status(413).title_name(), "Content Too Large");
    assert_eq!(status(422).title_name(), "Unprocessable Content");
    assert!(!status(418).all_names().contains(&"(Unused)"));
    for s in CODES {
        assert!(!s.title_name().starts_with('('), "{}: title {}", s.code, s.title_name());
        let all = s.all_names();
        assert_eq!(all[0], s.title_name());
        assert!(
            all.contains(&s.table_name),
            "{}: all_names lacks the table name",
            s.code
        );
    }
}

// ---------------------------------------------------------------------------------------
// 8. The `http` crate as an independent source
// ---------------------------------------------------------------------------------------

#[test]
fn http_crate_reasons_are_known_names() {
    let mut checked = 0;
    for s in CODES {
        let code = http::StatusCode::from_u16(s.code).unwrap();
        assert!(code.is_client_error(), "{}", s.code);
        if let Some(reason) = code.canonical_reason() {
            checked += 1;
            let known = reason == s.registered_name || reason == s.table_name || s.legacy_names.contains(&reason);
            assert!(
                known,
                "{}: the http crate calls it {reason:?}, which is none of registered {:?}, \
                 seed {:?}, legacy {:?}",
                s.code, s.registered_name, s.table_name, s.legacy_names
            );
        }
    }
    // The http crate knows most of these codes; make sure the check did real work.
    assert!(checked >= 25, "only {checked} codes had an http reason");
}

// ---------------------------------------------------------------------------------------
// 9. Related codes
// ---------------------------------------------------------------------------------------

/// Whether `a`'s page lists `b` among its related codes.
fn relates(a: u16, b: u16) -> bool {
    status(a).related.iter().any(|r| r.code == b)
}

#[test]
fn related_pairs() {
    // Pairs that must be linked both ways.
    for (a, b) in [
        (401, 403),
        (401, 407),
        (403, 407),
        (404, 410),
        (404, 451),
        (410, 451),
        (400, 422),
        (409, 412),
        (412, 428),
        (409, 428),
        (413, 414),
        (413, 431),
        (414, 431),
    ] {
        assert!(relates(a, b), "{a} should list {b} as related");
        assert!(relates(b, a), "{b} should list {a} as related");
    }
    // Pairs with a server error, listed from the client error's side.
    assert!(relates(429, 503), "429 should list 503");
    assert!(relates(408, 504), "408 should list 504");
}

// ---------------------------------------------------------------------------------------
// 10. Heuristic cacheability (RFC 9110 §15.1, RFC 7725 §3)
// ---------------------------------------------------------------------------------------

#[test]
fn exactly_the_heuristically_cacheable_codes_are_cacheable() {
    let cacheable: Vec<u16> = CODES.iter().filter(|s| s.cacheable).map(|s| s.code).collect();
    assert_eq!(cacheable, [404, 405, 410, 414, 451]);
}

#[test]
fn a_successful_delete_is_pointed_to_204_from_404_and_410() {
    for code in [404, 410] {
        let to_204 = status(code).related.iter().find(|r| r.code == 204);
        let to_204 = to_204.unwrap_or_else(|| panic!("{code} does not point to 204"));
        assert!(to_204.when.contains("DELETE"), "{code}: {}", to_204.when);
        assert_eq!(
            to_204.source,
            Some("https://www.rfc-editor.org/rfc/rfc9110#section-9.3.5")
        );
    }
}
