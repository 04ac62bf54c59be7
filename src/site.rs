//! The tracker site: gathers every act's versions, comparisons and provision
//! histories from a repository ([`build`]), and writes the rendered pages to
//! a folder, rewriting only the files whose bytes changed ([`publish`]).
//!
//! Rendering is [`crate::render::render_site`]'s job; this module reads the
//! repository and the folder, nothing else.

use crate::analyze::lexicon::Lexicon;
use crate::blame::{BlameError, History};
use crate::corpus::{CorpusError, Repository};
use crate::render::{
    FeedEntry, FeedInput, Page, Site, SiteAct, SiteProvision, SiteVersion, act_path,
    comparison_path, provision_of,
};
use crate::statute::{ArticleDivision, Citation, Language, Statute};
use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

/// The file that lists what a site folder holds, so that a later run knows
/// which files are its own (to remove pages that are gone) and never
/// touches anything else.
pub const MANIFEST: &str = ".lexwatch-site";

/// How to build the site.
#[derive(Debug, Clone)]
pub struct SiteOptions {
    /// The language of the site's labels.
    pub lang: Language,
    /// The address the site will be published at, if known.
    pub base_url: Option<String>,
    /// The feed's title.
    pub feed_title: String,
}

/// Why the site could not be built or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SiteError {
    /// Reading the repository failed.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// A provision's history could not be traced.
    #[error(transparent)]
    Blame(#[from] BlameError),
    /// The output folder holds files lexwatch did not write.
    #[error(
        "{}: the folder is not empty and holds no {MANIFEST} file; choose an empty folder or an earlier site's folder",
        dir.display()
    )]
    NotASite {
        /// The folder.
        dir: PathBuf,
    },
    /// A page could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

/// What [`publish`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Published {
    /// Files written because they were new or their bytes changed.
    pub written: usize,
    /// Files left alone because their bytes were the same.
    pub unchanged: usize,
    /// Files of an earlier run that the site no longer has, removed.
    pub removed: usize,
}

/// Gathers everything the site shows from the repository.
pub fn build(
    repo: &Repository,
    lexicon: &Lexicon,
    options: &SiteOptions,
) -> Result<Site, SiteError> {
    let mut acts = Vec::new();
    let mut feed_entries = Vec::new();
    for id in repo.acts()? {
        let versions = repo.versions(&id)?;
        let recorded = repo.recording_times(&id)?;
        let mut site_versions: Vec<SiteVersion> = Vec::with_capacity(versions.len());
        for (i, version) in versions.iter().enumerate() {
            // An act's first version is compared with the last of the act it replaces.
            let previous = match i.checked_sub(1) {
                Some(p) => Some(versions[p].clone()),
                None => repo.previous(version)?,
            };
            let report = match &previous {
                Some(before) => Some(crate::diff_versions(repo, lexicon, before, version)?),
                None => None,
            };
            let info = crate::version_info(version);
            if let Some(entry) = &version.entry {
                // A first version has no comparison page: its entry links the act's page.
                let page = match &report {
                    Some(_) => comparison_path(id.as_str(), &info),
                    None => act_path(id.as_str()),
                };
                let link = Some(feed_link(options, page));
                let updated = recorded.get(&entry.id).map(String::as_str);
                let feed_entry = match &report {
                    Some(report) => FeedEntry::from_report(report, link, updated),
                    None => FeedEntry::first_version(
                        id.as_str(),
                        crate::act_title(repo, version)?.as_deref(),
                        &entry.id,
                        entry.stage.as_str(),
                        entry.date,
                        link,
                        updated,
                    ),
                };
                feed_entries.push((entry.date, format!("{id} {}", entry.id), feed_entry));
            }
            site_versions.push(SiteVersion {
                note: version.entry.as_ref().and_then(|e| e.note.clone()),
                info,
                report,
            });
        }
        let (title, language, division, provisions) = match versions.last() {
            Some(latest) => {
                let statute = repo.load(latest)?;
                let mut history = History::new(repo, latest)?;
                let mut provisions = Vec::new();
                for citation in provisions_of(&statute) {
                    provisions.push(provision(&statute, &mut history, citation)?);
                }
                (
                    repo.register(&latest.act)?
                        .title_of(statute.title.as_deref()),
                    statute.language,
                    statute.division,
                    provisions,
                )
            }
            None => (None, Language::En, ArticleDivision::Paragraph, Vec::new()),
        };
        acts.push(SiteAct {
            id: id.to_string(),
            title,
            language,
            division,
            versions: site_versions,
            provisions,
        });
    }
    // Findings name a standard by its citation, with or without its key.
    let standards = lexicon
        .standards()
        .values()
        .flat_map(|s| {
            [
                (s.citation.clone(), s.summary.clone()),
                (format!("{} ({})", s.citation, s.key), s.summary.clone()),
            ]
        })
        .collect();
    Ok(Site {
        lang: options.lang,
        base_url: options.base_url.clone(),
        acts,
        standards,
        feed: FeedInput::newest_first(
            options.feed_title.clone(),
            options.base_url.clone(),
            feed_entries,
        ),
    })
}

