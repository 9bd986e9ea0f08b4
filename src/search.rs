//! Search: from what a person types (a code, a word, a misspelling, a pasted log line or
//! framework error) to the codes it most likely means, best first, each with why it matched.
//!
//! Everything here is a pure function of the query and an [`Index`] over a slice of
//! [`Entry`]s. The catalogue's index is built once, on first use ([`catalogue_index`]);
//! a query then costs a few hash lookups and a walk over the postings of its words.
//!
//! Ranking, in the order the home page promises:
//! 1. a 4xx code written in the query (the whole query "429", or "nginx 413", or a log line
//!    with " 404 "); a whole query of one or two digits ("42") keeps the codes starting so;
//! 2. then words, scored by where they matched (names, then the phrases people use and the
//!    messages software prints, then header names, group names, the meaning, the rest of
//!    the page), how rare each word is across entries (IDF), whether it matched exactly,
//!    as a prefix or as a misspelling, and how much of a name, phrase or message the query
//!    covers. Unofficial entries rank below registered ones unless their number is typed.
//!
//! Ties go to the lower code, so the order is deterministic.

use std::cmp::Ordering;
use std::sync::OnceLock;

use crate::catalog::{self, CODES, Group, Status, Unofficial};

/// Queries longer than this (in characters) are cut before matching: it covers a pasted
/// log line or stack trace and bounds the work a wall of text can cause.
pub const MAX_QUERY_CHARS: usize = 5000;

/// At most this many distinct words of a query are looked up.
const MAX_QUERY_WORDS: usize = 400;

/// Words longer than this are never compared by edit distance (hashes, tokens, base64).
const MAX_FUZZY_CHARS: usize = 24;

/// The words people use for a code and the messages software prints with it, from
/// `data/search.toml`.
#[derive(Debug)]
pub struct Terms {
    pub code: u16,
    /// The phrases, one per line (one string instead of a slice keeps the wasm smaller);
    /// see [`Terms::phrases`].
    pub phrase_lines: &'static str,
    pub messages: &'static [Message],
}

impl Terms {
    pub fn phrases(&self) -> impl Iterator<Item = &'static str> {
        self.phrase_lines.split('\n')
    }
}

/// An error message an identifiable program prints with a code. `{name}` marks a
/// variable part, which search ignores. (Where each can be read in that program's own code
/// or documentation is recorded in data/search.toml and checked by the build, but not
/// shipped: no page shows it.)
#[derive(Debug)]
pub struct Message {
    pub text: &'static str,
    /// Who prints it, e.g. "nginx error page".
    pub origin: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/search_data.rs"));

/// The phrases and messages of a catalogue code.
pub fn terms_of(code: u16) -> Option<&'static Terms> {
    SEARCH_TERMS
        .binary_search_by_key(&code, |t| t.code)
        .ok()
        .map(|i| &SEARCH_TERMS[i])
}

// ---------------------------------------------------------------------------------------
// Entries and the index
// ---------------------------------------------------------------------------------------

/// Where a query matched, in the order the fields rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The code's number.
    Code,
    /// The current name (registered or the guide's).
    Name,
    /// A former name.
    LegacyName,
    /// A word or phrase people use for the code.
    Phrase,
    /// An error message software prints with the code.
    Message,
    /// A header name that goes with the code.
    Header,
    /// The name of a group the code is in.
    Group,
    /// The code's meaning.
    Meaning,
    /// Other text on the code's page.
    Other,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Field::Code | Field::Name => 1.0,
            Field::LegacyName => 0.95,
            Field::Phrase => 0.8,
            Field::Message => 0.75,
            Field::Header => 0.6,
            Field::Group => 0.45,
            Field::Meaning => 0.35,
            Field::Other => 0.25,
        }
    }

    /// Words for "matched on ...".
    pub fn label(self) -> &'static str {
        match self {
            Field::Code => "code",
            Field::Name => "name",
            Field::LegacyName => "former name",
            Field::Phrase => "common wording",
            Field::Message => "error message",
            Field::Header => "header",
            Field::Group => "group",
            Field::Meaning => "meaning",
            Field::Other => "page text",
        }
    }
}

/// One piece of indexed text of an entry.
#[derive(Debug, Clone)]
pub struct Unit<'a> {
    pub field: Field,
    pub text: &'a str,
    /// Context to show with a match: a message's origin, a group's slug; may be empty.
    pub note: &'a str,
}

/// Something search can find: a code with its texts. `unofficial` entries (codes that
/// are not in the IANA registry, e.g. nginx's 499) rank below registered ones unless
/// their number is in the query.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub code: u16,
    pub unofficial: bool,
    pub units: Vec<Unit<'a>>,
}

/// The catalogue's codes as entries, in catalogue order (so entry `i` is `CODES[i]`).
pub fn catalogue_entries() -> Vec<Entry<'static>> {
    CODES
        .iter()
        .map(status_entry)
        .chain(catalog::UNOFFICIAL.iter().map(unofficial_entry))
        .collect()
}

