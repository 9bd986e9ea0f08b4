//! Numbers outside the registered 4xx codes: the unofficial codes (`/unofficial` and
//! `/codes/499`), unassigned 4xx numbers (`/codes/427`) and the other classes
//! (`/codes/502`). Each says plainly what the number is and where the guide's scope ends.

use leptos::prelude::*;

use crate::catalog::{
    self, ASIDES, OtherStatus, StatusClass, UNOFFICIAL, UNRECOGNIZED_RULE, UNRECOGNIZED_RULE_SPEC, Unofficial,
    UnofficialUse,
};
use crate::components::{Breadcrumbs, CodeList};
use crate::routes::{UNOFFICIAL_PATH, code_path, href};

/// The sentence every unofficial or unassigned page opens with: what a client does with
/// a number it does not know.
fn unrecognized_rule(subject: &'static str) -> impl IntoView {
    view! {
        <p>
            "A client that does not know " {subject} " treats it as a generic 4xx, that is as "
            <a href=href(&code_path(400))>"400 Bad Request"</a>
            ": “" {UNRECOGNIZED_RULE} "” ("
            <a href=UNRECOGNIZED_RULE_SPEC.url() rel="external">{UNRECOGNIZED_RULE_SPEC.label()}</a>
            ")."
        </p>
    }
}

/// `/unofficial`: every unofficial code, apart from the registered table.
#[component]
pub fn UnofficialListPage() -> impl IntoView {
    view! {
        <article class="unofficial-list">
            <Breadcrumbs current="Unofficial codes" />
            <p class="eyebrow">"Not in the IANA registry"</p>
            <h1>"Unofficial 4xx codes"</h1>
            <p class="lead">
                "Numbers in the 4xx range that no RFC defines, but that widely used software sends or writes to its logs. They are kept apart from the "
                <a href=href("/#codes-heading")>"registered 4xx codes"</a>
                ": their meaning depends on who sent them, and one number can mean different things."
            </p>
            {unrecognized_rule("such a code")}
            <ul class="code-list">
                {UNOFFICIAL
                    .iter()
                    .map(|entry| {
                        view! {
                            <li>
                                <a href=href(&code_path(entry.code))>
                                    <span class="code-number">{entry.code}</span>
                                    " "
                                    {entry.name}
                                </a>
                                <span class="code-list-meaning">{entry.projects().join("; ")}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h2>"Not status codes"</h2>
            <ul>
                {ASIDES
                    .iter()
                    .map(|aside| {
                        view! {
                            <li>
                                {aside.text} " (source: "
                                <a href=aside.source rel="external">{aside.source_label()}</a>
                                ")"
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </article>
    }
}

/// `/codes/499`: an unofficial code, marked as such first, then each use with its source.
#[component]
pub fn UnofficialPage(entry: &'static Unofficial) -> impl IntoView {
    let several = entry.uses.len() > 1;
    view! {
        <article class="code-page unofficial-page">
            <Breadcrumbs current=entry.code.to_string() />
            <p class="eyebrow">"Unofficial code"</p>
            <h1>
                <span class="code-number">{entry.code}</span>
                " "
                {entry.name}
            </h1>
            <div class="notice" role="note">
                <p>
                    <strong>"Not a registered status code. "</strong>
                    {entry.code}
                    " is unassigned in the IANA HTTP Status Code Registry; no RFC defines it. "
                    {if several {
                        "The software below uses it, not all in the same way."
                    } else {
                        "The software below uses it."
                    }}
                </p>
                {unrecognized_rule("it")}
            </div>
            <h2>{if several { "Who uses it" } else { "Who uses it and when" }}</h2>
            {entry.uses.iter().map(|u| view! { <UseSection entry u /> }).collect_view()}
            <p>
                <a href=href(UNOFFICIAL_PATH)>"All unofficial 4xx codes"</a>
            </p>
        </article>
    }
}

#[component]
fn UseSection(entry: &'static Unofficial, u: &'static UnofficialUse) -> impl IntoView {
    view! {
        <section class="unofficial-use" aria-label=format!("{} in {}", entry.code, u.project)>
            <h3>{u.project} {u.former.then_some(" (former use)")}</h3>
            <p>
                <strong>"When: "</strong>
                {u.when}
            </p>
            <p>
                <strong>"What to do: "</strong>
                {u.action}
            </p>
            <p class="source">
                "Source: "
                <a href=u.source rel="external">{u.source_label()}</a>
            </p>
        </section>
    }
}

/// `/codes/427`: a 4xx number nobody has assigned.
#[component]
pub fn UnassignedPage(code: u16) -> impl IntoView {
    let nearest = catalog::nearest_codes(&code.to_string(), 3);
    view! {
        <article class="code-page unassigned-page">
            <Breadcrumbs current=code.to_string() />
            <p class="eyebrow">"Unassigned number"</p>
            <h1>{format!("{code} is an unassigned 4xx code")}</h1>
            <div class="notice" role="note">
                <p>
                    {code}
                    " is in the 4xx client error range, but it is unassigned in the IANA HTTP Status Code Registry, and this guide lists no software that uses it. A server that sends it gives it a meaning of its own."
                </p>
                {unrecognized_rule("it")}
            </div>
            <h2>"Nearest registered codes"</h2>
            <CodeList codes=nearest />
            <p>
                <a href=href(UNOFFICIAL_PATH)>"Unofficial 4xx codes that software does use"</a>
            </p>
        </article>
    }
}

/// `/codes/502`: a registered code of another class, briefly, and where the guide's scope ends.
#[component]
pub fn OtherClassPage(other: &'static OtherStatus) -> impl IntoView {
    let class = other.class();
    let treat_as = (other.code != class.x00()).then(|| class.x00());
    view! {
        <article class="code-page other-class-page">
            <Breadcrumbs current=other.code.to_string() />
            <p class="eyebrow">{format!("{} · not a 4xx", class.label())}</p>
            <h1>
                <span class="code-number">{other.code}</span>
                " "
                {other.name}
            </h1>
            <p class="lead">{other.meaning}</p>
            <p>
                {format!("Class: {}. Defined in ", class.label())}
                <a href=other.spec.url() rel="external">{other.spec.label()}</a>
                "."
                {treat_as
                    .map(|x00| format!(" A client that does not know {} treats it as {x00}.", other.code))}
            </p>
            <p class="note">
                {scope_note(class)} " "
                <a href=href("/")>"See the 4xx client errors"</a>
                "."
            </p>
        </article>
    }
}

/// Where 4xx Guide's scope ends, for a code of another class.
fn scope_note(class: StatusClass) -> &'static str {
    match class {
        StatusClass::ServerError => {
            "4xx Guide covers the 4xx client errors, which ask the client to change its request; a 5xx says the server failed, so the fix is on the server's side."
        }
        _ => "4xx Guide covers the 4xx client errors only; this page just names the code.",
    }
}
