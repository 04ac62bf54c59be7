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
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use serde::{Deserialize, Serialize};

use crate::statute::Language;

/// The largest gap (`...N`) a pattern may allow between two of its words.
pub const MAX_GAP: u8 = 30;

/// The gap that a bare `...` allows.
const DEFAULT_GAP: u8 = 3;

/// Stems shorter than this would match too many unrelated words.
const MIN_STEM_CHARS: usize = 3;

const BUILTIN_STANDARDS: (&str, &str) = (
    "data/lexicon/standards.toml",
    include_str!("../../data/lexicon/standards.toml"),
);

const BUILTIN_FILES: [(&str, &str); 3] = [
    (
        "data/lexicon/en.toml",
        include_str!("../../data/lexicon/en.toml"),
    ),
    (
        "data/lexicon/ru.toml",
        include_str!("../../data/lexicon/ru.toml"),
    ),
    (
        "data/lexicon/kk.toml",
        include_str!("../../data/lexicon/kk.toml"),
    ),
];

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
    entries: Vec<Entry>,
    scope: Vec<ScopeTerm>,
    standards: BTreeMap<String, Standard>,
    /// Per language: the matcher for entries and the one for scope terms.
    /// Reset whenever entries change and built on first use, so a run pays
    /// only for the languages it reads and matching never re-parses patterns.
    index: BTreeMap<Language, std::sync::OnceLock<(Matcher, Matcher)>>,
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
    pub fn builtin() -> Lexicon {
        Self::load_builtin()
            .expect("built-in lexicon data is valid (checked by the lexicon unit tests)")
    }

    fn load_builtin() -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::with_builtin_standards()?;
        for (origin, text) in BUILTIN_FILES {
            lexicon.add_file(text, origin)?;
        }
        lexicon.rebuild();
        Ok(lexicon)
    }

    /// A lexicon with no terms, holding the built-in standards table.
    fn with_builtin_standards() -> Result<Lexicon, LexiconError> {
        let (origin, text) = BUILTIN_STANDARDS;
        let file: LexiconFile = parse_toml(text, origin)?;
        let mut lexicon = Lexicon {
            entries: Vec::new(),
            scope: Vec::new(),
            standards: BTreeMap::new(),
            index: BTreeMap::new(),
        };
        lexicon.add_standards(file.standard);
        Ok(lexicon)
    }

    /// Reads a user lexicon file (`[[term]]`, `[[scope]]`, `[[standard]]`).
    ///
    /// The result holds only the file's terms; its entries may cite the
    /// built-in standards as well as the file's own. Merge it into another
    /// lexicon with [`Lexicon::extend`].
    pub fn from_toml(text: &str, origin: &str) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon::with_builtin_standards()?;
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
        check_citations(&file.term, &self.standards, &src)?;
        self.merge(file.term, file.scope);
        Ok(())
    }

    /// Merges `other` on top: its terms replace terms with the same id and language.
    pub fn extend(&mut self, other: Lexicon) {
        self.add_standards(other.standards.into_values());
        self.merge(other.entries, other.scope);
        self.rebuild();
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
        let mut standards = self.standards.clone();
        standards.extend(config.standard.iter().map(|s| (s.key.clone(), s.clone())));
        check_citations(&config.term, &standards, src)?;
        let known = |id: &String| {
            self.entries.iter().any(|e| &e.id == id) || config.term.iter().any(|e| &e.id == id)
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
        self.standards = standards;
        self.merge(config.term.clone(), config.scope.clone());
        self.entries.retain(|e| !config.disable.contains(&e.id));
        for entry in &mut self.entries {
            if let Some(severity) = config.severity.get(&entry.id) {
                entry.severity = *severity;
            }
        }
        self.rebuild();
        Ok(())
    }

    fn add_standards(&mut self, standards: impl IntoIterator<Item = Standard>) {
        for standard in standards {
            self.standards.insert(standard.key.clone(), standard);
        }
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
            let terms = Matcher::build(
                self.entries
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.language == lang)
                    .map(|(i, e)| (i, e.patterns.as_slice())),
            );
            let scope = Matcher::build(
                self.scope
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
        &self.entries
    }

    /// The entry with this id in this language.
    pub fn entry(&self, id: &str, lang: Language) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.id == id && e.language == lang)
    }

    /// All scope terms, in every language.
    pub fn scope_terms(&self) -> &[ScopeTerm] {
        &self.scope
    }

    /// The standards table, by key.
    pub fn standards(&self) -> &BTreeMap<String, Standard> {
        &self.standards
    }

    /// The standard with this key.
    pub fn standard(&self, key: &str) -> Option<&Standard> {
        self.standards.get(key)
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
                    entry: self.entries.get(owner)?,
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
                    term: self.scope.get(owner)?,
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

/// Whether a word starts at byte `at`: not inside a word, nor after a hyphen
/// that joins it to a preceding word.
fn is_word_start(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    match before.next() {
        None => true,
        Some(c) if is_word_char(c) => false,
        Some(c) if is_hyphen(c) => !before.next().is_some_and(is_word_char),
        Some(_) => true,
    }
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
                for expanded in expand_braces(alt)? {
                    alts.push(parse_alternative(&expanded)?);
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
    Ok((body.chars().map(fold_char).collect(), prefix))
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

/// Finds the patterns of many owners (entries or scope terms) in one pass.
///
/// An Aho-Corasick automaton over the literals of the words that start a
/// pattern finds, in one scan of the folded text, where a match may begin;
/// only there are the following words read and compared with the pattern.
/// Words that never start a pattern ("и", "of") stay out of the automaton,
/// so the scan reports few hits and the cost is one pass over the text.
#[derive(Debug, Clone, Default)]
struct Matcher {
    automaton: Option<AhoCorasick>,
    /// Per automaton pattern id: the starting word specs that literal belongs to.
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
        if !literal_texts.is_empty() {
            // Standard semantics with overlapping search report every literal
            // at every position, so "ложн" and "ложной" both hit the same word.
            matcher.automaton = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(&literal_texts)
                .or_else(|_| AhoCorasick::new(&literal_texts))
                .ok();
        }
        matcher.literals = literals;
        matcher
    }

    /// Matches in `text`: (owner, byte span), in text order.
    fn find(&self, text: &str) -> Vec<(usize, Range<usize>)> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let folded = fold_text(text);
        let mut anchors = Vec::new();
        for m in automaton.find_overlapping_iter(&folded) {
            let start = m.start();
            // Literals are whole characters, so a match starting on a
            // character boundary of `text` ends on one too.
            if !text.is_char_boundary(start) || !is_word_start(text, start) {
                continue;
            }
            let end = word_end(text, m.end());
            for lit in &self.literals[m.pattern().as_usize()] {
                if lit.prefix || end == m.end() {
                    anchors.push((start, lit.spec, end));
                }
            }
        }
        // Two literals of one spec can both fit a word ("ложн*", "ложной").
        anchors.sort_unstable();
        anchors.dedup();

        let cx = Cx {
            text,
            folded: &folded,
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
mod tests {
    use super::*;

    fn builtin() -> &'static Lexicon {
        use std::sync::OnceLock;
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::builtin)
    }

    /// The ids found in `text`, with the text each match covers.
    fn found(lexicon: &Lexicon, text: &str, lang: Language) -> Vec<(String, String)> {
        lexicon
            .find(text, lang)
            .into_iter()
            .map(|m| (m.entry.id.clone(), m.matched))
            .collect()
    }

    fn assert_finds(lang: Language, id: &str, text: &str, matched: &str) {
        let got = found(builtin(), text, lang);
        assert!(
            got.iter().any(|(i, m)| i == id && m == matched),
            "{lang}: expected {id:?} matching {matched:?} in {text:?}, got {got:?}"
        );
    }

    type Examples = &'static [(&'static str, &'static str)];

    /// Every row of the reference table (vague-terms.md): its id, then
    /// (text, matched text) examples in English and in Russian. Russian
    /// examples of rows found in the official texts are copied from them.
    const FLOOR: &[(&str, Examples, Examples)] = &[
        (
            "false-information",
            &[
                (
                    "false information - information that does not correspond to reality",
                    "false information",
                ),
                (
                    "for the dissemination of false information in the media on an online platform",
                    "false information",
                ),
                ("FALSE NEWS", "FALSE NEWS"),
            ],
            &[
                (
                    "3) ложная информация – информация, не соответствующая действительности",
                    "ложная информация",
                ),
                (
                    "1. Размещение, распространение ложной информации в масс-медиа, на интернет-ресурсе обладателя информации",
                    "ложной информации",
                ),
                (
                    "3) не размещать, не распространять ложную информацию;",
                    "ложную информацию",
                ),
                ("меры борьбы с ложной информацией", "ложной информацией"),
                ("ЛОЖНЫЕ СВЕДЕНИЯ", "ЛОЖНЫЕ СВЕДЕНИЯ"),
            ],
        ),
        (
            "knowingly-false-information",
            &[
                (
                    "Article 274. Dissemination of knowingly false information: 1. Dissemination",
                    "knowingly false information",
                ),
                (
                    "criminalises the \"dissemination of information that is known to be false\"",
                    "information that is known to be false",
                ),
                (
                    "Dissemination of deliberately false information - 290.",
                    "deliberately false information",
                ),
            ],
            &[
                (
                    "1. Распространение заведомо ложной информации, создающей опасность нарушения общественного порядка",
                    "заведомо ложной информации",
                ),
                (
                    "1. Клевета, то есть распространение заведомо ложных сведений, порочащих честь и достоинство другого лица",
                    "заведомо ложных сведений",
                ),
                (
                    "за заведомо ложную информацию",
                    "заведомо ложную информацию",
                ),
                ("Заведомо ложная информация", "Заведомо ложная информация"),
            ],
        ),
        (
            "interests-of-society-or-state",
            &[
                (
                    "substantial harm to the rights and legal interests of citizens or organization or the interests of society or the state, protected by the Law",
                    "interests of society or the state",
                ),
                (
                    "legally protected interests of society or the state",
                    "legally protected interests of society or the state",
                ),
            ],
            &[
                (
                    "правам и законным интересам граждан или организаций либо охраняемым законом интересам общества или государства, –",
                    "охраняемым законом интересам общества или государства",
                ),
                (
                    "прав и законных интересов граждан или организаций либо охраняемых законом интересов общества или государства, если эти действия не содержат признаков",
                    "охраняемых законом интересов общества или государства",
                ),
                (
                    "интересы общества или государства",
                    "интересы общества или государства",
                ),
            ],
        ),
        (
            "danger-to-public-order",
            &[
                (
                    "Dissemination of knowingly false information, creating a danger of violation of public order",
                    "danger of violation of public order",
                ),
                (
                    "if the information creates a risk of disturbance to public peace",
                    "risk of disturbance to public peace",
                ),
                (
                    "\"danger of public order disturbance\"",
                    "danger of public order disturbance",
                ),
            ],
            &[
                (
                    "создающей опасность нарушения общественного порядка или причинения существенного вреда",
                    "опасность нарушения общественного порядка",
                ),
                (
                    "пользователями онлайн-платформ, создающей условия нарушения общественного порядка, прав и законных интересов",
                    "создающей условия нарушения общественного порядка",
                ),
                (
                    "при угрозе нарушения общественного порядка",
                    "угрозе нарушения общественного порядка",
                ),
                (
                    "опасностью нарушения общественного порядка",
                    "опасностью нарушения общественного порядка",
                ),
            ],
        ),
        (
            "discord",
            &[
                (
                    "Article 174. Institution of social, national, generic, racial, class or religious discord",
                    "Institution of social, national, generic, racial, class or religious discord",
                ),
                (
                    "\"Inciting social, national, tribal, racial, class or religious hatred\"",
                    "Inciting social, national, tribal, racial, class or religious hatred",
                ),
                ("undefined terms such as \"discord\"", "discord"),
            ],
            &[
                (
                    "### Статья 174. Разжигание социальной, национальной, родовой, расовой, сословной или религиозной розни",
                    "Разжигание социальной, национальной, родовой, расовой, сословной или религиозной розни",
                ),
                (
                    "Умышленные действия, направленные на возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни",
                    "возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни",
                ),
                (
                    "литературы или иных носителей информации, пропагандирующих социальную, национальную, родовую, расовую, сословную или религиозную рознь, –",
                    "рознь",
                ),
                (
                    "подрыва безопасности государства, войны, разжигания социальной, расовой, национальной, религиозной, сословной и родовой розни, культа жестокости",
                    "разжигания социальной, расовой, национальной, религиозной, сословной и родовой розни",
                ),
                ("сеять рознью", "рознью"),
            ],
        ),
        (
            "insult-to-national-honour",
            &[
                (
                    "insult of the national honour and dignity or religious feelings of citizens",
                    "insult of the national honour and dignity or religious feelings",
                ),
                (
                    "such as \"insult to national honour and dignity\"",
                    "insult to national honour and dignity",
                ),
            ],
            &[
                (
                    "на оскорбление национальной чести и достоинства либо религиозных чувств граждан",
                    "оскорбление национальной чести и достоинства либо религиозных чувств",
                ),
                (
                    "за оскорбление религиозных чувств верующих",
                    "оскорбление религиозных чувств",
                ),
                (
                    "оскорбления национальной чести и достоинства",
                    "оскорбления национальной чести и достоинства",
                ),
            ],
        ),
        (
            "propaganda-of-superiority",
            &[
                (
                    "as well as propaganda of exclusivity, superiority or inferiority of citizens on grounds of their relation to religion",
                    "propaganda of exclusivity",
                ),
                (
                    "and advocating war, social, racial, national, religious, and clannish superiority",
                    "advocating war, social, racial, national, religious, and clannish superiority",
                ),
            ],
            &[
                (
                    "а равно пропаганда исключительности, превосходства либо неполноценности граждан по признаку их отношения к религии",
                    "пропаганда исключительности",
                ),
                (
                    "направленных на разжигание национальной, родовой, расовой, социальной и религиозной вражды, пропагандирующих сословную исключительность, войну",
                    "пропагандирующих сословную исключительность",
                ),
                (
                    "пропаганда или агитация культа жестокости и насилия, социального, расового, национального, религиозного, сословного и родового превосходства, разглашение",
                    "пропаганда или агитация культа жестокости и насилия, социального, расового, национального, религиозного, сословного и родового превосходства",
                ),
            ],
        ),
        (
            "social-group-or-class",
            &[
                (
                    "The prohibition of incitement to social hatred implies protection of \"social groups\" and \"classes.\"",
                    "social groups",
                ),
                (
                    "Institution of social, national, generic, racial, class or religious discord",
                    "class",
                ),
            ],
            &[
                (
                    "по признаку их отношения к религии, сословной, национальной, родовой или расовой принадлежности",
                    "сословной",
                ),
                (
                    "Разжигание социальной, национальной, родовой, расовой, сословной или религиозной розни",
                    "сословной",
                ),
                ("принадлежности к социальной группе", "социальной группе"),
                ("социальных групп", "социальных групп"),
            ],
        ),
        (
            "insult",
            &[
                (
                    "Article 131 broadly criminalises insult, which, if committed",
                    "insult",
                ),
                ("In cases of so-called \"slander\" or \"insult\"", "insult"),
            ],
            &[
                (
                    "1. Оскорбление, то есть унижение чести и достоинства другого лица, выраженное в неприличной форме, –",
                    "Оскорбление",
                ),
                (
                    "вызванного насилием, издевательством или тяжким оскорблением либо иными противозаконными",
                    "оскорблением",
                ),
                (
                    "которые не соответствуют моральным ценностям, оскорбляют честь и достоинство человека;",
                    "оскорбляют",
                ),
            ],
        ),
        (
            "honour-and-dignity",
            &[
                (
                    "Article 143. Protection of honor, dignity and business reputation",
                    "honor, dignity",
                ),
                (
                    "Dissemination of information that offends the honor and dignity of another person",
                    "honor and dignity",
                ),
                ("honour and dignity", "honour and dignity"),
            ],
            &[
                (
                    "то есть распространение заведомо ложных сведений, порочащих честь и достоинство другого лица",
                    "честь и достоинство",
                ),
                (
                    "1. Оскорбление, то есть унижение чести и достоинства другого лица",
                    "чести и достоинства",
                ),
                (
                    "сведений, не соответствующих действительности и порочащих его честь, достоинство и деловую репутацию",
                    "честь, достоинство",
                ),
                ("с честью и достоинством", "честью и достоинством"),
            ],
        ),
        (
            "propaganda-of-terrorism",
            &[
                (
                    "Article 256. Propaganda of terrorism or public calls to commit an act of terrorism",
                    "Propaganda of terrorism",
                ),
                (
                    "Propaganda of ideas of terrorism and extremism - 175.",
                    "Propaganda of ideas of terrorism",
                ),
            ],
            &[
                (
                    "1. Пропаганда терроризма или публичные призывы к совершению акта терроризма, а равно изготовление",
                    "Пропаганда терроризма",
                ),
                (
                    "сословной и родовой розни, пропаганду и оправдание экстремизма или терроризма, а также раскрывающие",
                    "пропаганду и оправдание экстремизма или терроризма",
                ),
                ("о пропаганде терроризма", "пропаганде терроризма"),
            ],
        ),
        (
            "separatism-propaganda",
            &[
                (
                    "1. Propaganda or public calls for violation of unitarity and integrity of the Republic of Kazakhstan",
                    "Propaganda or public calls for violation of unitarity and integrity",
                ),
                (
                    "criminalising 'propaganda or public calls for violation of the integrity of the Republic of Kazakhstan'",
                    "propaganda or public calls for violation of the integrity of the Republic",
                ),
            ],
            &[
                (
                    "1. Пропаганда или публичные призывы к нарушению унитарности и целостности Республики Казахстан",
                    "Пропаганда или публичные призывы к нарушению унитарности и целостности",
                ),
                (
                    "3. Действия, совершенные с целью нарушения унитарности и целостности Республики Казахстан",
                    "нарушения унитарности и целостности",
                ),
                (
                    "на пропаганду или агитацию насильственного изменения конституционного строя, нарушения целостности Республики Казахстан, подрыва",
                    "нарушения целостности Республики",
                ),
            ],
        ),
        (
            "social-emergency",
            &[
                (
                    "to amend the 2013 Communications Law on 'social emergency,'",
                    "social emergency",
                ),
                (
                    "in emergency situations of a social nature",
                    "emergency situations of a social nature",
                ),
            ],
            &[
                (
                    "в случае чрезвычайной ситуации социального характера",
                    "чрезвычайной ситуации социального характера",
                ),
                (
                    "при введении режима чрезвычайных ситуаций социального характера",
                    "чрезвычайных ситуаций социального характера",
                ),
                (
                    "социальная чрезвычайная ситуация",
                    "социальная чрезвычайная ситуация",
                ),
            ],
        ),
        (
            "information-sovereignty",
            &[
                (
                    "the concept of \"information sovereignty\" is the independence of the information space",
                    "information sovereignty",
                ),
                ("Informational sovereignty", "Informational sovereignty"),
            ],
            &[
                (
                    "4) информационный суверенитет – независимость",
                    "информационный суверенитет",
                ),
                (
                    "обеспечение, укрепление и защита информационного суверенитета",
                    "информационного суверенитета",
                ),
                (
                    "угрозы информационному суверенитету",
                    "информационному суверенитету",
                ),
            ],
        ),
        (
            "ideological-vector",
            &[("- The main ideological vector.", "ideological vector")],
            &[
                ("основной идеологический вектор", "идеологический вектор"),
                (
                    "в соответствии с основным идеологическим вектором",
                    "идеологическим вектором",
                ),
            ],
        ),
        (
            "ideological-sovereignty",
            &[("- Ideological sovereignty.", "Ideological sovereignty")],
            &[
                ("идеологический суверенитет", "идеологический суверенитет"),
                (
                    "укрепление идеологического суверенитета",
                    "идеологического суверенитета",
                ),
            ],
        ),
        (
            "destructive-content",
            &[
                (
                    "- Destructive, manipulative, and inaccurate content.",
                    "Destructive, manipulative, and inaccurate content",
                ),
                (
                    "terms like \"false narratives\" and \"destructive content\"",
                    "destructive content",
                ),
                (
                    "a joint fight against false information and inaccurate content",
                    "inaccurate content",
                ),
            ],
            &[
                (
                    "деструктивный, манипулятивный, недостоверный контент",
                    "деструктивный, манипулятивный, недостоверный контент",
                ),
                (
                    "распространение деструктивного контента",
                    "деструктивного контента",
                ),
                ("против недостоверного контента", "недостоверного контента"),
                ("манипулятивной информации", "манипулятивной информации"),
            ],
        ),
        (
            "false-narratives",
            &[("terms like \"false narratives\"", "false narratives")],
            &[
                ("ложные нарративы", "ложные нарративы"),
                ("противодействие ложным нарративам", "ложным нарративам"),
                ("распространение ложных нарративов", "ложных нарративов"),
            ],
        ),
        (
            "satisfies-state-interests",
            &[(
                "by creating and disseminating information that satisfies the interests of the state and society",
                "satisfies the interests of the state and society",
            )],
            &[
                (
                    "путем создания и распространения информации, удовлетворяющей интересы государства и общества",
                    "удовлетворяющей интересы государства и общества",
                ),
                (
                    "информация, удовлетворяющая интересам общества и государства",
                    "удовлетворяющая интересам общества и государства",
                ),
            ],
        ),
        (
            "discrediting-business-reputation",
            &[(
                "dissemination of untrue information discrediting the business reputation of the state bodies that accredited it",
                "untrue information discrediting the business reputation",
            )],
            &[
                (
                    "либо за распространение не соответствующих действительности сведений, порочащих деловую репутацию аккредитовавших его государственных органов",
                    "не соответствующих действительности сведений, порочащих деловую репутацию",
                ),
                (
                    "4. Юридическое лицо, в отношении которого распространены сведения, порочащие его деловую репутацию, вправе",
                    "порочащие его деловую репутацию",
                ),
                (
                    "распространение недостоверной информации, порочащей деловую репутацию государственных органов",
                    "недостоверной информации, порочащей деловую репутацию",
                ),
            ],
        ),
        (
            "violation-of-accreditation-rules",
            &[
                (
                    "- violation of the rules and accreditation.",
                    "violation of the rules and accreditation",
                ),
                (
                    "1) violation of the rules of accreditation;",
                    "violation of the rules of accreditation",
                ),
            ],
            &[
                (
                    "Журналист может быть лишен аккредитации, если им нарушены правила аккредитации либо",
                    "нарушены правила аккредитации",
                ),
                (
                    "1) нарушение правил аккредитации;",
                    "нарушение правил аккредитации",
                ),
                (
                    "за нарушения правил аккредитации",
                    "нарушения правил аккредитации",
                ),
            ],
        ),
        (
            "employment-contract-breach",
            &[
                (
                    "8. non-compliance with the conditions established by the employment contract;",
                    "non-compliance with the conditions established by the employment contract",
                ),
                (
                    "due to non-compliance by the journalist with the terms of the employment contract",
                    "non-compliance by the journalist with the terms of the employment contract",
                ),
            ],
            &[
                (
                    "8) несоблюдение условий, установленных трудовым договором;",
                    "несоблюдение условий, установленных трудовым договором",
                ),
                (
                    "несоблюдения условий трудового договора",
                    "несоблюдения условий трудового договора",
                ),
            ],
        ),
        (
            "violation-of-law-requirements",
            &[
                (
                    "9. violation of the requirements established by this Law",
                    "violation of the requirements established by this Law",
                ),
                (
                    "6. non-compliance with established requirements",
                    "non-compliance with established requirements",
                ),
            ],
            &[
                (
                    "9) нарушение требований, установленных настоящим Законом.",
                    "нарушение требований, установленных настоящим Законом",
                ),
                (
                    "в случае нарушения требований, установленных настоящим Законом",
                    "нарушения требований, установленных настоящим Законом",
                ),
                (
                    "6) несоблюдение установленных требований;",
                    "несоблюдение установленных требований",
                ),
            ],
        ),
        (
            "other-prohibited-information",
            &[(
                "and any other information prohibited by the laws of the Republic of Kazakhstan",
                "other information prohibited by the laws",
            )],
            &[
                (
                    "информация, раскрывающая государственные секреты или иную охраняемую законом тайну, и иная информация, запрещенная законами Республики Казахстан.",
                    "иная информация, запрещенная законами",
                ),
                (
                    "распространение иной информации, запрещенной законами Республики Казахстан",
                    "иной информации, запрещенной законами",
                ),
                (
                    "иную информацию, запрещённую законодательством",
                    "иную информацию, запрещённую законодательством",
                ),
            ],
        ),
        (
            "questioning-statehood",
            &[
                (
                    "statements challenging the statehood and territorial integrity of the Republic of Kazakhstan",
                    "statements challenging the statehood",
                ),
                (
                    "statements questioning statehood are of particular interest",
                    "statements questioning statehood",
                ),
            ],
            &[
                (
                    "а также высказывания, подвергающие сомнению государственность и территориальную целостность Республики Казахстан",
                    "высказывания, подвергающие сомнению государственность",
                ),
                (
                    "высказываний, ставящих под сомнение государственность",
                    "высказываний, ставящих под сомнение государственность",
                ),
            ],
        ),
        (
            "illegal-content",
            &[
                (
                    "users are obliged not to publish or distribute illegal content",
                    "illegal content",
                ),
                ("may be deemed unlawful content", "unlawful content"),
            ],
            &[
                (
                    "а также производства, размещения, распространения и хранения онлайн-рекламы, предотвращения и пресечения противоправного контента",
                    "противоправного контента",
                ),
                (
                    "Противоправным контентом являются: призыв, пропаганда",
                    "Противоправным контентом",
                ),
                (
                    "6) уведомлять о мерах противодействия противоправному контенту;",
                    "противоправному контенту",
                ),
                ("противоправный контент", "противоправный контент"),
            ],
        ),
        (
            "any-way-not-prohibited",
            &[
                (
                    "2. Everyone shall have the right to freely receive and disseminate information by any means not prohibited by law.",
                    "any means not prohibited by law",
                ),
                (
                    "dissemination of information in any way not prohibited by law",
                    "any way not prohibited by law",
                ),
            ],
            &[
                (
                    "получения и распространения информации любым не запрещенным законом способом гарантируются Конституцией",
                    "любым не запрещенным законом способом",
                ),
                (
                    "1) обеспечение и защита прав человека и гражданина на свободное получение и распространение информации любыми не запрещенными законами Республики Казахстан способами на онлайн-платформах",
                    "любыми не запрещенными законами Республики Казахстан способами",
                ),
                (
                    "путем направления запросов соответствующим физическим и (или) юридическим лицам либо иными способами, не запрещенными законодательством Республики Казахстан",
                    "иными способами, не запрещенными законодательством",
                ),
            ],
        ),
        (
            "law-enforcement-requests",
            &[
                (
                    "based on judicial acts, requests from law enforcement or special government bodies of the Republic of Kazakhstan",
                    "requests from law enforcement or special government bodies",
                ),
                (
                    "on the basis of requests of law-enforcement or special state bodies",
                    "requests of law-enforcement or special state bodies",
                ),
            ],
            &[
                (
                    "9) представлять запрашиваемые уполномоченным органом сведения о пользователях на основании судебных актов, запросов правоохранительных или специальных государственных органов Республики Казахстан;",
                    "запросов правоохранительных или специальных государственных органов",
                ),
                (
                    "по запросу правоохранительных или специальных государственных органов",
                    "запросу правоохранительных или специальных государственных органов",
                ),
            ],
        ),
        (
            "extremism",
            &[
                (
                    "The right to freedom of expression and restriction of \"extremism\"",
                    "extremism",
                ),
                ("extremist materials", "extremist"),
            ],
            &[
                (
                    "3. Разглашение сведений, составляющих государственные секреты или иную охраняемую законом тайну, пропаганда и оправдание экстремизма или терроризма",
                    "экстремизма",
                ),
                (
                    "Финансирование террористической или экстремистской деятельности и иное пособничество терроризму либо экстремизму",
                    "экстремистской",
                ),
                (
                    "Финансирование террористической или экстремистской деятельности и иное пособничество терроризму либо экстремизму",
                    "экстремизму",
                ),
            ],
        ),
        (
            "war-propaganda",
            &[
                (
                    "the grounds for suspending the release of the mass media are propaganda or agitation of a violent change in the constitutional order, violation of the integrity of the Republic of Kazakhstan, undermining the security of the state, war, propaganda of extremism",
                    "propaganda or agitation of a violent change in the constitutional order, violation of the integrity of the Republic of Kazakhstan, undermining the security of the state, war",
                ),
                ("war propaganda", "war propaganda"),
                ("and advocating war, social, racial", "advocating war"),
            ],
            &[
                (
                    "содержащей сведения и материалы, направленные на пропаганду или агитацию насильственного изменения конституционного строя, нарушения целостности Республики Казахстан, подрыва безопасности государства, войны, разжигания",
                    "пропаганду или агитацию насильственного изменения конституционного строя, нарушения целостности Республики Казахстан, подрыва безопасности государства, войны",
                ),
                ("пропаганда войны", "пропаганда войны"),
                ("за пропаганду войны", "пропаганду войны"),
            ],
        ),
        (
            "harmful-information",
            &[
                (
                    "protection of children from harmful information",
                    "harmful information",
                ),
                (
                    "information that causes harm to their health",
                    "information that causes harm",
                ),
            ],
            &[
                (
                    "4) защита детей на онлайн-платформах от информации, причиняющей вред их здоровью и развитию;",
                    "информации, причиняющей вред",
                ),
                ("вредной информации", "вредной информации"),
                ("вредная информация", "вредная информация"),
            ],
        ),
    ];

    #[test]
    fn builtin_data_is_valid() {
        assert!(
            Lexicon::load_builtin().is_ok(),
            "{:?}",
            Lexicon::load_builtin().err()
        );
    }

    #[test]
    fn every_floor_row_matches_in_english_and_russian() {
        assert_eq!(FLOOR.len(), 30 + 1, "one entry per row; row 15 has two");
        for (id, en, ru) in FLOOR {
            assert!(
                !en.is_empty() && !ru.is_empty(),
                "{id}: examples in both languages"
            );
            for (text, matched) in en.iter() {
                assert_finds(Language::En, id, text, matched);
            }
            for (text, matched) in ru.iter() {
                assert_finds(Language::Ru, id, text, matched);
            }
        }
    }

    #[test]
    fn further_terms_from_the_reports_match() {
        let cases: &[(Language, &str, &str, &str)] = &[
            (
                Language::En,
                "defamation",
                "Article 130 criminalises defamation",
                "defamation",
            ),
            (
                Language::En,
                "defamation",
                "the article \"Slander\"",
                "Slander",
            ),
            (
                Language::Ru,
                "defamation",
                "1. Клевета, то есть распространение заведомо ложных сведений",
                "Клевета",
            ),
            (Language::Ru, "defamation", "статья о клевете", "клевете"),
            (
                Language::En,
                "insult-of-officials",
                "Article 378. Insult of representative of authority",
                "Insult of representative of authority",
            ),
            (
                Language::Ru,
                "insult-of-officials",
                "Статья 378. Оскорбление представителя власти",
                "Оскорбление представителя власти",
            ),
            (
                Language::Ru,
                "insult-of-officials",
                "1. Публичное оскорбление и иное посягательство на честь и достоинство Президента Республики Казахстан",
                "посягательство на честь и достоинство Президента",
            ),
            (
                Language::En,
                "propaganda",
                "official propaganda",
                "propaganda",
            ),
            (
                Language::Ru,
                "propaganda",
                "пропагандирующих суицид",
                "пропагандирующих",
            ),
            (
                Language::Ru,
                "disinformation",
                "источником дезинформации",
                "дезинформации",
            ),
            (
                Language::En,
                "fake-news",
                "to create fake news",
                "fake news",
            ),
            (
                Language::Ru,
                "fake-news",
                "распространение фейков",
                "фейков",
            ),
            (
                Language::Ru,
                "manipulation-of-public-opinion",
                "манипулирования общественным мнением",
                "манипулирования общественным мнением",
            ),
            (
                Language::Ru,
                "interethnic-harmony",
                "информации, способствующей нарушению межнационального и межконфессионального согласия",
                "межнационального и межконфессионального согласия",
            ),
            (
                Language::En,
                "interethnic-harmony",
                "disruption of interethnic and interfaith harmony",
                "interethnic and interfaith harmony",
            ),
            (
                Language::Ru,
                "undermining-state-security",
                "подрыва безопасности государства",
                "подрыва безопасности государства",
            ),
            (
                Language::En,
                "undermining-state-security",
                "undermining of state security",
                "undermining of state security",
            ),
            (
                Language::Ru,
                "other-protected-secret",
                "составляющих государственные секреты или иную охраняемую законом тайну",
                "иную охраняемую законом тайну",
            ),
            (
                Language::En,
                "other-protected-secret",
                "personal, family, medical, banking, commercial and other secrets protected by law",
                "other secrets protected by law",
            ),
            (
                Language::Ru,
                "inaccurate-information",
                "с указанием заведомо недостоверных сведений в заявлении",
                "заведомо недостоверных сведений",
            ),
        ];
        for (lang, id, text, matched) in cases {
            let id = if *id == "inaccurate-information" {
                // «заведомо недостоверных сведений» is the knowingly-false term.
                "knowingly-false-information"
            } else {
                id
            };
            assert_finds(*lang, id, text, matched);
        }
    }

    #[test]
    fn same_ids_in_english_and_russian() {
        let ids = |lang| -> BTreeSet<&str> {
            builtin()
                .entries()
                .iter()
                .filter(|e| e.language == lang)
                .map(|e| e.id.as_str())
                .collect()
        };
        assert_eq!(ids(Language::En), ids(Language::Ru));
        let kk = ids(Language::Kk);
        assert!(kk.is_subset(&ids(Language::Ru)), "Kazakh ids: {kk:?}");
        let scope = |lang| -> BTreeSet<&str> {
            builtin()
                .scope_terms()
                .iter()
                .filter(|s| s.language == lang)
                .map(|s| s.id.as_str())
                .collect()
        };
        assert_eq!(scope(Language::En), scope(Language::Ru));
    }

    #[test]
    fn every_entry_cites_a_known_standard() {
        let lexicon = builtin();
        for key in [
            "GC34-25",
            "GC34-22",
            "GC34-35",
            "GC34-38",
            "GC34-47",
            "GC34-49",
            "JD2017",
            "RABAT",
            "CCPR-KAZ-2016",
            "OSCE-2014",
            "VC-ROL",
        ] {
            let standard = lexicon.standard(key);
            assert!(
                standard.is_some_and(|s| !s.citation.is_empty() && !s.summary.is_empty()),
                "standard {key} in standards.toml"
            );
        }
        for entry in lexicon.entries() {
            assert!(!entry.standards.is_empty(), "{} cites nothing", entry.id);
            for key in &entry.standards {
                assert!(
                    lexicon.standard(key).is_some(),
                    "{} cites unknown {key}",
                    entry.id
                );
            }
        }
    }

    #[test]
    fn entries_have_one_sentence_texts() {
        for e in builtin().entries() {
            for (field, text) in [
                ("rationale", &e.rationale),
                ("recommendation", &e.recommendation),
            ] {
                let text = text.trim();
                assert!(
                    text.ends_with('.'),
                    "{} ({}) {field} ends with a full stop",
                    e.id,
                    e.language
                );
                // A full stop followed by a capital starts a second sentence;
                // abbreviations such as "art. 274" are fine.
                let two = text
                    .split(". ")
                    .skip(1)
                    .any(|rest| rest.chars().next().is_some_and(char::is_uppercase));
                assert!(
                    !two,
                    "{} ({}) {field} is one sentence: {text}",
                    e.id, e.language
                );
            }
        }
    }

    #[test]
    fn words_alone_do_not_match() {
        let cases: &[(Language, &str)] = &[
            (Language::Ru, "информация"),
            (Language::Ru, "информации о пользователях"),
            (Language::En, "information"),
            (Language::En, "information about users"),
            (Language::Ru, "ложь"),
            (
                Language::Ru,
                "2. Розничная продажа периодических печатных изданий",
            ),
            (Language::Ru, "честный журналист"),
            (
                Language::Ru,
                "при чрезвычайных ситуациях природного и техногенного характера",
            ),
            (
                Language::Ru,
                "с неясными либо заведомо ложными выходными данными",
            ),
            (Language::Ru, "информационные системы"),
            (Language::Ru, "интересы государства"),
            (Language::En, "the interests of the state"),
            (Language::En, "classified documents"),
            (Language::En, "an offence under this Code"),
            (Language::Ru, "государственность"),
            (Language::Ru, "контент"),
        ];
        for (lang, text) in cases {
            assert_eq!(
                found(builtin(), text, *lang),
                Vec::new(),
                "{lang}: {text:?}"
            );
        }
    }

    #[test]
    fn matches_stay_inside_a_clause() {
        let lexicon = builtin();
        let ids = |text: &str| -> Vec<String> {
            found(lexicon, text, Language::Ru)
                .into_iter()
                .map(|(id, _)| id)
                .collect()
        };
        assert_eq!(ids("пропаганда. Войны"), ["propaganda"]);
        assert_eq!(ids("ложной;\nинформации"), Vec::<String>::new());
        assert_eq!(ids("ложной\n\nинформации"), Vec::<String>::new());
        // A single line break inside a wrapped sentence does not end it.
        assert_eq!(ids("ложной\n   информации"), ["false-information"]);
        assert_eq!(ids("ложной (неверной) информации"), Vec::<String>::new());
    }

    #[test]
    fn tight_words_allow_no_punctuation_between() {
        let ids = |text: &str| -> Vec<String> {
            found(builtin(), text, Language::En)
                .into_iter()
                .map(|(id, _)| id)
                .collect()
        };
        assert_eq!(ids("a ban on war propaganda"), ["war-propaganda"]);
        assert_eq!(
            ids("security of the state, war, propaganda of"),
            ["propaganda"]
        );
    }

    #[test]
    fn longest_match_wins_where_matches_share_words() {
        let lexicon = builtin();
        let text = "1. Распространение заведомо ложной информации, создающей опасность нарушения общественного порядка";
        let counts = lexicon.count_by_term(text, Language::Ru);
        assert_eq!(counts.get("knowingly-false-information"), Some(&1));
        assert_eq!(counts.get("false-information"), None);
        assert_eq!(counts.get("danger-to-public-order"), Some(&1));

        let counts = lexicon.count_by_term(
            "Dissemination of knowingly false information and of false information",
            Language::En,
        );
        assert_eq!(counts.get("knowingly-false-information"), Some(&1));
        assert_eq!(counts.get("false-information"), Some(&1));

        // Insult of national honour holds "insult" and "honour and dignity".
        let counts = lexicon.count_by_term(
            "на оскорбление национальной чести и достоинства либо религиозных чувств граждан",
            Language::Ru,
        );
        assert_eq!(
            counts,
            BTreeMap::from([("insult-to-national-honour", 1)]),
            "only the most specific term"
        );
    }

    #[test]
    fn terms_in_one_list_count_separately() {
        let text = "Противоправным контентом являются: призыв, пропаганда или агитация насильственного изменения конституционного строя, нарушения целостности Республики Казахстан, подрыва безопасности государства, войны, социального, расового, национального, религиозного, сословного и родового превосходства, культа жестокости и насилия";
        let counts = builtin().count_by_term(text, Language::Ru);
        assert_eq!(
            counts,
            BTreeMap::from([
                ("illegal-content", 1),
                ("propaganda-of-superiority", 1),
                ("separatism-propaganda", 1),
                ("social-group-or-class", 1),
                ("undermining-state-security", 1),
                ("war-propaganda", 1),
            ])
        );
        // Words skipped by a gap stay free for other terms.
        let counts = builtin().count_by_term(
            "Разжигание социальной, национальной, родовой, расовой, сословной или религиозной розни",
            Language::Ru,
        );
        assert_eq!(
            counts,
            BTreeMap::from([("discord", 1), ("social-group-or-class", 1)])
        );
        // Three adjectives of one term are one occurrence.
        let counts = builtin().count_by_term(
            "деструктивный, манипулятивный, недостоверный контент",
            Language::Ru,
        );
        assert_eq!(counts, BTreeMap::from([("destructive-content", 1)]));
    }

    #[test]
    fn spans_are_byte_ranges_of_the_original_text() {
        let text = "Статья 274. РАСПРОСТРАНЕНИЕ ЗАВЕДОМО ЛОЖНОЙ ИНФОРМАЦИИ; ещё ложнЁй информации";
        let matches = builtin().find(text, Language::Ru);
        assert_eq!(matches.len(), 2, "{matches:?}");
        for m in &matches {
            assert_eq!(&text[m.span.clone()], m.matched);
        }
        assert_eq!(matches[0].matched, "ЗАВЕДОМО ЛОЖНОЙ ИНФОРМАЦИИ");
        assert_eq!(matches[0].entry.id, "knowingly-false-information");
        assert_eq!(matches[1].matched, "ложнЁй информации");
        assert!(matches[0].span.start < matches[1].span.start, "text order");
    }

    #[test]
    fn hyphenated_words_are_one_word() {
        let lexicon = builtin();
        let scope = |text: &str| lexicon.scope_terms_in(text, Language::Ru);
        assert_eq!(
            scope("пользователями онлайн-платформ"),
            BTreeSet::from(["online-platforms".to_string()])
        );
        assert_eq!(
            scope("на интернет-ресурсе"),
            BTreeSet::from(["internet-resources".to_string()])
        );
        // "Интернет" inside «интернет-ресурсе» is not the Internet.
        assert!(!scope("на интернет-ресурсе").contains("internet"));
        assert_eq!(
            scope("в сети Интернет"),
            BTreeSet::from(["internet".to_string()])
        );
        assert_eq!(scope("платформа"), BTreeSet::new());
        assert_eq!(
            found(lexicon, "law-enforcement", Language::En),
            Vec::<(String, String)>::new()
        );
    }

    #[test]
    fn scope_terms_in_russian() {
        let lexicon = builtin();
        let names = |text: &str| -> Vec<String> {
            lexicon
                .scope_terms_in(text, Language::Ru)
                .into_iter()
                .collect()
        };
        // Criminal Code art. 274 part 2, 2018 and 2025.
        assert_eq!(
            names("3) с использованием средств массовой информации или сетей телекоммуникаций, –"),
            ["mass-media", "telecommunications-networks"]
        );
        assert_eq!(
            names("3) с использованием масс-медиа, сетей телекоммуникаций и онлайн-платформ, –"),
            [
                "mass-media",
                "online-platforms",
                "telecommunications-networks"
            ]
        );
        assert_eq!(
            names(
                "Действия, предусмотренные частью третьей настоящей статьи, совершенные инфлюенсерами (блогерами), –"
            ),
            ["bloggers", "influencers"]
        );
        assert_eq!(
            names("распространяемой в социальных сетях и мессенджерах"),
            ["messengers", "social-networks"]
        );
        assert_eq!(names("сетевого издания"), ["network-publications"]);
        assert_eq!(names("в СМИ"), ["mass-media"]);
        assert_eq!(
            names("с использованием информационно-коммуникационных сетей"),
            ["telecommunications-networks"]
        );
        assert!(names("сети газоснабжения").is_empty());
    }

    #[test]
    fn scope_terms_in_english() {
        let lexicon = builtin();
        let names = |text: &str| -> Vec<String> {
            lexicon
                .scope_terms_in(text, Language::En)
                .into_iter()
                .collect()
        };
        assert_eq!(
            names(
                "2. The same action, committed with the use of mass media or information and communication networks"
            ),
            ["mass-media", "telecommunications-networks"]
        );
        assert_eq!(
            names("by using mass media or telecommunications networks"),
            ["mass-media", "telecommunications-networks"]
        );
        assert_eq!(
            names(
                "on an online platform, by individual accounts, as well as bloggers (influencers)"
            ),
            ["bloggers", "influencers", "online-platforms"]
        );
        assert_eq!(
            names("social networks, instant messengers, popular Internet resources"),
            ["internet-resources", "messengers", "social-networks"]
        );
        assert_eq!(names("committed publicly, on the Internet"), ["internet"]);
        let matches = lexicon.find_scope("the mass media", Language::En);
        assert_eq!(matches.len(), 1);
        assert_eq!(matches[0].matched, "mass media");
        assert_eq!(matches[0].term.id, "mass-media");
    }

    #[test]
    fn counts_tell_introduced_from_removed_terms() {
        let lexicon = builtin();
        let old = "1. Распространение ложной информации, –";
        let new = "1. Распространение заведомо ложной информации, создающей опасность нарушения общественного порядка, и заведомо ложных сведений, –";
        let changes = lexicon.term_changes(old, new, Language::Ru);
        assert_eq!(
            changes,
            vec![
                TermChange {
                    id: "danger-to-public-order",
                    old: 0,
                    new: 1
                },
                TermChange {
                    id: "false-information",
                    old: 1,
                    new: 0
                },
                TermChange {
                    id: "knowingly-false-information",
                    old: 0,
                    new: 2
                },
            ]
        );
        assert!(changes[0].is_introduced() && !changes[0].is_removed());
        assert!(changes[1].is_removed());
        assert!(changes[2].is_introduced());
        // Inflection and case changes alone introduce nothing.
        let same = lexicon.term_changes(
            "распространение ложной информации",
            "Распространение ложную информацию",
            Language::Ru,
        );
        assert_eq!(same, Vec::new());
        // A second occurrence is an introduction.
        let more = lexicon.term_changes("insult", "insult or insult", Language::En);
        assert_eq!(
            more,
            vec![TermChange {
                id: "insult",
                old: 1,
                new: 2
            }]
        );
    }

    #[test]
    fn other_languages_find_nothing_without_entries() {
        let lexicon = Lexicon::from_toml(
            r#"
            [[term]]
            id = "x-term"
            language = "en"
            term = "x"
            patterns = ["false information"]
            category = "falsity-standard"
            severity = "low"
            rationale = "R."
            standards = ["JD2017"]
            recommendation = "R."
            "#,
            "user.toml",
        );
        let Ok(lexicon) = lexicon else {
            panic!("{lexicon:?}")
        };
        assert_eq!(lexicon.find("false information", Language::Ru), Vec::new());
        assert_eq!(lexicon.find("false information", Language::En).len(), 1);
    }

    const REPO_CONFIG: &str = r#"
[repository]
name = "statutes"

[lexicon]
disable = ["propaganda"]
severity = { insult = "low", false-information = "medium" }

[[lexicon.term]]
id = "special-order"
language = "ru"
term = "особый порядок"
patterns = ["особ* порядк*|порядок"]
category = "unbounded-discretion"
severity = "medium"
rationale = "Особый порядок не определен."
standards = ["GC34-25", "LOCAL-1"]
recommendation = "Определить порядок."

[[lexicon.standard]]
key = "LOCAL-1"
citation = "Local guideline 1"
summary = "A local rule."
"#;

    #[test]
    fn config_adds_disables_and_overrides() {
        let mut lexicon = builtin().clone();
        let result = lexicon.apply_repo_toml(REPO_CONFIG, "lexwatch.toml");
        assert_eq!(result, Ok(()));
        let ids = |text: &str, lang| -> Vec<String> {
            found(&lexicon, text, lang)
                .into_iter()
                .map(|(id, _)| id)
                .collect()
        };
        assert_eq!(ids("в особом порядке", Language::Ru), ["special-order"]);
        assert_eq!(ids("пропаганда", Language::Ru), Vec::<String>::new());
        assert_eq!(ids("propaganda", Language::En), Vec::<String>::new());
        // More specific propaganda terms are not disabled.
        assert_eq!(
            ids("пропаганда терроризма", Language::Ru),
            ["propaganda-of-terrorism"]
        );
        for lang in [Language::En, Language::Ru] {
            assert_eq!(
                lexicon.entry("insult", lang).map(|e| e.severity),
                Some(Severity::Low)
            );
            assert_eq!(
                lexicon.entry("false-information", lang).map(|e| e.severity),
                Some(Severity::Medium)
            );
        }
        assert!(lexicon.standard("LOCAL-1").is_some());
        assert_eq!(
            builtin().entry("insult", Language::En).map(|e| e.severity),
            Some(Severity::High)
        );
    }

    #[test]
    fn config_term_replaces_builtin_term_of_same_id() {
        let mut lexicon = builtin().clone();
        let config = LexiconConfig {
            term: vec![Entry {
                id: "insult".to_string(),
                language: Language::En,
                term: "affront".to_string(),
                patterns: vec!["affront*".to_string()],
                category: Category::SubjectiveOffence,
                severity: Severity::Medium,
                rationale: "R.".to_string(),
                standards: vec!["GC34-47".to_string()],
                recommendation: "R.".to_string(),
                source: None,
            }],
            ..LexiconConfig::default()
        };
        assert_eq!(lexicon.apply_config(&config, "lexwatch.toml"), Ok(()));
        let english: Vec<&Entry> = lexicon
            .entries()
            .iter()
            .filter(|e| e.id == "insult" && e.language == Language::En)
            .collect();
        assert_eq!(english.len(), 1);
        assert_eq!(english[0].term, "affront");
        assert_eq!(found(&lexicon, "an affront", Language::En).len(), 1);
        assert_eq!(found(&lexicon, "an insult", Language::En).len(), 0);
        assert_eq!(found(&lexicon, "оскорбление", Language::Ru).len(), 1);
    }

    #[test]
    fn config_without_lexicon_table_changes_nothing() {
        let mut lexicon = builtin().clone();
        assert_eq!(
            lexicon.apply_repo_toml("[other]\nx = 1\n", "lexwatch.toml"),
            Ok(())
        );
        assert_eq!(lexicon.entries(), builtin().entries());
    }

    fn config_error(text: &str) -> LexiconError {
        let mut lexicon = builtin().clone();
        match lexicon.apply_repo_toml(text, "repo/lexwatch.toml") {
            Ok(()) => panic!("expected an error for {text:?}"),
            Err(e) => {
                assert_eq!(lexicon.entries(), builtin().entries(), "unchanged on error");
                e
            }
        }
    }

    #[test]
    fn bad_config_errors_name_the_file_and_the_problem() {
        let e = config_error("[lexicon\ndisable = []\n");
        assert!(
            matches!(e, LexiconError::Toml { line: Some(1), .. }),
            "{e:?}"
        );
        assert!(e.to_string().starts_with("repo/lexwatch.toml:1: "), "{e}");

        let e = config_error("[lexicon]\n\nseverity = { insult = \"extreme\" }\n");
        assert!(
            matches!(e, LexiconError::Toml { line: Some(3), .. }),
            "{e:?}"
        );
        assert!(e.to_string().contains("extreme"), "{e}");

        let e = config_error("[lexicon]\ndisabled = [\"insult\"]\n");
        assert!(
            e.to_string().contains("disabled"),
            "unknown field named: {e}"
        );

        let e = config_error("[lexicon]\ndisable = [\"insutl\"]\n");
        assert_eq!(
            e.to_string(),
            "repo/lexwatch.toml:2: [lexicon] disable: no term has id \"insutl\""
        );

        let e = config_error("[lexicon]\nseverity = { nope = \"high\" }\n");
        assert!(
            matches!(
                e,
                LexiconError::UnknownId {
                    field: "severity",
                    ..
                }
            ),
            "{e:?}"
        );

        let bad_pattern = REPO_CONFIG.replace("особ* порядк*|порядок", "особ* ...99 порядок");
        let e = config_error(&bad_pattern);
        let LexiconError::Pattern {
            origin, line, id, ..
        } = &e
        else {
            panic!("{e:?}")
        };
        assert_eq!(
            (origin.as_str(), id.as_str()),
            ("repo/lexwatch.toml", "special-order")
        );
        assert_eq!(*line, Some(13));
        assert!(e.to_string().contains("gap"), "{e}");

        let unknown_standard = REPO_CONFIG.replace("\"LOCAL-1\"]", "\"GC99\"]");
        let e = config_error(&unknown_standard);
        assert!(
            matches!(&e, LexiconError::UnknownStandard { key, .. } if key == "GC99"),
            "{e:?}"
        );

        let missing_field = REPO_CONFIG.replace("category = \"unbounded-discretion\"\n", "");
        let e = config_error(&missing_field);
        assert!(e.to_string().contains("category"), "{e}");

        let bad_category = REPO_CONFIG.replace("unbounded-discretion", "vagueness");
        let e = config_error(&bad_category);
        assert!(e.to_string().contains("vagueness"), "{e}");

        let bad_id = REPO_CONFIG.replace("special-order", "Special Order");
        let e = config_error(&bad_id);
        assert!(
            matches!(e, LexiconError::Invalid { field: "id", .. }),
            "{e:?}"
        );
    }

    #[test]
    fn user_lexicon_files_are_validated_and_merged() {
        let duplicate = r#"
[[scope]]
id = "podcasts"
language = "en"
term = "podcasts"
patterns = ["podcast*"]

[[scope]]
id = "podcasts"
language = "en"
term = "podcasts"
patterns = ["podcast*"]
"#;
        let e = Lexicon::from_toml(duplicate, "extra.toml").err();
        assert!(
            matches!(&e, Some(LexiconError::Duplicate { origin, .. }) if origin == "extra.toml"),
            "{e:?}"
        );

        let Some((good, _)) = duplicate.rsplit_once("[[scope]]") else {
            panic!("fixture has two tables")
        };
        let extra = Lexicon::from_toml(good, "extra.toml");
        let Ok(extra) = extra else {
            panic!("{extra:?}")
        };
        let mut lexicon = builtin().clone();
        lexicon.extend(extra);
        assert_eq!(
            lexicon.scope_terms_in("a podcast on mass media", Language::En),
            BTreeSet::from(["mass-media".to_string(), "podcasts".to_string()])
        );
        assert_eq!(lexicon.entries().len(), builtin().entries().len());

        let e = Lexicon::from_toml("term = 3", "extra.toml").err();
        assert!(matches!(e, Some(LexiconError::Toml { .. })), "{e:?}");
    }

    #[test]
    fn pattern_syntax_errors() {
        for (pattern, reason) in [
            ("", "empty"),
            ("... information", "first element"),
            ("information? false", "first element"),
            ("false ...", "end with a gap"),
            ("false ... ...2 information", "two gaps"),
            ("false ...31 information", "gap"),
            ("fa*", "shorter than"),
            ("false, information", "punctuation"),
            ("-false", "hyphen"),
            ("false- information", "hyphen"),
            ("розн{ь,и", "braces"),
            ("a{b}{c}", "one brace group"),
            ("false||information", "empty"),
            ("+false", "empty"),
            ("false+ information", "empty"),
        ] {
            match parse_pattern(pattern) {
                Ok(p) => panic!("{pattern:?} parsed as {p:?}"),
                Err(e) => assert!(e.contains(reason), "{pattern:?}: {e}"),
            }
        }
        assert_eq!(
            parse_pattern("Розн{ь,и}* ...5 ЁЖ?"),
            Ok(vec![
                PatElem::Word {
                    alts: vec![("рознь".to_string(), true), ("розни".to_string(), true)],
                    optional: false,
                    tight: false,
                },
                PatElem::Gap(5),
                PatElem::Word {
                    alts: vec![("еж".to_string(), false)],
                    optional: true,
                    tight: false,
                },
            ])
        );
    }

    #[test]
    fn optional_words_and_gaps() {
        let lexicon = Lexicon::from_toml(
            r#"
            [[term]]
            id = "t"
            language = "en"
            term = "t"
            patterns = ["alpha the? beta ...2 gamma"]
            category = "undefined-harm"
            severity = "low"
            rationale = "R."
            standards = ["VC-ROL"]
            recommendation = "R."
            "#,
            "t.toml",
        );
        let Ok(lexicon) = lexicon else {
            panic!("{lexicon:?}")
        };
        let matched = |text: &str| -> Vec<String> {
            lexicon
                .find(text, Language::En)
                .into_iter()
                .map(|m| m.matched)
                .collect()
        };
        assert_eq!(matched("alpha beta gamma"), ["alpha beta gamma"]);
        assert_eq!(
            matched("alpha the beta, x y gamma"),
            ["alpha the beta, x y gamma"]
        );
        assert_eq!(matched("alpha beta x y z gamma"), Vec::<String>::new());
        assert_eq!(matched("alpha a beta gamma"), Vec::<String>::new());
        // The shortest gap wins.
        assert_eq!(matched("alpha beta gamma gamma"), ["alpha beta gamma"]);
    }

    #[test]
    fn kazakh_terms_match_the_official_text() {
        // Law on Online Platforms, art. 14 para. 1, official Kazakh text.
        let art14 = "Қазақстан Республикасының конституциялық құрылысын күштеп өзгертуді, оның тұтастығын бұзуды, мемлекет қауіпсіздігіне нұқсан келтіруді, соғысты, әлеуметтік, нәсілдік, ұлттық, діни, тектік-топтық және рулық астамшылықты, қатыгездік пен зорлық-зомбылыққа бас ұруды, өзін-өзі өлтіруді, порнографияны, есірткі, психотроптық заттарды, сол тектестерді және прекурсорларды, сепаратизм идеяларын, алаяқтықты, ұлтаралық және конфессияаралық татулықты бұзатын ақпаратты үндеу, насихаттау немесе үгіттеу, сондай-ақ Қазақстан Республикасының мемлекеттілігіне және аумақтық тұтастығына күмән келтіретін мәлімдемелер, мемлекеттік құпияларды немесе заңмен қорғалатын өзге де құпияны ашатын ақпарат және Қазақстан Республикасының заңдарында тыйым салынған өзге де ақпарат құқыққа қайшы контент болып табылады.";
        assert_eq!(
            builtin().count_by_term(art14, Language::Kk),
            BTreeMap::from([
                ("illegal-content", 1),
                ("interethnic-harmony", 1),
                ("other-prohibited-information", 1),
                ("other-protected-secret", 1),
                ("propaganda", 1),
                ("propaganda-of-superiority", 1),
                ("questioning-statehood", 1),
                ("separatism-propaganda", 1),
                ("social-group-or-class", 1),
                ("undermining-state-security", 1),
            ])
        );
        let cases: &[(&str, &str, &str)] = &[
            (
                "false-information",
                "3) жалған ақпарат – шындыққа сай келмейтін не қамтылған фактілер едәуір бұрмаланған",
                "жалған ақпарат",
            ),
            (
                "false-information",
                "**15-бап. Жалған ақпаратты жою**",
                "Жалған ақпаратты",
            ),
            (
                "inaccurate-information",
                "3) жалған ақпарат – шындыққа сай келмейтін не қамтылған фактілер",
                "шындыққа сай келмейтін",
            ),
            (
                "harmful-information",
                "4) онлайн-платформаларда балаларды денсаулығы мен дамуына зиян келтіретін ақпараттан қорғау;",
                "зиян келтіретін ақпараттан",
            ),
            (
                "law-enforcement-requests",
                "сот актілері, Қазақстан Республикасының құқық қорғау немесе арнаулы мемлекеттік органдарының сұрау салуы негізінде пайдаланушылар туралы мәліметтерді сұратады;",
                "құқық қорғау немесе арнаулы мемлекеттік органдарының сұрау салуы",
            ),
            (
                "any-way-not-prohibited",
                "Қазақстан Республикасының заңдарында тыйым салынбаған кез келген тәсілмен еркін",
                "заңдарында тыйым салынбаған кез келген тәсілмен",
            ),
            (
                "illegal-content",
                "1) құқыққа қайшы контенттің Қазақстан Республикасының аумағында таралуына",
                "құқыққа қайшы контенттің",
            ),
        ];
        for (id, text, matched) in cases {
            assert_finds(Language::Kk, id, text, matched);
        }
        assert_eq!(
            builtin()
                .scope_terms_in(
                    "6) инфлюенсер (блогер) – онлайн-платформада тұлғалардың беймәлім тобына",
                    Language::Kk
                )
                .into_iter()
                .collect::<Vec<_>>(),
            ["bloggers", "influencers", "online-platforms"]
        );
        assert_eq!(
            builtin()
                .scope_terms_in(
                    "телекоммуникация желілерін пайдалана отырып, интернет-ресурс және (немесе) интернет желісінде",
                    Language::Kk
                )
                .into_iter()
                .collect::<Vec<_>>(),
            ["internet", "internet-resources", "telecommunications-networks"]
        );
    }

    #[test]
    fn folding_keeps_byte_offsets() {
        let text = "ЁЛКА İstanbul ǅ Ⅻ ẞ ÀÉ Қазақ ӘҒҚҢӨҰҮҺІ ЀЏ ѢѣӀ";
        let fold = |text: &str| String::from_utf8(fold_text(text)).unwrap_or_default();
        assert_eq!(fold(text).len(), text.len());
        assert_eq!(fold(text), text.chars().map(fold_char).collect::<String>());
        assert_eq!(fold("ЁЛКА Қазақ ӘҒҚҢӨҰҮҺІ"), "елка қазақ әғқңөұүһі");
        assert_eq!(
            fold("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"),
            "абвгдежзийклмнопрстуфхцчшщъыьэюя"
        );
    }

    #[test]
    fn a_whole_code_is_scanned_in_one_pass() {
        // Many repetitions of a provision: the result scales with the text.
        let article = "1. Распространение заведомо ложной информации, создающей опасность нарушения общественного порядка или причинения существенного вреда правам и законным интересам граждан или организаций либо охраняемым законом интересам общества или государства, –\n\n   наказывается штрафом в размере до одной тысячи месячных расчетных показателей.\n\n";
        let text = article.repeat(2000);
        assert!(text.len() > 1_000_000);
        let counts = builtin().count_by_term(&text, Language::Ru);
        assert_eq!(counts.get("knowingly-false-information"), Some(&2000));
        assert_eq!(counts.get("interests-of-society-or-state"), Some(&2000));
        assert_eq!(counts.get("danger-to-public-order"), Some(&2000));
    }

    /// Timing check for release builds:
    /// `cargo test --release --lib lexicon -- --ignored --nocapture`.
    #[test]
    #[ignore = "timing; run in release"]
    fn matching_three_megabytes_is_fast() {
        let article = "Статья 174. Разжигание социальной, национальной, родовой, расовой, сословной или религиозной розни\n\n1. Умышленные действия, направленные на разжигание социальной, национальной, родовой, расовой, сословной или религиозной розни, на оскорбление национальной чести и достоинства либо религиозных чувств граждан, а равно пропаганда исключительности, превосходства либо неполноценности граждан по признаку их отношения к религии, сословной, национальной, родовой или расовой принадлежности, если эти деяния совершены публично или с использованием масс-медиа, сетей телекоммуникаций и онлайн-платформ, –\n\n   наказываются штрафом в размере от двух тысяч до семи тысяч месячных расчетных показателей либо ограничением свободы на срок от двух до семи лет, либо лишением свободы на тот же срок.\n\n";
        let text = article.repeat(3_000_000 / article.len());
        let lexicon = builtin();
        let start = std::time::Instant::now();
        let matches = lexicon.find(&text, Language::Ru);
        let elapsed = start.elapsed();
        eprintln!(
            "{} bytes, {} matches in {elapsed:?}",
            text.len(),
            matches.len()
        );
        assert!(elapsed.as_millis() < 200, "{elapsed:?}");
    }
}
