//! Naming versions: register id, date, stage word, `latest`, `previous`, git
//! revision, and `ACT@VERSION` for a version of another act (a predecessor).
//!
//! An act whose register says `replaces = "…"` continues that act: the
//! version before its first is the predecessor's last.

use super::act::ActId;
use super::git::{CorpusError, Repository};
use super::register::{Entry, Register, Stage};
use crate::statute::{self, Statute};
use chrono::NaiveDate;
use serde::Serialize;
use std::rc::Rc;

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

    /// Where the text comes from, as parse errors name it: `statutes/kz/x.md@2024-06-19-signed`.
    fn origin(&self) -> String {
        format!("{}@{}", self.act.statute_path(), self.label())
    }

    /// The label with its act, as it is named across acts: `kz/mass-media-1999-ru@2021-11-24-in-force`.
    pub fn qualified_label(&self) -> String {
        format!("{}@{}", self.act, self.label())
    }
}

/// The separator between an act and a version in a version named across acts.
pub const ACT_VERSION_SEPARATOR: char = '@';

impl Repository {
    /// Resolves a version name for an act.
    ///
    /// Tried in order: `latest`, `previous`, a register id, a date (the version
    /// of that date, else the newest one before it), a stage word (the newest
    /// version at that stage), and a git revision (the act's file there).
    ///
    /// `ACT@VERSION` (`kz/mass-media-1999-ru@latest`) names a version of
    /// another act, so that a law can be compared with the one it replaced.
    /// `previous` of an act with one version is its predecessor's last.
    pub fn resolve(&self, act: &ActId, spec: &str) -> Result<Version, CorpusError> {
        if let Some((other, rest)) = self.split_act(spec)? {
            return self.resolve(&other, rest);
        }
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
            "previous" if n == 1 => {
                return self.previous(&at(0))?.ok_or_else(unknown);
            }
            "latest" | "newest" | "previous" => return Err(unknown()),
            _ => {}
        }
        if let Some(i) = register.versions.iter().position(|e| e.id == spec) {
            return Ok(at(i));
        }
        if let Ok(date) = spec.parse::<NaiveDate>() {
            return match register.versions.iter().rposition(|e| e.date <= date) {
                Some(i) => Ok(at(i)),
                None => Err(match register.versions.first() {
                    Some(first) => CorpusError::BeforeFirstVersion {
                        act: act.to_string(),
                        date,
                        first: first.id.clone(),
                        first_date: first.date,
                    },
                    None => unknown(),
                }),
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

    /// Splits `ACT@VERSION` into the act (which must exist) and the version name.
    ///
    /// A spec whose part before `@` is not an act id (`HEAD@{1}`) is left to
    /// the other forms.
    fn split_act<'s>(&self, spec: &'s str) -> Result<Option<(ActId, &'s str)>, CorpusError> {
        let Some((act, rest)) = spec.split_once(ACT_VERSION_SEPARATOR) else {
            return Ok(None);
        };
        if act.parse::<ActId>().is_err() {
            return Ok(None);
        }
        let act = self.require_act(act)?;
        Ok(Some((act, if rest.is_empty() { "latest" } else { rest })))
    }

    /// The act this act replaces, when its register names one that is in the repository.
    ///
    /// A predecessor named but not recorded here (a law whose text is not in
    /// the corpus) is no predecessor: the act's history starts with its own
    /// first version.
    pub fn predecessor(&self, act: &ActId) -> Result<Option<ActId>, CorpusError> {
        self.predecessor_at(act, "HEAD")
    }

    /// [`Repository::predecessor`] as the repository stood at revision `rev`.
    pub fn predecessor_at(&self, act: &ActId, rev: &str) -> Result<Option<ActId>, CorpusError> {
        let register = self.register_at(act, rev)?;
        let Some(named) = register.act.replaces.as_deref() else {
            return Ok(None);
        };
        let Ok(id) = named.parse::<ActId>() else {
            return Ok(None);
        };
        if id == *act || !self.acts_at(rev)?.contains(&id) {
            return Ok(None);
        }
        Ok(Some(id))
    }

    /// The act and its predecessors, oldest first, each act once (a cycle of
    /// `replaces` stops where it would repeat).
    pub fn succession(&self, act: &ActId) -> Result<Vec<ActId>, CorpusError> {
        let mut chain = vec![act.clone()];
        let mut current = act.clone();
        while let Some(before) = self.predecessor(&current)? {
            if chain.contains(&before) {
                break;
            }
            chain.push(before.clone());
            current = before;
        }
        chain.reverse();
        Ok(chain)
    }

    /// The versions of the act's predecessors, then the act's own, oldest first.
    pub fn versions_in_succession(&self, act: &ActId) -> Result<Vec<Version>, CorpusError> {
        let mut versions = Vec::new();
        for id in self.succession(act)? {
            versions.extend(self.versions(&id)?);
        }
        Ok(versions)
    }

    /// The newest version of the act's predecessor, if it has one with versions.
    pub fn predecessor_latest(&self, act: &ActId) -> Result<Option<Version>, CorpusError> {
        match self.predecessor(act)? {
            Some(before) => Ok(self.versions(&before)?.pop()),
            None => Ok(None),
        }
    }

    /// The version registered just before `version`, if any: for an act's
    /// first version, its predecessor's last.
    pub fn previous(&self, version: &Version) -> Result<Option<Version>, CorpusError> {
        let register = self.register(&version.act)?;
        let Some(index) = version.index else {
            return Ok(None);
        };
        if index == 0 {
            return self.predecessor_latest(&version.act);
        }
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

    /// The parsed texts of two versions; those not parsed before by this
    /// handle are parsed in parallel.
    pub fn load_pair(
        &self,
        old: &Version,
        new: &Version,
    ) -> Result<(Rc<Statute>, Rc<Statute>), CorpusError> {
        let (old_origin, new_origin) = (old.origin(), new.origin());
        let cached = (
            self.cache.text(&old.blob, &old_origin),
            self.cache.text(&new.blob, &new_origin),
        );
        match cached {
            (Some(old_text), Some(new_text)) => Ok((old_text, new_text)),
            (Some(old_text), None) => Ok((old_text, self.load(new)?)),
            (None, Some(new_text)) => Ok((self.load(old)?, new_text)),
            (None, None) => {
                let old_bytes = self.blob(&old.blob)?;
                let new_bytes = self.blob(&new.blob)?;
                let (old_text, new_text) =
                    statute::parse_pair((&old_bytes, &old_origin), (&new_bytes, &new_origin))?;
                let (old_text, new_text) = (Rc::new(old_text), Rc::new(new_text));
                self.cache
                    .keep_text(&old.blob, &old_origin, Rc::clone(&old_text));
                self.cache
                    .keep_text(&new.blob, &new_origin, Rc::clone(&new_text));
                Ok((old_text, new_text))
            }
        }
    }

    /// What comparisons derived from a text this handle loaded, shared by
    /// every comparison of that text (empty for a text it no longer keeps).
    pub fn derived(&self, statute: &Rc<Statute>) -> Rc<crate::compare::Derived> {
        self.cache.derived(statute)
    }

    /// The parsed text of a version, parsed once per repository handle.
    pub fn load(&self, version: &Version) -> Result<Rc<Statute>, CorpusError> {
        let origin = version.origin();
        if let Some(text) = self.cache.text(&version.blob, &origin) {
            return Ok(text);
        }
        let bytes = self.blob(&version.blob)?;
        let text = Rc::new(statute::parse_bytes(&bytes, &origin)?);
        self.cache
            .keep_text(&version.blob, &origin, Rc::clone(&text));
        Ok(text)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::RecordRequest;

    fn record(repo: &Repository, act: &ActId, text: &str, date: &str) {
        let request = RecordRequest {
            act: act.clone(),
            text: text.as_bytes().to_vec(),
            origin: "test.md".to_string(),
            date: date.parse().unwrap(),
            stage: Stage::Draft,
            source: None,
            note: None,
            id: None,
            today: None,
            allow_identical: false,
            allow_other_act: false,
        };
        repo.record(request).unwrap();
    }

    #[test]
    fn a_text_is_parsed_once_and_a_register_read_again_after_a_record() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        let act: ActId = "xx/act".parse().unwrap();
        record(&repo, &act, "### Article 1. A\n\n1. One.\n", "2020-01-01");
        record(&repo, &act, "### Article 1. A\n\n1. Two.\n", "2021-01-01");
        let versions = repo.versions(&act).unwrap();
        let [first, second] = versions.as_slice() else {
            panic!("two versions expected, got {}", versions.len());
        };
        let (old, new) = repo.load_pair(first, second).unwrap();
        assert!(Rc::ptr_eq(&old, &repo.load(first).unwrap()));
        assert!(Rc::ptr_eq(&new, &repo.load(second).unwrap()));
        assert!(!Rc::ptr_eq(&old, &new));
        // The register is kept by the blob of its file, so a record is seen.
        record(&repo, &act, "### Article 1. A\n\n1. Three.\n", "2022-01-01");
        assert_eq!(repo.versions(&act).unwrap().len(), 3);
    }
}
