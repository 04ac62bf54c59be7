//! One document model that the Markdown, HTML and Word writers all write.
//!
//! A [`Document`] is headings, paragraphs and tables whose cells hold
//! paragraphs of [`Inline`] runs; a redline stays word operations until the
//! writer: Markdown and HTML mark them, the .docx writer turns them into
//! tracked changes (`w:ins` / `w:del`) or, in the current-wording column of
//! a comparative table, into bold struck-through words, as those tables do.

use super::html::escape_html;
use super::markdown::{escape, quote_lines, redline};
use crate::compare::WordOp;
use std::fmt::Write as _;
use std::io::{self, Write};

/// A run of text and how it is marked.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Inline {
    /// Plain text.
    Text(String),
    /// Bold text (labels).
    Bold(String),
    /// Italic text (placeholders, notes).
    Italic(String),
    /// Words the new version deletes, shown as deleted words (bold, struck).
    Struck(String),
    /// A tracked deletion: a revision in Word (accept it and the proposed
    /// wording remains); left out where there are no revisions, since the
    /// current wording beside it shows the words struck.
    Deletion(String),
    /// A tracked insertion: a revision in Word, bold new words elsewhere.
    Insertion(String),
    /// A tracked deletion shown in every format: a revision in Word, struck
    /// words elsewhere (a redline that stands alone, with no current
    /// wording beside it).
    Deleted(String),
}

/// One paragraph of runs.
pub(crate) type Para = Vec<Inline>;

/// A block of the document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    /// A heading of level 1–3, kept with the text that follows it.
    Heading(u8, String),
    /// A paragraph.
    Para(Para),
    /// A paragraph that introduces the next block (a label), kept with it on the page.
    Lead(Para),
    /// Quoted statute text, one paragraph per line.
    Quote(Vec<Para>),
    /// A table: column widths (relative), a header row repeated on each page, rows of cells.
    Table {
        /// Relative widths of the columns.
        widths: Vec<u32>,
        /// The header cells.
        header: Vec<String>,
        /// Each row's cells, each a list of paragraphs.
        rows: Vec<Vec<Vec<Para>>>,
    },
}

/// A whole document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Document {
    /// The title (also the first heading).
    pub title: String,
    /// The BCP 47 tag of the document's language (`ru`).
    pub lang: String,
    /// Printed across the page (comparative tables).
    pub landscape: bool,
    /// The date tracked changes carry (the new version's), `YYYY-MM-DD`.
    pub revision_date: Option<String>,
    /// The blocks after the title.
    pub blocks: Vec<Block>,
}

// ---------------------------------------------------------------- Markdown

/// The document as Markdown.
pub(crate) fn to_markdown(doc: &Document) -> String {
    let mut md = format!("# {}\n", escape(&doc.title));
    for block in &doc.blocks {
        md.push('\n');
        match block {
            Block::Heading(level, text) => {
                let _ = writeln!(
                    md,
                    "{} {}",
                    "#".repeat(usize::from(*level) + 1),
                    escape(text)
                );
            }
            Block::Para(para) | Block::Lead(para) => {
                let _ = writeln!(md, "{}", md_inlines(para));
            }
            Block::Quote(paras) => {
                let _ = writeln!(md, "{}", md_quote(paras));
            }
            Block::Table { header, rows, .. } => {
                let cells: Vec<String> = header.iter().map(|h| escape(h)).collect();
                let _ = writeln!(md, "| {} |", cells.join(" | "));
                let _ = writeln!(md, "|{}", " --- |".repeat(header.len()));
                for row in rows {
                    let cells: Vec<String> = row
                        .iter()
                        // An empty cell stays empty, as in the .docx and the
                        // .html: a row continuing the provision above it
                        // (another sanction of the same part) leaves its
                        // provision blank, and a dash would read as «none».
                        .map(|cell| {
                            let paras: Vec<String> = cell.iter().map(md_inlines).collect();
                            paras.join("<br>")
                        })
                        .collect();
                    let _ = writeln!(md, "| {} |", cells.join(" | "));
                }
            }
        }
    }
    md
}

