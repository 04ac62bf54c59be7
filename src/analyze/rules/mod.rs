//! Finding rules: one file per family, each declaring its rules once.
//!
//! A [`Rule`] is the metadata of one finding kind — its stable id, category,
//! default severity, the standards it rests on (keys of
//! `data/lexicon/standards.toml`) and its words in English, Russian and
//! Kazakh (a title, a message, a rationale and a recommendation, as Fluent
//! messages in `locales/*/findings.ftl`).
//! [`REGISTRY`] lists every rule lexwatch can report; SARIF, the docs and
//! the tests read it, so an id is typed once.
//!
//! The families whose checks live here ([`intent`], [`conduct`],
//! [`restriction`], [`definition`]) take one change and the analysis
//! [`Context`] and push findings. The older families (vague terms,
//! penalties, dangling references) declare their metadata here and keep
//! their checks in `annotate.rs`.
//!
//! A finding is data (its matched words and detail); its sentence is made
//! where it is shown, in the reader's language, from the rule's
//! [`Arguments`] and its Fluent message (STYLE.md §10).

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
use crate::i18n;
use crate::statute::{Language, Statute};

/// A rule's message arguments for one of its findings, made from the
/// finding's data (`matched`, `detail`) in a language: statute words stay
/// as the act writes them, the words around them are the language's.
pub type Arguments = fn(&Finding, Language) -> Vec<(&'static str, String)>;

/// One finding kind: what it is, how serious by default, and how its
/// arguments are made; its words are Fluent messages
/// (`locales/*/findings.ftl`, `finding-<id>` with `.title`, `.rationale`
/// and `.recommendation`).
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
    /// The message arguments of a finding; `None` for the families whose
    /// sentences the renderers make from the detail (vague terms, penalties,
    /// dangling references).
    pub arguments: Option<Arguments>,
}

impl Rule {
    /// What the rule finds, in a few words (SARIF's short description).
    pub fn title(&self, language: Language) -> String {
        i18n::messages(language).get(&format!("finding-{}.title", self.id))
    }

    /// Why findings of this rule matter.
    pub fn rationale(&self, language: Language) -> String {
        i18n::messages(language).get(&format!("finding-{}.rationale", self.id))
    }

    /// A finding's one-line message in a language (`None`: the rule makes no
    /// arguments, or the finding lacks the data to make them).
    pub fn message(&self, finding: &Finding, language: Language) -> Option<String> {
        let args = self.args(finding, language)?;
        Some(i18n::messages(language).format(&format!("finding-{}", self.id), &args))
    }

    /// What a submission might ask for about a finding, in a language.
    pub fn recommendation(&self, finding: &Finding, language: Language) -> Option<String> {
        let args = self.args(finding, language).unwrap_or_default();
        let text =
            i18n::messages(language).format(&format!("finding-{}.recommendation", self.id), &args);
        Some(text).filter(|t| !t.trim().is_empty())
    }

    fn args(&self, finding: &Finding, language: Language) -> Option<i18n::Args<'static>> {
        let arguments = self.arguments?;
        finding.detail.as_object()?;
        let mut args = i18n::Args::new();
        for (name, value) in arguments(finding, language) {
            args = args.text(name, value);
        }
        Some(args)
    }

    /// A finding of this rule, its words in the context's language.
    pub fn finding(
        &self,
        ctx: &Context<'_>,
        severity: Severity,
        matched: Vec<String>,
        detail: serde_json::Value,
    ) -> Finding {
        let mut finding = Finding {
            kind: self.id.to_string(),
            category: self.category.to_string(),
            severity,
            message: String::new(),
            matched,
            rationale: self.rationale(ctx.language),
            standards: ctx.standards(self.standards),
            recommendation: None,
            detail,
        };
        finding.message = self.message(&finding, ctx.language).unwrap_or_default();
        finding.recommendation = self.recommendation(&finding, ctx.language);
        finding
    }
}

/// The strings of a detail's list (`"verbs": [...]`), empty when absent.
pub fn detail_strings(finding: &Finding, key: &str) -> Vec<String> {
    finding
        .detail
        .get(key)
        .and_then(serde_json::Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// A detail's text (`"term": "..."`), empty when absent.
pub fn detail_text(finding: &Finding, key: &str) -> String {
    finding
        .detail
        .get(key)
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_string()
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
        quote_list(self.language, items)
    }
}

/// Quotes a list of statute words the way a language quotes them.
pub fn quote_list(language: Language, items: &[String]) -> String {
    let (open, close, sep) = match language {
        Language::En => ("\u{201c}", "\u{201d}", "; "),
        Language::Ru | Language::Kk => ("«", "»", "; "),
    };
    items
        .iter()
        .map(|i| format!("{open}{i}{close}"))
        .collect::<Vec<_>>()
        .join(sep)
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
            let id = format!("finding-{}", rule.id);
            let en = i18n::messages(Language::En);
            for lang in [Language::En, Language::Ru, Language::Kk] {
                let m = i18n::messages(lang);
                for part in ["", ".title", ".rationale", ".recommendation"] {
                    assert!(
                        m.has(&format!("{id}{part}")),
                        "{id}{part} missing in {lang:?}"
                    );
                }
                assert!(!rule.title(lang).trim().is_empty(), "{id} in {lang:?}");
                assert!(!rule.rationale(lang).trim().is_empty(), "{id} in {lang:?}");
                if lang != Language::En {
                    // Not English left untranslated.
                    assert_ne!(rule.rationale(lang), rule.rationale(Language::En), "{id}");
                    assert_ne!(rule.title(lang), rule.title(Language::En), "{id}");
                }
            }
            assert_ne!(rule.title(Language::Kk), rule.title(Language::Ru), "{id}");
            let _ = en;
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
    fn shorten_cuts_on_words() {
        assert_eq!(shorten("one two three;", 40), "one two three");
        assert_eq!(shorten("один два три четыре", 10), "один два…");
    }
}
