//! `/choose/...`: "Which 4xx should I return?", one page per question and per answer. Each
//! page is plain links, so Back, bookmarks, no-JS and offline work as for any page. The
//! views are kept flat (optional attributes rather than branches) because every branch of
//! a view is code in the wasm.

use leptos::prelude::*;

use crate::catalog;
use crate::choose::{Answer, Question, START_PATH, Step, start};
use crate::routes::{code_path, href};
use crate::text::SITE_NAME;

/// The guide's name, shown above every step.
pub const GUIDE_NAME: &str = "Which 4xx should I return?";

#[component]
pub fn ChoosePage(step: Step) -> impl IntoView {
    match step {
        Step::Question(question) => view! { <QuestionView question /> }.into_any(),
        Step::Answer(answer) => view! { <AnswerView answer /> }.into_any(),
    }
}

/// "4xx Guide › Which 4xx should I return?", the guide's name linking to its start; on
/// the start itself that link is marked as the current page, as in the WAI-ARIA
/// breadcrumb pattern (https://www.w3.org/WAI/ARIA/apg/patterns/breadcrumb/), rather
/// than an `<a>` without `href`, which crawlers count as a link they cannot follow.
#[component]
fn Trail(is_start: bool) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <a href=href("/")>{SITE_NAME}</a>
            " › "
            <a href=href(START_PATH) aria-current=is_start.then_some("page")>
                {GUIDE_NAME}
            </a>
        </nav>
    }
}

/// "Start again", on every step but the start.
#[component]
fn StartAgain() -> impl IntoView {
    view! {
        <p>
            <a href=href(START_PATH)>"Start again from the first question"</a>
        </p>
    }
}

/// Text that is shown only when there is some.
fn some(text: &'static str) -> Option<&'static str> {
    (!text.is_empty()).then_some(text)
}

#[component]
fn QuestionView(question: &'static Question) -> impl IntoView {
    let is_start = std::ptr::eq(question, start());
    view! {
        <article class="choose">
            <Trail is_start />
            <h1>{question.text}</h1>
            {some(question.help).map(|help| view! { <p class="lead">{help}</p> })}
            <ul class="choose-options">
                {question
                    .options
                    .iter()
                    .map(|option| {
                        view! {
                            <li>
                                <a href=href(&option.path())>
                                    <span class="choose-label">{option.label}</span>
                                    {some(option.hint).map(|hint| view! { <span class="choose-hint">{hint}</span> })}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(!is_start).then(|| view! { <StartAgain /> })}
        </article>
    }
}

#[component]
fn AnswerView(answer: &'static Answer) -> impl IntoView {
    let spec = answer.spec();
    let (eyebrow, box_class, box_heading, box_text) = framing(answer);
    view! {
        <article class="choose choose-answer">
            <Trail is_start=false />
            <p class="eyebrow">{eyebrow}</p>
            <h1>
                {code_and_name(
                    answer.code,
                    answer.code_name(),
                    "code-number choose-code",
                    answer.status().map(|status| code_path(status.code)),
                )}
            </h1>
            {box_class.map(|class| view! {
                <div class=class role="note">
                    <p><strong>{box_heading}</strong> " " {box_text}</p>
                </div>
            })}
            <p class="lead">{answer.reason} " " <a href=spec.url()>{spec.label()}</a></p>
            {some(answer.note).map(|note| view! { <p class="note">{note}</p> })}
            <h2>{if answer.never { "Use instead" } else { "Close alternatives" }}</h2>
            <ul class="choose-alternatives">
                {answer
                    .alternatives
                    .iter()
                    .map(|alt| {
                        view! {
                            <li>
                                {code_and_name(alt.code, alt.code_name(), "code-number", alt.path())}
                                ": "
                                {alt.when}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <StartAgain />
        </article>
    }
}

/// A code and its name, a link only where the guide has a page for it: 2xx, 3xx and 5xx
/// codes have none, and an `<a>` without `href` is no link.
fn code_and_name(code: u16, name: &'static str, number_class: &'static str, path: Option<String>) -> AnyView {
    let label = view! {
        <span class=number_class>{code}</span>
        " "
        {name}
    };
    match path {
        Some(path) => view! { <a href=href(&path)>{label}</a> }.into_any(),
        None => label.into_any(),
    }
}

/// What frames an answer: the line above the code, and the box that marks a code never to
/// return or an answer outside the 4xx range (class, heading, text).
fn framing(answer: &Answer) -> (&'static str, Option<&'static str>, String, &'static str) {
    if answer.never {
        return (
            "Never recommended",
            Some("choose-box choose-never"),
            format!("Never return {}.", answer.code),
            "HTTP reserves it as unused, so it tells a client nothing it can act on. Use one of the codes below, whichever says what really happened.",
        );
    }
    if !answer.is_not_4xx() {
        return ("Recommended", None, String::new(), "");
    }
    let class = catalog::status_class(answer.code).map_or("not a client error", |c| c.describe());
    let text = if answer.code >= 500 {
        "The request was not at fault: a 4xx would tell the client to change a request that is fine. This code has no page in this guide, which covers client errors."
    } else {
        "Nothing is wrong with the request, so no error code fits. This code has no page in this guide, which covers client errors."
    };
    (
        "The answer is not a 4xx",
        Some("choose-box choose-not-4xx"),
        format!("{} is {class}.", answer.code),
        text,
    )
}
