//! Definitions changed, and whether the change widens or narrows who is
//! protected or regulated.
//!
//! Any changed definition of a defined term is `definition-changed`, with
//! the provisions that use the term. Where the term governs who is
//! protected or regulated (журналист, средство массовой информации,
//! масс-медиа, цензура, государственный заказ, онлайн-платформа,
//! "journalist", "mass media" …) and the change has a direction, the finding
//! is `definition-widened` (more alternatives, fewer qualifying conditions)
//! or `definition-narrowed` (more conditions, fewer alternatives) instead.

use super::{Context, Rule};
use crate::analyze::definitions::{defined_term, in_definitions_article, uses_of};
use crate::analyze::lexicon::Patterns;
use crate::analyze::{Finding, Severity};
use crate::compare::Change;
use crate::statute::Language;
use serde::Serialize;
use std::sync::OnceLock;

/// A defined term's definition changed.
pub const CHANGED: Rule = Rule {
    id: "definition-changed",
    category: "definition",
    severity: Severity::Medium,
    standards: &["GC34-25"],
    arguments: Some(arguments),
};

/// The definition of a term that governs who is protected or regulated now covers more.
pub const WIDENED: Rule = Rule {
    id: "definition-widened",
    category: "definition",
    severity: Severity::Medium,
    standards: &["GC34-25", "GC34-22"],
    arguments: Some(arguments),
};

/// The definition of a term that governs who is protected or regulated now covers less.
pub const NARROWED: Rule = Rule {
    id: "definition-narrowed",
    category: "definition",
    severity: Severity::Medium,
    standards: &["GC34-25", "GC34-22"],
    arguments: Some(arguments),
};

/// Terms that govern who is protected or regulated, by language.
const GOVERNING: [&[&str]; 3] = [
    &[
        "journalist*",
        "mass+media",
        "media+outlet*",
        "media",
        "censorship",
        "online+platform*",
        "blogger*",
        "press+card",
        "accreditation",
        "state+order",
        "state+information+policy",
        "internet+resource*",
        "network+publication*",
        "editor*",
        "editorial+office",
    ],
    &[
        "журналист*",
        "средств{о,а} массовой информации",
        "масс-медиа",
        "цензур{а,ы}",
        "государственн{ый,ого} заказ*",
        "онлайн-платформ*",
        "блогер*",
        "интернет-ресурс*",
        "интернет-издани*",
        "сетев{ое,ого} издани*",
        "аккредитаци*",
        "пресс-карт*",
        "редакци{я,и}",
        "главн{ый,ого} редактор*",
        "распространител*",
    ],
    &[
        "журналист*",
        "бұқаралық+ақпарат+құрал*",
        "масс-медиа*",
        "цензура*",
        "мемлекеттік+тапсырыс*",
        "онлайн-платформа*",
        "блогер*",
        "интернет-ресурс*|интернет-басылым*",
        "аккредиттеу*",
        "редакция*",
        "бас+редактор*",
    ],
];

/// Words that add alternatives to a definition (it covers more).
const ALTERNATIVES: [&[&str]; 3] = [
    &["or", "including", "as+well+as", "other"],
    &[
        "или",
        "либо",
        "в+том+числе",
        "а+также",
        "ин{ой,ые,ых,ое,ого,ым}",
    ],
    &["немесе", "не", "оның+ішінде", "сондай-ақ", "өзге", "басқа"],
];

/// Words that add a qualifying condition to a definition (it covers less).
const CONDITIONS: [&[&str]; 3] = [
    &[
        "through",
        "under+a+contract",
        "contractual",
        "registered|registration",
        "accredited|accreditation",
        "employed|employment|labor|labour",
        "only|exclusively",
        "professional|professionally",
    ],
    &[
        "через|посредством",
        "на+основании",
        "по+договору",
        "договорн*",
        "трудов*",
        "зарегистрированн*|поставленн*|прошедш*|постановк*",
        "аккредитованн*",
        "только|исключительно",
        "профессиональн*",
        "состоящ*|имеющ*",
    ],
    &[
        "арқылы",
        "шарт*|еңбек*",
        "тіркелген*",
        "есепке+қойылған*",
        "аккредиттелген*",
        "тек|ғана",
        "кәсіби*",
    ],
];

fn index(lang: Language) -> usize {
    match lang {
        Language::En => 0,
        Language::Ru => 1,
        Language::Kk => 2,
    }
}

/// (governing terms, alternatives, conditions) for a language.
fn patterns(lang: Language) -> &'static [Patterns; 3] {
    static CELLS: [OnceLock<[Patterns; 3]>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = index(lang);
    CELLS[i].get_or_init(|| {
        [
            Patterns::new(&[GOVERNING[i]]),
            Patterns::new(&[ALTERNATIVES[i]]),
            Patterns::new(&[CONDITIONS[i]]),
        ]
    })
}

/// The direction of a change of definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// It covers more.
    Widened,
    /// It covers less.
    Narrowed,
}

