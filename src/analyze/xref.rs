//! Cross-references: provisions that refer to an article of the same act.

use crate::statute::{Citation, Statute};
use crate::util::regex;
use regex::Regex;
use std::sync::LazyLock;

/// «статьей 456-1 настоящего Кодекса», «статьями 130, 131 и 174 настоящего Кодекса»,
/// "Article 26 of this Law": a run of article numbers followed by "this Code/Law".
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:стать[яиеюйь][а-я]*|articles?)\s+((?:[0-9]+(?:-[0-9]+)*(?:\s*(?:,|и|или|and|or)\s*)?)+)(?:[^.;]{0,80}?)(?:настоящего\s+(?:кодекса|закона)|of\s+this\s+(?:code|law))",
    )
});

static NUMBER: LazyLock<Regex> = LazyLock::new(|| regex(r"[0-9]+(?:-[0-9]+)*"));

/// The article numbers a text refers to within the same act.
pub fn referenced_articles(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for c in REFERENCE.captures_iter(text) {
        if let Some(list) = c.get(1) {
            for n in NUMBER.find_iter(list.as_str()) {
                if !out.iter().any(|x: &String| x == n.as_str()) {
                    out.push(n.as_str().to_string());
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