/// A code in use but not registered (nginx 499): found by its name, the words and log
/// messages of `data/search.toml` if it has any, and by who sends it and when; its score
/// counts half, so that it comes after registered codes unless the query is about it.
fn unofficial_entry(entry: &'static Unofficial) -> Entry<'static> {
    let mut units = vec![Unit {
        field: Field::Name,
        text: entry.name,
        note: "",
    }];
    push_term_units(entry.code, &mut units);
    for usage in entry.uses {
        units.push(Unit {
            field: Field::Phrase,
            text: usage.project,
            note: "",
        });
        units.push(Unit {
            field: Field::Meaning,
            text: usage.when,
            note: usage.project,
        });
    }
    Entry {
        code: entry.code,
        unofficial: true,
        units,
    }
}

/// The words and messages `data/search.toml` lists for `code`, as units.
fn push_term_units(code: u16, units: &mut Vec<Unit<'static>>) {
    let Some(terms) = terms_of(code) else { return };
    for phrase in terms.phrases() {
        units.push(Unit {
            field: Field::Phrase,
            text: phrase,
            note: "",
        });
    }
    for message in terms.messages {
        units.push(Unit {
            field: Field::Message,
            text: message.text,
            note: message.origin,
        });
    }
}

fn status_entry(status: &'static Status) -> Entry<'static> {
    let mut units = Vec::new();
    let unit = |field, text, note| Unit { field, text, note };
    for name in status.all_names() {
        let legacy = status.legacy_names.contains(&name) && name != status.title_name();
        units.push(unit(if legacy { Field::LegacyName } else { Field::Name }, name, ""));
    }
    push_term_units(status.code, &mut units);
    for header in status.headers {
        units.push(unit(Field::Header, header.name, ""));
    }
    for group in catalog::groups_of(status.code) {
        units.push(unit(Field::Group, group.name, group.slug));
    }
    units.push(unit(Field::Meaning, status.meaning, ""));
    for text in [status.visitor, status.retry, status.caching] {
        units.push(unit(Field::Other, text, ""));
    }
    for header in status.headers {
        units.push(unit(Field::Other, header.note, header.name));
    }
    for spec in status.specs {
        units.push(unit(Field::Other, spec.title, ""));
    }
    for related in status.related {
        units.push(unit(Field::Other, related.when, ""));
    }
    units.retain(|u| !u.text.trim().is_empty());
    Entry {
        code: status.code,
        unofficial: false,
        units,
    }
}

/// The index over the catalogue: built on first use, or finished then if
/// [`build_catalogue_index_step`] has begun it.
pub fn catalogue_index() -> &'static Index<'static> {
    CATALOGUE_INDEX.get_or_init(|| {
        let builder = pending_catalogue_index().take();
        builder.unwrap_or_else(catalogue_builder).finish()
    })
}

/// Does one small part of building the catalogue's index, so that a browser can spread
/// the work over several tasks instead of blocking the page for all of it at once.
/// Returns true once the index is built.
pub fn build_catalogue_index_step() -> bool {
    if CATALOGUE_INDEX.get().is_some() {
        return true;
    }
    let mut pending = pending_catalogue_index();
    let builder = pending.get_or_insert_with(catalogue_builder);
    if !builder.is_complete() {
        builder.add_entries(ENTRIES_PER_STEP);
        return false;
    }
    // The last step groups what the others found.
    if let Some(builder) = pending.take() {
        drop(pending);
        let _ = CATALOGUE_INDEX.set(builder.finish());
    }
    true
}

/// Entries split into words per step. With two, in Chromium on this project's 2-core
/// machine (timed in the page, five loads), a step took 0 to 3.6 ms, once 7.4, and the last
/// one, which groups every word, 4.8 to 9.9 ms.
const ENTRIES_PER_STEP: usize = 2;

static CATALOGUE_INDEX: OnceLock<Index<'static>> = OnceLock::new();

fn pending_catalogue_index() -> std::sync::MutexGuard<'static, Option<IndexBuilder<'static>>> {
    static PENDING: std::sync::Mutex<Option<IndexBuilder<'static>>> = std::sync::Mutex::new(None);
    PENDING.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn catalogue_builder() -> IndexBuilder<'static> {
    IndexBuilder::new(catalogue_entries())
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    unit: u32,
    start: u32,
    end: u32,
}

#[derive(Debug)]
struct Term {
    stem: String,
    chars: Vec<char>,
    /// Which characters the stem holds, for a cheap test before the edit distance.
    mask: u64,
    idf: f32,
    postings: Vec<Posting>,
}

#[derive(Debug)]
struct UnitInfo {
    entry: u32,
    local: u32,
    field: Field,
    /// Distinct content words (stems) of the unit.
    words: u32,
}

/// An inverted index over entries: stems, where they occur, and how rare they are.
#[derive(Debug)]
pub struct Index<'a> {
    entries: Vec<Entry<'a>>,
    units: Vec<UnitInfo>,
    /// Sorted by stem: exact and prefix lookups are binary searches.
    terms: Vec<Term>,
    /// Term ids by stem length in chars, for misspelling lookups.
    by_len: Vec<Vec<u32>>,
}

/// An index being built: entries are split into words a few at a time
/// ([`IndexBuilder::add_entries`]), then [`IndexBuilder::finish`] groups the words by stem.
#[derive(Debug)]
pub struct IndexBuilder<'a> {
    entries: Vec<Entry<'a>>,
    /// Entries split into words so far.
    done: usize,
    units: Vec<UnitInfo>,
    /// Every indexed word: (stem, unit, start, end).
    found: Vec<(String, u32, u32, u32)>,
}

impl<'a> IndexBuilder<'a> {
    pub fn new(entries: Vec<Entry<'a>>) -> Self {
        IndexBuilder {
            entries,
            done: 0,
            units: Vec::new(),
            found: Vec::new(),
        }
    }

    /// Splits up to `count` more entries into words. Returns true when all are done.
    pub fn add_entries(&mut self, count: usize) -> bool {
        let end = self.entries.len().min(self.done.saturating_add(count));
        for e in self.done..end {
            for (local, unit) in self.entries[e].units.iter().enumerate() {
                let id = self.units.len() as u32;
                let first = self.found.len();
                for word in words(unit.text, unit.field == Field::Message) {
                    if !is_stop_word(&word.lower) {
                        self.found
                            .push((stem(&word.lower), id, word.start as u32, word.end as u32));
                    }
                }
                let unit_words = &self.found[first..];
                let distinct = (0..unit_words.len())
                    .filter(|&i| !unit_words[..i].iter().any(|w| w.0 == unit_words[i].0))
                    .count();
                self.units.push(UnitInfo {
                    entry: e as u32,
                    local: local as u32,
                    field: unit.field,
                    words: distinct as u32,
                });
            }
        }
        self.done = end;
        self.is_complete()
    }

    /// Whether every entry has been split into words.
    pub fn is_complete(&self) -> bool {
        self.done == self.entries.len()
    }

