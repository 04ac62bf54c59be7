//! Numbers as statutes write them: in words ("two thousand", «двух тысяч»,
//! «ста шестидесяти»), in digits ("2 000", "2,000", "160"), and as multiples
//! of a sum («шестидесятикратной», "sixtyfold", "sixty times").
//!
//! This module only reads numbers off the front of a run of words; deciding
//! what a number measures (MCI, years, hours) is the caller's job. Russian
//! number words are accepted in every case form, and the case of the words
//! need not agree ("шестьсот пятидесяти" reads as 650), because sanction texts
//! mix nominative and genitive forms.

use crate::statute::Language;
use std::borrow::Cow;

/// A number read from the start of a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// The value.
    pub value: u64,
    /// How many words were read.
    pub len: usize,
    /// The scale word the number ends with (1,000 for "seven thousand"), or 1.
    ///
    /// Lets a range such as «от трех до семи тысяч» carry the scale of its
    /// upper bound over to a bare lower bound (3,000, not 3).
    pub trailing_scale: u64,
    /// Whether the words name a multiple ("sixtyfold", «шестидесятикратной»,
    /// "sixty times") rather than a plain count.
    pub multiple: bool,
}

/// Reads a number from the start of `words`; `None` when the first word is
/// not part of a number.
///
/// Words are compared case-insensitively; a word may carry trailing
/// punctuation ("twenty,"), which ends the number after it. Digits are read in
/// any language, with space, comma or dot thousands separators ("2 000",
/// "2,000", or "2" "000" as two words).
///
/// ```
/// use lexwatch::analyze::numbers::parse_number;
/// use lexwatch::statute::Language;
///
/// let n = parse_number(&["ста", "шестидесяти", "часов"], Language::Ru).unwrap();
/// assert_eq!((n.value, n.len), (160, 2));
/// let n = parse_number(&["one", "hundred", "and", "sixty"], Language::En).unwrap();
/// assert_eq!((n.value, n.len), (160, 4));
/// ```
pub fn parse_number(words: &[&str], lang: Language) -> Option<Number> {
    let mut acc = Accumulator::default();
    let mut i = 0;
    while i < words.len() {
        let (word, stops) = split_trailing_punct(words[i]);
        if word.is_empty() {
            break;
        }
        let word = fold(word);
        let step = acc.push_word(&word, words.get(i + 1).copied(), lang);
        match step {
            Step::Took(n) => i += n,
            Step::Stop => break,
        }
        if stops || acc.done {
            break;
        }
    }
    acc.finish()
}

/// Reads a number and returns only its value and the count of words read.
pub fn parse_value(words: &[&str], lang: Language) -> Option<(u64, usize)> {
    parse_number(words, lang).map(|n| (n.value, n.len))
}

