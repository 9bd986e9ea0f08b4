//! Integration tests for the home page filter and for reading paths as routes.

use fourxx_guide::catalog::{CODES, GROUPS};
use fourxx_guide::routes::{self, Route};
use fourxx_guide::search::{Filter, result_summary};

/// The 29 codes of the seed's table, in ascending order.
fn all_codes() -> Vec<u16> {
    (400..=418)
        .chain([421, 422, 423, 424, 425, 426, 428, 429, 431, 451])
        .collect()
}

fn search(query: &str) -> Vec<u16> {
    search_in(Some(query), None)
}

fn search_in(query: Option<&str>, group: Option<&str>) -> Vec<u16> {
    Filter::new(query, group).apply().iter().map(|s| s.code).collect()
}

fn assert_contains(query: &str, codes: &[u16]) {
    let found = search(query);
    for code in codes {
        assert!(
            found.contains(code),
            "query {query:?} should find {code}, found {found:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// By code digits
// ---------------------------------------------------------------------------------------

#[test]
fn digits_match_code_prefixes() {
    assert_eq!(search("41"), (410..=418).collect::<Vec<_>>());
    assert_eq!(search("4"), all_codes());
    assert_eq!(search("40"), (400..=409).collect::<Vec<_>>());
    assert_eq!(search("42"), [421, 422, 423, 424, 425, 426, 428, 429]);
    assert_eq!(search("429"), [429]);
    assert_eq!(search("4290"), Vec::<u16>::new());
    assert_eq!(search("5"), Vec::<u16>::new());
}

#[test]
fn empty_filter_shows_all_codes() {
    assert_eq!(search_in(None, None), all_codes());
    assert_eq!(search(""), all_codes());
    assert_eq!(search("   "), all_codes());
    assert!(Filter::new(Some("  "), Some(" ")).is_empty());
}

// ---------------------------------------------------------------------------------------
// By words
// ---------------------------------------------------------------------------------------

#[test]
fn names_match_case_insensitively() {
    assert_eq!(search("teapot"), [418]);
    assert_eq!(search("TEAPOT"), [418]);
    assert_contains("TOO MANY", &[429]);
    assert_contains("too many", &[429]);
    assert_contains("gone", &[410]);
    assert_contains("Gone", &[410]);
}

#[test]
fn meaning_words_match() {
    assert_contains("rate-limiting", &[429]);
    assert_contains("proxy", &[407]);
}

#[test]
fn legacy_names_match() {
    assert_contains("payload", &[413]);
    assert_contains("Request Entity", &[413]);
    assert_contains("Unprocessable Entity", &[422]);
    assert_contains("Request-URI", &[414]);
    assert_contains("Requested Range", &[416]);
    // Names found only in the registered or legacy names, not in the seed's name or meaning.
    assert_contains("Time-out", &[408]);
    assert_contains("Request-URI Too Large", &[414]);
}

#[test]
fn registered_names_match() {
    assert_contains("Content Too Large", &[413]);
    assert_contains("Unprocessable Content", &[422]);
}

#[test]
fn header_names_match() {
    assert_contains("Retry-After", &[413, 429]);
    assert_contains("WWW-Authenticate", &[401]);
    assert_contains("If-Match", &[412]);
    assert_contains("Early-Data", &[425]);
}

#[test]
fn all_words_must_match() {
    let found = search("too large");
    for code in [413, 414, 431] {
        assert!(found.contains(&code), "\"too large\" should find {code}: {found:?}");
    }
    assert!(!found.contains(&404), "\"too large\" should not find 404: {found:?}");
    // Every word must match: adding an unrelated word narrows to nothing.
    assert_eq!(search("teapot zzzzqqq"), Vec::<u16>::new());
    // A word and a code prefix combine.
    assert_eq!(search("too large 43"), [431]);
}

#[test]
fn results_are_in_catalogue_order() {
    for query in ["too", "request", "4", "auth", "header"] {
        let found = search(query);
        assert!(
            found.windows(2).all(|w| w[0] < w[1]),
            "{query:?}: {found:?} not ascending"
        );
    }
}

#[test]
fn no_match_gives_nothing() {
    assert_eq!(search("zzzzqqq"), Vec::<u16>::new());
}

// ---------------------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------------------

#[test]
fn group_filter() {
    assert_eq!(search_in(None, Some("auth")), [401, 403, 407]);
    let filter = Filter::new(None, Some("auth"));
    assert_eq!(filter.known_group().map(|g| g.slug), Some("auth"));

    let both = search_in(Some("auth"), Some("auth"));
    assert!(!both.is_empty(), "q=auth&group=auth found nothing");
    assert!(
        both.iter().all(|c| [401, 403, 407].contains(c)),
        "q=auth&group=auth found codes outside the group: {both:?}"
    );

    // Every group filter shows exactly that group's codes, in order.
    for group in GROUPS {
        let mut expected = group.codes.to_vec();
        expected.sort_unstable();
        assert_eq!(search_in(None, Some(group.slug)), expected, "group {}", group.slug);
    }
}

#[test]
fn unknown_group_is_ignored() {
    let filter = Filter::new(None, Some("nope"));
    assert!(filter.known_group().is_none());
    assert_eq!(filter.group.as_deref(), Some("nope"), "the unknown slug is kept");
    assert_eq!(search_in(None, Some("nope")), all_codes());
    assert_eq!(search_in(Some("teapot"), Some("nope")), [418]);
}

// ---------------------------------------------------------------------------------------
// Hostile input
// ---------------------------------------------------------------------------------------

#[test]
fn very_long_queries_do_not_panic() {
    for query in ["a".repeat(5000), "<script>".repeat(700)] {
        let filter = Filter::new(Some(&query), None);
        let found: Vec<u16> = filter.apply().iter().map(|s| s.code).collect();
        assert!(found.is_empty(), "{} chars found {found:?}", query.len());
        let url = filter.to_url();
        assert!(url.starts_with("/?q="), "{}", &url[..20]);
        for bad in ['<', '>', '"', ' '] {
            assert!(!url.contains(bad), "to_url() contains {bad:?}");
        }
    }
    let filter = Filter::new(Some("\"<a b>\""), Some("a b"));
    let url = filter.to_url();
    assert!(!url.contains(['<', '>', '"', ' ']), "{url}");
}

#[test]
fn to_url_round_trip_shapes() {
    assert_eq!(Filter::default().to_url(), "/");
    assert_eq!(Filter::new(Some("auth"), Some("auth")).to_url(), "/?q=auth&group=auth");
    assert_eq!(Filter::new(None, Some("auth")).to_url(), "/?group=auth");
}

// ---------------------------------------------------------------------------------------
// Result summary
// ---------------------------------------------------------------------------------------

#[test]
fn result_summary_wording() {
    let total = CODES.len();
    assert_eq!(total, 29);

    let empty = Filter::default();
    assert_eq!(result_summary(total, &empty), "All 29 codes");

    let none = Filter::new(Some("zzzzqqq"), None);
    let summary = result_summary(none.apply().len(), &none);
    assert_eq!(summary, "0 of 29 codes match");

    let one = Filter::new(Some("teapot"), None);
    let summary = result_summary(one.apply().len(), &one);
    assert_eq!(summary, "1 of 29 codes matches");

    let many = Filter::new(Some("41"), None);
    let summary = result_summary(many.apply().len(), &many);
    assert!(summary.contains('9') && summary.contains("29"), "{summary}");
    assert_eq!(summary, "9 of 29 codes match");

    let group = Filter::new(None, Some("auth"));
    assert_eq!(result_summary(group.apply().len(), &group), "3 of 29 codes match");
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

fn code_route(path: &str) -> Option<u16> {
    match Route::from_path(path) {
        Route::Code(s) => Some(s.code),
        _ => None,
    }
}

#[test]
fn home_route() {
    assert_eq!(Route::from_path("/"), Route::Home);
    assert_eq!(Route::from_path(""), Route::Home);
    assert!(Route::from_path("/").is_documented());
}

#[test]
fn code_routes() {
    assert_eq!(code_route("/codes/429"), Some(429));
    assert_eq!(code_route("/codes/429/"), Some(429));
    for code in all_codes() {
        assert_eq!(code_route(&format!("/codes/{code}")), Some(code));
        assert_eq!(code_route(&routes::code_path(code)), Some(code));
    }
    assert!(Route::from_path("/codes/429").is_documented());
}

#[test]
fn group_routes() {
    match Route::from_path("/groups/auth/") {
        Route::Group(g) => assert_eq!(g.slug, "auth"),
        other => panic!("/groups/auth/ is {other:?}"),
    }
    for group in GROUPS {
        match Route::from_path(&routes::group_path(group.slug)) {
            Route::Group(g) => assert_eq!(g.slug, group.slug),
            other => panic!("{} is {other:?}", group.slug),
        }
    }
    assert_eq!(Route::from_path("/groups/nope"), Route::UnknownGroup("nope".to_owned()));
    assert!(!Route::from_path("/groups/nope").is_documented());
}

#[test]
fn short_code_route() {
    match Route::from_path("/429") {
        Route::ShortCode(s) => assert_eq!(s.code, 429),
        other => panic!("/429 is {other:?}"),
    }
    assert!(!Route::from_path("/429").is_documented());
}

#[test]
fn unknown_code_routes() {
    for (path, echoed) in [
        ("/codes/999", "999"),
        ("/codes/4290", "4290"),
        ("/codes/abc", "abc"),
        ("/codes/%3Cscript%3E", "<script>"),
        ("/codes/0429", "0429"),
        ("/codes/419/", "419"),
    ] {
        assert_eq!(Route::from_path(path), Route::UnknownCode(echoed.to_owned()), "{path}");
    }
}

#[test]
fn other_paths_are_not_found() {
    assert!(matches!(Route::from_path("/anything/else"), Route::NotFound(_)));
    assert!(matches!(Route::from_path("/codes/429/extra"), Route::NotFound(_)));
    assert!(!Route::from_path("/anything/else").is_documented());
}

#[test]
fn documented_paths_cover_every_page() {
    let paths = routes::documented_paths();
    assert_eq!(paths.len(), 1 + 29 + GROUPS.len() + 1, "home, codes, groups, /check/");
    assert!(paths.iter().all(|p| p.ends_with('/')), "{paths:?}");
    assert!(paths.contains(&"/".to_owned()));
    assert!(paths.contains(&"/codes/429/".to_owned()));
    assert!(paths.contains(&"/groups/auth/".to_owned()));
    assert!(paths.contains(&"/check/".to_owned()));
    for path in &paths {
        assert!(Route::from_path(path).is_documented(), "{path} is not documented");
    }
    let unique: std::collections::BTreeSet<&String> = paths.iter().collect();
    assert_eq!(unique.len(), paths.len(), "duplicate paths");
}
