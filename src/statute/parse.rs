//! The statute parser: front matter and Markdown lines → a tree of units.
//!
//! Structure comes from numbering, not from CommonMark list semantics:
//! Kazakh insertion numbers (`4-1.`) are not list items in CommonMark, and
//! the official texts indent sanctions and subparagraphs freely. So the
//! parser reads lines: headings and bold lines name divisions and articles,
//! `N.` starts a paragraph, `N)` a subparagraph, `Note.`/`Примечание.` a note,
//! block quotes and `Сноска.` lines are editorial footnotes, and any other
//! line continues the text of the unit before it.

use super::Language;
use super::cite::ArticleDivision;
use super::lang::fold_lookalikes;
use super::model::{Footnote, FrontMatter, Span, Status, Statute, Unit, UnitKind};
use crate::util::regex;
use regex::Regex;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

/// What went wrong while parsing a statute.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The file is not UTF-8.
    InvalidUtf8,
    /// A `+++` front matter block has no closing `+++`.
    UnterminatedFrontMatter,
    /// The front matter is not valid TOML or has an unknown key or value.
    InvalidFrontMatter(String),
    /// A heading names an article or division without a usable number.
    MissingNumber {
        /// The keyword that needs a number ("Статья", "Article", "Глава").
        keyword: String,
    },
    /// A subparagraph appears before any article or paragraph that could hold it.
    OrphanSubparagraph {
        /// The subparagraph number as written.
        number: String,
    },
    /// The text holds no article, division or numbered paragraph.
    NoUnits,
}

/// An error parsing a statute, with the file and line it concerns.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ParseError {
    /// The file path or revision the text came from.
    pub origin: String,
    /// The 1-based line of the problem.
    pub line: usize,
    /// What went wrong.
    pub kind: ParseErrorKind,
    /// The offending text, shortened.
    pub found: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.origin, self.line)?;
        match &self.kind {
            ParseErrorKind::InvalidUtf8 => write!(f, "expected UTF-8 text, found invalid bytes"),
            ParseErrorKind::UnterminatedFrontMatter => {
                write!(
                    f,
                    "expected a closing `+++` for the front matter opened here"
                )
            }
            ParseErrorKind::InvalidFrontMatter(msg) => {
                write!(f, "expected valid TOML front matter: {msg}")
            }
            ParseErrorKind::MissingNumber { keyword } => write!(
                f,
                "expected a number after {keyword:?} (like 174, 456-2), found {:?}",
                self.found
            ),
            ParseErrorKind::OrphanSubparagraph { number } => write!(
                f,
                "expected an article or paragraph before subparagraph {number})"
            ),
            ParseErrorKind::NoUnits => write!(
                f,
                "expected at least one article, chapter or numbered paragraph, found none"
            ),
        }
    }
}

/// Something odd in a statute text that the parser read through: the text
/// parsed, but a reader should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParseWarning {
    /// The file path or revision the text came from.
    #[serde(skip)]
    pub origin: String,
    /// The 1-based line it concerns.
    pub line: usize,
    /// What was odd.
    pub kind: ParseWarningKind,
}

/// What a [`ParseWarning`] is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ParseWarningKind {
    /// A unit has the number of an earlier one (another edition of an
    /// article, a part numbered twice); it is kept under a number of its own.
    RepeatedNumber {
        /// The kind of unit.
        unit: UnitKind,
        /// The number both are written with.
        number: String,
        /// The line of the first unit with the number.
        first_line: usize,
        /// The number the repeat is kept as (`5 [2]`), to cite it by.
        kept_as: String,
    },
}

impl fmt::Display for ParseWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.origin, self.line)?;
        match &self.kind {
            ParseWarningKind::RepeatedNumber {
                unit,
                number,
                first_line,
                kept_as,
            } => {
                let word = kind_word(*unit);
                write!(
                    f,
                    "{word} {number} repeats {word} {number} of line {first_line}; kept as {word} {kept_as}"
                )
            }
        }
    }
}

/// Parses statute bytes, checking that they are UTF-8.
pub fn parse_bytes(bytes: &[u8], origin: &str) -> Result<Statute, ParseError> {
    // The vector check is ten times cheaper on Cyrillic than the standard
    // library's; only an invalid text needs the standard error's position.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return parse(text, origin);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text, origin),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let line = 1 + valid.iter().filter(|&&b| b == b'\n').count();
            Err(ParseError {
                origin: origin.to_string(),
                line,
                kind: ParseErrorKind::InvalidUtf8,
                found: String::new(),
            })
        }
    }
}

/// Parses a statute text; `origin` names it in errors.
pub fn parse(text: &str, origin: &str) -> Result<Statute, ParseError> {
    Parser::new(text, origin).run()
}

/// One source line with its position.
#[derive(Clone, Copy)]
struct Line<'a> {
    number: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut number = 1;
    while start < text.len() {
        let end = match memchr_newline(&bytes[start..]) {
            Some(i) => start + i,
            None => text.len(),
        };
        let raw = &text[start..end];
        let mut content = raw.strip_suffix('\r').unwrap_or(raw);
        let mut content_start = start;
        // A byte-order mark is not text: left in, it hides the first heading.
        if number == 1
            && let Some(rest) = content.strip_prefix('\u{feff}')
        {
            content = rest;
            content_start += '\u{feff}'.len_utf8();
        }
        lines.push(Line {
            number,
            start: content_start,
            end,
            text: content,
        });
        number += 1;
        start = end + 1;
    }
    lines
}

fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n')
}

