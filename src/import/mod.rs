//! Drafts as they are published: Word documents, web pages, PDF text and
//! legacy encodings turned into lexwatch's statute Markdown.
//!
//! Each reader turns its input into a list of [`Block`]s — headings,
//! paragraphs and editorial notes with the numbers a reader sees — and one
//! writer turns blocks into a statute file: front matter with the title and
//! the detected language, chapters and articles as headings, paragraphs as
//! they are numbered. The result is parsed before it is returned, so an
//! import either gives a text `record` accepts or says why not. This module
//! reads bytes and returns text; it never touches a repository.

mod docx;
mod html;
mod pdf;
mod text;

use crate::statute::{Language, Statute, UnitKind};
use crate::util::regex;
use regex::Regex;
use serde::Serialize;
use std::sync::LazyLock;

/// Which text of a Word document with tracked changes to import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Revisions {
    /// Insertions kept, deletions dropped: the text as the author proposes it.
    #[default]
    Accepted,
    /// Deletions kept, insertions dropped: the text before the changes.
    Original,
}

/// The kinds of input lexwatch imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Word 2007+ (`.docx`).
    Docx,
    /// A web page.
    Html,
    /// Plain text in any of the supported encodings (text copied from a PDF too).
    Text,
    /// A PDF with a text layer.
    Pdf,
}

impl InputFormat {
    /// The name used in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            InputFormat::Docx => "Word document",
            InputFormat::Html => "web page",
            InputFormat::Text => "plain text",
            InputFormat::Pdf => "PDF",
        }
    }
}

/// Why a file cannot be imported.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The file is of a kind lexwatch does not read.
    #[error("{file}: {reason}")]
    Unsupported {
        /// The file as named on the command line.
        file: String,
        /// What it is and what to do instead.
        reason: String,
    },
    /// The file is of a supported kind but cannot be read.
    #[error("{file}: {reason}")]
    Unreadable {
        /// The file as named on the command line.
        file: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The file was read but holds no statute text.
    #[error("{file}: no statute text found ({reason})")]
    NoStatute {
        /// The file as named on the command line.
        file: String,
        /// What was found instead.
        reason: String,
    },
}

/// A block of text as the input presents it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text on one line, with the number a reader sees («1.», «4-1.», «2)»).
    pub text: String,
    /// Where it starts in the input (1-based line or paragraph), for warnings.
    pub line: usize,
}

/// What a block is, as far as the input says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// A heading of the given level (1 = the document's title).
    Heading(u8),
    /// A paragraph.
    Paragraph,
    /// An editorial note (a footnote, an amendment note).
    Editorial,
}

/// Something the importer could not place, with where it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// The line (or paragraph) of the input.
    pub line: usize,
    /// What was wrong.
    pub message: String,
}

/// What an import recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Recognised {
    /// Chapters and other divisions.
    pub divisions: usize,
    /// Articles.
    pub articles: usize,
    /// Numbered paragraphs (parts, in a code).
    pub paragraphs: usize,
    /// Numbered subparagraphs.
    pub subparagraphs: usize,
    /// Notes.
    pub notes: usize,
    /// Editorial notes (amendment footnotes).
    pub editorial: usize,
}

impl std::fmt::Display for Recognised {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        write!(
            f,
            "{}, {}, {}, {}, {}, {}",
            count(self.divisions, "division", "divisions"),
            count(self.articles, "article", "articles"),
            count(self.paragraphs, "paragraph", "paragraphs"),
            count(self.subparagraphs, "subparagraph", "subparagraphs"),
            count(self.notes, "note", "notes"),
            count(self.editorial, "editorial note", "editorial notes")
        )
    }
}

/// The result of an import: the statute file and what was recognised in it.
#[derive(Debug, Clone)]
pub struct Imported {
    /// What the input was read as.
    pub format: InputFormat,
    /// The encoding of a text input, when it was not UTF-8.
    pub encoding: Option<&'static str>,
    /// The statute file in lexwatch's Markdown.
    pub markdown: String,
    /// The file parsed.
    pub statute: Statute,
    /// Counts of what was recognised.
    pub recognised: Recognised,
    /// What could not be placed.
    pub warnings: Vec<Warning>,
    /// Whether a Word document had tracked changes.
    pub has_revisions: bool,
}

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The act id to write into the front matter.
    pub act: Option<String>,
    /// Which text of a document with tracked changes.
    pub revisions: Revisions,
}

/// Whether a file should go through [`import`] rather than be read as statute Markdown.
///
/// Markdown and text files that are UTF-8 and already statute files are read
/// as they are; everything else (Word, HTML, PDF, other encodings) is imported.
pub fn needs_import(name: &str, bytes: &[u8]) -> bool {
    let ext = extension(name);
    match ext.as_str() {
        "md" | "markdown" => false,
        "txt" | "text" | "" => {
            std::str::from_utf8(bytes).is_err()
                || bytes.starts_with(&[0xEF, 0xBB, 0xBF])
                || !looks_like_markdown(bytes)
        }
        _ => true,
    }
}

