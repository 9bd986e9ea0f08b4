//! The shapes of the catalogue. Everything is `'static`: the data is compiled in.

#[derive(Debug)]
pub struct Guide {
    pub title: &'static str,
    pub intro: &'static str,
    pub documentation_note: &'static str,
    pub what_4xx_means: &'static str,
    pub where_they_appear: &'static [&'static str],
    pub implementation_notes: &'static [&'static str],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Group {
    pub slug: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    /// One of the seed's four common groups, shown first and apart from the others.
    pub common: bool,
    pub codes: &'static [u16],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Status {
    pub code: u16,
    /// The seed's name, kept as written there.
    pub name: &'static str,
    /// The seed's meaning, kept as written there.
    pub meaning: &'static str,
    /// The name in the IANA registry today (RFC 9110 names); "(Unused)" for 418.
    pub registered_name: &'static str,
    pub legacy_names: &'static [&'static str],
    pub visitor: &'static str,
    /// Heuristically cacheable by default (RFC 9110 section 15.1).
    pub cacheable: bool,
    pub caching: &'static str,
    pub retry: &'static str,
    pub example: &'static str,
    /// The defining specification first.
    pub specs: &'static [Spec],
    pub headers: &'static [Header],
    pub related: &'static [Related],
    pub how_to: &'static [HowTo],
}

impl Status {
    /// The name to head the page with: the registered name, unless the registry holds only
    /// a placeholder such as "(Unused)", in which case the name people know it by.
    pub fn title_name(&self) -> &'static str {
        if self.registered_name.is_empty() || self.registered_name.starts_with('(') {
            self.name
        } else {
            self.registered_name
        }
    }

    /// Every name the code is or was known by, title name first, without repeats.
    pub fn all_names(&self) -> Vec<&'static str> {
        let mut names = vec![self.title_name()];
        for name in [self.name, self.registered_name]
            .into_iter()
            .chain(self.legacy_names.iter().copied())
        {
            if !name.is_empty() && !name.starts_with('(') && !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                names.push(name);
            }
        }
        names
    }

    /// Other names than the title name, for "formerly ..." lines.
    pub fn other_names(&self) -> Vec<&'static str> {
        self.all_names().into_iter().skip(1).collect()
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Spec {
    pub rfc: u16,
    pub section: &'static str,
    pub title: &'static str,
}

impl Spec {
    pub fn url(&self) -> String {
        format!(
            "https://www.rfc-editor.org/rfc/rfc{}#section-{}",
            self.rfc, self.section
        )
    }

    pub fn label(&self) -> String {
        format!("RFC {} §{}", self.rfc, self.section)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Request,
    Response,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    Must,
    Should,
    May,
}

impl Requirement {
    pub fn keyword(self) -> &'static str {
        match self {
            Requirement::Must => "MUST",
            Requirement::Should => "SHOULD",
            Requirement::May => "MAY",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Header {
    pub name: &'static str,
    pub direction: Direction,
    /// Set for response headers only.
    pub requirement: Option<Requirement>,
    pub note: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Related {
    pub code: u16,
    pub when: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Rust,
    Go,
    Python,
    JavaScript,
    Java,
    CSharp,
}

impl Language {
    /// The key in the JSON files; part of their documented shape.
    pub fn key(self) -> &'static str {
        match self {
            Language::Rust => "rust",
            Language::Go => "go",
            Language::Python => "python",
            Language::JavaScript => "javascript",
            Language::Java => "java",
            Language::CSharp => "csharp",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Language::Rust => "Rust (http / axum)",
            Language::Go => "Go (net/http)",
            Language::Python => "Python (http.HTTPStatus)",
            Language::JavaScript => "JavaScript (Node / Express)",
            Language::Java => "Java (Spring HttpStatus)",
            Language::CSharp => "C# (HttpStatusCode)",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct HowTo {
    pub language: Language,
    pub snippet: &'static str,
    pub note: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusClass {
    Informational,
    Success,
    Redirection,
    ClientError,
    ServerError,
}

impl StatusClass {
    pub fn describe(self) -> &'static str {
        match self {
            StatusClass::Informational => "a 1xx informational response",
            StatusClass::Success => "a 2xx success response",
            StatusClass::Redirection => "a 3xx redirection",
            StatusClass::ClientError => "a 4xx client error",
            StatusClass::ServerError => "a 5xx server error, not a client error",
        }
    }
}

/// A number in the 4xx range that is not registered but that widely used software sends
/// or logs (`data/unofficial.toml`).
#[derive(Debug, PartialEq, Eq)]
pub struct Unofficial {
    pub code: u16,
    pub name: &'static str,
    /// One or more projects; several uses of one number are shown side by side.
    pub uses: &'static [UnofficialUse],
}

#[derive(Debug, PartialEq, Eq)]
pub struct UnofficialUse {
    pub project: &'static str,
    pub when: &'static str,
    /// What the client or the operator should do about it.
    pub action: &'static str,
    /// An https URL of the project's own documentation or source code.
    pub source: &'static str,
    /// The project no longer sends it.
    pub former: bool,
}

/// Something people take for a status code that is not one, with its source.
#[derive(Debug, PartialEq, Eq)]
pub struct Aside {
    pub text: &'static str,
    pub source: &'static str,
}

/// A registered code of another class (1xx, 2xx, 3xx, 5xx): its registered name, one line
/// on what it means and the defining section (`data/other-classes.toml`).
#[derive(Debug, PartialEq, Eq)]
pub struct OtherStatus {
    pub code: u16,
    pub name: &'static str,
    pub meaning: &'static str,
    /// `title` is empty: the label and the URL say enough.
    pub spec: Spec,
}
