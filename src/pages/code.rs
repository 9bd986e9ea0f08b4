//! `/codes/:code`: one code, answers first. The summary and what to do (as a client that
//! received it, as a server that sends it) come first, then how to choose between it and
//! the codes it is confused with; the example, headers, caching, how to return it, the
//! specification and the guide's full meaning follow for those who read on.

use leptos::prelude::*;

use crate::catalog::{self, Direction, Status, source_label};
use crate::components::{
    Breadcrumbs, CodeBlock, CopyButton, CopySource, Correction, Later, Prose, Section, SnippetTabs,
};
use crate::routes::{code_path, group_path, href};

/// The page's sections in reading order, as (id, title), for the "On this page" list.
pub fn sections(status: &Status) -> Vec<(&'static str, &'static str)> {
    let mut list = vec![("what-to-do", "What to do"), ("how-to-choose", "How to choose")];
    if !status.example_marked.is_empty() {
        list.push(("example", "Example"));
    }
    if !status.headers.is_empty() {
        list.push(("headers", "Headers"));
    }
    list.push(("caching", "Caching and retry"));
    if !status.how_to.is_empty() {
        list.push(("how-to", "How to return it"));
    }
    list.push(("specification", "Specification"));
    list.push(("meaning", "The guide's meaning"));
    list
}

#[component]
pub fn CodePage(status: &'static Status) -> impl IntoView {
    let other_names = status.other_names();
    let groups: Vec<_> = catalog::groups_of(status.code).collect();
    let (previous, next) = catalog::neighbours(status.code);
    view! {
        <article class="code-page">
            <Breadcrumbs current=status.code.to_string() />
            <div class="title-row">
                <h1>
                    <span class="code-number">{status.code}</span>
                    " "
                    {status.title_name()}
                </h1>
                <CopyButton source=CopySource::PageAddress label="the address of this page" caption="Copy link" />
            </div>
            <p class="summary">{status.summary}</p>
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
            <OnThisPage status />
            <Section id="what-to-do" title="What to do" fixed=true>
                <div class="answers">
                    <div class="answer">
                        <h3>"If you received it"</h3>
                        <p><Prose text=status.if_received except=status.code /></p>
                    </div>
                    <div class="answer">
                        <h3>"If you send it"</h3>
                        <p><Prose text=status.if_sent except=status.code /></p>
                    </div>
                </div>
                {(!status.visitor.is_empty())
                    .then(|| {
                        view! {
                            <div class="visitor">
                                <h3>"Seeing this as a visitor?"</h3>
                                <p>{status.visitor}</p>
                            </div>
                        }
                    })}
            </Section>
            <Section id="how-to-choose" title="How to choose" fixed=true>
                <RelatedCodes status />
                <p class="guide-pick">
                    "Not sure? " <a href=href("/choose/")>"Let the guide pick the code"</a>
                    " by asking what went wrong."
                </p>
            </Section>
            // What lies below the first screen renders in later tasks while the app starts.
            <Later>
                {(!status.example_marked.is_empty())
                    .then(|| {
                        view! {
                            <Section id="example" title="Example">
                                <CodeBlock
                                    label="HTTP"
                                    code=status.example_marked
                                    copy_label="the example exchange"
                                />
                            </Section>
                        }
                    })}
                {(!status.headers.is_empty()).then(|| view! {
                    <Section id="headers" title="Headers" fixed=true>
                        <HeadersTable status />
                    </Section>
                })}
                <Section id="caching" title="Caching and retry" fixed=true>
                    <CachingAndRetry status />
                </Section>
            </Later>
            <Later>
                {(!status.how_to.is_empty()).then(|| view! {
                    <Section id="how-to" title="How to return it">
                        <SnippetTabs how_to=status.how_to />
                    </Section>
                })}
                <Section id="specification" title="Specification" fixed=true>
                    <Specification status />
                </Section>
                <Section id="meaning" title="The guide's meaning" fixed=true>
                    <p class="meaning"><Prose text=status.meaning except=status.code /></p>
                    {status.corrections.iter().map(|c| view! { <Correction correction=c /> }).collect_view()}
                    <details class="names">
                        <summary>"Every name of this code, and where it comes from"</summary>
                        <Names status />
                    </details>
                </Section>
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
            </Later>
        </article>
    }
}

#[component]
fn OnThisPage(status: &'static Status) -> impl IntoView {
    view! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h2 id="toc-heading">"On this page"</h2>
            <ul>
                {sections(status)
                    .into_iter()
                    .map(|(id, title)| view! { <li><a href=format!("#{id}") rel="external">{title}</a></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn Names(status: &'static Status) -> impl IntoView {
    let defining = status.specs.first();
    view! {
        <dl class="facts">
            <dt>"Name in the guide's table"</dt>
            <dd>{status.table_name}</dd>
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
}

/// A link to a primary source, labelled "RFC 9110 §15.5.2" or by its repository or host.
#[component]
fn SourceLink(url: &'static str) -> impl IntoView {
    view! { <a href=url rel="external" class="source">{source_label(url)}</a> }
}

#[component]
fn HeadersTable(status: &'static Status) -> impl IntoView {
    view! {
        <table class="headers-table">
            <thead>
                <tr>{["Header", "In", "Level", "Why"].map(|name| view! { <th scope="col">{name}</th> })}</tr>
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
                            (Some(r), _) => format!("level level-{}", r.keyword().to_ascii_lowercase()),
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
}

#[component]
fn CachingAndRetry(status: &'static Status) -> impl IntoView {
    let (cacheable, source) = status.default_caching();
    view! {
        <dl class="facts">
            <dt>"Retry"</dt>
            <dd><Prose text=status.retry except=status.code /> " (" <SourceLink url=status.retry_source /> ")"</dd>
            <dt>"Cacheable by default"</dt>
            <dd>{cacheable} " (" <SourceLink url=source /> ")"</dd>
            <dt>"Caching"</dt>
            <dd>{status.caching} " (" <SourceLink url=status.caching_source /> ")"</dd>
        </dl>
    }
}

#[component]
fn Specification(status: &'static Status) -> impl IntoView {
    view! {
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
    }
}

#[component]
fn RelatedCodes(status: &'static Status) -> impl IntoView {
    view! {
        <ul class="related">
            {status
                .related
                .iter()
                .map(|r| {
                    // Codes of other classes have a short page of their own too.
                    let name = catalog::find_code(r.code)
                        .map(|s| s.title_name())
                        .or_else(|| catalog::find_other(r.code).map(|o| o.name))
                        .unwrap_or_default();
                    view! {
                        <li>
                            <a href=href(&code_path(r.code))>{format!("{} {name}", r.code)}</a>
                            ": " {r.when}
                            {r.source.map(|url| view! { " (" <SourceLink url /> ")" })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