fn looks_like_markdown(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(200_000)]);
    text.starts_with("+++")
        || text
            .lines()
            .any(|l| l.starts_with('#') || l.starts_with("**"))
}

fn extension(name: &str) -> String {
    std::path::Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// Imports a file: detects its kind from its bytes and name, reads it, and
/// returns the statute file.
///
/// ```
/// use lexwatch::import::{import, ImportOptions};
///
/// let page = "<html><body><nav>Меню</nav><h1>О масс-медиа</h1>\
///     <p>Статья 1. Основные понятия</p><p>1. Масс-медиа – ...</p></body></html>";
/// let imported = import(page.as_bytes(), "law.html", &ImportOptions::default()).unwrap();
/// assert!(imported.markdown.contains("### Статья 1. Основные понятия"));
/// assert_eq!(imported.recognised.articles, 1);
/// ```
pub fn import(bytes: &[u8], name: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    let ext = extension(name);
    let unsupported = |reason: &str| ImportError::Unsupported {
        file: name.to_string(),
        reason: reason.to_string(),
    };
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // An OLE compound file: old binary Word, or an encrypted .docx (Word
        // wraps a password-protected document in one).
        return Err(if ext == "docx" {
            ImportError::Unreadable {
                file: name.to_string(),
                reason: "the document is password-protected (encrypted); save it without a password and import again".into(),
            }
        } else {
            unsupported(
                "an old binary Word document (.doc) is not supported; save it as .docx and import again",
            )
        });
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(unsupported(
            "RTF is not supported; save it as .docx and import again",
        ));
    }
    let (format, blocks, encoding, has_revisions) = if bytes.starts_with(b"%PDF") {
        let blocks = pdf::read(bytes).map_err(|reason| ImportError::Unreadable {
            file: name.to_string(),
            reason,
        })?;
        (InputFormat::Pdf, blocks, None, false)
    } else if bytes.starts_with(b"PK\x03\x04") || ext == "docx" {
        let doc =
            docx::read(bytes, options.revisions).map_err(|reason| ImportError::Unreadable {
                file: name.to_string(),
                reason,
            })?;
        (InputFormat::Docx, doc.blocks, None, doc.has_revisions)
    } else {
        let (decoded, encoding) = text::decode(bytes);
        if matches!(ext.as_str(), "html" | "htm" | "xhtml") || html::looks_like_html(&decoded) {
            (InputFormat::Html, html::read(&decoded), encoding, false)
        } else {
            (InputFormat::Text, text::read(&decoded), encoding, false)
        }
    };
    let structured = blocks.iter().any(|b| {
        ARTICLE.is_match(&b.text) || DIVISION.is_match(&b.text) || text::starts_with_number(&b.text)
    });
    if !structured {
        let reason = match format {
            InputFormat::Html => "no articles or numbered paragraphs in the page",
            InputFormat::Docx => "no articles or numbered paragraphs in the document",
            InputFormat::Text | InputFormat::Pdf => {
                "no articles or numbered paragraphs in the text"
            }
        };
        return Err(ImportError::NoStatute {
            file: name.to_string(),
            reason: reason.to_string(),
        });
    }
    let (markdown, mut warnings) = write_markdown(&blocks, options);
    let statute = Statute::parse(&markdown, name).map_err(|e| ImportError::Unreadable {
        file: name.to_string(),
        reason: format!("the imported text does not parse as a statute: {e}"),
    })?;
    let recognised = recognise(&statute);
    warnings.sort_by_key(|w| w.line);
    Ok(Imported {
        format,
        encoding,
        markdown,
        statute,
        recognised,
        warnings,
        has_revisions,
    })
}

fn recognise(statute: &Statute) -> Recognised {
    let mut r = Recognised::default();
    statute.walk(|_, unit| {
        match unit.kind {
            k if k.is_division() => r.divisions += 1,
            UnitKind::Article => r.articles += 1,
            UnitKind::Paragraph => r.paragraphs += 1,
            UnitKind::Subparagraph => r.subparagraphs += 1,
            UnitKind::Note => r.notes += 1,
            _ => {}
        }
        r.editorial += unit.footnotes.len();
    });
    r.editorial += statute.footnotes.len();
    r
}

/// «Статья 456-2. …», «Article 26. …», «456-2-бап. …», and Légifrance's
/// lettered numbers «Article L. 224-1», «Article R131-1».
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(?i:статья|article)\s+(?:[A-Z]{1,3}\.? ?)?[0-9]+(?:-[0-9]+)*\.?(?:\s|$)|[0-9]+(?:-[0-9]+)*-бап\.?(?:\s|$))",
    )
});

/// «Глава 26. …», «Раздел 2», «Chapter 3», «§ 1», «26-тарау. …», «2-бөлім».
static DIVISION: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(?i:глава|раздел|chapter|section|параграф|part)\s+[0-9IVXLC]+(?:-[0-9]+)*\.?(?:\s|$)|§\s*[0-9]+|[0-9]+(?:-[0-9]+)*-(?:тарау|бөлім)\.?(?:\s|$))",
    )
});

