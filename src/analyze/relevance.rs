//! Whether a provision concerns expression, media and information.
//!
//! A change is read for what its provision regulates: its own text, its
//! article's heading (weighted more: it names the offence or the subject)
//! and, as a tie-breaker, its chapter's heading and the act's title. Each *concept* found counts
//! once, so that an article repeating «теле-, радиоканалы» ten times is not
//! ten times more about broadcasting:
//!
//! - concepts of expression (information, media, broadcasting, online
//!   platforms, journalists and editors, accreditation, publication, speech
//!   offences, assembly, opinion and censorship) count for it;
//! - dissemination verbs («распространение», "disseminate", «тарату») count
//!   a little: they are also used for advertising, goods and alerts;
//! - concepts of another field (advertising, taxes and customs, family,
//!   technical quality) count against it.
//!
//! The class sets the severity and rationale of penalty findings and weighs
//! in the ranking of every finding. It never decides whether a finding is
//! made. This module knows words only; it does not look at findings.

use crate::compare::align::{HashedMap, is_word_char};
use crate::statute::Language;
use serde::Serialize;
use std::sync::OnceLock;

/// Whether a change concerns expression, media and information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Relevance {
    /// Nothing in the provision regulates expression (a tax, family, property
    /// or violent offence; advertising; technical rules).
    #[default]
    Other,
    /// The provision regulates what people say, publish, disseminate or
    /// receive, the media and journalists, online platforms or assembly.
    Expression,
}

impl Relevance {
    /// The lowercase word used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Relevance::Expression => "expression",
            Relevance::Other => "other",
        }
    }

    /// The factor a finding's severity is multiplied by in the ranking.
    pub fn weight(self) -> u32 {
        match self {
            Relevance::Expression => 2,
            Relevance::Other => 1,
        }
    }
}

impl std::fmt::Display for Relevance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The class of a provision and the concepts that decided it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Classification {
    /// The class.
    pub relevance: Relevance,
    /// The concepts found, `+media`, `-advertising`, in the order of the table.
    pub cues: Vec<String>,
}

/// A concept and its words. A word is a sequence of stems, each matching
/// the start of consecutive words of the text («массов информац» matches
/// «массовой информации»).
struct Concept {
    name: &'static str,
    /// Points in the provision's text: positive for expression, negative
    /// against it; a concept that names expression outright (a speech
    /// offence, the media, journalists) weighs more than one that may be
    /// a mere means (online) or a verb shared with goods (dissemination).
    points: i32,
    ru: &'static [&'static str],
    en: &'static [&'static str],
    kk: &'static [&'static str],
}

