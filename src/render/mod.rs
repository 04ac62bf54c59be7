//! Output formats for a finished [`Report`]: one module per format.
//!
//! Renderers read only the report: they never call git or the analyzers,
//! and they keep document order so the same report gives the same bytes.

mod json;
mod markdown;
mod text;

use crate::analyze::Report;
use std::io::{self, Write};

pub use markdown::escape as escape_markdown;

/// An output format for a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A change list for the terminal.
    Text,
    /// A Markdown document a lawyer can paste.
    Markdown,
    /// The stable JSON schema.
    Json,
}

/// Options every renderer understands.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Use ANSI colours (text only).
    pub color: bool,
}

/// Writes a report in a format.
pub fn write(
    report: &Report,
    format: Format,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::write(report, options, out),
        Format::Markdown => markdown::write(report, out),
        Format::Json => json::write(report, out),
    }
}

/// A version line: `2023-06-06-draft (draft, 2023-06-06)`.
pub(crate) fn version_line(v: &crate::analyze::VersionInfo) -> String {
    match (&v.stage, &v.date) {
        (Some(stage), Some(date)) => format!("{} ({stage}, {date})", v.label),
        _ => v.label.clone(),
    }
}

/// The heading of a change: `ст. 164 → ст. 174 — renumbered`.
pub(crate) fn change_title(change: &crate::compare::Change) -> String {
    let kind = change.kind.as_str();
    match (&change.old, &change.new) {
        (Some(o), Some(n)) if o.citation != n.citation => {
            let mut from = o.citation.clone();
            for other in change
                .others
                .iter()
                .filter(|_| change.kind == crate::compare::ChangeKind::Merged)
            {
                from.push_str(" + ");
                from.push_str(&other.citation);
            }
            let mut to = n.citation.clone();
            for other in change
                .others
                .iter()
                .filter(|_| change.kind == crate::compare::ChangeKind::Split)
            {
                to.push_str(" + ");
                to.push_str(&other.citation);
            }
            format!("{from} → {to} — {kind}")
        }
        (Some(o), Some(n)) => {
            let mut title = n.citation.clone();
            let extra: Vec<&str> = change.others.iter().map(|s| s.citation.as_str()).collect();
            if !extra.is_empty() {
                let joined = extra.join(" + ");
                title = if change.kind == crate::compare::ChangeKind::Merged {
                    format!("{} + {joined} → {title}", o.citation)
                } else {
                    format!("{} → {title} + {joined}", o.citation)
                };
            }
            if change.kind == crate::compare::ChangeKind::Moved {
                let from = o.chapter.as_deref().unwrap_or("?");
                let to = n.chapter.as_deref().unwrap_or("?");
                return format!("{title} — moved from {from} to {to}");
            }
            format!("{title} — {kind}")
        }
        (Some(o), None) => format!("{} — {kind}", o.citation),
        (None, Some(n)) => format!("{} — {kind}", n.citation),
        (None, None) => kind.to_string(),
    }
}
