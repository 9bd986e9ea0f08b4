//! What a highlighted stretch of code is. One definition for the build script, which
//! names the variants in the code it generates, and for the app, which colours them.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Keyword,
    Str,
    Number,
    Comment,
    Name,
    Type,
}
