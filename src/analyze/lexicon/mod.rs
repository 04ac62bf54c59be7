//! The lexicon of vague terms: its data, its layering and the matcher.
//!
//! This module owns the terms that international standards call vague,
//! undefined or overbroad (`data/lexicon/<lang>.toml`), the table of the
//! standards they cite (`data/lexicon/standards.toml`), the "scope" terms
//! (means and persons of expression — mass media, online platforms, bloggers
//! — whose addition to an offence widens it), and the matcher that finds all
//! of them in a statute text in one pass. It never reads files: callers pass
//! a file's contents and its name, which every [`LexiconError`] repeats.
//!
//! # Layers
//!
//! [`Lexicon::builtin`] is the shipped data. A user lexicon file
//! ([`Lexicon::from_toml`]) is merged on top with [`Lexicon::extend`], and the
//! `[lexicon]` table of a repository's `lexwatch.toml` ([`LexiconConfig`])
//! adds terms, disables terms by id and overrides severities
//! ([`Lexicon::apply_config`]).
//!
//! # Pattern syntax
//!
//! A pattern is a sequence of words separated by spaces. Text and patterns
//! are compared lowercased, with `ё` read as `е`, on whole words; a word is
//! a run of letters and digits, and a hyphen between two letters belongs to
//! the word (`онлайн-платформ*`, `law-enforcement`).
//!
//! | syntax | matches |
//! |---|---|
//! | `word` | exactly that word |
//! | `stem*` | any word starting with `stem` (at least three letters) |
//! | `a\|b*\|c` | any of the alternatives |
//! | `розн{ь,и,ью}` | the stem followed by each ending: `рознь\|розни\|рознью` |
//! | `word?` | the word, or nothing |
//! | `war+propaganda` | the words with only whitespace between (no comma) |
//! | `...`, `...N` | up to 3 (or N, at most 30) other words |
//!
//! Consecutive pattern words may be separated by spaces, commas, dashes,
//! brackets or a line break, but never by `.`, `;`, `:`, `!`, `?` or a blank
//! line, and neither may a gap: a match stays inside one clause.
//!
//! # Overlaps
//!
//! When matches share words, the match with more words wins and a match whose
//! words all belong to longer matches is dropped: "knowingly false
//! information" counts once, not also as "false information". Matches of
//! different terms that only partly overlap both count, so in «пропаганда
//! или агитация … войны, … превосходства» both war propaganda and
//! propaganda of superiority are found; two matches of the same term that
//! share a word are one occurrence, spanning both. Words skipped by a gap
//! stay free for other terms: in «разжигание … сословной … розни» both
//! "discord" and "class" are found.

pub use super::{Severity, UnknownSeverity};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::statute::Language;

/// The largest gap (`...N`) a pattern may allow between two of its words.
pub const MAX_GAP: u8 = 30;

/// The gap that a bare `...` allows.
const DEFAULT_GAP: u8 = 3;

/// Stems shorter than this would match too many unrelated words.
const MIN_STEM_CHARS: usize = 3;

#[cfg(test)]
const BUILTIN_STANDARDS: (&str, &str) = (
    "data/lexicon/standards.toml",
    include_str!("../../../data/lexicon/standards.toml"),
);

#[cfg(test)]
const BUILTIN_FILES: [(&str, &str); 3] = [
    (
        "data/lexicon/en.toml",
        include_str!("../../../data/lexicon/en.toml"),
    ),
    (
        "data/lexicon/ru.toml",
        include_str!("../../../data/lexicon/ru.toml"),
    ),
    (
        "data/lexicon/kk.toml",
        include_str!("../../../data/lexicon/kk.toml"),
    ),
];

/// An [`Entry`] of the built-in lexicon, as `build.rs` writes it.
struct RawEntry {
    id: &'static str,
    language: Language,
    term: &'static str,
    patterns: &'static [&'static str],
    category: Category,
    severity: Severity,
    rationale: &'static str,
    standards: &'static [&'static str],
    recommendation: &'static str,
    source: Option<&'static str>,
}

impl RawEntry {
    fn to_owned(&self) -> Entry {
        Entry {
            id: self.id.to_string(),
            language: self.language,
            term: self.term.to_string(),
            patterns: owned(self.patterns),
            category: self.category,
            severity: self.severity,
            rationale: self.rationale.to_string(),
            standards: owned(self.standards),
            recommendation: self.recommendation.to_string(),
            source: self.source.map(str::to_string),
        }
    }
}

/// A [`ScopeTerm`] of the built-in lexicon, as `build.rs` writes it.
struct RawScope {
    id: &'static str,
    language: Language,
    term: &'static str,
    patterns: &'static [&'static str],
}

impl RawScope {
    fn to_owned(&self) -> ScopeTerm {
        ScopeTerm {
            id: self.id.to_string(),
            language: self.language,
            term: self.term.to_string(),
            patterns: owned(self.patterns),
        }
    }
}

/// A [`Standard`] of the built-in lexicon, as `build.rs` writes it.
struct RawStandard {
    key: &'static str,
    citation: &'static str,
    summary: &'static str,
}

impl RawStandard {
    fn to_owned(&self) -> Standard {
        Standard {
            key: self.key.to_string(),
            citation: self.citation.to_string(),
            summary: self.summary.to_string(),
        }
    }
}

/// One built-in lexicon file, as `build.rs` writes it.
struct RawFile {
    terms: &'static [RawEntry],
    scope: &'static [RawScope],
    standards: &'static [RawStandard],
}

fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

include!(concat!(env!("OUT_DIR"), "/builtin_lexicon.rs"));

/// Why a term threatens free expression: the kind of defect it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Liability turns on the truth or falsity of information.
    FalsityStandard,
    /// The harm that makes speech punishable is not defined.
    UndefinedHarm,
    /// Liability depends on how offended someone feels.
    SubjectiveOffence,
    /// A list of prohibited content that ends in "other …".
    OpenEndedList,
    /// Speech is punished as incitement without intent or likelihood of harm.
    IncitementWithoutIntent,
    /// An official decides on grounds the law does not bound.
    UnboundedDiscretion,
    /// Emergency powers over communications on an undefined trigger.
    EmergencyPowers,
    /// An interest of the state that no law defines.
    UndefinedStateInterest,
    /// A protected group or category the law does not define.
    UndefinedCategory,
    /// A right granted only as far as other laws allow.
    OpenEndedLimitation,
}

impl Category {
    /// Every category, in declaration order.
    pub const ALL: [Category; 10] = [
        Category::FalsityStandard,
        Category::UndefinedHarm,
        Category::SubjectiveOffence,
        Category::OpenEndedList,
        Category::IncitementWithoutIntent,
        Category::UnboundedDiscretion,
        Category::EmergencyPowers,
        Category::UndefinedStateInterest,
        Category::UndefinedCategory,
        Category::OpenEndedLimitation,
    ];

