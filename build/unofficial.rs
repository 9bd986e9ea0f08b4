//! Reads `data/unofficial.toml` (unofficial 4xx codes) and `data/other-classes.toml`
//! (registered 1xx/2xx/3xx/5xx names) and emits `unofficial_data.rs` into OUT_DIR.
//! A bad entry fails the build with a message naming it.

use std::{collections::BTreeSet, env, fmt::Write as _, fs, path::Path};

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnofficialFile {
    code: Vec<Unofficial>,
    #[serde(default)]
    aside: Vec<Aside>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Unofficial {
    code: u16,
    name: String,
    #[serde(rename = "use")]
    uses: Vec<Use>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Use {
    project: String,
    when: String,
    action: String,
    source: String,
    #[serde(default)]
    former: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Aside {
    text: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OtherFile {
    code: Vec<Other>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Other {
    code: u16,
    name: String,
    meaning: String,
    rfc: u16,
    section: String,
}

/// Reads, validates and emits both files. `registered_4xx` are the codes of the
/// catalogue, which holds every registered 4xx code.
/// Validates and writes the unofficial codes; returns their numbers.
pub fn build(registered_4xx: &BTreeSet<u16>) -> Vec<u16> {
    let unofficial: UnofficialFile = read("data/unofficial.toml");
    let other: OtherFile = read("data/other-classes.toml");
    validate_unofficial(&unofficial, registered_4xx);
    validate_other(&other);
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("unofficial_data.rs");
    fs::write(&out, generate(&unofficial, &other)).unwrap();
    unofficial.code.iter().map(|c| c.code).collect()
}

fn read<T: for<'de> Deserialize<'de>>(path: &str) -> T {
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {path}: {e}")));
    toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{path}: {e}")))
}

fn fail(message: &str) -> ! {
    eprintln!("error in the unofficial or other-class codes: {message}");
    panic!("error in the unofficial or other-class codes: {message}");
}

fn non_empty(what: &str, field: &str, value: &str) {
    if value.trim().is_empty() {
        fail(&format!("{what}: {field} is empty"));
    }
}

/// A source must be an https URL with a host and no spaces: a project's own page.
fn check_source(what: &str, url: &str) {
    let host = url.strip_prefix("https://").and_then(|rest| rest.split('/').next());
    let ok = host.is_some_and(|h| h.contains('.') && !h.is_empty()) && !url.chars().any(char::is_whitespace);
    if !ok {
        fail(&format!("{what}: source {url:?} is not an https URL"));
    }
}

fn validate_unofficial(file: &UnofficialFile, registered: &BTreeSet<u16>) {
    let mut previous = 0;
    for entry in &file.code {
        let what = format!("unofficial code {}", entry.code);
        if !(400..=499).contains(&entry.code) {
            fail(&format!("{what}: not in the 4xx range"));
        }
        if registered.contains(&entry.code) {
            fail(&format!(
                "{what}: registered in the IANA registry (it is in data/catalog.toml), so it is not unofficial"
            ));
        }
        super::next_in_order(&what, entry.code, &mut previous);
        non_empty(&what, "name", &entry.name);
        if entry.uses.is_empty() {
            fail(&format!("{what}: has no [[code.use]]; no source, no entry"));
        }
        for u in &entry.uses {
            let what = format!("{what}, use by {:?}", u.project);
            non_empty(&what, "project", &u.project);
            non_empty(&what, "when", &u.when);
            non_empty(&what, "action", &u.action);
            check_source(&what, &u.source);
        }
    }
    for (i, aside) in file.aside.iter().enumerate() {
        let what = format!("aside {}", i + 1);
        non_empty(&what, "text", &aside.text);
        check_source(&what, &aside.source);
    }
}

fn validate_other(file: &OtherFile) {
    let mut previous = 0;
    for entry in &file.code {
        let what = format!("other-class code {}", entry.code);
        if !(100..=599).contains(&entry.code) || (400..=499).contains(&entry.code) {
            fail(&format!(
                "{what}: must be a 1xx, 2xx, 3xx or 5xx code (4xx codes live in data/catalog.toml)"
            ));
        }
        super::next_in_order(&what, entry.code, &mut previous);
        non_empty(&what, "name", &entry.name);
        non_empty(&what, "meaning", &entry.meaning);
        let section_ok = !entry.section.is_empty()
            && entry
                .section
                .split('.')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if entry.rfc == 0 || !section_ok {
            fail(&format!(
                "{what}: rfc {} section {:?} is not a section number such as \"15.6.3\"",
                entry.rfc, entry.section
            ));
        }
    }
}

fn generate(unofficial: &UnofficialFile, other: &OtherFile) -> String {
    let mut out = String::from(
        "// Generated by build.rs from data/unofficial.toml and data/other-classes.toml. Do not edit.\n\n",
    );
    out.push_str("pub static UNOFFICIAL: &[Unofficial] = &[\n");
    for c in &unofficial.code {
        let uses: String = c
            .uses
            .iter()
            .map(|u| {
                format!(
                    "UnofficialUse {{ project: {:?}, when: {:?}, action: {:?}, source: {:?}, former: {} }}, ",
                    u.project, u.when, u.action, u.source, u.former
                )
            })
            .collect();
        writeln!(
            out,
            "    Unofficial {{ code: {}, name: {:?}, uses: &[{uses}] }},",
            c.code, c.name
        )
        .unwrap();
    }
    out.push_str("];\n\npub static ASIDES: &[Aside] = &[\n");
    for a in &unofficial.aside {
        writeln!(out, "    Aside {{ text: {:?}, source: {:?} }},", a.text, a.source).unwrap();
    }
    out.push_str("];\n\npub static OTHER_CLASSES: &[OtherStatus] = &[\n");
    for o in &other.code {
        writeln!(
            out,
            "    OtherStatus {{ code: {}, name: {:?}, meaning: {:?}, spec: Spec {{ rfc: {}, section: {:?}, title: \"\" }} }},",
            o.code, o.name, o.meaning, o.rfc, o.section
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}
