//! The words of every report, in the analyst's language: Fluent messages.
//!
//! Messages live in `locales/{en,ru,kk}/*.ftl` (embedded at build time), one
//! bundle per language; plural forms follow CLDR through Fluent's selectors
//! (Russian has four forms, Kazakh two), so no caller writes `if n == 1`.
//! This module is a leaf: it knows languages and message ids, never reports.
//!
//! Ids by family: `ui-*` labels and headings, `change-*` kinds of change,
//! `severity-*`, `subject-*`, `sanction-*`, `unit-*`, and `finding-<kind>`
//! for each finding kind, whose attributes `.title`, `.rationale` and
//! `.recommendation` hold the other sentences a renderer prints.

use crate::statute::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The message files of one language, in the order they are loaded.
///
/// English has no `standards.ftl`: the standards table
/// (`data/lexicon/standards.toml`) is English already.
fn sources(lang: Language) -> &'static [(&'static str, &'static str)] {
    match lang {
        Language::En => &[
            ("en/ui.ftl", include_str!("../locales/en/ui.ftl")),
            (
                "en/findings.ftl",
                include_str!("../locales/en/findings.ftl"),
            ),
            ("en/site.ftl", include_str!("../locales/en/site.ftl")),
        ],
        Language::Ru => &[
            ("ru/ui.ftl", include_str!("../locales/ru/ui.ftl")),
            (
                "ru/findings.ftl",
                include_str!("../locales/ru/findings.ftl"),
            ),
            ("ru/site.ftl", include_str!("../locales/ru/site.ftl")),
            (
                "ru/standards.ftl",
                include_str!("../locales/ru/standards.ftl"),
            ),
        ],
        Language::Kk => &[
            ("kk/ui.ftl", include_str!("../locales/kk/ui.ftl")),
            (
                "kk/findings.ftl",
                include_str!("../locales/kk/findings.ftl"),
            ),
            ("kk/site.ftl", include_str!("../locales/kk/site.ftl")),
            (
                "kk/standards.ftl",
                include_str!("../locales/kk/standards.ftl"),
            ),
        ],
    }
}

/// Every language lexwatch speaks.
pub const LANGUAGES: [Language; 3] = [Language::En, Language::Ru, Language::Kk];

/// The messages of one language.
pub struct Messages {
    lang: Language,
    bundle: FluentBundle<FluentResource>,
    /// Problems met while loading, for the tests (the files are ours).
    problems: Vec<String>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// Arguments of a message: names and values, in any order.
#[derive(Debug, Default, Clone)]
pub struct Args<'a>(Vec<(Cow<'a, str>, FluentValue<'a>)>);

impl<'a> Args<'a> {
    /// No arguments.
    pub fn new() -> Args<'a> {
        Args(Vec::new())
    }

    /// Adds a text argument.
    pub fn text(
        mut self,
        name: impl Into<Cow<'a, str>>,
        value: impl Into<Cow<'a, str>>,
    ) -> Args<'a> {
        self.0
            .push((name.into(), FluentValue::String(value.into())));
        self
    }

    /// Adds a number argument, for plural selection (print numbers with [`number`]).
    pub fn count(mut self, name: impl Into<Cow<'a, str>>, value: u64) -> Args<'a> {
        self.0.push((name.into(), FluentValue::from(value)));
        self
    }

    fn fluent(&self) -> FluentArgs<'a> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.0 {
            args.set(name.clone(), value.clone());
        }
        args
    }
}

/// The messages of a language, loaded once.
pub fn messages(lang: Language) -> &'static Messages {
    static EN: OnceLock<Messages> = OnceLock::new();
    static RU: OnceLock<Messages> = OnceLock::new();
    static KK: OnceLock<Messages> = OnceLock::new();
    let cell = match lang {
        Language::En => &EN,
        Language::Ru => &RU,
        Language::Kk => &KK,
    };
    cell.get_or_init(|| Messages::load(lang))
}

