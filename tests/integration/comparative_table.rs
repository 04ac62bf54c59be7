//! The commentary on the bundled CAO Chapter 26 in both layouts — the
//! comparative table (`--layout table`) and the sections — in the three
//! formats and languages, and the table's .docx read back by LibreOffice.

use crate::common::corpus;
use std::path::Path;
use std::process::Command;

/// Writes the table of CAO Chapter 26 into `dir/name`.
fn table(dir: &Path, name: &str, lang: &str) -> std::path::PathBuf {
    commentary(dir, "kz/cao-ch26-ru", "table", name, lang)
}

/// Writes the commentary on an act in a layout and language into `dir/name`.
fn commentary(dir: &Path, act: &str, layout: &str, name: &str, lang: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let path_text = path.display().to_string();
    let out = corpus(&[
        "commentary",
        act,
        "--layout",
        layout,
        "--lang",
        lang,
        "-o",
        &path_text,
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    path
}

/// The text of a .docx's paragraphs that are not quoted statute text, with
/// words quoted «so» or “so” left out, and the text of the quoted ones.
fn docx_text(xml: &str) -> (String, String) {
    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let doc =
        roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("invalid WordprocessingML: {e}"));
    let (mut own, mut quoted) = (String::new(), String::new());
    for p in doc.descendants().filter(|n| n.has_tag_name((W, "p"))) {
        let style = p
            .descendants()
            .find(|n| n.has_tag_name((W, "pStyle")))
            .and_then(|n| n.attribute((W, "val")));
        let text: String = p
            .descendants()
            .filter(|n| n.has_tag_name((W, "t")) || n.has_tag_name((W, "delText")))
            .filter_map(|n| n.text())
            .collect();
        if style == Some("Quote") {
            quoted.push_str(&text);
            quoted.push('\n');
        } else {
            own.push_str(&without_quotes(&text));
            own.push('\n');
        }
    }
    (own, quoted)
}

/// A text without the words it quotes.
fn without_quotes(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '«' | '“' => depth += 1,
            '»' | '”' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Words of three letters or more in a script: Latin or Cyrillic.
fn words_in(text: &str, latin: bool) -> Vec<String> {
    let in_script = |c: char| {
        if latin {
            c.is_ascii_alphabetic()
        } else {
            ('\u{400}'..='\u{4ff}').contains(&c)
        }
    };
    let mut words: Vec<String> = text
        .split(|c: char| !in_script(c))
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// The title of `kz/cao-ch26-ru` in its register (the text has none).
const CAO_CH26_TITLE: &str = "Кодекс Республики Казахстан об административных правонарушениях. Глава 26. Административные правонарушения в области печати и информации";

/// Latin words a Russian or Kazakh document may hold: the act's id, the
/// publication's address, the UN document symbol.
const LATIN_ALLOWED: [&str; 6] = ["cao", "zan", "gov", "CCPR", "HRC", "Add"];

#[test]
fn sections_commentary_is_tracked_changes_in_the_analysts_language() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let act = "kz/cao-ch26-ru";
    let xml = document_xml(&commentary(dir.path(), act, "sections", "c.docx", "ru"));
    assert!(
        xml.contains("<w:ins w:id=") && xml.contains("<w:del w:id="),
        "no revisions"
    );
    assert!(xml.contains("w:author=\"lexwatch\" w:date=\"2024-09-09T00:00:00Z\""));
    assert!(
        !xml.contains("<w:strike/>"),
        "the redline is formatting, not revisions"
    );
    let (own, quoted) = docx_text(&xml);
    let english: Vec<String> = words_in(&own, true)
        .into_iter()
        .filter(|w| !LATIN_ALLOWED.contains(&w.as_str()))
        .collect();
    assert!(
        english.is_empty(),
        "English in the Russian commentary: {english:?}"
    );
    assert!(own.contains("Ключевые изменения") && own.contains("Рекомендация"));
    assert!(quoted.contains("Размещение, распространение ложной информации"));
    // A note is quoted with the word the act uses.
    assert!(
        quoted.contains("Примечание. Для целей части пятой"),
        "{quoted}"
    );
    assert!(!quoted.contains("Note."), "{quoted}");
    let md = std::fs::read_to_string(commentary(dir.path(), act, "sections", "c.md", "ru"))
        .unwrap_or_default();
    let html = std::fs::read_to_string(commentary(dir.path(), act, "sections", "c.html", "ru"))
        .unwrap_or_default();
    assert!(html.contains("<html lang=\"ru\">"));
    for text in [&md, &html, &xml] {
        for bad in NEVER {
            assert!(!text.contains(bad), "{bad} in the commentary");
        }
    }
    // Key changes lead, and the first concerning section is the first key change.
    let key = md.find("## Ключевые изменения").unwrap_or(usize::MAX);
    let first = md.find("### 1. ст. 456-2 ч. 1").unwrap_or(0);
    assert!(key < first, "{md}");

    let xml = document_xml(&commentary(dir.path(), act, "sections", "e.docx", "en"));
    let (own, quoted) = docx_text(&xml);
    for label in [
        "Key changes",
        "Versions compared",
        "Recommendation",
        "Wording before the changes",
    ] {
        assert!(own.contains(label), "{label} missing in English");
    }
    // No Russian outside quoted statute words, but the publication's name
    // and the act's title (named as its official publication names it).
    let title = words_in(CAO_CH26_TITLE, false);
    let russian: Vec<String> = words_in(&own, false)
        .into_iter()
        .filter(|w| w != "ИПС" && !title.contains(w))
        .collect();
    assert!(
        russian.is_empty(),
        "Russian in the English commentary: {russian:?}"
    );
    // The statute is quoted as it is.
    assert!(quoted.contains("Размещение, распространение ложной информации"));

    let kazakh = commentary(dir.path(), "kz/cao-ch26-kk", "sections", "k.docx", "kk");
    let (own, _) = docx_text(&document_xml(&kazakh));
    for label in ["Негізгі өзгерістер", "Салыстырылатын редакциялар", "Ұсыным"]
    {
        assert!(own.contains(label), "{label} missing in Kazakh:\n{own}");
    }
    let styles = crate::cli_workflow::unzip(&kazakh, "word/styles.xml");
    assert!(styles.contains("<w:lang w:val=\"kk\""), "no language tag");
}

fn document_xml(path: &Path) -> String {
    crate::cli_workflow::unzip(path, "word/document.xml")
}

/// Identifiers and paths no reader should see.
const NEVER: [&str; 6] = [
    "small_business",
    "statutes/",
    "seeds/",
    ".md, line",
    "penalty-raised",
    "vague-term-introduced",
];

#[test]
fn russian_table_in_three_formats() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let md = std::fs::read_to_string(table(dir.path(), "t.md", "ru")).unwrap_or_default();
    let html = std::fs::read_to_string(table(dir.path(), "t.html", "ru")).unwrap_or_default();
    let xml = document_xml(&table(dir.path(), "t.docx", "ru"));
    assert!(
        md.contains("| № | Структурный элемент | Действующая редакция | Предлагаемая редакция | Комментарий |"),
        "{md}"
    );
    // The key change leads: 456-2 is in the first rows.
    let first_rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).take(4).collect();
    assert!(
        first_rows.iter().any(|l| l.contains("ст. 456-2")),
        "{first_rows:#?}"
    );
    assert!(md.contains("600 МРП → 650 МРП (×1,08"), "{md}");
    assert!(md.contains("субъекты малого предпринимательства"));
    for text in [&md, &html] {
        for bad in NEVER {
            assert!(!text.contains(bad), "{bad} in the commentary");
        }
    }
    assert!(html.contains("<html lang=\"ru\">") && html.contains("<thead>"));
    roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("invalid WordprocessingML: {e}"));
    assert!(xml.contains("<w:tblHeader/>"), "no repeated header row");
    assert!(xml.contains("w:orient=\"landscape\""));
    assert!(xml.contains("<w:ins w:id=") && xml.contains("<w:del w:id="));
    assert!(xml.contains("w:author=\"lexwatch\" w:date=\"2024-09-09T00:00:00Z\""));
    for bad in NEVER {
        assert!(!xml.contains(bad), "{bad} in the .docx");
    }
}

