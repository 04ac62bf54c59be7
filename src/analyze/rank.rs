//! Ranking: which changes an analyst reads first.
//!
//! A finding scores its severity (info 0, low 1, medium 2, high 3) times its
//! change's relevance (expression 2, other 1); a change scores its best
//! finding. Changes are ranked by score, then by the severity of that
//! finding, then by how many of its findings reach that score (an article
//! with five high findings before a part with one), then in document order,
//! so the same report always ranks the same way. The *key changes* are the ranked changes scoring 3 or more (a
//! high finding anywhere, a medium one on expression), at most
//! [`KEY_CHANGES`], each with one sentence in the act's language; a penalty
//! outside expression is at most low, so it is never a key change.
//!
//! Ranking reads findings and relevance only: a new finding family ranks as
//! soon as its findings carry a severity.

use super::relevance::Relevance;
use super::{AnnotatedChange, Finding, Severity};
use crate::compare::Change;
use crate::statute::Language;
use serde::Serialize;
use serde_json::Value;

/// How many key changes open a report.
pub const KEY_CHANGES: usize = 10;

/// The lowest score of a key change: a high finding anywhere, a medium one
/// on expression.
pub const KEY_SCORE: u32 = 3;

/// The lowest score of a change a commentary discusses in full: a medium
/// finding anywhere, a low one on expression.
pub const CONCERN_SCORE: u32 = 2;

/// One line of the key changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyChange {
    /// The change's rank, 1 first.
    pub rank: usize,
    /// The change's position in the report's list of changes, from 0.
    pub change: usize,
    /// Its citation, with the former one when it moved («ст. 456-2 ч. 1 (бывш. ст. 456-1 ч. 2)»).
    pub citation: String,
    /// The severity of its best finding.
    pub severity: Severity,
    /// Whether it concerns expression.
    pub relevance: Relevance,
    /// The kind of its best finding.
    pub kind: String,
    /// What the best finding says, in plain words in the act's language.
    pub sentence: String,
    /// How many other findings of low severity or above the change has.
    pub more: usize,
}

fn severity_weight(severity: Severity) -> u32 {
    match severity {
        Severity::Info => 0,
        Severity::Low => 1,
        Severity::Medium => 2,
        Severity::High => 3,
    }
}

/// A finding's score on a change of the given relevance.
pub fn score(finding: &Finding, relevance: Relevance) -> u32 {
    severity_weight(finding.severity) * relevance.weight()
}

/// A change's score: its best finding's.
pub fn change_score(change: &AnnotatedChange) -> u32 {
    change
        .findings
        .iter()
        .map(|f| score(f, change.relevance))
        .max()
        .unwrap_or(0)
}

/// How many changes are worth a key-changes line, listed or not.
pub fn key_change_count(changes: &[AnnotatedChange]) -> usize {
    changes
        .iter()
        .filter(|c| change_score(c) >= KEY_SCORE)
        .count()
}

/// "8 more findings" in a language: what a key-changes line adds after its sentence.
pub fn more_findings(n: usize, language: Language) -> String {
    let n64 = n as u64;
    match language {
        Language::Ru => format!(
            "ещё {n} {}",
            ru_plural(n64, "замечание", "замечания", "замечаний")
        ),
        Language::Kk => format!("тағы {n} ескерту"),
        Language::En => format!("{n} more finding{}", if n == 1 { "" } else { "s" }),
    }
}

/// Sorts findings most serious first, and among equals in the order an
/// analyst writes them (the registry's order: elements of the offence before
/// sanctions before words).
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by_key(|f| {
        (
            std::cmp::Reverse(f.severity),
            crate::analyze::rules::precedence(&f.kind),
        )
    });
}

