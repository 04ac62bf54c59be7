//! Commentary: the skeleton of a submission to parliament or a UN body.
//!
//! Two layouts over one document model ([`super::document`]): the sections
//! layout here — the versions compared, key changes, a summary (changes by
//! kind, penalty changes, vague terms introduced), then one section per
//! concerning change with its current and proposed wording, the redline as
//! tracked changes, each finding with its rationale, the standards it
//! points to (quoted once, in the references) and a recommendation slot —
//! and the comparative table ([`super::table`]). Every word around the
//! statute text comes from the Fluent messages in the analyst's language;
//! the statute text is quoted as it is.

use super::document::{self, Block, Document, Inline, Para};
use super::table::{self, References};
use crate::analyze::lexicon::Lexicon;
use crate::analyze::relevance::Relevance;
use crate::analyze::{AnnotatedChange, Finding, Report, Severity, VersionInfo};
use crate::compare::{Change, ChangeKind, WordOp};
use crate::i18n::{self, Args, Messages};
use crate::statute::Language;
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

/// What a commentary (either layout) includes and in which language.
#[derive(Debug, Clone, Copy)]
pub struct CommentaryOptions<'a> {
    /// The language of every label and sentence.
    pub lang: Language,
    /// Changes without concern in full too, not only a summary of them.
    pub all: bool,
    /// An appendix with the file and lines each text was read from.
    pub sources: bool,
    /// The lexicon: standards quoted in the references, terms in other languages.
    pub lexicon: &'a Lexicon,
}

/// Writes the commentary on a report (sections layout) in a format.
pub fn write_commentary(
    report: &Report,
    format: CommentaryFormat,
    options: &CommentaryOptions<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    write_document(&commentary_document(report, options), format, out)
}

/// Writes a document in a commentary format.
pub(crate) fn write_document(
    doc: &Document,
    format: CommentaryFormat,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        CommentaryFormat::Markdown => out.write_all(document::to_markdown(doc).as_bytes()),
        CommentaryFormat::Html => out.write_all(document::to_html(doc).as_bytes()),
        CommentaryFormat::Docx => document::write_docx(doc, out),
    }
}

/// Whether a change raises a concern: a finding of medium severity or
/// above, or of low severity on a provision concerning expression (a
/// raised fine for a tax offence is listed among the other changes).
fn is_concerning(change: &AnnotatedChange) -> bool {
    crate::analyze::rank::change_score(change) >= crate::analyze::rank::CONCERN_SCORE
}

/// The summary line in a language: `4 changes: 1 amended, 1 added; 4 findings`.
pub(crate) fn summary_line(m: &Messages, report: &Report) -> String {
    let total: usize = report.summary.values().sum();
    if total == 0 {
        return m.get("ui-no-changes");
    }
    let kinds: Vec<String> = ChangeKind::ALL
        .iter()
        .filter_map(|k| {
            report.summary.get(k).map(|n| {
                m.format(
                    "ui-summary-kind",
                    &Args::new()
                        .text("n", n.to_string())
                        .text("kind", m.get(&format!("change-{}", k.as_str()))),
                )
            })
        })
        .collect();
    let findings = report
        .changes
        .iter()
        .map(|c| c.findings.len())
        .sum::<usize>() as u64;
    m.format(
        "ui-summary-line",
        &Args::new()
            .text(
                "changes",
                m.format("ui-changes-count", &Args::new().count("n", total as u64)),
            )
            .text("kinds", kinds.join(", "))
            .text(
                "findings",
                m.format("ui-findings-count", &Args::new().count("n", findings)),
            ),
    )
}

