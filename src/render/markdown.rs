//! Markdown output: a document a lawyer can paste, with ~~deleted~~ and **inserted** words.

use super::commentary::{CommentaryOptions, summary_line};
use super::{change_title_in, key_change_text, key_changes_left_out, table};
use crate::analyze::lexicon::Lexicon;
use crate::analyze::{Report, VersionInfo};
use crate::compare::{ChangeKind, WordOp};
use crate::i18n::{self, Args, Messages};
use crate::statute::Language;
use std::io::{self, Write};

/// The key-changes block: a heading and a numbered list, most important first.
fn key_changes(m: &Messages, report: &Report, options: &CommentaryOptions<'_>) -> String {
    let mut md = format!("## {}\n\n", m.get("ui-key-changes"));
    if report.key_changes.is_empty() {
        md.push_str(&m.get("ui-no-key-change"));
        md.push('\n');
        return md;
    }
    for key in &report.key_changes {
        md.push_str(&format!(
            "{}. **{}** {}\n",
            key.rank,
            m.get(&format!("severity-{}", key.severity.as_str())),
            escape(&key_change_text(m, report, Some(options.lexicon), key))
        ));
    }
    let left_out = key_changes_left_out(report);
    if left_out > 0 {
        md.push_str(&format!(
            "\n{}\n",
            m.format(
                "ui-key-changes-more",
                &Args::new().count("n", left_out as u64)
            )
        ));
    }
    md
}

/// Escapes statute text so Markdown shows it literally.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '~' | '|' | '{' | '}' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Quotes a text as a Markdown block quote, one paragraph per line.
fn quote(text: &str) -> String {
    quote_lines(&escape(text))
}

