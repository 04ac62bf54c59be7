//! Analysis of a comparison: the findings an analyst would write by hand.
//!
//! Takes a [`Comparison`] and the versions' metadata, returns a [`Report`]:
//! every change with its findings (vague terms introduced or removed,
//! penalties raised, lowered, added or removed, widened scope, changed
//! definitions, dangling cross-references). Renderers read only the report.

pub mod definitions;
pub mod lexicon;
pub mod mci;
pub mod numbers;
pub mod penalty;
pub mod xref;

use crate::compare::{Change, ChangeKind, Comparison};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// The version of the JSON report shape; bump it when the shape changes.
pub const SCHEMA_VERSION: u32 = 1;

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing, not a concern by itself.
    Info,
    /// A minor concern.
    Low,
    /// A concern to comment on.
    Medium,
    /// A serious concern.
    High,
}

impl Severity {
    /// The lowercase word used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

impl std::str::FromStr for Severity {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "info" => Ok(Severity::Info),
            "low" => Ok(Severity::Low),
            "medium" => Ok(Severity::Medium),
            "high" => Ok(Severity::High),
            _ => Err(format!(
                "unknown severity {s:?} (expected info, low, medium or high)"
            )),
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
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// Builds a report from a comparison, running every analyzer on every change.
pub fn analyze(
    comparison: Comparison,
    from: VersionInfo,
    to: VersionInfo,
    act: Option<String>,
    title: Option<String>,
) -> Report {
    let summary = comparison.counts();
    let language = comparison.new_language;
    let changes = comparison
        .changes
        .into_iter()
        .map(|change| AnnotatedChange {
            change,
            findings: Vec::new(),
        })
        .collect();
    Report {
        schema_version: SCHEMA_VERSION,
        act,
        title,
        language,
        from,
        to,
        summary,
        changes,
    }
}