/// Formats a count with comma thousands separators ("2,587,500").
pub fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Reads an ordinal written as one word: «первой», «двенадцатой» (to twenty
/// in Russian), «бірінші», «бесінші», "fourth" (to ten in Kazakh and English;
/// «он екінші» is a cardinal before an ordinal, joined by the caller).
///
/// Codes refer to their own parts by ordinals («частью первой настоящей
/// статьи», «осы баптың бірінші бөлігінде»), so a reference is a figure to
/// hold against the other language's.
///
/// ```
/// use lexwatch::analyze::numbers::parse_ordinal;
/// use lexwatch::statute::Language;
///
/// assert_eq!(parse_ordinal("третьей", Language::Ru), Some(3));
/// assert_eq!(parse_ordinal("үшінші", Language::Kk), Some(3));
/// assert_eq!(parse_ordinal("пятно", Language::Ru), None);
/// ```
pub fn parse_ordinal(word: &str, lang: Language) -> Option<u64> {
    let (word, _) = split_trailing_punct(word);
    let word = fold(word);
    match lang {
        Language::Ru => {
            const STEMS: [&str; 20] = [
                "перв",
                "втор",
                "трет",
                "четверт",
                "пят",
                "шест",
                "седьм",
                "восьм",
                "девят",
                "десят",
                "одиннадцат",
                "двенадцат",
                "тринадцат",
                "четырнадцат",
                "пятнадцат",
                "шестнадцат",
                "семнадцат",
                "восемнадцат",
                "девятнадцат",
                "двадцат",
            ];
            const ENDINGS: &[&str] = &[
                "ый", "ой", "ая", "ое", "ую", "ого", "ому", "ым", "ом", "ые", "ых", "ыми", "ий",
                "ья", "ье", "ью", "ьей", "ьего", "ьему", "ьим", "ьем", "ьи", "ьих", "ьими",
            ];
            STEMS.iter().zip(1..).find_map(|(stem, n)| {
                let ending = word.strip_prefix(stem)?;
                // «третий» takes soft endings, the others hard ones.
                let soft = *stem == "трет";
                let fits = ENDINGS.contains(&ending)
                    && (ending.starts_with('ь') || ending == "ий") == soft;
                fits.then_some(n)
            })
        }
        Language::Kk => {
            const ORDINALS: [&str; 10] = [
                "бірінші",
                "екінші",
                "үшінші",
                "төртінші",
                "бесінші",
                "алтыншы",
                "жетінші",
                "сегізінші",
                "тоғызыншы",
                "оныншы",
            ];
            // «алғашқы» ("first", "initial") stands where Russian has «первого».
            if word.starts_with("алғашқы") {
                return Some(1);
            }
            // The ordinal may carry a case or possessive ending («біріншісі»).
            ORDINALS
                .iter()
                .zip(1..)
                .find_map(|(o, n)| word.starts_with(o).then_some(n))
        }
        Language::En => {
            const ORDINALS: [&str; 10] = [
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth",
            ];
            ORDINALS
                .iter()
                .zip(1..)
                .find_map(|(o, n)| (*o == word.as_ref()).then_some(n))
        }
    }
}

/// Reads a month name (1–12) as dates write it: «июня», «маусымдағы», "June".
///
/// A Kazakh month name is also a common word («қазан», «наурыз»), so callers
/// take it as a month only beside a day or year in digits.
///
/// ```
/// use lexwatch::analyze::numbers::parse_month;
/// use lexwatch::statute::Language;
///
/// assert_eq!(parse_month("июня", Language::Ru), Some(6));
/// assert_eq!(parse_month("маусымдағы", Language::Kk), Some(6));
/// ```
pub fn parse_month(word: &str, lang: Language) -> Option<u8> {
    let (word, _) = split_trailing_punct(word);
    let word = fold(word);
    let stems: [&str; 12] = match lang {
        Language::Ru => [
            "январ",
            "феврал",
            "март",
            "апрел",
            "ма",
            "июн",
            "июл",
            "август",
            "сентябр",
            "октябр",
            "ноябр",
            "декабр",
        ],
        Language::Kk => [
            "қаңтар",
            "ақпан",
            "наурыз",
            "сәуір",
            "мамыр",
            "маусым",
            "шілде",
            "тамыз",
            "қыркүйек",
            "қазан",
            "қараша",
            "желтоқсан",
        ],
        Language::En => [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
    };
    stems.iter().zip(1..).find_map(|(stem, n)| {
        let ending = word.strip_prefix(stem)?;
        let fits = match lang {
            // «мая», «мае», «май»; «марта»: a short stem takes only a case ending.
            Language::Ru => ending.chars().count() <= if *stem == "ма" { 1 } else { 2 },
            Language::Kk => ending.chars().count() <= 6,
            Language::En => ending.is_empty(),
        };
        fits.then_some(n)
    })
}

/// What one number word contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Zero,
    /// 1–9.
    Unit(u64),
    /// 10–19.
    Teen(u64),
    /// 20–90 (and Kazakh «он», 10, which takes a unit after it: «он бес»).
    Ten(u64),
    /// 100–900 written as one word (Russian «двухсот»).
    Hundreds(u64),
    /// "hundred" / «жүз», multiplying the units before it.
    HundredTimes,
    /// thousand, million, billion.
    Scale(u64),
}

enum Step {
    Took(usize),
    Stop,
}

/// Builds a value from number words in order, refusing sequences that are
/// not one number ("five six", "twenty thirty") so that a run of figures in a
/// list is read one figure at a time.
#[derive(Default)]
struct Accumulator {
    total: u64,
    group: u64,
    /// Lowest position filled in the current group: 0 none, 3 hundreds,
    /// 2 tens, 1 units.
    filled: u8,
    /// The last scale applied; later scales must be smaller.
    last_scale: u64,
    words: usize,
    trailing_scale: u64,
    multiple: bool,
    /// A digit number or a multiple ends the number.
    done: bool,
    any: bool,
}

impl Accumulator {
    fn push_word(&mut self, word: &str, next: Option<&str>, lang: Language) -> Step {
        if let Some(step) = self.push_digits(word) {
            return step;
        }
        if lang == Language::En {
            if word == "and" {
                // "one hundred and sixty", "two thousand and five": only
                // between a hundred/thousand and a following number word.
                let after_big = self.filled == 3 || (self.filled == 0 && self.last_scale > 0);
                let next_is_number = next
                    .map(|n| fold(split_trailing_punct(n).0))
                    .is_some_and(|n| english_compound(&n).is_some_and(|w| !w.is_empty()));
                if self.any && after_big && next_is_number {
                    self.words += 1;
                    return Step::Took(1);
                }
                return Step::Stop;
            }
            if self.any && (word == "times" || word == "time") && !self.multiple {
                self.multiple = true;
                self.done = true;
                self.words += 1;
                return Step::Took(1);
            }
            if let Some(stem) = word.strip_suffix("fold") {
                let stem = stem.strip_suffix('-').unwrap_or(stem);
                return self.push_fused_multiple(stem, lang);
            }
        }
        if lang != Language::En
            && let Some(stem) = russian_multiple_stem(word)
        {
            return self.push_fused_multiple(stem, lang);
        }
        match lang {
            Language::En => match english_compound(word) {
                Some(parts) if !parts.is_empty() => {
                    // "twenty-five" is one word made of two number words.
                    let saved = self.snapshot();
                    for w in parts {
                        if !self.push(w) {
                            self.restore(saved);
                            return Step::Stop;
                        }
                    }
                    self.words += 1;
                    Step::Took(1)
                }
                _ => Step::Stop,
            },
            Language::Ru => self.push_one(russian_word(word)),
            Language::Kk => match kazakh_word(word) {
                Some(w) => self.push_one(Some(w)),
                // «екіден бес жылға дейін», «бір мыңнан астам»: the case
                // ending on the last number word ends the number.
                None => {
                    let step = self.push_one(kazakh_inflected(word));
                    if matches!(step, Step::Took(_)) {
                        self.done = true;
                    }
                    step
                }
            },
        }
    }

    fn push_one(&mut self, word: Option<Word>) -> Step {
        match word {
            Some(w) if self.push(w) => {
                self.words += 1;
                Step::Took(1)
            }
            _ => Step::Stop,
        }
    }

    /// Digits, digit groups ("2 000" as two words, "2,000"), digits with a
    /// scale word after them ("2 тысячи") and suffixed digits ("5-ти",
    /// "10-кратной", "60-fold").
    fn push_digits(&mut self, word: &str) -> Option<Step> {
        let first = word.chars().next()?;
        if !first.is_ascii_digit() {
            return None;
        }
        if self.any && !self.digit_group_expected() {
            return Some(Step::Stop);
        }
        let (digits, suffix) = match word.find('-') {
            Some(at) => (&word[..at], Some(&word[at + 1..])),
            None => (word, None),
        };
        let Some(value) = digits_value(digits) else {
            return Some(Step::Stop);
        };
        if self.any {
            // A continuation group of "2 000": exactly three digits.
            if digits.len() != 3 || suffix.is_some() {
                return Some(Step::Stop);
            }
            self.group = match self
                .group
                .checked_mul(1000)
                .and_then(|g| g.checked_add(value))
            {
                Some(g) => g,
                None => return Some(Step::Stop),
            };
            self.words += 1;
            return Some(Step::Took(1));
        }
        match suffix {
            Some(s) if is_multiple_suffix(s) => {
                self.group = value;
                self.multiple = true;
                self.done = true;
            }
            // «5-ти», «3-х»: inflection endings written after digits.
            Some(s) if s.chars().count() <= 3 && s.chars().all(char::is_alphabetic) => {
                self.group = value;
                self.done = true;
            }
            Some(_) => return Some(Step::Stop),
            None => {
                self.group = value;
                // Only a bare 1–3 digit group can continue as "2 000".
                self.filled = if digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
                    4
                } else {
                    self.done = true;
                    0
                };
            }
        }
        self.any = true;
        self.words += 1;
        Some(Step::Took(1))
    }

    fn digit_group_expected(&self) -> bool {
        self.filled == 4
    }

    fn push_fused_multiple(&mut self, stem: &str, lang: Language) -> Step {
        if self.any {
            return Step::Stop;
        }
        let value = if let Some(v) = digits_value(stem) {
            Some(v)
        } else if lang == Language::En {
            fused_value(stem, |w| {
                english_compound(w).and_then(|p| p.first().copied())
            })
        } else {
            fused_value(stem, russian_multiple_prefix)
        };
        match value {
            Some(v) if v > 0 => {
                self.group = v;
                self.any = true;
                self.multiple = true;
                self.done = true;
                self.words += 1;
                Step::Took(1)
            }
            _ => Step::Stop,
        }
    }

    fn push(&mut self, w: Word) -> bool {
        // After digits only a scale word may follow ("2 тысячи").
        if self.filled == 4 {
            return match w {
                Word::Scale(s) => self.apply_scale(s),
                _ => false,
            };
        }
        let ok = match w {
            Word::Zero => {
                if self.any {
                    return false;
                }
                self.done = true;
                true
            }
            Word::Unit(u) if self.filled == 0 || self.filled > 1 => {
                self.group += u;
                self.filled = 1;
                true
            }
            Word::Teen(t) if self.filled == 0 || self.filled > 2 => {
                self.group += t;
                self.filled = 1;
                true
            }
            Word::Ten(t) if self.filled == 0 || self.filled > 2 => {
                self.group += t;
                self.filled = 2;
                true
            }
            Word::Hundreds(h) if self.filled == 0 => {
                self.group += h;
                self.filled = 3;
                true
            }
            Word::HundredTimes if self.group < 100 && self.filled != 3 => {
                self.group = self.group.max(1) * 100;
                self.filled = 3;
                true
            }
            Word::Scale(s) => return self.apply_scale(s),
            _ => false,
        };
        if ok {
            self.any = true;
            self.trailing_scale = 1;
        }
        ok
    }

    fn apply_scale(&mut self, scale: u64) -> bool {
        if self.last_scale != 0 && scale >= self.last_scale {
            return false;
        }
        let Some(add) = self.group.max(1).checked_mul(scale) else {
            return false;
        };
        let Some(total) = self.total.checked_add(add) else {
            return false;
        };
        self.total = total;
        self.group = 0;
        self.filled = 0;
        self.last_scale = scale;
        self.trailing_scale = scale;
        self.any = true;
        true
    }

    fn snapshot(&self) -> (u64, u64, u8, u64, u64, bool) {
        (
            self.total,
            self.group,
            self.filled,
            self.last_scale,
            self.trailing_scale,
            self.any,
        )
    }

    fn restore(&mut self, s: (u64, u64, u8, u64, u64, bool)) {
        (
            self.total,
            self.group,
            self.filled,
            self.last_scale,
            self.trailing_scale,
            self.any,
        ) = s;
    }

    fn finish(self) -> Option<Number> {
        if !self.any || self.words == 0 {
            return None;
        }
        Some(Number {
            value: self.total.checked_add(self.group)?,
            len: self.words,
            trailing_scale: if self.trailing_scale == 0 {
                1
            } else {
                self.trailing_scale
            },
            multiple: self.multiple,
        })
    }
}

