//! The word-level redline inside one aligned pair of provisions.
//!
//! Words come from Unicode word boundaries, so Cyrillic and Kazakh words are
//! whole tokens. Edits are grouped into readable runs: a deletion and an
//! insertion separated only by spaces or a short word become one replacement.

use super::align::is_word_char;
use serde::Serialize;
use similar::{Algorithm, DiffOp, capture_diff_slices};

/// One run of a redline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "lowercase")]
pub enum WordOp {
    /// Text in both versions.
    Equal(String),
    /// Text only in the old version.
    Delete(String),
    /// Text only in the new version.
    Insert(String),
}

impl WordOp {
    /// The text of the run.
    pub fn text(&self) -> &str {
        match self {
            WordOp::Equal(t) | WordOp::Delete(t) | WordOp::Insert(t) => t,
        }
    }
}

/// Splits text into words, spaces and punctuation, keeping every byte.
///
/// A word is a run of letters and digits in any script (with inner hyphens
/// and apostrophes, as in «онлайн-платформ» or "media's"); spaces form runs;
/// every other character stands alone.
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let mut end = start + c.len_utf8();
        if is_word_char(c) {
            while let Some(&(i, next)) = chars.peek() {
                // Inner hyphens and apostrophes join words: «онлайн-платформ», "media's".
                let joins = matches!(next, '-' | '\'' | '’')
                    && text[i + next.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char);
                if !is_word_char(next) && !joins {
                    break;
                }
                end = i + next.len_utf8();
                chars.next();
            }
        } else if c.is_whitespace() {
            while let Some(&(i, next)) = chars.peek() {
                if !next.is_whitespace() {
                    break;
                }
                end = i + next.len_utf8();
                chars.next();
            }
        }
        tokens.push(&text[start..end]);
    }
    tokens
}

/// Whether a token is part of the wording (not only spaces).
fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

/// Computes the grouped word-level redline from `old` to `new`.
pub fn redline(old: &str, new: &str) -> Vec<WordOp> {
    let old_tokens = tokenize(old);
    let new_tokens = tokenize(new);
    // No deadline: the same inputs must always give the same redline.
    let ops = capture_diff_slices(Algorithm::Myers, &old_tokens, &new_tokens);
    let mut raw: Vec<(u8, String)> = Vec::new();
    for op in ops {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                raw.push((0, old_tokens[old_index..old_index + len].concat()))
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => raw.push((1, old_tokens[old_index..old_index + old_len].concat())),
            DiffOp::Insert {
                new_index, new_len, ..
            } => raw.push((2, new_tokens[new_index..new_index + new_len].concat())),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                raw.push((1, old_tokens[old_index..old_index + old_len].concat()));
                raw.push((2, new_tokens[new_index..new_index + new_len].concat()));
            }
        }
    }
    group(raw)
}

/// Merges edits separated by trivial equal runs into single replacements.
fn group(raw: Vec<(u8, String)>) -> Vec<WordOp> {
    let mut out: Vec<WordOp> = Vec::new();
    let mut deleted = String::new();
    let mut inserted = String::new();
    let n = raw.len();
    let mut pending_equal: Option<String> = None;
    let flush = |out: &mut Vec<WordOp>, deleted: &mut String, inserted: &mut String| {
        if !deleted.is_empty() {
            out.push(WordOp::Delete(std::mem::take(deleted)));
        }
        if !inserted.is_empty() {
            out.push(WordOp::Insert(std::mem::take(inserted)));
        }
    };
    for (i, (tag, text)) in raw.into_iter().enumerate() {
        match tag {
            0 => {
                let in_change = !deleted.is_empty() || !inserted.is_empty();
                let trivial = text.chars().count() <= 4
                    && !tokenize(&text)
                        .iter()
                        .any(|t| is_word(t) && t.chars().count() > 2);
                if in_change && trivial && i + 1 < n {
                    // A space or a short word between two edits reads better inside the run.
                    pending_equal = Some(text);
                    continue;
                }
                flush(&mut out, &mut deleted, &mut inserted);
                push_equal(&mut out, text);
            }
            _ => {
                if let Some(eq) = pending_equal.take() {
                    deleted.push_str(&eq);
                    inserted.push_str(&eq);
                }
                if tag == 1 {
                    deleted.push_str(&text);
                } else {
                    inserted.push_str(&text);
                }
            }
        }
        if let Some(eq) = pending_equal.take() {
            flush(&mut out, &mut deleted, &mut inserted);
            push_equal(&mut out, eq);
        }
    }
    if let Some(eq) = pending_equal.take() {
        flush(&mut out, &mut deleted, &mut inserted);
        push_equal(&mut out, eq);
    }
    flush(&mut out, &mut deleted, &mut inserted);
    out
}

fn push_equal(out: &mut Vec<WordOp>, text: String) {
    if let Some(WordOp::Equal(prev)) = out.last_mut() {
        prev.push_str(&text);
    } else if !text.is_empty() {
        out.push(WordOp::Equal(text));
    }
}

/// Rebuilds the old and new texts from a redline (used to check it loses nothing).
pub fn sides(ops: &[WordOp]) -> (String, String) {
    let (mut old, mut new) = (String::new(), String::new());
    for op in ops {
        match op {
            WordOp::Equal(t) => {
                old.push_str(t);
                new.push_str(t);
            }
            WordOp::Delete(t) => old.push_str(t),
            WordOp::Insert(t) => new.push_str(t),
        }
    }
    (old, new)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn cyrillic_words_are_whole_tokens() {
        let ops = redline(
            "Возбуждение социальной розни",
            "Разжигание социальной розни",
        );
        assert_eq!(
            ops,
            vec![
                WordOp::Delete("Возбуждение".into()),
                WordOp::Insert("Разжигание".into()),
                WordOp::Equal(" социальной розни".into())
            ]
        );
    }

    #[test]
    fn neighbouring_edits_become_one_run() {
        let ops = redline(
            "a fine of up to eighty indices",
            "a fine of at least one hundred indices",
        );
        let changed: Vec<&WordOp> = ops
            .iter()
            .filter(|o| !matches!(o, WordOp::Equal(_)))
            .collect();
        assert_eq!(changed.len(), 2, "{ops:?}");
        assert_eq!(changed[0], &WordOp::Delete("up to eighty".into()));
        assert_eq!(changed[1], &WordOp::Insert("at least one hundred".into()));
    }

    #[test]
    fn identical_texts_have_no_edits() {
        assert_eq!(
            redline("same text", "same text"),
            vec![WordOp::Equal("same text".into())]
        );
    }

    proptest! {
        #[test]
        fn redline_keeps_both_texts(old in "[а-яa-z ,.]{0,60}", new in "[а-яa-z ,.]{0,60}") {
            let ops = redline(&old, &new);
            prop_assert_eq!(sides(&ops), (old, new));
        }
    }
}