static ANCHOR: LazyLock<Regex> =
    LazyLock::new(|| regex(r#"<a\s+(?:id|name)\s*=\s*"[^"]*"\s*>\s*</a>"#));

static KK_ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^([0-9]+(?:-[0-9]+)*)-бап\.?(?:\s+(.*))?$"));

static KK_DIVISION: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^([0-9]+(?:-[0-9]+)*)-(тарау|бөлім)\.?(?:\s+(.*))?$"));

static UNNUMBERED_PART: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?i:(?:общая|особенная)\s+часть|(?:general|special)\s+part|жалпы\s+бөлім|ерекше\s+бөлім)$",
    )
});

static NOTE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?i:примечани[ея]|notes?|ескертпе|ескертпелер)\s*[.:]\s*"));

static REPEALED_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?i:исключен[аоы]?|excluded|repealed|алып\s+тасталды|күші\s+жойылды)(?:[\s.,;:)\-–]|$)",
    )
});

/// A Kazakh footnote that repeals the article it follows: «Ескерту. Алып
/// тасталды - ҚР 19.06.2024 № 95-VIII … Заңымен.»
static KK_REPEALED_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^(?i:ескерту)\.\s*(?:[0-9]+(?:-[0-9]+)*-бап\s+)?(?i:алып\s+тасталды|күші\s+жойылды)")
});

static REPEALED_ARTICLE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i:статья|article)\s+([0-9]+(?:-[0-9]+)*)\s+(?i:исключена|is excluded|was excluded|excluded|repealed)",
    )
});

static REPEALING_ACT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?:(?:Закон(?:ом|а)?|Law|law)\s+(?:РК|Республики Казахстан|of the Republic of Kazakhstan)?\s*(?:от|of|dated)\s+[0-9.]+(?:\s+(?:года|г\.))?\s*№\s*[0-9A-Za-zА-Яа-яІі\-]+)|(?:ҚР|Қазақстан Республикасының)\s+[0-9.]+(?:\s+жылғы)?\s*№\s*[0-9A-Za-zА-Яа-яІі\-]+",
    )
});

pub(crate) static TOC: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?i:оглавление|содержание|contents|table of contents|мазмұны)$"));

static SANCTION_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?i:влеч[её]т|влекут|наказыва[ею]тся|shall entail|entails?|shall be punished|is punishable|shall be punishable|are punishable|тартуға|жазаланады)",
    )
});

/// The verb that ends a Kazakh sanction clause (the texts write `і` in
/// Latin or Cyrillic).
static KK_SANCTION_END: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?:алып\s+келед[іi]|әкеп\s+соғады|жазаланады)[.*\s]*$"));

/// What a line says about structure.
enum LineKind<'a> {
    Blank,
    Heading { level: usize, title: &'a str },
    Bold(&'a str),
    Quote(&'a str),
    Text(&'a str),
}

fn classify(line: &str) -> LineKind<'_> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return LineKind::Blank;
    }
    if let Some(rest) = trimmed.strip_prefix('>') {
        return LineKind::Quote(rest.trim());
    }
    let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) {
        let rest = &trimmed[hashes..];
        if rest.is_empty() || rest.starts_with(' ') {
            return LineKind::Heading {
                level: hashes,
                title: rest.trim().trim_end_matches('#').trim(),
            };
        }
    }
    if trimmed.len() > 4 && trimmed.starts_with("**") && trimmed.ends_with("**") {
        return LineKind::Bold(trimmed[2..trimmed.len() - 2].trim());
    }
    LineKind::Text(trimmed)
}

/// Whether the line before a block lets it stand alone: a blank line, a
/// heading, or an anchor line.
fn opens_block(previous: &str) -> bool {
    let previous = if previous.contains("<a") {
        ANCHOR.replace_all(previous, "")
    } else {
        Cow::Borrowed(previous)
    };
    matches!(
        classify(&previous),
        LineKind::Blank | LineKind::Heading { .. } | LineKind::Bold(_)
    )
}

/// Strips emphasis that wraps a whole line and Markdown escapes.
fn clean(text: &str) -> Cow<'_, str> {
    let mut t = text.trim();
    // Most lines have no markup and single spaces: they are their own clean text.
    let plain =
        !t.starts_with(['*', '_']) && !t.ends_with(['*', '_']) && !needs_cleaning(t.as_bytes());
    if plain {
        return Cow::Borrowed(t);
    }
    loop {
        let before = t;
        for marker in ["**", "*", "__", "_"] {
            if t.len() >= 2 * marker.len() && t.starts_with(marker) && t.ends_with(marker) {
                t = t[marker.len()..t.len() - marker.len()].trim();
            } else if let Some(rest) = t.strip_prefix(marker) {
                // An emphasis opened on this line and closed on a later one.
                if !rest.contains(marker) {
                    t = rest.trim_start();
                }
            } else if let Some(rest) = t.strip_suffix(marker)
                && !rest.contains(marker)
            {
                t = rest.trim_end();
            }
        }
        if t == before {
            break;
        }
    }
    let mut out = String::with_capacity(t.len());
    let mut chars = t.chars().peekable();
    let mut last_space = false;
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&next) = chars.peek()
            && next.is_ascii_punctuation()
        {
            out.push(next);
            chars.next();
            last_space = false;
            continue;
        }
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c);
            last_space = false;
        }
    }
    out.truncate(out.trim_end().len());
    Cow::Owned(out)
}

/// A unit being built, with the line where it started.
struct Open {
    unit: Unit,
    /// Whether the next text block may continue the heading (a wrapped title).
    heading_open: bool,
}

