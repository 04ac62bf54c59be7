//! Commentary: the skeleton of a submission to parliament or a UN body.
//!
//! The content is written once, as Markdown: the versions compared, a
//! summary (changes by kind, penalty changes, vague terms introduced), then
//! one section per concerning change with its old and new text, the redline,
//! each finding with its rationale and standards, and a recommendation slot.
//! The HTML and DOCX forms are renderings of that same Markdown.

use super::markdown::{escape, redline};
use super::{change_title, docx, html};
use crate::analyze::{AnnotatedChange, Finding, Report, Severity, VersionInfo};
use crate::compare::{Change, ChangeKind, WordOp};
use serde_json::Value;
use std::io::{self, Write};

/// A file format for the commentary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentaryFormat {
    /// Markdown, to edit as text.
    Markdown,
    /// One self-contained, printable HTML page.
    Html,
    /// A Word document (Office Open XML).
    Docx,
}

/// What the commentary includes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CommentaryOptions {
    /// List changes with no concern in full, not one table row each.
    pub all: bool,
}

/// The line the author replaces when a finding comes with no recommendation.
const PLACEHOLDER: &str = "*\\[To be completed: what the provision should say instead, or why it should be withdrawn.\\]*";

/// Writes the commentary on a report in a format.
pub fn write_commentary(
    report: &Report,
    format: CommentaryFormat,
    options: &CommentaryOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let markdown = markdown(report, options);
    match format {
        CommentaryFormat::Markdown => out.write_all(markdown.as_bytes()),
        CommentaryFormat::Html => html::write_document(&title(report), &markdown, out),
        CommentaryFormat::Docx => docx::write_document(&title(report), &markdown, out),
    }
}

/// The document title, as plain text.
fn title(report: &Report) -> String {
    let name = report
        .title
        .as_deref()
        .or(report.act.as_deref())
        .unwrap_or("two versions of a text");
    format!("Commentary on {name}")
}

/// Whether a change raises a concern: a finding of medium severity or
/// above, or of low severity on a provision concerning expression (a
/// raised fine for a tax offence is listed among the other changes).
fn is_concerning(change: &AnnotatedChange) -> bool {
    crate::analyze::rank::change_score(change) >= crate::analyze::rank::CONCERN_SCORE
}

/// Appends one line.
fn line(md: &mut String, text: &str) {
    md.push_str(text);
    md.push('\n');
}

/// Text for a table cell: one line, escaped, a dash when empty.
fn cell(text: &str) -> String {
    let text = text.replace(['\r', '\n'], " ");
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        escape(&text)
    }
}

/// A table row from cells already escaped.
fn row(cells: &[String]) -> String {
    format!("| {} |", cells.join(" | "))
}

/// Statute text as a block quote, one paragraph per line.
fn quote(text: &str) -> String {
    redline(&[WordOp::Equal(text.to_string())])
}

/// Builds the whole commentary as Markdown.
pub(crate) fn markdown(report: &Report, options: &CommentaryOptions) -> String {
    let mut md = String::new();
    line(&mut md, &format!("# {}", escape(&title(report))));
    line(&mut md, "");
    if let (Some(act), Some(_)) = (&report.act, &report.title) {
        line(&mut md, &format!("Act: {}", escape(act)));
        line(&mut md, "");
    }
    line(
        &mut md,
        "*Draft commentary prepared from a comparison of two versions. \
         Complete each recommendation before submitting.*",
    );
    line(&mut md, "");
    md.push_str(&super::markdown::key_changes(report));
    versions(&mut md, report);
    summary(&mut md, report);

    let concerning: Vec<&AnnotatedChange> =
        report.changes.iter().filter(|c| is_concerning(c)).collect();
    let others: Vec<&AnnotatedChange> = report
        .changes
        .iter()
        .filter(|c| !is_concerning(c))
        .collect();

    line(&mut md, "");
    line(&mut md, "## Concerning changes");
    if concerning.is_empty() {
        line(&mut md, "");
        line(
            &mut md,
            "No change raised a concern (no finding of medium severity or above, \
             nor of low severity on a provision concerning expression).",
        );
    }
    for (i, annotated) in concerning.iter().enumerate() {
        change_section(&mut md, report, i + 1, annotated);
    }

    if !others.is_empty() {
        line(&mut md, "");
        line(&mut md, "## Other changes");
        line(&mut md, "");
        if options.all {
            line(&mut md, "Changes that raised no concern, in full.");
            for (i, annotated) in others.iter().enumerate() {
                change_section(&mut md, report, concerning.len() + i + 1, annotated);
            }
        } else {
            line(&mut md, "Changes that raised no concern, one per row.");
            line(&mut md, "");
            line(&mut md, "| Provision | Change | Notes |");
            line(&mut md, "| --- | --- | --- |");
            for annotated in others {
                let notes: Vec<&str> = annotated
                    .findings
                    .iter()
                    .map(|f| f.message.as_str())
                    .collect();
                line(
                    &mut md,
                    &row(&[
                        cell(&provision(&annotated.change)),
                        cell(annotated.change.kind.as_str()),
                        cell(&notes.join("; ")),
                    ]),
                );
            }
        }
    }
    md
}