    /// The key used in data files and machine-readable output.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::FalsityStandard => "falsity-standard",
            Category::UndefinedHarm => "undefined-harm",
            Category::SubjectiveOffence => "subjective-offence",
            Category::OpenEndedList => "open-ended-list",
            Category::IncitementWithoutIntent => "incitement-without-intent",
            Category::UnboundedDiscretion => "unbounded-discretion",
            Category::EmergencyPowers => "emergency-powers",
            Category::UndefinedStateInterest => "undefined-state-interest",
            Category::UndefinedCategory => "undefined-category",
            Category::OpenEndedLimitation => "open-ended-limitation",
        }
    }

    /// A short English label for reports ("falsity standard").
    pub fn label(self) -> &'static str {
        match self {
            Category::FalsityStandard => "falsity standard",
            Category::UndefinedHarm => "undefined harm",
            Category::SubjectiveOffence => "subjective offence",
            Category::OpenEndedList => "open-ended list",
            Category::IncitementWithoutIntent => "incitement without intent",
            Category::UnboundedDiscretion => "unbounded discretion",
            Category::EmergencyPowers => "emergency powers",
            Category::UndefinedStateInterest => "undefined state interest",
            Category::UndefinedCategory => "undefined category",
            Category::OpenEndedLimitation => "open-ended limitation",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One vague term in one language, as written in a lexicon file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable id, the same in every language for the same concept.
    pub id: String,
    /// The language of `term` and `patterns`.
    pub language: Language,
    /// The term as shown to readers.
    pub term: String,
    /// How the term is found in a text (see the module docs for the syntax).
    pub patterns: Vec<String>,
    /// The kind of defect the term has.
    pub category: Category,
    /// How much the term threatens free expression.
    pub severity: Severity,
    /// One sentence: why the term is a concern.
    pub rationale: String,
    /// Keys into the standards table, e.g. `["JD2017", "GC34-25"]`.
    pub standards: Vec<String>,
    /// One sentence: what the legislator should do.
    pub recommendation: String,
    /// Where the term was criticised (source report, provision), if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A means or person of expression whose addition to an offence widens it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScopeTerm {
    /// Canonical name, the same in every language (e.g. `online-platforms`).
    pub id: String,
    /// The language of `term` and `patterns`.
    pub language: Language,
    /// The term as shown to readers.
    pub term: String,
    /// How the term is found in a text (same syntax as [`Entry::patterns`]).
    pub patterns: Vec<String>,
}

/// An international standard that entries cite by key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standard {
    /// The short key entries cite, e.g. `GC34-25`.
    pub key: String,
    /// The full citation, e.g. "UN Human Rights Committee, General Comment No. 34 (2011), para. 25".
    pub citation: String,
    /// What the standard says, paraphrased in one or two sentences.
    pub summary: String,
}

/// The `[lexicon]` table of a repository's `lexwatch.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconConfig {
    /// Extra terms (`[[lexicon.term]]`); one with a built-in id and language replaces it.
    #[serde(default)]
    pub term: Vec<Entry>,
    /// Extra scope terms (`[[lexicon.scope]]`).
    #[serde(default)]
    pub scope: Vec<ScopeTerm>,
    /// Extra standards that extra terms may cite (`[[lexicon.standard]]`).
    #[serde(default)]
    pub standard: Vec<Standard>,
    /// Ids of terms to ignore, in every language.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Severity overrides by term id, in every language.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
}

impl LexiconConfig {
    /// Reads the `[lexicon]` table of a whole `lexwatch.toml`; other tables are ignored.
    pub fn from_repo_toml(text: &str, origin: &str) -> Result<LexiconConfig, LexiconError> {
        #[derive(Deserialize)]
        struct RepoFile {
            #[serde(default)]
            lexicon: LexiconConfig,
        }
        let file: RepoFile = parse_toml(text, origin)?;
        let config = file.lexicon;
        let src = Source::new(origin, Some(text));
        check_items(&config.term, &config.scope, &src)?;
        Ok(config)
    }
}

/// A lexicon file or configuration that cannot be used, and where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// The TOML does not parse or does not have the lexicon's shape.
    #[error("{}: {message}", place(.origin, *.line))]
    Toml {
        /// The file (or other source) name.
        origin: String,
        /// The 1-based line, when known.
        line: Option<usize>,
        /// What the TOML parser reported.
        message: String,
    },
    /// A pattern does not follow the pattern syntax.
    #[error("{}: term {id:?}: invalid pattern {pattern:?}: {reason}", place(.origin, *.line))]
    Pattern {
        /// The file (or other source) name.
        origin: String,
        /// The 1-based line, when known.
        line: Option<usize>,
        /// The id of the term or scope term.
        id: String,
        /// The pattern as written.
        pattern: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A field has a value the lexicon does not accept.
    #[error("{}: term {id:?}: {field}: {reason}", place(.origin, *.line))]
    Invalid {
        /// The file (or other source) name.
        origin: String,
        /// The 1-based line, when known.
        line: Option<usize>,
        /// The id of the term or scope term.
        id: String,
        /// The field name.
        field: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The same id is defined twice for one language in one file.
    #[error("{}: term {id:?} ({language}) is defined more than once", place(.origin, *.line))]
    Duplicate {
        /// The file (or other source) name.
        origin: String,
        /// The 1-based line of its first definition, when known.
        line: Option<usize>,
        /// The repeated id.
        id: String,
        /// The language it is repeated in.
        language: Language,
    },
    /// A term cites a standard key that no standards table defines.
    #[error(
        "{}: term {id:?} cites unknown standard {key:?} (known: {known})",
        place(.origin, *.line)
    )]
    UnknownStandard {
        /// The file (or other source) name.
        origin: String,
        /// The 1-based line, when known.
        line: Option<usize>,
        /// The citing term.
        id: String,
        /// The unknown key.
        key: String,
        /// The known keys, comma-separated.
        known: String,
    },
    /// `disable` or `severity` names a term id the lexicon does not have.
    #[error("{}: [lexicon] {field}: no term has id {id:?}", place(.origin, *.line))]
    UnknownId {
        /// The file (or other source) name.
        origin: String,
        /// The 1-based line, when known.
        line: Option<usize>,
        /// `disable` or `severity`.
        field: &'static str,
        /// The unknown id.
        id: String,
    },
}

/// Formats "origin:line" or just "origin".
fn place(origin: &str, line: Option<usize>) -> String {
    match line {
        Some(line) => format!("{origin}:{line}"),
        None => origin.to_string(),
    }
}

/// A file being validated: its name and, when available, its text for line numbers.
struct Source<'a> {
    origin: &'a str,
    text: Option<&'a str>,
}

impl<'a> Source<'a> {
    fn new(origin: &'a str, text: Option<&'a str>) -> Self {
        Source { origin, text }
    }

    /// The line of the first quoted occurrence of `value` at or after the
    /// definition of `id`. Serde drops spans, so this search is how errors
    /// found after parsing still point at a line.
    fn line_of(&self, id: &str, value: Option<&str>) -> Option<usize> {
        let text = self.text?;
        let id_at = find_quoted(text, id, 0)?;
        let at = match value {
            Some(value) => find_quoted(text, value, id_at)?,
            None => id_at,
        };
        Some(text[..at].matches('\n').count() + 1)
    }
}

/// Byte offset of `"value"` or `'value'` in `text` at or after `from`.
fn find_quoted(text: &str, value: &str, from: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    ['"', '\'']
        .iter()
        .filter_map(|q| rest.find(&format!("{q}{value}{q}")))
        .min()
        .map(|at| from + at)
}

/// Parses TOML into `T`, turning errors into [`LexiconError::Toml`] with a line.
fn parse_toml<T: serde::de::DeserializeOwned>(text: &str, origin: &str) -> Result<T, LexiconError> {
    toml::from_str(text).map_err(|e| LexiconError::Toml {
        origin: origin.to_string(),
        line: e
            .span()
            .and_then(|span| text.get(..span.start))
            .map(|before| before.matches('\n').count() + 1),
        message: e.message().trim().to_string(),
    })
}

/// The shape of a lexicon data file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    #[serde(default)]
    term: Vec<Entry>,
    #[serde(default)]
    scope: Vec<ScopeTerm>,
    #[serde(default)]
    standard: Vec<Standard>,
}

