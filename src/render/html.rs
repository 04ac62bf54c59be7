//! HTML output: Markdown rendered with comrak into one self-contained, printable page.
//!
//! The Markdown renderers escape statute text; comrak escapes what it prints
//! and is told to escape raw HTML rather than pass it through. Whatever is
//! written outside comrak goes through [`escape_html`], the one escaping
//! helper for HTML and XML (the DOCX and Atom renderers use it too).

use crate::analyze::Report;
use crate::statute::Language;
use comrak::nodes::{Node, NodeValue};
use comrak::{Arena, Options};
use std::io::{self, Write};

/// Escapes text for HTML or XML content and attribute values, dropping the
/// control characters XML 1.0 does not allow.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The comrak options every lexwatch document is read with: GFM tables and
/// strikethrough, raw HTML escaped, nothing else.
pub(crate) fn comrak_options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.strikethrough = true;
    options.extension.table = true;
    options.render.r#unsafe = false;
    options.render.escape = true;
    options
}

/// Whether a node sits inside a block quote (where lexwatch quotes statute text).
fn in_block_quote(node: Node<'_>) -> bool {
    node.ancestors()
        .any(|a| matches!(a.data().value, NodeValue::BlockQuote))
}

/// Parses lexwatch Markdown into comrak's tree.
///
/// Inside block quotes lexwatch writes escaped statute text and redlines
/// only, so strong text there is a redline insertion: it becomes one.
pub(crate) fn parse<'a>(arena: &'a Arena<'a>, markdown: &str) -> Node<'a> {
    let root = comrak::parse_document(arena, markdown, &comrak_options());
    for node in root.descendants() {
        let strong = matches!(node.data().value, NodeValue::Strong);
        if strong && in_block_quote(node) {
            node.data_mut().value = NodeValue::Insert;
        }
    }
    root
}

