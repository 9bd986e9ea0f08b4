//! Reads `data/choose.toml`, the questions and answers of "Which 4xx should I return?", checks
//! that they form a finite guide that reaches every catalogue code, and emits them as static
//! Rust (`OUT_DIR/choose_data.rs`, included by `src/choose.rs`). A bad entry fails the build
//! with a message naming it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

use serde::Deserialize;

const SOURCE: &str = "data/choose.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Guide {
    question: Vec<Question>,
    result: Vec<Answer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Question {
    slug: String,
    text: String,
    #[serde(default)]
    help: Option<String>,
    option: Vec<Choice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Choice {
    label: String,
    #[serde(default)]
    hint: Option<String>,
    next: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Answer {
    slug: String,
    code: u16,
    /// The registered name, for codes outside the catalogue only.
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    never: bool,
    reason: String,
    rfc: u16,
    section: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    alt: Vec<Alternative>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Alternative {
    code: u16,
    #[serde(default)]
    name: Option<String>,
    when: String,
}

/// The code that must never be recommended: RFC 9110 section 15.5.19 reserves it as unused.
const NEVER: u16 = 418;

/// Reads, validates and emits the guide. `catalogue` holds the catalogue's codes.
pub fn generate(catalogue: &[u16]) {
    println!("cargo:rerun-if-changed={SOURCE}");
    let text = fs::read_to_string(SOURCE).unwrap_or_else(|e| fail(&format!("cannot read {SOURCE}: {e}")));
    let guide: Guide = toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{SOURCE}: {e}")));
    let names = validate(&guide, catalogue);
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("choose_data.rs");
    fs::write(out, emit(&guide, catalogue, &names)).unwrap();
}

fn fail(message: &str) -> ! {
    eprintln!("error in {SOURCE}: {message}");
    panic!("error in {SOURCE}: {message}");
}

fn non_empty(what: &str, field: &str, value: &str) {
    if value.trim().is_empty() {
        fail(&format!("{what}: {field} is empty"));
    }
}

fn optional(what: &str, field: &str, value: &Option<String>) {
    if let Some(value) = value {
        non_empty(what, field, value);
    }
}

/// Lowercase letters, digits and single inner hyphens: safe in a URL as is.
fn url_safe(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

#[derive(Clone, Copy, PartialEq)]
enum Target {
    Question(usize),
    Answer(usize),
}

/// Checks the guide and returns the name to show for each code outside the catalogue.
fn validate(guide: &Guide, catalogue: &[u16]) -> BTreeMap<u16, String> {
    if guide.question.is_empty() {
        fail("there is no [[question]]; the first one is the start");
    }
    let mut slugs: BTreeMap<&str, Target> = BTreeMap::new();
    let entries = guide
        .question
        .iter()
        .enumerate()
        .map(|(i, q)| (q.slug.as_str(), Target::Question(i), "question"))
        .chain(
            guide
                .result
                .iter()
                .enumerate()
                .map(|(i, r)| (r.slug.as_str(), Target::Answer(i), "result")),
        );
    for (slug, target, kind) in entries {
        if !url_safe(slug) {
            fail(&format!(
                "{kind} {slug:?}: a slug is lowercase letters, digits and single inner '-'"
            ));
        }
        if slugs.insert(slug, target).is_some() {
            fail(&format!("{kind} {slug:?}: slug used twice"));
        }
    }

    for q in &guide.question {
        let what = format!("question {:?}", q.slug);
        non_empty(&what, "text", &q.text);
        optional(&what, "help", &q.help);
        if q.option.len() < 2 {
            fail(&format!("{what}: needs at least two options"));
        }
        let mut labels = BTreeSet::new();
        for o in &q.option {
            let what = format!("{what}, option {:?}", o.label);
            non_empty(&what, "label", &o.label);
            optional(&what, "hint", &o.hint);
            if !labels.insert(o.label.to_lowercase()) {
                fail(&format!("{what}: label used twice in this question"));
            }
            if !slugs.contains_key(o.next.as_str()) {
                fail(&format!("{what}: next {:?} is neither a question nor a result", o.next));
            }
        }
    }

    // Names of codes outside the catalogue come from the results that recommend them.
    let mut names: BTreeMap<u16, String> = BTreeMap::new();
    for r in &guide.result {
        let what = format!("result {:?}", r.slug);
        let known = catalogue.contains(&r.code);
        match (&r.name, known) {
            (Some(_), true) => fail(&format!(
                "{what}: code {} is in the catalogue, which names it; drop `name`",
                r.code
            )),
            (None, false) => fail(&format!(
                "{what}: code {} is not in the catalogue, so it needs its registered `name`",
                r.code
            )),
            (Some(name), false) => {
                non_empty(&what, "name", name);
                if (400..500).contains(&r.code) {
                    fail(&format!("{what}: {} is a 4xx code the catalogue lacks", r.code));
                }
                if !(100..600).contains(&r.code) {
                    fail(&format!("{what}: {} is not an HTTP status code", r.code));
                }
                if names.insert(r.code, name.clone()).is_some_and(|n| &n != name) {
                    fail(&format!("{what}: code {} is named differently elsewhere", r.code));
                }
            }
            (None, true) => {}
        }
        if (r.code == NEVER) != r.never {
            fail(&format!(
                "{what}: `never = true` marks exactly the results for {NEVER}, which is never recommended"
            ));
        }
        non_empty(&what, "reason", &r.reason);
        optional(&what, "note", &r.note);
        if r.section.is_empty()
            || !r
                .section
                .split('.')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        {
            fail(&format!("{what}: section {:?} is not like \"15.5.1\"", r.section));
        }
        if r.rfc == 0 {
            fail(&format!("{what}: rfc is 0"));
        }
    }
    for r in &guide.result {
        if r.alt.is_empty() {
            fail(&format!("result {:?}: name at least one close alternative", r.slug));
        }
        let mut seen = BTreeSet::new();
        for a in &r.alt {
            let what = format!("result {:?}, alternative {}", r.slug, a.code);
            non_empty(&what, "when", &a.when);
            if a.code == r.code || !seen.insert(a.code) {
                fail(&format!("{what}: repeats the result's code or another alternative"));
            }
            let known = catalogue.contains(&a.code);
            match (&a.name, known, names.get(&a.code)) {
                (Some(_), true, _) | (Some(_), false, Some(_)) => fail(&format!(
                    "{what}: drop `name`; the catalogue or a result already names {}",
                    a.code
                )),
                (None, false, None) => fail(&format!(
                    "{what}: {} is not in the catalogue and no result names it; add `name`",
                    a.code
                )),
                (Some(name), false, None) => non_empty(&what, "name", name),
                _ => {}
            }
            if !known && (400..500).contains(&a.code) {
                fail(&format!("{what}: {} is a 4xx code the catalogue lacks", a.code));
            }
        }
    }

    // Finite: the questions form no cycle. Complete: everything is reachable from the start.
    let next_of = |q: &Question| -> Vec<Target> { q.option.iter().map(|o| slugs[o.next.as_str()]).collect() };
    let mut state = vec![0u8; guide.question.len()]; // 0 unseen, 1 on the path, 2 done
    let mut reached_results = vec![false; guide.result.len()];
    fn visit(
        i: usize,
        guide: &Guide,
        next_of: &dyn Fn(&Question) -> Vec<Target>,
        state: &mut [u8],
        reached: &mut [bool],
        path: &mut Vec<usize>,
    ) {
        state[i] = 1;
        path.push(i);
        for target in next_of(&guide.question[i]) {
            match target {
                Target::Answer(r) => reached[r] = true,
                Target::Question(j) if state[j] == 1 => {
                    let cycle: Vec<&str> = path
                        .iter()
                        .skip_while(|&&k| k != j)
                        .map(|&k| guide.question[k].slug.as_str())
                        .collect();
                    fail(&format!(
                        "question {:?} leads back to {:?}: the cycle {} never ends",
                        guide.question[i].slug,
                        guide.question[j].slug,
                        cycle.join(" -> ")
                    ));
                }
                Target::Question(j) if state[j] == 0 => visit(j, guide, next_of, state, reached, path),
                Target::Question(_) => {}
            }
        }
        path.pop();
        state[i] = 2;
    }
    visit(0, guide, &next_of, &mut state, &mut reached_results, &mut Vec::new());
    for (q, s) in guide.question.iter().zip(&state) {
        if *s == 0 {
            fail(&format!("question {:?}: no path from the start leads here", q.slug));
        }
    }
    for (r, reached) in guide.result.iter().zip(&reached_results) {
        if !reached {
            fail(&format!("result {:?}: no option leads here", r.slug));
        }
    }
    for code in catalogue {
        if !guide.result.iter().any(|r| r.code == *code) {
            fail(&format!("catalogue code {code}: no result recommends it"));
        }
    }
    // Alternatives named only by themselves keep their own names.
    for r in &guide.result {
        for a in &r.alt {
            if let Some(name) = &a.name {
                names.entry(a.code).or_insert_with(|| name.clone());
            }
        }
    }
    names
}

fn emit(guide: &Guide, catalogue: &[u16], names: &BTreeMap<u16, String>) -> String {
    let index: BTreeMap<&str, String> = guide
        .question
        .iter()
        .enumerate()
        .map(|(i, q)| (q.slug.as_str(), format!("Next::Question({i})")))
        .chain(
            guide
                .result
                .iter()
                .enumerate()
                .map(|(i, r)| (r.slug.as_str(), format!("Next::Answer({i})"))),
        )
        .collect();
    let text = |s: &Option<String>| format!("{:?}", s.as_deref().unwrap_or_default());
    let name = |code: u16| -> String {
        if catalogue.contains(&code) {
            "\"\"".to_owned()
        } else {
            format!("{:?}", names[&code])
        }
    };
    let mut out = format!(
        "// Generated by build/choose.rs from {SOURCE}. Do not edit.\n\npub static QUESTIONS: &[Question] = &[\n"
    );
    for q in &guide.question {
        let options: String = q
            .option
            .iter()
            .map(|o| {
                format!(
                    "Choice {{ label: {:?}, hint: {}, next: {} }}, ",
                    o.label,
                    text(&o.hint),
                    index[o.next.as_str()]
                )
            })
            .collect();
        writeln!(
            out,
            "    Question {{ slug: {:?}, text: {:?}, help: {}, options: &[{options}] }},",
            q.slug,
            q.text,
            text(&q.help)
        )
        .unwrap();
    }
    out.push_str("];\n\npub static ANSWERS: &[Answer] = &[\n");
    for r in &guide.result {
        let alternatives: String = r
            .alt
            .iter()
            .map(|a| {
                format!(
                    "Alternative {{ code: {}, name: {}, when: {:?} }}, ",
                    a.code,
                    name(a.code),
                    a.when
                )
            })
            .collect();
        writeln!(
            out,
            "    Answer {{ slug: {:?}, code: {}, name: {}, never: {}, reason: {:?}, rfc: {}, section: {:?}, note: {}, alternatives: &[{alternatives}] }},",
            r.slug,
            r.code,
            name(r.code),
            r.never,
            r.reason,
            r.rfc,
            r.section,
            text(&r.note)
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}