struct Parser<'a> {
    text: &'a str,
    origin: &'a str,
    lines: Vec<Line<'a>>,
    stack: Vec<Open>,
    statute: Statute,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, origin: &'a str) -> Parser<'a> {
        Parser {
            text,
            origin,
            lines: split_lines(text),
            stack: Vec::new(),
            statute: Statute {
                origin: origin.to_string(),
                front_matter: FrontMatter::default(),
                language: Language::En,
                division: ArticleDivision::Paragraph,
                title: None,
                preamble: String::new(),
                units: Vec::new(),
                footnotes: Vec::new(),
                warnings: Vec::new(),
            },
        }
    }

    fn error(&self, line: usize, kind: ParseErrorKind, found: &str) -> ParseError {
        let found: String = found.chars().take(60).collect();
        ParseError {
            origin: self.origin.to_string(),
            line,
            kind,
            found,
        }
    }

    fn run(mut self) -> Result<Statute, ParseError> {
        let body_start = self.front_matter()?;
        let lines = std::mem::take(&mut self.lines);
        let mut i = body_start;
        let mut seen_heading = false;
        while i < lines.len() {
            let line = lines[i];
            let text = if line.text.contains("<a") {
                ANCHOR.replace_all(line.text, "")
            } else {
                Cow::Borrowed(line.text)
            };
            match classify(&text) {
                LineKind::Blank => {
                    i += 1;
                }
                LineKind::Heading { level, title } => {
                    seen_heading = true;
                    self.heading(level, title, line)?;
                    i += 1;
                }
                LineKind::Bold(title) => {
                    if !self.structural_heading(title, line)? {
                        self.closing_text(&clean(title), line);
                    }
                    i += 1;
                }
                LineKind::Quote(first) => {
                    let mut parts = vec![first];
                    let mut last = line;
                    let mut j = i + 1;
                    while j < lines.len() {
                        match classify(lines[j].text) {
                            LineKind::Quote(rest) => {
                                parts.push(rest);
                                last = lines[j];
                                j += 1;
                            }
                            _ => break,
                        }
                    }
                    let note = clean(&parts.join(" ")).into_owned();
                    // One sanction of the Kazakh CAO (451-бап 8-бөлік) is
                    // published indented inside a block quote: an indented
                    // quote that is no editorial note continues its part.
                    let indented = line.text.starts_with([' ', '\t']);
                    if indented && !is_footnote_text(&note) && !self.stack.is_empty() {
                        self.text_block(&note, 0, line, last)?;
                    } else {
                        self.footnote(note, line, last);
                    }
                    i = j;
                }
                LineKind::Text(first) => {
                    if !seen_heading && self.stack.is_empty() && is_toc_title(&clean(first)) {
                        // A table of contents lists article titles, not articles:
                        // skip it up to the first Markdown heading.
                        i += 1;
                        while i < lines.len()
                            && !matches!(classify(lines[i].text), LineKind::Heading { .. })
                        {
                            i += 1;
                        }
                        continue;
                    }
                    let cleaned = clean(first);
                    // An article heading written as a plain line, on a line of its own.
                    if let Some((number, heading)) = plain_article_heading(&cleaned)
                        && !line.text.starts_with("    ")
                        && (i == body_start || opens_block(lines[i - 1].text))
                    {
                        seen_heading = true;
                        self.open_article(number, heading, line)?;
                        i += 1;
                        continue;
                    }
                    // A run of lines; each line that starts a unit ends the run.
                    let indent = line.text.len() - line.text.trim_start().len();
                    let mut block = vec![cleaned];
                    let mut last = line;
                    let mut j = i + 1;
                    while j < lines.len() {
                        let next = lines[j];
                        let LineKind::Text(t) = classify(next.text) else {
                            break;
                        };
                        let t = clean(t);
                        if starts_unit(&t) || is_footnote_text(&t) {
                            break;
                        }
                        block.push(t);
                        last = next;
                        j += 1;
                    }
                    match block.as_slice() {
                        [one] => self.text_block(one, indent, line, last)?,
                        _ => self.text_block(&block.join(" "), indent, line, last)?,
                    }
                    i = j;
                }
            }
        }
        self.finish(lines.last().map_or(0, |l| l.number))
    }

    /// Reads the `+++` front matter, if any; returns the index of the first body line.
    fn front_matter(&mut self) -> Result<usize, ParseError> {
        let Some(first) = self.lines.first() else {
            return Ok(0);
        };
        if first.text.trim_start_matches('\u{feff}').trim() != "+++" {
            return Ok(0);
        }
        let Some(close) = self
            .lines
            .iter()
            .skip(1)
            .position(|l| l.text.trim() == "+++")
        else {
            return Err(self.error(1, ParseErrorKind::UnterminatedFrontMatter, "+++"));
        };
        let close = close + 1;
        let body_start = self.lines[1].start.min(self.text.len());
        let body_end = self.lines[close].start;
        let toml_text = &self.text[body_start..body_end];
        let fm: FrontMatter = toml::from_str(toml_text).map_err(|e| {
            let line = e
                .span()
                .map(|s| {
                    2 + toml_text[..s.start.min(toml_text.len())]
                        .matches('\n')
                        .count()
                })
                .unwrap_or(2);
            self.error(
                line,
                ParseErrorKind::InvalidFrontMatter(e.message().to_string()),
                "",
            )
        })?;
        self.statute.front_matter = fm;
        Ok(close + 1)
    }

    fn heading(&mut self, level: usize, title: &str, line: Line<'_>) -> Result<(), ParseError> {
        if self.structural_heading(title, line)? {
            return Ok(());
        }
        let title = clean(title).into_owned();
        if level == 1
            && self.statute.title.is_none()
            && self.statute.units.is_empty()
            && self.stack.is_empty()
        {
            self.statute.title = Some(title);
            return Ok(());
        }
        if title.is_empty() {
            return Ok(());
        }
        // Any other heading is an unnumbered division ("ОСОБЕННАЯ ЧАСТЬ").
        self.open_division(UnitKind::Part, None, title, line);
        Ok(())
    }

    /// Opens an article or a division if `title` names one; returns whether it did.
    fn structural_heading(&mut self, title: &str, line: Line<'_>) -> Result<bool, ParseError> {
        let title = clean(title);
        let article = match keyword_prefix(&title, ARTICLE_WORDS) {
            Some((_, after)) => Some(article_number(after).map(|n| (n.number, n.rest))),
            None => might_be_kk_article(&title)
                .then(|| KK_ARTICLE.captures(&title))
                .flatten()
                .map(|c| {
                    let number = c.get(1).map_or("", |m| m.as_str());
                    let rest = c.get(2).map_or("", |m| m.as_str());
                    is_number(number).then(|| (number.to_string(), rest))
                }),
        };
        if let Some(found) = article {
            let Some((number, rest)) = found.filter(|(n, _)| !n.is_empty()) else {
                let keyword = title.split_whitespace().next().unwrap_or("").to_string();
                return Err(self.error(
                    line.number,
                    ParseErrorKind::MissingNumber { keyword },
                    &title,
                ));
            };
            let heading = Some(rest.trim().to_string()).filter(|h| !h.is_empty());
            self.open_article(number, heading, line)?;
            return Ok(true);
        }
        if let Some((keyword, number, rest)) = keyword_heading(&title, DIVISION_WORDS) {
            let kind = division_kind(keyword);
            if !is_number(number) && !is_roman(number) {
                return Err(self.error(
                    line.number,
                    ParseErrorKind::MissingNumber {
                        keyword: keyword.to_string(),
                    },
                    &title,
                ));
            }
            let heading = rest.trim().to_string();
            self.open_division(kind, Some(number.to_string()), heading, line);
            return Ok(true);
        }
        if let Some(c) = might_be_kk_division(&title)
            .then(|| KK_DIVISION.captures(&title))
            .flatten()
        {
            let number = c.get(1).map_or("", |m| m.as_str());
            let kind = if c.get(2).map(|m| m.as_str()) == Some("бөлім") {
                UnitKind::Section
            } else {
                UnitKind::Chapter
            };
            let heading = c.get(3).map_or("", |m| m.as_str()).trim().to_string();
            self.open_division(kind, Some(number.to_string()), heading, line);
            return Ok(true);
        }
        if might_be_unnumbered_part(&title) && UNNUMBERED_PART.is_match(&title) {
            self.open_division(UnitKind::Part, None, title.into_owned(), line);
            return Ok(true);
        }
        Ok(false)
    }

    fn open_division(
        &mut self,
        kind: UnitKind,
        number: Option<String>,
        heading: String,
        line: Line<'_>,
    ) {
        let rank = division_rank(kind, number.is_none());
        while let Some(top) = self.stack.last() {
            if top.unit.kind.is_division()
                && division_rank(top.unit.kind, top.unit.number.is_none()) < rank
            {
                break;
            }
            self.close_top();
        }
        let mut unit = Unit::new(kind, number, span_of(line, line));
        unit.heading = Some(heading).filter(|h| !h.is_empty());
        self.stack.push(Open {
            unit,
            heading_open: true,
        });
    }

    fn open_article(
        &mut self,
        number: String,
        heading: Option<String>,
        line: Line<'_>,
    ) -> Result<(), ParseError> {
        while self
            .stack
            .last()
            .is_some_and(|top| !top.unit.kind.is_division())
        {
            self.close_top();
        }
        let mut unit = Unit::new(UnitKind::Article, Some(number), span_of(line, line));
        let heading_open = heading.as_deref().is_some_and(|h| !h.ends_with('.'));
        unit.heading = heading;
        self.stack.push(Open { unit, heading_open });
        Ok(())
    }

    fn text_block(
        &mut self,
        text: &str,
        indent: usize,
        first: Line<'_>,
        last: Line<'_>,
    ) -> Result<(), ParseError> {
        if is_footnote_text(text) {
            self.footnote(text.to_string(), first, last);
            return Ok(());
        }
        let span = span_of(first, last);
        if let Some((kind, number, rest)) = numbered(text) {
            self.open_paragraph(kind, number.to_string(), rest.trim(), span, first)?;
            return Ok(());
        }
        if let Some(m) = note_start(text) {
            while self.stack.last().is_some_and(|top| {
                matches!(
                    top.unit.kind,
                    UnitKind::Paragraph | UnitKind::Subparagraph | UnitKind::Note
                )
            }) {
                self.close_top();
            }
            let mut unit = Unit::new(UnitKind::Note, None, span);
            unit.text = text[m.end()..].trim().to_string();
            self.stack.push(Open {
                unit,
                heading_open: false,
            });
            return Ok(());
        }
        let _ = indent;
        // A wrapped heading title continues on the next paragraph.
        if let Some(top) = self.stack.last_mut()
            && top.heading_open
            && top.unit.text.is_empty()
            && top.unit.children.is_empty()
            && text.chars().next().is_some_and(char::is_lowercase)
        {
            let heading = top.unit.heading.get_or_insert_with(String::new);
            if !heading.is_empty() {
                heading.push(' ');
            }
            heading.push_str(text);
            top.unit.span.line_end = last.number;
            top.unit.span.end = last.end;
            return Ok(());
        }
        // Sanctions after a list of subparagraphs belong to the paragraph
        // that holds the list. A Kazakh sanction ends with its verb («…
        // айыппұл салуға алып келеді») after a list whose last item ends with
        // the disposition's dash.
        let russian_tail =
            starts_with_letter(text, SANCTION_TAIL_LETTERS) && SANCTION_TAIL.is_match(text);
        if self.stack.last().is_some_and(|t| {
            t.unit.kind == UnitKind::Subparagraph
                && (russian_tail
                    || (t.unit.text.trim_end().ends_with(['–', '—', '-'])
                        && KK_SANCTION_END.is_match(text)))
        }) {
            self.close_top();
        }
        match self.stack.last_mut() {
            Some(top) => {
                top.heading_open = false;
                // Text after a list of subparagraphs (the sanction of a part) follows them.
                let target = if top.unit.children.is_empty() {
                    &mut top.unit.text
                } else {
                    &mut top.unit.tail
                };
                push_text(target, text);
                top.unit.span.line_end = last.number;
                top.unit.span.end = last.end;
            }
            None => push_text(&mut self.statute.preamble, text),
        }
        Ok(())
    }

    fn open_paragraph(
        &mut self,
        kind: UnitKind,
        number: String,
        rest: &str,
        span: Span,
        line: Line<'_>,
    ) -> Result<(), ParseError> {
        match kind {
            UnitKind::Paragraph => {
                while let Some(top) = self.stack.last() {
                    let holds = match top.unit.kind {
                        UnitKind::Paragraph | UnitKind::Subparagraph => false,
                        // A heading-only note ("Примечания.") holds numbered items.
                        UnitKind::Note => top.unit.text.is_empty() || !top.unit.children.is_empty(),
                        _ => true,
                    };
                    if holds {
                        break;
                    }
                    self.close_top();
                }
            }
            _ => {
                while self
                    .stack
                    .last()
                    .is_some_and(|top| top.unit.kind == UnitKind::Subparagraph)
                {
                    self.close_top();
                }
                if self.stack.is_empty() && self.statute.units.is_empty() {
                    return Err(self.error(
                        line.number,
                        ParseErrorKind::OrphanSubparagraph { number },
                        rest,
                    ));
                }
            }
        }
        let mut unit = Unit::new(kind, Some(number), span);
        let text = rest.to_string();
        if starts_with_letter(&text, REPEALED_LETTERS) && REPEALED_TEXT.is_match(&text) {
            unit.status = Status::Repealed {
                by: repealing_act(&text),
            };
        }
        unit.text = text;
        self.stack.push(Open {
            unit,
            heading_open: false,
        });
        Ok(())
    }

    fn footnote(&mut self, text: String, first: Line<'_>, last: Line<'_>) {
        let note = Footnote {
            text,
            span: span_of(first, last),
        };
        let target = self
            .stack
            .iter()
            .rposition(|o| o.unit.kind == UnitKind::Article)
            .or_else(|| self.stack.iter().rposition(|o| o.unit.kind.is_division()));
        match target {
            Some(index) => {
                let open = &mut self.stack[index];
                open.heading_open = false;
                let names_this_article = REPEALED_ARTICLE_NOTE
                    .captures(&note.text)
                    .is_some_and(|c| open.unit.number.as_deref() == Some(&c[1]));
                // The Kazakh note names no article: it repeals the one whose
                // heading it follows, which then has no text of its own.
                let repeals_empty_article = open.unit.children.is_empty()
                    && open.unit.text.trim().is_empty()
                    && KK_REPEALED_NOTE.is_match(&note.text);
                if open.unit.kind == UnitKind::Article
                    && (names_this_article || repeals_empty_article)
                {
                    open.unit.status = Status::Repealed {
                        by: repealing_act(&note.text),
                    };
                }
                open.unit.span.line_end = open.unit.span.line_end.max(note.span.line_end);
                open.unit.span.end = open.unit.span.end.max(note.span.end);
                open.unit.footnotes.push(note);
            }
            None => self.statute.footnotes.push(note),
        }
    }

    /// A bold line that is neither article nor division: signatures at the end of a law.
    fn closing_text(&mut self, text: &str, line: Line<'_>) {
        while self
            .stack
            .last()
            .is_some_and(|top| !top.unit.kind.is_division())
        {
            self.close_top();
        }
        let note = Footnote {
            text: text.to_string(),
            span: span_of(line, line),
        };
        self.statute.footnotes.push(note);
    }

    fn close_top(&mut self) {
        let Some(open) = self.stack.pop() else { return };
        let unit = open.unit;
        match self.stack.last_mut() {
            Some(parent) => {
                parent.heading_open = false;
                parent.unit.span.line_end = parent.unit.span.line_end.max(unit.span.line_end);
                parent.unit.span.end = parent.unit.span.end.max(unit.span.end);
                parent.unit.children.push(unit);
            }
            None => self.statute.units.push(unit),
        }
    }

    fn finish(mut self, last_line: usize) -> Result<Statute, ParseError> {
        while !self.stack.is_empty() {
            self.close_top();
        }
        if self.statute.units.is_empty() {
            return Err(self.error(last_line.max(1), ParseErrorKind::NoUnits, ""));
        }
        number_repeats(
            &mut self.statute.units,
            self.origin,
            &mut self.statute.warnings,
        );
        let fm = &self.statute.front_matter;
        self.statute.language = fm.language.unwrap_or_else(|| Language::detect(self.text));
        if fm.title.is_some() {
            self.statute.title = fm.title.clone();
        }
        if self.statute.language != Language::En {
            fold_statute_lookalikes(&mut self.statute);
        }
        let mut texts = Vec::new();
        self.statute.walk(|_, unit| {
            texts.push(unit.text.as_str());
            texts.push(unit.tail.as_str());
        });
        let division = ArticleDivision::detect(self.statute.title.as_deref(), texts.into_iter());
        self.statute.division = division;
        Ok(self.statute)
    }
}