    /// The index, once every entry is added (any left are added first).
    pub fn finish(mut self) -> Index<'a> {
        self.add_entries(usize::MAX);
        let IndexBuilder {
            entries, units, found, ..
        } = self;
        // Group by stem; equal stems keep their order, so postings stay in unit order.
        let mut order: Vec<u32> = (0..found.len() as u32).collect();
        sort_ids(&mut order, &|a, b| found[a as usize].0.cmp(&found[b as usize].0));
        let n = entries.len() as f32;
        let mut terms: Vec<Term> = Vec::new();
        let mut last_entry = u32::MAX;
        let mut df = 0u32;
        for &i in &order {
            let (stem, unit, start, end) = &found[i as usize];
            if terms.last().is_none_or(|t| t.stem != *stem) {
                if let Some(t) = terms.last_mut() {
                    t.idf = idf(n, df);
                }
                terms.push(Term {
                    chars: stem.chars().collect(),
                    mask: char_mask(stem),
                    stem: stem.clone(),
                    idf: 0.0,
                    postings: Vec::new(),
                });
                last_entry = u32::MAX;
                df = 0;
            }
            let entry = units[*unit as usize].entry;
            if entry != last_entry {
                last_entry = entry;
                df += 1;
            }
            if let Some(t) = terms.last_mut() {
                t.postings.push(Posting {
                    unit: *unit,
                    start: *start,
                    end: *end,
                });
            }
        }
        if let Some(t) = terms.last_mut() {
            t.idf = idf(n, df);
        }
        let mut by_len: Vec<Vec<u32>> = Vec::new();
        for (i, term) in terms.iter().enumerate() {
            let len = term.chars.len();
            if len > MAX_FUZZY_CHARS + 2 {
                continue;
            }
            if by_len.len() <= len {
                by_len.resize_with(len + 1, Vec::new);
            }
            by_len[len].push(i as u32);
        }
        Index {
            entries,
            units,
            terms,
            by_len,
        }
    }
}

impl<'a> Index<'a> {
    pub fn new(entries: Vec<Entry<'a>>) -> Self {
        IndexBuilder::new(entries).finish()
    }

    fn find(&self, stem: &str) -> Option<u32> {
        self.terms
            .binary_search_by(|t| t.stem.as_str().cmp(stem))
            .ok()
            .map(|i| i as u32)
    }

    pub fn entries(&self) -> &[Entry<'a>] {
        &self.entries
    }

    /// Ranks the entries for a query. Empty (or all-blank) query: no hits; the caller
    /// shows everything in its own order.
    pub fn search(&self, query: &str) -> Vec<Hit<'a>> {
        let query = cut(query, MAX_QUERY_CHARS);
        let mut tiers: Vec<Option<Tier>> = vec![None; self.entries.len()];
        let trimmed = query.trim();
        if trimmed.is_empty() {
            return Vec::new();
        }

        // A query that is only digits is a code or a code prefix, nothing else.
        if trimmed.bytes().all(|b| b.is_ascii_digit()) {
            let hits: Vec<Hit<'a>> = self
                .entries
                .iter()
                .enumerate()
                .filter(|(_, e)| trimmed.len() <= 3 && e.code.to_string().starts_with(trimmed))
                .map(|(i, e)| {
                    let tier = if e.code.to_string() == trimmed {
                        Tier::Code
                    } else {
                        Tier::Prefix
                    };
                    Hit {
                        code: e.code,
                        entry: i,
                        tier,
                        score: 0.0,
                        reasons: vec![code_reason()],
                    }
                })
                .collect();
            return self.rank(hits, &[]);
        }

        let spaced = self.spaced_names(query);
        let query = spaced.as_deref().unwrap_or(query);
        let (tokens, compounds_at) = query_words(query);
        // Codes written in the query, and where each was first written: "404 or 410" lists
        // 404 first.
        let mut written_at = vec![u32::MAX; self.entries.len()];
        for (place, token) in tokens.iter().enumerate() {
            if token.lower.len() == 3 && token.lower.bytes().all(|b| b.is_ascii_digit()) {
                let number: u16 = token.lower.parse().unwrap_or(0);
                for (i, entry) in self.entries.iter().enumerate() {
                    if entry.code == number {
                        tiers[i] = Some(Tier::Code);
                        written_at[i] = written_at[i].min(place as u32);
                    }
                }
            }
        }
        // One or two digits ending a short query are a code being typed ("too large 43"):
        // codes starting with them come next.
        if tokens.len() <= 3
            && let Some(token) = tokens.last()
            && (1..=2).contains(&token.lower.len())
            && token.lower.bytes().all(|b| b.is_ascii_digit())
        {
            for (i, entry) in self.entries.iter().enumerate() {
                if tiers[i].is_none() && entry.code.to_string().starts_with(&token.lower) {
                    tiers[i] = Some(Tier::Prefix);
                }
            }
        }

        let mut stems: Vec<String> = Vec::new();
        // Stems from here on are joined compounds, matched only as they are: a prefix or a
        // misspelling of one is its own parts again.
        let mut joined_from = usize::MAX;
        for (k, token) in tokens.iter().enumerate() {
            if token.lower.chars().count() < 2 || is_stop_word(&token.lower) {
                continue;
            }
            if k >= compounds_at {
                joined_from = joined_from.min(stems.len());
            }
            let s = stem(&token.lower);
            if !stems.contains(&s) {
                stems.push(s);
                if stems.len() == MAX_QUERY_WORDS {
                    break;
                }
            }
        }