/// What a definition finding records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DefinitionDetail {
    /// The defined term.
    pub term: String,
    /// The provisions that use it.
    pub used_in: Vec<String>,
    /// Widened or narrowed, when the term governs who is protected or regulated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Alternatives (or, including, а также …) the new definition adds; negative: removes.
    #[serde(skip_serializing_if = "is_zero")]
    pub alternatives: i64,
    /// Qualifying conditions the new definition adds; negative: removes.
    #[serde(skip_serializing_if = "is_zero")]
    pub conditions: i64,
    /// The words that came into the definition.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub added_words: Vec<String>,
    /// The words that left it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed_words: Vec<String>,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

fn count(p: &Patterns, text: &str) -> i64 {
    i64::try_from(p.find(text).len()).unwrap_or(i64::MAX)
}

/// The body of a definition: what follows the dash.
fn body(text: &str) -> &str {
    let first = text.lines().next().unwrap_or(text);
    first
        .split_once(" – ")
        .or_else(|| first.split_once(" — "))
        .or_else(|| first.split_once(" - "))
        .map_or(first, |(_, b)| b)
}

/// Which way a definition moved: (direction, alternatives delta, conditions delta).
pub fn direction(old: &str, new: &str, lang: Language) -> (Option<Direction>, i64, i64) {
    let [_, alternatives, conditions] = patterns(lang);
    let (old, new) = (body(old), body(new));
    let items = |t: &str| i64::try_from(t.matches([',', ';']).count()).unwrap_or(0);
    let alt = count(alternatives, new) + items(new) - count(alternatives, old) - items(old);
    let cond = count(conditions, new) - count(conditions, old);
    // A qualifying condition added or dropped decides (its own words may
    // contain "or"); otherwise more alternatives widen, fewer narrow.
    let direction = match (cond.signum(), alt.signum()) {
        (1, _) => Some(Direction::Narrowed),
        (-1, _) => Some(Direction::Widened),
        (_, 1) => Some(Direction::Widened),
        (_, -1) => Some(Direction::Narrowed),
        _ => None,
    };
    (direction, alt, cond)
}

/// Terms whose definition protects (a wider one is good news): journalist, censorship.
const PROTECTIVE: [&[&str]; 3] = [
    &["journalist*", "censorship"],
    &["журналист*", "цензур{а,ы}"],
    &["журналист*", "цензура*"],
];

/// Whether a defined term sets who is protected (journalist, censorship) rather than regulated.
pub fn protects(term: &str, lang: Language) -> bool {
    static CELLS: [OnceLock<Patterns>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = index(lang);
    CELLS[i]
        .get_or_init(|| Patterns::new(&[PROTECTIVE[i]]))
        .any_in(term)
}

/// Whether a defined term governs who is protected or regulated.
pub fn governs(term: &str, lang: Language) -> bool {
    patterns(lang)[0].any_in(term)
}

/// The definition findings on a change whose wording changed.
pub fn check(ctx: &Context<'_>, change: &Change, out: &mut Vec<Finding>) {
    let (Some(old), Some(new)) = (&change.old, &change.new) else {
        return;
    };
    if !change.has_redline() {
        return;
    }
    let Some(term) = defined_term(&new.text) else {
        return;
    };
    let article = new.path.article().and_then(|n| ctx.units.article(n));
    let in_concepts = article.is_some_and(|a| in_definitions_article(a.heading.as_deref()));
    if !in_concepts && defined_term(&old.text).is_none() {
        return;
    }
    let lang = ctx.language;
    let uses = uses_of(ctx.new, &term, &new.path, 20);
    // A direction only between two wordings of the same term's definition.
    let same_term =
        defined_term(&old.text).is_some_and(|t| t.to_lowercase() == term.to_lowercase());
    let (dir, alternatives, conditions) = if same_term && governs(&term, lang) {
        direction(&old.text, &new.text, lang)
    } else {
        (None, 0, 0)
    };
    let (added_words, removed_words) = changed_words(change);
    let rule = match dir {
        Some(Direction::Widened) => &WIDENED,
        Some(Direction::Narrowed) => &NARROWED,
        None => &CHANGED,
    };
    // A concern when a protected subject narrows or a regulated one widens.
    let severity = match dir {
        None => rule.severity,
        Some(d) => {
            if (d == Direction::Narrowed) == protects(&term, lang) {
                Severity::Medium
            } else {
                Severity::Info
            }
        }
    };
    let detail = DefinitionDetail {
        term: term.clone(),
        used_in: uses,
        direction: dir,
        alternatives,
        conditions,
        added_words,
        removed_words,
    };
    out.push(rule.finding(
        ctx,
        severity,
        vec![term.clone()],
        serde_json::to_value(detail).unwrap_or_default(),
    ));
}

/// The words a redline inserts and deletes, each run joined.
fn changed_words(change: &Change) -> (Vec<String>, Vec<String>) {
    use crate::compare::WordOp;
    let (mut added, mut removed) = (Vec::new(), Vec::new());
    for op in &change.redline {
        match op {
            WordOp::Insert(t) if t.chars().any(char::is_alphanumeric) => {
                added.push(t.trim_matches(|c: char| !c.is_alphanumeric()).to_string());
            }
            WordOp::Delete(t) if t.chars().any(char::is_alphanumeric) => {
                removed.push(t.trim_matches(|c: char| !c.is_alphanumeric()).to_string());
            }
            _ => {}
        }
    }
    (added, removed)
}

/// What the definition gained and lost, in a few words: `adds “a”; removes “b”`.
fn why(lang: Language, added: &[String], removed: &[String]) -> String {
    let m = crate::i18n::messages(lang);
    let short = |w: &[String]| {
        // Runs of short words ("with", "or") say nothing on their own.
        let list: Vec<String> = w
            .iter()
            .filter(|t| t.split_whitespace().any(|word| word.chars().count() > 4))
            .take(4)
            .map(|t| super::shorten(t, 60))
            .collect();
        super::quote_list(lang, &list)
    };
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("{} {}", m.get("definition-adds"), short(added)));
    }
    if !removed.is_empty() {
        parts.push(format!(
            "{} {}",
            m.get("definition-removes"),
            short(removed)
        ));
    }
    parts.join("; ")
}

