//! Reads `data/catalog.toml` at compile time and turns it into static Rust data, so the
//! wasm carries no parser and a malformed entry fails the build with a message naming it.

use std::{collections::BTreeSet, env, fmt::Write as _, fs, path::Path};

use serde::Deserialize;

#[path = "build/answers.rs"]
mod answers;
#[path = "build/check.rs"]
mod check;
#[path = "build/choose.rs"]
mod choose;
#[path = "build/highlight.rs"]
mod highlight;
#[path = "build/search.rs"]
mod search;
#[path = "src/catalog/token_kind.rs"]
mod token_kind;
#[path = "build/unofficial.rs"]
mod unofficial;

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
    #[serde(default)]
    corrections: Vec<answers::GuideCorrection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    slug: String,
    name: String,
    summary: String,
    how_to_choose: Vec<String>,
    common: bool,
    codes: Vec<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Code {
    code: u16,
    name: String,
    meaning: String,
    summary: String,
    if_received: String,
    if_sent: String,
    #[serde(default)]
    corrections: Vec<answers::Correction>,
    #[serde(default)]
    registered_name: String,
    /// Former names and library spellings, each with where it comes from.
    #[serde(default)]
    legacy: Vec<Legacy>,
    #[serde(default)]
    visitor: String,
    #[serde(default)]
    cacheable: bool,
    /// `false` where a specification forbids caches to store the response at all.
    #[serde(default = "yes")]
    storable: bool,
    #[serde(default)]
    caching: String,
    #[serde(default)]
    caching_source: String,
    #[serde(default)]
    retry: String,
    #[serde(default)]
    retry_source: String,
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

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Legacy {
    name: String,
    source: String,
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
    /// The specification's own words where it sets no BCP 14 level ("ought to", "can").
    wording: Option<String>,
    note: String,
    source: String,
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
    source: Option<String>,
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
    /// Where the note's claim can be checked: a project's own source or documentation.
    source: Option<String>,
}

/// Related codes may point outside the catalogue only at these: the usual confusions (429
/// vs 503, 408 vs 504) and the success a DELETE gets (204, not 404 or 410).
const RELATED_OUTSIDE: &[u16] = &[204, 503, 504];

fn main() {
    let path = Path::new("data/catalog.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-env-changed=BASE_PATH");

    let text = fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
    let catalog: Catalog = toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    validate(&catalog);
    answers::validate(&catalog);
    choose::generate(&catalog.code.iter().map(|c| c.code).collect::<Vec<_>>());

    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("catalog_data.rs");
    fs::write(&out, generate(&catalog)).unwrap();
    let unofficial_codes = unofficial::build(&catalog.code.iter().map(|c| c.code).collect());
    search::main(
        &catalog.code.iter().map(|c| c.code).collect::<Vec<_>>(),
        &unofficial_codes,
    );
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
                // The RFC's non-normative "ought to" or "can" is checked like a MAY: a note.
                .filter_map(|h| {
                    let level = h.requirement.map(keyword).or(h.wording.as_ref().map(|_| "MAY"))?;
                    Some((h.name.clone(), level))
                })
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
        next_in_order(&what, entry.code, &mut previous);
        non_empty(&what, "name", &entry.name);
        non_empty(&what, "meaning", &entry.meaning);
        for spec in &entry.specs {
            non_empty(&what, "specs.section", &spec.section);
            non_empty(&what, "specs.title", &spec.title);
        }
        for header in &entry.headers {
            match (header.direction, header.requirement, &header.wording) {
                (Direction::Response, Some(_), None)
                | (Direction::Response, None, Some(_))
                | (Direction::Request, None, None) => {}
                (dir, req, wording) => fail(&format!(
                    "{what}: header {}: direction {dir:?} with requirement {req:?} and wording {wording:?}; a response header takes either a requirement (MUST, SHOULD, MAY) or the spec's own wording, a request header neither",
                    header.name
                )),
            }
            if let Some(wording) = &header.wording
                && wording
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|w| BCP14.contains(&w))
            {
                fail(&format!(
                    "{what}: header {}: wording {wording:?} holds a BCP 14 keyword; use requirement instead",
                    header.name
                ));
            }
            non_empty(&what, "headers.note", &header.note);
            source(&what, &format!("header {}", header.name), &header.source);
        }
        for legacy in &entry.legacy {
            non_empty(&what, "legacy.name", &legacy.name);
            if legacy.name == entry.registered_name {
                fail(&format!("{what}: legacy name {:?} is the registered name", legacy.name));
            }
            source(&what, &format!("legacy name {:?}", legacy.name), &legacy.source);
        }
        if !entry.storable && entry.cacheable {
            fail(&format!("{what}: storable = false contradicts cacheable = true"));
        }
        if !entry.caching.is_empty() {
            source(&what, "caching", &entry.caching_source);
        }
        if !entry.retry.is_empty() {
            source(&what, "retry", &entry.retry_source);
        }
        for related in &entry.related {
            if let Some(url) = &related.source {
                source(&what, &format!("related {}", related.code), url);
            }
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

/// The requirement keywords of BCP 14 (RFC 2119, RFC 8174).
const BCP14: &[&str] = &["MUST", "REQUIRED", "SHALL", "SHOULD", "RECOMMENDED", "MAY", "OPTIONAL"];

/// A source is the URL of a primary source (an RFC section, a project's own file or page).
fn source(what: &str, claim: &str, url: &str) {
    if !url.starts_with("https://") || url.contains(char::is_whitespace) {
        fail(&format!(
            "{what}: {claim} needs a source, an https:// URL of a primary source (got {url:?})"
        ));
    }
}

/// Fails unless codes come unique and in ascending order, as the tables list them.
fn next_in_order(what: &str, code: u16, previous: &mut u16) {
    if code <= *previous {
        fail(&format!(
            "{what}: codes must be unique and in ascending order (after {previous})"
        ));
    }
    *previous = code;
}

fn non_empty(what: &str, field: &str, value: &str) {
    if value.trim().is_empty() {
        fail(&format!("{what}: {field} is empty"));
    }
}

/// Code with its highlighting marked inline, as a `Marked` literal: byte 1 plus the kind's
/// number opens a token, byte 7 closes it (see `Marked` in src/catalog/types.rs). Marks
/// between the words they colour cost the wasm far less than separate offsets.
fn marked_literal(code: &str, tokens: &[(usize, usize, highlight::Kind)]) -> String {
    if let Some(c) = code.chars().find(|c| ('\u{1}'..='\u{7}').contains(c)) {
        fail(&format!(
            "a snippet holds the control character {c:?}, which marks highlighting"
        ));
    }
    let mut marked = String::with_capacity(code.len() + 2 * tokens.len());
    let mut at = 0;
    for &(start, end, kind) in tokens {
        if start < at || end <= start || end > code.len() {
            fail(&format!(
                "highlighting gave tokens out of order or empty: {start}..{end}"
            ));
        }
        marked.push_str(&code[at..start]);
        marked.push(char::from(1 + kind as u8));
        marked.push_str(&code[start..end]);
        marked.push('\u{7}');
        at = end;
    }
    marked.push_str(&code[at..]);
    format!("Marked({marked:?})")
}

fn generate(catalog: &Catalog) -> String {
    let highlighter = highlight::Highlighter::new();
    let mut out = String::from("// Generated by build.rs from data/catalog.toml. Do not edit.\n\n");
    let g = &catalog.guide;
    writeln!(
        out,
        "pub static GUIDE: Guide = Guide {{ title: {:?}, intro: {:?}, documentation_note: {:?}, what_4xx_means: {:?}, where_they_appear: &{:?}, implementation_notes: &{:?}, corrections: &[{}] }};\n",
        g.title,
        g.intro,
        g.documentation_note,
        g.what_4xx_means,
        g.where_they_appear,
        g.implementation_notes,
        answers::guide_corrections(&g.corrections)
    )
    .unwrap();

    out.push_str("pub static GROUPS: &[Group] = &[\n");
    for group in &catalog.group {
        writeln!(
            out,
            "    Group {{ slug: {:?}, name: {:?}, summary: {:?}, how_to_choose: &{:?}, common: {}, codes: &{:?} }},",
            group.slug, group.name, group.summary, group.how_to_choose, group.common, group.codes
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
                    "Header {{ name: {:?}, direction: Direction::{:?}, requirement: {requirement}, wording: {:?}, note: {:?}, source: {:?} }}, ",
                    h.name, h.direction, h.wording, h.note, h.source
                )
            })
            .collect();
        let related: String = c
            .related
            .iter()
            .map(|r| {
                format!(
                    "Related {{ code: {}, when: {:?}, source: {:?} }}, ",
                    r.code, r.when, r.source
                )
            })
            .collect();
        let legacy_names: Vec<&str> = c.legacy.iter().map(|l| l.name.as_str()).collect();
        let legacy: String = c
            .legacy
            .iter()
            .map(|l| format!("Legacy {{ name: {:?}, source: {:?} }}, ", l.name, l.source))
            .collect();
        let how_to: String = match &c.how_to {
            None => String::new(),
            // The order the page shows them in: the most used web languages first.
            Some(h) => [
                ("JavaScript", "javascript", &h.javascript),
                ("Python", "python", &h.python),
                ("Go", "go", &h.go),
                ("Rust", "rust", &h.rust),
                ("Java", "java", &h.java),
                ("CSharp", "csharp", &h.csharp),
            ]
            .iter()
            .map(|(variant, key, s)| {
                let snippet = s.snippet.trim_matches('\n');
                format!(
                    "HowTo {{ language: Language::{variant}, #[cfg(not(target_arch = \"wasm32\"))] snippet: {snippet:?}, marked: {}, note: {:?}, source: {:?} }}, ",
                    marked_literal(snippet, &highlighter.code(key, snippet)),
                    s.note,
                    s.source
                )
            })
            .collect(),
        };
        writeln!(
            out,
            "    Status {{ code: {}, table_name: {:?}, meaning: {:?}, summary: {:?}, if_received: {:?}, if_sent: {:?}, corrections: &[{}], registered_name: {:?}, legacy_names: &{:?}, legacy: &[{legacy}], visitor: {:?}, cacheable: {}, storable: {}, caching: {:?}, caching_source: {:?}, retry: {:?}, retry_source: {:?}, #[cfg(not(target_arch = \"wasm32\"))] example: {:?}, example_marked: {}, specs: &[{specs}], headers: &[{headers}], related: &[{related}], how_to: &[{how_to}] }},",
            c.code,
            c.name,
            c.meaning,
            c.summary,
            c.if_received,
            c.if_sent,
            answers::corrections(&c.corrections),
            c.registered_name,
            legacy_names,
            c.visitor,
            c.cacheable,
            c.storable,
            c.caching,
            c.caching_source,
            c.retry,
            c.retry_source,
            c.example.trim_matches('\n'),
            marked_literal(
                c.example.trim_matches('\n'),
                &highlighter.http(c.example.trim_matches('\n'))
            ),
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}
