//! `/codes/:code`: everything about one code, meaning first, then what to send, how
//! caches and clients treat it, the spec, how to return it, and what it is confused with.

use leptos::prelude::*;

use crate::catalog::{self, Direction, Status, source_label};
use crate::components::{Breadcrumbs, CopyButton, Prose};
use crate::routes::{code_path, group_path, href};

#[component]
pub fn CodePage(status: &'static Status) -> impl IntoView {
    let other_names = status.other_names();
    let groups: Vec<_> = catalog::groups_of(status.code).collect();
    let (previous, next) = catalog::neighbours(status.code);
    view! {
        <article class="code-page">
            <Breadcrumbs current=status.code.to_string() />
            <h1>
                <span class="code-number">{status.code}</span>
                " "
                {status.title_name()}
            </h1>
            {(!other_names.is_empty())
                .then(|| view! { <p class="other-names">"Also known as " {other_names.join(", ")}</p> })}
            {(!groups.is_empty())
                .then(|| {
                    view! {
                        <ul class="tags" aria-label="Groups">
                            {groups
                                .into_iter()
                                .map(|g| view! { <li><a href=href(&group_path(g.slug))>{g.name}</a></li> })
                                .collect_view()}
                        </ul>
                    }
                })}
            <section aria-labelledby="meaning-heading">
                <h2 id="meaning-heading">"Meaning"</h2>
                <p class="meaning"><Prose text=status.meaning except=status.code /></p>
                <Names status />
            </section>
            <Visitor status />
            <Example status />
            <Headers status />
            <CachingAndRetry status />
            <Specification status />
            <HowToReturn status />
            <RelatedCodes status />
            <p class="json-link">
                // rel="external": a file, not a route, so the router lets the browser load it.
                <a href=href(&format!("/codes/{}.json", status.code)) rel="external">
                    "This code as JSON"
                </a>
            </p>
            <nav class="prev-next" aria-label="Neighbouring codes">
                {previous
                    .map(|p| {
                        view! {
                            <a href=href(&code_path(p.code)) rel="prev">
                                "← " {p.code} " " {p.title_name()}
                            </a>
                        }
                    })}
                {next
                    .map(|n| {
                        view! {
                            <a href=href(&code_path(n.code)) rel="next" class="next">
                                {n.code} " " {n.title_name()} " →"
                            </a>
                        }
                    })}
            </nav>
        </article>
    }
}

#[component]
fn Names(status: &'static Status) -> impl IntoView {
    (!status.registered_name.is_empty()).then(|| {
        let defining = status.specs.first();
        view! {
            <dl class="facts">
                <dt>"Registered name (IANA)"</dt>
                <dd>
                    {status.registered_name}
                    {defining.map(|spec| view! { " (" <a href=spec.url() rel="external">{spec.label()}</a> ")" })}
                </dd>
                {(!status.legacy.is_empty())
                    .then(|| {
                        view! {
                            <dt>"Former and library names"</dt>
                            <dd>
                                <ul class="legacy-names">
                                    {status
                                        .legacy
                                        .iter()
                                        .map(|l| view! { <li>{l.name} " (" <SourceLink url=l.source /> ")"</li> })
                                        .collect_view()}
                                </ul>
                            </dd>
                        }
                    })}
            </dl>
        }
    })
}

/// A link to a primary source, labelled "RFC 9110 §15.5.2" or by its repository or host.
#[component]
fn SourceLink(url: &'static str) -> impl IntoView {
    view! { <a href=url rel="external" class="source">{source_label(url)}</a> }
}

#[component]
fn Visitor(status: &'static Status) -> impl IntoView {
    (!status.visitor.is_empty()).then(|| {
        view! {
            <aside class="visitor" aria-labelledby="visitor-heading">
                <h2 id="visitor-heading">"Seeing this as a visitor?"</h2>
                <p>{status.visitor}</p>
            </aside>
        }
    })
}

#[component]
fn Example(status: &'static Status) -> impl IntoView {
    (!status.example.is_empty()).then(|| {
        view! {
            <section aria-labelledby="example-heading">
                <h2 id="example-heading">"Example"</h2>
                <div class="snippet">
                    <pre tabindex="0"><code>{status.example}</code></pre>
                    <CopyButton text=status.example label="the example exchange" />
                </div>
            </section>
        }
    })
}

