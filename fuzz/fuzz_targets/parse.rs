//! The statute parser on arbitrary bytes: an error or a tree, never a panic.
#![no_main]

use lexwatch::statute::Citation;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(statute) = lexwatch::statute::parse_bytes(data, "fuzz.md") {
        // Spans are counted over the whole input: every unit's lies inside it.
        statute.walk(|ancestors, unit| {
            assert!(
                unit.span.line_start <= unit.span.line_end,
                "{:?}",
                unit.span
            );
            assert!(unit.span.start <= unit.span.end, "{:?}", unit.span);
            assert!(
                unit.span.end <= data.len(),
                "{:?} of {}",
                unit.span,
                data.len()
            );
            let _ = Citation::of(ancestors, unit).to_string();
            let _ = unit.own_words();
        });
    }
});