        let n_entries = self.entries.len();
        let mut scores = vec![0.0f32; n_entries];
        // Unofficial codes the query names, by quoting their name or by a word no
        // registered code has ("esri", "laravel", "iis"): they stop yielding on the words
        // they share.
        let mut named_unofficial = self.quoted_names(query);
        let mut best = vec![0.0f32; n_entries];
        let mut touched: Vec<u32> = Vec::new();
        // Per unit touched by the query: its accumulator's slot (u32::MAX: untouched).
        let mut slot = vec![u32::MAX; self.units.len()];
        let mut accs: Vec<UnitAcc> = Vec::new();
        // Matched words as (slot, start, end), turned into highlights for the chosen units.
        let mut spans: Vec<(u32, u32, u32)> = Vec::new();
        for (k, stem) in stems.iter().enumerate() {
            let candidates = if k >= joined_from {
                self.find(stem).map(|t| (t, 1.0, false)).into_iter().collect()
            } else {
                self.candidates(stem)
            };
            for (term, quality, fuzzy) in candidates {
                let t = &self.terms[term as usize];
                let weighted = quality * t.idf;
                let entry_of = |p: &Posting| self.units[p.unit as usize].entry as usize;
                if quality == 1.0 && t.postings.iter().all(|p| self.entries[entry_of(p)].unofficial) {
                    for p in &t.postings {
                        named_unofficial[entry_of(p)] = true;
                    }
                }
                for p in &t.postings {
                    let info = &self.units[p.unit as usize];
                    let e = info.entry as usize;
                    if best[e] == 0.0 {
                        touched.push(info.entry);
                    }
                    best[e] = best[e].max(info.field.weight() * weighted);
                    let s = &mut slot[p.unit as usize];
                    if *s == u32::MAX {
                        *s = accs.len() as u32;
                        accs.push(UnitAcc {
                            unit: p.unit,
                            ..UnitAcc::default()
                        });
                    }
                    let acc = &mut accs[*s as usize];
                    if acc.last_term != Some(term) {
                        acc.last_term = Some(term);
                        acc.matched += 1;
                        acc.sum += weighted;
                    }
                    acc.fuzzy |= fuzzy;
                    spans.push((*s, p.start, p.end));
                }
            }
            for &e in &touched {
                scores[e as usize] += best[e as usize];
                best[e as usize] = 0.0;
            }
            touched.clear();
        }

