//! Reading paths as routes: what each address of the site means.

mod common;

use common::TABLE_CODES;
use fourxx_guide::catalog::GROUPS;
use fourxx_guide::routes::{self, Route};

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
}

#[test]
fn short_code_route() {
    match Route::from_path("/429") {
        Route::ShortCode(s) => assert_eq!(s.code, 429),
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
        assert_eq!(Route::from_path(path), Route::UnknownCode(echoed.to_owned()), "{path}");
    }
}

#[test]
fn other_paths_are_not_found() {
    assert!(matches!(Route::from_path("/anything/else"), Route::NotFound(_)));
    assert!(matches!(Route::from_path("/codes/429/extra"), Route::NotFound(_)));
    // The not-found page's own file names no path, since a host serves it for any.
    assert_eq!(Route::from_path("/404.html"), Route::NotFound(String::new()));
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
        let route = Route::from_path(path);
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
    assert!(matches!(Route::from_path("/codes/419/"), Route::Unofficial(u) if u.code == 419));
    assert!(matches!(Route::from_path("/codes/499"), Route::Unofficial(u) if u.code == 499));
    assert_eq!(Route::from_path("/codes/427"), Route::Unassigned(427));
    assert!(matches!(Route::from_path("/codes/502/"), Route::OtherClass(o) if o.code == 502));
    assert!(matches!(Route::from_path("/codes/204"), Route::OtherClass(o) if o.code == 204));
    assert_eq!(Route::from_path("/codes/599"), Route::UnknownCode("599".to_owned()));
}
