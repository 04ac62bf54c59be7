//! Act ids: `<jurisdiction>/<act>`, safe to turn into paths.

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// The id of an act, e.g. `kz/mass-media-law`: lowercase path segments.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ActId(String);

/// An act id that cannot name a file inside the repository.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid act id {id:?}: {reason} (expected <jurisdiction>/<act>, like kz/mass-media-law)")]
pub struct InvalidActId {
    /// What was given.
    pub id: String,
    /// Why it was refused.
    pub reason: &'static str,
}

impl ActId {
    /// The act id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The statute file's path in the repository: `statutes/<act>.md`.
    pub fn statute_path(&self) -> String {
        format!("statutes/{}.md", self.0)
    }

    /// The register's path in the repository: `history/<act>.toml`.
    pub fn register_path(&self) -> String {
        format!("history/{}.toml", self.0)
    }
}

impl FromStr for ActId {
    type Err = InvalidActId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fail = |reason| {
            Err(InvalidActId {
                id: s.to_string(),
                reason,
            })
        };
        if s.starts_with('/') || s.starts_with('\\') || s.contains(':') {
            return fail("it is an absolute path");
        }
        let segments: Vec<&str> = s.split('/').collect();
        if segments.len() < 2 {
            return fail("it needs a jurisdiction and an act name");
        }
        for segment in &segments {
            if *segment == ".." || *segment == "." {
                return fail("it contains `.` or `..`");
            }
            if segment.is_empty() {
                return fail("it has an empty segment");
            }
            if !segment.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' || c == '.'
            }) || segment.starts_with('.')
            {
                return fail("segments may hold only a-z, 0-9, '-', '_' and '.'");
            }
        }
        Ok(ActId(s.to_string()))
    }
}

impl fmt::Display for ActId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_jurisdiction_and_act() {
        let id: ActId = "kz/cao-ch26-ru".parse().unwrap();
        assert_eq!(id.statute_path(), "statutes/kz/cao-ch26-ru.md");
        assert_eq!(id.register_path(), "history/kz/cao-ch26-ru.toml");
    }

    #[test]
    fn refuses_paths_that_escape() {
        for bad in [
            "../etc/passwd",
            "/etc/passwd",
            "kz/../../x",
            "kz",
            "kz//x",
            "KZ/Law",
            "kz/.hidden",
            "c:/x",
        ] {
            assert!(bad.parse::<ActId>().is_err(), "{bad} accepted");
        }
    }
}