/// The commentary of a report as a document.
pub(crate) fn commentary_document(report: &Report, options: &CommentaryOptions<'_>) -> Document {
    let m = i18n::messages(options.lang);
    let title = table::document_title(m, report, "ui-commentary-title");
    let mut out = Sections {
        m,
        report,
        options,
        references: References::default(),
        blocks: vec![Block::Para(vec![Inline::Italic(m.get("ui-draft-note"))])],
    };
    out.key_changes();
    out.versions();
    out.summary();

    // The concerning changes, key changes first, as in the comparative table.
    let mut concerning: Vec<&AnnotatedChange> =
        report.changes.iter().filter(|c| is_concerning(c)).collect();
    table::in_ranking_order(&mut concerning);
    let others: Vec<&AnnotatedChange> = report
        .changes
        .iter()
        .filter(|c| !is_concerning(c))
        .collect();
    out.blocks
        .push(Block::Heading(1, m.get("ui-concerning-changes")));
    if concerning.is_empty() {
        out.blocks
            .push(Block::Para(vec![Inline::Text(m.get("ui-no-concern"))]));
    }
    for (i, annotated) in concerning.iter().enumerate() {
        out.change_section(i + 1, annotated);
    }
    if !others.is_empty() {
        out.blocks
            .push(Block::Heading(1, m.get("ui-other-changes")));
        if options.all {
            out.blocks
                .push(Block::Para(vec![Inline::Text(m.get("ui-other-in-full"))]));
            for (i, annotated) in others.iter().enumerate() {
                out.change_section(concerning.len() + i + 1, annotated);
            }
        } else {
            out.blocks.push(Block::Para(vec![Inline::Text(
                m.get("ui-other-one-per-row"),
            )]));
            let rows = others
                .iter()
                .map(|annotated| {
                    let notes: Vec<String> = annotated
                        .findings
                        .iter()
                        .map(|f| table::sentence(m, report, Some(options.lexicon), f))
                        .collect();
                    vec![
                        text_cell(table::unit_citation(m, &annotated.change)),
                        text_cell(table::change_word(m, &annotated.change)),
                        text_cell(notes.join("; ")),
                    ]
                })
                .collect();
            out.blocks.push(Block::Table {
                widths: vec![30, 20, 50],
                header: vec![m.get("ui-provision"), m.get("ui-change"), m.get("ui-notes")],
                rows,
            });
        }
    }
    let mut blocks = out.blocks;
    blocks.extend(table::references_blocks(m, options, &out.references));
    if options.sources {
        let listed: Vec<&AnnotatedChange> = if options.all {
            concerning.iter().chain(others.iter()).copied().collect()
        } else {
            concerning
        };
        blocks.extend(table::sources_blocks(m, report, &listed));
    }
    Document {
        title,
        lang: options.lang.code().to_string(),
        landscape: false,
        revision_date: report.to.date.map(|d| d.to_string()),
        blocks,
    }
}

/// A table cell of one plain paragraph (empty text: an empty cell).
fn text_cell(text: String) -> Vec<Para> {
    if text.trim().is_empty() {
        Vec::new()
    } else {
        vec![vec![Inline::Text(text)]]
    }
}

/// Statute text as paragraphs, one per line.
fn plain_paras(text: &str) -> Vec<Para> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| vec![Inline::Text(l.to_string())])
        .collect()
}

/// A redline as paragraphs, one per line: deletions and insertions as
/// tracked changes (struck and bold where there are no revisions).
fn redline_paras(ops: &[WordOp]) -> Vec<Para> {
    table::op_paras(ops, |op| {
        Some(match op {
            WordOp::Equal(_) => Inline::Text,
            WordOp::Delete(_) => Inline::Deleted,
            WordOp::Insert(_) => Inline::Insertion,
        })
    })
}

/// The commentary being built, with the standards cited so far.
struct Sections<'r> {
    m: &'static Messages,
    report: &'r Report,
    options: &'r CommentaryOptions<'r>,
    references: References,
    blocks: Vec<Block>,
}

