//! The pages rendered natively by the same components the browser runs (feature `ssr`).
#![cfg(feature = "ssr")]

use fourxx_guide::catalog::{CODES, GROUPS};
use fourxx_guide::render::render_app;
use fourxx_guide::routes::{Route, documented_paths};

/// The rendered HTML without Leptos's `<!>` text-boundary markers.
fn render(path: &str) -> String {
    render_app(path).replace("<!>", "")
}

#[test]
fn every_code_page_renders_its_heading_and_sections() {
    for status in CODES {
        let html = render(&format!("/codes/{}/", status.code));
        assert!(
            html.contains(&format!(
                r#"<span class="code-number">{}</span> {}</h1>"#,
                status.code,
                status.title_name().replace('&', "&amp;")
            )),
            "{}",
            status.code
        );
        for heading in [
            "Meaning",
            "Seeing this as a visitor?",
            "Example",
            "Headers",
            "Caching and retry",
            "Specification",
            "How to return it",
        ] {
            assert!(
                html.contains(&format!(">{heading}</h2>")),
                "{} lacks {heading}",
                status.code
            );
        }
        assert_eq!(html.matches("<h1").count(), 1);
    }
}

#[test]
fn group_pages_list_their_codes() {
    for group in GROUPS {
        let html = render(&format!("/groups/{}", group.slug));
        assert!(html.contains(&format!("<h1>{}</h1>", group.name)), "{}", group.slug);
        for code in group.codes {
            assert!(
                html.contains(&format!(r#"href="/codes/{code}/""#)),
                "{} lacks {code}",
                group.slug
            );
        }
    }
}

#[test]
fn home_renders_the_full_table() {
    let html = render("/");
    for status in CODES {
        assert!(html.contains(&format!(r#"<tr id="row-{}">"#, status.code)));
    }
    assert!(html.contains("All 29 codes"));
}

#[test]
fn markup_from_the_url_is_escaped() {
    let html = render("/codes/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assert!(!html.contains("<script>alert(1)"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let html = render("/groups/%3Cimg%20src=x%20onerror=alert(1)%3E");
    assert!(!html.contains("<img"));
}

#[test]
fn bad_paths_render_a_clear_page() {
    for (path, heading) in [
        ("/codes/999", "999 is not an HTTP status code"),
        ("/codes/500", "500 is not a client error"),
        ("/groups/nope", "There is no group “nope”"),
        ("/anything/else", "Page not found"),
    ] {
        assert!(render(path).contains(&format!("<h1>{heading}</h1>")), "{path}");
    }
    let long = format!("/codes/{}", "9".repeat(5000));
    let html = render(&long);
    assert!(html.len() < 20_000, "the page echoes a bounded amount of the URL");
}

#[test]
fn documented_paths_are_the_documented_routes() {
    let paths = documented_paths();
    assert_eq!(
        paths.len(),
        1 + CODES.len() + GROUPS.len() + 1,
        "home, codes, groups, /check/"
    );
    assert!(paths.iter().all(|p| Route::from_path(p).is_documented()));
}
