//! Alignment: which provision of the old version is which of the new.
//!
//! Identical content pairs first (whatever the number), then the best of two
//! kinds of candidates: same number with similar text, and different number
//! with very similar text (a renumbering). Candidates are taken best first,
//! so an inserted article does not pair every later article with its
//! neighbour: the renumbered pairs score higher than the same-number ones.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Same number, similar text: the least similarity to count as the same provision.
const SAME_NUMBER_MIN: f64 = 0.35;
/// Different number: the least similarity to count as renumbered or moved.
const RENUMBERED_MIN: f64 = 0.7;
/// Bonus for keeping the number, so that ties go to the same number.
const SAME_NUMBER_BONUS: f64 = 0.2;
/// From this many unmatched provisions on, their word sets are made on two threads.
const PARALLEL_WORD_SETS: usize = 64;
/// Up to this many unmatched pairs, every pair is scored for a renumbering.
const EXHAUSTIVE_LIMIT: usize = 4_000;
/// Above it, pairs must share one of this many rare words of the new provision.
const RARE_KEYS: usize = 12;
/// A word in more unmatched provisions than this is never a key.
const RARE_LIMIT: u32 = 64;
/// A key listing more old provisions than this is not followed.
const KEY_LIST_LIMIT: usize = 4 * RARE_LIMIT as usize;
/// Above it, pairs this close in the lists of unmatched provisions are scored too.
const NEIGHBOURS: usize = 8;

/// A provision as alignment sees it.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    /// The number as written.
    pub number: Option<String>,
    /// Hash of the whole content (heading, text, children with their numbers).
    pub content: u64,
    /// The whole content, from which the word set is made when needed.
    text: String,
    /// Sorted, deduplicated hashes of the words, made on first use: most
    /// provisions are unchanged and pair by hash without ever needing them.
    words: std::sync::OnceLock<Vec<u64>>,
    /// Whether the provision is repealed.
    pub repealed: bool,
}

impl Item {
    /// Builds an item from its number and full content.
    pub fn new(number: Option<String>, content: String, repealed: bool) -> Item {
        Item {
            number,
            content: hash(&content),
            text: content,
            words: std::sync::OnceLock::new(),
            repealed,
        }
    }

    /// Whether two provisions have the same content: equal hashes, then equal texts,
    /// so that a hash collision can never hide a change.
    pub fn same_content(&self, other: &Item) -> bool {
        self.content == other.content && self.text == other.text
    }

    /// The word set of the content.
    pub fn words(&self) -> &[u64] {
        self.words.get_or_init(|| word_set(&self.text))
    }
}

/// Hashes a string (stable within one process run, which is all alignment needs).
pub(crate) fn hash(s: &str) -> u64 {
    // FNV-1a over 8-byte words: alignment only needs equal texts to hash
    // equal, and this runs over every provision of both versions.
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ s.len() as u64;
    let mut chunks = s.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(PRIME)
            .rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(PRIME);
    }
    h
}

/// Hash maps keyed by word or content hashes, which are already well mixed.
pub(crate) type HashedMap<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// A hasher for keys that are hashes already: it passes them through.
#[derive(Default)]
pub(crate) struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The set of word hashes of a text, lowercased.
///
/// Words are runs of alphanumeric characters (Unicode-aware, so Cyrillic and
/// Kazakh letters count). This runs over every provision of both versions, so
/// it uses a cheap multiplicative hash rather than full word segmentation.
pub(crate) fn word_set(text: &str) -> Vec<u64> {
    let mut words = Vec::with_capacity(text.len() / 6);
    push_word_hashes(text, usize::MAX, &mut words);
    words.sort_unstable();
    words.dedup();
    words
}

