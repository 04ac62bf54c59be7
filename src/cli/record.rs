//! `lexwatch record`: add a version of an act, in one commit.

use super::common::{CliError, Ctx};
use crate::corpus::{ActId, RecordRequest, Stage};
use chrono::NaiveDate;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Record a version of an act: validate it, write it and its register entry, commit once.
///
/// The file must parse as a statute. It becomes `statutes/<act>.md` when it is
/// the newest version; an older version recorded later lands in date order in
/// `history/<act>.toml` and HEAD keeps the newest text. If any step fails,
/// nothing is written.
///
/// Example: `lexwatch record draft.md --act kz/mass-media-law --date 2023-06-06 --stage draft --source https://legalacts.egov.kz/…`
#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The statute file to record (Markdown, optional `+++` front matter).
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The act id, `<jurisdiction>/<act>` (e.g. kz/mass-media-law).
    #[arg(long, value_name = "ID")]
    act: String,
    /// The legal date of this version.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: NaiveDate,
    /// The stage: draft, proposal, first-reading, second-reading, adopted, signed, in-force, repealed.
    #[arg(long, value_name = "STAGE")]
    stage: String,
    /// Where the text was published or quoted.
    #[arg(long, value_name = "S")]
    source: Option<String>,
    /// A note kept with the version.
    #[arg(long, value_name = "N")]
    note: Option<String>,
    /// The version id (default: <date>-<stage>).
    #[arg(long, value_name = "ID")]
    id: Option<String>,
}

/// Runs `record`.
pub fn run(ctx: &Ctx, args: &RecordArgs) -> Result<ExitCode, CliError> {
    let act: ActId = args.act.parse().map_err(crate::Error::from)?;
    let stage: Stage = args.stage.parse().map_err(crate::Error::from)?;
    let text = std::fs::read(&args.file)
        .map_err(|e| CliError::new(format!("{}: {e}", args.file.display())))?;
    let repo = ctx.repo()?;
    let recorded = repo.record(RecordRequest {
        act: act.clone(),
        text,
        origin: args.file.display().to_string(),
        date: args.date,
        stage,
        source: args.source.clone(),
        note: args.note.clone(),
        id: args.id.clone(),
    })?;
    let placement = if recorded.is_latest {
        "now the newest version"
    } else {
        "recorded before newer versions"
    };
    println!(
        "Recorded {act} {} ({}, {}), {placement}; commit {}",
        recorded.entry.id,
        recorded.entry.stage,
        recorded.entry.date,
        &recorded.commit[..10.min(recorded.commit.len())]
    );
    Ok(ExitCode::SUCCESS)
}