/// The message's arguments, from the detail: the term, where it is used, what changed.
fn arguments(finding: &Finding, language: Language) -> Vec<(&'static str, String)> {
    let uses = super::detail_strings(finding, "used_in");
    let used_in = if uses.is_empty() {
        crate::i18n::messages(language).get("definition-used-nowhere")
    } else {
        uses.join(", ")
    };
    let why = why(
        language,
        &super::detail_strings(finding, "added_words"),
        &super::detail_strings(finding, "removed_words"),
    );
    vec![
        ("term", super::detail_text(finding, "term")),
        ("uses", used_in),
        ("why", why),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::rules::tests_support::{change, context};
    use crate::compare::ChangeKind;
    use crate::statute::{Citation, UnitKind};

    fn run(lang: Language, body: &str, old: &str, new: &str) -> Vec<Finding> {
        let statute = context::text(lang, body);
        let ctx = context::of(&statute);
        let mut c = change(ChangeKind::Amended, Some(old), Some(new));
        for side in [&mut c.old, &mut c.new].into_iter().flatten() {
            side.path = Citation::parse(match lang {
                Language::Kk => "1-бап 1-тармақша",
                _ => "ст. 1 подп. 1",
            })
            .unwrap_or_else(|e| panic!("{e}"));
            side.unit = UnitKind::Subparagraph;
        }
        let mut out = Vec::new();
        check(&ctx, &c, &mut out);
        out
    }

    #[test]
    fn word_lists_parse() {
        for i in 0..3 {
            Patterns::all_parse(&[GOVERNING[i], ALTERNATIVES[i], CONDITIONS[i], PROTECTIVE[i]])
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }

    #[test]
    fn russian_journalist_narrowed_to_employees() {
        let body = "### Статья 1. Основные понятия\n\n1) журналист – лицо, собирающее информацию;\n\n### Статья 2. Права\n\n1. Журналист имеет право на доступ к информации.\n";
        let found = run(
            Language::Ru,
            body,
            "журналист – физическое лицо, осуществляющее сбор, обработку и подготовку сообщений и материалов;",
            "журналист – физическое лицо, осуществляющее сбор, обработку и подготовку сообщений и материалов для средства массовой информации на основании трудовых или иных договорных отношений;",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        let f = &found[0];
        assert_eq!(f.kind, "definition-narrowed");
        assert!(f.message.contains("«журналист»"), "{}", f.message);
        assert!(f.message.contains("ст. 2 п. 1"), "{}", f.message);
        assert_eq!(f.detail["direction"], "narrowed");
        assert_eq!(f.severity, Severity::Medium);
    }

    #[test]
    fn english_mass_media_widened_to_internet_resources() {
        let body = "### Article 1. Basic concepts\n\n1) mass media – a periodical;\n\n### Article 5\n\n1. The mass media shall register.\n";
        let found = run(
            Language::En,
            body,
            "mass media – a periodical printed publication or a TV channel",
            "mass media – a periodical printed publication, a TV channel, an internet resource or an online platform",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].kind, "definition-widened");
        assert_eq!(found[0].severity, Severity::Medium);
        assert!(
            found[0].message.contains("art. 5 para. 1"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn kazakh_censorship_widened_and_other_terms_stay_changed() {
        let body = "### 1-бап. Негізгі ұғымдар\n\n1) цензура – келісу;\n\n### 2-бап\n\n1. Цензураға тыйым салынады.\n";
        let found = run(
            Language::Kk,
            body,
            "цензура – мемлекеттік органдармен алдын ала келісу",
            "цензура – мемлекеттік органдармен, лауазымды адамдармен немесе өзге ұйымдармен алдын ала келісу",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].kind, "definition-widened");
        // Censorship defined more widely protects more: not a concern.
        assert_eq!(found[0].severity, Severity::Info);
        assert!(
            found[0].message.contains("«цензура»"),
            "{}",
            found[0].message
        );
        let other = run(
            Language::Kk,
            body,
            "субтитрлер – мәтін",
            "субтитрлер – экрандағы мәтін немесе белгі",
        );
        assert_eq!(other.len(), 1, "{other:#?}");
        assert_eq!(other[0].kind, "definition-changed");
    }
}