        // The best-covered unit of each entry adds a bonus: a whole name, phrase or message
        // in the query beats scattered words. The three best units are the reasons.
        let mut bonus = vec![0.0f32; n_entries];
        let mut exact_message = vec![false; n_entries];
        let mut top: Vec<[(f32, u32); 3]> = vec![[(-1.0, u32::MAX); 3]; n_entries];
        for (k, acc) in accs.iter().enumerate() {
            let info = &self.units[acc.unit as usize];
            let coverage = (acc.matched as f32 / info.words.max(1) as f32).min(1.0);
            // A longer name, phrase or message found whole is stronger evidence.
            let whole = if coverage >= 1.0 {
                1.0 + 0.25 * (info.words.min(5) as f32 - 1.0)
            } else {
                1.0
            };
            let value = info.field.weight() * acc.sum * coverage * whole;
            let e = info.entry as usize;
            if value > bonus[e] {
                bonus[e] = value;
                // A message of several words found whole names its code, official or not.
                exact_message[e] = info.field == Field::Message && coverage >= 1.0 && info.words >= 3;
            }
            let better = |a: (f32, u32), b: (f32, u32)| {
                let (ua, ub) = (&accs[a.1 as usize], &accs[b.1 as usize]);
                a.0 > b.0
                    || (a.0 == b.0
                        && (self.units[ua.unit as usize].field, ua.unit)
                            < (self.units[ub.unit as usize].field, ub.unit))
            };
            let mut candidate = (value, k as u32);
            for place in top[e].iter_mut() {
                if place.1 == u32::MAX || better(candidate, *place) {
                    std::mem::swap(place, &mut candidate);
                    if candidate.1 == u32::MAX {
                        break;
                    }
                }
            }
        }
        // Highlights only for the units that are shown as reasons.
        let mut chosen = vec![false; accs.len()];
        for places in &top {
            for &(_, k) in places.iter().filter(|p| p.1 != u32::MAX) {
                chosen[k as usize] = true;
            }
        }
        let mut unit_spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); accs.len()];
        for &(k, start, end) in &spans {
            if chosen[k as usize] {
                unit_spans[k as usize].push((start as usize, end as usize));
            }
        }

        // A header written as in a message ("If-Match", "Accept:") points at the codes
        // defined with it, more than the words around it do.
        for name in header_forms(query) {
            for (i, entry) in self.entries.iter().enumerate() {
                if entry
                    .units
                    .iter()
                    .any(|u| u.field == Field::Header && u.text.eq_ignore_ascii_case(name))
                {
                    bonus[i] += HEADER_FORM_BONUS;
                }
            }
        }

        let mut hits = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            // An unofficial code yields to registered ones on the words they share.
            let score = if !entry.unofficial {
                scores[i] + bonus[i]
            } else if exact_message[i] || named_unofficial[i] {
                0.5 * scores[i] + bonus[i]
            } else {
                0.5 * (scores[i] + bonus[i])
            };
            let tier = match tiers[i] {
                Some(t) => t,
                None if score > 0.0 => Tier::Text,
                None => continue,
            };
            let mut why = Vec::new();
            if tier != Tier::Text {
                why.push(code_reason());
            }
            for &(_, k) in top[i].iter().filter(|p| p.1 != u32::MAX) {
                let acc = &accs[k as usize];
                let info = &self.units[acc.unit as usize];
                let source = &entry.units[info.local as usize];
                why.push(Reason {
                    field: info.field,
                    text: source.text,
                    note: source.note,
                    spans: merge_spans(source.text, std::mem::take(&mut unit_spans[k as usize])),
                    misspelled: acc.fuzzy,
                });
            }
            hits.push(Hit {
                code: entry.code,
                entry: i,
                tier,
                score,
                reasons: why,
            });
        }
        // Codes written side by side with words that clearly speak for one of them
        // ("insufficient permissions 401/403"): that one comes first, whatever the order.
        let written: Vec<&Hit> = hits.iter().filter(|h| written_at[h.entry] != u32::MAX).collect();
        if let Some(lead) = written.iter().max_by(|a, b| a.score.total_cmp(&b.score))
            && written.len() > 1
            && written
                .iter()
                .all(|h| h.entry == lead.entry || lead.score >= WRITTEN_LEAD * h.score + WRITTEN_LEAD_MARGIN)
        {
            written_at[lead.entry] = 0;
            for h in &written {
                if h.entry != lead.entry {
                    written_at[h.entry] += 1;
                }
            }
        }
        self.rank(hits, &written_at)
    }

    /// Per entry, whether the query quotes one of its names or messages whole, as people
    /// quote what an error page said ("what does 'Page Expired' mean"). Only names and
    /// messages of two words or more, between quotes of any kind; the first few quoted
    /// pieces of a long paste only.
    fn quoted_names(&self, query: &str) -> Vec<bool> {
        const QUOTES: &[char] = &['"', '\'', '“', '”', '‘', '’', '«', '»'];
        let mut named = vec![false; self.entries.len()];
        let marks: Vec<usize> = query.match_indices(QUOTES).map(|(at, _)| at).take(16).collect();
        for pair in marks.windows(2) {
            // A quote mark is one to three bytes; the piece starts after it.
            let start = pair[0] + query[pair[0]..].chars().next().map_or(1, char::len_utf8);
            let piece = query[start..pair[1]].trim().trim_end_matches(['.', '!']);
            if !piece.contains(' ') || piece.len() > 120 {
                continue;
            }
            for (i, entry) in self.entries.iter().enumerate() {
                named[i] |= entry.units.iter().any(|u| {
                    matches!(u.field, Field::Name | Field::LegacyName | Field::Message)
                        && u.text.trim_end_matches('.').eq_ignore_ascii_case(piece)
                });
            }
        }
        named
    }

    /// The query with a name typed without its spaces ("preconditionfailed",
    /// "imateapot") written as the name; None when there is none. Short queries only:
    /// that is how such a name is typed.
    fn spaced_names(&self, query: &str) -> Option<String> {
        fn squash(text: &str) -> impl Iterator<Item = char> + '_ {
            text.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
        }
        if query.split_whitespace().nth(6).is_some() {
            return None;
        }
        let mut changed = false;
        let spaced: Vec<&str> = query
            .split_whitespace()
            .map(|word| {
                let name = (squash(word).nth(7).is_some())
                    .then(|| {
                        self.entries
                            .iter()
                            .flat_map(|e| &e.units)
                            .filter(|u| matches!(u.field, Field::Name | Field::LegacyName) && u.text.contains(' '))
                            .find(|u| squash(u.text).eq(squash(word)))
                    })
                    .flatten();
                changed |= name.is_some();
                name.map_or(word, |u| u.text)
            })
            .collect();
        changed.then(|| spaced.join(" "))
    }

    /// Orders hits: tier, then codes in the order the query wrote them (`written_at`, by
    /// entry; empty when that does not apply), then score, registered before unofficial,
    /// then code and entry.
    fn rank(&self, hits: Vec<Hit<'a>>, written_at: &[u32]) -> Vec<Hit<'a>> {
        let mut order: Vec<u32> = (0..hits.len() as u32).collect();
        let written = |entry: usize| written_at.get(entry).copied().unwrap_or(u32::MAX);
        sort_ids(&mut order, &|a, b| {
            let (x, y) = (&hits[a as usize], &hits[b as usize]);
            x.tier
                .cmp(&y.tier)
                .then(written(x.entry).cmp(&written(y.entry)))
                .then(y.score.total_cmp(&x.score))
                .then(self.entries[x.entry].unofficial.cmp(&self.entries[y.entry].unofficial))
                .then(x.code.cmp(&y.code))
                .then(x.entry.cmp(&y.entry))
        });
        let mut slots: Vec<Option<Hit<'a>>> = hits.into_iter().map(Some).collect();
        order.iter().filter_map(|&i| slots[i as usize].take()).collect()
    }

    /// The index terms a query stem matches: exactly; else as a prefix and within the
    /// allowed edit distance. Quality 1 for exact, less for prefix and misspelling.
    fn candidates(&self, stem: &str) -> Vec<(u32, f32, bool)> {
        let method = if METHODS.contains(&stem) {
            self.find(METHOD_PLACEHOLDER)
        } else {
            None
        };
        if let Some(term) = self.find(stem) {
            let mut found = vec![(term, 1.0, false)];
            found.extend(method.map(|t| (t, METHOD_QUALITY, false)));
            return found;
        }
        if let Some(t) = method {
            return vec![(t, METHOD_QUALITY, false)];
        }
        let mut found: Vec<(u32, f32, bool)> = Vec::new();
        let chars: Vec<char> = stem.chars().collect();
        let letters = chars.iter().all(|c| !c.is_ascii_digit());
        if chars.len() >= 3 && letters {
            let start = self.terms.partition_point(|t| t.stem.as_str() < stem);
            for (t, term) in self.terms.iter().enumerate().skip(start).take(24) {
                if !term.stem.starts_with(stem) {
                    break;
                }
                found.push((t as u32, 0.7, false));
            }
        }
        let max = max_edits(chars.len());
        if max > 0 && chars.len() <= MAX_FUZZY_CHARS && letters {
            let mask = char_mask(stem);
            let lo = chars.len().saturating_sub(max);
            let hi = (chars.len() + max).min(self.by_len.len().saturating_sub(1));
            for len in lo..=hi {
                for &t in self.by_len.get(len).map(Vec::as_slice).unwrap_or(&[]) {
                    let term = &self.terms[t as usize];
                    // One edit changes at most two characters of the set.
                    if (term.mask ^ mask).count_ones() as usize > 2 * max || found.iter().any(|f| f.0 == t) {
                        continue;
                    }
                    if let Some(d) = edit_distance(&chars, &term.chars, max) {
                        found.push((t, if d == 1 { 0.6 } else { 0.5 }, true));
                    }
                }
            }
        }
        found
    }
}

#[derive(Debug, Default)]
struct UnitAcc {
    unit: u32,
    /// Index terms matched (a term's postings in a unit come together, so counting a
    /// change of term counts distinct terms).
    matched: u32,
    last_term: Option<u32>,
    /// Sum of quality × IDF of the matched terms.
    sum: f32,
    fuzzy: bool,
}

