//! `lexwatch record`: add a version of an act, in one commit.

use super::common::{self, CliError, Ctx};
use crate::corpus::{ActId, RecordRequest, Stage};
use chrono::NaiveDate;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Record a version of an act: validate it, write it and its register entry, commit once.
///
/// The file must parse as a statute. It becomes `statutes/<act>.md` when it is
/// the newest version; an older version recorded later lands in date order in
/// `history/<act>.toml` and HEAD keeps the newest text. If any step fails,
/// nothing is written; a record killed half-way is finished or rolled back by
/// the next one. A text identical to the version it would follow, or a file
/// whose front matter names another act, is refused unless a flag says so; a
/// text that shares almost nothing with its neighbour, and an in-force date in
/// the future, are warned about. `lexwatch unrecord` undoes the last record.
///
/// A .docx, .html or plain text in another encoding is imported first (see
/// `lexwatch import`). A Word document with tracked changes is two versions:
/// the accepted text is recorded at --date, and with --original-date the
/// original text too, first, in one command (both or neither).
///
/// Example: `lexwatch record draft.md --act kz/mass-media-law --date 2023-06-06 --stage draft --source https://legalacts.egov.kz/…`
///
/// Example: `lexwatch record amended.docx --act kz/cao-ch26-ru --original-date 2017-12-28 --date 2024-09-09 --stage in-force`
#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The statute file to record (Markdown, optional `+++` front matter), or a
    /// .docx, .html or plain text in any encoding, imported first as `lexwatch import` does.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The act id, `<jurisdiction>/<act>` (e.g. kz/mass-media-law).
    #[arg(long, value_name = "ID")]
    act: String,
    /// The legal date of this version.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: NaiveDate,
    /// The stage: draft, proposal, first-reading, second-reading, adopted, signed, in-force, repealed.
    #[arg(long, value_name = "STAGE")]
    stage: String,
    /// Where the text was published or quoted.
    #[arg(long, value_name = "S")]
    source: Option<String>,
    /// A note kept with the version.
    #[arg(long, value_name = "N")]
    note: Option<String>,
    /// The version id (default: <date>-<stage>): letters, digits, '-', '_', '.'.
    #[arg(long, value_name = "ID")]
    id: Option<String>,
    /// Record the text even if it is identical to the version it follows.
    #[arg(long)]
    allow_identical: bool,
    /// Record the file even if its front matter names another act.
    #[arg(long)]
    allow_other_act: bool,
    /// For a Word document with tracked changes: also record its original
    /// text (before the changes) as the version of this date, first.
    #[arg(long, value_name = "YYYY-MM-DD")]
    original_date: Option<NaiveDate>,
    /// The stage of the original text (default: the same as --stage).
    #[arg(long, value_name = "STAGE", requires = "original_date")]
    original_stage: Option<String>,
}

/// Runs `record`.
pub fn run(ctx: &Ctx, args: &RecordArgs) -> Result<ExitCode, CliError> {
    let act: ActId = args.act.parse().map_err(crate::Error::from)?;
    let stage: Stage = args.stage.parse().map_err(crate::Error::from)?;
    let mut text = common::read_input(&args.file)?;
    let name = args.file.display().to_string();
    let mut original = None;
    // A Word document, web page or legacy text is imported first; nothing is
    // recorded unless the import gives a statute.
    if crate::import::needs_import(&name, &text) {
        let options = crate::import::ImportOptions {
            act: Some(act.to_string()),
            revisions: crate::import::Revisions::Accepted,
        };
        let imported = super::import::read_quietly(&args.file, &options)?;
        if args.original_date.is_some() && !imported.has_revisions {
            return Err(CliError::new(format!(
                "{name}: no tracked changes, so no original text to record with --original-date"
            )));
        }
        super::import::report(&args.file, &options, &imported);
        if let Some(date) = args.original_date {
            let options = crate::import::ImportOptions {
                revisions: crate::import::Revisions::Original,
                ..options
            };
            let before = super::import::read(&args.file, &options)?;
            original = Some((date, before.markdown.into_bytes()));
        } else if imported.has_revisions {
            common::warn(&format!(
                "{name} has tracked changes: recording the text with them accepted (--original-date DATE records the original too)"
            ));
        }
        text = imported.markdown.into_bytes();
    } else if args.original_date.is_some() {
        return Err(CliError::usage(
            "--original-date needs a Word document with tracked changes",
        ));
    } else if let Ok(statute) = crate::statute::parse_bytes(&text, &name) {
        // Recording parses the text again and refuses it if it does not
        // parse; what the parser read through is said here, before.
        common::warn_all(&statute.warnings);
    }
    let repo = ctx.repo()?;
    let request =
        |text: Vec<u8>, date: NaiveDate, stage: Stage, id: Option<String>| RecordRequest {
            act: act.clone(),
            text,
            origin: name.clone(),
            date,
            stage,
            source: args.source.clone(),
            note: args.note.clone(),
            id,
            today: Some(chrono::Local::now().date_naive()),
            allow_identical: args.allow_identical,
            allow_other_act: args.allow_other_act,
        };
    let mut out = common::stdout();
    let mut first = None;
    if let Some((date, before)) = original {
        let stage: Stage = match &args.original_stage {
            Some(s) => s.parse().map_err(crate::Error::from)?,
            None => stage,
        };
        let recorded = repo.record_observed(
            request(before, date, stage, None),
            &common::write_step_hook(),
        )?;
        report(&mut out, &act, &recorded)?;
        first = Some(recorded.entry.id.clone());
    }
    let recorded = match repo.record_observed(
        request(text, args.date, stage, args.id.clone()),
        &common::write_step_hook(),
    ) {
        Ok(r) => r,
        Err(e) => {
            // Both texts or neither: take the original back out.
            if let Some(id) = &first {
                repo.unrecord(&act, id)?;
                common::note(&format!(
                    "unrecorded {act} {id} again: the accepted text was refused"
                ));
            }
            return Err(e.into());
        }
    };
    report(&mut out, &act, &recorded)?;
    common::finish(out)?;
    Ok(ExitCode::SUCCESS)
}

fn report(
    out: &mut dyn Write,
    act: &ActId,
    recorded: &crate::corpus::Recorded,
) -> Result<(), CliError> {
    if let Some(recovery) = &recorded.recovered {
        common::note(&recovery.to_string());
    }
    for warning in &recorded.warnings {
        common::warn(warning);
    }
    let placement = if recorded.is_latest {
        "now the newest version"
    } else {
        "recorded before newer versions"
    };
    writeln!(
        out,
        "Recorded {act} {} ({}, {}), {placement}; commit {}",
        recorded.entry.id,
        recorded.entry.stage,
        recorded.entry.date,
        &recorded.commit[..10.min(recorded.commit.len())]
    )?;
    Ok(())
}
