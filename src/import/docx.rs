//! Word documents (`.docx`): the XML inside the zip, read with `zip` and
//! `roxmltree`.
//!
//! Paragraphs and headings (by style or outline level); Word's automatic
//! numbering resolved from `numbering.xml` into the numbers a reader sees
//! («1.», «1)», «а)»), with levels, restarts (`w:startOverride`) and lists
//! that continue across paragraphs of other kinds; tables as one line per
//! row («cell | cell»); footnotes and endnotes as editorial notes after the
//! paragraph that cites them; fields and hyperlinks as their text. Tracked
//! changes (`w:ins`, `w:del`, `w:moveTo`, `w:moveFrom`) give two texts:
//! [`Revisions::Accepted`] keeps insertions, [`Revisions::Original`] keeps
//! deletions.

use super::{Block, BlockKind, Revisions};
use roxmltree::{Document, Node};
use std::collections::HashMap;
use std::io::Read;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A document read into blocks.
pub(super) struct Docx {
    pub blocks: Vec<Block>,
    /// Whether the document has tracked changes.
    pub has_revisions: bool,
}

/// Reads a .docx; the error is the reason, for a one-line message.
pub(super) fn read(bytes: &[u8], revisions: Revisions) -> Result<Docx, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a valid .docx (the zip container is damaged: {e})"))?;
    let document = part(&mut zip, "word/document.xml")?
        .ok_or("not a Word document (the zip has no word/document.xml)")?;
    let numbering = part(&mut zip, "word/numbering.xml")?;
    let styles = part(&mut zip, "word/styles.xml")?;
    let footnotes = part(&mut zip, "word/footnotes.xml")?;
    let endnotes = part(&mut zip, "word/endnotes.xml")?;
    let parse = |name: &str, text: &str| -> Result<(), String> {
        Document::parse(text)
            .map(|_| ())
            .map_err(|e| format!("{name} is not well-formed XML ({e})"))
    };
    parse("word/document.xml", &document)?;
    let numbering_doc = numbering.as_deref().map(Document::parse).transpose();
    let numbering_doc = numbering_doc.map_err(|e| format!("word/numbering.xml: {e}"))?;
    let styles_doc = styles.as_deref().map(Document::parse).transpose();
    let styles_doc = styles_doc.map_err(|e| format!("word/styles.xml: {e}"))?;
    let doc = Document::parse(&document).map_err(|e| format!("word/document.xml: {e}"))?;
    let mut notes = HashMap::new();
    for (name, text) in [("footnote", &footnotes), ("endnote", &endnotes)] {
        if let Some(text) = text {
            let d = Document::parse(text).map_err(|e| format!("word/{name}s.xml: {e}"))?;
            for n in d.descendants().filter(|n| is(n, name)) {
                if n.attribute((W, "type")).is_some_and(|t| t != "normal") {
                    continue;
                }
                if let Some(id) = n.attribute((W, "id")) {
                    let text = node_text(n, revisions);
                    notes.insert((name.to_string(), id.to_string()), text);
                }
            }
        }
    }
    let mut reader = Reader {
        revisions,
        numbering: numbering_doc
            .as_ref()
            .map(Numbering::read)
            .unwrap_or_default(),
        styles: styles_doc.as_ref().map(Styles::read).unwrap_or_default(),
        notes,
        blocks: Vec::new(),
        paragraphs: 0,
        has_revisions: false,
    };
    reader.has_revisions = doc
        .descendants()
        .any(|n| is(&n, "ins") || is(&n, "del") || is(&n, "moveTo") || is(&n, "moveFrom"));
    let body = doc
        .descendants()
        .find(|n| is(n, "body"))
        .ok_or("word/document.xml has no w:body")?;
    reader.container(body);
    Ok(Docx {
        blocks: reader.blocks,
        has_revisions: reader.has_revisions,
    })
}

