//! Times search ranking per query over the real catalogue and over a synthetic catalogue
//! 100 times larger (every entry copied 100 times with a share of its words changed, so the
//! vocabulary grows too). Prints the median and 95th percentile over a fixed query set.
//!
//!     cargo run --release --features ssr --bin search-bench [-- --each]
//!
//! `--each` also prints the time of every query over the 100x catalogue.
//!
//! Budget: under 1 ms per query for the real catalogue, under 16 ms for the 100x one.

use std::hint::black_box;
use std::time::{Duration, Instant};

use fourxx_guide::search::{Entry, Index, Unit, catalogue_entries, catalogue_index};

/// One of each kind: words, synonyms, misspellings, codes, headers, directives, messages,
/// log lines, and a pasted wall of text.
fn queries() -> Vec<String> {
    let mut q: Vec<String> = [
        "sign in", "too large", "slow down", "no such page", "deleted", "jwt", "url too long",
        "validation", "legnth", "precondtion", "misdirectd", "unauthroized", "header feilds too large",
        "429", "42", "nginx 413", "got a 429 from the API", "Retry-After", "If-Unmodified-Since",
        "client_max_body_size", "large_client_header_buffers", "Cannot GET /api/users",
        "PayloadTooLargeError: request entity too large",
        "Request method 'DELETE' is not supported",
        "the object has been modified; please apply your changes to the latest version and try again",
        "127.0.0.1 - - [25/Nov/2026:10:00:00 +0000] \"GET /missing HTTP/1.1\" 404 153 \"-\" \"curl/8.5.0\"",
        "2026/11/25 10:00:00 [error] 1234#0: *5 client intended to send too large body: 10485760 bytes, client: 10.0.0.1, server: example.com, request: \"POST /upload HTTP/1.1\"",
        "zzzzqqq",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let line = "at Object.handle (/srv/app/node_modules/router/layer.js:95:5) trace=7f3a9c0e worker=12 elapsed=13ms ";
    let mut wall = String::from("PayloadTooLargeError: request entity too large ");
    while wall.len() < 5000 {
        wall.push_str(line);
    }
    q.push(wall.chars().take(5000).collect());
    q
}

/// Texts of the catalogue copied `factor` times; in copy k every third word gets a suffix
/// made from k, so each copy adds new words to the vocabulary.
fn synthetic_texts(factor: usize) -> Vec<(u16, Vec<(Unit<'static>, String)>)> {
    let base = catalogue_entries();
    let mut out = Vec::new();
    for k in 0..factor {
        let tag: String = [b'a' + (k % 26) as u8, b'a' + (k / 26 % 26) as u8]
            .iter()
            .map(|&b| b as char)
            .collect();
        for (i, entry) in base.iter().enumerate() {
            let units = entry
                .units
                .iter()
                .map(|u| {
                    let text = if k == 0 {
                        u.text.to_owned()
                    } else {
                        u.text
                            .split(' ')
                            .enumerate()
                            .map(|(n, w)| {
                                if n % 3 == 0 && !w.is_empty() {
                                    format!("{w}{tag}")
                                } else {
                                    w.to_owned()
                                }
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    };
                    (u.clone(), text)
                })
                .collect();
            out.push(((10_000 + k * base.len() + i) as u16, units));
        }
    }
    out
}

fn time_queries(index: &Index<'_>, queries: &[String], rounds: usize) -> Vec<Duration> {
    queries
        .iter()
        .map(|q| {
            let mut samples: Vec<Duration> = (0..rounds)
                .map(|_| {
                    let start = Instant::now();
                    black_box(index.search(black_box(q)));
                    start.elapsed()
                })
                .collect();
            samples.sort();
            samples[samples.len() / 2]
        })
        .collect()
}

fn report(label: &str, entries: usize, build: Duration, mut times: Vec<Duration>, budget: Duration) -> bool {
    times.sort();
    let median = times[times.len() / 2];
    let p95 = times[((times.len() * 95).div_ceil(100)).saturating_sub(1)];
    let max = *times.last().unwrap();
    let ok = p95 < budget;
    println!(
        "{label:<22} {entries:>6} entries  index built in {:>8.2} ms  per query: median {:>8.3} ms  p95 {:>8.3} ms  max {:>8.3} ms  budget {:>5.1} ms  {}",
        build.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3,
        budget.as_secs_f64() * 1e3,
        if ok { "ok" } else { "OVER BUDGET" }
    );
    ok
}

fn main() -> std::process::ExitCode {
    let queries = queries();
    println!(
        "{} queries (one of 5,000 characters); each time is the median of repeated runs",
        queries.len()
    );

    let start = Instant::now();
    let real = catalogue_index();
    let build = start.elapsed();
    let ok_real = report(
        "real catalogue",
        real.entries().len(),
        build,
        time_queries(real, &queries, 50),
        Duration::from_millis(1),
    );

    let texts = synthetic_texts(100);
    let start = Instant::now();
    let entries: Vec<Entry<'_>> = texts
        .iter()
        .map(|(code, units)| Entry {
            code: *code,
            unofficial: false,
            units: units
                .iter()
                .map(|(u, text)| Unit {
                    field: u.field,
                    text,
                    note: u.note,
                })
                .collect(),
        })
        .collect();
    let big = Index::new(entries);
    let build = start.elapsed();
    let big_times = time_queries(&big, &queries, 5);
    if std::env::args().any(|a| a == "--each") {
        for (q, t) in queries.iter().zip(&big_times) {
            println!(
                "  {:>8.3} ms  {:?}",
                t.as_secs_f64() * 1e3,
                q.chars().take(60).collect::<String>()
            );
        }
    }
    let ok_big = report(
        "synthetic 100x",
        big.entries().len(),
        build,
        big_times,
        Duration::from_millis(16),
    );

    if ok_real && ok_big {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}
