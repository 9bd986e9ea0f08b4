//! The "answers first" data: summaries, what to do on either side, how to choose within a
//! group, and the RFC corrections shown beside the seed's text.
//! build.rs already rejects empty fields and summaries over 110 characters; these tests
//! check what it does not: how the answers relate to the seed, the specs and each other.

use fourxx_guide::catalog::{self, CODES, Correction, GROUPS, GUIDE, Status};
use fourxx_guide::meta;
use fourxx_guide::routes::Page;
use fourxx_guide::text::summary_sentence;

fn status(code: u16) -> &'static Status {
    catalog::find_code(code).unwrap_or_else(|| panic!("{code} is in the catalogue"))
}

fn normalized(text: &str) -> String {
    text.trim().trim_end_matches('.').to_lowercase()
}

#[test]
fn summaries_are_our_own_words_not_the_seeds() {
    for s in CODES {
        let first = summary_sentence(s.meaning);
        assert_ne!(
            normalized(s.summary),
            normalized(&first),
            "{}: the summary copies the meaning's first sentence",
            s.code
        );
        assert!(
            !s.meaning.to_lowercase().contains(&normalized(s.summary)),
            "{}: the summary is lifted from the seed's meaning",
            s.code
        );
        assert!(
            s.summary.ends_with('.') && s.summary.starts_with(|c: char| c.is_uppercase()),
            "{}: the summary should be one whole sentence: {:?}",
            s.code,
            s.summary
        );
    }
}

#[test]
fn code_page_descriptions_use_the_summary_and_fit_search_results() {
    for s in CODES {
        let description = meta::description(&Page::Code(s));
        assert_eq!(description, format!("{} {}: {}", s.code, s.title_name(), s.summary));
        // Search engines cut descriptions at about 160 characters; the name plus a summary
        // of at most 110 characters must stay under that.
        assert!(
            description.chars().count() <= 160,
            "{}: description has {} characters",
            s.code,
            description.chars().count()
        );
        assert_eq!(meta::description(&Page::ShortCode(s)), description);
    }
}

/// Splits text into sentences at ". ", "? " and "! " and at its end.
fn sentences(text: &str) -> usize {
    let inner = text.matches(". ").count() + text.matches("? ").count() + text.matches("! ").count();
    inner + usize::from(text.trim_end().ends_with(['.', '?', '!']))
}

#[test]
fn what_to_do_is_one_to_three_sentences_each_side() {
    for s in CODES {
        for (field, text) in [("if_received", s.if_received), ("if_sent", s.if_sent)] {
            let n = sentences(text);
            assert!((1..=3).contains(&n), "{} {field}: {n} sentences: {text:?}", s.code);
        }
        assert_ne!(s.if_received, s.if_sent, "{}", s.code);
    }
}

const BCP14: &[&str] = &["MUST", "SHOULD", "MAY", "REQUIRED"];

#[test]
fn every_stated_rule_cites_its_section() {
    for s in CODES {
        for (field, text) in [("if_received", s.if_received), ("if_sent", s.if_sent)] {
            let states_rule = text
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|word| BCP14.contains(&word));
            if states_rule {
                assert!(
                    text.contains("RFC ") && text.contains('§'),
                    "{} {field} states a requirement without citing its RFC section: {text:?}",
                    s.code
                );
            }
        }
    }
}

#[test]
fn the_answers_name_the_headers_the_rfcs_require() {
    // The header a server MUST (or, for 451, SHOULD) send with the code, per its definition.
    for (code, header) in [
        (401, "WWW-Authenticate"),
        (405, "Allow"),
        (407, "Proxy-Authenticate"),
        (416, "Content-Range"),
        (426, "Upgrade"),
        (451, "Link"),
    ] {
        assert!(
            status(code).if_sent.contains(header),
            "{code} if_sent should name {header}"
        );
    }
    // And the advice a client needs to act on.
    assert!(status(429).if_received.contains("Retry-After"));
    assert!(status(401).if_received.contains("Authorization"));
    assert!(status(407).if_received.contains("Proxy-Authorization"));
    assert!(status(411).if_received.contains("Content-Length"));
}

// ---------------------------------------------------------------------------------------
// How to choose within a group
// ---------------------------------------------------------------------------------------

