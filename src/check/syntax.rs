//! Field value grammars the rules need (RFC 9110): HTTP-date, delay-seconds, method lists,
//! Content-Range, challenges, Cache-Control directives, URI references.

use super::parse::{is_tchar, is_token};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    ImfFixdate,
    Rfc850,
    Asctime,
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Parses an HTTP-date in any of its three forms (RFC 9110 §5.6.7) into seconds since
/// 1970 and the form it was written in.
pub fn http_date(text: &str) -> Option<(i64, DateForm)> {
    let text = text.trim();
    let parts: Vec<&str> = text.split(' ').collect();
    match parts.as_slice() {
        // Sun, 06 Nov 1994 08:49:37 GMT
        [day, dd, mon, yyyy, time, "GMT"] => {
            let day = day.strip_suffix(',')?;
            DAYS.contains(&day).then_some(())?;
            (dd.len() == 2 && yyyy.len() == 4).then_some(())?;
            Some((
                epoch(yyyy.parse().ok()?, month(mon)?, two(dd)?, time)?,
                DateForm::ImfFixdate,
            ))
        }
        // Sunday, 06-Nov-94 08:49:37 GMT
        [day, date, time, "GMT"] => {
            let day = day.strip_suffix(',')?;
            LONG_DAYS.contains(&day).then_some(())?;
            let mut d = date.split('-');
            let (dd, mon, yy) = (d.next()?, d.next()?, d.next()?);
            (d.next().is_none() && yy.len() == 2).then_some(())?;
            let yy: i64 = two(yy)?;
            // RFC 9110 §5.6.7: a two-digit year more than 50 years in the future is in the past century.
            let year = if yy < 70 { 2000 + yy } else { 1900 + yy };
            Some((epoch(year, month(mon)?, two(dd)?, time)?, DateForm::Rfc850))
        }
        // Sun Nov  6 08:49:37 1994 (two spaces before a one-digit day)
        [day, mon, rest @ ..] if DAYS.contains(day) => {
            let rest: Vec<&str> = rest.iter().copied().filter(|p| !p.is_empty()).collect();
            let [dd, time, yyyy] = rest.as_slice() else { return None };
            (dd.len() <= 2 && yyyy.len() == 4).then_some(())?;
            let dd: i64 = dd.parse().ok()?;
            Some((epoch(yyyy.parse().ok()?, month(mon)?, dd, time)?, DateForm::Asctime))
        }
        _ => None,
    }
}

fn two(text: &str) -> Option<i64> {
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok())?
}

fn month(text: &str) -> Option<i64> {
    MONTHS.iter().position(|m| *m == text).map(|i| i as i64 + 1)
}

fn epoch(year: i64, month: i64, day: i64, time: &str) -> Option<i64> {
    let mut t = time.split(':');
    let (h, m, s) = (two(t.next()?)?, two(t.next()?)?, two(t.next()?)?);
    if t.next().is_some() || h > 23 || m > 59 || s > 60 || !(1..=31).contains(&day) {
        return None;
    }
    // Days from civil (proleptic Gregorian), after Howard Hinnant's published algorithm.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + m * 60 + s)
}

/// delay-seconds = 1*DIGIT
pub fn delay_seconds(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Allow = #method: a comma list of tokens, empty allowed. Returns the bad items.
pub fn bad_methods(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|m| !m.is_empty() && !is_token(m))
        .map(|m| m.chars().take(40).collect())
        .collect()
}

/// A 416's Content-Range: `bytes */<length>`.
pub fn unsatisfied_range(value: &str) -> bool {
    let Some((unit, rest)) = value.trim().split_once(' ') else {
        return false;
    };
    unit.eq_ignore_ascii_case("bytes")
        && rest
            .trim_start()
            .strip_prefix("*/")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// WWW-Authenticate / Proxy-Authenticate carry at least one challenge: the value starts with
/// an auth-scheme token (RFC 9110 §11.3).
pub fn has_challenge(value: &str) -> bool {
    let first = value.trim_start().split([' ', ',', '\t']).next().unwrap_or("");
    is_token(first) && !first.contains('=')
}

/// Where a WWW-Authenticate / Proxy-Authenticate value leaves the challenge grammar
/// (RFC 9110 §11.3: a comma list of `auth-scheme [ 1*SP ( token68 / #auth-param ) ]`):
/// the text after a scheme, parameter or token68 that neither ends the value nor follows a
/// comma, as in `Basic realm="x" charset="UTF-8"`. None when the value keeps to it.
pub fn challenge_problem(value: &str) -> Option<&str> {
    const SPACE: [char; 2] = [' ', '\t'];
    let mut rest = value;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ',']);
        if rest.is_empty() {
            return None;
        }
        let first = take_token(rest);
        if first == 0 {
            return Some(rest);
        }
        let after = rest[first..].trim_start_matches(SPACE);
        let spaced = after.len() < rest.len() - first;
        rest = if let Some(value) = after.strip_prefix('=') {
            // A parameter of the challenge before it.
            take_param_value(value.trim_start_matches(SPACE)).unwrap_or(after)
        } else if spaced && !after.is_empty() && !after.starts_with(',') {
            // A scheme and its first parameter, or its token68 (which may end in "=").
            let name = take_token(after);
            let after_name = &after[name..];
            let unpadded = after_name.trim_start_matches('=');
            let ends_item = |t: &str| {
                let t = t.trim_start_matches(SPACE);
                t.is_empty() || t.starts_with(',')
            };
            if name > 0 && unpadded.len() < after_name.len() && ends_item(unpadded) {
                unpadded
            } else if let Some(value) = after_name
                .trim_start_matches(SPACE)
                .strip_prefix('=')
                .filter(|_| name > 0)
            {
                take_param_value(value.trim_start_matches(SPACE)).unwrap_or(after_name)
            } else {
                let token68 = after
                    .bytes()
                    .take_while(|b| b.is_ascii_alphanumeric() || b"-._~+/".contains(b))
                    .count();
                if token68 == 0 {
                    return Some(after);
                }
                after[token68..].trim_start_matches('=')
            }
        } else {
            after
        };
        let next = rest.trim_start_matches(SPACE);
        if !next.is_empty() && !next.starts_with(',') {
            return Some(next);
        }
        rest = next;
    }
}

