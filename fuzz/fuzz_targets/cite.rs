//! The citation parser on arbitrary text, as people type citations.
#![no_main]

use lexwatch::statute::Citation;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(citation) = Citation::parse(text) {
        // What lexwatch prints must read back.
        let printed = citation.to_string();
        let _ = Citation::parse(&printed);
    }
});
