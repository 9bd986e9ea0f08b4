//! `/check`: paste a response, see what the RFCs say. The paste lives only in the URL
//! fragment (`#r=...`), which browsers never send to a server; the checking is
//! `crate::check`, pure functions run in the browser.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::check::{self, Checked, EXAMPLES, Finding, Severity, StatusKind, fragment};
use crate::routes::{CHECK_PATH, code_path, href};

/// What the fragment holds: the paste, or why it could not be read.
fn paste_from_hash(hash: &str) -> Result<String, &'static str> {
    match fragment::from_hash(hash) {
        None => Ok(String::new()),
        Some(Ok(text)) => Ok(text),
        Some(Err(error)) => Err(error.message()),
    }
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let location = use_location();
    let initial = paste_from_hash(&location.hash.get_untracked());
    let draft = RwSignal::new(initial.clone().unwrap_or_default());
    let shown = RwSignal::new(initial);
    // A click on an example link (or Back) changes the hash: show that paste.
    Effect::new(move |previous: Option<String>| {
        let hash = location.hash.get();
        if previous.is_some_and(|p| p != hash) {
            let paste = paste_from_hash(&hash);
            draft.set(paste.clone().unwrap_or_default());
            shown.set(paste);
        }
        hash
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        crate::browser::replace_hash(&fragment::to_hash(&text));
        shown.set(Ok(text));
    };

    view! {
        <article class="check">
            <h1>"Check a response"</h1>
            <p class="lead">
                "Paste what your server sent: the status line, the headers and the body if you like, as "
                <code>"curl -i"</code> " or " <code>"curl -v"</code>
                " print it, as HTTPie shows it, or as Postman or your browser's developer tools copy it. "
                "Several responses (" <code>"curl -L"</code> ") are each checked."
            </p>
            <p class="note">
                "The text stays in this page's address after the #, the fragment, which browsers never send to a server. "
                "The check runs in your browser, and a link to this page carries the paste with it."
            </p>
            <noscript><p class="note">"The checker runs in your browser and needs JavaScript."</p></noscript>
            <form class="check-form" on:submit=on_submit>
                <label for="paste">"HTTP response"</label>
                <textarea
                    id="paste"
                    name="paste"
                    rows="12"
                    spellcheck="false"
                    autocomplete="off"
                    placeholder="HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\nContent-Type: text/html"
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                ></textarea>
                <button type="submit">"Check"</button>
            </form>
            <div class="check-results" aria-live="polite">
                // Recomputed only when `shown` changes, i.e. on Check or a new link.
                {move || match shown.get() {
                    Err(message) => view! { <p class="notice" role="alert">{message}</p> }.into_any(),
                    Ok(text) => results(check::check(&text)),
                }}
            </div>
            <section aria-labelledby="examples-heading">
                <h2 id="examples-heading">"Examples to try"</h2>
                <ul class="check-examples">
                    {EXAMPLES
                        .iter()
                        .map(|example| {
                            let link = format!("{}{}", href(CHECK_PATH), fragment::to_hash(example.paste));
                            view! { <li><a href=link>{example.label}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </section>
        </article>
    }
}

fn results(report: check::Report) -> AnyView {
    let several = report.responses.len() > 1;
    view! {
        {report
            .notices
            .iter()
            .map(|n| {
                // A named status leads to its page.
                let page = match n {
                    check::Notice::NamedStatus { code } | check::Notice::CorsError { code: Some(code) } => Some(*code),
                    _ => None,
                }
                .map(|code| {
                    view! {
                        " "
                        <a href=href(&code_path(code))>{format!("What {code} means")}</a>
                    }
                });
                view! { <p class="notice">{n.message()} {page}</p> }
            })
            .collect_view()}
        {report
            .responses
            .into_iter()
            .enumerate()
            .map(|(i, checked)| response_result(checked, several.then_some(i + 1)))
            .collect_view()}
    }
    .into_any()
}

fn response_result(checked: Checked, number: Option<usize>) -> AnyView {
    let r = &checked.response;
    let first_line = format!("{} {}", r.status_text, r.reason.clone().unwrap_or_default());
    let heading = match number {
        _ if checked.kind == StatusKind::Unknown => "Response headers".to_owned(),
        Some(n) => format!("Response {n}: {}", first_line.trim()),
        None => format!("Response: {}", first_line.trim()),
    };
    let status = status_line(&checked);
    let summary = if checked.findings.is_empty() {
        "Nothing to report: this response follows the rules checked here.".to_owned()
    } else {
        [Severity::Error, Severity::Warning, Severity::Note]
            .iter()
            .filter_map(|&s| {
                let n = checked.count(s);
                (n > 0).then(|| format!("{n} {}{}", s.label(), if n == 1 { "" } else { "s" }))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let groups = [Severity::Error, Severity::Warning, Severity::Note].map(|severity| {
        let items: Vec<Finding> = checked
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .cloned()
            .collect();
        (!items.is_empty()).then(|| {
            let class = format!("findings findings-{}", severity.label());
            view! {
                <ul class=class>
                    {items.into_iter().map(finding_item).collect_view()}
                </ul>
            }
        })
    });
    view! {
        <section class="check-response">
            <h2>{heading}</h2>
            <p>{status}</p>
            <p class="check-summary">{summary}</p>
            {groups.into_iter().collect_view()}
        </section>
    }
    .into_any()
}

fn status_line(checked: &Checked) -> AnyView {
    let code = checked.response.status.unwrap_or(0);
    match checked.kind {
        StatusKind::Guide(status) => view! {
            "A 4xx client error: "
            <a href=href(&code_path(code))>{format!("{} {}", status.code, status.title_name())}</a>
            " in the guide."
        }
        .into_any(),
        StatusKind::Unregistered4xx => view! {
            {format!("{code} is in the 4xx class but no registry defines it; clients treat it as ")}
            <a href=href(&code_path(400))>"400 Bad Request"</a>
            "."
        }
        .into_any(),
        StatusKind::OtherClass(class) => {
            let not_error = if (200..400).contains(&code) {
                " It is not an error."
            } else {
                ""
            };
            format!(
                "{code} is {}.{not_error} This guide covers the 4xx client errors.",
                class.describe()
            )
            .into_any()
        }
        StatusKind::Invalid => {
            "Not a valid status code: HTTP status codes are three digits from 100 to 599.".into_any()
        }
        StatusKind::Unknown => "No status code was pasted, so only its headers were checked.".into_any(),
    }
}

fn finding_item(finding: Finding) -> AnyView {
    let url = finding.citation.url();
    let label = finding.citation.label();
    view! {
        <li>
            <p>
                <span class="severity">{finding.severity.label()} ": "</span>
                <strong>{finding.title}</strong>
            </p>
            <blockquote cite=url.clone()>
                <p>{finding.citation.quote}</p>
            </blockquote>
            <p class="citation"><a href=url>{label}</a></p>
            <p>"Fix: " {finding.fix}</p>
        </li>
    }
    .into_any()
}
