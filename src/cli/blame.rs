//! `lexwatch blame`: which version introduced each line of a provision.

use super::common::{self, CliError, Ctx};
use crate::statute::Citation;
use clap::Args;
use std::io::Write;
use std::process::ExitCode;

/// Show, for each line of a provision, the version (date, stage) that introduced its wording.
///
/// The provision is followed back through renumberings and moves, so a line
/// older than the provision's current number is traced to its earlier number.
/// When the act replaces another (`[act] replaces = …` in its register), the
/// walk goes on into the predecessor's versions: wording carried over from the
/// old law is dated from it and shown as `OLD-ACT@citation`.
///
/// VERSION is a register id, date, stage word, `latest`, `previous`, a git
/// revision, or ACT@VERSION for a version of another act.
///
/// Examples:
///   lexwatch blame kz/criminal-code-ch04-05-ru "ст. 174"
///   lexwatch blame kz/mass-media-2024-ru "ст. 2 п. 1" --at 2024-06-19-signed
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct BlameArgs {
    /// The act id (see `lexwatch acts`).
    act: String,
    /// The provision (`art. 274`, `ст. 174 п. 1`).
    citation: String,
    /// The version whose wording to explain (default: latest).
    #[arg(long, value_name = "VERSION")]
    at: Option<String>,
}

/// Runs `blame`.
pub fn run(ctx: &Ctx, args: &BlameArgs) -> Result<ExitCode, CliError> {
    let (repo, act) = ctx.act(&args.act)?;
    let version = common::resolve(&repo, &act, args.at.as_deref())?;
    let citation = Citation::parse(&args.citation)?;
    let lines = crate::blame::blame(&repo, &version, &citation).map_err(crate::Error::from)?;
    let mut out = common::stdout();
    writeln!(out, "{act} {} — as of {}", args.citation, version.label())?;
    // A line carried over from a predecessor names that act.
    let citations: Vec<String> = lines
        .iter()
        .map(|line| match line.act == act.as_str() {
            true => line.citation.clone(),
            false => format!("{}@{}", line.act, line.citation),
        })
        .collect();
    let width = citations
        .iter()
        .map(|c| c.chars().count())
        .max()
        .unwrap_or(0)
        .max(14);
    for (line, citation) in lines.iter().zip(&citations) {
        let date = line.version.date.map(|d| d.to_string()).unwrap_or_default();
        let stage = line.version.stage.as_deref().unwrap_or("");
        writeln!(out, "{date} {stage:<10} {citation:<width$} | {}", line.text)?;
    }
    common::finish(out)?;
    Ok(ExitCode::SUCCESS)
}
