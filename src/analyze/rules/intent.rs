//! Intent removed from (or added to) a provision: «заведомо», «умышленно»,
//! "knowingly", "with intent", «көре тұра», «қасақана» …
//!
//! Deleting «заведомо» from «размещение заведомо ложной информации» makes
//! the offence punish a mistake as well as a lie. The rule compares the old
//! and new texts of one change, whatever its kind (amended, moved,
//! renumbered), so it finds the deletion once the comparison pairs a moved
//! part with its origin.

use super::expression::punishes_expression;
use super::{Context, Rule};
use crate::analyze::lexicon::Patterns;
use crate::analyze::{Finding, Severity};
use crate::compare::Change;
use crate::statute::Language;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// An element of intent left a provision.
pub const REMOVED: Rule = Rule {
    id: "intent-removed",
    category: "intent",
    severity: Severity::High,
    standards: &["GC34-25", "GC34-47", "JD2017", "RABAT"],
    arguments: Some(words),
};

/// An element of intent was added to a provision (the offence narrows).
pub const ADDED: Rule = Rule {
    id: "intent-added",
    category: "intent",
    severity: Severity::Info,
    standards: &["GC34-25", "RABAT"],
    arguments: Some(words),
};

/// The message's arguments: the marker words, quoted.
fn words(finding: &Finding, language: Language) -> Vec<(&'static str, String)> {
    vec![("words", super::quote_list(language, &finding.matched))]
}

/// The markers of intent, one list per marker (its id is the first pattern's word).
const MARKERS_EN: &[&[&str]] = &[
    &["knowingly"],
    &["deliberately|deliberate"],
    &["wilfully|willfully|wilful|willful"],
    &["with+intent", "with+the+intent", "with+the+intention"],
    &["intentionally|intentional"],
    &["with+the+aim", "with+the+purpose", "for+the+purpose"],
    &["purposely|purposefully"],
    &["maliciously|malicious"],
];
const MARKERS_RU: &[&[&str]] = &[
    &["заведом{о,ая,ой,ую,ые,ых,ое,ого}"],
    &["умышленн*"],
    &["с+целью"],
    &["с+умыслом", "умысл{,а,ом,е}"],
    &["намеренн{о,ое,ые,ых,ым,ая,ой}|преднамеренн*"],
    &["злонамеренн*|злоумышленн*"],
];
const MARKERS_KK: &[&[&str]] = &[
    // «Көрінеу» is how the official Kazakh texts say «заведомо».
    &["көрінеу"],
    &["көре+тұра"],
    &["біле+тұра"],
    &["қасақана*"],
    &["мақсатында"],
    &["әдейі"],
    &["ниетпен"],
];

fn markers(lang: Language) -> &'static [&'static [&'static str]] {
    match lang {
        Language::En => MARKERS_EN,
        Language::Ru => MARKERS_RU,
        Language::Kk => MARKERS_KK,
    }
}

fn patterns(lang: Language) -> &'static Patterns {
    static CELLS: [OnceLock<Patterns>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = match lang {
        Language::En => 0,
        Language::Ru => 1,
        Language::Kk => 2,
    };
    CELLS[i].get_or_init(|| Patterns::new(markers(lang)))
}

/// What an intent finding records: the marker words gone and come.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IntentDetail {
    /// The marker words as the old text writes them (for `intent-removed`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
    /// The marker words as the new text writes them (for `intent-added`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<String>,
    /// Whether the provision punishes or restricts expression (which made it high).
    pub expression: bool,
}

/// Marker words by marker, in text order: (marker index → words as written).
fn found(text: &str, lang: Language) -> BTreeMap<usize, Vec<String>> {
    let mut out: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (marker, span) in patterns(lang).find(text) {
        if let Some(words) = text.get(span) {
            out.entry(marker).or_default().push(words.to_string());
        }
    }
    out
}

/// The intent findings on one change with both an old and a new text.
pub fn check(ctx: &Context<'_>, change: &Change, out: &mut Vec<Finding>) {
    let (Some(old), Some(new)) = (&change.old, &change.new) else {
        return;
    };
    let lang = ctx.language;
    let before = found(&old.text, lang);
    let after = found(&new.text, lang);
    let mut removed = Vec::new();
    let mut added = Vec::new();
    for (marker, words) in &before {
        let now = after.get(marker).map_or(0, Vec::len);
        if words.len() > now {
            removed.extend(words.iter().skip(now).cloned());
        }
    }
    for (marker, words) in &after {
        let then = before.get(marker).map_or(0, Vec::len);
        if words.len() > then {
            added.extend(words.iter().skip(then).cloned());
        }
    }
    dedup(&mut removed);
    dedup(&mut added);
    let heading = new.heading.as_deref().or(old.heading.as_deref());
    let expression = punishes_expression(&old.text, heading, lang);
    if !removed.is_empty() {
        let severity = if expression {
            REMOVED.severity
        } else {
            Severity::Medium
        };
        let detail = IntentDetail {
            removed: removed.clone(),
            added: Vec::new(),
            expression,
        };
        out.push(REMOVED.finding(
            ctx,
            severity,
            removed,
            serde_json::to_value(detail).unwrap_or_default(),
        ));
    }
    if !added.is_empty() {
        let detail = IntentDetail {
            removed: Vec::new(),
            added: added.clone(),
            expression,
        };
        out.push(ADDED.finding(
            ctx,
            ADDED.severity,
            added,
            serde_json::to_value(detail).unwrap_or_default(),
        ));
    }
}

