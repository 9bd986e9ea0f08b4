//! Reads a paste into responses. Hand-written: pastes come with `curl -v` prefixes, HTTP/2
//! pseudo-headers and developer-tools summaries that no HTTP/1 message parser takes.

use super::MAX_INPUT_BYTES;

/// How the response was written in the paste.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A status line (`curl -i`, HTTPie, wget -S, a raw message, dev tools' raw view).
    StatusLine,
    /// `< ` lines of `curl -v`.
    CurlVerbose,
    /// A `:status` pseudo-header (HTTP/2 or HTTP/3 headers as dev tools copy them).
    PseudoHeader,
    /// Dev tools' summary: "Status Code: 404 Not Found", then "Response Headers".
    Summary,
}

impl Form {
    pub fn label(self) -> &'static str {
        match self {
            Form::StatusLine => "status line",
            Form::CurlVerbose => "curl -v output",
            Form::PseudoHeader => ":status pseudo-header",
            Form::Summary => "developer tools summary",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Http10,
    Http11,
    Http2,
    Http3,
    /// Written but not one of the above (HTTP/0.9, HTTP/1.2...).
    Other,
    /// Not written (dev tools summary).
    Unknown,
}

impl Version {
    fn from_text(digits: &str) -> Version {
        match digits {
            "1.0" => Version::Http10,
            "1.1" => Version::Http11,
            "2" | "2.0" => Version::Http2,
            "3" | "3.0" => Version::Http3,
            _ => Version::Other,
        }
    }

    /// HTTP/2 and HTTP/3 carry no reason phrase and no connection-specific headers.
    pub fn is_multiplexed(self) -> bool {
        matches!(self, Version::Http2 | Version::Http3)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub value: String,
    /// 1-based line of the paste.
    pub line: usize,
}

/// A line of the head that is not a well-formed field line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineProblem {
    /// No colon, or a name that is not a token.
    Malformed { line: usize, text: String },
    /// `Name : value`.
    SpaceBeforeColon { line: usize, name: String },
    /// A continuation line (obs-fold) appended to the header before it.
    Folded { line: usize, name: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub form: Form,
    /// 1-based line of the paste where the response starts.
    pub line: usize,
    pub version: Version,
    /// The status as written (`404`, `4040`, `abc`).
    pub status_text: String,
    /// Set when the status is three digits.
    pub status: Option<u16>,
    pub reason: Option<String>,
    pub headers: Vec<Field>,
    pub body: String,
    /// The body holds NUL bytes or other control characters.
    pub binary_body: bool,
    /// The paste was cut inside this response, so its body may end early.
    pub body_cut: bool,
    pub problems: Vec<LineProblem>,
    /// The method of the request this answers, when the paste shows it: a request line
    /// (`> DELETE /x HTTP/1.1`), dev tools' "Request Method", or the command that was run.
    pub request_method: Option<String>,
}

impl Response {
    fn new(form: Form, line: usize, version: Version, status_text: &str, reason: &str) -> Response {
        let status = (status_text.len() == 3 && status_text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| status_text.parse().ok())
            .flatten();
        let reason = reason.trim();
        Response {
            form,
            line,
            version,
            status_text: status_text.chars().take(12).collect(),
            status,
            reason: (!reason.is_empty()).then(|| reason.chars().take(200).collect()),
            headers: Vec::new(),
            body: String::new(),
            binary_body: false,
            body_cut: false,
            problems: Vec::new(),
            request_method: None,
        }
    }

    /// The values of a header, in order (names compare case-insensitively).
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |f| f.name.eq_ignore_ascii_case(name))
            .map(|f| f.value.as_str())
    }

    /// The first value of a header.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
            .map(|f| f.value.as_str())
    }

    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

#[derive(Debug, Default)]
pub struct Parsed {
    pub responses: Vec<Response>,
    /// (bytes pasted, bytes read) when the paste was cut.
    pub truncated: Option<(usize, usize)>,
    /// More responses followed the last one kept ([`MAX_RESPONSES`]).
    pub more_responses: bool,
    pub binary: bool,
    pub saw_request: bool,
    pub saw_headers: bool,
}

/// Most responses one paste yields; a redirect chain is rarely longer than a few.
const MAX_RESPONSES: usize = 50;
/// Most headers kept per response.
const MAX_HEADERS: usize = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Outside,
    RequestHead,
    RequestBody,
    /// A head ended by a blank line (status-line and curl -v forms).
    Head,
    /// A head copied from dev tools: blank lines inside, values possibly on their own line.
    LooseHead,
    /// Dev tools' "General" section, before "Response Headers".
    General,
    /// Dev tools' "Request Headers" section.
    RequestSection,
    Body,
    /// curl -iv: the unprefixed copy of a head already read from the `< ` lines.
    DuplicateHead,
}

