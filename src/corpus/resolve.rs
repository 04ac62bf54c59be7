//! Naming versions: register id, date, stage word, `latest`, `previous`, git revision.

use super::act::ActId;
use super::git::{CorpusError, Repository};
use super::register::{Entry, Register, Stage};
use crate::statute::{self, Statute};
use chrono::NaiveDate;
use serde::Serialize;

/// One version of an act, resolved to a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Version {
    /// The act.
    pub act: ActId,
    /// The register entry, when the text is a recorded version.
    pub entry: Option<Entry>,
    /// The entry's position in the register.
    #[serde(skip)]
    pub index: Option<usize>,
    /// The git blob id of the text.
    pub blob: String,
}

impl Version {
    /// A short label: the register id, or the blob id for unrecorded texts.
    pub fn label(&self) -> String {
        match &self.entry {
            Some(e) => e.id.clone(),
            None => format!("blob {}", &self.blob[..self.blob.len().min(10)]),
        }
    }
}

impl Repository {
    /// Resolves a version name for an act.
    ///
    /// Tried in order: `latest`, `previous`, a register id, a date (the version
    /// of that date, else the newest one before it), a stage word (the newest
    /// version at that stage), and a git revision (the act's file there).
    pub fn resolve(&self, act: &ActId, spec: &str) -> Result<Version, CorpusError> {
        let register = self.register(act)?;
        let unknown = || CorpusError::UnknownVersion {
            act: act.to_string(),
            spec: spec.to_string(),
            available: available(&register),
        };
        let at = |index: usize| Version {
            act: act.clone(),
            entry: Some(register.versions[index].clone()),
            index: Some(index),
            blob: register.versions[index].blob.clone(),
        };
        let n = register.versions.len();
        match spec {
            "latest" | "newest" | "HEAD" if n > 0 => return Ok(at(n - 1)),
            "previous" if n > 1 => return Ok(at(n - 2)),
            "latest" | "newest" | "previous" => return Err(unknown()),
            _ => {}
        }
        if let Some(i) = register.versions.iter().position(|e| e.id == spec) {
            return Ok(at(i));
        }
        if let Ok(date) = spec.parse::<NaiveDate>() {
            return match register.versions.iter().rposition(|e| e.date <= date) {
                Some(i) => Ok(at(i)),
                None => Err(unknown()),
            };
        }
        if let Ok(stage) = spec.parse::<Stage>() {
            return match register.versions.iter().rposition(|e| e.stage == stage) {
                Some(i) => Ok(at(i)),
                None => Err(unknown()),
            };
        }
        if self.git().revparse_single(spec).is_ok() {
            let Some(blob) = self.statute_blob_at(act, spec)? else {
                return Err(CorpusError::UnknownVersion {
                    act: act.to_string(),
                    spec: spec.to_string(),
                    available: format!("the act has no file at revision {spec}"),
                });
            };
            let index = register.versions.iter().rposition(|e| e.blob == blob);
            return Ok(Version {
                act: act.clone(),
                entry: index.map(|i| register.versions[i].clone()),
                index,
                blob,
            });
        }
        Err(unknown())
    }

    /// The version registered just before `version`, if any.
    pub fn previous(&self, version: &Version) -> Result<Option<Version>, CorpusError> {
        let register = self.register(&version.act)?;
        let Some(index) = version.index.filter(|&i| i > 0) else {
            return Ok(None);
        };
        let entry = register.versions.get(index - 1).cloned();
        Ok(entry.map(|entry| Version {
            act: version.act.clone(),
            blob: entry.blob.clone(),
            entry: Some(entry),
            index: Some(index - 1),
        }))
    }

    /// Every registered version of an act, oldest first.
    pub fn versions(&self, act: &ActId) -> Result<Vec<Version>, CorpusError> {
        let register = self.register(act)?;
        Ok(register
            .versions
            .iter()
            .enumerate()
            .map(|(i, e)| Version {
                act: act.clone(),
                entry: Some(e.clone()),
                index: Some(i),
                blob: e.blob.clone(),
            })
            .collect())
    }

    /// Reads and parses the texts of two versions, in parallel.
    pub fn load_pair(
        &self,
        old: &Version,
        new: &Version,
    ) -> Result<(Statute, Statute), CorpusError> {
        let old_bytes = self.blob(&old.blob)?;
        let new_bytes = self.blob(&new.blob)?;
        let old_origin = format!("{}@{}", old.act.statute_path(), old.label());
        let new_origin = format!("{}@{}", new.act.statute_path(), new.label());
        Ok(statute::parse_pair(
            (&old_bytes, &old_origin),
            (&new_bytes, &new_origin),
        )?)
    }

    /// Reads and parses the text of a version.
    pub fn load(&self, version: &Version) -> Result<Statute, CorpusError> {
        let bytes = self.blob(&version.blob)?;
        let origin = format!("{}@{}", version.act.statute_path(), version.label());
        Ok(statute::parse_bytes(&bytes, &origin)?)
    }
}

fn available(register: &Register) -> String {
    if register.versions.is_empty() {
        return "none recorded".to_string();
    }
    register
        .versions
        .iter()
        .map(|e| e.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
