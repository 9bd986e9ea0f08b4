//! Integration tests for search: ranking, misspellings, noisy input, the home page filter.

use std::time::{Duration, Instant};

mod common;

use common::TABLE_CODES;
use fourxx_guide::catalog::{CODES, GROUPS};
use fourxx_guide::search::{
    Entry, Field, Filter, Index, IndexBuilder, Tier, Unit, catalogue_entries, result_summary, terms_of,
};

fn all_codes() -> Vec<u16> {
    TABLE_CODES.to_vec()
}

fn search(query: &str) -> Vec<u16> {
    search_in(Some(query), None)
}

fn search_in(query: Option<&str>, group: Option<&str>) -> Vec<u16> {
    Filter::new(query, group).apply().iter().map(|s| s.code).collect()
}

fn first(query: &str) -> Option<u16> {
    search(query).first().copied()
}

/// The first result, unofficial codes included.
fn first_ranked(query: &str) -> Option<u16> {
    Filter::new(Some(query), None).ranked().first().map(|h| h.code)
}

// ---------------------------------------------------------------------------------------
// The first result for realistic queries
// ---------------------------------------------------------------------------------------

/// Queries people type, with the code that must come first. Grouped by kind; none of them
/// is a name or phrase copied from the data unchanged unless marked as such.
const FIRST_RESULTS: &[(&str, u16)] = &[
    // Plain words and synonyms.
    ("sign in", 401),
    ("login", 401),
    ("not logged in", 401),
    ("wrong password", 401),
    ("credentials required", 401),
    ("token expired", 401),
    ("expired jwt", 401),
    ("api key invalid", 401),
    ("access denied", 403),
    ("no access", 403),
    ("user is logged in but lacks permission", 403),
    ("ip blocked by firewall", 403),
    ("geo blocked", 403),
    ("no such page", 404),
    ("broken link", 404),
    ("url doesn't exist", 404),
    ("resource does not exist", 404),
    ("wrong method", 405),
    ("method PUT not supported", 405),
    ("accept header", 406),
    ("language not supported", 406),
    ("squid proxy authentication", 407),
    ("took too long to send request", 408),
    ("already exists", 409),
    ("username already taken", 409),
    ("optimistic locking failure", 409),
    ("deleted", 410),
    ("content was removed", 410),
    ("this api version has been retired", 410),
    ("content length header missing", 411),
    ("etag mismatch", 412),
    ("too big", 413),
    ("too large", 413),
    ("file too large to upload", 413),
    ("image is too large", 413),
    ("url too long", 414),
    ("query string too long", 414),
    ("wrong content type", 415),
    ("mime type", 415),
    ("resume download", 416),
    ("100 continue", 417),
    ("coffee", 418),
    ("wrong host", 421),
    ("validation", 422),
    ("field is required", 422),
    ("email is invalid", 422),
    ("account locked", 423),
    ("failed dependency", 424),
    ("TLS 1.3 early data", 425),
    ("websocket upgrade required", 426),
    ("missing if-match", 428),
    ("throttle", 429),
    ("slow down", 429),
    ("rate limit exceeded", 429),
    ("too many requests per minute", 429),
    ("quota", 429),
    ("cookie too large", 431),
    ("too many cookies", 431),
    ("government censorship", 451),
    ("blocked in my country by court order", 451),
    ("subscription expired", 402),
    ("insufficient funds", 402),
    ("malformed json", 400),
    ("syntax error", 400),
    ("wrong parameter type", 400),
    // Misspellings.
    ("legnth", 411),
    ("precondtion", 412),
    ("misdirectd", 421),
    ("unauthroized", 401),
    ("forbbiden", 403),
    ("tiemout", 408),
    ("confict", 409),
    ("payload to large", 413),
    ("unsuported media", 415),
    ("rnage", 416),
    ("expectaion", 417),
    ("unprocesable", 422),
    ("lcoked", 423),
    ("dependancy failed", 424),
    ("upgarde required", 426),
    ("precondition requried", 428),
    ("rate limted", 429),
    ("header feilds too large", 431),
    ("unavailable for legal reasns", 451),
    ("methd not allowed", 405),
    ("not acceptible", 406),
    ("proxy authentification", 407),
    ("paymnet required", 402),
    ("not foudn", 404),
    // A code written in the query.
    ("nginx 413", 413),
    ("apache 414", 414),
    ("got a 429 from the API", 429),
    ("iis 401.2", 401),
    ("http 418", 418),
    // Log lines.
    (
        "127.0.0.1 - - [25/Nov/2026:10:00:00 +0000] \"GET /missing HTTP/1.1\" 404 153 \"-\" \"curl/8.5.0\"",
        404,
    ),
    (
        "2026/11/25 10:00:00 [error] 1234#0: *5 client intended to send too large body: 10485760 bytes, client: 10.0.0.1, server: example.com, request: \"POST /upload HTTP/1.1\", host: \"example.com\"",
        413,
    ),
    (
        "2026/11/25 10:00:00 [error] 1234#0: *5 open() \"/usr/share/nginx/html/favicon.ico\" failed (2: No such file or directory), client: 10.0.0.1, server: localhost",
        404,
    ),
    ("curl: (22) The requested URL returned error: 429", 429),
    (
        "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/v1/me",
        401,
    ),
    // Framework, server and library messages.
    ("PayloadTooLargeError: request entity too large", 413),
    ("Cannot GET /api/users", 404),
    ("Request method 'DELETE' is not supported", 405),
    (
        "org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'GET' not supported",
        405,
    ),
    ("Content-Type 'text/plain;charset=UTF-8' is not supported", 415),
    (
        "org.springframework.web.multipart.MaxUploadSizeExceededException: Maximum upload size exceeded; nested exception is java.lang.IllegalStateException",
        413,
    ),
    (
        "the object has been modified; please apply your changes to the latest version and try again",
        409,
    ),
    (
        "Error from server (AlreadyExists): deployments.apps \"web\" already exists",
        409,
    ),
    ("ActiveRecord::RecordNotFound (Couldn't find User with 'id'=42)", 404),
    (
        "ActiveRecord::RecordInvalid: Validation failed: Email can't be blank",
        422,
    ),
    ("Forbidden (CSRF cookie not set.): /api/login", 403),
    (
        "django.security.DisallowedHost: Invalid HTTP_HOST header: 'example.com'. You may need to add 'example.com' to ALLOWED_HOSTS.",
        400,
    ),
    ("This action is unauthorized.", 403),
    (
        "The GET method is not supported for this route. Supported methods: POST.",
        405,
    ),
    ("SyntaxError: Unexpected token < in JSON at position 0", 400),
    ("JsonWebTokenError: invalid signature", 401),
    (
        "Request body too large. The max request body size is 30000000 bytes.",
        413,
    ),
    ("Reading the request headers timed out.", 408),
    ("Client sent an HTTP request to an HTTPS server.", 400),
    // Among registered codes; of all codes, nginx's own 494 comes first.
    ("Request Header Or Cookie Too Large", 431),
    (
        "Failed to deserialize the JSON body into the target type: missing field `name`",
        422,
    ),
    (
        "Failed to parse the request body as JSON: expected value at line 1 column 1",
        400,
    ),
    ("Expected request with `Content-Type: application/json`", 415),
    ("Invalid CORS request", 403),
    (
        "An error occurred (ThrottlingException) when calling the DescribeInstances operation: Rate exceeded",
        429,
    ),
    (
        "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.",
        404,
    ),
    // Header names.
    ("WWW-Authenticate", 401),
    ("Retry-After", 429),
    ("If-Unmodified-Since", 412),
    ("Proxy-Authorization", 407),
    ("Content-Range", 416),
    ("Accept-Ranges", 416),
    ("Early-Data", 425),
    ("X-RateLimit-Limit", 429),
    // More plain descriptions.
    ("bearer token missing", 401),
    ("session expired, please log in again", 401),
    ("the user does not have the required role", 403),
    ("email not verified", 403),
    ("you do not have access to this repository", 403),
    ("endpoint not found", 404),
    ("only GET is allowed here", 405),
    ("cannot return the requested format", 406),
    ("duplicate key value violates unique constraint", 409),
    ("the document was updated by another request", 409),
    ("this link has expired and been removed", 410),
    ("upload file exceeds maximum size", 413),
    ("the request URI is longer than the server allows", 414),
    ("sent xml but api expects json", 415),
    ("requested range beyond file size", 416),
    ("file is checked out by another user", 423),
    ("update without If-Match is rejected", 428),
    ("github api secondary rate limit", 429),
    ("content unavailable in your region due to a legal request", 451),
    ("your free trial has ended", 402),
    // A developer's description of the case, holding words of other codes.
    (
        "two people book the same meeting room slot and the second booking arrives a moment after the first",
        409,
    ),
    (
        "user shared a folder as view only and the recipient tries to download the original file",
        403,
    ),
    (
        "PATCH sent with an If-Match etag that no longer matches because another admin's price edit conflicts with it",
        412,
    ),
    (
        "one tenant's integration fires 300 requests per second at our search endpoint, far over its allowance",
        429,
    ),
    (
        "court injunction requires us to hide one specific seller review from visitors in germany",
        451,
    ),
    (
        "our upload endpoint can't handle chunked transfer encoding and needs the body size declared up front",
        411,
    ),
    // Configuration directives and class names.
    ("client_max_body_size", 413),
    ("LimitRequestBody", 413),
    ("large_client_header_buffers", 414),
    ("client_body_timeout", 408),
    ("limit_req_zone", 429),
    ("spring boot max file size", 413),
    ("NoSuchKey", 404),
    ("SignatureDoesNotMatch", 403),
];

