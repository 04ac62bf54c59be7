//! The comparative table (сравнительная таблица): the form in which bills
//! travel and working groups answer them.
//!
//! One row per changed provision: № | structural unit | current wording |
//! proposed wording | comment. Deleted words are bold and struck in the
//! current wording, new words bold in the proposed one; the comment holds
//! each finding as a sentence in the analyst's language, its rationale, a
//! pointer to the standard it rests on (quoted once, in the references),
//! and the recommendation. Every word around the statute text comes from
//! the Fluent messages ([`crate::i18n`]); the statute text is quoted as it is.

use super::commentary::CommentaryOptions;
use super::document::{Block, Document, Inline, Para};
use crate::analyze::lexicon::Lexicon;
use crate::analyze::{AnnotatedChange, Finding, Report, Severity, VersionInfo};
use crate::compare::{Change, ChangeKind, WordOp};
use crate::i18n::{self, Args, Messages};
use crate::statute::Language;
use serde_json::Value;

/// Whether a change has a finding of low severity or above.
fn is_concerning(change: &AnnotatedChange) -> bool {
    change.findings.iter().any(|f| f.severity >= Severity::Low)
}

/// The comparative table of a report as a document.
pub(crate) fn document(report: &Report, options: &CommentaryOptions<'_>) -> Document {
    let m = i18n::messages(options.lang);
    let title = document_title(m, report, "ui-table-title");
    let mut blocks = Vec::new();
    blocks.push(Block::Para(vec![Inline::Italic(m.get("ui-draft-note"))]));
    blocks.push(Block::Para(vec![
        Inline::Bold(format!("{}: ", m.get(version_labels(report).0))),
        Inline::Text(version_text(m, &report.from)),
    ]));
    blocks.push(Block::Para(vec![
        Inline::Bold(format!("{}: ", m.get(version_labels(report).1))),
        Inline::Text(version_text(m, &report.to)),
    ]));

    // Rows: the concerning changes, key changes first; with --all the rest follow.
    let mut concerning: Vec<&AnnotatedChange> =
        report.changes.iter().filter(|c| is_concerning(c)).collect();
    in_ranking_order(&mut concerning);
    let others: Vec<&AnnotatedChange> = report
        .changes
        .iter()
        .filter(|c| !is_concerning(c))
        .collect();
    let mut references = References::default();
    let mut rows = Vec::new();
    let listed: Vec<&AnnotatedChange> = if options.all {
        concerning.iter().chain(others.iter()).copied().collect()
    } else {
        concerning.clone()
    };
    for (i, annotated) in listed.iter().enumerate() {
        rows.push(row(m, report, options, &mut references, i + 1, annotated));
    }
    blocks.push(Block::Heading(1, m.get("ui-concerning-changes")));
    if rows.is_empty() {
        blocks.push(Block::Para(vec![Inline::Text(m.get("ui-no-concern"))]));
    } else {
        blocks.push(Block::Table {
            widths: vec![4, 15, 27, 27, 27],
            header: [
                "col-number",
                "col-unit",
                "col-current",
                "col-proposed",
                "col-comment",
            ]
            .iter()
            .map(|id| m.get(id))
            .collect(),
            rows,
        });
    }
    if !options.all && !others.is_empty() {
        blocks.push(Block::Heading(1, m.get("ui-other-changes")));
        blocks.push(Block::Para(vec![Inline::Text(
            m.get("ui-other-one-per-row"),
        )]));
        blocks.push(Block::Table {
            widths: vec![4, 40, 56],
            header: vec![m.get("col-number"), m.get("col-unit"), m.get("ui-change")],
            rows: others
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    vec![
                        vec![vec![Inline::Text((i + 1).to_string())]],
                        vec![vec![Inline::Text(unit_citation(m, &c.change))]],
                        vec![vec![Inline::Text(change_word(m, &c.change))]],
                    ]
                })
                .collect(),
        });
    }
    blocks.extend(references_blocks(m, options, &references));
    if options.sources {
        blocks.extend(sources_blocks(m, report, &listed));
    }
    Document {
        title,
        lang: options.lang.code().to_string(),
        landscape: true,
        revision_date: report.to.date.map(|d| d.to_string()),
        blocks,
    }
}

