//! Reading paths as routes: what each address of the site means.

mod common;

use common::TABLE_CODES;
use fourxx_guide::catalog::GROUPS;
use fourxx_guide::routes::{self, Page};

// ---------------------------------------------------------------------------------------

fn code_route(path: &str) -> Option<u16> {
    match Page::from_path(path) {
        Page::Code(s) => Some(s.code),
        _ => None,
    }
}

#[test]
fn home_route() {
    assert_eq!(Page::from_path("/"), Page::Home);
    assert_eq!(Page::from_path(""), Page::Home);
}

#[test]
fn code_routes() {
    assert_eq!(code_route("/codes/429"), Some(429));
    assert_eq!(code_route("/codes/429/"), Some(429));
    for code in TABLE_CODES {
        assert_eq!(code_route(&format!("/codes/{code}")), Some(code));
        assert_eq!(code_route(&routes::code_path(code)), Some(code));
    }
}

#[test]
fn group_routes() {
    match Page::from_path("/groups/auth/") {
        Page::Group(g) => assert_eq!(g.slug, "auth"),
        other => panic!("/groups/auth/ is {other:?}"),
    }
    for group in GROUPS {
        match Page::from_path(&routes::group_path(group.slug)) {
            Page::Group(g) => assert_eq!(g.slug, group.slug),
            other => panic!("{} is {other:?}", group.slug),
        }
    }
    assert_eq!(Page::from_path("/groups/nope"), Page::UnknownGroup("nope".to_owned()));
}

#[test]
fn short_code_route() {
    match Page::from_path("/429") {
        Page::ShortCode(s) => assert_eq!(s.code, 429),
        other => panic!("/429 is {other:?}"),
    }
}

#[test]
fn unknown_code_routes() {
    for (path, echoed) in [
        ("/codes/999", "999"),
        ("/codes/4290", "4290"),
        ("/codes/abc", "abc"),
        ("/codes/%3Cscript%3E", "<script>"),
        ("/codes/0429", "0429"),
        ("/codes/4a9/", "4a9"),
    ] {
        assert_eq!(Page::from_path(path), Page::UnknownCode(echoed.to_owned()), "{path}");
    }
}

#[test]
fn other_paths_are_not_found() {
    assert!(matches!(Page::from_path("/anything/else"), Page::NotFound(_)));
    assert!(matches!(Page::from_path("/codes/429/extra"), Page::NotFound(_)));
    // The not-found page's own file names no path, since a host serves it for any.
    assert_eq!(Page::from_path("/404.html"), Page::NotFound(String::new()));
}

#[test]
fn documented_paths_cover_every_page() {
    let paths = routes::documented_paths();
    let steps = fourxx_guide::choose::QUESTIONS.len() + fourxx_guide::choose::ANSWERS.len();
    // Every number in 400–499 has a page: registered, unofficial or unassigned.
    let fourxx = paths
        .iter()
        .filter(|p| p.strip_prefix("/codes/4").is_some_and(|rest| rest.len() == 3))
        .count();
    assert_eq!(fourxx, 100);
    let others = fourxx_guide::catalog::OTHER_CLASSES.len();
    // Home, groups, /unofficial/, every 4xx number, other classes, /choose/ steps, /check/.
    assert_eq!(paths.len(), 1 + GROUPS.len() + 1 + 100 + others + steps + 1);
    assert!(paths.iter().all(|p| p.ends_with('/')), "{paths:?}");
    assert!(paths.contains(&"/".to_owned()));
    assert!(paths.contains(&"/codes/429/".to_owned()));
    assert!(paths.contains(&"/groups/auth/".to_owned()));
    for path in &paths {
        let route = Page::from_path(path);
        assert!(
            route.own_path().as_deref() == Some(path.as_str()),
            "{path} is {route:?}"
        );
    }
    let unique: std::collections::BTreeSet<&String> = paths.iter().collect();
    assert_eq!(unique.len(), paths.len(), "duplicate paths");
}

#[test]
fn every_4xx_number_and_registered_other_code_has_a_page() {
    assert!(matches!(Page::from_path("/codes/419/"), Page::Unofficial(u) if u.code == 419));
    assert!(matches!(Page::from_path("/codes/499"), Page::Unofficial(u) if u.code == 499));
    assert_eq!(Page::from_path("/codes/427"), Page::Unassigned(427));
    assert!(matches!(Page::from_path("/codes/502/"), Page::OtherClass(o) if o.code == 502));
    assert!(matches!(Page::from_path("/codes/204"), Page::OtherClass(o) if o.code == 204));
    assert_eq!(Page::from_path("/codes/599"), Page::UnknownCode("599".to_owned()));
}

#[test]
fn pages_that_use_search_as_soon_as_they_are_up() {
    for path in ["/", "/index.html", "/nope", "/codes/abc/", "/groups/nope/", "/404.html"] {
        assert!(Page::from_path(path).uses_search(), "{path}");
    }
    for path in [
        "/codes/404/",
        "/groups/auth/",
        "/choose/",
        "/check/",
        "/codes/499/",
        "/codes/302/",
        "/429",
    ] {
        assert!(!Page::from_path(path).uses_search(), "{path}");
    }
}
