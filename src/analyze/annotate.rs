//! Running every analyzer on every change of a comparison.

use super::lexicon::Lexicon;
use super::penalty::{self, CompareContext, PenaltyChange, Sanction, SanctionKind};
use super::relevance::{self, Classification, Relevance};
use super::rules;
use super::xref::UnitIndex;
use super::{Finding, Severity};
use crate::compare::{Change, ChangeKind};
use crate::statute::{Citation, CiteStyle, Language, Statute, UnitKind};
use serde_json::json;
use std::collections::BTreeMap;

/// The analyzers, configured: the vague-term lexicon and the versions' years.
pub struct Annotator<'a> {
    /// The vague-term lexicon.
    pub lexicon: &'a Lexicon,
    /// The new version's text.
    pub new: &'a Statute,
    /// The years whose MCI converts fines to tenge.
    pub years: CompareContext,
    /// The headings around each article of the new version.
    pub articles: ArticleContext,
    /// The new version's units and cross-references, indexed once.
    pub units: UnitIndex<'a>,
}

/// Each article's heading and the headings of the divisions it sits in, by
/// article number, and the act's title: what a part's provision is about
/// when its own words do not say.
#[derive(Debug, Default)]
pub struct ArticleContext {
    articles: BTreeMap<String, (Option<String>, Option<String>)>,
    title: Option<String>,
}

impl ArticleContext {
    /// Reads the headings of a statute once.
    pub fn of(statute: &Statute) -> ArticleContext {
        let mut map = BTreeMap::new();
        statute.walk(|ancestors, unit| {
            if unit.kind != UnitKind::Article {
                return;
            }
            let Some(number) = &unit.number else { return };
            let chapters: Vec<&str> = ancestors
                .iter()
                .filter(|a| a.kind.is_division())
                .filter_map(|a| a.heading.as_deref())
                .collect();
            let chapter = (!chapters.is_empty()).then(|| chapters.join("\n"));
            map.entry(number.clone())
                .or_insert((unit.heading.clone(), chapter));
        });
        ArticleContext {
            articles: map,
            title: statute.title.clone(),
        }
    }
}