/// Checks everything about terms and scope terms that does not need the
/// standards table: ids, required text, patterns and duplicates.
fn check_items(terms: &[Entry], scope: &[ScopeTerm], src: &Source<'_>) -> Result<(), LexiconError> {
    let invalid = |id: &str, field: &'static str, reason: &str| LexiconError::Invalid {
        origin: src.origin.to_string(),
        line: src.line_of(id, None),
        id: id.to_string(),
        field,
        reason: reason.to_string(),
    };
    let mut seen_terms = HashSet::new();
    for entry in terms {
        check_common(&entry.id, &entry.term, &entry.patterns, src)?;
        for (field, value) in [
            ("rationale", &entry.rationale),
            ("recommendation", &entry.recommendation),
        ] {
            if value.trim().is_empty() {
                return Err(invalid(&entry.id, field, "must not be empty"));
            }
        }
        if entry.standards.is_empty() {
            return Err(invalid(
                &entry.id,
                "standards",
                "cite at least one standard",
            ));
        }
        if !seen_terms.insert((entry.id.as_str(), entry.language)) {
            return Err(LexiconError::Duplicate {
                origin: src.origin.to_string(),
                line: src.line_of(&entry.id, None),
                id: entry.id.clone(),
                language: entry.language,
            });
        }
    }
    let mut seen_scope = HashSet::new();
    for item in scope {
        check_common(&item.id, &item.term, &item.patterns, src)?;
        if !seen_scope.insert((item.id.as_str(), item.language)) {
            return Err(LexiconError::Duplicate {
                origin: src.origin.to_string(),
                line: src.line_of(&item.id, None),
                id: item.id.clone(),
                language: item.language,
            });
        }
    }
    Ok(())
}

/// Checks the fields that terms and scope terms share.
fn check_common(
    id: &str,
    term: &str,
    patterns: &[String],
    src: &Source<'_>,
) -> Result<(), LexiconError> {
    let invalid = |field: &'static str, reason: &str| LexiconError::Invalid {
        origin: src.origin.to_string(),
        line: src.line_of(id, None),
        id: id.to_string(),
        field,
        reason: reason.to_string(),
    };
    let id_ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !id_ok {
        return Err(invalid(
            "id",
            "use lowercase ASCII letters, digits and hyphens, e.g. \"false-information\"",
        ));
    }
    if term.trim().is_empty() {
        return Err(invalid("term", "must not be empty"));
    }
    if patterns.is_empty() {
        return Err(invalid("patterns", "give at least one pattern"));
    }
    for pattern in patterns {
        parse_pattern(pattern).map_err(|reason| LexiconError::Pattern {
            origin: src.origin.to_string(),
            line: src.line_of(id, Some(pattern)),
            id: id.to_string(),
            pattern: pattern.clone(),
            reason,
        })?;
    }
    Ok(())
}

/// Checks that every standard an entry cites is in `standards`.
fn check_citations(
    terms: &[Entry],
    standards: &BTreeMap<String, Standard>,
    src: &Source<'_>,
) -> Result<(), LexiconError> {
    for entry in terms {
        if let Some(key) = entry.standards.iter().find(|k| !standards.contains_key(*k)) {
            return Err(LexiconError::UnknownStandard {
                origin: src.origin.to_string(),
                line: src.line_of(&entry.id, Some(key)),
                id: entry.id.clone(),
                key: key.clone(),
                known: standards.keys().cloned().collect::<Vec<_>>().join(", "),
            });
        }
    }
    Ok(())
}

/// A set of vague terms and scope terms in every language, ready to match.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Unset only in the built-in lexicon until it is first read: copying
    /// the shipped data is most of a small run's lexicon cost, and a run
    /// whose texts have no changes to analyse never reads it.
    contents: std::sync::OnceLock<Contents>,
    /// Per language: the matcher for entries and the one for scope terms.
    /// Reset whenever entries change and built on first use, so a run pays
    /// only for the languages it reads and matching never re-parses patterns.
    index: BTreeMap<Language, std::sync::OnceLock<(Matcher, Matcher)>>,
}

/// The terms, scope terms and standards of a lexicon.
#[derive(Debug, Clone, Default)]
struct Contents {
    entries: Vec<Entry>,
    scope: Vec<ScopeTerm>,
    standards: BTreeMap<String, Standard>,
}

impl Contents {
    /// The shipped data, copied from the arrays `build.rs` derived from the TOML.
    fn builtin() -> Contents {
        let mut contents = Contents::with_builtin_standards();
        for file in &BUILTIN_FILE_DATA {
            contents.add_standards(file.standards.iter().map(RawStandard::to_owned));
            contents.merge(
                file.terms.iter().map(RawEntry::to_owned).collect(),
                file.scope.iter().map(RawScope::to_owned).collect(),
            );
        }
        contents
    }

    /// No terms, the built-in standards table.
    fn with_builtin_standards() -> Contents {
        let mut contents = Contents::default();
        contents.add_standards(BUILTIN_STANDARD_DATA.iter().map(RawStandard::to_owned));
        contents
    }

    fn add_standards(&mut self, standards: impl IntoIterator<Item = Standard>) {
        for standard in standards {
            self.standards.insert(standard.key.clone(), standard);
        }
    }

    /// Adds terms and scope terms; one with an existing id and language replaces it.
    fn merge(&mut self, entries: Vec<Entry>, scope: Vec<ScopeTerm>) {
        for entry in entries {
            match self
                .entries
                .iter_mut()
                .find(|e| e.id == entry.id && e.language == entry.language)
            {
                Some(old) => *old = entry,
                None => self.entries.push(entry),
            }
        }
        for item in scope {
            match self
                .scope
                .iter_mut()
                .find(|s| s.id == item.id && s.language == item.language)
            {
                Some(old) => *old = item,
                None => self.scope.push(item),
            }
        }
    }
}

/// One occurrence of a vague term in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermMatch<'a> {
    /// The term found.
    pub entry: &'a Entry,
    /// Byte range in the text, from the first to the last matched word.
    pub span: Range<usize>,
    /// The text in `span`, as written.
    pub matched: String,
}

/// One occurrence of a scope term in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeMatch<'a> {
    /// The scope term found.
    pub term: &'a ScopeTerm,
    /// Byte range in the text, from the first to the last matched word.
    pub span: Range<usize>,
    /// The text in `span`, as written.
    pub matched: String,
}

/// How often one term occurs in an old and a new text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermChange<'a> {
    /// The term's id.
    pub id: &'a str,
    /// Occurrences in the old text.
    pub old: usize,
    /// Occurrences in the new text.
    pub new: usize,
}

impl TermChange<'_> {
    /// The term occurs more often in the new text: it was introduced.
    pub fn is_introduced(&self) -> bool {
        self.new > self.old
    }

    /// The term occurs less often in the new text: it was (partly) removed.
    pub fn is_removed(&self) -> bool {
        self.new < self.old
    }
}

impl Lexicon {
    /// The lexicon shipped with lexwatch (`data/lexicon/*.toml`).
    ///
    /// `build.rs` parsed the files when lexwatch was built, and the data is
    /// copied out of the binary on first use; the unit tests check that it
    /// equals what the TOML parses to and run the checks a user file gets on
    /// the TOML.
    pub fn builtin() -> Lexicon {
        let mut lexicon = Lexicon {
            contents: std::sync::OnceLock::new(),
            index: BTreeMap::new(),
        };
        lexicon.rebuild();
        lexicon
    }

    /// The built-in lexicon parsed from its TOML, with every check a user file gets.
    #[cfg(test)]
    fn parse_builtin() -> Result<Lexicon, LexiconError> {
        let (origin, text) = BUILTIN_STANDARDS;
        let file: LexiconFile = parse_toml(text, origin)?;
        let mut lexicon = Lexicon::with(Contents::default());
        lexicon.add_standards(file.standard);
        for (origin, text) in BUILTIN_FILES {
            lexicon.add_file(text, origin)?;
        }
        lexicon.rebuild();
        Ok(lexicon)
    }

