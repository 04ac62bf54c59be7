//! Comparison of two versions: aligned provisions and their word-level redlines.
//!
//! Data flows one way: two [`Statute`]s in, a [`Comparison`] out. This module
//! knows nothing of git, analyzers or output formats.

pub(crate) mod align;
mod follow;
mod redline;

pub use redline::{WordOp, redline, sides, tokenize};

use crate::statute::{Citation, CiteStyle, Language, Status, Statute, Unit, UnitKind};
use align::{Item, align, common};
use serde::Serialize;
use std::collections::BTreeMap;

/// What happened to a provision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// New in the new version.
    Added,
    /// Gone from the new version.
    Removed,
    /// Same provision, different wording.
    Amended,
    /// Same provision, new number (its wording may also have changed).
    Renumbered,
    /// Same provision, under another chapter or parent.
    Moved,
    /// One old provision became two or more new ones.
    Split,
    /// Two or more old provisions became one.
    Merged,
    /// Marked as repealed ("Исключен …") in the new version.
    Repealed,
    /// Only the editorial notes (amendment footnotes) changed.
    Editorial,
}

impl ChangeKind {
    /// Every kind, in the order summaries list them.
    pub const ALL: [ChangeKind; 9] = [
        ChangeKind::Added,
        ChangeKind::Removed,
        ChangeKind::Amended,
        ChangeKind::Renumbered,
        ChangeKind::Moved,
        ChangeKind::Split,
        ChangeKind::Merged,
        ChangeKind::Repealed,
        ChangeKind::Editorial,
    ];

    /// The lowercase word used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Amended => "amended",
            ChangeKind::Renumbered => "renumbered",
            ChangeKind::Moved => "moved",
            ChangeKind::Split => "split",
            ChangeKind::Merged => "merged",
            ChangeKind::Repealed => "repealed",
            ChangeKind::Editorial => "editorial",
        }
    }
}

/// One side (old or new) of a change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// The citation, formatted in the act's language.
    pub citation: String,
    /// The citation as a path of steps.
    pub path: Citation,
    /// The kind of unit.
    pub unit: UnitKind,
    /// The heading, for articles and divisions.
    pub heading: Option<String>,
    /// The text compared: the unit's own words, or its whole text when it was added, removed or moved.
    pub text: String,
    /// The first and last line in the file.
    pub lines: (usize, usize),
    /// In force or repealed.
    #[serde(flatten)]
    pub status: Status,
    /// The numbered chapter the unit sits in, if any (`гл. 26`).
    pub chapter: Option<String>,
}

/// A change in the editorial notes of a provision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FootnoteChange {
    /// Notes only in the new version.
    pub added: Vec<String>,
    /// Notes only in the old version.
    pub removed: Vec<String>,
    /// Amending laws named in the new notes and not in the old ones.
    pub amending_acts: Vec<String>,
}

/// One change between two versions, at one provision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// What happened.
    pub kind: ChangeKind,
    /// The provision in the old version.
    pub old: Option<Side>,
    /// The provision in the new version.
    pub new: Option<Side>,
    /// For a split, the other new provisions; for a merge, the other old ones.
    pub others: Vec<Side>,
    /// The word-level edits from old text to new text (empty when the wording is the same).
    pub redline: Vec<WordOp>,
    /// For editorial changes, the notes that changed.
    pub footnotes: Option<FootnoteChange>,
}

impl Change {
    /// The citation of the change in the newest version it exists in.
    pub fn citation(&self) -> &str {
        self.new
            .as_ref()
            .or(self.old.as_ref())
            .map_or("", |s| s.citation.as_str())
    }

    /// Whether the wording changed.
    pub fn has_redline(&self) -> bool {
        self.redline
            .iter()
            .any(|op| !matches!(op, WordOp::Equal(_)))
    }

    /// The old text, or empty.
    pub fn old_text(&self) -> &str {
        self.old.as_ref().map_or("", |s| s.text.as_str())
    }

    /// The new text, or empty.
    pub fn new_text(&self) -> &str {
        self.new.as_ref().map_or("", |s| s.text.as_str())
    }
}

/// Everything that changed between two versions, in document order of the new version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The language of the old text.
    pub old_language: Language,
    /// The language of the new text.
    pub new_language: Language,
    /// The changes.
    pub changes: Vec<Change>,
}