/// Quoted text as a Markdown block quote; a redline goes through the
/// Markdown redline writer, which regroups the edits emphasis cannot mark.
fn md_quote(paras: &[Para]) -> String {
    let tracked = paras
        .iter()
        .flatten()
        .any(|i| matches!(i, Inline::Deleted(_) | Inline::Insertion(_)));
    if !tracked {
        let lines: Vec<String> = paras.iter().map(md_inlines).collect();
        return quote_lines(&lines.join("\n"));
    }
    let mut ops = Vec::new();
    for (i, para) in paras.iter().enumerate() {
        if i > 0 {
            ops.push(WordOp::Equal("\n".to_string()));
        }
        for inline in para {
            ops.push(match inline {
                Inline::Deleted(t) | Inline::Deletion(t) | Inline::Struck(t) => {
                    WordOp::Delete(t.clone())
                }
                Inline::Insertion(t) => WordOp::Insert(t.clone()),
                Inline::Text(t) | Inline::Bold(t) | Inline::Italic(t) => WordOp::Equal(t.clone()),
            });
        }
    }
    redline(&ops)
}

/// Runs as Markdown on one line; marks stay outside the spaces around words.
fn md_inlines(para: &Para) -> String {
    let mut out = String::new();
    for inline in para {
        let (text, open, close) = match inline {
            Inline::Text(t) => (t, "", ""),
            Inline::Bold(t) | Inline::Insertion(t) => (t, "**", "**"),
            Inline::Italic(t) => (t, "*", "*"),
            Inline::Struck(t) => (t, "**~~", "~~**"),
            Inline::Deleted(t) => (t, "~~", "~~"),
            Inline::Deletion(_) => continue,
        };
        let flat = text.replace(['\r', '\n'], " ");
        if open.is_empty() || flat.trim().is_empty() {
            out.push_str(&escape(&flat));
            continue;
        }
        let lead = &flat[..flat.len() - flat.trim_start().len()];
        let trail = &flat[flat.trim_end().len()..];
        out.push_str(lead);
        out.push_str(open);
        out.push_str(&escape(flat.trim()));
        out.push_str(close);
        out.push_str(trail);
    }
    out
}

// ---------------------------------------------------------------- HTML

const CSS: &str = "body{font-family:'Times New Roman',serif;font-size:12pt;line-height:1.35;margin:1.5cm;color:#111}\
h1{font-size:18pt}h2{font-size:14pt;border-bottom:1px solid #999}h1,h2,h3{break-after:avoid;page-break-after:avoid}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #808080;padding:4pt 6pt;vertical-align:top;text-align:left}\
thead{display:table-header-group}th{background:#eee}tr{break-inside:avoid}td p{margin:0 0 4pt}\
del,.struck{text-decoration:line-through;font-weight:bold;color:#9b1c1c}ins,.new{text-decoration:none;font-weight:bold;color:#14532d}\
.nowrap,time{white-space:nowrap}\
.lead{margin-bottom:2pt;break-after:avoid;page-break-after:avoid}\
blockquote{margin:0 0 8pt 1cm;padding-left:8pt;border-left:3px solid #bbb}blockquote p{margin:0 0 4pt}\
@page{size:A4 landscape;margin:1.5cm}@media print{body{margin:0}}";

