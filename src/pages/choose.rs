//! `/choose/...`: "Which 4xx should I return?", one page per question and per answer. Each
//! page is plain links, so Back, bookmarks, no-JS and offline work as for any page.

use leptos::prelude::*;

use crate::catalog;
use crate::choose::{Answer, Question, START_PATH, Step, start};
use crate::routes::{code_path, href};

/// The guide's name, shown above every step.
pub const GUIDE_NAME: &str = "Which 4xx should I return?";

#[component]
pub fn ChoosePage(step: Step) -> impl IntoView {
    match step {
        Step::Question(question) => view! { <QuestionView question /> }.into_any(),
        Step::Answer(answer) => view! { <AnswerView answer /> }.into_any(),
    }
}

/// "4xx Guide › Which 4xx should I return?", the guide's name linking to its start on
/// every step but the start itself.
#[component]
fn Trail(is_start: bool) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <a href=href("/")>"4xx Guide"</a>
            " › "
            {if is_start {
                view! { <span aria-current="page">{GUIDE_NAME}</span> }.into_any()
            } else {
                view! { <a href=href(START_PATH)>{GUIDE_NAME}</a> }.into_any()
            }}
        </nav>
    }
}

#[component]
fn QuestionView(question: &'static Question) -> impl IntoView {
    let is_start = std::ptr::eq(question, start());
    view! {
        <article class="choose">
            <Trail is_start />
            <h1>{question.text}</h1>
            {(!question.help.is_empty()).then(|| view! { <p class="lead">{question.help}</p> })}
            <ul class="choose-options">
                {question
                    .options
                    .iter()
                    .map(|option| {
                        view! {
                            <li>
                                <a href=href(&option.path())>
                                    <span class="choose-label">{option.label}</span>
                                    {(!option.hint.is_empty())
                                        .then(|| view! { <span class="choose-hint">{option.hint}</span> })}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(!is_start)
                .then(|| view! { <p><a href=href(START_PATH)>"Start again from the first question"</a></p> })}
        </article>
    }
}

#[component]
fn AnswerView(answer: &'static Answer) -> impl IntoView {
    let spec = answer.spec();
    let eyebrow = if answer.never {
        "Never recommended"
    } else if answer.is_not_4xx() {
        "The answer is not a 4xx"
    } else {
        "Recommended"
    };
    let number = view! { <span class="code-number choose-code">{answer.code}</span> };
    let heading = match answer.status() {
        Some(status) => view! {
            <a href=href(&code_path(status.code))>{number} " " {answer.code_name()}</a>
        }
        .into_any(),
        None => view! { {number} " " {answer.code_name()} }.into_any(),
    };
    view! {
        <article class="choose choose-answer">
            <Trail is_start=false />
            <p class="eyebrow">{eyebrow}</p>
            <h1>{heading}</h1>
            {answer.never.then(|| view! {
                <div class="choose-box choose-never" role="note">
                    <p>
                        <strong>{format!("Never return {}.", answer.code)}</strong>
                        " HTTP reserves it as unused, so it tells a client nothing it can act on. Use one of the codes below, whichever says what really happened."
                    </p>
                </div>
            })}
            {(answer.is_not_4xx() && !answer.never).then(|| view! {
                <div class="choose-box choose-not-4xx" role="note">
                    <p><strong>{not_4xx_heading(answer)}</strong> " " {not_4xx_text(answer)}</p>
                </div>
            })}
            <p class="lead">
                {answer.reason} " "
                <a href=spec.url()>{spec.label()}</a>
            </p>
            {(!answer.note.is_empty()).then(|| view! { <p class="note">{answer.note}</p> })}
            {(!answer.alternatives.is_empty()).then(|| view! {
                <h2>{if answer.never { "Use instead" } else { "Close alternatives" }}</h2>
                <ul class="choose-alternatives">
                    {answer
                        .alternatives
                        .iter()
                        .map(|alt| {
                            let label = view! {
                                <span class="code-number">{alt.code}</span> " " {alt.code_name()}
                            };
                            let label = match alt.path() {
                                Some(path) => view! { <a href=href(&path)>{label}</a> }.into_any(),
                                None => label.into_any(),
                            };
                            view! { <li>{label} ": " {alt.when}</li> }
                        })
                        .collect_view()}
                </ul>
            })}
            <p><a href=href(START_PATH)>"Start again from the first question"</a></p>
        </article>
    }
}

/// "503 is a 5xx server error, not a client error."
fn not_4xx_heading(answer: &Answer) -> String {
    let class = catalog::status_class(answer.code).map_or("not a client error", |c| c.describe());
    format!("{} is {class}.", answer.code)
}

/// Why the guide leaves the 4xx range here.
fn not_4xx_text(answer: &Answer) -> &'static str {
    if answer.code >= 500 {
        "The request was not at fault: a 4xx would tell the client to change a request that is fine. This code has no page in this guide, which covers client errors."
    } else {
        "Nothing is wrong with the request, so no error code fits. This code has no page in this guide, which covers client errors."
    }
}