fn code_reason() -> Reason<'static> {
    Reason {
        field: Field::Code,
        text: "",
        note: "",
        spans: Vec::new(),
        misspelled: false,
    }
}

/// How a hit was found, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// Its number is in the query.
    Code,
    /// A one- or two-digit query it starts with.
    Prefix,
    /// Words of its texts.
    Text,
}

/// Why a hit matched: the field, its text and the byte ranges of the matched words in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason<'a> {
    pub field: Field,
    /// The text that matched; empty for [`Field::Code`].
    pub text: &'a str,
    /// A message's origin, a header note's header, a group's slug; may be empty.
    pub note: &'a str,
    /// Sorted, non-overlapping byte ranges of `text` to highlight.
    pub spans: Vec<(usize, usize)>,
    /// Some word matched only as a misspelling.
    pub misspelled: bool,
}

/// One ranked result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'a> {
    pub code: u16,
    /// Index of the entry in the index's entries.
    pub entry: usize,
    pub tier: Tier,
    pub score: f32,
    /// Up to four reasons, the strongest first.
    pub reasons: Vec<Reason<'a>>,
}

/// Sorts byte ranges of `text` and joins those that overlap or are separated only by
/// spaces and punctuation, so "Too Large" is one highlight.
fn merge_spans(text: &str, mut spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    // Few spans per text: an insertion sort is enough and keeps the wasm small.
    for i in 1..spans.len() {
        let mut j = i;
        while j > 0 && spans[j - 1] > spans[j] {
            spans.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match out.last_mut() {
            Some(last) if s <= last.1 || !text[last.1..s].chars().any(is_word_char) => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------

/// A word of a text: its byte range in the text and its lowercase form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub lower: String,
}

/// Splits a text into words: runs of letters and digits, camelCase split into its parts
/// ("PayloadTooLargeError" gives payload, too, large, error). With `skip_placeholders`,
/// text inside `{...}` is skipped.
pub fn words(text: &str, skip_placeholders: bool) -> Vec<Word> {
    let mut out = Vec::new();
    let mut run_start: Option<usize> = None;
    let mut depth = 0usize;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if skip_placeholders && c == '{' {
            depth += 1;
            // A {method} placeholder stands for any request method: it matches them all.
            if text[i..].starts_with(METHOD_PLACEHOLDER) {
                out.push(Word {
                    start: i,
                    end: i + METHOD_PLACEHOLDER.len(),
                    lower: METHOD_PLACEHOLDER.to_owned(),
                });
            }
        }
        let in_word = depth == 0 && is_word_char(c);
        if in_word && run_start.is_none() {
            run_start = Some(i);
        }
        if !in_word && let Some(s) = run_start.take() {
            split_camel(text, s, i, &mut out);
        }
        if skip_placeholders && c == '}' {
            depth = depth.saturating_sub(1);
        }
        if iter.peek().is_none()
            && let Some(s) = run_start.take()
        {
            split_camel(text, s, text.len(), &mut out);
        }
    }
    out
}

/// The words of a query, then each hyphenated pair joined, and where those start:
/// "time-out" finds the name "Login Timeout" as well as "Request Time-out". (Only queries:
/// names are indexed as written, and joining them too would count a hyphenated name's
/// words twice.)
fn query_words(query: &str) -> (Vec<Word>, usize) {
    let mut out = words(query, false);
    let compounds_at = out.len();
    for k in 1..compounds_at {
        let (a, b) = (&out[k - 1], &out[k]);
        let letters = |w: &Word| w.lower.bytes().all(|c| c.is_ascii_alphabetic());
        if query.get(a.end..b.start) == Some("-") && letters(a) && letters(b) {
            out.push(Word {
                start: a.start,
                end: b.end,
                lower: format!("{}{}", a.lower, b.lower),
            });
        }
    }
    (out, compounds_at)
}

/// Letters and digits: ASCII ones, and any other character that is not a space, a
/// punctuation or symbol block, or an emoji. (Unicode's letter tables would cost the wasm
/// several kilobytes for little gain here.)
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !c.is_whitespace()
        && !matches!(c as u32,
            0x80..=0xBF | 0xD7 | 0xF7 | 0x2000..=0x2BFF | 0x3000..=0x303F | 0xE000..=0xF8FF
            | 0xFE00..=0xFE0F | 0xFE30..=0xFE4F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0x1F000..=0x1FAFF)
}

/// Sorts ids, stably, by a comparison function: a small bottom-up merge sort, because
/// the standard library's sorts add several kilobytes to the wasm per instantiation.
fn sort_ids(ids: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    let n = ids.len();
    let mut buffer = ids.to_vec();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut buffer[start..end] {
                let take_left = j >= end || (i < mid && compare(ids[i], ids[j]) != Ordering::Greater);
                if take_left {
                    *slot = ids[i];
                    i += 1;
                } else {
                    *slot = ids[j];
                    j += 1;
                }
            }
            start = end;
        }
        ids.copy_from_slice(&buffer);
        width *= 2;
    }
}

/// Inverse document frequency of a word found in `df` of `n` entries.
fn idf(n: f32, df: u32) -> f32 {
    ((n + 1.0) / (df as f32 + 0.5)).ln().max(0.01)
}

fn split_camel(text: &str, start: usize, end: usize, out: &mut Vec<Word>) {
    let run = &text[start..end];
    let chars: Vec<(usize, char)> = run.char_indices().collect();
    let mut piece = 0usize;
    for k in 1..chars.len() {
        let (i, c) = chars[k];
        let prev = chars[k - 1].1;
        let next_lower = chars.get(k + 1).is_some_and(|n| n.1.is_ascii_lowercase());
        let boundary =
            c.is_ascii_uppercase() && (prev.is_ascii_lowercase() || (prev.is_ascii_uppercase() && next_lower));
        if boundary {
            push_word(text, start + piece, start + i, out);
            piece = i;
        }
    }
    push_word(text, start + piece, end, out);
}

