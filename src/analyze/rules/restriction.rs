//! Restriction lists that gain or lose items: prohibited content, grounds to
//! suspend, ban, block, refuse or withdraw registration, accreditation or a
//! press card, what an owner or editor is liable for.
//!
//! A restriction list is recognised by its structure and its verbs, never
//! by a fixed list of provisions: a lead-in with a restricting verb
//! («запрещается», «являются основаниями», «по следующим основаниям»,
//! "shall be prohibited", "grounds for", «тыйым салынады», «негіздер болып
//! табылады») followed by subparagraphs, by item lines or by a list after a
//! colon; or a list of items ending in the verb («…, … запрещаются»). Items
//! are compared by their words, so a list that is reordered or re-split
//! has no new items; an item is new when most of its words are not in the
//! old list at all.

use super::{Context, Rule, shorten};
use crate::analyze::lexicon::Patterns;
use crate::analyze::lowercase::lowercase;
use crate::analyze::xref::UnitIndex;
use crate::analyze::{Finding, Severity};
use crate::compare::align::is_word_char;
use crate::compare::{Change, ChangeKind};
use crate::statute::{Citation, CiteStyle, Language, UnitKind};
use serde::Serialize;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A restriction list gained items.
pub const WIDENED: Rule = Rule {
    id: "restriction-widened",
    category: "restriction",
    severity: Severity::High,
    standards: &["GC34-22", "GC34-25"],
    arguments: Some(arguments),
};

/// A restriction list lost items.
pub const NARROWED: Rule = Rule {
    id: "restriction-narrowed",
    category: "restriction",
    severity: Severity::Info,
    standards: &["GC34-22"],
    arguments: Some(arguments),
};

/// A provision that is a restriction list is new.
pub const ADDED: Rule = Rule {
    id: "restriction-added",
    category: "restriction",
    severity: Severity::High,
    standards: &["GC34-22", "GC34-25"],
    arguments: Some(arguments),
};

/// Lead-in words that make a list a restriction, by language.
const LEAD_EN: &[&str] = &[
    "prohibited|prohibit|prohibits|prohibition|banned",
    "shall not be allowed",
    "shall not be permitted",
    "not permitted",
    "not allowed",
    "grounds",
    "refuse|refusal|refusing|refused",
    "deprive|deprived|depriving|deprivation",
    "withdraw|withdrawal|withdrawing|revoke|revoked|revocation|revoking",
    "suspend|suspended|suspension|suspending",
    "block|blocked|blocking",
    "liable|liability",
];
const LEAD_RU: &[&str] = &[
    "запреща{ется,ются}|запрещен{о,ы,а}|запрещается|запрещаются",
    "не допуска{ется,ются}",
    "основани{ем,ями} ...30 явля{ется,ются}",
    "явля{ется,ются} основани{ем,ями}",
    "следующим основаниям",
    "следующих основаниях",
    "основани{я,й} ...2 отказ{а,е}",
    "основани{я,й} ...2 лишени{я,е}",
    "основани{я,й} ...2 приостановлени{я,е}",
    "основани{я,й} ...2 отзыв{а,е}",
    "отказыва{ет,ют}|отказывается",
    "лиша{ет,ется,ются}",
    "лишени{е,я} аккредитации",
    "отзыв{,а} аккредитации",
    "аннулир*",
    "нес{ет,ут} ответственность",
];
const LEAD_KK: &[&str] = &[
    "тыйым салынады",
    "жол берілмейді",
    "негіз{дер,і,гі} болып табылады",
    "негіздер{і,ге} бойынша",
    "мынадай негіздер*",
    "бас тарт{ады,уға,у}",
    "айыр{ады,у,ылады}",
    "кері қайтарып алу*",
    "қайтарып алу*",
    "тоқтата тұр{у,ылады}",
    "жауапты болады",
    "жауаптылықта болады",
];

/// Words that start an item describing misconduct: a list of them is a list
/// of grounds even when its lead-in is missing.
const MISCONDUCT_EN: &[&str] = &[
    "violation|violations|breach|breaches",
    "dissemination|distribution|publication",
    "non-compliance|non-submission|non-observance|failure",
];
const MISCONDUCT_RU: &[&str] = &[
    "нарушени{е,я}",
    "распространени{е,я}|опубликовани{е,я}|размещени{е,я}",
    "несоблюдени{е,я}|непредставлени{е,я}|неустранени{е,я}|неисполнени{е,я}",
    "пропаганд{а,ы}",
    "разглашени{е,я}|оправдани{е,я}|демонстраци{я,и}|использовани{е,я}",
];
const MISCONDUCT_KK: &[&str] = &[
    "бұзу*|бұзған*",
    "тарату*|жариялау*",
    "сақтамау*|ұсынбау*|орындамау*",
    "насихаттау*",
    "жария+ету*",
];

