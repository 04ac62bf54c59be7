//! When each version was recorded: the commit that added its register entry.
//!
//! A version's legal date says nothing about when it reached the repository;
//! an old draft found late is recorded years after its date. Feeds need the
//! recording time so that such a version still reaches their subscribers.

use super::act::ActId;
use super::git::{CorpusError, Repository};
use super::register::Register;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

impl Repository {
    /// The commit time (UTC, RFC 3339) at which each of the act's register ids
    /// entered the first-parent history of HEAD.
    ///
    /// An id unrecorded and recorded again counts from its last recording. Ids
    /// in no commit (a shallow or hand-made history) are missing from the map.
    pub fn recording_times(&self, act: &ActId) -> Result<BTreeMap<String, String>, CorpusError> {
        let git = self.git();
        let mut times = BTreeMap::new();
        let Ok(head) = git.head().and_then(|h| h.peel_to_commit()) else {
            return Ok(times);
        };
        let mut walk = git.revwalk()?;
        walk.push(head.id())?;
        walk.simplify_first_parent()?;
        let mut commits = walk.collect::<Result<Vec<_>, _>>()?;
        // Oldest first, so that an id's time is that of the commit that added it.
        commits.reverse();
        let path = act.register_path();
        let mut last_blob = None;
        let mut present: BTreeSet<String> = BTreeSet::new();
        for oid in commits {
            let commit = git.find_commit(oid)?;
            let blob = commit
                .tree()?
                .get_path(Path::new(&path))
                .ok()
                .map(|entry| entry.id());
            if blob == last_blob {
                continue;
            }
            last_blob = blob;
            let ids: BTreeSet<String> = match blob {
                Some(blob) => {
                    let blob = git.find_blob(blob)?;
                    // A register that did not parse at some commit tells nothing;
                    // the ids of the next one that parses are compared with the last known.
                    match std::str::from_utf8(blob.content())
                        .ok()
                        .and_then(|text| Register::from_toml(text, &path).ok())
                    {
                        Some(register) => register.versions.into_iter().map(|e| e.id).collect(),
                        None => continue,
                    }
                }
                None => BTreeSet::new(),
            };
            let time = rfc3339(commit.time().seconds());
            for id in ids.difference(&present) {
                times.insert(id.clone(), time.clone());
            }
            present = ids;
        }
        Ok(times)
    }
}

/// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
fn rfc3339(seconds: i64) -> String {
    chrono::DateTime::from_timestamp(seconds, 0)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::rfc3339;

    #[test]
    fn times_are_utc_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_735_689_600), "2025-01-01T00:00:00Z");
    }
}
