//! The unit tree of a parsed statute.

use super::Language;
use serde::{Deserialize, Serialize};

/// Where a unit or note sits in its source file (1-based lines, byte range over the whole file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Span {
    /// First line of the unit (1-based, counting front matter lines).
    pub line_start: usize,
    /// Last line of the unit, inclusive.
    pub line_end: usize,
    /// Byte offset of the first byte of the unit.
    pub start: usize,
    /// Byte offset one past the last byte of the unit.
    pub end: usize,
}

/// The kind of a structural unit, from largest to smallest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    /// A part of a code ("Part", "Часть", "ОСОБЕННАЯ ЧАСТЬ").
    Part,
    /// A section ("Section", "Раздел", "бөлім").
    Section,
    /// A chapter ("Chapter", "Глава", "тарау").
    Chapter,
    /// A paragraph of a code ("§", "Параграф").
    Subchapter,
    /// An article ("Article", "Статья", "бап").
    Article,
    /// A numbered paragraph ("1."), called a part in codes.
    Paragraph,
    /// A numbered subparagraph ("1)").
    Subparagraph,
    /// A note ("Note.", "Примечание.", "Ескертпе.").
    Note,
}

impl UnitKind {
    /// Whether units of this kind group articles rather than hold text.
    pub fn is_division(self) -> bool {
        matches!(
            self,
            UnitKind::Part | UnitKind::Section | UnitKind::Chapter | UnitKind::Subchapter
        )
    }
}

/// Whether a unit is in force or was repealed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum Status {
    /// The unit is part of the act's text.
    #[default]
    InForce,
    /// The unit was repealed ("Исключен Законом РК от …").
    Repealed {
        /// The repealing act as the text names it, when it does.
        by: Option<String>,
    },
}

/// An editorial note attached to a unit (an amendment footnote, "Сноска. …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Footnote {
    /// The note's text, without block-quote and emphasis markers.
    pub text: String,
    /// Where the note sits in the file.
    pub span: Span,
}

/// One structural unit: a division, article, paragraph, subparagraph or note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unit {
    /// What kind of unit this is.
    pub kind: UnitKind,
    /// The number as written ("456-2", "4-1"), if the unit is numbered.
    pub number: Option<String>,
    /// The title of a heading ("Размещение, распространение ложной информации").
    pub heading: Option<String>,
    /// The unit's own text before its children, reflowed: one line per source paragraph.
    pub text: String,
    /// The unit's own text after its children (the sanction after a list of subparagraphs).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub tail: String,
    /// In force or repealed.
    #[serde(flatten)]
    pub status: Status,
    /// Editorial notes attached to this unit.
    pub footnotes: Vec<Footnote>,
    /// Nested units in document order.
    pub children: Vec<Unit>,
    /// Where the unit sits in the file, children included.
    pub span: Span,
}

impl Unit {
    /// Creates an empty unit of the given kind.
    pub fn new(kind: UnitKind, number: Option<String>, span: Span) -> Unit {
        Unit {
            kind,
            number,
            heading: None,
            text: String::new(),
            tail: String::new(),
            status: Status::InForce,
            footnotes: Vec::new(),
            children: Vec::new(),
            span,
        }
    }

    /// Whether the unit was repealed.
    pub fn is_repealed(&self) -> bool {
        matches!(self.status, Status::Repealed { .. })
    }

    /// The unit's heading and own text (before and after its children), the words a reader sees for it alone.
    pub fn own_words(&self) -> String {
        let parts = [
            self.heading.as_deref().unwrap_or(""),
            &self.text,
            &self.tail,
        ];
        parts
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Visits this unit and every descendant, depth first, with its ancestors.
    pub fn walk<'a>(
        &'a self,
        ancestors: &mut Vec<&'a Unit>,
        f: &mut dyn FnMut(&[&'a Unit], &'a Unit),
    ) {
        f(ancestors, self);
        ancestors.push(self);
        for child in &self.children {
            child.walk(ancestors, f);
        }
        ancestors.pop();
    }
}

/// Fidelity of a statute text to its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextFidelity {
    /// The text is quoted word for word.
    #[default]
    Verbatim,
    /// The source only describes the provision; figures are kept exactly.
    Paraphrase,
}

/// The TOML front matter between `+++` lines.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// The act id (`kz/mass-media-law`).
    pub act: Option<String>,
    /// The act's title.
    pub title: Option<String>,
    /// The language of the text; detected when absent.
    pub language: Option<Language>,
    /// Whether the text is verbatim or a paraphrase.
    #[serde(default)]
    pub text: TextFidelity,
    /// Where the text was published or quoted.
    pub source: Option<String>,
}

/// A parsed statute: metadata and the tree of its units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statute {
    /// The path or revision the text came from, used in messages.
    pub origin: String,
    /// The front matter, empty when the file has none.
    pub front_matter: FrontMatter,
    /// The language: from front matter, else detected.
    pub language: Language,
    /// Whether the act's articles have parts (a code) or paragraphs (a law), from its own cross-references.
    pub division: super::cite::ArticleDivision,
    /// The title: from front matter, else the first level-1 heading.
    pub title: Option<String>,
    /// Text before the first unit (preamble), reflowed.
    pub preamble: String,
    /// The top-level units in document order.
    pub units: Vec<Unit>,
    /// Editorial notes not attached to any unit.
    pub footnotes: Vec<Footnote>,
    /// What the parser read through and a reader should know (repeated numbers), in text order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<super::ParseWarning>,
}

impl Statute {
    /// How the act writes its citations (`ст. 456-2 ч. 1` in a code, `ст. 20 п. 3` in a law).
    pub fn cite_style(&self) -> super::cite::CiteStyle {
        super::cite::CiteStyle::new(self.language, self.division)
    }

    /// Visits every unit, depth first, with its ancestors.
    pub fn walk<'a>(&'a self, mut f: impl FnMut(&[&'a Unit], &'a Unit)) {
        let mut ancestors = Vec::new();
        for unit in &self.units {
            unit.walk(&mut ancestors, &mut f);
        }
    }

    /// Counts the units of each kind.
    pub fn count(&self, kind: UnitKind) -> usize {
        let mut n = 0;
        self.walk(|_, u| n += usize::from(u.kind == kind));
        n
    }
}
