//! The lexicon matcher: vague terms and scope terms in arbitrary text, in each language.
#![no_main]

use lexwatch::analyze::lexicon::Lexicon;
use lexwatch::statute::Language;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let lexicon = LEXICON.get_or_init(Lexicon::builtin);
    let lang = [Language::Ru, Language::Kk, Language::En][usize::from(first % 3)];
    let text = String::from_utf8_lossy(rest);
    let middle = (0..=text.len() / 2)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    for found in lexicon.find(&text, lang) {
        // A match is a span of the text it was found in.
        assert!(text.get(found.span.clone()).is_some());
    }
    let _ = lexicon.term_changes(&text[..middle], &text, lang);
    let _ = lexicon.find_scope(&text, lang);
});
