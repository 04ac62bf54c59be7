//! DOCX output: lexwatch Markdown as a Word document (Office Open XML).
//!
//! The Markdown is read into comrak's tree (the same reading the HTML
//! renderer uses) and each node becomes WordprocessingML: headings with the
//! Heading styles, paragraphs, bordered tables, quoted statute text, and the
//! redline with deletions struck through in red and insertions underlined in
//! green. All text goes through [`escape_html`]; the zip has fixed
//! timestamps, so the same input gives the same bytes.

use super::html::{escape_html, parse};
use comrak::Arena;
use comrak::nodes::{ListDelimType, ListType, Node, NodeValue, TableAlignment};
use std::io::{self, Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// The width of the text on an A4 page with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9638;

pub(crate) const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
"#;

pub(crate) const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
"#;

pub(crate) const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
"#;

pub(crate) const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="999999"/></w:pBdr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="3"/></w:pPr><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="BBBBBB"/></w:pBdr><w:spacing w:after="60"/><w:ind w:left="567" w:right="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="567" w:hanging="283"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
"#;

/// The borders every table gets, also set directly in case a reader ignores the style.
pub(crate) const TABLE_BORDERS: &str = r#"<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders>"#;

/// Writes lexwatch Markdown as a .docx file.
pub(crate) fn write_document(title: &str, markdown: &str, out: &mut dyn Write) -> io::Result<()> {
    let arena = Arena::new();
    let root = parse(&arena, markdown);
    let mut body = Body::default();
    body.blocks(root, &Context::default());
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title>\
         <dc:creator>lexwatch</dc:creator></cp:coreProperties>\n",
        escape_html(title)
    );
    let parts: [(&str, &str); 6] = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", &core),
        ("word/document.xml", &body.finish()),
        ("word/styles.xml", STYLES),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
    ];
    write_package(&parts, out)
}

/// Writes the parts of a WordprocessingML package as one zip, with fixed
/// timestamps so the same document gives the same bytes.
pub(crate) fn write_package(parts: &[(&str, &str)], out: &mut dyn Write) -> io::Result<()> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        zip.start_file(*name, options).map_err(io::Error::other)?;
        zip.write_all(content.as_bytes())?;
    }
    let bytes = zip.finish().map_err(io::Error::other)?.into_inner();
    out.write_all(&bytes)
}

/// Where a block sits.
#[derive(Debug, Clone, Default)]
struct Context {
    /// Inside a block quote: quoted statute text.
    quote: bool,
    /// How many lists deep.
    depth: usize,
}

/// How a run of text looks.
#[derive(Debug, Clone, Copy, Default)]
struct Look {
    bold: bool,
    italic: bool,
    code: bool,
    /// Deleted words of a redline: struck through, red.
    deleted: bool,
    /// Inserted words of a redline: underlined, green.
    inserted: bool,
}

/// The body of `word/document.xml`, built node by node.
#[derive(Debug, Default)]
struct Body {
    xml: String,
    /// Whether the last block written was a table (Word wants a paragraph after one).
    after_table: bool,
}

