//! Defined terms: which provisions define a term, and which use it.

use crate::statute::{Citation, Language, Statute, UnitKind};

/// The term a definition defines, if the text reads like one ("term – meaning").
///
/// Definitions in Kazakhstan's laws are numbered items of the article on
/// basic concepts: «18) цензура – предварительное согласование …»,
/// "4-1. information sovereignty – independence …".
pub fn defined_term(text: &str) -> Option<String> {
    let first_line = text.lines().next()?;
    let (term, rest) = first_line
        .split_once(" – ")
        .or_else(|| first_line.split_once(" — "))
        .or_else(|| first_line.split_once(" - "))?;
    let term = term.trim().trim_end_matches(',').trim();
    let words = term.split_whitespace().count();
    if term.is_empty() || rest.trim().is_empty() || words > 8 {
        return None;
    }
    // A definition starts with the term in lower case, not with a sentence.
    if term.chars().next().is_some_and(char::is_uppercase)
        && !term.chars().all(|c| !c.is_lowercase())
    {
        return None;
    }
    Some(term.to_string())
}

/// Whether a provision sits in the article on basic concepts (or is a numbered definition).
pub fn in_definitions_article(heading: Option<&str>) -> bool {
    let Some(h) = heading else { return false };
    let h = h.to_lowercase();
    [
        "понятия",
        "понятий",
        "concepts",
        "definitions",
        "terms used",
        "ұғымдар",
    ]
    .iter()
    .any(|w| h.contains(w))
}

/// A stem of a term good enough to find its inflected uses: each word cut to its first letters.
fn stems(term: &str, lang: Language) -> Vec<String> {
    term.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .filter(|w| w.chars().count() > 2 || lang == Language::En)
        .map(|w| {
            let lower = w.to_lowercase();
            let keep = match lang {
                // Russian and Kazakh inflect endings: keep the word minus up to three letters.
                Language::Ru | Language::Kk => lower.chars().count().saturating_sub(2).max(3),
                Language::En => lower.chars().count().saturating_sub(1).max(3),
            };
            lower.chars().take(keep).collect()
        })
        .collect()
}

/// The citations of provisions (outside the definition itself) that use a term.
pub fn uses_of(statute: &Statute, term: &str, definition: &Citation, limit: usize) -> Vec<String> {
    let stems = stems(term, statute.language);
    if stems.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (citation, unit) in statute.cited_units() {
        if out.len() >= limit {
            break;
        }
        if citation == *definition
            || unit.kind.is_division()
            || unit.kind == UnitKind::Article && unit.text.is_empty()
        {
            continue;
        }
        let text = unit.text.to_lowercase();
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        let found = words.windows(stems.len()).any(|window| {
            window
                .iter()
                .zip(&stems)
                .all(|(w, s)| w.starts_with(s.as_str()))
        });
        if found {
            out.push(citation.display(statute.cite_style()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_defined_terms() {
        assert_eq!(
            defined_term("цензура – предварительное согласование").as_deref(),
            Some("цензура")
        );
        assert_eq!(
            defined_term("information sovereignty – the independence of the information space")
                .as_deref(),
            Some("information sovereignty")
        );
        assert_eq!(
            defined_term("Распространение продукции – влечет штраф"),
            None
        );
        assert_eq!(defined_term("no dash here"), None);
    }

    #[test]
    fn finds_inflected_uses() {
        let text = "### Статья 1. Основные понятия\n\n1) цензура – согласование;\n\n### Статья 2. Свобода\n\n1. Цензура запрещается.\n\n2. Не допускается цензуры.\n\n3. Иное.\n";
        let statute = Statute::parse(text, "t.md").unwrap_or_else(|e| panic!("{e}"));
        let definition = Citation::parse("ст. 1 подп. 1").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            uses_of(&statute, "цензура", &definition, 10),
            ["ст. 2 п. 1", "ст. 2 п. 2"]
        );
    }
}
