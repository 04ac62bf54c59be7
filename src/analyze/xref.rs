//! Cross-references: provisions that refer to an article of the same act.

use crate::statute::{Citation, Statute, Step, Unit, UnitKind};
use crate::util::regex;
use regex::Regex;
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

/// «статьей 456-1 настоящего Кодекса», «статьями 130, 131 и 174 настоящего Кодекса»,
/// "Article 26 of this Law": a run of article numbers followed by "this Code/Law".
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:стать[яиеюйь][а-я]*|articles?)\s+((?:[0-9]+(?:-[0-9]+)*(?:\s*(?:,|и|или|and|or)\s*)?)+)(?:[^.;]{0,80}?)(?:настоящего\s+(?:кодекса|закона)|of\s+this\s+(?:code|law))",
    )
});

/// The article numbers in `list`, left to right: what `[0-9]+(?:-[0-9]+)*`
/// finds, without compiling an expression for it.
fn numbers(list: &str) -> impl Iterator<Item = &str> {
    let bytes = list.as_bytes();
    let digits_from = |mut at: usize| {
        while bytes.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        at
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + bytes.get(at..)?.iter().position(u8::is_ascii_digit)?;
        let mut end = digits_from(start);
        while bytes.get(end) == Some(&b'-') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
            end = digits_from(end + 1);
        }
        at = end;
        list.get(start..end)
    })
}

/// The article numbers a text refers to within the same act.
pub fn referenced_articles(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for c in REFERENCE.captures_iter(text) {
        if let Some(list) = c.get(1) {
            for n in numbers(list.as_str()) {
                if !out.iter().any(|x: &String| x == n) {
                    out.push(n.to_string());
                }
            }
        }
    }
    out
}

/// Citations of the provisions of `statute` that refer to article `number`.
pub fn references_to(statute: &Statute, number: &str) -> Vec<Citation> {
    let mut out = Vec::new();
    statute.walk(|ancestors, unit| {
        // The cheap test first: most provisions do not even contain the digits.
        if unit.is_repealed() || !unit.text.contains(number) {
            return;
        }
        if !referenced_articles(&unit.text).iter().any(|n| n == number) {
            return;
        }
        let citation = Citation::of(ancestors, unit);
        if citation.article() != Some(number) {
            out.push(citation);
        }
    });
    out
}

/// The units of one statute by citation, and its cross-references by the
/// article they name, each built once on first use: a lookup per change
/// instead of a walk of the whole statute, which made a whole code quadratic.
pub struct UnitIndex<'a> {
    statute: &'a Statute,
    /// Each citation's first unit as the child indices that lead to it (not
    /// a reference, so that the index stays covariant in `'a`).
    by_citation: OnceLock<HashMap<Citation, Box<[u32]>>>,
    references: OnceLock<HashMap<String, Vec<Citation>>>,
}

impl<'a> UnitIndex<'a> {
    /// An index of `statute`; nothing is read until it is asked.
    pub fn new(statute: &'a Statute) -> UnitIndex<'a> {
        UnitIndex {
            statute,
            by_citation: OnceLock::new(),
            references: OnceLock::new(),
        }
    }

    /// The statute indexed.
    pub fn statute(&self) -> &'a Statute {
        self.statute
    }