impl Annotator<'_> {
    /// Whether a change's provision concerns expression: its text, old and
    /// new, with its article's and chapter's headings.
    pub fn relevance(&self, change: &Change) -> Classification {
        let sides = || change.new.iter().chain(change.old.iter());
        let text: Vec<&str> = sides().map(|s| s.text.as_str()).collect();
        let text = text.join("\n");
        let around =
            sides().find_map(|s| s.path.article().and_then(|n| self.articles.articles.get(n)));
        let heading = around
            .and_then(|(h, _)| h.as_deref())
            .or_else(|| sides().find_map(|s| s.heading.as_deref()));
        // The chapters' headings and the act's title weigh alike: a «Law on
        // Mass Media» says what its definitions are about.
        let context: Vec<&str> = around
            .and_then(|(_, c)| c.as_deref())
            .into_iter()
            .chain(self.articles.title.as_deref())
            .collect();
        let context = context.join("\n");
        relevance::classify(
            relevance::Provision {
                text: &text,
                heading,
                chapter: Some(&context).filter(|c| !c.is_empty()).map(|c| c.as_str()),
            },
            self.new.language,
        )
    }

    /// Every finding on one change, most serious first; `relevance` sets
    /// the severity and the rationale of penalty findings.
    pub fn findings(&self, change: &Change, relevance: Relevance) -> Vec<Finding> {
        let mut findings = Vec::new();
        let lang = self.new.language;
        if change.kind == ChangeKind::Editorial {
            return findings;
        }
        let old_text = if change.kind == ChangeKind::Added {
            ""
        } else {
            change.old_text()
        };
        let new_text = if matches!(change.kind, ChangeKind::Removed | ChangeKind::Repealed) {
            ""
        } else {
            change.new_text()
        };
        // A provision moved or renumbered with the same words raises nothing new.
        if old_text == new_text && change.kind != ChangeKind::Repealed {
            return findings;
        }
        self.vague_terms(old_text, new_text, lang, &mut findings);
        let new_sanctions =
            self.penalties(change, old_text, new_text, lang, relevance, &mut findings);
        let ctx = rules::Context {
            lexicon: self.lexicon,
            new: self.new,
            units: &self.units,
            language: lang,
        };
        if change.old.is_some() && change.new.is_some() && !new_text.is_empty() {
            rules::conduct::check(
                &ctx,
                change,
                old_text,
                new_text,
                !new_sanctions.is_empty(),
                &mut findings,
            );
            rules::definition::check(&ctx, change, &mut findings);
            rules::intent::check(&ctx, change, &mut findings);
        }
        rules::restriction::check(&ctx, change, &mut findings);
        if matches!(change.kind, ChangeKind::Removed | ChangeKind::Repealed) {
            self.dangling_references(change, &mut findings);
        }
        super::rank::sort_findings(&mut findings);
        findings
    }

    fn standards(&self, keys: &[&str]) -> Vec<String> {
        keys.iter()
            .map(|k| match self.lexicon.standard(k) {
                Some(s) => format!("{} ({k})", s.citation),
                None => k.to_string(),
            })
            .collect()
    }

    /// The matches, and for each the other terms found inside its words.
    fn with_inner_terms<'l>(
        &'l self,
        matches: &[super::lexicon::TermMatch<'l>],
        lang: Language,
    ) -> Vec<super::lexicon::TermMatch<'l>> {
        let mut all = matches.to_vec();
        for m in matches {
            // The matcher keeps only the longest match, so the inner terms are
            // looked for with the first or the last word left out.
            let text = m.matched.trim();
            let parts = [
                text.split_once(char::is_whitespace).map(|(_, rest)| rest),
                text.rsplit_once(char::is_whitespace).map(|(head, _)| head),
            ];
            let mut inner: Vec<super::lexicon::TermMatch<'l>> = Vec::new();
            for part in parts.into_iter().flatten() {
                for found in self.lexicon.find(part, lang) {
                    if found.entry.id != m.entry.id
                        && !inner.iter().any(|i| i.entry.id == found.entry.id)
                    {
                        inner.push(found);
                    }
                }
            }
            all.extend(inner);
        }
        all
    }

    fn vague_terms(&self, old: &str, new: &str, lang: Language, out: &mut Vec<Finding>) {
        let new_matches = self.lexicon.find(new, lang);
        let old_matches = self.lexicon.find(old, lang);
        // A longer term holds the shorter ones it is made of: when «заведомо
        // ложная информация» becomes «ложная информация», the shorter term was
        // there all along and only the qualifier went (the intent rule says so).
        // A term is introduced when the new text has it more often than the old
        // one had it, inner occurrences counted; removed in the mirror case.
        let introduced = super::lexicon::changes_between(
            &self.with_inner_terms(&old_matches, lang),
            &new_matches,
        )
        .into_iter()
        .filter(|c| c.is_introduced());
        let removed = super::lexicon::changes_between(
            &old_matches,
            &self.with_inner_terms(&new_matches, lang),
        )
        .into_iter()
        .filter(|c| !c.is_introduced());
        let mut changes: Vec<_> = introduced.chain(removed).collect();
        changes.sort_by_key(|c| c.id);
        for change in changes {
            let Some(entry) = self.lexicon.entry(change.id, lang) else {
                continue;
            };
            let matches = if change.is_introduced() {
                &new_matches
            } else {
                &old_matches
            };
            let mut matched: Vec<String> = Vec::new();
            for m in matches.iter().filter(|m| m.entry.id == change.id) {
                if !matched.contains(&m.matched) {
                    matched.push(m.matched.clone());
                }
            }
            let keys: Vec<&str> = entry.standards.iter().map(String::as_str).collect();
            let (kind, severity, message) = if change.is_introduced() {
                let times = if change.old == 0 {
                    String::new()
                } else {
                    format!(" (now {} times, was {})", change.new, change.old)
                };
                (
                    "vague-term-introduced",
                    entry.severity,
                    format!(
                        "introduces the vague term \"{}\"{times}: «{}»",
                        entry.term,
                        matched.join("», «")
                    ),
                )
            } else {
                (
                    "vague-term-removed",
                    Severity::Info,
                    format!(
                        "removes the vague term \"{}\": «{}»",
                        entry.term,
                        matched.join("», «")
                    ),
                )
            };
            out.push(Finding {
                kind: kind.to_string(),
                category: entry.category.as_str().to_string(),
                severity,
                message,
                matched,
                rationale: entry.rationale.clone(),
                standards: self.standards(&keys),
                recommendation: Some(entry.recommendation.clone()).filter(|r| !r.is_empty()),
                detail: json!({"term": entry.id, "old_count": change.old, "new_count": change.new}),
            });
        }
    }

    /// Adds penalty findings; returns the new text's sanctions (none for whole additions and removals).
    fn penalties(
        &self,
        change: &Change,
        old: &str,
        new: &str,
        lang: Language,
        relevance: Relevance,
        out: &mut Vec<Finding>,
    ) -> Vec<Sanction> {
        // A provision added or removed whole is read part by part, so that each
        // part's sanctions stay apart.
        if old.is_empty() || new.is_empty() {
            let text = if old.is_empty() { new } else { old };
            for (label, segment) in segments(text, self.new.cite_style().in_language(lang)) {
                let sanctions = penalty::extract(segment, lang);
                if sanctions.is_empty() {
                    continue;
                }
                let (before, after): (&[Sanction], &[Sanction]) = if old.is_empty() {
                    (&[], &sanctions)
                } else {
                    (&sanctions, &[])
                };
                let changes = penalty::compare(before, after, &self.years);
                let citation = match (&label, change.new.as_ref().or(change.old.as_ref())) {
                    (Some(l), Some(side)) => format!("{} {l}", side.citation),
                    (None, Some(side)) => side.citation.clone(),
                    _ => String::new(),
                };
                out.push(self.penalty_group(
                    &citation,
                    old.is_empty(),
                    &sanctions,
                    &changes,
                    segment,
                    relevance,
                ));
            }
            return Vec::new();
        }
        let old_sanctions = penalty::extract(old, lang);
        let new_sanctions = penalty::extract(new, lang);
        for pc in penalty::compare(&old_sanctions, &new_sanctions, &self.years) {
            out.push(self.penalty_change(&pc, new, relevance));
        }
        new_sanctions
    }

    #[allow(clippy::too_many_arguments)]
    fn penalty_group(
        &self,
        citation: &str,
        added: bool,
        sanctions: &[Sanction],
        changes: &[PenaltyChange],
        text: &str,
        relevance: Relevance,
    ) -> Finding {
        let list: Vec<String> = sanctions.iter().map(ToString::to_string).collect();
        let harsh = sanctions.iter().any(|s| is_custodial(s.kind));
        let severity = match (relevance, added, harsh) {
            (Relevance::Expression, true, true) => Severity::High,
            (Relevance::Expression, true, false) => Severity::Medium,
            (Relevance::Other, true, _) => Severity::Low,
            (_, false, _) => Severity::Info,
        };
        let verb = if added {
            "adds sanctions"
        } else {
            "removes sanctions"
        };
        let kinds: Vec<SanctionKind> = sanctions.iter().map(|s| s.kind).collect();
        let words = self.penalty_words(relevance, &kinds, added, text);
        Finding {
            kind: if added {
                "penalty-added"
            } else {
                "penalty-removed"
            }
            .to_string(),
            category: "penalty".to_string(),
            severity,
            message: format!("{citation} {verb}: {}", list.join("; ")),
            matched: sanctions
                .iter()
                .filter_map(|s| text.get(s.span.clone()).map(str::to_string))
                .collect(),
            rationale: words.rationale.to_string(),
            standards: words.standards,
            recommendation: words.recommendation.map(str::to_string),
            detail: serde_json::Value::Array(changes.iter().map(penalty_detail).collect()),
        }
    }

    fn penalty_change(&self, pc: &PenaltyChange, text: &str, relevance: Relevance) -> Finding {
        use penalty::ChangeKind as P;
        let (kind, severity) = match (relevance, pc.change) {
            (Relevance::Expression, P::Raised) => ("penalty-raised", Severity::High),
            (Relevance::Expression, P::Added) if is_custodial(pc.kind) => {
                ("penalty-added", Severity::High)
            }
            (Relevance::Expression, P::Added) => ("penalty-added", Severity::Medium),
            (Relevance::Expression, P::Changed) => ("penalty-changed", Severity::Low),
            // Outside expression a harsher penalty is noted, not a concern.
            (Relevance::Other, P::Raised) => ("penalty-raised", Severity::Low),
            (Relevance::Other, P::Added) => ("penalty-added", Severity::Low),
            (Relevance::Other, P::Changed) => ("penalty-changed", Severity::Info),
            (_, P::Lowered) => ("penalty-lowered", Severity::Info),
            (_, P::Removed) => ("penalty-removed", Severity::Info),
        };
        let raising = matches!(pc.change, P::Raised | P::Added);
        let words = self.penalty_words(relevance, &[pc.kind], raising, text);
        Finding {
            kind: kind.to_string(),
            category: "penalty".to_string(),
            severity,
            message: pc.to_string(),
            matched: pc
                .new
                .as_ref()
                .and_then(|s| text.get(s.span.clone()))
                .map(|t| vec![t.to_string()])
                .unwrap_or_default(),
            rationale: words.rationale.to_string(),
            standards: words.standards,
            recommendation: words.recommendation.map(str::to_string),
            detail: penalty_detail(pc),
        }
    }

    /// The rationale, standards and recommendation of a penalty finding: by
    /// relevance, by the harshest kind of sanction, and by direction.
    fn penalty_words(
        &self,
        relevance: Relevance,
        kinds: &[SanctionKind],
        raising: bool,
        text: &str,
    ) -> PenaltyWords {
        if relevance == Relevance::Other {
            return PenaltyWords {
                rationale: OTHER_PENALTY_RATIONALE,
                standards: Vec::new(),
                recommendation: None,
            };
        }
        let standards = self.standards(penalty_standards(text));
        if !raising {
            return PenaltyWords {
                rationale: MILDER_PENALTY_RATIONALE,
                standards,
                recommendation: None,
            };
        }
        let (rationale, recommendation) = if kinds.iter().any(|k| is_custodial(*k)) {
            (CUSTODIAL_RATIONALE, CUSTODIAL_RECOMMENDATION)
        } else if kinds.iter().any(|k| is_closure(*k)) {
            (CLOSURE_RATIONALE, CLOSURE_RECOMMENDATION)
        } else {
            (FINE_RATIONALE, FINE_RECOMMENDATION)
        };
        PenaltyWords {
            rationale,
            standards,
            recommendation: Some(recommendation),
        }
    }

    fn dangling_references(&self, change: &Change, out: &mut Vec<Finding>) {
        let Some(old) = &change.old else { return };
        if old.unit != UnitKind::Article {
            return;
        }
        let Some(number) = old.path.article() else {
            return;
        };
        let refs: Vec<String> = self
            .units
            .references_to(number)
            .iter()
            .map(|c| c.display(self.new.cite_style()))
            .collect();
        if refs.is_empty() {
            return;
        }
        out.push(Finding {
            kind: "dangling-reference".to_string(),
            category: "cross-reference".to_string(),
            severity: Severity::Low,
            message: format!("{} is gone but still referred to by {}", old.citation, refs.join(", ")),
            matched: refs.clone(),
            rationale: "A reference to a provision that no longer exists makes the referring provision uncertain."
                .to_string(),
            standards: self.standards(&["VC-ROL"]),
            recommendation: Some("Amend or remove the references.".to_string()),
            detail: json!({"article": number, "referred_by": refs}),
        });
    }
}