impl Comparison {
    /// How many changes of each kind.
    pub fn counts(&self) -> BTreeMap<ChangeKind, usize> {
        let mut counts = BTreeMap::new();
        for change in &self.changes {
            *counts.entry(change.kind).or_insert(0) += 1;
        }
        counts
    }

    /// A one-line summary: `3 changes: 1 added, 2 amended`.
    pub fn summary(&self) -> String {
        let counts = self.counts();
        if counts.is_empty() {
            return "no changes".to_string();
        }
        let parts: Vec<String> = ChangeKind::ALL
            .iter()
            .filter_map(|k| counts.get(k).map(|n| format!("{n} {}", k.as_str())))
            .collect();
        let total = self.changes.len();
        format!(
            "{total} change{}: {}",
            if total == 1 { "" } else { "s" },
            parts.join(", ")
        )
    }
}

/// What the comparison does at one place of the change list.
enum Slot<'g> {
    /// The old provision `i` is gone.
    Removed(usize),
    /// The new provision `j` is new.
    Added(usize),
    /// Old `i` became new `j` and the new provisions listed.
    Split(usize, usize, &'g [usize]),
    /// The old provisions listed and old `i` became new `j`.
    Merged(&'g [usize], usize, usize),
    /// Old `i` is new `j`; whether their whole content is the same.
    Paired(usize, usize, bool),
}

/// A provision with its place, as the comparison walks it.
struct Provision<'a> {
    unit: &'a Unit,
    path: Citation,
    chapter: Option<String>,
}

/// Whether the article numbers of the two texts continue one numbering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
    /// Two versions of one act: a kept number is evidence of the same provision.
    Continued,
    /// An act and the act it replaced: numbers say nothing, only words do.
    Independent,
}

/// Compares two versions of an act.
pub fn compare(old: &Statute, new: &Statute) -> Comparison {
    compare_numbered(old, new, Numbering::Continued)
}

/// Compares two texts whose article numbers may or may not continue one numbering.
pub fn compare_numbered(old: &Statute, new: &Statute, numbering: Numbering) -> Comparison {
    compare_derived(
        (old, &Derived::default()),
        (new, &Derived::default()),
        numbering,
    )
}

/// What the comparison derives from one text alone, made when first needed.
///
/// A walk over a history compares each text twice, as the new side of one
/// pair and the old side of the next: kept with its text, this is derived
/// once. It must only ever be given with the text it was made for.
#[derive(Default)]
pub struct Derived {
    /// How rare each word stem is among the text's provisions.
    rarity: std::sync::OnceLock<follow::Rarity>,
    /// The provisions compared at the top, as alignment sees them (with the
    /// word sets made for them, which the next comparison may need again).
    top_items: std::sync::OnceLock<Vec<Item>>,
}

/// [`compare_numbered`], with what was derived from each text before.
pub fn compare_derived(
    old: (&Statute, &Derived),
    new: (&Statute, &Derived),
    numbering: Numbering,
) -> Comparison {
    compare_with(old, new, numbering, true)
}

/// The one-line [`Comparison::summary`] of two texts, made without the word-level
/// edits: what changed at each provision does not depend on them.
pub fn summary_derived(
    old: (&Statute, &Derived),
    new: (&Statute, &Derived),
    numbering: Numbering,
) -> String {
    compare_with(old, new, numbering, false).summary()
}

fn compare_with(
    (old, old_derived): (&Statute, &Derived),
    (new, new_derived): (&Statute, &Derived),
    numbering: Numbering,
    redlines: bool,
) -> Comparison {
    let ctx = Ctx {
        old_style: old.cite_style(),
        new_style: new.cite_style(),
        numbering,
        redlines,
    };
    let old_top = top_provisions(old);
    let new_top = top_provisions(new);
    let old_items = || old_derived.top_items.get_or_init(|| items(&old_top));
    let new_items = || new_derived.top_items.get_or_init(|| items(&new_top));
    let top_items = match (old_derived.top_items.get(), new_derived.top_items.get()) {
        (Some(o), _) => (o, new_items()),
        (None, Some(n)) => (old_items(), n),
        // The two versions are independent: build them on both cores.
        (None, None) => std::thread::scope(|scope| {
            let old_job = scope.spawn(old_items);
            let new_items = new_items();
            (
                old_job
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                new_items,
            )
        }),
    };
    let mut changes = Vec::new();
    let (old_items, new_items) = top_items;
    ctx.compare_lists(
        &old_top,
        &new_top,
        (old_items, new_items),
        true,
        &mut changes,
    );
    follow::follow_moves(&ctx, (old, old_derived), (new, new_derived), &mut changes);
    Comparison {
        old_language: old.language,
        new_language: new.language,
        changes,
    }
}

