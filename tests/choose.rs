//! "Which 4xx should I return?": realistic scenarios walked through the guide as a reader
//! would, by the option labels; the generated steps checked against independent facts (the
//! RFCs' section numbers, the `http` crate's reason phrases); routes and rendered pages.

use std::collections::BTreeSet;

use fourxx_guide::catalog::CODES;
use fourxx_guide::choose::{ANSWERS, Answer, Next, QUESTIONS, Question, START_PATH, Step, find_step, paths, start};
use fourxx_guide::routes::Page;

/// Follows options from the start, each picked by its label or a piece of it (ignoring
/// case), which must match exactly one option of the question on screen.
fn walk(picks: &[&str]) -> Result<&'static Answer, String> {
    let mut question: &'static Question = start();
    for (i, pick) in picks.iter().enumerate() {
        let wanted = pick.to_lowercase();
        let exact: Vec<_> = question
            .options
            .iter()
            .filter(|o| o.label.to_lowercase() == wanted)
            .collect();
        let matching: Vec<_> = if exact.is_empty() {
            question
                .options
                .iter()
                .filter(|o| o.label.to_lowercase().contains(&wanted))
                .collect()
        } else {
            exact
        };
        let [option] = matching.as_slice() else {
            return Err(format!(
                "step {i}: {pick:?} matches {} options of {:?}",
                matching.len(),
                question.slug
            ));
        };
        match option.next.step() {
            Step::Question(next) => question = next,
            Step::Answer(answer) if i + 1 == picks.len() => return Ok(answer),
            Step::Answer(answer) => {
                return Err(format!("step {i}: {pick:?} already ends on {}", answer.code));
            }
        }
    }
    Err(format!("the path ends on the question {:?}", question.slug))
}

// Start options, as a reader sees them.
const MESSAGE: &str = "the message itself";
const RATE: &str = "too many requests";
const WHO: &str = "who is calling";
const MAY: &str = "what the caller may do";
const THING: &str = "the thing asked for";
const METHOD: &str = "the method or a format";
const DATA: &str = "the data sent";
const STATE: &str = "the current state";
const FINE: &str = "nothing: the request is fine";