/// Reads Latin look-alikes inside Cyrillic words as the Cyrillic letters in
/// every text of the tree (see [`fold_lookalikes`]); spans keep pointing
/// into the file as written.
fn fold_statute_lookalikes(statute: &mut Statute) {
    fn fold(s: &mut String) {
        if let Cow::Owned(folded) = fold_lookalikes(s) {
            *s = folded;
        }
    }
    fn fold_unit(unit: &mut Unit) {
        if let Some(h) = &mut unit.heading {
            fold(h);
        }
        fold(&mut unit.text);
        fold(&mut unit.tail);
        if let Status::Repealed { by: Some(by) } = &mut unit.status {
            fold(by);
        }
        unit.footnotes.iter_mut().for_each(|n| fold(&mut n.text));
        unit.children.iter_mut().for_each(fold_unit);
    }
    if let Some(t) = &mut statute.title {
        fold(t);
    }
    fold(&mut statute.preamble);
    statute.footnotes.iter_mut().for_each(|n| fold(&mut n.text));
    statute.units.iter_mut().for_each(fold_unit);
}

fn push_text(target: &mut String, text: &str) {
    if !target.is_empty() {
        target.push('\n');
    }
    target.push_str(text);
}

fn span_of(first: Line<'_>, last: Line<'_>) -> Span {
    Span {
        line_start: first.number,
        line_end: last.number,
        start: first.start,
        end: last.end,
    }
}