/// Words naming what the restriction is about, for lists without a lead-in.
const SUBJECT_EN: &[&str] = &[
    "accreditation|accredited|accredit",
    "press+card",
    "registration|registered",
    "licence|license",
];
const SUBJECT_RU: &[&str] = &[
    "аккредитаци*|аккредитованн*",
    "пресс-карт*",
    "постановк* на учет",
    "учет{,а,е}",
    "регистраци*",
    "лицензи*",
];
const SUBJECT_KK: &[&str] = &["аккредитте*|аккредиттеу*", "есепке", "лицензия*"];

fn lists(lang: Language) -> [&'static [&'static str]; 3] {
    match lang {
        Language::En => [LEAD_EN, MISCONDUCT_EN, SUBJECT_EN],
        Language::Ru => [LEAD_RU, MISCONDUCT_RU, SUBJECT_RU],
        Language::Kk => [LEAD_KK, MISCONDUCT_KK, SUBJECT_KK],
    }
}

/// (lead-in, misconduct, subject) patterns for a language.
fn patterns(lang: Language) -> &'static [Patterns; 3] {
    static CELLS: [OnceLock<[Patterns; 3]>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = match lang {
        Language::En => 0,
        Language::Ru => 1,
        Language::Kk => 2,
    };
    CELLS[i].get_or_init(|| {
        let [lead, misconduct, subject] = lists(lang);
        [
            Patterns::new(&[lead]),
            Patterns::new(&[misconduct]),
            Patterns::new(&[subject]),
        ]
    })
}

/// One restriction list found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestrictionList {
    /// The part of the provision it sits in (`п. 3`), when the text has parts.
    pub label: Option<String>,
    /// The lead-in (or the sentence's verb), when the text has one.
    pub lead: Option<String>,
    /// The items, as written.
    pub items: Vec<String>,
}

/// What a restriction finding records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RestrictionDetail {
    /// The provision that holds the list (`ст. 26`, or the article of a list of subparagraphs).
    pub provision: String,
    /// The restriction, as its lead-in words it (shortened).
    pub restriction: String,
    /// Where the list is inside the change's provision (`п. 4`), if not the provision itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// The items added (widened, added).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<String>,
    /// The items removed (narrowed).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
}

/// Strips a leading `4. `, `2) ` or `4-1. ` from a line.
fn strip_number(line: &str) -> &str {
    let trimmed = line.trim_start();
    let digits = trimmed
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '-')
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    if digits == 0 {
        return trimmed;
    }
    let rest = &trimmed[digits..];
    rest.strip_prefix(". ")
        .or_else(|| rest.strip_prefix(") "))
        .unwrap_or(trimmed)
        .trim_start()
}

fn is_subparagraph(line: &str) -> bool {
    let t = line.trim_start();
    let digits: String = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    !digits.is_empty() && t[digits.len()..].starts_with(") ")
}