/// Lower-cases a word and folds «ё» to «е», borrowing when nothing changes.
fn fold(word: &str) -> Cow<'_, str> {
    if word.chars().any(|c| c.is_uppercase() || c == 'ё') {
        Cow::Owned(
            word.chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c == 'ё' { 'е' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(word)
    }
}

/// Splits "twenty," into ("twenty", true); the flag says punctuation ended
/// the word, so no number continues past it.
fn split_trailing_punct(word: &str) -> (&str, bool) {
    let trimmed = word.trim_end_matches([',', ';', ':', '.', ')', '»', '"', '’', '\'']);
    (trimmed, trimmed.len() != word.len())
}

/// The value of a run of ASCII digits with optional thousands separators
/// ("2,000", "2 000", "2.000"); separators must split three-digit groups.
fn digits_value(s: &str) -> Option<u64> {
    if s.is_empty() || !s.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let mut value: u64 = 0;
    let mut run = 0usize;
    let mut groups = 0usize;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            value = value.checked_mul(10)?.checked_add(u64::from(d))?;
            run += 1;
        } else if matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}') {
            if (groups == 0 && run > 3) || (groups > 0 && run != 3) {
                return None;
            }
            groups += 1;
            run = 0;
        } else {
            return None;
        }
    }
    if groups > 0 && run != 3 {
        return None;
    }
    Some(value)
}