/// Renders lexwatch Markdown to an HTML fragment.
pub(crate) fn markdown_to_html(markdown: &str) -> String {
    let arena = Arena::new();
    let root = parse(&arena, markdown);
    let mut html = String::new();
    match comrak::format_html(root, &comrak_options(), &mut html) {
        // comrak passes control characters through; HTML does not allow them
        // (parse errors, and XML readers refuse the page), so they go, as in
        // [`escape_html`].
        Ok(()) => {
            html.retain(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'));
            html
        }
        // Writing into a String cannot fail; fall back to the escaped source.
        Err(_) => format!("<pre>{}</pre>", escape_html(markdown)),
    }
}

/// The page's style sheet: readable on screen, plain on paper.
const STYLE: &str = "\
body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 12pt; \
line-height: 1.45; max-width: 48em; margin: 2em auto; padding: 0 1em; color: #111; }
h1 { font-size: 1.6em; } h2 { font-size: 1.35em; border-bottom: 1px solid #999; }
h3 { font-size: 1.15em; } h4 { font-size: 1em; }
h1, h2, h3, h4 { page-break-after: avoid; break-after: avoid; }
blockquote { margin: 0.5em 0 0.5em 1em; padding: 0.1em 0.8em; border-left: 3px solid #bbb; \
background: #f7f7f7; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #777; padding: 0.2em 0.5em; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
tr, blockquote { page-break-inside: avoid; break-inside: avoid; }
del { color: #b00000; text-decoration: line-through; }
ins { color: #006400; text-decoration: underline; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  blockquote { background: none; }
  a { color: inherit; text-decoration: none; }
}
";

/// Writes Markdown as one self-contained HTML page with an escaped title
/// and the language of its words.
pub(crate) fn write_document(
    title: &str,
    lang: Language,
    markdown: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"{}\">", lang.code())?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(out, "<meta name=\"generator\" content=\"lexwatch\">")?;
    writeln!(out, "<title>{}</title>", escape_html(title))?;
    writeln!(out, "<style>\n{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    write!(out, "{}", markdown_to_html(markdown))?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

/// Writes the change report (the Markdown renderer's document) as an HTML
/// page, its words in a language (default: the act's).
pub fn write_report(
    report: &Report,
    lang: Option<Language>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let lang = lang.unwrap_or(report.language);
    let mut markdown = Vec::new();
    super::markdown::write(report, Some(lang), &mut markdown)?;
    let title = super::markdown::title(crate::i18n::messages(lang), report);
    write_document(&title, lang, &String::from_utf8_lossy(&markdown), out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::render::{hostile_report, sample_report};

    /// Fails when markup from the statute text reached the page unescaped.
    pub(crate) fn assert_nothing_unescaped(html: &str) {
        for bad in ["<script", "<img", "onerror=alert(2)>", "</script>"] {
            assert!(!html.contains(bad), "{bad:?} came through:\n{html}");
        }
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!html.contains("]]>"), "a CDATA end came through:\n{html}");
        let control = html
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
        assert_eq!(control, None, "a control character came through");
        // Every `&` starts an entity: no bare ampersand from the text.
        for (i, _) in html.match_indices('&') {
            let rest = &html[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#x27;"]
                    .iter()
                    .any(|e| rest.starts_with(e)),
                "bare & at {i}: {:?}",
                &rest[..rest.len().min(20)]
            );
        }
    }

    /// The old and the new text a parsed redline shows, without whitespace.
    fn sides_of(markdown: &str) -> (String, String) {
        let arena = Arena::new();
        let root = parse(&arena, markdown);
        let (mut old, mut new) = (String::new(), String::new());
        for node in root.descendants() {
            let NodeValue::Text(text) = &node.data().value else {
                continue;
            };
            let inside =
                |value: fn(&NodeValue) -> bool| node.ancestors().any(|a| value(&a.data().value));
            let deleted = inside(|v| matches!(v, NodeValue::Strikethrough));
            let inserted = inside(|v| matches!(v, NodeValue::Insert));
            let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            if !inserted {
                old.push_str(&text);
            }
            if !deleted {
                new.push_str(&text);
            }
        }
        (old, new)
    }

    proptest::proptest! {
        #[test]
        fn every_redline_reads_back(
            old in r"([а-яa-z]{1,6}|[0-9]{1,2}[.)]|[,;:.«»“”—№!`|{}+=&*_~#<>\[\]()-]|\n| ){0,25}",
            new in r"([а-яa-z]{1,6}|[0-9]{1,2}[.)]|[,;:.«»“”—№!`|{}+=&*_~#<>\[\]()-]|\n| ){0,25}",
        ) {
            let ops = crate::compare::redline(&old, &new);
            let (shown_old, shown_new) = sides_of(&super::super::markdown::redline(&ops));
            let squeeze = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            proptest::prop_assert_eq!(shown_old, squeeze(&old));
            proptest::prop_assert_eq!(shown_new, squeeze(&new));
        }
    }

    #[test]
    fn escape_html_escapes_markup_and_drops_controls() {
        assert_eq!(
            escape_html("<a href=\"x\">Tom & 'Jerry'</a>\u{0}\u{1b}"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
        assert_eq!(escape_html("ст. 456-2\tп. 4\n"), "ст. 456-2\tп. 4\n");
    }

    #[test]
    fn report_page_is_self_contained_and_escaped() {
        let mut out = Vec::new();
        write_report(&hostile_report(), None, &mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<style>"));
        assert!(!html.contains("<link"));
        assert_nothing_unescaped(&html);
    }

    #[test]
    fn redline_becomes_del_and_ins() {
        let mut out = Vec::new();
        write_report(&sample_report(), Some(Language::En), &mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(html.contains("<del>пятидесяти</del>"), "{html}");
        assert!(html.contains("<ins>ста</ins>"), "{html}");
        // Labels outside the quotes stay strong.
        assert!(html.contains("<strong>Old text</strong>"));
        assert!(html.contains("<html lang=\"en\">"));
    }

    #[test]
    fn the_report_speaks_the_acts_language_by_default() {
        let mut out = Vec::new();
        write_report(&sample_report(), None, &mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(html.contains("<html lang=\"ru\">"), "{html}");
        assert!(
            html.contains(
                "<title>Изменения: Кодекс Республики Казахстан об административных правонарушениях</title>"
            ),
            "{html}"
        );
        for label in [
            "<strong>Прежняя редакция</strong>",
            "<strong>Замечания</strong>",
            "Ключевые изменения",
        ] {
            assert!(html.contains(label), "{label} missing in {html}");
        }
        for english in [
            "Old text",
            "Findings",
            "Key changes",
            "Why it matters",
            "(high)",
        ] {
            assert!(!html.contains(english), "{english} in {html}");
        }
    }
}