/// Sorts each change's findings most serious first (stable: analyzers' order among equals),
/// sets every change's rank and returns the key changes.
pub fn rank(changes: &mut [AnnotatedChange], language: Language) -> Vec<KeyChange> {
    for change in changes.iter_mut() {
        sort_findings(&mut change.findings);
        change.rank = None;
    }
    // (score, severity, the lead finding's precedence, how many findings
    // reach that score, index) of each change with a finding worth ranking.
    let mut order: Vec<(u32, Severity, usize, usize, usize)> = changes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let best = c.findings.first()?;
            let s = score(best, c.relevance);
            let equals = c
                .findings
                .iter()
                .filter(|f| score(f, c.relevance) == s)
                .count();
            let lead = crate::analyze::rules::precedence(&best.kind);
            (s > 0).then_some((s, best.severity, lead, equals, i))
        })
        .collect();
    order.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(b.3.cmp(&a.3))
            .then(a.4.cmp(&b.4))
    });
    let mut keys = Vec::new();
    for (rank, &(s, _, _, _, i)) in order.iter().enumerate() {
        let annotated = &mut changes[i];
        annotated.rank = Some(rank + 1);
        if s < KEY_SCORE || keys.len() == KEY_CHANGES {
            continue;
        }
        let Some(best) = annotated.findings.first() else {
            continue;
        };
        keys.push(KeyChange {
            rank: rank + 1,
            change: i,
            citation: key_citation(&annotated.change, language),
            severity: best.severity,
            relevance: annotated.relevance,
            kind: best.kind.clone(),
            sentence: sentence(best, language),
            more: annotated
                .findings
                .iter()
                .skip(1)
                .filter(|f| f.severity >= Severity::Low)
                .count(),
        });
    }
    keys
}

/// A change's citation for one line: the new one, with the former one when
/// it differs; the old one when the provision is gone.
pub fn key_citation(change: &Change, language: Language) -> String {
    match (&change.old, &change.new) {
        (Some(old), Some(new)) if old.citation != new.citation => {
            let formerly = match language {
                Language::Ru => "бывш.",
                Language::Kk => "бұрынғы",
                Language::En => "formerly",
            };
            format!("{} ({formerly} {})", new.citation, old.citation)
        }
        (_, Some(side)) | (Some(side), None) => side.citation.clone(),
        (None, None) => String::new(),
    }
}

/// What a finding says, in plain words in a language. Families this module
/// does not know keep their own message (the rules in `analyze::rules`
/// write it in the act's language).
pub fn sentence(finding: &Finding, language: Language) -> String {
    let words = Words::of(language);
    let quoted = || quote_list(&finding.matched, language);
    match finding.kind.as_str() {
        "vague-term-introduced" => format!("{} {}", words.vague_introduced, quoted()),
        "vague-term-removed" => format!("{} {}", words.vague_removed, quoted()),
        "definition-changed" => {
            let term = finding
                .detail
                .get("term")
                .and_then(Value::as_str)
                .unwrap_or_default();
            words.definition_changed.replace("{}", term)
        }
        "dangling-reference" => format!("{} {}", words.dangling, finding.matched.join(", ")),
        kind if kind.starts_with("penalty-") => {
            penalty_sentence(finding, language).unwrap_or_else(|| finding.message.clone())
        }
        _ => finding.message.clone(),
    }
}