impl Body {
    /// The whole `word/document.xml`.
    fn finish(mut self) -> String {
        if self.after_table || self.xml.is_empty() {
            self.xml.push_str("<w:p/>");
        }
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
             <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
             <w:body>{}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
             <w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" \
             w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>\n",
            self.xml
        )
    }

    /// Writes the block children of a node.
    fn blocks<'a>(&mut self, node: Node<'a>, ctx: &Context) {
        for child in node.children() {
            self.block(child, ctx);
        }
    }

    fn block<'a>(&mut self, node: Node<'a>, ctx: &Context) {
        let value = node.data().value.clone();
        match value {
            NodeValue::Heading(h) => {
                let style = format!("Heading{}", h.level.clamp(1, 4));
                self.paragraph(node, Some(&style), ctx, None);
            }
            NodeValue::Paragraph => {
                let style = if ctx.quote { Some("Quote") } else { None };
                self.paragraph(node, style, ctx, None);
            }
            NodeValue::BlockQuote => {
                let inner = Context {
                    quote: true,
                    ..ctx.clone()
                };
                self.blocks(node, &inner);
            }
            NodeValue::List(_) => {
                let inner = Context {
                    depth: ctx.depth + 1,
                    ..ctx.clone()
                };
                for item in node.children() {
                    self.item(item, &inner);
                }
            }
            NodeValue::Table(table) => self.table(node, &table.alignments),
            NodeValue::ThematicBreak => {
                self.xml.push_str(
                    "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" \
                     w:space=\"1\" w:color=\"auto\"/></w:pBdr></w:pPr></w:p>",
                );
                self.after_table = false;
            }
            NodeValue::CodeBlock(code) => {
                for text in code.literal.lines() {
                    self.literal_paragraph(text, ctx);
                }
            }
            NodeValue::HtmlBlock(html) => {
                for text in html.literal.lines() {
                    self.literal_paragraph(text, ctx);
                }
            }
            _ => self.blocks(node, ctx),
        }
    }

    /// A list item: its first paragraph carries the marker, in a list paragraph.
    fn item<'a>(&mut self, item: Node<'a>, ctx: &Context) {
        let marker = match &item.data().value {
            NodeValue::Item(list) => match list.list_type {
                ListType::Bullet => "•\t".to_string(),
                ListType::Ordered => {
                    let delimiter = match list.delimiter {
                        ListDelimType::Period => '.',
                        ListDelimType::Paren => ')',
                    };
                    format!("{}{delimiter}\t", list.start)
                }
            },
            _ => String::new(),
        };
        let mut marker = Some(marker);
        for child in item.children() {
            let is_paragraph = matches!(child.data().value, NodeValue::Paragraph);
            if is_paragraph {
                self.paragraph(child, Some("ListParagraph"), ctx, marker.take().as_deref());
            } else {
                self.block(child, ctx);
            }
        }
    }

    /// The paragraph properties: style, and the indent of nested lists.
    fn paragraph_properties(&mut self, style: Option<&str>, ctx: &Context, align: &str) {
        let indent = (ctx.depth > 1).then(|| 567 * ctx.depth);
        if style.is_none() && indent.is_none() && align.is_empty() {
            return;
        }
        self.xml.push_str("<w:pPr>");
        if let Some(style) = style {
            self.xml
                .push_str(&format!("<w:pStyle w:val=\"{}\"/>", escape_html(style)));
        }
        if let Some(left) = indent {
            self.xml
                .push_str(&format!("<w:ind w:left=\"{left}\" w:hanging=\"283\"/>"));
        }
        if !align.is_empty() {
            self.xml.push_str(&format!("<w:jc w:val=\"{align}\"/>"));
        }
        self.xml.push_str("</w:pPr>");
    }

    fn paragraph<'a>(
        &mut self,
        node: Node<'a>,
        style: Option<&str>,
        ctx: &Context,
        marker: Option<&str>,
    ) {
        self.xml.push_str("<w:p>");
        self.paragraph_properties(style, ctx, "");
        if let Some(marker) = marker {
            self.run(marker, Look::default());
        }
        self.inlines(node, Look::default());
        self.xml.push_str("</w:p>");
        self.after_table = false;
    }

    /// A paragraph of literal text (code, or raw HTML shown as text).
    fn literal_paragraph(&mut self, text: &str, ctx: &Context) {
        self.xml.push_str("<w:p>");
        let style = if ctx.quote { Some("Quote") } else { None };
        self.paragraph_properties(style, ctx, "");
        self.run(
            text,
            Look {
                code: !ctx.quote,
                ..Look::default()
            },
        );
        self.xml.push_str("</w:p>");
        self.after_table = false;
    }

    fn inlines<'a>(&mut self, node: Node<'a>, look: Look) {
        for child in node.children() {
            let value = child.data().value.clone();
            match value {
                NodeValue::Text(text) => self.run(&text, look),
                NodeValue::Code(code) => self.run(&code.literal, Look { code: true, ..look }),
                NodeValue::HtmlInline(html) => self.run(&html, look),
                NodeValue::SoftBreak => self.run(" ", look),
                NodeValue::LineBreak => self.xml.push_str("<w:r><w:br/></w:r>"),
                NodeValue::Strong => self.inlines(child, Look { bold: true, ..look }),
                NodeValue::Emph => self.inlines(
                    child,
                    Look {
                        italic: true,
                        ..look
                    },
                ),
                NodeValue::Strikethrough => self.inlines(
                    child,
                    Look {
                        deleted: true,
                        ..look
                    },
                ),
                NodeValue::Insert => self.inlines(
                    child,
                    Look {
                        inserted: true,
                        ..look
                    },
                ),
                _ => self.inlines(child, look),
            }
        }
    }

    /// One run of text; properties in the order the schema lists them.
    fn run(&mut self, text: &str, look: Look) {
        if text.is_empty() {
            return;
        }
        self.xml.push_str("<w:r>");
        let mut props = String::new();
        if look.code {
            props.push_str(
                "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>",
            );
        }
        if look.bold {
            props.push_str("<w:b/><w:bCs/>");
        }
        if look.italic {
            props.push_str("<w:i/><w:iCs/>");
        }
        if look.deleted {
            props.push_str("<w:strike/><w:color w:val=\"C00000\"/>");
        } else if look.inserted {
            props.push_str("<w:color w:val=\"007A33\"/>");
        }
        if look.inserted {
            props.push_str("<w:u w:val=\"single\"/>");
        }
        if !props.is_empty() {
            self.xml.push_str(&format!("<w:rPr>{props}</w:rPr>"));
        }
        // A tab is its own element in WordprocessingML.
        for (i, piece) in text.split('\t').enumerate() {
            if i > 0 {
                self.xml.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                self.xml.push_str(&format!(
                    "<w:t xml:space=\"preserve\">{}</w:t>",
                    escape_html(piece)
                ));
            }
        }
        self.xml.push_str("</w:r>");
    }

    /// A table with borders, a repeated bold header row, and equal columns.
    fn table<'a>(&mut self, node: Node<'a>, alignments: &[TableAlignment]) {
        let columns = alignments.len().max(1);
        let width = TEXT_WIDTH / columns;
        self.xml
            .push_str("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>");
        self.xml.push_str("<w:tblW w:w=\"5000\" w:type=\"pct\"/>");
        self.xml.push_str(TABLE_BORDERS);
        self.xml.push_str("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>");
        self.xml.push_str("</w:tblPr><w:tblGrid>");
        for _ in 0..columns {
            self.xml.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
        }
        self.xml.push_str("</w:tblGrid>");
        let ctx = Context::default();
        for row in node.children() {
            let header = matches!(row.data().value, NodeValue::TableRow(true));
            self.xml.push_str("<w:tr>");
            if header {
                self.xml.push_str("<w:trPr><w:tblHeader/></w:trPr>");
            }
            let cells: Vec<Node<'a>> = row.children().collect();
            for i in 0..columns {
                self.xml.push_str(&format!(
                    "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"
                ));
                if header {
                    self.xml
                        .push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E8E8E8\"/>");
                }
                self.xml.push_str("</w:tcPr><w:p>");
                let align = match alignments.get(i) {
                    Some(TableAlignment::Right) => "right",
                    Some(TableAlignment::Center) => "center",
                    _ => "",
                };
                self.paragraph_properties(Some("TableText"), &ctx, align);
                if let Some(cell) = cells.get(i) {
                    self.inlines(
                        cell,
                        Look {
                            bold: header,
                            ..Look::default()
                        },
                    );
                }
                self.xml.push_str("</w:p></w:tc>");
            }
            self.xml.push_str("</w:tr>");
        }
        self.xml.push_str("</w:tbl>");
        self.after_table = true;
    }
}

