//! GitHub workflow annotations: one `::error`/`::warning`/`::notice` command per finding.
//!
//! GitHub Actions reads these lines from a step's output and shows each one on
//! the statute file at the provision's lines.

use super::inert::inert;
use super::{RegisterAnchor, annotation_lines};
use crate::analyze::{Report, Severity};
use std::io::{self, Write};

/// The workflow command of a severity.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "notice",
    }
}

/// Escapes a command's message, as the Actions toolkit does.
///
/// The log viewer obeys ANSI sequences, so the other control characters are
/// made visible as well (see [`inert`]).
fn escape_data(text: &str) -> String {
    inert(
        &text
            .replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A"),
    )
}

/// Escapes a command's property value: the message escapes plus `:` and `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Writes every finding of the reports as a GitHub workflow annotation, on
/// the statute file at the provision's lines.
pub fn write_github(reports: &[Report], out: &mut dyn Write) -> io::Result<()> {
    write_github_anchored(reports, &[], out)
}

/// Writes every finding as an annotation; a report with an anchor
/// (`anchors[i]` for `reports[i]`) is annotated on its version's register
/// entry, its title naming the version and its message the provision's lines
/// in that version's text.
pub fn write_github_anchored(
    reports: &[Report],
    anchors: &[Option<RegisterAnchor>],
    out: &mut dyn Write,
) -> io::Result<()> {
    for (i, report) in reports.iter().enumerate() {
        let anchor = anchors.get(i).and_then(Option::as_ref);
        for (annotated, finding) in report.findings() {
            let change = &annotated.change;
            let (line, end_line) = annotation_lines(change);
            let (file, line, end_line, title, message) = match anchor {
                None => (
                    report.to.path.as_str(),
                    line,
                    end_line,
                    format!("{} ({})", finding.kind, change.citation()),
                    finding.message.clone(),
                ),
                Some(anchor) => (
                    anchor.path.as_str(),
                    anchor.line,
                    anchor.line,
                    format!(
                        "{} ({}, version {})",
                        finding.kind,
                        change.citation(),
                        anchor.version
                    ),
                    format!(
                        "{} (lines {line}-{end_line} of version {}, not the current {})",
                        finding.message, anchor.version, report.to.path
                    ),
                ),
            };
            writeln!(
                out,
                "::{} file={},line={line},endLine={end_line},title={}::{}",
                command(finding.severity),
                escape_property(file),
                escape_property(&title),
                escape_data(&message)
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample_report;

    fn render(reports: &[Report]) -> String {
        let mut out = Vec::new();
        write_github(reports, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_annotation_per_finding() {
        let text = render(&[sample_report()]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "::error file=statutes/kz/cao-ch26-ru.md,line=42,endLine=44,\
                 title=penalty-raised (ст. 456-2 п. 4)::fine on individuals raised ×2 \
                 (50 MCI → 100 MCI)",
                "::warning file=statutes/kz/cao-ch26-ru.md,line=42,endLine=44,\
                 title=vague-term-introduced (ст. 456-2 п. 4)::vague term introduced: \
                 «нарушающей общественный порядок»",
                "::notice file=statutes/kz/cao-ch26-ru.md,line=60,endLine=61,\
                 title=vague-term-introduced (art. 5 para. 2)::vague term introduced: \
                 \"discredits\"",
                "::notice file=statutes/kz/cao-ch26-ru.md,line=90,endLine=91,\
                 title=definition-changed (ст. 10)::the ban on censorship is gone",
            ]
        );
    }

    #[test]
    fn an_out_of_order_version_is_annotated_on_its_register_entry() {
        let mut report = sample_report();
        report.changes.truncate(1);
        report.changes[0].findings.truncate(1);
        let anchor = RegisterAnchor {
            path: "history/kz/cao-ch26-ru.toml".to_string(),
            line: 7,
            version: "2023-07-10-signed".to_string(),
        };
        let mut out = Vec::new();
        write_github_anchored(&[report.clone(), report], &[Some(anchor), None], &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "::error file=history/kz/cao-ch26-ru.toml,line=7,endLine=7,\
                 title=penalty-raised (ст. 456-2 п. 4%2C version 2023-07-10-signed)::\
                 fine on individuals raised ×2 (50 MCI → 100 MCI) (lines 42-44 of version \
                 2023-07-10-signed, not the current statutes/kz/cao-ch26-ru.md)",
                "::error file=statutes/kz/cao-ch26-ru.md,line=42,endLine=44,\
                 title=penalty-raised (ст. 456-2 п. 4)::fine on individuals raised ×2 \
                 (50 MCI → 100 MCI)",
            ]
        );
    }

    #[test]
    fn escapes_data_and_properties() {
        let mut report = sample_report();
        report.to.path = "statutes/a,b:c.md".to_string();
        report.changes.truncate(1);
        report.changes[0].findings.truncate(1);
        let finding = &mut report.changes[0].findings[0];
        finding.message = "100% more\r\nfines: yes, many".to_string();
        finding.kind = "a:b,c%".to_string();
        let text = render(&[report]);
        assert_eq!(
            text,
            "::error file=statutes/a%2Cb%3Ac.md,line=42,endLine=44,\
             title=a%3Ab%2Cc%25 (ст. 456-2 п. 4)::100%25 more%0D%0Afines: yes, many\n"
        );
        assert_eq!(text.lines().count(), 1);
    }

    #[test]
    fn hostile_text_cannot_forge_a_command_or_reach_the_log_viewer() {
        let report = crate::render::hostile_report();
        let findings = report.findings().count();
        let text = render(&[report]);
        // One line per finding: no line break in the text starts a command.
        assert_eq!(text.lines().count(), findings, "{text}");
        for line in text.lines() {
            // `::name k=v,k=v::message`: the properties are exactly ours.
            let rest = line.strip_prefix("::").unwrap_or_default();
            let (command, message) = rest.split_once("::").unwrap_or_default();
            let (_, properties) = command.split_once(' ').unwrap_or_default();
            let keys: Vec<&str> = properties
                .split(',')
                .map(|p| p.split_once('=').unwrap_or_default().0)
                .collect();
            assert_eq!(keys, ["file", "line", "endLine", "title"], "{line}");
            assert!(!message.is_empty(), "{line}");
        }
        assert!(text.contains("%0A ::set-output") || text.contains("%250A ::set-output"));
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(text.contains("␛[2J"), "{text}");
    }

    #[test]
    fn nothing_for_no_findings() {
        let mut report = sample_report();
        for c in &mut report.changes {
            c.findings.clear();
        }
        assert_eq!(render(&[report]), "");
    }
}