/// Puts escaped lines in a block quote, one paragraph each.
///
/// A line is plain text whatever it starts with: leading spaces would make
/// code of it, and a subparagraph number such as `2)` a list item.
pub(crate) fn quote_lines(escaped: &str) -> String {
    escaped
        .lines()
        .map(|l| {
            let l = l.trim_start();
            let digits = l.len() - l.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let rest = &l[digits..];
            let marker_ends = |rest: &str| rest.chars().nth(1).is_none_or(char::is_whitespace);
            if (1..=9).contains(&digits)
                && (rest.starts_with('.') || rest.starts_with(')'))
                && marker_ends(rest)
            {
                format!("> {}\\{rest}", &l[..digits])
            } else if (l.starts_with('-') || l.starts_with('+')) && marker_ends(l)
                || l.starts_with("--")
            {
                format!("> \\{l}")
            } else {
                format!("> {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n>\n")
}

/// Whether CommonMark counts a character as punctuation next to emphasis.
fn is_punctuation(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// Regroups the edits whose emphasis Markdown could not read.
///
/// CommonMark does not open emphasis that starts with punctuation right
/// after a letter (`word**, new**`), nor close one that ends with punctuation
/// right before a letter. Such an edit takes in the touching word of the
/// unchanged text, as deleted and inserted: `~~word~~**word, new**`.
fn readable_edits(ops: &[WordOp]) -> Vec<WordOp> {
    let mut out: Vec<WordOp> = Vec::with_capacity(ops.len());
    let mut i = 0;
    while i < ops.len() {
        if let WordOp::Equal(_) = &ops[i] {
            out.push(ops[i].clone());
            i += 1;
            continue;
        }
        let start = i;
        while i < ops.len() && !matches!(ops[i], WordOp::Equal(_)) {
            i += 1;
        }
        let group = &ops[start..i];
        let first = group.first().and_then(|op| op.text().chars().next());
        let last = group.last().and_then(|op| op.text().chars().last());
        let letter_before = match out.last() {
            Some(WordOp::Equal(t)) => t.chars().last().is_some_and(char::is_alphanumeric),
            _ => false,
        };
        let letter_after = match ops.get(i) {
            Some(WordOp::Equal(t)) => t.chars().next().is_some_and(char::is_alphanumeric),
            _ => false,
        };
        let left = letter_before && first.is_some_and(is_punctuation);
        let right = letter_after && last.is_some_and(is_punctuation);
        if !left && !right {
            out.extend(group.iter().cloned());
            continue;
        }
        let (mut deleted, mut inserted) = (String::new(), String::new());
        for op in group {
            match op {
                WordOp::Delete(t) => deleted.push_str(t),
                WordOp::Insert(t) => inserted.push_str(t),
                WordOp::Equal(_) => {}
            }
        }
        if left && let Some(WordOp::Equal(before)) = out.last_mut() {
            let cut = before.trim_end_matches(|c: char| !c.is_whitespace()).len();
            let word = before.split_off(cut);
            deleted.insert_str(0, &word);
            inserted.insert_str(0, &word);
            if before.is_empty() {
                out.pop();
            }
        }
        let mut rest = None;
        if right && let Some(WordOp::Equal(after)) = ops.get(i) {
            let cut = after.len() - after.trim_start_matches(|c: char| !c.is_whitespace()).len();
            deleted.push_str(&after[..cut]);
            inserted.push_str(&after[..cut]);
            rest = Some(after[cut..].to_string());
            i += 1;
        }
        push_edit(&mut out, WordOp::Delete(deleted));
        push_edit(&mut out, WordOp::Insert(inserted));
        if let Some(rest) = rest.filter(|r| !r.is_empty()) {
            out.push(WordOp::Equal(rest));
        }
    }
    out
}

/// Appends an edit, joining it to an edit of the same kind just before it
/// (`**a****b**` would not read as two insertions).
fn push_edit(out: &mut Vec<WordOp>, op: WordOp) {
    match (out.last_mut(), &op) {
        (Some(WordOp::Delete(prev)), WordOp::Delete(t))
        | (Some(WordOp::Insert(prev)), WordOp::Insert(t)) => prev.push_str(t),
        _ => out.push(op),
    }
}

/// The redline in Markdown: ~~deleted~~ and **inserted**.
pub fn redline(ops: &[WordOp]) -> String {
    let mut out = String::new();
    // The mark and last character of an edit that closed just now.
    let mut closed: Option<(&str, char)> = None;
    for op in &readable_edits(ops) {
        let mark = match op {
            WordOp::Equal(_) => "",
            WordOp::Delete(_) => "~~",
            WordOp::Insert(_) => "**",
        };
        // Each line is its own paragraph and emphasis cannot start or end
        // with a space: every line of an edit is marked apart, spaces outside.
        for (i, piece) in op.text().split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
                closed = None;
            }
            let trimmed = piece.trim();
            if mark.is_empty() || trimmed.is_empty() {
                out.push_str(&escape(piece));
                if !piece.is_empty() {
                    closed = None;
                }
                continue;
            }
            let lead = &piece[..piece.len() - piece.trim_start().len()];
            let trail = &piece[piece.trim_end().len()..];
            // comrak reads emphasis through `~~` as if it were not there:
            // `~~word~~**, new**` would not open, nor `**new,**~~word~~`
            // close. A space between the two edits keeps both.
            if let (Some((before, last)), true) = (closed, lead.is_empty()) {
                let first = trimmed.chars().next().unwrap_or(' ');
                let clash = match (before, mark) {
                    ("~~", "**") => last.is_alphanumeric() && is_punctuation(first),
                    ("**", "~~") => is_punctuation(last) && first.is_alphanumeric(),
                    _ => false,
                };
                if clash {
                    out.push(' ');
                }
            }
            out.push_str(&format!("{lead}{mark}{}{mark}{trail}", escape(trimmed)));
            closed = trimmed
                .chars()
                .last()
                .filter(|_| trail.is_empty())
                .map(|c| (mark, c));
        }
    }
    quote_lines(&out)
}

/// A version as the report names it: `1999-in-force (in force, 2023‑05‑01)`.
fn version_line(m: &Messages, v: &VersionInfo) -> String {
    let stage = v.stage.as_deref().map(|s| table::stage_word(m, s));
    let date = v.date.map(|d| table::date_text(m.lang(), d));
    match (stage, date) {
        (Some(stage), Some(date)) => format!("{} ({stage}, {date})", v.label),
        _ => v.label.clone(),
    }
}

/// Writes the report as Markdown, its words in a language (default: the act's).
pub fn write(report: &Report, lang: Option<Language>, out: &mut dyn Write) -> io::Result<()> {
    let lexicon = Lexicon::builtin();
    let options = CommentaryOptions {
        lang: lang.unwrap_or(report.language),
        all: true,
        sources: false,
        lexicon: &lexicon,
    };
    let m = i18n::messages(options.lang);
    writeln!(out, "# {}", escape(&title(m, report)))?;
    writeln!(out)?;
    // The heading names the act by its title: the act's id under it.
    if let (Some(_), Some(act)) = (&report.title, &report.act) {
        writeln!(out, "*{}*", escape(act))?;
        writeln!(out)?;
    }
    let label = |id: &str| m.get(id);
    writeln!(
        out,
        "- **{}:** {}",
        label("ui-from"),
        escape(&version_line(m, &report.from))
    )?;
    writeln!(
        out,
        "- **{}:** {}",
        label("ui-to"),
        escape(&version_line(m, &report.to))
    )?;
    writeln!(
        out,
        "- **{}:** {}",
        label("ui-summary"),
        escape(&summary_line(m, report))
    )?;
    writeln!(out)?;
    write!(out, "{}", key_changes(m, report, &options))?;
    for annotated in &report.changes {
        let change = &annotated.change;
        writeln!(out)?;
        writeln!(out, "## {}", escape(&change_title_in(m, change)))?;
        writeln!(out)?;
        match change.kind {
            ChangeKind::Added => {
                writeln!(out, "**{}**", label("ui-diff-new-text"))?;
                writeln!(out)?;
                writeln!(out, "{}", quote(change.new_text()))?;
            }
            ChangeKind::Removed | ChangeKind::Repealed => {
                if let Some(crate::statute::Status::Repealed { by: Some(by) }) =
                    change.new.as_ref().map(|s| &s.status)
                {
                    let text = m.format("ui-repealed-by", &Args::new().text("by", by.clone()));
                    writeln!(out, "{}", escape(&text))?;
                    writeln!(out)?;
                }
                writeln!(out, "**{}**", label("ui-diff-old-text"))?;
                writeln!(out)?;
                writeln!(out, "{}", quote(change.old_text()))?;
            }
            ChangeKind::Editorial => {
                if let Some(notes) = &change.footnotes {
                    writeln!(out, "{}", escape(&label("ui-editorial-only")))?;
                    if !notes.amending_acts.is_empty() {
                        writeln!(out)?;
                        let text = m.format(
                            "ui-amending-acts",
                            &Args::new().text("acts", notes.amending_acts.join("; ")),
                        );
                        writeln!(out, "{}", escape(&text))?;
                    }
                    for note in &notes.added {
                        writeln!(out)?;
                        writeln!(out, "{}", quote(note))?;
                    }
                }
            }
            _ => {
                if change.has_redline() {
                    writeln!(out, "**{}**", label("ui-diff-old-text"))?;
                    writeln!(out)?;
                    writeln!(out, "{}", quote(change.old_text()))?;
                    writeln!(out)?;
                    writeln!(out, "**{}**", label("ui-diff-new-text"))?;
                    writeln!(out)?;
                    writeln!(out, "{}", quote(change.new_text()))?;
                    writeln!(out)?;
                    writeln!(out, "**{}**", label("ui-diff-redline"))?;
                    writeln!(out)?;
                    writeln!(out, "{}", redline(&change.redline))?;
                } else {
                    writeln!(out, "{}", escape(&label("ui-wording-unchanged")))?;
                }
            }
        }
        if !annotated.findings.is_empty() {
            writeln!(out)?;
            writeln!(out, "**{}**", label("ui-findings"))?;
            writeln!(out)?;
            for f in &annotated.findings {
                let severity = m.get(&format!("severity-{}", f.severity.as_str()));
                let category = format!("category-{}", i18n::id_part(&f.category));
                let sentence = escape(&table::sentence(m, report, Some(options.lexicon), f));
                if m.has(&category) {
                    writeln!(
                        out,
                        "- **{severity}** ({}): {sentence}",
                        escape(&m.get(&category))
                    )?;
                } else {
                    writeln!(out, "- **{severity}**: {sentence}")?;
                }
                let rationale = table::rationale(m, report, &options, f);
                if !rationale.is_empty() {
                    writeln!(out, "  - {}: {}", label("ui-why"), escape(&rationale))?;
                }
                for s in &f.standards {
                    let (cited, _) = table::standard_text(m, &lexicon, s);
                    writeln!(out, "  - {}: {}", label("ui-standard"), escape(&cited))?;
                }
            }
        }
    }
    Ok(())
}

/// The report's title: `Изменения: Кодекс Республики Казахстан об административных правонарушениях. Глава 26. …`.
pub(crate) fn title(m: &Messages, report: &Report) -> String {
    if report.title.is_none() && report.act.is_none() {
        let name = m.get("ui-two-files");
        return m.format("ui-diff-title", &Args::new().text("name", name));
    }
    // The commentary's routine: the act's title, else its id.
    table::document_title(m, report, "ui-diff-title")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(pairs: &[(char, &str)]) -> Vec<WordOp> {
        pairs
            .iter()
            .map(|&(k, t)| match k {
                '=' => WordOp::Equal(t.to_string()),
                '-' => WordOp::Delete(t.to_string()),
                _ => WordOp::Insert(t.to_string()),
            })
            .collect()
    }

    #[test]
    fn marks_words_with_spaces_outside() {
        let r = redline(&ops(&[
            ('=', "штраф в размере "),
            ('-', "пятидесяти"),
            ('+', "ста "),
            ('=', "МРП"),
        ]));
        assert_eq!(r, "> штраф в размере ~~пятидесяти~~**ста** МРП");
    }

    #[test]
    fn punctuation_next_to_a_letter_takes_in_the_word() {
        let r = redline(&ops(&[
            ('=', "ложной информации"),
            ('+', ", нарушающей порядок,"),
            ('=', " влечет"),
        ]));
        assert_eq!(
            r,
            "> ложной ~~информации~~**информации, нарушающей порядок,** влечет"
        );
        let r = redline(&ops(&[('=', "a"), ('+', ","), ('=', "b c")]));
        assert_eq!(r, "> ~~ab~~**a,b** c");
        let r = redline(&ops(&[('=', "one "), ('-', "two;"), ('=', "three")]));
        assert_eq!(r, "> one ~~two;three~~**three**");
    }

    #[test]
    fn each_line_of_an_edit_is_marked() {
        let r = redline(&ops(&[
            ('=', "grounds:\n1) one;"),
            ('+', "\n2) two;\n3) three."),
        ]));
        assert_eq!(
            r,
            "> grounds:\n>\n> 1\\) one;\n>\n> **2) two;**\n>\n> **3) three.**"
        );
    }

    #[test]
    fn lines_never_become_lists_code_or_entities() {
        assert_eq!(
            quote("2) second;\n    indented\n- dash\n---\n10. ten\n&amp; AT&T"),
            "> 2\\) second;\n>\n> indented\n>\n> \\- dash\n>\n> \\---\n>\n> 10\\. ten\n>\n> \\&amp; AT\\&T"
        );
        assert_eq!(quote("4-1. term\n456-2. x"), "> 4-1. term\n>\n> 456-2. x");
    }
}
