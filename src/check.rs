//! CI checks: every version of every act that changed between two revisions,
//! compared with the version before it.

use crate::analyze::lexicon::Lexicon;
use crate::analyze::{Report, Severity, VersionInfo};
use crate::corpus::{ActId, CorpusError, Repository, Version};
use crate::render::RegisterAnchor;
use serde::Deserialize;

/// The `[check]` table of a repository's `lexwatch.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct CheckConfig {
    /// The least severity that fails the check.
    pub fail_on: Option<Severity>,
}

#[derive(Debug, Default, Deserialize)]
struct RepoConfig {
    #[serde(default)]
    check: CheckConfig,
}

impl CheckConfig {
    /// Reads the `[check]` table of `lexwatch.toml`, ignoring the other tables.
    pub fn from_repo_toml(text: &str, origin: &str) -> Result<CheckConfig, String> {
        let config: RepoConfig =
            toml::from_str(text).map_err(|e| format!("{origin}: {}", e.message()))?;
        Ok(config.check)
    }
}

/// Compares each version recorded or changed between `base` and `head` with its predecessor.
///
/// A version is new when its register id is at `head` and not at `base`. The
/// first version of an act that replaces another (`[act] replaces`) is
/// compared with the predecessor's last version at `head`. An
/// act whose statute file changed without a new register entry is compared
/// file to file (base text → head text), so an edit made by hand is checked too.
///
/// `on_act` is told each act as its turn comes, for progress reports.
pub fn check(
    repo: &Repository,
    lexicon: &Lexicon,
    base: Option<&str>,
    head: &str,
    on_act: &mut dyn FnMut(&ActId, usize),
) -> Result<Vec<Report>, CorpusError> {
    let mut reports = Vec::new();
    let acts = repo.acts_at(head)?;
    let total = acts.len();
    for act in acts {
        on_act(&act, total);
        let head_register = repo.register_at(&act, head)?;
        let base_register = match base {
            Some(rev) => repo.register_at(&act, rev)?,
            None => Default::default(),
        };
        let mut compared_head_text = false;
        // The version before the first is the last of the act this one replaces.
        let predecessor_last = match repo.predecessor_at(&act, head)? {
            Some(before) => {
                let register = repo.register_at(&before, head)?;
                let last = register.versions.len().checked_sub(1);
                last.map(|i| Version {
                    act: before.clone(),
                    entry: Some(register.versions[i].clone()),
                    index: Some(i),
                    blob: register.versions[i].blob.clone(),
                })
            }
            None => None,
        };
        for (index, entry) in head_register.versions.iter().enumerate() {
            if base_register
                .versions
                .iter()
                .any(|e| e.id == entry.id && e.blob == entry.blob)
            {
                continue;
            }
            let at = |i: usize| Version {
                act: act.clone(),
                entry: Some(head_register.versions[i].clone()),
                index: Some(i),
                blob: head_register.versions[i].blob.clone(),
            };
            let from = match index.checked_sub(1) {
                Some(before) => at(before),
                None => match &predecessor_last {
                    Some(last) => last.clone(),
                    None => continue,
                },
            };
            let to = at(index);
            compared_head_text |= index + 1 == head_register.versions.len();
            reports.push(crate::diff_versions(repo, lexicon, &from, &to)?);
        }
        if !compared_head_text
            && let Some(report) = unrecorded_edit(repo, lexicon, &act, base, head)?
        {
            reports.push(report);
        }
    }
    Ok(reports)
}

/// The report for a statute file edited between two revisions with no new register entry.
fn unrecorded_edit(
    repo: &Repository,
    lexicon: &Lexicon,
    act: &ActId,
    base: Option<&str>,
    head: &str,
) -> Result<Option<Report>, CorpusError> {
    let Some(base) = base else { return Ok(None) };
    let (Some(old_blob), Some(new_blob)) = (
        repo.statute_blob_at(act, base)?,
        repo.statute_blob_at(act, head)?,
    ) else {
        return Ok(None);
    };
    if old_blob == new_blob {
        return Ok(None);
    }
    let version = |blob: String| Version {
        act: act.clone(),
        entry: None,
        index: None,
        blob,
    };
    let (from, to) = (version(old_blob), version(new_blob));
    let mut report = crate::diff_versions(repo, lexicon, &from, &to)?;
    let label = |v: &mut VersionInfo, rev: &str| v.label = format!("{} at {rev}", v.path);
    label(&mut report.from, base);
    label(&mut report.to, head);
    Ok(Some(report))
}

/// Where each report's CI annotations belong: `None` when its new version is
/// the act's statute file at `head` (lines in that file are right), else the
/// version's entry in the register at `head` (an out-of-order version, whose
/// text is not the current file).
pub fn register_anchors(
    repo: &Repository,
    reports: &[Report],
    head: &str,
) -> Result<Vec<Option<RegisterAnchor>>, CorpusError> {
    let mut anchors = Vec::with_capacity(reports.len());
    for report in reports {
        let (Some(act), Some(version)) = (report.act.as_deref(), report.to.id.as_deref()) else {
            anchors.push(None);
            continue;
        };
        let act: ActId = act.parse()?;
        if report.to.blob.is_some() && repo.statute_blob_at(&act, head)? == report.to.blob {
            anchors.push(None);
            continue;
        }
        let path = act.register_path();
        let text = register_text(repo, head, &path)?;
        anchors.push(Some(RegisterAnchor {
            line: id_line(&text, version).unwrap_or(1),
            path,
            version: version.to_string(),
        }));
    }
    Ok(anchors)
}

/// The register's text at a revision (empty when it is not there).
fn register_text(repo: &Repository, rev: &str, path: &str) -> Result<String, CorpusError> {
    let tree = repo.git().revparse_single(rev)?.peel_to_tree()?;
    let Ok(entry) = tree.get_path(std::path::Path::new(path)) else {
        return Ok(String::new());
    };
    let blob = repo.git().find_blob(entry.id())?;
    Ok(String::from_utf8_lossy(blob.content()).into_owned())
}

/// The 1-based line of `id = "<version>"` in a register, in any TOML quoting.
fn id_line(register: &str, version: &str) -> Option<usize> {
    register
        .lines()
        .position(|line| {
            let line = line.trim();
            line.starts_with("id")
                && toml::from_str::<toml::Table>(line)
                    .ok()
                    .and_then(|t| t.get("id").and_then(|v| v.as_str().map(|s| s == version)))
                    .unwrap_or(false)
        })
        .map(|i| i + 1)
}

/// Whether any finding in the reports is at or above `threshold`.
pub fn fails(reports: &[Report], threshold: Severity) -> bool {
    reports
        .iter()
        .any(|r| r.findings().any(|(_, f)| f.severity >= threshold))
}
