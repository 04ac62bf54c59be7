//! `lexwatch log`: the versions of an act.

use super::common::{self, CliError, Ctx};
use crate::statute::{Statute, UnitKind};
use clap::Args;
use std::io::Write;
use std::process::ExitCode;

/// List an act's versions: date, stage, id, what changed against the previous one, and the source.
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
    let mut previous: Option<Statute> = None;
    for version in repo.versions(&act)? {
        let statute = repo.load(&version)?;
        let Some(entry) = &version.entry else {
            continue;
        };
        let counts = match &previous {
            None => format!(
                "first version: {}, {}",
                plural(statute.count(UnitKind::Article), "article"),
                plural(statute.count(UnitKind::Paragraph), "paragraph")
            ),
            Some(before) => crate::compare::compare(before, &statute).summary(),
        };
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
        previous = Some(statute);
    }
    common::finish(out)?;
    Ok(ExitCode::SUCCESS)
}

/// `1 article`, `3 articles`.
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
