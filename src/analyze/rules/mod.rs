//! Finding rules: one file per family, each declaring its rules once.
//!
//! A [`Rule`] is the metadata of one finding kind — its stable id, category,
//! default severity, the standards it rests on (keys of
//! `data/lexicon/standards.toml`) and its words in English, Russian and
//! Kazakh (a title, a message template, a rationale and a recommendation).
//! [`REGISTRY`] lists every rule lexwatch can report; SARIF, the docs and
//! the tests read it, so an id is typed once.
//!
//! The families whose checks live here ([`intent`], [`conduct`],
//! [`restriction`], [`definition`]) take one change and the analysis
//! [`Context`] and push findings. The older families (vague terms,
//! penalties, dangling references) declare their metadata here and keep
//! their checks in `annotate.rs`.
//!
//! A message template names its arguments in braces (`{words}`); every
//! language's template must use the same ones (a test checks it).

pub mod conduct;
pub mod definition;
pub mod expression;
pub mod intent;
pub mod restriction;
pub mod static_families;
#[cfg(test)]
mod tests_support;

use super::Finding;
use super::Severity;
use super::lexicon::Lexicon;
use crate::statute::{Language, Statute};

/// One finding kind: what it is, how serious by default, and its words.
#[derive(Debug)]
pub struct Rule {
    /// The stable id, the finding's `kind` (`intent-removed`).
    pub id: &'static str,
    /// The category findings of this rule carry (`intent`).
    pub category: &'static str,
    /// The severity a finding has unless the check decides otherwise.
    pub severity: Severity,
    /// The standards it rests on, as keys of the standards table.
    pub standards: &'static [&'static str],
    /// Its words in English.
    pub en: RuleText,
    /// Its words in Russian.
    pub ru: RuleText,
    /// Its words in Kazakh.
    pub kk: RuleText,
}

/// A rule's words in one language.
#[derive(Debug)]
pub struct RuleText {
    /// What the rule finds, in a few words (SARIF's short description).
    pub title: &'static str,
    /// The one-line message, with `{argument}` placeholders.
    pub message: &'static str,
    /// Why it matters.
    pub rationale: &'static str,
    /// What a submission might ask for, with the same placeholders as the message.
    pub recommendation: &'static str,
}

impl Rule {
    /// The rule's words in a language.
    pub fn text(&self, language: Language) -> &RuleText {
        match language {
            Language::En => &self.en,
            Language::Ru => &self.ru,
            Language::Kk => &self.kk,
        }
    }

    /// A finding of this rule, its words in the context's language.
    pub fn finding(
        &self,
        ctx: &Context<'_>,
        severity: Severity,
        args: &[(&str, &str)],
        matched: Vec<String>,
        detail: serde_json::Value,
    ) -> Finding {
        let text = self.text(ctx.language);
        Finding {
            kind: self.id.to_string(),
            category: self.category.to_string(),
            severity,
            message: fill(text.message, args),
            matched,
            rationale: text.rationale.to_string(),
            standards: ctx.standards(self.standards),
            recommendation: Some(fill(text.recommendation, args)).filter(|r| !r.is_empty()),
            detail,
        }
    }
}

/// Every rule lexwatch reports, in a fixed order.
///
/// Rules are listed in the order an analyst writes them up: the elements of
/// an offence (intent, conduct) and the lists of what is restricted first,
/// then sanctions, definitions and words; among findings of one severity the
/// earlier rule leads (see [`precedence`]).
pub static REGISTRY: &[&Rule] = &[
    &intent::REMOVED,
    &restriction::WIDENED,
    &restriction::ADDED,
    &conduct::WIDENED,
    &static_families::PENALTY_RAISED,
    &static_families::PENALTY_ADDED,
    &definition::NARROWED,
    &definition::WIDENED,
    &static_families::VAGUE_TERM_INTRODUCED,
    &definition::CHANGED,
    &static_families::DANGLING_REFERENCE,
    &intent::ADDED,
    &restriction::NARROWED,
    &conduct::NARROWED,
    &static_families::PENALTY_CHANGED,
    &static_families::PENALTY_LOWERED,
    &static_families::PENALTY_REMOVED,
    &static_families::VAGUE_TERM_REMOVED,
];

