//! Two official language texts of one version held against each other,
//! provision by provision.
//!
//! The Russian and Kazakh texts of Kazakhstan's laws are equally authentic;
//! where they disagree, the law is uncertain. This module pairs the
//! provisions of two texts by citation and reports each provision that
//! exists in one text only, is repealed in one only, or carries other
//! figures (amounts, terms, dates, article and part references) or other
//! sanctions than its counterpart. Figures and sanctions are read with the
//! number and penalty readers of each text's own language, so «пятидесяти»
//! and «елу» are both 50. It compares what both texts state in numbers; it
//! does not translate, and wording that differs without changing a figure
//! or a sanction is not reported.

use super::numbers::{parse_month, parse_number, parse_ordinal};
use super::penalty;
use crate::statute::{Citation, Language, Statute, Unit};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// A figure a provision states, in a form both languages share.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum FigureValue {
    /// A count, in digits or words (50, «пятидесяти», «елу»).
    Number(u64),
    /// An ordinal, mostly a reference to a part («частью первой», «бірінші бөлігінде»).
    Ordinal(u64),
    /// A month of a date («июня», «маусымдағы»; the `06` of `19.06.2024`).
    Month(u8),
    /// A number with parts that is not a count: an article number (`456-2`), a law's number (`95-VIII`).
    Code(String),
}

impl fmt::Display for FigureValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FigureValue::Number(n) => write!(f, "{n}"),
            FigureValue::Ordinal(n) => write!(f, "no. {n}"),
            FigureValue::Month(m) => write!(f, "month {m}"),
            FigureValue::Code(c) => f.write_str(c),
        }
    }
}

/// A figure with the words it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figure {
    /// The figure.
    #[serde(flatten)]
    pub value: FigureValue,
    /// The words as the text writes them.
    pub written: String,
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = self.value.to_string();
        if value == self.written {
            f.write_str(&value)
        } else {
            write!(f, "{value} «{}»", self.written)
        }
    }
}

/// Reads the figures of a text in its language, in text order.
///
/// A count of one written in words is left out: Kazakh writes «бір жыл
/// ішінде» where Russian writes «в течение года», and «бір» is also the
/// indefinite article. Dates in digits (`19.06.2024`) are read as day, month
/// and year, so they match a date written with a month name.
///
/// ```
/// use lexwatch::analyze::parallel::{figures, FigureValue};
/// use lexwatch::statute::Language;
///
/// let ru = figures("штраф в размере пятидесяти МРП, статьей 456-1", Language::Ru);
/// let kk = figures("456-1-бапта ... елу айлық есептік көрсеткіш", Language::Kk);
/// let values = |f: &[lexwatch::analyze::parallel::Figure]| {
///     let mut v: Vec<FigureValue> = f.iter().map(|f| f.value.clone()).collect();
///     v.sort();
///     v
/// };
/// assert_eq!(values(&ru), values(&kk));
/// ```
pub fn figures(text: &str, lang: Language) -> Vec<Figure> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let has_digit = |w: &str| w.bytes().any(|b| b.is_ascii_digit());
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        if has_digit(word) {
            let taken = digit_figures(&words, i, &mut out);
            i += taken;
            continue;
        }
        if let Some((fraction, len)) = fraction(&words[i..], lang) {
            out.push(Figure {
                value: fraction,
                written: trim_word_run(&words[i..i + len]),
            });
            i += len;
            continue;
        }
        if let Some(n) = parse_number(&words[i..], lang) {
            let len = n.len.max(1);
            if n.value != 1 {
                out.push(Figure {
                    value: FigureValue::Number(n.value),
                    written: trim_word_run(&words[i..i + len]),
                });
            }
            i += len;
            continue;
        }
        if let Some(n) = fused_number(word, lang) {
            out.push(Figure {
                value: FigureValue::Number(n),
                written: trim_word_run(&words[i..=i]),
            });
            i += 1;
            continue;
        }
        if let Some(n) = parse_ordinal(word, lang) {
            // «он екінші», «двадцать первой»: tens in words before a unit ordinal.
            let tens = match out.last() {
                Some(Figure {
                    value: FigureValue::Number(t),
                    written,
                }) if n < 10
                    && *t % 10 == 0
                    && *t < 100
                    && words[..i]
                        .last()
                        .is_some_and(|w| w.starts_with(written.as_str())) =>
                {
                    Some(*t)
                }
                _ => None,
            };
            let (value, written) = match tens {
                Some(t) => {
                    let prev = out.pop().map(|f| f.written).unwrap_or_default();
                    (t + n, format!("{prev} {}", trim_word_run(&words[i..=i])))
                }
                None => (n, trim_word_run(&words[i..=i])),
            };
            out.push(Figure {
                value: FigureValue::Ordinal(value),
                written,
            });
        } else if let Some(m) = parse_month(word, lang) {
            // A month name counts only in a date: beside a figure in digits.
            let beside_digits = (i > 0 && has_digit(words[i - 1]))
                || words.get(i + 1).is_some_and(|w| has_digit(w));
            if beside_digits {
                out.push(Figure {
                    value: FigureValue::Month(m),
                    written: trim_word_run(&words[i..=i]),
                });
            }
        }
        i += 1;
    }
    out
}

