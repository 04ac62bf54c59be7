//! Output formats for a finished [`Report`]: one module per format.
//!
//! Renderers read only the report: they never call git or the analyzers,
//! and they keep document order so the same report gives the same bytes.

mod atom;
mod commentary;
mod document;
mod docx;
mod github;
mod html;
mod inert;
mod json;
mod markdown;
mod sarif;
mod site;
mod table;
mod text;

use crate::analyze::Report;
use crate::analyze::rank::KeyChange;
use std::io::{self, Write};

pub use atom::{FeedEntry, FeedInput, tag_uri, version_link, write_atom};
pub use commentary::{CommentaryFormat, CommentaryOptions, write_commentary};
pub use github::{write_github, write_github_anchored};
pub use html::escape_html;
pub use inert::{InertWriter, inert};
pub use sarif::{write_sarif, write_sarif_anchored};
pub use site::{
    Page, Site, SiteAct, SiteProvision, SiteVersion, act_path, citation_slug, comparison_path,
    provision_of, provision_path, render_site,
};

/// An output format for a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A change list for the terminal.
    Text,
    /// A Markdown document a lawyer can paste.
    Markdown,
    /// The stable JSON schema.
    Json,
    /// The Markdown document as one self-contained HTML page.
    Html,
    /// SARIF 2.1.0 for code-scanning tools.
    Sarif,
    /// GitHub workflow annotations (`::warning file=…::…`).
    Github,
}

/// Options every renderer understands.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Use ANSI colours (text only).
    pub color: bool,
    /// The language of the Markdown and HTML reports' words and of the
    /// terminal's key changes (default: the act's).
    pub lang: Option<crate::statute::Language>,
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
        Format::Markdown => markdown::write(report, options.lang, out),
        Format::Json => json::write(report, out),
        Format::Html => html::write_report(report, options.lang, out),
        Format::Sarif => sarif::write_sarif(std::slice::from_ref(report), out),
        Format::Github => github::write_github(std::slice::from_ref(report), out),
    }
}

/// The built-in lexicon, read once and only when a sentence needs a term's
/// words in another language (reading it costs as much as a small diff).
pub(crate) fn builtin_lexicon() -> &'static crate::analyze::lexicon::Lexicon {
    static LEXICON: std::sync::OnceLock<crate::analyze::lexicon::Lexicon> =
        std::sync::OnceLock::new();
    LEXICON.get_or_init(crate::analyze::lexicon::Lexicon::builtin)
}

/// A key change's citation in a language, with the former one when it moved:
/// «ст. 456-2 ч. 1 (бывш. ст. 456-1 ч. 2)».
pub(crate) fn key_citation(m: &crate::i18n::Messages, report: &Report, key: &KeyChange) -> String {
    report
        .changes
        .get(key.change)
        .map(|c| table::unit_citation(m, &c.change))
        .unwrap_or_default()
}

/// What a key change's finding says, in a language: the sentence every
/// other output gives that finding.
pub(crate) fn key_finding_sentence(
    m: &crate::i18n::Messages,
    report: &Report,
    lexicon: Option<&crate::analyze::lexicon::Lexicon>,
    key: &KeyChange,
) -> String {
    report
        .changes
        .get(key.change)
        .and_then(|c| c.findings.get(key.finding))
        .map(|f| table::sentence(m, report, lexicon, f))
        .unwrap_or_default()
}

/// A key change's sentence with the count of its other findings:
/// «вводится неопределенный термин «…» (ещё 8 замечаний)».
pub(crate) fn key_sentence(
    m: &crate::i18n::Messages,
    report: &Report,
    lexicon: Option<&crate::analyze::lexicon::Lexicon>,
    key: &KeyChange,
) -> String {
    let mut text = key_finding_sentence(m, report, lexicon, key);
    if key.more > 0 {
        text.push_str(&format!(
            " ({})",
            m.format(
                "ui-more-findings",
                &crate::i18n::Args::new().count("n", key.more as u64)
            )
        ));
    }
    text
}