#[cfg(test)]
mod tests {
    use crate::render::{
        CommentaryFormat, CommentaryOptions, hostile_report, sample_report, write_commentary,
    };
    use std::io::{Cursor, Read};

    fn docx(report: &crate::analyze::Report) -> Vec<u8> {
        let mut out = Vec::new();
        write_commentary(
            report,
            CommentaryFormat::Docx,
            &CommentaryOptions::default(),
            &mut out,
        )
        .unwrap();
        out
    }

    fn part(bytes: &[u8], name: &str) -> String {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut file = archive.by_name(name).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        text
    }

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// The text of each paragraph in the body.
    fn paragraphs(doc: &roxmltree::Document<'_>) -> Vec<String> {
        doc.descendants()
            .filter(|n| n.has_tag_name((W, "p")))
            .map(|p| {
                p.descendants()
                    .filter(|n| n.has_tag_name((W, "t")))
                    .filter_map(|t| t.text())
                    .collect()
            })
            .collect()
    }

    /// The runs with a property, as their text.
    fn runs_with(doc: &roxmltree::Document<'_>, property: &str) -> Vec<String> {
        doc.descendants()
            .filter(|n| n.has_tag_name((W, "r")))
            .filter(|r| r.descendants().any(|n| n.has_tag_name((W, property))))
            .map(|r| {
                r.descendants()
                    .filter(|n| n.has_tag_name((W, "t")))
                    .filter_map(|t| t.text())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn is_a_zip_of_well_formed_parts() {
        let bytes = docx(&sample_report());
        assert!(bytes.starts_with(b"PK\x03\x04"));
        let archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
        let names: Vec<String> = archive
            .file_names()
            .map(|n| n.unwrap().into_owned())
            .collect();
        for name in [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "word/document.xml",
            "word/styles.xml",
            "word/_rels/document.xml.rels",
        ] {
            assert!(
                names.iter().any(|n| n == name),
                "{name} missing from {names:?}"
            );
            let text = part(&bytes, name);
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        let styles = part(&bytes, "word/styles.xml");
        for id in [
            "Heading1",
            "Heading2",
            "Heading3",
            "Heading4",
            "Quote",
            "TableGrid",
        ] {
            assert!(styles.contains(&format!("w:styleId=\"{id}\"")), "{id}");
        }
    }

    #[test]
    fn document_holds_findings_tables_and_redline() {
        let bytes = docx(&sample_report());
        let xml = part(&bytes, "word/document.xml");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let text = paragraphs(&doc).join("\n");
        for finding in sample_report().changes.iter().flat_map(|c| &c.findings) {
            assert!(text.contains(&finding.message), "{}", finding.message);
        }
        assert!(text.contains("Delete the words «нарушающей общественный порядок»"));
        assert!(text.contains("Commentary on Кодекс Республики Казахстан"));
        // Headings use the heading styles.
        let styles: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name((W, "pStyle")))
            .filter_map(|n| n.attribute((W, "val")))
            .collect();
        for style in ["Heading1", "Heading2", "Heading3", "Heading4", "Quote"] {
            assert!(styles.contains(&style), "{style}");
        }
        // Tables: versions, summary, penalties, other changes, with borders.
        let tables = doc
            .descendants()
            .filter(|n| n.has_tag_name((W, "tbl")))
            .count();
        assert_eq!(tables, 4);
        assert!(xml.contains("<w:tblBorders>"));
        // Deletions struck through, insertions underlined.
        let struck = runs_with(&doc, "strike");
        assert!(
            struck.iter().any(|t| t.contains("пятидесяти")),
            "{struck:?}"
        );
        let underlined = runs_with(&doc, "u");
        assert!(
            underlined.iter().any(|t| t.contains("ста")),
            "{underlined:?}"
        );
        assert!(!underlined.iter().any(|t| t.contains("пятидесяти")));
    }

    #[test]
    fn hostile_text_stays_text() {
        let bytes = docx(&hostile_report());
        let xml = part(&bytes, "word/document.xml");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let text = paragraphs(&doc).join("\n");
        assert!(text.contains("<script>alert(1)</script> & \"quoted\" 'single'"));
        assert!(!xml.contains("<script>"));
        let core = part(&bytes, "docProps/core.xml");
        roxmltree::Document::parse(&core).unwrap();
    }

    #[test]
    fn subparagraph_numbers_survive() {
        let mut report = sample_report();
        if let Some(side) = report.changes[1].change.new.as_mut() {
            side.text = "Grounds:\n1) first ground;\n2) second ground.\n- a dash".to_string();
        }
        let bytes = docx(&report);
        let xml = part(&bytes, "word/document.xml");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let paragraphs = paragraphs(&doc);
        for line in ["1) first ground;", "2) second ground.", "- a dash"] {
            assert!(
                paragraphs.iter().any(|p| p == line),
                "{line}: {paragraphs:?}"
            );
        }
    }

    #[test]
    fn is_deterministic() {
        assert_eq!(docx(&sample_report()), docx(&sample_report()));
    }
}
