//! The whole pipeline on two texts (seeded with two versions of a real statute,
//! separated by a NUL byte): parse, align, redline, analyze, render every format.
#![no_main]

use lexwatch::render::{Format, RenderOptions, write};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (old, new) = text.split_once('\0').unwrap_or((&text, ""));
    let Ok(report) = lexwatch::diff_texts(old, new) else {
        return;
    };
    for format in [
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::Html,
        Format::Sarif,
        Format::Github,
    ] {
        let mut out = Vec::new();
        let _ = write(
            &report,
            format,
            &RenderOptions {
                color: true,
                ..RenderOptions::default()
            },
            &mut out,
        );
    }
});
