//! The shapes of the catalogue. Everything is `'static`: the data is compiled in.

use super::TokenKind;

#[derive(Debug)]
pub struct Guide {
    pub title: &'static str,
    pub intro: &'static str,
    pub documentation_note: &'static str,
    pub what_4xx_means: &'static str,
    pub where_they_appear: &'static [&'static str],
    pub implementation_notes: &'static [&'static str],
    /// Corrections shown beside pieces of the guide's text that an RFC contradicts.
    pub corrections: &'static [GuideCorrection],
}

impl Guide {
    /// The corrections of one piece of the guide's text: a field such as `"intro"`, or an
    /// item of a list field such as `("where_they_appear", Some(2))`.
    pub fn corrections_of<'a>(
        &self,
        field: &'a str,
        index: Option<usize>,
    ) -> impl Iterator<Item = &'static Correction> + 'a {
        let all: &'static [GuideCorrection] = self.corrections;
        all.iter()
            .filter(move |c| c.field == field && c.index == index)
            .map(|c| &c.correction)
    }
}

/// A correction of a piece of the guide's text.
#[derive(Debug, PartialEq, Eq)]
pub struct GuideCorrection {
    /// The `Guide` field it corrects, such as `"where_they_appear"`.
    pub field: &'static str,
    /// The item of a list field; `None` for a plain text field.
    pub index: Option<usize>,
    pub correction: Correction,
}

/// What an RFC says where the guide's text says otherwise. The guide's text stays; this is
/// shown beside it.
#[derive(Debug, PartialEq, Eq)]
pub struct Correction {
    pub text: &'static str,
    pub rfc: u16,
    pub section: &'static str,
}

/// Gives types with `rfc` and `section` fields the link to that section at the RFC Editor
/// (`url()`) and its short name, "RFC 9110 §15.5.2" (`label()`).
macro_rules! rfc_section_links {
    ($($kind:ty),+) => {$(
        impl $kind {
            pub fn url(&self) -> String {
                format!("https://www.rfc-editor.org/rfc/rfc{}#section-{}", self.rfc, self.section)
            }

            pub fn label(&self) -> String {
                format!("RFC {} §{}", self.rfc, self.section)
            }
        }
    )+};
}
pub(crate) use rfc_section_links;

rfc_section_links!(Correction, Spec);

#[derive(Debug, PartialEq, Eq)]
pub struct Group {
    pub slug: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    /// Short lines telling the group's codes apart, each naming the code it is about.
    pub how_to_choose: &'static [&'static str],
    /// One of the guide's four common groups, shown first and apart from the others.
    pub common: bool,
    pub codes: &'static [u16],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Status {
    pub code: u16,
    /// The name in the guide's table, kept as written there.
    pub table_name: &'static str,
    /// The guide's meaning, kept as written there.
    pub meaning: &'static str,
    /// Our one-line summary, for the compact table and page descriptions.
    pub summary: &'static str,
    /// What a client that got this code should change, and whether and when to retry.
    pub if_received: &'static str,
    /// When a server should send it, and what must go with it.
    pub if_sent: &'static str,
    /// Where an RFC contradicts the guide's meaning, shown beside it.
    pub corrections: &'static [Correction],
    /// The name in the IANA registry today (RFC 9110 names); "(Unused)" for 418.
    pub registered_name: &'static str,
    /// Former names and library spellings (the names of `legacy`, for lookups).
    pub legacy_names: &'static [&'static str],
    /// The same names, each with the source it comes from.
    pub legacy: &'static [Legacy],
    pub visitor: &'static str,
    /// Heuristically cacheable by default (RFC 9110 section 15.1, or the code's own RFC).
    pub cacheable: bool,
    /// `false` where a specification says caches MUST NOT store the response (RFC 6585).
    pub storable: bool,
    pub caching: &'static str,
    /// URL of the primary source for `caching` (and for `storable`).
    pub caching_source: &'static str,
    pub retry: &'static str,
    /// URL of the primary source for `retry`.
    pub retry_source: &'static str,
    /// The example as written (native builds; the wasm has only `example_marked`).
    #[cfg(not(target_arch = "wasm32"))]
    pub example: &'static str,
    /// The example with its syntax, highlighted at build time, marked in.
    pub example_marked: Marked,
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
            self.table_name
        } else {
            self.registered_name
        }
    }

    /// Every name the code is or was known by, title name first, without repeats.
    pub fn all_names(&self) -> Vec<&'static str> {
        let mut names = vec![self.title_name()];
        for name in [self.table_name, self.registered_name]
            .into_iter()
            .chain(self.legacy_names.iter().copied())
        {
            if !name.is_empty() && !name.starts_with('(') && !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                names.push(name);
            }
        }
        names
    }

    /// The one-line answer to "may a cache keep it without being told to?", with the URL
    /// of its source: RFC 6585's MUST NOT, heuristic cacheability, or RFC 9111 §3's rule
    /// that other responses are stored only when they explicitly allow it.
    pub fn default_caching(&self) -> (&'static str, &'static str) {
        if !self.storable {
            (
                "No: a cache MUST NOT store it, whatever the response says.",
                self.caching_source,
            )
        } else if self.cacheable {
            (
                "Yes: heuristically cacheable, so a cache may reuse it unless the response or the method says otherwise.",
                self.caching_source,
            )
        } else {
            (
                "No: a cache stores it only when the response explicitly allows it, for example with Cache-Control: max-age or public.",
                "https://www.rfc-editor.org/rfc/rfc9111#section-3",
            )
        }
    }

    /// Other names than the title name, for "formerly ..." lines.
    pub fn other_names(&self) -> Vec<&'static str> {
        self.all_names().into_iter().skip(1).collect()
    }
}

