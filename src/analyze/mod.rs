//! Analysis of a comparison: the findings an analyst would write by hand.
//!
//! Takes a [`Comparison`] and the versions' metadata, returns a [`Report`]:
//! every change with its findings (vague terms introduced or removed,
//! penalties raised, lowered, added or removed, widened scope, changed
//! definitions, dangling cross-references), whether it concerns expression
//! ([`relevance`]), and the changes ranked with the key ones first
//! ([`rank`]). Renderers read only the report.

mod annotate;
pub mod definitions;
pub mod lexicon;
pub(crate) mod lowercase;
pub mod mci;
pub mod numbers;
mod only;
pub mod parallel;
pub mod penalty;
pub mod rank;
pub mod relevance;
pub mod rules;
pub mod scan;
pub mod xref;

use crate::compare::{Change, ChangeKind, Comparison};
use crate::statute::Statute;
use chrono::NaiveDate;
use lexicon::Lexicon;
use serde::Serialize;
use std::collections::BTreeMap;

/// The version of the JSON report shape; bump it when the shape changes.
pub const SCHEMA_VERSION: u32 = 3;

/// How serious a finding is; ordered `Info < Low < Medium < High`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing, not a concern by itself (a penalty lowered, a term removed).
    Info,
    /// Worth a note in a commentary.
    Low,
    /// A concern to comment on.
    Medium,
    /// A serious concern: typically a ground for criminal or administrative liability.
    High,
}

impl Severity {
    /// The lowercase word used in data files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a severity name lexwatch does not know.
#[derive(Debug, Clone, thiserror::Error)]
#[error("unknown severity {0:?} (expected info, low, medium or high)")]
pub struct UnknownSeverity(pub String);

impl std::str::FromStr for Severity {
    type Err = UnknownSeverity;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "info" => Ok(Severity::Info),
            "low" => Ok(Severity::Low),
            "medium" => Ok(Severity::Medium),
            "high" => Ok(Severity::High),
            _ => Err(UnknownSeverity(s.to_string())),
        }
    }
}

/// One finding on a change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// What kind of finding (`vague-term-introduced`, `penalty-raised`, …).
    pub kind: String,
    /// The category (for vague terms, the lexicon category; else the kind's family).
    pub category: String,
    /// How serious it is.
    pub severity: Severity,
    /// A one-line statement of the finding.
    pub message: String,
    /// The words of the statute the finding is about.
    pub matched: Vec<String>,
    /// Why it matters.
    pub rationale: String,
    /// The international standards it cites, in full.
    pub standards: Vec<String>,
    /// A suggested recommendation for a submission.
    pub recommendation: Option<String>,
    /// Structured detail (penalty values, term ids), for machines.
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub detail: serde_json::Value,
}

/// A change and its findings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnnotatedChange {
    /// The change.
    #[serde(flatten)]
    pub change: Change,
    /// Whether the provision concerns expression, media and information.
    pub relevance: relevance::Relevance,
    /// The concepts that decided the relevance (`+media`, `-advertising`).
    pub relevance_cues: Vec<String>,
    /// The change's rank among the changes with findings, 1 first; none without a finding above info.
    pub rank: Option<usize>,
    /// The findings on it, most serious first.
    pub findings: Vec<Finding>,
}

/// What a report says about one compared version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionInfo {
    /// A label: register id, blob id or file path.
    pub label: String,
    /// The register id, if recorded.
    pub id: Option<String>,
    /// The legal date, if recorded.
    pub date: Option<NaiveDate>,
    /// The stage, if recorded.
    pub stage: Option<String>,
    /// The source, if recorded.
    pub source: Option<String>,
    /// The git blob id of the text, if in git.
    pub blob: Option<String>,
    /// The statute file (repository path or the path given).
    pub path: String,
}

/// A comparison annotated with findings: what every renderer reads.
///
/// Its JSON is written by `render::json` (key changes carry their sentences there).
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The report shape version.
    pub schema_version: u32,
    /// The act id, when the versions come from a repository.
    pub act: Option<String>,
    /// The act's title.
    pub title: Option<String>,
    /// The language of the new version.
    pub language: crate::statute::Language,
    /// The old version.
    pub from: VersionInfo,
    /// The new version.
    pub to: VersionInfo,
    /// Counts of changes by kind.
    pub summary: BTreeMap<ChangeKind, usize>,
    /// The highest-ranked changes, most important first.
    pub key_changes: Vec<rank::KeyChange>,
    /// The changes, in the new version's document order.
    pub changes: Vec<AnnotatedChange>,
}

impl Report {
    /// The one-line summary of the changes.
    pub fn summary_line(&self) -> String {
        let total: usize = self.summary.values().sum();
        if total == 0 {
            return "no changes".to_string();
        }
        let parts: Vec<String> = ChangeKind::ALL
            .iter()
            .filter_map(|k| self.summary.get(k).map(|n| format!("{n} {}", k.as_str())))
            .collect();
        let findings: usize = self.changes.iter().map(|c| c.findings.len()).sum();
        format!(
            "{total} change{}: {}; {findings} finding{}",
            if total == 1 { "" } else { "s" },
            parts.join(", "),
            if findings == 1 { "" } else { "s" }
        )
    }

    /// Every finding with its change.
    pub fn findings(&self) -> impl Iterator<Item = (&AnnotatedChange, &Finding)> {
        self.changes
            .iter()
            .flat_map(|c| c.findings.iter().map(move |f| (c, f)))
    }
}

/// What a report says about the act and the two versions, besides the changes.
#[derive(Debug, Clone)]
pub struct ReportMeta {
    /// The act id, when the versions come from a repository.
    pub act: Option<String>,
    /// The act's title.
    pub title: Option<String>,
    /// The old version.
    pub from: VersionInfo,
    /// The new version.
    pub to: VersionInfo,
}

/// Builds a report from a comparison, running every analyzer on every change.
pub fn analyze(
    comparison: Comparison,
    new: &Statute,
    lexicon: &Lexicon,
    meta: ReportMeta,
) -> Report {
    use chrono::Datelike;
    let summary = comparison.counts();
    let language = comparison.new_language;
    let annotator = annotate::Annotator {
        lexicon,
        new,
        years: penalty::CompareContext {
            old_year: meta.from.date.map(|d| d.year()),
            new_year: meta.to.date.map(|d| d.year()),
        },
        articles: annotate::ArticleContext::of(new),
        units: xref::UnitIndex::new(new),
    };
    // Changes are independent: annotate the two halves on both cores.
    let mut changes = comparison.changes;
    let second_half = changes.split_off(changes.len() / 2);
    let annotate = |list: Vec<Change>| -> Vec<AnnotatedChange> {
        list.into_iter()
            .map(|change| {
                let class = annotator.relevance(&change);
                let findings = annotator.findings(&change, class.relevance);
                AnnotatedChange {
                    change,
                    relevance: class.relevance,
                    relevance_cues: class.cues,
                    rank: None,
                    findings,
                }
            })
            .collect()
    };
    let changes = std::thread::scope(|scope| {
        let second = scope.spawn(|| annotate(second_half));
        let mut first = annotate(changes);
        match second.join() {
            Ok(rest) => first.extend(rest),
            Err(panic) => std::panic::resume_unwind(panic),
        }
        first
    });
    let mut changes = changes;
    let key_changes = rank::rank(&mut changes);
    Report {
        schema_version: SCHEMA_VERSION,
        act: meta.act,
        title: meta.title,
        language,
        from: meta.from,
        to: meta.to,
        summary,
        key_changes,
        changes,
    }
}