fn is_multiple_suffix(s: &str) -> bool {
    s == "fold" || s.starts_with("кратн") || s == "times"
}

/// «шестидесятикратной» → "шестидесяти"; `None` when the word is not a
/// «-кратный» multiple.
fn russian_multiple_stem(word: &str) -> Option<&str> {
    let at = word.find("кратн")?;
    let ending = &word[at + "кратн".len()..];
    let known = [
        "ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ою", "ое", "ые", "ых", "ыми", "о",
    ];
    if !known.contains(&ending) {
        return None;
    }
    let stem = &word[..at];
    Some(stem.strip_suffix('-').unwrap_or(stem))
}

/// Number words that prefix «-кратный»: genitive forms plus the fused forms
/// that only occur there («дву-», «тре-», «сто-»).
fn russian_multiple_prefix(stem: &str) -> Option<Word> {
    match stem {
        "дву" | "двух" => Some(Word::Unit(2)),
        "тре" | "трех" => Some(Word::Unit(3)),
        "четырех" => Some(Word::Unit(4)),
        "сто" => Some(Word::Hundreds(100)),
        _ => russian_word(stem),
    }
}

/// Reads a number written as one fused word ("двадцатипяти", "sixty") by
/// taking the longest known number word at each point.
fn fused_value(stem: &str, lookup: impl Fn(&str) -> Option<Word>) -> Option<u64> {
    let mut acc = Accumulator::default();
    let mut rest = stem;
    while !rest.is_empty() {
        let mut cut = None;
        for (at, _) in rest.char_indices().skip(1).chain([(rest.len(), ' ')]) {
            if let Some(w) = lookup(&rest[..at]) {
                cut = Some((at, w));
            }
        }
        let (at, w) = cut?;
        if !acc.push(w) {
            return None;
        }
        rest = &rest[at..];
    }
    acc.any.then_some(acc.total + acc.group)
}