/// The document as one self-contained, printable HTML page.
pub(crate) fn to_html(doc: &Document) -> String {
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape_html(&doc.lang),
        escape_html(&doc.title),
        if doc.landscape {
            CSS.to_string()
        } else {
            CSS.replace(" landscape", "")
        },
        escape_html(&doc.title)
    );
    for block in &doc.blocks {
        match block {
            Block::Heading(level, text) => {
                let n = level + 1;
                let _ = writeln!(html, "<h{n}>{}</h{n}>", escape_html(text));
            }
            Block::Para(para) => {
                let _ = writeln!(html, "<p>{}</p>", html_inlines(para));
            }
            Block::Lead(para) => {
                let _ = writeln!(html, "<p class=\"lead\">{}</p>", html_inlines(para));
            }
            Block::Quote(paras) => {
                html.push_str("<blockquote>");
                for p in paras {
                    let _ = write!(html, "<p>{}</p>", html_inlines(p));
                }
                html.push_str("</blockquote>\n");
            }
            Block::Table {
                widths,
                header,
                rows,
            } => {
                let total: u32 = widths.iter().sum::<u32>().max(1);
                html.push_str("<table>\n<colgroup>");
                for w in widths {
                    let _ = write!(html, "<col style=\"width:{}%\">", w * 100 / total);
                }
                html.push_str("</colgroup>\n<thead><tr>");
                for h in header {
                    let _ = write!(html, "<th scope=\"col\">{}</th>", escape_html(h));
                }
                html.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    html.push_str("<tr>");
                    for cell in row {
                        html.push_str("<td>");
                        for p in cell {
                            let _ = write!(html, "<p>{}</p>", html_inlines(p));
                        }
                        html.push_str("</td>");
                    }
                    html.push_str("</tr>\n");
                }
                html.push_str("</tbody>\n</table>\n");
            }
        }
    }
    html.push_str("</body>\n</html>\n");
    html
}

fn html_inlines(para: &Para) -> String {
    let mut out = String::new();
    for inline in para {
        let (text, open, close) = match inline {
            Inline::Text(t) => (t, "", ""),
            Inline::Bold(t) => (t, "<strong>", "</strong>"),
            Inline::Italic(t) => (t, "<em>", "</em>"),
            Inline::Struck(t) => (t, "<del class=\"struck\">", "</del>"),
            Inline::Deletion(_) => continue,
            Inline::Insertion(t) => (t, "<ins class=\"new\">", "</ins>"),
            Inline::Deleted(t) => (t, "<del>", "</del>"),
        };
        let _ = write!(
            out,
            "{open}{}{close}",
            escape_html(text).replace('\n', "<br>")
        );
    }
    out
}

// ---------------------------------------------------------------- DOCX

/// The characters a table row may hold and still be kept on one page.
const SHORT_ROW: usize = 600;

/// Page sizes in twentieths of a point: A4, 2 cm margins.
const A4_SHORT: u32 = 11906;
const A4_LONG: u32 = 16838;
const MARGIN: u32 = 1134;

/// The document as a .docx file (fixed zip timestamps: same input, same bytes).
pub(crate) fn write_docx(doc: &Document, out: &mut dyn Write) -> io::Result<()> {
    let mut body = DocxBody {
        date: doc
            .revision_date
            .as_ref()
            .map(|d| format!("{d}T00:00:00Z"))
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string()),
        ..DocxBody::default()
    };
    body.paragraph(&[Inline::Text(doc.title.clone())], Some("Heading1"), false);
    let (width, height) = if doc.landscape {
        (A4_LONG, A4_SHORT)
    } else {
        (A4_SHORT, A4_LONG)
    };
    let text_width = width - 2 * MARGIN;
    for block in &doc.blocks {
        match block {
            Block::Heading(level, text) => {
                let style = format!("Heading{}", (level + 1).min(4));
                body.paragraph(&[Inline::Text(text.clone())], Some(&style), false);
            }
            Block::Para(para) => body.paragraph(para, None, false),
            Block::Lead(para) => body.paragraph(para, Some("Lead"), false),
            Block::Quote(paras) => {
                for p in paras {
                    body.paragraph(p, Some("Quote"), false);
                }
            }
            Block::Table {
                widths,
                header,
                rows,
            } => {
                body.table(widths, header, rows, text_width);
                // A little space before what follows (and two tables never touch).
                body.xml.push_str(
                    "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/></w:pPr></w:p>",
                );
            }
        }
    }
    body.xml.push_str("<w:p/>");
    let orient = if doc.landscape {
        " w:orient=\"landscape\""
    } else {
        ""
    };
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{}<w:sectPr><w:pgSz w:w=\"{width}\" w:h=\"{height}\"{orient}/>\
         <w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" w:left=\"{MARGIN}\" \
         w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>\n",
        body.xml
    );
    let lang = escape_html(&doc.lang);
    let styles = super::docx::STYLES.replace(
        "<w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/>",
        &format!("<w:lang w:val=\"{lang}\" w:eastAsia=\"{lang}\" w:bidi=\"ar-SA\"/>"),
    );
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title>\
         <dc:creator>lexwatch</dc:creator><dc:language>{lang}</dc:language></cp:coreProperties>\n",
        escape_html(&doc.title)
    );
    let parts: [(&str, &str); 6] = [
        ("[Content_Types].xml", super::docx::CONTENT_TYPES),
        ("_rels/.rels", super::docx::ROOT_RELS),
        ("docProps/core.xml", &core),
        ("word/document.xml", &document),
        ("word/styles.xml", &styles),
        ("word/_rels/document.xml.rels", super::docx::DOCUMENT_RELS),
    ];
    super::docx::write_package(&parts, out)
}

