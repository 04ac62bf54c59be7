//! Citation paths: `art. 26 para. 4 subpara. 2`, `ст. 26 п. 4 подп. 2`.
//!
//! A citation is computed from the unit tree, never parsed back from output.
//! Divisions are left out of a provision's path: article numbers are unique in
//! an act, so `art. 174` is the whole address. Units outside any article
//! (the paragraphs of rules) are cited from the top.

use super::Language;
use super::model::{Statute, Unit, UnitKind};
use serde::Serialize;
use std::fmt;

/// One step of a citation path: a unit kind and its number (or heading).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Step {
    /// The kind of unit.
    pub kind: UnitKind,
    /// The number as written; `None` for notes and unnumbered divisions.
    pub number: Option<String>,
}

/// The address of a unit in an act.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
#[serde(transparent)]
pub struct Citation(pub Vec<Step>);

/// What an act calls the numbered units of its articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleDivision {
    /// A law's paragraphs: `п.` / `тармақ` / `para.`.
    #[default]
    Paragraph,
    /// A code's parts: `ч.` / `бөлік` / `part`.
    Part,
}

impl ArticleDivision {
    /// Reads what an act calls its articles' units from its own cross-references
    /// («частью четвертой настоящей статьи», "paragraph 4 of this Article",
    /// «осы баптың бірінші бөлігі»); with none, a code has parts and a law paragraphs.
    pub fn detect<'t>(
        title: Option<&str>,
        texts: impl Iterator<Item = &'t str>,
    ) -> ArticleDivision {
        let mut counts = OwnDivisionCounts::default();
        for text in texts {
            for window in own_article_windows(text) {
                counts.add(window);
            }
        }
        let OwnDivisionCounts { parts, paragraphs } = counts;
        if parts != paragraphs {
            return if parts > paragraphs {
                ArticleDivision::Part
            } else {
                ArticleDivision::Paragraph
            };
        }
        let is_code = title.is_some_and(|t| {
            let t = t.to_lowercase();
            t.contains("кодекс") || t.contains("code")
        });
        if is_code {
            ArticleDivision::Part
        } else {
            ArticleDivision::Paragraph
        }
    }
}

/// How often an act's texts name parts and paragraphs of "this article".
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct OwnDivisionCounts {
    parts: usize,
    paragraphs: usize,
}

impl OwnDivisionCounts {
    /// Counts the units named before «настоящей статьи» / "of this article"
    /// and after «осы баптың» in `text`.
    fn add(&mut self, text: &str) {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !is_citation_word_char(c))
            .filter(|w| !w.is_empty())
            .collect();
        for (i, pair) in words.windows(2).enumerate() {
            // The words that name the unit: before «настоящей статьи» / "of this article",
            // after «осы баптың».
            let named: &[&str] = match pair {
                ["настоящей", "статьи"] | ["this", "article"] => {
                    &words[i.saturating_sub(3)..i]
                }
                ["осы", "баптың"] => &words[i + 2..(i + 5).min(words.len())],
                _ => continue,
            };
            // Kazakh joins the number to the word: «осы баптың 5-тармағының».
            let named: Vec<&str> = named
                .iter()
                .map(|w| w.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-'))
                .collect();
            if named.iter().any(|w| is_part_word(w)) {
                self.parts += 1;
            } else if named.iter().any(|w| is_paragraph_word(w)) {
                self.paragraphs += 1;
            }
        }
    }
}

/// Whether a character belongs to a word of a citation phrase (a number
/// joined by a hyphen is one word: «5-тармағының»).
fn is_citation_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Words kept before «статьи» or "article": «настоящей» / "this" and the
/// three words that may name the unit.
const WORDS_BEFORE_MARK: usize = 4;

/// Words kept after «баптың»: the three words that may name the unit.
const WORDS_AFTER_MARK: usize = 3;