/// A key change as one line in a language: its citation, its best finding's
/// sentence and the count of its other findings
/// (`ст. 456-2: вводится неопределенный термин «…» (ещё 8 замечаний)`).
pub(crate) fn key_change_text(
    m: &crate::i18n::Messages,
    report: &Report,
    lexicon: Option<&crate::analyze::lexicon::Lexicon>,
    key: &KeyChange,
) -> String {
    format!(
        "{}: {}",
        key_citation(m, report, key),
        key_sentence(m, report, lexicon, key)
    )
}

/// How many key changes the report leaves out of its block.
pub(crate) fn key_changes_left_out(report: &Report) -> usize {
    crate::analyze::rank::key_change_count(&report.changes).saturating_sub(report.key_changes.len())
}

/// Writes the comparative table of a report in a commentary format.
pub fn write_table(
    report: &Report,
    format: CommentaryFormat,
    options: &CommentaryOptions<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    commentary::write_document(&table::document(report, options), format, out)
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
    change_title_in(crate::i18n::messages(crate::statute::Language::En), change)
}

/// The heading of a change in a language: `ст. 164 → ст. 174 — перенумерован`.
pub(crate) fn change_title_in(
    m: &crate::i18n::Messages,
    change: &crate::compare::Change,
) -> String {
    let kind = m.get(&format!("change-{}", change.kind.as_str()));
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
                let moved = m.format(
                    "change-moved-from",
                    &crate::i18n::Args::new().text("from", from).text("to", to),
                );
                return format!("{title} — {moved}");
            }
            format!("{title} — {kind}")
        }
        (Some(o), None) => format!("{} — {kind}", o.citation),
        (None, Some(n)) => format!("{} — {kind}", n.citation),
        (None, None) => kind,
    }
}

/// Where the CI annotations of a report go when its new version is not the
/// act's current file (a version recorded out of order): that version's entry
/// in the register, the file the recording changed. Lines in the statute file
/// would point into another text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterAnchor {
    /// The register's path (`history/<act>.toml`).
    pub path: String,
    /// The line of the version's `id` in it.
    pub line: usize,
    /// The version's register id.
    pub version: String,
}

/// The lines CI annotations point at: the new side's, or the old side's when
/// the provision is gone; never below line 1.
pub(crate) fn annotation_lines(change: &crate::compare::Change) -> (usize, usize) {
    let (first, last) = change
        .new
        .as_ref()
        .or(change.old.as_ref())
        .map_or((1, 1), |s| s.lines);
    let first = first.max(1);
    (first, last.max(first))
}