#[component]
fn Headers(status: &'static Status) -> impl IntoView {
    if status.specs.is_empty() {
        return None;
    }
    let view = if status.headers.is_empty() {
        view! { <p>"The specification asks for no particular header with this code."</p> }.into_any()
    } else {
        view! {
            <table class="headers-table">
                <thead>
                    <tr>
                        <th scope="col">"Header"</th>
                        <th scope="col">"In"</th>
                        <th scope="col">"Level"</th>
                        <th scope="col">"Why"</th>
                    </tr>
                </thead>
                <tbody>
                    {status
                        .headers
                        .iter()
                        .map(|h| {
                            let direction = match h.direction {
                                Direction::Response => "Response",
                                Direction::Request => "Request",
                            };
                            let class = match (h.requirement, h.wording) {
                                (Some(r), _) => format!("level level-{}", r.keyword().to_lowercase()),
                                (None, Some(_)) => "level level-wording".to_owned(),
                                (None, None) => "level level-related".to_owned(),
                            };
                            view! {
                                <tr>
                                    <th scope="row"><code>{h.name}</code></th>
                                    <td>{direction}</td>
                                    <td class=class>{h.level()}</td>
                                    <td>{h.note} " (" <SourceLink url=h.source /> ")"</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    Some(view! {
        <section aria-labelledby="headers-heading">
            <h2 id="headers-heading">"Headers"</h2>
            {view}
        </section>
    })
}

#[component]
fn CachingAndRetry(status: &'static Status) -> impl IntoView {
    (!status.caching.is_empty()).then(|| {
        let (cacheable, source) = status.default_caching();
        view! {
            <section aria-labelledby="caching-heading">
                <h2 id="caching-heading">"Caching and retry"</h2>
                <dl class="facts">
                    <dt>"Cacheable by default"</dt>
                    <dd>{cacheable} " (" <SourceLink url=source /> ")"</dd>
                    <dt>"Caching"</dt>
                    <dd>{status.caching} " (" <SourceLink url=status.caching_source /> ")"</dd>
                    <dt>"Retry"</dt>
                    <dd><Prose text=status.retry except=status.code /> " (" <SourceLink url=status.retry_source /> ")"</dd>
                </dl>
            </section>
        }
    })
}

#[component]
fn Specification(status: &'static Status) -> impl IntoView {
    (!status.specs.is_empty()).then(|| {
        view! {
            <section aria-labelledby="spec-heading">
                <h2 id="spec-heading">"Specification"</h2>
                <ul class="specs">
                    {status
                        .specs
                        .iter()
                        .enumerate()
                        .map(|(i, spec)| {
                            view! {
                                <li>
                                    <a href=spec.url() rel="external">{spec.label()}</a>
                                    ": " {spec.title}
                                    {(i == 0).then_some(" (defines it)")}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn HowToReturn(status: &'static Status) -> impl IntoView {
    (!status.how_to.is_empty()).then(|| {
        view! {
            <section aria-labelledby="howto-heading">
                <h2 id="howto-heading">"How to return it"</h2>
                <dl class="how-to">
                    {status
                        .how_to
                        .iter()
                        .map(|h| {
                            view! {
                                <dt>{h.language.label()}</dt>
                                <dd>
                                    <div class="snippet">
                                        <pre tabindex="0"><code>{h.snippet}</code></pre>
                                        <CopyButton text=h.snippet label=format!("the {} snippet", h.language.label()) />
                                    </div>
                                    {h.note.map(|note| view! { <p class="snippet-note">{note}</p> })}
                                </dd>
                            }
                        })
                        .collect_view()}
                </dl>
            </section>
        }
    })
}

#[component]
fn RelatedCodes(status: &'static Status) -> impl IntoView {
    (!status.related.is_empty()).then(|| {
        view! {
            <section aria-labelledby="related-heading">
                <h2 id="related-heading">"Related codes and how to choose"</h2>
                <ul class="related">
                    {status
                        .related
                        .iter()
                        .map(|r| {
                            let label = catalog::find_code(r.code)
                                .map(|s| format!("{} {}", s.code, s.title_name()))
                                .unwrap_or_else(|| related_outside_name(r.code));
                            let link = catalog::find_code(r.code).map(|s| href(&code_path(s.code)));
                            view! {
                                <li>
                                    {match link {
                                        Some(link) => view! { <a href=link>{label}</a> }.into_any(),
                                        None => view! { <strong>{label}</strong> }.into_any(),
                                    }}
                                    ": " {r.when}
                                    {r.source.map(|url| view! { " (" <SourceLink url /> ")" })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// Names of the server errors a related entry may point at (they have no page here).
fn related_outside_name(code: u16) -> String {
    match code {
        503 => "503 Service Unavailable".to_owned(),
        504 => "504 Gateway Timeout".to_owned(),
        other => other.to_string(),
    }
}
