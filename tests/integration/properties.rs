//! Issue 14: properties that hold for any input, checked on arbitrary text and
//! on random mutations of the bundled statutes: the parser and the citation
//! reader never panic, a text compared with itself has no changes, and a
//! comparison gives the same bytes every time.
//!
//! Case counts are small so that the whole test run stays fast; the fuzz
//! targets under `fuzz/` search the same ground for hours.

use crate::common::product_repo;
use lexwatch::render::{Format, RenderOptions};
use lexwatch::statute::{Citation, Statute};
use proptest::prelude::*;
use std::sync::OnceLock;

/// Bundled statutes in the three languages, small enough to compare quickly in a debug build.
const TEXTS: [&str; 5] = [
    "statutes/kz/cao-ch26-ru.md",
    "statutes/kz/cao-ch26-kk.md",
    "statutes/kz/online-platforms.md",
    "statutes/kz/criminal-code.md",
    "statutes/kz/cao.md",
];

fn texts() -> &'static [String] {
    static TEXTS_READ: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS_READ.get_or_init(|| {
        TEXTS
            .iter()
            .map(|path| {
                std::fs::read_to_string(product_repo().join(path))
                    .unwrap_or_else(|e| panic!("{path}: {e}"))
            })
            .collect()
    })
}

/// One edit of a text, at a position given as a fraction of its length.
#[derive(Debug, Clone)]
enum Edit {
    /// Deletes up to `len` bytes.
    Delete { at: f64, len: usize },
    /// Inserts a string.
    Insert { at: f64, text: String },
    /// Copies the line at `from` to `at` (duplicate article numbers, repeated parts).
    CopyLine { from: f64, at: f64 },
}

/// Strings that the parser gives meaning to, mixed with anything.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\n".to_string()),
        Just("\n\n### Статья 1. ".to_string()),
        Just("\n#### Article 4-1. ".to_string()),
        Just("\n1) ".to_string()),
        Just("\n2. ".to_string()),
        Just("456-2-бап. ".to_string()),
        Just("\n+++\n".to_string()),
        Just("Примечание. ".to_string()),
        Just("\u{feff}".to_string()),
        Just("\r\n".to_string()),
        Just("штрафом в размере двухсот месячных расчетных показателей".to_string()),
        Just("ложной информации".to_string()),
        "\\PC{0,12}",
        "[\\x00-\\x1f]{1,3}",
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0.0..1.0f64, 0usize..2000).prop_map(|(at, len)| Edit::Delete { at, len }),
        (0.0..1.0f64, fragment()).prop_map(|(at, text)| Edit::Insert { at, text }),
        (0.0..1.0f64, 0.0..1.0f64).prop_map(|(from, at)| Edit::CopyLine { from, at }),
    ]
}

/// The char boundary at or before a fraction of the text's length.
fn boundary(text: &str, at: f64) -> usize {
    // The fraction is below 1, so the product is a byte index into the text.
    let mut i = ((text.len() as f64) * at) as usize;
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut text = text.to_string();
    for edit in edits {
        match edit {
            Edit::Delete { at, len } => {
                let start = boundary(&text, *at);
                let mut end = (start + len).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text.replace_range(start..end, "");
            }
            Edit::Insert { at, text: inserted } => {
                let at = boundary(&text, *at);
                text.insert_str(at, inserted);
            }
            Edit::CopyLine { from, at } => {
                let from = boundary(&text, *from);
                let line_start = text[..from].rfind('\n').map_or(0, |i| i + 1);
                let line_end = text[from..].find('\n').map_or(text.len(), |i| from + i);
                let line = format!("{}\n", &text[line_start..line_end]);
                let at = boundary(&text, *at);
                let at = text[..at].rfind('\n').map_or(0, |i| i + 1);
                text.insert_str(at, &line);
            }
        }
    }
    text
}

/// A real text with a few random edits.
fn mutated() -> impl Strategy<Value = String> {
    (0..TEXTS.len(), prop::collection::vec(edit(), 0..6))
        .prop_map(|(i, edits)| apply(&texts()[i], &edits))
}

/// Every rendering of a comparison, for byte-for-byte comparison.
fn rendered(old: &str, new: &str) -> Option<Vec<u8>> {
    let report = lexwatch::diff_texts(old, new).ok()?;
    let mut out = Vec::new();
    for format in [Format::Json, Format::Text, Format::Sarif, Format::Html] {
        lexwatch::render::write(
            &report,
            format,
            &RenderOptions {
                color: true,
                ..RenderOptions::default()
            },
            &mut out,
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    Some(out)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_parser_never_panics_on_arbitrary_text(text in "\\PC{0,300}|[\\x00-\\x7f]{0,300}") {
        let _ = Statute::parse(&text, "arbitrary.md");
    }

    #[test]
    fn the_parser_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = lexwatch::statute::parse_bytes(&bytes, "arbitrary.md");
    }

    #[test]
    fn the_citation_reader_never_panics(
        text in "\\PC{0,40}|((ст|статья|art|Article|бап|ч|п|подп|часть|бөлік|тармақ)[. ]{0,2}[0-9]{1,3}([-‐‑–−.][0-9]{1,2})?[ ()]{0,2}){1,4}"
    ) {
        if let Ok(citation) = Citation::parse(&text) {
            // What lexwatch prints reads back as the same citation.
            let printed = citation.to_string();
            prop_assert_eq!(Citation::parse(&printed).ok(), Some(citation), "{}", printed);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_parser_never_panics_on_mutated_statutes(text in mutated()) {
        let _ = Statute::parse(&text, "mutated.md");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_text_compared_with_itself_has_no_changes(text in mutated()) {
        if let Ok(report) = lexwatch::diff_texts(&text, &text) {
            let changes: Vec<String> = report.changes.iter().map(|c| c.change.citation().to_string()).collect();
            prop_assert!(changes.is_empty(), "{:?}", changes);
            prop_assert!(report.key_changes.is_empty());
        }
    }

    #[test]
    fn a_comparison_gives_the_same_bytes_every_time(
        (i, old_edits, new_edits) in (0..TEXTS.len(), prop::collection::vec(edit(), 0..4), prop::collection::vec(edit(), 1..4))
    ) {
        let old = apply(&texts()[i], &old_edits);
        let new = apply(&texts()[i], &new_edits);
        let first = rendered(&old, &new);
        prop_assert!(first == rendered(&old, &new), "two runs differ");
    }
}

#[test]
fn every_bundled_text_compared_with_itself_has_no_changes() {
    for (path, text) in TEXTS.iter().zip(texts()) {
        let report = lexwatch::diff_texts(text, text).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(report.changes.is_empty(), "{path}");
    }
}
