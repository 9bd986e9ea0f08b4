//! Unofficial 4xx codes, unassigned numbers and the other classes: the data against
//! sources independent of it (the IANA registry's 4xx list as RFC 9110 and its registry
//! give it, the `http` crate's reason phrases), the classification, the routes and the pages.

use fourxx_guide::catalog::{self, CODES, CodeKind, OTHER_CLASSES, StatusClass, UNOFFICIAL};
use fourxx_guide::routes::{Page, documented_paths};

/// The registered 4xx codes of the IANA HTTP Status Code Registry (418 is registered as
/// "(Unused)"), written out here so that the catalogue is checked, not trusted.
const IANA_4XX: &[u16] = &[
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424,
    425, 426, 428, 429, 431, 451,
];

#[test]
fn the_catalogue_is_exactly_the_registered_4xx_codes() {
    let codes: Vec<u16> = CODES.iter().map(|s| s.code).collect();
    assert_eq!(codes, IANA_4XX);
}

#[test]
fn no_unofficial_code_collides_with_a_registered_one() {
    for entry in UNOFFICIAL {
        assert!(!IANA_4XX.contains(&entry.code), "{} is registered", entry.code);
        // A second, independent opinion: the http crate knows every registered 4xx.
        let status = http::StatusCode::from_u16(entry.code).unwrap();
        assert_eq!(
            status.canonical_reason(),
            None,
            "{} has a registered reason phrase",
            entry.code
        );
    }
}

/// Each use's source is the project's own documentation or code: its own domain, or its
/// own organisation on GitHub. The project names the keyword; the source must match one
/// of the prefixes.
const OWN_SOURCES: &[(&str, &[&str])] = &[
    ("nginx", &["https://nginx.org/", "https://github.com/nginx/"]),
    ("AWS", &["https://docs.aws.amazon.com/"]),
    ("Laravel", &["https://github.com/laravel/"]),
    (
        "Twitter",
        &["https://twittercommunity.com/", "https://developer.twitter.com/"],
    ),
    ("Shopify", &["https://shopify.dev/", "https://help.shopify.com/"]),
    (
        "Spring",
        &["https://github.com/spring-projects/", "https://docs.spring.io/"],
    ),
    (
        "Microsoft",
        &["https://learn.microsoft.com/", "https://technet.microsoft.com/"],
    ),
    ("Esri", &["https://github.com/Esri/", "https://developers.arcgis.com/"]),
];

#[test]
fn every_use_cites_its_own_project_over_https() {
    for entry in UNOFFICIAL {
        assert!(!entry.uses.is_empty(), "{}", entry.code);
        for u in entry.uses {
            assert!(
                u.source.starts_with("https://"),
                "{} {}: {}",
                entry.code,
                u.project,
                u.source
            );
            let (_, prefixes) = OWN_SOURCES
                .iter()
                .find(|(keyword, _)| u.project.contains(keyword))
                .unwrap_or_else(|| {
                    panic!(
                        "{} {}: add the project's own domains to OWN_SOURCES",
                        entry.code, u.project
                    )
                });
            assert!(
                prefixes.iter().any(|p| u.source.starts_with(p)),
                "{} {}: {} is not the project's own site",
                entry.code,
                u.project,
                u.source
            );
        }
    }
}

#[test]
fn the_issue_s_codes_are_all_there_and_420_shows_its_several_uses() {
    for code in [419, 420, 430, 440, 444, 449, 460, 463, 464, 494, 495, 496, 497, 499] {
        assert!(catalog::find_unofficial(code).is_some(), "{code} missing");
    }
    let uses_420 = catalog::find_unofficial(420).unwrap().uses;
    assert!(uses_420.len() >= 2);
    assert!(uses_420.iter().any(|u| u.project.contains("Twitter") && u.former));
    let projects_499 = catalog::find_unofficial(499).unwrap().projects();
    assert!(projects_499.contains(&"nginx") && projects_499.len() >= 2);
}

/// Where our registered name differs from the http crate's, and why.
const NAME_DIFFERENCES: &[(u16, &str)] = &[
    // RFC 9110 §15.3.4 and the registry hyphenate it; the http crate does not.
    (203, "Non-Authoritative Information"),
    // The registry marks 510 "(OBSOLETED)": RFC 2774 was moved to Historic.
    (510, "Not Extended (OBSOLETED)"),
    // The registry keeps 306 as "(Unused)"; the http crate has no constant for it.
    (306, "(Unused)"),
];

