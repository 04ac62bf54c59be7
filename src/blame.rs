//! Provision history: which version introduced each part of a provision's wording.
//!
//! Walks the register backwards from a version, following the provision
//! through renumberings and moves (from the comparison of each pair of
//! neighbouring versions), and attributes each line of its current text to
//! the oldest version in an unbroken run that has that line word for word.

use crate::compare::{self, ChangeKind, Comparison};
use crate::corpus::{CorpusError, Repository, Version};
use crate::statute::{Citation, Statute, Unit, UnitKind};
use serde::Serialize;
use std::rc::Rc;

/// One line of a provision and the version that introduced it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BlameLine {
    /// The line, as `show` would print it reflowed (`1. …`, `2) …`, the heading).
    pub text: String,
    /// The version that introduced the wording.
    pub version: crate::analyze::VersionInfo,
    /// The provision's citation in that version (differs when it was renumbered).
    pub citation: String,
    /// The act of that version (a predecessor's, when the wording was carried over).
    pub act: String,
}

/// Why a blame could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BlameError {
    /// Reading the repository failed.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// The provision is not in the version asked for.
    #[error("{act} version {version} has no {citation}")]
    NoSuchUnit {
        /// The act.
        act: String,
        /// The version label.
        version: String,
        /// The citation asked for.
        citation: String,
    },
}

/// The lines of a unit: heading, own text lines, then children (numbered), depth first.
fn lines(unit: &Unit) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(h) = &unit.heading {
        out.push(h.clone());
    }
    push_lines(unit, &mut out, true);
    out
}

/// The number a unit's first line starts with inside its parent: `1. `, `2) `.
fn marker(unit: &Unit) -> String {
    match (unit.kind, &unit.number) {
        (UnitKind::Subparagraph, Some(n)) => format!("{n}) "),
        (UnitKind::Note, _) => crate::statute::Language::detect(&unit.text)
            .note_label()
            .to_string(),
        (_, Some(n)) => format!("{n}. "),
        _ => String::new(),
    }
}

fn push_lines(unit: &Unit, out: &mut Vec<String>, top: bool) {
    let marker = if top { String::new() } else { marker(unit) };
    for (i, line) in unit.text.lines().enumerate() {
        out.push(if i == 0 {
            format!("{marker}{line}")
        } else {
            line.to_string()
        });
    }
    if unit.text.is_empty() && !marker.is_empty() {
        out.push(marker.trim_end().to_string());
    }
    for child in &unit.children {
        push_lines(child, out, false);
    }
    out.extend(unit.tail.lines().map(str::to_string));
}

/// Where the provision cited `citation` in the newer text came from in `old`,
/// given the comparison of the two, if anywhere.
fn trace_back(comparison: &Comparison, old: &Statute, citation: &Citation) -> Option<Citation> {
    for change in &comparison.changes {
        let (Some(o), Some(n)) = (&change.old, &change.new) else {
            continue;
        };
        let moved = matches!(
            change.kind,
            ChangeKind::Renumbered | ChangeKind::Moved | ChangeKind::Split | ChangeKind::Merged
        );
        if moved && n.path == *citation {
            return Some(o.path.clone());
        }
        // A provision inside a renumbered article: swap the article part of the path.
        if moved && citation.0.starts_with(&n.path.0) {
            let mut path = o.path.clone();
            path.0.extend_from_slice(&citation.0[n.path.0.len()..]);
            return Some(path);
        }
    }
    if comparison
        .changes
        .iter()
        .any(|c| c.kind == ChangeKind::Added && c.new.as_ref().is_some_and(|n| n.path == *citation))
    {
        return None;
    }
    old.find(citation).map(|_| citation.clone())
}

/// The versions of an act up to one version, each text parsed and each pair
/// of neighbours compared at most once, so that many provisions can be
/// blamed for the price of one walk through the register.
pub struct History<'r> {
    repo: &'r Repository,
    at: Version,
    versions: Vec<Version>,
    /// Parsed texts by index into `versions`, loaded when first needed.
    texts: Vec<Option<Rc<Statute>>>,
    /// `comparisons[k]`: version `k - 1` against version `k`, made when first needed.
    comparisons: Vec<Option<Comparison>>,
}

