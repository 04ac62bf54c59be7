//! Markdown output: a document a lawyer can paste, with ~~deleted~~ and **inserted** words.

use super::{change_title, version_line};
use crate::analyze::Report;
use crate::compare::{ChangeKind, WordOp};
use std::io::{self, Write};

/// Escapes statute text so Markdown shows it literally.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '~' | '|' | '{' | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Quotes a text as a Markdown block quote, one paragraph per line.
fn quote(text: &str) -> String {
    text.lines()
        .map(|l| format!("> {}", escape(l)))
        .collect::<Vec<_>>()
        .join("\n>\n")
}

/// The redline in Markdown: ~~deleted~~ and **inserted**.
pub fn redline(ops: &[WordOp]) -> String {
    let mut out = String::new();
    for op in ops {
        let text = op.text();
        // Emphasis cannot start or end with a space, so the spaces go outside it.
        let trimmed = text.trim();
        let (lead, trail) = (
            &text[..text.len() - text.trim_start().len()],
            &text[text.trim_end().len()..],
        );
        match op {
            WordOp::Equal(_) => out.push_str(&escape(text)),
            _ if trimmed.is_empty() => out.push_str(text),
            WordOp::Delete(_) => out.push_str(&format!("{lead}~~{}~~{trail}", escape(trimmed))),
            WordOp::Insert(_) => out.push_str(&format!("{lead}**{}**{trail}", escape(trimmed))),
        }
    }
    out.lines()
        .map(|l| format!("> {l}"))
        .collect::<Vec<_>>()
        .join("\n>\n")
}

/// Writes the report as Markdown.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let act = report.act.as_deref().unwrap_or("two files");
    writeln!(out, "# Changes in {}", escape(act))?;
    writeln!(out)?;
    if let Some(title) = &report.title {
        writeln!(out, "*{}*", escape(title))?;
        writeln!(out)?;
    }
    writeln!(out, "- **From:** {}", escape(&version_line(&report.from)))?;
    writeln!(out, "- **To:** {}", escape(&version_line(&report.to)))?;
    writeln!(out, "- **Summary:** {}", report.summary_line())?;
    for annotated in &report.changes {
        let change = &annotated.change;
        writeln!(out)?;
        writeln!(out, "## {}", escape(&change_title(change)))?;
        writeln!(out)?;
        match change.kind {
            ChangeKind::Added => {
                writeln!(out, "**New text**")?;
                writeln!(out)?;
                writeln!(out, "{}", quote(change.new_text()))?;
            }
            ChangeKind::Removed | ChangeKind::Repealed => {
                if let Some(crate::statute::Status::Repealed { by: Some(by) }) =
                    change.new.as_ref().map(|s| &s.status)
                {
                    writeln!(out, "Repealed by {}.", escape(by))?;
                    writeln!(out)?;
                }
                writeln!(out, "**Old text**")?;
                writeln!(out)?;
                writeln!(out, "{}", quote(change.old_text()))?;
            }
            ChangeKind::Editorial => {
                if let Some(notes) = &change.footnotes {
                    writeln!(out, "Editorial notes changed; the wording did not.")?;
                    if !notes.amending_acts.is_empty() {
                        writeln!(out)?;
                        writeln!(
                            out,
                            "Amending acts named: {}",
                            escape(&notes.amending_acts.join("; "))
                        )?;
                    }
                    for note in &notes.added {
                        writeln!(out)?;
                        writeln!(out, "{}", quote(note))?;
                    }
                }
            }
            _ => {
                if change.has_redline() {
                    writeln!(out, "**Old text**")?;
                    writeln!(out)?;
                    writeln!(out, "{}", quote(change.old_text()))?;
                    writeln!(out)?;
                    writeln!(out, "**New text**")?;
                    writeln!(out)?;
                    writeln!(out, "{}", quote(change.new_text()))?;
                    writeln!(out)?;
                    writeln!(out, "**Redline**")?;
                    writeln!(out)?;
                    writeln!(out, "{}", redline(&change.redline))?;
                } else {
                    writeln!(out, "The wording is unchanged.")?;
                }
            }
        }
        if !annotated.findings.is_empty() {
            writeln!(out)?;
            writeln!(out, "**Findings**")?;
            writeln!(out)?;
            for f in &annotated.findings {
                writeln!(
                    out,
                    "- **{}** ({}): {}",
                    f.severity.as_str(),
                    escape(&f.category),
                    escape(&f.message)
                )?;
                if !f.rationale.is_empty() {
                    writeln!(out, "  - Why: {}", escape(&f.rationale))?;
                }
                for s in &f.standards {
                    writeln!(out, "  - Standard: {}", escape(s))?;
                }
            }
        }
    }
    Ok(())
}