    /// A lexicon holding `contents`, its matchers not yet built.
    fn with(contents: Contents) -> Lexicon {
        let mut lexicon = Lexicon {
            contents: std::sync::OnceLock::from(contents),
            index: BTreeMap::new(),
        };
        lexicon.rebuild();
        lexicon
    }

    /// The terms, scope terms and standards, copying the built-in ones on first use.
    fn contents(&self) -> &Contents {
        self.contents.get_or_init(Contents::builtin)
    }

    /// The contents, to change them.
    fn contents_mut(&mut self) -> &mut Contents {
        self.contents();
        self.contents
            .get_mut()
            .expect("contents() has just initialised the cell")
    }

    /// Reads a user lexicon file (`[[term]]`, `[[scope]]`, `[[standard]]`).
    ///
    /// The result holds only the file's terms; its entries may cite the
    /// built-in standards as well as the file's own. Merge it into another
    /// lexicon with [`Lexicon::extend`].
    pub fn from_toml(text: &str, origin: &str) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::with(Contents::with_builtin_standards());
        lexicon.add_file(text, origin)?;
        lexicon.rebuild();
        Ok(lexicon)
    }

    /// Validates a lexicon file and merges it in, without recompiling.
    fn add_file(&mut self, text: &str, origin: &str) -> Result<(), LexiconError> {
        let file: LexiconFile = parse_toml(text, origin)?;
        let src = Source::new(origin, Some(text));
        check_items(&file.term, &file.scope, &src)?;
        self.add_standards(file.standard);
        check_citations(&file.term, &self.contents().standards, &src)?;
        self.merge(file.term, file.scope);
        Ok(())
    }

    /// Merges `other` on top: its terms replace terms with the same id and language.
    pub fn extend(&mut self, other: Lexicon) {
        let other = other
            .contents
            .into_inner()
            .unwrap_or_else(Contents::builtin);
        self.add_standards(other.standards.into_values());
        self.merge(other.entries, other.scope);
        self.rebuild();
    }

    /// Adds terms and scope terms; one with an existing id and language replaces it.
    fn merge(&mut self, entries: Vec<Entry>, scope: Vec<ScopeTerm>) {
        self.contents_mut().merge(entries, scope);
    }

    /// Applies a repository's `[lexicon]` table: extra terms, then `disable`, then `severity`.
    ///
    /// `origin` names the configuration file in errors. Nothing changes when
    /// an error is returned.
    pub fn apply_config(
        &mut self,
        config: &LexiconConfig,
        origin: &str,
    ) -> Result<(), LexiconError> {
        let src = Source::new(origin, None);
        check_items(&config.term, &config.scope, &src)?;
        self.apply_checked_config(config, &src)
    }

    /// Reads `lexwatch.toml` and applies its `[lexicon]` table, with line numbers in errors.
    pub fn apply_repo_toml(&mut self, text: &str, origin: &str) -> Result<(), LexiconError> {
        let config = LexiconConfig::from_repo_toml(text, origin)?;
        self.apply_checked_config(&config, &Source::new(origin, Some(text)))
    }

    /// Applies a configuration whose terms [`check_items`] has accepted.
    /// Every check runs before anything changes.
    fn apply_checked_config(
        &mut self,
        config: &LexiconConfig,
        src: &Source<'_>,
    ) -> Result<(), LexiconError> {
        let mut standards = self.contents().standards.clone();
        standards.extend(config.standard.iter().map(|s| (s.key.clone(), s.clone())));
        check_citations(&config.term, &standards, src)?;
        let known = |id: &String| {
            self.contents().entries.iter().any(|e| &e.id == id)
                || config.term.iter().any(|e| &e.id == id)
        };
        let unknown = |field: &'static str, id: &str| LexiconError::UnknownId {
            origin: src.origin.to_string(),
            line: src.line_of(id, None),
            field,
            id: id.to_string(),
        };
        if let Some(id) = config.disable.iter().find(|id| !known(id)) {
            return Err(unknown("disable", id));
        }
        if let Some(id) = config.severity.keys().find(|id| !known(id)) {
            return Err(unknown("severity", id));
        }
        let contents = self.contents_mut();
        contents.standards = standards;
        contents.merge(config.term.clone(), config.scope.clone());
        contents.entries.retain(|e| !config.disable.contains(&e.id));
        for entry in &mut contents.entries {
            if let Some(severity) = config.severity.get(&entry.id) {
                entry.severity = *severity;
            }
        }
        self.rebuild();
        Ok(())
    }

    fn add_standards(&mut self, standards: impl IntoIterator<Item = Standard>) {
        self.contents_mut().add_standards(standards);
    }

    /// Recompiles the per-language matchers from the entries and scope terms.
    fn rebuild(&mut self) {
        self.index = [Language::En, Language::Ru, Language::Kk]
            .into_iter()
            .map(|lang| (lang, std::sync::OnceLock::new()))
            .collect();
    }

    /// The matchers for one language, built on first use.
    fn matchers(&self, lang: Language) -> Option<&(Matcher, Matcher)> {
        let cell = self.index.get(&lang)?;
        Some(cell.get_or_init(|| {
            let contents = self.contents();
            let terms = Matcher::build(
                contents
                    .entries
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.language == lang)
                    .map(|(i, e)| (i, e.patterns.as_slice())),
            );
            let scope = Matcher::build(
                contents
                    .scope
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.language == lang)
                    .map(|(i, s)| (i, s.patterns.as_slice())),
            );
            (terms, scope)
        }))
    }

    /// All entries, in every language, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.contents().entries
    }

    /// The entry with this id in this language.
    pub fn entry(&self, id: &str, lang: Language) -> Option<&Entry> {
        self.contents()
            .entries
            .iter()
            .find(|e| e.id == id && e.language == lang)
    }

    /// All scope terms, in every language.
    pub fn scope_terms(&self) -> &[ScopeTerm] {
        &self.contents().scope
    }

    /// The standards table, by key.
    pub fn standards(&self) -> &BTreeMap<String, Standard> {
        &self.contents().standards
    }

    /// The standard with this key.
    pub fn standard(&self, key: &str) -> Option<&Standard> {
        self.contents().standards.get(key)
    }

    /// Every occurrence of a vague term in `text`, in text order (see the module docs on overlaps).
    pub fn find(&self, text: &str, lang: Language) -> Vec<TermMatch<'_>> {
        let Some((matcher, _)) = self.matchers(lang) else {
            return Vec::new();
        };
        matcher
            .find(text)
            .into_iter()
            .filter_map(|(owner, span)| {
                Some(TermMatch {
                    entry: self.contents().entries.get(owner)?,
                    matched: text.get(span.clone())?.to_string(),
                    span,
                })
            })
            .collect()
    }

    /// How often each term occurs in `text`, by id; terms that do not occur are absent.
    pub fn count_by_term(&self, text: &str, lang: Language) -> BTreeMap<&str, usize> {
        counts(&self.find(text, lang))
    }

    /// The terms whose count differs between `old` and `new`, by id.
    ///
    /// A term is introduced when it occurs more often in the new text than
    /// in the old ([`TermChange::is_introduced`]).
    pub fn term_changes(&self, old: &str, new: &str, lang: Language) -> Vec<TermChange<'_>> {
        changes_between(&self.find(old, lang), &self.find(new, lang))
    }

    /// Every occurrence of a scope term in `text`, in text order.
    pub fn find_scope(&self, text: &str, lang: Language) -> Vec<ScopeMatch<'_>> {
        let Some((_, matcher)) = self.matchers(lang) else {
            return Vec::new();
        };
        matcher
            .find(text)
            .into_iter()
            .filter_map(|(owner, span)| {
                Some(ScopeMatch {
                    term: self.contents().scope.get(owner)?,
                    matched: text.get(span.clone())?.to_string(),
                    span,
                })
            })
            .collect()
    }

    /// The canonical names (ids) of the scope terms that occur in `text`.
    pub fn scope_terms_in(&self, text: &str, lang: Language) -> BTreeSet<String> {
        self.find_scope(text, lang)
            .into_iter()
            .map(|m| m.term.id.clone())
            .collect()
    }
}