impl Messages {
    fn load(lang: Language) -> Messages {
        let id =
            unic_langid::LanguageIdentifier::from_bytes(lang.code().as_bytes()).unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks around arguments would end up in Word and Markdown files.
        bundle.set_use_isolating(false);
        let mut problems = Vec::new();
        for &(name, text) in sources(lang) {
            let resource = match FluentResource::try_new(text.to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    problems.extend(errors.iter().map(|e| format!("{name}: {e:?}")));
                    r
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.iter().map(|e| format!("{name}: {e}")));
            }
        }
        Messages {
            lang,
            bundle,
            problems,
        }
    }

    /// The language of these messages.
    pub fn lang(&self) -> Language {
        self.lang
    }

    /// Whether a message (or `id.attribute`) exists in this language.
    pub fn has(&self, id: &str) -> bool {
        let (message, attribute) = split(id);
        self.bundle
            .get_message(message)
            .is_some_and(|m| match attribute {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            })
    }

    /// A message without arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &Args::new())
    }

    /// A message (`id`, or `id.attribute`) with arguments. A missing one
    /// falls back to English, then to the id itself, so a gap shows as a
    /// visible id rather than an empty cell (the tests forbid gaps).
    pub fn format(&self, id: &str, args: &Args<'_>) -> String {
        if let Some(text) = self.try_format(id, args) {
            return text;
        }
        if self.lang != Language::En
            && let Some(text) = messages(Language::En).try_format(id, args)
        {
            return text;
        }
        id.to_string()
    }

    /// A message when this language has it.
    pub fn try_format(&self, id: &str, args: &Args<'_>) -> Option<String> {
        let (message, attribute) = split(id);
        let message = self.bundle.get_message(message)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let fluent = args.fluent();
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent), &mut errors);
        Some(text.into_owned())
    }

    /// Every message id of this language with its attributes (`id.attr`), sorted.
    pub fn ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for &(_, text) in sources(self.lang) {
            let Ok(resource) = FluentResource::try_new(text.to_string()) else {
                continue;
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    if m.value.is_some() {
                        ids.push(m.id.name.to_string());
                    }
                    for a in &m.attributes {
                        ids.push(format!("{}.{}", m.id.name, a.id.name));
                    }
                }
            }
        }
        ids.sort();
        ids
    }

    /// Problems met while loading the files (none, the tests say).
    pub fn problems(&self) -> &[String] {
        &self.problems
    }
}