/// The pieces of `text` around each place that may hold «статьи», "article"
/// or «баптың» in any case, with the words the phrases need on each side,
/// merged where they overlap; every piece starts and ends between words.
///
/// Counting in these pieces counts what counting in the whole text would,
/// and spares the lowercasing and word split of the rest: in a long code
/// «статьи» is frequent, but it fills a small share of the text.
fn own_article_windows(text: &str) -> Vec<&str> {
    let mut windows: Vec<std::ops::Range<usize>> = Vec::new();
    for mark in own_article_marks(text) {
        let start = words_back(text, mark, WORDS_BEFORE_MARK + 1);
        let end = words_forward(text, mark, WORDS_AFTER_MARK + 1);
        match windows.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => windows.push(start..end),
        }
    }
    windows.into_iter().filter_map(|w| text.get(w)).collect()
}

/// The start of the separators before the `n`th word back from byte `at`
/// (the word holding `at` counts as the first), or 0.
fn words_back(text: &str, at: usize, n: usize) -> usize {
    let mut chars = text[..at].char_indices().rev().peekable();
    let mut start = at;
    for _ in 0..n {
        // Inside a word, then over the separators before it.
        while let Some(&(i, c)) = chars.peek() {
            if !is_citation_word_char(c) {
                break;
            }
            start = i;
            chars.next();
        }
        while let Some(&(i, c)) = chars.peek() {
            if is_citation_word_char(c) {
                break;
            }
            start = i;
            chars.next();
        }
    }
    start
}

/// The end of the `n`th word on from byte `at` (the word holding `at` counts
/// as the first), or the end of the text.
fn words_forward(text: &str, at: usize, n: usize) -> usize {
    let mut end = at;
    let mut chars = text[at..]
        .char_indices()
        .map(|(i, c)| (at + i, c))
        .peekable();
    for _ in 0..n {
        while let Some(&(i, c)) = chars.peek() {
            if is_citation_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        while let Some(&(i, c)) = chars.peek() {
            if !is_citation_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
    }
    end
}

/// Offsets, in order, where «ьи» or «ың» of any case, or "ticl" in ASCII
/// letters of any case, begin: the marks of «статьи», «баптың» and "article".
///
/// No other character lowercases to these letters (`İ` becomes `i` and a
/// combining dot, which would break "article" apart), so every occurrence of
/// the words has a mark; other words may have one too. The search looks for
/// the rarest byte of each mark (the second byte of «ь», «Ь», «ы», «Ы»; the
/// `l` of "ticl") and then reads the bytes around it.
fn own_article_marks(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let at = |i: usize| bytes.get(i).copied();
    let mark_of = |j: usize| -> Option<usize> {
        match bytes[j] {
            // «ь» D1 8C, «Ь» D0 AC, then «и» D0 B8 or «И» D0 98.
            0x8C | 0xAC => {
                let lead = if bytes[j] == 0x8C { 0xD1 } else { 0xD0 };
                let next = (at(j + 1)? == 0xD0) && matches!(at(j + 2)?, 0xB8 | 0x98);
                (j >= 1 && bytes[j - 1] == lead && next).then(|| j - 1)
            }
            // «ы» D1 8B, «Ы» D0 AB, then «ң» D2 A3 or «Ң» D2 A2.
            0x8B | 0xAB => {
                let lead = if bytes[j] == 0x8B { 0xD1 } else { 0xD0 };
                let next = (at(j + 1)? == 0xD2) && matches!(at(j + 2)?, 0xA3 | 0xA2);
                (j >= 1 && bytes[j - 1] == lead && next).then(|| j - 1)
            }
            // "tic" of any case before the `l`.
            _ => (j >= 3 && bytes[j - 3..j].eq_ignore_ascii_case(b"tic")).then(|| j - 3),
        }
    };
    let mut marks: Vec<usize> = memchr::memchr3_iter(0x8C, 0x8B, b'l', bytes)
        .chain(memchr::memchr3_iter(0xAC, 0xAB, b'L', bytes))
        .filter_map(mark_of)
        .collect();
    marks.sort_unstable();
    marks
}

/// Whether the user wrote parts or paragraphs, to answer in the same words.
fn typed_division(input: &str) -> ArticleDivision {
    let lower = input.to_lowercase();
    let has_part = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "ч" || is_part_word(w));
    if has_part {
        ArticleDivision::Part
    } else {
        ArticleDivision::Paragraph
    }
}

/// Whether a word names a part of an article: «частью», "parts", «бөлігінде».
fn is_part_word(word: &str) -> bool {
    word.starts_with("част") || word == "part" || word == "parts" || word.starts_with("бөлі")
}

/// Whether a word names a paragraph of an article: «пунктом», "paragraph", «тармағында».
fn is_paragraph_word(word: &str) -> bool {
    word.starts_with("пункт")
        || word.starts_with("paragraph")
        || word.starts_with("тармақ")
        || word.starts_with("тармағ")
}

/// How an act writes its citations: its language and what it calls its articles' units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct CiteStyle {
    /// The language the citation is written in.
    pub language: Language,
    /// Parts (a code) or paragraphs (a law).
    pub division: ArticleDivision,
}

