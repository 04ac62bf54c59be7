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
    let ops = diff_ops(&old_tokens, &new_tokens);
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

/// From this many tokens on a side, the texts are first split at anchors.
const ANCHORED_FROM: usize = 20_000;
/// A stretch between anchors up to this product of lengths is diffed whole.
const MYERS_BUDGET: usize = 4_000_000;
/// How deep stretches are split again at the anchors unique within them.
const ANCHOR_DEPTH: usize = 8;

/// The edit script from `old` to `new`.
///
/// Myers takes time proportional to the length times the number of edits,
/// which is quadratic for a long text reordered. Up to `ANCHORED_FROM`
/// tokens (every provision of a real act) it runs alone; above, tokens that
/// occur once in each text and keep their order (the longest increasing
/// run of them) are kept as equal, and only the stretches between them are
/// diffed: by Myers when they are small enough, split again at their own
/// unique tokens, and otherwise given as deleted and inserted whole. No
/// clock is involved, so the same texts always give the same redline.
fn diff_ops(old: &[&str], new: &[&str]) -> Vec<DiffOp> {
    if old.len().max(new.len()) < ANCHORED_FROM {
        return capture_diff_slices(Algorithm::Myers, old, new);
    }
    let mut ops = Vec::new();
    anchored(old, new, 0, 0, 0, &mut ops);
    ops
}

