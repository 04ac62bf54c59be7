//! Citation paths: `art. 26 para. 4 subpara. 2`, `ст. 26 п. 4 подп. 2`.
//!
//! A citation is computed from the unit tree, never parsed back from output.
//! Divisions are left out of a provision's path: article numbers are unique in
//! an act, so `art. 174` is the whole address. Units outside any article
//! (the paragraphs of rules) are cited from the top.

use super::Language;
use super::model::{Statute, Unit, UnitKind};
use serde::Serialize;
use std::fmt;

/// One step of a citation path: a unit kind and its number (or heading).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Step {
    /// The kind of unit.
    pub kind: UnitKind,
    /// The number as written; `None` for notes and unnumbered divisions.
    pub number: Option<String>,
}

/// The address of a unit in an act.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
#[serde(transparent)]
pub struct Citation(pub Vec<Step>);

impl Citation {
    /// The citation of `unit`, given its ancestors from the top of the tree.
    pub fn of(ancestors: &[&Unit], unit: &Unit) -> Citation {
        let mut steps = Vec::new();
        let from_article =
            ancestors.iter().any(|a| a.kind == UnitKind::Article) || unit.kind == UnitKind::Article;
        for u in ancestors.iter().copied().chain(std::iter::once(unit)) {
            if from_article && u.kind.is_division() {
                continue;
            }
            if u.kind.is_division() && u.number.is_none() && u.kind != unit.kind {
                continue;
            }
            steps.push(Step {
                kind: u.kind,
                number: u.number.clone(),
            });
        }
        Citation(steps)
    }

    /// The article number the citation is in, if any.
    pub fn article(&self) -> Option<&str> {
        self.0
            .iter()
            .find(|s| s.kind == UnitKind::Article)
            .and_then(|s| s.number.as_deref())
    }

    /// Formats the citation in the given language.
    pub fn display(&self, lang: Language) -> String {
        let mut out = String::new();
        for step in &self.0 {
            if !out.is_empty() {
                out.push(' ');
            }
            let number = step.number.as_deref().unwrap_or("");
            match lang {
                Language::Kk => {
                    let word = kk_word(step.kind);
                    if number.is_empty() {
                        out.push_str(word);
                    } else {
                        out.push_str(&format!("{number}-{word}"));
                    }
                }
                _ => {
                    out.push_str(abbreviation(step.kind, lang));
                    if !number.is_empty() {
                        out.push(' ');
                        out.push_str(number);
                    }
                }
            }
        }
        out
    }

    /// Parses a citation typed by a user, in English, Russian or Kazakh.
    ///
    /// Accepts `art. 274`, `article 26 paragraph 4 subparagraph 2`, `ст. 456-2 ч. 4`,
    /// `ст.26 п.4 подп.2`, `ch. 26`, `art. 456-2 note`, and a bare number (`174`)
    /// for an article. In a code, "part"/"часть" of an article is its paragraph.
    pub fn parse(input: &str) -> Result<Citation, CitationError> {
        let spaced = input.replace('.', ". ").replace(',', " ");
        let mut words = spaced.split_whitespace().peekable();
        let mut steps: Vec<Step> = Vec::new();
        while let Some(word) = words.next() {
            let lower = word.trim_end_matches('.').to_lowercase();
            if looks_like_number(&lower) {
                let kind = match steps.last() {
                    None => UnitKind::Article,
                    Some(s) if s.kind == UnitKind::Article => UnitKind::Paragraph,
                    Some(s) if s.kind == UnitKind::Paragraph || s.kind == UnitKind::Note => {
                        UnitKind::Subparagraph
                    }
                    Some(_) => {
                        return Err(CitationError::new(
                            input,
                            format!("unexpected number {word:?}"),
                        ));
                    }
                };
                steps.push(Step {
                    kind,
                    number: Some(lower.trim_end_matches(')').to_string()),
                });
                continue;
            }
            let in_article = steps.iter().any(|s| s.kind == UnitKind::Article);
            let kind = match lower.as_str() {
                "art" | "article" | "ст" | "статья" | "статьи" | "бап" => {
                    UnitKind::Article
                }
                "part" | "pt" | "ч" | "часть" if in_article => UnitKind::Paragraph,
                "part" | "pt" => UnitKind::Part,
                "para" | "paragraph" | "p" | "п" | "пункт" | "тармақ" => {
                    UnitKind::Paragraph
                }
                "subpara" | "subparagraph" | "sub" | "pp" | "подп" | "подпункт" | "пп"
                | "тармақша" => UnitKind::Subparagraph,
                "note" | "прим" | "примечание" | "ескертпе" => UnitKind::Note,
                "ch" | "chapter" | "гл" | "глава" | "тарау" => UnitKind::Chapter,
                "sec" | "section" | "разд" | "раздел" | "бөлім" => UnitKind::Section,
                "§" | "параграф" => UnitKind::Subchapter,
                _ => {
                    // Kazakh style: "274-бап", "4-тармақ".
                    if let Some((number, word)) = lower.rsplit_once('-')
                        && let Ok(step) = Citation::parse(&format!("{word} {number}"))
                    {
                        steps.extend(step.0);
                        continue;
                    }
                    return Err(CitationError::new(input, format!("unknown word {word:?}")));
                }
            };
            let number = if kind == UnitKind::Note {
                None
            } else {
                match words.next() {
                    Some(n) if looks_like_number(n.trim_end_matches(['.', ')'])) => {
                        Some(n.trim_end_matches(['.', ')']).to_string())
                    }
                    Some(n) => {
                        return Err(CitationError::new(
                            input,
                            format!("expected a number after {word:?}, found {n:?}"),
                        ));
                    }
                    None => {
                        return Err(CitationError::new(
                            input,
                            format!("expected a number after {word:?}"),
                        ));
                    }
                }
            };
            steps.push(Step { kind, number });
        }
        if steps.is_empty() {
            return Err(CitationError::new(input, "empty citation".to_string()));
        }
        Ok(Citation(steps))
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display(Language::En))
    }
}

