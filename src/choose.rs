//! "Which 4xx should I return?": the guide's questions and answers, generated at build time
//! from `data/choose.toml` (checked there: finite, every target exists, every catalogue code
//! reachable), and the pure lookups its pages need. Every question and answer is its own
//! page: the start at `/choose/`, every other step at `/choose/<slug>/`.

use crate::catalog::{self, Spec, Status};

include!(concat!(env!("OUT_DIR"), "/choose_data.rs"));

/// A question and the options that answer it.
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    pub slug: &'static str,
    pub text: &'static str,
    /// "" when there is none.
    pub help: &'static str,
    pub options: &'static [Choice],
}

/// One answer to a question: a plain description of a situation, and where it leads.
#[derive(Debug, PartialEq, Eq)]
pub struct Choice {
    pub label: &'static str,
    /// A short example or clarification; "" when there is none.
    pub hint: &'static str,
    pub next: Next,
}

/// Where an option leads: an index into `QUESTIONS` or `ANSWERS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    Question(usize),
    Answer(usize),
}

/// A recommended code with its reason and the close alternatives.
#[derive(Debug, PartialEq, Eq)]
pub struct Answer {
    pub slug: &'static str,
    pub code: u16,
    /// The registered name of a code outside the catalogue (2xx, 3xx, 5xx); "" otherwise.
    pub name: &'static str,
    /// The code must never be returned (418); the alternatives say what to use instead.
    pub never: bool,
    /// One line, citing `rfc` and `section`.
    pub reason: &'static str,
    pub rfc: u16,
    pub section: &'static str,
    /// "" when there is none.
    pub note: &'static str,
    pub alternatives: &'static [Alternative],
}

/// A code close to the recommended one, and when to prefer it.
#[derive(Debug, PartialEq, Eq)]
pub struct Alternative {
    pub code: u16,
    /// The registered name of a code outside the catalogue; "" otherwise.
    pub name: &'static str,
    pub when: &'static str,
}

/// A page of the guide.
#[derive(Debug, Clone, Copy, Eq)]
pub enum Step {
    Question(&'static Question),
    Answer(&'static Answer),
}

/// Steps are statics: the same step is the same address (see `routes::Page`'s comparison).
impl PartialEq for Step {
    fn eq(&self, other: &Step) -> bool {
        match (self, other) {
            (Step::Question(a), Step::Question(b)) => std::ptr::eq(*a, *b),
            (Step::Answer(a), Step::Answer(b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }
}

/// The first question, shown at `/choose/`.
pub fn start() -> &'static Question {
    &QUESTIONS[0]
}

/// Looks a question up by its slug.
pub fn find_question(slug: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.slug == slug)
}

/// Looks an answer up by its slug.
pub fn find_answer(slug: &str) -> Option<&'static Answer> {
    ANSWERS.iter().find(|a| a.slug == slug)
}

/// The step a slug names, question or answer.
pub fn find_step(slug: &str) -> Option<Step> {
    find_question(slug)
        .map(Step::Question)
        .or_else(|| find_answer(slug).map(Step::Answer))
}

/// The first answer that recommends `code`, if any.
pub fn answer_for(code: u16) -> Option<&'static Answer> {
    ANSWERS.iter().find(|a| a.code == code)
}

/// The site path of the guide's start.
pub const START_PATH: &str = "/choose/";

impl Next {
    pub fn step(self) -> Step {
        match self {
            Next::Question(i) => Step::Question(&QUESTIONS[i]),
            Next::Answer(i) => Step::Answer(&ANSWERS[i]),
        }
    }
}

impl Step {
    pub fn slug(self) -> &'static str {
        match self {
            Step::Question(q) => q.slug,
            Step::Answer(a) => a.slug,
        }
    }

    /// The site path of this step: `/choose/` for the start, `/choose/<slug>/` otherwise.
    pub fn path(self) -> String {
        match self {
            Step::Question(q) if std::ptr::eq(q, start()) => START_PATH.to_owned(),
            _ => format!("/choose/{}/", self.slug()),
        }
    }
}

impl Choice {
    pub fn path(&self) -> String {
        self.next.step().path()
    }
}

impl Answer {
    /// The catalogue entry of the recommended code; `None` for codes outside it (2xx, 3xx, 5xx).
    pub fn status(&self) -> Option<&'static Status> {
        catalog::find_code(self.code)
    }

    /// The code's name: the catalogue's title name, or the registered name given here.
    pub fn code_name(&self) -> &'static str {
        self.status().map_or(self.name, Status::title_name)
    }

    /// Whether the honest answer is not a client error at all.
    pub fn is_not_4xx(&self) -> bool {
        !(400..500).contains(&self.code)
    }

    /// The section the reason cites, with its label and URL.
    pub fn spec(&self) -> Spec {
        Spec {
            rfc: self.rfc,
            section: self.section,
            title: "",
        }
    }
}

impl Alternative {
    pub fn code_name(&self) -> &'static str {
        catalog::find_code(self.code).map_or(self.name, Status::title_name)
    }

    /// Where to read about it: the code's page, or the guide's answer for a code outside the
    /// catalogue; `None` when the guide has neither.
    pub fn path(&self) -> Option<String> {
        if catalog::find_code(self.code).is_some() {
            Some(crate::routes::code_path(self.code))
        } else {
            answer_for(self.code).map(|a| Step::Answer(a).path())
        }
    }
}

/// Every page of the guide, start first: what the prerenderer writes and the sitemap lists.
pub fn paths() -> Vec<String> {
    QUESTIONS
        .iter()
        .map(Step::Question)
        .chain(ANSWERS.iter().map(Step::Answer))
        .map(Step::path)
        .collect()
}
