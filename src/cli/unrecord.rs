//! `lexwatch unrecord`: undo the last record of an act, in one commit.

use super::common::{self, CliError, Ctx};
use clap::Args;
use std::io::Write;
use std::process::ExitCode;

/// Remove the last recorded version of an act, in one new commit (all or nothing).
///
/// Only the version that the act's latest record added can be removed, so a
/// mistaken `record` is undone without rewriting history. The act's file
/// becomes the text of the version that is now the newest; when no version is
/// left, the act's file and register are removed. The removed text stays in
/// git history.
///
/// Example: `lexwatch unrecord kz/mass-media-law 2023-06-06-draft`
#[derive(Debug, Args)]
pub struct UnrecordArgs {
    /// The act id (see `lexwatch acts`).
    act: String,
    /// The register id of the version to remove (see `lexwatch log ACT`).
    #[arg(value_name = "VERSION")]
    version_id: String,
}

/// Runs `unrecord`.
pub fn run(ctx: &Ctx, args: &UnrecordArgs) -> Result<ExitCode, CliError> {
    let (repo, act) = ctx.act(&args.act)?;
    let done = repo.unrecord_observed(&act, &args.version_id, &common::write_step_hook())?;
    if let Some(recovery) = &done.recovered {
        common::note(&recovery.to_string());
    }
    let now = match &done.latest {
        Some(latest) => format!("the newest version is now {}", latest.id),
        None => "no version is left".to_string(),
    };
    let mut out = common::stdout();
    writeln!(
        out,
        "Unrecorded {act} {} ({}, {}); {now}; commit {}",
        done.entry.id,
        done.entry.stage,
        done.entry.date,
        &done.commit[..10.min(done.commit.len())]
    )?;
    common::finish(out)?;
    Ok(ExitCode::SUCCESS)
}