#[test]
fn realistic_queries_find_the_right_code_first() {
    let mut wrong = Vec::new();
    for &(query, expected) in FIRST_RESULTS {
        let found = search(query);
        if found.first() != Some(&expected) {
            wrong.push(format!(
                "{query:?}: expected {expected}, got {:?}",
                &found[..found.len().min(4)]
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        FIRST_RESULTS.len(),
        wrong.join("\n")
    );
    assert!(FIRST_RESULTS.len() >= 80);
}

#[test]
fn every_code_is_found_by_its_name() {
    for status in CODES {
        assert_eq!(
            first(status.title_name()),
            Some(status.code),
            "{:?}",
            status.title_name()
        );
        for name in status.other_names() {
            assert_eq!(first(name), Some(status.code), "former name {name:?}");
        }
    }
}

#[test]
fn every_message_pasted_whole_finds_its_code_first() {
    for status in CODES {
        let terms = terms_of(status.code).expect("every code has search terms");
        for message in terms.messages {
            // Placeholders filled in as a program would print them.
            let printed = fill_placeholders(message.text);
            assert_eq!(first(&printed), Some(status.code), "{printed:?} ({})", message.origin);
        }
    }
}

#[test]
fn an_unofficial_code_is_found_first_by_its_own_words_and_log_messages() {
    let mut listed = 0;
    for entry in fourxx_guide::catalog::UNOFFICIAL {
        let Some(terms) = terms_of(entry.code) else { continue };
        listed += 1;
        for message in terms.messages {
            let printed = fill_placeholders(message.text);
            assert_eq!(
                first_ranked(&printed),
                Some(entry.code),
                "{printed:?} ({})",
                message.origin
            );
        }
    }
    assert!(listed > 0, "data/search.toml lists no unofficial code");
    // A whole nginx log line, and a reader's own words.
    let log = "2026/11/25 10:00:00 [info] 38#38: *114 epoll_wait() reported that client prematurely closed \
               connection, so upstream connection is closed too while reading response header from upstream";
    assert_eq!(first_ranked(log), Some(499));
    assert_eq!(first_ranked("the client disconnected before we answered"), Some(499));
    // Words that are about a registered code still find it first.
    assert_eq!(first_ranked("client took too long to send the request"), Some(408));
}

/// "Cannot {method} {path}" as printed: "Cannot GET /example".
fn fill_placeholders(template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else { break };
        out.push_str(match &rest[open + 1..open + close] {
            "method" => "GET",
            "path" => "/example",
            _ => "x",
        });
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------------------------------
// Codes and digits
// ---------------------------------------------------------------------------------------

#[test]
fn codes_written_in_the_query_come_in_the_order_written() {
    assert_eq!(&search("difference between 404 and 410")[..2], &[404, 410]);
    assert_eq!(&search("410 vs 404")[..2], &[410, 404]);
    assert_eq!(&search("401 or 407, which one")[..2], &[401, 407]);
}

#[test]
fn a_hyphenated_word_also_matches_the_word_written_whole() {
    // "Login Timeout" is found whole, next to 408's "Request Time-out".
    let codes: Vec<u16> = Filter::new(Some("login time-out"), None)
        .ranked()
        .iter()
        .map(|h| h.code)
        .collect();
    assert_eq!(&codes[..2], &[408, 440]);
    assert_eq!(first_ranked("owa login time-out"), Some(440));
    // The joined word is matched only as it is, never as a misspelling of its parts.
    let hits = Filter::new(Some("If-Unmodified-Since"), None).ranked();
    assert!(hits[0].reasons.iter().all(|r| !r.misspelled), "{:?}", hits[0].reasons);
}

#[test]
fn a_word_only_an_unofficial_code_has_stops_it_yielding_to_registered_ones() {
    assert_eq!(first_ranked("invalid token"), Some(401));
    assert_eq!(first_ranked("esri: invalid token"), Some(498));
}

#[test]
fn a_quoted_name_of_an_unofficial_code_names_it() {
    // Unquoted, the registered code that shares the words comes first.
    assert_eq!(first_ranked("what does Login Timeout mean when i sign in"), Some(401));
    assert_eq!(
        first_ranked("what does \"Login Timeout\" mean when i sign in"),
        Some(440)
    );
    assert_eq!(
        first_ranked("what does ‘Login Timeout.’ mean when i sign in"),
        Some(440)
    );
    // An apostrophe is not a quote around a name.
    assert_eq!(
        first_ranked("what does Login Timeout mean when i can't sign in"),
        Some(401)
    );
}

#[test]
fn words_that_clearly_favour_one_written_code_put_it_first() {
    assert_eq!(&search("rate limit exceeded 403 or 429")[..2], &[429, 403]);
    assert_eq!(&search("proxy wants credentials 401/407")[..2], &[407, 401]);
    assert_eq!(&search("400 or 422 for a negative amount")[..2], &[422, 400]);
}

#[test]
fn a_header_written_as_a_header_points_at_its_codes() {
    // The words alone lean to 409 ("already", "changed"); the header decides.
    let query = "the app saved the cart with If-Match but another tab had already changed it";
    assert_eq!(first(query), Some(412));
    assert_eq!(
        first(&query.replace("with If-Match ", "")),
        Some(409),
        "without the header, the words decide"
    );
    // A log line's lowercase labels are not headers: "host:" is where nginx names the server.
    assert_ne!(
        first(
            "[error] 77#77: *9 access forbidden by rule, client: 10.0.0.1, request: \"GET /admin HTTP/1.1\", host: \"a.example\""
        ),
        Some(421)
    );
}

#[test]
fn a_name_typed_without_its_spaces_is_the_name() {
    assert_eq!(first_ranked("preconditionfailed"), Some(412));
    assert_eq!(first_ranked("unavailableforlegalreasons"), Some(451));
    assert_eq!(first_ranked("imateapot"), Some(418));
    assert_eq!(first_ranked("requestheaderfieldstoolarge"), Some(431));
    assert_eq!(first_ranked("clientclosedrequest"), Some(499));
    // Not in a long paste, and a word that is no name stays a word.
    assert_eq!(first_ranked("authentication required"), Some(401));
}

#[test]
fn digits_match_codes_and_prefixes() {
    assert_eq!(search("41"), (410..=418).collect::<Vec<_>>());
    assert_eq!(search("4"), all_codes());
    assert_eq!(search("40"), (400..=409).collect::<Vec<_>>());
    assert_eq!(search("42"), [421, 422, 423, 424, 425, 426, 428, 429]);
    assert_eq!(search("429"), [429]);
    assert_eq!(search(" 404 "), [404]);
    assert_eq!(search("4290"), Vec::<u16>::new());
    assert_eq!(search("5"), Vec::<u16>::new());
    assert_eq!(search("499"), Vec::<u16>::new());
}

#[test]
fn a_code_in_the_query_comes_first_even_against_the_words() {
    // The words point at 413, the number at 431.
    assert_eq!(first("431 request entity too large"), Some(431));
    assert_eq!(first("too large 43"), Some(431));
    let hits = Filter::new(Some("nginx 413"), None).ranked();
    assert_eq!(hits[0].tier, Tier::Code);
    assert_eq!(hits[0].reasons[0].field, Field::Code);
    assert!(hits[1..].iter().all(|h| h.tier == Tier::Text), "only 413 is named");
}

// ---------------------------------------------------------------------------------------
// Why a result matched
// ---------------------------------------------------------------------------------------

#[test]
fn reasons_name_the_field_and_highlight_the_words() {
    let hits = Filter::new(Some("PayloadTooLargeError: request entity too large"), None).ranked();
    let reason = &hits[0].reasons[0];
    assert_eq!(hits[0].code, 413);
    assert_eq!(reason.field, Field::LegacyName);
    assert!(reason.text.ends_with("Too Large"), "{reason:?}");
    assert_eq!(
        reason.spans,
        [(0, reason.text.len())],
        "a whole name, adjacent words merged"
    );

    let hits = Filter::new(Some("slow down"), None).ranked();
    assert_eq!(
        (hits[0].reasons[0].field, hits[0].reasons[0].text),
        (Field::Phrase, "slow down")
    );

    let hits = Filter::new(Some("client_max_body_size"), None).ranked();
    assert_eq!(hits[0].reasons[0].field, Field::Phrase);

    let hits = Filter::new(Some("If-Unmodified-Since"), None).ranked();
    assert_eq!(hits[0].reasons[0].field, Field::Header);

    let hits = Filter::new(Some("client intended to send too large body: 1048577 bytes"), None).ranked();
    assert_eq!(hits[0].reasons[0].field, Field::Message);
    assert_eq!(hits[0].reasons[0].note, "nginx error log (client_max_body_size)");
}

#[test]
fn highlights_are_inside_the_text_on_char_boundaries() {
    for query in [
        "too large",
        "legnth",
        "Cannot GET /x",
        "über größe too",
        "retry-after",
        "auth",
    ] {
        for hit in Filter::new(Some(query), None).ranked() {
            for reason in &hit.reasons {
                let mut last = 0;
                for &(start, end) in &reason.spans {
                    assert!(
                        start >= last && start < end && end <= reason.text.len(),
                        "{query:?}: {reason:?}"
                    );
                    assert!(reason.text.is_char_boundary(start) && reason.text.is_char_boundary(end));
                    last = end;
                }
            }
        }
    }
}

#[test]
fn misspellings_are_marked_and_rank_below_exact_words() {
    let hits = Filter::new(Some("legnth"), None).ranked();
    assert_eq!(hits[0].code, 411);
    assert!(hits[0].reasons[0].misspelled);
    let reason = &hits[0].reasons[0];
    let (s, e) = reason.spans[0];
    assert_eq!(&reason.text[s..e], "Length");
    assert!(!Filter::new(Some("length"), None).ranked()[0].reasons[0].misspelled);

    // The same code found by a misspelling scores below the exact word.
    let score = |q: &str| Filter::new(Some(q), None).ranked()[0].score;
    for (exact, misspelt, code) in [
        ("forbidden", "forbiden", 403),
        ("precondition", "precondtion", 412),
        ("length", "legnth", 411),
    ] {
        assert_eq!(first(misspelt), Some(code), "{misspelt}");
        assert!(
            score(misspelt) < score(exact),
            "{misspelt} {} vs {exact} {}",
            score(misspelt),
            score(exact)
        );
    }

    // Allowed edits: none under four letters, one up to seven, two from eight.
    let entries = vec![
        Entry {
            code: 1,
            unofficial: false,
            units: vec![Unit {
                field: Field::Name,
                text: "Length",
                note: "",
            }],
        },
        Entry {
            code: 2,
            unofficial: false,
            units: vec![Unit {
                field: Field::Name,
                text: "Precondition",
                note: "",
            }],
        },
        Entry {
            code: 3,
            unofficial: false,
            units: vec![Unit {
                field: Field::Name,
                text: "Tea",
                note: "",
            }],
        },
    ];
    let index = Index::new(entries);
    let codes = |q: &str| index.search(q).iter().map(|h| h.code).collect::<Vec<_>>();
    assert_eq!(codes("lnegth"), [1], "a swap is one edit");
    assert_eq!(codes("lnegthh"), Vec::<u16>::new(), "two edits on a seven-letter word");
    assert_eq!(codes("prceondtion"), [2], "two edits on a long word");
    assert_eq!(codes("prceondtiom"), Vec::<u16>::new(), "three edits");
    assert_eq!(codes("tee"), Vec::<u16>::new(), "no edits on a short word");
}

#[test]
fn unofficial_entries_rank_below_registered_ones_unless_named() {
    let entries = vec![
        Entry {
            code: 499,
            unofficial: true,
            units: vec![Unit {
                field: Field::Name,
                text: "Client Closed Request",
                note: "",
            }],
        },
        Entry {
            code: 408,
            unofficial: false,
            units: vec![Unit {
                field: Field::Name,
                text: "Request Timeout: client closed",
                note: "",
            }],
        },
    ];
    let index = Index::new(entries);
    let codes = |q: &str| index.search(q).iter().map(|h| h.code).collect::<Vec<_>>();
    assert_eq!(codes("client closed request"), [408, 499]);
    assert_eq!(codes("nginx 499 client closed request"), [499, 408]);
}

// ---------------------------------------------------------------------------------------
// Noisy input, determinism, hostile input
// ---------------------------------------------------------------------------------------

fn long_log(target: usize) -> String {
    let line = "Nov 25 10:00:00 web-3 app[2231]: at Object.handle (/srv/app/node_modules/router/layer.js:95:5) \
                trace=7f3a9c0e span=0x1f worker=12 retries=0 elapsed=13ms ";
    let mut text = String::from("PayloadTooLargeError: request entity too large ");
    while text.len() < target {
        text.push_str(line);
    }
    text.chars().take(target).collect()
}

#[test]
fn a_5000_character_query_is_ranked_quickly() {
    let query = long_log(5000);
    assert_eq!(query.chars().count(), 5000);
    let start = Instant::now();
    let found = search(&query);
    let elapsed = start.elapsed();
    assert_eq!(found.first(), Some(&413), "{found:?}");
    // Generous for an unoptimised test build; the release figures are in search-bench.
    assert!(elapsed < Duration::from_secs(1), "{elapsed:?}");
}

#[test]
fn words_that_match_nothing_do_not_sink_the_result() {
    assert_eq!(first("teapot zzzzqqq xylophonic quixotry"), Some(418));
    assert_eq!(first("zzzzqqq slow down qqqqzzzz please"), Some(429));
}

#[test]
fn ranking_is_deterministic() {
    for query in [
        "too",
        "request",
        "header",
        "auth",
        long_log(3000).as_str(),
        "precondtion",
    ] {
        let a = Filter::new(Some(query), None).ranked();
        let b = Filter::new(Some(query), None).ranked();
        assert_eq!(a, b, "{query:?}");
    }
    // Equal scores fall back to code order, registered codes before unofficial ones (420).
    let codes: Vec<u16> = Filter::new(Some("42"), None).ranked().iter().map(|h| h.code).collect();
    assert_eq!(codes, [421, 422, 423, 424, 425, 426, 428, 429, 420]);
}

#[test]
fn hostile_input_gets_an_answer() {
    let queries = [
        "😀🔥 413 🚀".to_owned(),
        "\u{0}\u{1b}[31m\u{7f}".to_owned(),
        "{method} {".to_owned(),
        "}}}{{{".to_owned(),
        "İİİ ßß ﬁ ǅ".to_owned(),
        "a".repeat(5000),
        "<script>".repeat(700),
        "\u{301}\u{301}e\u{301}".repeat(100),
        "4".repeat(6000),
        "x-".repeat(4000),
    ];
    for query in &queries {
        let filter = Filter::new(Some(query), None);
        let _ = filter.ranked();
        let url = filter.to_url();
        assert!(url.starts_with("/?q="));
        assert!(!url.contains(['<', '>', '"', ' ']), "{url}");
    }
    assert_eq!(first("😀🔥 413 🚀"), Some(413));
    assert_eq!(search(&"a".repeat(5000)), Vec::<u16>::new());
}

#[test]
fn no_match_gives_nothing() {
    assert_eq!(search("zzzzqqq"), Vec::<u16>::new());
    assert_eq!(search("xylophonic quixotry"), Vec::<u16>::new());
    assert_eq!(search("!!! ... ???"), Vec::<u16>::new());
}

// ---------------------------------------------------------------------------------------
// The filter: empty query, groups, URLs, summary
// ---------------------------------------------------------------------------------------

#[test]
fn empty_filter_shows_all_codes_in_order() {
    assert_eq!(search_in(None, None), all_codes());
    assert_eq!(search(""), all_codes());
    assert_eq!(search("   "), all_codes());
    assert!(Filter::new(Some("  "), Some(" ")).is_empty());
}

#[test]
fn group_filter() {
    assert_eq!(search_in(None, Some("auth")), [401, 403, 407]);
    let filter = Filter::new(None, Some("auth"));
    assert_eq!(filter.known_group().map(|g| g.slug), Some("auth"));

    let both = search_in(Some("proxy"), Some("auth"));
    assert_eq!(both.first(), Some(&407));
    assert!(both.iter().all(|c| [401, 403, 407].contains(c)), "{both:?}");
    // A query whose best code is outside the group shows the group's matches only.
    let sized = search_in(Some("too large"), Some("size-limits"));
    assert_eq!(sized.first(), Some(&413));
    assert!(sized.iter().all(|c| [413, 414, 431].contains(c)), "{sized:?}");

    // Every group filter shows exactly that group's codes, in order.
    for group in GROUPS {
        let mut expected = group.codes.to_vec();
        expected.sort_unstable();
        assert_eq!(search_in(None, Some(group.slug)), expected, "group {}", group.slug);
    }
}

#[test]
fn unknown_group_is_ignored() {
    let filter = Filter::new(None, Some("nope"));
    assert!(filter.known_group().is_none());
    assert_eq!(filter.group.as_deref(), Some("nope"), "the unknown slug is kept");
    assert_eq!(search_in(None, Some("nope")), all_codes());
    assert_eq!(search_in(Some("teapot"), Some("nope")).first(), Some(&418));
}

#[test]
fn to_url_round_trip_shapes() {
    assert_eq!(Filter::default().to_url(), "/");
    assert_eq!(Filter::new(Some("auth"), Some("auth")).to_url(), "/?q=auth&group=auth");
    assert_eq!(Filter::new(None, Some("auth")).to_url(), "/?group=auth");
    let filter = Filter::new(Some("\"<a b>\""), Some("a b"));
    assert!(!filter.to_url().contains(['<', '>', '"', ' ']));
}

#[test]
fn result_summary_wording() {
    let total = CODES.len();
    assert_eq!(total, 29);

    assert_eq!(result_summary(total, &Filter::default()), "All 29 codes");

    let none = Filter::new(Some("zzzzqqq"), None);
    assert_eq!(result_summary(none.apply().len(), &none), "No code matches");

    let one = Filter::new(Some("429"), None);
    assert_eq!(result_summary(one.apply().len(), &one), "1 code matches");

    let many = Filter::new(Some("41"), None);
    assert_eq!(result_summary(many.apply().len(), &many), "9 codes match");

    let group = Filter::new(None, Some("auth"));
    assert_eq!(result_summary(group.apply().len(), &group), "3 of 29 codes");
}

#[test]
fn unofficial_codes_from_the_catalogue_are_found_after_registered_ones() {
    assert_eq!(first_ranked("client closed request"), Some(499));
    assert_eq!(first_ranked("nginx 444"), Some(444));
    assert_eq!(first_ranked("page expired laravel"), Some(419));
    // The same words find a registered code first when one fits them.
    let hits = Filter::new(Some("too many requests"), None).ranked();
    assert_eq!(hits.first().map(|h| h.code), Some(429));
}

#[test]
fn the_table_view_lives_in_the_url() {
    use fourxx_guide::search::View;
    let full = Filter::from_params(Some("auth"), None, Some("full"));
    assert_eq!(full.view, View::Full);
    assert_eq!(full.to_url(), "/?q=auth&view=full");
    assert_eq!(Filter::from_params(None, None, Some("nonsense")).view, View::Summary);
    assert_eq!(Filter::from_params(None, None, None).to_url(), "/");
}

#[test]
fn excerpts_mark_the_matched_words_and_cut_long_text() {
    use fourxx_guide::search::excerpt;
    let text = "The server refuses the request because the payload is too large";
    let start = text.find("too large").unwrap();
    let pieces = excerpt(text, &[(start, start + 9)], 200);
    assert_eq!(pieces.iter().map(|(_, t)| t.as_str()).collect::<String>(), text);
    assert_eq!(
        pieces
            .iter()
            .filter(|(m, _)| *m)
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>(),
        ["too large"]
    );
    let long = format!("{}needle{}", "x ".repeat(300), " y".repeat(300));
    let at = long.find("needle").unwrap();
    let pieces = excerpt(&long, &[(at, at + 6)], 100);
    let shown: String = pieces.iter().map(|(_, t)| t.as_str()).collect();
    assert!(
        shown.starts_with('…') && shown.ends_with('…') && shown.contains("needle"),
        "{shown}"
    );
    assert!(shown.chars().count() < 110);
    // Ranges that are out of order, empty or off a character boundary are passed over.
    assert_eq!(
        excerpt("é", &[(1, 2), (0, 0), (5, 9)], 10),
        vec![(false, "é".to_owned())]
    );
}

// ---------------------------------------------------------------------------------------
// Building the index in steps (the browser spreads it over several tasks)
// ---------------------------------------------------------------------------------------

#[test]
fn an_index_built_a_few_entries_at_a_time_equals_one_built_at_once() {
    let at_once = Index::new(catalogue_entries());
    let mut builder = IndexBuilder::new(catalogue_entries());
    let mut steps = 1;
    while !builder.add_entries(3) {
        steps += 1;
    }
    assert_eq!(steps, catalogue_entries().len().div_ceil(3));
    assert!(builder.is_complete());
    assert_eq!(format!("{:?}", builder.finish()), format!("{at_once:?}"));
}