struct Ctx {
    old_style: CiteStyle,
    new_style: CiteStyle,
    numbering: Numbering,
    /// Whether the word-level edits are made; a summary needs only the kinds of change.
    redlines: bool,
}

/// The provisions compared at the top: articles, and numbered units outside any article.
fn top_provisions(statute: &Statute) -> Vec<Provision<'_>> {
    let mut out = Vec::new();
    statute.walk(|ancestors, unit| {
        if unit.kind.is_division() {
            return;
        }
        let in_article = ancestors.iter().any(|a| !a.kind.is_division());
        if in_article {
            return;
        }
        let chapter = ancestors
            .iter()
            .filter(|a| a.kind.is_division() && a.number.is_some())
            .map(|a| Citation::of(&[], a).display(statute.cite_style()))
            .collect::<Vec<_>>();
        out.push(Provision {
            unit,
            path: Citation::of(ancestors, unit),
            chapter: if chapter.is_empty() {
                None
            } else {
                Some(chapter.join(" "))
            },
        });
    });
    out
}

/// Provisions as alignment sees them.
fn items(list: &[Provision<'_>]) -> Vec<Item> {
    list.iter()
        .map(|p| Item::new(p.unit.number.clone(), content(p.unit), p.unit.is_repealed()))
        .collect()
}

/// Everything that identifies a provision's content: heading, text, and children with their numbers.
fn content(unit: &Unit) -> String {
    let mut out = String::new();
    push_content(unit, &mut out, true);
    out
}

fn push_content(unit: &Unit, out: &mut String, top: bool) {
    if !top {
        out.push('\n');
        out.push_str(unit.number.as_deref().unwrap_or("-"));
        out.push('|');
    }
    if let Some(h) = &unit.heading {
        out.push_str(h);
        out.push('\n');
    }
    out.push_str(&unit.text);
    for child in &unit.children {
        push_content(child, out, false);
    }
    if !unit.tail.is_empty() {
        out.push_str("\n|");
        out.push_str(&unit.tail);
    }
}

/// The whole text of a unit for display: heading, own text, and children with their numbers.
fn display_text(unit: &Unit) -> String {
    display_text_without(unit, &[])
}

/// The display text of a unit without some of its descendants (those that moved elsewhere).
fn display_text_without(unit: &Unit, left_out: &[&Unit]) -> String {
    let mut out = String::new();
    if let Some(h) = &unit.heading {
        out.push_str(h);
    }
    if !unit.text.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&unit.text);
    }
    for child in &unit.children {
        push_display(child, left_out, &mut out);
    }
    push_tail(unit, &mut out);
    out
}

/// The text after a unit's children, on its own line.
fn push_tail(unit: &Unit, out: &mut String) {
    if !unit.tail.is_empty() {
        out.push('\n');
        out.push_str(&unit.tail);
    }
}