/// A former name or a library's spelling of the name, with where it comes from.
#[derive(Debug, PartialEq, Eq)]
pub struct Legacy {
    pub name: &'static str,
    /// URL of the primary source (an RFC section, a library's own source file).
    pub source: &'static str,
}

/// A short label for a source URL: "RFC 2616 §10.4.14" for an RFC section at the RFC
/// Editor, "golang/go" for a GitHub repository, otherwise the host name.
pub fn source_label(url: &str) -> String {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    if let Some(rfc) = rest.strip_prefix("www.rfc-editor.org/rfc/rfc") {
        let (number, section) = rfc.split_once("#section-").unwrap_or((rfc, ""));
        let number = number.trim_end_matches(".html").trim_end_matches(".txt");
        return if section.is_empty() {
            format!("RFC {number}")
        } else {
            format!("RFC {number} §{section}")
        };
    }
    if let Some(path) = rest.strip_prefix("github.com/") {
        let mut parts = path.split('/');
        if let (Some(owner), Some(repo)) = (parts.next(), parts.next()) {
            return format!("{owner}/{repo}");
        }
    }
    rest.split(['/', '#', '?']).next().unwrap_or(rest).to_owned()
}

#[derive(Debug, PartialEq, Eq)]
pub struct Spec {
    pub rfc: u16,
    pub section: &'static str,
    pub title: &'static str,
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
    /// A BCP 14 level, for response headers whose specification sets one.
    pub requirement: Option<Requirement>,
    /// The specification's own, non-normative words ("ought to", "can") for a response
    /// header it names without a BCP 14 level; never set together with `requirement`.
    pub wording: Option<&'static str>,
    pub note: &'static str,
    /// URL of the section that names the header for this code and sets its level.
    pub source: &'static str,
}

