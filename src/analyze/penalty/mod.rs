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

mod kk;

use crate::analyze::mci::mci_for_year;
use crate::analyze::numbers::{Number, group_thousands, parse_number};
// `is_alphanumeric` with the Latin and Cyrillic answers on a fast path.
use crate::compare::align::is_word_char;
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

/// The words that say what a suspension or ban applies to, in one language.
struct SuspendedObjects {
    /// Stems naming a media outlet's output.
    outlet: &'static [&'static str],
    /// The stem naming an activity.
    activity: &'static str,
    /// How many words after the sanction word the object may be.
    reach: usize,
    /// Words that may stand between them; `None`: any word may.
    fillers: Option<&'static [&'static str]>,
}

const RU_SUSPENDED: SuspendedObjects = SuspendedObjects {
    outlet: &[
        "выпуск",
        "выход",
        "распространени",
        "вещани",
        "издани",
        "доступ",
    ],
    activity: "деятельност",
    reach: 2,
    fillers: None,
};

const EN_SUSPENDED: SuspendedObjects = SuspendedObjects {
    outlet: &[
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
    activity: "activit",
    reach: 4,
    fillers: Some(&["of", "the", "a", "on", "its", "their"]),
};

/// Reads the sanctions set by one provision's text.
///
/// Sanction clauses start at a trigger ("shall be punished", "punishable",
/// "entail", «наказывается», «влечет») and end at the next `;` or full stop;
/// text outside them is ignored, and so is a negated trigger ("shall not
/// entail"). Kazakh clauses end at their trigger («… айыппұл салуға алып
/// келеді») and are read by [`kk`].
///
/// ```
/// use lexwatch::analyze::penalty::{extract, SanctionKind};
/// use lexwatch::statute::Language;
///
/// let s = extract("– наказывается лишением свободы на срок до пяти лет.", Language::Ru);
/// assert_eq!(s[0].kind, SanctionKind::Imprisonment);
/// assert_eq!(s[0].amount.map(|a| a.max), Some(60)); // months
///
/// let s = extract("лауазымды адамдарға – он, ірі кәсіпкерлік субъектілеріне үш жүз айлық есептік көрсеткіш мөлшерінде айыппұл салуға алып келеді.", Language::Kk);
/// assert_eq!(s.len(), 2);
/// assert_eq!(s[1].amount.map(|a| a.max), Some(300)); // MCI, large businesses
/// ```
pub fn extract(text: &str, lang: Language) -> Vec<Sanction> {
    if lang == Language::Kk {
        return kk::extract(text);
    }
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
        .is_none_or(|c| !is_word_char(c))
}

/// Whether the word before byte `at` is a negation ("shall not entail", «не
/// влечет»).
fn negated_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
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
        if !is_word_char(c) {
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
            if is_word_char(n) {
                pos += n.len_utf8();
                prev = n;
                continue;
            }
            let rest = &text[pos + n.len_utf8()..];
            if matches!(n, '-' | '\'' | '’') && rest.chars().next().is_some_and(is_word_char) {
                pos += n.len_utf8();
                continue;
            }
            // "2 000", "2,000": a separator followed by exactly three digits.
            if digits
                && prev.is_ascii_digit()
                && matches!(n, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
                && rest.len() >= 3
                && rest.as_bytes()[..3].iter().all(u8::is_ascii_digit)
                && !rest[3..].chars().next().is_some_and(is_word_char)
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
            let (kind, next) = self.outlet_or_activity(i, suspension, &RU_SUSPENDED)?;
            return at(kind, next);
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
            let (kind, next) = self.outlet_or_activity(i, suspension, &EN_SUSPENDED)?;
            return at(kind, next);
        }
        None
    }

    /// After «приостановление» / "suspension" or a ban at word `i`: whether it is
    /// of a media outlet or of an activity, and the word after the object.
    fn outlet_or_activity(
        &self,
        i: usize,
        suspension: bool,
        words: &SuspendedObjects,
    ) -> Option<(SanctionKind, usize)> {
        let (outlet, activity) = if suspension {
            (
                SanctionKind::OutletSuspension,
                SanctionKind::ActivitySuspension,
            )
        } else {
            (SanctionKind::OutletBan, SanctionKind::ActivityBan)
        };
        for k in i + 1..i + 1 + words.reach {
            let Some(o) = self.word(k) else { continue };
            if starts(o, words.outlet) {
                return Some((outlet, k + 1));
            }
            if o.starts_with(words.activity) {
                return Some((activity, k + 1));
            }
            if words.fillers.is_some_and(|fillers| !fillers.contains(&o)) {
                break;
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
mod tests;