/// The references: each standard cited, numbered, with its summary, once.
pub(crate) fn references_blocks(
    m: &Messages,
    options: &CommentaryOptions<'_>,
    references: &References,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !references.0.is_empty() {
        blocks.push(Block::Heading(1, m.get("ui-references")));
        for (i, citation) in references.0.iter().enumerate() {
            let (cited, summary) = standard_text(m, options.lexicon, citation);
            let mut para = vec![Inline::Bold(format!("[{}] ", i + 1)), Inline::Text(cited)];
            if let Some(summary) = summary {
                para.push(Inline::Text(format!(
                    " — {}",
                    quoted(m.lang(), std::slice::from_ref(&summary))
                )));
            }
            blocks.push(Block::Para(para));
        }
    }
    blocks
}

/// The sources appendix: where each version and each text was read from.
pub(crate) fn sources_blocks(
    m: &Messages,
    report: &Report,
    listed: &[&AnnotatedChange],
) -> Vec<Block> {
    let mut blocks = Vec::new();
    blocks.push(Block::Heading(1, m.get("ui-sources")));
    blocks.push(Block::Para(vec![Inline::Italic(m.get("ui-sources-note"))]));
    for (label, v) in [
        (version_labels(report).0, &report.from),
        (version_labels(report).1, &report.to),
    ] {
        blocks.push(Block::Para(vec![
            Inline::Bold(format!("{}: ", m.get(label))),
            Inline::Text(format!(
                "{} — {}",
                v.label,
                v.source.as_deref().unwrap_or(v.path.as_str())
            )),
        ]));
    }
    for annotated in listed {
        let change = &annotated.change;
        for (side, version) in [(&change.old, &report.from), (&change.new, &report.to)] {
            if let Some(side) = side {
                let (first, last) = side.lines;
                let lines = if first == last {
                    m.format("ui-line", &Args::new().text("first", first.to_string()))
                } else {
                    m.format(
                        "ui-lines",
                        &Args::new()
                            .text("first", first.to_string())
                            .text("last", last.to_string()),
                    )
                };
                blocks.push(Block::Para(vec![Inline::Text(format!(
                    "{} — {} ({}, {lines})",
                    side.citation, version.label, version.path
                ))]));
            }
        }
    }
    blocks
}

/// The names of the two versions: current and proposed wording for a
/// draft, the wording before and after the changes once the new version is
/// signed, adopted or in force.
pub(crate) fn version_labels(report: &Report) -> (&'static str, &'static str) {
    match report.to.stage.as_deref() {
        Some("in-force" | "signed" | "adopted") => ("ui-wording-before", "ui-wording-after"),
        _ => ("ui-version-old", "ui-version-new"),
    }
}

/// A stage in words (`in-force` → «действующая редакция»); one without a message as it is.
pub(crate) fn stage_word(m: &Messages, stage: &str) -> String {
    let id = format!("stage-{stage}");
    if m.has(&id) {
        m.get(&id)
    } else {
        stage.to_string()
    }
}

/// The publication a version was read from, as a reader cites it; how the
/// text reached the repository (" via …") belongs in the sources appendix.
pub(crate) fn publication(v: &VersionInfo) -> Option<&str> {
    let source = v.source.as_deref().filter(|s| !s.trim().is_empty())?;
    Some(source.split(" via ").next().unwrap_or(source).trim())
}

/// The title of a commentary (`ui-commentary-title`, `ui-table-title`) on the report's act.
pub(crate) fn document_title(m: &Messages, report: &Report, id: &str) -> String {
    let name = report
        .title
        .clone()
        .or_else(|| report.act.clone())
        .unwrap_or_else(|| m.get("ui-unnamed-act"));
    m.format(id, &Args::new().text("name", name))
}

/// Changes in the analysis' ranking, so that the key changes lead: ranked
/// ones by rank, the others after, most serious first, then in document order.
pub(crate) fn in_ranking_order(changes: &mut [&AnnotatedChange]) {
    changes.sort_by_key(|c| {
        (
            c.rank.unwrap_or(usize::MAX),
            std::cmp::Reverse(c.findings.iter().map(|f| f.severity).max()),
        )
    });
}

/// A version as a reader cites it: its stage, its date, where it was published.
pub(crate) fn version_text(m: &Messages, v: &VersionInfo) -> String {
    let mut parts = Vec::new();
    if let Some(stage) = &v.stage {
        parts.push(stage_word(m, stage));
    }
    if let Some(date) = v.date {
        parts.push(date_text(m.lang(), date));
    }
    let mut text = parts.join(", ");
    if text.is_empty() {
        text = v.label.clone();
    }
    if let Some(publication) = publication(v) {
        text.push_str("; ");
        text.push_str(publication);
    }
    text
}