#[test]
fn every_group_tells_each_of_its_codes_apart() {
    for group in GROUPS {
        assert!(
            (2..=5).contains(&group.how_to_choose.len()),
            "{}: {} lines",
            group.slug,
            group.how_to_choose.len()
        );
        for code in group.codes {
            let lead = format!("{code}: ");
            assert_eq!(
                group
                    .how_to_choose
                    .iter()
                    .filter(|line| line.starts_with(&lead))
                    .count(),
                1,
                "{}: how_to_choose should have one line for {code}",
                group.slug
            );
        }
        for line in group.how_to_choose {
            let code: u16 = line.split(':').next().and_then(|c| c.parse().ok()).unwrap_or(0);
            assert!(
                group.codes.contains(&code),
                "{}: line about a code outside the group: {line:?}",
                group.slug
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Corrections of the seed's text
// ---------------------------------------------------------------------------------------

/// Sections cited by guide corrections that no code's specs list, checked by hand in
/// RFC 9110: §15.4 is "Redirection 3xx".
const OTHER_KNOWN_SECTIONS: &[(u16, &str)] = &[(9110, "15.4")];

fn known_section(rfc: u16, section: &str) -> bool {
    CODES
        .iter()
        .flat_map(|s| s.specs.iter())
        .any(|spec| spec.rfc == rfc && spec.section == section)
        || OTHER_KNOWN_SECTIONS.contains(&(rfc, section))
}

fn check_correction(what: &str, c: &Correction) {
    assert!(
        known_section(c.rfc, c.section),
        "{what}: cites RFC {} §{}, which no spec of the catalogue lists",
        c.rfc,
        c.section
    );
    assert_eq!(
        c.url(),
        format!("https://www.rfc-editor.org/rfc/rfc{}#section-{}", c.rfc, c.section)
    );
    assert!(
        c.text.contains(&format!("§{}", c.section)),
        "{what}: the text should name the section it cites (§{}): {:?}",
        c.section,
        c.text
    );
}

#[test]
fn corrections_cite_sections_that_exist() {
    for s in CODES {
        for c in s.corrections {
            check_correction(&format!("correction of {}", s.code), c);
        }
    }
    for g in GUIDE.corrections {
        check_correction(&format!("guide correction of {}", g.field), &g.correction);
    }
}

fn sections_cited(code: u16) -> Vec<&'static str> {
    status(code).corrections.iter().map(|c| c.section).collect()
}

#[test]
fn corrections_required_by_the_fact_check() {
    // 403: rejected credentials get 401 (§15.5.2); the client MAY retry with other ones (§15.5.4).
    let s403 = sections_cited(403);
    assert!(s403.contains(&"15.5.2") && s403.contains(&"15.5.4"), "{s403:?}");
    assert!(status(403).corrections.iter().any(|c| c.text.contains("MAY repeat")));
    // The seed's 403 meaning is what the corrections are about.
    assert!(status(403).meaning.contains("did not accept that authentication"));
    assert!(status(403).meaning.contains("should not be repeated"));
    // 401 is about authentication.
    assert!(sections_cited(401).contains(&"15.5.2"));
    assert!(
        status(401)
            .corrections
            .iter()
            .any(|c| c.text.contains("authentication"))
    );
    // 408 quotes RFC 2616, not RFC 9110.
    assert!(status(408).meaning.contains("did not produce a request"));
    assert!(sections_cited(408).contains(&"15.5.9"));
    assert!(status(408).corrections.iter().any(|c| c.text.contains("RFC 2616")));
    // 426: RFC 9110's example is HTTP/3.0; TLS upgrades are RFC 2817's.
    assert!(status(426).meaning.contains("TLS/1.3"));
    assert!(sections_cited(426).contains(&"15.5.22"));
    assert!(
        status(426)
            .corrections
            .iter()
            .any(|c| c.text.contains("HTTP/3.0") && c.text.contains("RFC 2817"))
    );
}

#[test]
fn guide_corrections_point_at_real_pieces_of_the_guide() {
    let moved = &GUIDE.where_they_appear[2];
    assert!(moved.contains("has moved"), "{moved:?}");
    assert_eq!(GUIDE.corrections_of("where_they_appear", Some(2)).count(), 1);
    assert_eq!(GUIDE.corrections_of("where_they_appear", Some(1)).count(), 0);
    assert_eq!(GUIDE.corrections_of("intro", None).count(), 0);
    // The implementation note about 401 and 403 agrees with RFC 9110, so it is not corrected;
    // the 403 meaning that contradicts it is, and the correction says so.
    let note = GUIDE.implementation_notes[1];
    assert!(note.starts_with("Use 401 for missing or failed authentication"));
    assert_eq!(GUIDE.corrections_of("implementation_notes", Some(1)).count(), 0);
    assert!(
        status(403)
            .corrections
            .iter()
            .any(|c| c.text.contains("implementation note"))
    );
}

#[test]
fn the_410_meaning_fixes_only_the_missing_space() {
    let meaning = status(410).meaning;
    assert!(meaning.contains("from their indices. Most use cases"));
    assert!(!meaning.contains("indices.Most"));
}
