//! `lexwatch feed`: an Atom feed of the versions in the repository.

use super::common::{self, CliError, Ctx};
use crate::render::{FeedEntry, FeedInput, version_link, write_atom};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Write an Atom feed of the versions in the repository, newest first, with each version's findings.
///
/// One entry per recorded version: its changes against the previous version
/// and the findings on them. The first version of an act that replaces
/// another is compared with the predecessor's last version. --base-url makes each entry link to
/// `<base-url>/<act>/<version id>`.
///
/// Examples:
///   lexwatch feed -o feed.xml --base-url https://example.org/lexwatch
///   lexwatch feed | head
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct FeedArgs {
    /// The file to write (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The address entries link to.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// The feed's title.
    #[arg(long, default_value = "lexwatch: statute versions")]
    title: String,
}

/// Runs `feed`.
pub fn run(ctx: &Ctx, args: &FeedArgs) -> Result<ExitCode, CliError> {
    let repo = ctx.repo()?;
    let lexicon = ctx.lexicon_in(&repo)?;
    let mut entries: Vec<(chrono::NaiveDate, String, FeedEntry)> = Vec::new();
    let acts = repo.acts()?;
    let progress = common::Progress::new("feed", acts.len());
    for act in &acts {
        progress.step(act.as_str());
        let versions = repo.versions(act)?;
        let recorded = repo.recording_times(act)?;
        for version in &versions {
            let Some(entry) = &version.entry else {
                continue;
            };
            let link = args
                .base_url
                .as_ref()
                .map(|base| version_link(base, act.as_str(), &entry.id));
            // `updated` is when the version was recorded, so a late-recorded old one is news.
            let updated = recorded.get(&entry.id).map(String::as_str);
            // An act's first version is compared with the last of the act it replaces.
            let feed_entry = match repo.previous(version)? {
                Some(previous) => {
                    let report = crate::diff_versions(&repo, &lexicon, &previous, version)?;
                    FeedEntry::from_report(&report, link, updated)
                }
                None => FeedEntry::first_version(
                    act.as_str(),
                    crate::act_title(&repo, version)?.as_deref(),
                    &entry.id,
                    entry.stage.as_str(),
                    entry.date,
                    link,
                    updated,
                ),
            };
            entries.push((entry.date, format!("{act} {}", entry.id), feed_entry));
        }
    }
    progress.finish();
    let feed = FeedInput::newest_first(args.title.clone(), args.base_url.clone(), entries);
    let mut buffer = Vec::new();
    write_atom(&feed, &mut buffer)?;
    match &args.output {
        Some(path) => common::write_file(path, &buffer)?,
        None => {
            let mut out = common::stdout();
            out.write_all(&buffer)?;
            common::finish(out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