/// The citation of a change, with the old one when it differs.
fn provision(change: &Change) -> String {
    match (&change.old, &change.new) {
        (Some(o), Some(n)) if o.citation != n.citation => {
            format!("{} → {}", o.citation, n.citation)
        }
        _ => change.citation().to_string(),
    }
}

/// The table of the two versions compared.
fn versions(md: &mut String, report: &Report) {
    line(md, "");
    line(md, "## Versions compared");
    line(md, "");
    line(md, "| | Version | Date | Stage | Source |");
    line(md, "| --- | --- | --- | --- | --- |");
    let version_row = |name: &str, v: &VersionInfo| {
        row(&[
            name.to_string(),
            cell(&v.label),
            cell(&v.date.map(|d| d.to_string()).unwrap_or_default()),
            cell(v.stage.as_deref().unwrap_or("")),
            cell(v.source.as_deref().unwrap_or("")),
        ])
    };
    line(md, &version_row("Old", &report.from));
    line(md, &version_row("New", &report.to));
}

/// The summary: changes by kind, findings by severity, penalties, vague terms.
fn summary(md: &mut String, report: &Report) {
    line(md, "");
    line(md, "## Summary");
    line(md, "");
    line(md, &format!("{}.", escape(&report.summary_line())));
    if !report.summary.is_empty() {
        line(md, "");
        line(md, "| Change | Provisions |");
        line(md, "| --- | ---: |");
        for kind in ChangeKind::ALL {
            if let Some(n) = report.summary.get(&kind) {
                line(md, &row(&[kind.as_str().to_string(), n.to_string()]));
            }
        }
        let total: usize = report.summary.values().sum();
        line(md, &row(&["**Total**".to_string(), format!("**{total}**")]));
    }
    let by_severity: Vec<String> = [
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ]
    .iter()
    .filter_map(|&s| {
        let n = report.findings().filter(|(_, f)| f.severity == s).count();
        (n > 0).then(|| format!("{n} {}", s.as_str()))
    })
    .collect();
    if !by_severity.is_empty() {
        line(md, "");
        line(
            md,
            &format!("Findings by severity: {}.", by_severity.join(", ")),
        );
    }

    line(md, "");
    line(md, "### Penalty changes");
    line(md, "");
    let penalties: Vec<(&AnnotatedChange, &Finding)> = report
        .findings()
        .filter(|(_, f)| f.kind.starts_with("penalty-"))
        .collect();
    if penalties.is_empty() {
        line(md, "No penalty changed.");
    } else {
        line(
            md,
            "| Provision | Change | Penalty | Old | New | Factor | Tenge (old → new) |",
        );
        line(md, "| --- | --- | --- | --- | --- | --- | --- |");
        for (annotated, finding) in penalties {
            let p = Penalty::of(finding);
            let what = p.what.unwrap_or_else(|| finding.message.clone());
            line(
                md,
                &row(&[
                    cell(&provision(&annotated.change)),
                    cell(finding.kind.trim_start_matches("penalty-")),
                    cell(&what),
                    cell(p.old.as_deref().unwrap_or("")),
                    cell(p.new.as_deref().unwrap_or("")),
                    cell(p.factor.as_deref().unwrap_or("")),
                    cell(p.tenge.as_deref().unwrap_or("")),
                ]),
            );
        }
    }

    line(md, "");
    line(md, "### Vague terms introduced");
    line(md, "");
    let vague: Vec<(&AnnotatedChange, &Finding)> = report
        .findings()
        .filter(|(_, f)| f.kind == "vague-term-introduced")
        .collect();
    if vague.is_empty() {
        line(md, "No vague term introduced.");
    }
    for (annotated, finding) in vague {
        let terms = if finding.matched.is_empty() {
            escape(&finding.message)
        } else {
            finding
                .matched
                .iter()
                .map(|t| format!("“{}”", escape(t)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        line(
            md,
            &format!(
                "- {terms} — {} ({}, {})",
                escape(&provision(&annotated.change)),
                escape(&finding.category),
                finding.severity.as_str()
            ),
        );
    }
}

/// One numbered section: the change, its texts, its findings.
fn change_section(md: &mut String, report: &Report, number: usize, annotated: &AnnotatedChange) {
    let change = &annotated.change;
    line(md, "");
    line(
        md,
        &format!("### {number}. {}", escape(&change_title(change))),
    );
    line(md, "");
    let (side, version) = match &change.new {
        Some(side) => (Some(side), &report.to),
        None => (change.old.as_ref(), &report.from),
    };
    if let Some(side) = side {
        let (first, last) = side.lines;
        let lines = if first == last {
            format!("line {first}")
        } else {
            format!("lines {first}–{last}")
        };
        line(
            md,
            &format!(
                "Provision: {} ({}, {}, {lines}).",
                escape(&side.citation),
                escape(&version.label),
                escape(&version.path)
            ),
        );
    }
    line(md, "");
    line(md, &relevance_line(annotated));
    texts(md, change);
    let mut findings: Vec<&Finding> = annotated.findings.iter().collect();
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    for (j, finding) in findings.into_iter().enumerate() {
        finding_section(md, number, j + 1, finding);
    }
}

/// What the provision is about and its rank: `Concerns expression (information, media). Rank 1.`
fn relevance_line(annotated: &AnnotatedChange) -> String {
    use crate::analyze::relevance::Relevance;
    let concepts: Vec<&str> = annotated
        .relevance_cues
        .iter()
        .filter_map(|c| c.strip_prefix('+'))
        .collect();
    let mut text = match annotated.relevance {
        Relevance::Expression if concepts.is_empty() => "Concerns expression.".to_string(),
        Relevance::Expression => format!("Concerns expression ({}).", concepts.join(", ")),
        Relevance::Other => {
            "Does not concern expression: penalties here carry no free-expression rationale."
                .to_string()
        }
    };
    if let Some(rank) = annotated.rank {
        text.push_str(&format!(" Rank {rank}."));
    }
    text
}

/// The old text, new text and redline of a change, as fits its kind.
fn texts(md: &mut String, change: &Change) {
    let block = |md: &mut String, label: &str, body: &str| {
        line(md, "");
        line(md, &format!("**{label}**"));
        line(md, "");
        line(md, body);
    };
    let joined = |main: Option<&crate::compare::Side>, with_others: bool| {
        let mut parts: Vec<&str> = main.map(|s| s.text.as_str()).into_iter().collect();
        if with_others {
            parts.extend(change.others.iter().map(|s| s.text.as_str()));
        }
        parts.join("\n")
    };
    let old_text = joined(change.old.as_ref(), change.kind == ChangeKind::Merged);
    let new_text = joined(change.new.as_ref(), change.kind == ChangeKind::Split);
    match change.kind {
        ChangeKind::Added => block(md, "New text", &quote(&new_text)),
        ChangeKind::Removed => block(md, "Old text", &quote(&old_text)),
        ChangeKind::Repealed => {
            if let Some(crate::statute::Status::Repealed { by: Some(by) }) =
                change.new.as_ref().map(|s| &s.status)
            {
                line(md, "");
                line(md, &format!("Repealed by {}.", escape(by)));
            }
            block(md, "Old text", &quote(&old_text));
        }
        ChangeKind::Editorial => {
            line(md, "");
            line(md, "Only the editorial notes changed; the wording did not.");
            if let Some(notes) = &change.footnotes {
                if !notes.amending_acts.is_empty() {
                    line(md, "");
                    line(
                        md,
                        &format!(
                            "Amending acts named: {}.",
                            escape(&notes.amending_acts.join("; "))
                        ),
                    );
                }
                for note in &notes.removed {
                    block(md, "Note removed", &quote(note));
                }
                for note in &notes.added {
                    block(md, "Note added", &quote(note));
                }
            }
        }
        _ if change.has_redline() => {
            block(md, "Old text", &quote(&old_text));
            block(md, "New text", &quote(&new_text));
            block(
                md,
                "Redline (deleted words struck through, inserted words marked)",
                &redline(&change.redline),
            );
        }
        _ => {
            line(md, "");
            line(md, "The wording is unchanged.");
            if !new_text.is_empty() {
                block(md, "Text", &quote(&new_text));
            }
        }
    }
}

/// One finding: what, why, which standard, and the recommendation slot.
fn finding_section(md: &mut String, number: usize, index: usize, finding: &Finding) {
    line(md, "");
    line(
        md,
        &format!(
            "#### {number}.{index} {} ({})",
            escape(&finding.kind),
            finding.severity.as_str()
        ),
    );
    line(md, "");
    line(md, &format!("**Finding:** {}", escape(&finding.message)));
    line(md, "");
    let item = |md: &mut String, label: &str, text: &str| {
        line(
            md,
            &format!("- **{label}:** {}", escape(&text.replace('\n', " "))),
        );
    };
    item(md, "Category", &finding.category);
    if !finding.matched.is_empty() {
        let words: Vec<String> = finding.matched.iter().map(|w| format!("“{w}”")).collect();
        item(md, "Words", &words.join(", "));
    }
    if finding.kind.starts_with("penalty-")
        && let Some(text) = Penalty::of(finding).sentence()
    {
        item(md, "Penalty", &text);
    }
    if !finding.rationale.is_empty() {
        item(md, "Why it matters", &finding.rationale);
    }
    for standard in &finding.standards {
        item(md, "Standard", standard);
    }
    line(md, "");
    match &finding.recommendation {
        Some(r) if !r.trim().is_empty() => {
            line(md, &format!("**Recommendation:** {}", escape(r)));
        }
        _ => line(md, &format!("**Recommendation:** {PLACEHOLDER}")),
    }
}

/// The parts of a penalty finding's detail that are present, as text.
#[derive(Debug, Default, PartialEq)]
struct Penalty {
    /// The sanction and whom it applies to: `fine, individuals`.
    what: Option<String>,
    /// The old value.
    old: Option<String>,
    /// The new value.
    new: Option<String>,
    /// New over old: `×2`.
    factor: Option<String>,
    /// The tenge values, old → new.
    tenge: Option<String>,
}

impl Penalty {
    /// Reads what it can from the detail; an unknown shape gives nothing.
    fn of(finding: &Finding) -> Penalty {
        let Some(detail) = finding.detail.as_object() else {
            return Penalty::default();
        };
        let get = |key: &str| detail.get(key).and_then(value_text);
        let what: Vec<String> = ["kind", "subject"].iter().filter_map(|k| get(k)).collect();
        let factor = detail
            .get("factor")
            .and_then(Value::as_f64)
            .map(|f| format!("×{}", number(f)));
        let tenge = match (get("old_tenge"), get("new_tenge")) {
            (None, None) => None,
            (old, new) => Some(format!(
                "{} → {}",
                old.unwrap_or_else(|| "—".into()),
                new.unwrap_or_else(|| "—".into())
            )),
        };
        Penalty {
            what: (!what.is_empty()).then(|| what.join(", ")),
            old: get("old"),
            new: get("new"),
            factor,
            tenge,
        }
    }

    /// One sentence: `fine, individuals: 50 MCI → 100 MCI, ×2; in tenge 172,500 → 345,000`.
    fn sentence(&self) -> Option<String> {
        let mut parts = Vec::new();
        match (&self.old, &self.new) {
            (None, None) => {}
            (old, new) => parts.push(format!(
                "{} → {}",
                old.as_deref().unwrap_or("none"),
                new.as_deref().unwrap_or("none")
            )),
        }
        parts.extend(self.factor.clone());
        let mut text = parts.join(", ");
        if let Some(t) = &self.tenge {
            if !text.is_empty() {
                text.push_str("; ");
            }
            text.push_str(&format!("in tenge {t}"));
        }
        match (&self.what, text.is_empty()) {
            (None, true) => None,
            (None, false) => Some(text),
            (Some(w), true) => Some(w.clone()),
            (Some(w), false) => Some(format!("{w}: {text}")),
        }
    }
}

/// A JSON value as short text, for detail of unknown shape; `None` when empty.
fn value_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Bool(b) => Some(if *b { "yes" } else { "no" }.to_string()),
        Value::Number(n) => n.as_f64().map(number),
        Value::String(s) => (!s.trim().is_empty()).then(|| s.clone()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(value_text).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Value::Object(map) => {
            for key in ["text", "display", "label"] {
                if let Some(text) = map.get(key).and_then(value_text) {
                    return Some(text);
                }
            }
            // A range such as {"min": 100, "max": 200}.
            if let Some(max) = map.get("max").and_then(value_text) {
                return Some(match map.get("min").and_then(value_text) {
                    Some(min) if min != max => format!("{min}–{max}"),
                    _ => max,
                });
            }
            let parts: Vec<String> = map
                .iter()
                .filter_map(|(k, v)| value_text(v).map(|t| format!("{k}: {t}")))
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
    }
}

/// A number for people: thousands grouped, at most two decimals.
fn number(value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let rounded = (value * 100.0).round() / 100.0;
    let whole = rounded.trunc();
    let digits = format!("{}", whole.abs() as u64);
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if rounded < 0.0 {
        grouped.insert(0, '-');
    }
    let fraction = (rounded - whole).abs();
    if fraction > 0.0 {
        let decimals = format!("{fraction:.2}");
        grouped.push_str(decimals.trim_start_matches('0').trim_end_matches('0'));
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{hostile_report, sample_report};

    fn render(report: &Report, format: CommentaryFormat, all: bool) -> Vec<u8> {
        let mut out = Vec::new();
        write_commentary(report, format, &CommentaryOptions { all }, &mut out).unwrap();
        out
    }

    fn markdown_of(report: &Report, all: bool) -> String {
        String::from_utf8(render(report, CommentaryFormat::Markdown, all)).unwrap()
    }

    #[test]
    fn markdown_has_every_part() {
        let md = markdown_of(&sample_report(), false);
        for part in [
            "# Commentary on Кодекс Республики Казахстан об административных правонарушениях",
            "Act: kz/cao",
            "| Old | 2023-01-01-in-force | 2023-01-01 | in-force | https://adilet.zan.kz/rus/docs/K1400000235 |",
            "| New | 2023-07-10-signed | 2023-07-10 | signed |",
            "| amended | 1 |",
            "| renumbered | 1 |",
            "| **Total** | **4** |",
            "Findings by severity: 1 high, 1 medium, 1 low, 1 info.",
            "| ст. 456-2 п. 4 | raised | fine, individuals | 50 MCI | 100 MCI | ×2 | 172,500 → 345,000 |",
            "- “нарушающей общественный порядок” — ст. 456-2 п. 4 (public-order, medium)",
            "- “discredits” — art. 5 para. 2 (reputation, low)",
            "## Concerning changes",
            "### 1. ст. 456-2 п. 4 — amended",
            "Provision: ст. 456-2 п. 4 (2023-07-10-signed, statutes/kz/cao-ch26-ru.md, lines 42–44).",
            "**Old text**",
            "> Распространение ложной информации",
            "**New text**",
            "~~пятидесяти~~**ста**",
            "#### 1.1 penalty-raised (high)",
            "**Finding:** fine on individuals raised ×2 (50 MCI → 100 MCI)",
            "- **Penalty:** fine, individuals: 50 MCI → 100 MCI, ×2; in tenge 172,500 → 345,000",
            "- **Why it matters:** A harsher sanction",
            "- **Standard:** UN Human Rights Committee, General Comment No. 34 (2011), para. 34",
            "#### 1.2 vague-term-introduced (medium)",
            "**Recommendation:** Delete the words «нарушающей общественный порядок» or define them narrowly.",
            "### 2. art. 5 para. 2 — added",
            "**New text**",
            "honour \\& dignity of \"officials\".",
            "## Other changes",
            "| ст. 164 → ст. 174 | renumbered | — |",
            "| ст. 10 | removed | the ban on censorship is gone |",
        ] {
            assert!(md.contains(part), "missing {part:?} in:\n{md}");
        }
        // The penalty has no recommendation: the author gets a placeholder.
        assert_eq!(md.matches(PLACEHOLDER).count(), 2);
        // Changes without concern are summarised, not listed in full.
        assert!(!md.contains("### 3."));
        assert!(!md.contains("Клевета"));
    }

    #[test]
    fn all_lists_every_change_in_full() {
        let md = markdown_of(&sample_report(), true);
        assert!(md.contains("### 3. ст. 164 → ст. 174 — renumbered"), "{md}");
        assert!(md.contains("The wording is unchanged."));
        assert!(md.contains("> Клевета наказывается штрафом."));
        assert!(md.contains("### 4. ст. 10 — removed"));
        assert!(md.contains("> Цензура запрещается."));
        assert!(md.contains("#### 4.1 definition-changed (info)"));
        assert!(!md.contains("| Provision | Change | Notes |"));
    }

    #[test]
    fn no_findings_and_no_changes() {
        let mut report = sample_report();
        for c in &mut report.changes {
            c.findings.clear();
        }
        let md = markdown_of(&report, false);
        assert!(md.contains("No change raised a concern"));
        assert!(md.contains("No penalty changed."));
        assert!(md.contains("No vague term introduced."));
        report.changes.clear();
        report.summary.clear();
        let md = markdown_of(&report, false);
        assert!(md.contains("no changes."));
        assert!(!md.contains("## Other changes"));
    }

    #[test]
    fn detail_of_unknown_shape() {
        let mut finding = sample_report().changes[0].findings[0].clone();
        finding.detail = serde_json::json!({
            "kind": "arrest",
            "old": {"min": 10, "max": 15},
            "new": {"max": 30, "unit": "days"},
            "old_tenge": null,
            "factor": "n/a"
        });
        assert_eq!(
            Penalty::of(&finding).sentence().as_deref(),
            Some("arrest: 10–15 → 30")
        );
        finding.detail = serde_json::json!(["odd"]);
        assert_eq!(Penalty::of(&finding), Penalty::default());
        finding.detail = serde_json::json!({"new": "confiscation"});
        assert_eq!(
            Penalty::of(&finding).sentence().as_deref(),
            Some("none → confiscation")
        );
    }

    #[test]
    fn numbers_for_people() {
        assert_eq!(number(2.0), "2");
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(0.333), "0.33");
        assert_eq!(number(1_380_000.0), "1,380,000");
        assert_eq!(number(-2500.25), "-2,500.25");
    }

    #[test]
    fn html_is_one_escaped_page() {
        let html =
            String::from_utf8(render(&hostile_report(), CommentaryFormat::Html, true)).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        crate::render::html::tests::assert_nothing_unescaped(&html);
        let html =
            String::from_utf8(render(&sample_report(), CommentaryFormat::Html, false)).unwrap();
        assert!(html.contains("<del>пятидесяти</del>"));
        assert!(html.contains("<ins>ста</ins>"));
        assert!(html.contains("<table>"));
        assert!(html.contains("honour &amp; dignity of &quot;officials&quot;"));
    }

    #[test]
    fn is_deterministic() {
        for format in [
            CommentaryFormat::Markdown,
            CommentaryFormat::Html,
            CommentaryFormat::Docx,
        ] {
            assert_eq!(
                render(&sample_report(), format, false),
                render(&sample_report(), format, false)
            );
        }
    }
}