/// Realistic API situations, the labels a reader who knows only the situation would pick,
/// and the code they should land on.
#[rustfmt::skip]
const SCENARIOS: &[(&str, &[&str], u16)] = &[
    ("A client uploads a 200 MB video; uploads are limited to 100 MB", &[MESSAGE, "body is too large"], 413),
    ("GET /search with 20,000 product IDs in the query string", &[MESSAGE, "url is too long"], 414),
    ("A browser sends a 40 KB cookie", &[MESSAGE, "headers are too large"], 431),
    ("A POST with a body but no Content-Length, which the server requires", &[MESSAGE, "how long it is"], 411),
    ("A request carries two different Content-Length headers", &[MESSAGE, "not valid http"], 400),
    ("A client sends its headers one byte a minute and never finishes", &[MESSAGE, "took too long"], 408),
    ("A plain HTTP GET reaches the /socket WebSocket endpoint", &[MESSAGE, "wrong protocol", "switch to another protocol"], 426),
    ("The API only accepts a newer protocol, and the client must upgrade", &[MESSAGE, "wrong protocol", "switch"], 426),
    ("A request for shop.example arrives on a connection opened for api.example, a host this server does not serve", &[MESSAGE, "wrong protocol", "host name"], 421),
    ("A POST /payments arrives in TLS 1.3 early data", &[MESSAGE, "wrong protocol", "early data"], 425),
    ("A request carries Expect: 202-accepted, which the server does not support", &[MESSAGE, "wrong protocol", "expect header"], 417),
    ("A client speaks HTTP/4.0 to a server that supports HTTP/1.1 and HTTP/2", &[MESSAGE, "wrong protocol", "http version"], 505),
    ("A request with Transfer-Encoding: zstd-frames, which the server does not understand", &[MESSAGE, "wrong protocol", "transfer-encoding"], 501),
    ("An API key made its 1,001st call this hour; the plan allows 1,000", &[RATE, "rate limit"], 429),
    ("A traffic spike overloads the servers; every request is failing", &[RATE, "overloaded"], 503),
    ("The database is down for scheduled maintenance", &[FINE, "down for maintenance"], 503),
    ("GET /me without any Authorization header", &[WHO, "no proof"], 401),
    ("A request with a JWT that expired an hour ago", &[WHO, "not valid"], 401),
    ("Basic auth with the wrong password", &[WHO, "not valid"], 401),
    ("A session cookie for a session that was logged out", &[WHO, "not valid"], 401),
    ("An anonymous visitor calls an endpoint for members, seen as a permission problem", &[MAY, "know who they are"], 401),
    ("A company proxy needs users to log in before it forwards requests", &[WHO, "proxy"], 407),
    ("A valid OAuth token without the write:orders scope calls POST /orders", &[MAY, "lacks the permission", "no secret"], 403),
    ("The same, entered by who is calling", &[WHO, "proof is valid", "lacks the permission", "no secret"], 403),
    ("A regular user calls DELETE /admin/users/7", &[MAY, "lacks the permission", "no secret"], 403),
    ("User A requests /invoices/123, which belongs to user B; don't reveal it exists", &[MAY, "lacks the permission", "private"], 404),
    ("A private repository is requested by a user who is not a member", &[MAY, "lacks the permission", "private"], 404),
    ("An account suspended for abuse tries to post a comment", &[MAY, "blocked"], 403),
    ("A request comes from an IP range the service refuses", &[MAY, "blocked"], 403),
    ("A form is posted without a valid CSRF token", &[MAY, "blocked"], 403),
    ("The free trial ended and the user calls a premium endpoint", &[MAY, "pay first"], 402),
    ("A video is withheld in one country under a court order, and a viewer there asks for it", &[MAY, "court order"], 451),
    ("A PUT whose JSON body carries an out-of-date version number, and no If-Match header", &[STATE, "conflicts with the current data"], 409),
    ("GET /users/999 and there is no user 999", &[THING, "no such thing"], 404),
    ("A mistyped URL: /prodcuts/12", &[THING, "no such thing"], 404),
    ("API v1 was retired for good; a client still calls /v1/orders", &[THING, "removed on purpose"], 410),
    ("/blog/2019/post now lives at /articles/post", &[THING, "new address for good"], 308),
    ("During a migration, /reports is served from /reports-old for a week", &[THING, "for now"], 307),
    ("GET /v2/invoices is in the docs but not built yet", &[THING, "not built yet"], 501),
    ("A request for shop.example reaches the server that hosts only api.example", &[THING, "host name"], 421),
    ("A court order forbids serving an article", &[THING, "law"], 451),
    ("DELETE /countries/fr on a read-only list", &[METHOD, "does not allow"], 405),
    ("A client sends the made-up method BREW", &[METHOD, "does not know"], 501),
    ("XML is posted to an endpoint that only takes JSON", &[METHOD, "body is in a format"], 415),
    ("An image upload sent as image/svg+xml where only PNG and JPEG are taken", &[METHOD, "body is in a format"], 415),
    ("A client asks for Accept: text/csv; the API only produces JSON and will not default", &[METHOD, "response format"], 406),
    ("Range: bytes=5000-5999 on a 1,000-byte file", &[METHOD, "part of a file"], 416),
    ("GET /orders?limit=abc", &[DATA, "parameter in the url"], 400),
    ("GET /events without the required ?from= date", &[DATA, "parameter in the url"], 400),
    ("A required X-Api-Version header is missing", &[DATA, "a header"], 400),
    ("A profile picture uploaded as BMP where only PNG and JPEG are taken, seen as bad data", &[DATA, "file type"], 415),
    ("A POST body of {\"name\": \"Ann\", cut off mid-way", &[DATA, "cannot be read"], 400),
    ("POST /users with email set to \"not-an-email\"", &[DATA, "break your rules"], 422),
    ("An order with quantity -3", &[DATA, "break your rules"], 422),
    ("A signup with a required field missing from valid JSON", &[DATA, "break your rules"], 422),
    ("Signing up with a username that is taken, seen as bad data", &[DATA, "clash with data"], 409),
    ("A signup with an email address that is already registered", &[STATE, "conflicts"], 409),
    ("Cancelling an order that has already shipped", &[STATE, "conflicts"], 409),
    ("A PUT with If-Match carrying an old ETag after someone else saved", &[STATE, "condition is false"], 412),
    ("A PUT with If-None-Match: * to create a settings document that already exists", &[STATE, "condition is false"], 412),
    ("A PUT without If-Match, on an API that requires it", &[STATE, "which version"], 428),
    ("A GET with If-None-Match equal to the current ETag", &[STATE, "only if changed"], 304),
    ("A WebDAV PUT to a file another user has locked", &[STATE, "locked"], 423),
    ("In a batch, step 2 was skipped because step 1 failed", &[STATE, "depended"], 424),
    ("DELETE /items/5 worked and there is nothing to return", &[FINE, "succeeded", "nothing to send back"], 204),
    ("POST /orders created an order", &[FINE, "succeeded", "created"], 201),
    ("POST /exports queued a job that runs later", &[FINE, "succeeded", "later"], 202),
    ("GET /orders/5 returns the order", &[FINE, "succeeded", "send data back"], 200),
    ("A search for \"zzz\" matches no products", &[FINE, "succeeded", "send data back"], 200),
    ("A null pointer exception in the handler", &[FINE, "your server failed"], 500),
    ("The payment provider did not answer within 30 seconds", &[FINE, "did not answer in time"], 504),
    ("The upstream service returned an HTML error page instead of JSON", &[FINE, "sent back nonsense"], 502),
    ("An endpoint for a feature that is planned but not built", &[FINE, "not built yet"], 501),
    ("Turn away scrapers with 418 I'm a teapot", &[MAY, "joke"], 418),
    ("An April Fools' easter egg", &[FINE, "april fools"], 418),
    // Taken the long way: every "none of these" until something fits.
    ("No Authorization header, going question by question", &[MESSAGE, "none of these", "neither", "no proof"], 401),
    ("A missing user, going question by question", &[MESSAGE, "none of these", "neither", "proof is valid", "yes, or anyone", "no such thing"], 404),
    ("An email already taken, going question by question", &[MESSAGE, "none of these", "neither", "proof is valid", "yes, or anyone", "it exists", "none of these", "yes", "conflicts"], 409),
];