impl<'r> History<'r> {
    /// The history of `at`'s act up to and including `at`, after the
    /// versions of the acts it replaces (so a provision carried over from a
    /// repealed law is dated from that law).
    pub fn new(repo: &'r Repository, at: &Version) -> Result<History<'r>, BlameError> {
        let mut versions = repo.versions_in_succession(&at.act)?;
        let position = at.index.and_then(|index| {
            versions
                .iter()
                .position(|v| v.act == at.act && v.index == Some(index))
        });
        match position {
            Some(position) => versions.truncate(position + 1),
            None => versions.push(at.clone()),
        }
        let n = versions.len();
        Ok(History {
            repo,
            at: at.clone(),
            versions,
            texts: vec![None; n],
            comparisons: vec![None; n],
        })
    }

    fn load(&mut self, k: usize) -> Result<(), BlameError> {
        if self.texts[k].is_none() {
            self.texts[k] = Some(self.repo.load(&self.versions[k])?);
        }
        Ok(())
    }

    /// Loads versions `k - 1` and `k` and compares them, once.
    fn prepare_step(&mut self, k: usize) -> Result<(), BlameError> {
        self.load(k - 1)?;
        self.load(k)?;
        if self.comparisons[k].is_none()
            && let (Some(old), Some(new)) = (&self.texts[k - 1], &self.texts[k])
        {
            let numbering = if self.versions[k - 1].act == self.versions[k].act {
                compare::Numbering::Continued
            } else {
                compare::Numbering::Independent
            };
            self.comparisons[k] = Some(compare::compare_numbered(old, new, numbering));
        }
        Ok(())
    }

    /// Attributes each line of the provision at `citation` to the version that introduced it.
    ///
    /// Each part is followed on its own, so a part that came from another
    /// article (or another act) is dated from there.
    pub fn blame(&mut self, citation: &Citation) -> Result<Vec<BlameLine>, BlameError> {
        let last = self.versions.len() - 1;
        self.load(last)?;
        let Some(current) = &self.texts[last] else {
            return Ok(Vec::new());
        };
        let style = current.cite_style();
        let unit = current
            .find(citation)
            .ok_or_else(|| BlameError::NoSuchUnit {
                act: self.at.act.to_string(),
                version: self.at.label(),
                citation: citation.display(style),
            })?;
        let mut own: Vec<String> = unit.heading.iter().cloned().collect();
        own.extend(unit.text.lines().map(str::to_string));
        let tail: Vec<String> = unit.tail.lines().map(str::to_string).collect();
        let children: Vec<(Citation, String)> = unit
            .children
            .iter()
            .map(|child| {
                let mut path = citation.clone();
                path.0.push(crate::statute::Step {
                    kind: child.kind,
                    number: child.number.clone(),
                });
                (path, marker(child))
            })
            .collect();
        let mut out = self.blame_lines(citation, own)?;
        for (path, marker) in children {
            let mut lines = self.blame(&path)?;
            if let Some(first) = lines.first_mut() {
                first.text = format!("{marker}{}", first.text);
            }
            out.extend(lines);
        }
        out.extend(self.blame_lines(citation, tail)?);
        Ok(out)
    }

    /// Attributes some lines of the provision at `citation` to the versions that introduced them.
    fn blame_lines(
        &mut self,
        citation: &Citation,
        targets: Vec<String>,
    ) -> Result<Vec<BlameLine>, BlameError> {
        let last = self.versions.len() - 1;
        let Some(current) = &self.texts[last] else {
            return Ok(Vec::new());
        };
        let style = current.cite_style();
        // For each line: the oldest version found so far that has it, and its citation there.
        let mut owner: Vec<(usize, Citation)> = vec![(last, citation.clone()); targets.len()];
        let mut alive: Vec<bool> = vec![true; targets.len()];
        let mut path = citation.clone();
        for k in (1..=last).rev() {
            self.prepare_step(k)?;
            let (Some(older), Some(comparison)) = (&self.texts[k - 1], &self.comparisons[k]) else {
                break;
            };
            let Some(old_path) = trace_back(comparison, older, &path) else {
                break;
            };
            let Some(old_unit) = older.find(&old_path) else {
                break;
            };
            let old_lines = lines(old_unit);
            for (i, line) in targets.iter().enumerate() {
                if alive[i] && old_lines.contains(line) {
                    owner[i] = (k - 1, old_path.clone());
                } else {
                    alive[i] = false;
                }
            }
            if !alive.iter().any(|a| *a) {
                break;
            }
            path = old_path;
        }
        Ok(targets
            .into_iter()
            .zip(owner)
            .map(|(text, (k, cite))| BlameLine {
                text,
                version: crate::version_info(&self.versions[k]),
                citation: cite.display(style),
                act: self.versions[k].act.to_string(),
            })
            .collect())
    }
}

/// Attributes each line of the provision at `citation` in version `at` to the version that introduced it.
pub fn blame(
    repo: &Repository,
    at: &Version,
    citation: &Citation,
) -> Result<Vec<BlameLine>, BlameError> {
    History::new(repo, at)?.blame(citation)
}