    /// The first unit in document order with this citation, as [`Statute::find`].
    pub fn find(&self, citation: &Citation) -> Option<&'a Unit> {
        let map = self.by_citation.get_or_init(|| {
            let mut map = HashMap::new();
            let mut ancestors = Vec::new();
            let mut steps = Vec::new();
            for (i, unit) in self.statute.units.iter().enumerate() {
                index_units(unit, i, &mut ancestors, &mut steps, &mut map);
            }
            map
        });
        let steps = map.get(citation)?;
        let (first, rest) = steps.split_first()?;
        let mut unit = self.statute.units.get(*first as usize)?;
        for &i in rest {
            unit = unit.children.get(i as usize)?;
        }
        Some(unit)
    }

    /// The article with this number, as `find` of its one-step citation.
    pub fn article(&self, number: &str) -> Option<&'a Unit> {
        self.find(&Citation(vec![Step {
            kind: UnitKind::Article,
            number: Some(number.to_string()),
        }]))
    }

    /// Citations of the provisions that refer to article `number`, in
    /// document order, as [`references_to`].
    pub fn references_to(&self, number: &str) -> Vec<Citation> {
        let map = self.references.get_or_init(|| {
            let mut map: HashMap<String, Vec<Citation>> = HashMap::new();
            self.statute.walk(|ancestors, unit| {
                if unit.is_repealed() {
                    return;
                }
                let numbers = referenced_articles(&unit.text);
                if numbers.is_empty() {
                    return;
                }
                let citation = Citation::of(ancestors, unit);
                for n in numbers {
                    if citation.article() != Some(n.as_str()) {
                        map.entry(n).or_default().push(citation.clone());
                    }
                }
            });
            map
        });
        map.get(number).cloned().unwrap_or_default()
    }
}

/// Adds `unit` (child `i` of the last ancestor) and its descendants to the
/// citation index, keeping the first unit of each citation.
fn index_units<'a>(
    unit: &'a Unit,
    i: usize,
    ancestors: &mut Vec<&'a Unit>,
    steps: &mut Vec<u32>,
    map: &mut HashMap<Citation, Box<[u32]>>,
) {
    steps.push(u32::try_from(i).unwrap_or(u32::MAX));
    map.entry(Citation::of(ancestors, unit))
        .or_insert_with(|| steps.clone().into_boxed_slice());
    ancestors.push(unit);
    for (j, child) in unit.children.iter().enumerate() {
        index_units(child, j, ancestors, steps, map);
    }
    ancestors.pop();
    steps.pop();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_what_the_expression_finds() {
        let expression = regex(r"[0-9]+(?:-[0-9]+)*");
        for text in [
            "",
            "12",
            "456-2",
            "1-2-3, 4",
            "7-",
            "-8",
            "9--1",
            "a1b22-3c-",
            "130, 131 и 174-1",
            "1-a 2",
            "12-34-",
        ] {
            let want: Vec<&str> = expression.find_iter(text).map(|m| m.as_str()).collect();
            assert_eq!(numbers(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn reads_references_in_both_languages() {
        assert_eq!(
            referenced_articles(
                "за исключением случаев, предусмотренных статьей 163 настоящего Кодекса"
            ),
            ["163"]
        );
        assert_eq!(
            referenced_articles("в статьях 134, 308 и 309 настоящего Кодекса под иными"),
            ["134", "308", "309"]
        );
        assert_eq!(
            referenced_articles("as provided by Article 26 of this Law"),
            ["26"]
        );
        assert!(referenced_articles("статьей 5 Закона о связи").is_empty());
    }

    #[test]
    fn the_index_answers_as_the_walks_do() {
        let text = "### Статья 1\n\n1. Как предусмотрено статьей 3 настоящего Кодекса.\n\n\
                    ### Статья 2\n\nСтатьями 1 и 3 настоящего Кодекса.\n\n\
                    ### Статья 3\n\n1. Текст статьи 3 настоящего Кодекса.\n2. Второй.\n";
        let statute = Statute::parse(text, "t.md").unwrap_or_else(|e| panic!("{e}"));
        let index = UnitIndex::new(&statute);
        for number in ["1", "2", "3", "4"] {
            assert_eq!(index.references_to(number), references_to(&statute, number));
        }
        assert_eq!(index.references_to("3").len(), 2);
        statute.walk(|ancestors, unit| {
            let citation = Citation::of(ancestors, unit);
            let found = index.find(&citation).map(|u| u as *const Unit);
            assert_eq!(found, statute.find(&citation).map(|u| u as *const Unit));
            assert!(found.is_some());
        });
        assert!(index.article("4").is_none());
        let two = Citation(vec![Step {
            kind: UnitKind::Article,
            number: Some("2".to_string()),
        }]);
        assert!(index.article("2").is_some());
        assert_eq!(
            index.article("2").map(|u| u as *const Unit),
            statute.find(&two).map(|u| u as *const Unit)
        );
    }
}