/// English number words; a hyphenated compound ("twenty-five") gives its
/// parts. `Some(vec![])` never happens: a non-number gives `None`.
fn english_compound(word: &str) -> Option<Vec<Word>> {
    if let Some(w) = english_word(word) {
        return Some(vec![w]);
    }
    if word.contains('-') {
        let parts: Option<Vec<Word>> = word.split('-').map(english_word).collect();
        return parts.filter(|p| p.len() > 1);
    }
    None
}

fn english_word(word: &str) -> Option<Word> {
    Some(match word {
        "zero" | "nil" => Word::Zero,
        "one" => Word::Unit(1),
        "two" => Word::Unit(2),
        "three" => Word::Unit(3),
        "four" => Word::Unit(4),
        "five" => Word::Unit(5),
        "six" => Word::Unit(6),
        "seven" => Word::Unit(7),
        "eight" => Word::Unit(8),
        "nine" => Word::Unit(9),
        "ten" => Word::Teen(10),
        "eleven" => Word::Teen(11),
        "twelve" => Word::Teen(12),
        "thirteen" => Word::Teen(13),
        "fourteen" => Word::Teen(14),
        "fifteen" => Word::Teen(15),
        "sixteen" => Word::Teen(16),
        "seventeen" => Word::Teen(17),
        "eighteen" => Word::Teen(18),
        "nineteen" => Word::Teen(19),
        "twenty" => Word::Ten(20),
        "thirty" => Word::Ten(30),
        "forty" | "fourty" => Word::Ten(40),
        "fifty" => Word::Ten(50),
        "sixty" => Word::Ten(60),
        "seventy" => Word::Ten(70),
        "eighty" => Word::Ten(80),
        "ninety" => Word::Ten(90),
        "hundred" => Word::HundredTimes,
        "thousand" => Word::Scale(1_000),
        "million" => Word::Scale(1_000_000),
        "billion" => Word::Scale(1_000_000_000),
        _ => return None,
    })
}