/// The signature under a law, which plain text does not set apart from the last provision.
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:Президент\s+Республики\s+Казахстан|Қазақстан\s+Республикасының\s+Президенті|President\s+of\s+the\s+Republic\s+of\s+Kazakhstan)(?:\s+[\p{Lu}][\p{L}.\s-]{0,40})?$",
    )
});

/// An amendment note: «Сноска. …», «Ескерту. …», "Footnote. …", as the parser reads one.
fn is_editorial(text: &str) -> bool {
    crate::statute::is_footnote_text(text)
}

/// Writes blocks as a statute file; returns it and the warnings about blocks it could not place.
fn write_markdown(blocks: &[Block], options: &ImportOptions) -> (String, Vec<Warning>) {
    let all: String = blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let language = Language::detect(&all);
    let first_structure = blocks
        .iter()
        .position(|b| ARTICLE.is_match(&b.text) || DIVISION.is_match(&b.text))
        .unwrap_or(blocks.len());
    // The title: a level-1 heading, else the first short line before any structure.
    let title_at = blocks[..first_structure]
        .iter()
        .position(|b| b.kind == BlockKind::Heading(1))
        .or_else(|| {
            blocks[..first_structure].iter().position(|b| {
                b.kind != BlockKind::Editorial
                    && !is_editorial(&b.text)
                    && b.text.chars().count() <= 200
                    && !b.text.ends_with(['.', ';', ':', ','])
                    // A title starts with a word, not a number or a navigation arrow («↑ …»).
                    && b.text.starts_with(|c: char| c.is_alphabetic() || matches!(c, '«' | '"'))
            })
        })
        .filter(|&i| i < 3 || blocks[i].kind == BlockKind::Heading(1));
    let mut out = String::from("+++\n");
    if let Some(act) = &options.act {
        out.push_str(&format!("act = {}\n", toml_string(act)));
    }
    if let Some(i) = title_at {
        out.push_str(&format!("title = {}\n", toml_string(&blocks[i].text)));
    }
    out.push_str(&format!("language = \"{}\"\n+++\n", language.code()));
    let mut warnings = Vec::new();
    let mut in_article = false;
    let mut after_signature = false;
    let toc = table_of_contents(blocks);
    for (i, block) in blocks.iter().enumerate() {
        let text = block.text.trim();
        if text.is_empty() || toc.contains(&i) {
            continue;
        }
        out.push('\n');
        if Some(i) == title_at {
            out.push_str(&format!("# {}\n", escape_line(text)));
        } else if DIVISION.is_match(text) {
            out.push_str(&format!("## {text}\n"));
        } else if ARTICLE.is_match(text) {
            in_article = true;
            out.push_str(&format!("### {text}\n"));
        } else if block.kind == BlockKind::Editorial || is_editorial(text) {
            out.push_str(&format!("> *{}*\n", text.replace('*', "\\*")));
        } else {
            if !in_article
                && i > first_structure
                && text.starts_with(|c: char| c.is_ascii_digit())
                && first_structure < blocks.len()
            {
                warnings.push(Warning {
                    line: block.line,
                    message: format!(
                        "numbered text outside any article: «{}»",
                        text.chars().take(60).collect::<String>()
                    ),
                });
            }
            // The signatory's name follows the signature line («К. ТОКАЕВ»).
            let name_line = after_signature
                && text.chars().count() <= 40
                && !text.chars().any(char::is_lowercase);
            after_signature = SIGNATURE.is_match(text);
            if (matches!(block.kind, BlockKind::Heading(_)) || after_signature || name_line)
                && !text.contains("**")
            {
                // A heading that is neither a chapter nor an article (a
                // signature, a subtitle) stays a bold line, as official texts set it.
                out.push_str(&format!("**{text}**\n"));
            } else {
                out.push_str(&escape_line(text));
                out.push('\n');
            }
        }
    }
    (out, warnings)
}

/// The blocks of a table of contents («Оглавление», «Содержание», «Мазмұны»,
/// "Contents"): from its title to the block before its first entry appears
/// again as the body's first heading. Its entries name articles but are not
/// articles.
fn table_of_contents(blocks: &[Block]) -> std::ops::Range<usize> {
    let Some(start) = blocks
        .iter()
        .position(|b| crate::statute::TOC.is_match(b.text.trim()))
    else {
        return 0..0;
    };
    let Some(first) = blocks.get(start + 1).map(|b| b.text.trim()) else {
        return 0..0;
    };
    match blocks[start + 2..]
        .iter()
        .position(|b| b.text.trim() == first)
    {
        Some(again) => start..start + 2 + again,
        None => 0..0,
    }
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// Keeps a line of text from reading as Markdown structure it does not have.
fn escape_line(text: &str) -> String {
    if text.starts_with(['#', '>', '|', '+']) || text.starts_with("**") {
        format!("\\{text}")
    } else {
        text.to_string()
    }
}