/// One line of the paste, after curl -v prefixes are read.
#[derive(Clone, Copy)]
enum Tag {
    /// Unprefixed text.
    Plain,
    /// `< ` (response) line of curl -v.
    Received,
    /// `> `, `* `, `{ [`, `} [` lines of curl -v.
    Other,
}

pub fn parse(input: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let text = cap(input, &mut parsed);
    let text = strip_ansi(text);
    parsed.binary = looks_binary(&text);
    let lines: Vec<&str> = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    let curl_verbose = lines.iter().any(|l| {
        l.strip_prefix('<')
            .map(|rest| rest.trim_start())
            .is_some_and(|rest| starts_with_ignore_case(rest, "HTTP/") || rest.starts_with(":status"))
    });
    let mut p = Parser {
        parsed,
        state: State::Outside,
        indent: 0,
        lines: &lines,
        skip_next: None,
        method: None,
    };
    for (index, raw) in lines.iter().enumerate() {
        let (tag, line) = if curl_verbose {
            curl_tag(raw)
        } else {
            (Tag::Plain, *raw)
        };
        p.line(index, tag, line);
        if p.parsed.responses.len() > MAX_RESPONSES {
            p.parsed.responses.truncate(MAX_RESPONSES);
            p.parsed.more_responses = true;
            break;
        }
    }
    let mut parsed = p.parsed;
    for response in &mut parsed.responses {
        strip_terminal_tail(&mut response.body);
        let chunked = response
            .all("Transfer-Encoding")
            .any(|v| super::syntax::has_token(v, "chunked"));
        if chunked && let Some(content) = dechunk(&response.body) {
            response.body = content;
        }
        response.binary_body = looks_binary(&response.body);
    }
    if parsed.truncated.is_some()
        && let Some(last) = parsed.responses.last_mut()
    {
        last.body_cut = true;
    }
    parsed
}

/// Removes what a terminal adds after a body that does not end with a line break: curl's
/// own `* Connection #0 to host … left intact` on the same line, and the `%` that zsh
/// prints to mark a partial line.
fn strip_terminal_tail(body: &mut String) {
    let line_start = body.trim_end().rfind('\n').map_or(0, |i| i + 1);
    for marker in ["* Connection #", "* Closing connection", "* shutting down connection"] {
        if let Some(at) = body[line_start..].find(marker) {
            body.truncate(line_start + at);
            break;
        }
    }
    let end = body.trim_end().len();
    body.truncate(end);
    if body.ends_with('%') && body[..body.len() - 1].ends_with(['}', ']', '>']) {
        body.pop();
    }
}

/// The content of a body pasted with its chunked framing still in it (Burp, `openssl
/// s_client`): a hexadecimal size line before each chunk, `0` at the end (RFC 9112 7.1).
/// The paste's line breaks were CRLF or LF, so a chunk's size is matched against its
/// lines counted either way. None when the body is not framed like that.
fn dechunk(body: &str) -> Option<String> {
    let mut lines = body.split('\n');
    let mut content = String::new();
    loop {
        let size_line = lines.next()?.trim();
        let size_text = size_line.split(';').next()?.trim();
        if size_text.is_empty() || size_text.len() > 8 || !size_text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let size = usize::from_str_radix(size_text, 16).ok()?;
        if size == 0 {
            // Trailer fields may follow; they are not content.
            return Some(content);
        }
        // The chunk's lines: its bytes, and the line breaks inside it (one byte each if
        // the paste used LF, two if CRLF). The break after its last line is framing.
        let (mut bytes, mut breaks) = (0usize, 0usize);
        for taken in 0.. {
            let line = lines.next()?;
            if taken > 0 {
                breaks += 1;
                content.push('\n');
            }
            bytes += line.len();
            content.push_str(line);
            if bytes + breaks == size || bytes + 2 * breaks == size {
                break;
            }
            if bytes + breaks > size {
                return None;
            }
        }
    }
}

/// curl's own error line, such as `curl: (22) The requested URL returned error: 404`.
fn is_curl_error(line: &str) -> bool {
    line.strip_prefix("curl: (")
        .and_then(|rest| rest.split_once(')'))
        .is_some_and(|(number, _)| is_digits(number))
}

fn curl_tag(line: &str) -> (Tag, &str) {
    if let Some(rest) = line.strip_prefix('<')
        && (rest.is_empty() || rest.starts_with(' '))
    {
        return (Tag::Received, rest.strip_prefix(' ').unwrap_or(rest));
    }
    if line == ">" || line.starts_with("> ") || line == "*" || line.starts_with("* ") {
        return (Tag::Other, line);
    }
    if line.starts_with("{ [") || line.starts_with("} [") {
        return (Tag::Other, line);
    }
    (Tag::Plain, line)
}