/// The restriction lists of one part of a provision (a paragraph with its subparagraphs).
fn lists_in_part(part: &str, lang: Language, context: &str) -> Vec<RestrictionList> {
    let [lead_words, misconduct, subject] = patterns(lang);
    let lines: Vec<&str> = part.lines().filter(|l| !l.trim().is_empty()).collect();
    let Some(first) = lines.first() else {
        return Vec::new();
    };
    let lead = strip_number(first);
    let rest = &lines[1..];
    // Subparagraphs, or item lines after a colon, under a restricting lead-in.
    let numbered = rest.iter().any(|l| is_subparagraph(l));
    if !rest.is_empty() && lead_words.any_in(lead) && (numbered || lead.trim_end().ends_with(':')) {
        let mut items: Vec<String> = Vec::new();
        for line in rest {
            if numbered && !is_subparagraph(line) {
                // A continuation or the sanction after the list: not an item.
                continue;
            }
            items.push(clean_item(strip_number(line)));
        }
        items.retain(|i| !i.is_empty());
        if !items.is_empty() {
            return vec![RestrictionList {
                label: None,
                lead: Some(lead.trim_end_matches(':').trim().to_string()),
                items,
            }];
        }
    }
    // A list after a colon in a restricting sentence: «… являются: а, б, в».
    let whole = lines
        .iter()
        .map(|l| strip_number(l))
        .collect::<Vec<_>>()
        .join(" ");
    if let Some((before, after)) = whole.split_once(':')
        && lead_words.any_in(before)
    {
        let items = split_inline(after);
        if items.len() >= 2 {
            return vec![RestrictionList {
                label: None,
                lead: Some(before.trim().to_string()),
                items,
            }];
        }
    }
    // An item naming an act starts with it, except in Kazakh, where the noun
    // of action comes last («құпияны жария ету»).
    let starts_with_misconduct = |item: &str| {
        misconduct
            .find(item)
            .first()
            .is_some_and(|(_, span)| span.start == 0 || lang == Language::Kk)
    };
    // A list that ends in the verb: «Разглашение …, пропаганда … запрещаются.»
    // Its items name acts, so at least two of them have one.
    for sentence in sentences(&whole) {
        let found = lead_words.find(sentence);
        if let Some((_, span)) = found.last()
            && sentence[span.end..]
                .trim_matches(|c: char| c.is_whitespace() || c == '.')
                .is_empty()
            && span.start > 0
        {
            let items = split_inline(&sentence[..span.start]);
            if items.iter().filter(|i| misconduct.any_in(i)).count() >= 2 {
                return vec![RestrictionList {
                    label: None,
                    lead: Some(sentence[span.clone()].trim().to_string()),
                    items,
                }];
            }
        }
    }
    // Lines that each name misconduct, in a provision about accreditation,
    // registration or a licence: grounds whose lead-in the text does not give.
    // A first line ending in a colon is a lead-in, and it restricted nothing.
    if lines.len() >= 2
        && !lead.trim_end().ends_with(':')
        && lines
            .iter()
            .filter(|l| starts_with_misconduct(strip_number(l)))
            .count()
            >= 2
        && (subject.any_in(part) || subject.any_in(context))
    {
        return vec![RestrictionList {
            label: None,
            lead: None,
            items: lines.iter().map(|l| clean_item(strip_number(l))).collect(),
        }];
    }
    Vec::new()
}

/// An item without its closing punctuation and list words.
fn clean_item(item: &str) -> String {
    let item = item
        .trim()
        .trim_end_matches([';', '.', ',', ':'])
        .trim()
        .trim_end_matches(" и")
        .trim_end_matches(" или")
        .trim_end_matches(" and")
        .trim_end_matches(" or")
        .trim();
    item.to_string()
}