/// Appends the hash of each word of a text, lowercased, in text order.
///
/// Only the first `letters` letters of a word are hashed (digits always), so
/// a small number gives stems; `usize::MAX` gives whole words.
pub(crate) fn push_word_hashes(text: &str, letters: usize, out: &mut Vec<u64>) {
    const SEED: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let bytes = text.as_bytes();
    let mut h = SEED;
    let mut seen = 0;
    let mut i = 0;
    // Bytes below 0x80 are read as bytes (most text is ASCII spaces,
    // punctuation and digits, and all of English); other characters are
    // decoded one at a time. Both give the hashes of the same characters.
    while i < bytes.len() {
        let b = bytes[i];
        let (c, digit) = if b < 0x80 {
            i += 1;
            match b {
                b'A'..=b'Z' => (u32::from(b | 0x20), false),
                b'a'..=b'z' => (u32::from(b), false),
                b'0'..=b'9' => (u32::from(b), true),
                _ => {
                    if seen > 0 {
                        out.push(h);
                        h = SEED;
                        seen = 0;
                    }
                    continue;
                }
            }
        } else {
            // Two-byte characters (Cyrillic, Kazakh, accented Latin) are
            // decoded here; the text is valid UTF-8, so the next byte follows.
            let two = match bytes.get(i + 1) {
                Some(&next) if b & 0xE0 == 0xC0 => {
                    let code = (u32::from(b & 0x1F) << 6) | u32::from(next & 0x3F);
                    // The Russian alphabet is folded here, without `fold_case`'s table.
                    let folded = match code {
                        0x0410..=0x042F => Some(code + 0x20),
                        0x0400..=0x040F => Some(code + 0x50),
                        0x0430..=0x045F => Some(code),
                        _ => None,
                    };
                    if let Some(folded) = folded {
                        i += 2;
                        if seen < letters {
                            h = (h ^ u64::from(folded)).wrapping_mul(PRIME);
                        }
                        seen += 1;
                        continue;
                    }
                    char::from_u32(code)
                }
                _ => None,
            };
            let Some(c) = two.or_else(|| text.get(i..).and_then(|rest| rest.chars().next())) else {
                break;
            };
            i += c.len_utf8();
            if !is_word_char(c) {
                if seen > 0 {
                    out.push(h);
                    h = SEED;
                    seen = 0;
                }
                continue;
            }
            (u32::from(fold_case(c)), false)
        };
        if seen < letters || digit {
            h = (h ^ u64::from(c)).wrapping_mul(PRIME);
        }
        seen += 1;
    }
    if seen > 0 {
        out.push(h);
    }
}

/// Whether a character belongs to a word; Latin and Cyrillic without table lookups.
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphanumeric(),
    }
}

/// Lowercases one character, with fast paths for Latin and Cyrillic.
fn fold_case(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'a'..='z' | '0'..='9' | 'а'..='я' => c,
        'А'..='Я' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
        _ => c.to_lowercase().next().unwrap_or(c),
    }
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

