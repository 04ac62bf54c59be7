//! `lexwatch log`: the versions of an act.

use super::common::{self, CliError, Ctx};
use crate::statute::UnitKind;
use clap::Args;
use std::io::Write;
use std::process::ExitCode;

/// List an act's versions: date, stage, id, source and what changed against the previous one.
///
/// Example: `lexwatch log kz/mass-media-law`
#[derive(Debug, Args)]
pub struct LogArgs {
    /// The act id (see `lexwatch acts`).
    act: String,
}

/// Runs `log`.
pub fn run(ctx: &Ctx, args: &LogArgs) -> Result<ExitCode, CliError> {
    let (repo, act) = ctx.act(&args.act)?;
    let mut out = common::stdout();
    writeln!(out, "{act}")?;
    for version in repo.versions(&act)? {
        let statute = repo.load(&version)?;
        let Some(entry) = &version.entry else {
            continue;
        };
        let counts = format!(
            "{} articles, {} paragraphs",
            statute.count(UnitKind::Article),
            statute.count(UnitKind::Paragraph)
        );
        writeln!(
            out,
            "{}  {:<14} {:<28} {counts}",
            entry.date,
            entry.stage.as_str(),
            entry.id
        )?;
        if let Some(source) = &entry.source {
            writeln!(out, "            source: {source}")?;
        }
        if let Some(note) = &entry.note {
            writeln!(out, "            note: {note}")?;
        }
    }
    common::finish(out)?;
    Ok(ExitCode::SUCCESS)
}