/// Where a feed entry links: a page of the site, absolute when the site's
/// address is known (the feed is read away from the site).
fn feed_link(options: &SiteOptions, page: String) -> String {
    match &options.base_url {
        Some(base) => format!("{}/{page}", base.trim_end_matches('/')),
        None => page,
    }
}

/// The provisions that get a page, in document order: every article, and
/// in an act without articles every top-level unit that is not a division.
fn provisions_of(statute: &Statute) -> Vec<Citation> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    statute.walk(|ancestors, unit| {
        if unit.kind.is_division() {
            return;
        }
        let citation = provision_of(&Citation::of(ancestors, unit));
        if !citation.0.is_empty() && seen.insert(citation.clone()) {
            out.push(citation);
        }
    });
    out
}

fn provision(
    statute: &Statute,
    history: &mut History<'_>,
    citation: Citation,
) -> Result<SiteProvision, SiteError> {
    let unit = statute.find(&citation);
    let lines = history.blame(&citation)?;
    Ok(SiteProvision {
        label: citation.display(statute.cite_style()),
        heading: unit.and_then(|u| u.heading.clone()),
        repealed: unit.is_some_and(|u| u.is_repealed()),
        lines,
        citation,
    })
}

/// Writes the pages into `dir`, leaving alone every file whose bytes are
/// already right and removing the pages an earlier run wrote that the site
/// no longer has. Each file is written whole (a temporary file, then a rename).
pub fn publish(dir: &Path, pages: &[Page]) -> Result<Published, SiteError> {
    let write_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SiteError::Write { path, source }
    };
    let manifest_path = dir.join(MANIFEST);
    let previous: Option<String> = match std::fs::read_to_string(&manifest_path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(write_error(&manifest_path)(e)),
    };
    if previous.is_none() && dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(write_error(dir))?;
        if entries.next().is_some() {
            return Err(SiteError::NotASite {
                dir: dir.to_path_buf(),
            });
        }
    }
    let mut published = Published::default();
    for page in pages {
        let path = dir.join(&page.path);
        match std::fs::read(&path) {
            Ok(bytes) if bytes == page.bytes => {
                published.unchanged += 1;
                continue;
            }
            _ => {}
        }
        write_whole(&path, &page.bytes).map_err(write_error(&path))?;
        published.written += 1;
    }
    let current: BTreeSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    for old in previous.as_deref().unwrap_or("").lines() {
        // Only paths this module wrote: relative, no `..`, not in the new site.
        let safe = !old.is_empty()
            && !old.starts_with('/')
            && !old.split('/').any(|part| part == ".." || part.is_empty());
        if safe && !current.contains(old) {
            match std::fs::remove_file(dir.join(old)) {
                Ok(()) => published.removed += 1,
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(write_error(&dir.join(old))(e)),
            }
        }
    }
    let manifest: String = current.iter().map(|p| format!("{p}\n")).collect();
    if previous.as_deref() != Some(manifest.as_str()) {
        write_whole(&manifest_path, manifest.as_bytes()).map_err(write_error(&manifest_path))?;
    }
    Ok(published)
}

/// Writes one page whole, making its folder first.
fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::util::write_atomically_unsynced(path, bytes)
}