fn take_token(text: &str) -> usize {
    text.bytes().take_while(|&b| is_tchar(b)).count()
}

/// What follows a parameter's value (a token or a quoted string), or None when the value
/// is missing or its quotes never close: then the text after it is the problem.
fn take_param_value(text: &str) -> Option<&str> {
    if let Some(quoted) = text.strip_prefix('"') {
        let mut escaped = false;
        for (i, c) in quoted.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => return Some(&quoted[i + 1..]),
                _ => {}
            }
        }
        return Some("");
    }
    let token = take_token(text);
    (token > 0).then(|| &text[token..])
}

/// Whether a comma list holds this token (case-insensitively), or, for Link, the rel value.
pub fn has_token(value: &str, token: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower
        .split(|c: char| !(c.is_ascii() && is_tchar(c as u8)))
        .any(|word| word == token)
}

/// The Cache-Control directives, lowercased, with their arguments unquoted.
pub fn directives(value: &str) -> Vec<(String, Option<String>)> {
    value
        .split(',')
        .filter_map(|d| {
            let d = d.trim();
            if d.is_empty() {
                return None;
            }
            Some(match d.split_once('=') {
                Some((k, v)) => (
                    k.trim().to_ascii_lowercase(),
                    Some(v.trim().trim_matches('"').to_owned()),
                ),
                None => (d.to_ascii_lowercase(), None),
            })
        })
        .collect()
}

/// A URI reference as RFC 3986 allows its characters: no spaces, controls or the few
/// excluded characters, `%` followed by two hex digits.
pub fn is_uri_reference(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = bytes.get(i + 1..i + 3);
            if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                return false;
            }
            i += 3;
            continue;
        }
        let allowed = b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b);
        if !allowed {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_date_forms_of_rfc_9110_name_the_same_instant() {
        let (a, fa) = http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        let (b, fb) = http_date("Sunday, 06-Nov-94 08:49:37 GMT").unwrap();
        let (c, fc) = http_date("Sun Nov  6 08:49:37 1994").unwrap();
        assert_eq!(
            (fa, fb, fc),
            (DateForm::ImfFixdate, DateForm::Rfc850, DateForm::Asctime)
        );
        // 784111777 is the Unix time of that instant, computed independently (date -d).
        assert_eq!((a, b, c), (784_111_777, 784_111_777, 784_111_777));
        assert_eq!(http_date("tomorrow"), None);
        assert_eq!(http_date("Sun, 06 Nov 1994 25:49:37 GMT"), None);
    }

    #[test]
    fn grammars() {
        assert!(unsatisfied_range("bytes */47022"));
        assert!(!unsatisfied_range("bytes 0-10/47022"));
        assert!(!unsatisfied_range("bytes */"));
        assert!(has_challenge("Bearer realm=\"api\""));
        assert!(!has_challenge("realm=\"api\""));
        assert!(!has_challenge(""));
        assert!(has_token("keep-alive, Upgrade", "upgrade"));
        assert!(has_token("<https://x.example>; rel=\"blocked-by\"", "blocked-by"));
        assert!(!has_token("<https://x.example>; rel=\"blocked\"", "blocked-by"));
        assert_eq!(bad_methods("GET, HEAD"), Vec::<String>::new());
        assert_eq!(bad_methods(""), Vec::<String>::new());
        assert_eq!(bad_methods("GET HEAD"), vec!["GET HEAD".to_owned()]);
        assert!(is_uri_reference("/types/out-of-credit"));
        assert!(is_uri_reference("https://example.com/probs/x%20y"));
        assert!(!is_uri_reference("not a uri"));
        assert!(!is_uri_reference("bad%zz"));
    }

    #[test]
    fn challenges_keep_to_their_comma_list() {
        for good in [
            "Bearer",
            "Negotiate",
            "Bearer realm=\"api\"",
            "Basic realm=\"security\", charset=\"UTF-8\"",
            "Bearer realm=\"x\",error=\"invalid_token\", error_description=\"The token expired\"",
            "Digest realm=\"a@b.org\", qop=\"auth, auth-int\", algorithm=SHA-256, nonce=\"7ypf/xlj9XX\"",
            "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\"",
            "Negotiate oYH/MIH8oAM=",
            "Negotiate YIIBhwYGKwYBBQUCoIIBezCCAXeg==, Basic realm=\"x\"",
            "Basic realm = \"spaced\"",
            "Bearer, ApiKey",
        ] {
            assert_eq!(challenge_problem(good), None, "{good}");
        }
        assert_eq!(
            challenge_problem("Basic realm=\"security\" charset=\"UTF-8\""),
            Some("charset=\"UTF-8\"")
        );
        assert_eq!(challenge_problem("Basic realm=My Realm"), Some("Realm"));
        assert_eq!(
            challenge_problem("Bearer realm=\"a\" error=\"invalid_token\""),
            Some("error=\"invalid_token\"")
        );
        assert_eq!(challenge_problem("Bearer\"x\""), Some("\"x\""));
    }
}