fn push_word(text: &str, start: usize, end: usize, out: &mut Vec<Word>) {
    if start < end {
        out.push(Word {
            start,
            end,
            lower: lowercase(&text[start..end]),
        });
    }
}

/// The lowercase form of a word. ASCII is done here; other text is lowercased by the
/// browser's own `String.prototype.toLowerCase` in the wasm (the same locale-independent
/// Unicode mapping, final sigma included), because the standard library's lowercase tables
/// would add about 7 KiB gzip to it. Natively, `str::to_lowercase`.
fn lowercase(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    {
        String::from(leptos::web_sys::js_sys::JsString::from(word).to_lower_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        word.to_lowercase()
    }
}

/// What a header written in its own form adds to the codes defined with it.
const HEADER_FORM_BONUS: f32 = 5.0;

/// How far the words of a query must favour one of the codes it writes for that code to
/// come first: half as much again as each other written code, and this margin more. Codes
/// written alone score alike (about 2 to 4), and shared words raise them alike.
const WRITTEN_LEAD: f32 = 1.5;
const WRITTEN_LEAD_MARGIN: f32 = 1.0;

/// The words of a query written as header names are: hyphenated ("If-Match",
/// "retry-after") or capitalized and followed by a colon ("Accept:").
fn header_forms(query: &str) -> impl Iterator<Item = &str> {
    query.split_whitespace().filter_map(|word| {
        let word = word.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
        let name = word.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        // "Host:" as headers are written, not "host:" as log lines label their parts.
        let colon = word[name.len()..].starts_with(':') && name.starts_with(|c: char| c.is_ascii_uppercase());
        let hyphenated = name.split('-').filter(|part| !part.is_empty()).count() > 1;
        (!name.is_empty() && (colon || hyphenated)).then_some(name)
    })
}

/// The placeholder for a request method in messages, and the methods it matches.
const METHOD_PLACEHOLDER: &str = "{method}";
/// A method word in prose ("delete this post") is only maybe a method: weaker than a word.
const METHOD_QUALITY: f32 = 0.7;
const METHODS: &[&str] = &[
    "connect", "delete", "get", "head", "options", "patch", "post", "put", "trace",
];

/// Words that carry no meaning for finding a code.
const STOP_WORDS: &[&str] = &[
    "a", "also", "am", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "can", "code", "could",
    "did", "do", "does", "error", "for", "from", "got", "had", "has", "have", "he", "her", "here", "him", "his",
    "http", "https", "i", "if", "in", "into", "is", "it", "its", "just", "me", "my", "of", "on", "only", "or", "our",
    "please", "she", "should", "so", "some", "status", "that", "the", "their", "them", "then", "there", "they", "this",
    "to", "us", "very", "was", "we", "were", "what", "when", "which", "why", "will", "with", "would", "www", "you",
    "your",
];

fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// A light English stemmer so that "deleted", "delete" and "deletes" meet, and "limits",
/// "limiting" and "limited" too. Only ASCII words of four letters or more change.
pub fn stem(word: &str) -> String {
    if !word.is_ascii() || word.len() < 4 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return word.to_owned();
    }
    let mut s = word.to_owned();
    if s.ends_with("ies") && s.len() > 4 {
        s.truncate(s.len() - 3);
        s.push('i');
    } else if s.ends_with("sses") {
        s.truncate(s.len() - 2);
    } else if s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is") {
        s.truncate(s.len() - 1);
    }
    if s.ends_with("ing") && s.len() >= 7 {
        s.truncate(s.len() - 3);
    } else if s.ends_with("ed") && s.len() >= 6 {
        s.truncate(s.len() - 2);
    }
    if s.len() >= 5 {
        if s.ends_with('y') {
            s.pop();
            s.push('i');
        } else if s.ends_with('e') {
            s.pop();
        }
    }
    s
}

/// The set of characters of a word as bits (a–z each their own; others share by code).
fn char_mask(word: &str) -> u64 {
    word.chars().fold(0u64, |mask, c| {
        let bit = if c.is_ascii_lowercase() {
            c as u32 - 'a' as u32
        } else {
            26 + c as u32 % 38
        };
        mask | 1 << bit
    })
}

/// Edits allowed for a word of `len` characters: none under 4, one up to 7, two from 8.
fn max_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Damerau–Levenshtein distance (optimal string alignment: a swap of neighbours counts
/// as one edit), or None when it is above `max`.
pub fn edit_distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let width = b.len() + 1;
    let mut two_back = vec![0usize; width];
    let mut prev: Vec<usize> = (0..width).collect();
    let mut cur = vec![0usize; width];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(two_back[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut two_back, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

/// The first `max` characters of a text.
fn cut(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

// ---------------------------------------------------------------------------------------
// The home page filter
// ---------------------------------------------------------------------------------------

/// The filter as read from the URL. Unknown group slugs are kept so the page can say so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub query: String,
    pub group: Option<String>,
    /// How the table shows the codes while there is no query.
    pub view: View,
}

impl Filter {
    pub fn new(query: Option<&str>, group: Option<&str>) -> Self {
        Filter {
            query: query.unwrap_or_default().to_owned(),
            group: group.map(str::trim).filter(|g| !g.is_empty()).map(str::to_owned),
            view: View::Summary,
        }
    }

    /// The filter from the home page's URL parameters `q`, `group` and `view`.
    pub fn from_params(query: Option<&str>, group: Option<&str>, view: Option<&str>) -> Self {
        Filter {
            view: if view == Some("full") {
                View::Full
            } else {
                View::Summary
            },
            ..Filter::new(query, group)
        }
    }

    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty() && self.group.is_none()
    }

    /// The group the filter names, if it is a real one.
    pub fn known_group(&self) -> Option<&'static Group> {
        self.group.as_deref().and_then(catalog::find_group)
    }

    /// The ranked hits with why each matched; for an empty query every code of the group
    /// (or of the catalogue) in code order, with no reasons.
    pub fn ranked(&self) -> Vec<Hit<'static>> {
        let group = self.known_group();
        let in_group = |code: u16| group.is_none_or(|g| g.codes.contains(&code));
        if self.query.trim().is_empty() {
            return CODES
                .iter()
                .enumerate()
                .filter(|(_, s)| in_group(s.code))
                .map(|(i, s)| Hit {
                    code: s.code,
                    entry: i,
                    tier: Tier::Text,
                    score: 0.0,
                    reasons: Vec::new(),
                })
                .collect();
        }
        let mut hits = catalogue_index().search(&self.query);
        hits.retain(|h| in_group(h.code));
        hits
    }

    /// The matching codes, best first (code order for an empty query).
    pub fn apply(&self) -> Vec<&'static Status> {
        self.ranked()
            .iter()
            .filter_map(|h| catalog::find_code(h.code))
            .collect()
    }

    /// The URL of this filter on the home page, e.g. `/?q=auth&group=auth` (without base).
    pub fn to_url(&self) -> String {
        let mut params = Vec::new();
        if !self.query.is_empty() {
            params.push(format!("q={}", encode_query_value(&self.query)));
        }
        if let Some(group) = &self.group {
            params.push(format!("group={}", encode_query_value(group)));
        }
        if self.view == View::Full {
            params.push("view=full".to_owned());
        }
        if params.is_empty() {
            "/".to_owned()
        } else {
            format!("/?{}", params.join("&"))
        }
    }
}