/// The concepts, in the order their names are reported.
const CONCEPTS: &[Concept] = &[
    Concept {
        name: "information",
        points: 2,
        ru: &["информац", "сведени"],
        en: &["information"],
        kk: &["ақпарат", "мәлімет", "хабарлама"],
    },
    Concept {
        name: "media",
        points: 3,
        ru: &[
            "масс-медиа",
            "сми",
            "массов информац",
            "печатн издани",
            "периодическ печатн",
            "периодическ издани",
            "сетев издани",
            "продукци масс-медиа",
        ],
        en: &["media$", "mass-media", "press$", "newspaper", "periodical"],
        kk: &[
            "масс-медиа",
            "бұқаралық ақпарат",
            "баспасөз",
            "мерзімді баспа",
        ],
    },
    Concept {
        name: "broadcasting",
        points: 2,
        ru: &[
            "телерадио",
            "телеканал",
            "радиоканал",
            "телепрограмм",
            "радиопрограмм",
            "телепередач",
            "радиопередач",
            "эфир",
            "вещани",
        ],
        en: &["broadcast", "television", "radio$", "tv"],
        kk: &["телерадио", "телеарна", "радиоарна", "эфир", "хабар тарат"],
    },
    Concept {
        name: "online",
        points: 1,
        ru: &[
            "онлайн-платформ",
            "интернет",
            "блогер",
            "сетях телекоммуникаций",
            "сетей телекоммуникаций",
        ],
        en: &["online", "internet", "blogger", "website", "social network"],
        kk: &[
            "онлайн-платформ",
            "интернет",
            "блогер",
            "телекоммуникация желі",
        ],
    },
    Concept {
        name: "journalists",
        points: 3,
        ru: &["журналист", "редакци", "редактор"],
        en: &["journalist", "editor", "press card"],
        kk: &["журналист", "редакци", "редактор"],
    },
    Concept {
        name: "accreditation",
        points: 3,
        ru: &["аккредит"],
        en: &["accredit"],
        kk: &["аккредит"],
    },
    Concept {
        name: "publication",
        points: 2,
        ru: &["публикац", "опубликов", "обнародов"],
        en: &["publish", "publication"],
        kk: &["жарияла", "жариялан"],
    },
    Concept {
        name: "speech-offence",
        points: 3,
        ru: &[
            "клевет",
            "оскорбл",
            "ложн",
            "пропаганд",
            "призыв",
            "разжиган",
            "розни$",
            "рознь$",
            "дискредит",
            "порочащ",
            "экстремистск материал",
        ],
        en: &[
            "defamation",
            "slander",
            "libel",
            "insult",
            "false",
            "propaganda",
            "incite",
            "incitement",
            "calls",
            "discord",
            "discredit",
        ],
        kk: &[
            "жала жаб",
            "қорла",
            "жалған",
            "насихат",
            "үгіт",
            "шақыр",
            "араздық",
            "алауыздық",
            "абыройын",
        ],
    },
    Concept {
        name: "assembly",
        points: 3,
        ru: &["мирн собрани", "митинг", "демонстрац", "пикет", "шестви"],
        en: &[
            "assembly",
            "assemblies",
            "protest",
            "demonstration",
            "picket",
        ],
        kk: &["бейбіт жиналыс", "митинг", "шеру", "пикет", "демонстрац"],
    },
    Concept {
        name: "opinion",
        points: 3,
        ru: &["цензур", "мнени", "убеждени", "высказыван", "свобод слова"],
        en: &["censorship", "opinion", "speech", "expression", "statement"],
        kk: &["цензура", "пікір", "сөз бостандығы"],
    },
    Concept {
        name: "dissemination",
        points: 1,
        ru: &["распростран", "размещ", "тиражир"],
        en: &["disseminat", "distribut", "posting"],
        kk: &["тарат", "орналастыр"],
    },
    Concept {
        name: "advertising",
        points: -3,
        ru: &["реклам"],
        en: &["advertis"],
        kk: &["жарнама"],
    },
    Concept {
        name: "fiscal",
        points: -3,
        // Not the budget: state funding of the media is a media question.
        ru: &["налог", "таможен"],
        en: &["tax", "taxes", "customs"],
        kk: &["салық", "кеден"],
    },
    Concept {
        name: "family",
        points: -3,
        ru: &["алимент", "семейн", "семьи", "семья", "супруг", "брак"],
        en: &["alimony", "family", "spouse", "child support", "marriage"],
        kk: &["алимент", "отбасы", "ерлі-зайыпты", "неке"],
    },
    Concept {
        name: "technical",
        points: -3,
        ru: &["техническ", "качеств", "радиопомех"],
        en: &["technical", "quality", "signal"],
        // Not «кедергі»: «журналистің қызметіне кедергі келтіру» is obstruction of a journalist.
        kk: &["техникалық", "сапас"],
    },
];

/// What a provision is read from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Provision<'a> {
    /// Its own text (old and new, when it changed).
    pub text: &'a str,
    /// The heading of its article.
    pub heading: Option<&'a str>,
    /// The headings of the chapters (sections, parts) it sits in, and the act's title.
    pub chapter: Option<&'a str>,
}

/// Words that name no subject of the provision, only the law's own making
/// («вводится в действие по истечении десяти дней после дня его первого
/// официального опубликования»): left out before reading.
const BOILERPLATE: &[&str] = &[
    "официальн опубликов",
    "официальн публикац",
    "official publication",
    "officially published",
    "ресми жариялан",
];

/// The points from which a provision concerns expression.
const THRESHOLD: i32 = 3;

