//! `lexwatch parallel`: two language texts of one version held against each other.

use super::common::{self, CliError, Ctx, OutputArgs};
use crate::analyze::parallel::{Discrepancy, DiscrepancyKind, Parallel, Side, compare_languages};
use crate::corpus::{ActId, Repository, Version};
use clap::{Args, ValueEnum};
use std::collections::BTreeSet;
use std::io::Write;
use std::process::ExitCode;

/// Hold the Russian and Kazakh texts of one version against each other; exit 1 on discrepancies.
///
/// Pairs the provisions of the two texts by citation and lists every
/// provision that is in one text only, repealed in one only, or states other
/// figures (amounts, terms, dates, article and part references) or other
/// sanctions than its counterpart, with both texts. Figures are read in each
/// text's own language («пятидесяти» and «елу» are both 50); wording that
/// differs without changing a figure or a sanction is not reported.
///
/// VERSION is resolved in each act (a date gives the version in force on it
/// in each); without it, the newest date both registers have a version of.
/// Exit code: 0 when the texts agree, 1 when there are discrepancies (like
/// `check`), 2 on bad usage or input.
///
/// Examples:
///   lexwatch parallel kz/cao-ch26-ru kz/cao-ch26-kk 2024-09-09
///   lexwatch parallel kz/mass-media-2024-ru kz/mass-media-2024-kk --format json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ParallelArgs {
    /// The act in the first language (usually Russian).
    #[arg(value_name = "ACT-RU")]
    left: String,
    /// The same act in the second language (usually Kazakh).
    #[arg(value_name = "ACT-KK")]
    right: String,
    /// The version to compare, named in each act (default: the newest date both have).
    #[arg(value_name = "VERSION")]
    at: Option<String>,
    /// The output format.
    #[arg(long, value_enum, default_value_t = ParallelFormat::Text)]
    format: ParallelFormat,
    #[command(flatten)]
    output: OutputArgs,
}

/// Formats `parallel` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParallelFormat {
    /// One block per discrepancy, with both texts.
    Text,
    /// JSON with a schema_version.
    Json,
}