/// Russian number words in all their case forms (nominative, genitive,
/// dative, accusative, instrumental, prepositional), «ё» folded to «е».
fn russian_word(word: &str) -> Option<Word> {
    Some(match word {
        "ноль" | "нуль" | "ноля" | "нуля" => Word::Zero,
        "один" | "одного" | "одному" | "одним" | "одном" | "одна" | "одной" | "одну" | "одною"
        | "одно" => Word::Unit(1),
        "два" | "две" | "двух" | "двум" | "двумя" => Word::Unit(2),
        "три" | "трех" | "трем" | "тремя" => Word::Unit(3),
        "четыре" | "четырех" | "четырем" | "четырьмя" => Word::Unit(4),
        "пять" | "пяти" | "пятью" => Word::Unit(5),
        "шесть" | "шести" | "шестью" => Word::Unit(6),
        "семь" | "семи" | "семью" => Word::Unit(7),
        "восемь" | "восьми" | "восемью" | "восьмью" => Word::Unit(8),
        "девять" | "девяти" | "девятью" => Word::Unit(9),
        "десять" | "десяти" | "десятью" => Word::Teen(10),
        "одиннадцать" | "одиннадцати" | "одиннадцатью" => {
            Word::Teen(11)
        }
        "двенадцать" | "двенадцати" | "двенадцатью" => {
            Word::Teen(12)
        }
        "тринадцать" | "тринадцати" | "тринадцатью" => {
            Word::Teen(13)
        }
        "четырнадцать" | "четырнадцати" | "четырнадцатью" => {
            Word::Teen(14)
        }
        "пятнадцать" | "пятнадцати" | "пятнадцатью" => {
            Word::Teen(15)
        }
        "шестнадцать" | "шестнадцати" | "шестнадцатью" => {
            Word::Teen(16)
        }
        "семнадцать" | "семнадцати" | "семнадцатью" => {
            Word::Teen(17)
        }
        "восемнадцать" | "восемнадцати" | "восемнадцатью" => {
            Word::Teen(18)
        }
        "девятнадцать" | "девятнадцати" | "девятнадцатью" => {
            Word::Teen(19)
        }
        "двадцать" | "двадцати" | "двадцатью" => Word::Ten(20),
        "тридцать" | "тридцати" | "тридцатью" => Word::Ten(30),
        "сорок" | "сорока" => Word::Ten(40),
        "пятьдесят" | "пятидесяти" | "пятьюдесятью" => Word::Ten(50),
        "шестьдесят" | "шестидесяти" | "шестьюдесятью" => {
            Word::Ten(60)
        }
        "семьдесят" | "семидесяти" | "семьюдесятью" => Word::Ten(70),
        "восемьдесят" | "восьмидесяти" | "восемьюдесятью" | "восьмьюдесятью" => {
            Word::Ten(80)
        }
        "девяносто" | "девяноста" => Word::Ten(90),
        "сто" | "ста" => Word::Hundreds(100),
        "двести" | "двухсот" | "двумстам" | "двумястами" | "двухстах" => {
            Word::Hundreds(200)
        }
        "триста" | "трехсот" | "тремстам" | "тремястами" | "трехстах" => {
            Word::Hundreds(300)
        }
        "четыреста" | "четырехсот" | "четыремстам" | "четырьмястами" | "четырехстах" => {
            Word::Hundreds(400)
        }
        "пятьсот" | "пятисот" | "пятистам" | "пятьюстами" | "пятистах" => {
            Word::Hundreds(500)
        }
        "шестьсот" | "шестисот" | "шестистам" | "шестьюстами" | "шестистах" => {
            Word::Hundreds(600)
        }
        "семьсот" | "семисот" | "семистам" | "семьюстами" | "семистах" => {
            Word::Hundreds(700)
        }
        "восемьсот"
        | "восьмисот"
        | "восьмистам"
        | "восемьюстами"
        | "восьмьюстами"
        | "восьмистах" => Word::Hundreds(800),
        "девятьсот" | "девятисот" | "девятистам" | "девятьюстами" | "девятистах" => {
            Word::Hundreds(900)
        }
        "тысяча" | "тысячи" | "тысяче" | "тысячу" | "тысячей" | "тысячею" | "тысяч" | "тысячам"
        | "тысячами" | "тысячах" => Word::Scale(1_000),
        "миллион"
        | "миллиона"
        | "миллиону"
        | "миллионом"
        | "миллионе"
        | "миллионы"
        | "миллионов"
        | "миллионам"
        | "миллионами"
        | "миллионах" => Word::Scale(1_000_000),
        "миллиард"
        | "миллиарда"
        | "миллиарду"
        | "миллиардом"
        | "миллиарде"
        | "миллиарды"
        | "миллиардов"
        | "миллиардам"
        | "миллиардами"
        | "миллиардах" => Word::Scale(1_000_000_000),
        _ => return None,
    })
}

/// Kazakh number words in their bare form (numbers stay uninflected before
/// the noun they count: «екі мың айлық есептік көрсеткіш»).
fn kazakh_word(word: &str) -> Option<Word> {
    Some(match word {
        "нөл" => Word::Zero,
        "бір" => Word::Unit(1),
        "екі" => Word::Unit(2),
        "үш" => Word::Unit(3),
        "төрт" => Word::Unit(4),
        "бес" => Word::Unit(5),
        "алты" => Word::Unit(6),
        "жеті" => Word::Unit(7),
        "сегіз" => Word::Unit(8),
        "тоғыз" => Word::Unit(9),
        "он" => Word::Ten(10),
        "жиырма" => Word::Ten(20),
        "отыз" => Word::Ten(30),
        "қырық" => Word::Ten(40),
        "елу" => Word::Ten(50),
        "алпыс" => Word::Ten(60),
        "жетпіс" => Word::Ten(70),
        "сексен" => Word::Ten(80),
        "тоқсан" => Word::Ten(90),
        "жүз" => Word::HundredTimes,
        "мың" => Word::Scale(1_000),
        "миллион" => Word::Scale(1_000_000),
        "миллиард" => Word::Scale(1_000_000_000),
        _ => return None,
    })
}

