//! `lexwatch diff`: what changed between two versions, by provision.

use super::common::{self, CliError, Ctx, OutputArgs};
use crate::render::Format;
use clap::{Args, ValueEnum};
use std::process::ExitCode;

/// Show what changed between two versions of an act, provision by provision, word by word.
///
/// Versions default to the previous and the newest. A version is a register
/// id, a date, a stage word, `latest`, `previous`, a git revision, or
/// ACT@VERSION for a version of another act: a law is compared with the one
/// it replaced by naming the old law's version. When the act's register says
/// `[act] replaces = OLD-ACT`, the version before its first is OLD-ACT's last,
/// so FROM may be left out. Each change has its
/// citation, its kind (added, removed, amended, renumbered, moved, split,
/// merged, repealed, editorial) and a word-level redline.
///
/// Examples:
///   lexwatch diff kz/cao-ch26-ru
///   lexwatch diff kz/criminal-code-ch04-05-ru 2018-07-12 2025-09-16 --format markdown
///   lexwatch diff kz/mass-media-2024-ru kz/mass-media-1999-ru@latest 2024-06-19-signed
///   lexwatch diff kz/mass-media-2024-ru previous 2024-06-19-signed
///   lexwatch diff --files old.md new.md --format json
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct DiffArgs {
    /// The act id; with --files, the old file.
    #[arg(value_name = "ACT|OLD")]
    first: String,
    /// The old version, ACT@VERSION for another act's (default: the one before TO); with --files, the new file.
    #[arg(value_name = "FROM|NEW")]
    second: Option<String>,
    /// The new version (default: latest).
    #[arg(value_name = "TO")]
    to: Option<String>,
    /// Compare two plain files outside any repository.
    #[arg(long)]
    files: bool,
    /// The output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
    #[command(flatten)]
    only: common::OnlyArgs,
    /// The language of the Markdown and HTML reports' labels and findings (default: the act's).
    #[arg(long, value_enum)]
    lang: Option<super::commentary::LangArg>,
    #[command(flatten)]
    output: OutputArgs,
}

/// Formats `diff` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Change list with redline, for the terminal.
    Text,
    /// A Markdown document.
    Markdown,
    /// JSON with a schema_version.
    Json,
    /// One self-contained HTML page.
    Html,
}

impl From<DiffFormat> for Format {
    fn from(f: DiffFormat) -> Format {
        match f {
            DiffFormat::Text => Format::Text,
            DiffFormat::Markdown => Format::Markdown,
            DiffFormat::Json => Format::Json,
            DiffFormat::Html => Format::Html,
        }
    }
}

/// Runs `diff`.
pub fn run(ctx: &Ctx, args: &DiffArgs) -> Result<ExitCode, CliError> {
    let only = args.only.citation()?;
    let report = if args.files {
        let (Some(new), None) = (&args.second, &args.to) else {
            return Err(CliError::new(
                "diff --files takes exactly two files: OLD NEW",
            ));
        };
        let read =
            |path: &str| std::fs::read(path).map_err(|e| CliError::new(format!("{path}: {e}")));
        let (old_bytes, new_bytes) = (read(&args.first)?, read(new)?);
        let (old_statute, new_statute) =
            crate::statute::parse_pair((&old_bytes, &args.first), (&new_bytes, new))?;
        common::warn_all(old_statute.warnings.iter().chain(&new_statute.warnings));
        let lexicon = ctx.lexicon()?;
        let report = crate::diff_statutes(
            &old_statute,
            &new_statute,
            &lexicon,
            crate::file_info(&args.first),
            crate::file_info(new),
            None,
        );
        let report = match &only {
            Some(only) if old_statute.find(only).is_none() && new_statute.find(only).is_none() => {
                return Err(CliError::new(format!(
                    "neither {} nor {new} has {}",
                    args.first,
                    only.display(new_statute.cite_style())
                )));
            }
            Some(only) => report.only(only),
            None => report,
        };
        leave((old_statute, new_statute, lexicon));
        report
    } else {
        let (repo, act) = ctx.act(&args.first)?;
        let (from, to) =
            common::version_pair(&repo, &act, args.second.as_deref(), args.to.as_deref())?;
        let lexicon = ctx.lexicon_in(&repo)?;
        let report = crate::diff_versions(&repo, &lexicon, &from, &to)?;
        let report = common::only_in_versions(&repo, (&from, &to), report, only.as_ref())?;
        leave((repo, lexicon));
        report
    };
    let lang = args.lang.map(super::commentary::LangArg::language);
    common::emit(ctx, &report, args.format.into(), &args.output, lang)?;
    leave(report);
    Ok(ExitCode::SUCCESS)
}

/// Leaves a value allocated: the process ends once the report is written,
/// and freeing the statute trees, the report and the lexicon one node at a
/// time would only delay the exit.
fn leave<T>(value: T) {
    std::mem::forget(value);
}