/// Runs `parallel`.
pub fn run(ctx: &Ctx, args: &ParallelArgs) -> Result<ExitCode, CliError> {
    let repo = ctx.repo()?;
    let left_act = repo.require_act(&args.left)?;
    let right_act = repo.require_act(&args.right)?;
    if left_act == right_act {
        return Err(CliError::new(format!(
            "{left_act} named twice; name the act in each of its two languages"
        )));
    }
    let (left_version, right_version) = versions(&repo, &left_act, &right_act, args.at.as_deref())?;
    let left = repo.load(&left_version)?;
    let right = repo.load(&right_version)?;
    if left.language == right.language {
        return Err(CliError::new(format!(
            "{left_act} and {right_act} are both in {}; parallel compares two languages",
            left.language.code()
        )));
    }
    let (ld, rd) = (date_of(&left_version), date_of(&right_version));
    if ld != rd {
        common::warn(&format!(
            "the versions differ in date: {} is of {}, {} of {}",
            left_version.qualified_label(),
            ld.unwrap_or_default(),
            right_version.qualified_label(),
            rd.unwrap_or_default()
        ));
    }
    let result = compare_languages(&left, &right);
    let mut buffer = Vec::new();
    match args.format {
        ParallelFormat::Json => {
            let doc = serde_json::json!({
                "schema_version": crate::analyze::SCHEMA_VERSION,
                "left": header(&left_version, &left),
                "right": header(&right_version, &right),
                "provisions": result.provisions,
                "discrepancies": result.discrepancies,
            });
            serde_json::to_writer_pretty(&mut buffer, &doc).map_err(std::io::Error::other)?;
            writeln!(buffer)?;
        }
        ParallelFormat::Text => write_text(&mut buffer, &left_version, &right_version, &result)?,
    }
    match &args.output.output {
        Some(path) => common::write_file(path, &buffer)?,
        None => {
            let mut out = common::stdout();
            out.write_all(&buffer)?;
            common::finish(out)?;
        }
    }
    Ok(if result.discrepancies.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Resolves the version in each act: the one named, or the newest date both registers have.
fn versions(
    repo: &Repository,
    left: &ActId,
    right: &ActId,
    spec: Option<&str>,
) -> Result<(Version, Version), CliError> {
    if let Some(spec) = spec {
        return Ok((repo.resolve(left, spec)?, repo.resolve(right, spec)?));
    }
    let dates = |act: &ActId| -> Result<BTreeSet<_>, CliError> {
        Ok(repo
            .versions(act)?
            .iter()
            .filter_map(date_of)
            .collect::<BTreeSet<_>>())
    };
    let (l, r) = (dates(left)?, dates(right)?);
    let Some(date) = l.intersection(&r).last() else {
        return Err(CliError::new(format!(
            "{left} and {right} have no version of the same date"
        ))
        .with_hint("name the version to compare: lexwatch parallel ACT-RU ACT-KK VERSION"));
    };
    let spec = date.to_string();
    Ok((repo.resolve(left, &spec)?, repo.resolve(right, &spec)?))
}

fn date_of(version: &Version) -> Option<chrono::NaiveDate> {
    version.entry.as_ref().map(|e| e.date)
}

fn header(version: &Version, statute: &crate::statute::Statute) -> serde_json::Value {
    serde_json::json!({
        "act": version.act.as_str(),
        "version": version.label(),
        "date": date_of(version),
        "language": statute.language,
    })
}

fn write_text(
    out: &mut dyn Write,
    left: &Version,
    right: &Version,
    result: &Parallel,
) -> std::io::Result<()> {
    let (ll, rl) = (result.left_language.code(), result.right_language.code());
    writeln!(
        out,
        "{} ({ll}) ↔ {} ({rl}): {} provisions in both, {} discrepancies",
        left.qualified_label(),
        right.qualified_label(),
        result.provisions,
        result.discrepancies.len()
    )?;
    if !result.discrepancies.is_empty() {
        let counts: Vec<String> = [
            DiscrepancyKind::Missing,
            DiscrepancyKind::Status,
            DiscrepancyKind::Figures,
            DiscrepancyKind::Sanctions,
        ]
        .iter()
        .map(|k| (k, result.count(*k)))
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{} {n}", k.as_str()))
        .collect();
        writeln!(out, "({})", counts.join(", "))?;
    }
    for d in &result.discrepancies {
        writeln!(out)?;
        write_discrepancy(out, d, ll, rl)?;
    }
    Ok(())
}

fn write_discrepancy(
    out: &mut dyn Write,
    d: &Discrepancy,
    ll: &str,
    rl: &str,
) -> std::io::Result<()> {
    let cite = |s: &Option<Side>| s.as_ref().map_or("—".to_string(), |s| s.citation.clone());
    let kinds: Vec<&str> = d.kinds.iter().map(|k| k.as_str()).collect();
    writeln!(
        out,
        "{} | {}  [{}]",
        cite(&d.left),
        cite(&d.right),
        kinds.join(", ")
    )?;
    for (lang, side) in [(ll, &d.left), (rl, &d.right)] {
        let Some(side) = side else {
            writeln!(out, "  {lang}: (no such provision)")?;
            continue;
        };
        if d.kinds.contains(&DiscrepancyKind::Status) {
            let status = if side.repealed {
                "repealed"
            } else {
                "in force"
            };
            writeln!(out, "  {lang} status: {status}")?;
        }
        if !side.figures.is_empty() {
            let list: Vec<String> = side.figures.iter().map(|f| f.to_string()).collect();
            writeln!(out, "  only in {lang}: {}", list.join(", "))?;
        }
        for s in &side.sanctions {
            writeln!(out, "  only in {lang}: {s}")?;
        }
    }
    for (lang, side) in [(ll, &d.left), (rl, &d.right)] {
        if let Some(side) = side {
            let text = if side.text.is_empty() {
                "(no text)".to_string()
            } else {
                side.text.replace('\n', " ")
            };
            writeln!(
                out,
                "  {lang} (lines {}–{}): {text}",
                side.lines.0, side.lines.1
            )?;
        }
    }
    Ok(())
}