/// A number fused into a Russian word: «восемнадцатилетнего» (18 years),
/// «стопроцентным» (100 per cent), «вдвое» (twice), where Kazakh writes the
/// number apart («он сегіз жасқа», «жүз пайызы», «екі … есе»).
fn fused_number(word: &str, lang: Language) -> Option<u64> {
    if lang != Language::Ru {
        return None;
    }
    let word = word
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    const TIMES: [(&str, u64); 5] = [
        ("вдвое", 2),
        ("втрое", 3),
        ("вчетверо", 4),
        ("впятеро", 5),
        ("вдесятеро", 10),
    ];
    if let Some((_, n)) = TIMES.iter().find(|(w, _)| *w == word) {
        return Some(*n);
    }
    ["летн", "процентн"].iter().find_map(|suffix| {
        let at = word.find(suffix)?;
        let n = parse_number(&[&word[..at]], lang)?;
        (n.len == 1 && n.value > 1).then_some(n.value)
    })
}

/// A fraction: «одной трети», «двух третей»; Kazakh «үштен бірі», «үштен
/// екісінен» (the denominator in the ablative, then the numerator with a
/// possessive ending). Returns it as a number of the form `num/den` and the
/// count of words read.
fn fraction(words: &[&str], lang: Language) -> Option<(FigureValue, usize)> {
    let clean = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let second = clean(words.get(1)?);
    let (num, den) = match lang {
        Language::Ru => {
            let n = parse_number(&words[..1], lang)?;
            const DENOMINATORS: [(&str, u64); 3] = [("трет", 3), ("четверт", 4), ("половин", 2)];
            let den = DENOMINATORS.iter().find_map(|(stem, d)| {
                let ending = second.strip_prefix(stem)?;
                ["и", "ей", "ь", "ью", "ям", "ы", "у", "е"]
                    .contains(&ending)
                    .then_some(*d)
            })?;
            (n.value, den)
        }
        Language::Kk => {
            let first = clean(words[0]);
            const ABLATIVE: [&str; 6] = ["тан", "тен", "нан", "нен", "дан", "ден"];
            let stem = ABLATIVE.iter().find_map(|e| first.strip_suffix(e))?;
            let den = parse_number(&[stem], lang).filter(|n| n.len == 1)?.value;
            const UNITS: [(&str, u64); 4] = [("бір", 1), ("екі", 2), ("үш", 3), ("төрт", 4)];
            let num = UNITS.iter().find_map(|(u, n)| {
                let rest = second.strip_prefix(u)?;
                ["і", "сі", "ы", "сы"]
                    .iter()
                    .any(|p| rest.starts_with(p))
                    .then_some(*n)
            })?;
            (num, den)
        }
        Language::En => return None,
    };
    (num < den).then(|| (FigureValue::Code(format!("{num}/{den}")), 2))
}

