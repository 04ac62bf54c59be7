//! `lexwatch import` and `record` of imported inputs: every bundled official
//! text written out as a web page, a legacy-encoded plain text and a Word
//! document by small writers here (not the importer's code), imported
//! again, and held against the original unit by unit.

use crate::common::{TestRepo, product_repo, run_in};
use lexwatch::statute::{Citation, Statute};
use std::fmt::Write as _;
use std::io::Write as _;

/// The official Russian and Kazakh texts of the bundled corpus.
const OFFICIAL: [&str; 10] = [
    "kz/cao-ch26-ru",
    "kz/cao-ch26-kk",
    "kz/criminal-code-ch01-ru",
    "kz/criminal-code-ch04-05-ru",
    "kz/criminal-code-ch09-10-ru",
    "kz/mass-media-1999-ru",
    "kz/mass-media-2024-ru",
    "kz/mass-media-2024-kk",
    "kz/online-platforms-ru",
    "kz/online-platforms-kk",
];

pub(crate) fn bundled(act: &str) -> String {
    let path = product_repo().join("statutes").join(format!("{act}.md"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A block of the original as a reader sees it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Piece {
    Title(String),
    Heading(u8, String),
    Para(String),
    Note(String),
}

/// Reads the bundled Markdown into what a publisher would lay out: headings,
/// paragraphs (wrapped lines joined, Markdown escapes and emphasis removed),
/// amendment notes. Written for the tests, apart from lexwatch's parser.
pub(crate) fn pieces(markdown: &str) -> Vec<Piece> {
    let body = match markdown.strip_prefix("+++\n") {
        Some(rest) => rest.split_once("\n+++\n").map_or(rest, |(_, b)| b),
        None => markdown,
    };
    let mut out = Vec::new();
    let mut para: Vec<String> = Vec::new();
    let mut note: Vec<String> = Vec::new();
    let flush = |para: &mut Vec<String>, note: &mut Vec<String>, out: &mut Vec<Piece>| {
        if !para.is_empty() {
            out.push(Piece::Para(plain(&para.join(" "))));
            para.clear();
        }
        if !note.is_empty() {
            out.push(Piece::Note(plain(&note.join(" "))));
            note.clear();
        }
    };
    for line in body.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || (trimmed.starts_with("<a ") && trimmed.ends_with("</a>")) {
            flush(&mut para, &mut note, &mut out);
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix('>') {
            // An indented quote that is no amendment note is part of its provision.
            let indented = line.starts_with([' ', '\t']);
            let text = rest.trim();
            let is_note = plain(text).starts_with("Сноска.") || plain(text).starts_with("Ескерту.");
            if indented && !is_note && note.is_empty() {
                para.push(text.to_string());
            } else {
                if !para.is_empty() {
                    flush(&mut para, &mut Vec::new(), &mut out);
                }
                note.push(text.to_string());
            }
            continue;
        }
        if !note.is_empty() {
            flush(&mut Vec::new(), &mut note, &mut out);
        }
        let heading = trimmed
            .strip_prefix("# ")
            .map(|t| (1u8, t))
            .or_else(|| trimmed.strip_prefix("## ").map(|t| (2, t)))
            .or_else(|| trimmed.strip_prefix("### ").map(|t| (3, t)))
            .or_else(|| trimmed.strip_prefix("#### ").map(|t| (4, t)))
            .or_else(|| {
                (trimmed.len() > 4 && trimmed.starts_with("**") && trimmed.ends_with("**"))
                    .then(|| (3, &trimmed[2..trimmed.len() - 2]))
            });
        if let Some((level, text)) = heading {
            flush(&mut para, &mut note, &mut out);
            out.push(if level == 1 {
                Piece::Title(plain(text))
            } else {
                Piece::Heading(level, plain(text))
            });
            continue;
        }
        para.push(trimmed.to_string());
    }
    flush(&mut para, &mut note, &mut out);
    out
}

/// Text without Markdown: escapes, emphasis and links removed.
fn plain(text: &str) -> String {
    let mut s = text.to_string();
    // [text](url) → text
    while let Some(open) = s.find('[') {
        let Some(close) = s[open..].find("](").map(|c| open + c) else {
            break;
        };
        let Some(end) = s[close..].find(')').map(|e| close + e) else {
            break;
        };
        s = format!("{}{}{}", &s[..open], &s[open + 1..close], &s[end + 1..]);
    }
    let s = s
        .replace("\\.", ".")
        .replace("\\)", ")")
        .replace("\\*", "\u{0}");
    let s: String = s.chars().filter(|c| *c != '*').collect();
    s.replace('\u{0}', "*")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page as the legal information system lays it out: chrome around the
/// act, articles and parts as paragraphs, amendment notes in their own blocks.
pub(crate) fn html_page(pieces: &[Piece]) -> String {
    let mut page = String::from(
        "<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Әділет</title>\n<script>var toc = \"Статья 999. Не текст\";</script><style>p { margin: 0 }</style></head>\n<body>\n<nav class=\"navbar\"><ul><li><a href=\"/\">Главная</a></li><li>Статья 998. Меню</li></ul></nav>\n<header><div class=\"logo\">ИПС «Әділет»</div></header>\n<div class=\"container\"><div id=\"document\">\n",
    );
    for p in pieces {
        match p {
            Piece::Title(t) => writeln!(page, "<h1>{}</h1>", escape(t)),
            Piece::Heading(2, t) => writeln!(page, "<h2 class=\"chapter\">{}</h2>", escape(t)),
            Piece::Heading(_, t) => writeln!(page, "<p><b>{}</b></p>", escape(t)),
            Piece::Para(t) => writeln!(page, "<p>{}</p>", escape(t)),
            Piece::Note(t) => writeln!(page, "<p class=\"note\"><i>{}</i></p>", escape(t)),
        }
        .unwrap_or_else(|e| panic!("{e}"));
    }
    page.push_str("</div></div>\n<footer>© Институт законодательства и правовой информации</footer>\n<script>document.title += \"\";</script></body></html>\n");
    page
}

/// The text as a plain file: one paragraph a line, blank lines between.
fn plain_text(pieces: &[Piece]) -> String {
    let mut text = String::new();
    for p in pieces {
        // The site's "↑ whole text" link is navigation, not text of the act.
        if matches!(p, Piece::Para(t) if t.starts_with('↑')) {
            continue;
        }
        let line = match p {
            Piece::Title(t) | Piece::Heading(_, t) | Piece::Para(t) | Piece::Note(t) => t,
        };
        text.push_str(line);
        text.push_str("\r\n\r\n");
    }
    text
}

/// The unit tree of a statute, one line per unit: citation, heading, texts, status, notes.
fn tree(statute: &Statute) -> Vec<String> {
    statute
        .cited_units()
        .into_iter()
        .map(|(c, u): (Citation, _)| {
            let notes: Vec<&str> = u.footnotes.iter().map(|f| f.text.as_str()).collect();
            format!(
                "{} | {:?} | {:?} | {:?} | {} | {:?}",
                c,
                u.heading.as_deref().map(plain),
                plain(&u.text),
                plain(&u.tail),
                if u.is_repealed() {
                    "repealed"
                } else {
                    "in force"
                },
                notes.iter().map(|n| plain(n)).collect::<Vec<_>>()
            )
        })
        .collect()
}

fn parse(text: &str, origin: &str) -> Statute {
    Statute::parse(text, origin).unwrap_or_else(|e| panic!("{origin}: {e}"))
}

/// Imports `bytes` saved as `name` in a scratch directory; returns the Markdown and stderr.
fn import(name: &str, bytes: &[u8]) -> (String, String) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
    let out = run_in(dir.path(), &["import", name]);
    assert_eq!(out.code, 0, "import {name}: {}", out.stderr);
    (out.stdout, out.stderr)
}

fn assert_same_tree(act: &str, how: &str, imported: &str) {
    let original = parse(&bundled(act), act);
    let again = parse(imported, how);
    let (a, b) = (tree(&original), tree(&again));
    assert!(a.len() > 10, "{act}: {} units", a.len());
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        assert_eq!(x, y, "{act} via {how}: unit {i} differs");
    }
    assert_eq!(a.len(), b.len(), "{act} via {how}: unit counts differ");
    assert_eq!(original.language, again.language, "{act} via {how}");
}

#[test]
fn every_official_text_round_trips_through_a_web_page() {
    for act in OFFICIAL {
        let page = html_page(&pieces(&bundled(act)));
        let (markdown, stderr) = import("page.html", page.as_bytes());
        assert!(stderr.contains("imported page.html (web page)"), "{stderr}");
        assert!(
            !markdown.contains("Статья 998") && !markdown.contains("Статья 999"),
            "{act}"
        );
        assert_same_tree(act, "html", &markdown);
    }
}

#[test]
fn every_official_text_round_trips_through_legacy_encodings() {
    for act in OFFICIAL {
        let text = plain_text(&pieces(&bundled(act)));
        // Windows-1251 has no Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ): Kazakh
        // texts travel as UTF-16 with a byte-order mark instead. (KOI8-R has
        // no «», – or №, which every official text uses; it is tested on a
        // text it can hold.)
        let (name, bytes, encoding) = if act.ends_with("-kk") {
            let mut bytes = vec![0xFF, 0xFE];
            for unit in text.encode_utf16() {
                bytes.extend_from_slice(&unit.to_le_bytes());
            }
            ("law.txt", bytes, "UTF-16LE")
        } else {
            let (bytes, _, lossy) = encoding_rs::WINDOWS_1251.encode(&text);
            assert!(!lossy, "{act} is not Windows-1251");
            ("law.txt", bytes.into_owned(), "windows-1251")
        };
        let (markdown, stderr) = import(name, &bytes);
        assert!(
            stderr.contains(&format!("(plain text, {encoding})")),
            "{act}: {stderr}"
        );
        assert_same_tree(act, encoding, &markdown);
    }
}

#[test]
fn text_copied_from_a_pdf_loses_its_page_furniture_and_hyphens() {
    let text = "О масс-медиа\n\nСтатья 1. Основные понятия\n1. Масс-медиа – пе-\nриодическое печатное издание;\n2. Теле-, радиоканал – совокупность\nтеле-, радиопрограмм.\nЗакон РК «О масс-медиа»\n- 1 -\n\u{c}Статья 2. Язык\n1. Язык масс-медиа определяется соб-\nственником.\nЗакон РК «О масс-медиа»\n2\n\u{c}Статья 3. Свобода слова\n1. Цензура запрещается.\nЗакон РК «О масс-медиа»\nСтраница 3 из 3\n";
    let (markdown, stderr) = import("copied.txt", text.as_bytes());
    assert!(
        stderr.contains("3 articles, 4 paragraphs"),
        "{stderr}\n{markdown}"
    );
    let statute = parse(&markdown, "copied");
    let texts: Vec<String> = statute
        .cited_units()
        .into_iter()
        .filter(|(_, u)| !u.text.is_empty())
        .map(|(c, u)| format!("{c}: {}", u.text))
        .collect();
    assert_eq!(
        texts,
        [
            "art. 1 para. 1: Масс-медиа – периодическое печатное издание;",
            "art. 1 para. 2: Теле-, радиоканал – совокупность теле-, радиопрограмм.",
            "art. 2 para. 1: Язык масс-медиа определяется собственником.",
            "art. 3 para. 1: Цензура запрещается.",
        ]
    );
    assert!(markdown.contains("title = \"О масс-медиа\""), "{markdown}");
    assert!(!markdown.contains("Страница"), "{markdown}");
}

#[test]
fn record_imports_a_web_page_and_refuses_a_page_with_no_statute() {
    let repo = TestRepo::new();
    let page = html_page(&pieces(&bundled("kz/cao-ch26-ru")));
    repo.write("ch26.html", &page);
    let out = repo.run(&[
        "record",
        "ch26.html",
        "--act",
        "kz/cao-ch26-ru",
        "--date",
        "2024-09-09",
        "--stage",
        "in-force",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("imported ch26.html (web page)"),
        "{}",
        out.stderr
    );
    let shown = repo
        .run(&["show", "kz/cao-ch26-ru", "ст. 456-2 ч. 1"])
        .success();
    assert!(
        shown.contains("Размещение, распространение ложной информации"),
        "{shown}"
    );

    repo.write(
        "empty.html",
        "<html><body><nav>Главная</nav><p>Страница не найдена.</p></body></html>",
    );
    let before = repo.snapshot();
    let err = repo
        .run(&[
            "record",
            "empty.html",
            "--act",
            "kz/other",
            "--date",
            "2024-01-01",
            "--stage",
            "draft",
        ])
        .failure();
    assert_eq!(
        err,
        "lexwatch: error: empty.html: no statute text found (no articles or numbered paragraphs in the page)"
    );
    assert_eq!(before, repo.snapshot(), "nothing written");
}

#[test]
fn bad_inputs_are_one_line_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let write = |name: &str, bytes: &[u8]| {
        let mut f = std::fs::File::create(dir.path().join(name)).unwrap_or_else(|e| panic!("{e}"));
        f.write_all(bytes).unwrap_or_else(|e| panic!("{e}"));
    };
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    write("old.doc", &ole);
    write("locked.docx", &ole);
    write("broken.docx", b"PK\x03\x04 this is not a zip");
    write("page.html", b"<html><body><p>Hello</p></body></html>");
    let cases = [
        ("old.doc", "old binary Word document (.doc)"),
        ("locked.docx", "password-protected"),
        ("broken.docx", "not a valid .docx"),
        ("page.html", "no statute text found"),
    ];
    for (name, reason) in cases {
        let out = run_in(dir.path(), &["import", name, "-o", "out.md"]);
        let err = out.failure();
        assert!(
            err.starts_with(&format!("lexwatch: error: {name}: ")),
            "{err}"
        );
        assert!(err.contains(reason), "{name}: {err}");
        assert!(
            !dir.path().join("out.md").exists(),
            "{name}: something written"
        );
    }
}

/// A Word document written by hand, as Word lays one out: styles for
/// headings, parts and subparagraphs numbered by Word (`numbering.xml`, the
/// typed numbers removed), runs split mid-paragraph.
struct DocxWriter {
    body: String,
    nums: Vec<(u32, u32, usize, u64)>, // (numId, abstractNumId, level, start)
    /// The part list in use: (numId, last part number, last subparagraph under it).
    parts: Option<(u32, u64, u64)>,
    /// The subparagraph list in use outside parts: (numId, last number).
    subs: Option<(u32, u64)>,
}

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

impl DocxWriter {
    fn new() -> DocxWriter {
        DocxWriter {
            body: String::new(),
            nums: Vec::new(),
            parts: None,
            subs: None,
        }
    }

    fn new_num(&mut self, abstract_id: u32, level: usize, start: u64) -> u32 {
        let id = self.nums.len() as u32 + 1;
        self.nums.push((id, abstract_id, level, start));
        id
    }

    /// Runs of a text, split in two to be joined again by the reader.
    fn runs(text: &str) -> String {
        let cut = text
            .char_indices()
            .nth(text.chars().count() / 2)
            .map_or(text.len(), |(i, _)| i);
        let (a, b) = text.split_at(cut);
        [a, b]
            .iter()
            .filter(|t| !t.is_empty())
            .map(|t| format!("<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>", escape(t)))
            .collect()
    }

    fn paragraph(&mut self, style: Option<&str>, num: Option<(u32, usize)>, text: &str) {
        let mut ppr = String::new();
        if let Some(s) = style {
            ppr.push_str(&format!("<w:pStyle w:val=\"{s}\"/>"));
        }
        if let Some((id, level)) = num {
            ppr.push_str(&format!(
                "<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{id}\"/></w:numPr>"
            ));
        }
        let ppr = if ppr.is_empty() {
            String::new()
        } else {
            format!("<w:pPr>{ppr}</w:pPr>")
        };
        self.body
            .push_str(&format!("<w:p>{ppr}{}</w:p>\n", Self::runs(text)));
    }

    /// A plain number at the start of a text: («12», "." or ")", the rest).
    fn typed_number(text: &str) -> Option<(u64, char, &str)> {
        let digits = text.find(|c: char| !c.is_ascii_digit())?;
        let marker = text[digits..].chars().next()?;
        if digits == 0 || !matches!(marker, '.' | ')') {
            return None;
        }
        let rest = text[digits + 1..].strip_prefix(' ')?;
        Some((text[..digits].parse().ok()?, marker, rest))
    }

    fn piece(&mut self, piece: &Piece) {
        match piece {
            Piece::Title(t) => self.paragraph(Some("Heading1"), None, t),
            Piece::Heading(level, t) => {
                self.parts = None;
                self.subs = None;
                let style = if *level == 2 { "Heading2" } else { "Heading3" };
                self.paragraph(Some(style), None, t);
            }
            Piece::Note(t) => self.paragraph(None, None, t),
            Piece::Para(t) => match Self::typed_number(t) {
                Some((n, '.', rest)) => {
                    let id = match self.parts {
                        Some((id, last, _)) if n == last + 1 => id,
                        _ => self.new_num(1, 0, n),
                    };
                    self.parts = Some((id, n, 0));
                    self.subs = None;
                    self.paragraph(Some("Part"), Some((id, 0)), rest);
                }
                Some((n, _, rest)) => match self.parts {
                    // A subparagraph of a part: the part list's second level.
                    Some((id, part, last)) if n == last + 1 => {
                        self.parts = Some((id, part, n));
                        self.paragraph(None, Some((id, 1)), rest);
                    }
                    _ => {
                        let id = match self.subs {
                            Some((id, last)) if n == last + 1 => id,
                            _ => self.new_num(2, 0, n),
                        };
                        self.subs = Some((id, n));
                        self.parts = None;
                        self.paragraph(None, Some((id, 0)), rest);
                    }
                },
                None => self.paragraph(None, None, t),
            },
        }
    }

    fn numbering(&self) -> String {
        let mut xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"{W_NS}\">"
        );
        xml.push_str("<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2)\"/></w:lvl></w:abstractNum>");
        xml.push_str("<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1)\"/></w:lvl></w:abstractNum>");
        for (id, abs, level, start) in &self.nums {
            xml.push_str(&format!("<w:num w:numId=\"{id}\"><w:abstractNumId w:val=\"{abs}\"/><w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride></w:num>"));
        }
        xml.push_str("</w:numbering>");
        xml
    }

    fn finish(self) -> Vec<u8> {
        let styles = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"{W_NS}\"><w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Heading2\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Part\"><w:name w:val=\"Statute part\"/></w:style></w:styles>"
        );
        let document = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{W_NS}\"><w:body>\n{}<w:sectPr/></w:body></w:document>",
            self.body
        );
        let files = [
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>".to_string()),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>".to_string()),
            ("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>".to_string()),
            ("word/document.xml", document),
            ("word/numbering.xml", self.numbering()),
            ("word/styles.xml", styles),
        ];
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, text) in files {
            zip.start_file(name, options)
                .unwrap_or_else(|e| panic!("{e}"));
            zip.write_all(text.as_bytes())
                .unwrap_or_else(|e| panic!("{e}"));
        }
        zip.finish().unwrap_or_else(|e| panic!("{e}")).into_inner()
    }
}

