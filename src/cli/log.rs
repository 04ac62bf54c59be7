//! `lexwatch log`: the versions of an act, after those of the acts it replaces.

use super::common::{self, CliError, Ctx};
use crate::statute::{Statute, UnitKind};
use clap::Args;
use std::io::Write;
use std::process::ExitCode;
use std::rc::Rc;

/// List an act's versions: date, stage, id, what changed against the previous one, and the source.
///
/// When the act's register names the act it replaces (`[act] replaces = …`),
/// the predecessor's versions come first under its own heading, and the act's
/// first version is compared with the predecessor's last.
///
/// Examples:
///   lexwatch log kz/mass-media-law
///   lexwatch log kz/mass-media-2024-ru
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct LogArgs {
    /// The act id (see `lexwatch acts`).
    act: String,
}

/// Runs `log`.
pub fn run(ctx: &Ctx, args: &LogArgs) -> Result<ExitCode, CliError> {
    let (repo, act) = ctx.act(&args.act)?;
    let mut out = common::stdout();
    let succession = repo.succession(&act)?;
    // The text before this one, and the act it belongs to.
    let mut previous: Option<(Rc<Statute>, String)> = None;
    for (position, id) in succession.iter().enumerate() {
        if position > 0 {
            writeln!(out)?;
        }
        let register = repo.register(id)?;
        let mut notes: Vec<String> = Vec::new();
        if id != &act {
            notes.push("predecessor".to_string());
        } else if position > 0 {
            notes.push(format!("replaces {}", succession[position - 1]));
        } else if let Some(named) = &register.act.replaces {
            notes.push(format!("replaces {named}, not recorded in this repository"));
        }
        if id == &act
            && let Some(successor) = &register.act.replaced_by
        {
            notes.push(format!("replaced by {successor}"));
        }
        if let Some(law) = &register.act.repealed_by {
            notes.push(format!("repealed by {law}"));
        }
        let heading = match notes.is_empty() {
            true => id.to_string(),
            false => format!("{id} ({})", notes.join("; ")),
        };
        writeln!(out, "{heading}")?;
        for version in repo.versions(id)? {
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
                Some((before, before_act)) => {
                    let numbering = if before_act == &id.to_string() {
                        crate::compare::Numbering::Continued
                    } else {
                        crate::compare::Numbering::Independent
                    };
                    crate::compare::summary_derived(
                        (before, &repo.derived(before)),
                        (&statute, &repo.derived(&statute)),
                        numbering,
                    )
                }
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
            previous = Some((statute, id.to_string()));
        }
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