impl Sections<'_> {
    /// The key changes, most important first, each in one sentence.
    fn key_changes(&mut self) {
        let m = self.m;
        self.blocks.push(Block::Heading(1, m.get("ui-key-changes")));
        if self.report.key_changes.is_empty() {
            self.blocks
                .push(Block::Para(vec![Inline::Text(m.get("ui-no-key-change"))]));
            return;
        }
        for key in &self.report.key_changes {
            self.blocks.push(Block::Para(vec![
                Inline::Text(format!("{}. ", key.rank)),
                Inline::Bold(m.get(&format!("severity-{}", key.severity.as_str()))),
                Inline::Text(format!(
                    " {}",
                    super::key_change_text(m, self.report, Some(self.options.lexicon), key)
                )),
            ]));
        }
        let left_out = super::key_changes_left_out(self.report);
        if left_out > 0 {
            self.blocks.push(Block::Para(vec![Inline::Text(m.format(
                "ui-key-changes-more",
                &Args::new().count("n", left_out as u64),
            ))]));
        }
    }

    /// The two versions compared, as a reader cites them.
    fn versions(&mut self) {
        let m = self.m;
        self.blocks
            .push(Block::Heading(1, m.get("ui-versions-compared")));
        let row = |name: &str, v: &VersionInfo| -> Vec<Vec<Para>> {
            let stage = v.stage.as_deref().map(|s| table::stage_word(m, s));
            let source = table::publication(v).map(str::to_string);
            // A version of another act (the one this act replaced) names it.
            let mut first = vec![Inline::Bold(m.get(name))];
            if let Some((act, _)) = v.label.split_once('@') {
                first.push(Inline::Text(format!(" ({act})")));
            }
            vec![
                vec![first],
                text_cell(
                    v.date
                        .map(|d| table::date_text(m.lang(), d))
                        .unwrap_or_default(),
                ),
                text_cell(stage.unwrap_or_default()),
                text_cell(source.unwrap_or_default()),
            ]
        };
        let rows = vec![
            row(table::version_labels(self.report).0, &self.report.from),
            row(table::version_labels(self.report).1, &self.report.to),
        ];
        self.blocks.push(Block::Table {
            widths: vec![26, 14, 18, 42],
            header: vec![
                m.get("ui-version"),
                m.get("ui-date"),
                m.get("ui-stage"),
                m.get("ui-source"),
            ],
            rows,
        });
    }

    /// Changes by kind, findings by severity, penalties, vague terms.
    fn summary(&mut self) {
        let m = self.m;
        let report = self.report;
        self.blocks.push(Block::Heading(1, m.get("ui-summary")));
        self.blocks.push(Block::Para(vec![Inline::Text(format!(
            "{}.",
            summary_line(m, report)
        ))]));
        if !report.summary.is_empty() {
            let mut rows: Vec<Vec<Vec<Para>>> = ChangeKind::ALL
                .iter()
                .filter_map(|kind| {
                    report.summary.get(kind).map(|n| {
                        vec![
                            text_cell(m.get(&format!("change-{}", kind.as_str()))),
                            text_cell(n.to_string()),
                        ]
                    })
                })
                .collect();
            let total: usize = report.summary.values().sum();
            rows.push(vec![
                vec![vec![Inline::Bold(m.get("ui-total"))]],
                vec![vec![Inline::Bold(total.to_string())]],
            ]);
            self.blocks.push(Block::Table {
                widths: vec![70, 30],
                header: vec![m.get("ui-change"), m.get("ui-provisions")],
                rows,
            });
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
            (n > 0).then(|| format!("{n} — {}", m.get(&format!("severity-{}", s.as_str()))))
        })
        .collect();
        if !by_severity.is_empty() {
            self.blocks.push(Block::Para(vec![Inline::Text(m.format(
                "ui-findings-by-severity",
                &Args::new().text("list", by_severity.join(", ")),
            ))]));
        }

        self.blocks
            .push(Block::Heading(2, m.get("ui-penalty-changes")));
        let mut rows = Vec::new();
        for (annotated, finding) in report
            .findings()
            .filter(|(_, f)| f.kind.starts_with("penalty-"))
        {
            // A provision added or removed whole has one sanction per subject:
            // a row each, the citation on the first only.
            let items: Vec<&Value> = match &finding.detail {
                Value::Array(items) => items.iter().collect(),
                item => vec![item],
            };
            for (i, item) in items.into_iter().enumerate() {
                let citation = if i == 0 {
                    text_cell(table::unit_citation(m, &annotated.change))
                } else {
                    Vec::new()
                };
                rows.push(vec![
                    citation,
                    text_cell(table::capitalised(&table::penalty_name(m, item))),
                    text_cell(table::amount_text(m, item.get("old"))),
                    text_cell(table::amount_text(m, item.get("new"))),
                    text_cell(table::factor_text(m, item).unwrap_or_default()),
                ]);
            }
        }
        if rows.is_empty() {
            self.blocks.push(Block::Para(vec![Inline::Text(
                m.get("ui-no-penalty-changed"),
            )]));
        } else {
            self.blocks.push(Block::Table {
                widths: vec![18, 27, 12, 13, 30],
                header: vec![
                    m.get("ui-provision"),
                    m.get("ui-penalty"),
                    m.get("ui-old-value"),
                    m.get("ui-new-value"),
                    m.get("ui-factor"),
                ],
                rows,
            });
        }

        self.blocks
            .push(Block::Heading(2, m.get("ui-vague-terms-introduced")));
        let vague: Vec<(&AnnotatedChange, &Finding)> = report
            .findings()
            .filter(|(_, f)| f.kind == "vague-term-introduced")
            .collect();
        if vague.is_empty() {
            self.blocks
                .push(Block::Para(vec![Inline::Text(m.get("ui-no-vague-term"))]));
        }
        for (annotated, finding) in vague {
            let terms = if finding.matched.is_empty() {
                table::sentence(m, report, Some(self.options.lexicon), finding)
            } else {
                table::quoted(m.lang(), &finding.matched)
            };
            let mut about = Vec::new();
            let category = format!("category-{}", i18n::id_part(&finding.category));
            if m.has(&category) {
                about.push(m.get(&category));
            }
            about.push(m.get(&format!("severity-{}", finding.severity.as_str())));
            self.blocks.push(Block::Para(vec![
                Inline::Text(format!("{terms} — ")),
                Inline::Bold(table::unit_citation(m, &annotated.change)),
                Inline::Text(format!(" ({})", about.join(", "))),
            ]));
        }
    }

    /// One numbered section: the change, its texts, its findings.
    fn change_section(&mut self, number: usize, annotated: &AnnotatedChange) {
        let m = self.m;
        let change = &annotated.change;
        self.blocks.push(Block::Heading(
            2,
            format!(
                "{number}. {} — {}",
                table::unit_citation(m, change),
                table::change_word(m, change)
            ),
        ));
        self.blocks.push(Block::Para(vec![Inline::Italic(
            self.relevance_line(annotated),
        )]));
        self.texts(change);
        let mut findings: Vec<&Finding> = annotated.findings.iter().collect();
        findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
        for (j, finding) in findings.into_iter().enumerate() {
            self.blocks.push(Block::Heading(
                3,
                format!(
                    "{number}.{}. {} ({})",
                    j + 1,
                    finding_title(m, finding),
                    m.get(&format!("severity-{}", finding.severity.as_str()))
                ),
            ));
            self.blocks.push(Block::Para(vec![
                Inline::Bold(format!("{}: ", m.get("ui-finding"))),
                Inline::Text(table::capitalised(&table::sentence(
                    m,
                    self.report,
                    Some(self.options.lexicon),
                    finding,
                ))),
            ]));
            let paras = table::finding_paras(
                m,
                self.report,
                self.options,
                &mut self.references,
                finding,
                false,
            );
            self.blocks.extend(paras.into_iter().map(Block::Para));
        }
    }

    /// What the provision is about and its rank.
    fn relevance_line(&self, annotated: &AnnotatedChange) -> String {
        let m = self.m;
        let concepts: Vec<String> = annotated
            .relevance_cues
            .iter()
            .filter_map(|c| c.strip_prefix('+'))
            .filter_map(|c| {
                let id = format!("concept-{c}");
                m.has(&id).then(|| m.get(&id))
            })
            .collect();
        let mut text = match annotated.relevance {
            Relevance::Expression if concepts.is_empty() => m.get("ui-concerns-expression"),
            Relevance::Expression => m.format(
                "ui-concerns-expression-on",
                &Args::new().text("concepts", concepts.join(", ")),
            ),
            Relevance::Other => m.get("ui-not-about-expression"),
        };
        if let Some(rank) = annotated.rank {
            text.push(' ');
            text.push_str(&m.format("ui-rank", &Args::new().text("n", rank.to_string())));
        }
        text
    }

    /// A label kept with the quoted text after it.
    fn quoted(&mut self, label: &str, paras: Vec<Para>) {
        if paras.is_empty() {
            return;
        }
        self.blocks
            .push(Block::Lead(vec![Inline::Bold(self.m.get(label))]));
        self.blocks.push(Block::Quote(paras));
    }

    /// The current and proposed wording and the redline, as fits the kind.
    fn texts(&mut self, change: &Change) {
        let m = self.m;
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
            ChangeKind::Added => {
                self.quoted(table::version_labels(self.report).1, plain_paras(&new_text))
            }
            ChangeKind::Removed => {
                self.quoted(table::version_labels(self.report).0, plain_paras(&old_text))
            }
            ChangeKind::Repealed => {
                if let Some(crate::statute::Status::Repealed { by: Some(by) }) =
                    change.new.as_ref().map(|s| &s.status)
                {
                    self.blocks.push(Block::Para(vec![Inline::Text(
                        m.format("ui-repealed-by", &Args::new().text("by", by.clone())),
                    )]));
                }
                self.quoted(table::version_labels(self.report).0, plain_paras(&old_text));
            }
            ChangeKind::Editorial => {
                self.blocks
                    .push(Block::Para(vec![Inline::Text(m.get("ui-editorial-only"))]));
                if let Some(notes) = &change.footnotes {
                    if !notes.amending_acts.is_empty() {
                        self.blocks.push(Block::Para(vec![Inline::Text(m.format(
                            "ui-amending-acts",
                            &Args::new().text("acts", notes.amending_acts.join("; ")),
                        ))]));
                    }
                    for note in &notes.removed {
                        self.quoted("ui-note-removed", plain_paras(note));
                    }
                    for note in &notes.added {
                        self.quoted("ui-note-added", plain_paras(note));
                    }
                }
            }
            _ if change.has_redline() => {
                self.quoted(table::version_labels(self.report).0, plain_paras(&old_text));
                self.quoted(table::version_labels(self.report).1, plain_paras(&new_text));
                self.quoted("ui-redline", redline_paras(&change.redline));
            }
            _ => {
                self.blocks.push(Block::Para(vec![Inline::Text(
                    m.get("ui-wording-unchanged"),
                )]));
                self.quoted("ui-text", plain_paras(&new_text));
            }
        }
    }
}

