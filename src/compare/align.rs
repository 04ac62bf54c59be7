//! Alignment: which provision of the old version is which of the new.
//!
//! Identical content pairs first (whatever the number), then the best of two
//! kinds of candidates: same number with similar text, and different number
//! with very similar text (a renumbering). Candidates are taken best first,
//! so an inserted article does not pair every later article with its
//! neighbour: the renumbered pairs score higher than the same-number ones.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use unicode_segmentation::UnicodeSegmentation;

/// Same number, similar text: the least similarity to count as the same provision.
const SAME_NUMBER_MIN: f64 = 0.35;
/// Different number: the least similarity to count as renumbered or moved.
const RENUMBERED_MIN: f64 = 0.7;
/// Bonus for keeping the number, so that ties go to the same number.
const SAME_NUMBER_BONUS: f64 = 0.2;
/// Above this many unmatched pairs, renumbering is looked for near the same position only.
const FULL_SEARCH_LIMIT: usize = 250_000;
/// How far (in provisions) a renumbered provision is looked for in large acts.
const WINDOW: usize = 60;

/// A provision as alignment sees it.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    /// The number as written.
    pub number: Option<String>,
    /// Hash of the whole content (heading, text, children with their numbers).
    pub content: u64,
    /// Sorted, deduplicated hashes of the words.
    pub words: Vec<u64>,
    /// Whether the provision is repealed.
    pub repealed: bool,
}

impl Item {
    /// Builds an item from its number and full content.
    pub fn new(number: Option<String>, content: &str, repealed: bool) -> Item {
        Item {
            number,
            content: hash(content),
            words: word_set(content),
            repealed,
        }
    }
}

/// Hashes a string (stable within one process run, which is all alignment needs).
pub(crate) fn hash(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// The set of word hashes of a text, lowercased.
pub(crate) fn word_set(text: &str) -> Vec<u64> {
    let mut words: Vec<u64> = text
        .unicode_words()
        .map(|w| {
            let mut h = DefaultHasher::new();
            for c in w.chars().flat_map(char::to_lowercase) {
                c.hash(&mut h);
            }
            h.finish()
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The number of common elements of two sorted sets.
pub(crate) fn common(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Dice similarity of two word sets, 0.0 to 1.0.
pub(crate) fn similarity(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    2.0 * common(a, b) as f64 / (a.len() + b.len()) as f64
}

/// Pairs old items with new items; returns `(old index, new index)` pairs sorted by new index.
pub(crate) fn align(old: &[Item], new: &[Item]) -> Vec<(usize, usize)> {
    let mut old_taken = vec![false; old.len()];
    let mut new_taken = vec![false; new.len()];
    let mut pairs = Vec::new();

    // 1. Identical content, preferring the same number.
    let mut by_content: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, item) in old.iter().enumerate() {
        if !item.repealed {
            by_content.entry(item.content).or_default().push(i);
        }
    }
    for (j, item) in new.iter().enumerate() {
        if item.repealed || item.words.len() < 3 {
            continue;
        }
        let Some(candidates) = by_content.get(&item.content) else {
            continue;
        };
        let free = candidates.iter().copied().filter(|&i| !old_taken[i]);
        let same = candidates
            .iter()
            .copied()
            .find(|&i| !old_taken[i] && old[i].number == item.number);
        if let Some(i) = same.or_else(|| free.clone().next()) {
            old_taken[i] = true;
            new_taken[j] = true;
            pairs.push((i, j));
        }
    }

    // 2. Scored candidates: same number (or a repeal of it), and renumberings.
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    let mut old_by_number: HashMap<&str, usize> = HashMap::new();
    for (i, item) in old.iter().enumerate() {
        if let (false, Some(n)) = (old_taken[i], &item.number) {
            old_by_number.entry(n.as_str()).or_insert(i);
        }
    }
    for (j, item) in new.iter().enumerate() {
        if new_taken[j] {
            continue;
        }
        let Some(&i) = item.number.as_deref().and_then(|n| old_by_number.get(n)) else {
            continue;
        };
        if item.repealed || old[i].repealed {
            // A repeal keeps the number and removes the text: always the same provision.
            candidates.push((2.0, i, j));
            continue;
        }
        let sim = similarity(&old[i].words, &new[j].words);
        if sim >= SAME_NUMBER_MIN {
            candidates.push((sim + SAME_NUMBER_BONUS, i, j));
        }
    }
    let free_old: Vec<usize> = (0..old.len())
        .filter(|&i| !old_taken[i] && !old[i].repealed)
        .collect();
    let free_new: Vec<usize> = (0..new.len())
        .filter(|&j| !new_taken[j] && !new[j].repealed)
        .collect();
    let full = free_old.len().saturating_mul(free_new.len()) <= FULL_SEARCH_LIMIT;
    for &i in &free_old {
        for &j in &free_new {
            if old[i].number == new[j].number || (!full && i.abs_diff(j) > WINDOW) {
                continue;
            }
            let (a, b) = (&old[i].words, &new[j].words);
            // The best Dice score two sets of these sizes could reach.
            let bound = 2.0 * a.len().min(b.len()) as f64 / (a.len() + b.len()).max(1) as f64;
            if bound < RENUMBERED_MIN {
                continue;
            }
            let sim = similarity(a, b);
            if sim >= RENUMBERED_MIN {
                candidates.push((sim, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, i, j) in candidates {
        if !old_taken[i] && !new_taken[j] {
            old_taken[i] = true;
            new_taken[j] = true;
            pairs.push((i, j));
        }
    }
    pairs.sort_by_key(|&(i, j)| (j, i));
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(list: &[(&str, &str)]) -> Vec<Item> {
        list.iter()
            .map(|(n, t)| Item::new(Some(n.to_string()), t, false))
            .collect()
    }

    #[test]
    fn inserted_item_renumbers_the_rest() {
        let old = items(&[
            ("1", "alpha beta gamma delta"),
            ("2", "epsilon zeta eta theta"),
            ("3", "iota kappa lambda mu"),
        ]);
        let new = items(&[
            ("1", "alpha beta gamma delta"),
            ("2", "brand new words here now"),
            ("3", "epsilon zeta eta theta"),
            ("4", "iota kappa lambda mu nu"),
        ]);
        assert_eq!(align(&old, &new), vec![(0, 0), (1, 2), (2, 3)]);
    }

    #[test]
    fn same_number_with_different_text_is_not_paired() {
        let old = items(&[("5", "one two three four")]);
        let new = items(&[("5", "five six seven eight")]);
        assert!(align(&old, &new).is_empty());
    }
}
