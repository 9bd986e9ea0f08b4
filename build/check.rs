//! Reads `data/check.toml` (the response checker's citations) at compile time, checks it
//! against the catalogue, and emits `check_data.rs` for `src/check/`.

use std::{collections::BTreeSet, env, fmt::Write as _, fs, path::Path};

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckFile {
    header: Vec<HeaderEntry>,
    rule: Vec<RuleEntry>,
    hint: Vec<HintEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderEntry {
    code: u16,
    header: String,
    requirement: Option<String>,
    rfc: u16,
    section: String,
    quote: String,
    fix: String,
    #[serde(default)]
    when: String,
    #[serde(default)]
    token: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleEntry {
    id: String,
    #[serde(default)]
    codes: Vec<u16>,
    rfc: u16,
    section: String,
    quote: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HintEntry {
    code: u16,
    phrases: Vec<String>,
}

/// What the checker needs to know of the catalogue: per code, its response headers that carry
/// a requirement, as (name, keyword).
pub type CatalogueHeaders = Vec<(u16, Vec<(String, &'static str)>)>;

fn fail(message: &str) -> ! {
    eprintln!("error in data/check.toml: {message}");
    panic!("error in data/check.toml: {message}");
}

pub fn generate(catalogue: &CatalogueHeaders) {
    let path = Path::new("data/check.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read it: {e}")));
    let file: CheckFile = toml::from_str(&text).unwrap_or_else(|e| fail(&e.to_string()));
    validate(&file, catalogue);
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("check_data.rs");
    fs::write(out, emit(&file)).unwrap();
}

fn citation(what: &str, rfc: u16, section: &str, quote: &str) {
    if rfc < 1000 || section.is_empty() || !section.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') {
        fail(&format!(
            "{what}: RFC {rfc} section {section:?} is not a section reference"
        ));
    }
    if quote.trim().len() < 20 || quote.trim() != quote {
        fail(&format!("{what}: the quote is too short or has surrounding spaces"));
    }
}

fn validate(file: &CheckFile, catalogue: &CatalogueHeaders) {
    let mut seen = BTreeSet::new();
    for entry in &file.header {
        let what = format!("header {} on {}", entry.header, entry.code);
        citation(&what, entry.rfc, &entry.section, &entry.quote);
        if entry.fix.trim().is_empty() {
            fail(&format!("{what}: fix is empty"));
        }
        if !seen.insert((entry.code, entry.header.to_ascii_lowercase())) {
            fail(&format!("{what}: listed twice"));
        }
        if !entry.token.is_empty() && entry.token != entry.token.to_ascii_lowercase() {
            fail(&format!("{what}: token must be lowercase"));
        }
        match catalogue.iter().find(|(code, _)| *code == entry.code) {
            Some((_, headers)) => {
                if entry.requirement.is_some() {
                    fail(&format!(
                        "{what}: the requirement of a catalogue code comes from data/catalog.toml, not from here"
                    ));
                }
                let Some((_, keyword)) = headers
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case(&entry.header))
                else {
                    fail(&format!(
                        "{what}: the catalogue has no requirement for this header on this code"
                    ));
                };
                let wanted = if entry.when.is_empty() { *keyword } else { "" };
                if !wanted.is_empty() && keyword != &"MAY" && !entry.quote.contains(wanted) {
                    fail(&format!(
                        "{what}: the quote does not say {keyword}, the catalogue's level"
                    ));
                }
            }
            None => match entry.requirement.as_deref() {
                Some("MUST" | "SHOULD" | "MAY") => {
                    if (400..500).contains(&entry.code) {
                        fail(&format!("{what}: a 4xx code that is not in the catalogue"));
                    }
                }
                _ => fail(&format!(
                    "{what}: a code outside the catalogue needs requirement = \"MUST\", \"SHOULD\" or \"MAY\""
                )),
            },
        }
    }
    for (code, headers) in catalogue {
        for (name, _) in headers {
            if !seen.contains(&(*code, name.to_ascii_lowercase())) {
                fail(&format!(
                    "the catalogue gives {name} a requirement on {code}, but there is no [[header]] entry quoting it"
                ));
            }
        }
    }
    let mut rules = BTreeSet::new();
    for rule in &file.rule {
        let what = format!("rule {}", rule.id);
        citation(&what, rule.rfc, &rule.section, &rule.quote);
        if rule.id.is_empty()
            || !rule
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            fail(&format!("{what}: an id is lowercase letters, digits and '-'"));
        }
        if !rules.insert((rule.id.clone(), rule.codes.clone())) {
            fail(&format!("{what}: listed twice for the same codes"));
        }
    }
    let known: BTreeSet<u16> = catalogue.iter().map(|(code, _)| *code).collect();
    for hint in &file.hint {
        if !known.contains(&hint.code) {
            fail(&format!("hint for {}: not a catalogue code", hint.code));
        }
        for phrase in &hint.phrases {
            if phrase.len() < 4 || phrase != &phrase.to_ascii_lowercase() {
                fail(&format!(
                    "hint for {}: phrase {phrase:?} must be lowercase, 4 characters or more",
                    hint.code
                ));
            }
        }
    }
}

fn emit(file: &CheckFile) -> String {
    let mut out = String::from("// Generated by build/check.rs from data/check.toml. Do not edit.\n\n");
    out.push_str("pub static HEADER_RULES: &[HeaderRule] = &[\n");
    for h in &file.header {
        let requirement = match h.requirement.as_deref() {
            Some("MUST") => "Some(Requirement::Must)",
            Some("SHOULD") => "Some(Requirement::Should)",
            Some("MAY") => "Some(Requirement::May)",
            _ => "None",
        };
        writeln!(
            out,
            "    HeaderRule {{ code: {}, header: {:?}, requirement: {requirement}, citation: Citation {{ rfc: {}, section: {:?}, quote: {:?} }}, fix: {:?}, when: {:?}, token: {:?} }},",
            h.code, h.header, h.rfc, h.section, h.quote, h.fix, h.when, h.token
        )
        .unwrap();
    }
    out.push_str("];\n\npub static RULES: &[RuleText] = &[\n");
    for r in &file.rule {
        writeln!(
            out,
            "    RuleText {{ id: {:?}, codes: &{:?}, citation: Citation {{ rfc: {}, section: {:?}, quote: {:?} }} }},",
            r.id, r.codes, r.rfc, r.section, r.quote
        )
        .unwrap();
    }
    out.push_str("];\n\npub static HINTS: &[Hint] = &[\n");
    for h in &file.hint {
        writeln!(out, "    Hint {{ code: {}, phrases: &{:?} }},", h.code, h.phrases).unwrap();
    }
    out.push_str("];\n");
    out
}
