//! The parts of a Word package (Office Open XML) that every .docx shares:
//! content types, relationships, the styles, and the zip they go in.
//!
//! The body is written by [`super::document::write_docx`] from the document
//! model; the zip has fixed timestamps, so the same input gives the same bytes.

use std::io::{self, Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

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
<w:style w:type="paragraph" w:styleId="Lead"><w:name w:val="Lead"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="567" w:hanging="283"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
"#;

/// The borders every table gets, also set directly in case a reader ignores the style.
pub(crate) const TABLE_BORDERS: &str = r#"<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders>"#;

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

#[cfg(test)]
mod tests {
    use crate::analyze::lexicon::Lexicon;
    use crate::render::{
        CommentaryFormat, CommentaryOptions, hostile_report, sample_report, write_commentary,
    };
    use crate::statute::Language;
    use std::io::{Cursor, Read};

    fn docx(report: &crate::analyze::Report) -> Vec<u8> {
        let lexicon = Lexicon::builtin();
        let options = CommentaryOptions {
            lang: Language::En,
            all: false,
            sources: false,
            lexicon: &lexicon,
        };
        let mut out = Vec::new();
        write_commentary(report, CommentaryFormat::Docx, &options, &mut out).unwrap();
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
        assert!(text.contains("Fine on individuals raised"), "{text}");
        assert!(text.contains("Delete the words «нарушающей общественный порядок»"));
        assert!(text.contains("Commentary on Кодекс Республики Казахстан"));
        // Headings use the heading styles.
        let styles: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name((W, "pStyle")))
            .filter_map(|n| n.attribute((W, "val")))
            .collect();
        for style in [
            "Heading1", "Heading2", "Heading3", "Heading4", "Quote", "Lead",
        ] {
            assert!(styles.contains(&style), "{style}");
        }
        // Tables: versions, summary, penalties, other changes, with borders.
        let tables = doc
            .descendants()
            .filter(|n| n.has_tag_name((W, "tbl")))
            .count();
        assert_eq!(tables, 4);
        assert!(xml.contains("<w:tblBorders>"));
        // The redline is tracked changes: deletions and insertions as revisions.
        let revised = |tag: &str| -> Vec<String> {
            doc.descendants()
                .filter(|n| n.has_tag_name((W, tag)))
                .map(|r| {
                    r.descendants()
                        .filter(|n| n.has_tag_name((W, "t")) || n.has_tag_name((W, "delText")))
                        .filter_map(|t| t.text())
                        .collect()
                })
                .collect()
        };
        assert!(revised("del").iter().any(|t| t.contains("пятидесяти")));
        assert!(revised("ins").iter().any(|t| t.contains("ста")));
        assert!(runs_with(&doc, "strike").is_empty());
    }

    #[test]
    fn hostile_text_stays_text() {
        let bytes = docx(&hostile_report());
        let xml = part(&bytes, "word/document.xml");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let text = paragraphs(&doc).join("\n");
        assert!(
            text.contains("<script>alert(1)</script> & \"quoted\" 'single'"),
            "{text}"
        );
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
