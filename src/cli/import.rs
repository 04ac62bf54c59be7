//! `lexwatch import`: a Word document, web page or legacy text → a statute file.

use super::common::{self, CliError, Ctx, OutputArgs};
use crate::import::{ImportOptions, Imported, Revisions, import};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Turn a Word document, a web page, a PDF or a plain text in any encoding into a statute file.
///
/// Reads .docx (paragraphs, headings, automatic numbering, tables, footnotes,
/// tracked changes), .html (the official legal information system's pages or
/// any HTML document; navigation and scripts dropped), PDF files with a text
/// layer, and plain text in UTF-8, UTF-16, Windows-1251 or KOI8-R (text
/// copied from a PDF too: words hyphenated across lines are joined, running
/// headers and page numbers dropped). Writes lexwatch's Markdown with front
/// matter (title, language) to standard output or -o FILE, and reports on
/// standard error what it recognised and, with line numbers, what it could
/// not place. `record` accepts the same inputs directly.
///
/// Examples:
///   lexwatch import draft.docx -o draft.md
///   lexwatch import adilet-page.html --act kz/mass-media-2024-ru -o law.md
///   lexwatch import law-cp1251.txt
///   lexwatch import zakon.pdf -o zakon.md
///   lexwatch import tracked.docx --revisions original -o before.md
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ImportArgs {
    /// The file to import (.docx, .html, .pdf, .txt).
    #[arg(value_name = "FILE")]
    file: std::path::PathBuf,
    /// The act id to write into the front matter.
    #[arg(long, value_name = "ID")]
    act: Option<String>,
    /// For a document with tracked changes: the text with them accepted, or the original.
    #[arg(long, value_enum, default_value_t = RevisionsArg::Accepted)]
    revisions: RevisionsArg,
    #[command(flatten)]
    output: OutputArgs,
}

/// Which text of a document with tracked changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RevisionsArg {
    /// Insertions kept, deletions dropped.
    Accepted,
    /// Deletions kept, insertions dropped.
    Original,
}

impl From<RevisionsArg> for Revisions {
    fn from(r: RevisionsArg) -> Revisions {
        match r {
            RevisionsArg::Accepted => Revisions::Accepted,
            RevisionsArg::Original => Revisions::Original,
        }
    }
}

/// Runs `import`.
pub fn run(_ctx: &Ctx, args: &ImportArgs) -> Result<ExitCode, CliError> {
    let options = ImportOptions {
        act: args.act.clone(),
        revisions: args.revisions.into(),
    };
    let imported = read(&args.file, &options)?;
    match &args.output.output {
        Some(path) => common::write_file(path, imported.markdown.as_bytes())?,
        None => {
            let mut out = common::stdout();
            out.write_all(imported.markdown.as_bytes())?;
            common::finish(out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Imports a file and reports on standard error what was recognised and what was not placed.
pub fn read(path: &Path, options: &ImportOptions) -> Result<Imported, CliError> {
    let imported = read_quietly(path, options)?;
    report(path, options, &imported);
    Ok(imported)
}

/// Imports a file without a word on standard error.
pub fn read_quietly(path: &Path, options: &ImportOptions) -> Result<Imported, CliError> {
    let bytes = common::read_input(path)?;
    let name = path.display().to_string();
    Ok(import(&bytes, &name, options).map_err(crate::Error::from)?)
}

/// Says on standard error what an import recognised and, by line, what it could not place.
pub fn report(path: &Path, options: &ImportOptions, imported: &Imported) {
    let name = path.display().to_string();
    let encoding = imported
        .encoding
        .map(|e| format!(", {e}"))
        .unwrap_or_default();
    let revisions = if imported.has_revisions {
        match options.revisions {
            Revisions::Accepted => ", tracked changes accepted",
            Revisions::Original => ", the original text before tracked changes",
        }
    } else {
        ""
    };
    common::note(&format!(
        "imported {name} ({}{encoding}{revisions}): {}, {}",
        imported.format.as_str(),
        imported.statute.language.code(),
        imported.recognised
    ));
    for w in &imported.warnings {
        common::warn(&format!("{name}:{}: {}", w.line, w.message));
    }
    // The statute's lines are those of the Markdown written, which -o keeps.
    common::warn_all(&imported.statute.warnings);
}
