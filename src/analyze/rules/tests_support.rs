//! What the rules' unit tests share: a change built from two texts, and a context.

use crate::compare::{Change, ChangeKind, Side, redline};
use crate::statute::{Citation, Status, Step, UnitKind};

/// One side of a change at `art. 5 para. 1`.
pub fn side(text: &str) -> Side {
    Side {
        citation: "ст. 5 ч. 1".to_string(),
        path: Citation(vec![
            Step {
                kind: UnitKind::Article,
                number: Some("5".to_string()),
            },
            Step {
                kind: UnitKind::Paragraph,
                number: Some("1".to_string()),
            },
        ]),
        unit: UnitKind::Paragraph,
        heading: None,
        text: text.to_string(),
        lines: (10, 12),
        status: Status::InForce,
        chapter: None,
    }
}

/// A change of a kind between two texts (either may be absent).
pub fn change(kind: ChangeKind, old: Option<&str>, new: Option<&str>) -> Change {
    Change {
        kind,
        old: old.map(side),
        new: new.map(side),
        others: Vec::new(),
        redline: redline(old.unwrap_or(""), new.unwrap_or("")),
        footnotes: None,
    }
}

/// A context over the builtin lexicon and a statute text.
pub mod context {
    use super::super::Context;
    use crate::analyze::lexicon::Lexicon;
    use crate::statute::{Language, Statute};
    use std::sync::OnceLock;

    /// The builtin lexicon, built once for all tests.
    pub fn lexicon() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::builtin)
    }

    /// A one-article statute in a language.
    pub fn statute(lang: Language) -> Statute {
        text(lang, "### Статья 5\n\n1. Текст.\n")
    }

    /// A statute from a text, in a language.
    pub fn text(lang: Language, body: &str) -> Statute {
        let code = match lang {
            Language::En => "en",
            Language::Ru => "ru",
            Language::Kk => "kk",
        };
        let text = format!("+++\nact = \"kz/test\"\nlanguage = \"{code}\"\n+++\n{body}");
        Statute::parse(&text, "test.md").unwrap_or_else(|e| panic!("{e}"))
    }

    /// The context of a statute, in its language.
    pub fn of(statute: &Statute) -> Context<'_> {
        // A test's index lives as long as its statute; leaking it keeps the
        // helper's signature.
        let units = Box::leak(Box::new(crate::analyze::xref::UnitIndex::new(statute)));
        Context {
            lexicon: lexicon(),
            new: statute,
            units,
            language: statute.language,
        }
    }
}