/// Where a finding kind stands in the registry's order; unknown kinds last.
pub fn precedence(kind: &str) -> usize {
    REGISTRY
        .iter()
        .position(|r| r.id == kind)
        .unwrap_or(REGISTRY.len())
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    REGISTRY.iter().copied().find(|r| r.id == id)
}

/// What a check may read besides the change: the lexicon and the new text.
pub struct Context<'a> {
    /// The lexicon: standards table and scope terms.
    pub lexicon: &'a Lexicon,
    /// The new version.
    pub new: &'a Statute,
    /// The new version's units by citation, built once for all changes.
    pub units: &'a crate::analyze::xref::UnitIndex<'a>,
    /// The language findings are written in (the new version's).
    pub language: Language,
}

impl Context<'_> {
    /// The standards for keys, in full: `citation (key)`.
    pub fn standards(&self, keys: &[&str]) -> Vec<String> {
        keys.iter()
            .map(|k| match self.lexicon.standard(k) {
                Some(s) => format!("{} ({k})", s.citation),
                None => (*k).to_string(),
            })
            .collect()
    }

    /// Quotes a list of statute words the way the language quotes them.
    pub fn quote_list(&self, items: &[String]) -> String {
        let (open, close, sep) = match self.language {
            Language::En => ("\u{201c}", "\u{201d}", "; "),
            Language::Ru | Language::Kk => ("«", "»", "; "),
        };
        items
            .iter()
            .map(|i| format!("{open}{i}{close}"))
            .collect::<Vec<_>>()
            .join(sep)
    }
}

/// Fills `{name}` placeholders from `args`; unknown placeholders stay as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{placeholders}` a template uses, sorted.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Cuts a statute quotation to a readable length, on a word boundary.
pub fn shorten(text: &str, max_chars: usize) -> String {
    let text = text.trim().trim_end_matches([';', '.', ',']).trim();
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max_chars {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut seen = HashSet::new();
        for rule in REGISTRY {
            assert!(seen.insert(rule.id), "{} registered twice", rule.id);
            assert!(
                rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                rule.id
            );
            assert!(!rule.category.is_empty(), "{}", rule.id);
        }
    }

    #[test]
    fn every_rule_has_its_words_in_english_russian_and_kazakh() {
        for rule in REGISTRY {
            let en = placeholders(rule.en.message);
            for lang in [Language::En, Language::Ru, Language::Kk] {
                let text = rule.text(lang);
                for (field, value) in [
                    ("title", text.title),
                    ("message", text.message),
                    ("rationale", text.rationale),
                ] {
                    assert!(
                        !value.trim().is_empty(),
                        "{} has no {field} in {lang:?}",
                        rule.id
                    );
                }
                assert_eq!(
                    placeholders(text.message),
                    en,
                    "{} in {lang:?}: the message's arguments differ from English",
                    rule.id
                );
                for name in placeholders(text.recommendation) {
                    assert!(
                        en.contains(&name),
                        "{} in {lang:?}: recommendation uses {{{name}}}",
                        rule.id
                    );
                }
            }
            // The Russian and Kazakh words are not English left untranslated.
            assert_ne!(rule.ru.rationale, rule.en.rationale, "{}", rule.id);
            assert_ne!(rule.kk.rationale, rule.en.rationale, "{}", rule.id);
            assert_ne!(rule.kk.title, rule.ru.title, "{}", rule.id);
        }
    }

    #[test]
    fn every_standard_key_is_in_the_standards_table() {
        let lexicon = Lexicon::builtin();
        for rule in REGISTRY {
            assert!(!rule.standards.is_empty(), "{} cites nothing", rule.id);
            for key in rule.standards {
                assert!(lexicon.standard(key).is_some(), "{}: {key}", rule.id);
            }
        }
    }

    #[test]
    fn fill_replaces_known_placeholders_only() {
        assert_eq!(
            fill("removes {words} from {x}", &[("words", "«заведомо»")]),
            "removes «заведомо» from {x}"
        );
        assert_eq!(fill("no args", &[]), "no args");
        assert_eq!(fill("open {brace", &[]), "open {brace");
        assert_eq!(placeholders("{b} and {a} and {b}"), ["a", "b"]);
    }

    #[test]
    fn shorten_cuts_on_words() {
        assert_eq!(shorten("one two three;", 40), "one two three");
        assert_eq!(shorten("один два три четыре", 10), "один два…");
    }
}
