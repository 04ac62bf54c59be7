//! Findings in one version, with no comparison: every vague term and every sanction, by provision.

use super::Severity;
use super::lexicon::Lexicon;
use super::penalty;
use crate::statute::Statute;
use serde::Serialize;

/// A vague term found in a provision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermHit {
    /// The lexicon id.
    pub id: String,
    /// The term as the lexicon names it.
    pub term: String,
    /// The words of the provision that matched.
    pub matched: String,
    /// The lexicon category.
    pub category: String,
    /// The lexicon severity.
    pub severity: Severity,
}

/// What one provision holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanItem {
    /// The citation, in the text's language.
    pub citation: String,
    /// The first and last line of the provision's own text.
    pub lines: (usize, usize),
    /// Vague terms, in text order.
    pub terms: Vec<TermHit>,
    /// Sanctions, in text order.
    pub sanctions: Vec<penalty::Sanction>,
}

/// Lists every provision that holds a vague term or a sanction, in document order.
pub fn scan(statute: &Statute, lexicon: &Lexicon) -> Vec<ScanItem> {
    let lang = statute.language;
    let mut items = Vec::new();
    for (citation, unit) in statute.cited_units() {
        let text = unit.own_words();
        if text.is_empty() || unit.is_repealed() {
            continue;
        }
        let terms: Vec<TermHit> = lexicon
            .find(&text, lang)
            .into_iter()
            .map(|m| TermHit {
                id: m.entry.id.clone(),
                term: m.entry.term.clone(),
                matched: m.matched,
                category: m.entry.category.as_str().to_string(),
                severity: m.entry.severity,
            })
            .collect();
        let sanctions = penalty::extract(&text, lang);
        if terms.is_empty() && sanctions.is_empty() {
            continue;
        }
        items.push(ScanItem {
            citation: citation.display(statute.cite_style()),
            lines: (unit.span.line_start, unit.span.line_end),
            terms,
            sanctions,
        });
    }
    items
}
