//! The comparative table (`commentary --layout table`) on the bundled CAO
//! Chapter 26, in the three formats and languages, and its .docx read back
//! by LibreOffice.

use crate::common::corpus;
use std::path::Path;
use std::process::Command;

/// Writes the table of CAO Chapter 26 into `dir/name`.
fn table(dir: &Path, name: &str, lang: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let path_text = path.display().to_string();
    let out = corpus(&[
        "commentary",
        "kz/cao-ch26-ru",
        "--layout",
        "table",
        "--lang",
        lang,
        "-o",
        &path_text,
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    path
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
    let has = |tool: &str| {
        Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !has("soffice") || !has("pdftotext") {
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
}