/// The sentences of a text (split after `.` followed by a space and a capital).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, (i, c)) in chars.iter().enumerate() {
        if *c == '.'
            && chars.get(k + 1).is_some_and(|(_, n)| *n == ' ')
            && chars.get(k + 2).is_some_and(|(_, n)| n.is_uppercase())
        {
            out.push(&text[start..=*i]);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out.into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Items of a list written in one sentence: by semicolons, else by commas.
fn split_inline(text: &str) -> Vec<String> {
    let text = text.trim().trim_end_matches('.');
    let pieces: Vec<&str> = if text.contains(';') {
        text.split(';').collect()
    } else {
        text.split(',').collect()
    };
    pieces
        .into_iter()
        .map(|p| {
            let p = p.trim();
            let p = [
                "а также ",
                "и ",
                "или ",
                "либо ",
                "and ",
                "or ",
                "as well as ",
            ]
            .iter()
            .find_map(|w| p.strip_prefix(w))
            .unwrap_or(p);
            clean_item(p)
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// Every restriction list in a provision's text, part by part.
pub fn lists_in(
    text: &str,
    lang: Language,
    style: CiteStyle,
    context: &str,
) -> Vec<RestrictionList> {
    let parts = super::super::annotate::segments(text, style);
    let several = parts.iter().filter(|(l, _)| l.is_some()).count() > 1;
    let mut out = Vec::new();
    for (label, part) in parts {
        for mut list in lists_in_part(part, lang, context) {
            if several {
                list.label = label.clone();
            }
            out.push(list);
        }
    }
    out
}

/// The stems of a text's words, for comparing items (case, endings and short words ignored).
fn stems(text: &str) -> Vec<String> {
    text.split(|c: char| !is_word_char(c) && c != '-')
        .filter(|w| w.chars().count() > 3)
        .map(|w| lowercase(w).replace('ё', "е").chars().take(6).collect())
        .collect()
}

/// The items of `list` most of whose words `other` does not have, consecutive ones joined.
fn missing_items(list: &[String], other: &[String]) -> Vec<String> {
    let known: HashSet<String> = other.iter().flat_map(|i| stems(i)).collect();
    let mut out: Vec<String> = Vec::new();
    let mut previous_missing = false;
    for item in list {
        let words = stems(item);
        if words.is_empty() {
            previous_missing = false;
            continue;
        }
        let new_words = words.iter().filter(|w| !known.contains(*w)).count();
        let missing = new_words * 2 >= words.len();
        match (missing, previous_missing, out.last_mut()) {
            (true, true, Some(last)) => {
                last.push_str(", ");
                last.push_str(item);
            }
            (true, _, _) => out.push(item.clone()),
            _ => {}
        }
        previous_missing = missing;
    }
    out
}

/// Drops the added and removed items that are one item reworded (most words shared).
fn unmatched(added: Vec<String>, removed: Vec<String>) -> (Vec<String>, Vec<String>) {
    let similar = |a: &str, b: &str| {
        let a: HashSet<String> = stems(a).into_iter().collect();
        let b: HashSet<String> = stems(b).into_iter().collect();
        let shared = a.intersection(&b).count();
        // Most words shared, or two-word items with one word replaced
        // («пропагандирующей суицид» → «пропагандирующей самоубийство»).
        shared * 2 > a.len().min(b.len()) || (shared == 1 && a.len() == 2 && b.len() == 2)
    };
    let kept_added: Vec<String> = added
        .iter()
        .filter(|a| !removed.iter().any(|r| similar(a, r)))
        .cloned()
        .collect();
    let kept_removed: Vec<String> = removed
        .iter()
        .filter(|r| !added.iter().any(|a| similar(a, r)))
        .cloned()
        .collect();
    (kept_added, kept_removed)
}

/// A name for a restriction: its lead-in shortened, or what its provision is about.
/// The restriction as a message names it: the provision, the list's part,
/// its lead-in quoted.
fn restriction_name(lang: Language, label: Option<&str>, lead: &str, citation: &str) -> String {
    let cited = match label {
        Some(label) if !citation.ends_with(label) => format!("{citation} {label}"),
        _ => citation.to_string(),
    };
    let lead = if lead.is_empty() {
        crate::i18n::messages(lang).get("restriction-no-lead")
    } else {
        shorten(lead, 90)
    };
    format!("{cited} {}", super::quote_list(lang, &[lead]))
}

/// The message's arguments, from the detail.
fn arguments(finding: &Finding, language: Language) -> Vec<(&'static str, String)> {
    let label = finding
        .detail
        .get("part")
        .and_then(serde_json::Value::as_str);
    let restriction = restriction_name(
        language,
        label,
        &super::detail_text(finding, "restriction"),
        &super::detail_text(finding, "provision"),
    );
    let added = super::detail_strings(finding, "added");
    let items = if added.is_empty() {
        super::detail_strings(finding, "removed")
    } else {
        added
    };
    let quoted = super::quote_list(language, &short_items(&items));
    vec![("restriction", restriction), ("items", quoted)]
}

fn short_items(items: &[String]) -> Vec<String> {
    items.iter().map(|i| shorten(i, 160)).collect()
}

fn push(
    ctx: &Context<'_>,
    rule: &Rule,
    list: &RestrictionList,
    citation: &str,
    added: Vec<String>,
    removed: Vec<String>,
    out: &mut Vec<Finding>,
) {
    let items = if added.is_empty() { &removed } else { &added };
    let detail = RestrictionDetail {
        provision: citation.to_string(),
        restriction: list
            .lead
            .clone()
            .map(|l| shorten(&l, 200))
            .unwrap_or_default(),
        part: list.label.clone(),
        added: added.clone(),
        removed: removed.clone(),
    };
    out.push(rule.finding(
        ctx,
        rule.severity,
        items.clone(),
        serde_json::to_value(detail).unwrap_or_default(),
    ));
}

/// The context a list without a lead-in is read in: the article's heading.
fn article_context(units: &UnitIndex<'_>, path: &Citation) -> String {
    let Some(number) = path.article() else {
        return String::new();
    };
    units
        .article(number)
        .and_then(|a| a.heading.clone())
        .unwrap_or_default()
}

/// The restriction findings on one change.
pub fn check(ctx: &Context<'_>, change: &Change, out: &mut Vec<Finding>) {
    let lang = ctx.language;
    let style = ctx.new.cite_style().in_language(lang);
    match (&change.old, &change.new, change.kind) {
        (_, Some(new), ChangeKind::Added) => {
            if new.unit == UnitKind::Subparagraph {
                joined_list(ctx, change, out);
                return;
            }
            let context = article_context(ctx.units, &new.path);
            for list in lists_in(&new.text, lang, style, &context) {
                if list.items.len() >= 2 {
                    let items = list.items.clone();
                    push(ctx, &ADDED, &list, &new.citation, items, Vec::new(), out);
                }
            }
        }
        (Some(old), None, ChangeKind::Removed) if old.unit == UnitKind::Subparagraph => {
            joined_list(ctx, change, out);
        }
        (Some(old), Some(new), _) if old.text != new.text => {
            let context = article_context(ctx.units, &new.path);
            let before = lists_in(&old.text, lang, style, &context);
            let after = lists_in(&new.text, lang, style, &context);
            for list in &after {
                let Some(origin) = counterpart(list, &before) else {
                    if list.items.len() >= 2 && change.kind != ChangeKind::Amended {
                        let items = list.items.clone();
                        push(ctx, &ADDED, list, &new.citation, items, Vec::new(), out);
                    }
                    continue;
                };
                let (added, removed) = unmatched(
                    missing_items(&list.items, &origin.items),
                    missing_items(&origin.items, &list.items),
                );
                if !added.is_empty() {
                    push(ctx, &WIDENED, list, &new.citation, added, Vec::new(), out);
                }
                if !removed.is_empty() {
                    push(
                        ctx,
                        &NARROWED,
                        list,
                        &new.citation,
                        Vec::new(),
                        removed,
                        out,
                    );
                }
            }
        }
        _ => {}
    }
}

/// The old list a new one continues: same part, else the one sharing most lead-in words.
fn counterpart<'l>(
    list: &RestrictionList,
    old: &'l [RestrictionList],
) -> Option<&'l RestrictionList> {
    if old.len() == 1 {
        return old.first();
    }
    let lead = stems(list.lead.as_deref().unwrap_or(""));
    let score = |o: &RestrictionList| {
        let other: HashSet<String> = stems(o.lead.as_deref().unwrap_or("")).into_iter().collect();
        let shared = lead.iter().filter(|w| other.contains(*w)).count();
        shared * 10 + usize::from(o.label == list.label)
    };
    old.iter().filter(|o| score(o) > 0).max_by_key(|o| score(o))
}

/// A subparagraph added to (or removed from) a list whose lead-in restricts.
fn joined_list(ctx: &Context<'_>, change: &Change, out: &mut Vec<Finding>) {
    let (side, added) = match (&change.new, &change.old) {
        (Some(new), _) => (new, true),
        (None, Some(old)) => (old, false),
        _ => return,
    };
    let mut parent_path = side.path.clone();
    parent_path.0.pop();
    let Some(parent) = ctx.units.find(&parent_path) else {
        return;
    };
    let [lead_words, _, _] = patterns(ctx.language);
    if parent.text.is_empty() || !lead_words.any_in(&parent.text) {
        return;
    }
    let list = RestrictionList {
        label: None,
        lead: Some(parent.text.trim().trim_end_matches(':').to_string()),
        items: vec![clean_item(&side.text)],
    };
    let citation = parent_path.display(ctx.new.cite_style());
    let items = list.items.clone();
    if added {
        push(ctx, &WIDENED, &list, &citation, items, Vec::new(), out);
    } else {
        push(ctx, &NARROWED, &list, &citation, Vec::new(), items, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::rules::tests_support::{change, context};
    use crate::statute::ArticleDivision;

    fn style(lang: Language) -> CiteStyle {
        CiteStyle::new(lang, ArticleDivision::Paragraph)
    }

    fn run(lang: Language, kind: ChangeKind, old: Option<&str>, new: Option<&str>) -> Vec<Finding> {
        let statute = context::statute(lang);
        let ctx = context::of(&statute);
        let mut out = Vec::new();
        check(&ctx, &change(kind, old, new), &mut out);
        out
    }

    #[test]
    fn word_lists_parse() {
        for lang in [Language::En, Language::Ru, Language::Kk] {
            Patterns::all_parse(&lists(lang)).unwrap_or_else(|e| panic!("{e}"));
        }
    }

    #[test]
    fn russian_grounds_after_a_colon_gain_an_item() {
        let old = "Основаниями для приостановления выпуска средства массовой информации являются: пропаганда экстремизма, разглашение государственных секретов.";
        let new = "Основаниями для приостановления выпуска масс-медиа являются: пропаганда экстремизма, разглашение государственных секретов, распространение информации, пропагандирующей самоубийство.";
        let found = run(Language::Ru, ChangeKind::Amended, Some(old), Some(new));
        assert_eq!(found.len(), 1, "{found:#?}");
        let f = &found[0];
        assert_eq!(f.kind, "restriction-widened");
        assert_eq!(f.severity, Severity::High);
        assert_eq!(
            f.matched,
            ["распространение информации, пропагандирующей самоубийство"]
        );
        assert!(
            f.message.contains("Основаниями для приостановления"),
            "{}",
            f.message
        );
        assert!(
            f.message.starts_with("расширяет ограничение"),
            "{}",
            f.message
        );
    }

    #[test]
    fn russian_prohibition_ending_in_its_verb_loses_an_item() {
        let old = "Пропаганда экстремизма, пропаганда порнографии, разглашение государственных секретов запрещаются.";
        let new = "Пропаганда экстремизма, разглашение государственных секретов запрещаются.";
        let found = run(Language::Ru, ChangeKind::Amended, Some(old), Some(new));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].kind, "restriction-narrowed");
        assert_eq!(found[0].severity, Severity::Info);
        assert_eq!(found[0].matched, ["пропаганда порнографии"]);
        // A reordered list changes nothing.
        let reordered = "Разглашение государственных секретов, пропаганда экстремизма запрещаются.";
        assert!(
            run(
                Language::Ru,
                ChangeKind::Amended,
                Some(new),
                Some(reordered)
            )
            .is_empty()
        );
    }

    #[test]
    fn english_new_press_card_grounds_are_a_new_restriction() {
        let article = "1. A journalist may receive a press card.\n5. there are grounds for refusing to issue or depriving a previously issued press card, which include:\nnon-submission of documents;\nthe presence of an outstanding conviction.\nviolation of the requirements established by this Law\n";
        let found = run(Language::En, ChangeKind::Added, None, Some(article));
        assert_eq!(found.len(), 1, "{found:#?}");
        let f = &found[0];
        assert_eq!(f.kind, "restriction-added");
        assert_eq!(f.matched.len(), 3, "{:?}", f.matched);
        assert_eq!(f.matched[0], "non-submission of documents");
        assert!(f.message.contains("para. 5"), "{}", f.message);
        assert!(f.message.contains("grounds for refusing"), "{}", f.message);
    }

    #[test]
    fn english_grounds_without_a_lead_in_are_read_from_their_items() {
        let lists = lists_in(
            "4. violation of the rules and accreditation.\ndissemination of untrue information discrediting the state bodies that accredited it.\n",
            Language::En,
            style(Language::En),
            "",
        );
        assert_eq!(lists.len(), 1, "{lists:#?}");
        assert_eq!(lists[0].lead, None);
        assert_eq!(lists[0].items.len(), 2);
        // Without anything about accreditation or registration, two sentences are not a list.
        assert!(
            lists_in(
                "violation of the peace is common.\ndissemination of news is free.\n",
                Language::En,
                style(Language::En),
                ""
            )
            .is_empty()
        );
    }

    #[test]
    fn kazakh_prohibition_gains_an_item_and_a_subparagraph_list_is_read() {
        let old = "Экстремизмді насихаттау, мемлекеттік құпияларды жария ету тыйым салынады.";
        let new = "Экстремизмді насихаттау, мемлекеттік құпияларды жария ету, өз-өзіне қол жұмсауды насихаттайтын ақпарат тыйым салынады.";
        let found = run(Language::Kk, ChangeKind::Amended, Some(old), Some(new));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].kind, "restriction-widened");
        assert_eq!(
            found[0].matched,
            ["өз-өзіне қол жұмсауды насихаттайтын ақпарат"]
        );
        let lists = lists_in(
            "4. Уәкілетті орган мынадай негіздер бойынша есепке қоюдан бас тартады:\n1) өтініш талаптарға сәйкес келмейді;\n2) алым төленбеген.\n",
            Language::Kk,
            style(Language::Kk),
            "",
        );
        assert_eq!(lists.len(), 1, "{lists:#?}");
        assert_eq!(
            lists[0].items,
            ["өтініш талаптарға сәйкес келмейді", "алым төленбеген"]
        );
    }

    #[test]
    fn an_ordinary_sentence_is_not_a_restriction() {
        let text = "1. Распространение продукции масс-медиа осуществляется на договорных или иных законных основаниях, а также гражданами.";
        assert!(lists_in(text, Language::Ru, style(Language::Ru), "").is_empty());
    }
}
