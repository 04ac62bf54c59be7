//! Terminal output: the change list grouped by provision, with a redline.

use super::inert::inert;
use super::{RenderOptions, change_title, key_change_text, key_changes_left_out, version_line};
use crate::analyze::{Report, Severity};
use crate::compare::{ChangeKind, WordOp};
use std::io::{self, Write};

const RED: &str = "\x1b[31;9m";
/// A high severity: bold red, never struck through like a deletion.
const ALERT: &str = "\x1b[1;31m";
const GREEN: &str = "\x1b[32;4m";
const BOLD: &str = "\x1b[1m";
const YELLOW: &str = "\x1b[33m";
const RESET: &str = "\x1b[0m";

/// Writes the report for a terminal; colour only when asked.
///
/// Every text from the statutes goes through [`inert`], so the only escape
/// sequences that reach the terminal are the colours written here.
pub fn write(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let style = |code: &'static str| if options.color { code } else { "" };
    let reset = style(RESET);
    let act = inert(report.act.as_deref().unwrap_or("files"));
    writeln!(
        out,
        "{}{act}{reset}: {} → {}",
        style(BOLD),
        inert(&version_line(&report.from)),
        inert(&version_line(&report.to))
    )?;
    writeln!(out, "{}", inert(&report.summary_line()))?;
    // Key changes say their findings in the report's words (default: the act's).
    let words = crate::i18n::messages(options.lang.unwrap_or(report.language));
    if report.key_changes.is_empty() {
        writeln!(out, "key changes: none")?;
    } else {
        writeln!(out, "key changes:")?;
        for key in &report.key_changes {
            let color = if key.severity >= Severity::High {
                style(BOLD)
            } else {
                style(YELLOW)
            };
            writeln!(
                out,
                "  {}. {color}{}{reset} {}",
                key.rank,
                key.severity.as_str(),
                inert(&key_change_text(words, report, None, key))
            )?;
        }
        let left_out = key_changes_left_out(report);
        if left_out > 0 {
            writeln!(out, "  … and {left_out} more below")?;
        }
    }
    for annotated in &report.changes {
        let change = &annotated.change;
        writeln!(out)?;
        writeln!(
            out,
            "{}{}{reset}",
            style(BOLD),
            inert(&change_title(change))
        )?;
        match change.kind {
            ChangeKind::Added => write_block(out, "+ ", change.new_text())?,
            ChangeKind::Removed => write_block(out, "- ", change.old_text())?,
            ChangeKind::Repealed => {
                if let Some(crate::statute::Status::Repealed { by: Some(by) }) =
                    change.new.as_ref().map(|s| &s.status)
                {
                    writeln!(out, "  repealed by {}", inert(by))?;
                }
                write_block(out, "- ", change.old_text())?;
            }
            ChangeKind::Editorial => {
                if let Some(notes) = &change.footnotes {
                    if !notes.amending_acts.is_empty() {
                        writeln!(
                            out,
                            "  amending acts named: {}",
                            inert(&notes.amending_acts.join("; "))
                        )?;
                    }
                    for note in &notes.removed {
                        write_block(out, "- note: ", note)?;
                    }
                    for note in &notes.added {
                        write_block(out, "+ note: ", note)?;
                    }
                }
            }
            _ => {}
        }
        if change.kind != ChangeKind::Editorial && change.has_redline() {
            let mut line = String::from("  ");
            let mut previous: Option<&WordOp> = None;
            for op in &change.redline {
                let t = inert(op.text());
                // In colour a deletion glued to an insertion reads as one word
                // («информациимасс-медиа»): a plain space keeps them apart.
                let glued = matches!(
                    (previous, op),
                    (Some(WordOp::Delete(_)), WordOp::Insert(_))
                        | (Some(WordOp::Insert(_)), WordOp::Delete(_))
                ) && !t.starts_with(char::is_whitespace)
                    && !previous.is_some_and(|p| p.text().ends_with(char::is_whitespace));
                if options.color && glued {
                    line.push(' ');
                }
                previous = Some(op);
                match op {
                    WordOp::Equal(_) => line.push_str(&t),
                    WordOp::Delete(_) if options.color => {
                        line.push_str(&format!("{RED}{t}{RESET}"))
                    }
                    WordOp::Insert(_) if options.color => {
                        line.push_str(&format!("{GREEN}{t}{RESET}"))
                    }
                    WordOp::Delete(_) => line.push_str(&format!("[-{t}-]")),
                    WordOp::Insert(_) => line.push_str(&format!("{{+{t}+}}")),
                }
            }
            writeln!(out, "{}", line.replace('\n', "\n  "))?;
        }
        for finding in &annotated.findings {
            let color = if finding.severity >= Severity::High {
                style(ALERT)
            } else {
                style(YELLOW)
            };
            writeln!(
                out,
                "  {color}! {}{reset} [{}] {}",
                finding.severity.as_str(),
                inert(&finding.category),
                inert(&finding.message)
            )?;
            if !finding.standards.is_empty() {
                writeln!(
                    out,
                    "    standard: {}",
                    inert(&finding.standards.join("; "))
                )?;
            }
        }
    }
    Ok(())
}

fn write_block(out: &mut dyn Write, prefix: &str, text: &str) -> io::Result<()> {
    for line in inert(text).lines() {
        writeln!(out, "  {prefix}{line}")?;
    }
    Ok(())
}
