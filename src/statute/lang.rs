//! Statute languages and detection of the language of an unlabelled text.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// A language a statute text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English (translations quoted by the source reports).
    En,
    /// Russian (official texts).
    Ru,
    /// Kazakh (official texts).
    Kk,
}

impl Language {
    /// The ISO 639-1 code used in front matter and output.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
            Language::Kk => "kk",
        }
    }

    /// How the language opens a note: «Примечание.», «Ескертпе.», "Note." (with a space).
    pub fn note_label(self) -> &'static str {
        match self {
            Language::En => "Note. ",
            Language::Ru => "Примечание. ",
            Language::Kk => "Ескертпе. ",
        }
    }

    /// Guesses the language of a text from its letters.
    ///
    /// Latin letters mean English; Cyrillic means Russian unless the letters
    /// that only Kazakh uses (ә, ғ, қ, ң, ө, ұ, ү, һ, і) are frequent.
    pub fn detect(text: &str) -> Language {
        let (mut latin, mut cyrillic, mut kazakh) = (0usize, 0usize, 0usize);
        for c in text.chars().take(200_000) {
            match c {
                'a'..='z' | 'A'..='Z' => latin += 1,
                'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'і' | 'Ә' | 'Ғ' | 'Қ' | 'Ң'
                | 'Ө' | 'Ұ' | 'Ү' | 'Һ' | 'І' => {
                    kazakh += 1;
                    cyrillic += 1;
                }
                '\u{0400}'..='\u{04FF}' => cyrillic += 1,
                _ => {}
            }
        }
        if cyrillic <= latin {
            Language::En
        } else if kazakh * 100 > cyrillic {
            Language::Kk
        } else {
            Language::Ru
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a language code that lexwatch does not know.
#[derive(Debug, Clone, thiserror::Error)]
#[error("unknown language {0:?} (expected en, ru or kk)")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" | "eng" | "english" => Ok(Language::En),
            "ru" | "rus" | "russian" => Ok(Language::Ru),
            "kk" | "kaz" | "kazakh" => Ok(Language::Kk),
            _ => Err(UnknownLanguage(s.to_string())),
        }
    }
}

/// Replaces Latin letters that stand inside Cyrillic words by the Cyrillic
/// letters they look like («кәсiпкерлiк» with a Latin `i` reads as
/// «кәсіпкерлік», «Cтатья» with a Latin `C` as «Статья»).
///
/// The official Kazakh texts mix the two alphabets in hundreds of words; read
/// as written, the same word would be two words to every comparison, lexicon
/// and sanction reader. Words written wholly in Latin letters ("VIII",
/// "www") are left alone. This is the one place where look-alikes are folded;
/// the parser applies it to every Russian and Kazakh text it reads.
///
/// ```
/// use lexwatch::statute::fold_lookalikes;
///
/// assert_eq!(fold_lookalikes("кәсiпкерлiк № 95-VIII"), "кәсіпкерлік № 95-VIII");
/// ```
pub fn fold_lookalikes(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // Every look-alike is an ASCII letter, and most Cyrillic texts hold none.
    if text.is_ascii() || !has_ascii_letter(bytes) {
        return Cow::Borrowed(text);
    }
    // Only the words around a look-alike are read: the Latin ones ("VIII" in
    // every Kazakh footnote) are left as they are, and a text in which no
    // word changes is not copied.
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if cyrillic_lookalike(char::from(bytes[i])).is_none() {
            i += 1;
            continue;
        }
        let start = text[..i]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic())
            .last()
            .map_or(i, |(j, _)| j);
        let end = text[i..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(text.len(), |n| i + n);
        let word = &text[start..end];
        if word.chars().any(is_cyrillic) {
            let out = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
            out.push_str(&text[copied..start]);
            out.extend(word.chars().map(|c| cyrillic_lookalike(c).unwrap_or(c)));
            copied = end;
        }
        i = end;
    }
    match out {
        Some(mut out) => {
            out.push_str(&text[copied..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(text),
    }
}

/// Whether the bytes hold an ASCII letter; in blocks without branches so
/// that it compiles to vector instructions.
fn has_ascii_letter(bytes: &[u8]) -> bool {
    bytes.chunks(256).any(|block| {
        block
            .iter()
            .fold(false, |hit, &b| hit | ((b | 0x20).wrapping_sub(b'a') < 26))
    })
}

/// The Cyrillic letter a Latin letter is mistaken for in the official texts.
fn cyrillic_lookalike(c: char) -> Option<char> {
    Some(match c {
        'i' => 'і',
        'I' => 'І',
        'e' => 'е',
        'E' => 'Е',
        'a' => 'а',
        'A' => 'А',
        'o' => 'о',
        'O' => 'О',
        'c' => 'с',
        'C' => 'С',
        'p' => 'р',
        'P' => 'Р',
        'x' => 'х',
        'X' => 'Х',
        'y' => 'у',
        'H' => 'Н',
        'K' => 'К',
        'M' => 'М',
        'T' => 'Т',
        'B' => 'В',
        _ => return None,
    })
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_latin_lookalikes_inside_cyrillic_words_only() {
        assert_eq!(
            fold_lookalikes("iрi кәсiпкерлiк субъектiлерiне"),
            "ірі кәсіпкерлік субъектілеріне"
        );
        assert_eq!(fold_lookalikes("Cтатья 33"), "Статья 33");
        assert_eq!(
            fold_lookalikes("№ 95-VIII, www.adilet.kz, Article 1"),
            "№ 95-VIII, www.adilet.kz, Article 1"
        );
        assert!(matches!(fold_lookalikes("ақпарат"), Cow::Borrowed(_)));
        assert!(matches!(
            fold_lookalikes("Заңымен № 95-VIII"),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            fold_lookalikes("eдiн, ВIII, aa бap-бaр, сoңы"),
            "едін, ВІІІ, aa бар-бар, соңы"
        );
    }

    /// Word by word over the whole text, as the folding was first written:
    /// what the faster reading must give.
    fn fold_every_word(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if !c.is_alphabetic() {
                out.push(c);
                rest = &rest[c.len_utf8()..];
                continue;
            }
            let len = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            let word = &rest[..len];
            if word.chars().any(is_cyrillic) {
                out.extend(word.chars().map(|c| cyrillic_lookalike(c).unwrap_or(c)));
            } else {
                out.push_str(word);
            }
            rest = &rest[len..];
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn folds_as_word_by_word(text in "[a-zA-Zа-яА-ЯәіңөІ0-9 .,\\-İǅ̇]{0,60}") {
            proptest::prop_assert_eq!(fold_lookalikes(&text), fold_every_word(&text));
        }
    }

    #[test]
    fn detects_each_language() {
        assert_eq!(
            Language::detect("Article 174. Incitement of discord"),
            Language::En
        );
        assert_eq!(
            Language::detect("Статья 174. Разжигание розни"),
            Language::Ru
        );
        assert_eq!(
            Language::detect("1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар"),
            Language::Kk
        );
    }

    #[test]
    fn parses_codes() {
        assert_eq!("RU".parse::<Language>().ok(), Some(Language::Ru));
        assert!("xx".parse::<Language>().is_err());
    }
}