#[derive(Debug, Default)]
struct DocxBody {
    xml: String,
    /// The date on every revision.
    date: String,
    /// The next revision id (ids must be unique in the document).
    next_id: usize,
}

impl DocxBody {
    fn paragraph(&mut self, para: &[Inline], style: Option<&str>, in_table: bool) {
        self.xml.push_str("<w:p>");
        match (style, in_table) {
            (Some(s), _) => {
                let _ = write!(self.xml, "<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>");
            }
            (None, true) => self.xml.push_str(
                "<w:pPr><w:pStyle w:val=\"TableText\"/><w:spacing w:after=\"80\"/></w:pPr>",
            ),
            (None, false) => {}
        }
        for inline in para {
            self.inline(inline);
        }
        self.xml.push_str("</w:p>");
    }

    fn inline(&mut self, inline: &Inline) {
        let (text, props, revision) = match inline {
            Inline::Text(t) => (t, "", None),
            Inline::Bold(t) => (t, "<w:b/><w:bCs/>", None),
            Inline::Italic(t) => (t, "<w:i/><w:iCs/>", None),
            Inline::Struck(t) => (t, "<w:b/><w:bCs/><w:strike/>", None),
            Inline::Deletion(t) | Inline::Deleted(t) => (t, "", Some("del")),
            Inline::Insertion(t) => (t, "<w:b/><w:bCs/>", Some("ins")),
        };
        if let Some(kind) = revision {
            let _ = write!(
                self.xml,
                "<w:{kind} w:id=\"{}\" w:author=\"lexwatch\" w:date=\"{}\">",
                self.next_id, self.date
            );
            self.next_id += 1;
        }
        let tag = if revision == Some("del") {
            "w:delText"
        } else {
            "w:t"
        };
        for (i, line) in text.split('\n').enumerate() {
            self.xml.push_str("<w:r>");
            if !props.is_empty() {
                let _ = write!(self.xml, "<w:rPr>{props}</w:rPr>");
            }
            if i > 0 {
                self.xml.push_str("<w:br/>");
            }
            let _ = write!(
                self.xml,
                "<{tag} xml:space=\"preserve\">{}</{tag}>",
                escape_html(line)
            );
            self.xml.push_str("</w:r>");
        }
        if let Some(kind) = revision {
            let _ = write!(self.xml, "</w:{kind}>");
        }
    }