impl CiteStyle {
    /// A style from its two halves.
    pub fn new(language: Language, division: ArticleDivision) -> CiteStyle {
        CiteStyle { language, division }
    }

    /// The same act's style written in another language (a report in the analyst's language).
    pub fn in_language(self, language: Language) -> CiteStyle {
        CiteStyle { language, ..self }
    }
}

impl Citation {
    /// The citation of `unit`, given its ancestors from the top of the tree.
    pub fn of(ancestors: &[&Unit], unit: &Unit) -> Citation {
        let mut steps = Vec::new();
        let from_article =
            ancestors.iter().any(|a| a.kind == UnitKind::Article) || unit.kind == UnitKind::Article;
        for u in ancestors.iter().copied().chain(std::iter::once(unit)) {
            if from_article && u.kind.is_division() {
                continue;
            }
            if u.kind.is_division() && u.number.is_none() && u.kind != unit.kind {
                continue;
            }
            steps.push(Step {
                kind: u.kind,
                number: u.number.clone(),
            });
        }
        Citation(steps)
    }

    /// The article number the citation is in, if any.
    pub fn article(&self) -> Option<&str> {
        self.0
            .iter()
            .find(|s| s.kind == UnitKind::Article)
            .and_then(|s| s.number.as_deref())
    }

    /// Formats the citation the way an act in `style` writes it (`ст. 456-2 ч. 1`, `ст. 20 п. 3`).
    pub fn display(&self, style: CiteStyle) -> String {
        let mut out = String::new();
        for step in &self.0 {
            if !out.is_empty() {
                out.push(' ');
            }
            let number = step.number.as_deref().unwrap_or("");
            match style.language {
                Language::Kk => {
                    let word = kk_word(step.kind, style.division);
                    // An edition of a repeated number follows the word:
                    // «5-бап [2]», not «5 [2]-бап».
                    match split_edition(number) {
                        ("", _) => out.push_str(word),
                        (number, None) => out.push_str(&format!("{number}-{word}")),
                        (number, Some(edition)) => {
                            out.push_str(&format!("{number}-{word} [{edition}]"));
                        }
                    }
                }
                lang => {
                    out.push_str(abbreviation(step.kind, lang, style.division));
                    if !number.is_empty() {
                        out.push(' ');
                        out.push_str(number);
                    }
                }
            }
        }
        out
    }

    /// Parses a citation typed by a user, in English, Russian or Kazakh.
    ///
    /// Accepts `art. 274`, `art 274`, `Article 174(1)`, `174(1)`, `article 26 paragraph 4
    /// subparagraph 2`, `ст. 456-2 ч. 4`, `ст.26 п.4 подп.2`, `статья 174 часть 2`,
    /// `ч. 2 ст. 174` (Russian order), `274-бап`, `1 бап`, `456-2-бап 1-бөлік`,
    /// `ch. 26`, `art. 456-2 note`, and a bare number (`174`) for an article. The
    /// hyphens and dashes that copy-paste brings (‐ ‑ ‒ – — −) read as `-`. In a
    /// code, "part"/"часть"/"бөлік" of an article is its paragraph.
    ///
    /// `456.2` is ambiguous (article 456-2, or article 456 paragraph 2): it is
    /// refused with both readings in [`CitationError::readings`].
    pub fn parse(input: &str) -> Result<Citation, CitationError> {
        let normalized = normalize_citation(input);
        if let Some((before, after)) = dotted_number(&normalized) {
            let readings: Vec<String> = [format!("{before}-{after}"), format!("{before} {after}")]
                .iter()
                .filter_map(|reading| {
                    let with = normalized.replacen(&format!("{before}.{after}"), reading, 1);
                    // A second dotted number makes every reading ambiguous too; parsing
                    // them would try both readings of each, 2^n parses for n numbers.
                    if dotted_number(&with).is_some() {
                        return None;
                    }
                    Citation::parse(&with).ok()
                })
                .map(|c| c.display(CiteStyle::new(guess_language(input), typed_division(input))))
                .collect();
            return Err(CitationError {
                input: input.to_string(),
                reason: format!("\"{before}.{after}\" is ambiguous"),
                readings,
            });
        }
        let spaced = normalized
            .replace('.', ". ")
            .replace([',', '(', ')'], " ")
            .replace('[', " [");
        let words: Vec<&str> = spaced.split_whitespace().collect();
        let mut steps = parse_words(input, &words)?;
        if steps.is_empty() {
            return Err(CitationError::new(input, "empty citation".to_string()));
        }
        // Russian writes the smaller unit first: "ч. 2 ст. 174", "подп. 1 п. 2 ст. 26".
        if steps.len() > 1
            && steps.last().is_some_and(|s| s.kind == UnitKind::Article)
            && steps.iter().filter(|s| s.kind == UnitKind::Article).count() == 1
        {
            steps.reverse();
            for step in &mut steps[1..] {
                if step.kind == UnitKind::Part {
                    step.kind = UnitKind::Paragraph;
                }
            }
        }
        Ok(Citation(steps))
    }
}