/// Occurrences per term id.
fn counts<'a>(matches: &[TermMatch<'a>]) -> BTreeMap<&'a str, usize> {
    let mut counts = BTreeMap::new();
    for m in matches {
        *counts.entry(m.entry.id.as_str()).or_insert(0) += 1;
    }
    counts
}

/// The terms whose count differs between two sets of matches, by id.
pub fn changes_between<'a>(old: &[TermMatch<'a>], new: &[TermMatch<'a>]) -> Vec<TermChange<'a>> {
    let old_counts = counts(old);
    let new_counts = counts(new);
    let ids: BTreeSet<&str> = old_counts
        .keys()
        .chain(new_counts.keys())
        .copied()
        .collect();
    ids.into_iter()
        .map(|id| TermChange {
            id,
            old: old_counts.get(id).copied().unwrap_or(0),
            new: new_counts.get(id).copied().unwrap_or(0),
        })
        .filter(|c| c.old != c.new)
        .collect()
}

// ---------------------------------------------------------------------------
// Normalisation and words

/// Lowercases `c` and reads `ё` as `е`, but only when the result has the
/// same UTF-8 length, so that byte offsets in the folded text are offsets in
/// the original and spans need no mapping table.
fn fold_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'ё' | 'Ё' => 'е',
        // Already lower case or never cased: the bulk of a Russian text.
        _ if c.is_ascii() => c,
        'а'..='я' | '\u{0450}'..='\u{045F}' | '\u{2000}'..='\u{206F}' | '\u{00A0}'..='\u{00BF}' => {
            c
        }
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
        // Cyrillic extensions used by Kazakh (Ғ, Қ, Ң, Ү, Ұ, Һ, Ә, Ө):
        // upper case at even code points, lower case at the odd one after.
        '\u{048A}'..='\u{04BF}' | '\u{04D0}'..='\u{04FF}' => {
            char::from_u32(c as u32 | 1).unwrap_or(c)
        }
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        }
    }
}

/// The text folded for matching, as UTF-8 bytes; byte offsets and character
/// boundaries are the same as in `text`, so word boundaries are read from
/// `text` and only the automaton reads the folded bytes.
///
/// This pass runs over every byte of a whole code, so ASCII and the
/// two-byte Russian letters are folded on bytes; other characters go
/// through [`fold_char`].
fn fold_text(text: &str) -> Vec<u8> {
    let mut out = text.as_bytes().to_vec();
    let n = out.len();
    let mut i = 0;
    while i < n {
        let b = out[i];
        if b.is_ascii() {
            // From an ASCII byte, eight at a time while they are all ASCII:
            // each upper-case letter gains 0x20.
            if let Some(chunk) = out.get(i..i + 8) {
                let mut word = [0; 8];
                word.copy_from_slice(chunk);
                let x = u64::from_le_bytes(word);
                if x & 0x8080_8080_8080_8080 == 0 {
                    // With no byte above 0x7F the sums stay within each byte:
                    // the high bit says b >= 'A' and not b >= '[' (one past 'Z').
                    let upper = (x + 0x3F3F_3F3F_3F3F_3F3F) & !(x + 0x2525_2525_2525_2525);
                    let lower = x | ((upper & 0x8080_8080_8080_8080) >> 2);
                    out[i..i + 8].copy_from_slice(&lower.to_le_bytes());
                    i += 8;
                    continue;
                }
            }
            out[i] = b.to_ascii_lowercase();
            i += 1;
            continue;
        }
        if (b == 0xD0 || b == 0xD1) && i + 1 < n {
            let b2 = out[i + 1];
            // Lower-case Russian letters (the bulk of the text) fall through.
            let folded = match (b, b2) {
                (0xD0, 0x81) | (0xD1, 0x91) => Some([0xD0, 0xB5]), // Ё, ё → е
                (0xD0, 0x80..=0x8F) => Some([0xD1, b2 + 0x10]),    // Ѐ..Џ → ѐ..џ
                (0xD0, 0x90..=0x9F) => Some([0xD0, b2 + 0x20]),    // А..П → а..п
                (0xD0, 0xA0..=0xAF) => Some([0xD1, b2 - 0x20]),    // Р..Я → р..я
                (0xD1, 0xA0..=0xBF) => Some(fold_two(b, b2)),      // archaic pairs
                _ => None,
            };
            if let Some([x, y]) = folded {
                out[i] = x;
                out[i + 1] = y;
            }
            i += 2;
            continue;
        }
        // Any other character: fold it whole and skip its bytes.
        match text.get(i..).and_then(|rest| rest.chars().next()) {
            Some(c) => {
                let folded = fold_char(c);
                if folded != c {
                    let mut buf = [0; 4];
                    let bytes = folded.encode_utf8(&mut buf).as_bytes();
                    if let Some(slot) = out.get_mut(i..i + bytes.len()) {
                        slot.copy_from_slice(bytes);
                    }
                }
                i += c.len_utf8();
            }
            None => i += 1,
        }
    }
    out
}

/// Folds a two-byte character through [`fold_char`].
fn fold_two(b1: u8, b2: u8) -> [u8; 2] {
    let folded = std::str::from_utf8(&[b1, b2])
        .ok()
        .and_then(|s| s.chars().next())
        .map(fold_char);
    let mut buf = [0; 4];
    match folded.map(|c| c.encode_utf8(&mut buf).as_bytes().to_vec()) {
        Some(bytes) if bytes.len() == 2 => [bytes[0], bytes[1]],
        _ => [b1, b2],
    }
}

