//! Syntax highlighting at build time: syntect's grammars turn each snippet into token
//! ranges, emitted as data, so the wasm carries offsets and no highlighter.

use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxReference, SyntaxSet};

/// The kinds of token the site colours: the app's own type, so the generated code names
/// exactly its variants.
pub use super::token_kind::TokenKind as Kind;

pub struct Highlighter {
    syntaxes: SyntaxSet,
}

impl Highlighter {
    pub fn new() -> Self {
        Highlighter {
            syntaxes: SyntaxSet::load_defaults_newlines(),
        }
    }

    /// The tokens of a snippet in one of the site's languages (by the JSON key).
    pub fn code(&self, language: &str, text: &str) -> Vec<(usize, usize, Kind)> {
        let name = match language {
            "javascript" => "JavaScript",
            "python" => "Python",
            "go" => "Go",
            "rust" => "Rust",
            "java" => "Java",
            "csharp" => "C#",
            "json" => "JSON",
            other => panic!("no grammar for the snippet language {other:?}"),
        };
        let syntax = self
            .syntaxes
            .find_syntax_by_name(name)
            .unwrap_or_else(|| panic!("syntect has no {name} grammar"));
        self.tokens(syntax, text, 0)
    }

    /// The tokens of an HTTP exchange: start lines, header names and, for JSON bodies,
    /// the body. Bracketed notes such as "[body left out]" read as comments.
    pub fn http(&self, text: &str) -> Vec<(usize, usize, Kind)> {
        let json = self
            .syntaxes
            .find_syntax_by_name("JSON")
            .expect("syntect has a JSON grammar");
        let mut tokens = Vec::new();
        let mut offset = 0;
        let mut in_head = true;
        let mut json_body = false;
        for line in text.split_inclusive('\n') {
            let content = line.trim_end_matches(['\r', '\n']);
            if content.is_empty() {
                // A blank line ends a message's head; what follows is its body.
                in_head = false;
            } else if content.starts_with('[') && content.ends_with(']') {
                tokens.push((offset, offset + content.len(), Kind::Comment));
            } else if is_start_line(content) {
                in_head = true;
                json_body = false;
                start_line(content, offset, &mut tokens);
            } else if in_head {
                if let Some(colon) = content.find(':') {
                    tokens.push((offset, offset + colon, Kind::Name));
                    if content[..colon].eq_ignore_ascii_case("content-type") && content.contains("json") {
                        json_body = true;
                    }
                }
            } else if json_body {
                tokens.extend(self.tokens(json, content, offset));
            }
            offset += line.len();
        }
        tokens
    }

    fn tokens(&self, syntax: &SyntaxReference, text: &str, base: usize) -> Vec<(usize, usize, Kind)> {
        let mut state = ParseState::new(syntax);
        let mut stack = ScopeStack::new();
        let mut tokens: Vec<(usize, usize, Kind)> = Vec::new();
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let ops = state
                .parse_line(line, &self.syntaxes)
                .unwrap_or_else(|e| panic!("highlighting {line:?}: {e}"));
            let mut position = 0;
            for (at, op) in ops
                .into_iter()
                .chain([(line.len(), syntect::parsing::ScopeStackOp::Noop)])
            {
                if at > position {
                    if let Some(kind) = classify(stack.as_slice()) {
                        push(&mut tokens, base + line_start + position, base + line_start + at, kind);
                    }
                    position = at;
                }
                stack
                    .apply(&op)
                    .unwrap_or_else(|e| panic!("highlighting {line:?}: {e:?}"));
            }
            line_start += line.len();
        }
        tokens
    }
}

/// Adds a token, joining it to the previous one of the same kind when they touch.
fn push(tokens: &mut Vec<(usize, usize, Kind)>, start: usize, end: usize, kind: Kind) {
    if let Some(last) = tokens.last_mut()
        && last.1 == start
        && last.2 == kind
    {
        last.1 = end;
        return;
    }
    tokens.push((start, end, kind));
}

fn classify(stack: &[Scope]) -> Option<Kind> {
    let rules: [(&str, Kind); 14] = [
        ("comment", Kind::Comment),
        ("string", Kind::Str),
        ("constant.numeric", Kind::Number),
        ("constant.language", Kind::Keyword),
        ("keyword.operator", Kind::Keyword),
        ("keyword", Kind::Keyword),
        ("storage", Kind::Keyword),
        ("entity.name.function", Kind::Name),
        ("variable.function", Kind::Name),
        ("support.function", Kind::Name),
        ("meta.mapping.key", Kind::Name),
        ("entity.name", Kind::Type),
        ("support.type", Kind::Type),
        ("support.class", Kind::Type),
    ];
    // The innermost scope that means something wins.
    stack.iter().rev().find_map(|scope| {
        let name = scope.build_string();
        rules
            .iter()
            .find(|(prefix, _)| name == *prefix || name.starts_with(&format!("{prefix}.")))
            .map(|(_, kind)| *kind)
    })
}

fn is_start_line(line: &str) -> bool {
    line.starts_with("HTTP/") || line.split(' ').nth(2).is_some_and(|v| v.starts_with("HTTP/"))
}

/// `GET /path HTTP/1.1`: the method; `HTTP/1.1 404 Not Found`: the status code.
fn start_line(line: &str, offset: usize, tokens: &mut Vec<(usize, usize, Kind)>) {
    if let Some(rest) = line.strip_prefix("HTTP/") {
        let version_end = 5 + rest.find(' ').unwrap_or(rest.len());
        let code_start = version_end + 1;
        let code_end = line[code_start.min(line.len())..]
            .find(' ')
            .map_or(line.len(), |i| code_start + i);
        tokens.push((offset, offset + version_end, Kind::Comment));
        if code_start < code_end {
            tokens.push((offset + code_start, offset + code_end, Kind::Number));
        }
    } else if let Some(space) = line.find(' ') {
        tokens.push((offset, offset + space, Kind::Keyword));
    }
}
