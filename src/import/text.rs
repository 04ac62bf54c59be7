//! Plain text: encodings, and the clean-up text copied from a PDF needs.
//!
//! The encoding comes from a byte-order mark, else UTF-8 when the bytes are
//! valid UTF-8, else `chardetng`'s guess (Windows-1251 and KOI8-R for
//! Cyrillic), decoded with `encoding_rs`. Then: words hyphenated across lines
//! are joined, lines repeated as running headers or footers and bare page
//! numbers are dropped, and lines are joined into paragraphs — a paragraph
//! starts at a blank line, a number («1.», «2)»), a heading («Статья 5.»,
//! «5-бап.», "Article 5.") or an amendment note («Сноска.»).

use super::{ARTICLE, Block, BlockKind, DIVISION, is_editorial};
use std::collections::HashMap;

/// Decodes bytes to text; returns the encoding's name when it was not UTF-8.
pub(super) fn decode(bytes: &[u8]) -> (String, Option<&'static str>) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let name = (encoding != encoding_rs::UTF_8).then(|| encoding.name());
        return (text.into_owned(), name);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), None);
    }
    // UTF-16 without a mark: every other byte of Cyrillic or Latin text is a
    // small number (0x04 or 0x00).
    if bytes.len() >= 4 && bytes.len().is_multiple_of(2) {
        let odd_small = bytes
            .iter()
            .skip(1)
            .step_by(2)
            .filter(|b| **b <= 0x04)
            .count();
        let even_small = bytes.iter().step_by(2).filter(|b| **b <= 0x04).count();
        let half = bytes.len() / 2;
        if odd_small * 10 > half * 9 {
            let (text, _) = encoding_rs::UTF_16LE.decode_without_bom_handling(bytes);
            return (text.into_owned(), Some(encoding_rs::UTF_16LE.name()));
        }
        if even_small * 10 > half * 9 {
            let (text, _) = encoding_rs::UTF_16BE.decode_without_bom_handling(bytes);
            return (text.into_owned(), Some(encoding_rs::UTF_16BE.name()));
        }
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let mut encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    // KOI8-U is KOI8-R with Ukrainian letters; a Russian text reads the same
    // in both and was most likely written in KOI8-R.
    if encoding == encoding_rs::KOI8_U {
        let (r, _) = encoding_rs::KOI8_R.decode_without_bom_handling(bytes);
        let (u, _) = encoding_rs::KOI8_U.decode_without_bom_handling(bytes);
        if r == u {
            encoding = encoding_rs::KOI8_R;
        }
    }
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), Some(encoding.name()))
}

/// Reads plain text into blocks.
pub(super) fn read(text: &str) -> Vec<Block> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    // Form feeds separate PDF pages.
    let mut lines: Vec<&str> = Vec::new();
    let mut page_of: Vec<usize> = Vec::new();
    for (p, page) in text.split('\u{c}').enumerate() {
        for line in page.split('\n') {
            lines.push(line);
            page_of.push(p);
        }
    }
    let dropped = running_lines(&lines, &page_of);
    let mut blocks: Vec<Block> = Vec::new();
    let mut current: Option<Block> = None;
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        if line.is_empty() || dropped[i] {
            if line.is_empty()
                && let Some(b) = current.take()
            {
                blocks.push(b);
            }
            continue;
        }
        let starts_block = ARTICLE.is_match(line)
            || DIVISION.is_match(line)
            || is_editorial(line)
            || starts_with_number(line);
        match &mut current {
            Some(b) if !starts_block && continues(b, line) => join_line(&mut b.text, line),
            _ => {
                if let Some(b) = current.take() {
                    blocks.push(b);
                }
                current = Some(Block {
                    kind: if is_editorial(line) {
                        BlockKind::Editorial
                    } else {
                        BlockKind::Paragraph
                    },
                    text: line.to_string(),
                    line: i + 1,
                });
            }
        }
    }
    if let Some(b) = current {
        blocks.push(b);
    }
    blocks
}

/// A heading's block ends at its line unless the next line goes on in lower case (a wrapped title).
fn continues(block: &Block, line: &str) -> bool {
    let heading = ARTICLE.is_match(&block.text) || DIVISION.is_match(&block.text);
    !heading || line.starts_with(char::is_lowercase)
}