/// A letter or digit: part of a word.
fn is_word_char(c: char) -> bool {
    // The Cyrillic block minus its signs and combining marks (U+0482..U+0489)
    // answers the common case without Unicode table lookups.
    c.is_ascii_alphanumeric()
        || matches!(c, '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}')
        || (!c.is_ascii() && c.is_alphanumeric())
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Punctuation that ends a clause: no match continues past it.
fn is_clause_end(c: char) -> bool {
    matches!(c, '.' | ';' | ':' | '!' | '?' | '…')
}

/// The end of the word that continues at byte `at`, across joining hyphens.
fn word_end(text: &str, mut at: usize) -> usize {
    let mut chars = text[at..].chars().peekable();
    while let Some(c) = chars.next() {
        let joins = is_hyphen(c) && chars.peek().copied().is_some_and(is_word_char);
        if !is_word_char(c) && !joins {
            break;
        }
        at += c.len_utf8();
    }
    at
}

/// The next word at or after byte `at`, unless the clause ends first
/// (clause punctuation or a blank line): its byte range, and whether only
/// whitespace separates it from `at`.
fn next_word(text: &str, at: usize) -> Option<(Range<usize>, bool)> {
    let mut newlines = 0;
    let mut spaced_only = true;
    for (i, c) in text[at..].char_indices() {
        if is_word_char(c) {
            let start = at + i;
            return Some((start..word_end(text, start), spaced_only));
        }
        spaced_only &= c.is_whitespace();
        if is_clause_end(c) {
            return None;
        }
        if c == '\n' {
            newlines += 1;
            if newlines == 2 {
                return None;
            }
        } else if !c.is_whitespace() {
            newlines = 0;
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Patterns

/// One element of a parsed pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum PatElem {
    /// A word: its alternatives as (folded literal, is a prefix); `tight`
    /// when only whitespace may separate it from the previous word.
    Word {
        alts: Vec<(String, bool)>,
        optional: bool,
        tight: bool,
    },
    /// Up to this many other words.
    Gap(u8),
}

/// Parses one pattern; the error says what is wrong in a few words.
fn parse_pattern(pattern: &str) -> Result<Vec<PatElem>, String> {
    let mut elems = Vec::new();
    for item in pattern.split_whitespace() {
        if let Some(n) = item.strip_prefix("...") {
            let n = if n.is_empty() {
                DEFAULT_GAP
            } else {
                match n.parse::<u8>() {
                    Ok(n) if (1..=MAX_GAP).contains(&n) => n,
                    _ => {
                        return Err(format!(
                            "gap {item:?} must be \"...\" or \"...N\" with N from 1 to {MAX_GAP}"
                        ));
                    }
                }
            };
            if matches!(elems.last(), Some(PatElem::Gap(_))) {
                return Err("two gaps in a row".to_string());
            }
            elems.push(PatElem::Gap(n));
            continue;
        }
        for (i, part) in item.split('+').enumerate() {
            let (word, optional) = match part.strip_suffix('?') {
                Some(word) => (word, true),
                None => (part, false),
            };
            let mut alts = Vec::new();
            for alt in word.split('|') {
                if alt.contains(['{', '}']) {
                    for expanded in expand_braces(alt)? {
                        alts.push(parse_alternative(&expanded)?);
                    }
                } else {
                    // Most alternatives have no braces: no copy to expand.
                    alts.push(parse_alternative(alt)?);
                }
            }
            elems.push(PatElem::Word {
                alts,
                optional,
                tight: i > 0,
            });
        }
    }
    match elems.first() {
        None => return Err("empty pattern".to_string()),
        Some(PatElem::Word {
            optional: false, ..
        }) => {}
        Some(_) => return Err("the first element must be a required word".to_string()),
    }
    if matches!(elems.last(), Some(PatElem::Gap(_))) {
        return Err("a pattern cannot end with a gap".to_string());
    }
    Ok(elems)
}

/// Expands one `stem{a,b}suffix` group; words without braces pass through.
fn expand_braces(alt: &str) -> Result<Vec<String>, String> {
    let Some(open) = alt.find('{') else {
        if alt.contains('}') {
            return Err(format!("unbalanced braces in {alt:?}"));
        }
        return Ok(vec![alt.to_string()]);
    };
    let close = alt[open..]
        .find('}')
        .map(|i| open + i)
        .ok_or_else(|| format!("unbalanced braces in {alt:?}"))?;
    let (head, body, tail) = (&alt[..open], &alt[open + 1..close], &alt[close + 1..]);
    if body.contains('{') || tail.contains('{') || tail.contains('}') {
        return Err(format!("only one brace group per word: {alt:?}"));
    }
    Ok(body
        .split(',')
        .map(|ending| format!("{head}{}{tail}", ending.trim()))
        .collect())
}

/// Parses one alternative (`word` or `stem*`) into its folded literal.
fn parse_alternative(alt: &str) -> Result<(String, bool), String> {
    let (body, prefix) = match alt.strip_suffix('*') {
        Some(body) => (body, true),
        None => (alt, false),
    };
    if body.is_empty() {
        return Err("empty word or alternative".to_string());
    }
    let mut prev_hyphen = true;
    for c in body.chars() {
        if is_hyphen(c) {
            if prev_hyphen {
                return Err(format!("misplaced hyphen in {alt:?}"));
            }
            prev_hyphen = true;
        } else if is_word_char(c) {
            prev_hyphen = false;
        } else {
            return Err(format!(
                "{c:?} in {alt:?}: words hold letters, digits and inner hyphens; punctuation between words is ignored"
            ));
        }
    }
    if prev_hyphen {
        return Err(format!("misplaced hyphen in {alt:?}"));
    }
    if prefix && body.chars().count() < MIN_STEM_CHARS {
        return Err(format!(
            "stem {body:?} is shorter than {MIN_STEM_CHARS} letters and would match too much"
        ));
    }
    let mut folded = String::with_capacity(body.len());
    folded.extend(body.chars().map(fold_char));
    Ok((folded, prefix))
}

// ---------------------------------------------------------------------------
// The matcher

/// A compiled pattern element; words refer to a deduplicated word spec.
#[derive(Debug, Clone, Copy)]
enum Elem {
    Word {
        spec: u32,
        optional: bool,
        tight: bool,
    },
    Gap(u8),
}

#[derive(Debug, Clone)]
struct Compiled {
    owner: usize,
    elems: Vec<Elem>,
}

/// The words a pattern word accepts: folded literals, each exact or a prefix.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Spec(Vec<(String, bool)>);

impl Spec {
    /// Whether the folded word `word` is one this spec accepts.
    fn accepts(&self, word: &[u8]) -> bool {
        self.0.iter().any(|(lit, prefix)| {
            if *prefix {
                word.starts_with(lit.as_bytes())
            } else {
                word == lit.as_bytes()
            }
        })
    }
}

/// An automaton literal: the word spec it belongs to, and whether it is a prefix.
#[derive(Debug, Clone, Copy)]
struct Literal {
    spec: u32,
    prefix: bool,
}

/// Word lists in the lexicon's pattern syntax, compiled once: what finding
/// rules use to recognise their own words (intent, verbs of conduct, the
/// verbs of a restriction) with the same inflection and clause rules.
#[derive(Debug, Clone)]
pub struct Patterns {
    matcher: Matcher,
}

impl Patterns {
    /// Compiles one list of patterns per owner; the owner is the list's index.
    ///
    /// Lists are built in the code, so a pattern that does not parse is a
    /// bug that the rules' own tests catch (it matches nothing).
    pub fn new(lists: &[&[&str]]) -> Patterns {
        let owned: Vec<Vec<String>> = lists
            .iter()
            .map(|list| list.iter().map(|p| (*p).to_string()).collect())
            .collect();
        Patterns {
            matcher: Matcher::build(owned.iter().enumerate().map(|(i, l)| (i, l.as_slice()))),
        }
    }

    /// Whether every pattern of every list parses (for the rules' tests).
    pub fn all_parse(lists: &[&[&str]]) -> Result<(), String> {
        for pattern in lists.iter().flat_map(|l| l.iter()) {
            parse_pattern(pattern).map_err(|e| format!("{pattern:?}: {e}"))?;
        }
        Ok(())
    }

    /// Matches in `text`: (list index, byte span), in text order, overlaps resolved as for terms.
    pub fn find(&self, text: &str) -> Vec<(usize, Range<usize>)> {
        self.matcher.find(text)
    }

    /// Whether any pattern of any list occurs in `text`.
    pub fn any_in(&self, text: &str) -> bool {
        self.matcher.any(text)
    }
}

/// Finds the patterns of many owners (entries or scope terms) in one pass.
///
/// A trie over the literals of the words that start a pattern finds, in
/// one pass over the folded text that stops only at word starts, where a
/// match may begin; only there are the following words read and compared
/// with the pattern. Words that never start a pattern ("и", "of") stay out
/// of the trie, so most words end the walk at their first byte.
#[derive(Debug, Clone, Default)]
struct Matcher {
    starts: Trie,
    /// Per trie literal id: the starting word specs that literal belongs to.
    literals: Vec<Vec<Literal>>,
    specs: Vec<Spec>,
    patterns: Vec<Compiled>,
    /// Per word spec: the patterns that start with it.
    by_first: Vec<Vec<u32>>,
}

impl Matcher {
    /// Compiles the patterns of `owners`; patterns that do not parse are
    /// skipped, as every way into a lexicon has validated them already.
    fn build<'a>(owners: impl Iterator<Item = (usize, &'a [String])>) -> Matcher {
        let mut spec_ids: HashMap<Spec, u32> = HashMap::new();
        let mut matcher = Matcher::default();
        for (owner, patterns) in owners {
            for pattern in patterns {
                let Ok(parsed) = parse_pattern(pattern) else {
                    continue;
                };
                let elems: Vec<Elem> = parsed
                    .into_iter()
                    .map(|elem| match elem {
                        PatElem::Gap(n) => Elem::Gap(n),
                        PatElem::Word {
                            mut alts,
                            optional,
                            tight,
                        } => {
                            alts.sort();
                            alts.dedup();
                            let spec = *spec_ids.entry(Spec(alts)).or_insert_with_key(|spec| {
                                matcher.specs.push(spec.clone());
                                matcher.by_first.push(Vec::new());
                                matcher.specs.len() as u32 - 1
                            });
                            Elem::Word {
                                spec,
                                optional,
                                tight,
                            }
                        }
                    })
                    .collect();
                if let Some(Elem::Word { spec, .. }) = elems.first() {
                    matcher.by_first[*spec as usize].push(matcher.patterns.len() as u32);
                    matcher.patterns.push(Compiled { owner, elems });
                }
            }
        }
        let mut literal_ids: HashMap<&str, usize> = HashMap::new();
        let mut literal_texts: Vec<&str> = Vec::new();
        let mut literals: Vec<Vec<Literal>> = Vec::new();
        for (spec, starts) in matcher.specs.iter().zip(&matcher.by_first) {
            if starts.is_empty() {
                continue;
            }
            let spec_id = spec_ids.get(spec).copied().unwrap_or_default();
            for (text, prefix) in &spec.0 {
                let id = *literal_ids.entry(text).or_insert_with(|| {
                    literal_texts.push(text);
                    literals.push(Vec::new());
                    literals.len() - 1
                });
                literals[id].push(Literal {
                    spec: spec_id,
                    prefix: *prefix,
                });
            }
        }
        matcher.starts = Trie::build(&literal_texts);
        matcher.literals = literals;
        matcher
    }

    /// Matches in `text`: (owner, byte span), in text order.
    fn find(&self, text: &str) -> Vec<(usize, Range<usize>)> {
        if self.starts.is_empty() {
            return Vec::new();
        }
        let prepared = Prepared::of(text);
        let folded = &prepared.folded;
        let mut anchors = Vec::new();
        self.starts.scan(&prepared, |start, literal, lit_end| {
            let end = word_end(text, lit_end);
            for lit in &self.literals[literal] {
                if lit.prefix || end == lit_end {
                    anchors.push((start, lit.spec, end));
                }
            }
            true
        });
        // Two literals of one spec can both fit a word ("ложн*", "ложной").
        anchors.sort_unstable();
        anchors.dedup();

        let cx = Cx {
            text,
            folded,
            specs: &self.specs,
        };
        let mut candidates = Vec::new();
        let mut words = Vec::new();
        for &(start, spec, end) in &anchors {
            for &p in &self.by_first[spec as usize] {
                let pattern = &self.patterns[p as usize];
                words.clear();
                words.push(start);
                if let Some(last) = cx.match_rest(&pattern.elems[1..], end, &mut words) {
                    candidates.push(Candidate {
                        owner: pattern.owner,
                        span: start..last,
                        words: words.clone(),
                    });
                }
            }
        }
        resolve_overlaps(candidates)
    }

    /// Whether any pattern matches in `text`: what [`Matcher::find`] would
    /// answer non-empty for (resolving overlaps keeps at least one match),
    /// stopping at the first match.
    fn any(&self, text: &str) -> bool {
        if self.starts.is_empty() {
            return false;
        }
        let prepared = Prepared::of(text);
        let folded = &prepared.folded;
        let cx = Cx {
            text,
            folded,
            specs: &self.specs,
        };
        let mut words = Vec::new();
        let mut found = false;
        self.starts.scan(&prepared, |start, literal, lit_end| {
            let end = word_end(text, lit_end);
            for lit in &self.literals[literal] {
                if !(lit.prefix || end == lit_end) {
                    continue;
                }
                for &p in &self.by_first[lit.spec as usize] {
                    let pattern = &self.patterns[p as usize];
                    words.clear();
                    words.push(start);
                    if cx
                        .match_rest(&pattern.elems[1..], end, &mut words)
                        .is_some()
                    {
                        found = true;
                        return false;
                    }
                }
            }
            true
        });
        found
    }
}

/// No node: the end of a walk.
const NO_NODE: u32 = u32::MAX;

/// A trie over folded literals, walked from each word start of a text.
///
/// The root's children are a table by byte, as every word start reads it;
/// deeper nodes keep their few children as a sorted run of edges.
#[derive(Debug, Clone)]
struct Trie {
    root: Box<[u32; 256]>,
    /// Per node: its edges in `edges`, and the literal ending there.
    nodes: Vec<TrieNode>,
    /// Edges as (byte, child), each node's run sorted by byte.
    edges: Vec<(u8, u32)>,
}

#[derive(Debug, Clone, Copy)]
struct TrieNode {
    first_edge: u32,
    edge_count: u32,
    /// The literal id ending at this node, or [`NO_NODE`].
    literal: u32,
}

impl Default for Trie {
    fn default() -> Self {
        Trie {
            root: Box::new([NO_NODE; 256]),
            nodes: Vec::new(),
            edges: Vec::new(),
        }
    }
}

impl Trie {
    /// The trie of `literals`; a literal's id is its index.
    fn build(literals: &[&str]) -> Trie {
        // Children while building: per node, (byte, child) in insertion order.
        let mut children: Vec<Vec<(u8, u32)>> = Vec::new();
        let mut ends: Vec<u32> = Vec::new();
        let mut trie = Trie::default();
        for (id, lit) in literals.iter().enumerate() {
            let bytes = lit.as_bytes();
            let Some((&first, rest)) = bytes.split_first() else {
                continue;
            };
            let mut node = trie.root[first as usize];
            if node == NO_NODE {
                node = children.len() as u32;
                children.push(Vec::new());
                ends.push(NO_NODE);
                trie.root[first as usize] = node;
            }
            for &b in rest {
                let found = children[node as usize]
                    .iter()
                    .find(|(e, _)| *e == b)
                    .map(|(_, c)| *c);
                node = match found {
                    Some(child) => child,
                    None => {
                        let child = children.len() as u32;
                        children.push(Vec::new());
                        ends.push(NO_NODE);
                        children[node as usize].push((b, child));
                        child
                    }
                };
            }
            if ends[node as usize] == NO_NODE {
                ends[node as usize] = id as u32;
            }
        }
        for (mut edges, literal) in children.into_iter().zip(ends) {
            edges.sort_unstable();
            trie.nodes.push(TrieNode {
                first_edge: trie.edges.len() as u32,
                edge_count: edges.len() as u32,
                literal,
            });
            trie.edges.extend(edges);
        }
        trie
    }

    fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Calls `hit(start, literal, end)` for every literal that the folded
    /// text holds at one of its word starts, until `hit` answers false.
    fn scan(&self, text: &Prepared, mut hit: impl FnMut(usize, usize, usize) -> bool) {
        let folded = text.folded.as_slice();
        let n = folded.len();
        for &start in &text.starts {
            let i = start as usize;
            let Some(&first) = folded.get(i) else {
                continue;
            };
            let mut node = self.root[first as usize];
            let mut j = i + 1;
            while node != NO_NODE {
                let info = self.nodes[node as usize];
                if info.literal != NO_NODE && !hit(i, info.literal as usize, j) {
                    return;
                }
                if j >= n {
                    break;
                }
                let next = folded[j];
                let from = info.first_edge as usize;
                let run = &self.edges[from..from + info.edge_count as usize];
                node = NO_NODE;
                for &(e, child) in run {
                    if e >= next {
                        if e == next {
                            node = child;
                        }
                        break;
                    }
                }
                j += 1;
            }
        }
    }
}

/// Texts longer than this are prepared for each search and not kept: the
/// rules read provisions, a few kilobytes each, many times over.
const MAX_KEPT_TEXT: usize = 64 * 1024;

/// How many prepared texts each thread keeps, the most recent first.
const KEPT_TEXTS: usize = 32;

/// A text prepared for matching: its folded bytes and its word starts.
///
/// Every rule searches the same provision texts with its own patterns, so
/// each thread keeps the last few texts it prepared and folds a text once.
#[derive(Debug)]
struct Prepared {
    text: Box<str>,
    folded: Vec<u8>,
    /// Byte offsets where a word starts: a word character after neither a
    /// word character nor a hyphen joined to a word before it.
    starts: Vec<u32>,
}

thread_local! {
    static PREPARED: RefCell<Vec<Rc<Prepared>>> = const { RefCell::new(Vec::new()) };
}

impl Prepared {
    /// The prepared `text`, from this thread's recent texts when it is one.
    fn of(text: &str) -> Rc<Prepared> {
        if text.len() > MAX_KEPT_TEXT || text.len() > u32::MAX as usize {
            return Rc::new(Prepared::new(text));
        }
        PREPARED.with(|cell| {
            let mut kept = cell.borrow_mut();
            if let Some(pos) = kept.iter().position(|p| *p.text == *text) {
                let found = kept.remove(pos);
                kept.insert(0, Rc::clone(&found));
                return found;
            }
            let made = Rc::new(Prepared::new(text));
            kept.insert(0, Rc::clone(&made));
            kept.truncate(KEPT_TEXTS);
            made
        })
    }

    fn new(text: &str) -> Prepared {
        Prepared {
            text: text.into(),
            folded: fold_text(text),
            starts: word_starts(text),
        }
    }
}

/// The byte offsets where words start in `text` (see [`Prepared::starts`]).
fn word_starts(text: &str) -> Vec<u32> {
    let bytes = text.as_bytes();
    let mut starts = Vec::with_capacity(bytes.len() / 6);
    // Whether the previous character is a word character, and whether it is
    // a hyphen joined to a word before it: "non-" and "-profit" make one word.
    let mut prev_word = false;
    let mut prev_joins = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII letters and digits, and the Cyrillic letters U+0400..U+047F
        // (lead byte 0xD0 or 0xD1), the bulk of a text, are read on bytes.
        let plain = |b: u8| b.is_ascii_alphanumeric() || b == 0xD0 || b == 0xD1;
        if plain(b) {
            if !prev_word && !prev_joins {
                starts.push(i as u32);
            }
            // The rest of such a word holds no start.
            i += if b.is_ascii() { 1 } else { 2 };
            while let Some(&b) = bytes.get(i)
                && plain(b)
            {
                i += if b.is_ascii() { 1 } else { 2 };
            }
            prev_word = true;
            prev_joins = false;
            continue;
        }
        let (len, word, hyphen) = if b.is_ascii() {
            (1, false, b == b'-')
        } else {
            match crate::util::char_at(text, i) {
                Some((c, len)) => (len, is_word_char(c), is_hyphen(c)),
                None => (1, false, false),
            }
        };
        if word && !prev_word && !prev_joins {
            starts.push(i as u32);
        }
        prev_joins = hyphen && prev_word;
        prev_word = word;
        i += len;
    }
    starts
}