/// Classifies a provision.
///
/// Each concept found counts its points once: in the article's heading
/// twice over, in the text as they are, in a chapter's heading ±1. A
/// provision concerns expression from 3 points: one concept that names it
/// outright, or two that suggest it, and no other field outweighing them.
pub fn classify(provision: Provision<'_>, lang: Language) -> Classification {
    let index = StemIndex::of(lang);
    let text = index.concepts_in(&without_boilerplate(words(provision.text)));
    let heading = index.concepts_in(&words(provision.heading.unwrap_or("")));
    let chapter = index.concepts_in(&words(provision.chapter.unwrap_or("")));
    let mut score = 0;
    let mut cues = Vec::new();
    for (i, concept) in CONCEPTS.iter().enumerate() {
        let bit = 1u64 << i;
        let points = concept.points;
        let found = if heading & bit != 0 {
            2 * points
        } else if text & bit != 0 {
            points
        } else if chapter & bit != 0 {
            points.signum()
        } else {
            continue;
        };
        score += found;
        let sign = if points > 0 { '+' } else { '-' };
        cues.push(format!("{sign}{}", concept.name));
    }
    Classification {
        relevance: if score >= THRESHOLD {
            Relevance::Expression
        } else {
            Relevance::Other
        },
        cues,
    }
}

/// The lowercase words of a text; hyphens inside a word are kept
/// («масс-медиа»), a hyphen between words («теле-, радио») is not.
///
/// A word is a run of word characters and hyphens, trimmed of its outer
/// hyphens; it is read once, on bytes for ASCII and two-byte letters, and
/// copied only when it has a letter to lowercase.
fn words(text: &str) -> Vec<Word<'_>> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut out = Vec::with_capacity(n / 8);
    let mut i = 0;
    while i < n {
        let start = i;
        // Whether every character is one `lowercase` leaves as it is.
        let mut lower = true;
        while i < n {
            let b = bytes[i];
            if b.is_ascii() {
                if b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' {
                    i += 1;
                    continue;
                }
                if b.is_ascii_uppercase() {
                    lower = false;
                    i += 1;
                    continue;
                }
                break;
            }
            // A letter of U+0400..U+047F, always a word character: lower
            // case from а (D0 B0) to я (D1 8F), and ё (D1 91).
            if (b == 0xD0 || b == 0xD1)
                && let Some(&b2) = bytes.get(i + 1)
            {
                lower &= matches!((b, b2), (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x8F | 0x91));
                i += 2;
                continue;
            }
            let Some((c, len)) = crate::util::char_at(text, i) else {
                break;
            };
            if !is_word_char(c) {
                break;
            }
            lower &= matches!(c, 'а'..='я' | 'ё');
            i += len;
        }
        if i == start {
            // A separator: step over it whole.
            i += crate::util::char_at(text, i).map_or(1, |(_, len)| len);
            continue;
        }
        let word = text.get(start..i).unwrap_or_default().trim_matches('-');
        if !word.is_empty() {
            out.push(if lower {
                Word::Borrowed(word)
            } else {
                Word::Owned(super::lowercase::lowercase(word))
            });
        }
    }
    out
}

/// A word of a text, lowercased: borrowed when it already was.
type Word<'t> = std::borrow::Cow<'t, str>;

