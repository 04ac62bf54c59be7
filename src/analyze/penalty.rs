//! Sanctions: the penalties a provision sets, read into values, and the
//! comparison of two versions' penalties.
//!
//! [`extract`] reads the sanction clauses of one provision's text ("shall be
//! punished by …", «наказывается …», «влечет …») into [`Sanction`]s: kind,
//! subject, role (main, alternative, additional), amount and the byte range
//! of the words it came from. [`compare`] pairs two versions' sanctions by
//! kind and subject and reports what was raised, lowered, added or removed,
//! with the factor and, for amounts in MCI, the tenge value at each version's
//! year.
//!
//! The reader is a small hand-written scanner over words, not a grammar: a
//! sanction clause starts at a trigger word and ends at the next `;` or full
//! stop, and inside it the reader looks for the head words of each kind of
//! sanction and the amounts after them. It never fails: words it does not
//! understand are skipped, so odd text gives fewer sanctions, never an error.
//! It does not decide whether a provision is an offence; callers pass it
//! provision texts and it only reads what follows a trigger.

use crate::analyze::mci::mci_for_year;
use crate::analyze::numbers::{Number, group_thousands, parse_number};
use crate::statute::Language;
use aho_corasick::AhoCorasick;
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::sync::LazyLock;

/// What a sanction does to the person or organisation punished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SanctionKind {
    /// A fine (штраф): in MCI, in tenge, or a multiple of a sum.
    Fine,
    /// Correctional works (исправительные работы), measured in MCI.
    CorrectionalWorks,
    /// Community service / public works (общественные работы), in hours.
    CommunityService,
    /// Arrest or administrative arrest (арест), in days.
    Arrest,
    /// Restriction of liberty (ограничение свободы), a term.
    RestrictionOfLiberty,
    /// Imprisonment (лишение свободы), a term or for life.
    Imprisonment,
    /// The death penalty (смертная казнь).
    DeathPenalty,
    /// Confiscation of property or of products (конфискация).
    Confiscation,
    /// Deprivation of the right to hold certain positions or engage in
    /// certain activity (лишение права занимать определенные должности…).
    DeprivationOfRight,
    /// Deprivation of citizenship (лишение гражданства).
    CitizenshipDeprivation,
    /// Expulsion from the country (выдворение).
    Expulsion,
    /// Revocation of a licence (лишение лицензии).
    LicenceRevocation,
    /// Suspension of a media outlet's release or broadcast (приостановление
    /// выпуска).
    OutletSuspension,
    /// Ban of a media outlet's release or broadcast (запрещение выпуска).
    OutletBan,
    /// Suspension of an organisation's activity (приостановление
    /// деятельности).
    ActivitySuspension,
    /// Ban of an organisation's activity (запрещение деятельности).
    ActivityBan,
    /// A warning (предупреждение).
    Warning,
}

impl SanctionKind {
    /// The English name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            SanctionKind::Fine => "fine",
            SanctionKind::CorrectionalWorks => "correctional works",
            SanctionKind::CommunityService => "community service",
            SanctionKind::Arrest => "arrest",
            SanctionKind::RestrictionOfLiberty => "restriction of liberty",
            SanctionKind::Imprisonment => "imprisonment",
            SanctionKind::DeathPenalty => "death penalty",
            SanctionKind::Confiscation => "confiscation",
            SanctionKind::DeprivationOfRight => {
                "deprivation of the right to hold positions or engage in activity"
            }
            SanctionKind::CitizenshipDeprivation => "deprivation of citizenship",
            SanctionKind::Expulsion => "expulsion",
            SanctionKind::LicenceRevocation => "licence revocation",
            SanctionKind::OutletSuspension => "suspension of the outlet",
            SanctionKind::OutletBan => "ban of the outlet",
            SanctionKind::ActivitySuspension => "suspension of activity",
            SanctionKind::ActivityBan => "ban of activity",
            SanctionKind::Warning => "warning",
        }
    }

    /// Kinds that the codes impose only on top of another punishment; an
    /// ambiguous connector ("and", a comma) before them means "additional".
    fn usually_additional(self) -> bool {
        matches!(
            self,
            SanctionKind::Confiscation
                | SanctionKind::DeprivationOfRight
                | SanctionKind::CitizenshipDeprivation
                | SanctionKind::Expulsion
                | SanctionKind::LicenceRevocation
                | SanctionKind::OutletSuspension
                | SanctionKind::ActivitySuspension
                | SanctionKind::ActivityBan
        )
    }

    /// Kinds whose amount is a term that «на тот же срок» can refer back to.
    fn is_custodial_term(self) -> bool {
        matches!(
            self,
            SanctionKind::Arrest | SanctionKind::RestrictionOfLiberty | SanctionKind::Imprisonment
        )
    }

    fn takes_term(self) -> bool {
        matches!(
            self,
            SanctionKind::Arrest
                | SanctionKind::RestrictionOfLiberty
                | SanctionKind::Imprisonment
                | SanctionKind::CommunityService
                | SanctionKind::DeprivationOfRight
                | SanctionKind::OutletSuspension
                | SanctionKind::ActivitySuspension
        )
    }
}

impl fmt::Display for SanctionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Whom a sanction applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// Not stated: whoever commits the offence (all criminal sanctions).
    Any,
    /// Individuals (физические лица).
    Individuals,
    /// Officials (должностные лица).
    Officials,
    /// Small businesses (субъекты малого предпринимательства).
    SmallBusiness,
    /// Medium businesses (субъекты среднего предпринимательства).
    MediumBusiness,
    /// Large businesses (субъекты крупного предпринимательства).
    LargeBusiness,
    /// Non-commercial organisations (некоммерческие организации).
    NonCommercial,
    /// Legal entities (юридические лица).
    LegalEntities,
}

impl Subject {
    /// The specific subjects, in the order the codes list them.
    const LISTED: [Subject; 7] = [
        Subject::Individuals,
        Subject::Officials,
        Subject::SmallBusiness,
        Subject::MediumBusiness,
        Subject::LargeBusiness,
        Subject::NonCommercial,
        Subject::LegalEntities,
    ];

    fn bit(self) -> u8 {
        match self {
            Subject::Any => 0,
            Subject::Individuals => 1,
            Subject::Officials => 1 << 1,
            Subject::SmallBusiness => 1 << 2,
            Subject::MediumBusiness => 1 << 3,
            Subject::LargeBusiness => 1 << 4,
            Subject::NonCommercial => 1 << 5,
            Subject::LegalEntities => 1 << 6,
        }
    }

    /// The English name used in reports; empty for [`Subject::Any`].
    pub fn name(self) -> &'static str {
        match self {
            Subject::Any => "",
            Subject::Individuals => "individuals",
            Subject::Officials => "officials",
            Subject::SmallBusiness => "small businesses",
            Subject::MediumBusiness => "medium businesses",
            Subject::LargeBusiness => "large businesses",
            Subject::NonCommercial => "non-commercial organisations",
            Subject::LegalEntities => "legal entities",
        }
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if *self == Subject::Any {
            "anyone"
        } else {
            self.name()
        })
    }
}

/// How a sanction stands to the others of its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The first punishment named.
    Main,
    /// A punishment the court may choose instead («либо», "or").
    Alternative,
    /// A punishment added on top («с конфискацией», "with confiscation").
    Additional,
}

/// What an amount counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Monthly calculation indices (MCI / МРП).
    Mci,
    /// Tenge.
    Tenge,
    /// Times a sum named by the text («шестидесятикратной суммы»).
    SumMultiple,
    /// Hours.
    Hours,
    /// Days («суток»).
    Days,
    /// Months; years are stored as months.
    Months,
    /// For life («пожизненно»); `min` and `max` are unused (0).
    Life,
}

/// The size of a sanction: "up to" `max` when `min` is `None`, a range when
/// `min < max`, a fixed amount when `min == Some(max)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Amount {
    /// What the numbers count.
    pub unit: Unit,
    /// The lower bound, if the text sets one.
    pub min: Option<u64>,
    /// The upper bound (the fixed amount when `min == Some(max)`).
    pub max: u64,
}

impl Amount {
    fn life() -> Amount {
        Amount {
            unit: Unit::Life,
            min: None,
            max: 0,
        }
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.unit == Unit::Life {
            return f.write_str("for life");
        }
        // Terms read better in years when they are whole years.
        let in_years = self.unit == Unit::Months
            && self.max.is_multiple_of(12)
            && self.min.is_none_or(|m| m.is_multiple_of(12));
        let scale = if in_years { 12 } else { 1 };
        let (one, many) = match self.unit {
            Unit::Mci => ("MCI", "MCI"),
            Unit::Tenge => ("tenge", "tenge"),
            Unit::SumMultiple => ("times the sum", "times the sum"),
            Unit::Hours => ("hour", "hours"),
            Unit::Days => ("day", "days"),
            Unit::Months if in_years => ("year", "years"),
            Unit::Months => ("month", "months"),
            Unit::Life => ("", ""),
        };
        let max = self.max / scale;
        let unit = if max == 1 { one } else { many };
        match self.min.map(|m| m / scale) {
            None => write!(f, "up to {} {unit}", group_thousands(max)),
            Some(min) if min == max => write!(f, "{} {unit}", group_thousands(max)),
            Some(min) => write!(
                f,
                "{}–{} {unit}",
                group_thousands(min),
                group_thousands(max)
            ),
        }
    }
}

/// One sanction read from a provision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sanction {
    /// What the sanction is.
    pub kind: SanctionKind,
    /// Whom it applies to.
    pub subject: Subject,
    /// Main, alternative or additional.
    pub role: Role,
    /// The court may leave it out ("or without it", «или без такового»).
    pub optional: bool,
    /// Its size, when the text gives one (confiscation and warnings have
    /// none).
    pub amount: Option<Amount>,
    /// Byte range in the text of the words the sanction was read from.
    pub span: Range<usize>,
}

impl fmt::Display for Sanction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.name())?;
        if self.subject != Subject::Any {
            write!(f, " on {}", self.subject)?;
        }
        if let Some(amount) = &self.amount {
            write!(f, ": {amount}")?;
        }
        match (self.role, self.optional) {
            (Role::Main, _) => Ok(()),
            (Role::Alternative, _) => f.write_str(" (alternative)"),
            (Role::Additional, false) => f.write_str(" (additional)"),
            (Role::Additional, true) => f.write_str(" (additional, optional)"),
        }
    }
}

/// Reads the sanctions set by one provision's text.
///
/// Sanction clauses start at a trigger ("shall be punished", "punishable",
/// "entail", «наказывается», «влечет») and end at the next `;` or full stop;
/// text outside them is ignored, and so is a negated trigger ("shall not
/// entail"). Kazakh texts are read with the Russian word lists, which finds
/// nothing in Kazakh wording.
///
/// ```
/// use lexwatch::analyze::penalty::{extract, SanctionKind};
/// use lexwatch::statute::Language;
///
/// let s = extract("– наказывается лишением свободы на срок до пяти лет.", Language::Ru);
/// assert_eq!(s[0].kind, SanctionKind::Imprisonment);
/// assert_eq!(s[0].amount.map(|a| a.max), Some(60)); // months
/// ```
pub fn extract(text: &str, lang: Language) -> Vec<Sanction> {
    let mut out = Vec::new();
    // Only the clauses after a trigger are tokenized: most of a code's text
    // is dispositions, and most changed provisions carry no sanction at all.
    let mut covered = 0;
    for found in TRIGGERS.find_iter(text) {
        let at = found.start();
        if at < covered || !starts_word(text, at) || negated_before(text, at) {
            continue;
        }
        let clause = &text[at..clause_bytes_end(text, found.end())];
        let lower = fold_same_offsets(clause);
        let toks = tokenize(&lower);
        let words = Words {
            text: &lower,
            toks: &toks,
            en: lang == Language::En,
        };
        if !words.is_trigger(0) {
            continue;
        }
        let end = words.clause_end(1);
        let before = out.len();
        Clause::new(&words, &mut out, end).read(1);
        for s in &mut out[before..] {
            s.span = s.span.start + at..s.span.end + at;
        }
        covered = at + words.start(end);
    }
    out
}

/// Whether a word starts at byte `at` (the trigger patterns are prefixes;
/// «повлечь» is not «влечь»).
fn starts_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether the word before byte `at` is a negation ("shall not entail", «не
/// влечет»).
fn negated_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    ["не", "Не", "not", "Not", "no", "No", "NOT", "НЕ"].contains(&word)
}

/// A byte bound for the clause starting at `from`: the next `;`, `!`, `?`
/// or full stop. A dot followed by a digit ("2.000") does not end it; the
/// tokens then find the exact end inside this bound.
fn clause_bytes_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b';' | b'!' | b'?' => return i + 1,
            b'.' if !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// A first, cheap test for a trigger anywhere in a text.
static TRIGGERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let patterns = [
        "punish",
        "entail",
        "sanction",
        "imposition",
        "penalt",
        "влеч",
        "Влеч",
        "ВЛЕЧ",
        "влек",
        "Влек",
        "ВЛЕК",
        "наказыва",
        "Наказыва",
        "НАКАЗЫВА",
        "кара",
        "Кара",
        "КАРА",
    ];
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(patterns)
        // The patterns are fixed literals above; building them cannot fail.
        .expect("the trigger patterns are valid literals")
});

/// Lower-cases `text` (and folds «ё» to «е») without changing any byte
/// offset, so that spans found in the copy are spans of the original. A
/// character whose lower case has another length is kept as it is.
fn fold_same_offsets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let l = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else if c == 'ё' || c == 'Ё' {
            'е'
        } else if c.is_uppercase() {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        } else {
            c
        };
        out.push(l);
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokKind {
    Word,
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: TokKind,
}

/// Splits text into words (letters and digits, joined by inner hyphens and
/// apostrophes: "medium-sized", «масс-медиа», "10-кратной"; digit groups
/// joined by separators: "2 000", "2,000") and single punctuation marks.
fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 8 + 1);
    let mut pos = 0;
    while let Some(c) = text[pos..].chars().next() {
        let start = pos;
        pos += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            toks.push(Tok {
                start,
                end: pos,
                kind: TokKind::Punct(c),
            });
            continue;
        }
        let digits = c.is_ascii_digit();
        let mut prev = c;
        while let Some(n) = text[pos..].chars().next() {
            if n.is_alphanumeric() {
                pos += n.len_utf8();
                prev = n;
                continue;
            }
            let rest = &text[pos + n.len_utf8()..];
            if matches!(n, '-' | '\'' | '’')
                && rest.chars().next().is_some_and(char::is_alphanumeric)
            {
                pos += n.len_utf8();
                continue;
            }
            // "2 000", "2,000": a separator followed by exactly three digits.
            if digits
                && prev.is_ascii_digit()
                && matches!(n, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
                && rest.len() >= 3
                && rest.as_bytes()[..3].iter().all(u8::is_ascii_digit)
                && !rest[3..].chars().next().is_some_and(char::is_alphanumeric)
            {
                pos += n.len_utf8() + 3;
                prev = '0';
                continue;
            }
            break;
        }
        toks.push(Tok {
            start,
            end: pos,
            kind: TokKind::Word,
        });
    }
    toks
}

