//! Provisions followed across articles: a part repealed in one article and
//! added to another is one provision that moved, and is compared with itself.
//!
//! The aligner pairs provisions within one list (the articles of an act, the
//! parts of one article). What leaves one list for another — a part moved to
//! another article, an article folded into another as new parts, an article
//! split into several, a provision carried into the act that replaced its
//! own — comes out of it as something removed or repealed plus something
//! added. This pass looks for the same provision on both sides of such pairs,
//! at every level (article, part, subparagraph), and turns each one found
//! into a [`ChangeKind::Moved`] change with its redline, so the analyzers
//! compare the provision with its origin instead of with nothing.
//!
//! A move needs strong evidence: the two texts must share most of their
//! words, weighted by how rare each word is in the two versions, so the
//! boilerplate of sanction clauses («влечет штраф … месячных расчетных
//! показателей») cannot pair unrelated provisions.

use super::align::{HashedMap, push_word_hashes};
use super::{Change, ChangeKind, Ctx, Derived, Provision, display_text, display_text_without};
use crate::statute::{Citation, Statute, Step, Unit, UnitKind};
use std::collections::{HashMap, HashSet};

/// The least rarity-weighted share of words two provisions must have in common to be one.
const MIN_SIMILARITY: f64 = 0.6;
/// Provisions with fewer words than this are too short to be recognised elsewhere.
const MIN_WORDS: usize = 8;
/// At most this many provisions of each version are read to know how rare a word is.
const RARITY_SAMPLE: usize = 2_000;
/// A word in more destinations than this is never a key of the candidate search.
const MAX_KEY_DESTINATIONS: usize = 64;
/// Candidate pairs share at least one of this many rarest words of the origin.
const RARE_KEYS: usize = 8;

/// Replaces removed-plus-added pairs of the same provision with moves.
pub(super) fn follow_moves(
    ctx: &Ctx,
    (old, old_derived): (&Statute, &Derived),
    (new, new_derived): (&Statute, &Derived),
    changes: &mut Vec<Change>,
) {
    let is_origin = |c: &Change| matches!(c.kind, ChangeKind::Removed | ChangeKind::Repealed);
    let is_destination = |c: &Change| c.kind == ChangeKind::Added;
    if !changes.iter().any(is_origin) || !changes.iter().any(is_destination) {
        return;
    }
    let wanted = |side: fn(&Change) -> Option<&super::Side>| -> Vec<Citation> {
        changes
            .iter()
            .filter(|c| is_origin(c) || is_destination(c))
            .filter_map(side)
            .map(|s| s.path.clone())
            .collect()
    };
    let old_wanted = wanted(|c| c.old.as_ref());
    let new_wanted = wanted(|c| c.new.as_ref());
    let (old_index, new_index) = std::thread::scope(|scope| {
        let old_job = scope.spawn(|| units_at(old, &old_wanted));
        let new_index = units_at(new, &new_wanted);
        let old_index = old_job
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (old_index, new_index)
    });

    let mut origins = Vec::new();
    let mut destinations = Vec::new();
    for (index, change) in changes.iter().enumerate() {
        if is_origin(change)
            && let Some(side) = &change.old
            && let Some(unit) = old_index.get(&side.path)
        {
            pieces(&Place::of(index, side), unit, &mut origins);
        } else if is_destination(change)
            && let Some(side) = &change.new
            && let Some(unit) = new_index.get(&side.path)
        {
            pieces(&Place::of(index, side), unit, &mut destinations);
        }
    }
    if origins.is_empty() || destinations.is_empty() {
        return;
    }
    // Each text's rarity is its own: a walk over a history counts it once.
    let (old_rarity, new_rarity) = match (old_derived.rarity.get(), new_derived.rarity.get()) {
        (Some(o), Some(n)) => (o, n),
        (Some(o), None) => (
            o,
            new_derived
                .rarity
                .get_or_init(|| Rarity::of(new, Some((old, o)))),
        ),
        (None, Some(n)) => (
            old_derived
                .rarity
                .get_or_init(|| Rarity::of(old, Some((new, n)))),
            n,
        ),
        (None, None) => std::thread::scope(|scope| {
            let old_job = scope.spawn(|| old_derived.rarity.get_or_init(|| Rarity::of(old, None)));
            let new_rarity = new_derived.rarity.get_or_init(|| Rarity::of(new, None));
            let old_rarity = old_job
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (old_rarity, new_rarity)
        }),
    };
    let rarity = Rarities(old_rarity, new_rarity);
    for piece in origins.iter_mut().chain(destinations.iter_mut()) {
        piece.weights = piece.words.iter().map(|&w| rarity.weight(w)).collect();
        piece.weight = piece.weights.iter().sum();
    }
    let matches = best_matches(&origins, &destinations);
    if matches.is_empty() {
        return;
    }

    // What each change loses to moves, and which moves land in each change.
    let mut taken: Vec<Vec<&Unit>> = vec![Vec::new(); changes.len()];
    let mut landing: Vec<Vec<(usize, usize)>> = vec![Vec::new(); changes.len()];
    for &(o, d) in &matches {
        taken[origins[o].change].push(origins[o].unit);
        taken[destinations[d].change].push(destinations[d].unit);
        landing[destinations[d].change].push((o, d));
    }
    let old_changes = std::mem::take(changes);
    for (index, mut change) in old_changes.into_iter().enumerate() {
        let lost = &taken[index];
        let mut whole_moved = false;
        if !lost.is_empty() {
            let (whole, index_of) = if is_destination(&change) {
                (change.new.as_mut(), &new_index)
            } else {
                (change.old.as_mut(), &old_index)
            };
            if let Some(side) = whole
                && let Some(unit) = index_of.get(&side.path)
            {
                if lost.iter().any(|u| std::ptr::eq(*u, *unit)) {
                    // The whole provision moved: the move stands in its place.
                    whole_moved = true;
                } else {
                    side.text = display_text_without(unit, lost);
                }
            }
        }
        if !whole_moved {
            changes.push(change);
        }
        let mut arriving = landing[index].clone();
        arriving.sort_by_key(|&(_, d)| destinations[d].order);
        for (o, d) in arriving {
            changes.push(moved(ctx, &origins[o], &destinations[d]));
        }
    }
}