/// «1. …», «4-1. …», «2) …»: a numbered unit starts a new paragraph.
pub(super) fn starts_with_number(line: &str) -> bool {
    let digits = line
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(line.len());
    if digits == 0 {
        return false;
    }
    let rest = &line[digits..];
    (rest.starts_with(". ") || rest.starts_with(") ") || rest == "." || rest == ")")
        && !line[..digits].ends_with('-')
}

/// Joins a wrapped line to its paragraph, mending a word hyphenated at the line end.
fn join_line(text: &mut String, line: &str) {
    let hyphenated = text.ends_with(['-', '\u{ad}'])
        && text.chars().rev().nth(1).is_some_and(char::is_alphabetic)
        && line.starts_with(char::is_lowercase);
    if hyphenated {
        // A break inside a word: «информа-» + «ции». A compound broken at its
        // own hyphen («интернет-» + «ресурс») loses the hyphen too; the two
        // cannot be told apart from the text alone.
        text.pop();
        text.push_str(line);
    } else {
        text.push(' ');
        text.push_str(line);
    }
}

/// Lines to drop: bare page numbers («12», «- 12 -», «Страница 3 из 40») and
/// running headers or footers: a line at the top or bottom of at least three
/// pages (of both, when there are two). Pages are separated by form feeds.
fn running_lines(lines: &[&str], page_of: &[usize]) -> Vec<bool> {
    let pages = page_of.last().map_or(1, |p| p + 1);
    // Each page's first and last two non-empty lines: where headers and footers sit.
    let mut edges: HashMap<&str, usize> = HashMap::new();
    for p in 0..pages {
        let on_page: Vec<&str> = lines
            .iter()
            .zip(page_of)
            .filter(|(l, q)| **q == p && !l.trim().is_empty())
            .map(|(l, _)| l.trim())
            .collect();
        let n = on_page.len();
        let mut seen = std::collections::HashSet::new();
        for (k, t) in on_page.iter().enumerate() {
            if (k < 2 || k + 2 >= n) && seen.insert(*t) {
                *edges.entry(t).or_insert(0) += 1;
            }
        }
    }
    let needed = if pages == 2 { 2 } else { 3 };
    lines
        .iter()
        .map(|line| {
            let t = line.trim();
            if t.is_empty() {
                return false;
            }
            let page_number = t
                .trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace())
                .chars()
                .all(|c| c.is_ascii_digit())
                && t.chars().any(|c| c.is_ascii_digit())
                && t.chars().count() <= 9;
            let page_of = {
                let lower = t.to_lowercase();
                (lower.starts_with("страница ")
                    || lower.starts_with("page ")
                    || lower.starts_with("бет "))
                    && lower.chars().any(|c| c.is_ascii_digit())
                    && lower.chars().count() <= 30
            };
            let repeated = pages >= 2
                && t.chars().count() <= 80
                && edges.get(t).copied().unwrap_or(0) >= needed
                && !starts_with_number(t)
                && !ARTICLE.is_match(t)
                && !DIVISION.is_match(t)
                && !is_editorial(t);
            page_number || page_of || repeated
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_encodings_of_russian_and_kazakh_texts() {
        let russian = "Статья 1. Свобода слова\n\n1. Цензура запрещается. Граждане имеют право свободно выражать свое мнение.\n";
        let (koi8, _, lossy) = encoding_rs::KOI8_R.encode(russian);
        assert!(!lossy);
        assert_eq!(decode(&koi8), (russian.to_string(), Some("KOI8-R")));
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(russian);
        assert_eq!(decode(&cp1251), (russian.to_string(), Some("windows-1251")));
        let kazakh = "1-бап. Сөз бостандығы\n\n1. Цензураға тыйым салынады.\n";
        let mut utf16 = Vec::new();
        for unit in kazakh.encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&utf16), (kazakh.to_string(), Some("UTF-16LE")));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(kazakh.as_bytes());
        assert_eq!(decode(&bom), (kazakh.to_string(), None));
        assert_eq!(decode(kazakh.as_bytes()), (kazakh.to_string(), None));
    }

    #[test]
    fn joins_wrapped_lines_and_starts_blocks_at_numbers_and_headings() {
        let blocks = read(
            "Статья 5. Язык\nмасс-медиа\n1. Первый аб-\nзац текста\n2) подпункт\n5-бап. Тіл\n",
        );
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Статья 5. Язык масс-медиа",
                "1. Первый абзац текста",
                "2) подпункт",
                "5-бап. Тіл"
            ]
        );
    }
}
