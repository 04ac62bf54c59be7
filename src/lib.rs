//! lexwatch: track versions of statutes and explain what changed.
//!
//! The data flows one way through four layers:
//!
//! 1. [`statute`]: text → a tree of units with citations ([`statute::Statute::parse`]);
//! 2. [`compare`]: two trees → aligned provisions with word-level redlines ([`compare::compare`]);
//! 3. [`analyze`]: a comparison → a [`analyze::Report`] of changes with findings;
//! 4. [`render`]: a report → text, Markdown or JSON ([`render::write`]).
//!
//! [`corpus`] supplies the texts and their version register from git, and
//! [`cli`] is the command line. [`diff_texts`] runs the whole chain on two texts:
//!
//! ```
//! let old = "### Article 1. Scope\n\n1. A fine of up to eighty indices.\n";
//! let new = "### Article 1. Scope\n\n1. A fine of up to one hundred indices.\n";
//! let report = lexwatch::diff_texts(old, new).unwrap();
//! assert_eq!(report.changes.len(), 1);
//! assert_eq!(report.changes[0].change.citation(), "art. 1 para. 1");
//! ```

pub mod analyze;
pub mod blame;
pub mod check;
pub mod cli;
pub mod compare;
pub mod config;
pub mod corpus;
mod error;
pub mod i18n;
pub mod import;
pub mod pull;
pub mod render;
pub mod site;
pub mod statute;
mod util;

pub use error::Error;

use analyze::lexicon::Lexicon;
use analyze::{Report, VersionInfo};
use corpus::{CorpusError, Repository, Version};
use statute::{ParseError, Statute};

/// Compares two statute texts and analyzes the changes with the built-in lexicon.
pub fn diff_texts(old: &str, new: &str) -> Result<Report, ParseError> {
    let old_statute = Statute::parse(old, "old")?;
    let new_statute = Statute::parse(new, "new")?;
    let lexicon = Lexicon::builtin();
    Ok(diff_statutes(
        &old_statute,
        &new_statute,
        &lexicon,
        file_info("old"),
        file_info("new"),
        None,
    ))
}

/// Compares two parsed statutes and analyzes the changes.
pub fn diff_statutes(
    old: &Statute,
    new: &Statute,
    lexicon: &Lexicon,
    from: VersionInfo,
    to: VersionInfo,
    act: Option<String>,
) -> Report {
    report_of(compare::compare(old, new), old, new, lexicon, from, to, act)
}

/// Analyzes a comparison of two statutes into a report.
fn report_of(
    comparison: compare::Comparison,
    old: &Statute,
    new: &Statute,
    lexicon: &Lexicon,
    from: VersionInfo,
    to: VersionInfo,
    act: Option<String>,
) -> Report {
    let title = new.title.clone().or_else(|| old.title.clone());
    analyze::analyze(
        comparison,
        new,
        lexicon,
        analyze::ReportMeta {
            act,
            title,
            from,
            to,
        },
    )
}

/// Compares two recorded versions of an act in a repository.
pub fn diff_versions(
    repo: &Repository,
    lexicon: &Lexicon,
    from: &Version,
    to: &Version,
) -> Result<Report, CorpusError> {
    let (old, new) = repo.load_pair(from, to)?;
    let register = repo.register(&to.act)?;
    let mut from_info = version_info(from);
    let mut numbering = compare::Numbering::Continued;
    // Across a succession the old version belongs to another act: say which,
    // and let only the words pair its articles with the new act's.
    if from.act != to.act {
        from_info.label = from.qualified_label();
        numbering = compare::Numbering::Independent;
    }
    let mut report = report_of(
        compare::compare_derived(
            (&old, &repo.derived(&old)),
            (&new, &repo.derived(&new)),
            numbering,
        ),
        &old,
        &new,
        lexicon,
        from_info,
        version_info(to),
        Some(to.act.to_string()),
    );
    report.title = register.title_of(report.title.as_deref());
    Ok(report)
}

/// The title of an act at a version, as every output names it: the text's
/// own (front matter or level-1 heading), else the register's `[act] title`.
pub fn act_title(repo: &Repository, version: &Version) -> Result<Option<String>, CorpusError> {
    let text = repo.load(version)?;
    Ok(repo.register(&version.act)?.title_of(text.title.as_deref()))
}

/// Describes a plain file for a report.
pub fn file_info(path: &str) -> VersionInfo {
    VersionInfo {
        label: path.to_string(),
        id: None,
        date: None,
        stage: None,
        source: None,
        blob: None,
        path: path.to_string(),
    }
}

/// Describes a recorded version for a report.
pub fn version_info(version: &Version) -> VersionInfo {
    let entry = version.entry.as_ref();
    VersionInfo {
        label: version.label(),
        id: entry.map(|e| e.id.clone()),
        date: entry.map(|e| e.date),
        stage: entry.map(|e| e.stage.to_string()),
        source: entry.and_then(|e| e.source.clone()),
        blob: Some(version.blob.clone()),
        path: version.act.statute_path(),
    }
}