fn push_display(unit: &Unit, left_out: &[&Unit], out: &mut String) {
    if left_out.iter().any(|u| std::ptr::eq(*u, unit)) {
        return;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    match (unit.kind, &unit.number) {
        (UnitKind::Subparagraph, Some(n)) => out.push_str(&format!("{n}) ")),
        (_, Some(n)) => out.push_str(&format!("{n}. ")),
        // A note opens with the word its own language uses.
        (UnitKind::Note, None) => {
            out.push_str(crate::statute::Language::detect(&unit.text).note_label());
        }
        _ => {}
    }
    out.push_str(&unit.text);
    for child in &unit.children {
        push_display(child, left_out, out);
    }
    push_tail(unit, out);
}

impl Ctx {
    /// The word-level edits from one text to another, when they are made.
    fn redline(&self, old: &str, new: &str) -> Vec<WordOp> {
        if self.redlines {
            redline(old, new)
        } else {
            Vec::new()
        }
    }

    fn side(&self, p: &Provision<'_>, style: CiteStyle, whole: bool) -> Side {
        Side {
            citation: p.path.display(style),
            path: p.path.clone(),
            unit: p.unit.kind,
            heading: p.unit.heading.clone(),
            text: if whole {
                display_text(p.unit)
            } else {
                p.unit.own_words()
            },
            lines: (p.unit.span.line_start, p.unit.span.line_end),
            status: p.unit.status.clone(),
            chapter: p.chapter.clone(),
        }
    }

    fn old_side(&self, p: &Provision<'_>, whole: bool) -> Side {
        self.side(p, self.old_style, whole)
    }

    fn new_side(&self, p: &Provision<'_>, whole: bool) -> Side {
        self.side(p, self.new_style, whole)
    }

    /// Compares two lists of provisions, given as alignment sees them.
    fn compare_lists(
        &self,
        old: &[Provision<'_>],
        new: &[Provision<'_>],
        (old_items, new_items): (&[Item], &[Item]),
        top: bool,
        out: &mut Vec<Change>,
    ) {
        // Within a provision paired across acts, its parts keep their numbers.
        let numbers_kept = !top || self.numbering == Numbering::Continued;
        let pairs = align(old_items, new_items, numbers_kept);
        let mut old_pair = vec![None; old.len()];
        let mut new_pair = vec![None; new.len()];
        for &(i, j) in &pairs {
            old_pair[i] = Some(j);
            new_pair[j] = Some(i);
        }
        let (splits, merges) = find_splits_and_merges(old_items, new_items, &old_pair, &new_pair);

        // The order of the changes is decided first (the new version's order, with
        // removals where the old provision stood); the work on each is done after.
        let mut slots: Vec<Slot<'_>> = Vec::new();
        let mut emitted_old = vec![false; old.len()];
        let mut emitted_new = vec![false; new.len()];
        // Old provisions below `flushed` have all been placed: each flush goes
        // on from there, so the whole walk is linear.
        let mut flushed = 0;
        let mut flush_removed_before =
            |limit: usize, slots: &mut Vec<Slot<'_>>, emitted_old: &mut Vec<bool>| {
                let limit = limit.min(old.len());
                for i in flushed..limit {
                    if old_pair[i].is_none() && !emitted_old[i] {
                        emitted_old[i] = true;
                        slots.push(Slot::Removed(i));
                    }
                }
                flushed = flushed.max(limit);
            };
        for j in 0..new.len() {
            if emitted_new[j] {
                continue;
            }
            emitted_new[j] = true;
            let Some(i) = new_pair[j] else {
                slots.push(Slot::Added(j));
                continue;
            };
            flush_removed_before(i, &mut slots, &mut emitted_old);
            emitted_old[i] = true;
            if let Some(others) = splits.get(&i) {
                for &k in others {
                    emitted_new[k] = true;
                }
                slots.push(Slot::Split(i, j, others));
            } else if let Some(others) = merges.get(&j) {
                for &k in others {
                    emitted_old[k] = true;
                }
                slots.push(Slot::Merged(others, i, j));
            } else {
                slots.push(Slot::Paired(i, j, old_items[i].same_content(&new_items[j])));
            }
        }
        flush_removed_before(old.len(), &mut slots, &mut emitted_old);

        let work = |slots: &[Slot<'_>]| -> Vec<Change> {
            let mut changes = Vec::new();
            for slot in slots {
                match *slot {
                    Slot::Removed(i) => changes.push(Change {
                        kind: ChangeKind::Removed,
                        old: Some(self.old_side(&old[i], true)),
                        new: None,
                        others: Vec::new(),
                        redline: Vec::new(),
                        footnotes: None,
                    }),
                    Slot::Added(j) => changes.push(Change {
                        kind: ChangeKind::Added,
                        old: None,
                        new: Some(self.new_side(&new[j], true)),
                        others: Vec::new(),
                        redline: Vec::new(),
                        footnotes: None,
                    }),
                    Slot::Split(i, j, others) => {
                        changes.push(self.split(&old[i], &new[j], others.iter().map(|&k| &new[k])))
                    }
                    Slot::Merged(others, i, j) => {
                        changes.push(self.merge(others.iter().map(|&k| &old[k]), &old[i], &new[j]))
                    }
                    Slot::Paired(i, j, same) => {
                        self.compare_pair(&old[i], &new[j], top, same, &mut changes)
                    }
                }
            }
            changes
        };
        if top && slots.len() > 1 {
            // Each provision's changes are independent: do the two halves on both cores.
            let (first, second) = slots.split_at(slots.len() / 2);
            let (mut head, tail) = std::thread::scope(|scope| {
                let second_job = scope.spawn(|| work(second));
                let head = work(first);
                (
                    head,
                    second_job
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                )
            });
            head.extend(tail);
            out.extend(head);
        } else {
            out.extend(work(&slots));
        }
    }

    fn split<'p>(
        &self,
        old: &Provision<'_>,
        first: &Provision<'_>,
        rest: impl Iterator<Item = &'p Provision<'p>>,
    ) -> Change {
        let new_side = self.new_side(first, true);
        let old_side = self.old_side(old, true);
        let others: Vec<Side> = rest.map(|p| self.new_side(p, true)).collect();
        let joined = std::iter::once(new_side.text.clone())
            .chain(others.iter().map(|s| s.text.clone()))
            .collect::<Vec<_>>()
            .join("\n");
        Change {
            kind: ChangeKind::Split,
            redline: self.redline(&old_side.text, &joined),
            old: Some(old_side),
            new: Some(new_side),
            others,
            footnotes: None,
        }
    }

    fn merge<'p>(
        &self,
        rest: impl Iterator<Item = &'p Provision<'p>>,
        first: &Provision<'_>,
        new: &Provision<'_>,
    ) -> Change {
        let old_side = self.old_side(first, true);
        let others: Vec<Side> = rest.map(|p| self.old_side(p, true)).collect();
        let new_side = self.new_side(new, true);
        let joined = std::iter::once(old_side.text.clone())
            .chain(others.iter().map(|s| s.text.clone()))
            .collect::<Vec<_>>()
            .join("\n");
        Change {
            kind: ChangeKind::Merged,
            redline: self.redline(&joined, &new_side.text),
            old: Some(old_side),
            new: Some(new_side),
            others,
            footnotes: None,
        }
    }

    fn compare_pair(
        &self,
        old: &Provision<'_>,
        new: &Provision<'_>,
        top: bool,
        same_content: bool,
        out: &mut Vec<Change>,
    ) {
        let (o, n) = (old.unit, new.unit);
        let renumbered = o.number != n.number;
        let moved =
            top && old.chapter != new.chapter && old.chapter.is_some() && new.chapter.is_some();
        if !o.is_repealed() && n.is_repealed() {
            let old_side = self.old_side(old, true);
            let new_side = self.new_side(new, true);
            out.push(Change {
                kind: ChangeKind::Repealed,
                redline: Vec::new(),
                old: Some(old_side),
                new: Some(new_side),
                others: Vec::new(),
                footnotes: None,
            });
            return;
        }
        if renumbered || moved {
            let old_side = self.old_side(old, true);
            let new_side = self.new_side(new, true);
            let ops = if old_side.text == new_side.text {
                Vec::new()
            } else {
                self.redline(&old_side.text, &new_side.text)
            };
            out.push(Change {
                kind: if moved {
                    ChangeKind::Moved
                } else {
                    ChangeKind::Renumbered
                },
                redline: ops,
                old: Some(old_side),
                new: Some(new_side),
                others: Vec::new(),
                footnotes: None,
            });
            self.footnotes(old, new, out);
            return;
        }
        if !same_content {
            if o.own_words() != n.own_words() {
                let old_side = self.old_side(old, false);
                let new_side = self.new_side(new, false);
                out.push(Change {
                    kind: ChangeKind::Amended,
                    redline: self.redline(&old_side.text, &new_side.text),
                    old: Some(old_side),
                    new: Some(new_side),
                    others: Vec::new(),
                    footnotes: None,
                });
            }
            let old_children = children(old);
            let new_children = children(new);
            let (old_items, new_items) = (items(&old_children), items(&new_children));
            self.compare_lists(
                &old_children,
                &new_children,
                (&old_items, &new_items),
                false,
                out,
            );
        }
        self.footnotes(old, new, out);
    }

    /// Reports changed amendment footnotes as an editorial change of the provision.
    fn footnotes(&self, old: &Provision<'_>, new: &Provision<'_>, out: &mut Vec<Change>) {
        let old_notes: Vec<&str> = old.unit.footnotes.iter().map(|f| f.text.as_str()).collect();
        let new_notes: Vec<&str> = new.unit.footnotes.iter().map(|f| f.text.as_str()).collect();
        if old_notes == new_notes {
            return;
        }
        let added: Vec<String> = new_notes
            .iter()
            .filter(|n| !old_notes.contains(n))
            .map(|s| s.to_string())
            .collect();
        let removed: Vec<String> = old_notes
            .iter()
            .filter(|n| !new_notes.contains(n))
            .map(|s| s.to_string())
            .collect();
        let old_acts: Vec<String> = old_notes.iter().flat_map(|n| amending_acts(n)).collect();
        let mut amending: Vec<String> = Vec::new();
        for act in new_notes.iter().flat_map(|n| amending_acts(n)) {
            if !old_acts.contains(&act) && !amending.contains(&act) {
                amending.push(act);
            }
        }
        out.push(Change {
            kind: ChangeKind::Editorial,
            old: Some(self.old_side(old, false)),
            new: Some(self.new_side(new, false)),
            others: Vec::new(),
            redline: Vec::new(),
            footnotes: Some(FootnoteChange {
                added,
                removed,
                amending_acts: amending,
            }),
        });
    }
}