/// Reads the words of a citation into steps.
fn parse_words(input: &str, words: &[&str]) -> Result<Vec<Step>, CitationError> {
    let mut steps: Vec<Step> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        i += 1;
        let lower = word.trim_end_matches('.');
        let in_article = steps.iter().any(|s| s.kind == UnitKind::Article);
        if let Some((number, next)) = take_number(words, i - 1) {
            i = next;
            // Kazakh order without a hyphen: "1 бап", "2 бөлік".
            if let Some(next) = words.get(i).map(|w| w.trim_end_matches('.'))
                && is_kazakh_unit_word(next)
                && let Some(kind) = unit_word(next, in_article)
            {
                i += 1;
                steps.push(Step {
                    kind,
                    number: Some(number),
                });
                continue;
            }
            let kind = match steps.last() {
                None => UnitKind::Article,
                Some(s) if s.kind == UnitKind::Article => UnitKind::Paragraph,
                Some(s) if s.kind == UnitKind::Paragraph || s.kind == UnitKind::Note => {
                    UnitKind::Subparagraph
                }
                Some(_) => {
                    return Err(CitationError::new(
                        input,
                        format!("unexpected number {word:?}"),
                    ));
                }
            };
            steps.push(Step {
                kind,
                number: Some(number),
            });
            continue;
        }
        let Some(kind) = unit_word(lower, in_article) else {
            // Kazakh style: "274-бап", "4-тармақ", "456-2-бап".
            if let Some((number, unit)) = lower.rsplit_once('-')
                && let Some(number) = word_number(number)
                && let Some(kind) = unit_word(unit, in_article)
            {
                let mut number = number;
                if let Some(edition) = words.get(i).and_then(|w| edition_of(w)) {
                    number.push_str(&format!(" [{edition}]"));
                    i += 1;
                }
                steps.push(Step {
                    kind,
                    number: (kind != UnitKind::Note).then_some(number),
                });
                continue;
            }
            return Err(CitationError::new(input, format!("unknown word {word:?}")));
        };
        let number = if kind == UnitKind::Note {
            None
        } else {
            match words.get(i).map(|n| n.trim_end_matches('.')) {
                Some(_) if let Some((number, next)) = take_number(words, i) => {
                    i = next;
                    Some(number)
                }
                Some(n) => {
                    return Err(CitationError::new(
                        input,
                        format!("expected a number after {word:?}, found {n:?}"),
                    ));
                }
                None => {
                    return Err(CitationError::new(
                        input,
                        format!("expected a number after {word:?}"),
                    ));
                }
            }
        };
        steps.push(Step { kind, number });
    }
    Ok(steps)
}