    fn table(
        &mut self,
        widths: &[u32],
        header: &[String],
        rows: &[Vec<Vec<Para>>],
        text_width: u32,
    ) {
        let total: u32 = widths.iter().sum::<u32>().max(1);
        let twips: Vec<u32> = widths.iter().map(|w| w * text_width / total).collect();
        let _ = write!(
            self.xml,
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"{text_width}\" w:type=\"dxa\"/>\
             <w:tblLayout w:type=\"fixed\"/>{}</w:tblPr><w:tblGrid>",
            super::docx::TABLE_BORDERS
        );
        for w in &twips {
            let _ = write!(self.xml, "<w:gridCol w:w=\"{w}\"/>");
        }
        self.xml.push_str("</w:tblGrid>");
        // The header row repeats on every page and is never split.
        self.xml
            .push_str("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
        for (h, w) in header.iter().zip(&twips) {
            let _ = write!(
                self.xml,
                "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEEEEE\"/></w:tcPr>"
            );
            self.paragraph(&[Inline::Bold(h.clone())], None, true);
            self.xml.push_str("</w:tc>");
        }
        self.xml.push_str("</w:tr>");
        for row in rows {
            // A short row stays on one page; a long one (a provision's whole
            // wording) may break, or it would leave a page empty.
            let length: usize = row
                .iter()
                .flatten()
                .flatten()
                .map(|i| super::table::inline_text(i).chars().count())
                .sum();
            if length <= SHORT_ROW {
                self.xml.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            } else {
                self.xml.push_str("<w:tr>");
            }
            for (cell, w) in row.iter().zip(&twips) {
                let _ = write!(
                    self.xml,
                    "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr>"
                );
                if cell.is_empty() {
                    self.paragraph(&[], None, true);
                }
                for p in cell {
                    self.paragraph(p, None, true);
                }
                self.xml.push_str("</w:tc>");
            }
            self.xml.push_str("</w:tr>");
        }
        self.xml.push_str("</w:tbl>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_continuation_row_leaves_its_provision_blank_in_markdown() {
        let cell = |t: &str| vec![vec![Inline::Text(t.to_string())]];
        let doc = Document {
            title: "Т".to_string(),
            lang: "ru".to_string(),
            landscape: false,
            revision_date: None,
            blocks: vec![Block::Table {
                widths: vec![1, 1],
                header: vec!["Норма".to_string(), "Санкция".to_string()],
                rows: vec![
                    vec![cell("ст. 456-2"), cell("Штраф")],
                    vec![Vec::new(), cell("Арест")],
                ],
            }],
        };
        let md = to_markdown(&doc);
        assert!(md.contains("| ст. 456-2 | Штраф |\n|  | Арест |\n"), "{md}");
        assert!(!md.contains('—'), "{md}");
    }

    fn sample() -> Document {
        Document {
            title: "Сравнительная таблица <&>".to_string(),
            lang: "ru".to_string(),
            landscape: true,
            revision_date: Some("2024-09-09".to_string()),
            blocks: vec![
                Block::Heading(1, "Обзор".to_string()),
                Block::Table {
                    widths: vec![1, 4],
                    header: vec!["№".to_string(), "Текст".to_string()],
                    rows: vec![vec![
                        vec![vec![Inline::Text("1".to_string())]],
                        vec![vec![
                            Inline::Text("Размещение ".to_string()),
                            Inline::Deletion("заведомо ".to_string()),
                            Inline::Insertion("| распространение".to_string()),
                            Inline::Struck("x".to_string()),
                        ]],
                    ]],
                },
            ],
        }
    }

    #[test]
    fn markdown_marks_words_and_escapes_pipes() {
        let md = to_markdown(&sample());
        assert!(md.contains("| № | Текст |"), "{md}");
        assert!(
            md.contains("Размещение **\\| распространение****~~x~~**"),
            "{md}"
        );
    }

    #[test]
    fn html_is_escaped_and_tagged() {
        let html = to_html(&sample());
        assert!(html.contains("<html lang=\"ru\">"));
        assert!(html.contains("&lt;&amp;&gt;"));
        assert!(html.contains("<thead>"));
        assert!(
            !html.contains("заведомо"),
            "a tracked deletion is Word's only"
        );
        assert!(html.contains("<del class=\"struck\">x</del>"));
        assert!(html.contains("size:A4 landscape"));
    }

    #[test]
    fn docx_has_revisions_a_repeated_header_and_landscape() {
        let mut bytes = Vec::new();
        write_docx(&sample(), &mut bytes).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        roxmltree::Document::parse(&xml).unwrap();
        assert!(xml.contains("<w:tblHeader/>"));
        assert!(xml.contains("w:orient=\"landscape\""));
        assert!(xml.contains(
            "<w:del w:id=\"0\" w:author=\"lexwatch\" w:date=\"2024-09-09T00:00:00Z\"><w:r><w:delText xml:space=\"preserve\">заведомо </w:delText></w:r></w:del>"
        ));
        assert!(xml.contains("<w:ins w:id=\"1\" w:author=\"lexwatch\""));
        assert!(xml.contains("<w:strike/>"));
        let mut styles = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/styles.xml").unwrap(), &mut styles)
            .unwrap();
        assert!(styles.contains("<w:lang w:val=\"ru\""));
    }
}