/// What a penalty finding says besides its message.
struct PenaltyWords {
    rationale: &'static str,
    standards: Vec<String>,
    recommendation: Option<&'static str>,
}

const CUSTODIAL_RATIONALE: &str = "Imprisonment, arrest or restriction of liberty for expression \
    is a disproportionate sanction: it punishes the speaker far beyond any harm shown and deters \
    others from speaking.";
const CUSTODIAL_RECOMMENDATION: &str = "Remove custodial sanctions for expression; where a sanction is needed, keep it to a proportionate fine.";
const CLOSURE_RATIONALE: &str = "Suspending or banning a media outlet, or revoking its licence, \
    silences all who work for it and deprives the public of its reporting; it can be proportionate \
    only as a last resort, ordered by a court.";
const CLOSURE_RECOMMENDATION: &str = "Replace suspension, closure and licence revocation by lesser \
    measures, or reserve them to a court as a last resort for the gravest and repeated violations.";
const FINE_RATIONALE: &str = "Sanctions on expression must be necessary and proportionate; higher \
    or new fines deter reporting and can ruin individual speakers and small outlets.";
const FINE_RECOMMENDATION: &str = "Show that the amount is necessary and proportionate to the harm, \
    or keep the former level.";
const MILDER_PENALTY_RATIONALE: &str =
    "A milder or removed sanction on expression lessens its chilling effect.";