/// The unit a word names, in English, Russian (with its case forms) or Kazakh.
fn unit_word(word: &str, in_article: bool) -> Option<UnitKind> {
    Some(match word {
        "art" | "article" | "ст" | "статья" | "статьи" | "статье" | "статьей" | "статью"
        | "бап" | "баптың" | "бабы" | "бабының" => UnitKind::Article,
        "part" | "pt" | "ч" | "часть" | "части" | "частью" | "бөлік" | "бөлігі" | "бөлігінің"
            if in_article =>
        {
            UnitKind::Paragraph
        }
        "part" | "pt" | "ч" | "часть" | "части" | "бөлік" => UnitKind::Part,
        "para"
        | "paragraph"
        | "p"
        | "п"
        | "пункт"
        | "пункта"
        | "пункте"
        | "пунктом"
        | "тармақ"
        | "тармағы"
        | "тармағының" => UnitKind::Paragraph,
        "subpara"
        | "subparagraph"
        | "sub"
        | "pp"
        | "подп"
        | "подпункт"
        | "подпункта"
        | "подпункте"
        | "пп"
        | "тармақша"
        | "тармақшасы" => UnitKind::Subparagraph,
        "note" | "прим" | "примечание" | "примечания" | "ескертпе" => {
            UnitKind::Note
        }
        "ch" | "chapter" | "гл" | "глава" | "главы" | "тарау" => UnitKind::Chapter,
        "sec" | "section" | "разд" | "раздел" | "раздела" | "бөлім" => {
            UnitKind::Section
        }
        "§" | "параграф" => UnitKind::Subchapter,
        _ => return None,
    })
}

/// Whether a unit word is Kazakh, whose number comes before it ("1 бап").
fn is_kazakh_unit_word(word: &str) -> bool {
    matches!(
        word,
        "бап"
            | "бөлік"
            | "тармақ"
            | "тармақша"
            | "ескертпе"
            | "тарау"
            | "бөлім"
            | "параграф"
    )
}