/// A date as the language writes it, with no place to break it.
pub(crate) fn date_text(lang: Language, date: chrono::NaiveDate) -> String {
    match lang {
        Language::Ru | Language::Kk => date.format("%d.%m.%Y").to_string(),
        // U+2011 is a hyphen a line never breaks at.
        Language::En => date.format("%Y\u{2011}%m\u{2011}%d").to_string(),
    }
}

/// The standards cited, numbered in the order they are first cited.
#[derive(Debug, Default)]
pub(crate) struct References(pub(crate) Vec<String>);

impl References {
    /// The number of a citation, adding it when new.
    pub(crate) fn number(&mut self, citation: &str) -> usize {
        match self.0.iter().position(|c| c == citation) {
            Some(i) => i + 1,
            None => {
                self.0.push(citation.to_string());
                self.0.len()
            }
        }
    }
}

/// A standard's citation and summary in the language, from its key's
/// messages when the language has them, else as the standards table has it.
pub(crate) fn standard_text(
    m: &Messages,
    lexicon: &Lexicon,
    citation: &str,
) -> (String, Option<String>) {
    let Some(standard) = lexicon
        .standards()
        .values()
        // Some findings add the key: «… (GC34-25)».
        .find(|s| s.citation == citation || citation == format!("{} ({})", s.citation, s.key))
    else {
        return (citation.to_string(), None);
    };
    let id = format!("standard-{}", standard.key);
    let cited = m
        .try_format(&id, &Args::new())
        .unwrap_or_else(|| standard.citation.clone());
    let summary = m
        .try_format(&format!("{id}.summary"), &Args::new())
        .unwrap_or_else(|| standard.summary.clone());
    (cited, Some(summary).filter(|s| !s.is_empty()))
}

/// The citation of a change, with the former one when it was renumbered or moved.
pub(crate) fn unit_citation(m: &Messages, change: &Change) -> String {
    match (&change.old, &change.new) {
        (Some(o), Some(n)) if o.citation != n.citation => format!(
            "{} ({})",
            n.citation,
            m.format(
                "ui-formerly",
                &Args::new().text("citation", o.citation.clone())
            )
        ),
        _ => change.citation().to_string(),
    }
}

/// The kind of change in words.
pub(crate) fn change_word(m: &Messages, change: &Change) -> String {
    m.get(&format!("change-{}", change.kind.as_str()))
}

/// One row of the table.
fn row(
    m: &Messages,
    report: &Report,
    options: &CommentaryOptions<'_>,
    references: &mut References,
    number: usize,
    annotated: &AnnotatedChange,
) -> Vec<Vec<Para>> {
    let change = &annotated.change;
    let unit = vec![
        vec![Inline::Bold(unit_citation(m, change))],
        vec![Inline::Italic(change_word(m, change))],
    ];
    let (current, proposed) = wordings(change);
    let mut comment: Vec<Para> = Vec::new();
    let mut findings: Vec<&Finding> = annotated.findings.iter().collect();
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    for finding in findings {
        comment.extend(finding_paras(m, report, options, references, finding, true));
    }
    vec![
        vec![vec![Inline::Text(number.to_string())]],
        unit,
        current,
        proposed,
        comment,
    ]
}

/// A finding as paragraphs: its sentence (with its severity when
/// `with_sentence`), why it matters with pointers to the references, and
/// the recommendation or the slot for one.
pub(crate) fn finding_paras(
    m: &Messages,
    report: &Report,
    options: &CommentaryOptions<'_>,
    references: &mut References,
    finding: &Finding,
    with_sentence: bool,
) -> Vec<Para> {
    let mut paras = Vec::new();
    if with_sentence {
        let severity = m.get(&format!("severity-{}", finding.severity.as_str()));
        paras.push(vec![
            Inline::Bold(format!(
                "{}. ",
                capitalised(&sentence(m, report, Some(options.lexicon), finding))
            )),
            Inline::Italic(format!("({severity})")),
        ]);
    }
    let rationale = rationale(m, report, options, finding);
    let refs: Vec<String> = finding
        .standards
        .iter()
        .map(|s| format!("[{}]", references.number(s)))
        .collect();
    if !rationale.is_empty() || !refs.is_empty() {
        let mut text = rationale;
        if !refs.is_empty() {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&refs.join(" "));
        }
        paras.push(vec![
            Inline::Bold(format!("{}: ", m.get("ui-why"))),
            Inline::Text(text),
        ]);
    }
    let recommendation = recommendation(m, report, options, finding);
    paras.push(vec![
        Inline::Bold(format!("{}: ", m.get("ui-recommendation"))),
        match recommendation {
            Some(r) => Inline::Text(r),
            None => Inline::Italic(m.get("ui-placeholder")),
        },
    ]);
    paras
}