fn children<'a>(p: &Provision<'a>) -> Vec<Provision<'a>> {
    p.unit
        .children
        .iter()
        .map(|c| {
            let mut path = p.path.clone();
            path.0.push(crate::statute::Step {
                kind: c.kind,
                number: c.number.clone(),
            });
            Provision {
                unit: c,
                path,
                chapter: p.chapter.clone(),
            }
        })
        .collect()
}

/// Names of amending laws in a footnote: "от 10.07.2023 № 20-VIII", "of 10 July 2023 No. 20-VIII".
pub fn amending_acts(note: &str) -> Vec<String> {
    static ACT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::util::regex(
            r"(?:от|of|dated)\s+([0-9]{2}\.[0-9]{2}\.[0-9]{4}|[0-9]{1,2}\s+[а-яА-Яa-zA-ZёЁ]+\s+[0-9]{4}(?:\s+года)?)\s*(?:№|No\.?)\s*([0-9]+-[IVXІ]+)",
        )
    });
    ACT.captures_iter(note)
        .map(|c| format!("{} № {}", &c[1], &c[2]))
        .collect()
}

type Groups = std::collections::HashMap<usize, Vec<usize>>;

/// Finds splits (an old provision covered by its pair plus unpaired new ones) and
/// merges (a new provision covering its pair plus unpaired old ones).
fn find_splits_and_merges(
    old: &[Item],
    new: &[Item],
    old_pair: &[Option<usize>],
    new_pair: &[Option<usize>],
) -> (Groups, Groups) {
    let splits = groups(old, new, old_pair, new_pair);
    let taken: std::collections::HashSet<usize> = splits.values().flatten().copied().collect();
    let mut merges = groups(new, old, new_pair, old_pair);
    merges.retain(|_, v| !v.iter().any(|k| taken.contains(k)));
    (splits, merges)
}