/// The units of a statute at some citations, found in one walk.
fn units_at<'s>(statute: &'s Statute, wanted: &[Citation]) -> HashMap<Citation, &'s Unit> {
    let wanted_set: HashSet<&Citation> = wanted.iter().collect();
    // Only a unit of the right kind and number can be wanted: check that before
    // building its whole citation, and without copying its number.
    let last_steps: HashSet<(UnitKind, Option<&str>)> = wanted
        .iter()
        .filter_map(|c| c.0.last())
        .map(|step| (step.kind, step.number.as_deref()))
        .collect();
    let mut found = HashMap::new();
    statute.walk(|ancestors, unit| {
        if last_steps.contains(&(unit.kind, unit.number.as_deref())) {
            let citation = Citation::of(ancestors, unit);
            if wanted_set.contains(&citation) {
                found.insert(citation, unit);
            }
        }
    });
    found
}

/// The moved change from one piece to another, with its redline.
fn moved(ctx: &Ctx, from: &Piece<'_>, to: &Piece<'_>) -> Change {
    let old_side = ctx.old_side(
        &Provision {
            unit: from.unit,
            path: from.path.clone(),
            chapter: from.chapter.clone(),
        },
        true,
    );
    let new_side = ctx.new_side(
        &Provision {
            unit: to.unit,
            path: to.path.clone(),
            chapter: to.chapter.clone(),
        },
        true,
    );
    let redline = if old_side.text == new_side.text {
        Vec::new()
    } else {
        ctx.redline(&old_side.text, &new_side.text)
    };
    // Across acts an article can keep its number and still be found only by
    // its words: that is an amendment, not a move.
    let kind = if old_side.citation == new_side.citation {
        ChangeKind::Amended
    } else {
        ChangeKind::Moved
    };
    Change {
        kind,
        old: Some(old_side),
        new: Some(new_side),
        others: Vec::new(),
        redline,
        footnotes: None,
    }
}