/// Reads one part of the package as text; `None` when it is absent.
fn part(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, String> {
    let mut file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("cannot read {name} ({e})")),
    };
    // A part is XML: refuse a decompression bomb rather than fill memory.
    const LIMIT: u64 = 256 * 1024 * 1024;
    if file.size() > LIMIT {
        return Err(format!("{name} is larger than 256 MB"));
    }
    let mut text = String::new();
    file.read_to_string(&mut text)
        .map_err(|e| format!("cannot read {name} ({e})"))?;
    Ok(Some(text))
}

fn is(node: &Node<'_, '_>, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(W)
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| is(c, name))
}

fn val(node: Option<Node<'_, '_>>) -> Option<String> {
    node.and_then(|n| n.attribute((W, "val")))
        .map(str::to_string)
}

struct Reader {
    revisions: Revisions,
    numbering: Numbering,
    styles: Styles,
    notes: HashMap<(String, String), String>,
    blocks: Vec<Block>,
    paragraphs: usize,
    has_revisions: bool,
}

impl Reader {
    /// The body, a table cell or a content control: paragraphs and tables in order.
    fn container(&mut self, node: Node<'_, '_>) {
        for c in node.children().filter(Node::is_element) {
            let name = c.tag_name().name();
            match name {
                "p" => self.paragraph(c),
                "tbl" => self.table(c),
                "sdt" | "sdtContent" | "customXml" => self.container(c),
                // A block-level insertion or deletion wraps whole paragraphs.
                "ins" | "moveTo" if self.revisions == Revisions::Accepted => self.container(c),
                "del" | "moveFrom" if self.revisions == Revisions::Original => self.container(c),
                _ => {}
            }
        }
    }

    fn paragraph(&mut self, p: Node<'_, '_>) {
        self.paragraphs += 1;
        let line = self.paragraphs;
        let ppr = child(p, "pPr");
        let style = val(ppr.and_then(|n| child(n, "pStyle")));
        let style_info = style.as_deref().and_then(|s| self.styles.get(s));
        let (num_id, ilvl) = match ppr.and_then(|n| child(n, "numPr")) {
            Some(numpr) => (
                val(child(numpr, "numId")),
                val(child(numpr, "ilvl")).and_then(|v| v.parse().ok()),
            ),
            None => (None, None),
        };
        let (num_id, ilvl) = match (num_id, style_info) {
            (Some(id), _) => (Some(id), ilvl.unwrap_or(0)),
            (None, Some(s)) => (s.num_id.clone(), ilvl.unwrap_or(s.ilvl)),
            (None, None) => (None, 0),
        };
        let outline = val(ppr.and_then(|n| child(n, "outlineLvl")))
            .and_then(|v| v.parse::<u8>().ok())
            .or(style_info.and_then(|s| s.outline));
        let mut text = node_text(p, self.revisions);
        let mut refs = Vec::new();
        for r in p.descendants() {
            for kind in ["footnote", "endnote"] {
                if is(&r, &format!("{kind}Reference"))
                    && !self.removed(r)
                    && let Some(id) = r.attribute((W, "id"))
                {
                    refs.push((kind.to_string(), id.to_string()));
                }
            }
        }
        // A paragraph with no text of its own does not advance its list.
        if text.trim().is_empty() {
            return;
        }
        if let Some(id) = num_id.filter(|id| id != "0")
            && let Some(number) = self.numbering.next(&id, ilvl)
            && !number.is_empty()
        {
            text = format!("{number} {}", text.trim_start());
        }
        let kind = match outline {
            Some(level) if level < 6 => BlockKind::Heading(level + 1),
            _ => BlockKind::Paragraph,
        };
        self.blocks.push(Block { kind, text, line });
        for key in refs {
            if let Some(note) = self.notes.get(&key) {
                let note = note.trim();
                if !note.is_empty() {
                    self.blocks.push(Block {
                        kind: BlockKind::Editorial,
                        text: note.to_string(),
                        line,
                    });
                }
            }
        }
    }