/// Pairs of unmatched provisions worth scoring: neighbours, and those sharing a rare word.
///
/// Provisions with a Dice similarity of 0.7 share most of their words, and so
/// almost surely some of each other's rarest ones. Each provision is keyed by
/// its first `RARE_KEYS` words (in hash order, which is arbitrary but fixed)
/// among those used by at most a tenth of the unmatched provisions, so common
/// words do not make every pair a candidate.
fn pairs_worth_scoring(
    old: &[Item],
    new: &[Item],
    free_old: &[usize],
    free_new: &[usize],
) -> Vec<(usize, usize)> {
    let mut frequency: HashedMap<u32> = HashedMap::default();
    for words in free_old
        .iter()
        .map(|&i| old[i].words())
        .chain(free_new.iter().map(|&j| new[j].words()))
    {
        for &w in words {
            *frequency.entry(w).or_insert(0) += 1;
        }
    }
    // A tenth of the provisions, but never more than a fixed number: each
    // key lists at most that many old provisions, so the candidates grow
    // with the act, not with its square.
    let limit = u32::try_from((free_old.len() + free_new.len()) / 10)
        .unwrap_or(u32::MAX)
        .clamp(2, RARE_LIMIT);
    let keys = |words: &[u64]| -> Vec<u64> {
        let rare: Vec<u64> = words
            .iter()
            .copied()
            .filter(|w| frequency.get(w).is_some_and(|&n| n <= limit))
            .take(RARE_KEYS)
            .collect();
        if rare.is_empty() {
            words.iter().copied().take(RARE_KEYS).collect()
        } else {
            rare
        }
    };
    let mut index: HashedMap<Vec<usize>> = HashedMap::default();
    for &i in free_old {
        for key in keys(old[i].words()) {
            index.entry(key).or_default().push(i);
        }
    }
    let mut seen = vec![usize::MAX; old.len()];
    let mut pairs = Vec::new();
    for (q, &j) in free_new.iter().enumerate() {
        // Renumbered provisions mostly keep their order: neighbours in the lists of
        // unmatched provisions are always scored, whatever their words.
        let near = q.saturating_sub(NEIGHBOURS)..(q + NEIGHBOURS + 1).min(free_old.len());
        for &i in free_old.get(near).unwrap_or_default() {
            if seen[i] != j {
                seen[i] = j;
                pairs.push((i, j));
            }
        }
        for key in keys(new[j].words()) {
            let olds = index.get(&key).map(Vec::as_slice).unwrap_or_default();
            // A key shared by very many provisions (a common word standing in
            // for rare ones) tells nothing: scanning it would make the search
            // quadratic.
            if olds.len() > KEY_LIST_LIMIT {
                continue;
            }
            for &i in olds {
                if seen[i] != j {
                    seen[i] = j;
                    pairs.push((i, j));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

/// How many of the smallest hashes make a set's sketch.
const SKETCH: usize = 32;
/// How far below the threshold a sketch estimate may be and still be checked exactly.
const SKETCH_SLACK: f64 = 0.25;

/// Estimates Dice similarity from the `SKETCH` smallest hashes of the two sets.
///
/// The smallest hashes of the union are a uniform sample of it; the share of
/// them found in both sets estimates the Jaccard index, converted to Dice.
fn sketch_similarity(a: &[u64], b: &[u64]) -> f64 {
    if a.len() <= SKETCH || b.len() <= SKETCH {
        return 1.0;
    }
    let (mut i, mut j, mut taken, mut both) = (0, 0, 0, 0);
    while taken < SKETCH && i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
        taken += 1;
    }
    let jaccard = both as f64 / taken.max(1) as f64;
    2.0 * jaccard / (1.0 + jaccard)
}

/// Old provisions in document order, with the place before which all are taken.
#[derive(Default)]
struct Cursor {
    list: Vec<usize>,
    start: usize,
}

impl Cursor {
    /// The first provision not taken that passes `fits`, in list order.
    fn first_free(&mut self, taken: &[bool], fits: impl Fn(usize) -> bool) -> Option<usize> {
        while self.list.get(self.start).is_some_and(|&i| taken[i]) {
            self.start += 1;
        }
        self.list[self.start..]
            .iter()
            .copied()
            .find(|&i| !taken[i] && fits(i))
    }
}

/// Pairs old items with new items; returns `(old index, new index)` pairs sorted by new index.
///
/// With `numbers_kept`, a number is evidence of identity (two versions of one
/// act); without it (an act and the act it replaced), only the words are.
pub(crate) fn align(old: &[Item], new: &[Item], numbers_kept: bool) -> Vec<(usize, usize)> {
    let mut old_taken = vec![false; old.len()];
    let mut new_taken = vec![false; new.len()];
    let mut pairs = Vec::new();

    // 1. Identical content, preferring the same number.
    // Each list of old provisions keeps a cursor past its taken front, so
    // that thousands of identical provisions pair in linear time.
    let mut by_content: HashedMap<Cursor> = HashedMap::default();
    let mut by_content_number: HashMap<(u64, Option<&str>), Cursor> = HashMap::new();
    for (i, item) in old.iter().enumerate() {
        if !item.repealed {
            by_content.entry(item.content).or_default().list.push(i);
            by_content_number
                .entry((item.content, item.number.as_deref()))
                .or_default()
                .list
                .push(i);
        }
    }
    for (j, item) in new.iter().enumerate() {
        if item.repealed || item.text.len() < 12 {
            continue;
        }
        let same_content = |i: usize| old[i].same_content(item);
        let same = by_content_number
            .get_mut(&(item.content, item.number.as_deref()))
            .and_then(|c| c.first_free(&old_taken, same_content));
        let any = || {
            by_content
                .get_mut(&item.content)
                .and_then(|c| c.first_free(&old_taken, same_content))
        };
        if let Some(i) = same.or_else(any) {
            old_taken[i] = true;
            new_taken[j] = true;
            pairs.push((i, j));
        }
    }

    // The word sets of the unmatched provisions are all needed next: in a large
    // act, make the old and the new ones on both cores.
    let unmatched = old_taken.iter().chain(&new_taken).filter(|t| !**t).count();
    std::thread::scope(|scope| {
        if unmatched < PARALLEL_WORD_SETS {
            return;
        }
        scope.spawn(|| {
            for (i, item) in old.iter().enumerate() {
                if !old_taken[i] {
                    item.words();
                }
            }
        });
        for (j, item) in new.iter().enumerate() {
            if !new_taken[j] {
                item.words();
            }
        }
    });

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
        let sim = similarity(old[i].words(), new[j].words());
        if numbers_kept && sim >= SAME_NUMBER_MIN {
            candidates.push((sim + SAME_NUMBER_BONUS, i, j));
        } else if sim >= RENUMBERED_MIN {
            candidates.push((sim, i, j));
        }
    }
    let free_old: Vec<usize> = (0..old.len())
        .filter(|&i| !old_taken[i] && !old[i].repealed)
        .collect();
    let free_new: Vec<usize> = (0..new.len())
        .filter(|&j| !new_taken[j] && !new[j].repealed)
        .collect();
    let exhaustive = free_old.len().saturating_mul(free_new.len()) <= EXHAUSTIVE_LIMIT;
    let pairs_to_score: Vec<(usize, usize)> = if exhaustive {
        free_old
            .iter()
            .flat_map(|&i| free_new.iter().map(move |&j| (i, j)))
            .collect()
    } else {
        pairs_worth_scoring(old, new, &free_old, &free_new)
    };
    for (i, j) in pairs_to_score {
        if old[i].number == new[j].number {
            continue;
        }
        let (a, b) = (old[i].words(), new[j].words());
        // The best Dice score two sets of these sizes could reach.
        let bound = 2.0 * a.len().min(b.len()) as f64 / (a.len() + b.len()).max(1) as f64;
        if bound < RENUMBERED_MIN {
            continue;
        }
        // Sorted hashes start with a bottom-k sketch: a cheap estimate first.
        if sketch_similarity(a, b) < RENUMBERED_MIN - SKETCH_SLACK {
            continue;
        }
        let sim = similarity(a, b);
        if sim >= RENUMBERED_MIN {
            candidates.push((sim, i, j));
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
    // 3. Whatever is left keeps its number: a provision restated in full
    // ("в редакции Закона …") is still the same provision.
    if !numbers_kept {
        pairs.sort_by_key(|&(i, j)| (j, i));
        return pairs;
    }
    let leftover: HashMap<&str, usize> = (0..old.len())
        .filter(|&i| !old_taken[i])
        .filter_map(|i| old[i].number.as_deref().map(|n| (n, i)))
        .collect();
    for (j, item) in new.iter().enumerate() {
        if new_taken[j] {
            continue;
        }
        if let Some(&i) = item.number.as_deref().and_then(|n| leftover.get(n))
            && !old_taken[i]
        {
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
            .map(|(n, t)| Item::new(Some(n.to_string()), t.to_string(), false))
            .collect()
    }

    /// Word hashes read one character at a time, as the byte-level reader must agree with.
    fn char_hashes(text: &str, letters: usize) -> Vec<u64> {
        const SEED: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let (mut out, mut h, mut seen) = (Vec::new(), SEED, 0);
        for c in text.chars() {
            if is_word_char(c) {
                if seen < letters || c.is_ascii_digit() {
                    h = (h ^ u64::from(u32::from(fold_case(c)))).wrapping_mul(PRIME);
                }
                seen += 1;
            } else if seen > 0 {
                out.push(h);
                (h, seen) = (SEED, 0);
            }
        }
        if seen > 0 {
            out.push(h);
        }
        out
    }

    #[test]
    fn word_hashes_read_bytes_as_the_characters_they_are() {
        let texts = [
            "Article 12. The Authorised Body, 2024-07-01; No. 95-VIII",
            "Статья 456-2. ЁЛКА ёлка «Средства» массовой информации – 20 МРП",
            "Қазақстан Республикасының ЗАҢЫ: әрекет, ұйым, Ғылым 1990 ж.",
            "ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏ ѐёђѓєѕіїјљњћќѝўџ АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
            "абвгдежзийклмнопрстуфхцчшщъыьэюя Ѡѡ Ґґ ҂ ҈ Ӏ ӏ Ԁ",
            "Straße ÉCOLE naïve Ωmega ٣٤ 中文 tab\tend",
            "",
            "  ,,, ",
            "x",
        ];
        for text in texts {
            for letters in [0, 1, 5, usize::MAX] {
                let mut fast = Vec::new();
                push_word_hashes(text, letters, &mut fast);
                assert_eq!(fast, char_hashes(text, letters), "{text:?} at {letters}");
            }
        }
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
        assert_eq!(align(&old, &new, true), vec![(0, 0), (1, 2), (2, 3)]);
    }

    #[test]
    fn large_acts_find_renumberings_far_away() {
        // 120 × 120 unmatched pairs: too many to score all, so candidates come
        // from neighbours and shared rare words. The new version reverses the
        // order and renumbers everything, and each text loses one word.
        let text = |i: usize, skip: bool| -> String {
            let words: Vec<String> = (0..20)
                .filter(|k| !(skip && *k == 3))
                .map(|k| format!("w{i}x{k}"))
                .collect();
            format!("common shared words {}", words.join(" "))
        };
        let old: Vec<Item> = (0..120)
            .map(|i| Item::new(Some(format!("{i}")), text(i, false), false))
            .collect();
        let new: Vec<Item> = (0..120)
            .rev()
            .map(|i| Item::new(Some(format!("{}", i + 1000)), text(i, true), false))
            .collect();
        let pairs = align(&old, &new, true);
        assert_eq!(pairs.len(), 120);
        assert!(pairs.iter().all(|&(i, j)| i == 119 - j), "{pairs:?}");
    }

    #[test]
    fn same_number_with_different_text_is_a_restatement() {
        let old = items(&[("5", "one two three four")]);
        let new = items(&[("5", "five six seven eight")]);
        assert_eq!(align(&old, &new, true), vec![(0, 0)]);
    }

    #[test]
    fn renumbering_beats_a_restatement() {
        let old = items(&[("5", "one two three four five six")]);
        let new = items(&[
            ("5", "nine ten eleven twelve"),
            ("6", "one two three four five six"),
        ]);
        assert_eq!(align(&old, &new, true), vec![(0, 1)]);
    }
}