/// Appends the edits of `old` → `new`, which start at `oi` and `ni`.
fn anchored(old: &[&str], new: &[&str], oi: usize, ni: usize, depth: usize, ops: &mut Vec<DiffOp>) {
    // The common ends first: they are equal whatever lies between.
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let (old_rest, new_rest) = (&old[prefix..], &new[prefix..]);
    let suffix = old_rest
        .iter()
        .rev()
        .zip(new_rest.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (old_mid, new_mid) = (
        &old_rest[..old_rest.len() - suffix],
        &new_rest[..new_rest.len() - suffix],
    );
    push_op(ops, equal(oi, ni, prefix));
    let (om, nm) = (oi + prefix, ni + prefix);
    if old_mid.is_empty() || new_mid.is_empty() || old_mid.len() * new_mid.len() <= MYERS_BUDGET {
        for op in capture_diff_slices(Algorithm::Myers, old_mid, new_mid) {
            push_op(ops, shifted(op, om, nm));
        }
    } else {
        let anchors = if depth < ANCHOR_DEPTH {
            unique_in_order(old_mid, new_mid)
        } else {
            Vec::new()
        };
        let (mut o, mut n) = (0, 0);
        for (a, b) in anchors {
            anchored(
                &old_mid[o..a],
                &new_mid[n..b],
                om + o,
                nm + n,
                depth + 1,
                ops,
            );
            push_op(ops, equal(om + a, nm + b, 1));
            (o, n) = (a + 1, b + 1);
        }
        let (old_gap, new_gap) = (&old_mid[o..], &new_mid[n..]);
        if o == 0 && n == 0 {
            // Nothing to split at: the stretch was replaced as a whole.
            push_op(
                ops,
                DiffOp::Delete {
                    old_index: om,
                    old_len: old_gap.len(),
                    new_index: nm,
                },
            );
            push_op(
                ops,
                DiffOp::Insert {
                    old_index: om + old_gap.len(),
                    new_index: nm,
                    new_len: new_gap.len(),
                },
            );
        } else {
            anchored(old_gap, new_gap, om + o, nm + n, depth + 1, ops);
        }
    }
    let (os, ns) = (om + old_mid.len(), nm + new_mid.len());
    push_op(ops, equal(os, ns, suffix));
}

/// Positions `(old, new)` of tokens found exactly once in each text, the
/// longest run of them in the same order in both, in that order.
fn unique_in_order(old: &[&str], new: &[&str]) -> Vec<(usize, usize)> {
    use std::collections::HashMap;
    // Per token: occurrences in old, in new, and its position in each.
    let mut seen: HashMap<&str, (u32, u32, usize, usize)> = HashMap::new();
    for (i, t) in old.iter().enumerate() {
        let e = seen.entry(t).or_insert((0, 0, i, 0));
        e.0 += 1;
    }
    for (j, t) in new.iter().enumerate() {
        if let Some(e) = seen.get_mut(t) {
            e.1 += 1;
            e.3 = j;
        }
    }
    let mut pairs: Vec<(usize, usize)> = seen
        .values()
        .filter(|e| e.0 == 1 && e.1 == 1)
        .map(|e| (e.2, e.3))
        .collect();
    pairs.sort_unstable();
    // Patience: the longest increasing subsequence of new positions.
    let mut tails: Vec<usize> = Vec::new();
    let mut back: Vec<usize> = vec![usize::MAX; pairs.len()];
    for (k, &(_, b)) in pairs.iter().enumerate() {
        let at = tails.partition_point(|&t| pairs[t].1 < b);
        if at > 0 {
            back[k] = tails[at - 1];
        }
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut k = tails.last().copied().unwrap_or(usize::MAX);
    while k != usize::MAX {
        out.push(pairs[k]);
        k = back[k];
    }
    out.reverse();
    out
}

fn equal(old_index: usize, new_index: usize, len: usize) -> DiffOp {
    DiffOp::Equal {
        old_index,
        new_index,
        len,
    }
}

/// An edit of a stretch moved to where the stretch starts.
fn shifted(op: DiffOp, oi: usize, ni: usize) -> DiffOp {
    match op {
        DiffOp::Equal {
            old_index,
            new_index,
            len,
        } => equal(old_index + oi, new_index + ni, len),
        DiffOp::Delete {
            old_index,
            old_len,
            new_index,
        } => DiffOp::Delete {
            old_index: old_index + oi,
            old_len,
            new_index: new_index + ni,
        },
        DiffOp::Insert {
            old_index,
            new_index,
            new_len,
        } => DiffOp::Insert {
            old_index: old_index + oi,
            new_index: new_index + ni,
            new_len,
        },
        DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } => DiffOp::Replace {
            old_index: old_index + oi,
            old_len,
            new_index: new_index + ni,
            new_len,
        },
    }
}

/// Appends an edit, joining it to the last one when both are equal runs
/// that meet, and leaving out empty ones.
fn push_op(ops: &mut Vec<DiffOp>, op: DiffOp) {
    let empty = match op {
        DiffOp::Equal { len, .. } => len == 0,
        DiffOp::Delete { old_len, .. } => old_len == 0,
        DiffOp::Insert { new_len, .. } => new_len == 0,
        DiffOp::Replace { .. } => false,
    };
    if empty {
        return;
    }
    if let (
        Some(DiffOp::Equal {
            old_index: o,
            len: l,
            ..
        }),
        DiffOp::Equal { old_index, len, .. },
    ) = (ops.last_mut(), op)
        && *o + *l == old_index
    {
        *l += len;
        return;
    }
    ops.push(op);
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

    #[test]
    fn a_long_text_reordered_is_split_at_anchors_and_keeps_both_texts() {
        // 26,000 tokens a side, sentences reversed: Myers alone would be
        // quadratic here.
        let sentences: Vec<String> = (0..2000)
            .map(|i| format!("Предложение номер {i} о праве {}.", i * 7))
            .collect();
        let old = sentences.join(" ");
        let new = sentences
            .iter()
            .rev()
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(tokenize(&old).len() >= ANCHORED_FROM);
        let ops = redline(&old, &new);
        assert_eq!(sides(&ops), (old.clone(), new.clone()));
        // Something is still found equal: the stretches between anchors.
        assert!(
            ops.iter()
                .any(|o| matches!(o, WordOp::Equal(t) if t.len() > 10))
        );
        // The same texts, the same redline.
        assert_eq!(redline(&old, &new), ops);
    }

    #[test]
    fn anchored_edits_match_myers_on_a_small_change() {
        let old: Vec<String> = (0..25_000).map(|i| format!("w{i}")).collect();
        let mut new = old.clone();
        new[12_345] = "changed".to_string();
        new.insert(20_000, "inserted".to_string());
        let (old, new): (Vec<&str>, Vec<&str>) = (
            old.iter().map(String::as_str).collect(),
            new.iter().map(String::as_str).collect(),
        );
        assert_eq!(
            diff_ops(&old, &new),
            capture_diff_slices(Algorithm::Myers, &old, &new)
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
