//! The 4xx catalogue: every code, group and piece of guide text, generated at build time
//! from `data/catalog.toml`, plus the lookups the pages need.

mod token_kind;
mod types;
mod unofficial;

pub use token_kind::TokenKind;
pub use types::*;
pub use unofficial::{
    ASIDES, CodeKind, OTHER_CLASSES, UNOFFICIAL, UNRECOGNIZED_RULE, UNRECOGNIZED_RULE_SPEC, classify, find_other,
    find_unofficial,
};

include!(concat!(env!("OUT_DIR"), "/catalog_data.rs"));

/// Looks a code up in the catalogue.
pub fn find_code(code: u16) -> Option<&'static Status> {
    CODES.binary_search_by_key(&code, |s| s.code).ok().map(|i| &CODES[i])
}

/// Looks a group up by its URL slug.
pub fn find_group(slug: &str) -> Option<&'static Group> {
    GROUPS.iter().find(|g| g.slug == slug)
}

/// The groups a code belongs to, common groups first, in catalogue order.
pub fn groups_of(code: u16) -> impl Iterator<Item = &'static Group> {
    GROUPS.iter().filter(move |g| g.codes.contains(&code))
}

/// The codes of a group, in catalogue order.
pub fn codes_of(group: &Group) -> impl Iterator<Item = &'static Status> + '_ {
    group.codes.iter().filter_map(|&c| find_code(c))
}

/// The catalogue's neighbours of a code: the previous and the next code, if any.
pub fn neighbours(code: u16) -> (Option<&'static Status>, Option<&'static Status>) {
    let index = CODES.partition_point(|s| s.code < code);
    let previous = index.checked_sub(1).map(|i| &CODES[i]);
    let next_index = if CODES.get(index).is_some_and(|s| s.code == code) {
        index + 1
    } else {
        index
    };
    (previous, CODES.get(next_index))
}

/// Suggests up to `limit` catalogue codes for a code-like input that is not in the
/// catalogue (`999`, `4290`, `4044`, `1404`, `440`). Codes one slip away come first: two
/// neighbouring digits swapped, or one digit too many. The rest are the closest by value
/// to the first three digits, the lower one on a tie. Ascending order.
pub fn nearest_codes(digits: &str, limit: usize) -> Vec<&'static Status> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let typed = digits.as_bytes();
    let mut chosen: Vec<&Status> = CODES
        .iter()
        .filter(|s| one_slip_away(typed, s.code.to_string().as_bytes()))
        .take(limit)
        .collect();
    let target: u32 = digits[..digits.len().min(3)].parse().unwrap_or(0);
    // The closest left, one at a time: a handful from a short list, without a sort (each
    // sort the wasm instantiates costs kilobytes).
    while chosen.len() < limit {
        let closest = CODES
            .iter()
            .filter(|s| !chosen.iter().any(|c| c.code == s.code))
            .min_by_key(|s| (u32::from(s.code).abs_diff(target), s.code));
        match closest {
            Some(status) => chosen.push(status),
            None => break,
        }
    }
    // The catalogue is in code order.
    CODES
        .iter()
        .filter(|s| chosen.iter().any(|c| c.code == s.code))
        .collect()
}

/// Whether `typed` is `code` with two neighbouring digits swapped or one digit added. (A
/// single mistyped digit is not counted: nearly every 4xx code is one digit away from
/// several others, so it would suggest nothing in particular.)
fn one_slip_away(typed: &[u8], code: &[u8]) -> bool {
    match typed.len().checked_sub(code.len()) {
        Some(0) => {
            let differ: Vec<usize> = (0..code.len()).filter(|&i| typed[i] != code[i]).collect();
            matches!(differ.as_slice(), [a, b] if *b == a + 1 && typed[*a] == code[*b] && typed[*b] == code[*a])
        }
        Some(1) => (0..typed.len()).any(|skip| {
            typed
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != skip)
                .map(|(_, d)| d)
                .eq(code.iter())
        }),
        _ => false,
    }
}

/// The class of a three-digit status code outside the client-error range, for explaining
/// why it is not on this site.
pub fn status_class(code: u16) -> Option<StatusClass> {
    match code {
        100..=199 => Some(StatusClass::Informational),
        200..=299 => Some(StatusClass::Success),
        300..=399 => Some(StatusClass::Redirection),
        400..=499 => Some(StatusClass::ClientError),
        500..=599 => Some(StatusClass::ServerError),
        _ => None,
    }
}