/// «…», «…» in Russian and Kazakh, "…", "…" in English; each wording once
/// whatever its case («Жалған ақпарат» at a sentence's start is «жалған ақпарат»).
fn quote_list(items: &[String], language: Language) -> String {
    let (open, close) = match language {
        Language::En => ("\"", "\""),
        Language::Ru | Language::Kk => ("«", "»"),
    };
    let mut seen = Vec::new();
    items
        .iter()
        .filter(|m| {
            let key = m.to_lowercase();
            let new = !seen.contains(&key);
            seen.push(key);
            new
        })
        .map(|m| format!("{open}{m}{close}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The fixed words of the sentences, in one language.
struct Words {
    vague_introduced: &'static str,
    vague_removed: &'static str,
    definition_changed: &'static str,
    dangling: &'static str,
    raised: &'static str,
    lowered: &'static str,
    added: &'static str,
    added_many: &'static str,
    removed: &'static str,
    removed_many: &'static str,
    changed: &'static str,
}

impl Words {
    fn of(language: Language) -> &'static Words {
        match language {
            Language::Ru => &RU,
            Language::Kk => &KK,
            Language::En => &EN,
        }
    }
}

const RU: Words = Words {
    vague_introduced: "вводится расплывчатое понятие",
    vague_removed: "исключено расплывчатое понятие",
    definition_changed: "изменено определение понятия «{}»",
    dangling: "положение исключено, но на него ссылаются:",
    raised: "ужесточено наказание:",
    lowered: "смягчено наказание:",
    added: "вводится наказание:",
    added_many: "вводятся санкции:",
    removed: "отменено наказание:",
    removed_many: "отменяются санкции:",
    changed: "изменено наказание:",
};

const KK: Words = Words {
    vague_introduced: "анық емес ұғым енгізілді:",
    vague_removed: "анық емес ұғым алынып тасталды:",
    definition_changed: "«{}» ұғымының анықтамасы өзгертілді",
    dangling: "ереже алынып тасталды, бірақ оған сілтеме бар:",
    raised: "жаза күшейтілді:",
    lowered: "жаза жеңілдетілді:",
    added: "жаза енгізілді:",
    added_many: "санкциялар енгізілді:",
    removed: "жаза алынып тасталды:",
    removed_many: "санкциялар алынып тасталды:",
    changed: "жаза өзгертілді:",
};

const EN: Words = Words {
    vague_introduced: "introduces the vague term",
    vague_removed: "removes the vague term",
    definition_changed: "changes the definition of \"{}\"",
    dangling: "the provision is gone but is still referred to by",
    raised: "harsher penalty:",
    lowered: "milder penalty:",
    added: "new penalty:",
    added_many: "new sanctions:",
    removed: "penalty removed:",
    removed_many: "sanctions removed:",
    changed: "penalty changed:",
};

/// The sentence of a penalty finding, from its detail: one change (an
/// object) or the sanctions of a part added or removed whole (an array).
fn penalty_sentence(finding: &Finding, language: Language) -> Option<String> {
    let words = Words::of(language);
    match &finding.detail {
        Value::Object(_) => {
            let detail = &finding.detail;
            let kind = detail.get("kind")?.as_str()?;
            let subject = detail.get("subject").and_then(Value::as_str);
            let lead = match detail.get("change")?.as_str()? {
                "raised" => words.raised,
                "lowered" => words.lowered,
                "added" => words.added,
                "removed" => words.removed,
                _ => words.changed,
            };
            let amount = |side: &str| detail.get(side).and_then(|s| s.get("amount"));
            let amounts = match (amount("old"), amount("new")) {
                (Some(old), Some(new)) => format!(
                    ": {} → {}",
                    amount_text(old, language)?,
                    amount_text(new, language)?
                ),
                (None, Some(one)) | (Some(one), None) => {
                    format!(": {}", amount_text(one, language)?)
                }
                (None, None) => String::new(),
            };
            Some(format!(
                "{lead} {}{}{amounts}",
                kind_name(kind, language),
                subject
                    .map(|s| subject_name(s, language))
                    .unwrap_or_default()
            ))
        }
        Value::Array(items) => {
            let lead = if finding.kind == "penalty-added" {
                words.added_many
            } else {
                words.removed_many
            };
            // Each kind once, in the order named, with the longest term of the custodial ones.
            let mut kinds: Vec<(&str, Option<&Value>)> = Vec::new();
            for item in items {
                let Some(kind) = item.get("kind").and_then(Value::as_str) else {
                    continue;
                };
                let side = item.get("new").filter(|v| !v.is_null()).or(item.get("old"));
                let amount = side.and_then(|s| s.get("amount")).filter(|v| !v.is_null());
                match kinds.iter_mut().find(|(k, _)| *k == kind) {
                    Some(entry) => {
                        if max_of(amount) > max_of(entry.1) {
                            entry.1 = amount;
                        }
                    }
                    None => kinds.push((kind, amount)),
                }
            }
            if kinds.is_empty() {
                return None;
            }
            let list: Vec<String> = kinds
                .iter()
                .map(|(kind, amount)| {
                    let name = kind_name(kind, language);
                    match amount
                        .filter(|_| is_term(kind))
                        .and_then(|a| amount_text(a, language))
                    {
                        Some(a) => format!("{name} ({a})"),
                        None => name.to_string(),
                    }
                })
                .collect();
            Some(format!("{lead} {}", list.join(", ")))
        }
        _ => None,
    }
}

fn max_of(amount: Option<&Value>) -> u64 {
    amount
        .and_then(|a| a.get("max"))
        .and_then(Value::as_u64)
        .unwrap_or(0)
}

/// Kinds whose term is worth naming in a list of sanctions.
fn is_term(kind: &str) -> bool {
    matches!(
        kind,
        "arrest" | "imprisonment" | "restriction_of_liberty" | "outlet_suspension"
    )
}

/// A sanction kind's name (the snake_case id of `SanctionKind`) in a language.
fn kind_name(kind: &str, language: Language) -> &str {
    let names: (&str, &str, &str) = match kind {
        "fine" => ("fine", "штраф", "айыппұл"),
        "correctional_works" => (
            "correctional works",
            "исправительные работы",
            "түзеу жұмыстары",
        ),
        "community_service" => (
            "community service",
            "общественные работы",
            "қоғамдық жұмыстар",
        ),
        "arrest" => ("arrest", "арест", "қамаққа алу"),
        "restriction_of_liberty" => (
            "restriction of liberty",
            "ограничение свободы",
            "бас бостандығын шектеу",
        ),
        "imprisonment" => ("imprisonment", "лишение свободы", "бас бостандығынан айыру"),
        "death_penalty" => ("death penalty", "смертная казнь", "өлім жазасы"),
        "confiscation" => ("confiscation", "конфискация", "тәркілеу"),
        "deprivation_of_right" => (
            "deprivation of a right",
            "лишение права занимать должности или заниматься деятельностью",
            "лауазым атқару немесе қызметпен айналысу құқығынан айыру",
        ),
        "citizenship_deprivation" => (
            "deprivation of citizenship",
            "лишение гражданства",
            "азаматтығынан айыру",
        ),
        "expulsion" => ("expulsion", "выдворение", "шығарып жіберу"),
        "licence_revocation" => (
            "licence revocation",
            "лишение лицензии",
            "лицензиядан айыру",
        ),
        "outlet_suspension" => (
            "suspension of the outlet",
            "приостановление выпуска",
            "шығарылуын тоқтата тұру",
        ),
        "outlet_ban" => (
            "ban of the outlet",
            "запрещение выпуска",
            "шығарылуына тыйым салу",
        ),
        "activity_suspension" => (
            "suspension of activity",
            "приостановление деятельности",
            "қызметін тоқтата тұру",
        ),
        "activity_ban" => (
            "ban of activity",
            "запрещение деятельности",
            "қызметіне тыйым салу",
        ),
        "warning" => ("warning", "предупреждение", "ескерту"),
        other => (other, other, other),
    };
    match language {
        Language::En => names.0,
        Language::Ru => names.1,
        Language::Kk => names.2,
    }
}

/// « for individuals» and the like; empty for anyone.
fn subject_name(subject: &str, language: Language) -> String {
    let names: (&str, &str, &str) = match subject {
        "individuals" => ("individuals", "физических лиц", "жеке тұлғаларға"),
        "officials" => ("officials", "должностных лиц", "лауазымды адамдарға"),
        "small_business" => (
            "small businesses",
            "субъектов малого предпринимательства",
            "шағын кәсіпкерлік субъектілеріне",
        ),
        "medium_business" => (
            "medium businesses",
            "субъектов среднего предпринимательства",
            "орта кәсіпкерлік субъектілеріне",
        ),
        "large_business" => (
            "large businesses",
            "субъектов крупного предпринимательства",
            "ірі кәсіпкерлік субъектілеріне",
        ),
        "non_commercial" => (
            "non-commercial organisations",
            "некоммерческих организаций",
            "коммерциялық емес ұйымдарға",
        ),
        "legal_entities" => ("legal entities", "юридических лиц", "заңды тұлғаларға"),
        _ => return String::new(),
    };
    match language {
        Language::En => format!(" on {}", names.0),
        Language::Ru => format!(" для {}", names.1),
        Language::Kk => format!(" ({})", names.2),
    }
}

/// An amount (`{unit, min, max}` as `penalty::Amount` serializes) in words of a language.
fn amount_text(amount: &Value, language: Language) -> Option<String> {
    let unit = amount.get("unit")?.as_str()?;
    let max = amount.get("max")?.as_u64()?;
    let min = amount.get("min").and_then(Value::as_u64);
    if unit == "life" {
        return Some(
            match language {
                Language::En => "for life",
                Language::Ru => "пожизненно",
                Language::Kk => "өмір бойына",
            }
            .to_string(),
        );
    }
    let years = unit == "months" && max % 12 == 0 && min.is_none_or(|m| m % 12 == 0);
    let scale = if years { 12 } else { 1 };
    let (max, min) = (max / scale, min.map(|m| m / scale));
    // After «до» Russian takes the genitive: до 1 года, до 3 лет, до 10 суток.
    let unit_word = |n: u64, upto: bool| -> String {
        let ru = |one, few, many, gen_one, gen_many| {
            if upto {
                ru_plural(n, gen_one, gen_many, gen_many)
            } else {
                ru_plural(n, one, few, many)
            }
        };
        match (language, unit) {
            (Language::En, "mci") => "MCI".into(),
            (Language::Ru, "mci") => "МРП".into(),
            (Language::Kk, "mci") => "АЕК".into(),
            (Language::En, "tenge") => "tenge".into(),
            (Language::Ru, "tenge") => "тенге".into(),
            (Language::Kk, "tenge") => "теңге".into(),
            (Language::En, "sum_multiple") => "times the sum".into(),
            (Language::Ru, "sum_multiple") => "-кратный размер суммы".into(),
            (Language::Kk, "sum_multiple") => "есе".into(),
            (Language::En, "hours") => if n == 1 { "hour" } else { "hours" }.into(),
            (Language::Ru, "hours") => ru("час", "часа", "часов", "часа", "часов").into(),
            (Language::Kk, "hours") => "сағат".into(),
            (Language::En, "days") => if n == 1 { "day" } else { "days" }.into(),
            (Language::Ru, "days") => ru("сутки", "суток", "суток", "суток", "суток").into(),
            (Language::Kk, "days") => "тәулік".into(),
            (Language::En, "months") if years => if n == 1 { "year" } else { "years" }.into(),
            (Language::Ru, "months") if years => ru("год", "года", "лет", "года", "лет").into(),
            (Language::Kk, "months") if years => "жыл".into(),
            (Language::En, "months") => if n == 1 { "month" } else { "months" }.into(),
            (Language::Ru, "months") => {
                ru("месяц", "месяца", "месяцев", "месяца", "месяцев").into()
            }
            (Language::Kk, "months") => "ай".into(),
            (_, other) => other.to_string(),
        }
    };
    let number = super::numbers::group_thousands;
    let joined = |n: u64, upto: bool| {
        let w = unit_word(n, upto);
        if w.starts_with('-') {
            format!("{}{w}", number(n))
        } else {
            format!("{} {w}", number(n))
        }
    };
    Some(match (min, language) {
        (Some(min), _) if min == max => joined(max, false),
        (Some(min), _) => format!("{}–{}", number(min), joined(max, false)),
        (None, Language::En) => format!("up to {}", joined(max, false)),
        (None, Language::Ru) => format!("до {}", joined(max, true)),
        (None, Language::Kk) => format!("ең көбі {}", joined(max, false)),
    })
}

/// The Russian plural form for a count: 1 год, 2 года, 5 лет, 21 год.
fn ru_plural(n: u64, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    let (ten, hundred) = (n % 10, n % 100);
    if ten == 1 && hundred != 11 {
        one
    } else if (2..=4).contains(&ten) && !(12..=14).contains(&hundred) {
        few
    } else {
        many
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn finding(kind: &str, severity: Severity, detail: Value) -> Finding {
        Finding {
            kind: kind.to_string(),
            category: "penalty".to_string(),
            severity,
            message: format!("{kind} message"),
            matched: vec!["ложной информации".to_string()],
            rationale: String::new(),
            standards: Vec::new(),
            recommendation: None,
            detail,
        }
    }

    fn raised_prison() -> Value {
        json!({"kind": "imprisonment", "subject": "any", "change": "raised",
            "old": {"amount": {"unit": "months", "min": null, "max": 36}},
            "new": {"amount": {"unit": "months", "min": null, "max": 60}}})
    }

    #[test]
    fn penalty_sentences_in_three_languages() {
        let f = finding("penalty-raised", Severity::High, raised_prison());
        assert_eq!(
            sentence(&f, Language::Ru),
            "ужесточено наказание: лишение свободы: до 3 лет → до 5 лет"
        );
        assert_eq!(
            sentence(&f, Language::Kk),
            "жаза күшейтілді: бас бостандығынан айыру: ең көбі 3 жыл → ең көбі 5 жыл"
        );
        assert_eq!(
            sentence(&f, Language::En),
            "harsher penalty: imprisonment: up to 3 years → up to 5 years"
        );
        let fine = finding(
            "penalty-raised",
            Severity::High,
            json!({"kind": "fine", "subject": "individuals", "change": "raised",
                "old": {"amount": {"unit": "mci", "min": 50, "max": 50}},
                "new": {"amount": {"unit": "mci", "min": 60, "max": 60}}}),
        );
        assert_eq!(
            sentence(&fine, Language::Ru),
            "ужесточено наказание: штраф для физических лиц: 50 МРП → 60 МРП"
        );
        let group = finding(
            "penalty-added",
            Severity::High,
            json!([
                {"kind": "fine", "subject": "individuals", "change": "added", "old": null,
                 "new": {"amount": {"unit": "mci", "min": 40, "max": 40}}},
                {"kind": "arrest", "subject": "individuals", "change": "added", "old": null,
                 "new": {"amount": {"unit": "days", "min": null, "max": 10}}},
                {"kind": "fine", "subject": "small_business", "change": "added", "old": null,
                 "new": {"amount": {"unit": "mci", "min": 50, "max": 50}}}
            ]),
        );
        assert_eq!(
            sentence(&group, Language::Ru),
            "вводятся санкции: штраф, арест (до 10 суток)"
        );
        assert_eq!(
            sentence(&group, Language::Kk),
            "санкциялар енгізілді: айыппұл, қамаққа алу (ең көбі 10 тәулік)"
        );
    }

    #[test]
    fn other_sentences_and_unknown_families() {
        let f = finding("vague-term-introduced", Severity::High, Value::Null);
        assert_eq!(
            sentence(&f, Language::Ru),
            "вводится расплывчатое понятие «ложной информации»"
        );
        // A family this module does not know speaks for itself.
        let f = finding("intent-removed", Severity::High, Value::Null);
        assert_eq!(sentence(&f, Language::Ru), "intent-removed message");
    }

    #[test]
    fn ranking_weighs_relevance_then_the_number_of_serious_findings() {
        let mut report = crate::render::sample_report();
        // The first change has one high finding; a later copy gets a second one.
        let mut twice = report.changes[0].clone();
        let high = twice.findings[0].clone();
        twice.findings.push(high);
        // A high finding on a provision that is not about expression scores 3, below a medium one on expression (4).
        let mut other = report.changes[0].clone();
        other.relevance = Relevance::Other;
        let mut medium = report.changes[0].clone();
        medium.findings.retain(|f| f.severity == Severity::Medium);
        report.changes = vec![report.changes[0].clone(), other, medium, twice];
        let keys = rank(&mut report.changes, Language::Ru);
        let order: Vec<usize> = keys.iter().map(|k| k.change).collect();
        assert_eq!(order, [3, 0, 2, 1]);
        assert_eq!(report.changes[3].rank, Some(1));
        assert_eq!(report.changes[1].rank, Some(4));
        assert_eq!(keys[0].more, 2);
    }

    #[test]
    fn russian_terms_after_do_take_the_genitive() {
        let upto = |unit: &str, max: u64| {
            amount_text(
                &json!({"unit": unit, "min": null, "max": max}),
                Language::Ru,
            )
        };
        assert_eq!(upto("months", 12).as_deref(), Some("до 1 года"));
        assert_eq!(upto("months", 36).as_deref(), Some("до 3 лет"));
        assert_eq!(upto("months", 6).as_deref(), Some("до 6 месяцев"));
        assert_eq!(upto("days", 10).as_deref(), Some("до 10 суток"));
        let range = json!({"unit": "months", "min": 24, "max": 84});
        assert_eq!(
            amount_text(&range, Language::Ru).as_deref(),
            Some("2–7 лет")
        );
        let fixed = json!({"unit": "months", "min": 24, "max": 24});
        assert_eq!(amount_text(&fixed, Language::Ru).as_deref(), Some("2 года"));
    }

    #[test]
    fn russian_plurals() {
        assert_eq!(ru_plural(1, "год", "года", "лет"), "год");
        assert_eq!(ru_plural(3, "год", "года", "лет"), "года");
        assert_eq!(ru_plural(11, "год", "года", "лет"), "лет");
        assert_eq!(ru_plural(21, "год", "года", "лет"), "год");
    }
}