#[test]
fn english_table_quotes_the_russian_text() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let md = std::fs::read_to_string(table(dir.path(), "t.md", "en")).unwrap_or_default();
    assert!(
        md.contains("| No. | Structural unit | Current wording | Proposed wording | Comment |")
    );
    assert!(md.contains("Размещение, распространение ложной информации"));
    assert!(md.contains("small businesses"), "{md}");
    assert!(!md.contains("Рекомендация") && !md.contains("субъекты малого"));
}

#[test]
fn kazakh_labels_on_the_kazakh_code() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("t.md");
    let path_text = path.display().to_string();
    let out = corpus(&[
        "commentary",
        "kz/cao-ch26-kk",
        "--layout",
        "table",
        "-o",
        &path_text,
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let md = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        md.contains(
            "| № | Құрылымдық элемент | Қолданыстағы редакция | Ұсынылатын редакция | Түсініктеме |"
        ),
        "{md}"
    );
    assert!(md.contains("АЕК"), "{md}");
}

/// LibreOffice opens the .docx and its PDF holds the table. CI installs
/// LibreOffice and poppler-utils (`.ci/run`); elsewhere the test says why it skips.
#[test]
fn the_docx_converts_to_a_pdf_holding_the_table() {
    // pdftotext answers -v (poppler has no --version), soffice --version.
    let has = |tool: &str, flag: &str| {
        Command::new(tool)
            .arg(flag)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !has("soffice", "--version") || !has("pdftotext", "-v") {
        println!("skipped: soffice (LibreOffice) or pdftotext (poppler-utils) is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let docx = table(dir.path(), "t.docx", "ru");
    let profile = format!("-env:UserInstallation=file://{}/lo", dir.path().display());
    let converted = Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&docx)
        .output()
        .unwrap_or_else(|e| panic!("soffice: {e}"));
    let pdf = dir.path().join("t.pdf");
    assert!(
        pdf.exists(),
        "LibreOffice made no PDF: {}",
        String::from_utf8_lossy(&converted.stderr)
    );
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext: {e}"));
    let text = String::from_utf8_lossy(&text.stdout);
    for part in [
        "Сравнительная таблица",
        "Действующая редакция",
        "Предлагаемая редакция",
        "Комментарий",
        "ст. 456-2",
    ] {
        assert!(text.contains(part), "the PDF lacks {part:?}:\n{text}");
    }
    // The sections layout, with its tracked changes, converts too.
    let sections = commentary(dir.path(), "kz/cao-ch26-ru", "sections", "s.docx", "ru");
    Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&sections)
        .output()
        .unwrap_or_else(|e| panic!("soffice: {e}"));
    let text = Command::new("pdftotext")
        .arg(dir.path().join("s.pdf"))
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext: {e}"));
    let text = String::from_utf8_lossy(&text.stdout);
    for part in [
        "Комментарий",
        "Ключевые изменения",
        "Рекомендация",
        "ст. 456-2 ч. 1",
    ] {
        assert!(
            text.contains(part),
            "the sections PDF lacks {part:?}:\n{text}"
        );
    }
}

#[test]
fn diff_reports_in_the_analysts_language() {
    let ru = corpus(&["diff", "kz/cao-ch26-ru", "--format", "html"]).success();
    assert!(ru.contains("<html lang=\"ru\">"), "{ru}");
    for label in [
        "Ключевые изменения",
        "<strong>Прежняя редакция</strong>",
        "<strong>Замечания</strong>",
        "— изменен</h2>",
    ] {
        assert!(ru.contains(label), "{label} missing in the Russian report");
    }
    for english in [
        "Key changes",
        "Old text",
        "Findings",
        "Why:",
        "(undefined-harm)",
        " — amended",
    ] {
        assert!(!ru.contains(english), "{english} in the Russian report");
    }
    let en = corpus(&[
        "diff",
        "kz/cao-ch26-ru",
        "--format",
        "markdown",
        "--lang",
        "en",
    ])
    .success();
    for label in [
        // The act by its register title, in the act's language, its id under it.
        "# Changes in Кодекс Республики Казахстан об административных правонарушениях. Глава 26.",
        "\n*kz/cao-ch26-ru*\n",
        "## Key changes",
        "**Old text**",
        "**Findings**",
        "— amended",
    ] {
        assert!(en.contains(label), "{label} missing in the English report");
    }
    // The statute is quoted as it is.
    assert!(en.contains("> Нарушение законодательства Республики Казахстан о масс-медиа"));
    let kk = corpus(&["diff", "kz/cao-ch26-kk", "--format", "markdown"]).success();
    for label in [
        "## Негізгі өзгерістер",
        "**Бұрынғы редакция**",
        "өзгертілді",
    ] {
        assert!(kk.contains(label), "{label} missing in the Kazakh report");
    }
    // Text and JSON keep their words.
    let json = corpus(&["diff", "kz/cao-ch26-ru", "--format", "json", "--lang", "en"]).success();
    assert!(json.contains("\"kind\": \"amended\""), "{json}");
}