/// The current and proposed wordings, one paragraph per line: the words
/// the change deletes struck in the first; in the second those it adds in
/// bold, as tracked changes in Word (so accepting them all leaves the
/// proposed wording and rejecting them the current one).
pub(crate) fn wordings(change: &Change) -> (Vec<Para>, Vec<Para>) {
    let plain = |text: &str| -> Vec<Para> {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| vec![Inline::Text(l.to_string())])
            .collect()
    };
    let old_text = change.old.as_ref().map(|s| s.text.as_str()).unwrap_or("");
    let new_text = change.new.as_ref().map(|s| s.text.as_str()).unwrap_or("");
    let gone = matches!(change.kind, ChangeKind::Removed | ChangeKind::Repealed);
    if !change.has_redline() || gone || change.kind == ChangeKind::Added {
        let old = if change.kind == ChangeKind::Added {
            Vec::new()
        } else {
            plain(old_text)
        };
        let new = if gone { Vec::new() } else { plain(new_text) };
        return (old, new);
    }
    let side = |keep_delete: bool| {
        op_paras(&change.redline, |op| match op {
            WordOp::Equal(_) => Some(Inline::Text),
            WordOp::Delete(_) if keep_delete => Some(Inline::Struck),
            WordOp::Delete(_) => Some(Inline::Deletion),
            WordOp::Insert(_) if keep_delete => None,
            WordOp::Insert(_) => Some(Inline::Insertion),
        })
    };
    (side(true), side(false))
}

/// Word operations as paragraphs, one per line of the text, each
/// operation's words marked as `mark` says (left out where it says `None`);
/// lines with no words are dropped.
pub(crate) fn op_paras(
    ops: &[WordOp],
    mark: impl Fn(&WordOp) -> Option<fn(String) -> Inline>,
) -> Vec<Para> {
    let mut paras: Vec<Para> = vec![Vec::new()];
    for op in ops {
        let Some(make) = mark(op) else {
            continue;
        };
        for (i, piece) in op.text().split('\n').enumerate() {
            if i > 0 {
                paras.push(Vec::new());
            }
            if !piece.is_empty()
                && let Some(last) = paras.last_mut()
            {
                last.push(make(piece.to_string()));
            }
        }
    }
    paras.retain(|p| p.iter().any(|i| !inline_text(i).trim().is_empty()));
    paras
}

/// The text of a run, whatever its marks.
pub(crate) fn inline_text(inline: &Inline) -> &str {
    match inline {
        Inline::Text(t)
        | Inline::Bold(t)
        | Inline::Italic(t)
        | Inline::Struck(t)
        | Inline::Deletion(t)
        | Inline::Insertion(t)
        | Inline::Deleted(t) => t,
    }
}

pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Words of the text quoted as the language quotes them («так», “so”), joined.
pub(crate) fn quoted(lang: Language, words: &[String]) -> String {
    let (open, close) = match lang {
        Language::En => ('\u{201c}', '\u{201d}'),
        Language::Ru | Language::Kk => ('«', '»'),
    };
    words
        .iter()
        .map(|w| format!("{open}{w}{close}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A finding's sentence in the language, from its kind's message and data;
/// the analysis' own sentence only when the language has no message for it.
/// Every output says a finding through this function (key changes, tables,
/// reports, the terminal, JSON). The lexicon words a vague term in another
/// language; without one the built-in lexicon is read, and only then.
pub(crate) fn sentence(
    m: &Messages,
    report: &Report,
    lexicon: Option<&Lexicon>,
    f: &Finding,
) -> String {
    if let Some(text) =
        crate::analyze::rules::rule(&f.kind).and_then(|rule| rule.message(f, m.lang()))
    {
        return text;
    }
    let id = format!("finding-{}", f.kind);
    if !m.has(&id) {
        return f.message.clone();
    }
    let lang = m.lang();
    let detail = f.detail.as_object();
    let text_of = |key: &str| -> String {
        detail
            .and_then(|d| d.get(key))
            .map(|v| match v {
                Value::String(s) => s.clone(),
                Value::Array(items) => items
                    .iter()
                    .filter_map(|i| i.as_str().map(str::to_string))
                    .collect::<Vec<_>>()
                    .join(", "),
                Value::Number(n) => n.to_string(),
                _ => String::new(),
            })
            .unwrap_or_default()
    };
    let mut args = Args::new().text("words", quoted(lang, &f.matched));
    if f.kind.starts_with("penalty-") {
        let items: Vec<&Value> = match &f.detail {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        let mut penalties = Vec::new();
        let mut olds = Vec::new();
        let mut news = Vec::new();
        for item in items {
            penalties.push(penalty_name(m, item));
            olds.push(amount_text(m, item.get("old")));
            news.push(amount_text(m, item.get("new")));
            if let Some(extra) = factor_text(m, item)
                && let Some(last) = news.last_mut()
            {
                last.push_str(&format!(" ({extra})"));
            }
        }
        if penalties.len() > 1 {
            // A provision added or removed whole: one sanction, amounts per subject.
            let kinds: Vec<String> = items_kinds(m, &f.detail);
            let pairs: Vec<String> = penalties
                .iter()
                .zip(news.iter().zip(olds.iter()))
                .map(|(p, (n, o))| {
                    let amount = if f.kind == "penalty-removed" { o } else { n };
                    format!("{p} — {amount}")
                })
                .collect();
            let joined = pairs.join("; ");
            return m.format(
                &id,
                &args
                    .text("penalty", kinds.join(", "))
                    .text("old", joined.clone())
                    .text("new", joined),
            );
        }
        args = args
            .text("penalty", penalties.join("; "))
            .text("old", olds.join("; "))
            .text("new", news.join("; "));
    } else if f.kind.starts_with("vague-term") {
        // The term as the lexicon words it in this language, else the words found.
        let term = (lang != report.language || f.matched.is_empty())
            .then(|| {
                lexicon
                    .unwrap_or_else(|| super::builtin_lexicon())
                    .entry(&text_of("term"), lang)
                    .map(|e| e.term.clone())
            })
            .flatten()
            .unwrap_or_else(|| f.matched.first().cloned().unwrap_or_default());
        args = args.text("term", term);
    } else {
        // A finding without the data its sentence needs keeps its own words.
        let needs = match f.kind.as_str() {
            "definition-changed" => "term",
            "dangling-reference" => "article",
            _ => "",
        };
        if !needs.is_empty() && text_of(needs).is_empty() {
            return f.message.clone();
        }
        args = args
            .text("term", text_of("term"))
            .text("used", text_of("used_in"))
            .text("refs", text_of("referred_by"))
            .text("citation", text_of("article"));
        // The data of families this table does not know, passed by name.
        if let Some(d) = detail {
            for (key, _) in d.iter() {
                if !["term", "used_in", "referred_by", "article", "words"].contains(&key.as_str()) {
                    let value = text_of(key);
                    args = args.text(key.clone(), value);
                }
            }
        }
    }
    m.format(&id, &args)
}

/// The kinds of sanction in a group's detail, each once, in words.
fn items_kinds(m: &Messages, detail: &Value) -> Vec<String> {
    let mut kinds: Vec<String> = Vec::new();
    for item in detail.as_array().into_iter().flatten() {
        if let Some(kind) = item.get("kind").and_then(Value::as_str) {
            let word = m.get(&format!("sanction-{}", i18n::id_part(kind)));
            if !kinds.contains(&word) {
                kinds.push(word);
            }
        }
    }
    kinds
}

/// The sanction and whom it applies to, in words: «штраф (физические лица)».
pub(crate) fn penalty_name(m: &Messages, item: &Value) -> String {
    let word = |prefix: &str, key: &str| -> Option<String> {
        let id = format!("{prefix}-{}", i18n::id_part(item.get(key)?.as_str()?));
        m.has(&id).then(|| m.get(&id))
    };
    let sanction = word("sanction", "kind").unwrap_or_default();
    match item.get("subject").and_then(Value::as_str) {
        Some("any") | None => sanction,
        Some(_) => match word("subject", "subject") {
            Some(subject) => m.format(
                "ui-on-subject",
                &Args::new()
                    .text("sanction", sanction)
                    .text("subject", subject),
            ),
            None => sanction,
        },
    }
}

/// An amount in words: «до 650 МРП», «от 2 до 7 лет»; «нет» when absent.
pub(crate) fn amount_text(m: &Messages, sanction: Option<&Value>) -> String {
    if let Some(Value::String(text)) = sanction {
        return text.clone();
    }
    let Some(amount) = sanction
        .and_then(|s| s.get("amount"))
        .filter(|a| a.is_object())
    else {
        return match sanction.filter(|s| s.is_object()) {
            Some(s) => penalty_name(m, s),
            None => m.get("ui-none"),
        };
    };
    let lang = m.lang();
    let unit = amount.get("unit").and_then(Value::as_str).unwrap_or("");
    let max = amount.get("max").and_then(Value::as_u64).unwrap_or(0);
    let min = amount.get("min").and_then(Value::as_u64);
    if unit == "life" {
        return m.get("ui-for-life");
    }
    let years = unit == "months" && max % 12 == 0 && min.is_none_or(|v| v % 12 == 0);
    let scale = if years { 12 } else { 1 };
    let (max, min) = (max / scale, min.map(|v| v / scale));
    let unit_id = if years {
        "unit-years".to_string()
    } else {
        format!("unit-{}", i18n::id_part(unit))
    };
    // After «до» Russian takes the genitive («до 3 лет») and Kazakh before
    // «дейін» the dative («3 жылға дейін»).
    let case = if min.is_none() { "up-to" } else { "plain" };
    let unit_word = m.format(&unit_id, &Args::new().count("n", max).text("case", case));
    let n = |v: u64| i18n::number(lang, v as f64);
    match min {
        None => m.format(
            "ui-up-to",
            &Args::new().text("amount", format!("{} {unit_word}", n(max))),
        ),
        Some(lo) if lo == max => format!("{} {unit_word}", n(max)),
        Some(lo) => format!("{}–{} {unit_word}", n(lo), n(max)),
    }
}

/// What the factor multiplies and the amounts in tenge:
/// «×1,08; 1 361 400 → 2 399 800 тенге по МРП 2017 и 2024 гг.».
pub(crate) fn factor_text(m: &Messages, item: &Value) -> Option<String> {
    let lang = m.lang();
    let mut parts = Vec::new();
    if let Some(f) = item.get("factor").and_then(Value::as_f64) {
        parts.push(m.format(
            "ui-factor-note",
            &Args::new().text("factor", i18n::number(lang, f)),
        ));
    }
    if let (Some(old), Some(new)) = (item.get("old_tenge"), item.get("new_tenge"))
        && let (Some(o), Some(n)) = (
            old.get("max").and_then(Value::as_u64),
            new.get("max").and_then(Value::as_u64),
        )
    {
        let year = |v: &Value| {
            v.get("year")
                .and_then(Value::as_i64)
                .unwrap_or(0)
                .to_string()
        };
        let (oy, ny) = (year(old), year(new));
        let amounts = Args::new()
            .text("old", i18n::number(lang, o as f64))
            .text("new", i18n::number(lang, n as f64));
        parts.push(if oy == ny {
            m.format("ui-tenge-same-year", &amounts.text("year", oy))
        } else {
            m.format(
                "ui-tenge-at",
                &amounts.text("old_year", oy).text("new_year", ny),
            )
        });
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The finding's rationale in the language: the lexicon's own words for a
/// term in this language, the analysis' (English) words in English, else
/// its kind's message.
pub(crate) fn rationale(
    m: &Messages,
    report: &Report,
    options: &CommentaryOptions<'_>,
    f: &Finding,
) -> String {
    own_or_message(
        m,
        report,
        options,
        f,
        f.rationale.clone(),
        "rationale",
        |e| e.rationale.clone(),
    )
    .unwrap_or_default()
}

/// The finding's recommendation in the language (`None`: the placeholder).
pub(crate) fn recommendation(
    m: &Messages,
    report: &Report,
    options: &CommentaryOptions<'_>,
    f: &Finding,
) -> Option<String> {
    // Only findings that come with a recommendation get one (a lowered
    // penalty leaves the slot to the author).
    let own = f.recommendation.clone().filter(|r| !r.trim().is_empty())?;
    own_or_message(m, report, options, f, own, "recommendation", |e| {
        e.recommendation.clone()
    })
    .filter(|r| !r.is_empty())
}

fn own_or_message(
    m: &Messages,
    report: &Report,
    options: &CommentaryOptions<'_>,
    f: &Finding,
    own: String,
    attribute: &str,
    of_entry: fn(&crate::analyze::lexicon::Entry) -> String,
) -> Option<String> {
    let lang = m.lang();
    if f.kind.starts_with("vague-term") {
        if lang == report.language {
            return Some(own);
        }
        let id = f.detail.get("term").and_then(Value::as_str).unwrap_or("");
        if let Some(entry) = options.lexicon.entry(id, lang) {
            return Some(of_entry(entry));
        }
    }
    if let Some(rule) = crate::analyze::rules::rule(&f.kind) {
        // A rule that makes its arguments from the finding's data has its
        // words in every language.
        if rule.arguments.is_some() && f.detail.is_object() {
            return if attribute == "rationale" {
                Some(rule.rationale(lang))
            } else {
                rule.recommendation(f, lang)
            };
        }
        // The others wrote their words in the act's language, some in English.
        let cyrillic = own.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
        if lang == report.language && (lang == Language::En || cyrillic || own.is_empty()) {
            return Some(own);
        }
        // The analysis says in English when a provision does not concern expression.
        if own.starts_with("The provision does not regulate expression") {
            return Some(m.get("ui-not-expression"));
        }
    }
    if lang == Language::En && !own.is_empty() {
        return Some(own);
    }
    m.try_format(&format!("finding-{}.{attribute}", f.kind), &Args::new())
        .or(Some(own))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample_report;

    fn penalty(kind: &str, detail: Value) -> Finding {
        Finding {
            kind: kind.to_string(),
            category: "penalty".to_string(),
            severity: Severity::High,
            message: format!("{kind} message"),
            matched: vec!["ложной информации".to_string()],
            rationale: String::new(),
            standards: Vec::new(),
            recommendation: None,
            detail,
        }
    }

    fn said(lang: Language, f: &Finding) -> String {
        sentence(i18n::messages(lang), &sample_report(), None, f)
    }

    #[test]
    fn penalty_sentences_in_three_languages() {
        let prison = penalty(
            "penalty-raised",
            serde_json::json!({"kind": "imprisonment", "subject": "any", "change": "raised",
                "old": {"amount": {"unit": "months", "min": null, "max": 36}},
                "new": {"amount": {"unit": "months", "min": null, "max": 60}}}),
        );
        assert_eq!(
            said(Language::Ru, &prison),
            "лишение свободы: санкция усилена — до 3 лет → до 5 лет"
        );
        assert_eq!(
            said(Language::Kk, &prison),
            "бас бостандығынан айыру: санкция күшейтілді — 3 жылға дейін → 5 жылға дейін"
        );
        assert_eq!(
            said(Language::En, &prison),
            "imprisonment raised: up to 3 years → up to 5 years"
        );
        let fine = penalty(
            "penalty-raised",
            serde_json::json!({"kind": "fine", "subject": "individuals", "change": "raised",
                "old": {"amount": {"unit": "mci", "min": 50, "max": 50}},
                "new": {"amount": {"unit": "mci", "min": 60, "max": 60}}}),
        );
        assert_eq!(
            said(Language::Ru, &fine),
            "штраф (физические лица): санкция усилена — 50 МРП → 60 МРП"
        );
        // Sanctions of a provision added whole: each kind once, amounts by subject.
        let group = penalty(
            "penalty-added",
            serde_json::json!([
                {"kind": "fine", "subject": "individuals", "change": "added", "old": null,
                 "new": {"amount": {"unit": "mci", "min": 40, "max": 40}}},
                {"kind": "arrest", "subject": "individuals", "change": "added", "old": null,
                 "new": {"amount": {"unit": "days", "min": null, "max": 10}}}
            ]),
        );
        assert_eq!(
            said(Language::Ru, &group),
            "штраф, арест: введена санкция — штраф (физические лица) — 40 МРП; \
             арест (физические лица) — до 10 суток"
        );
    }

    #[test]
    fn vague_term_sentences_quote_as_the_language_quotes() {
        let mut f = penalty("vague-term-introduced", Value::Null);
        f.category = "vague-term".to_string();
        assert_eq!(
            said(Language::Ru, &f),
            "вводится неопределенный термин «ложной информации»"
        );
    }

    #[test]
    fn a_key_change_reads_the_same_in_every_output() {
        let report = sample_report();
        let key = &report.key_changes[0];
        let m = i18n::messages(Language::Ru);
        let line = crate::render::key_change_text(m, &report, None, key);
        let finding = &report.changes[key.change].findings[key.finding];
        let citation = crate::render::key_citation(m, &report, key);
        assert!(
            line.starts_with(&format!(
                "{citation}: {}",
                sentence(m, &report, None, finding)
            )),
            "{line}"
        );
        let mut text = Vec::new();
        crate::render::write(
            &report,
            crate::render::Format::Text,
            &Default::default(),
            &mut text,
        )
        .unwrap();
        let mut md = Vec::new();
        crate::render::write(
            &report,
            crate::render::Format::Markdown,
            &Default::default(),
            &mut md,
        )
        .unwrap();
        let mut json = Vec::new();
        crate::render::write(
            &report,
            crate::render::Format::Json,
            &Default::default(),
            &mut json,
        )
        .unwrap();
        let (text, md) = (String::from_utf8_lossy(&text), String::from_utf8_lossy(&md));
        assert!(text.contains(&line), "{text}");
        assert!(md.contains(&super::super::markdown::escape(&line)), "{md}");
        let json: Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(
            json["key_changes"][0]["sentence"],
            sentence(m, &report, None, finding)
        );
    }

    fn markdown(lang: Language) -> String {
        let lexicon = Lexicon::builtin();
        let options = CommentaryOptions {
            lang,
            all: false,
            sources: false,
            lexicon: &lexicon,
        };
        super::super::document::to_markdown(&document(&sample_report(), &options))
    }

    #[test]
    fn russian_table_has_the_five_columns_and_no_identifiers() {
        let md = markdown(Language::Ru);
        assert!(
            md.contains("| № | Структурный элемент | Действующая редакция | Предлагаемая редакция | Комментарий |"),
            "{md}"
        );
        assert!(md.contains("**~~пятидесяти~~**"), "{md}");
        assert!(md.contains("**ста**"), "{md}");
        assert!(
            md.contains(
                "Штраф (физические лица): санкция усилена — 50 MCI → 100 MCI (×2 по максимуму)"
            ),
            "{md}"
        );
        assert!(md.contains("Рекомендация:"), "{md}");
        for bad in [
            "small_business",
            "individuals",
            "statutes/",
            "penalty-raised",
            "(high)",
        ] {
            assert!(!md.contains(bad), "{bad} in {md}");
        }
    }

    #[test]
    fn english_table_quotes_the_russian_text_unchanged() {
        let md = markdown(Language::En);
        assert!(
            md.contains("| No. | Structural unit | Current wording | Proposed wording | Comment |")
        );
        assert!(md.contains("Распространение"), "{md}");
        assert!(
            md.contains("Fine on individuals raised: 50 MCI → 100 MCI"),
            "{md}"
        );
        assert!(!md.contains("Рекомендация"), "{md}");
    }

    #[test]
    fn amounts_take_the_case_their_preposition_asks_for() {
        let years = |max: u64, min: Option<u64>| {
            let mut amount = serde_json::json!({"unit": "months", "max": max * 12});
            if let Some(min) = min {
                amount["min"] = serde_json::json!(min * 12);
            }
            serde_json::json!({ "amount": amount })
        };
        let ru = i18n::messages(Language::Ru);
        let kk = i18n::messages(Language::Kk);
        let en = i18n::messages(Language::En);
        assert_eq!(amount_text(ru, Some(&years(3, None))), "до 3 лет");
        assert_eq!(amount_text(ru, Some(&years(1, None))), "до 1 года");
        assert_eq!(amount_text(ru, Some(&years(21, None))), "до 21 года");
        assert_eq!(amount_text(ru, Some(&years(7, Some(2)))), "2–7 лет");
        assert_eq!(amount_text(ru, Some(&years(3, Some(3)))), "3 года");
        assert_eq!(amount_text(kk, Some(&years(3, None))), "3 жылға дейін");
        assert_eq!(amount_text(en, Some(&years(1, None))), "up to 1 year");
        let mci = serde_json::json!({"amount": {"unit": "mci", "max": 50}});
        assert_eq!(amount_text(kk, Some(&mci)), "50 АЕК-ке дейін");
        assert_eq!(amount_text(ru, Some(&mci)), "до 50 МРП");
    }
}
