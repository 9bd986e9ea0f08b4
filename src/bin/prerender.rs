//! Turns Trunk's build in `dist/` into a site any static host can serve: one HTML file per
//! route with its content already rendered by the app's own components, a 404 page, short
//! URLs, JSON data, a sitemap, robots.txt, the web app manifest and the service worker
//! with its precache list. Run after `trunk build --release`:
//!
//!     cargo run --features ssr --bin prerender -- dist
//!
//! `SITE_ORIGIN` (e.g. `https://4xx.example.org`) makes canonical and sitemap URLs absolute;
//! `BASE_PATH` (read at compile time) is the sub-path the site lives under.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use fourxx_guide::catalog::{self, CODES, Direction, GROUPS, Group, Status};
use fourxx_guide::meta;
use fourxx_guide::render::render_app;
use fourxx_guide::routes::{BASE_PATH, Route, code_path, documented_paths, group_path, href, redirect_paths};
use serde_json::{Value, json};

/// Version of the JSON files' shape; bump it when a field changes meaning or goes away.
const JSON_SCHEMA_VERSION: u32 = 1;
const THEME_LIGHT: &str = "#fdfdfc";
const THEME_DARK: &str = "#151719";

fn main() -> ExitCode {
    let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned()));
    match run(&dist) {
        Ok(count) => {
            println!("prerendered {count} files into {}", dist.display());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

struct Site {
    shell: String,
    origin: String,
}

impl Site {
    /// An absolute URL for a site path, when an origin is known; else the rooted path.
    fn url(&self, path: &str) -> String {
        format!("{}{}", self.origin, href(path))
    }
}

fn run(dist: &Path) -> Result<usize, String> {
    let shell_path = dist.join("index.html");
    let shell = fs::read_to_string(&shell_path).map_err(|e| format!("cannot read {}: {e}", shell_path.display()))?;
    if !shell.contains(r#"<div id="app"></div>"#) {
        return Err(format!(
            "{} has no empty <div id=\"app\"></div> to fill (prerendered twice?)",
            shell_path.display()
        ));
    }
    let origin = std::env::var("SITE_ORIGIN")
        .unwrap_or_default()
        .trim_end_matches('/')
        .to_owned();
    let site = Site { shell, origin };
    let mut written = 0;

    for path in documented_paths() {
        let route = Route::from_path(&href(&path));
        let html = page(&site, &route, &path, PageKind::Documented);
        write(dist, &path, "index.html", &html)?;
        written += 1;
    }
    for path in redirect_paths() {
        let route = Route::from_path(&href(&path));
        write(
            dist,
            &path,
            "index.html",
            &page(&site, &route, &path, PageKind::Redirect),
        )?;
        written += 1;
    }
    let not_found = Route::NotFound(String::new());
    write(
        dist,
        "/",
        "404.html",
        &page(&site, &not_found, "/404.html", PageKind::NotFound),
    )?;
    written += 1;

    for status in CODES {
        write(
            dist,
            "/codes/",
            &format!("{}.json", status.code),
            &pretty(&code_json(&site, status)),
        )?;
        written += 1;
    }
    write(dist, "/", "codes.json", &pretty(&catalogue_json(&site)))?;
    write(dist, "/", "sitemap.xml", &sitemap(&site))?;
    write(dist, "/", "robots.txt", &robots(&site))?;
    write(dist, "/", "manifest.webmanifest", &pretty(&manifest()))?;
    written += 4;

    let sw = service_worker(dist)?;
    write(dist, "/", "sw.js", &sw)?;
    Ok(written + 1)
}

#[derive(Clone, Copy, PartialEq)]
enum PageKind {
    Documented,
    Redirect,
    NotFound,
}

/// The shell with this route's head tags and rendered body.
fn page(site: &Site, route: &Route, path: &str, kind: PageKind) -> String {
    let body = render_app(&href(path));
    let head = head_tags(site, route, kind);
    let mut html = site.shell.replacen("<title>4xx Guide</title>", &head, 1);
    html = html.replacen(r#"<div id="app"></div>"#, &format!(r#"<div id="app">{body}</div>"#), 1);
    html
}

fn head_tags(site: &Site, route: &Route, kind: PageKind) -> String {
    let title = escape(&meta::title(route));
    let description = escape(&meta::description(route));
    let mut tags = vec![
        format!("<title>{title}</title>"),
        format!(r#"<meta name="description" content="{description}">"#),
    ];
    let canonical = match (kind, route) {
        (PageKind::NotFound, _) => None,
        (PageKind::Redirect, redirect) => redirect
            .redirect_target()
            .map(|target| site.url(target.split('#').next().unwrap_or("/"))),
        (_, route) => Some(site.url(&route.own_path().unwrap_or_else(|| "/".to_owned()))),
    };
    if let Some(canonical) = &canonical {
        tags.push(format!(r#"<link rel="canonical" href="{}">"#, escape(canonical)));
    }
    match kind {
        PageKind::Redirect => {
            if let Route::ShortCode(status) = route {
                // Works with JavaScript off and before the wasm loads.
                tags.push(format!(
                    r#"<meta http-equiv="refresh" content="0; url={}">"#,
                    href(&code_path(status.code))
                ));
            }
            tags.push(r#"<meta name="robots" content="noindex">"#.to_owned());
        }
        PageKind::NotFound => tags.push(r#"<meta name="robots" content="noindex">"#.to_owned()),
        PageKind::Documented => {
            tags.push(r#"<meta property="og:type" content="website">"#.to_owned());
            tags.push(r#"<meta property="og:site_name" content="4xx Guide">"#.to_owned());
            tags.push(format!(r#"<meta property="og:title" content="{title}">"#));
            tags.push(format!(r#"<meta property="og:description" content="{description}">"#));
            if let Some(canonical) = &canonical {
                tags.push(format!(r#"<meta property="og:url" content="{}">"#, escape(canonical)));
            }
        }
    }
    tags.push(format!(
        r#"<meta name="theme-color" content="{THEME_LIGHT}" media="(prefers-color-scheme: light)">"#
    ));
    tags.push(format!(
        r#"<meta name="theme-color" content="{THEME_DARK}" media="(prefers-color-scheme: dark)">"#
    ));
    tags.push(format!(
        r#"<link rel="manifest" href="{}">"#,
        href("/manifest.webmanifest")
    ));
    tags.push(format!(
        r#"<link rel="icon" href="{}" type="image/svg+xml">"#,
        href("/icon.svg")
    ));
    tags.push(format!(
        r#"<link rel="apple-touch-icon" href="{}">"#,
        href("/icon-180.png")
    ));
    tags.join("\n    ")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn write(dist: &Path, dir: &str, file: &str, contents: &str) -> Result<(), String> {
    let folder = dist.join(dir.trim_matches('/'));
    fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let path = folder.join(file);
    fs::write(&path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("JSON values always serialise");
    text.push('\n');
    text
}

fn code_json(site: &Site, status: &Status) -> Value {
    let how_to: serde_json::Map<String, Value> = status
        .how_to
        .iter()
        .map(|h| {
            (
                h.language.key().to_owned(),
                json!({ "snippet": h.snippet, "note": h.note }),
            )
        })
        .collect();
    json!({
        "schema_version": JSON_SCHEMA_VERSION,
        "code": status.code,
        "name": status.title_name(),
        "registered_name": status.registered_name,
        "seed_name": status.name,
        "legacy_names": status.legacy_names,
        "meaning": status.meaning,
        "url": site.url(&code_path(status.code)),
        "groups": catalog::groups_of(status.code).map(|g| g.slug).collect::<Vec<_>>(),
        "specs": status.specs.iter().map(|s| json!({
            "rfc": s.rfc, "section": s.section, "title": s.title, "url": s.url(),
        })).collect::<Vec<_>>(),
        "headers": status.headers.iter().map(|h| json!({
            "name": h.name,
            "direction": match h.direction { Direction::Request => "request", Direction::Response => "response" },
            "requirement": h.requirement.map(|r| r.keyword()),
            "note": h.note,
        })).collect::<Vec<_>>(),
        "cacheable_by_default": status.cacheable,
        "caching": status.caching,
        "retry": status.retry,
        "example": status.example,
        "related": status.related.iter().map(|r| json!({ "code": r.code, "when": r.when })).collect::<Vec<_>>(),
        "how_to": how_to,
        "visitor": status.visitor,
    })
}

fn group_json(site: &Site, group: &Group) -> Value {
    json!({
        "slug": group.slug,
        "name": group.name,
        "summary": group.summary,
        "common": group.common,
        "codes": group.codes,
        "url": site.url(&group_path(group.slug)),
    })
}

fn catalogue_json(site: &Site) -> Value {
    json!({
        "schema_version": JSON_SCHEMA_VERSION,
        "codes": CODES.iter().map(|s| code_json(site, s)).collect::<Vec<_>>(),
        "groups": GROUPS.iter().map(|g| group_json(site, g)).collect::<Vec<_>>(),
    })
}

fn sitemap(site: &Site) -> String {
    let urls: String = documented_paths()
        .iter()
        .map(|path| format!("  <url><loc>{}</loc></url>\n", escape(&site.url(path))))
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
    )
}

fn robots(site: &Site) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {}\n", site.url("/sitemap.xml"))
}

fn manifest() -> Value {
    let icon = |size: u32| json!({ "src": href(&format!("/icon-{size}.png")), "sizes": format!("{size}x{size}"), "type": "image/png" });
    json!({
        "name": "4xx Guide",
        "short_name": "4xx Guide",
        "description": "Every HTTP 4xx client error status code: meaning, headers, caching, examples and how to return it.",
        "start_url": href("/"),
        "scope": href("/"),
        "display": "standalone",
        "background_color": THEME_LIGHT,
        "theme_color": THEME_LIGHT,
        "icons": [
            { "src": href("/icon.svg"), "sizes": "any", "type": "image/svg+xml" },
            icon(192),
            icon(512),
            { "src": href("/icon-maskable-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "maskable" },
        ],
    })
}

/// The service worker: `public/sw-template.js` with the precache list and a version that
/// changes whenever any precached file does, so a new deploy replaces the old cache.
fn service_worker(dist: &Path) -> Result<String, String> {
    let template_path = dist.join("sw-template.js");
    let template =
        fs::read_to_string(&template_path).map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    fs::remove_file(&template_path).map_err(|e| format!("cannot remove {}: {e}", template_path.display()))?;
    let mut files = Vec::new();
    collect_files(dist, dist, &mut files)?;
    files.sort();
    let mut hash = Fnv64::new();
    let mut urls = Vec::new();
    for relative in &files {
        // Not files the site itself requests: the worker, hidden files, host configuration.
        if relative == "sw.js" || relative.starts_with('.') || relative.starts_with('_') {
            continue;
        }
        let bytes = fs::read(dist.join(relative)).map_err(|e| format!("cannot read {relative}: {e}"))?;
        hash.write(relative.as_bytes());
        hash.write(&bytes);
        urls.push(precache_url(relative));
    }
    let list = serde_json::to_string(&urls).expect("strings serialise");
    Ok(template
        .replace("__PRECACHE_URLS__", &list)
        .replace("__CACHE_VERSION__", &format!("{:016x}", hash.finish()))
        .replace("__BASE_PATH__", BASE_PATH))
}

/// Pages are precached under the address people use (`/codes/429/`), not the file name.
fn precache_url(relative: &str) -> String {
    match relative.strip_suffix("index.html") {
        Some(dir) => href(&format!("/{dir}")),
        None => href(&format!("/{relative}")),
    }
}

fn collect_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect_files(root, &path, out)?;
        } else {
            let relative = path
                .strip_prefix(root)
                .expect("inside root")
                .to_string_lossy()
                .replace('\\', "/");
            out.push(relative);
        }
    }
    Ok(())
}

/// FNV-1a: enough to tell one build's files from another's; not for security.
struct Fnv64(u64);

impl Fnv64 {
    fn new() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}