#[test]
fn realistic_scenarios_land_on_the_right_code() {
    assert!(SCENARIOS.len() >= 40);
    let failures: Vec<String> = SCENARIOS
        .iter()
        .filter_map(|(scenario, picks, expected)| match walk(picks) {
            Ok(answer) if answer.code == *expected => None,
            Ok(answer) => Some(format!("{scenario}: got {}, expected {expected}", answer.code)),
            Err(e) => Some(format!("{scenario}: {e}")),
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_walker_rejects_paths_that_do_not_fit() {
    assert!(walk(&["no such label"]).is_err());
    assert!(walk(&[MESSAGE]).is_err(), "ends on a question");
    assert!(walk(&["the"]).is_err(), "matches several options");
}

/// Every step reachable from the start by following the generated links, found afresh
/// from the emitted data (not from the TOML build.rs checked).
fn reachable() -> (BTreeSet<&'static str>, Vec<&'static Answer>) {
    let mut seen = BTreeSet::new();
    let mut answers = Vec::new();
    let mut queue = vec![Step::Question(start())];
    while let Some(step) = queue.pop() {
        if !seen.insert(step.slug()) {
            continue;
        }
        match step {
            Step::Question(q) => queue.extend(q.options.iter().map(|o| o.next.step())),
            Step::Answer(a) => answers.push(a),
        }
    }
    (seen, answers)
}

#[test]
fn every_step_and_every_catalogue_code_is_reachable() {
    let (seen, answers) = reachable();
    assert_eq!(seen.len(), QUESTIONS.len() + ANSWERS.len());
    let codes: BTreeSet<u16> = answers.iter().map(|a| a.code).collect();
    for status in CODES {
        assert!(codes.contains(&status.code), "{} is not reachable", status.code);
    }
    assert_eq!(CODES.len(), 29);
}

#[test]
fn teapot_is_reachable_and_never_recommended() {
    let (_, answers) = reachable();
    let teapots: Vec<_> = answers.iter().filter(|a| a.code == 418).collect();
    assert!(!teapots.is_empty());
    for answer in teapots {
        assert!(answer.never);
        assert!(!answer.alternatives.is_empty(), "418 must say what to use instead");
        for alt in answer.alternatives {
            assert!((400..500).contains(&alt.code) && alt.code != 418);
        }
    }
    assert!(ANSWERS.iter().filter(|a| a.never).all(|a| a.code == 418));
}

/// The classic dilemmas: each side of each pair is recommended somewhere and names the
/// other as its close alternative, with when to prefer it.
#[test]
fn classic_dilemmas_are_settled_both_ways() {
    let pairs = [
        (401, 403),
        (403, 404),
        (404, 410),
        (400, 422),
        (409, 412),
        (412, 428),
        (409, 428),
        (413, 414),
        (413, 431),
        (414, 431),
        (405, 501),
        (406, 415),
        (429, 503),
        (408, 504),
    ];
    let names = |a: u16, b: u16| {
        ANSWERS
            .iter()
            .any(|r| r.code == a && r.alternatives.iter().any(|alt| alt.code == b))
    };
    for (a, b) in pairs {
        assert!(names(a, b), "no answer {a} names {b} as an alternative");
        assert!(names(b, a), "no answer {b} names {a} as an alternative");
    }
    // A bad query parameter is a 400, and its answer says why it is not 422.
    let query = walk(&[DATA, "parameter in the url"]).unwrap();
    assert_eq!(query.code, 400);
    assert!(query.note.contains("422"));
    // RFC 6750: invalid_token is 401, insufficient_scope is 403.
    let expired = walk(&[WHO, "not valid"]).unwrap();
    assert_eq!((expired.rfc, expired.section), (6750, "3.1"));
    assert!(expired.reason.contains("invalid_token") && expired.note.contains("insufficient_scope"));
}

/// Sections of the RFCs cited for codes outside the catalogue, from RFC 9110's table of
/// contents, and the names registered for them.
const OUTSIDE: &[(u16, &str, &str)] = &[
    (200, "15.3.1", "OK"),
    (201, "15.3.2", "Created"),
    (202, "15.3.3", "Accepted"),
    (204, "15.3.5", "No Content"),
    (301, "15.4.2", "Moved Permanently"),
    (304, "15.4.5", "Not Modified"),
    (307, "15.4.8", "Temporary Redirect"),
    (308, "15.4.9", "Permanent Redirect"),
    (500, "15.6.1", "Internal Server Error"),
    (501, "15.6.2", "Not Implemented"),
    (502, "15.6.3", "Bad Gateway"),
    (503, "15.6.4", "Service Unavailable"),
    (504, "15.6.5", "Gateway Timeout"),
    (505, "15.6.6", "HTTP Version Not Supported"),
];

/// Sections cited on purpose for a code other than their own.
const CROSS_CITED: &[(u16, u16, &str)] = &[
    // RFC 9110 §15.5.4 (403) allows 404 to hide a forbidden resource.
    (404, 9110, "15.5.4"),
    // RFC 6750 §3.1: invalid_token is answered with 401.
    (401, 6750, "3.1"),
];

#[test]
fn citations_are_the_codes_own_sections() {
    for answer in ANSWERS {
        let cited = (answer.rfc, answer.section);
        let ok = match answer.status() {
            Some(status) => {
                status.specs.iter().any(|s| (s.rfc, s.section) == cited)
                    || CROSS_CITED.contains(&(answer.code, answer.rfc, answer.section))
            }
            None => OUTSIDE
                .iter()
                .any(|&(code, section, _)| code == answer.code && (9110, section) == cited),
        };
        assert!(ok, "{}: cites RFC {} §{}", answer.slug, answer.rfc, answer.section);
        assert!(
            answer
                .spec()
                .url()
                .starts_with(&format!("https://www.rfc-editor.org/rfc/rfc{}#section-", answer.rfc))
        );
    }
}

#[test]
fn names_outside_the_catalogue_are_the_registered_ones() {
    let mut checked = 0;
    let alternatives = ANSWERS
        .iter()
        .flat_map(|a| a.alternatives.iter().map(|alt| (alt.code, alt.code_name())));
    for (code, name) in ANSWERS.iter().map(|a| (a.code, a.code_name())).chain(alternatives) {
        if fourxx_guide::catalog::find_code(code).is_some() {
            continue;
        }
        let reason = http::StatusCode::from_u16(code).unwrap().canonical_reason();
        assert_eq!(Some(name), reason, "{code}");
        let table = OUTSIDE.iter().find(|(c, ..)| *c == code).map(|(_, _, n)| *n);
        assert_eq!(Some(name), table, "{code}");
        checked += 1;
    }
    assert!(checked > 10);
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

#[test]
fn every_step_has_its_own_path_that_leads_back_to_it() {
    let all = paths();
    assert_eq!(all[0], START_PATH);
    assert_eq!(all.len(), QUESTIONS.len() + ANSWERS.len());
    assert_eq!(all.iter().collect::<BTreeSet<_>>().len(), all.len(), "paths are unique");
    for path in &all {
        let Page::Choose(step) = Page::from_path(path) else {
            panic!("{path} is not a step");
        };
        assert_eq!(&step.path(), path);
        let bare = path.trim_end_matches('/');
        assert_eq!(Page::from_path(bare), Page::Choose(step), "{bare}");
    }
    assert_eq!(Page::from_path("/choose"), Page::Choose(Step::Question(start())));
    assert_eq!(find_step(start().slug), Some(Step::Question(start())));
}

#[test]
fn option_links_point_at_their_steps() {
    for question in QUESTIONS {
        for option in question.options {
            let Page::Choose(step) = Page::from_path(&option.path()) else {
                panic!("{}: {} leads nowhere", question.slug, option.label);
            };
            let expected = match option.next {
                Next::Question(i) => Step::Question(&QUESTIONS[i]),
                Next::Answer(i) => Step::Answer(&ANSWERS[i]),
            };
            assert_eq!(step, expected);
        }
    }
}

#[test]
fn unknown_steps_are_not_found() {
    for path in ["/choose/nope", "/choose/413", "/choose/%3Cscript%3E/", "/choose/a/b"] {
        assert!(matches!(Page::from_path(path), Page::NotFound(_)), "{path}");
    }
    let long = format!("/choose/{}", "x".repeat(5000));
    assert!(matches!(Page::from_path(&long), Page::NotFound(_)));
}

// ---------------------------------------------------------------------------------------
// Pages, rendered natively by the same components the browser runs
// ---------------------------------------------------------------------------------------

#[cfg(feature = "ssr")]
mod render {
    use super::*;
    use fourxx_guide::render::render_app;

    fn render(path: &str) -> String {
        render_app(path).replace("<!>", "")
    }

    fn escaped(text: &str) -> String {
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    }

    #[test]
    fn a_question_page_is_a_list_of_links() {
        let html = render("/choose/");
        let question = start();
        assert!(html.contains(&format!("<h1>{}</h1>", escaped(question.text))));
        for option in question.options {
            assert!(
                html.contains(&format!(r#"<a href="{}">"#, option.path())),
                "{}",
                option.label
            );
            assert!(html.contains(&escaped(option.label)));
        }
        let html = render("/choose/content/");
        assert!(html.contains(r#"href="/choose/bad-parameter/""#));
        assert!(html.contains(r#"<a href="/choose/">Start again"#));
    }

    #[test]
    fn an_answer_page_links_the_code_the_rfc_and_the_alternatives() {
        let html = render("/choose/content-too-large/");
        assert!(html.contains(
            r#"<a href="/codes/413/"><span class="code-number choose-code">413</span> Content Too Large</a></h1>"#
        ));
        assert!(
            html.contains(r#"href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14">RFC 9110 §15.5.14</a>"#)
        );
        assert!(html.contains(r#"href="/codes/414/""#) && html.contains(r#"href="/codes/431/""#));
        assert!(html.contains(r#"<a href="/choose/">Start again"#));
        assert!(!html.contains("choose-never") && !html.contains("choose-not-4xx"));
    }

    #[test]
    fn teapot_and_server_errors_are_marked() {
        let html = render("/choose/teapot/");
        assert!(html.contains("choose-never"));
        assert!(html.contains("Never return 418."));
        assert!(html.contains(">Use instead</h2>"));
        let html = render("/choose/unavailable/");
        assert!(html.contains("choose-not-4xx"));
        assert!(html.contains("503 is a 5xx server error, not a client error."));
        assert!(!html.contains(r#"href="/codes/503/""#), "no catalogue page for 503");
        // 429's alternative 503 links to the guide's 503 answer.
        let html = render("/choose/too-many-requests/");
        assert!(html.contains(r#"href="/choose/unavailable/""#));
    }

    #[test]
    fn answers_outside_the_4xx_range_say_so() {
        let mut seen = 0;
        for answer in ANSWERS.iter().filter(|a| !(400..500).contains(&a.code)) {
            assert!(answer.status().is_none());
            let html = render(&Step::Answer(answer).path());
            assert!(html.contains("choose-not-4xx"), "{}", answer.slug);
            let class = if answer.code >= 500 {
                "a 5xx server error"
            } else if answer.code >= 300 {
                "a 3xx redirection"
            } else {
                "a 2xx success"
            };
            assert!(
                html.contains(&format!("<strong>{} is {class}", answer.code)),
                "{}",
                answer.slug
            );
            seen += 1;
        }
        assert!(seen >= 10);
    }

    #[test]
    fn unknown_steps_render_the_not_found_page() {
        let html = render("/choose/%3Cimg%20src=x%3E");
        assert!(html.contains("<h1>Page not found</h1>"));
        assert!(!html.contains("<img"));
    }
}