/// Tokens with their lower-cased text, and the word tests the reader uses.
struct Words<'t> {
    text: &'t str,
    toks: &'t [Tok],
    en: bool,
}

/// A sanction head: the words naming a kind of sanction.
#[derive(Debug, Clone, Copy)]
struct Head {
    kind: SanctionKind,
    /// Byte where the head starts.
    start: usize,
    /// Token after the head.
    next: usize,
    life: bool,
}

/// An amount as read, before it is attached to a sanction.
#[derive(Debug, Clone, Copy)]
struct Read {
    min: Option<u64>,
    max: u64,
    unit: Option<Unit>,
    /// Introduced by a word that marks an amount ("в размере", "up to").
    cue: bool,
    /// Byte where the amount ends.
    end: usize,
    /// Token after the amount.
    next: usize,
}

impl Read {
    fn amount(&self, default: Unit) -> Amount {
        Amount {
            unit: self.unit.unwrap_or(default),
            min: self.min,
            max: self.max,
        }
    }
}

/// A unit as written; years are turned into months when an amount is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Written {
    Unit(Unit),
    Years,
    Sum,
}

/// How the words before a sanction join it to the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joint {
    None,
    Comma,
    Or,
    With,
    And,
}

fn starts(w: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| w.starts_with(p))
}

impl<'t> Words<'t> {
    fn word(&self, i: usize) -> Option<&'t str> {
        let t = self.toks.get(i)?;
        (t.kind == TokKind::Word).then(|| &self.text[t.start..t.end])
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            TokKind::Punct(c) => Some(c),
            TokKind::Word => None,
        }
    }

    fn is(&self, i: usize, options: &[&str]) -> bool {
        self.word(i).is_some_and(|w| options.contains(&w))
    }

    fn starts(&self, i: usize, prefixes: &[&str]) -> bool {
        self.word(i).is_some_and(|w| starts(w, prefixes))
    }

    /// Matches a run of words, each one of a set of options.
    fn seq(&self, i: usize, pattern: &[&[&str]]) -> Option<usize> {
        for (k, options) in pattern.iter().enumerate() {
            if !self.is(i + k, options) {
                return None;
            }
        }
        Some(i + pattern.len())
    }

    fn is_trigger(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        if self.en {
            // Not "entailed": "entailed grave consequences" describes the
            // offence, not its sanction.
            w.starts_with("punish")
                || matches!(
                    w,
                    "entail"
                        | "entails"
                        | "sanction"
                        | "sanctions"
                        | "imposition"
                        | "penalty"
                        | "penalties"
                )
        } else {
            matches!(
                w,
                "влечет"
                    | "влекут"
                    | "наказывается"
                    | "наказываются"
                    | "карается"
                    | "караются"
            )
        }
    }

    /// A clause ends at a semicolon or a full stop.
    fn clause_end(&self, from: usize) -> usize {
        (from..self.toks.len())
            .find(|&i| matches!(self.punct(i), Some(';' | '.' | '!' | '?')))
            .unwrap_or(self.toks.len())
    }

    fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }

    fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.end)
    }

    /// The byte after the last token before `next`.
    fn end_before(&self, next: usize) -> usize {
        next.checked_sub(1).map_or(0, |i| self.end(i))
    }

    fn head(&self, i: usize) -> Option<Head> {
        if self.en {
            self.head_en(i)
        } else {
            self.head_ru(i)
        }
    }

    fn head_ru(&self, i: usize) -> Option<Head> {
        let w = self.word(i)?;
        let start = self.start(i);
        let at = |kind, next| {
            Some(Head {
                kind,
                start,
                next,
                life: false,
            })
        };
        if w.starts_with("пожизненн") {
            let h = self.head_ru(i + 1)?;
            return matches!(
                h.kind,
                SanctionKind::Imprisonment | SanctionKind::DeprivationOfRight
            )
            .then_some(Head {
                start,
                life: true,
                ..h
            });
        }
        if w.starts_with("административн") {
            let h = self.head_ru(i + 1)?;
            return matches!(h.kind, SanctionKind::Arrest | SanctionKind::Expulsion)
                .then_some(Head { start, ..h });
        }
        if w.starts_with("привлечени") && self.is(i + 1, &["к"]) {
            let h = self.head_ru(i + 2)?;
            return (h.kind == SanctionKind::CommunityService).then_some(Head { start, ..h });
        }
        if w.starts_with("штраф") {
            return at(SanctionKind::Fine, i + 1);
        }
        if matches!(w, "арест" | "ареста" | "арестом" | "аресту" | "аресте")
        {
            return at(SanctionKind::Arrest, i + 1);
        }
        if w.starts_with("лишени") {
            let next = self.word(i + 1)?;
            if next.starts_with("свобод") {
                return at(SanctionKind::Imprisonment, i + 2);
            }
            if next.starts_with("прав") {
                return at(SanctionKind::DeprivationOfRight, self.right_tail(i + 2));
            }
            if next.starts_with("специальн") && self.starts(i + 2, &["прав"]) {
                return at(SanctionKind::DeprivationOfRight, i + 3);
            }
            if next.starts_with("гражданств") {
                return at(SanctionKind::CitizenshipDeprivation, i + 2);
            }
            if next.starts_with("лиценз") {
                return at(SanctionKind::LicenceRevocation, i + 2);
            }
            return None;
        }
        if w.starts_with("ограничени") && self.starts(i + 1, &["свобод"]) {
            return at(SanctionKind::RestrictionOfLiberty, i + 2);
        }
        if w.starts_with("исправительн") && self.starts(i + 1, &["работ"]) {
            return at(SanctionKind::CorrectionalWorks, i + 2);
        }
        if w.starts_with("общественн") && self.starts(i + 1, &["работ"]) {
            return at(SanctionKind::CommunityService, i + 2);
        }
        if w.starts_with("конфискаци") {
            return at(SanctionKind::Confiscation, i + 1);
        }
        if w.starts_with("предупреждени") {
            return at(SanctionKind::Warning, i + 1);
        }
        if w.starts_with("выдворени") {
            return at(SanctionKind::Expulsion, i + 1);
        }
        if w.starts_with("смертн") && self.starts(i + 1, &["казн"]) {
            return at(SanctionKind::DeathPenalty, i + 2);
        }
        let suspension = w.starts_with("приостановлени");
        let ban = w.starts_with("запрещени") || matches!(w, "запрет" | "запрета" | "запретом");
        if suspension || ban {
            let (outlet, activity) = if suspension {
                (
                    SanctionKind::OutletSuspension,
                    SanctionKind::ActivitySuspension,
                )
            } else {
                (SanctionKind::OutletBan, SanctionKind::ActivityBan)
            };
            for k in i + 1..i + 3 {
                let Some(o) = self.word(k) else { continue };
                if starts(
                    o,
                    &[
                        "выпуск",
                        "выход",
                        "распространени",
                        "вещани",
                        "издани",
                        "доступ",
                    ],
                ) {
                    return at(outlet, k + 1);
                }
                if o.starts_with("деятельност") {
                    return at(activity, k + 1);
                }
            }
        }
        None
    }

    fn head_en(&self, i: usize) -> Option<Head> {
        let w = self.word(i)?;
        let start = self.start(i);
        let at = |kind, next| {
            Some(Head {
                kind,
                start,
                next,
                life: false,
            })
        };
        if matches!(w, "life" | "lifelong" | "life-long") {
            let h = self.head_en(i + 1)?;
            return matches!(
                h.kind,
                SanctionKind::Imprisonment | SanctionKind::DeprivationOfRight
            )
            .then_some(Head {
                start,
                life: true,
                ..h
            });
        }
        if w == "administrative" {
            let h = self.head_en(i + 1)?;
            return matches!(h.kind, SanctionKind::Arrest | SanctionKind::Expulsion)
                .then_some(Head { start, ..h });
        }
        match w {
            "fine" | "fines" => return at(SanctionKind::Fine, i + 1),
            "arrest" | "detention" => return at(SanctionKind::Arrest, i + 1),
            "imprisonment" => {
                if let Some(next) = self.seq(i + 1, &[&["for"], &["life"]]) {
                    return Some(Head {
                        kind: SanctionKind::Imprisonment,
                        start,
                        next,
                        life: true,
                    });
                }
                return at(SanctionKind::Imprisonment, i + 1);
            }
            "jail" | "prison" if self.is(i + 1, &["sentence", "term"]) => {
                return at(SanctionKind::Imprisonment, i + 2);
            }
            "confiscation" => return at(SanctionKind::Confiscation, i + 1),
            "warning" => return at(SanctionKind::Warning, i + 1),
            "expulsion" | "deportation" => return at(SanctionKind::Expulsion, i + 1),
            "death" if self.is(i + 1, &["penalty", "sentence"]) => {
                return at(SanctionKind::DeathPenalty, i + 2);
            }
            "capital" if self.is(i + 1, &["punishment"]) => {
                return at(SanctionKind::DeathPenalty, i + 2);
            }
            "correctional" | "corrective"
                if self.is(i + 1, &["works", "work", "labour", "labor"]) =>
            {
                return at(SanctionKind::CorrectionalWorks, i + 2);
            }
            "community" | "public"
                if self.is(
                    i + 1,
                    &["service", "services", "works", "work", "labour", "labor"],
                ) =>
            {
                return at(SanctionKind::CommunityService, i + 2);
            }
            "licence" | "license" if self.is(i + 1, &["revocation", "withdrawal"]) => {
                return at(SanctionKind::LicenceRevocation, i + 2);
            }
            _ => {}
        }
        if matches!(
            w,
            "deprivation"
                | "restriction"
                | "limitation"
                | "revocation"
                | "withdrawal"
                | "cancellation"
        ) && self.is(i + 1, &["of"])
        {
            let k = if self.is(i + 2, &["the", "a", "an"]) {
                i + 3
            } else {
                i + 2
            };
            let o = self.word(k)?;
            let deprivation = w == "deprivation";
            let limits = matches!(w, "restriction" | "limitation");
            if starts(o, &["libert", "freedom"]) {
                if deprivation {
                    return at(SanctionKind::Imprisonment, k + 1);
                }
                if limits {
                    return at(SanctionKind::RestrictionOfLiberty, k + 1);
                }
            }
            if deprivation && matches!(o, "right" | "rights") {
                return at(SanctionKind::DeprivationOfRight, self.right_tail(k + 1));
            }
            if !limits && o == "citizenship" {
                return at(SanctionKind::CitizenshipDeprivation, k + 1);
            }
            if !limits && starts(o, &["licen"]) {
                return at(SanctionKind::LicenceRevocation, k + 1);
            }
            return None;
        }
        if matches!(w, "ban" | "prohibition" | "banning")
            && let Some(next) = self.seq(
                i + 1,
                &[&["on", "to"], &["holding", "occupying", "hold", "occupy"]],
            )
        {
            return at(SanctionKind::DeprivationOfRight, self.right_tail(next));
        }
        let suspension = matches!(w, "suspension" | "suspending");
        if suspension || matches!(w, "ban" | "prohibition" | "banning" | "prohibiting") {
            let (outlet, activity) = if suspension {
                (
                    SanctionKind::OutletSuspension,
                    SanctionKind::ActivitySuspension,
                )
            } else {
                (SanctionKind::OutletBan, SanctionKind::ActivityBan)
            };
            for k in i + 1..i + 5 {
                let Some(o) = self.word(k) else { continue };
                if starts(
                    o,
                    &[
                        "release",
                        "publication",
                        "issue",
                        "broadcast",
                        "distribution",
                        "outlet",
                        "media",
                        "newspaper",
                        "output",
                    ],
                ) {
                    return at(outlet, k + 1);
                }
                if o.starts_with("activit") {
                    return at(activity, k + 1);
                }
                if !matches!(o, "of" | "the" | "a" | "on" | "its" | "their") {
                    break;
                }
            }
        }
        None
    }

    /// Skips "to hold certain positions or engage in certain activity"
    /// («занимать определенные должности или заниматься определенной
    /// деятельностью») so that its "or" is not read as a joint.
    fn right_tail(&self, mut i: usize) -> usize {
        const TAIL: &[&str] = &[
            "to",
            "occupy",
            "hold",
            "holding",
            "occupying",
            "determined",
            "certain",
            "specified",
            "particular",
            "positions",
            "position",
            "posts",
            "post",
            "or",
            "and",
            "engage",
            "engaging",
            "in",
            "a",
            "an",
            "the",
            "activity",
            "activities",
            "занимать",
            "определенные",
            "определенную",
            "определенной",
            "должности",
            "должность",
            "или",
            "и",
            "заниматься",
            "деятельностью",
        ];
        let limit = i + 16;
        while i < limit {
            let Some(w) = self.word(i) else { break };
            if !TAIL.contains(&w)
                || (matches!(w, "or" | "или") && self.is(i + 1, &["without", "без"]))
            {
                break;
            }
            i += 1;
        }
        i
    }

    fn joint(&self, i: usize) -> Option<(Joint, usize)> {
        let w = self.word(i)?;
        let joint = match w {
            "либо" | "или" | "or" | "either" => Joint::Or,
            "с" | "со" | "with" => Joint::With,
            "и" | "and" | "plus" => Joint::And,
            "а" if self.is(i + 1, &["также"]) => return Some((Joint::And, i + 2)),
            "as" => {
                return self
                    .seq(i, &[&["as"], &["well"], &["as"]])
                    .map(|n| (Joint::And, n));
            }
            "along" | "together" if self.is(i + 1, &["with"]) => return Some((Joint::With, i + 2)),
            _ => return None,
        };
        Some((joint, i + 1))
    }

    /// «или без такового», "or without it": the sanction before is optional.
    fn or_without(&self, i: usize) -> Option<usize> {
        self.seq(
            i,
            &[&["или"], &["без"], &["такового", "таковой", "таковых"]],
        )
        .or_else(|| self.seq(i, &[&["or"], &["without"], &["it", "such", "them", "this"]]))
    }

    /// "with or without": the sanction after is additional and optional.
    fn with_or_without(&self, i: usize) -> Option<usize> {
        self.seq(i, &[&["with"], &["or"], &["without"]])
            .or_else(|| self.seq(i, &[&["с"], &["или"], &["без"]]))
    }

    /// «в том же размере», "in the same amount".
    fn same_amount(&self, i: usize) -> Option<usize> {
        self.seq(i, &[&["в"], &["том", "таком"], &["же"], &["размере"]])
            .or_else(|| {
                self.seq(
                    i,
                    &[&["in", "of"], &["the"], &["same"], &["amount", "size"]],
                )
            })
    }

    /// «на тот же срок», "for the same term".
    fn same_term(&self, i: usize) -> Option<usize> {
        self.seq(
            i,
            &[&["на"], &["тот", "такой"], &["же"], &["срок", "период"]],
        )
        .or_else(|| {
            self.seq(
                i,
                &[
                    &["for", "of"],
                    &["the"],
                    &["same"],
                    &["term", "period", "duration"],
                ],
            )
        })
    }

    /// Subject words: the set they name and the token after them.
    fn subject(&self, i: usize) -> Option<(u8, usize)> {
        let w = self.word(i)?;
        let one = |s: Subject, n: usize| Some((s.bit(), n));
        if self.en {
            return match w {
                "individuals" | "citizens" => one(Subject::Individuals, i + 1),
                "natural" | "physical" if self.is(i + 1, &["persons", "person"]) => {
                    one(Subject::Individuals, i + 2)
                }
                "officials" => one(Subject::Officials, i + 1),
                "official" if self.is(i + 1, &["persons"]) => one(Subject::Officials, i + 2),
                "legal" if self.is(i + 1, &["entities", "entity", "persons", "person"]) => {
                    one(Subject::LegalEntities, i + 2)
                }
                _ if starts(
                    w,
                    &["non-commercial", "noncommercial", "non-profit", "nonprofit"],
                ) =>
                {
                    one(Subject::NonCommercial, i + 1)
                }
                _ => {
                    let s = if w == "small" {
                        Subject::SmallBusiness
                    } else if w.starts_with("medium") {
                        Subject::MediumBusiness
                    } else if w == "large" || w.starts_with("large-") {
                        Subject::LargeBusiness
                    } else {
                        return None;
                    };
                    let business = (i + 1..i + 3).any(|k| {
                        self.starts(k, &["business", "entrepreneur", "enterprise", "compan"])
                    });
                    business.then_some((s.bit(), i + 1))
                }
            };
        }
        if w.starts_with("физическ") {
            return one(Subject::Individuals, i + 1);
        }
        if w.starts_with("должностн") {
            return one(Subject::Officials, i + 1);
        }
        if w.starts_with("юридическ") {
            return one(Subject::LegalEntities, i + 1);
        }
        if w.starts_with("некоммерческ") {
            return one(Subject::NonCommercial, i + 1);
        }
        let s = match w {
            "малого" | "малое" | "малые" | "малых" => Subject::SmallBusiness,
            "среднего" | "среднее" | "средние" | "средних" => {
                Subject::MediumBusiness
            }
            "крупного" | "крупное" | "крупные" | "крупных" => {
                Subject::LargeBusiness
            }
            _ => return None,
        };
        self.starts(i + 1, &["предпринимател"])
            .then_some((s.bit(), i + 1))
    }

    /// Words around subject names that say nothing themselves.
    fn subject_filler(&self, i: usize) -> bool {
        self.is(
            i,
            &[
                "на",
                "для",
                "лиц",
                "лица",
                "субъектов",
                "субъекты",
                "предпринимательства",
                "организации",
                "организаций",
                "on",
                "for",
                "businesses",
                "business",
                "entrepreneurs",
                "entrepreneurship",
                "enterprises",
                "subjects",
                "of",
                "organizations",
                "organisations",
                "persons",
                "companies",
            ],
        )
    }

    /// The unit written at `i`, if any, and the token after it.
    fn unit(&self, i: usize) -> Option<(Written, usize)> {
        let w = self.word(i)?;
        let u = |u: Unit| Some((Written::Unit(u), i + 1));
        if self.en {
            return match w {
                "monthly"
                    if self.starts(i + 1, &["calculat"])
                        && self.starts(i + 2, &["ind", "indicator"]) =>
                {
                    Some((Written::Unit(Unit::Mci), i + 3))
                }
                "mci" | "mcis" | "mrp" => u(Unit::Mci),
                "tenge" | "kzt" => u(Unit::Tenge),
                "year" | "years" => Some((Written::Years, i + 1)),
                "month" | "months" => u(Unit::Months),
                "day" | "days" => u(Unit::Days),
                "hour" | "hours" => u(Unit::Hours),
                "the" if self.is(i + 1, &["amount", "sum", "value"]) => Some((Written::Sum, i + 2)),
                "amount" | "sum" | "value" => Some((Written::Sum, i + 1)),
                _ => None,
            };
        }
        match w {
            _ if w.starts_with("месячн")
                && self.starts(i + 1, &["расчетн"])
                && self.starts(i + 2, &["показател"]) =>
            {
                Some((Written::Unit(Unit::Mci), i + 3))
            }
            "мрп" => u(Unit::Mci),
            "тенге" => u(Unit::Tenge),
            "лет" | "год" | "года" | "году" | "годам" | "годах" => {
                Some((Written::Years, i + 1))
            }
            "месяц" | "месяца" | "месяцев" | "месяцам" | "месяцах" => {
                u(Unit::Months)
            }
            "сутки" | "суток" | "суткам" | "дней" | "дня" | "день" | "дням" => {
                u(Unit::Days)
            }
            "час" | "часа" | "часов" | "часам" => u(Unit::Hours),
            "суммы" | "сумме" | "сумму" | "стоимости" => {
                Some((Written::Sum, i + 1))
            }
            _ => None,
        }
    }

    /// A number starting at token `i`, read over the words that follow.
    fn number(&self, i: usize) -> Option<(Number, usize)> {
        let mut buf = [""; 8];
        let mut n = 0;
        while n < buf.len() {
            match self.word(i + n) {
                Some(w) => buf[n] = w,
                None => break,
            }
            n += 1;
        }
        let lang = if self.en { Language::En } else { Language::Ru };
        let number = parse_number(&buf[..n], lang)?;
        Some((number, i + number.len))
    }

    /// Reads an amount: optional lead words ("в размере", "for the term
    /// of"), then "up to N", "from N to M", "between N and M", "N to M" or
    /// "N", each number optionally followed by its unit.
    fn amount(&self, i: usize, end: usize) -> Option<Read> {
        const LEAD: &[&str] = &[
            "в",
            "на",
            "размере",
            "размер",
            "срок",
            "сроком",
            "сумме",
            "in",
            "the",
            "a",
            "an",
            "for",
            "amount",
            "of",
            "term",
            "period",
            "ranging",
            "sum",
            "size",
            "value",
            "duration",
        ];
        const CUES: &[&str] = &[
            "размере",
            "размер",
            "срок",
            "сроком",
            "сумме",
            "amount",
            "of",
            "term",
            "period",
            "ranging",
            "sum",
            "size",
            "duration",
        ];
        let mut j = i;
        let mut cue = false;
        while j < end && j < i + 6 {
            if matches!(self.punct(j), Some('–' | '—' | '-')) {
                j += 1;
                continue;
            }
            match self.word(j) {
                Some(w) if LEAD.contains(&w) => {
                    cue |= CUES.contains(&w);
                    j += 1;
                }
                _ => break,
            }
        }
        #[derive(PartialEq)]
        enum Mode {
            Fixed,
            UpTo,
            From,
            Between,
        }
        let (mode, j) = if self.is(j, &["до"]) {
            (Mode::UpTo, j + 1)
        } else if let Some(n) = self.seq(j, &[&["up"], &["to"]]) {
            (Mode::UpTo, n)
        } else if let Some(n) = self.seq(j, &[&["не"], &["более", "свыше", "выше"]])
        {
            (Mode::UpTo, n)
        } else if let Some(n) = self
            .seq(
                j,
                &[&["not", "no"], &["more", "exceeding", "over"], &["than"]],
            )
            .or_else(|| self.seq(j, &[&["not"], &["exceeding", "over"]]))
        {
            (Mode::UpTo, n)
        } else if self.is(j, &["от", "from"]) {
            (Mode::From, j + 1)
        } else if self.is(j, &["between"]) {
            (Mode::Between, j + 1)
        } else {
            (Mode::Fixed, j)
        };
        if j >= end {
            return None;
        }
        let cue = cue || mode != Mode::Fixed;
        let (a, after_a) = self.number(j)?;
        let (unit_a, after_a) = match self.unit(after_a) {
            Some((u, n)) if n <= end => (Some(u), n),
            _ => (None, after_a),
        };
        let mut done = (None, a, unit_a, after_a);
        if mode != Mode::UpTo {
            let sep = if mode == Mode::Between {
                self.seq(after_a, &[&["and"]])
            } else if matches!(self.punct(after_a), Some('–' | '—' | '-')) {
                Some(after_a + 1)
            } else {
                self.seq(after_a, &[&["up"], &["to"]])
                    .or_else(|| self.seq(after_a, &[&["до", "to", "through"]]))
            };
            let second = sep.filter(|&s| s < end).and_then(|s| self.number(s));
            match second {
                Some((b, after_b)) => {
                    let (unit_b, after_b) = match self.unit(after_b) {
                        Some((u, n)) if n <= end => (Some(u), n),
                        _ => (None, after_b),
                    };
                    done = (Some((a, unit_a)), b, unit_b, after_b);
                }
                // "от пяти лет до установления запрета…": no upper bound.
                None if mode != Mode::Fixed => return None,
                None => {}
            }
        }
        let (low, high, unit_high, next) = done;
        let (min, max, unit) = match (mode, low) {
            (Mode::UpTo, _) => (None, to_unit_value(high.value, unit_high)?, unit_high),
            (_, Some((low, unit_low))) => {
                let unit = unit_high.or(unit_low);
                let mut low_value = low.value;
                // «от трех до семи тысяч»: the lower bound shares the scale.
                if unit_low.is_none()
                    && low.trailing_scale == 1
                    && high.trailing_scale > 1
                    && low
                        .value
                        .checked_mul(high.trailing_scale)
                        .is_some_and(|v| v <= high.value)
                {
                    low_value = low.value * high.trailing_scale;
                }
                let min = to_unit_value(low_value, unit_low.or(unit_high))?;
                let max = to_unit_value(high.value, unit)?;
                (Some(min.min(max)), min.max(max), unit)
            }
            (_, None) => {
                let v = to_unit_value(high.value, unit_high)?;
                (Some(v), v, unit_high)
            }
        };
        let multiple = high.multiple || low.is_some_and(|(l, _)| l.multiple);
        let unit = if multiple {
            Some(Unit::SumMultiple)
        } else {
            match unit {
                Some(Written::Unit(u)) => Some(u),
                Some(Written::Years) => Some(Unit::Months),
                Some(Written::Sum) | None => None,
            }
        };
        Some(Read {
            min,
            max,
            unit,
            cue,
            end: self.end_before(next),
            next,
        })
    }
}

