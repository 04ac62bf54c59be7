//! Where a provision is when a version does not have it: another version of
//! the act, another act, or nowhere, with what the nearest enclosing
//! provision does have.
//!
//! Only asked on the error path of a command that was given a citation, so
//! it may read and parse every version of the act and the latest of the others.

use super::act::ActId;
use super::git::{CorpusError, Repository};
use super::resolve::Version;
use crate::statute::{Citation, Statute, Unit, UnitKind};

/// What the repository knows about a provision a version does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Absence {
    /// The nearest enclosing provision the version has, with the numbers of
    /// its units of the kind asked for (`ст. 174` and `["1", "2", "3"]`).
    pub parent: Option<(Citation, UnitKind, Vec<String>)>,
    /// The first later version of the act that has the provision.
    pub later: Option<Version>,
    /// The last earlier version of the act that had it.
    pub earlier: Option<Version>,
    /// Other acts whose latest version has it, those in the act's language first.
    pub other_acts: Vec<ActId>,
    /// The first and the last article number of the version.
    pub articles: Option<(String, String)>,
}

/// At most this many other acts are named.
const OTHER_ACTS: usize = 3;

impl Repository {
    /// Says where a provision is that `statute` (the text of `version`) does not have.
    pub fn locate_absent(
        &self,
        version: &Version,
        statute: &Statute,
        citation: &Citation,
    ) -> Result<Absence, CorpusError> {
        let versions = self.versions(&version.act)?;
        let here = version.index.unwrap_or(versions.len());
        let has = |v: &Version| -> Result<bool, CorpusError> {
            Ok(v.blob != version.blob && self.load(v)?.find(citation).is_some())
        };
        let mut later = None;
        for v in versions.iter().skip(here + 1) {
            if has(v)? {
                later = Some(v.clone());
                break;
            }
        }
        let mut earlier = None;
        for v in versions.iter().take(here).rev() {
            if has(v)? {
                earlier = Some(v.clone());
                break;
            }
        }
        let mut other_acts = Vec::new();
        if later.is_none() && earlier.is_none() {
            let mut holders: Vec<(bool, ActId)> = Vec::new();
            for act in self.acts()? {
                if act == version.act {
                    continue;
                }
                let Ok(latest) = self.resolve(&act, "latest") else {
                    continue;
                };
                // A broken text elsewhere must not hide the answer about this one.
                let Ok(other) = self.load(&latest) else {
                    continue;
                };
                if other.find(citation).is_some() {
                    holders.push((other.language != statute.language, act));
                }
            }
            holders.sort_by_key(|(other_language, _)| *other_language);
            other_acts = holders
                .into_iter()
                .take(OTHER_ACTS)
                .map(|(_, a)| a)
                .collect();
        }
        let articles: Vec<String> = statute
            .cited_units()
            .into_iter()
            .filter(|(_, u)| u.kind == UnitKind::Article)
            .filter_map(|(c, _)| c.article().map(str::to_string))
            .collect();
        Ok(Absence {
            parent: nearest_parent(statute, citation),
            later,
            earlier,
            other_acts,
            articles: articles.first().cloned().zip(articles.last().cloned()),
        })
    }
}

/// The nearest enclosing provision of `citation` in `statute`, with the
/// numbers of its children of the kind the citation's next step asks for.
fn nearest_parent(
    statute: &Statute,
    citation: &Citation,
) -> Option<(Citation, UnitKind, Vec<String>)> {
    for len in (1..citation.0.len()).rev() {
        let parent = Citation(citation.0[..len].to_vec());
        let Some(unit) = statute.find(&parent) else {
            continue;
        };
        let kind = citation.0[len].kind;
        let numbers = children_of_kind(unit, kind);
        return Some((parent, kind, numbers));
    }
    None
}

fn children_of_kind(unit: &Unit, kind: UnitKind) -> Vec<String> {
    unit.children
        .iter()
        .filter(|c| c.kind == kind)
        .filter_map(|c| c.number.clone())
        .collect()
}

/// Numbers as a reader takes them in: `1–3` for a run, `1, 2-1, 3` otherwise.
pub fn number_range(numbers: &[String]) -> String {
    let parsed: Option<Vec<u64>> = numbers.iter().map(|n| n.parse().ok()).collect();
    match parsed {
        Some(n) if n.len() > 2 && n.windows(2).all(|w| w[1] == w[0] + 1) => {
            format!("{}–{}", numbers[0], numbers[numbers.len() - 1])
        }
        _ => numbers.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_numbers_are_ranges() {
        let strings = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(number_range(&strings(&["1", "2", "3"])), "1–3");
        assert_eq!(number_range(&strings(&["1", "2"])), "1, 2");
        assert_eq!(number_range(&strings(&["1", "2-1", "3"])), "1, 2-1, 3");
        assert_eq!(number_range(&strings(&["1", "3", "4"])), "1, 3, 4");
        assert_eq!(number_range(&[]), "");
    }

    #[test]
    fn the_nearest_parent_lists_its_parts() {
        let text = "### Статья 174. Разжигание\n\n1. Первая.\n\n2. Вторая.\n\n3. Третья.\n";
        let statute = crate::statute::parse_bytes(text.as_bytes(), "t.md").unwrap();
        let citation = Citation::parse("ст. 174 ч. 9").unwrap();
        let (parent, kind, numbers) = nearest_parent(&statute, &citation).unwrap();
        assert_eq!(parent, Citation::parse("ст. 174").unwrap());
        assert_eq!(kind, UnitKind::Paragraph);
        assert_eq!(numbers, ["1", "2", "3"]);
        assert_eq!(
            nearest_parent(&statute, &Citation::parse("ст. 274").unwrap()),
            None
        );
    }
}