/// Wholes on one side that became a paired piece plus unpaired pieces on the other side.
///
/// For splits the wholes are old provisions and the pieces new ones; for
/// merges, the other way round. Returns whole index → extra piece indices.
fn groups(
    wholes: &[Item],
    pieces: &[Item],
    whole_pair: &[Option<usize>],
    piece_pair: &[Option<usize>],
) -> Groups {
    const CONTAINED: f64 = 0.8;
    let contained = |part: &[u64], whole: &[u64]| {
        !part.is_empty() && common(part, whole) as f64 / part.len() as f64 >= CONTAINED
    };
    let mut found = Groups::new();
    let unpaired: Vec<usize> = (0..pieces.len())
        .filter(|&k| piece_pair[k].is_none() && !pieces[k].repealed)
        .collect();
    if unpaired.len() * wholes.len() > 200_000 {
        return found;
    }
    for &k in &unpaired {
        for (i, pair) in whole_pair.iter().enumerate() {
            let Some(j) = *pair else { continue };
            // A split or merge changes the paired provision: identical pairs are
            // skipped before any word set is built.
            if wholes[i].same_content(&pieces[j]) {
                continue;
            }
            let whole = wholes[i].words();
            if !contained(pieces[k].words(), whole) || !contained(pieces[j].words(), whole) {
                continue;
            }
            // Together the pieces must cover the whole, or this is only a quotation.
            let mut union: Vec<u64> = pieces[j]
                .words()
                .iter()
                .chain(pieces[k].words())
                .copied()
                .collect();
            union.sort_unstable();
            union.dedup();
            if contained(whole, &union) && !contained(whole, pieces[j].words()) {
                found.entry(i).or_default().push(k);
                break;
            }
        }
    }
    found
}