/// Keeps the first of each word, compared lowercased.
fn dedup(words: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    words.retain(|w| seen.insert(w.to_lowercase()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::rules::tests_support::{change, context};
    use crate::compare::ChangeKind;

    fn run(lang: Language, old: &str, new: &str) -> Vec<Finding> {
        let statute = context::statute(lang);
        let ctx = context::of(&statute);
        let mut out = Vec::new();
        check(
            &ctx,
            &change(ChangeKind::Amended, Some(old), Some(new)),
            &mut out,
        );
        out
    }

    #[test]
    fn marker_lists_parse() {
        for lang in [Language::En, Language::Ru, Language::Kk] {
            Patterns::all_parse(markers(lang)).unwrap_or_else(|e| panic!("{e}"));
        }
    }

    #[test]
    fn russian_knowingly_deleted_from_a_false_information_offence_is_high() {
        let found = run(
            Language::Ru,
            "Размещение заведомо ложной информации в средствах массовой информации – влечет штраф в размере тридцати месячных расчетных показателей.",
            "Размещение, распространение ложной информации в масс-медиа – влечет штраф в размере тридцати месячных расчетных показателей.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        let f = &found[0];
        assert_eq!(f.kind, "intent-removed");
        assert_eq!(f.severity, Severity::High);
        assert_eq!(f.matched, ["заведомо"]);
        assert!(f.message.contains("«заведомо»"), "{}", f.message);
        assert!(f.message.starts_with("исключает"), "{}", f.message);
        assert_eq!(f.detail["removed"][0], "заведомо");
        assert!(f.standards.iter().any(|s| s.contains("(JD2017)")));
    }

    #[test]
    fn english_knowingly_deleted_and_with_intent_added() {
        let found = run(
            Language::En,
            "Knowingly disseminating false information shall entail a fine.",
            "Disseminating false information shall entail a fine.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            (found[0].kind.as_str(), found[0].severity),
            ("intent-removed", Severity::High)
        );
        assert_eq!(found[0].matched, ["Knowingly"]);
        let found = run(
            Language::En,
            "Disseminating false information shall entail a fine.",
            "Disseminating false information with intent to cause panic shall entail a fine.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            (found[0].kind.as_str(), found[0].severity),
            ("intent-added", Severity::Info)
        );
        assert_eq!(found[0].matched, ["with intent"]);
    }

    #[test]
    fn kazakh_kore_tura_deleted() {
        let found = run(
            Language::Kk,
            "Көре тұра жалған ақпаратты тарату – айыппұл салуға әкеп соғады.",
            "Жалған ақпаратты тарату – айыппұл салуға әкеп соғады.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].kind, "intent-removed");
        assert_eq!(found[0].severity, Severity::High);
        assert_eq!(found[0].matched, ["Көре тұра"]);
        assert!(
            found[0].message.contains("«Көре тұра»"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn kazakh_korineu_deleted_as_in_the_code_of_administrative_offences() {
        let found = run(
            Language::Kk,
            "Көрінеу жалған ақпаратты бұқаралық ақпарат құралдарында орналастыру – айыппұл салуға әкеп соғады.",
            "Масс-медиада жалған ақпарат орналастыру, тарату – айыппұл салуға алып келеді.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].matched, ["Көрінеу"]);
        assert_eq!(found[0].severity, Severity::High);
    }

    #[test]
    fn outside_expression_it_is_medium_and_unchanged_intent_is_nothing() {
        let found = run(
            Language::Ru,
            "Умышленное уничтожение имущества – влечет штраф.",
            "Уничтожение имущества – влечет штраф.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Severity::Medium);
        let same = run(
            Language::Ru,
            "Распространение заведомо ложной информации – влечет штраф.",
            "Размещение или распространение заведомо ложной информации – влечет штраф.",
        );
        assert!(same.is_empty(), "{same:#?}");
    }
}