impl Header {
    /// What the Level column shows: the BCP 14 keyword, the spec's own words in quotes,
    /// or "related" for a request header.
    pub fn level(&self) -> String {
        match (self.requirement, self.wording) {
            (Some(r), _) => r.keyword().to_owned(),
            (None, Some(w)) => format!("\u{201c}{w}\u{201d}"),
            (None, None) => "related".to_owned(),
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Related {
    pub code: u16,
    pub when: &'static str,
    /// URL of a source, where the line states a fact beyond the two codes' definitions.
    pub source: Option<&'static str>,
}

/// In the order the page shows them: the most used web languages first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    JavaScript,
    Python,
    Go,
    Rust,
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

    /// The language and the framework its snippets are written for.
    pub fn label(self) -> &'static str {
        match self {
            Language::JavaScript => "JavaScript (Node, Express 5)",
            Language::Python => "Python (FastAPI, http.HTTPStatus)",
            Language::Go => "Go (net/http)",
            Language::Rust => "Rust (axum 0.8, http)",
            Language::Java => "Java (Spring Boot 3, Spring MVC)",
            Language::CSharp => "C# (ASP.NET Core minimal APIs)",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct HowTo {
    pub language: Language,
    /// The snippet as written (native builds; the wasm has only `marked`).
    #[cfg(not(target_arch = "wasm32"))]
    pub snippet: &'static str,
    /// The snippet with its syntax, highlighted at build time, marked in.
    pub marked: Marked,
    pub note: Option<&'static str>,
    /// The primary source (a project's code or documentation) that backs the note.
    pub source: Option<&'static str>,
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

/// Code with its syntax highlighting marked in by `build.rs`: the character U+0001 plus a
/// kind's number in [`TOKEN_KINDS`] opens a highlighted stretch, U+0007 closes it; code
/// never holds these. Marks between the words they colour compress to almost nothing, where
/// separate token offsets cost the wasm about 7 KiB gzip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked(pub &'static str);

/// The kinds by their number in [`Marked`]: `build.rs` writes `kind as u8`.
pub const TOKEN_KINDS: [TokenKind; 6] = [
    TokenKind::Keyword,
    TokenKind::Str,
    TokenKind::Number,
    TokenKind::Comment,
    TokenKind::Name,
    TokenKind::Type,
];

const CLOSE: char = '\u{7}';

impl Marked {
    /// The code in plain and highlighted pieces, in order, covering all of its text.
    pub fn pieces(self) -> Vec<(Option<TokenKind>, &'static str)> {
        let text = self.0;
        let mut pieces = Vec::new();
        let (mut kind, mut at) = (None, 0);
        // The marks are ASCII, so every one is a character boundary.
        for (i, byte) in text.bytes().enumerate() {
            if (1..=CLOSE as u8).contains(&byte) {
                if i > at {
                    pieces.push((kind, &text[at..i]));
                }
                // An opening mark starts a stretch of its kind; the closing one, plain code.
                kind = TOKEN_KINDS.get(usize::from(byte - 1)).copied();
                at = i + 1;
            }
        }
        if at < text.len() {
            pieces.push((kind, &text[at..]));
        }
        pieces
    }

    /// The code as written, without the marks: what a copy button copies.
    pub fn text(self) -> String {
        self.0.replace(|c| ('\u{1}'..=CLOSE).contains(&c), "")
    }

    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }
}

impl TokenKind {
    /// The CSS class that colours it (`style/main.css`, both themes).
    pub fn class(self) -> &'static str {
        match self {
            TokenKind::Keyword => "tok-k",
            TokenKind::Str => "tok-s",
            TokenKind::Number => "tok-n",
            TokenKind::Comment => "tok-c",
            TokenKind::Name => "tok-f",
            TokenKind::Type => "tok-t",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_kinds_are_numbered_in_declaration_order_as_build_rs_writes_them() {
        for (number, kind) in TOKEN_KINDS.into_iter().enumerate() {
            assert_eq!(kind as usize, number);
        }
    }

    #[test]
    fn marked_code_splits_into_pieces_and_copies_without_marks() {
        let code = Marked("\u{1}let\u{7} x = \u{3}42\u{7};\u{5}\u{7}\u{6}// é\u{7}");
        assert_eq!(
            code.pieces(),
            [
                (Some(TokenKind::Keyword), "let"),
                (None, " x = "),
                (Some(TokenKind::Number), "42"),
                (None, ";"),
                (Some(TokenKind::Type), "// é"),
            ]
        );
        assert_eq!(code.text(), "let x = 42;// é");
        assert_eq!(Marked("plain").pieces(), [(None, "plain")]);
        assert!(Marked("").pieces().is_empty());
    }
}