/// Reads the figures of a word with digits at `words[i]`; returns how many
/// words were read (a second word for "10 000").
fn digit_figures(words: &[&str], i: usize, out: &mut Vec<Figure>) -> usize {
    let word = words[i];
    let mut taken = 1;
    for run in digit_runs(word) {
        if let Some((day, month, year)) = date_parts(run) {
            for (value, written) in [
                (FigureValue::Number(day.0), day.1),
                (FigureValue::Month(month.0), month.1),
                (FigureValue::Number(year.0), year.1),
            ] {
                out.push(Figure {
                    value,
                    written: written.to_string(),
                });
            }
            continue;
        }
        if run.bytes().all(|b| b.is_ascii_digit()) {
            let mut written = run.to_string();
            // "10 000": a group of three digits after a short number is its thousands.
            if run.len() <= 3
                && run.len() == word.trim_end_matches(|c: char| !c.is_alphanumeric()).len()
                && let Some(next) = words.get(i + 1)
                && next.len() == 3
                && next.bytes().all(|b| b.is_ascii_digit())
            {
                written = format!("{run} {next}");
                taken = 2;
            }
            let digits: String = written.chars().filter(char::is_ascii_digit).collect();
            match digits.parse::<u64>() {
                Ok(value) => out.push(Figure {
                    value: FigureValue::Number(value),
                    written,
                }),
                Err(_) => out.push(Figure {
                    value: FigureValue::Code(digits),
                    written,
                }),
            }
        } else {
            out.push(Figure {
                value: FigureValue::Code(run.to_string()),
                written: run.to_string(),
            });
        }
    }
    taken
}

/// The runs of a word that make one figure each: `456-2` of «456-2-бап»,
/// `95-VIII` of «№95-VIII», `10` of «10-кратной».
fn digit_runs(word: &str) -> Vec<&str> {
    let bytes = word.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        // Joined parts: digits after `-` or `.`, or a Roman number after `-`
        // that is not the start of a word («95-VIII», not «5-ти»).
        loop {
            if end + 1 < bytes.len() && matches!(bytes[end], b'-' | b'.') {
                let digits = bytes[end + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                if digits > 0 {
                    end += 1 + digits;
                    continue;
                }
                let roman = bytes[end + 1..]
                    .iter()
                    .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
                    .count();
                let after = end + 1 + roman;
                let word_goes_on = word[after..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if bytes[end] == b'-' && roman > 0 && !word_goes_on {
                    end = after;
                    continue;
                }
            }
            break;
        }
        runs.push(&word[start..end]);
        i = end;
    }
    runs
}

type DatePart<'w> = (u64, &'w str);

/// `19.06.2024` → day, month, year (with the digits as written).
fn date_parts(run: &str) -> Option<(DatePart<'_>, (u8, &str), DatePart<'_>)> {
    let mut parts = run.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || d.len() > 2 || m.len() != 2 || y.len() != 4 {
        return None;
    }
    let day: u64 = d.parse().ok()?;
    let month: u8 = m.parse().ok()?;
    let year: u64 = y.parse().ok()?;
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some((
        (day, d),
        (month, m),
        (year, y),
    ))
}

fn trim_word_run(words: &[&str]) -> String {
    let joined = words.join(" ");
    joined
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// What is wrong with one pair of provisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiscrepancyKind {
    /// The provision is in one text only.
    Missing,
    /// The provision is repealed in one text and in force in the other.
    Status,
    /// The provisions state different figures.
    Figures,
    /// The provisions set different sanctions.
    Sanctions,
}

impl DiscrepancyKind {
    /// The word used in text output.
    pub fn as_str(self) -> &'static str {
        match self {
            DiscrepancyKind::Missing => "missing",
            DiscrepancyKind::Status => "status",
            DiscrepancyKind::Figures => "figures",
            DiscrepancyKind::Sanctions => "sanctions",
        }
    }
}

/// One provision as one of the two texts has it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// The citation as this text's language writes it (`ст. 456-2 ч. 1`, `456-2-бап 1-бөлік`).
    pub citation: String,
    /// The provision's own words (heading, text, tail); for a repealed one, its repeal mark.
    pub text: String,
    /// The first and last line of the provision in its file.
    pub lines: (usize, usize),
    /// Whether the provision is repealed in this text.
    pub repealed: bool,
    /// Figures this text states more often than the other.
    pub figures: Vec<Figure>,
    /// Sanctions this text sets and the other does not.
    pub sanctions: Vec<penalty::Sanction>,
}