#[test]
fn other_class_names_match_the_http_crate_or_differ_for_a_stated_reason() {
    for other in OTHER_CLASSES {
        let expected = NAME_DIFFERENCES
            .iter()
            .find(|(code, _)| *code == other.code)
            .map(|(_, name)| *name)
            .or_else(|| http::StatusCode::from_u16(other.code).ok()?.canonical_reason())
            .unwrap_or_else(|| panic!("{} is unknown to the http crate and has no stated reason", other.code));
        assert_eq!(other.name, expected, "{}", other.code);
    }
}

#[test]
fn every_code_the_http_crate_names_outside_4xx_has_an_other_class_entry() {
    for code in (100..600).filter(|c| !(400..500).contains(c)) {
        let named = http::StatusCode::from_u16(code).unwrap().canonical_reason().is_some();
        if named {
            assert!(catalog::find_other(code).is_some(), "{code} is registered but missing");
        }
    }
}

#[test]
fn numbers_are_classified() {
    assert!(matches!(catalog::classify(429), CodeKind::Registered(s) if s.code == 429));
    assert!(matches!(catalog::classify(499), CodeKind::Unofficial(u) if u.code == 499));
    assert_eq!(catalog::classify(427), CodeKind::Unassigned4xx(427));
    assert_eq!(catalog::classify(432), CodeKind::Unassigned4xx(432));
    for code in [204, 301, 502] {
        assert!(
            matches!(catalog::classify(code), CodeKind::RegisteredOther(o) if o.code == code),
            "{code}"
        );
    }
    assert_eq!(
        catalog::classify(299),
        CodeKind::UnassignedOther(299, StatusClass::Success)
    );
    assert_eq!(
        catalog::classify(599),
        CodeKind::UnassignedOther(599, StatusClass::ServerError)
    );
    assert_eq!(catalog::classify(999), CodeKind::NotAStatus(999));
    assert_eq!(catalog::classify(4290), CodeKind::NotAStatus(4290));
    assert_eq!(catalog::classify(0), CodeKind::NotAStatus(0));
}

#[test]
fn every_number_from_0_to_999_gets_an_answer_consistent_with_the_registry() {
    for code in 0..1000 {
        let kind = catalog::classify(code);
        let registered_4xx = IANA_4XX.contains(&code);
        assert_eq!(matches!(kind, CodeKind::Registered(_)), registered_4xx, "{code}");
        if !(100..600).contains(&code) {
            assert_eq!(kind, CodeKind::NotAStatus(code));
        }
    }
}

#[test]
fn code_paths_resolve_in_order() {
    assert!(matches!(Page::from_path("/codes/429"), Page::Code(s) if s.code == 429));
    assert!(matches!(Page::from_path("/codes/499/"), Page::Unofficial(u) if u.code == 499));
    assert!(matches!(Page::from_path("/codes/502"), Page::OtherClass(o) if o.code == 502));
    assert!(matches!(Page::from_path("/codes/204"), Page::OtherClass(o) if o.code == 204));
    assert!(matches!(Page::from_path("/codes/301"), Page::OtherClass(o) if o.code == 301));
    assert_eq!(Page::from_path("/codes/427"), Page::Unassigned(427));
    assert_eq!(Page::from_path("/codes/432"), Page::Unassigned(432));
    assert_eq!(Page::from_path("/unofficial"), Page::UnofficialList);
    assert_eq!(Page::from_path("/unofficial/"), Page::UnofficialList);
    for path in ["/codes/299", "/codes/999", "/codes/4290", "/codes/0499", "/codes/+499"] {
        assert!(matches!(Page::from_path(path), Page::UnknownCode(_)), "{path}");
    }
}

#[test]
fn every_unofficial_and_other_class_page_is_prerendered_at_its_own_path() {
    let paths = documented_paths();
    for code in UNOFFICIAL
        .iter()
        .map(|u| u.code)
        .chain(OTHER_CLASSES.iter().map(|o| o.code))
    {
        let path = format!("/codes/{code}/");
        assert!(paths.contains(&path), "{path}");
        assert_eq!(Page::from_path(&path).own_path(), Some(path));
    }
    assert!(paths.contains(&"/unofficial/".to_owned()));
    assert!(paths.contains(&"/codes/427/".to_owned()));
}