const OTHER_PENALTY_RATIONALE: &str = "The provision does not regulate expression, media or \
    information: the penalty change is noted for completeness, and free-expression standards do \
    not apply to it.";

/// The standards a penalty finding on expression cites: necessity and
/// proportionality; defamation and insult provisions add GC 34 para. 47.
fn penalty_standards(text: &str) -> &'static [&'static str] {
    let lower = super::lowercase::lowercase(text);
    if [
        "клевет",
        "оскорбл",
        "defamation",
        "slander",
        "insult",
        "жала жаб",
        "қорла",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        &["GC34-22", "GC34-34", "GC34-47"]
    } else {
        &["GC34-22", "GC34-34"]
    }
}

/// Sanctions that close or silence an outlet or organisation.
fn is_closure(kind: SanctionKind) -> bool {
    matches!(
        kind,
        SanctionKind::OutletSuspension
            | SanctionKind::OutletBan
            | SanctionKind::LicenceRevocation
            | SanctionKind::ActivitySuspension
            | SanctionKind::ActivityBan
    )
}

fn is_custodial(kind: SanctionKind) -> bool {
    matches!(
        kind,
        SanctionKind::Imprisonment
            | SanctionKind::Arrest
            | SanctionKind::RestrictionOfLiberty
            | SanctionKind::DeathPenalty
    )
}

