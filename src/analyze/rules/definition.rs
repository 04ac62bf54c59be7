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

use super::{Context, Rule, RuleText};
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
    en: RuleText {
        title: "The definition of a defined term changed",
        message: "changes the definition of \"{term}\", used in {uses}",
        rationale: "A changed definition changes the reach of every provision that uses the term.",
        recommendation: "Check each provision using \"{term}\" against the new definition.",
    },
    ru: RuleText {
        title: "Изменено определение понятия",
        message: "изменяет определение понятия «{term}», используемого в {uses}",
        rationale: "Измененное определение меняет сферу действия каждой нормы, в которой используется понятие.",
        recommendation: "Проверить каждую норму, использующую понятие «{term}», с учетом нового определения.",
    },
    kk: RuleText {
        title: "Ұғымның анықтамасы өзгертілді",
        message: "«{term}» ұғымының анықтамасын өзгертеді, қолданылатын жері: {uses}",
        rationale: "Өзгертілген анықтама осы ұғым қолданылатын әрбір норманың қолданылу аясын өзгертеді.",
        recommendation: "«{term}» ұғымын қолданатын әрбір норманы жаңа анықтамаға сай тексеру.",
    },
};

/// The definition of a term that governs who is protected or regulated now covers more.
pub const WIDENED: Rule = Rule {
    id: "definition-widened",
    category: "definition",
    severity: Severity::Medium,
    standards: &["GC34-25", "GC34-22"],
    en: RuleText {
        title: "A definition that sets who is regulated was widened",
        message: "widens the definition of \"{term}\" ({why}); used in {uses}",
        rationale: "A definition that sets who is regulated or protected now covers more. For a regulated subject (mass media, online platform) more speakers come under registration, liability and the grounds to suspend or block, and each obligation must stay necessary and proportionate for them; for a protected one (journalist, censorship) the guarantees reach further.",
        recommendation: "Check each provision using \"{term}\" for the subjects the new definition adds.",
    },
    ru: RuleText {
        title: "Расширено определение, устанавливающее круг регулируемых лиц",
        message: "расширяет определение понятия «{term}» ({why}); используется в {uses}",
        rationale: "Определение, устанавливающее круг регулируемых или защищаемых лиц, охватывает больше. Для регулируемого субъекта (масс-медиа, онлайн-платформа) на большее число лиц распространяются постановка на учет, ответственность и основания приостановления или блокировки, и каждая обязанность должна оставаться для них необходимой и соразмерной; для защищаемого (журналист, цензура) гарантии распространяются шире.",
        recommendation: "Проверить нормы, использующие понятие «{term}», применительно к субъектам, которых добавляет новое определение.",
    },
    kk: RuleText {
        title: "Реттелетін тұлғалар аясын белгілейтін анықтама кеңейтілді",
        message: "«{term}» ұғымының анықтамасын кеңейтеді ({why}); қолданылатын жері: {uses}",
        rationale: "Реттелетін немесе қорғалатын тұлғалар аясын белгілейтін анықтама көбірек қамтиды. Реттелетін субъект (масс-медиа, онлайн-платформа) үшін есепке қою, жауаптылық және тоқтата тұру не бұғаттау негіздері көбірек тұлғаға қолданылады, әрбір міндет олар үшін қажетті және мөлшерлес болуы тиіс; қорғалатын субъект (журналист, цензура) үшін кепілдіктер кеңірек қолданылады.",
        recommendation: "«{term}» ұғымын қолданатын нормаларды жаңа анықтама қосатын субъектілерге қатысты тексеру.",
    },
};

/// The definition of a term that governs who is protected or regulated now covers less.
pub const NARROWED: Rule = Rule {
    id: "definition-narrowed",
    category: "definition",
    severity: Severity::Medium,
    standards: &["GC34-25", "GC34-22"],
    en: RuleText {
        title: "A definition that sets who is protected was narrowed",
        message: "narrows the definition of \"{term}\" ({why}); used in {uses}",
        rationale: "A definition that sets who is protected or regulated now covers less. For a protected subject (journalist, censorship) its guarantees are taken from those it no longer covers: journalism is a function shared by a wide range of actors, including bloggers and others who publish; for a regulated one fewer come under its obligations.",
        recommendation: "For a protected subject, define \"{term}\" by function, not by employment, registration or accreditation, so that every provision using it keeps protecting everyone who does the work.",
    },
    ru: RuleText {
        title: "Сужено определение, устанавливающее круг защищаемых лиц",
        message: "сужает определение понятия «{term}» ({why}); используется в {uses}",
        rationale: "Определение, устанавливающее круг защищаемых или регулируемых лиц, охватывает меньше. Защищаемый субъект (журналист, цензура) лишает гарантий тех, кого оно больше не охватывает: журналистика — функция, которую выполняет широкий круг лиц, включая блогеров и иных авторов публикаций; для регулируемого меньше лиц несут его обязанности.",
        recommendation: "Для защищаемого субъекта определить понятие «{term}» через выполняемую функцию, а не через трудовые отношения, постановку на учет или аккредитацию, чтобы использующие его нормы защищали всех, кто выполняет эту работу.",
    },
    kk: RuleText {
        title: "Қорғалатын тұлғалар аясын белгілейтін анықтама тарылды",
        message: "«{term}» ұғымының анықтамасын тарылтады ({why}); қолданылатын жері: {uses}",
        rationale: "Қорғалатын немесе реттелетін тұлғалар аясын белгілейтін анықтама азырақ қамтиды. Қорғалатын субъектінің (журналист, цензура) тарырақ анықтамасы ол енді қамтымайтын тұлғаларды кепілдіктерден айырады: журналистика — блогерлерді және басқа да жариялаушыларды қоса алғанда кең ауқымды тұлғалар атқаратын функция; реттелетін субъектінің міндеттері азырақ тұлғаға қолданылады.",
        recommendation: "«{term}» ұғымын еңбек қатынастары, есепке қою немесе аккредиттеу арқылы емес, атқаратын функциясы арқылы анықтау.",
    },
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
    let used_in = if uses.is_empty() {
        match lang {
            Language::En => "no other provision of this text".to_string(),
            Language::Ru => "ни одной другой норме этого текста".to_string(),
            Language::Kk => "осы мәтіннің басқа нормаларында жоқ".to_string(),
        }
    } else {
        uses.join(", ")
    };
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
    let why = why(ctx, &added_words, &removed_words);
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
        &[("term", &term), ("uses", &used_in), ("why", &why)],
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

/// A short reason: the words added and removed.
fn why(ctx: &Context<'_>, added: &[String], removed: &[String]) -> String {
    let (plus, minus) = match ctx.language {
        Language::En => ("adds", "removes"),
        Language::Ru => ("добавлено", "исключено"),
        Language::Kk => ("қосылды", "алынды"),
    };
    let short = |w: &[String]| {
        // Runs of short words ("with", "or") say nothing on their own.
        let list: Vec<String> = w
            .iter()
            .filter(|t| t.split_whitespace().any(|word| word.chars().count() > 4))
            .take(4)
            .map(|t| super::shorten(t, 60))
            .collect();
        ctx.quote_list(&list)
    };
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("{plus} {}", short(added)));
    }
    if !removed.is_empty() {
        parts.push(format!("{minus} {}", short(removed)));
    }
    parts.join("; ")
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