fn starts_unit(text: &str) -> bool {
    numbered(text).is_some() || note_start(text).is_some()
}

pub(crate) fn is_footnote_text(text: &str) -> bool {
    let t = text.trim_start_matches(['*', '_', ' ']);
    t.starts_with("Сноска.") || t.starts_with("Footnote.") || t.starts_with("Ескерту.")
}

/// The words that open an article heading, lowercase.
const ARTICLE_WORDS: &[&str] = &["статья", "article", "art."];
/// The words that open a division heading, lowercase.
const DIVISION_WORDS: &[&str] = &[
    "глава",
    "chapter",
    "раздел",
    "section",
    "part",
    "параграф",
    "§",
];

/// A heading that opens with one of `keywords` (any case): the keyword as
/// written, the number token after it (without a final dot) and the rest.
fn keyword_heading<'t>(
    title: &'t str,
    keywords: &[&'static str],
) -> Option<(&'t str, &'t str, &'t str)> {
    let (keyword, after) = keyword_prefix(title, keywords)?;
    let token_end = after.find(char::is_whitespace).unwrap_or(after.len());
    let number = after[..token_end].trim_end_matches('.');
    Some((keyword, number, &after[token_end..]))
}

/// The keyword (any case) that opens `title`, as written, and the text after
/// it without leading spaces.
fn keyword_prefix<'t>(title: &'t str, keywords: &[&'static str]) -> Option<(&'t str, &'t str)> {
    for keyword in keywords {
        let mut end = 0;
        let mut chars = title.char_indices();
        let matched = keyword.chars().all(|k| match chars.next() {
            Some((i, c)) => {
                end = i + c.len_utf8();
                c.to_lowercase().eq(std::iter::once(k))
            }
            None => false,
        });
        if !matched {
            continue;
        }
        let after = &title[end..];
        // "Articles" or "Главная" are other words, not this keyword.
        if after.starts_with(|c: char| c.is_alphabetic()) {
            continue;
        }
        return Some((&title[..end], after.trim_start()));
    }
    None
}