/// `finding-x.rationale` → (`finding-x`, Some(`rationale`)).
fn split(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

/// A number as the language writes it: Russian and Kazakh group thousands
/// with a no-break space and use a decimal comma («1 361 400», «1,08»),
/// English a comma and a point; at most two decimals.
pub fn number(lang: Language, value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let (group, decimal) = match lang {
        Language::En => (",", "."),
        Language::Ru | Language::Kk => ("\u{a0}", ","),
    };
    let rounded = (value * 100.0).round() / 100.0;
    let whole = rounded.trunc();
    let digits = format!("{}", whole.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if rounded < 0.0 {
        out.insert(0, '-');
    }
    let fraction = (rounded - whole).abs();
    if fraction > 0.0 {
        let decimals = format!("{fraction:.2}");
        let decimals = decimals.trim_start_matches('0').trim_end_matches('0');
        out.push_str(&decimals.replacen('.', decimal, 1));
    }
    out
}

/// A snake_case or kebab-case identifier as a message id suffix (`small_business` → `small-business`).
pub fn id_part(identifier: &str) -> String {
    identifier.replace('_', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_loads_without_problems() {
        for lang in LANGUAGES {
            let m = messages(lang);
            assert!(m.problems().is_empty(), "{lang:?}: {:?}", m.problems());
            assert!(!m.ids().is_empty());
        }
    }

    #[test]
    fn every_standard_has_its_citation_and_summary_in_russian_and_kazakh() {
        let lexicon = crate::analyze::lexicon::Lexicon::builtin();
        for lang in [Language::Ru, Language::Kk] {
            let m = messages(lang);
            for key in lexicon.standards().keys() {
                for part in ["", ".summary"] {
                    let id = format!("standard-{key}{part}");
                    assert!(m.has(&id), "{lang:?} has no {id}");
                }
            }
        }
    }

    #[test]
    fn every_language_has_every_message() {
        // Standards are English in their table; the others must match en.
        let other_than_standards = |ids: Vec<String>| -> Vec<String> {
            ids.into_iter()
                .filter(|id| !id.starts_with("standard-"))
                .collect()
        };
        assert_eq!(
            messages(Language::Ru)
                .ids()
                .into_iter()
                .filter(|id| id.starts_with("standard-"))
                .collect::<Vec<_>>(),
            messages(Language::Kk)
                .ids()
                .into_iter()
                .filter(|id| id.starts_with("standard-"))
                .collect::<Vec<_>>()
        );
        let en = other_than_standards(messages(Language::En).ids());
        for lang in [Language::Ru, Language::Kk] {
            let other = other_than_standards(messages(lang).ids());
            let missing: Vec<&String> = en.iter().filter(|id| !other.contains(id)).collect();
            let extra: Vec<&String> = other.iter().filter(|id| !en.contains(id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang:?}: missing {missing:?}, not in English {extra:?}"
            );
        }
    }

    #[test]
    fn plurals_follow_cldr() {
        let ru = messages(Language::Ru);
        let forms: Vec<String> = [1, 2, 5, 21, 11]
            .iter()
            .map(|&n| ru.format("ui-findings-count", &Args::new().count("n", n)))
            .collect();
        assert_eq!(
            forms,
            [
                "1 замечание",
                "2 замечания",
                "5 замечаний",
                "21 замечание",
                "11 замечаний"
            ]
        );
        let kk = messages(Language::Kk);
        assert_eq!(
            kk.format("ui-findings-count", &Args::new().count("n", 5)),
            "5 ескерту"
        );
        let en = messages(Language::En);
        assert_eq!(
            en.format("ui-findings-count", &Args::new().count("n", 1)),
            "1 finding"
        );
        assert_eq!(
            en.format("ui-findings-count", &Args::new().count("n", 2)),
            "2 findings"
        );
    }

    #[test]
    fn missing_messages_fall_back_visibly() {
        let ru = messages(Language::Ru);
        assert!(!ru.has("no-such-message"));
        assert_eq!(ru.get("no-such-message"), "no-such-message");
        assert!(ru.has("finding-penalty-raised.rationale"));
        assert!(!ru.has("finding-penalty-raised.no-such-attribute"));
    }

    #[test]
    fn no_isolation_marks() {
        let text =
            messages(Language::Ru).format("ui-commentary-title", &Args::new().text("name", "КоАП"));
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{text:?}"
        );
        assert!(text.contains("КоАП"));
    }

    /// The finding kinds the analysis reports (until the rules registry lists them).
    const FINDING_KINDS: [&str; 10] = [
        "vague-term-introduced",
        "vague-term-removed",
        "penalty-raised",
        "penalty-lowered",
        "penalty-added",
        "penalty-removed",
        "penalty-changed",
        "scope-widened",
        "definition-changed",
        "dangling-reference",
    ];

    #[test]
    fn every_finding_kind_has_its_words_in_every_language() {
        for lang in LANGUAGES {
            let m = messages(lang);
            for kind in FINDING_KINDS {
                for part in ["", ".title", ".rationale", ".recommendation"] {
                    let id = format!("finding-{kind}{part}");
                    assert!(m.has(&id), "{lang:?} has no {id}");
                }
            }
        }
    }

    #[test]
    fn numbers_as_each_language_writes_them() {
        assert_eq!(number(Language::Ru, 1_361_400.0), "1\u{a0}361\u{a0}400");
        assert_eq!(number(Language::Ru, 1.0833), "1,08");
        assert_eq!(number(Language::En, 1_380_000.0), "1,380,000");
        assert_eq!(number(Language::En, -2500.25), "-2,500.25");
        assert_eq!(number(Language::Kk, 2.0), "2");
    }
}