/// Years become months; other units keep their value.
fn to_unit_value(value: u64, unit: Option<Written>) -> Option<u64> {
    match unit {
        Some(Written::Years) => value.checked_mul(12),
        _ => Some(value),
    }
}

/// The fine a clause is reading: later subject groups and amounts attach to
/// it («на должностных лиц в размере десяти, на субъектов малого
/// предпринимательства – в размере двадцати…»).
#[derive(Debug, Clone, Copy)]
struct OpenFine {
    role: Role,
    optional: bool,
    head_start: usize,
    /// The sanction pushed for the head, still waiting for an amount.
    placeholder: Option<usize>,
    /// Another sanction came after the last amount; only a new subject group
    /// resumes the fine.
    paused: bool,
    /// Words between the head and the first amount were not understood, so
    /// the first span starts at the subjects, not at the head.
    skipped: bool,
}

/// Reads one sanction clause.
struct Clause<'w, 't, 'o> {
    words: &'w Words<'t>,
    out: &'o mut Vec<Sanction>,
    first: usize,
    end: usize,
    joint: Joint,
    optional_next: bool,
    subjects: u8,
    group_start: Option<usize>,
    /// The subject group already has its amount; the next subject word
    /// starts a new group.
    sealed: bool,
    fine: Option<OpenFine>,
    /// Fines read before their unit («в размере двадцати, …, трехсот
    /// месячных расчетных показателей»).
    unitless: Vec<usize>,
    last_fine: Option<usize>,
    last_term: Option<Amount>,
    /// A term read before its head ("up to 20 days' imprisonment").
    loose_term: Option<(Amount, usize)>,
}

impl<'w, 't, 'o> Clause<'w, 't, 'o> {
    fn new(words: &'w Words<'t>, out: &'o mut Vec<Sanction>, end: usize) -> Self {
        let first = out.len();
        Clause {
            words,
            out,
            first,
            end,
            joint: Joint::None,
            optional_next: false,
            subjects: 0,
            group_start: None,
            sealed: false,
            fine: None,
            unitless: Vec::new(),
            last_fine: None,
            last_term: None,
            loose_term: None,
        }
    }

    fn read(mut self, from: usize) {
        let w = self.words;
        let mut i = from;
        while i < self.end {
            if let Some(c) = w.punct(i) {
                if c == ',' {
                    self.join(Joint::Comma);
                }
                i += 1;
                continue;
            }
            if let Some(n) = w.or_without(i) {
                if let Some(last) = self.out[self.first..].last_mut() {
                    last.optional = true;
                }
                i = n;
                continue;
            }
            if let Some(n) = w.with_or_without(i) {
                self.join(Joint::With);
                self.optional_next = true;
                i = n;
                continue;
            }
            if let Some(head) = w.head(i) {
                i = self.on_head(head);
                continue;
            }
            // A second trigger before any sanction restarts the clause:
            // "…, entailed grave consequences, – shall be punished by …".
            if self.out.len() == self.first && w.is_trigger(i) {
                self.joint = Joint::None;
                i += 1;
                continue;
            }
            if let Some((joint, n)) = w.joint(i) {
                self.join(joint);
                i = n;
                continue;
            }
            if let Some(fine) = self.fine {
                if let Some((set, n)) = w.subject(i) {
                    self.on_subject(set, i);
                    i = n;
                    continue;
                }
                if w.subject_filler(i) {
                    i += 1;
                    continue;
                }
                if !fine.paused
                    && let Some(read) = w.amount(i, self.end)
                    && (read.cue || read.unit.is_some())
                {
                    self.on_fine_amount(read, w.start(i));
                    i = read.next;
                    continue;
                }
                if fine.placeholder.is_some()
                    && let Some(f) = &mut self.fine
                {
                    f.skipped = true;
                }
            } else if let Some(read) = w.amount(i, self.end)
                && matches!(read.unit, Some(Unit::Days | Unit::Months | Unit::Hours))
            {
                self.loose_term = Some((read.amount(Unit::Months), w.start(i)));
                i = read.next;
                continue;
            }
            i += 1;
        }
    }