/// An article number read from the start of a heading, in its canonical form.
#[derive(Debug, PartialEq, Eq)]
struct ArticleNumber<'t> {
    /// The number: a Légifrance letter prefix joined to the digits (`L. 224-1`
    /// → `L224-1`), suffixes after one space (`224-1 A`, `12 bis`).
    number: String,
    /// Whether a dot closed the number (`Статья 5.`).
    dotted: bool,
    /// The text after the number and its dot.
    rest: &'t str,
}

/// The Latin adverbs that number an article inserted after another (`12 bis`).
pub(crate) const INSERTION_ADVERBS: &[&str] = &[
    "bis",
    "ter",
    "quater",
    "quinquies",
    "sexies",
    "septies",
    "octies",
    "nonies",
    "novies",
    "decies",
];

/// Reads an article number at the start of `text`: an optional capital
/// letter prefix (`R131-1`, `D45-2`, `L. 224-1`), digits joined by hyphens,
/// then up to two suffixes (`bis`/`ter`/…, or one capital letter before the
/// end or a dot: `224-1 A`). The number must end the text or be followed by
/// dots, a space or nothing, as a heading's number token is.
///
/// Hand-written rather than a regex: it runs on every heading of every statute.
fn article_number(text: &str) -> Option<ArticleNumber<'_>> {
    let bytes = text.as_bytes();
    let mut number = String::new();
    let mut i = bytes.iter().take_while(|b| b.is_ascii_uppercase()).count();
    if i > 0 {
        if i > 3 {
            return None;
        }
        number.push_str(&text[..i]);
        // "L. 224-1" and "L.224-1" are Légifrance's older way of writing L224-1.
        if bytes.get(i) == Some(&b'.') {
            i += 1;
            if bytes.get(i) == Some(&b' ') {
                i += 1;
            }
        }
    }
    let digits_start = i;
    loop {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == start || i - start > 6 {
            return None;
        }
        if i + 1 < bytes.len() && bytes[i] == b'-' && bytes[i + 1].is_ascii_digit() {
            i += 1;
            continue;
        }
        break;
    }
    number.push_str(&text[digits_start..i]);
    // French writes its first article "Article 1er" (premier): it is article 1.
    if number == "1" && text[i..].starts_with("er") {
        let after = &text[i + 2..];
        if after.is_empty() || after.starts_with(|c: char| c == '.' || c.is_whitespace()) {
            i += 2;
        }
    }
    for _ in 0..2 {
        match number_suffix(&text[i..]) {
            Some((suffix, len)) => {
                number.push(' ');
                number.push_str(&suffix);
                i += len;
            }
            None => break,
        }
    }
    let after = &text[i..];
    let rest = after.trim_start_matches('.');
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    Some(ArticleNumber {
        number,
        dotted: rest.len() < after.len(),
        rest,
    })
}