/// What matching the rest of a pattern reads: the text, its folded bytes
/// and the word specs.
struct Cx<'a> {
    text: &'a str,
    folded: &'a [u8],
    specs: &'a [Spec],
}

impl Cx<'_> {
    /// Matches `elems` against the words after byte `at`; returns the end of
    /// the last matched word, and records the matched words' starts.
    /// Gaps are lazy (the shortest gap wins) and optional words greedy.
    fn match_rest(&self, elems: &[Elem], at: usize, words: &mut Vec<usize>) -> Option<usize> {
        let Some((first, rest)) = elems.split_first() else {
            return Some(at);
        };
        match *first {
            Elem::Word {
                spec,
                optional,
                tight,
            } => {
                if let Some((word, spaced_only)) = next_word(self.text, at) {
                    let accepted = (spaced_only || !tight)
                        && self.folded.get(word.clone()).is_some_and(|w| {
                            self.specs.get(spec as usize).is_some_and(|s| s.accepts(w))
                        });
                    if accepted {
                        words.push(word.start);
                        if let Some(last) = self.match_rest(rest, word.end, words) {
                            return Some(last);
                        }
                        words.pop();
                    }
                }
                if optional {
                    self.match_rest(rest, at, words)
                } else {
                    None
                }
            }
            Elem::Gap(n) => {
                let mut pos = at;
                for skipped in 0..=n {
                    if let Some(last) = self.match_rest(rest, pos, words) {
                        return Some(last);
                    }
                    if skipped == n {
                        break;
                    }
                    match next_word(self.text, pos) {
                        Some((word, _)) => pos = word.end,
                        None => break,
                    }
                }
                None
            }
        }
    }
}