#[test]
fn source_labels_are_hosts_or_repositories() {
    assert_eq!(
        catalog::source_label("https://nginx.org/en/docs/x.html#return"),
        "nginx.org"
    );
    assert_eq!(catalog::source_label("https://shopify.dev?x"), "shopify.dev");
    assert_eq!(
        catalog::source_label("https://github.com/nginx/nginx/blob/abc/src/http/ngx_http_request.h#L1"),
        "nginx/nginx"
    );
    assert_eq!(catalog::source_label("https://github.com/nginx"), "github.com");
    assert_eq!(catalog::source_label("not a url"), "not a url");
}

#[cfg(feature = "ssr")]
mod pages {
    use super::*;
    use fourxx_guide::render::render_app;

    fn render(path: &str) -> String {
        render_app(path).replace("<!>", "")
    }

    #[test]
    fn unofficial_pages_say_first_that_the_code_is_not_registered() {
        for entry in UNOFFICIAL {
            let html = render(&format!("/codes/{}", entry.code));
            let h1 = html.find("<h1").unwrap();
            let notice = html
                .find("Not a registered status code.")
                .unwrap_or_else(|| panic!("{} lacks the notice", entry.code));
            let first_use = html.find("unofficial-use").unwrap();
            assert!(
                h1 < notice && notice < first_use,
                "{}: the notice comes first",
                entry.code
            );
            assert!(html.contains("treat an unrecognized status code as being equivalent to the x00 status code"));
            assert!(html.contains(r##"href="https://www.rfc-editor.org/rfc/rfc9110#section-15""##));
            for u in entry.uses {
                assert!(
                    html.contains(&format!(r#"href="{}""#, u.source.replace('&', "&amp;"))),
                    "{} {}",
                    entry.code,
                    u.project
                );
            }
        }
    }

    #[test]
    fn a_shared_number_shows_each_project() {
        let html = render("/codes/420/");
        for project in ["Twitter API v1", "Shopify Admin API", "Spring Framework"] {
            assert!(html.contains(&format!("<h3>{project}")), "{project}");
        }
        assert!(html.contains("(former use)"));
    }

    #[test]
    fn unassigned_pages_say_unassigned() {
        let html = render("/codes/427");
        assert!(html.contains(r#"<span class="code-number">427</span> is an unassigned 4xx code</h1>"#));
        assert!(html.contains("unassigned in the IANA HTTP Status Code Registry"));
        assert!(!html.contains("Not in this guide"));
    }

    #[test]
    fn other_class_pages_show_their_name_class_and_scope() {
        let html = render("/codes/502");
        assert!(html.contains(r#"<span class="code-number">502</span> Bad Gateway</h1>"#));
        assert!(html.contains("5xx server error · not a 4xx"));
        assert!(html.contains(r##"href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3""##));
        assert!(html.contains("4xx Guide covers the 4xx client errors"));
        let html = render("/codes/204");
        assert!(html.contains(r#"<span class="code-number">204</span> No Content</h1>"#));
    }

    #[test]
    fn the_list_holds_every_unofficial_code_and_no_registered_one() {
        let html = render("/unofficial/");
        assert!(html.contains("<h1>Unofficial 4xx codes</h1>"));
        for entry in UNOFFICIAL {
            assert!(
                html.contains(&format!(r#"href="/codes/{}/""#, entry.code)),
                "{}",
                entry.code
            );
        }
        for status in CODES.iter().filter(|s| s.code != 400) {
            assert!(
                !html.contains(&format!(r#"href="/codes/{}/""#, status.code)),
                "{}",
                status.code
            );
        }
    }
}

#[test]
fn number_pages_say_what_each_kind_needs() {
    use fourxx_guide::pages::unofficial::NumberPage;
    let page = NumberPage::unofficial(catalog::find_unofficial(444).unwrap());
    assert!(page.notice.as_deref().unwrap().ends_with("The software below uses it."));
    assert_eq!(page.uses_heading, "Who uses it and when");
    let page = NumberPage::unofficial(catalog::find_unofficial(420).unwrap());
    assert!(page.notice.as_deref().unwrap().contains("not all in the same way"));
    let page = NumberPage::unassigned(427);
    assert!(page.uses.is_empty() && page.notice.is_some());
    assert_eq!(page.nearest.iter().map(|s| s.code).collect::<Vec<_>>(), [425, 426, 428]);
    // A registered code has no "not registered" notice; only codes other than x00 get
    // the "treats it as" sentence.
    let page = NumberPage::other_class(catalog::find_other(502).unwrap());
    assert!(page.notice.is_none());
    assert!(page.spec.as_ref().unwrap().0.contains("treats it as 500"));
    let page = NumberPage::other_class(catalog::find_other(500).unwrap());
    assert!(!page.spec.as_ref().unwrap().0.contains("treats it as"));
}