    fn join(&mut self, joint: Joint) {
        // A comma only joins when no word did: ", либо" is still "or".
        if joint != Joint::Comma || self.joint == Joint::None {
            self.joint = joint;
        }
    }

    fn role_for(&self, kind: SanctionKind) -> Role {
        let Some(prev) = self.out[self.first..].last() else {
            return Role::Main;
        };
        match self.joint {
            Joint::Or => Role::Alternative,
            Joint::With => Role::Additional,
            // "a, b, or c" lists alternatives; after an additional sanction
            // a comma or "and" adds another one.
            Joint::None | Joint::Comma | Joint::And => {
                if prev.role == Role::Additional || kind.usually_additional() {
                    Role::Additional
                } else {
                    Role::Alternative
                }
            }
        }
    }

    /// "a possible prohibition": the sanction may be left out.
    fn said_possible(&self, head_token: usize) -> bool {
        (head_token.saturating_sub(2)..head_token).any(|k| {
            self.words.is(
                k,
                &["possible", "possibly", "optional", "возможное", "возможно"],
            )
        })
    }

    fn push(&mut self, s: Sanction) -> usize {
        self.out.push(s);
        self.out.len() - 1
    }

    fn on_head(&mut self, head: Head) -> usize {
        let w = self.words;
        let head_token = w.toks.partition_point(|t| t.start < head.start);
        let role = self.role_for(head.kind);
        let optional = std::mem::take(&mut self.optional_next) || self.said_possible(head_token);
        self.joint = Joint::None;
        let loose = self.loose_term.take();

        if head.kind == SanctionKind::Fine {
            let index = self.push(Sanction {
                kind: SanctionKind::Fine,
                subject: Subject::Any,
                role,
                optional,
                amount: None,
                span: head.start..w.end_before(head.next),
            });
            self.fine = Some(OpenFine {
                role,
                optional,
                head_start: head.start,
                placeholder: Some(index),
                paused: false,
                skipped: false,
            });
            self.subjects = 0;
            self.group_start = None;
            self.sealed = false;
            return head.next;
        }
        if let Some(f) = &mut self.fine {
            f.paused = true;
        }

        let mut next = head.next;
        let mut amount = None;
        let mut end = w.end_before(head.next);
        let mut start = head.start;
        if head.life {
            amount = Some(Amount::life());
        } else if head.kind == SanctionKind::CorrectionalWorks {
            if let Some(n) = w.same_amount(next) {
                amount = self.last_fine.and_then(|k| self.out[k].amount);
                next = n;
                end = w.end_before(n);
            } else if let Some(read) = w.amount(next, self.end).filter(|r| r.cue) {
                amount = Some(read.amount(Unit::Mci));
                next = read.next;
                end = read.end;
            }
        } else if head.kind.takes_term() {
            if let Some((found, n)) = self.find_term(next) {
                amount = found;
                next = n;
                end = w.end_before(n);
            } else if let Some((loose, loose_start)) = loose {
                amount = Some(loose);
                start = loose_start;
            }
        }
        if head.kind.is_custodial_term()
            && let Some(a) = amount
            && matches!(a.unit, Unit::Days | Unit::Months)
        {
            self.last_term = Some(a);
        }

        // The span of a sanction without an amount covers its object:
        // «конфискацией имущества», "confiscation of media products".
        if amount.is_none() && next == head.next {
            next = self.object_end(next);
            end = w.end_before(next);
        }
        // «запрещением деятельности юридического лица», "prohibition of
        // activities for legal entities": the subject follows the head.
        let mut subjects = 0;
        if matches!(
            head.kind,
            SanctionKind::ActivityBan | SanctionKind::ActivitySuspension
        ) {
            let k = if w.is(next, &["for", "of", "on"]) {
                next + 1
            } else {
                next
            };
            if let Some((set, n)) = w.subject(k) {
                subjects = set;
                next = if w.is(n, &["лица", "лиц"]) {
                    n + 1
                } else {
                    n
                };
                end = w.end_before(next);
            }
        }
        // An alternative inside a per-subject fine list applies to the
        // subjects of that list item («на физических лиц – … либо
        // административный арест…»); additional sanctions after the list
        // apply to everyone fined.
        if subjects == 0 && role == Role::Alternative && self.fine.is_some() {
            subjects = self.subjects;
        }
        for subject in subjects_of(subjects) {
            self.push(Sanction {
                kind: head.kind,
                subject,
                role,
                optional,
                amount,
                span: start..end,
            });
        }
        next
    }

    /// The term after a head: «на срок до трех лет», "for the term of up to
    /// two years", «на тот же срок», skipping the object of the sanction
    /// («выпуска (выхода в эфир) средства массовой информации»).
    fn find_term(&self, from: usize) -> Option<(Option<Amount>, usize)> {
        let w = self.words;
        let mut j = from;
        while j < self.end && j < from + 16 {
            match w.punct(j) {
                Some(',') => return None,
                Some(_) => {
                    j += 1;
                    continue;
                }
                None => {}
            }
            if let Some(n) = w.same_term(j) {
                return Some((self.last_term, n));
            }
            match w.amount(j, self.end) {
                Some(read)
                    if matches!(read.unit, Some(Unit::Hours | Unit::Days | Unit::Months)) =>
                {
                    return Some((Some(read.amount(Unit::Months)), read.next));
                }
                // «на срок от пяти лет до установления запрета …»: a range
                // this reader cannot bound; reading on would take its lower
                // bound for a fixed term.
                None if w.is(j, &["от", "до", "from", "between"]) => return None,
                _ => {}
            }
            if w.head(j).is_some()
                || w.joint(j).is_some_and(|(joint, _)| joint != Joint::And)
                || w.or_without(j).is_some()
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// The token after the object words of a sanction: up to the next
    /// punctuation, joint or sanction.
    fn object_end(&self, from: usize) -> usize {
        let w = self.words;
        let mut j = from;
        while j < self.end && j < from + 10 {
            if w.punct(j).is_some()
                || w.head(j).is_some()
                || w.joint(j).is_some()
                || w.or_without(j).is_some()
                || w.subject(j).is_some()
            {
                break;
            }
            j += 1;
        }
        j
    }

    fn on_subject(&mut self, set: u8, i: usize) {
        if self.sealed {
            self.subjects = 0;
            self.group_start = None;
            self.sealed = false;
        }
        self.subjects |= set;
        // The span of a group includes the words that open it: «на
        // субъектов малого…», "for small businesses".
        let mut open = i;
        while open > i.saturating_sub(2)
            && self.words.is(
                open - 1,
                &["на", "субъектов", "субъекты", "for", "on", "subjects", "of"],
            )
        {
            open -= 1;
        }
        self.group_start.get_or_insert(self.words.start(open));
        if let Some(f) = &mut self.fine {
            f.paused = false;
        }
    }

    fn on_fine_amount(&mut self, read: Read, amount_start: usize) {
        let Some(fine) = self.fine else { return };
        let start = match (fine.placeholder, fine.skipped, self.group_start) {
            (Some(_), false, _) => fine.head_start,
            (_, _, Some(g)) => g,
            (_, _, None) => amount_start,
        };
        let amount = read.amount(Unit::Mci);
        let mut placeholder = fine.placeholder;
        let mut last = None;
        for subject in subjects_of(self.subjects) {
            let sanction = Sanction {
                kind: SanctionKind::Fine,
                subject,
                role: fine.role,
                optional: fine.optional,
                amount: Some(amount),
                span: start..read.end,
            };
            let index = match placeholder.take() {
                Some(k) => {
                    self.out[k] = sanction;
                    k
                }
                None => self.push(sanction),
            };
            if read.unit.is_none() {
                self.unitless.push(index);
            }
            last = Some(index);
        }
        // One unit at the end of a per-subject list applies to every figure
        // before it that had none.
        if let Some(unit) = read.unit {
            for k in self.unitless.drain(..) {
                if let Some(a) = &mut self.out[k].amount {
                    a.unit = unit;
                }
            }
        }
        if let Some(f) = &mut self.fine {
            f.placeholder = None;
        }
        self.last_fine = last;
        self.sealed = true;
        self.joint = Joint::None;
    }
}

/// The subjects in a set, in the order the codes list them; the empty set
/// is [`Subject::Any`].
fn subjects_of(set: u8) -> impl Iterator<Item = Subject> {
    let any = (set == 0).then_some(Subject::Any);
    any.into_iter().chain(
        Subject::LISTED
            .into_iter()
            .filter(move |s| set & s.bit() != 0),
    )
}

/// The years whose MCI converts the two versions' fines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct CompareContext {
    /// The year the old version applies, if known.
    pub old_year: Option<i32>,
    /// The year the new version applies, if known.
    pub new_year: Option<i32>,
}

/// How a penalty changed between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// The new version allows a harsher penalty.
    Raised,
    /// The new version allows a milder penalty.
    Lowered,
    /// The penalty is new.
    Added,
    /// The penalty is gone.
    Removed,
    /// The penalty changed in a way that cannot be ranked (e.g. MCI to a
    /// multiple of a sum, or a stated amount where there was none).
    Changed,
}

/// An amount in MCI converted to tenge at one year's MCI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Tenge {
    /// The year whose MCI was used.
    pub year: i32,
    /// The MCI of that year, in tenge.
    pub mci: u32,
    /// The lower bound in tenge, as in [`Amount::min`].
    pub min: Option<u64>,
    /// The upper bound in tenge.
    pub max: u64,
}

impl Tenge {
    fn of(amount: Option<&Amount>, year: Option<i32>) -> Option<Tenge> {
        let amount = amount.filter(|a| a.unit == Unit::Mci)?;
        let year = year?;
        let mci = mci_for_year(year)?;
        let min = match amount.min {
            Some(m) => Some(m.checked_mul(u64::from(mci))?),
            None => None,
        };
        Some(Tenge {
            year,
            mci,
            min,
            max: amount.max.checked_mul(u64::from(mci))?,
        })
    }
}

impl fmt::Display for Tenge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let amount = Amount {
            unit: Unit::Tenge,
            min: self.min,
            max: self.max,
        };
        write!(
            f,
            "{amount} at {} MCI ({})",
            group_thousands(u64::from(self.mci)),
            self.year
        )
    }
}

/// One penalty that differs between two versions of a provision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PenaltyChange {
    /// The kind of sanction.
    pub kind: SanctionKind,
    /// Whom it applies to.
    pub subject: Subject,
    /// Raised, lowered, added, removed or changed.
    pub change: ChangeKind,
    /// The old version's sanction (the harshest of its kind and subject).
    pub old: Option<Sanction>,
    /// The new version's sanction (the harshest of its kind and subject).
    pub new: Option<Sanction>,
    /// New maximum over old maximum, when both are in the same unit.
    pub factor: Option<f64>,
    /// The old amount in tenge at the old year's MCI (amounts in MCI only).
    pub old_tenge: Option<Tenge>,
    /// The new amount in tenge at the new year's MCI (amounts in MCI only).
    pub new_tenge: Option<Tenge>,
}

impl fmt::Display for PenaltyChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.name())?;
        if self.subject != Subject::Any {
            write!(f, " on {}", self.subject)?;
        }
        let word = match self.change {
            ChangeKind::Raised => "raised",
            ChangeKind::Lowered => "lowered",
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        };
        write!(f, ": {word}")?;
        if let Some(factor) = self.factor {
            let rounded = (factor * 100.0).round() / 100.0;
            write!(f, " ×{rounded}")?;
        }
        let side = |s: &Option<Sanction>, t: &Option<Tenge>| -> String {
            let amount = s.as_ref().and_then(|s| s.amount);
            let mut text = amount.map_or_else(|| "no amount".to_string(), |a| a.to_string());
            if let Some(t) = t {
                text.push_str(&format!(" = {t}"));
            }
            text
        };
        match (&self.old, &self.new) {
            (Some(_), Some(_)) => write!(
                f,
                " ({} → {})",
                side(&self.old, &self.old_tenge),
                side(&self.new, &self.new_tenge)
            ),
            (None, Some(_)) => write!(f, " ({})", side(&self.new, &self.new_tenge)),
            (Some(_), None) => write!(f, " (was {})", side(&self.old, &self.old_tenge)),
            (None, None) => Ok(()),
        }
    }
}

/// Compares the sanctions of two versions of a provision, per kind and
/// subject; a penalty whose values did not change is not reported, however
/// its wording changed.
///
/// When one version names subjects and the other does not (a fine "on
/// officials" where there was a plain fine), the unnamed sanction is compared
/// with each named one.
pub fn compare(old: &[Sanction], new: &[Sanction], ctx: &CompareContext) -> Vec<PenaltyChange> {
    let old_by = harshest_by_key(old, ctx.old_year);
    let new_by = harshest_by_key(new, ctx.new_year);
    let mut keys: Vec<(SanctionKind, Subject)> =
        old_by.keys().chain(new_by.keys()).copied().collect();
    keys.sort_unstable();
    keys.dedup();
    let named = |by: &BTreeMap<(SanctionKind, Subject), &Sanction>, kind: SanctionKind| {
        by.keys().any(|&(k, s)| k == kind && s != Subject::Any)
    };
    let mut changes = Vec::new();
    for (kind, subject) in keys {
        let o = old_by.get(&(kind, subject)).copied();
        let n = new_by.get(&(kind, subject)).copied();
        let (o, n) = match (o, n) {
            // A plain sanction stands for each named one on the other side.
            (None, Some(n)) if subject != Subject::Any => {
                (old_by.get(&(kind, Subject::Any)).copied(), Some(n))
            }
            (Some(o), None) if subject != Subject::Any => {
                (Some(o), new_by.get(&(kind, Subject::Any)).copied())
            }
            // ... and was compared with them there.
            (None, Some(_)) if named(&old_by, kind) => continue,
            (Some(_), None) if named(&new_by, kind) => continue,
            pair => pair,
        };
        if let Some(change) = change_between(kind, subject, o, n, ctx) {
            changes.push(change);
        }
    }
    changes
}

fn harshest_by_key(
    sanctions: &[Sanction],
    year: Option<i32>,
) -> BTreeMap<(SanctionKind, Subject), &Sanction> {
    let mut by: BTreeMap<(SanctionKind, Subject), &Sanction> = BTreeMap::new();
    for s in sanctions {
        by.entry((s.kind, s.subject))
            .and_modify(|best| {
                let harsher = severity(best.amount.as_ref(), s.amount.as_ref(), year, year);
                if harsher == Some(Ordering::Less)
                    || (harsher == Some(Ordering::Equal) && best.optional && !s.optional)
                {
                    *best = s;
                }
            })
            .or_insert(s);
    }
    by
}