struct Parser<'a> {
    parsed: Parsed,
    state: State,
    /// Indentation of the status line (wget -S indents by two spaces).
    indent: usize,
    lines: &'a [&'a str],
    /// A line already taken as the value of the `name:` line before it.
    skip_next: Option<usize>,
    /// The method of the last request seen, for the response that answers it.
    method: Option<String>,
}

impl Parser<'_> {
    fn current(&mut self) -> Option<&mut Response> {
        self.parsed.responses.last_mut()
    }

    fn line(&mut self, index: usize, tag: Tag, line: &str) {
        let number = index + 1;
        let trimmed = line.trim();
        if self.skip_next.take() == Some(index) || is_curl_error(trimmed) {
            return;
        }
        match tag {
            Tag::Other => {
                if let Some(request) = line.strip_prefix("> ")
                    && is_request_line(request.trim())
                {
                    self.method = request.split_whitespace().next().map(str::to_owned);
                }
                // A curl -v request line or info line ends the head of a response.
                if matches!(self.state, State::Head) && line.starts_with('>') {
                    self.state = State::Outside;
                    self.parsed.saw_request = true;
                } else if line.starts_with('>') {
                    self.parsed.saw_request = true;
                }
                return;
            }
            Tag::Received => {
                if let Some((version, status, reason)) = status_line(trimmed) {
                    self.start(
                        Response::new(Form::CurlVerbose, number, version, status, reason),
                        State::Head,
                        0,
                    );
                } else if let Some(status) = pseudo_status(trimmed) {
                    self.start(
                        Response::new(Form::CurlVerbose, number, Version::Http2, status, ""),
                        State::Head,
                        0,
                    );
                } else if self.state == State::Head {
                    if trimmed.is_empty() {
                        self.state = State::Body;
                    } else {
                        self.field(number, line);
                    }
                }
                return;
            }
            Tag::Plain => {}
        }

        // A Markdown code fence around the paste ends whatever it encloses.
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            if self.state != State::Outside {
                self.state = State::Outside;
            }
            return;
        }

        // Lines that start something, whatever came before.
        if let Some((version, status, reason)) = status_line(trimmed) {
            if self.state == State::Body && self.current().is_some_and(|r| r.form == Form::CurlVerbose) {
                // curl -iv prints the head a second time on stdout.
                self.state = State::DuplicateHead;
                return;
            }
            let indent = indentation(line);
            self.start(
                Response::new(Form::StatusLine, number, version, status, reason),
                State::Head,
                indent,
            );
            return;
        }
        if self.state == State::DuplicateHead {
            if trimmed.is_empty() {
                self.state = State::Body;
            }
            return;
        }
        if let Some(status) = pseudo_status(trimmed) {
            let same = self.state == State::LooseHead
                && self
                    .current()
                    .is_some_and(|r| r.form == Form::Summary && r.status_text == status);
            if same {
                return;
            }
            self.start(
                Response::new(Form::PseudoHeader, number, Version::Http2, status, ""),
                State::LooseHead,
                0,
            );
            return;
        }
        if (is_request_line(trimmed) || is_request_pseudo(trimmed))
            && (self.state != State::Body || is_request_line(trimmed))
        {
            if is_request_line(trimmed) {
                self.method = trimmed.split_whitespace().next().map(str::to_owned);
            }
            self.parsed.saw_request = true;
            self.state = State::RequestHead;
            return;
        }
        // Chrome copies "Status Code:" and its value on separate lines.
        let joined;
        let trimmed = if summary_status(trimmed).is_none() && is_label_only(trimmed, &["status code", "status"]) {
            match self.lines.get(index + 1).map(|l| l.trim()) {
                Some(next) if next.starts_with(|c: char| c.is_ascii_digit()) => {
                    joined = format!("{}: {next}", trimmed.trim_end_matches(':'));
                    self.skip_next = Some(index + 1);
                    joined.as_str()
                }
                _ => trimmed,
            }
        } else {
            trimmed
        };
        if let Some((status, reason)) = tool_summary_status(trimmed)
            && matches!(self.state, State::Outside | State::RequestBody | State::RequestSection)
        {
            self.start(
                Response::new(Form::Summary, number, Version::Unknown, status, reason),
                State::General,
                0,
            );
            return;
        }
        if let Some((status, reason)) = summary_status(trimmed) {
            // "Status Code:" is dev tools' own label, whatever came before; a bare "Status:"
            // could be a body's text or a CGI header, so it counts only between messages.
            let between = matches!(
                self.state,
                State::Outside | State::General | State::RequestBody | State::RequestSection
            );
            if between || starts_with_ignore_case(trimmed, "status code") {
                self.start(
                    Response::new(Form::Summary, number, Version::Unknown, status, reason),
                    State::General,
                    0,
                );
                return;
            }
        }
        if section_label(trimmed, "request headers") && self.state != State::Body {
            self.state = State::RequestSection;
            return;
        }
        if section_label(trimmed, "response headers") && self.state != State::Body {
            if self
                .current()
                .is_some_and(|r| r.form == Form::Summary && r.headers.is_empty())
            {
                self.state = State::LooseHead;
            } else {
                self.parsed.saw_headers = true;
                self.state = State::Outside;
            }
            return;
        }
        if starts_with_ignore_case(trimmed, "request url:") {
            self.state = State::General;
            return;
        }

        match self.state {
            State::Outside | State::RequestBody | State::RequestSection | State::DuplicateHead => {
                if self.state == State::Outside && split_field(trimmed).is_some_and(|(n, _)| is_token(n)) {
                    self.parsed.saw_headers = true;
                }
                if self.state == State::Outside
                    && let Some(method) = command_method(trimmed)
                {
                    self.method = Some(method.to_owned());
                }
            }
            State::RequestHead => {
                if trimmed.is_empty() {
                    self.state = State::RequestBody;
                }
            }
            State::General => self.general(index, line),
            State::Head => {
                if trimmed.is_empty() {
                    self.state = State::Body;
                } else if self.indent > 0 && indentation(line) < self.indent {
                    // wget -S: the indented head ends where wget's own lines resume.
                    self.state = State::Outside;
                } else {
                    let cut = indentation(line);
                    let line = &line[cut.min(self.indent)..];
                    self.field(number, line);
                }
            }
            State::LooseHead => self.loose(index, line),
            State::Body => {
                // A shell prompt with the next command ends the body before it.
                let prompt = trimmed.starts_with("$ ") || trimmed.starts_with("% ");
                if let Some(method) = prompt.then(|| command_method(trimmed)).flatten() {
                    self.method = Some(method.to_owned());
                    self.state = State::Outside;
                } else if let Some(response) = self.current()
                    && response.body.len() < MAX_INPUT_BYTES
                    && (!response.body.is_empty() || !line.trim().is_empty())
                {
                    response.body.push_str(line);
                    response.body.push('\n');
                }
            }
        }
    }

    fn start(&mut self, mut response: Response, state: State, indent: usize) {
        // An interim (1xx) response and the final one answer the same request.
        let interim = self
            .parsed
            .responses
            .last()
            .filter(|r| r.status.is_some_and(|s| (100..200).contains(&s)))
            .and_then(|r| r.request_method.clone());
        response.request_method = self.method.take().or(interim);
        self.parsed.responses.push(response);
        self.state = state;
        self.indent = indent;
    }

    /// Dev tools' General section: its own labels are skipped; a header line means the
    /// headers started without a "Response Headers" label.
    fn general(&mut self, index: usize, line: &str) {
        let number = index + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            return;
        }
        const LABELS: &[&str] = &[
            "request url",
            "request method",
            "status code",
            "status",
            "remote address",
            "referrer policy",
            "version",
            "transferred",
            "request priority",
            "dns resolution",
            "address",
            "general",
        ];
        let label = trimmed
            .split([':', '\t'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if LABELS.contains(&label.as_str()) {
            let inline = trimmed[label.len()..].trim_start_matches([':', ' ', '\t']).trim();
            let value = if inline.is_empty() {
                // Chrome puts the value on the next line; it is not a header.
                self.skip_next = Some(index + 1);
                self.lines.get(index + 1).map_or("", |l| l.trim())
            } else {
                inline
            };
            if label == "request method" && is_method(value) {
                match self.current() {
                    Some(response) if response.request_method.is_none() => {
                        response.request_method = Some(value.to_owned());
                    }
                    _ => self.method = Some(value.to_owned()),
                }
            }
            if label == "version"
                && let Some(digits) = value
                    .get(..5)
                    .filter(|p| p.eq_ignore_ascii_case("HTTP/"))
                    .map(|_| &value[5..])
                && let Some(response) = self.current()
            {
                response.version = Version::from_text(digits);
            }
            return;
        }
        if self.current().is_none() {
            return;
        }
        if section_label(trimmed, "headers") {
            // Postman's "Headers (8)" tab: the headers follow.
            self.state = State::LooseHead;
        } else if trimmed.split_once('\t').is_some_and(|(name, _)| is_token(name.trim())) {
            self.state = State::LooseHead;
            self.loose(index, line);
        } else if split_field(trimmed).is_some() {
            self.state = State::LooseHead;
            self.field(number, trimmed);
        }
    }

    /// A head copied from dev tools: blank lines are skipped, `name:` may have its value
    /// on the next line, and a blank line followed by something that is not a header starts
    /// the body.
    fn loose(&mut self, index: usize, line: &str) {
        let number = index + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            let next = self.lines[index + 1..].iter().map(|l| l.trim()).find(|l| !l.is_empty());
            if let Some(next) = next {
                let header_like = looks_like_field(next.trim_start_matches(':'))
                    || section_label(next, "request headers")
                    || is_token(next);
                if !header_like {
                    self.state = State::Body;
                }
            }
            return;
        }
        if trimmed.eq_ignore_ascii_case("raw") || starts_with_ignore_case(trimmed, "provisional headers") {
            return;
        }
        if trimmed.eq_ignore_ascii_case("body") {
            // Postman's "Body" tab: what follows is the body.
            self.state = State::Body;
            return;
        }
        if trimmed.starts_with(':') {
            // Other pseudo-headers of a response: nothing to check.
            return;
        }
        if let Some((name, value)) = split_field(trimmed)
            && value.trim().is_empty()
            && is_token(name.trim())
            && let Some(next) = self.lines.get(index + 1).map(|l| l.trim())
            && !next.is_empty()
            && !looks_like_copied_field(next)
        {
            // "name:" then the value on the next line; the value line is taken now
            // and skipped when it comes.
            self.push_field(Field {
                name: name.trim().to_owned(),
                value: next.to_owned(),
                line: number,
            });
            self.skip_next = Some(index + 1);
            return;
        }
        if let Some((name, value)) = trimmed.split_once('\t')
            && !name.contains(':')
            && is_token(name.trim())
        {
            // A table copied from a tool: name, a tab, the value.
            self.push_field(Field {
                name: name.trim().to_owned(),
                value: value.trim().to_owned(),
                line: number,
            });
            return;
        }
        if is_token(trimmed)
            && let Some(next) = self.lines.get(index + 1).map(|l| l.trim())
            && !next.is_empty()
            && !looks_like_copied_field(next)
        {
            // A name alone on its line (no colon), the value on the next.
            self.push_field(Field {
                name: trimmed.to_owned(),
                value: next.to_owned(),
                line: number,
            });
            self.skip_next = Some(index + 1);
            return;
        }
        self.field(number, trimmed);
    }

    /// Reads one field line into the current response.
    fn field(&mut self, number: usize, line: &str) {
        let Some(response) = self.parsed.responses.last_mut() else {
            return;
        };
        if line.starts_with([' ', '\t'])
            && let Some(previous) = response.headers.last_mut()
        {
            previous.value.push(' ');
            previous.value.push_str(line.trim());
            let name = previous.name.clone();
            response.problems.push(LineProblem::Folded { line: number, name });
            return;
        }
        match split_field(line) {
            Some((name, value)) if is_token(name.trim_end()) && !name.trim_end().is_empty() => {
                if name.ends_with([' ', '\t']) {
                    response.problems.push(LineProblem::SpaceBeforeColon {
                        line: number,
                        name: name.trim_end().to_owned(),
                    });
                }
                let field = Field {
                    name: name.trim_end().to_owned(),
                    value: value.trim().to_owned(),
                    line: number,
                };
                self.push_field(field);
            }
            _ => {
                if response.problems.len() < MAX_HEADERS {
                    response.problems.push(LineProblem::Malformed {
                        line: number,
                        text: line.trim().chars().take(80).collect(),
                    });
                }
            }
        }
    }

    fn push_field(&mut self, field: Field) {
        if let Some(response) = self.parsed.responses.last_mut()
            && response.headers.len() < MAX_HEADERS
        {
            response.headers.push(field);
        }
    }
}