/// A finding's title in the language: its kind's message, else its kind in words.
fn finding_title(m: &Messages, finding: &Finding) -> String {
    m.try_format(&format!("finding-{}.title", finding.kind), &Args::new())
        .unwrap_or_else(|| table::capitalised(&finding.kind.replace('-', " ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{hostile_report, sample_report};

    fn render(report: &Report, format: CommentaryFormat, lang: Language, all: bool) -> Vec<u8> {
        let lexicon = Lexicon::builtin();
        let options = CommentaryOptions {
            lang,
            all,
            sources: false,
            lexicon: &lexicon,
        };
        let mut out = Vec::new();
        write_commentary(report, format, &options, &mut out).unwrap();
        out
    }

    fn markdown_of(report: &Report, lang: Language, all: bool) -> String {
        String::from_utf8(render(report, CommentaryFormat::Markdown, lang, all)).unwrap()
    }

    #[test]
    fn markdown_has_every_part() {
        let md = markdown_of(&sample_report(), Language::En, false);
        for part in [
            "# Commentary on Кодекс Республики Казахстан об административных правонарушениях",
            "## Key changes",
            "| **Wording before the changes** | 2023‑01‑01 | in force | https://adilet.zan.kz/rus/docs/K1400000235 |",
            "| **Wording after the changes** | 2023‑07‑10 | signed |",
            "| amended | 1 |",
            "| renumbered | 1 |",
            "| **Total** | **4** |",
            "Findings by severity: 1 — high, 1 — medium, 1 — low, 1 — info.",
            "| ст. 456-2 п. 4 | Fine on individuals | 50 MCI | 100 MCI | ×2 of the maximum |",
            "“нарушающей общественный порядок” — **ст. 456-2 п. 4**",
            "## Concerning changes",
            "### 1. ст. 456-2 п. 4 — amended",
            "**Wording before the changes**",
            "> Распространение ложной информации",
            "**Wording after the changes**",
            "~~пятидесяти~~",
            "**ста**",
            "#### 1.1. A penalty was raised (high)",
            "**Finding:** Fine on individuals raised: 50 MCI → 100 MCI",
            "**Why it matters:** A harsher sanction",
            "#### 1.2. A vague or overbroad term was introduced (medium)",
            "**Recommendation:** Delete the words «нарушающей общественный порядок» or define them narrowly.",
            "### 2. art. 5 para. 2 — added",
            "honour \\& dignity of \"officials\".",
            "## Other changes",
            "| ст. 174 (formerly ст. 164) | renumbered |  |",
            "## References",
            "General Comment No. 34",
        ] {
            assert!(md.contains(part), "missing {part:?} in:\n{md}");
        }
        // The penalty has no recommendation: the author gets a placeholder.
        assert_eq!(md.matches("*\\[To be completed").count(), 2, "{md}");
        // Changes without concern are summarised, not listed in full.
        assert!(!md.contains("### 3."));
        assert!(!md.contains("Клевета"));
        for bad in ["statutes/", ".md, line", "penalty-raised", "small_business"] {
            assert!(!md.contains(bad), "{bad} in {md}");
        }
    }

    #[test]
    fn russian_commentary_has_no_english_labels() {
        let md = markdown_of(&sample_report(), Language::Ru, false);
        for part in [
            "# Комментарий: Кодекс",
            "## Ключевые изменения",
            "## Сравниваемые редакции",
            "| **Редакция до изменений** | 01.01.2023 | действующая редакция |",
            "## Изменения, вызывающие обеспокоенность",
            "### 1. ст. 456-2 п. 4 — изменен",
            "**Рекомендация:**",
            "## Международные стандарты",
        ] {
            assert!(md.contains(part), "missing {part:?} in:\n{md}");
        }
        for bad in [
            "Recommendation",
            "Finding",
            "amended",
            "individuals",
            "small_business",
            "(high)",
            "Key changes",
        ] {
            assert!(!md.contains(bad), "{bad} in {md}");
        }
    }

    #[test]
    fn all_lists_every_change_in_full() {
        let md = markdown_of(&sample_report(), Language::En, true);
        assert!(
            md.contains("### 3. ст. 174 (formerly ст. 164) — renumbered"),
            "{md}"
        );
        assert!(md.contains("The wording is unchanged."));
        assert!(md.contains("> Клевета наказывается штрафом."));
        assert!(md.contains("### 4. ст. 10 — removed"));
        assert!(md.contains("> Цензура запрещается."));
        assert!(
            md.contains("#### 4.1. The definition of a defined term changed (info)"),
            "{md}"
        );
        assert!(!md.contains("| Provision | Change | Notes |"));
    }

    #[test]
    fn no_findings_and_no_changes() {
        let mut report = sample_report();
        for c in &mut report.changes {
            c.findings.clear();
        }
        report.key_changes.clear();
        let md = markdown_of(&report, Language::En, false);
        assert!(md.contains("No change raised a concern"), "{md}");
        assert!(md.contains("No penalty changed."));
        assert!(md.contains("No vague term introduced."));
        assert!(md.contains("No key change"));
        report.changes.clear();
        report.summary.clear();
        let md = markdown_of(&report, Language::En, false);
        assert!(md.contains("no changes."), "{md}");
        assert!(!md.contains("## Other changes"));
    }

    #[test]
    fn html_is_one_escaped_tagged_page() {
        let html = String::from_utf8(render(
            &hostile_report(),
            CommentaryFormat::Html,
            Language::En,
            true,
        ))
        .unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        crate::render::html::tests::assert_nothing_unescaped(&html);
        let html = String::from_utf8(render(
            &sample_report(),
            CommentaryFormat::Html,
            Language::Ru,
            false,
        ))
        .unwrap();
        assert!(html.contains("<html lang=\"ru\">"));
        assert!(html.contains("<del>пятидесяти</del>"), "{html}");
        assert!(html.contains("<ins class=\"new\">ста</ins>"));
        assert!(html.contains("<table>"));
        assert!(html.contains("honour &amp; dignity of &quot;officials&quot;"));
    }

    #[test]
    fn docx_redline_is_tracked_changes_in_the_language() {
        let bytes = render(
            &sample_report(),
            CommentaryFormat::Docx,
            Language::Ru,
            false,
        );
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        roxmltree::Document::parse(&xml).unwrap();
        assert!(xml.contains(
            "w:author=\"lexwatch\" w:date=\"2023-07-10T00:00:00Z\"><w:r><w:delText xml:space=\"preserve\">пятидесяти</w:delText>"
        ), "{xml}");
        assert!(xml.contains("<w:ins w:id="));
        assert!(!xml.contains("<w:strike/>"), "a revision, not formatting");
        assert!(xml.contains("<w:pStyle w:val=\"Lead\"/>"));
        let mut styles = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/styles.xml").unwrap(), &mut styles)
            .unwrap();
        assert!(styles.contains("<w:lang w:val=\"ru\""));
    }

    #[test]
    fn is_deterministic() {
        for format in [
            CommentaryFormat::Markdown,
            CommentaryFormat::Html,
            CommentaryFormat::Docx,
        ] {
            assert_eq!(
                render(&sample_report(), format, Language::Ru, false),
                render(&sample_report(), format, Language::Ru, false)
            );
        }
    }
}