pub(crate) fn docx_of(pieces: &[Piece]) -> Vec<u8> {
    let mut w = DocxWriter::new();
    for p in pieces {
        w.piece(p);
    }
    w.finish()
}

#[test]
fn every_official_text_round_trips_through_a_word_document_with_automatic_numbering() {
    for act in OFFICIAL {
        let pieces = pieces(&bundled(act));
        let docx = docx_of(&pieces);
        // The numbers are Word's, not typed: most parts carry a w:numPr and
        // no paragraph starts with a typed «1. ».
        let document = unzip(&docx, "word/document.xml");
        let numbered = document.matches("<w:numPr>").count();
        assert!(numbered > 20, "{act}: {numbered} numbered paragraphs");
        for start in ["<w:p><w:r>", "</w:pPr><w:r>"] {
            let typed = format!("{start}<w:t xml:space=\"preserve\">1. ");
            assert!(!document.contains(&typed), "{act}");
        }
        assert!(unzip(&docx, "word/numbering.xml").contains("w:startOverride"));
        let (markdown, stderr) = import("law.docx", &docx);
        assert!(
            stderr.contains("imported law.docx (Word document)"),
            "{stderr}"
        );
        assert_same_tree(act, "docx", &markdown);
    }
}

fn unzip(bytes: &[u8], name: &str) -> String {
    use std::io::Read as _;
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap_or_else(|e| panic!("{e}"));
    let mut file = zip.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut text = String::new();
    file.read_to_string(&mut text)
        .unwrap_or_else(|e| panic!("{e}"));
    text
}