/// Cuts the paste at [`MAX_INPUT_BYTES`], at a line end if there is one near.
fn cap<'a>(input: &'a str, parsed: &mut Parsed) -> &'a str {
    if input.len() <= MAX_INPUT_BYTES {
        return input;
    }
    let mut end = MAX_INPUT_BYTES;
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &input[..end];
    let cut = match cut.rfind('\n') {
        Some(nl) if nl > end / 2 => &cut[..nl],
        _ => cut,
    };
    parsed.truncated = Some((input.len(), cut.len()));
    cut
}

/// Removes terminal colour codes (`ESC [ ... m` and other CSI sequences).
fn strip_ansi(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\u{1b}') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    std::borrow::Cow::Owned(out)
}

/// NUL bytes, replacement characters from invalid UTF-8, or more than one control
/// character in 20.
pub fn looks_binary(text: &str) -> bool {
    let mut control = 0usize;
    let mut total = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\0' || c == '\u{fffd}' {
            return true;
        }
        // C0 and C1 controls (a plain range test: no Unicode tables in the wasm).
        if (c < ' ' || ('\u{7f}'..='\u{9f}').contains(&c)) && !matches!(c, '\n' | '\r' | '\t' | '\u{1b}') {
            control += 1;
        }
    }
    total > 0 && control * 20 > total
}