/// A provision on which the two texts disagree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Discrepancy {
    /// The provision's path (language-neutral).
    pub path: Citation,
    /// What disagrees, in a fixed order.
    pub kinds: Vec<DiscrepancyKind>,
    /// The provision in the first text, when it has it.
    pub left: Option<Side>,
    /// The provision in the second text, when it has it.
    pub right: Option<Side>,
}

/// The comparison of two language texts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Parallel {
    /// The first text's language.
    pub left_language: Language,
    /// The second text's language.
    pub right_language: Language,
    /// How many provisions the two texts share (by citation).
    pub provisions: usize,
    /// The provisions they disagree on, in the first text's order (then the second's).
    pub discrepancies: Vec<Discrepancy>,
}

impl Parallel {
    /// How many discrepancies of `kind` there are.
    pub fn count(&self, kind: DiscrepancyKind) -> usize {
        self.discrepancies
            .iter()
            .filter(|d| d.kinds.contains(&kind))
            .count()
    }
}

/// A provision's key: its path and which occurrence of that path it is
/// (an article may have two unnumbered notes).
type Key = (Citation, usize);

fn keyed(statute: &Statute) -> Vec<(Key, &Unit)> {
    let mut seen: BTreeMap<Citation, usize> = BTreeMap::new();
    statute
        .cited_units()
        .into_iter()
        .map(|(c, u)| {
            let n = seen.entry(c.clone()).or_insert(0);
            *n += 1;
            ((c, *n), u)
        })
        .collect()
}

/// The words a provision is compared by: its repeal mark when repealed.
fn words_of(unit: &Unit) -> String {
    match &unit.status {
        crate::statute::Status::Repealed { by } => by.clone().unwrap_or_default(),
        crate::statute::Status::InForce => unit.own_words(),
    }
}

/// Holds two language texts of the same version against each other.
///
/// `left` and `right` are usually the Russian and Kazakh texts; any two
/// languages lexwatch reads work. Provisions are paired by citation path.
pub fn compare_languages(left: &Statute, right: &Statute) -> Parallel {
    let left_units = keyed(left);
    let right_units = keyed(right);
    let right_index: BTreeMap<&Key, &Unit> = right_units.iter().map(|(k, u)| (k, *u)).collect();
    let left_index: BTreeMap<&Key, &Unit> = left_units.iter().map(|(k, u)| (k, *u)).collect();
    let (lstyle, rstyle) = (left.cite_style(), right.cite_style());
    let (llang, rlang) = (left.language, right.language);

    let side = |unit: &Unit, citation: &Citation, style| Side {
        citation: citation.display(style),
        text: words_of(unit),
        lines: (unit.span.line_start, unit.span.line_end),
        repealed: unit.is_repealed(),
        figures: Vec::new(),
        sanctions: Vec::new(),
    };

    let mut discrepancies = Vec::new();
    let mut provisions = 0;
    for (key, lunit) in &left_units {
        let Some(runit) = right_index.get(key) else {
            discrepancies.push(Discrepancy {
                path: key.0.clone(),
                kinds: vec![DiscrepancyKind::Missing],
                left: Some(side(lunit, &key.0, lstyle)),
                right: None,
            });
            continue;
        };
        provisions += 1;
        let mut l = side(lunit, &key.0, lstyle);
        let mut r = side(runit, &key.0, rstyle);
        let mut kinds = Vec::new();
        if l.repealed != r.repealed {
            kinds.push(DiscrepancyKind::Status);
        }
        let (lf, rf) = only_in_each(figures(&l.text, llang), figures(&r.text, rlang), |f| {
            f.value.clone()
        });
        if !lf.is_empty() || !rf.is_empty() {
            kinds.push(DiscrepancyKind::Figures);
        }
        if !l.repealed && !r.repealed {
            let (ls, rs) = only_in_each(
                penalty::extract(&l.text, llang),
                penalty::extract(&r.text, rlang),
                |s| s.to_string(),
            );
            if !ls.is_empty() || !rs.is_empty() {
                kinds.push(DiscrepancyKind::Sanctions);
            }
            (l.sanctions, r.sanctions) = (ls, rs);
        }
        (l.figures, r.figures) = (lf, rf);
        if !kinds.is_empty() {
            discrepancies.push(Discrepancy {
                path: key.0.clone(),
                kinds,
                left: Some(l),
                right: Some(r),
            });
        }
    }
    for (key, runit) in &right_units {
        if !left_index.contains_key(key) {
            discrepancies.push(Discrepancy {
                path: key.0.clone(),
                kinds: vec![DiscrepancyKind::Missing],
                left: None,
                right: Some(side(runit, &key.0, rstyle)),
            });
        }
    }
    Parallel {
        left_language: llang,
        right_language: rlang,
        provisions,
        discrepancies,
    }
}

