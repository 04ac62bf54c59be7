//! The penalty reader: sanctions read from arbitrary text in each language and compared.
#![no_main]

use lexwatch::analyze::penalty::{CompareContext, compare, extract};
use lexwatch::statute::Language;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let lang = [Language::Ru, Language::Kk, Language::En][usize::from(first % 3)];
    let text = String::from_utf8_lossy(rest);
    // Old and new: the two halves of the text, so compare sees different sanctions.
    let middle = (0..=text.len() / 2)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let old = extract(&text[..middle], lang);
    let new = extract(&text, lang);
    let ctx = CompareContext {
        old_year: Some(2017),
        new_year: Some(2024),
    };
    let _ = compare(&old, &new, &ctx);
});
