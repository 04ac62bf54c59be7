//! `pull-state.toml`: what each source answered last, so that an unchanged
//! page costs one conditional request.
//!
//! It sits at the repository's root, beside `history/` rather than in it
//! (every `.toml` under `history/` is an act's register). It is a cache:
//! losing it costs one full download per source, never a wrong version,
//! because validators are sent only while the act's latest version is the
//! one they were kept with.

use super::{PullError, Validators};
use serde::{Deserialize, Serialize};

/// The state file's name, at the repository's root.
pub const STATE_FILE: &str = "pull-state.toml";

/// What one address of one act's source answered last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SeenSource {
    /// The act.
    pub act: String,
    /// The address asked for.
    pub url: String,
    /// The `ETag` it sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The `Last-Modified` it sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// The blob of the act's latest version when the answer was kept.
    pub blob: String,
    /// When it was retrieved (UTC, RFC 3339).
    pub retrieved: String,
}

/// Every source's last answer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// One entry per act and address, sorted.
    #[serde(default, rename = "source")]
    pub sources: Vec<SeenSource>,
}

impl State {
    /// Reads the state; `path` names it in errors.
    pub fn from_toml(text: &str, path: &str) -> Result<State, PullError> {
        toml::from_str(text).map_err(|e| PullError::State {
            path: path.to_string(),
            message: e.message().to_string(),
        })
    }

    /// Writes the state as TOML, sorted, so that it diffs well when committed.
    pub fn to_toml(&self) -> String {
        let mut sorted = self.clone();
        sorted
            .sources
            .sort_by(|a, b| (&a.act, &a.url).cmp(&(&b.act, &b.url)));
        let body = toml::to_string(&sorted).unwrap_or_default();
        format!("# What each source answered last; written by `lexwatch pull`.\n\n{body}")
    }

    /// The validators to send for `url` of `act`, if they were kept with `blob` as its latest version.
    pub fn validators(&self, act: &str, url: &str, blob: Option<&str>) -> Validators {
        self.sources
            .iter()
            .find(|s| s.act == act && s.url == url && Some(s.blob.as_str()) == blob)
            .map(|s| Validators {
                etag: s.etag.clone(),
                last_modified: s.last_modified.clone(),
            })
            .unwrap_or_default()
    }

    /// Keeps what `url` of `act` answered, with the act's latest version's blob.
    pub fn keep(&mut self, act: &str, url: &str, validators: &Validators, blob: &str, when: &str) {
        self.sources.retain(|s| !(s.act == act && s.url == url));
        if validators.etag.is_none() && validators.last_modified.is_none() {
            return;
        }
        self.sources.push(SeenSource {
            act: act.to_string(),
            url: url.to_string(),
            etag: validators.etag.clone(),
            last_modified: validators.last_modified.clone(),
            blob: blob.to_string(),
            retrieved: when.to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validators_are_sent_only_for_the_text_they_were_kept_with() {
        let mut state = State::default();
        let seen = Validators {
            etag: Some("\"v1\"".into()),
            last_modified: None,
        };
        state.keep("kz/a", "http://x/a", &seen, "b1", "2026-12-02T00:00:00Z");
        let back = State::from_toml(&state.to_toml(), STATE_FILE).unwrap();
        assert_eq!(back, state);
        assert_eq!(back.validators("kz/a", "http://x/a", Some("b1")), seen);
        assert_eq!(
            back.validators("kz/a", "http://x/a", Some("b2")),
            Validators::default()
        );
        assert_eq!(
            back.validators("kz/b", "http://x/a", Some("b1")),
            Validators::default()
        );
        assert!(State::from_toml("[[source]]\nact = 1\n", STATE_FILE).is_err());
    }
}