/// Bytes of leading spaces and tabs (ASCII only, so the count is a char boundary).
fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len() && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// `Status Code:` or `Status Code` alone on its line, with the value on the next.
fn is_label_only(line: &str, labels: &[&str]) -> bool {
    let label = line.strip_suffix(':').unwrap_or(line).trim();
    labels.iter().any(|l| label.eq_ignore_ascii_case(l))
}

fn section_label(line: &str, label: &str) -> bool {
    starts_with_ignore_case(line, label)
        && line[label.len()..]
            .trim()
            .chars()
            .all(|c| c.is_ascii_digit() || "()[]: ".contains(c))
}

/// `HTTP/1.1 404 Not Found`, `HTTP/2 404`, `HTTP/1.1 200` -> (version, status, reason).
fn status_line(line: &str) -> Option<(Version, &str, &str)> {
    if !starts_with_ignore_case(line, "HTTP/") {
        return None;
    }
    let rest = &line[5..];
    let version_end = rest.find([' ', '\t'])?;
    let version = &rest[..version_end];
    let valid_version = match version.split_once('.') {
        Some((major, minor)) => is_digits(major) && major.len() == 1 && is_digits(minor) && minor.len() == 1,
        None => is_digits(version) && version.len() == 1,
    };
    if !valid_version {
        return None;
    }
    let rest = rest[version_end..].trim_start();
    let status_end = rest.find([' ', '\t']).unwrap_or(rest.len());
    let status = &rest[..status_end];
    if !status.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((Version::from_text(version), status, &rest[status_end..]))
}