/// Ranks two amounts of one kind of sanction: `Less` when `b` is harsher.
/// `None` when they cannot be ranked.
fn severity(
    a: Option<&Amount>,
    b: Option<&Amount>,
    year_a: Option<i32>,
    year_b: Option<i32>,
) -> Option<Ordering> {
    let (a, b) = match (a, b) {
        (None, None) => return Some(Ordering::Equal),
        (Some(a), Some(b)) => (a, b),
        _ => return None,
    };
    // Months against days: a month counts as 30 days, for ranking only.
    let in_days = |x: &Amount, v: u64| {
        if x.unit == Unit::Months {
            v.checked_mul(30)
        } else {
            Some(v)
        }
    };
    if a.unit == b.unit {
        return Some((a.max, a.min.unwrap_or(0)).cmp(&(b.max, b.min.unwrap_or(0))));
    }
    match (a.unit, b.unit) {
        (Unit::Life, Unit::Hours | Unit::Days | Unit::Months) => Some(Ordering::Greater),
        (Unit::Hours | Unit::Days | Unit::Months, Unit::Life) => Some(Ordering::Less),
        (Unit::Days | Unit::Months, Unit::Days | Unit::Months) => {
            let ka = (in_days(a, a.max)?, in_days(a, a.min.unwrap_or(0))?);
            let kb = (in_days(b, b.max)?, in_days(b, b.min.unwrap_or(0))?);
            Some(ka.cmp(&kb))
        }
        (Unit::Mci | Unit::Tenge, Unit::Mci | Unit::Tenge) => {
            let ta = in_tenge(a, year_a)?;
            let tb = in_tenge(b, year_b)?;
            Some(ta.cmp(&tb))
        }
        _ => None,
    }
}

/// (max, min) in tenge, for ranking a fine in MCI against one in tenge.
fn in_tenge(a: &Amount, year: Option<i32>) -> Option<(u64, u64)> {
    let rate = match a.unit {
        Unit::Tenge => 1,
        Unit::Mci => u64::from(mci_for_year(year?)?),
        _ => return None,
    };
    Some((
        a.max.checked_mul(rate)?,
        a.min.unwrap_or(0).checked_mul(rate)?,
    ))
}

