//! Web pages: the text of an act as the official legal information system
//! (adilet.zan.kz) and parliament sites publish it, or any plain HTML
//! document, read with a real HTML parser (html5ever, through `scraper`).
//!
//! Navigation, scripts, styles, forms and page chrome are dropped; headings,
//! paragraphs, list items, table rows and line breaks become blocks.
//! Amendment notes («Сноска. …», often in their own block or a block with a
//! class such as `note`) become editorial notes. An ordered list's items get
//! the numbers a browser shows, unless their text already starts with one.

use super::{Block, BlockKind};
use scraper::{ElementRef, Html};

/// Whether decoded text looks like an HTML document.
pub(super) fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
}

/// Reads an HTML document into blocks.
pub(super) fn read(text: &str) -> Vec<Block> {
    let document = Html::parse_document(text);
    let mut reader = Reader {
        blocks: Vec::new(),
        buffer: String::new(),
        kind: BlockKind::Paragraph,
        count: 0,
    };
    reader.element(document.root_element(), false);
    reader.flush();
    reader.blocks
}

struct Reader {
    blocks: Vec<Block>,
    buffer: String,
    kind: BlockKind,
    /// Blocks seen, standing in for a line number in warnings.
    count: usize,
}

/// Elements whose content is never statute text.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "nav", "header", "footer", "form", "button",
    "select", "option", "aside", "iframe", "svg", "menu", "object", "canvas",
];

/// Elements that start and end a block.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "tr",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "main",
    "table",
    "ul",
    "ol",
    "dl",
    "center",
    "address",
    "figcaption",
];

/// Class or id words that mark page chrome rather than the act.
const CHROME: &[&str] = &[
    "menu",
    "navbar",
    "breadcrumb",
    "sidebar",
    "cookie",
    "share",
    "social",
    "pagination",
    "toolbar",
];

impl Reader {
    fn element(&mut self, el: ElementRef<'_>, editorial: bool) {
        let name = el.value().name();
        if SKIPPED.contains(&name) || is_chrome(el) {
            return;
        }
        if name == "br" {
            self.flush();
            return;
        }
        let editorial = editorial || is_note(el);
        let block = BLOCKS.contains(&name);
        if block {
            self.flush();
        }
        if let Some(level) = heading_level(name) {
            self.kind = BlockKind::Heading(level);
        } else if name == "p" && all_bold(el) {
            // A paragraph set wholly in bold is how the legal information
            // system sets article headings («Статья 5. …») and signatures.
            self.kind = BlockKind::Heading(3);
        }
        let mut item = 0u64;
        let start: u64 = el
            .value()
            .attr("start")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(1);
        let mut first_cell = true;
        for child in el.children() {
            if let Some(child_el) = ElementRef::wrap(child) {
                let child_name = child_el.value().name();
                if name == "ol" && child_name == "li" {
                    self.flush();
                    let number = start + item;
                    item += 1;
                    let before = self.blocks.len();
                    self.element(child_el, editorial);
                    self.flush();
                    // The number the browser shows, when the text has none.
                    if let Some(b) = self.blocks.get_mut(before)
                        && !b.text.starts_with(|c: char| c.is_ascii_digit())
                    {
                        b.text = format!("{number}. {}", b.text);
                    }
                    continue;
                }
                if name == "tr" && matches!(child_name, "td" | "th") {
                    if !first_cell {
                        self.buffer.push_str(" | ");
                    }
                    first_cell = false;
                    self.inline(child_el);
                    continue;
                }
                self.element(child_el, editorial);
            } else if let Some(text) = child.value().as_text() {
                self.push_text(text);
            }
        }
        if editorial && block {
            self.kind = BlockKind::Editorial;
        }
        if block || heading_level(name).is_some() {
            self.flush();
        }
    }

    /// The text of a table cell, on the row's line.
    fn inline(&mut self, el: ElementRef<'_>) {
        for child in el.children() {
            if let Some(child_el) = ElementRef::wrap(child) {
                if SKIPPED.contains(&child_el.value().name()) {
                    continue;
                }
                self.inline(child_el);
            } else if let Some(text) = child.value().as_text() {
                self.push_text(text);
            }
        }
    }

    fn push_text(&mut self, text: &str) {
        for (i, word) in text.split(char::is_whitespace).enumerate() {
            if i > 0 && !self.buffer.ends_with(' ') && !self.buffer.is_empty() {
                self.buffer.push(' ');
            }
            self.buffer.push_str(word);
        }
    }

    fn flush(&mut self) {
        let text = self.buffer.split_whitespace().collect::<Vec<_>>().join(" ");
        self.buffer.clear();
        let kind = std::mem::replace(&mut self.kind, BlockKind::Paragraph);
        if text.is_empty() {
            return;
        }
        self.count += 1;
        self.blocks.push(Block {
            kind,
            text,
            line: self.count,
        });
    }
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

fn words_of(el: ElementRef<'_>) -> impl Iterator<Item = String> + '_ {
    ["class", "id", "role"]
        .into_iter()
        .filter_map(move |a| el.value().attr(a))
        .flat_map(|v| v.split_whitespace())
        .map(str::to_lowercase)
}

fn is_chrome(el: ElementRef<'_>) -> bool {
    words_of(el).any(|w| {
        w == "navigation"
            || w == "banner"
            || w == "contentinfo"
            || CHROME.iter().any(|c| w.contains(c))
    })
}

/// An amendment note's block: `class="note"`, `class="sno…"`, `class="footnote"`.
fn is_note(el: ElementRef<'_>) -> bool {
    words_of(el).any(|w| w == "note" || w.starts_with("footnote") || w.starts_with("sno"))
}

/// Whether every letter of an element's text is inside `<b>` or `<strong>`.
fn all_bold(el: ElementRef<'_>) -> bool {
    let mut any = false;
    for node in el.descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        any = true;
        let bold = node.ancestors().take_while(|a| a.id() != el.id()).any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "b" | "strong"))
        });
        if !bold {
            return false;
        }
    }
    any
}
