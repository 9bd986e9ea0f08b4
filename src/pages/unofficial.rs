//! Numbers outside the registered 4xx codes: the unofficial codes (`/unofficial` and
//! `/codes/499`), unassigned 4xx numbers (`/codes/427`) and the other classes
//! (`/codes/502`). Each says plainly what the number is and where the guide's scope ends.

use leptos::prelude::*;

use crate::catalog::{
    self, ASIDES, OtherStatus, Spec, Status, StatusClass, UNOFFICIAL, UNRECOGNIZED_RULE, UNRECOGNIZED_RULE_SPEC,
    Unofficial, UnofficialUse,
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

/// What the page of a number beyond the registered 4xx codes shows: an unofficial code
/// (`/codes/499`), an unassigned 4xx number (`/codes/427`) or a registered code of another
/// class (`/codes/502`). Worked out here so that one view serves all three.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberPage {
    pub code: u16,
    pub eyebrow: String,
    /// The heading after the code number.
    pub title: String,
    /// The first paragraph of the "not registered" notice; `None` for registered codes.
    pub notice: Option<String>,
    pub lead: Option<&'static str>,
    /// The class and defining section of a registered code of another class.
    pub spec: Option<(String, &'static Spec)>,
    pub uses: &'static [UnofficialUse],
    pub uses_heading: &'static str,
    pub nearest: Vec<&'static Status>,
    pub scope: Option<&'static str>,
    /// A closing link: (site path, text).
    pub more: (&'static str, &'static str),
}

impl NumberPage {
    pub fn unofficial(entry: &'static Unofficial) -> NumberPage {
        let several = entry.uses.len() > 1;
        NumberPage {
            code: entry.code,
            eyebrow: "Unofficial code".to_owned(),
            title: entry.name.to_owned(),
            notice: Some(format!(
                "{} is unassigned in the IANA HTTP Status Code Registry; no RFC defines it. {}",
                entry.code,
                if several {
                    "The software below uses it, not all in the same way."
                } else {
                    "The software below uses it."
                }
            )),
            lead: None,
            spec: None,
            uses: entry.uses,
            uses_heading: if several { "Who uses it" } else { "Who uses it and when" },
            nearest: Vec::new(),
            scope: None,
            more: (UNOFFICIAL_PATH, "All unofficial 4xx codes"),
        }
    }

    pub fn unassigned(code: u16) -> NumberPage {
        NumberPage {
            code,
            eyebrow: "Unassigned number".to_owned(),
            title: "is an unassigned 4xx code".to_owned(),
            notice: Some(format!(
                "{code} is in the 4xx client error range, but it is unassigned in the IANA HTTP Status Code Registry, and this guide lists no software that uses it. A server that sends it gives it a meaning of its own."
            )),
            lead: None,
            spec: None,
            uses: &[],
            uses_heading: "",
            nearest: catalog::nearest_codes(&code.to_string(), 3),
            scope: None,
            more: (UNOFFICIAL_PATH, "Unofficial 4xx codes that software does use"),
        }
    }

    pub fn other_class(other: &'static OtherStatus) -> NumberPage {
        let class = other.class();
        let treat_as = if other.code == class.x00() {
            String::new()
        } else {
            format!(
                " A client that does not know {} treats it as {}.",
                other.code,
                class.x00()
            )
        };
        NumberPage {
            code: other.code,
            eyebrow: format!("{} · not a 4xx", class.label()),
            title: other.name.to_owned(),
            notice: None,
            lead: Some(other.meaning),
            spec: Some((format!("Class: {}.{treat_as} Defined in ", class.label()), &other.spec)),
            uses: &[],
            uses_heading: "",
            nearest: Vec::new(),
            scope: Some(scope_note(class)),
            more: ("/", "See the 4xx client errors"),
        }
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

/// `/codes/499`, `/codes/427`, `/codes/502`: the notice first, then what the number is.
#[component]
pub fn NumberPageView(page: NumberPage) -> impl IntoView {
    let NumberPage {
        code,
        eyebrow,
        title,
        notice,
        lead,
        spec,
        uses,
        uses_heading,
        nearest,
        scope,
        more,
    } = page;
    view! {
        <article class="code-page number-page">
            <Breadcrumbs current=code.to_string() />
            <p class="eyebrow">{eyebrow}</p>
            <h1>
                <span class="code-number">{code}</span>
                " "
                {title}
            </h1>
            {notice
                .map(|text| {
                    view! {
                        <div class="notice" role="note">
                            <p>
                                <strong>"Not a registered status code. "</strong>
                                {text}
                            </p>
                            {unrecognized_rule("it")}
                        </div>
                    }
                })}
            {lead.map(|text| view! { <p class="lead">{text}</p> })}
            {spec
                .map(|(text, spec)| {
                    view! {
                        <p>
                            {text}
                            <a href=spec.url() rel="external">{spec.label()}</a>
                            "."
                        </p>
                    }
                })}
            {(!uses.is_empty())
                .then(|| {
                    view! {
                        <h2>{uses_heading}</h2>
                        {uses
                            .iter()
                            .map(|u| {
                                view! {
                                    <section class="unofficial-use" aria-label=format!("{code} in {}", u.project)>
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
                            })
                            .collect_view()}
                    }
                })}
            {(!nearest.is_empty())
                .then(|| {
                    view! {
                        <h2>"Nearest registered codes"</h2>
                        <CodeList codes=nearest />
                    }
                })}
            {scope.map(|text| view! { <p class="note">{text}</p> })}
            <p>
                <a href=href(more.0)>{more.1}</a>
            </p>
        </article>
    }
}