/// A citation the user typed that lexwatch cannot read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "cannot read citation {input:?}: {reason} (try \"art. 274\", \"ст. 456-2 п. 4\" or \"art. 26 para. 4 subpara. 2\")"
)]
pub struct CitationError {
    /// What the user typed.
    pub input: String,
    /// Why it could not be read.
    pub reason: String,
}

impl CitationError {
    fn new(input: &str, reason: String) -> CitationError {
        CitationError {
            input: input.to_string(),
            reason,
        }
    }
}

fn looks_like_number(s: &str) -> bool {
    let s = s.trim_end_matches(')');
    !s.is_empty()
        && s.split('-')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

fn abbreviation(kind: UnitKind, lang: Language) -> &'static str {
    match (kind, lang) {
        (UnitKind::Part, Language::Ru) => "часть",
        (UnitKind::Section, Language::Ru) => "разд.",
        (UnitKind::Chapter, Language::Ru) => "гл.",
        (UnitKind::Subchapter, _) => "§",
        (UnitKind::Article, Language::Ru) => "ст.",
        (UnitKind::Paragraph, Language::Ru) => "п.",
        (UnitKind::Subparagraph, Language::Ru) => "подп.",
        (UnitKind::Note, Language::Ru) => "прим.",
        (UnitKind::Part, _) => "pt.",
        (UnitKind::Section, _) => "sec.",
        (UnitKind::Chapter, _) => "ch.",
        (UnitKind::Article, _) => "art.",
        (UnitKind::Paragraph, _) => "para.",
        (UnitKind::Subparagraph, _) => "subpara.",
        (UnitKind::Note, _) => "note",
    }
}

fn kk_word(kind: UnitKind) -> &'static str {
    match kind {
        UnitKind::Part => "бөлік",
        UnitKind::Section => "бөлім",
        UnitKind::Chapter => "тарау",
        UnitKind::Subchapter => "параграф",
        UnitKind::Article => "бап",
        UnitKind::Paragraph => "тармақ",
        UnitKind::Subparagraph => "тармақша",
        UnitKind::Note => "ескертпе",
    }
}

impl Statute {
    /// Finds the unit at a citation, if the act has it.
    ///
    /// An article is found wherever it sits among divisions.
    pub fn find(&self, citation: &Citation) -> Option<&Unit> {
        let last = citation.0.last()?;
        let mut found = None;
        self.walk(|ancestors, unit| {
            // Only a unit of the right kind and number can match: check that before
            // building its whole path.
            if found.is_none()
                && unit.kind == last.kind
                && unit.number == last.number
                && Citation::of(ancestors, unit) == *citation
            {
                found = Some(unit);
            }
        });
        found
    }

    /// Every unit with its citation, in document order.
    pub fn cited_units(&self) -> Vec<(Citation, &Unit)> {
        let mut out = Vec::new();
        self.walk(|ancestors, unit| out.push((Citation::of(ancestors, unit), unit)));
        out
    }
}
