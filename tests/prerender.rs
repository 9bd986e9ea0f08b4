//! The prerenderer run as the release build runs it, on the real shell (`index.html`) and
//! service-worker template, with and without `SITE_ORIGIN`: what it writes about the
//! site's own URLs must be absolute or absent, never relative.
#![cfg(feature = "ssr")]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use fourxx_guide::routes::BASE_PATH;

const ORIGIN: &str = "https://4xx.example";

/// A fresh folder holding what Trunk leaves for the prerenderer: the shell and the
/// service-worker template (the scripts and styles it links are not read).
fn trunk_output(label: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fourxx-prerender-{label}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::copy(root.join("index.html"), dir.join("index.html")).unwrap();
    fs::copy(root.join("public/sw-template.js"), dir.join("sw-template.js")).unwrap();
    dir
}

fn prerender(dir: &Path, origin: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_prerender"));
    command.arg(dir).env_remove("SITE_ORIGIN");
    if let Some(origin) = origin {
        command.env("SITE_ORIGIN", origin);
    }
    command.output().unwrap()
}

/// Every HTML page written, as (the site path its folder is served at, its text).
fn pages(dir: &Path) -> Vec<(String, String)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else if path.extension().is_some_and(|e| e == "html") {
                let relative = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                let site_path = match relative.strip_suffix("index.html") {
                    Some(folder) => format!("/{folder}"),
                    None => format!("/{relative}"),
                };
                out.push((site_path, fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn attribute_values<'a>(html: &'a str, tag_start: &str) -> Vec<&'a str> {
    html.match_indices(tag_start)
        .map(|(at, _)| {
            let tag = &html[at..at + html[at..].find('>').unwrap()];
            let value = tag
                .split(r#"href=""#)
                .nth(1)
                .or_else(|| tag.split(r#"content=""#).nth(1))
                .unwrap();
            &value[..value.find('"').unwrap()]
        })
        .collect()
}

fn is_indexable(html: &str) -> bool {
    !html.contains(r#"<meta name="robots" content="noindex">"#)
}

#[test]
fn without_site_origin_nothing_that_must_be_absolute_is_written() {
    let dir = trunk_output("unset");
    let output = prerender(&dir, None);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));

    let pages = pages(&dir);
    assert!(pages.len() > 100, "only {} pages written", pages.len());
    for (path, html) in &pages {
        assert!(
            !html.contains(r#"rel="canonical""#),
            "{path} has a canonical link without an origin"
        );
        assert!(
            !html.contains(r#"property="og:url""#),
            "{path} has og:url without an origin"
        );
    }
    assert!(
        !dir.join("sitemap.xml").exists(),
        "a sitemap with relative URLs was written"
    );
    let robots = fs::read_to_string(dir.join("robots.txt")).unwrap();
    assert!(
        !robots.to_ascii_lowercase().contains("sitemap"),
        "robots.txt names a sitemap: {robots}"
    );
    assert!(robots.contains("User-agent: *"), "{robots}");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn with_site_origin_every_indexable_page_has_its_absolute_canonical_and_is_in_the_sitemap() {
    let dir = trunk_output("set");
    // A trailing slash is accepted and dropped.
    let output = prerender(&dir, Some(&format!("{ORIGIN}/")));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));

    let sitemap = fs::read_to_string(dir.join("sitemap.xml")).unwrap();
    let listed: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|rest| &rest[..rest.find("</loc>").unwrap()])
        .collect();
    for url in &listed {
        assert!(
            url.starts_with(&format!("{ORIGIN}{BASE_PATH}/")),
            "sitemap URL not absolute: {url}"
        );
    }
    let mut indexable = 0;
    for (path, html) in pages(&dir) {
        let canonical = attribute_values(&html, r#"<link rel="canonical""#);
        if !is_indexable(&html) {
            let own = format!("{ORIGIN}{BASE_PATH}{path}");
            assert!(!listed.contains(&own.as_str()), "{path} is noindex but in the sitemap");
            // A redirect page may name its target; nothing else names itself.
            assert!(
                !canonical.contains(&own.as_str()),
                "{path} is noindex but canonical to itself"
            );
            continue;
        }
        indexable += 1;
        let own = format!("{ORIGIN}{BASE_PATH}{path}");
        assert_eq!(canonical, [own.as_str()], "{path}: canonical");
        assert_eq!(
            attribute_values(&html, r#"<meta property="og:url""#),
            [own.as_str()],
            "{path}: og:url"
        );
        assert!(listed.contains(&own.as_str()), "{path} is missing from the sitemap");
    }
    assert_eq!(
        indexable,
        listed.len(),
        "the sitemap lists pages that are not indexable ones"
    );
    let robots = fs::read_to_string(dir.join("robots.txt")).unwrap();
    assert!(
        robots
            .lines()
            .any(|line| line == format!("Sitemap: {ORIGIN}{BASE_PATH}/sitemap.xml")),
        "{robots}"
    );
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_site_origin_that_is_not_an_origin_fails_the_build() {
    for bad in [
        "4xx.example",
        "https://",
        "https://4xx.example/guide",
        "/4xx-guide",
        "ftp://4xx.example",
    ] {
        let dir = trunk_output("bad");
        let output = prerender(&dir, Some(bad));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "SITE_ORIGIN={bad} was accepted");
        assert!(
            stderr.contains("SITE_ORIGIN"),
            "the error does not name SITE_ORIGIN: {stderr}"
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
