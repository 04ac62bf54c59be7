//! The conduct an offence punishes, widened or narrowed: new verbs of
//! conduct (размещение → размещение, распространение; "publication" →
//! "publication or dissemination"), new means (масс-медиа, онлайн-платформы,
//! "online platforms" — the lexicon's scope terms) and consequences replaced
//! by lower thresholds («повлекшее» → «создающее угрозу», "caused" →
//! "likely to").
//!
//! New means count in any provision (a provision extended to online
//! platforms reaches more speech whatever it does); new verbs and lower
//! thresholds count where the provision is an offence about expression
//! (a sanction or liability, not a prohibition or a right).

use super::expression::is_expression_offence;
use super::{Context, Rule};
use crate::analyze::lexicon::Patterns;
use crate::analyze::{Finding, Severity};
use crate::compare::Change;
use crate::statute::Language;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The offence reaches more conduct, more means or a lower threshold.
pub const WIDENED: Rule = Rule {
    id: "conduct-widened",
    category: "conduct",
    severity: Severity::Medium,
    standards: &["GC34-22", "GC34-25", "GC34-35"],
    arguments: Some(parts),
};

/// The offence reaches fewer acts or means, or requires consequences again.
pub const NARROWED: Rule = Rule {
    id: "conduct-narrowed",
    category: "conduct",
    severity: Severity::Info,
    standards: &["GC34-22"],
    arguments: Some(parts),
};

/// Verbs of conduct (as the offences write them: nouns of action), one list per verb.
const VERBS_EN: &[&[&str]] = &[
    &["publication|publishing|publish|publishes"],
    &["dissemination|disseminating|disseminate|disseminates"],
    &["distribution|distributing|distribute|distributes"],
    &["posting|placement|placing"],
    &["transmission|transmitting|transmit"],
    &["storage|storing|store"],
    &["production|producing|manufacture|manufacturing"],
    &["demonstration|demonstrating|display|displaying"],
    &["propaganda|propagating|promotion|promoting"],
    &["calls", "calling+for"],
    &["retransmission|broadcasting|broadcast"],
];
const VERBS_RU: &[&[&str]] = &[
    &["размещени{е,я,ю,ем,и}|размещ{ать,ает,ают}"],
    &["распространени{е,я,ю,ем,и}|распростран{ять,яет,яют,ить}"],
    &["опубликовани{е,я,ю,ем,и}|публикаци{я,и,ю,ей}"],
    &["изготовлени{е,я,ю,ем,и}"],
    &["хранени{е,я,ю,ем,и}"],
    &["передач{а,и,у,ей}"],
    &["демонстраци{я,и,ю,ей}|показ{,а,у,ом}"],
    &["пропаганд{а,ы,у,ой}"],
    &["призыв{,ы,а,ов,ам,ами}"],
    &["ввоз{,а,у,ом}"],
    &["трансляци{я,и,ю,ей}|ретрансляци{я,и,ю,ей}"],
    &["тиражировани{е,я,ю,ем}"],
];
const VERBS_KK: &[&[&str]] = &[
    &["орналастыр*"],
    &["тарат{у,уы,уға,уды,қан,ылған}"],
    &["жариял{ау,ауы,ауға,ауды,анған}"],
    &["дайында{у,уы,уға,уды}"],
    &["сақта{у,уы,уға,уды}"],
    &["бер{у,уі,уге,уді}"],
    &["көрсет{у,уі,уге,уді}"],
    &["насихатта{у,уы,уға,уды}"],
    &["шақыр{у,улар,уға,уды}"],
];

/// Consequences (harm that happened) and lower thresholds (harm that may happen).
const CONSEQUENCES: [&[&str]; 3] = [
    &[
        "caused",
        "causing",
        "resulted+in",
        "resulting+in",
        "entailed",
    ],
    &["повлекш{ее,ие,ей,их,им}|причинивш{ее,ие,ей,их}|повлекло"],
    &["әкеп+соққан", "келтірген", "туғызған"],
];
const THRESHOLDS: [&[&str]; 3] = [
    &[
        "likely+to",
        "may+cause",
        "could+cause",
        "capable+of",
        "threat+of",
        "threat+to",
        "threatening",
        "risk+of",
        "creating+conditions",
        "create+conditions",
    ],
    &[
        "создающ{ее,ие,ей,их,им,ая} ...3 услови{я,й}",
        "создани{е,я} ...3 услови{й,я}",
        "создающ{ее,ие,ей,их,им,ая} ...3 угроз{у,ы}",
        "способн{ое,ые,ой,ых,ая}|могущ{ее,ие,ей,их,ая}",
        "опасность ...3 нарушения",
    ],
    &[
        "қатер+төндір*",
        "қауіп+төндір*",
        "жағдай+туғыз*",
        "жағдай+жасай*",
    ],
];