/// Lowercases a typed citation and reads every hyphen or dash as `-`, every
/// non-breaking space as a space, and drops the quotes people paste around it.
fn normalize_citation(input: &str) -> String {
    input
        .chars()
        .filter(|c| !matches!(c, '«' | '»' | '"' | '“' | '”' | '„'))
        .map(|c| match c {
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
            | '\u{fe63}' | '\u{ff0d}' => '-',
            '\u{a0}' | '\u{202f}' | '\u{2007}' => ' ',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The first `digits.digits` in a citation, which could be a number or two.
fn dotted_number(text: &str) -> Option<(String, String)> {
    let bytes = text.as_bytes();
    for (dot, _) in text.match_indices('.') {
        let before = text[..dot]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        let after = text[dot + 1..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if before > 0 && after > 0 && bytes.get(dot + 1 + after) != Some(&b'.') {
            let start = dot - before;
            // "п.4.2" and "1.2.3" are not a single number with a dot: only a lone one is.
            if start > 0 && bytes[start - 1] == b'.' {
                continue;
            }
            return Some((
                text[start..dot].to_string(),
                text[dot + 1..dot + 1 + after].to_string(),
            ));
        }
    }
    None
}

/// The language a typed citation is in, for showing it back: Kazakh letters, Cyrillic, else English.
fn guess_language(input: &str) -> Language {
    if input.chars().any(|c| "әіңғүұқөһӘІҢҒҮҰҚӨҺ".contains(c)) || input.contains("бап")
    {
        Language::Kk
    } else if input
        .chars()
        .any(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'))
    {
        Language::Ru
    } else {
        Language::En
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display(CiteStyle::new(Language::En, ArticleDivision::Paragraph)))
    }
}

/// A citation the user typed that lexwatch cannot read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read citation {input:?}: {reason}{}", if readings.is_empty() {
    " (try \"art. 274\", \"ст. 456-2 п. 4\" or \"art. 26 para. 4 subpara. 2\")".to_string()
} else {
    format!(": it could be {}", readings.join(" or "))
})]
pub struct CitationError {
    /// What the user typed.
    pub input: String,
    /// Why it could not be read.
    pub reason: String,
    /// The citations an ambiguous input could mean, to ask which.
    pub readings: Vec<String>,
}

impl CitationError {
    fn new(input: &str, reason: String) -> CitationError {
        CitationError {
            input: input.to_string(),
            reason,
            readings: Vec::new(),
        }
    }
}

fn looks_like_number(s: &str) -> bool {
    let s = s.trim_end_matches(')');
    !s.is_empty()
        && s.split('-')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Reads the number that starts at `words[i]`, written as the parser writes
/// article numbers (see `parse::article_number`): `r131-1` and `l. 224-1`
/// → `R131-1` and `L224-1`, then the suffixes `bis`, `ter`, … and one letter
/// (`224-1 a` → `224-1 A`), then an edition kept for a repeated number
/// (`5 [2]`). Returns the number and the index of the word after it.
fn take_number(words: &[&str], i: usize) -> Option<(String, usize)> {
    let first = words.get(i)?.trim_end_matches('.');
    let mut next = i + 1;
    let mut number = match word_number(first) {
        Some(number) => number,
        // "l. 224-1": the prefix and its dot, then the digits.
        None if is_prefix(first) && words.get(i)?.ends_with('.') => {
            let digits = words.get(next)?.trim_end_matches('.');
            if !looks_like_number(digits) {
                return None;
            }
            next += 1;
            format!("{}{digits}", first.to_ascii_uppercase())
        }
        None => return None,
    };
    for _ in 0..2 {
        let Some(word) = words.get(next).map(|w| w.trim_end_matches('.')) else {
            break;
        };
        if super::parse::INSERTION_ADVERBS.contains(&word) {
            number.push(' ');
            number.push_str(word);
        } else if word.len() == 1
            && word.as_bytes()[0].is_ascii_lowercase()
            && unit_word(word, true).is_none()
        {
            number.push(' ');
            number.push_str(&word.to_ascii_uppercase());
        } else {
            break;
        }
        next += 1;
    }
    if let Some(edition) = words.get(next).and_then(|w| edition_of(w)) {
        number.push_str(&format!(" [{edition}]"));
        next += 1;
    }
    Some((number, next))
}

/// The edition a word gives a repeated number: `[2]` → `2`.
fn edition_of(word: &str) -> Option<&str> {
    word.strip_prefix('[')
        .and_then(|w| w.strip_suffix(']'))
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A number and the edition kept for a repeat of it: `5 [2]` → (`5`, `2`).
fn split_edition(number: &str) -> (&str, Option<&str>) {
    match number.rsplit_once(' ') {
        Some((base, last)) if let Some(edition) = edition_of(last) => (base, Some(edition)),
        _ => (number, None),
    }
}

/// A number written as one word: `274`, `456-2`, or a letter prefix joined to
/// the digits (`r131-1` → `R131-1`).
fn word_number(word: &str) -> Option<String> {
    if looks_like_number(word) {
        return Some(word.to_string());
    }
    let letters = word.bytes().take_while(u8::is_ascii_lowercase).count();
    let (prefix, digits) = word.split_at(letters);
    (is_prefix(prefix) && looks_like_number(digits))
        .then(|| format!("{}{digits}", prefix.to_ascii_uppercase()))
}

/// Whether a word can be the letter prefix of an article number (`l`, `r`,
/// `d`, `lo`): one to three Latin letters that name no unit (`p` is a paragraph).
fn is_prefix(word: &str) -> bool {
    (1..=3).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && unit_word(word, true).is_none()
        && unit_word(word, false).is_none()
}

fn abbreviation(kind: UnitKind, lang: Language, division: ArticleDivision) -> &'static str {
    match (kind, lang) {
        (UnitKind::Paragraph, Language::Ru) if division == ArticleDivision::Part => "ч.",
        (UnitKind::Paragraph, _) if division == ArticleDivision::Part => "part",
        (UnitKind::Part, Language::Ru) => "часть",
        (UnitKind::Section, Language::Ru) => "разд.",
        (UnitKind::Chapter, Language::Ru) => "гл.",
        (UnitKind::Subchapter, _) => "§",
        (UnitKind::Article, Language::Ru) => "ст.",
        (UnitKind::Paragraph, Language::Ru) => "п.",
        (UnitKind::Subparagraph, Language::Ru) => "подп.",
        (UnitKind::Note, Language::Ru) => "прим.",
        (UnitKind::Part, _) => "pt.",
        (UnitKind::Section, _) => "sec.",
        (UnitKind::Chapter, _) => "ch.",
        (UnitKind::Article, _) => "art.",
        (UnitKind::Paragraph, _) => "para.",
        (UnitKind::Subparagraph, _) => "subpara.",
        (UnitKind::Note, _) => "note",
    }
}

fn kk_word(kind: UnitKind, division: ArticleDivision) -> &'static str {
    match kind {
        UnitKind::Paragraph if division == ArticleDivision::Part => "бөлік",
        UnitKind::Part => "бөлік",
        UnitKind::Section => "бөлім",
        UnitKind::Chapter => "тарау",
        UnitKind::Subchapter => "параграф",
        UnitKind::Article => "бап",
        UnitKind::Paragraph => "тармақ",
        UnitKind::Subparagraph => "тармақша",
        UnitKind::Note => "ескертпе",
    }
}

impl Statute {
    /// Finds the unit at a citation, if the act has it.
    ///
    /// An article is found wherever it sits among divisions.
    pub fn find(&self, citation: &Citation) -> Option<&Unit> {
        let last = citation.0.last()?;
        let mut found = None;
        self.walk(|ancestors, unit| {
            // Only a unit of the right kind and number can match: check that before
            // building its whole path.
            if found.is_none()
                && unit.kind == last.kind
                && unit.number == last.number
                && Citation::of(ancestors, unit) == *citation
            {
                found = Some(unit);
            }
        });
        found
    }

    /// Every unit with its citation, in document order.
    pub fn cited_units(&self) -> Vec<(Citation, &Unit)> {
        let mut out = Vec::new();
        self.walk(|ancestors, unit| out.push((Citation::of(ancestors, unit), unit)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn counts_in_windows(text: &str) -> OwnDivisionCounts {
        let mut counts = OwnDivisionCounts::default();
        for window in own_article_windows(text) {
            counts.add(window);
        }
        counts
    }

    fn counts_in_whole(text: &str) -> OwnDivisionCounts {
        let mut counts = OwnDivisionCounts::default();
        counts.add(text);
        counts
    }

    #[test]
    fn windows_count_the_phrases_in_each_language() {
        let text = "В случаях, указанных в части 2 настоящей статьи, и в пункте 3 настоящей \
                    СТАТЬИ; see paragraph 4 of this Article. Осы баптың 5-тармағының талабы.";
        let expected = OwnDivisionCounts {
            parts: 1,
            paragraphs: 3,
        };
        assert_eq!(counts_in_windows(text), expected);
        assert_eq!(counts_in_whole(text), expected);
    }

    #[test]
    fn a_kazakh_citation_puts_the_edition_of_a_repeated_number_after_the_word() {
        let citation = Citation(vec![
            Step {
                kind: UnitKind::Article,
                number: Some("5 [2]".into()),
            },
            Step {
                kind: UnitKind::Paragraph,
                number: Some("1".into()),
            },
        ]);
        let style = CiteStyle::new(Language::Kk, ArticleDivision::Part);
        let shown = citation.display(style);
        assert_eq!(shown, "5-бап [2] 1-бөлік");
        assert_eq!(Citation::parse(&shown).map(|c| c.0), Ok(citation.0));
    }

    #[test]
    fn a_mark_after_a_longer_characters_tail_is_no_boundary_panic() {
        // U+200C ends in 0x8C, as «ь» does, and «и» follows it.
        let text = "части 1 настоящей\u{200c}и статьи";
        assert_eq!(counts_in_windows(text), counts_in_whole(text));
    }

    proptest! {
        #[test]
        fn windows_count_what_the_whole_text_counts(
            words in proptest::collection::vec(
                prop::sample::select(vec![
                    "частью", "части", "пункта", "пунктом", "настоящей", "статьи", "СТАТЬИ",
                    "семьи", "this", "article", "Article", "paragraph", "parts", "of", "осы",
                    "баптың", "5-тармағының", "бөлігінде", "и", "в", "1", "2-", "\u{200c}",
                ]),
                0..80,
            ),
            separators in proptest::collection::vec(
                prop::sample::select(vec![" ", ", ", "; ", "\n", " — ", "(", ") "]),
                80,
            ),
        ) {
            let mut text = String::new();
            for (word, sep) in words.iter().zip(&separators) {
                text.push_str(word);
                text.push_str(sep);
            }
            prop_assert_eq!(counts_in_windows(&text), counts_in_whole(&text));
        }
    }
}
