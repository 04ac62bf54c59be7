//! `lexwatch commentary`: the skeleton of a submission on a draft.

use super::common::{self, CliError, Ctx};
use crate::render::{CommentaryFormat, CommentaryOptions, write_commentary, write_table};
use crate::statute::Language;
use clap::{Args, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Write the skeleton of a submission on a version: summary, penalty table, each concerning provision.
///
/// For each change with findings: citation, old and new text, the redline,
/// each finding with its rationale and the standard it cites, and a
/// Recommendation slot. Changes without findings are summarised (--all lists
/// them in full). The format follows the file extension (.md, .html, .docx)
/// unless --format says otherwise. Versions are named as for `diff`; FROM may
/// be ACT@VERSION, and the version before the first of an act that replaces
/// another is the predecessor's last.
///
/// Examples:
///   lexwatch commentary kz/mass-media-law 1999-in-force 2023-06-06-draft -o submission.docx
///   lexwatch commentary kz/cao-ch26-ru -o cao.html
///   lexwatch commentary kz/cao-ch26-ru --layout table --lang ru -o table.docx
///   lexwatch commentary kz/mass-media-2024-ru kz/mass-media-1999-ru@latest 2024-06-19-signed -o 2024.md
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CommentaryArgs {
    /// The act id (see `lexwatch acts`).
    act: String,
    /// The old version, ACT@VERSION for another act's (default: the one before TO).
    from: Option<String>,
    /// The new version (default: latest).
    to: Option<String>,
    /// The file to write (written whole or not at all).
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
    /// The format (default: from the extension of FILE).
    #[arg(long, value_enum)]
    format: Option<CommentaryFileFormat>,
    /// List changes without findings in full, not only in the summary table.
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    only: common::OnlyArgs,
    /// The form: sections (one per concerning change) or the comparative table
    /// (№ | structural unit | current wording | proposed wording | comment).
    #[arg(long, value_enum, default_value = "sections")]
    layout: Layout,
    /// The language of labels, findings and recommendations (default: the act's).
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Add an appendix naming the file and lines each text was read from.
    #[arg(long)]
    sources: bool,
}

/// The forms of a commentary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Layout {
    /// A section per concerning change: texts, redline, findings.
    Sections,
    /// The comparative table parliaments use (сравнительная таблица).
    Table,
}

/// Languages of the analyst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Russian.
    Ru,
    /// English.
    En,
    /// Kazakh.
    Kk,
}

impl LangArg {
    /// The language it names.
    pub fn language(self) -> Language {
        match self {
            LangArg::Ru => Language::Ru,
            LangArg::En => Language::En,
            LangArg::Kk => Language::Kk,
        }
    }
}

/// Formats `commentary` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CommentaryFileFormat {
    /// Markdown.
    Md,
    /// One self-contained, printable HTML page.
    Html,
    /// A Word document.
    Docx,
}

/// Runs `commentary`.
pub fn run(ctx: &Ctx, args: &CommentaryArgs) -> Result<ExitCode, CliError> {
    let format = match args.format {
        Some(f) => f,
        None => format_of(&args.output)?,
    };
    let (repo, act) = ctx.act(&args.act)?;
    let (from, to) = common::version_pair(&repo, &act, args.from.as_deref(), args.to.as_deref())?;
    let only = args.only.citation()?;
    let lexicon = ctx.lexicon_in(&repo)?;
    let report = crate::diff_versions(&repo, &lexicon, &from, &to)?;
    let report = common::only_in_versions(&repo, (&from, &to), report, only.as_ref())?;
    let format = match format {
        CommentaryFileFormat::Md => CommentaryFormat::Markdown,
        CommentaryFileFormat::Html => CommentaryFormat::Html,
        CommentaryFileFormat::Docx => CommentaryFormat::Docx,
    };
    let lang = args.lang.map_or(report.language, LangArg::language);
    let options = CommentaryOptions {
        lang,
        all: args.all,
        sources: args.sources,
        lexicon: &lexicon,
    };
    let mut buffer = Vec::new();
    match args.layout {
        Layout::Table => write_table(&report, format, &options, &mut buffer)?,
        Layout::Sections => write_commentary(&report, format, &options, &mut buffer)?,
    }
    common::write_file(&args.output, &buffer)?;
    let findings = report.findings().count();
    eprintln!(
        "Wrote {} ({} changes, {findings} findings)",
        args.output.display(),
        report.changes.len()
    );
    Ok(ExitCode::SUCCESS)
}

fn format_of(path: &Path) -> Result<CommentaryFileFormat, CliError> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("md" | "markdown") => Ok(CommentaryFileFormat::Md),
        Some("html" | "htm") => Ok(CommentaryFileFormat::Html),
        Some("docx") => Ok(CommentaryFileFormat::Docx),
        _ => Err(CliError::new(format!(
            "cannot tell the format of {} from its extension",
            path.display()
        ))
        .with_hint("use .md, .html or .docx, or pass --format md|html|docx")),
    }
}
