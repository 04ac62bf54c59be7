//! Statute languages and detection of the language of an unlabelled text.

use serde::{Deserialize, Serialize};
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

#[cfg(test)]
mod tests {
    use super::*;

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