/// The items of each list that the other lacks, as multisets by `key`, in text order.
fn only_in_each<T, K: Ord>(left: Vec<T>, right: Vec<T>, key: impl Fn(&T) -> K) -> (Vec<T>, Vec<T>) {
    let mut balance: BTreeMap<K, i64> = BTreeMap::new();
    for item in &left {
        *balance.entry(key(item)).or_insert(0) += 1;
    }
    for item in &right {
        *balance.entry(key(item)).or_insert(0) -= 1;
    }
    // The surplus of a key is the last occurrences on the side that has more.
    let surplus = |items: Vec<T>, sign: i64| -> Vec<T> {
        let mut seen: BTreeMap<K, i64> = BTreeMap::new();
        let mut out = Vec::new();
        let mut total: BTreeMap<K, i64> = BTreeMap::new();
        for item in &items {
            *total.entry(key(item)).or_insert(0) += 1;
        }
        for item in items {
            let k = key(&item);
            let b = balance.get(&k).copied().unwrap_or(0) * sign;
            let t = total.get(&k).copied().unwrap_or(0);
            let n = seen.entry(k).or_insert(0);
            *n += 1;
            if b > 0 && *n > t - b {
                out.push(item);
            }
        }
        out
    };
    (surplus(left, 1), surplus(right, -1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, lang: Language) -> Vec<String> {
        figures(text, lang)
            .iter()
            .map(|f| f.value.to_string())
            .collect()
    }

    #[test]
    fn reads_the_same_figures_in_russian_and_kazakh() {
        let pairs = [
            (
                "Деяния, предусмотренные частью двенадцатой настоящей статьи, совершенные повторно в течение года, – влекут штраф в размере ста пятидесяти месячных расчетных показателей.",
                "Осы баптың он екінші бөлігінде көзделген, бір жыл ішінде қайталап жасалған іс-әрекеттер – бір жүз елу айлық есептік көрсеткіш мөлшерінде айыппұл салуға алып келеді.",
                vec!["no. 12", "150"],
            ),
            (
                "не менее одной трети от общего числа членов",
                "мүшелерінің жалпы санының кемінде үштен бірін құрайтын",
                vec!["1/3"],
            ),
            (
                "не менее двух третей от общего годового объема",
                "жалпы жылдық көлемінің үштен екісінен кем болмауға тиіс",
                vec!["2/3"],
            ),
            (
                "лицам, не достигшим восемнадцатилетнего возраста",
                "жасы он сегізге толмаған адамдарға",
                vec!["18"],
            ),
            (
                "со стопроцентным пакетом акций",
                "акциялар пакетінің жүз пайызы",
                vec!["100"],
            ),
            (
                "вводятся в действие с 1 января 2025 года",
                "2025 жылғы 1 қаңтардан бастап қолданысқа енгізілетін",
                vec!["1", "month 1", "2025"],
            ),
            (
                "Законом РК от 19.06.2024 № 95-VIII ЗРК; статьей 456-1",
                "ҚР 19.06.2024 № 95-VIII; 456-1-бапта",
                vec!["19", "month 6", "2024", "95-VIII", "456-1"],
            ),
            (
                "после дня его первого официального опубликования",
                "алғашқы ресми жарияланған күнінен кейін",
                vec!["no. 1"],
            ),
            (
                "штраф в размере 10 000 тенге",
                "10 000 теңге",
                vec!["10000"],
            ),
        ];
        for (ru, kk, expected) in pairs {
            let mut r = values(ru, Language::Ru);
            let mut k = values(kk, Language::Kk);
            r.sort();
            k.sort();
            let mut expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
            expected.sort();
            assert_eq!(r, expected, "{ru}");
            assert_eq!(k, expected, "{kk}");
        }
    }

    #[test]
    fn a_month_name_counts_only_in_a_date_and_one_in_words_not_at_all() {
        assert!(values("Наурыз мерекесі", Language::Kk).is_empty());
        assert_eq!(values("22 наурыз", Language::Kk), ["22", "month 3"]);
        assert!(values("в течение одного года однократно", Language::Ru).is_empty());
        assert!(values("бір жыл ішінде бір рет", Language::Kk).is_empty());
    }

    fn statute(text: &str) -> Statute {
        Statute::parse(text, "test.md").unwrap_or_else(|e| panic!("{e}"))
    }

    const RU: &str = "+++\nlanguage = \"ru\"\n+++\n### Статья 1. Штраф\n\n1. Деяние –\n\n   влечет штраф в размере двадцати месячных расчетных показателей.\n\n2. Деяние, предусмотренное частью первой настоящей статьи, –\n\n   влечет штраф в размере сорока месячных расчетных показателей.\n";
    const KK: &str = "+++\nlanguage = \"kk\"\n+++\n### 1-бап. Айыппұл\n\n1. Іс-әрекет –\n\n   жиырма айлық есептік көрсеткіш мөлшерінде айыппұл салуға алып келеді.\n\n2. Осы баптың бірінші бөлігінде көзделген іс-әрекет –\n\n   қырық айлық есептік көрсеткіш мөлшерінде айыппұл салуға алып келеді.\n";

    #[test]
    fn agreeing_texts_have_no_discrepancy() {
        let result = compare_languages(&statute(RU), &statute(KK));
        assert_eq!(result.provisions, 3);
        assert_eq!(result.discrepancies, []);
    }

    #[test]
    fn a_changed_amount_is_a_figure_and_a_sanction_of_that_part_only() {
        let kk = KK.replace("қырық айлық", "елу айлық");
        let result = compare_languages(&statute(RU), &statute(&kk));
        assert_eq!(result.discrepancies.len(), 1, "{result:#?}");
        let d = &result.discrepancies[0];
        assert_eq!(
            d.kinds,
            [DiscrepancyKind::Figures, DiscrepancyKind::Sanctions]
        );
        let (Some(l), Some(r)) = (&d.left, &d.right) else {
            panic!("{d:#?}");
        };
        assert_eq!(l.citation, "ст. 1 ч. 2");
        assert_eq!(r.citation, "1-бап 2-бөлік");
        assert_eq!(l.figures[0].to_string(), "40 «сорока»");
        assert_eq!(r.figures[0].to_string(), "50 «елу»");
        assert_eq!(l.sanctions[0].to_string(), "fine: 40 MCI");
        assert_eq!(r.sanctions[0].to_string(), "fine: 50 MCI");
    }

    #[test]
    fn a_provision_in_one_text_only_and_a_wrong_reference_are_reported() {
        let kk = KK.replace("бірінші бөлігінде", "екінші бөлігінде").replace(
            "\n2. Осы",
            "\n3. Іс-әрекет –\n\n   ескерту жасауға алып келеді.\n\n2. Осы",
        );
        let result = compare_languages(&statute(RU), &statute(&kk));
        let kinds: Vec<(Option<String>, Vec<DiscrepancyKind>)> = result
            .discrepancies
            .iter()
            .map(|d| {
                (
                    d.right.as_ref().map(|s| s.citation.clone()),
                    d.kinds.clone(),
                )
            })
            .collect();
        assert_eq!(
            kinds,
            [
                (Some("1-бап 2-бөлік".into()), vec![DiscrepancyKind::Figures]),
                (Some("1-бап 3-бөлік".into()), vec![DiscrepancyKind::Missing]),
            ]
        );
    }
}
