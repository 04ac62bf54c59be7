//! Ranking: which changes an analyst reads first.
//!
//! A finding scores its severity (info 0, low 1, medium 2, high 3) times its
//! change's relevance (expression 2, other 1); a change scores its best
//! finding. Changes are ranked by score, then by the severity of that
//! finding, then by how many of its findings reach that score (an article
//! with five high findings before a part with one), then in document order,
//! so the same report always ranks the same way. The *key changes* are the ranked changes scoring 3 or more (a
//! high finding anywhere, a medium one on expression), at most
//! [`KEY_CHANGES`]; a penalty outside expression is at most low, so it is
//! never a key change.
//!
//! A key change is data (which change, which finding); its sentence is made
//! by the renderers from the finding, in the report's language, with the
//! same Fluent messages as every other sentence of a finding.
//!
//! Ranking reads findings and relevance only: a new finding family ranks as
//! soon as its findings carry a severity.

use super::relevance::Relevance;
use super::{AnnotatedChange, Finding, Severity};
use serde::Serialize;

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
    /// Its best finding's position in the change's findings (0: they are sorted most serious first).
    pub finding: usize,
    /// The severity of its best finding.
    pub severity: Severity,
    /// Whether it concerns expression.
    pub relevance: Relevance,
    /// The kind of its best finding.
    pub kind: String,
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
pub fn rank(changes: &mut [AnnotatedChange]) -> Vec<KeyChange> {
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
            finding: 0,
            severity: best.severity,
            relevance: annotated.relevance,
            kind: best.kind.clone(),
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

#[cfg(test)]
mod tests {
    use super::*;

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
        let keys = rank(&mut report.changes);
        let order: Vec<usize> = keys.iter().map(|k| k.change).collect();
        assert_eq!(order, [3, 0, 2, 1]);
        assert_eq!(report.changes[3].rank, Some(1));
        assert_eq!(report.changes[1].rank, Some(4));
        assert_eq!(keys[0].more, 2);
    }
}