/// Splits a provision's whole text into its numbered parts: `(label, text)`.
///
/// A part is a numbered paragraph with everything up to the next one: its
/// subparagraphs and the sanction after them belong to it. Subparagraphs
/// make parts of their own only outside paragraphs (lists in an article).
pub(crate) fn segments(text: &str, style: CiteStyle) -> Vec<(Option<String>, &str)> {
    // (number of the part, start, end) in bytes of `text`.
    let mut out: Vec<(Option<PartNumber>, usize, usize)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let number = numbered_line(line);
        let in_paragraph = matches!(out.last(), Some((Some((UnitKind::Paragraph, _)), _, _)));
        let starts_part = match &number {
            Some((UnitKind::Paragraph, _)) => true,
            Some(_) => !in_paragraph,
            None => false,
        };
        match out.last_mut() {
            Some(last) if !starts_part => last.2 = offset + line.len(),
            _ => out.push((number, offset, offset + line.len())),
        }
        offset += line.len();
    }
    out.into_iter()
        .map(|(number, start, end)| {
            let label = number.map(|(kind, n)| {
                Citation(vec![crate::statute::Step {
                    kind,
                    number: Some(n),
                }])
                .display(style)
            });
            (label, &text[start..end])
        })
        .collect()
}

/// The kind and number of a numbered line.
type PartNumber = (UnitKind, String);