/// The text of a recorded version of a bundled act.
pub(crate) fn bundled_at(act: &str, version: &str) -> String {
    let repo =
        lexwatch::corpus::Repository::open(&product_repo()).unwrap_or_else(|e| panic!("{e}"));
    let id = repo.require_act(act).unwrap_or_else(|e| panic!("{e}"));
    let v = repo.resolve(&id, version).unwrap_or_else(|e| panic!("{e}"));
    let bytes = repo.blob(&v.blob).unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8(bytes).unwrap_or_else(|e| panic!("{e}"))
}

/// A Word document that takes `old` to `new` with tracked changes, as a
/// reviewer would make it: paragraphs deleted and inserted whole, changed
/// paragraphs with their deleted words in `w:del` and new words in `w:ins`.
fn tracked_docx(old: &[Piece], new: &[Piece]) -> Vec<u8> {
    use similar::{ChangeTag, DiffOp, TextDiff};
    let text = |p: &Piece| match p {
        Piece::Title(t) | Piece::Heading(_, t) | Piece::Para(t) | Piece::Note(t) => t.clone(),
    };
    let style = |p: &Piece| match p {
        Piece::Title(_) => Some("Heading1"),
        Piece::Heading(2, _) => Some("Heading2"),
        Piece::Heading(_, _) => Some("Heading3"),
        _ => None,
    };
    let same_kind = |a: &Piece, b: &Piece| {
        std::mem::discriminant(a) == std::mem::discriminant(b) && style(a) == style(b)
    };
    let mut w = DocxWriter::new();
    let mut revision = 0;
    let mut mark = |tag: &str, inner: &str| {
        revision += 1;
        format!(
            "<w:{tag} w:id=\"{revision}\" w:author=\"Reviewer\" w:date=\"2024-07-01T00:00:00Z\">{inner}</w:{tag}>"
        )
    };
    let run = |t: &str| format!("<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>", escape(t));
    let del_run = |t: &str| {
        format!(
            "<w:r><w:delText xml:space=\"preserve\">{}</w:delText></w:r>",
            escape(t)
        )
    };
    let para = |w: &mut DocxWriter, style: Option<&str>, runs: String, mark_del: Option<String>| {
        let mut ppr = String::new();
        if let Some(s) = style {
            ppr.push_str(&format!("<w:pStyle w:val=\"{s}\"/>"));
        }
        if let Some(m) = mark_del {
            ppr.push_str(&format!("<w:rPr>{m}</w:rPr>"));
        }
        w.body
            .push_str(&format!("<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>\n"));
    };
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, old, new);
    for op in ops {
        let (o, n) = match op {
            DiffOp::Equal { old_index, len, .. } => {
                for p in &old[old_index..old_index + len] {
                    para(&mut w, style(p), run(&text(p)), None);
                }
                continue;
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => (&old[old_index..old_index + old_len], &new[0..0]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => (&old[0..0], &new[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                &old[old_index..old_index + old_len],
                &new[new_index..new_index + new_len],
            ),
        };
        let paired = o.len().min(n.len());
        for i in 0..o.len().max(n.len()) {
            match (o.get(i), n.get(i)) {
                (Some(a), Some(b)) if i < paired && same_kind(a, b) => {
                    let (ta, tb) = (text(a), text(b));
                    let diff = TextDiff::from_words(ta.as_str(), tb.as_str());
                    let mut runs = String::new();
                    for change in diff.iter_all_changes() {
                        let value = change.value();
                        match change.tag() {
                            ChangeTag::Equal => runs.push_str(&run(value)),
                            ChangeTag::Delete => runs.push_str(&mark("del", &del_run(value))),
                            ChangeTag::Insert => runs.push_str(&mark("ins", &run(value))),
                        }
                    }
                    para(&mut w, style(b), runs, None);
                }
                (a, b) => {
                    if let Some(a) = a {
                        let m = mark("del", "");
                        para(&mut w, style(a), mark("del", &del_run(&text(a))), Some(m));
                    }
                    if let Some(b) = b {
                        para(&mut w, style(b), mark("ins", &run(&text(b))), None);
                    }
                }
            }
        }
    }
    w.finish()
}

/// A comparison without what depends on file layout (lines, blobs, sources).
fn comparison(repo: &TestRepo) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                for key in ["lines", "line", "blob", "source", "origin", "commit"] {
                    map.remove(key);
                }
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(list) => list.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let out = repo
        .run(&["diff", "kz/cao-ch26-ru", "--format", "json"])
        .success();
    let mut report: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
    report.as_object_mut().map(|m| {
        m.remove("from");
        m.remove("to")
    });
    strip(&mut report);
    report
}

#[test]
fn a_word_document_with_tracked_changes_is_both_versions() {
    let old_md = bundled_at("kz/cao-ch26-ru", "2017-12-28");
    let new_md = bundled_at("kz/cao-ch26-ru", "2024-09-09");
    let docx = tracked_docx(&pieces(&old_md), &pieces(&new_md));
    let document = unzip(&docx, "word/document.xml");
    assert!(document.contains("<w:del ") && document.contains("<w:ins "));

    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("amended.docx"), &docx).unwrap_or_else(|e| panic!("{e}"));
    for (revisions, original) in [("original", &old_md), ("accepted", &new_md)] {
        let out = run_in(
            dir.path(),
            &["import", "amended.docx", "--revisions", revisions],
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        let (a, b) = (
            tree(&parse(original, revisions)),
            tree(&parse(&out.stdout, "docx")),
        );
        assert_eq!(a, b, "--revisions {revisions}");
    }

    // One record of the document makes both versions; its comparison is the
    // comparison of the two Markdown originals.
    let from_docx = TestRepo::new();
    std::fs::write(from_docx.path().join("amended.docx"), &docx).unwrap_or_else(|e| panic!("{e}"));
    let out = from_docx.run(&[
        "record",
        "amended.docx",
        "--act",
        "kz/cao-ch26-ru",
        "--original-date",
        "2017-12-28",
        "--date",
        "2024-09-09",
        "--stage",
        "in-force",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("Recorded kz/cao-ch26-ru 2017-12-28-in-force"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("Recorded kz/cao-ch26-ru 2024-09-09-in-force"),
        "{}",
        out.stdout
    );
    let from_markdown = TestRepo::new();
    from_markdown.record("kz/cao-ch26-ru", "2017-12-28", "in-force", &old_md);
    from_markdown.record("kz/cao-ch26-ru", "2024-09-09", "in-force", &new_md);
    let (a, b) = (comparison(&from_markdown), comparison(&from_docx));
    assert!(a["changes"].as_array().is_some_and(|c| c.len() > 10), "{a}");
    assert_eq!(first_difference(&a, &b, "$"), None);

    // Without tracked changes there is no original to record.
    let plain = TestRepo::new();
    std::fs::write(plain.path().join("plain.docx"), docx_of(&pieces(&new_md)))
        .unwrap_or_else(|e| panic!("{e}"));
    let err = plain
        .run(&[
            "record",
            "plain.docx",
            "--act",
            "kz/cao-ch26-ru",
            "--original-date",
            "2017-12-28",
            "--date",
            "2024-09-09",
            "--stage",
            "in-force",
        ])
        .failure();
    assert!(err.contains("plain.docx: no tracked changes"), "{err}");
}

/// The path of the first place two JSON values differ, with both values there.
fn first_difference(a: &serde_json::Value, b: &serde_json::Value, at: &str) -> Option<String> {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| {
                first_difference(
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                    &format!("{at}.{k}"),
                )
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q, &format!("{at}[{i}]"))),
        _ if a == b => None,
        _ => Some(format!("{at}: {a} ≠ {b}")),
    }
}

/// LibreOffice's command, when it is installed (`.ci/run` installs it).
fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|cmd| {
        std::process::Command::new(cmd)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// The articles, parts and subparagraphs of a statute, by citation.
fn structure(statute: &Statute) -> Vec<String> {
    statute
        .cited_units()
        .into_iter()
        .filter(|(_, u)| !u.kind.is_division())
        .map(|(c, _)| c.to_string())
        .collect()
}

#[test]
fn a_pdf_made_by_libreoffice_imports_with_the_same_articles_and_parts() {
    let Some(soffice) = soffice() else {
        eprintln!("skipped: LibreOffice (soffice) is not installed; .ci/run installs it");
        return;
    };
    for act in ["kz/cao-ch26-ru", "kz/cao-ch26-kk", "kz/online-platforms-ru"] {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(
            dir.path().join("law.html"),
            html_page(&pieces(&bundled(act))),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let profile = format!(
            "-env:UserInstallation=file://{}/profile",
            dir.path().display()
        );
        let status = std::process::Command::new(soffice)
            .args([
                profile.as_str(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(dir.path())
            .arg(dir.path().join("law.html"))
            .env("HOME", dir.path())
            .output()
            .unwrap_or_else(|e| panic!("{soffice}: {e}"));
        assert!(
            status.status.success(),
            "{}",
            String::from_utf8_lossy(&status.stderr)
        );
        let pdf = std::fs::read(dir.path().join("law.pdf")).unwrap_or_else(|e| panic!("{e}"));
        let (markdown, stderr) = import("law.pdf", &pdf);
        assert!(stderr.contains("imported law.pdf (PDF)"), "{stderr}");
        let original = structure(&parse(&bundled(act), act));
        let again = structure(&parse(&markdown, "pdf"));
        assert!(original.len() > 50, "{act}");
        assert_eq!(original, again, "{act}");
    }
}

/// A one-page PDF with a drawing and no text, as a scanner's image-only file reads.
fn pdf_without_text() -> Vec<u8> {
    let content = "0 0 1 rg 100 100 200 200 re f";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>"
            .to_string(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for o in offsets {
        table.push_str(&format!("{o:010} 00000 n \n"));
    }
    pdf.extend_from_slice(table.as_bytes());
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

#[test]
fn a_scanned_pdf_and_a_damaged_one_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("scan.pdf"), pdf_without_text())
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("bad.pdf"), b"%PDF-1.4\nnot really")
        .unwrap_or_else(|e| panic!("{e}"));
    let err = run_in(dir.path(), &["import", "scan.pdf", "-o", "out.md"]).failure();
    assert!(
        err.starts_with("lexwatch: error: scan.pdf: the PDF has no text layer"),
        "{err}"
    );
    let err = run_in(dir.path(), &["import", "bad.pdf", "-o", "out.md"]).failure();
    assert!(
        err.starts_with("lexwatch: error: bad.pdf: the PDF could not be read"),
        "{err}"
    );
    assert!(!dir.path().join("out.md").exists());
}
