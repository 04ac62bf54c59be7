//! `lexwatch check`: the CI gate.

use super::common::{self, CliError, Ctx, OutputArgs};
use crate::analyze::Severity;
use crate::check::{CheckConfig, check, fails};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::process::ExitCode;

/// Check the versions recorded between two revisions; exit 1 on findings at or above the threshold.
///
/// Every version of every act that changed between BASE and HEAD is compared
/// with the version before it. Findings at or above --fail-on (or `fail-on`
/// in the `[check]` table of lexwatch.toml; default: medium) make the exit
/// code 1. Formats: text, json, sarif (SARIF 2.1.0 for code scanning) and
/// github (workflow annotation lines).
///
/// Examples:
///   lexwatch check
///   lexwatch check --base origin/main --head HEAD --format sarif -o lexwatch.sarif
///   lexwatch check --format github --fail-on high
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CheckArgs {
    /// The revision before the change (default: the parent of HEAD).
    #[arg(long, value_name = "REV")]
    base: Option<String>,
    /// The revision after the change.
    #[arg(long, value_name = "REV", default_value = "HEAD")]
    head: String,
    /// The least severity that fails the check: info, low, medium or high.
    #[arg(long, value_name = "SEVERITY")]
    fail_on: Option<Severity>,
    /// The output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    #[command(flatten)]
    only: common::OnlyArgs,
    #[command(flatten)]
    output: OutputArgs,
}

/// Formats `check` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// The change lists with findings.
    Text,
    /// A JSON array of reports.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub workflow annotations.
    Github,
}

/// Runs `check`.
pub fn run(ctx: &Ctx, args: &CheckArgs) -> Result<ExitCode, CliError> {
    let only = args.only.citation()?;
    let repo = ctx.repo()?;
    let lexicon = ctx.lexicon_in(&repo)?;
    let threshold = match args.fail_on {
        Some(s) => s,
        None => config_threshold(repo.root())?.unwrap_or(Severity::Medium),
    };
    let head = &args.head;
    let base = match &args.base {
        Some(b) => Some(b.clone()),
        None => {
            let parent = format!("{head}^");
            repo.git()
                .revparse_single(&parent)
                .is_ok()
                .then_some(parent)
        }
    };
    let mut progress: Option<common::Progress> = None;
    let reports = check(&repo, &lexicon, base.as_deref(), head, &mut |act, total| {
        progress
            .get_or_insert_with(|| common::Progress::new("check", total))
            .step(act.as_str());
    })?;
    if let Some(p) = &progress {
        p.finish();
    }
    // The gate and every format see only the one provision, in every act checked.
    let reports = match &only {
        Some(only) => reports.into_iter().map(|r| r.only(only)).collect(),
        None => reports,
    };
    let mut buffer = Vec::new();
    match args.format {
        CheckFormat::Text => {
            let options = crate::render::RenderOptions {
                color: ctx.color && args.output.output.is_none(),
                lang: None,
            };
            if reports.is_empty() {
                writeln!(
                    buffer,
                    "No versions changed between {} and {head}.",
                    base.as_deref().unwrap_or("the start")
                )?;
            }
            for (i, report) in reports.iter().enumerate() {
                if i > 0 {
                    writeln!(buffer)?;
                }
                crate::render::write(report, crate::render::Format::Text, &options, &mut buffer)?;
            }
            let total = reports
                .iter()
                .map(|r| {
                    r.findings()
                        .filter(|(_, f)| f.severity >= threshold)
                        .count()
                })
                .sum::<usize>();
            writeln!(buffer)?;
            writeln!(buffer, "{total} finding(s) at or above {threshold}")?;
        }
        CheckFormat::Json => {
            serde_json::to_writer_pretty(&mut buffer, &reports).map_err(std::io::Error::other)?;
            writeln!(buffer)?;
        }
        // An out-of-order version's text is not the file at HEAD: its findings go on its register entry.
        CheckFormat::Sarif => {
            let anchors = crate::check::register_anchors(&repo, &reports, head)?;
            crate::render::write_sarif_anchored(&reports, &anchors, &mut buffer)?
        }
        CheckFormat::Github => {
            let anchors = crate::check::register_anchors(&repo, &reports, head)?;
            crate::render::write_github_anchored(&reports, &anchors, &mut buffer)?
        }
    }
    match &args.output.output {
        Some(path) => common::write_file(path, &buffer)?,
        // The text renderer made statute text inert and added its own colours.
        None if args.format == CheckFormat::Text => {
            let mut out = common::raw_stdout();
            out.write_all(&buffer)?;
            common::finish(out)?;
        }
        None => {
            let mut out = common::stdout();
            out.write_all(&buffer)?;
            common::finish(out)?;
        }
    }
    Ok(if fails(&reports, threshold) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn config_threshold(root: &std::path::Path) -> Result<Option<Severity>, CliError> {
    let path = root.join("lexwatch.toml");
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let origin = path.display().to_string();
            crate::config::check_keys(&text, &origin).map_err(|e| CliError::new(e.to_string()))?;
            Ok(CheckConfig::from_repo_toml(&text, &origin)
                .map_err(CliError::new)?
                .fail_on)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(CliError::new(format!("{}: {e}", path.display()))),
    }
}
