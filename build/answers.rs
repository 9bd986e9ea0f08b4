//! The "answers first" fields of the catalogue: each code's one-line summary, what to do on
//! either side of the exchange and the RFC corrections shown beside the guide's text; each
//! group's "how to choose". Checked here so a missing or malformed answer fails the build.

use serde::Deserialize;

use super::{Catalog, fail, non_empty};

/// The compact table and page descriptions show the summary whole, so it has to be short.
pub const SUMMARY_MAX_CHARS: usize = 110;

/// A correction of the guide's text, citing the RFC section that says otherwise.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    text: String,
    rfc: u16,
    section: String,
}

/// A correction of one piece of the guide's text: `field` names it, `index` picks the item
/// of a list field (`where_they_appear`, `implementation_notes`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideCorrection {
    field: String,
    index: Option<usize>,
    text: String,
    rfc: u16,
    section: String,
}

pub fn validate(catalog: &Catalog) {
    for entry in &catalog.code {
        let what = format!("code {}", entry.code);
        non_empty(&what, "summary", &entry.summary);
        let length = entry.summary.chars().count();
        if length > SUMMARY_MAX_CHARS {
            fail(&format!(
                "{what}: summary has {length} characters, at most {SUMMARY_MAX_CHARS} fit the compact table"
            ));
        }
        non_empty(&what, "if_received", &entry.if_received);
        non_empty(&what, "if_sent", &entry.if_sent);
        for c in &entry.corrections {
            check_citation(&what, &c.text, c.rfc, &c.section);
        }
    }
    for group in &catalog.group {
        let what = format!("group {:?}", group.slug);
        if group.how_to_choose.is_empty() {
            fail(&format!("{what}: how_to_choose is empty"));
        }
        for line in &group.how_to_choose {
            non_empty(&what, "how_to_choose line", line);
        }
    }
    let guide = &catalog.guide;
    for c in &guide.corrections {
        let what = format!("guide correction of {}", c.field);
        let list_len = match c.field.as_str() {
            "where_they_appear" => Some(guide.where_they_appear.len()),
            "implementation_notes" => Some(guide.implementation_notes.len()),
            "title" | "intro" | "documentation_note" | "what_4xx_means" => None,
            other => fail(&format!("{what}: the guide has no field {other:?}")),
        };
        match (list_len, c.index) {
            (Some(len), Some(i)) if i < len => {}
            (Some(len), index) => fail(&format!("{what}: needs an index below {len}, got {index:?}")),
            (None, None) => {}
            (None, Some(_)) => fail(&format!("{what}: an index only applies to list fields")),
        }
        check_citation(&what, &c.text, c.rfc, &c.section);
    }
}

/// A citation is an RFC number and a section such as "15.5.2": digits separated by dots.
fn check_citation(what: &str, text: &str, rfc: u16, section: &str) {
    non_empty(what, "corrections.text", text);
    if rfc == 0 {
        fail(&format!("{what}: correction cites RFC 0"));
    }
    let well_formed = !section.is_empty()
        && section
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    if !well_formed {
        fail(&format!(
            "{what}: correction cites section {section:?}; a section is digits separated by dots, such as \"15.5.2\""
        ));
    }
}

/// The Rust for a code's `corrections` slice.
pub fn corrections(list: &[Correction]) -> String {
    list.iter()
        .map(|c| format!("{}, ", correction(&c.text, c.rfc, &c.section)))
        .collect()
}

/// The Rust for the guide's `corrections` slice.
pub fn guide_corrections(list: &[GuideCorrection]) -> String {
    list.iter()
        .map(|c| {
            format!(
                "GuideCorrection {{ field: {:?}, index: {:?}, correction: {} }}, ",
                c.field,
                c.index,
                correction(&c.text, c.rfc, &c.section)
            )
        })
        .collect()
}

fn correction(text: &str, rfc: u16, section: &str) -> String {
    format!("Correction {{ text: {text:?}, rfc: {rfc}, section: {section:?} }}")
}