/// A Kazakh number word with a dative or ablative ending («екіге», «бестен»,
/// «мыңнан»). «бір» is left out: «бірге» means "together", «бірден» "at
/// once".
fn kazakh_inflected(word: &str) -> Option<Word> {
    const ENDINGS: &[&str] = &[
        "нан", "нен", "дан", "ден", "тан", "тен", "ға", "ге", "қа", "ке",
    ];
    ENDINGS.iter().find_map(|e| {
        let stem = word.strip_suffix(e)?;
        (stem != "бір").then(|| kazakh_word(stem)).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    /// (text, language, value, words read)
    const CARDINALS: &[(&str, Language, u64, usize)] = &[
        // English
        ("two thousand", Language::En, 2_000, 2),
        ("one hundred and sixty", Language::En, 160, 4),
        ("one hundred sixty", Language::En, 160, 3),
        ("twenty-five", Language::En, 25, 1),
        ("fifty", Language::En, 50, 1),
        ("eighty hours", Language::En, 80, 1),
        ("three hundred monthly", Language::En, 300, 2),
        ("one thousand up to five thousand", Language::En, 1_000, 2),
        ("two hundred and fifty thousand", Language::En, 250_000, 5),
        ("twelve", Language::En, 12, 1),
        ("Two Thousand", Language::En, 2_000, 2),
        ("forty,", Language::En, 40, 1),
        ("ten and", Language::En, 10, 1),
        ("eight hundred hours", Language::En, 800, 2),
        ("one thousand two hundred", Language::En, 1_200, 4),
        ("five million", Language::En, 5_000_000, 2),
        // digits
        ("2 000", Language::Ru, 2_000, 2),
        ("2,000", Language::En, 2_000, 1),
        ("160", Language::En, 160, 1),
        ("1200 hours", Language::En, 1_200, 1),
        ("2 587 500", Language::En, 2_587_500, 3),
        ("10 100", Language::En, 10_100, 2),
        ("2 тысячи", Language::Ru, 2_000, 2),
        ("5-ти лет", Language::Ru, 5, 1),
        ("1,000", Language::En, 1_000, 1),
        // Russian, many case forms
        ("двухсот", Language::Ru, 200, 1),
        ("двух тысяч", Language::Ru, 2_000, 2),
        ("ста шестидесяти", Language::Ru, 160, 2),
        ("одной тысячи", Language::Ru, 1_000, 2),
        ("шестьсот пятидесяти", Language::Ru, 650, 2),
        ("тридцати пяти", Language::Ru, 35, 2),
        ("пятисот", Language::Ru, 500, 1),
        ("семидесяти", Language::Ru, 70, 1),
        ("тысячи пятисот", Language::Ru, 1_500, 2),
        ("одной тысячи двухсот часов", Language::Ru, 1_200, 3),
        ("двадцати пяти", Language::Ru, 25, 2),
        ("сорока", Language::Ru, 40, 1),
        ("сорока пяти суток", Language::Ru, 45, 2),
        ("семи тысяч", Language::Ru, 7_000, 2),
        ("пяти тысяч", Language::Ru, 5_000, 2),
        ("трех тысяч", Language::Ru, 3_000, 2),
        ("трёх тысяч", Language::Ru, 3_000, 2),
        ("четырехсот часов", Language::Ru, 400, 1),
        ("восьмисот", Language::Ru, 800, 1),
        ("двухсот сорока", Language::Ru, 240, 2),
        ("ста восьмидесяти", Language::Ru, 180, 2),
        ("ста двадцати", Language::Ru, 120, 2),
        ("семидесяти пяти суток", Language::Ru, 75, 2),
        ("двумястами", Language::Ru, 200, 1),
        ("пятьюдесятью", Language::Ru, 50, 1),
        ("одного года", Language::Ru, 1, 1),
        ("двенадцати", Language::Ru, 12, 1),
        ("семнадцати", Language::Ru, 17, 1),
        ("десять", Language::Ru, 10, 1),
        ("десятью", Language::Ru, 10, 1),
        ("двадцать одна тысяча", Language::Ru, 21_000, 3),
        ("Двухсот", Language::Ru, 200, 1),
        ("тысяча", Language::Ru, 1_000, 1),
        ("трехсот пятидесяти", Language::Ru, 350, 2),
        ("девяноста девяти", Language::Ru, 99, 2),
        ("двух миллионов пятисот тысяч", Language::Ru, 2_500_000, 4),
        // Kazakh
        ("екі мың", Language::Kk, 2_000, 2),
        ("бір жүз алпыс", Language::Kk, 160, 3),
        ("он бес", Language::Kk, 15, 2),
        ("жүз", Language::Kk, 100, 1),
        ("жиырма бес пайызынан", Language::Kk, 25, 2),
        ("бір мың бес жүз айлық", Language::Kk, 1_500, 4),
        ("бір мыңнан астам", Language::Kk, 1_000, 2),
        ("екіден бес", Language::Kk, 2, 1),
        ("он бестен", Language::Kk, 15, 2),
        ("тоқсан тоғыз", Language::Kk, 99, 2),
    ];

    #[test]
    fn reads_cardinals() {
        for &(text, lang, value, len) in CARDINALS {
            let n = parse_number(&words(text), lang);
            assert_eq!(n.map(|n| (n.value, n.len)), Some((value, len)), "{text}");
            assert!(!n.is_some_and(|n| n.multiple), "{text}");
        }
    }

    /// (text, language, value, words read)
    const MULTIPLES: &[(&str, Language, u64, usize)] = &[
        ("шестидесятикратной суммы", Language::Ru, 60, 1),
        ("семидесятикратной", Language::Ru, 70, 1),
        ("десятикратной", Language::Ru, 10, 1),
        ("двадцатикратной", Language::Ru, 20, 1),
        ("сорокакратной", Language::Ru, 40, 1),
        ("двукратном", Language::Ru, 2, 1),
        ("трехкратного", Language::Ru, 3, 1),
        ("стократной", Language::Ru, 100, 1),
        ("двадцатипятикратной", Language::Ru, 25, 1),
        ("10-кратной", Language::Ru, 10, 1),
        ("sixtyfold", Language::En, 60, 1),
        ("60-fold", Language::En, 60, 1),
        ("sixty times the amount", Language::En, 60, 2),
        ("twenty-five times", Language::En, 25, 2),
    ];

    #[test]
    fn reads_multiples() {
        for &(text, lang, value, len) in MULTIPLES {
            let n = parse_number(&words(text), lang);
            assert_eq!(
                n.map(|n| (n.value, n.len, n.multiple)),
                Some((value, len, true)),
                "{text}"
            );
        }
    }

    #[test]
    fn reports_trailing_scale() {
        let n = parse_number(&["семи", "тысяч"], Language::Ru).map(|n| n.trailing_scale);
        assert_eq!(n, Some(1_000));
        let n = parse_number(&["трех"], Language::Ru).map(|n| n.trailing_scale);
        assert_eq!(n, Some(1));
        let n = parse_number(&["тысячи", "пятисот"], Language::Ru).map(|n| n.trailing_scale);
        assert_eq!(n, Some(1));
    }

    #[test]
    fn refuses_non_numbers() {
        for (text, lang) in [
            ("monthly", Language::En),
            ("and sixty", Language::En),
            ("a hundred", Language::En),
            ("лет", Language::Ru),
            ("", Language::Ru),
            ("он", Language::Ru),
            ("451-1", Language::En),
            ("2,5", Language::Ru),
            ("сократить", Language::Ru),
            ("бірге", Language::Kk),
            ("оның", Language::Kk),
            ("онлайн", Language::Kk),
            ("99999999999999999999999", Language::En),
        ] {
            assert_eq!(parse_number(&words(text), lang), None, "{text:?}");
        }
    }

    #[test]
    fn stops_between_separate_figures() {
        assert_eq!(
            parse_value(&words("пять шесть"), Language::Ru),
            Some((5, 1))
        );
        assert_eq!(
            parse_value(&words("twenty thirty"), Language::En),
            Some((20, 1))
        );
        assert_eq!(
            parse_value(&words("сорока двадцати"), Language::Ru),
            Some((40, 1))
        );
        assert_eq!(
            parse_value(&words("двухсот ста"), Language::Ru),
            Some((200, 1))
        );
        assert_eq!(
            parse_value(&words("тысячи тысяч"), Language::Ru),
            Some((1_000, 1))
        );
        assert_eq!(parse_value(&words("10 years"), Language::En), Some((10, 1)));
        assert_eq!(parse_value(&words("2 20"), Language::En), Some((2, 1)));
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(2_000), "2,000");
        assert_eq!(group_thousands(2_587_500), "2,587,500");
    }
}