fn change_between(
    kind: SanctionKind,
    subject: Subject,
    old: Option<&Sanction>,
    new: Option<&Sanction>,
    ctx: &CompareContext,
) -> Option<PenaltyChange> {
    let old_amount = old.and_then(|s| s.amount.as_ref());
    let new_amount = new.and_then(|s| s.amount.as_ref());
    let change = match (old, new) {
        (None, None) => return None,
        (None, Some(_)) => ChangeKind::Added,
        (Some(_), None) => ChangeKind::Removed,
        (Some(o), Some(n)) => match severity(old_amount, new_amount, ctx.old_year, ctx.new_year) {
            Some(Ordering::Less) => ChangeKind::Raised,
            Some(Ordering::Greater) => ChangeKind::Lowered,
            // Same values: an additional sanction that became mandatory is
            // harsher, one that became optional milder; else only reworded.
            Some(Ordering::Equal) => match (o.optional, n.optional) {
                (true, false) => ChangeKind::Raised,
                (false, true) => ChangeKind::Lowered,
                _ => return None,
            },
            None => ChangeKind::Changed,
        },
    };
    let factor = match (old_amount, new_amount) {
        (Some(o), Some(n))
            if o.unit == n.unit && o.unit != Unit::Life && o.max > 0 && o.max != n.max =>
        {
            Some(n.max as f64 / o.max as f64)
        }
        _ => None,
    };
    Some(PenaltyChange {
        kind,
        subject,
        change,
        old: old.cloned(),
        new: new.cloned(),
        factor,
        old_tenge: Tenge::of(old_amount, ctx.old_year),
        new_tenge: Tenge::of(new_amount, ctx.new_year),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sanctions of a text, one line each in their report form.
    fn show(text: &str, lang: Language) -> Vec<String> {
        extract(text, lang)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn check(table: &[(&str, &[&str])], lang: Language) {
        for (text, want) in table {
            assert_eq!(show(text, lang), *want, "\n{text}");
        }
    }

    /// Criminal Code sanctions as the ARTICLE 19 submission (seed 000)
    /// translates them in its footnotes 14–17, 19, 28, 37 and 39, one part
    /// at a time.
    const SEED_000: &[(&str, &[&str])] = &[
        // Art. 376 part 1
        (
            "– shall be punished by the fine in the amount of up to two hundred monthly calculation indices or correctional works in the same amount, or arrest for the term of up to fifty days;",
            &[
                "fine: up to 200 MCI",
                "correctional works: up to 200 MCI (alternative)",
                "arrest: up to 50 days (alternative)",
            ],
        ),
        // Art. 376 part 2
        (
            "- shall be punished by the fine in the amount of up to two thousand monthly calculation indices or correctional works in the same amount, or restriction of liberty for the term of up to two years, or imprisonment for the same term;",
            &[
                "fine: up to 2,000 MCI",
                "correctional works: up to 2,000 MCI (alternative)",
                "restriction of liberty: up to 2 years (alternative)",
                "imprisonment: up to 2 years (alternative)",
            ],
        ),
        // Art. 376 part 3, Art. 373 part 2, Art. 375 part 2
        (
            "– shall be punished by the fine in the amount of up to three thousand monthly calculation indices or correctional works in the same amount, or restriction of liberty for the term of up to three years, or imprisonment for the same term;",
            &[
                "fine: up to 3,000 MCI",
                "correctional works: up to 3,000 MCI (alternative)",
                "restriction of liberty: up to 3 years (alternative)",
                "imprisonment: up to 3 years (alternative)",
            ],
        ),
        // Art. 378 part 1
        (
            "– shall be punished by the fine in the amount of up to eighty monthly calculation indices or correctional works in the same amount, or community services for the term of up to eighty hours, or arrest for the term of up to twenty days;",
            &[
                "fine: up to 80 MCI",
                "correctional works: up to 80 MCI (alternative)",
                "community service: up to 80 hours (alternative)",
                "arrest: up to 20 days (alternative)",
            ],
        ),
        // Art. 378 part 2
        (
            "- shall be punished by the fine in the amount of up to one hundred and sixty monthly calculation indices or correctional works in the same amount, or community services for the term of up to one hundred and sixty hours, or arrest for the term of up to forty days;",
            &[
                "fine: up to 160 MCI",
                "correctional works: up to 160 MCI (alternative)",
                "community service: up to 160 hours (alternative)",
                "arrest: up to 40 days (alternative)",
            ],
        ),
        // Art. 373 part 1, Art. 375 part 1
        (
            "– shall be punished by the fine in the amount of up to two thousand monthly calculation indices or correctional works in the same amount, or restriction of liberty for the term of up to two years, or imprisonment for the same term;",
            &[
                "fine: up to 2,000 MCI",
                "correctional works: up to 2,000 MCI (alternative)",
                "restriction of liberty: up to 2 years (alternative)",
                "imprisonment: up to 2 years (alternative)",
            ],
        ),
        // Art. 373 part 3 (the footnote ends with a full stop), Art. 375 part 3
        (
            "– shall be punished by the fine in the amount of up to five thousand monthly calculation indices or correctional works in the same amount, or restriction of liberty for the term of up to five years, or imprisonment for the same term.",
            &[
                "fine: up to 5,000 MCI",
                "correctional works: up to 5,000 MCI (alternative)",
                "restriction of liberty: up to 5 years (alternative)",
                "imprisonment: up to 5 years (alternative)",
            ],
        ),
        // Art. 274 part 1
        (
            "- shall be punished by the fine in the amount of up to one thousand monthly calculation indices or correctional works in the same amount, community service of up to 400 hours, restriction of liberty for the term of up to one year, or imprisonment for the same term;",
            &[
                "fine: up to 1,000 MCI",
                "correctional works: up to 1,000 MCI (alternative)",
                "community service: up to 400 hours (alternative)",
                "restriction of liberty: up to 1 year (alternative)",
                "imprisonment: up to 1 year (alternative)",
            ],
        ),
        // Art. 274 part 2
        (
            "3) with the use of mass media or information and communication networks,- shall be punished by the fine in the amount of up to five thousand monthly calculation indices or correctional works in the same amount, community service of up to eight hundred hours, restriction of liberty for the term of up to three years, or imprisonment for the same term;",
            &[
                "fine: up to 5,000 MCI",
                "correctional works: up to 5,000 MCI (alternative)",
                "community service: up to 800 hours (alternative)",
                "restriction of liberty: up to 3 years (alternative)",
                "imprisonment: up to 3 years (alternative)",
            ],
        ),
        // Art. 274 part 3, with its disposition ("entailed … consequences")
        (
            "3. The actions, provided by first or second parts of this Article, entailed infliction of heavy damage to the citizen, organization or the state or other grave consequences, - shall be punished by the fine in the amount of up to five thousand monthly calculation indices or correctional works in the same amount, community service of up to 1200 hours, restriction of liberty for up to five years, or imprisonment for the same term;",
            &[
                "fine: up to 5,000 MCI",
                "correctional works: up to 5,000 MCI (alternative)",
                "community service: up to 1,200 hours (alternative)",
                "restriction of liberty: up to 5 years (alternative)",
                "imprisonment: up to 5 years (alternative)",
            ],
        ),
        // Art. 274 part 4
        (
            "2) in the conditions of emergency situation or in the face of the enemy, or in time of war, or during public events -shall be punished by imprisonment for the term of three to seven years.",
            &["imprisonment: 3–7 years"],
        ),
        // Art. 174 part 1
        (
            "- shall be punished by restriction of liberty for the term of two to seven years or imprisonment for the same term;",
            &[
                "restriction of liberty: 2–7 years",
                "imprisonment: 2–7 years (alternative)",
            ],
        ),
        // Art. 174 part 2
        (
            "- shall be punished by imprisonment for the term of five to ten years with deprivation of the right to occupy determined positions or to engage in a determined activity for the term of up to three years or without it;",
            &[
                "imprisonment: 5–10 years",
                "deprivation of the right to hold positions or engage in activity: up to 3 years (additional, optional)",
            ],
        ),
        // Art. 174 part 3
        (
            "- shall be punished by imprisonment for the term of twelve to twenty years with deprivation of the right to occupy determined positions or to engage in a determined activity for the term of up to three years or without it.",
            &[
                "imprisonment: 12–20 years",
                "deprivation of the right to hold positions or engage in activity: up to 3 years (additional, optional)",
            ],
        ),
        // Art. 180 part 1
        (
            "- shall be punished with a fine of one thousand up to five thousand monthly calculation indices either by restriction of freedom for a period of up to seven years, or imprisonment for the same period;",
            &[
                "fine: 1,000–5,000 MCI",
                "restriction of liberty: up to 7 years (alternative)",
                "imprisonment: up to 7 years (alternative)",
            ],
        ),
        // Art. 180 part 2
        (
            "- is punished by imprisonment for the term from five up to ten years;",
            &["imprisonment: 5–10 years"],
        ),
        // Art. 180 part 3
        (
            "- shall be punished with imprisonment for a term of ten to fifteen years with or without the deprivation of citizenship of the Republic of Kazakhstan.",
            &[
                "imprisonment: 10–15 years",
                "deprivation of citizenship (additional, optional)",
            ],
        ),
        // Art. 256 (the part the submission quotes)
        (
            "- shall be punished with confiscation of property; 2. The same acts committed by a person using his official position either by the leader of a public association, or by using mass media or telecommunications networks, or by a group of persons or a group of persons by prior agreement, including using funds received from foreign sources, - is punishable by imprisonment for a term of seven to twelve years with confiscation of property.",
            &[
                "confiscation",
                "imprisonment: 7–12 years",
                "confiscation (additional)",
            ],
        ),
    ];

    #[test]
    fn reads_the_criminal_code_translations() {
        check(SEED_000, Language::En);
    }

    /// A whole footnote: parts joined by "; 2.", the note negated.
    #[test]
    fn reads_a_whole_footnote() {
        let footnote = "15 Article 378. Insult of representative of authority: 1. Insult of representative of authority upon performance by him (her) of his (her) duties or in connection with their performance – shall be punished by the fine in the amount of up to eighty monthly calculation indices or correctional works in the same amount, or \
community services for the term of up to eighty hours, or arrest for the term of up to twenty days; 2. The same action, committed publicly or with the use of mass \
media or information and communication networks, - shall be punished by the fine in the amount of up to one hundred and sixty monthly calculation indices or \
correctional works in the same amount, or community services for the term of up to one hundred and sixty hours, or arrest for the term of up to forty days; Note. \
Public performances, containing criticisms on official activity of the representative of authority shall not entail criminal responsibility under this Article.";
        let got = show(footnote, Language::En);
        assert_eq!(got.len(), 8, "{got:#?}");
        assert_eq!(got[0], "fine: up to 80 MCI");
        assert_eq!(got[7], "arrest: up to 40 days (alternative)");
    }

    /// Code of Administrative Offences sanctions as the legal review (seed
    /// 002) describes them, with every figure it gives.
    const SEED_002: &[(&str, &[&str])] = &[
        // Art. 451 part 1 (the review calls it 451-1)
        (
            "According to the provisions of the Law on Mass Media, some violations by the media entail fines under the Administrative Code¹⁴, without registration after a decision has been made to suspend, terminate their release (broadcast) or recognize the certificate of registration as invalid - on officials in the amount ten, for small businesses - in the amount of twenty, for medium-sized businesses - in the amount of fifty, for large businesses - in the amount of three hundred monthly calculation indices, with confiscation of media products (Chapter 26, Article 451-1).",
            &[
                "fine on officials: 10 MCI",
                "fine on small businesses: 20 MCI",
                "fine on medium businesses: 50 MCI",
                "fine on large businesses: 300 MCI",
                "confiscation (additional)",
            ],
        ),
        // Art. 451 parts 2 and 3 (451-2, 451-3)
        (
            "If there was no re-registration in cases of change of owner or its legal form, name, as well as the name of the media, change in the language of publication or broadcasting, territory of distribution, main thematic focus, frequency of release - entail a fine on officials in the amount of forty, for small businesses - in the amount of one hundred, for medium-sized businesses - in the amount of two hundred, for large businesses - in the amount of one thousand monthly calculation indices, with the suspension of the release (broadcast) of the media for a period of up to three months. In case of repeated violation within a year after the imposition of an administrative penalty, it will entail a ban on the publication (broadcasting) of the mass media (Chapter 26, Article 451-2,3).",
            &[
                "fine on officials: 40 MCI",
                "fine on small businesses: 100 MCI",
                "fine on medium businesses: 200 MCI",
                "fine on large businesses: 1,000 MCI",
                "suspension of the outlet: up to 3 months (additional)",
                "ban of the outlet",
            ],
        ),
        // Art. 73-3
        (
            "The above article assumes the imposition of serious administrative fines, ranging from 160 to 750 MCI and more, as well as the possibility of being under administrative arrest for a period of 20 to 30 days.",
            &["fine: 160–750 MCI", "arrest: 20–30 days (alternative)"],
        ),
        // Art. 460-1
        (
            "Thus, [Article 460-1 of the Code of Administrative Offenses](#)⁴⁴ for violation of the procedure for submitting information about the receipt of money and (or) other property from foreign states, international and foreign organizations, foreigners, stateless persons or their spending, depending on the circumstances, implies a sanction in the form of a fine between 50 and 1,000 monthly calculation indices, as well as a possible prohibition of activities for legal entities.",
            &[
                "fine: 50–1,000 MCI",
                "ban of activity on legal entities (additional, optional)",
            ],
        ),
        // Art. 460-2
        (
            "[Article 460-2 of the Code of Administrative Offenses](#) is provided for violation of the procedure for publishing, distributing and (or) posting materials by persons receiving money and (or) other property from foreign states, international and foreign organizations, foreigners, stateless persons, depending on the circumstances, entail a warning or a sanction in the form of a fine in the amount of 25 monthly calculation indices.⁴⁵",
            &["warning", "fine: 25 MCI (alternative)"],
        ),
    ];

    #[test]
    fn reads_the_legal_review() {
        check(SEED_002, Language::En);
    }

    /// The review's tenge figures for 2023 (MCI 3,450).
    #[test]
    fn converts_the_legal_review_figures_to_tenge() {
        let tenge = |text: &str| {
            extract(text, Language::En)
                .iter()
                .filter(|s| s.kind == SanctionKind::Fine)
                .map(|s| Tenge::of(s.amount.as_ref(), Some(2023)).map(|t| (t.min, t.max)))
                .collect::<Vec<_>>()
        };
        assert_eq!(tenge(SEED_002[2].0), [Some((Some(552_000), 2_587_500))]);
        assert_eq!(tenge(SEED_002[3].0), [Some((Some(172_500), 3_450_000))]);
        assert_eq!(tenge(SEED_002[4].0), [Some((Some(86_250), 86_250))]);
    }

    /// Code of Administrative Offences, chapter 26, as in force on
    /// 9 September 2024: every part of Arts. 451, 453 and 456-2.
    const CAO_2024: &[(&str, &[&str])] = &[
        // Art. 451 part 1
        (
            "влечет штраф на должностных лиц в размере десяти, на субъектов малого предпринимательства – в размере двадцати, на субъектов среднего предпринимательства – в размере пятидесяти, на субъектов крупного предпринимательства – в размере трехсот месячных расчетных показателей, с конфискацией продукции средства массовой информации.",
            &[
                "fine on officials: 10 MCI",
                "fine on small businesses: 20 MCI",
                "fine on medium businesses: 50 MCI",
                "fine on large businesses: 300 MCI",
                "confiscation (additional)",
            ],
        ),
        // Art. 451 part 2
        (
            "влекут штраф на должностных лиц в размере сорока, на субъектов малого предпринимательства – в размере ста, на субъектов среднего предпринимательства – в размере двухсот, на субъектов крупного предпринимательства – в размере одной тысячи месячных расчетных показателей, с приостановлением выпуска (выхода в эфир) средства массовой информации на срок до трех месяцев.",
            &[
                "fine on officials: 40 MCI",
                "fine on small businesses: 100 MCI",
                "fine on medium businesses: 200 MCI",
                "fine on large businesses: 1,000 MCI",
                "suspension of the outlet: up to 3 months (additional)",
            ],
        ),
        // Art. 451 part 3
        (
            "влекут запрещение выпуска (выхода в эфир) средства массовой информации.",
            &["ban of the outlet"],
        ),
        // Art. 451 part 4
        (
            "влечет штраф на физических лиц в размере пяти, на должностных лиц, субъектов малого предпринимательства или некоммерческие организации – в размере двадцати пяти, на субъектов среднего предпринимательства – в размере пятидесяти, на субъектов крупного предпринимательства – в размере ста месячных расчетных показателей.",
            &[
                "fine on individuals: 5 MCI",
                "fine on officials: 25 MCI",
                "fine on small businesses: 25 MCI",
                "fine on non-commercial organisations: 25 MCI",
                "fine on medium businesses: 50 MCI",
                "fine on large businesses: 100 MCI",
            ],
        ),
        // Art. 451 part 5
        (
            "влечет штраф на физических и должностных лиц, субъектов малого предпринимательства или некоммерческие организации в размере пятидесяти, на субъектов среднего предпринимательства – в размере ста, на субъектов крупного предпринимательства – в размере двухсот месячных расчетных показателей.",
            &[
                "fine on individuals: 50 MCI",
                "fine on officials: 50 MCI",
                "fine on small businesses: 50 MCI",
                "fine on non-commercial organisations: 50 MCI",
                "fine on medium businesses: 100 MCI",
                "fine on large businesses: 200 MCI",
            ],
        ),
        // Art. 451 parts 6, 12 and 14
        (
            "влечет штраф на должностных лиц в размере пятидесяти, на субъектов малого предпринимательства или некоммерческие организации – в размере ста, на субъектов среднего предпринимательства – в размере ста пятидесяти, на субъектов крупного предпринимательства – в размере трехсот месячных расчетных показателей.",
            &[
                "fine on officials: 50 MCI",
                "fine on small businesses: 100 MCI",
                "fine on non-commercial organisations: 100 MCI",
                "fine on medium businesses: 150 MCI",
                "fine on large businesses: 300 MCI",
            ],
        ),
        // Art. 451 parts 7, 13 and 15
        (
            "влекут штраф на должностных лиц в размере ста, на субъектов малого предпринимательства или некоммерческие организации – в размере ста пятидесяти, на субъектов среднего предпринимательства – в размере двухсот, на субъектов крупного предпринимательства – в размере четырехсот месячных расчетных показателей.",
            &[
                "fine on officials: 100 MCI",
                "fine on small businesses: 150 MCI",
                "fine on non-commercial organisations: 150 MCI",
                "fine on medium businesses: 200 MCI",
                "fine on large businesses: 400 MCI",
            ],
        ),
        // Art. 451 part 8
        (
            "влечет предупреждение или штраф на должностных лиц в размере десяти, на субъектов малого предпринимательства – в размере двадцати, на субъектов среднего предпринимательства – в размере пятидесяти, на субъектов крупного предпринимательства – в размере трехсот месячных расчетных показателей.",
            &[
                "warning",
                "fine on officials: 10 MCI (alternative)",
                "fine on small businesses: 20 MCI (alternative)",
                "fine on medium businesses: 50 MCI (alternative)",
                "fine on large businesses: 300 MCI (alternative)",
            ],
        ),
        // Art. 451 part 9
        (
            "влечет штраф на должностных лиц в размере пятидесяти, на субъектов малого предпринимательства – в размере ста пятидесяти, на субъектов среднего предпринимательства – в размере двухсот пятидесяти, на субъектов крупного предпринимательства – в размере одной тысячи месячных расчетных показателей, с лишением лицензии на деятельность по организации телевизионного и (или) радиовещания и приостановлением выпуска (выхода в эфир) средства массовой информации на срок до трех месяцев.",
            &[
                "fine on officials: 50 MCI",
                "fine on small businesses: 150 MCI",
                "fine on medium businesses: 250 MCI",
                "fine on large businesses: 1,000 MCI",
                "licence revocation (additional)",
                "suspension of the outlet: up to 3 months (additional)",
            ],
        ),
        // Art. 451 part 10
        (
            "влечет штраф на должностных лиц в размере пятидесяти, на юридических лиц – в размере ста месячных расчетных показателей.",
            &[
                "fine on officials: 50 MCI",
                "fine on legal entities: 100 MCI",
            ],
        ),
        // Art. 451 part 11
        (
            "влечет штраф на должностных лиц в размере ста, на юридических лиц – в размере двухсот месячных расчетных показателей.",
            &[
                "fine on officials: 100 MCI",
                "fine on legal entities: 200 MCI",
            ],
        ),
        // Art. 453 part 1 («влекут»); part 2 is the same with «влечет»
        (
            "влекут штраф на физических лиц в размере двадцати, на должностных лиц – в размере двадцати пяти, на субъектов малого предпринимательства или некоммерческие организации – в размере пятидесяти, на субъектов среднего предпринимательства – в размере ста, на субъектов крупного предпринимательства – в размере двухсот месячных расчетных показателей, с конфискацией продукции масс-медиа.",
            &[
                "fine on individuals: 20 MCI",
                "fine on officials: 25 MCI",
                "fine on small businesses: 50 MCI",
                "fine on non-commercial organisations: 50 MCI",
                "fine on medium businesses: 100 MCI",
                "fine on large businesses: 200 MCI",
                "confiscation (additional)",
            ],
        ),
        (
            "влечет штраф на физических лиц в размере двадцати, на должностных лиц – в размере двадцати пяти, на субъектов малого предпринимательства или некоммерческие организации – в размере пятидесяти, на субъектов среднего предпринимательства – в размере ста, на субъектов крупного предпринимательства – в размере двухсот месячных расчетных показателей, с конфискацией продукции масс-медиа.",
            &[
                "fine on individuals: 20 MCI",
                "fine on officials: 25 MCI",
                "fine on small businesses: 50 MCI",
                "fine on non-commercial organisations: 50 MCI",
                "fine on medium businesses: 100 MCI",
                "fine on large businesses: 200 MCI",
                "confiscation (additional)",
            ],
        ),
        // Art. 453 part 3
        (
            "влекут штраф на физических лиц в размере ста, на должностных лиц – в размере ста пятидесяти, на субъектов малого предпринимательства или некоммерческие организации – в размере двухсот, на субъектов среднего предпринимательства – в размере трехсот, на субъектов крупного предпринимательства – в размере тысячи пятисот месячных расчетных показателей, с конфискацией продукции масс-медиа с лишением лицензии на деятельность по организации телевизионных программ и (или) радиовещания и запрещением деятельности юридического лица.",
            &[
                "fine on individuals: 100 MCI",
                "fine on officials: 150 MCI",
                "fine on small businesses: 200 MCI",
                "fine on non-commercial organisations: 200 MCI",
                "fine on medium businesses: 300 MCI",
                "fine on large businesses: 1,500 MCI",
                "confiscation (additional)",
                "licence revocation (additional)",
                "ban of activity on legal entities (additional)",
            ],
        ),
        // Art. 453 part 4
        (
            "влекут штраф на физических лиц в размере ста, на должностных лиц – в размере ста пятидесяти, на субъектов малого предпринимательства или некоммерческие организации – в размере двухсот, на субъектов среднего предпринимательства – в размере трехсот, на субъектов крупного предпринимательства – в размере тысячи пятисот месячных расчетных показателей, с конфискацией продукции.",
            &[
                "fine on individuals: 100 MCI",
                "fine on officials: 150 MCI",
                "fine on small businesses: 200 MCI",
                "fine on non-commercial organisations: 200 MCI",
                "fine on medium businesses: 300 MCI",
                "fine on large businesses: 1,500 MCI",
                "confiscation (additional)",
            ],
        ),
        // Art. 453 part 5
        (
            "влекут штраф на физических лиц в размере двухсот, на должностных лиц – в размере трехсот, на субъектов малого предпринимательства или некоммерческие организации – в размере трехсот пятидесяти, на субъектов среднего предпринимательства – в размере четырехсот, на субъектов крупного предпринимательства – в размере двух тысяч месячных расчетных показателей, с лишением лицензии на деятельность по организации телевизионного и (или) радиовещания и запрещением деятельности юридического лица.",
            &[
                "fine on individuals: 200 MCI",
                "fine on officials: 300 MCI",
                "fine on small businesses: 350 MCI",
                "fine on non-commercial organisations: 350 MCI",
                "fine on medium businesses: 400 MCI",
                "fine on large businesses: 2,000 MCI",
                "licence revocation (additional)",
                "ban of activity on legal entities (additional)",
            ],
        ),
        // Art. 456-2 part 1
        (
            "влечет штраф на должностных лиц, субъектов малого предпринимательства, некоммерческие организации – в размере тридцати, на субъектов среднего предпринимательства – в размере пятидесяти, на субъектов крупного предпринимательства – в размере ста месячных расчетных показателей.",
            &[
                "fine on officials: 30 MCI",
                "fine on small businesses: 30 MCI",
                "fine on non-commercial organisations: 30 MCI",
                "fine on medium businesses: 50 MCI",
                "fine on large businesses: 100 MCI",
            ],
        ),
        // Art. 456-2 part 2
        (
            "влекут штраф на должностных лиц, субъектов малого предпринимательства, некоммерческие организации – в размере пятидесяти, на субъектов среднего предпринимательства – в размере ста, на субъектов крупного предпринимательства – в размере двухсот месячных расчетных показателей.",
            &[
                "fine on officials: 50 MCI",
                "fine on small businesses: 50 MCI",
                "fine on non-commercial organisations: 50 MCI",
                "fine on medium businesses: 100 MCI",
                "fine on large businesses: 200 MCI",
            ],
        ),
        // Art. 456-2 part 3
        (
            "влекут штраф на физических лиц – в размере двадцати, на субъектов малого предпринимательства, некоммерческие организации – в размере тридцати, на субъектов среднего предпринимательства – в размере пятидесяти, на субъектов крупного предпринимательства – в размере ста месячных расчетных показателей.",
            &[
                "fine on individuals: 20 MCI",
                "fine on small businesses: 30 MCI",
                "fine on non-commercial organisations: 30 MCI",
                "fine on medium businesses: 50 MCI",
                "fine on large businesses: 100 MCI",
            ],
        ),
        // Art. 456-2 part 4: an arrest as the individuals' alternative
        (
            "влекут штраф на физических лиц – в размере сорока месячных расчетных показателей либо административный арест на срок до десяти суток, на субъектов малого предпринимательства, некоммерческие организации – в размере пятидесяти, на субъектов среднего предпринимательства – в размере ста, на субъектов крупного предпринимательства – в размере двухсот месячных расчетных показателей.",
            &[
                "fine on individuals: 40 MCI",
                "arrest on individuals: up to 10 days (alternative)",
                "fine on small businesses: 50 MCI",
                "fine on non-commercial organisations: 50 MCI",
                "fine on medium businesses: 100 MCI",
                "fine on large businesses: 200 MCI",
            ],
        ),
        // Art. 456-2 part 5
        (
            "влекут штраф на физических лиц – в размере тридцати, на субъектов малого предпринимательства, некоммерческие организации – в размере сорока, на субъектов среднего предпринимательства – в размере восьмидесяти, на субъектов крупного предпринимательства – в размере ста месячных расчетных показателей.",
            &[
                "fine on individuals: 30 MCI",
                "fine on small businesses: 40 MCI",
                "fine on non-commercial organisations: 40 MCI",
                "fine on medium businesses: 80 MCI",
                "fine on large businesses: 100 MCI",
            ],
        ),
        // Art. 456-2 part 6
        (
            "влекут штраф на физических лиц – в размере пятидесяти месячных расчетных показателей либо административный арест на срок до пятнадцати суток, на субъектов малого предпринимательства, некоммерческие организации – в размере шестидесяти, на субъектов среднего предпринимательства – в размере ста двадцати, на субъектов крупного предпринимательства – в размере двухсот пятидесяти месячных расчетных показателей.",
            &[
                "fine on individuals: 50 MCI",
                "arrest on individuals: up to 15 days (alternative)",
                "fine on small businesses: 60 MCI",
                "fine on non-commercial organisations: 60 MCI",
                "fine on medium businesses: 120 MCI",
                "fine on large businesses: 250 MCI",
            ],
        ),
    ];

    #[test]
    fn reads_the_administrative_code() {
        check(CAO_2024, Language::Ru);
    }

    /// Criminal Code Arts. 174 and 274 as in force on 16 September 2025.
    const CRIMINAL_CODE_2025: &[(&str, &[&str])] = &[
        // Art. 174 part 1: «от двух тысяч до семи тысяч»
        (
            "наказываются штрафом в размере от двух тысяч до семи тысяч месячных расчетных показателей либо ограничением свободы на срок от двух до семи лет, либо лишением свободы на тот же срок.",
            &[
                "fine: 2,000–7,000 MCI",
                "restriction of liberty: 2–7 years (alternative)",
                "imprisonment: 2–7 years (alternative)",
            ],
        ),
        // Art. 174 part 2
        (
            "наказываются лишением свободы на срок от пяти до десяти лет с лишением права занимать определенные должности или заниматься определенной деятельностью на срок до трех лет или без такового.",
            &[
                "imprisonment: 5–10 years",
                "deprivation of the right to hold positions or engage in activity: up to 3 years (additional, optional)",
            ],
        ),
        // Art. 174 part 3
        (
            "наказываются лишением свободы на срок от двенадцати до двадцати лет с лишением права занимать определенные должности или заниматься определенной деятельностью на срок до трех лет или без такового.",
            &[
                "imprisonment: 12–20 years",
                "deprivation of the right to hold positions or engage in activity: up to 3 years (additional, optional)",
            ],
        ),
        // Art. 274 part 1: «в том же размере», «на тот же срок»
        (
            "наказывается штрафом в размере до одной тысячи месячных расчетных показателей либо исправительными работами в том же размере, либо привлечением к общественным работам на срок до четырехсот часов, либо ограничением свободы на срок до одного года, либо лишением свободы на тот же срок.",
            &[
                "fine: up to 1,000 MCI",
                "correctional works: up to 1,000 MCI (alternative)",
                "community service: up to 400 hours (alternative)",
                "restriction of liberty: up to 1 year (alternative)",
                "imprisonment: up to 1 year (alternative)",
            ],
        ),
        // Art. 274 part 2
        (
            "наказывается штрафом в размере до трех тысяч месячных расчетных показателей либо исправительными работами в том же размере, либо привлечением к общественным работам на срок до восьмисот часов, либо ограничением свободы на срок до трех лет, либо лишением свободы на тот же срок.",
            &[
                "fine: up to 3,000 MCI",
                "correctional works: up to 3,000 MCI (alternative)",
                "community service: up to 800 hours (alternative)",
                "restriction of liberty: up to 3 years (alternative)",
                "imprisonment: up to 3 years (alternative)",
            ],
        ),
        // Art. 274 part 3
        (
            "наказываются штрафом в размере до пяти тысяч месячных расчетных показателей либо исправительными работами в том же размере, либо привлечением к общественным работам на срок до одной тысячи двухсот часов, либо ограничением свободы на срок до пяти лет, либо лишением свободы на тот же срок.",
            &[
                "fine: up to 5,000 MCI",
                "correctional works: up to 5,000 MCI (alternative)",
                "community service: up to 1,200 hours (alternative)",
                "restriction of liberty: up to 5 years (alternative)",
                "imprisonment: up to 5 years (alternative)",
            ],
        ),
        // Art. 274 part 4
        (
            "наказываются ограничением свободы на срок от трех до семи лет либо лишением свободы на тот же срок.",
            &[
                "restriction of liberty: 3–7 years",
                "imprisonment: 3–7 years (alternative)",
            ],
        ),
    ];

    #[test]
    fn reads_the_criminal_code() {
        check(CRIMINAL_CODE_2025, Language::Ru);
    }

    /// The seed sanctions written in Russian by hand, and other wordings the
    /// codes use.
    const RUSSIAN_WRITTEN: &[(&str, &[&str])] = &[
        // CC Art. 376 part 1
        (
            "– наказывается штрафом в размере до двухсот месячных расчетных показателей либо исправительными работами в том же размере, либо арестом на срок до пятидесяти суток.",
            &[
                "fine: up to 200 MCI",
                "correctional works: up to 200 MCI (alternative)",
                "arrest: up to 50 days (alternative)",
            ],
        ),
        // CC Art. 378 part 2
        (
            "наказывается штрафом в размере до ста шестидесяти месячных расчетных показателей либо исправительными работами в том же размере, либо привлечением к общественным работам на срок до ста шестидесяти часов, либо арестом на срок до сорока суток.",
            &[
                "fine: up to 160 MCI",
                "correctional works: up to 160 MCI (alternative)",
                "community service: up to 160 hours (alternative)",
                "arrest: up to 40 days (alternative)",
            ],
        ),
        // CC Art. 180 parts 1 and 3
        (
            "наказываются штрафом в размере от одной тысячи до пяти тысяч месячных расчетных показателей либо ограничением свободы на срок до семи лет, либо лишением свободы на тот же срок.",
            &[
                "fine: 1,000–5,000 MCI",
                "restriction of liberty: up to 7 years (alternative)",
                "imprisonment: up to 7 years (alternative)",
            ],
        ),
        (
            "наказываются лишением свободы на срок от десяти до пятнадцати лет с лишением гражданства Республики Казахстан или без такового.",
            &[
                "imprisonment: 10–15 years",
                "deprivation of citizenship (additional, optional)",
            ],
        ),
        // CAO Art. 73-3, 460-1, 460-2 in the shape the review describes
        (
            "влечет штраф в размере ста шестидесяти месячных расчетных показателей либо административный арест на срок от двадцати до тридцати суток.",
            &["fine: 160 MCI", "arrest: 20–30 days (alternative)"],
        ),
        (
            "влечет штраф на физических лиц в размере пятидесяти, на юридических лиц – в размере одной тысячи месячных расчетных показателей с запрещением деятельности юридического лица или без такового.",
            &[
                "fine on individuals: 50 MCI",
                "fine on legal entities: 1,000 MCI",
                "ban of activity on legal entities (additional, optional)",
            ],
        ),
        (
            "влечет предупреждение или штраф в размере двадцати пяти месячных расчетных показателей.",
            &["warning", "fine: 25 MCI (alternative)"],
        ),
        // «от трех до семи тысяч»: the lower bound shares «тысяч»
        (
            "наказывается штрафом в размере от трех до семи тысяч месячных расчетных показателей либо исправительными работами в том же размере.",
            &[
                "fine: 3,000–7,000 MCI",
                "correctional works: 3,000–7,000 MCI (alternative)",
            ],
        ),
        // «от пятисот до двух тысяч»: here it does not
        (
            "наказывается штрафом в размере от пятисот до двух тысяч месячных расчетных показателей либо привлечением к общественным работам на срок от трехсот до шестисот часов.",
            &[
                "fine: 500–2,000 MCI",
                "community service: 300–600 hours (alternative)",
            ],
        ),
        // A multiple of a sum
        (
            "наказываются штрафом в размере от шестидесятикратной до семидесятикратной суммы переданных денег или стоимости переданного имущества либо лишением свободы на срок от семи до двенадцати лет с конфискацией имущества, с лишением права занимать определенные должности или заниматься определенной деятельностью на срок до трех лет.",
            &[
                "fine: 60–70 times the sum",
                "imprisonment: 7–12 years (alternative)",
                "confiscation (additional)",
                "deprivation of the right to hold positions or engage in activity: up to 3 years (additional)",
            ],
        ),
        // Life, death, citizenship, optional confiscation
        (
            "наказываются лишением свободы на срок от пятнадцати до двадцати лет либо пожизненным лишением свободы с лишением гражданства Республики Казахстан или без такового, либо смертной казнью, с конфискацией имущества.",
            &[
                "imprisonment: 15–20 years",
                "imprisonment: for life (alternative)",
                "deprivation of citizenship (additional, optional)",
                "death penalty (alternative)",
                "confiscation (additional)",
            ],
        ),
        (
            "наказываются лишением свободы на срок от двенадцати до семнадцати лет с конфискацией имущества, лишением гражданства Республики Казахстан или без такового.",
            &[
                "imprisonment: 12–17 years",
                "confiscation (additional)",
                "deprivation of citizenship (additional, optional)",
            ],
        ),
        (
            "наказываются лишением свободы на срок от семнадцати до двадцати лет с пожизненным лишением права занимать определенные должности или заниматься определенной деятельностью либо пожизненным лишением свободы.",
            &[
                "imprisonment: 17–20 years",
                "deprivation of the right to hold positions or engage in activity: for life (additional)",
                "imprisonment: for life (alternative)",
            ],
        ),
        (
            "наказываются лишением свободы на срок от десяти до пятнадцати лет с лишением права занимать определенные должности или заниматься определенной деятельностью сроком на десять лет или без такового.",
            &[
                "imprisonment: 10–15 years",
                "deprivation of the right to hold positions or engage in activity: 10 years (additional, optional)",
            ],
        ),
        (
            "наказывается исправительными работами в размере до двухсот месячных расчетных показателей либо привлечением к общественным работам на срок до двухсот часов, либо арестом на срок до пятидесяти суток с лишением права занимать определенные должности или заниматься определенной деятельностью на срок до трех лет или без такового.",
            &[
                "correctional works: up to 200 MCI",
                "community service: up to 200 hours (alternative)",
                "arrest: up to 50 days (alternative)",
                "deprivation of the right to hold positions or engage in activity: up to 3 years (additional, optional)",
            ],
        ),
        // A term this reader cannot bound is left without an amount
        (
            "наказываются лишением свободы на срок до четырех лет, с лишением права занимать определенные должности или заниматься определенной деятельностью на срок от пяти лет до установления запрета занимать должность руководящего работника финансовой организации пожизненно.",
            &[
                "imprisonment: up to 4 years",
                "deprivation of the right to hold positions or engage in activity (additional)",
            ],
        ),
        // Digits, tenge, a capital letter, «ё»
        (
            "Влечёт штраф в размере 2 000 тенге.",
            &["fine: 2,000 tenge"],
        ),
        // Not a sanction: negated, or no sanction words
        ("не влечет административной ответственности.", &[]),
        (
            "Воспрепятствование законной профессиональной деятельности журналиста влечет установленную законами Республики Казахстан ответственность.",
            &[],
        ),
        (
            "Незаконное лишение свободы, не связанное с его похищением, –",
            &[],
        ),
    ];

    #[test]
    fn reads_russian_wordings() {
        check(RUSSIAN_WRITTEN, Language::Ru);
    }

    /// Every sanction clause of the official texts in the bundled corpus (`statutes/kz`):
    /// never a panic, something read from every clause that names a
    /// sanction, an amount for every sanction that has one, and one
    /// alternative per «либо» and one additional sanction per «с».
    #[test]
    fn reads_every_sanction_clause_of_the_corpus() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("statutes/kz");
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let mut files: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        let mut clauses = 0;
        for path in files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
        {
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            let name = path.display();
            let lang = Language::detect(&text);
            for s in extract(&text, lang) {
                assert!(
                    s.span.start < s.span.end && s.span.end <= text.len(),
                    "{name}: {s:?}"
                );
                assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            }
            for line in text.lines() {
                let folded = fold_same_offsets(line);
                let toks = tokenize(&folded);
                let words = Words {
                    text: &folded,
                    toks: &toks,
                    en: false,
                };
                let Some(t) = (0..toks.len()).find(|&i| words.is_trigger(i)) else {
                    continue;
                };
                let after = &folded[toks[t].end..];
                let names_sanction = [
                    "штраф",
                    "арест",
                    "лишением свободы",
                    "ограничением свободы",
                    "исправительн",
                    "общественным работам",
                    "конфискаци",
                    "предупреждени",
                    "запрещени",
                    "приостановлени",
                ]
                .iter()
                .any(|stem| after.contains(stem));
                let got = extract(line, lang);
                if !names_sanction {
                    assert!(got.is_empty(), "{name}: {line}\n{got:#?}");
                    continue;
                }
                clauses += 1;
                assert!(!got.is_empty(), "{name}: nothing read from\n{line}");
                for s in &got {
                    let needs_amount = matches!(
                        s.kind,
                        SanctionKind::Fine
                            | SanctionKind::CorrectionalWorks
                            | SanctionKind::CommunityService
                            | SanctionKind::Arrest
                            | SanctionKind::RestrictionOfLiberty
                            | SanctionKind::Imprisonment
                            | SanctionKind::OutletSuspension
                    );
                    assert!(!needs_amount || s.amount.is_some(), "{name}: {s}\n{line}");
                }
                let count = |role| got.iter().filter(|s| s.role == role).count();
                let either = after.matches(" либо ").count();
                let with = after.matches(" с ").count();
                assert!(
                    count(Role::Alternative) >= either,
                    "{name}: {got:#?}\n{line}"
                );
                assert!(count(Role::Additional) >= with, "{name}: {got:#?}\n{line}");
            }
        }
        eprintln!("{clauses} sanction clauses read");
        assert!(clauses > 300, "only {clauses} sanction clauses found");
    }

    /// English wordings beyond the seed footnotes.
    const ENGLISH_WRITTEN: &[(&str, &[&str])] = &[
        (
            "shall entail administrative arrest for a period of up to 10 days.",
            &["arrest: up to 10 days"],
        ),
        (
            "is punishable by a fine of up to 2,000 MCI, or by restriction of freedom from two to seven years, or by imprisonment for the same period.",
            &[
                "fine: up to 2,000 MCI",
                "restriction of liberty: 2–7 years (alternative)",
                "imprisonment: 2–7 years (alternative)",
            ],
        ),
        (
            "shall be punished by a fine of sixty to seventy times the amount of the bribe or by imprisonment for a term of seven to twelve years with confiscation of property.",
            &[
                "fine: 60–70 times the sum",
                "imprisonment: 7–12 years (alternative)",
                "confiscation (additional)",
            ],
        ),
        (
            "shall be punished by deprivation of liberty for a term of fifteen to twenty years or life imprisonment, or the death penalty.",
            &[
                "imprisonment: 15–20 years",
                "imprisonment: for life (alternative)",
                "death penalty (alternative)",
            ],
        ),
        (
            "shall entail a fine on individuals in the amount of forty monthly calculation indices or administrative arrest for up to ten days, on legal entities – in the amount of two hundred monthly calculation indices, with deprivation of the licence.",
            &[
                "fine on individuals: 40 MCI",
                "arrest on individuals: up to 10 days (alternative)",
                "fine on legal entities: 200 MCI",
                "licence revocation (additional)",
            ],
        ),
        (
            "The crime is punishable by up to 5 years’ imprisonment.",
            &["imprisonment: up to 5 years"],
        ),
        (
            "Public performances shall not entail criminal responsibility under this Article.",
            &[],
        ),
        ("The court imposed a fine of 20 MCI.", &[]),
    ];

    #[test]
    fn reads_english_wordings() {
        check(ENGLISH_WRITTEN, Language::En);
    }

    #[test]
    fn stores_terms_in_months_and_keeps_spans() {
        let text = "- shall be punished by restriction of liberty for the term of two to seven years or imprisonment for the same term;";
        let got = extract(text, Language::En);
        let want = Amount {
            unit: Unit::Months,
            min: Some(24),
            max: 84,
        };
        assert_eq!(got[0].amount, Some(want));
        assert_eq!(got[1].amount, Some(want));
        assert_eq!(
            &text[got[0].span.clone()],
            "restriction of liberty for the term of two to seven years"
        );
        assert_eq!(&text[got[1].span.clone()], "imprisonment for the same term");

        let text = "влечет штраф на должностных лиц в размере десяти, на субъектов малого предпринимательства – в размере двадцати месячных расчетных показателей.";
        let spans: Vec<&str> = extract(text, Language::Ru)
            .iter()
            .map(|s| &text[s.span.clone()])
            .collect();
        assert_eq!(
            spans,
            [
                "штраф на должностных лиц в размере десяти",
                "на субъектов малого предпринимательства – в размере двадцати месячных расчетных показателей",
            ]
        );
    }

    #[test]
    fn displays_amounts() {
        let a = |unit, min, max| Amount { unit, min, max }.to_string();
        assert_eq!(a(Unit::Months, None, 24), "up to 2 years");
        assert_eq!(a(Unit::Months, None, 12), "up to 1 year");
        assert_eq!(a(Unit::Months, Some(24), 84), "2–7 years");
        assert_eq!(a(Unit::Months, None, 18), "up to 18 months");
        assert_eq!(a(Unit::Months, Some(6), 24), "6–24 months");
        assert_eq!(a(Unit::Mci, Some(2_000), 7_000), "2,000–7,000 MCI");
        assert_eq!(a(Unit::Mci, Some(20), 20), "20 MCI");
        assert_eq!(a(Unit::Days, None, 10), "up to 10 days");
        assert_eq!(a(Unit::Hours, None, 1), "up to 1 hour");
        assert_eq!(a(Unit::Tenge, None, 61_260), "up to 61,260 tenge");
        assert_eq!(a(Unit::SumMultiple, Some(60), 70), "60–70 times the sum");
        assert_eq!(a(Unit::Life, None, 0), "for life");
    }

    #[test]
    fn serializes_for_json_output() {
        let got = extract(
            "наказывается арестом на срок до двадцати суток.",
            Language::Ru,
        );
        let json = serde_json::to_string(&got).unwrap_or_default();
        assert_eq!(
            json,
            r#"[{"kind":"arrest","subject":"any","role":"main","optional":false,"amount":{"unit":"days","min":null,"max":20},"span":{"start":25,"end":86}}]"#
        );
    }

    fn changes(old: &str, new: &str, lang: Language, ctx: CompareContext) -> Vec<PenaltyChange> {
        compare(&extract(old, lang), &extract(new, lang), &ctx)
    }

    const YEARS: CompareContext = CompareContext {
        old_year: Some(2019),
        new_year: Some(2024),
    };

    /// CC Art. 378 part 1 against part 2: every penalty doubled.
    #[test]
    fn reports_raised_penalties_with_factor_and_tenge() {
        let got = changes(SEED_000[3].0, SEED_000[4].0, Language::En, YEARS);
        let summary: Vec<_> = got
            .iter()
            .map(|c| (c.kind, c.subject, c.change, c.factor))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    SanctionKind::Fine,
                    Subject::Any,
                    ChangeKind::Raised,
                    Some(2.0)
                ),
                (
                    SanctionKind::CorrectionalWorks,
                    Subject::Any,
                    ChangeKind::Raised,
                    Some(2.0)
                ),
                (
                    SanctionKind::CommunityService,
                    Subject::Any,
                    ChangeKind::Raised,
                    Some(2.0)
                ),
                (
                    SanctionKind::Arrest,
                    Subject::Any,
                    ChangeKind::Raised,
                    Some(2.0)
                ),
            ]
        );
        let fine = &got[0];
        assert_eq!(
            fine.old_tenge,
            Some(Tenge {
                year: 2019,
                mci: 2_525,
                min: None,
                max: 202_000
            })
        );
        assert_eq!(
            fine.new_tenge,
            Some(Tenge {
                year: 2024,
                mci: 3_692,
                min: None,
                max: 590_720
            })
        );
        assert_eq!(
            fine.to_string(),
            "fine: raised ×2 (up to 80 MCI = up to 202,000 tenge at 2,525 MCI (2019) → up to 160 MCI = up to 590,720 tenge at 3,692 MCI (2024))"
        );
        assert_eq!(got[3].old_tenge, None);
        assert_eq!(
            got[3].to_string(),
            "arrest: raised ×2 (up to 20 days → up to 40 days)"
        );
    }

    #[test]
    fn reports_an_added_punishment() {
        let old = "shall be punished by the fine in the amount of up to two hundred monthly calculation indices or correctional works in the same amount;";
        let new = "shall be punished by the fine in the amount of up to two hundred monthly calculation indices or correctional works in the same amount, or imprisonment for a term of up to two years;";
        let got = changes(old, new, Language::En, YEARS);
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(
            (got[0].kind, got[0].change),
            (SanctionKind::Imprisonment, ChangeKind::Added)
        );
        assert_eq!(got[0].to_string(), "imprisonment: added (up to 2 years)");
        let back = changes(new, old, Language::En, YEARS);
        assert_eq!(
            (back[0].kind, back[0].change),
            (SanctionKind::Imprisonment, ChangeKind::Removed)
        );
    }

    #[test]
    fn ignores_a_reworded_penalty() {
        let old = "shall be punished by the fine in the amount of up to two thousand monthly calculation indices or correctional works in the same amount, or restriction of liberty for the term of up to two years;";
        let new = "is punishable by a fine of up to 2,000 MCI, or by correctional works in the same amount, or by restriction of freedom for a period of up to 2 years.";
        assert_eq!(changes(old, new, Language::En, YEARS), []);
        // The same values in another year: the tenge differ, the law does not.
        assert_eq!(changes(old, old, Language::En, YEARS), []);
    }

    /// CC Art. 174 part 1, 2018 against 2025: a fine was added.
    #[test]
    fn reports_a_russian_change() {
        let old = "наказываются ограничением свободы на срок от двух до семи лет либо лишением свободы на тот же срок.";
        let new = CRIMINAL_CODE_2025[0].0;
        let ctx = CompareContext {
            old_year: Some(2018),
            new_year: Some(2025),
        };
        let got = changes(old, new, Language::Ru, ctx);
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(
            (got[0].kind, got[0].change),
            (SanctionKind::Fine, ChangeKind::Added)
        );
        assert_eq!(
            got[0].new_tenge,
            Some(Tenge {
                year: 2025,
                mci: 3_932,
                min: Some(7_864_000),
                max: 27_524_000
            })
        );
    }

    /// CAO Art. 456-2: per-subject fines and an arrest for individuals.
    #[test]
    fn compares_per_subject() {
        let old = "влекут штраф на физических лиц – в размере двадцати, на субъектов малого предпринимательства – в размере тридцати месячных расчетных показателей.";
        let new = "влекут штраф на физических лиц – в размере сорока месячных расчетных показателей либо административный арест на срок до десяти суток, на субъектов малого предпринимательства – в размере тридцати месячных расчетных показателей.";
        let ctx = CompareContext {
            old_year: Some(2023),
            new_year: Some(2024),
        };
        let got = changes(old, new, Language::Ru, ctx);
        let summary: Vec<_> = got
            .iter()
            .map(|c| (c.kind, c.subject, c.change, c.factor))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    SanctionKind::Fine,
                    Subject::Individuals,
                    ChangeKind::Raised,
                    Some(2.0)
                ),
                (
                    SanctionKind::Arrest,
                    Subject::Individuals,
                    ChangeKind::Added,
                    None
                ),
            ]
        );
        assert_eq!(got[0].old_tenge.map(|t| t.max), Some(69_000));
        assert_eq!(got[0].new_tenge.map(|t| t.max), Some(147_680));
    }

    #[test]
    fn compares_a_plain_fine_with_named_subjects() {
        let old = "влечет штраф в размере двадцати месячных расчетных показателей.";
        let new = "влечет штраф на должностных лиц в размере двадцати, на юридических лиц – в размере ста месячных расчетных показателей.";
        let got = changes(old, new, Language::Ru, CompareContext::default());
        assert_eq!(got.len(), 1, "{got:#?}");
        assert_eq!(
            (got[0].subject, got[0].change, got[0].factor),
            (Subject::LegalEntities, ChangeKind::Raised, Some(5.0))
        );
        assert_eq!(got[0].old_tenge, None);
    }

    #[test]
    fn ranks_other_changes() {
        let ru = |old: &str, new: &str| -> Vec<(SanctionKind, ChangeKind)> {
            changes(old, new, Language::Ru, YEARS)
                .iter()
                .map(|c| (c.kind, c.change))
                .collect()
        };
        // Confiscation made optional: milder.
        assert_eq!(
            ru(
                "наказывается лишением свободы на срок до пяти лет с конфискацией имущества.",
                "наказывается лишением свободы на срок до пяти лет с конфискацией имущества или без таковой.",
            ),
            [(SanctionKind::Confiscation, ChangeKind::Lowered)]
        );
        // Life imprisonment outranks any term; lowered minimum.
        assert_eq!(
            ru(
                "наказываются лишением свободы на срок от пятнадцати до двадцати лет.",
                "наказываются лишением свободы на срок от десяти до двадцати лет либо пожизненным лишением свободы.",
            ),
            [(SanctionKind::Imprisonment, ChangeKind::Raised)]
        );
        assert_eq!(
            ru(
                "наказываются лишением свободы на срок от пятнадцати до двадцати лет.",
                "наказываются лишением свободы на срок от десяти до двадцати лет.",
            ),
            [(SanctionKind::Imprisonment, ChangeKind::Lowered)]
        );
        // Days against months.
        assert_eq!(
            ru(
                "влечет административный арест на срок до тридцати суток.",
                "влечет административный арест на срок до двух месяцев.",
            ),
            [(SanctionKind::Arrest, ChangeKind::Raised)]
        );
        // A stated amount where there was none cannot be ranked.
        assert_eq!(
            changes(
                "is punishable by a fine.",
                "is punishable by a fine of up to 80 MCI.",
                Language::En,
                YEARS
            )
            .iter()
            .map(|c| (c.kind, c.change))
            .collect::<Vec<_>>(),
            [(SanctionKind::Fine, ChangeKind::Changed)]
        );
        // MCI against a multiple of a sum cannot be ranked.
        assert_eq!(
            ru(
                "наказывается штрафом в размере до двух тысяч месячных расчетных показателей.",
                "наказывается штрафом в размере от десятикратной до двадцатикратной суммы взятки.",
            ),
            [(SanctionKind::Fine, ChangeKind::Changed)]
        );
        // A fine in tenge against one in MCI, ranked at the years' MCI.
        assert_eq!(
            ru(
                "влечет штраф в размере 100 000 тенге.",
                "влечет штраф в размере пятидесяти месячных расчетных показателей.",
            ),
            [(SanctionKind::Fine, ChangeKind::Raised)]
        );
    }

    mod never_panics {
        use super::*;
        use proptest::prelude::*;

        /// Words of sanction clauses, shuffled into arbitrary sequences.
        const VOCABULARY: &[&str] = &[
            "влечет",
            "наказывается",
            "штраф",
            "штрафом",
            "на",
            "физических",
            "и",
            "должностных",
            "лиц",
            "субъектов",
            "малого",
            "предпринимательства",
            "–",
            "в",
            "размере",
            "до",
            "от",
            "двух",
            "тысяч",
            "ста",
            "шестидесяти",
            "месячных",
            "расчетных",
            "показателей",
            "либо",
            "или",
            "с",
            "без",
            "такового",
            "лишением",
            "свободы",
            "права",
            "ограничением",
            "арестом",
            "срок",
            "тот",
            "же",
            "том",
            "лет",
            "суток",
            "часов",
            "исправительными",
            "работами",
            "конфискацией",
            "пожизненным",
            "шестидесятикратной",
            "суммы",
            ",",
            ";",
            ".",
            "(",
            ")",
            "2 000",
            "2,000",
            "160",
            "shall",
            "be",
            "punished",
            "by",
            "the",
            "fine",
            "amount",
            "of",
            "up",
            "to",
            "two",
            "thousand",
            "monthly",
            "calculation",
            "indices",
            "or",
            "with",
            "without",
            "it",
            "imprisonment",
            "for",
            "same",
            "term",
            "years",
            "hundred",
            "and",
            "sixty",
            "arrest",
            "days",
            "officials",
            "small",
            "businesses",
            "ё",
            "Ё",
            "İ",
            "ß",
            "1-",
            "-",
            "’",
            "\u{a0}",
        ];

        proptest! {
            #[test]
            fn on_shuffled_clause_words(picks in prop::collection::vec(0..VOCABULARY.len(), 0..60)) {
                let text: Vec<&str> = picks.iter().map(|&i| VOCABULARY[i]).collect();
                let text = text.join(" ");
                for lang in [Language::Ru, Language::En, Language::Kk] {
                    for s in extract(&text, lang) {
                        prop_assert!(s.span.start <= s.span.end && s.span.end <= text.len());
                        prop_assert!(text.is_char_boundary(s.span.start));
                        prop_assert!(text.is_char_boundary(s.span.end));
                    }
                }
            }

            #[test]
            fn on_any_text(text in "\\PC{0,200}") {
                let _ = extract(&text, Language::Ru);
                let _ = extract(&text, Language::En);
            }
        }
    }
}