/// How the table shows each code: our one-line summary, or the guide's full meaning.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Summary,
    Full,
}

/// A piece of an excerpt: whether it is a matched word to highlight, and its text.
pub type ExcerptPiece = (bool, String);

/// The part of `text` around its first highlighted span, at most about `max_chars`
/// characters, split into plain and highlighted pieces ("…" marks a cut).
pub fn excerpt(text: &str, spans: &[(usize, usize)], max_chars: usize) -> Vec<ExcerptPiece> {
    let valid: Vec<(usize, usize)> = spans
        .iter()
        .copied()
        .filter(|&(s, e)| s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e))
        .collect();
    let first = valid.first().map_or(0, |&(s, _)| s);
    // All of a short text; else start a little before the first match.
    let lead = if text.chars().count() <= max_chars {
        0
    } else {
        text[..first].char_indices().rev().nth(40).map_or(0, |(i, _)| i)
    };
    let end = text[lead..]
        .char_indices()
        .nth(max_chars)
        .map_or(text.len(), |(i, _)| lead + i);
    let mut pieces = Vec::new();
    if lead > 0 {
        pieces.push((false, "…".to_owned()));
    }
    let mut at = lead;
    for (s, e) in valid {
        if s < at || e > end {
            continue;
        }
        if s > at {
            pieces.push((false, text[at..s].to_owned()));
        }
        pieces.push((true, text[s..e].to_owned()));
        at = e;
    }
    if at < end {
        pieces.push((false, text[at..end].to_owned()));
    }
    if end < text.len() {
        pieces.push((false, "…".to_owned()));
    }
    pieces
}

/// Percent-encodes a query value: everything but unreserved characters, space as `+`.
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The sentence that announces the number of results.
pub fn result_summary(shown: usize, filter: &Filter) -> String {
    let total = CODES.len();
    if filter.is_empty() {
        format!("All {total} codes")
    } else if filter.query.trim().is_empty() {
        format!("{shown} of {total} codes")
    } else {
        // Results may include unofficial codes, so they are not counted out of the table.
        match shown {
            0 => "No code matches".to_owned(),
            1 => "1 code matches".to_owned(),
            n => format!("{n} codes match"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_ids_sorts_stably() {
        let keys = [5u32, 3, 9, 3, 1, 5, 0, 7, 3];
        let mut ids: Vec<u32> = (0..keys.len() as u32).collect();
        sort_ids(&mut ids, &|a, b| keys[a as usize].cmp(&keys[b as usize]));
        assert_eq!(ids, [6, 4, 1, 3, 8, 0, 5, 7, 2]);
        let mut empty: Vec<u32> = Vec::new();
        sort_ids(&mut empty, &|a, b| a.cmp(&b));
        assert!(empty.is_empty());
    }

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn encodes_reserved_characters() {
        assert_eq!(encode_query_value("a b&c=d/é"), "a+b%26c%3Dd%2F%C3%A9");
        let filter = Filter::new(Some("retry after"), Some("rate-limits"));
        assert_eq!(filter.to_url(), "/?q=retry+after&group=rate-limits");
        assert_eq!(Filter::default().to_url(), "/");
    }

    #[test]
    fn words_split_camel_case_and_skip_placeholders() {
        let lower = |t: &str, skip| words(t, skip).into_iter().map(|w| w.lower).collect::<Vec<_>>();
        assert_eq!(
            lower("PayloadTooLargeError: x", false),
            ["payload", "too", "large", "error", "x"]
        );
        assert_eq!(
            lower("HTTPStatus client_max_body_size", false),
            ["http", "status", "client", "max", "body", "size"]
        );
        assert_eq!(lower("Cannot {method} {path}", true), ["cannot", "{method}"]);
        let w = &words("über Größe", false)[1];
        assert_eq!((w.start, w.end, w.lower.as_str()), (6, 13, "größe"));
    }

    #[test]
    fn stems_meet() {
        for (a, b) in [
            ("deleted", "delete"),
            ("limits", "limiting"),
            ("throttled", "throttle"),
            ("entities", "entity"),
            ("headers", "header"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_eq!(stem("gone"), "gone");
    }

    #[test]
    fn edit_distance_counts_a_swap_as_one() {
        let d = |a: &str, b: &str, m| edit_distance(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>(), m);
        assert_eq!(d("legnth", "length", 1), Some(1));
        assert_eq!(d("precondtion", "precondition", 2), Some(1));
        assert_eq!(d("abcd", "badc", 1), None);
        assert_eq!(d("abcd", "badc", 2), Some(2));
        assert_eq!(d("kitten", "sitting", 2), None);
    }
}