/// Percent-encodes the bytes of `text` that are not unreserved URI characters
/// or in `keep`, for paths in URIs.
pub(crate) fn percent_encode(text: &str, keep: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || "-._~".contains(c) || (c.is_ascii() && keep.contains(c)) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// A small report shared by every renderer's tests: Russian and English
/// text, a raised penalty with its detail, vague terms, and changes with no
/// findings.
#[cfg(test)]
pub(crate) fn sample_report() -> Report {
    use crate::analyze::relevance::Relevance;
    use crate::analyze::{AnnotatedChange, Finding, Severity, VersionInfo};
    use crate::compare::{Change, ChangeKind, Side, redline};
    use crate::statute::{Citation, Language, Status, Step, UnitKind};
    use std::collections::BTreeMap;

    let path = "statutes/kz/cao-ch26-ru.md";
    let side = |citation: &str, steps: &[(UnitKind, &str)], text: &str, lines| Side {
        citation: citation.to_string(),
        path: Citation(
            steps
                .iter()
                .map(|(kind, n)| Step {
                    kind: *kind,
                    number: Some(n.to_string()),
                })
                .collect(),
        ),
        unit: steps.last().map_or(UnitKind::Article, |s| s.0),
        heading: None,
        text: text.to_string(),
        lines,
        status: Status::InForce,
        chapter: Some("гл. 26".to_string()),
    };
    let para = [(UnitKind::Article, "456-2"), (UnitKind::Paragraph, "4")];
    let old_text = "Распространение ложной информации влечет штраф на физических лиц \
                    в размере пятидесяти месячных расчетных показателей.";
    let new_text = "Распространение заведомо ложной информации, нарушающей общественный \
                    порядок, влечет штраф на физических лиц в размере ста месячных \
                    расчетных показателей.";
    let amended = AnnotatedChange {
        change: Change {
            kind: ChangeKind::Amended,
            old: Some(side("ст. 456-2 п. 4", &para, old_text, (40, 41))),
            new: Some(side("ст. 456-2 п. 4", &para, new_text, (42, 44))),
            others: Vec::new(),
            redline: redline(old_text, new_text),
            footnotes: None,
        },
        relevance: Relevance::Expression,
        relevance_cues: vec!["+information".to_string()],
        rank: None,
        findings: vec![
            Finding {
                kind: "penalty-raised".to_string(),
                category: "penalty".to_string(),
                severity: Severity::High,
                message: "fine on individuals raised ×2 (50 MCI → 100 MCI)".to_string(),
                matched: vec!["ста месячных расчетных показателей".to_string()],
                rationale: "A harsher sanction for speech must be necessary and proportionate."
                    .to_string(),
                standards: vec![
                    "UN Human Rights Committee, General Comment No. 34 (2011), para. 34"
                        .to_string(),
                ],
                recommendation: None,
                detail: serde_json::json!({
                    "kind": "fine",
                    "subject": "individuals",
                    "old": "50 MCI",
                    "new": "100 MCI",
                    "factor": 2.0,
                    "old_tenge": 172500,
                    "new_tenge": 345000
                }),
            },
            Finding {
                kind: "vague-term-introduced".to_string(),
                category: "public-order".to_string(),
                severity: Severity::Medium,
                message: "vague term introduced: «нарушающей общественный порядок»".to_string(),
                matched: vec!["нарушающей общественный порядок".to_string()],
                rationale: "\"Public order\" is not defined & gives the authorities wide discretion."
                    .to_string(),
                standards: vec![
                    "UN Human Rights Committee, General Comment No. 34 (2011), para. 25"
                        .to_string(),
                    "Joint Declaration on Freedom of Expression and \"Fake News\" (2017), para. 2(a)"
                        .to_string(),
                ],
                recommendation: Some(
                    "Delete the words «нарушающей общественный порядок» or define them narrowly."
                        .to_string(),
                ),
                detail: serde_json::Value::Null,
            },
        ],
    };
    let en_article = [(UnitKind::Article, "5"), (UnitKind::Paragraph, "2")];
    let added_text = "A media outlet shall not disseminate information that discredits \
                      the honour & dignity of \"officials\".";
    let added = AnnotatedChange {
        change: Change {
            kind: ChangeKind::Added,
            old: None,
            new: Some(side("art. 5 para. 2", &en_article, added_text, (60, 61))),
            others: Vec::new(),
            redline: Vec::new(),
            footnotes: None,
        },
        relevance: Relevance::Expression,
        relevance_cues: vec!["+information".to_string()],
        rank: None,
        findings: vec![Finding {
            kind: "vague-term-introduced".to_string(),
            category: "reputation".to_string(),
            severity: Severity::Low,
            message: "vague term introduced: \"discredits\"".to_string(),
            matched: vec!["discredits".to_string()],
            rationale: "Protecting officials from criticism is not a legitimate aim.".to_string(),
            standards: vec![
                "UN Human Rights Committee, General Comment No. 34 (2011), para. 38".to_string(),
            ],
            recommendation: None,
            detail: serde_json::Value::Null,
        }],
    };
    let renumbered_text = "Клевета наказывается штрафом.";
    let renumbered = AnnotatedChange {
        change: Change {
            kind: ChangeKind::Renumbered,
            old: Some(side(
                "ст. 164",
                &[(UnitKind::Article, "164")],
                renumbered_text,
                (70, 72),
            )),
            new: Some(side(
                "ст. 174",
                &[(UnitKind::Article, "174")],
                renumbered_text,
                (75, 77),
            )),
            others: Vec::new(),
            redline: Vec::new(),
            footnotes: None,
        },
        relevance: Relevance::Expression,
        relevance_cues: vec!["+information".to_string()],
        rank: None,
        findings: Vec::new(),
    };
    let removed = AnnotatedChange {
        change: Change {
            kind: ChangeKind::Removed,
            old: Some(side(
                "ст. 10",
                &[(UnitKind::Article, "10")],
                "Цензура запрещается.",
                (90, 91),
            )),
            new: None,
            others: Vec::new(),
            redline: Vec::new(),
            footnotes: None,
        },
        relevance: Relevance::Expression,
        relevance_cues: vec!["+information".to_string()],
        rank: None,
        findings: vec![Finding {
            kind: "definition-changed".to_string(),
            category: "definition".to_string(),
            severity: Severity::Info,
            message: "the ban on censorship is gone".to_string(),
            matched: Vec::new(),
            rationale: String::new(),
            standards: Vec::new(),
            recommendation: None,
            detail: serde_json::Value::Null,
        }],
    };
    let mut changes = vec![amended, added, renumbered, removed];
    let key_changes = crate::analyze::rank::rank(&mut changes);
    let mut summary = BTreeMap::new();
    for c in &changes {
        *summary.entry(c.change.kind).or_insert(0) += 1;
    }
    let version = |id: &str, date: (i32, u32, u32), stage: &str| VersionInfo {
        label: id.to_string(),
        id: Some(id.to_string()),
        date: chrono::NaiveDate::from_ymd_opt(date.0, date.1, date.2),
        stage: Some(stage.to_string()),
        source: Some("https://adilet.zan.kz/rus/docs/K1400000235".to_string()),
        blob: None,
        path: path.to_string(),
    };
    Report {
        schema_version: crate::analyze::SCHEMA_VERSION,
        act: Some("kz/cao".to_string()),
        title: Some("Кодекс Республики Казахстан об административных правонарушениях".to_string()),
        language: Language::Ru,
        from: version("2023-01-01-in-force", (2023, 1, 1), "in-force"),
        to: version("2023-07-10-signed", (2023, 7, 10), "signed"),
        summary,
        key_changes,
        changes,
    }
}

/// Puts hostile text into every field a renderer prints.
#[cfg(test)]
pub(crate) fn hostile_report() -> Report {
    let evil = "<script>alert(1)</script> & \"quoted\" 'single' <img src=x onerror=alert(2)> \
                \"><img src=y onerror=alert(3)> ]]> \u{1}\u{8}\u{b}\u{c}\u{1f}\u{7f} \
                \u{1b}]0;owned\u{7}\u{1b}[2J\u{1b}[31mred\u{1b}[0m \
                ::error file=x,line=1::forged %0A ::set-output name=a::b";
    let mut report = sample_report();
    report.act = Some(format!("kz/{evil}"));
    report.title = Some(evil.to_string());
    report.from.label = evil.to_string();
    report.to.source = Some(evil.to_string());
    for annotated in &mut report.changes {
        let change = &mut annotated.change;
        for side in change.old.iter_mut().chain(change.new.iter_mut()) {
            side.text = format!("{} {evil}\n2) {evil}", side.text);
            side.citation = format!("{} {evil}", side.citation);
        }
        change.redline = crate::compare::redline(change.old_text(), change.new_text());
        for f in &mut annotated.findings {
            f.message = format!("{} {evil}", f.message);
            f.rationale = evil.to_string();
            f.standards.push(evil.to_string());
            f.matched.push(evil.to_string());
            f.category = evil.to_string();
            f.recommendation = Some(evil.to_string());
        }
    }
    report.key_changes = crate::analyze::rank::rank(&mut report.changes);
    report
}
