//! The pages rendered natively by the same components the browser runs (feature `ssr`).
#![cfg(feature = "ssr")]

use fourxx_guide::catalog::{CODES, GROUPS};
use fourxx_guide::render::render_app;

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
        // Answers first: what to do and how to choose come before the example and the
        // reference sections, in this order.
        let mut ids = vec!["what-to-do", "how-to-choose", "example"];
        if !status.headers.is_empty() {
            ids.push("headers");
        }
        ids.extend(["caching", "how-to", "specification", "meaning"]);
        let positions: Vec<usize> = ids
            .iter()
            .map(|id| {
                html.find(&format!(r#"<section id="{id}" aria-labelledby="{id}-heading">"#))
                    .unwrap_or_else(|| panic!("{} lacks the section {id}", status.code))
            })
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "{}: sections out of order",
            status.code
        );
        for id in &ids {
            assert!(
                html.contains(&format!(r##"href="#{id}""##)),
                "{} has no link to #{id}",
                status.code
            );
        }
        assert!(html.contains(status.summary), "{} lacks its summary", status.code);
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
        ("/codes/599", "599 is not a client error"),
        ("/groups/nope", "There is no group “nope”"),
        ("/anything/else", "Page not found"),
    ] {
        assert!(render(path).contains(&format!("<h1>{heading}</h1>")), "{path}");
    }
    let long = format!("/codes/{}", "9".repeat(5000));
    let html = render(&long);
    assert!(
        html.contains(&format!("{}…", "9".repeat(60))),
        "the echo is cut and marked"
    );
    assert!(
        !html.contains(&"9".repeat(61)),
        "no more of the URL than the cut is shown"
    );
}

/// The text of a page as a reader without JavaScript gets it: tags dropped.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn the_404_file_fits_any_unknown_address() {
    // A static host serves 404.html for every unknown path, so it must not name one.
    let text = text_of(&render("/404.html"));
    assert!(text.contains("Page not found"), "{text}");
    assert!(
        text.contains("There is no page at this address in this guide."),
        "{text}"
    );
    assert!(!text.contains("404.html"), "{text}");
}

#[test]
fn a_not_found_page_names_the_address_asked_for() {
    let text = text_of(&render("/some/old-link"));
    assert!(text.contains("Page not found"), "{text}");
    assert!(
        text.contains("There is no page at “/some/old-link” in this guide."),
        "{text}"
    );
}

#[test]
fn code_is_highlighted_at_build_time() {
    let html = render("/codes/429/");
    for class in ["tok-k", "tok-s", "tok-n"] {
        assert!(
            html.contains(&format!(r#"<span class="{class}">"#)),
            "no {class} token on /codes/429/"
        );
    }
    // The example's status code is a number token; the header names are names.
    assert!(html.contains(r#"<span class="tok-n">429</span>"#));
    assert!(html.contains(r#"<span class="tok-f">Retry-After</span>"#));
}