/// The kind and number of a line starting `4. ` (paragraph) or `2) ` (subparagraph).
fn numbered_line(line: &str) -> Option<PartNumber> {
    let digits: String = line
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    if digits.is_empty() {
        return None;
    }
    let rest = &line[digits.len()..];
    if rest.starts_with(". ") {
        Some((UnitKind::Paragraph, digits))
    } else if rest.starts_with(") ") {
        Some((UnitKind::Subparagraph, digits))
    } else {
        None
    }
}

/// A penalty change as JSON, with a readable `text` beside each value.
fn penalty_detail(change: &PenaltyChange) -> serde_json::Value {
    let mut value = serde_json::to_value(change).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        let amount_text =
            |s: &Option<Sanction>| s.as_ref().and_then(|s| s.amount).map(|a| a.to_string());
        for (key, text) in [
            ("old", amount_text(&change.old)),
            ("new", amount_text(&change.new)),
            (
                "old_tenge",
                change.old_tenge.as_ref().map(ToString::to_string),
            ),
            (
                "new_tenge",
                change.new_tenge.as_ref().map(ToString::to_string),
            ),
        ] {
            if let (Some(serde_json::Value::Object(inner)), Some(text)) = (map.get_mut(key), text) {
                inner.insert("text".to_string(), serde_json::Value::String(text));
            }
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statute::ArticleDivision;

    #[test]
    fn segments_follow_numbered_lines() {
        let text = "Title\n1. First –\nвлечет штраф\n2. Second\n1) sub";
        let parts: Vec<Option<String>> = segments(
            text,
            CiteStyle::new(Language::Ru, ArticleDivision::Paragraph),
        )
        .into_iter()
        .map(|(l, _)| l)
        .collect();
        // The subparagraph belongs to paragraph 2.
        assert_eq!(parts, [None, Some("п. 1".into()), Some("п. 2".into())]);
        let list = "Intro\n1) first\n2) second\nshall entail a fine";
        let parts: Vec<Option<String>> = segments(
            list,
            CiteStyle::new(Language::En, ArticleDivision::Paragraph),
        )
        .into_iter()
        .map(|(l, _)| l)
        .collect();
        assert_eq!(
            parts,
            [None, Some("subpara. 1".into()), Some("subpara. 2".into())]
        );
        assert_eq!(
            segments(
                text,
                CiteStyle::new(Language::En, ArticleDivision::Paragraph)
            )[1]
            .1,
            "1. First –\nвлечет штраф\n"
        );
    }
}

#[cfg(test)]
mod inner_term_tests {
    /// The kinds of findings of a two-text diff.
    fn kinds(old: &str, new: &str) -> Vec<String> {
        let report = crate::diff_texts(old, new).unwrap_or_else(|e| panic!("{e}"));
        report
            .changes
            .iter()
            .flat_map(|c| c.findings.iter().map(|f| f.kind.clone()))
            .collect()
    }

    #[test]
    fn a_dropped_qualifier_does_not_introduce_the_shorter_term() {
        for (old, new) in [
            (
                "### Статья 1. Ложь\n\n1. Размещение заведомо ложной информации в масс-медиа –\n\n   влечет штраф в размере тридцати месячных расчетных показателей.\n",
                "### Статья 1. Ложь\n\n1. Размещение ложной информации в масс-медиа –\n\n   влечет штраф в размере тридцати месячных расчетных показателей.\n",
            ),
            (
                "### Article 1. Falsehood\n\n1. Dissemination of knowingly false information in the media shall be punished by a fine of thirty monthly calculation indices.\n",
                "### Article 1. Falsehood\n\n1. Dissemination of false information in the media shall be punished by a fine of thirty monthly calculation indices.\n",
            ),
        ] {
            let found = kinds(old, new);
            assert!(
                !found.iter().any(|k| k == "vague-term-introduced"),
                "{found:?}"
            );
            assert_eq!(
                found.first().map(String::as_str),
                Some("intent-removed"),
                "{found:?}"
            );
        }
    }
}
