//! Turns Trunk's build in `dist/` into a site any static host can serve: one HTML file per
//! route with its content already rendered by the app's own components, a 404 page, short
//! URLs, JSON data, a sitemap, robots.txt, the web app manifest and the service worker
//! with its precache list. Run after `trunk build --release`:
//!
//!     cargo run --features ssr --bin prerender -- dist
//!
//! `SITE_ORIGIN` (e.g. `https://4xx.example.org`) is where the site is served: it adds what
//! only an absolute URL can say (canonical links, `og:url`, `sitemap.xml` and robots.txt's
//! `Sitemap:` line) and makes the JSON files' URLs absolute. Without it those tags and the
//! sitemap are left out rather than written with relative URLs. `BASE_PATH` (read at
//! compile time) is the sub-path the site lives under.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::collections::BTreeMap;

use fourxx_guide::catalog::{self, CODES, Direction, GROUPS, Group, Status};
use fourxx_guide::meta;
use fourxx_guide::render::render_app;
use fourxx_guide::routes::{BASE_PATH, Page, code_path, documented_paths, group_path, href, redirect_paths};
use fourxx_guide::text::SITE_NAME;
use serde::Serialize;

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
    /// `https://host` without a trailing slash, when `SITE_ORIGIN` is set.
    origin: Option<String>,
}

impl Site {
    /// An absolute URL for a site path, when an origin is known; else the rooted path.
    fn url(&self, path: &str) -> String {
        format!("{}{}", self.origin.as_deref().unwrap_or(""), href(path))
    }

    /// The absolute URL of a site path, or `None` when no origin is known: canonical
    /// links, `og:url` and sitemaps must be absolute, so without an origin they are left
    /// out.
    fn absolute_url(&self, path: &str) -> Option<String> {
        self.origin.as_ref().map(|origin| format!("{origin}{}", href(path)))
    }
}

/// `SITE_ORIGIN` as `scheme://host[:port]`, or `None` when unset or empty; anything else
/// (a path, no scheme) fails the build rather than write broken URLs.
fn site_origin(value: Option<&str>) -> Result<Option<String>, String> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let origin = value.trim_end_matches('/');
    let host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .unwrap_or("");
    if host.is_empty() || host.contains(['/', '?', '#', ' ', '"', '<', '>']) {
        return Err(format!(
            "SITE_ORIGIN must be an origin such as https://4xx.example.org (scheme and host, no path), not {value:?}"
        ));
    }
    Ok(Some(origin.to_owned()))
}

fn run(dist: &Path) -> Result<usize, String> {
    let shell_path = dist.join("index.html");
    let shell = fs::read_to_string(&shell_path).map_err(|e| format!("cannot read {}: {e}", shell_path.display()))?;
    let origin = site_origin(std::env::var("SITE_ORIGIN").ok().as_deref())?;
    let site = Site { shell, origin };
    let mut written = 0;

    for path in documented_paths() {
        write(dist, &path, "index.html", &page(&site, &path, PageKind::Documented)?)?;
        written += 1;
    }
    for path in redirect_paths() {
        write(dist, &path, "index.html", &page(&site, &path, PageKind::Redirect)?)?;
        written += 1;
    }
    write(dist, "/", "404.html", &page(&site, "/404.html", PageKind::NotFound)?)?;
    write(dist, "/", SHELL_FILE, &page(&site, "/", PageKind::Shell)?)?;
    written += 2;
    for code in HOST_ERRORS {
        let html = page(&site, &code_path(code), PageKind::HostError)?;
        write(dist, ERRORS_DIR, &format!("{code}.html"), &html)?;
        written += 1;
    }

    for status in CODES {
        let json = CodeJson::new(&site, status);
        write(dist, "/codes/", &format!("{}.json", status.code), &pretty(&json))?;
        written += 1;
    }
    write(dist, "/", "codes.json", &pretty(&CatalogueJson::new(&site)))?;
    if let Some(sitemap) = sitemap(&site) {
        write(dist, "/", "sitemap.xml", &sitemap)?;
        written += 1;
    }
    write(dist, "/", "robots.txt", &robots(&site))?;
    write(dist, "/", "manifest.webmanifest", &pretty(&Manifest::new()))?;
    written += 3;

    let sw = service_worker(dist)?;
    write(dist, "/", "sw.js", &sw)?;
    Ok(written + 1)
}