/// A provision, or a part of one, that may have moved.
struct Piece<'a> {
    /// The change it belongs to.
    change: usize,
    /// Its place among all pieces of its side, in document order.
    order: usize,
    /// Its citation.
    path: Citation,
    /// How deep it sits, not counting a level where a unit has a single child
    /// (an article that is one part is as much that part as the article).
    level: usize,
    /// The provision.
    unit: &'a Unit,
    /// The chapter it sits in.
    chapter: Option<String>,
    /// Its words (sorted hashes), the weight of each, and their total weight.
    words: Vec<u64>,
    weights: Vec<f64>,
    weight: f64,
}

/// Where a piece sits: its change, citation, level and chapter.
struct Place<'s> {
    change: usize,
    path: Citation,
    level: usize,
    chapter: Option<&'s String>,
}

impl<'s> Place<'s> {
    /// The place of the provision a change is about.
    fn of(change: usize, side: &'s super::Side) -> Place<'s> {
        Place {
            change,
            path: side.path.clone(),
            level: side.path.0.len(),
            chapter: side.chapter.as_ref(),
        }
    }
}

/// Adds a provision and each of its descendants as pieces, skipping repealed stubs and short texts.
fn pieces<'a>(place: &Place<'_>, unit: &'a Unit, out: &mut Vec<Piece<'a>>) {
    if unit.is_repealed() {
        return;
    }
    let words = stem_set(&display_text(unit));
    if words.len() >= MIN_WORDS {
        out.push(Piece {
            change: place.change,
            order: out.len(),
            path: place.path.clone(),
            level: place.level,
            unit,
            chapter: place.chapter.cloned(),
            words,
            weights: Vec::new(),
            weight: 0.0,
        });
    }
    for child in &unit.children {
        let mut path = place.path.clone();
        path.0.push(Step {
            kind: child.kind,
            number: child.number.clone(),
        });
        let level = if unit.children.len() == 1 {
            place.level
        } else {
            place.level + 1
        };
        let child_place = Place {
            change: place.change,
            path,
            level,
            chapter: place.chapter,
        };
        pieces(&child_place, child, out);
    }
}

/// How many letters of a word are kept as its stem.
const STEM_LETTERS: usize = 5;

/// The set of word stems of a text: the first letters of each word, lowercased.
///
/// Russian and Kazakh words change their endings with their place in the
/// sentence («средствах» / «средства», «уақыт бойынша» / «уақытпен»), and a
/// provision that moved is often reworded around its words: stems let those
/// count as the same word.
fn stem_set(text: &str) -> Vec<u64> {
    let mut stems = Vec::with_capacity(text.len() / 6);
    push_stems(text, &mut stems);
    stems.sort_unstable();
    stems.dedup();
    stems
}

/// Appends the stems of a text's words, unsorted, hashed as they are read.
fn push_stems(text: &str, out: &mut Vec<u64>) {
    // Numbers are kept whole: «20» and «200» are different evidence.
    push_word_hashes(text, STEM_LETTERS, out);
}

/// How rare each word is in one version.
pub(super) struct Rarity {
    /// In how many provisions each word occurs.
    counts: HashedMap<u32>,
    /// How many provisions there are.
    provisions: usize,
    /// The provisions counted, by the hash of their texts: each one's place
    /// in the walk and its distinct stems in `stems`.
    counted: HashedMap<(usize, std::ops::Range<usize>)>,
    /// The distinct stems of the provisions counted, one after the other.
    stems: Vec<u64>,
}

