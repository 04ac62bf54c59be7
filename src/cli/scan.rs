//! `lexwatch scan`: the vague terms and sanctions of one version.

use super::common::{self, CliError, Ctx};
use crate::analyze::scan::{ScanItem, scan};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// List the vague terms and sanctions of one version, provision by provision.
///
/// Takes an act id (its latest version, or --at VERSION) or a statute file.
///
/// Examples:
///   lexwatch scan kz/cao-ch26-ru
///   lexwatch scan kz/criminal-code --format json
///   lexwatch scan draft.md
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ScanArgs {
    /// An act id, or the path of a statute file.
    #[arg(value_name = "ACT|FILE")]
    target: String,
    /// The version to scan, for an act (default: latest; ACT@VERSION names another act's).
    #[arg(long, value_name = "VERSION")]
    at: Option<String>,
    /// The output format.
    #[arg(long, value_enum, default_value_t = ScanFormat::Text)]
    format: ScanFormat,
}

/// Formats `scan` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScanFormat {
    /// One block per provision.
    Text,
    /// JSON with a schema_version.
    Json,
}

/// Runs `scan`.
pub fn run(ctx: &Ctx, args: &ScanArgs) -> Result<ExitCode, CliError> {
    let lexicon = ctx.lexicon()?;
    let (label, statute) = if Path::new(&args.target).is_file() {
        (
            args.target.clone(),
            std::rc::Rc::new(common::read_statute(Path::new(&args.target))?),
        )
    } else {
        let (repo, act) = match ctx.act(&args.target) {
            Ok(found) => found,
            Err(_) if looks_like_a_file(&args.target) => {
                return Err(CliError::new(format!("{}: file not found", args.target)));
            }
            Err(e) => return Err(e),
        };
        let version = common::resolve(&repo, &act, args.at.as_deref())?;
        (
            format!("{} {}", version.act, version.label()),
            repo.load(&version)?,
        )
    };
    let items = scan(&statute, &lexicon);
    let mut out = common::stdout();
    match args.format {
        ScanFormat::Json => {
            let doc = serde_json::json!({
                "schema_version": crate::analyze::SCHEMA_VERSION,
                "target": label,
                "language": statute.language,
                "provisions": items,
            });
            serde_json::to_writer_pretty(&mut out, &doc).map_err(std::io::Error::other)?;
            writeln!(out)?;
        }
        ScanFormat::Text => write_text(&mut out, &label, &items)?,
    }
    common::finish(out)?;
    Ok(ExitCode::SUCCESS)
}

/// Whether a target that is neither a file nor an act was meant as a file.
fn looks_like_a_file(target: &str) -> bool {
    const EXTENSIONS: [&str; 9] = [
        "md", "markdown", "txt", "docx", "doc", "html", "htm", "pdf", "rtf",
    ];
    let extension = Path::new(target)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    extension.is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
        || ["./", "../", "/", "~"]
            .iter()
            .any(|p| target.starts_with(p))
}

fn write_text(out: &mut dyn Write, label: &str, items: &[ScanItem]) -> std::io::Result<()> {
    let terms: usize = items.iter().map(|i| i.terms.len()).sum();
    let sanctions: usize = items.iter().map(|i| i.sanctions.len()).sum();
    writeln!(
        out,
        "{label}: {terms} vague terms and {sanctions} sanctions in {} provisions",
        items.len()
    )?;
    for item in items {
        writeln!(out)?;
        writeln!(
            out,
            "{} (lines {}–{})",
            item.citation, item.lines.0, item.lines.1
        )?;
        for t in &item.terms {
            writeln!(
                out,
                "  term  {} [{}] \"{}\": «{}»",
                t.severity, t.category, t.term, t.matched
            )?;
        }
        for s in &item.sanctions {
            writeln!(out, "  sanction  {s}")?;
        }
    }
    Ok(())
}
