//! Reads `data/catalog.toml` at compile time and turns it into static Rust data, so the
//! wasm carries no parser and a malformed entry fails the build with a message naming it.

use std::{collections::BTreeSet, env, fmt::Write as _, fs, path::Path};

use serde::Deserialize;

#[path = "build/check.rs"]
mod check;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Catalog {
    guide: Guide,
    group: Vec<Group>,
    code: Vec<Code>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Guide {
    title: String,
    intro: String,
    documentation_note: String,
    what_4xx_means: String,
    where_they_appear: Vec<String>,
    implementation_notes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    slug: String,
    name: String,
    summary: String,
    common: bool,
    codes: Vec<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Code {
    code: u16,
    name: String,
    meaning: String,
    #[serde(default)]
    registered_name: String,
    #[serde(default)]
    legacy_names: Vec<String>,
    #[serde(default)]
    visitor: String,
    #[serde(default)]
    cacheable: bool,
    #[serde(default)]
    caching: String,
    #[serde(default)]
    retry: String,
    #[serde(default)]
    example: String,
    #[serde(default)]
    specs: Vec<Spec>,
    #[serde(default)]
    headers: Vec<Header>,
    #[serde(default)]
    related: Vec<Related>,
    #[serde(default)]
    how_to: Option<HowTo>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Spec {
    rfc: u16,
    section: String,
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    name: String,
    direction: Direction,
    requirement: Option<Requirement>,
    note: String,
}

#[derive(Deserialize, Debug, Clone, Copy, PartialEq)]
#[serde(rename_all = "lowercase")]
enum Direction {
    Request,
    Response,
}

#[derive(Deserialize, Debug, Clone, Copy)]
#[serde(rename_all = "UPPERCASE")]
enum Requirement {
    Must,
    Should,
    May,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Related {
    code: u16,
    when: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HowTo {
    rust: Snippet,
    go: Snippet,
    python: Snippet,
    javascript: Snippet,
    java: Snippet,
    csharp: Snippet,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Snippet {
    snippet: String,
    note: Option<String>,
}

/// Related codes may point outside the catalogue only at these server errors, which are
/// the usual confusions (429 vs 503, 408 vs 504).
const RELATED_OUTSIDE: &[u16] = &[503, 504];

fn main() {
    let path = Path::new("data/catalog.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-env-changed=BASE_PATH");

    let text = fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
    let catalog: Catalog = toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    validate(&catalog);

    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("catalog_data.rs");
    fs::write(&out, generate(&catalog)).unwrap();
    check::generate(&checker_view(&catalog));

    let base = normalize_base(&env::var("BASE_PATH").unwrap_or_default());
    println!("cargo:rustc-env=FOURXX_BASE_PATH={base}");
}

/// The catalogue's response-header requirements, as the checker's build step needs them.
fn checker_view(catalog: &Catalog) -> check::CatalogueHeaders {
    let keyword = |r: Requirement| match r {
        Requirement::Must => "MUST",
        Requirement::Should => "SHOULD",
        Requirement::May => "MAY",
    };
    catalog
        .code
        .iter()
        .map(|c| {
            let headers = c
                .headers
                .iter()
                .filter_map(|h| h.requirement.map(|r| (h.name.clone(), keyword(r))))
                .collect();
            (c.code, headers)
        })
        .collect()
}

fn fail(message: &str) -> ! {
    eprintln!("error in the catalogue: {message}");
    panic!("error in the catalogue: {message}");
}

/// `"/4xx-guide/"`, `"4xx-guide"` and `"/4xx-guide"` all mean the same sub-path; the root is "".
fn normalize_base(raw: &str) -> String {
    let trimmed = raw.trim().trim_matches('/');
    if trimmed.is_empty() {
        return String::new();
    }
    if !trimmed.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c)) {
        fail(&format!(
            "BASE_PATH {raw:?} may only hold letters, digits, '-', '_', '.' and '/'"
        ));
    }
    format!("/{trimmed}")
}

fn validate(catalog: &Catalog) {
    let mut previous = 0;
    for entry in &catalog.code {
        let what = format!("code {}", entry.code);
        if !(400..=499).contains(&entry.code) {
            fail(&format!("{what}: not a 4xx code"));
        }
        if entry.code <= previous {
            fail(&format!(
                "{what}: codes must be unique and in ascending order (after {previous})"
            ));
        }
        previous = entry.code;
        non_empty(&what, "name", &entry.name);
        non_empty(&what, "meaning", &entry.meaning);
        for spec in &entry.specs {
            non_empty(&what, "specs.section", &spec.section);
            non_empty(&what, "specs.title", &spec.title);
        }
        for header in &entry.headers {
            match (header.direction, header.requirement) {
                (Direction::Response, Some(_)) | (Direction::Request, None) => {}
                (dir, req) => fail(&format!(
                    "{what}: header {}: direction {dir:?} with requirement {req:?}; response headers take MUST, SHOULD or MAY, request headers none",
                    header.name
                )),
            }
            non_empty(&what, "headers.note", &header.note);
        }
    }
    let known: BTreeSet<u16> = catalog.code.iter().map(|c| c.code).collect();
    for entry in &catalog.code {
        for related in &entry.related {
            if related.code == entry.code {
                fail(&format!("code {}: related to itself", entry.code));
            }
            if !known.contains(&related.code) && !RELATED_OUTSIDE.contains(&related.code) {
                fail(&format!(
                    "code {}: related code {} is not in the catalogue",
                    entry.code, related.code
                ));
            }
        }
    }
    let mut slugs = BTreeSet::new();
    for group in &catalog.group {
        let what = format!("group {:?}", group.slug);
        if group.slug.is_empty() || !group.slug.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            fail(&format!("{what}: a slug is lowercase letters and '-'"));
        }
        if !slugs.insert(group.slug.as_str()) {
            fail(&format!("{what}: slug used twice"));
        }
        non_empty(&what, "name", &group.name);
        non_empty(&what, "summary", &group.summary);
        if group.codes.is_empty() {
            fail(&format!("{what}: has no codes"));
        }
        for code in &group.codes {
            if !known.contains(code) {
                fail(&format!("{what}: code {code} is not in the catalogue"));
            }
        }
    }
}

fn non_empty(what: &str, field: &str, value: &str) {
    if value.trim().is_empty() {
        fail(&format!("{what}: {field} is empty"));
    }
}

fn generate(catalog: &Catalog) -> String {
    let mut out = String::from("// Generated by build.rs from data/catalog.toml. Do not edit.\n\n");
    let g = &catalog.guide;
    writeln!(
        out,
        "pub static GUIDE: Guide = Guide {{ title: {:?}, intro: {:?}, documentation_note: {:?}, what_4xx_means: {:?}, where_they_appear: &{:?}, implementation_notes: &{:?} }};\n",
        g.title, g.intro, g.documentation_note, g.what_4xx_means, g.where_they_appear, g.implementation_notes
    )
    .unwrap();

    out.push_str("pub static GROUPS: &[Group] = &[\n");
    for group in &catalog.group {
        writeln!(
            out,
            "    Group {{ slug: {:?}, name: {:?}, summary: {:?}, common: {}, codes: &{:?} }},",
            group.slug, group.name, group.summary, group.common, group.codes
        )
        .unwrap();
    }
    out.push_str("];\n\npub static CODES: &[Status] = &[\n");
    for c in &catalog.code {
        let specs: String = c
            .specs
            .iter()
            .map(|s| {
                format!(
                    "Spec {{ rfc: {}, section: {:?}, title: {:?} }}, ",
                    s.rfc, s.section, s.title
                )
            })
            .collect();
        let headers: String = c
            .headers
            .iter()
            .map(|h| {
                // The generated code names the same variants as these Debug names.
                let requirement = match h.requirement {
                    Some(r) => format!("Some(Requirement::{r:?})"),
                    None => "None".to_owned(),
                };
                format!(
                    "Header {{ name: {:?}, direction: Direction::{:?}, requirement: {requirement}, note: {:?} }}, ",
                    h.name, h.direction, h.note
                )
            })
            .collect();
        let related: String = c
            .related
            .iter()
            .map(|r| format!("Related {{ code: {}, when: {:?} }}, ", r.code, r.when))
            .collect();
        let how_to: String = match &c.how_to {
            None => String::new(),
            Some(h) => [
                ("Language::Rust", &h.rust),
                ("Language::Go", &h.go),
                ("Language::Python", &h.python),
                ("Language::JavaScript", &h.javascript),
                ("Language::Java", &h.java),
                ("Language::CSharp", &h.csharp),
            ]
            .iter()
            .map(|(lang, s)| {
                format!(
                    "HowTo {{ language: {lang}, snippet: {:?}, note: {:?} }}, ",
                    s.snippet, s.note
                )
            })
            .collect(),
        };
        writeln!(
            out,
            "    Status {{ code: {}, name: {:?}, meaning: {:?}, registered_name: {:?}, legacy_names: &{:?}, visitor: {:?}, cacheable: {}, caching: {:?}, retry: {:?}, example: {:?}, specs: &[{specs}], headers: &[{headers}], related: &[{related}], how_to: &[{how_to}] }},",
            c.code,
            c.name,
            c.meaning,
            c.registered_name,
            c.legacy_names,
            c.visitor,
            c.cacheable,
            c.caching,
            c.retry,
            c.example.trim_matches('\n'),
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}