fn index(lang: Language) -> usize {
    match lang {
        Language::En => 0,
        Language::Ru => 1,
        Language::Kk => 2,
    }
}

fn verbs(lang: Language) -> &'static [&'static [&'static str]] {
    match lang {
        Language::En => VERBS_EN,
        Language::Ru => VERBS_RU,
        Language::Kk => VERBS_KK,
    }
}

/// (verbs, consequences, thresholds) for a language.
fn patterns(lang: Language) -> &'static [Patterns; 3] {
    static CELLS: [OnceLock<[Patterns; 3]>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = index(lang);
    CELLS[i].get_or_init(|| {
        [
            Patterns::new(verbs(lang)),
            Patterns::new(&[CONSEQUENCES[i]]),
            Patterns::new(&[THRESHOLDS[i]]),
        ]
    })
}

/// What a conduct finding records.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ConductDetail {
    /// Scope terms (means, persons) by id, added (widened) or removed (narrowed).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub means: Vec<String>,
    /// Verbs of conduct as the text writes them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub verbs: Vec<String>,
    /// Lower thresholds that came in (widened) or went (narrowed).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub thresholds: Vec<String>,
    /// Consequences that went (widened) or came in (narrowed).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub consequences: Vec<String>,
    /// Kept for readers of the former `scope-widened` finding: the scope term ids added.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<String>,
}

/// Whether a scope term at `span` is part of the name of a law or of its
/// field («законодательства Республики Казахстан о масс-медиа», "the Law on
/// Mass Media", «масс-медиа туралы заңнамасын»): a renamed law is not a new
/// means of expression.
fn names_a_law(text: &str, span: std::ops::Range<usize>, lang: Language) -> bool {
    let before = text.get(..span.start).unwrap_or("");
    match lang {
        Language::Ru => {
            let tail = lowercase_tail(before, 80);
            (tail.ends_with(" о ") || tail.ends_with("«о ") || tail.ends_with(" об "))
                && (tail.contains("законодательств") || tail.contains("закон"))
        }
        Language::En => {
            let tail = lowercase_tail(before, 80);
            (tail.ends_with(" on ") || tail.ends_with("\"on ") || tail.ends_with("“on "))
                && (tail.contains("legislation") || tail.contains("law"))
        }
        Language::Kk => {
            let after = text.get(span.end..).unwrap_or("").to_lowercase();
            let after = after.trim_start_matches(['»', ' ']);
            after.starts_with("туралы")
        }
    }
}

/// The last `n` characters of `text` lowercased: the last `n` of
/// `text.to_lowercase()`, without lowercasing the whole provision.
///
/// A character never lowercases to nothing, so those `n` come from the
/// last `n` characters of `text`; only `Σ` lowercases by what precedes it,
/// and a text with one is lowercased whole.
fn lowercase_tail(text: &str, n: usize) -> String {
    let cut = if text.contains('Σ') {
        0
    } else {
        text.char_indices()
            .rev()
            .nth(n.saturating_sub(1))
            .map_or(0, |(i, _)| i)
    };
    let lower = crate::analyze::lowercase::lowercase(text.get(cut..).unwrap_or(text));
    let chars: Vec<char> = lower.chars().collect();
    chars[chars.len().saturating_sub(n)..].iter().collect()
}

/// Words as written, by list index.
fn found(p: &Patterns, text: &str) -> BTreeMap<usize, Vec<String>> {
    let mut out: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (i, span) in p.find(text) {
        if let Some(w) = text.get(span) {
            out.entry(i).or_default().push(w.to_string());
        }
    }
    out
}

/// Words of the lists in `a` that `b` has none of.
fn only_in(a: &BTreeMap<usize, Vec<String>>, b: &BTreeMap<usize, Vec<String>>) -> Vec<String> {
    let mut out = Vec::new();
    for (i, words) in a {
        if !b.contains_key(i)
            && let Some(w) = words.first()
            && !out.contains(w)
        {
            out.push(w.clone());
        }
    }
    out
}

/// The labels of the message's parts (acts, means, threshold, consequence).
fn labels(lang: Language, widened: bool) -> [String; 4] {
    let ids = if widened {
        [
            "conduct-new-acts",
            "conduct-new-means",
            "conduct-lower-threshold",
            "conduct-no-longer-requires",
        ]
    } else {
        [
            "conduct-acts-removed",
            "conduct-means-removed",
            "conduct-threshold-removed",
            "conduct-now-requires",
        ]
    };
    ids.map(|id| crate::i18n::messages(lang).get(id))
}