/// A suffix of an article number after one space (`bis`, `A`): its canonical
/// form and the bytes it takes, space included.
fn number_suffix(text: &str) -> Option<(String, usize)> {
    let word = text.strip_prefix(' ')?;
    let len = word
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(word.len());
    let (letters, after) = word.split_at(len);
    if letters.len() == 1 && letters.as_bytes()[0].is_ascii_uppercase() {
        // "Article 5 A person's rights" is a title: a letter suffix ends the
        // heading or is closed by a dot or a dash.
        let closed = after.is_empty()
            || after.starts_with('.')
            || after.trim_start().starts_with(['-', '–', '—'])
                && after.starts_with(char::is_whitespace);
        return closed.then(|| (letters.to_string(), 1 + len));
    }
    let lower = letters.to_ascii_lowercase();
    let ends = after.is_empty() || after.starts_with(|c: char| c == '.' || c.is_whitespace());
    (ends && INSERTION_ADVERBS.contains(&lower.as_str())).then_some((lower, 1 + len))
}

/// A line that is only an article heading, without Markdown (`Article 111-1`,
/// `Article L. 224-1`, `Art. R131-1`, `Статья 12 bis`, `Статья 111-1. Title`,
/// `Article 5 - Title`): the number and the title. A line that goes on with
/// words after the number ("Article 5 of this Code provides…", «Статья 5
/// настоящего Кодекса…») is body text.
fn plain_article_heading(text: &str) -> Option<(String, Option<String>)> {
    // Body text rarely opens a line with a capitalised "Article": test the letter first.
    if !text.starts_with(['A', 'С']) {
        return None;
    }
    let (_, after) = keyword_prefix(text, ARTICLE_WORDS)?;
    let found = article_number(after)?;
    let rest = found.rest.trim();
    let title = if rest.is_empty() {
        ""
    } else if found.dotted {
        // «Статья 5. настоящего…» is not how a title starts.
        if rest.starts_with(char::is_lowercase) {
            return None;
        }
        rest
    } else {
        let dashed = rest.strip_prefix(['-', '–', '—'])?;
        if !dashed.starts_with(char::is_whitespace) {
            return None;
        }
        dashed.trim()
    };
    let title = Some(title.to_string()).filter(|t| !t.is_empty());
    Some((found.number, title))
}

/// Whether a line holds escapes, tabs, no-break spaces or runs of spaces.
///
/// It runs on every line: the pairs of bytes are tested in blocks without
/// branches so that it compiles to vector instructions.
fn needs_cleaning(bytes: &[u8]) -> bool {
    const BLOCK: usize = 256;
    let Some(&last) = bytes.last() else {
        return false;
    };
    if last == b'\\' || last == b'\t' {
        return true;
    }
    let pairs = bytes.len() - 1;
    let mut start = 0;
    while start < pairs {
        let end = (start + BLOCK).min(pairs);
        let block = &bytes[start..=end];
        let mut hit = false;
        for i in 0..end - start {
            let (b0, b1) = (block[i], block[i + 1]);
            hit |= (b0 == b'\\')
                | (b0 == b'\t')
                | (b0 == b' ') & (b1 == b' ')
                | (b0 == 0xC2) & (b1 == 0xA0);
        }
        if hit {
            return true;
        }
        start = end;
    }
    false
}

/// A paragraph (`4.`, `4-1.`, `4\\.`) or subparagraph (`2)`, `2\\)`) number at the start
/// of a text: the kind, the number and the text after it.
///
/// Hand-written rather than a regex: it runs on every block of every statute.
fn numbered(text: &str) -> Option<(UnitKind, &str, &str)> {
    let bytes = text.as_bytes();
    let mut end = 0;
    loop {
        let start = end;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        if end == start || end - start > 6 {
            return None;
        }
        if end + 1 < bytes.len() && bytes[end] == b'-' && bytes[end + 1].is_ascii_digit() {
            end += 1;
            continue;
        }
        break;
    }
    let number = &text[..end];
    let mut marker = end;
    if bytes.get(marker) == Some(&b'\\') {
        marker += 1;
    }
    let kind = match bytes.get(marker) {
        Some(b'.') => UnitKind::Paragraph,
        Some(b')') => UnitKind::Subparagraph,
        _ => return None,
    };
    let rest = &text[marker + 1..];
    // "1.5 million" or "2)x" are not numbers of units: a space or the end must follow,
    // except that official texts sometimes drop the space before a sentence
    // («1.Собственник онлайн-платформы обязан…» in the Law on Online Platforms).
    let sentence_follows = kind == UnitKind::Paragraph && rest.starts_with(char::is_uppercase);
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace) || sentence_follows) {
        return None;
    }
    Some((kind, number, rest))
}

/// The match of a note's opening word (`Примечание:`, `Note.`), if the text starts with one.
fn note_start(text: &str) -> Option<regex::Match<'_>> {
    if starts_with_letter(text, NOTE_LETTERS) {
        NOTE.find(text)
    } else {
        None
    }
}

/// Whether a line is the title of a table of contents ([`TOC`]).
///
/// Each title [`TOC`] accepts has 7, 8, 10 or 17 letters, whatever their
/// case, so other lengths are refused without compiling it.
fn is_toc_title(line: &str) -> bool {
    matches!(line.chars().count(), 7 | 8 | 10 | 17) && TOC.is_match(line)
}

/// What every title [`KK_ARTICLE`] matches has: a leading digit and `-бап`.
///
/// These tests spare most headings the expressions, and most runs their
/// compilation, which costs more than parsing a small file.
fn might_be_kk_article(title: &str) -> bool {
    title.starts_with(|c: char| c.is_ascii_digit()) && title.contains("-бап")
}

/// What every title [`KK_DIVISION`] matches has: a leading digit and `-тарау` or `-бөлім`.
fn might_be_kk_division(title: &str) -> bool {
    title.starts_with(|c: char| c.is_ascii_digit())
        && (title.contains("-тарау") || title.contains("-бөлім"))
}