impl Rarity {
    /// In how many provisions of a statute each stem occurs.
    ///
    /// A large act is sampled at an even stride (at most `RARITY_SAMPLE`
    /// provisions): a word's rarity is an estimate either way, and this keeps
    /// the cost of a few moves in a whole code constant. The stems of a
    /// provision with the same texts in `other` (the version it is compared
    /// with) are taken from there: between versions most provisions are the same.
    fn of(statute: &Statute, other: Option<(&Statute, &Rarity)>) -> Rarity {
        let mut units: Vec<&Unit> = Vec::new();
        statute.walk(|_, unit| units.push(unit));
        let mut other_units: Vec<&Unit> = Vec::new();
        if let Some((other, _)) = other {
            other.walk(|_, unit| other_units.push(unit));
        }
        let stride = units.len().div_ceil(RARITY_SAMPLE).max(1);
        let mut rarity = Rarity {
            counts: HashedMap::default(),
            provisions: 0,
            counted: HashedMap::default(),
            stems: Vec::new(),
        };
        for (place, unit) in units.into_iter().enumerate().step_by(stride) {
            rarity.provisions += 1;
            let key = texts_hash(unit);
            let start = rarity.stems.len();
            let same = other.and_then(|(_, before)| {
                let (at, range) = before.counted.get(&key)?;
                let kept = other_units.get(*at)?;
                same_texts(kept, unit).then(|| &before.stems[range.clone()])
            });
            match same {
                Some(stems) => rarity.stems.extend_from_slice(stems),
                None => {
                    for text in [
                        unit.heading.as_deref().unwrap_or(""),
                        &unit.text,
                        &unit.tail,
                    ] {
                        push_stems(text, &mut rarity.stems);
                    }
                    let own = &mut rarity.stems[start..];
                    own.sort_unstable();
                    let distinct = dedup_sorted(own);
                    rarity.stems.truncate(start + distinct);
                }
            }
            for &stem in &rarity.stems[start..] {
                *rarity.counts.entry(stem).or_insert(0) += 1;
            }
            rarity
                .counted
                .entry(key)
                .or_insert((place, start..rarity.stems.len()));
        }
        rarity
    }
}

/// A hash of the texts of a unit whose stems are counted.
fn texts_hash(unit: &Unit) -> u64 {
    let heading = super::align::hash(unit.heading.as_deref().unwrap_or(""));
    super::align::hash(&unit.text)
        ^ heading.rotate_left(17)
        ^ super::align::hash(&unit.tail).rotate_left(41)
}

/// Whether two units have the texts whose stems are counted.
fn same_texts(a: &Unit, b: &Unit) -> bool {
    a.heading == b.heading && a.text == b.text && a.tail == b.tail
}

/// Moves the distinct values of a sorted slice to its front; returns how many there are.
fn dedup_sorted(values: &mut [u64]) -> usize {
    let mut kept = 0;
    for i in 0..values.len() {
        if kept == 0 || values[i] != values[kept - 1] {
            values[kept] = values[i];
            kept += 1;
        }
    }
    kept
}

/// How rare each word is in the two versions together: the weight of evidence it gives.
struct Rarities<'r>(&'r Rarity, &'r Rarity);

impl Rarities<'_> {
    /// The weight of one word: high for rare words, near zero for words in every provision.
    fn weight(&self, word: u64) -> f64 {
        let count = |r: &Rarity| r.counts.get(&word).copied().unwrap_or(0);
        let count = f64::from(count(self.0) + count(self.1));
        let provisions = self.0.provisions + self.1.provisions;
        ((provisions as f64 + 1.0) / (count + 0.5)).ln().max(0.0)
    }
}