/// `:status: 404`, `:status 404`, `:status = 404`.
fn pseudo_status(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(":status")?;
    let rest = rest.trim_start_matches([':', ' ', '\t', '=']);
    let end = rest.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(rest.len());
    let status = &rest[..end];
    status.starts_with(|c: char| c.is_ascii_digit()).then_some(status)
}

/// `Status Code: 404 Not Found (from disk cache)` or `Status: 404 Not Found`.
fn summary_status(line: &str) -> Option<(&str, &str)> {
    let rest = if starts_with_ignore_case(line, "status code") {
        &line[11..]
    } else if starts_with_ignore_case(line, "status") {
        &line[6..]
    } else {
        return None;
    };
    let rest = rest
        .strip_prefix([':', '\t', ' '])?
        .trim_start_matches([':', ' ', '\t']);
    let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    if end == 0 || rest[end..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some((
        &rest[..end],
        phrase_before_columns(rest[end..].split('(').next().unwrap_or("")),
    ))
}

/// A reason phrase without the columns a tool prints after it ("Unauthorized   Time: 41 ms"):
/// a phrase has single spaces only.
fn phrase_before_columns(text: &str) -> &str {
    let text = text.trim_start();
    let end = [text.find("  "), text.find('\t')]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(text.len());
    &text[..end]
}

/// The one-line summary Postman and Insomnia show above a response: a code, its phrase,
/// then columns with the time taken and the size (`402 Payment Required   312 ms   1.21 KB`).
fn tool_summary_status(line: &str) -> Option<(&str, &str)> {
    let (code, rest) = line.split_at_checked(3)?;
    let rest = rest.strip_prefix(' ')?.trim_start();
    let reason = phrase_before_columns(rest);
    let columns = rest[reason.len()..].trim_start();
    let number = columns
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(columns.len());
    let unit = columns[number..].trim_start();
    let seconds = unit
        .strip_prefix('s')
        .is_some_and(|r| r.is_empty() || r.starts_with(char::is_whitespace));
    let timed = number > 0 && (unit.starts_with("ms") || seconds);
    let words = !reason.is_empty() && reason.chars().all(|c| c.is_ascii_alphabetic() || " -'".contains(c));
    (is_digits(code) && timed && words).then_some((code, reason))
}

/// `GET /path HTTP/1.1`.
fn is_request_line(line: &str) -> bool {
    let mut parts = line.split_whitespace();
    let (Some(method), Some(_target), Some(version), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    is_method(method) && starts_with_ignore_case(version, "HTTP/")
}

/// A method as requests write it: `GET`, `DELETE`, `VERSION-CONTROL`.
fn is_method(word: &str) -> bool {
    (1..=20).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'_')
}

/// The method a pasted command line sends: curl (`-X`, `--request`, `-I`, `-G`, data
/// options) and HTTPie or xh (`http DELETE url`, data items). None for lines that are no
/// such command.
fn command_method(line: &str) -> Option<&str> {
    // A shell prompt (`$`, `%`, `#`) may stand before the command.
    let mut words = line
        .split_whitespace()
        .skip_while(|w| w.len() == 1 && b"$%#>".contains(&w.as_bytes()[0]));
    let program = words.next()?;
    let program = &program[program.rfind('/').map_or(0, |i| i + 1)..];
    let args: Vec<&str> = words.map(unquote).collect();
    let has = |options: &[&str]| args.iter().any(|a| options.iter().any(|o| a.starts_with(o)));
    match program {
        "curl" => {
            let mut method = None;
            for (i, arg) in args.iter().enumerate() {
                if *arg == "-X" || *arg == "--request" {
                    method = args.get(i + 1).copied();
                } else if arg.len() > 2 && arg.starts_with("-X") {
                    method = Some(&arg[2..]);
                }
            }
            Some(match method.filter(|m| is_method(m)) {
                Some(method) => method,
                None if has(&["-I", "--head"]) => "HEAD",
                // -G puts the data into the query string.
                None if has(&["-G", "--get"]) => "GET",
                None if has(&["-T", "--upload-file"]) => "PUT",
                None if has(&["-d", "--data", "-F", "--form", "--json"]) => "POST",
                None => "GET",
            })
        }
        "http" | "https" | "xh" | "xhs" => {
            let mut rest = args.iter().filter(|a| !a.starts_with('-'));
            let first = rest.next()?;
            Some(if is_method(first) {
                first
            // Data items (`name=value`, `name:=json`) make HTTPie send a POST.
            } else if rest.any(|a| a.contains('=') && !a.contains("==")) {
                "POST"
            } else {
                "GET"
            })
        }
        _ => None,
    }
}

/// A word without the quotes a shell command put around it.
fn unquote(word: &str) -> &str {
    let quote = |c: &u8| *c == b'\'' || *c == b'"';
    let bytes = word.as_bytes();
    let start = usize::from(bytes.first().is_some_and(quote));
    let end = bytes.len() - usize::from(bytes.len() > start && bytes.last().is_some_and(quote));
    &word[start..end]
}

fn is_request_pseudo(line: &str) -> bool {
    [":method", ":path", ":authority", ":scheme"]
        .iter()
        .any(|p| line.starts_with(p))
}

/// `name: value` (a token, a colon, not a URL's `://`).
fn looks_like_field(line: &str) -> bool {
    split_field(line).is_some_and(|(name, value)| is_token(name) && !value.starts_with("//"))
}

/// A header line as dev tools copy it: `name: value`, with a space after the colon (or
/// nothing after it). A value alone on its line may hold colons without that space
/// (`C3B1:2E4F6A:0`, `fra1::iad1::x`), and is then not taken for a header.
fn looks_like_copied_field(line: &str) -> bool {
    looks_like_field(line)
        && split_field(line).is_some_and(|(_, value)| value.is_empty() || value.starts_with([' ', '\t']))
}

/// The header block of a paste that has headers but no status anywhere (Chromium's "Copy
/// response headers" of an HTTP/2 response): the first run of two or more field lines.
/// None when there is no such run.
pub fn headers_only(input: &str) -> Option<Response> {
    let lines: Vec<&str> = input.lines().collect();
    let start = (0..lines.len())
        .find(|&i| header_field(lines[i]).is_some() && lines.get(i + 1).is_some_and(|l| header_field(l).is_some()))?;
    let mut response = Response::new(Form::Summary, start + 1, Version::Unknown, "", "");
    for (i, line) in lines.iter().enumerate().skip(start).take(MAX_HEADERS) {
        let Some((name, value)) = header_field(line) else { break };
        response.headers.push(Field {
            name: name.to_owned(),
            value: value.trim().to_owned(),
            line: i + 1,
        });
    }
    Some(response)
}

/// A line as `name: value`, with a name of letters, digits and hyphens as header names
/// are (a console's `app.js:41` is not one), and not a URL's `https://`.
fn header_field(line: &str) -> Option<(&str, &str)> {
    split_field(line.trim()).filter(|(name, value)| {
        !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') && !value.starts_with("//")
    })
}

fn split_field(line: &str) -> Option<(&str, &str)> {
    line.split_once(':')
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// RFC 9110 §5.6.2 token characters.
pub fn is_token(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(is_tchar)
}

pub fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_framing_is_taken_off_whichever_line_breaks_were_pasted() {
        assert_eq!(dechunk("5\nab\ncd\n0").as_deref(), Some("ab\ncd"));
        assert_eq!(dechunk("6\nab\ncd\n0").as_deref(), Some("ab\ncd"));
        // Chunks join without a line break; a chunk extension and trailers are not content.
        assert_eq!(
            dechunk("3;x=y\n{\"a\n4\n\":1}\n0\nTrailer: t").as_deref(),
            Some("{\"a\":1}")
        );
        // Not framed like that: a size that does not fit, no last chunk, a decoded body.
        assert_eq!(dechunk("4\nab\ncd\n0"), None);
        assert_eq!(dechunk("5\nab\ncd"), None);
        assert_eq!(dechunk("{\"a\":1}"), None);
        assert_eq!(dechunk("cafe"), None);
    }

    #[test]
    fn status_lines() {
        assert_eq!(
            status_line("HTTP/1.1 404 Not Found"),
            Some((Version::Http11, "404", " Not Found"))
        );
        assert_eq!(status_line("HTTP/2 404"), Some((Version::Http2, "404", "")));
        assert_eq!(status_line("HTTP/2.0 200 OK").map(|s| s.0), Some(Version::Http2));
        assert_eq!(status_line("HTTP/1.1 abc"), None);
        assert_eq!(status_line("HTTP/11 200"), None);
    }

    #[test]
    fn summary_lines() {
        assert_eq!(
            summary_status("Status Code: 200 OK (from disk cache)"),
            Some(("200", "OK "))
        );
        assert_eq!(summary_status("Status: 404 Not Found"), Some(("404", "Not Found")));
        assert_eq!(
            summary_status("Status: 401 Unauthorized   Time: 41 ms   Size: 412 B"),
            Some(("401", "Unauthorized"))
        );
        assert_eq!(summary_status("Status: pending"), None);
        assert_eq!(summary_status("Statuses: 404"), None);
    }

    #[test]
    fn tool_summary_lines() {
        assert_eq!(
            tool_summary_status("402 Payment Required   312 ms   1.21 KB"),
            Some(("402", "Payment Required"))
        );
        assert_eq!(
            tool_summary_status("404 Not Found\t1.2 s\t90 B"),
            Some(("404", "Not Found"))
        );
        // A line of a body or a log is not a summary without the time taken.
        assert_eq!(tool_summary_status("404 Not Found"), None);
        assert_eq!(tool_summary_status("404 Not Found   see the docs"), None);
        assert_eq!(tool_summary_status("é4 x  1 ms"), None);
    }

    #[test]
    fn request_lines() {
        assert!(is_request_line("GET /x HTTP/1.1"));
        assert!(!is_request_line("get /x HTTP/1.1"));
        assert!(!is_request_line("HTTP/1.1 200 OK"));
    }

    #[test]
    fn commands_say_which_method_they_send() {
        let cases = [
            ("$ curl -i -X DELETE https://x/y", Some("DELETE")),
            ("curl -XPATCH https://x/y", Some("PATCH")),
            ("% curl --request PUT https://x/y", Some("PUT")),
            ("curl -sv -d 'a=1' https://x/y", Some("POST")),
            ("curl -G -d q=1 https://x/y", Some("GET")),
            ("curl --json '{}' https://x/y", Some("POST")),
            ("curl -T file.bin https://x/y", Some("PUT")),
            ("curl -I https://x/y", Some("HEAD")),
            ("/usr/bin/curl https://x/y", Some("GET")),
            ("http DELETE :8000/items/1", Some("DELETE")),
            ("https --print=hb example.org/api name=x", Some("POST")),
            ("http example.org/api search==x", Some("GET")),
            ("curl -X 'DELETE' https://x/y", Some("DELETE")),
            ("wget https://x/y", None),
            ("Cannot DELETE /x", None),
            ("HTTP/1.1 404 Not Found", None),
        ];
        for (line, method) in cases {
            assert_eq!(command_method(line), method, "{line}");
        }
    }

    #[test]
    fn each_response_knows_the_method_of_its_request() {
        let chrome = "Request URL:\nhttps://x/api/items/3\nRequest Method:\nDELETE\nStatus Code:\n404 Not Found\nResponse Headers\ncontent-type: application/json\n";
        assert_eq!(parse(chrome).responses[0].request_method.as_deref(), Some("DELETE"));
        // curl -L: each response gets the method of the request before it.
        let chain = "> POST /a HTTP/1.1\n>\n< HTTP/1.1 303 See Other\n< Location: /b\n<\n> GET /b HTTP/1.1\n>\n< HTTP/1.1 404 Not Found\n<\n";
        let methods: Vec<_> = parse(chain)
            .responses
            .iter()
            .map(|r| r.request_method.clone())
            .collect();
        assert_eq!(methods, [Some("POST".to_owned()), Some("GET".to_owned())]);
        assert_eq!(parse("HTTP/1.1 404 Not Found\n\n").responses[0].request_method, None);
        let continued = "$ curl -i -X PUT -T big.bin https://x/up\nHTTP/1.1 100 Continue\n\nHTTP/1.1 404 Not Found\n\n";
        let methods: Vec<_> = parse(continued)
            .responses
            .iter()
            .map(|r| r.request_method.clone())
            .collect();
        assert_eq!(methods, [Some("PUT".to_owned()), Some("PUT".to_owned())]);
    }
}