/// A possible match before overlaps are resolved.
#[derive(Debug, Clone)]
struct Candidate {
    owner: usize,
    span: Range<usize>,
    /// Start offsets of the matched words (not of words skipped by gaps).
    words: Vec<usize>,
}

/// Merges matches of the same owner that share a word (one occurrence of
/// a term found by two of its patterns), then keeps the matches with the
/// most words and drops a match whose words all belong to matches already
/// kept. Returns (owner, span) in text order.
fn resolve_overlaps(mut candidates: Vec<Candidate>) -> Vec<(usize, Range<usize>)> {
    candidates.sort_by_key(|c| (c.owner, c.span.start, c.span.end));
    let mut merged: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        // Candidates are sorted by owner and start, so a candidate can only
        // share a word with the most recent group of its owner.
        match merged.last_mut() {
            Some(last)
                if last.owner == c.owner && c.words.iter().any(|w| last.words.contains(w)) =>
            {
                last.span = last.span.start.min(c.span.start)..last.span.end.max(c.span.end);
                for w in c.words {
                    if !last.words.contains(&w) {
                        last.words.push(w);
                    }
                }
            }
            _ => merged.push(c),
        }
    }
    merged.sort_by(|a, b| {
        b.words
            .len()
            .cmp(&a.words.len())
            .then((b.span.end - b.span.start).cmp(&(a.span.end - a.span.start)))
            .then(a.span.start.cmp(&b.span.start))
            .then(a.owner.cmp(&b.owner))
    });
    let mut claimed = HashSet::new();
    let mut kept = Vec::new();
    for c in merged {
        if c.words.iter().all(|w| claimed.contains(w)) {
            continue;
        }
        claimed.extend(c.words.iter().copied());
        kept.push((c.owner, c.span));
    }
    kept.sort_by_key(|(owner, span)| (span.start, span.end, *owner));
    kept
}

#[cfg(test)]
mod tests;