#[derive(Clone, Copy, PartialEq)]
enum PageKind {
    Documented,
    Redirect,
    NotFound,
    /// The page a web server sends with an error it raises itself (nginx's
    /// `error_page`), at whatever address was asked for.
    HostError,
    /// An empty page in which the app renders a route the service worker has no copy
    /// of, offline: nothing of another page shows before the app does.
    Shell,
}

const SHELL_FILE: &str = "shell.html";

/// Errors a web server answers before any file is looked at: a bad request line, a
/// method static files do not take, a URI or a header section too large.
const HOST_ERRORS: [u16; 4] = [400, 405, 414, 431];
/// Where their pages go; the service worker does not precache them.
const ERRORS_DIR: &str = "/errors/";

/// The shell's placeholders that every page fills: the head's title and the app's root.
const SHELL_TITLE: &str = "<title>4xx Guide</title>";
const SHELL_APP: &str = r#"<div id="app"></div>"#;

/// The shell with the head tags and rendered body of the route at `path` (a site path
/// without the base), read from the path exactly as the browser app will read it.
fn page(site: &Site, path: &str, kind: PageKind) -> Result<String, String> {
    let address = href(path);
    let route = Page::from_path(&address);
    // `<!>` separates adjacent text nodes for hydration. The app never hydrates (it
    // renders afresh and swaps), so the markers serve nothing and are not valid HTML.
    let body = match kind {
        PageKind::Shell => String::new(),
        _ => render_app(&address).replace("<!>", ""),
    };
    let head = head_tags(site, &route, kind);
    let html = replace_once(&site.shell, SHELL_TITLE, &head)?;
    // The address the content was rendered for: the app keeps the static sections it
    // finds here instead of rendering them again, but only on the same route (a static
    // host serves this file at other addresses too, as 404.html is).
    let root = match kind {
        PageKind::Shell => SHELL_APP.to_string(),
        _ => format!(r#"<div id="app" data-page="{address}">{body}</div>"#),
    };
    let html = replace_once(&html, SHELL_APP, &root)?;
    if kind == PageKind::HostError {
        // Served at any address, so the app must not start and route by that address.
        without_scripts(&html)
    } else {
        Ok(html)
    }
}

/// The page without its scripts and their preload links: plain HTML and CSS.
fn without_scripts(html: &str) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = ["<script", r#"<link rel="modulepreload""#, r#"<link rel="preload""#]
        .iter()
        .filter_map(|tag| rest.find(tag))
        .min()
    {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let end = if tail.starts_with("<script") {
            tail.find("</script>").map(|i| i + "</script>".len())
        } else {
            tail.find('>').map(|i| i + 1)
        };
        let end = end.ok_or("the shell has a script or preload tag that does not end")?;
        rest = tail[end..].trim_start_matches([' ', '\n']);
    }
    out.push_str(rest);
    Ok(out)
}

/// Replaces the one occurrence of `anchor` in a template (the shell, the service
/// worker), or fails the build naming the anchor it lacks.
fn replace_once(template: &str, anchor: &str, with: &str) -> Result<String, String> {
    match template.matches(anchor).count() {
        1 => Ok(template.replacen(anchor, with, 1)),
        n => Err(format!(
            "a template must hold {anchor} exactly once, but holds it {n} times (prerendered twice, or the template changed?)"
        )),
    }
}

fn head_tags(site: &Site, route: &Page, kind: PageKind) -> String {
    let title = escape(&meta::title(route));
    let description = escape(&meta::description(route));
    let mut tags = vec![
        format!("<title>{title}</title>"),
        format!(r#"<meta name="description" content="{description}">"#),
    ];
    let canonical = match (kind, route) {
        (PageKind::NotFound | PageKind::HostError | PageKind::Shell, _) => None,
        (PageKind::Redirect, redirect) => redirect
            .redirect_target()
            .and_then(|target| site.absolute_url(target.split('#').next().unwrap_or("/"))),
        (_, route) => site.absolute_url(&route.own_path().unwrap_or_else(|| "/".to_owned())),
    };
    if let Some(canonical) = &canonical {
        tags.push(format!(r#"<link rel="canonical" href="{}">"#, escape(canonical)));
    }
    match kind {
        PageKind::Redirect => {
            if let Page::ShortCode(status) = route {
                // Works with JavaScript off and before the wasm loads.
                tags.push(format!(
                    r#"<meta http-equiv="refresh" content="0; url={}">"#,
                    href(&code_path(status.code))
                ));
            }
            tags.push(r#"<meta name="robots" content="noindex">"#.to_owned());
        }
        PageKind::NotFound | PageKind::HostError | PageKind::Shell => {
            tags.push(r#"<meta name="robots" content="noindex">"#.to_owned())
        }
        PageKind::Documented => {
            tags.push(r#"<meta property="og:type" content="website">"#.to_owned());
            tags.push(format!(r#"<meta property="og:site_name" content="{SITE_NAME}">"#));
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

fn pretty(value: &impl Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("the JSON types always serialise");
    text.push('\n');
    text
}

/// `/codes/NNN.json` and each entry of `codes.json`: the documented schema, as a type.
#[derive(Serialize)]
struct CodeJson {
    schema_version: u32,
    code: u16,
    name: &'static str,
    registered_name: &'static str,
    /// The name in the guide's table.
    table_name: &'static str,
    /// Deprecated: the same as `table_name`, kept for readers of schema version 1.
    seed_name: &'static str,
    legacy_names: &'static [&'static str],
    /// Where each legacy name comes from.
    legacy_sources: Vec<LegacyJson>,
    meaning: &'static str,
    summary: &'static str,
    if_received: &'static str,
    if_sent: &'static str,
    corrections: Vec<CorrectionJson>,
    url: String,
    groups: Vec<&'static str>,
    specs: Vec<SpecJson>,
    headers: Vec<HeaderJson>,
    cacheable_by_default: bool,
    /// False where a cache MUST NOT store the response (RFC 6585: 428, 429, 431).
    storable: bool,
    caching: &'static str,
    caching_source: &'static str,
    retry: &'static str,
    retry_source: &'static str,
    example: &'static str,
    related: Vec<RelatedJson>,
    how_to: BTreeMap<&'static str, SnippetJson>,
    visitor: &'static str,
}

/// What an RFC says where the guide's meaning says otherwise.
#[derive(Serialize)]
struct CorrectionJson {
    text: &'static str,
    rfc: u16,
    section: &'static str,
    url: String,
}

#[derive(Serialize)]
struct SpecJson {
    rfc: u16,
    section: &'static str,
    title: &'static str,
    url: String,
}

#[derive(Serialize)]
struct LegacyJson {
    name: &'static str,
    source: &'static str,
}

#[derive(Serialize)]
struct HeaderJson {
    name: &'static str,
    direction: &'static str,
    requirement: Option<&'static str>,
    /// The specification's own non-normative words where it sets no BCP 14 level.
    wording: Option<&'static str>,
    note: &'static str,
    source: &'static str,
}

#[derive(Serialize)]
struct RelatedJson {
    code: u16,
    when: &'static str,
    source: Option<&'static str>,
}

#[derive(Serialize)]
struct SnippetJson {
    snippet: &'static str,
    note: Option<&'static str>,
    /// Where the note's claim comes from.
    source: Option<&'static str>,
}

impl CodeJson {
    fn new(site: &Site, status: &'static Status) -> Self {
        CodeJson {
            schema_version: JSON_SCHEMA_VERSION,
            code: status.code,
            name: status.title_name(),
            registered_name: status.registered_name,
            table_name: status.table_name,
            seed_name: status.table_name,
            legacy_names: status.legacy_names,
            legacy_sources: status
                .legacy
                .iter()
                .map(|l| LegacyJson {
                    name: l.name,
                    source: l.source,
                })
                .collect(),
            meaning: status.meaning,
            summary: status.summary,
            if_received: status.if_received,
            if_sent: status.if_sent,
            corrections: status
                .corrections
                .iter()
                .map(|c| CorrectionJson {
                    text: c.text,
                    rfc: c.rfc,
                    section: c.section,
                    url: c.url(),
                })
                .collect(),
            url: site.url(&code_path(status.code)),
            groups: catalog::groups_of(status.code).map(|g| g.slug).collect(),
            specs: status
                .specs
                .iter()
                .map(|s| SpecJson {
                    rfc: s.rfc,
                    section: s.section,
                    title: s.title,
                    url: s.url(),
                })
                .collect(),
            headers: status
                .headers
                .iter()
                .map(|h| HeaderJson {
                    name: h.name,
                    direction: match h.direction {
                        Direction::Request => "request",
                        Direction::Response => "response",
                    },
                    requirement: h.requirement.map(|r| r.keyword()),
                    wording: h.wording,
                    note: h.note,
                    source: h.source,
                })
                .collect(),
            cacheable_by_default: status.cacheable,
            storable: status.storable,
            caching: status.caching,
            caching_source: status.caching_source,
            retry: status.retry,
            retry_source: status.retry_source,
            example: status.example,
            related: status
                .related
                .iter()
                .map(|r| RelatedJson {
                    code: r.code,
                    when: r.when,
                    source: r.source,
                })
                .collect(),
            how_to: status
                .how_to
                .iter()
                .map(|h| {
                    let snippet = SnippetJson {
                        snippet: h.snippet,
                        note: h.note,
                        source: h.source,
                    };
                    (h.language.key(), snippet)
                })
                .collect(),
            visitor: status.visitor,
        }
    }
}

#[derive(Serialize)]
struct GroupJson {
    slug: &'static str,
    name: &'static str,
    summary: &'static str,
    how_to_choose: &'static [&'static str],
    common: bool,
    codes: &'static [u16],
    url: String,
}

impl GroupJson {
    fn new(site: &Site, group: &'static Group) -> Self {
        GroupJson {
            slug: group.slug,
            name: group.name,
            summary: group.summary,
            how_to_choose: group.how_to_choose,
            common: group.common,
            codes: group.codes,
            url: site.url(&group_path(group.slug)),
        }
    }
}

#[derive(Serialize)]
struct CatalogueJson {
    schema_version: u32,
    codes: Vec<CodeJson>,
    groups: Vec<GroupJson>,
    /// Codes in use but not in the IANA registry, apart from the registered ones.
    unofficial: Vec<UnofficialJson>,
}

#[derive(Serialize)]
struct UnofficialJson {
    code: u16,
    name: &'static str,
    /// Always false: a client treats these as the class's x00 (RFC 9110 §15).
    registered: bool,
    url: String,
    uses: Vec<UnofficialUseJson>,
}

#[derive(Serialize)]
struct UnofficialUseJson {
    project: &'static str,
    when: &'static str,
    action: &'static str,
    source: &'static str,
    /// The project no longer sends it.
    former: bool,
}

impl UnofficialJson {
    fn new(site: &Site, entry: &'static catalog::Unofficial) -> Self {
        UnofficialJson {
            code: entry.code,
            name: entry.name,
            registered: false,
            url: site.url(&code_path(entry.code)),
            uses: entry
                .uses
                .iter()
                .map(|u| UnofficialUseJson {
                    project: u.project,
                    when: u.when,
                    action: u.action,
                    source: u.source,
                    former: u.former,
                })
                .collect(),
        }
    }
}

impl CatalogueJson {
    fn new(site: &Site) -> Self {
        CatalogueJson {
            schema_version: JSON_SCHEMA_VERSION,
            codes: CODES.iter().map(|s| CodeJson::new(site, s)).collect(),
            groups: GROUPS.iter().map(|g| GroupJson::new(site, g)).collect(),
            unofficial: catalog::UNOFFICIAL
                .iter()
                .map(|u| UnofficialJson::new(site, u))
                .collect(),
        }
    }
}

/// Every documented page, or `None` without an origin: the sitemap protocol takes only
/// full URLs that begin with the protocol (https://www.sitemaps.org/protocol.html).
fn sitemap(site: &Site) -> Option<String> {
    let urls = documented_paths()
        .iter()
        .map(|path| {
            site.absolute_url(path)
                .map(|url| format!("  <url><loc>{}</loc></url>\n", escape(&url)))
        })
        .collect::<Option<String>>()?;
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
    ))
}

/// robots.txt names the sitemap only when there is one, by its full URL.
fn robots(site: &Site) -> String {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    if let Some(url) = site.absolute_url("/sitemap.xml") {
        text.push_str(&format!("Sitemap: {url}\n"));
    }
    text
}

#[derive(Serialize)]
struct Manifest {
    name: &'static str,
    short_name: &'static str,
    description: &'static str,
    start_url: String,
    scope: String,
    display: &'static str,
    background_color: &'static str,
    theme_color: &'static str,
    icons: Vec<Icon>,
}

#[derive(Serialize)]
struct Icon {
    src: String,
    sizes: &'static str,
    #[serde(rename = "type")]
    media_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    purpose: Option<&'static str>,
}

impl Manifest {
    fn new() -> Self {
        let icon = |file: &str, sizes, media_type, purpose| Icon {
            src: href(&format!("/{file}")),
            sizes,
            media_type,
            purpose,
        };
        Manifest {
            name: SITE_NAME,
            short_name: SITE_NAME,
            description: "Every HTTP 4xx client error status code: meaning, headers, caching, examples and how to return it.",
            start_url: href("/"),
            scope: href("/"),
            display: "standalone",
            background_color: THEME_LIGHT,
            theme_color: THEME_LIGHT,
            icons: vec![
                icon("icon.svg", "any", "image/svg+xml", None),
                icon("icon-192.png", "192x192", "image/png", None),
                icon("icon-512.png", "512x512", "image/png", None),
                icon("icon-maskable-512.png", "512x512", "image/png", Some("maskable")),
            ],
        }
    }
}

/// The service worker: `public/sw-template.js` with what to precache, the paths that
/// have pages, and a version that changes whenever any file of the build does, so a new
/// deploy replaces the old cache.
fn service_worker(dist: &Path) -> Result<String, String> {
    let template_path = dist.join("sw-template.js");
    let template =
        fs::read_to_string(&template_path).map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    fs::remove_file(&template_path).map_err(|e| format!("cannot remove {}: {e}", template_path.display()))?;
    let mut files = Vec::new();
    collect_files(dist, dist, &mut files)?;
    files.sort();
    let mut hash = Fnv64::new();
    let mut precache = Vec::new();
    for relative in &files {
        // Not files the site itself requests: the worker, hidden files, host configuration.
        if relative == "sw.js" || relative.starts_with('.') || relative.starts_with('_') {
            continue;
        }
        let bytes = fs::read(dist.join(relative)).map_err(|e| format!("cannot read {relative}: {e}"))?;
        hash.write(relative.as_bytes());
        hash.write(&bytes);
        if is_app_file(relative) {
            precache.push(href(&format!("/{relative}")));
        }
    }
    let routes: Vec<String> = documented_paths()
        .into_iter()
        .chain(redirect_paths())
        .map(|path| href(&path))
        .collect();
    let json = |list: &[String]| serde_json::to_string(list).expect("strings serialise");
    let sw = replace_once(&template, "__PRECACHE_URLS__", &json(&precache))?;
    let sw = replace_once(&sw, "__ROUTES__", &json(&routes))?;
    let sw = replace_once(&sw, "__CACHE_VERSION__", &format!("{:016x}", hash.finish()))?;
    replace_once(&sw, "__BASE_PATH__", BASE_PATH)
}

/// What the app needs to render any route, offline included: its scripts, wasm, styles,
/// the vector icon and the neutral shell (in which the app also renders its not-found
/// page). Pages and data are left out: the service worker keeps pages as they are read,
/// so the precache does not grow with the site. So are the PNG icons, which only installing the app asks for, and
/// favicon.ico, which no page links (they name the vector icon).
fn is_app_file(relative: &str) -> bool {
    let page_or_data = [".html", ".json", ".xml", ".txt", ".gz", ".br", ".png", ".ico"]
        .iter()
        .any(|ext| relative.ends_with(ext));
    relative == SHELL_FILE || !page_or_data
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