/// The words with those of [`BOILERPLATE`] phrases taken out.
fn without_boilerplate(mut words: Vec<Word<'_>>) -> Vec<Word<'_>> {
    for phrase in BOILERPLATE {
        let parts: Vec<&str> = phrase.split(' ').collect();
        let mut i = 0;
        while i + parts.len() <= words.len() {
            if words[i..i + parts.len()]
                .iter()
                .zip(&parts)
                .all(|(w, stem)| w.starts_with(stem))
            {
                for w in &mut words[i..i + parts.len()] {
                    *w = Word::Borrowed("");
                }
                i += parts.len();
            } else {
                i += 1;
            }
        }
    }
    words
}

/// Every concept's stems in one language, by the first two bytes of their
/// first stem: each word of a text is looked up once instead of being
/// compared with every stem of every concept.
struct StemIndex {
    /// (concept, the stem's words) by the first two bytes of its first word
    /// ([`start_key`]): looked up once for every word of every change.
    by_start: HashedMap<Vec<(usize, Vec<&'static str>)>>,
    /// Stems whose first word is shorter than two bytes.
    short: Vec<(usize, Vec<&'static str>)>,
}

/// Two bytes as a well-mixed key for a [`HashedMap`], which does not hash
/// its keys again: a multiplication instead of SipHash on every word.
fn start_key(a: u8, b: u8) -> u64 {
    u64::from(u16::from_le_bytes([a, b])).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

// Concepts are a bit set in a `u64`.
const _: () = assert!(CONCEPTS.len() <= 64);

impl StemIndex {
    /// The index of a language, built on first use.
    fn of(lang: Language) -> &'static StemIndex {
        static INDEXES: [OnceLock<StemIndex>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let slot = match lang {
            Language::Ru => 0,
            Language::En => 1,
            Language::Kk => 2,
        };
        INDEXES[slot].get_or_init(|| StemIndex::build(lang))
    }

    fn build(lang: Language) -> StemIndex {
        let mut index = StemIndex {
            by_start: HashedMap::default(),
            short: Vec::new(),
        };
        for (i, concept) in CONCEPTS.iter().enumerate() {
            let stems = match lang {
                Language::Ru => concept.ru,
                Language::En => concept.en,
                Language::Kk => concept.kk,
            };
            for stem in stems {
                let parts: Vec<&'static str> = stem.split(' ').collect();
                let key = parts[0].trim_end_matches('$').as_bytes();
                match key {
                    [a, b, ..] => index
                        .by_start
                        .entry(start_key(*a, *b))
                        .or_default()
                        .push((i, parts)),
                    _ => index.short.push((i, parts)),
                }
            }
        }
        index
    }

    /// The concepts whose stems match consecutive words, as bits by their
    /// place in [`CONCEPTS`]: what [`contains_any`] says of each concept.
    fn concepts_in(&self, words: &[Word<'_>]) -> u64 {
        let mut found = 0u64;
        for (i, word) in words.iter().enumerate() {
            let start = match word.as_bytes() {
                [a, b, ..] => self.by_start.get(&start_key(*a, *b)),
                _ => None,
            };
            for (concept, parts) in start.into_iter().flatten().chain(&self.short) {
                if found & (1 << concept) == 0 && stems_match(&words[i..], parts) {
                    found |= 1 << concept;
                }
            }
        }
        found
    }
}

/// Whether a stem sequence matches the words that start `words`.
fn stems_match(words: &[Word<'_>], parts: &[&str]) -> bool {
    if words.len() < parts.len() {
        return false;
    }
    // In a phrase the other words disambiguate: every stem is a prefix.
    let phrase = parts.len() > 1;
    words.iter().zip(parts).all(|(word, stem)| {
        if phrase {
            word.starts_with(stem.trim_end_matches('$'))
        } else {
            matches_stem(word, stem)
        }
    })
}

/// Whether any of the stem sequences matches consecutive words.
#[cfg(test)]
fn contains_any(words: &[Word<'_>], stems: &[&str]) -> bool {
    stems.iter().any(|phrase| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        // In a phrase the other words disambiguate: every stem is a prefix.
        let phrase = parts.len() > 1;
        words.windows(parts.len()).any(|window| {
            window.iter().zip(&parts).all(|(word, stem)| {
                if phrase {
                    word.starts_with(stem.trim_end_matches('$'))
                } else {
                    matches_stem(word, stem)
                }
            })
        })
    })
}

/// A stem matches a word it starts; a stem of three letters or fewer
/// («сми», "tv", "tax") or ending in `$` ("media$") matches only the whole
/// word, or it would match «смирение», "taxonomy" and "mediation".
fn matches_stem(word: &str, stem: &str) -> bool {
    if let Some(whole) = stem.strip_suffix('$') {
        word == whole
    } else if stem.chars().nth(3).is_none() {
        // Three characters or fewer, counting no further than the fourth.
        word == stem
    } else {
        word.starts_with(stem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(text: &str, heading: Option<&str>, lang: Language) -> Relevance {
        classify(
            Provision {
                text,
                heading,
                chapter: None,
            },
            lang,
        )
        .relevance
    }

    #[test]
    fn russian_speech_offences_and_media_are_expression() {
        assert_eq!(
            class(
                "Размещение, распространение ложной информации в масс-медиа, создающей условия нарушения общественного порядка, – влечет штраф",
                None,
                Language::Ru
            ),
            Relevance::Expression
        );
        // The heading alone decides for a part that only states the sanction.
        assert_eq!(
            class(
                "Действие, предусмотренное частью первой настоящей статьи, совершенное повторно, – наказывается лишением свободы на срок до трех лет.",
                Some("Клевета"),
                Language::Ru
            ),
            Relevance::Expression
        );
        assert_eq!(
            class(
                "Незаконный отказ в предоставлении информации журналисту",
                None,
                Language::Ru
            ),
            Relevance::Expression
        );
        assert_eq!(
            class(
                "Нарушение порядка проведения мирных собраний",
                None,
                Language::Ru
            ),
            Relevance::Expression
        );
    }

    #[test]
    fn russian_tax_family_advertising_and_violence_are_other() {
        assert_eq!(
            class(
                "Уклонение от уплаты налогов с организаций – наказывается штрафом",
                Some("Уклонение от уплаты налогов"),
                Language::Ru
            ),
            Relevance::Other
        );
        assert_eq!(
            class(
                "Злостное уклонение родителя от уплаты средств на содержание несовершеннолетних детей (алиментов)",
                None,
                Language::Ru
            ),
            Relevance::Other
        );
        assert_eq!(
            class(
                "Производство, распространение, размещение и использование рекламы товаров, запрещенных к рекламе",
                Some("Нарушение законодательства Республики Казахстан о рекламе"),
                Language::Ru
            ),
            Relevance::Other
        );
        assert_eq!(
            class(
                "Развращение лиц, не достигших шестнадцатилетнего возраста, – наказывается лишением свободы",
                Some("Развращение лиц, не достигших шестнадцатилетнего возраста"),
                Language::Ru
            ),
            Relevance::Other
        );
        // Technical rules of broadcasting outweigh the word «теле-».
        assert_eq!(
            class(
                "необеспечения качества подачи сигнала в соответствии с техническими параметрами",
                None,
                Language::Ru
            ),
            Relevance::Other
        );
    }

    #[test]
    fn english_provisions() {
        assert_eq!(
            class(
                "Dissemination of knowingly false information shall be punished by imprisonment",
                None,
                Language::En
            ),
            Relevance::Expression
        );
        assert_eq!(
            class(
                "An accredited journalist shall be deprived of accreditation on the grounds of",
                None,
                Language::En
            ),
            Relevance::Expression
        );
        assert_eq!(
            class(
                "Evasion of taxes by an individual shall be punished by a fine",
                Some("Tax evasion"),
                Language::En
            ),
            Relevance::Other
        );
        assert_eq!(
            class(
                "Murder shall be punished by imprisonment for eight to fifteen years",
                None,
                Language::En
            ),
            Relevance::Other
        );
    }

    #[test]
    fn kazakh_provisions() {
        assert_eq!(
            class(
                "Масс-медиада жалған ақпаратты орналастыру, тарату – айыппұл салуға әкеп соғады",
                None,
                Language::Kk
            ),
            Relevance::Expression
        );
        assert_eq!(
            class(
                "Журналистің кәсіби қызметіне кедергі келтіру",
                Some("Журналистің заңды кәсіптік қызметіне кедергі жасау"),
                Language::Kk
            ),
            Relevance::Expression
        );
        assert_eq!(
            class(
                "Салық төлеуден жалтару – айыппұл салуға әкеп соғады",
                Some("Салық төлеуден жалтару"),
                Language::Kk
            ),
            Relevance::Other
        );
        assert_eq!(
            class(
                "Жарнаманы тарату – айыппұл салуға әкеп соғады",
                Some("Қазақстан Республикасының жарнама туралы заңнамасын бұзу"),
                Language::Kk
            ),
            Relevance::Other
        );
    }

    #[test]
    fn chapter_breaks_ties_and_cues_are_reported() {
        let text = "Повторная публикация без согласия автора";
        let c = classify(
            Provision {
                text,
                heading: None,
                chapter: Some("Административные правонарушения в области печати и информации"),
            },
            Language::Ru,
        );
        // Publication (2) and the chapter's information (1).
        assert_eq!(c.relevance, Relevance::Expression);
        assert_eq!(c.cues, ["+information", "+publication"]);
        let alone = classify(
            Provision {
                text,
                ..Provision::default()
            },
            Language::Ru,
        );
        assert_eq!(alone.relevance, Relevance::Other);
    }

    #[test]
    fn means_and_boilerplate_alone_are_not_expression() {
        // An offence against a minor committed online is not about expression.
        assert_eq!(
            class(
                "Приставание сексуального характера к лицам, не достигшим шестнадцатилетнего возраста, с использованием сетей телекоммуникаций, в том числе интернета",
                None,
                Language::Ru
            ),
            Relevance::Other
        );
        assert_eq!(
            class(
                "2) исключен Законом РК (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования);",
                Some("Изнасилование"),
                Language::Ru
            ),
            Relevance::Other
        );
        // A threat to spread information is a means of coercion into marriage.
        assert_eq!(
            class(
                "Принуждение лица к вступлению в брак под угрозой распространения сведений, позорящих лицо",
                Some("Принуждение к вступлению в брак"),
                Language::Ru
            ),
            Relevance::Other
        );
        // Public calls to riots are a speech offence.
        assert_eq!(
            class(
                "Призывы к активному неподчинению законным требованиям представителей власти и к массовым беспорядкам",
                Some("Массовые беспорядки"),
                Language::Ru
            ),
            Relevance::Expression
        );
    }

    #[test]
    fn short_stems_match_whole_words_only() {
        assert!(!matches_stem("смирение", "сми"));
        assert!(matches_stem("сми", "сми"));
        assert!(matches_stem("информации", "информац"));
        assert!(!matches_stem("taxonomy", "tax"));
        assert!(!matches_stem("mediation", "media$"));
        assert!(!matches_stem("розничной", "розни$"));
        // «жала» alone would match «жалақы» (salary): defamation is «жала жабу».
        assert!(!contains_any(&words("жалақы төлеу"), &["жала жаб"]));
        assert!(contains_any(&words("жала жабу"), &["жала жаб"]));
    }

    #[test]
    fn the_word_split_is_unicode_alphanumeric() {
        for c in ('\u{0}'..='\u{0700}')
            .chain(['Ә', 'ә', 'Ғ', 'ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І', 'і'])
        {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn the_stem_index_finds_what_every_stem_finds() {
        let texts = [
            "Распространение заведомо ложной информации через средства массовой информации, СМИ и сети телекоммуникаций",
            "розничной торговли, рознь, смирение, масс-медиа, журналист, сведения о митинге",
            "Dissemination of false information in the mass media, on television, radio and TV; media mediation taxonomy press",
            "Масс-медиада жалған ақпаратты орналастыру, тарату; жала жабу; жалақы төлеу; журналистің кәсіби қызметі",
            "",
            "a б",
        ];
        for lang in [Language::Ru, Language::En, Language::Kk] {
            let index = StemIndex::of(lang);
            for text in texts {
                let words = words(text);
                let mut expected = 0u64;
                for (i, concept) in CONCEPTS.iter().enumerate() {
                    let stems = match lang {
                        Language::Ru => concept.ru,
                        Language::En => concept.en,
                        Language::Kk => concept.kk,
                    };
                    if contains_any(&words, stems) {
                        expected |= 1 << i;
                    }
                }
                assert_eq!(index.concepts_in(&words), expected, "{lang:?}: {text}");
            }
        }
        // Not vacuous: the Russian text names several concepts.
        assert!(
            StemIndex::of(Language::Ru)
                .concepts_in(&words(texts[0]))
                .count_ones()
                >= 2
        );
    }
}