/// What every title [`UNNUMBERED_PART`] matches has: two words, the second
/// of four or five letters (`part`, `часть`, `бөлім`). Case folding maps
/// each letter to one letter, and `\s` is `char::is_whitespace`.
fn might_be_unnumbered_part(title: &str) -> bool {
    let mut words = title.split_whitespace();
    matches!(
        (
            words.next(),
            words.next().map(|w| w.chars().count()),
            words.next()
        ),
        (Some(_), Some(4 | 5), None)
    )
}

/// First letters of the words that open a note, a repeal marker or a sanction:
/// a cheap test before the regular expression.
const NOTE_LETTERS: &[char] = &['П', 'п', 'N', 'n', 'Е', 'е'];
const REPEALED_LETTERS: &[char] = &['И', 'и', 'E', 'e', 'R', 'r', 'А', 'а', 'К', 'к'];
const SANCTION_TAIL_LETTERS: &[char] = &[
    'В', 'в', 'Н', 'н', 'S', 's', 'E', 'e', 'I', 'i', 'A', 'a', 'т', 'ж',
];

fn starts_with_letter(text: &str, letters: &[char]) -> bool {
    text.chars().next().is_some_and(|c| letters.contains(&c))
}

fn is_number(s: &str) -> bool {
    let mut parts = s.split('-');
    parts.all(|p| !p.is_empty() && p.len() <= 6 && p.bytes().all(|b| b.is_ascii_digit()))
}

fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

fn division_kind(keyword: &str) -> UnitKind {
    match keyword.to_lowercase().as_str() {
        "раздел" | "section" => UnitKind::Section,
        "part" => UnitKind::Part,
        "параграф" | "§" => UnitKind::Subchapter,
        _ => UnitKind::Chapter,
    }
}

/// Nesting rank of divisions; unnumbered parts ("ОСОБЕННАЯ ЧАСТЬ") sit above everything.
fn division_rank(kind: UnitKind, unnumbered: bool) -> u8 {
    match kind {
        UnitKind::Part if unnumbered => 0,
        UnitKind::Part => 1,
        UnitKind::Section => 2,
        UnitKind::Chapter => 3,
        _ => 4,
    }
}

/// The repealing act named in a repeal marker ("Законом РК от 10.07.2023 № 20-VIII").
fn repealing_act(text: &str) -> Option<String> {
    REPEALING_ACT
        .find(text)
        .map(|m| m.as_str().trim().to_string())
}

/// How often a number has been seen, and where first.
struct Editions {
    first_line: usize,
    count: usize,
}

/// Keeps a repeated number as a unit of its own: the second and later units
/// with the number of an earlier one (an article anywhere in the act, any
/// other unit among its siblings) become `N [2]`, `N [3]`, …, each with a
/// warning naming both lines. An export of several dated editions of one
/// article repeats its number; refusing the whole text would lose them all.
fn number_repeats(units: &mut [Unit], origin: &str, warnings: &mut Vec<ParseWarning>) {
    let mut articles = HashMap::new();
    number_siblings(units, origin, &mut articles, warnings);
}

fn number_siblings(
    units: &mut [Unit],
    origin: &str,
    articles: &mut HashMap<String, Editions>,
    warnings: &mut Vec<ParseWarning>,
) {
    let mut siblings: HashMap<UnitKind, HashMap<String, Editions>> = HashMap::new();
    for unit in units.iter_mut() {
        // Kazakh laws restart subparagraph lists in each part of a paragraph
        // ("подпункт 1) части второй пункта 3"): a repeat there is no edition.
        if let Some(number) = unit.number.as_mut()
            && unit.kind != UnitKind::Subparagraph
        {
            let line = unit.span.line_start;
            let seen = if unit.kind == UnitKind::Article {
                &mut *articles
            } else {
                siblings.entry(unit.kind).or_default()
            };
            match seen.get_mut(number.as_str()) {
                Some(editions) => {
                    editions.count += 1;
                    let kept_as = format!("{number} [{}]", editions.count);
                    warnings.push(ParseWarning {
                        origin: origin.to_string(),
                        line,
                        kind: ParseWarningKind::RepeatedNumber {
                            unit: unit.kind,
                            number: std::mem::replace(number, kept_as.clone()),
                            first_line: editions.first_line,
                            kept_as,
                        },
                    });
                }
                None => {
                    seen.insert(
                        number.clone(),
                        Editions {
                            first_line: line,
                            count: 1,
                        },
                    );
                }
            }
        }
        number_siblings(&mut unit.children, origin, articles, warnings);
    }
}

/// The word a warning or error names a unit of this kind by.
fn kind_word(kind: UnitKind) -> &'static str {
    match kind {
        UnitKind::Part => "part",
        UnitKind::Section => "section",
        UnitKind::Chapter => "chapter",
        UnitKind::Subchapter => "paragraph (§)",
        UnitKind::Article => "article",
        UnitKind::Paragraph => "paragraph",
        UnitKind::Subparagraph => "subparagraph",
        UnitKind::Note => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn needs_cleaning_finds_every_escape_tab_and_double_space(
            words in "([a-zа-я.\u{2000}]{1,8} ){0,60}",
            odd in "(\\\\|\t|  |\u{a0}|)",
            rest in "( ?[a-zа-я]{1,8}){0,30}",
        ) {
            let text = format!("{words}{odd}{rest}");
            let bytes = text.as_bytes();
            // Pair by pair, as the test was first written.
            let expected = bytes
                .windows(2)
                .any(|w| matches!(w, [b'\\', _] | [b'\t', _] | [b' ', b' '] | [0xC2, 0xA0]))
                || bytes.last().is_some_and(|&b| b == b'\\' || b == b'\t');
            proptest::prop_assert_eq!(needs_cleaning(bytes), expected);
        }
    }
}
