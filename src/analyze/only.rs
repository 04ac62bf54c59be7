//! One provision of a report: the changes to a provision and its descendants.
//!
//! The report is analysed whole first (a finding may depend on the rest of
//! the act, such as a reference to a removed article); the filter then keeps
//! the changes that touch the provision, counts them again and ranks the
//! key changes among them.

use super::{AnnotatedChange, Report, rank};
use crate::compare::Side;
use crate::statute::{ArticleDivision, Citation, CiteStyle};

/// Whether a side of a change is the provision `only` or inside it.
fn inside(side: &Side, only: &Citation, style: CiteStyle) -> bool {
    if side.path.0.starts_with(&only.0) {
        return true;
    }
    // An article's path leaves out its chapter: a division is matched on the
    // chapter the side sits in (`гл. 26`, or `разд. 2 гл. 26`).
    let is_division = only.0.len() == 1 && only.0[0].kind.is_division();
    is_division
        && side.chapter.as_deref().is_some_and(|chapter| {
            let wanted = only.display(style);
            chapter == wanted
                || chapter.ends_with(&format!(" {wanted}"))
                || chapter.starts_with(&format!("{wanted} "))
                || chapter.contains(&format!(" {wanted} "))
        })
}

/// Whether a change touches the provision: any of its sides (old, new, and
/// the others of a split or merge) is inside it, so a provision moved in or
/// out counts.
pub fn touches(change: &AnnotatedChange, only: &Citation, style: CiteStyle) -> bool {
    let c = &change.change;
    c.old
        .iter()
        .chain(c.new.iter())
        .chain(c.others.iter())
        .any(|side| inside(side, only, style))
}

impl Report {
    /// The report limited to the changes that touch `only` and its descendants.
    pub fn only(mut self, only: &Citation) -> Report {
        let style = CiteStyle::new(self.language, ArticleDivision::default());
        self.changes.retain(|c| touches(c, only, style));
        self.summary.clear();
        for c in &self.changes {
            *self.summary.entry(c.change.kind).or_insert(0) += 1;
        }
        self.key_changes = rank::rank(&mut self.changes);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample_report;

    #[test]
    fn keeps_the_provision_its_parts_and_what_moved_in_or_out() {
        let report = sample_report();
        let all = report.changes.len();
        let only = report.clone().only(&Citation::parse("ст. 456-2").unwrap());
        assert_eq!(only.changes.len(), 1);
        assert_eq!(only.summary.values().sum::<usize>(), 1);
        assert!(only.key_changes.iter().all(|k| k.change == 0));
        // ст. 164 → ст. 174: either side counts.
        for typed in ["ст. 164", "ст. 174"] {
            let moved = report.clone().only(&Citation::parse(typed).unwrap());
            assert_eq!(moved.changes.len(), 1, "{typed}");
        }
        let none = report.clone().only(&Citation::parse("ст. 999").unwrap());
        assert!(none.changes.is_empty() && none.key_changes.is_empty());
        assert_eq!(none.summary_line(), "no changes");
        assert_eq!(report.changes.len(), all);
    }
}