    /// Whether a node sits in text the chosen revision leaves out.
    fn removed(&self, node: Node<'_, '_>) -> bool {
        node.ancestors().any(|a| excluded(&a, self.revisions))
    }

    fn table(&mut self, tbl: Node<'_, '_>) {
        for tr in tbl.children().filter(|c| is(c, "tr")) {
            self.paragraphs += 1;
            let cells: Vec<String> = tr
                .children()
                .filter(|c| is(c, "tc"))
                .map(|tc| {
                    tc.children()
                        .filter(|p| is(p, "p"))
                        .map(|p| node_text(p, self.revisions))
                        .filter(|t| !t.trim().is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            if cells.iter().any(|c| !c.trim().is_empty()) {
                self.blocks.push(Block {
                    kind: BlockKind::Paragraph,
                    text: cells.join(" | "),
                    line: self.paragraphs,
                });
            }
        }
    }
}

/// Whether an element's content is left out of the chosen revision.
fn excluded(node: &Node<'_, '_>, revisions: Revisions) -> bool {
    match revisions {
        Revisions::Accepted => is(node, "del") || is(node, "moveFrom"),
        Revisions::Original => is(node, "ins") || is(node, "moveTo"),
    }
}

/// The text of a paragraph (or a note) in the chosen revision, whitespace collapsed.
fn node_text(node: Node<'_, '_>, revisions: Revisions) -> String {
    let mut out = String::new();
    collect(node, revisions, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn collect(node: Node<'_, '_>, revisions: Revisions, out: &mut String) {
    for c in node.children().filter(Node::is_element) {
        if excluded(&c, revisions) || c.tag_name().namespace() != Some(W) {
            continue;
        }
        match c.tag_name().name() {
            "t" => out.push_str(c.text().unwrap_or("")),
            "delText" if revisions == Revisions::Original => out.push_str(c.text().unwrap_or("")),
            "tab" | "br" | "cr" => out.push(' '),
            "noBreakHyphen" => out.push('-'),
            // Field codes and properties are not text; their results are.
            "instrText" | "pPr" | "rPr" | "delInstrText" => {}
            // Notes are read from their own part.
            "footnoteReference" | "endnoteReference" => {}
            _ => collect(c, revisions, out),
        }
    }
}

/// A paragraph style: its list and outline level.
#[derive(Debug, Clone, Default)]
struct Style {
    num_id: Option<String>,
    ilvl: usize,
    outline: Option<u8>,
}

#[derive(Debug, Default)]
struct Styles(HashMap<String, Style>);

impl Styles {
    fn read(doc: &Document<'_>) -> Styles {
        let mut map = HashMap::new();
        let mut based: HashMap<String, String> = HashMap::new();
        for s in doc.descendants().filter(|n| is(n, "style")) {
            let Some(id) = s.attribute((W, "styleId")) else {
                continue;
            };
            let name = val(child(s, "name")).unwrap_or_default().to_lowercase();
            let ppr = child(s, "pPr");
            let numpr = ppr.and_then(|p| child(p, "numPr"));
            let heading_level = name
                .strip_prefix("heading ")
                .and_then(|n| n.trim().parse::<u8>().ok())
                .map(|n| n.saturating_sub(1));
            let outline = val(ppr.and_then(|p| child(p, "outlineLvl")))
                .and_then(|v| v.parse::<u8>().ok())
                .or(heading_level)
                .or((name == "title").then_some(0));
            let style = Style {
                num_id: val(numpr.and_then(|n| child(n, "numId"))),
                ilvl: val(numpr.and_then(|n| child(n, "ilvl")))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0),
                outline,
            };
            if let Some(parent) = val(child(s, "basedOn")) {
                based.insert(id.to_string(), parent);
            }
            map.insert(id.to_string(), style);
        }
        // A style inherits its parent's list and level when it sets none.
        let ids: Vec<String> = map.keys().cloned().collect();
        for id in ids {
            let mut parent = based.get(&id).cloned();
            let mut hops = 0;
            while let Some(p) = parent {
                hops += 1;
                if hops > 16 {
                    break;
                }
                let inherited = map.get(&p).cloned().unwrap_or_default();
                if let Some(s) = map.get_mut(&id) {
                    if s.num_id.is_none() && inherited.num_id.is_some() {
                        s.num_id = inherited.num_id;
                        s.ilvl = inherited.ilvl;
                    }
                    if s.outline.is_none() {
                        s.outline = inherited.outline;
                    }
                }
                parent = based.get(&p).cloned();
            }
        }
        Styles(map)
    }

    fn get(&self, id: &str) -> Option<&Style> {
        self.0.get(id)
    }
}

/// One level of a list definition.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u64,
    format: String,
    text: String,
}

/// `numbering.xml`: list definitions and the counters of the lists in use.
#[derive(Debug, Default)]
struct Numbering {
    /// abstractNumId → levels.
    abstracts: HashMap<String, Vec<Level>>,
    /// numId → (abstractNumId, start overrides by level).
    nums: HashMap<String, (String, HashMap<usize, u64>)>,
    /// Counters by abstract list: lists of one definition continue each other.
    counters: HashMap<String, [Option<u64>; 9]>,
    /// numIds already used, so a restart happens once, at a list's first paragraph.
    started: std::collections::HashSet<String>,
}

impl Numbering {
    fn read(doc: &Document<'_>) -> Numbering {
        let mut n = Numbering::default();
        for a in doc.descendants().filter(|x| is(x, "abstractNum")) {
            let Some(id) = a.attribute((W, "abstractNumId")) else {
                continue;
            };
            let mut levels = vec![Level::default(); 9];
            for lvl in a.children().filter(|c| is(c, "lvl")) {
                let Some(i) = lvl
                    .attribute((W, "ilvl"))
                    .and_then(|v| v.parse::<usize>().ok())
                    .filter(|i| *i < 9)
                else {
                    continue;
                };
                levels[i] = Level {
                    start: val(child(lvl, "start"))
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(1),
                    format: val(child(lvl, "numFmt")).unwrap_or_else(|| "decimal".into()),
                    text: val(child(lvl, "lvlText")).unwrap_or_default(),
                };
            }
            n.abstracts.insert(id.to_string(), levels);
        }
        for num in doc.descendants().filter(|x| is(x, "num")) {
            let Some(id) = num.attribute((W, "numId")) else {
                continue;
            };
            let Some(abs) = val(child(num, "abstractNumId")) else {
                continue;
            };
            let mut overrides = HashMap::new();
            for o in num.children().filter(|c| is(c, "lvlOverride")) {
                let level = o.attribute((W, "ilvl")).and_then(|v| v.parse().ok());
                let start = val(child(o, "startOverride")).and_then(|v| v.parse().ok());
                if let (Some(l), Some(s)) = (level, start) {
                    overrides.insert(l, s);
                }
            }
            n.nums.insert(id.to_string(), (abs, overrides));
        }
        n
    }

    /// The number the next paragraph of list `num_id` at level `ilvl` shows.
    fn next(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        let (abs, overrides) = self.nums.get(num_id)?.clone();
        let levels = self.abstracts.get(&abs)?.clone();
        let ilvl = ilvl.min(8);
        let counters = self.counters.entry(abs.clone()).or_insert([None; 9]);
        if self.started.insert(num_id.to_string()) {
            for (level, start) in &overrides {
                if *level < 9 {
                    counters[*level] = Some(start.saturating_sub(1));
                    for deeper in counters.iter_mut().skip(level + 1) {
                        *deeper = None;
                    }
                }
            }
        }
        let start = levels[ilvl].start;
        counters[ilvl] = Some(match counters[ilvl] {
            Some(c) => c + 1,
            None => start,
        });
        for deeper in counters.iter_mut().skip(ilvl + 1) {
            *deeper = None;
        }
        let level = &levels[ilvl];
        if level.format == "bullet" || level.format == "none" {
            return Some(String::new());
        }
        let mut text = level.text.clone();
        for (i, l) in levels.iter().enumerate().take(ilvl + 1) {
            let value = counters[i].unwrap_or(l.start);
            text = text.replace(&format!("%{}", i + 1), &format_number(value, &l.format));
        }
        Some(text)
    }
}

/// A counter in a list format: decimal, letters, roman numerals, Russian letters.
fn format_number(value: u64, format: &str) -> String {
    const RU: [char; 28] = [
        'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т',
        'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
    ];
    let letter = |alphabet: &[char]| -> String {
        let n = alphabet.len() as u64;
        if value == 0 {
            return String::new();
        }
        let index = ((value - 1) % n) as usize;
        let repeat = ((value - 1) / n + 1) as usize;
        alphabet[index].to_string().repeat(repeat)
    };
    match format {
        "lowerLetter" => letter(&('a'..='z').collect::<Vec<_>>()),
        "upperLetter" => letter(&('A'..='Z').collect::<Vec<_>>()),
        "russianLower" => letter(&RU),
        "russianUpper" => letter(&RU.iter().flat_map(|c| c.to_uppercase()).collect::<Vec<_>>()),
        "lowerRoman" => roman(value).to_lowercase(),
        "upperRoman" => roman(value),
        "decimalZero" if value < 10 => format!("0{value}"),
        _ => value.to_string(),
    }
}

fn roman(mut value: u64) -> String {
    const TABLE: [(u64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (n, s) in TABLE {
        while value >= n {
            out.push_str(s);
            value -= n;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn package(document_body: &str, numbering: Option<&str>, footnotes: Option<&str>) -> Vec<u8> {
        let wrap = |root: &str, inner: &str| {
            format!("<?xml version=\"1.0\"?><w:{root} xmlns:w=\"{W}\">{inner}</w:{root}>")
        };
        let mut files = vec![(
            "word/document.xml",
            wrap("document", &format!("<w:body>{document_body}</w:body>")),
        )];
        if let Some(n) = numbering {
            files.push(("word/numbering.xml", wrap("numbering", n)));
        }
        if let Some(f) = footnotes {
            files.push(("word/footnotes.xml", wrap("footnotes", f)));
        }
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, text) in files {
            zip.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap_or_else(|e| panic!("{e}"));
            zip.write_all(text.as_bytes())
                .unwrap_or_else(|e| panic!("{e}"));
        }
        zip.finish().unwrap_or_else(|e| panic!("{e}")).into_inner()
    }

    fn texts(bytes: &[u8], revisions: Revisions) -> Vec<String> {
        read(bytes, revisions)
            .unwrap_or_else(|e| panic!("{e}"))
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    fn p(num: Option<(u32, u32)>, runs: &str) -> String {
        let ppr = num.map_or(String::new(), |(id, lvl)| {
            format!("<w:pPr><w:numPr><w:ilvl w:val=\"{lvl}\"/><w:numId w:val=\"{id}\"/></w:numPr></w:pPr>")
        });
        format!("<w:p>{ppr}{runs}</w:p>")
    }

    fn r(text: &str) -> String {
        format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
    }

    #[test]
    fn resolves_levels_restarts_and_letter_formats() {
        let numbering = "<w:abstractNum w:abstractNumId=\"0\">\
            <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>\
            <w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"russianLower\"/><w:lvlText w:val=\"%2)\"/></w:lvl>\
            <w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl>\
            </w:abstractNum>\
            <w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>\
            <w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
        let body = [
            p(Some((1, 0)), &r("Первая часть")),
            p(Some((1, 1)), &r("подпункт")),
            p(Some((1, 1)), &r("подпункт")),
            p(None, &r("Текст между")),
            p(Some((1, 0)), &r("Вторая часть")),
            p(Some((1, 1)), &r("снова с а")),
            p(Some((1, 2)), &r("маркер")),
            p(Some((2, 0)), &r("Новый список")),
            p(Some((1, 0)), &r("")),
        ]
        .concat();
        assert_eq!(
            texts(&package(&body, Some(numbering), None), Revisions::Accepted),
            [
                "1. Первая часть",
                "а) подпункт",
                "б) подпункт",
                "Текст между",
                "2. Вторая часть",
                "а) снова с а",
                "маркер",
                "1. Новый список"
            ]
        );
    }

    #[test]
    fn footnotes_tables_hyperlinks_and_fields_are_text() {
        let body = format!(
            "{}<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>",
            p(
                None,
                &format!(
                    "{}<w:hyperlink w:anchor=\"x\">{}</w:hyperlink><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{}<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r>",
                    r("Статья 5. "),
                    r("Язык"),
                    r(" масс-медиа")
                )
            ),
            p(None, &r("МРП")),
            p(None, &r("3 692 тенге"))
        );
        let footnotes = format!(
            "<w:footnote w:type=\"separator\" w:id=\"0\">{}</w:footnote><w:footnote w:id=\"2\">{}</w:footnote>",
            p(None, &r("—")),
            p(
                None,
                &r("Сноска. Статья 5 изменена Законом РК от 19.06.2024 № 95-VIII.")
            )
        );
        let doc = read(&package(&body, None, Some(&footnotes)), Revisions::Accepted)
            .unwrap_or_else(|e| panic!("{e}"));
        let blocks: Vec<(BlockKind, &str)> = doc
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str()))
            .collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Paragraph, "Статья 5. Язык масс-медиа"),
                (
                    BlockKind::Editorial,
                    "Сноска. Статья 5 изменена Законом РК от 19.06.2024 № 95-VIII."
                ),
                (BlockKind::Paragraph, "МРП | 3 692 тенге"),
            ]
        );
        assert!(!doc.has_revisions);
    }

    #[test]
    fn tracked_changes_give_the_accepted_or_the_original_text() {
        let body = [
            p(
                None,
                &format!(
                    "{}<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>заведомо </w:delText></w:r></w:del>{}<w:ins w:id=\"2\" w:author=\"A\">{}</w:ins>",
                    r("Распространение "),
                    r("ложной информации"),
                    r(" в онлайн-платформах")
                ),
            ),
            format!("<w:ins w:id=\"3\" w:author=\"A\">{}</w:ins>", p(None, &r("2. Новая часть."))),
            p(
                None,
                &format!("<w:ins w:id=\"4\" w:author=\"A\">{}</w:ins>", r("3. Целиком новая.")),
            ),
        ]
        .concat();
        let bytes = package(&body, None, None);
        assert!(read(&bytes, Revisions::Accepted).is_ok_and(|d| d.has_revisions));
        assert_eq!(
            texts(&bytes, Revisions::Accepted),
            [
                "Распространение ложной информации в онлайн-платформах",
                "2. Новая часть.",
                "3. Целиком новая."
            ]
        );
        assert_eq!(
            texts(&bytes, Revisions::Original),
            ["Распространение заведомо ложной информации"]
        );
    }

    #[test]
    fn damaged_documents_say_what_is_wrong() {
        let err = |bytes: &[u8]| read(bytes, Revisions::Accepted).err().unwrap_or_default();
        assert!(err(b"PK\x03\x04garbage").contains("not a valid .docx"));
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("readme.txt", zip::write::SimpleFileOptions::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let bytes = zip.finish().unwrap_or_else(|e| panic!("{e}")).into_inner();
        assert!(err(&bytes).contains("no word/document.xml"));
        let broken = package("<w:p><w:r><w:t>unclosed", None, None);
        assert!(
            err(&broken).contains("not well-formed XML"),
            "{}",
            err(&broken)
        );
    }
}