/// The message's parts: acts, means, thresholds, consequences, each labelled.
fn message_parts(lang: Language, widened: bool, groups: [&[String]; 4]) -> String {
    let labels = labels(lang, widened);
    groups
        .iter()
        .zip(labels)
        .filter(|(g, _)| !g.is_empty())
        .map(|(g, label)| format!("{label} {}", super::quote_list(lang, g)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The message's arguments, from the detail: the matched words are the
/// verbs, then the means as the text writes them, then the thresholds.
fn parts(finding: &Finding, language: Language) -> Vec<(&'static str, String)> {
    let verbs = super::detail_strings(finding, "verbs");
    let thresholds = super::detail_strings(finding, "thresholds");
    let consequences = super::detail_strings(finding, "consequences");
    let means_end = finding.matched.len().saturating_sub(thresholds.len());
    let means = finding
        .matched
        .get(verbs.len().min(means_end)..means_end)
        .unwrap_or_default();
    let widened = finding.kind == WIDENED.id;
    let parts = message_parts(
        language,
        widened,
        [&verbs, means, &thresholds, &consequences],
    );
    vec![("parts", parts)]
}

/// The conduct findings on a change with both texts; `sanctioned` when the new text has sanctions.
pub fn check(
    ctx: &Context<'_>,
    change: &Change,
    old: &str,
    new: &str,
    sanctioned: bool,
    out: &mut Vec<Finding>,
) {
    let lang = ctx.language;
    // Means: the lexicon's scope terms.
    let before = ctx.lexicon.scope_terms_in(old, lang);
    let new_matches: Vec<_> = ctx
        .lexicon
        .find_scope(new, lang)
        .into_iter()
        .filter(|m| !names_a_law(new, m.span.clone(), lang))
        .collect();
    let after: BTreeSet<&String> = new_matches.iter().map(|m| &m.term.id).collect();
    let added_means: Vec<String> = after
        .into_iter()
        .filter(|id| !before.contains(*id))
        .cloned()
        .collect();
    let mut means_words: Vec<String> = Vec::new();
    for m in &new_matches {
        if added_means.contains(&m.term.id) && !means_words.contains(&m.matched) {
            means_words.push(m.matched.clone());
        }
    }
    let heading = change
        .new
        .as_ref()
        .and_then(|s| s.heading.as_deref())
        .or(change.old.as_ref().and_then(|s| s.heading.as_deref()));
    let expression =
        is_expression_offence(new, heading, lang) || is_expression_offence(old, heading, lang);
    let [verb_p, consequence_p, threshold_p] = patterns(lang);
    let (mut new_verbs, mut gone_verbs, mut new_thresholds, mut gone_thresholds) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut gone_consequences, mut new_consequences) = (Vec::new(), Vec::new());
    if expression {
        let (vo, vn) = (found(verb_p, old), found(verb_p, new));
        new_verbs = only_in(&vn, &vo);
        gone_verbs = only_in(&vo, &vn);
        let (to, tn) = (found(threshold_p, old), found(threshold_p, new));
        new_thresholds = only_in(&tn, &to);
        gone_thresholds = only_in(&to, &tn);
        let (co, cn) = (found(consequence_p, old), found(consequence_p, new));
        // A consequence only counts as replaced when a lower threshold came in, and back.
        if !new_thresholds.is_empty() {
            gone_consequences = only_in(&co, &cn);
        }
        if !gone_thresholds.is_empty() {
            new_consequences = only_in(&cn, &co);
        }
    }
    if !added_means.is_empty() || !new_verbs.is_empty() || !new_thresholds.is_empty() {
        let mut matched = new_verbs.clone();
        matched.extend(means_words.iter().cloned());
        matched.extend(new_thresholds.iter().cloned());
        let severity = if sanctioned || (expression && !new_thresholds.is_empty()) {
            Severity::High
        } else {
            WIDENED.severity
        };
        let detail = ConductDetail {
            means: added_means.clone(),
            verbs: new_verbs,
            thresholds: new_thresholds,
            consequences: gone_consequences,
            added: added_means,
        };
        out.push(WIDENED.finding(
            ctx,
            severity,
            matched,
            serde_json::to_value(detail).unwrap_or_default(),
        ));
    }
    if !gone_verbs.is_empty() || !gone_thresholds.is_empty() {
        let mut matched = gone_verbs.clone();
        matched.extend(gone_thresholds.iter().cloned());
        let detail = ConductDetail {
            verbs: gone_verbs,
            thresholds: gone_thresholds,
            consequences: new_consequences,
            ..ConductDetail::default()
        };
        out.push(NARROWED.finding(
            ctx,
            NARROWED.severity,
            matched,
            serde_json::to_value(detail).unwrap_or_default(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::rules::tests_support::{change, context};
    use crate::compare::ChangeKind;

    fn run(lang: Language, old: &str, new: &str) -> Vec<Finding> {
        let statute = context::statute(lang);
        let ctx = context::of(&statute);
        let sanctioned = !crate::analyze::penalty::extract(new, lang).is_empty();
        let mut out = Vec::new();
        let c = change(ChangeKind::Amended, Some(old), Some(new));
        check(&ctx, &c, old, new, sanctioned, &mut out);
        out
    }

    #[test]
    fn word_lists_parse() {
        for lang in [Language::En, Language::Ru, Language::Kk] {
            Patterns::all_parse(verbs(lang)).unwrap_or_else(|e| panic!("{e}"));
            Patterns::all_parse(&[CONSEQUENCES[index(lang)], THRESHOLDS[index(lang)]])
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }

    #[test]
    fn russian_new_verb_and_new_means() {
        let found = run(
            Language::Ru,
            "Размещение ложной информации в средствах массовой информации – влечет штраф в размере тридцати месячных расчетных показателей.",
            "Размещение, распространение ложной информации в масс-медиа, на онлайн-платформах – влечет штраф в размере тридцати месячных расчетных показателей.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        let f = &found[0];
        assert_eq!(f.kind, "conduct-widened");
        assert_eq!(f.severity, Severity::High);
        assert_eq!(f.detail["verbs"][0], "распространение");
        assert_eq!(f.detail["means"][0], "online-platforms");
        assert!(
            f.message.contains("новые действия «распространение»"),
            "{}",
            f.message
        );
        assert!(f.message.contains("онлайн-платформах"), "{}", f.message);
    }

    #[test]
    fn russian_consequence_replaced_by_a_threat() {
        let found = run(
            Language::Ru,
            "Распространение ложной информации, повлекшее нарушение общественного порядка, – влечет штраф.",
            "Распространение ложной информации, создающей угрозу нарушения общественного порядка, – влечет штраф.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].kind, "conduct-widened");
        assert_eq!(found[0].detail["consequences"][0], "повлекшее");
        assert!(
            found[0].message.contains("более низкий порог"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn english_publication_or_dissemination_and_likely_to() {
        let found = run(
            Language::En,
            "Publication of false information that caused harm shall entail a fine.",
            "Publication or dissemination of false information likely to cause harm shall entail a fine.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        let f = &found[0];
        assert_eq!(f.kind, "conduct-widened");
        assert_eq!(f.detail["verbs"][0], "dissemination");
        assert_eq!(f.detail["thresholds"][0], "likely to");
        assert_eq!(f.detail["consequences"][0], "caused");
        // And back: the narrowing.
        let back = run(
            Language::En,
            "Publication or dissemination of false information shall entail a fine.",
            "Publication of false information shall entail a fine.",
        );
        assert_eq!(back.len(), 1, "{back:#?}");
        assert_eq!(back[0].kind, "conduct-narrowed");
        assert_eq!(back[0].severity, Severity::Info);
    }

    #[test]
    fn kazakh_new_verb_of_dissemination() {
        let found = run(
            Language::Kk,
            "Жалған ақпаратты орналастыру – айыппұл салуға әкеп соғады.",
            "Жалған ақпаратты орналастыру, тарату – айыппұл салуға әкеп соғады.",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].kind, "conduct-widened");
        assert_eq!(found[0].detail["verbs"][0], "тарату");
        assert!(
            found[0].message.starts_with("норманы кеңейтеді"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn a_renamed_law_is_not_a_new_means() {
        let found = run(
            Language::Ru,
            "Нарушение законодательства Республики Казахстан о телерадиовещании – влечет штраф.",
            "Нарушение законодательства Республики Казахстан о масс-медиа – влечет штраф.",
        );
        assert!(found.is_empty(), "{found:#?}");
        let found = run(
            Language::Kk,
            "Телерадио хабарларын тарату туралы заңнаманы бұзу – айыппұл салуға әкеп соғады.",
            "Масс-медиа туралы заңнаманы бұзу – айыппұл салуға әкеп соғады.",
        );
        assert!(
            found.iter().all(|f| f.detail["means"].is_null()),
            "{found:#?}"
        );
        let found = run(
            Language::En,
            "Violation of the Law on Advertising shall entail a fine.",
            "Violation of the Law on Mass Media shall entail a fine.",
        );
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn verbs_outside_expression_offences_are_not_conduct() {
        let found = run(
            Language::Ru,
            "Уполномоченный орган осуществляет хранение документов.",
            "Уполномоченный орган осуществляет хранение и передачу документов.",
        );
        assert!(found.is_empty(), "{found:#?}");
    }
}
