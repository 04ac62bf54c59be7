//! GitHub workflow annotations: one `::error`/`::warning`/`::notice` command per finding.
//!
//! GitHub Actions reads these lines from a step's output and shows each one on
//! the statute file at the provision's lines.

use super::annotation_lines;
use super::inert::inert;
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

/// Writes every finding of the reports as a GitHub workflow annotation.
pub fn write_github(reports: &[Report], out: &mut dyn Write) -> io::Result<()> {
    for report in reports {
        for (annotated, finding) in report.findings() {
            let change = &annotated.change;
            let (line, end_line) = annotation_lines(change);
            let title = format!("{} ({})", finding.kind, change.citation());
            writeln!(
                out,
                "::{} file={},line={line},endLine={end_line},title={}::{}",
                command(finding.severity),
                escape_property(&report.to.path),
                escape_property(&title),
                escape_data(&finding.message)
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
