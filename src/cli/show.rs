//! `lexwatch show`: print a version of an act, or one provision of it.

use super::common::{self, CliError, Ctx};
use crate::statute::{Citation, Status};
use clap::Args;
use std::io::Write;
use std::process::ExitCode;

/// Print a version of an act, or one provision of it by citation.
///
/// Citations: `art. 274`, `art. 26 para. 4 subpara. 2`, `ст. 456-2 п. 4`
/// (`ч. 4` also works for a part of an article), `ch. 26`, `art. 456-2 note`,
/// or a bare article number. Versions: register id, date (the version in
/// force then), stage word, `latest`, `previous`, a git revision, or
/// ACT@VERSION for a version of another act (`kz/mass-media-1999-ru@latest`).
///
/// Examples: `lexwatch show kz/criminal-code "art. 274"`,
/// `lexwatch show kz/cao-ch26-ru --at 2024-09-09 "ст. 456-2 ч. 4"`
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The act id (see `lexwatch acts`).
    act: String,
    /// The provision to print (default: the whole text).
    citation: Option<String>,
    /// The version to print (default: latest).
    #[arg(long, value_name = "VERSION")]
    at: Option<String>,
}

/// Runs `show`.
pub fn run(ctx: &Ctx, args: &ShowArgs) -> Result<ExitCode, CliError> {
    let (repo, act) = ctx.act(&args.act)?;
    let version = common::resolve(&repo, &act, args.at.as_deref())?;
    // ACT@VERSION may name another act's version: print that act.
    let act = version.act.clone();
    let bytes = repo.blob(&version.blob)?;
    let mut out = common::stdout();
    let Some(citation) = &args.citation else {
        out.write_all(&bytes)?;
        common::finish(out)?;
        return Ok(ExitCode::SUCCESS);
    };
    let citation = Citation::parse(citation)?;
    let statute = repo.load(&version)?;
    let Some(unit) = statute.find(&citation) else {
        return Err(common::missing_provision(
            &repo, &version, &statute, &citation,
        ));
    };
    let text = String::from_utf8_lossy(&bytes);
    let source = text.get(unit.span.start..unit.span.end).unwrap_or("");
    writeln!(
        out,
        "{act} {} — version {} (lines {}–{})",
        citation.display(statute.cite_style()),
        version.label(),
        unit.span.line_start,
        unit.span.line_end
    )?;
    if let Status::Repealed { by } = &unit.status {
        writeln!(
            out,
            "[repealed{}]",
            by.as_deref()
                .map(|b| format!(" by {b}"))
                .unwrap_or_default()
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", source.trim_end())?;
    common::finish(out)?;
    Ok(ExitCode::SUCCESS)
}