/// The pairs (origin, destination) taken as moves: best first, each piece used
/// once, and never a piece together with a provision that contains it.
fn best_matches(origins: &[Piece<'_>], destinations: &[Piece<'_>]) -> Vec<(usize, usize)> {
    let mut by_word: HashedMap<Vec<usize>> = HashedMap::default();
    for (d, piece) in destinations.iter().enumerate() {
        for &word in &piece.words {
            by_word.entry(word).or_default().push(d);
        }
    }
    let relative = |order: usize, len: usize| order as f64 / len.max(1) as f64;
    let mut candidates: Vec<(f64, f64, usize, usize)> = Vec::new();
    for (o, origin) in origins.iter().enumerate() {
        // The keys are the origin's words found in fewest destinations; a word
        // in very many is no key, so the search stays linear in the act's size.
        let mut keys: Vec<(usize, u64)> = origin
            .words
            .iter()
            .filter_map(|w| by_word.get(w).map(|list| (list.len(), *w)))
            .filter(|&(n, _)| n <= MAX_KEY_DESTINATIONS)
            .collect();
        keys.sort_unstable();
        let mut seen: Vec<usize> = keys
            .iter()
            .take(RARE_KEYS)
            .filter_map(|(_, w)| by_word.get(w))
            .flatten()
            .copied()
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for d in seen {
            let destination = &destinations[d];
            let score = score(origin, destination);
            if score >= MIN_SIMILARITY {
                let distance = (relative(origin.order, origins.len())
                    - relative(destination.order, destinations.len()))
                .abs();
                candidates.push((score, distance, o, d));
            }
        }
    }
    // Whole provisions before their parts, so a part that moved with its
    // subparagraphs is one move, its edits in one redline.
    let depth = |&(_, _, o, d): &(f64, f64, usize, usize)| origins[o].level + destinations[d].level;
    candidates.sort_by(|a, b| {
        depth(a)
            .cmp(&depth(b))
            .then(b.0.total_cmp(&a.0))
            .then(a.1.total_cmp(&b.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let overlaps = |a: &Piece<'_>, b: &Piece<'_>| {
        a.change == b.change && (a.path.0.starts_with(&b.path.0) || b.path.0.starts_with(&a.path.0))
    };
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (_, _, o, d) in candidates {
        let clash = taken.iter().any(|&(to, td)| {
            overlaps(&origins[to], &origins[o]) || overlaps(&destinations[td], &destinations[d])
        });
        if !clash {
            taken.push((o, d));
        }
    }
    uncross(&mut taken, origins, destinations);
    taken
}

/// The score of a pair: the weight of shared words over the weight of the larger piece.
fn score(origin: &Piece<'_>, destination: &Piece<'_>) -> f64 {
    let larger = origin.weight.max(destination.weight);
    if larger <= 0.0 {
        return 0.0;
    }
    let (a, b) = (&origin.words, &destination.words);
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += origin.weights[i];
                i += 1;
                j += 1;
            }
        }
    }
    shared / larger
}

/// Swaps the destinations of two moves that cross when the swap costs almost nothing.
///
/// Parts written to the same pattern (repeat offences: «Деяния, предусмотренные
/// частью первой …, совершенные повторно …») differ only in the part they refer
/// to, so their scores nearly tie; moves keep their order, as amendments keep
/// the order of the parts they carry over.
fn uncross(taken: &mut [(usize, usize)], origins: &[Piece<'_>], destinations: &[Piece<'_>]) {
    const TOLERANCE: f64 = 0.2;
    // Only moves out of one provision are weighed against each other: their
    // number is small, where the moves of a whole code are not.
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (k, &(o, _)) in taken.iter().enumerate() {
        groups.entry(origins[o].change).or_default().push(k);
    }
    for members in groups.values() {
        // Each swap removes a crossing; as many passes as members sort them.
        for _ in 0..members.len() {
            let mut swapped = false;
            for (x, &a) in members.iter().enumerate() {
                for &b in &members[x + 1..] {
                    let ((o1, d1), (o2, d2)) = (taken[a], taken[b]);
                    let same_depth = origins[o1].path.0.len() == origins[o2].path.0.len()
                        && destinations[d1].path.0.len() == destinations[d2].path.0.len();
                    let crossed = (origins[o1].order < origins[o2].order)
                        != (destinations[d1].order < destinations[d2].order);
                    if !same_depth || !crossed {
                        continue;
                    }
                    let kept = score(&origins[o1], &destinations[d1])
                        + score(&origins[o2], &destinations[d2]);
                    let first = score(&origins[o1], &destinations[d2]);
                    let second = score(&origins[o2], &destinations[d1]);
                    if first >= MIN_SIMILARITY
                        && second >= MIN_SIMILARITY
                        && first + second >= kept - TOLERANCE
                    {
                        taken[a] = (o1, d2);
                        taken[b] = (o2, d1);
                        swapped = true;
                    }
                }
            }
            if !swapped {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::compare::{ChangeKind, compare};
    use crate::statute::Statute;

    fn parse(text: &str) -> Statute {
        Statute::parse(text, "test.md").unwrap_or_else(|e| panic!("{e}"))
    }

    /// `(kind, old citation, new citation)` of every change.
    fn kinds(old: &str, new: &str) -> Vec<(ChangeKind, String, String)> {
        compare(&parse(old), &parse(new))
            .changes
            .into_iter()
            .map(|c| {
                let cite = |s: &Option<crate::compare::Side>| {
                    s.as_ref().map_or(String::new(), |s| s.citation.clone())
                };
                (c.kind, cite(&c.old), cite(&c.new))
            })
            .collect()
    }

    const RU_OLD: &str = "# Кодекс\n\n## Глава 1. Общие\n\n### Статья 10. Доступ к информации\n\n1. Незаконный отказ в предоставлении информации, –\n\n   влечет штраф на должностных лиц в размере двадцати месячных расчетных показателей.\n\n2. Размещение заведомо ложной информации в средствах массовой информации, на интернет-ресурсе обладателя информации, –\n\n   влечет штраф на должностных лиц в размере тридцати месячных расчетных показателей.\n\n### Статья 11. Порядок\n\n1. Нарушение порядка аккредитации журналистов, –\n\n   влечет предупреждение.\n";

    const RU_NEW: &str = "# Кодекс\n\n## Глава 1. Общие\n\n### Статья 10. Доступ к информации\n\n1. Незаконный отказ в предоставлении информации, –\n\n   влечет штраф на должностных лиц в размере двадцати месячных расчетных показателей.\n\n2. Исключен Законом РК от 10.07.2023 № 20-VIII.\n\n### Статья 11. Порядок\n\n1. Нарушение порядка аккредитации журналистов, –\n\n   влечет предупреждение.\n\n### Статья 11-1. Ложная информация\n\n1. Размещение, распространение ложной информации в масс-медиа, на интернет-ресурсе обладателя информации, –\n\n   влечет штраф на должностных лиц в размере тридцати месячных расчетных показателей.\n\n2. Деяние, предусмотренное частью первой настоящей статьи, повлекшее тяжкие последствия, –\n\n   влечет арест на срок до десяти суток.\n";

    #[test]
    fn a_part_moved_to_a_new_article_is_one_move() {
        let changes = kinds(RU_OLD, RU_NEW);
        assert!(
            changes.contains(&(
                ChangeKind::Moved,
                "ст. 10 ч. 2".to_string(),
                "ст. 11-1 ч. 1".to_string()
            )),
            "{changes:#?}"
        );
        // The new article is still added, with the part that is new in it.
        assert!(
            changes.contains(&(ChangeKind::Added, String::new(), "ст. 11-1".to_string())),
            "{changes:#?}"
        );
        // The repealed part is the move's origin, not a repeal of its own.
        assert!(
            !changes.iter().any(|c| c.0 == ChangeKind::Repealed),
            "{changes:#?}"
        );
    }

    #[test]
    fn a_summary_without_redlines_counts_the_same_changes() {
        let (old, new) = (parse(RU_OLD), parse(RU_NEW));
        let derived = crate::compare::Derived::default;
        let summary = crate::compare::summary_derived(
            (&old, &derived()),
            (&new, &derived()),
            crate::compare::Numbering::Continued,
        );
        assert_eq!(summary, compare(&old, &new).summary());
        assert!(summary.contains("moved"), "{summary}");
    }

    #[test]
    fn the_move_is_compared_with_its_origin() {
        let comparison = compare(&parse(RU_OLD), &parse(RU_NEW));
        let moved = comparison
            .changes
            .iter()
            .find(|c| c.kind == ChangeKind::Moved)
            .unwrap_or_else(|| panic!("{:#?}", comparison.changes));
        let (old, new) = crate::compare::sides(&moved.redline);
        assert!(
            old.contains("заведомо") && !new.contains("заведомо"),
            "{new}"
        );
        let added = comparison
            .changes
            .iter()
            .find(|c| c.kind == ChangeKind::Added)
            .unwrap_or_else(|| panic!("{:#?}", comparison.changes));
        // What is left of the added article is its new part alone.
        assert!(
            !added.new_text().contains("Размещение"),
            "{}",
            added.new_text()
        );
        assert!(
            added.new_text().contains("тяжкие последствия"),
            "{}",
            added.new_text()
        );
    }

    #[test]
    fn an_article_folded_into_another_moves_part_by_part_in_english() {
        let old = "# Code\n\n### Article 1. Press\n\n1. Publishing a periodical without registration with the authorised body shall be punished by a fine of fifty monthly calculation indices.\n\n2. Printing a newspaper without its imprint and the name of its editor shall be punished by a warning.\n\n3. Distributing a periodical whose publication was suspended by a court shall be punished by a fine of seventy monthly calculation indices.\n\n### Article 2. Broadcasting\n\n1. Broadcasting foreign programmes above twenty percent of the weekly volume of national channels shall be punished by a fine of one hundred monthly calculation indices.\n\n2. Retransmission of foreign television channels without a licence from the authorised body shall be punished by a fine of two hundred monthly calculation indices.\n";
        let new = "# Code\n\n### Article 1. Media\n\n1. Publishing a periodical without registration with the authorised body shall be punished by a fine of fifty monthly calculation indices.\n\n2. Printing a newspaper without its imprint and the name of its editor shall be punished by a warning.\n\n3. Distributing a periodical whose publication was suspended by a court shall be punished by a fine of seventy monthly calculation indices.\n\n4. Broadcasting foreign programmes above ten percent of the weekly volume of national channels shall be punished by a fine of one hundred monthly calculation indices.\n\n5. Retransmission of foreign television channels without a licence from the authorised body shall be punished by a fine of two hundred monthly calculation indices.\n\n### Article 2. Broadcasting\n\nRepealed by Law No. 95-VIII of 19 June 2024.\n";
        let changes = kinds(old, new);
        for (from, to) in [
            ("art. 2 part 1", "art. 1 part 4"),
            ("art. 2 part 2", "art. 1 part 5"),
        ] {
            assert!(
                changes.contains(&(ChangeKind::Moved, from.to_string(), to.to_string())),
                "{from} → {to}: {changes:#?}"
            );
        }
    }

    #[test]
    fn kazakh_parts_move_despite_changed_endings() {
        let old = "# Кодекс\n\n### 10-бап. Ақпарат\n\n1. Ақпарат иеленушінің интернет-ресурсында көріне тұра жалған ақпаратты орналастыру –\n\n   лауазымды адамдарға – отыз айлық есептік көрсеткіш мөлшерінде айыппұл салуға алып келеді.\n\n2. Осы баптың бірінші бөлігінде көзделген әрекет –\n\n   ескерту жасауға алып келеді.\n\n### 11-бап. Тәртіп\n\n1. Журналистерді аккредиттеу тәртібін бұзу –\n\n   ескерту жасауға алып келеді.\n";
        let new = "# Кодекс\n\n### 10-бап. Ақпарат\n\n2. Осы баптың бірінші бөлігінде көзделген әрекет –\n\n   ескерту жасауға алып келеді.\n\n### 11-бап. Тәртіп\n\n1. Журналистерді аккредиттеу тәртібін бұзу –\n\n   ескерту жасауға алып келеді.\n\n2. Масс-медиада, ақпарат иеленушінің интернет-ресурсында жалған ақпаратты орналастыру, тарату –\n\n   лауазымды адамдарға – отыз айлық есептік көрсеткіш мөлшерінде айыппұл салуға алып келеді.\n";
        let changes = kinds(old, new);
        assert!(
            changes.contains(&(
                ChangeKind::Moved,
                "10-бап 1-бөлік".to_string(),
                "11-бап 2-бөлік".to_string()
            )),
            "{changes:#?}"
        );
    }

    #[test]
    fn sanction_boilerplate_alone_is_no_move() {
        // Two unrelated offences share only the wording of their sanctions,
        // which, as in every code, most articles use.
        let sanction = "   влечет штраф на должностных лиц в размере тридцати месячных расчетных показателей.\n\n";
        let others: String = [
            "Торговля",
            "Охота",
            "Рыболовство",
            "Строительство",
            "Перевозки",
        ]
        .iter()
        .enumerate()
        .map(|(i, what)| {
            format!(
                "### Статья {}. {what}\n\n1. Нарушение правил: {what}, –\n\n{sanction}",
                i + 10
            )
        })
        .collect();
        let old = format!(
            "# Кодекс\n\n### Статья 1. Налоги\n\n1. Неуплата налога на имущество в установленный срок, –\n\n{sanction}{others}"
        );
        let new = format!(
            "# Кодекс\n\n{others}### Статья 30. Вещание\n\n1. Ретрансляция иностранных телеканалов без лицензии, –\n\n{sanction}"
        );
        let changes = kinds(&old, &new);
        assert!(
            !changes.iter().any(|c| c.0 == ChangeKind::Moved),
            "{changes:#?}"
        );
    }
}
