//! PDF files with a text layer, read with `pdf-extract`; the text then goes
//! through the plain-text reader (hyphenation, running headers, page numbers).

use super::Block;

/// Reads the text layer of a PDF into blocks; the error is the reason, for a one-line message.
pub(super) fn read(bytes: &[u8]) -> Result<Vec<Block>, String> {
    // The extractor panics on some malformed files; a bad file is an error, not a crash.
    let pages = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem_by_pages(bytes))
        .map_err(|_| "the PDF could not be read (damaged or unsupported)".to_string())?
        .map_err(|e| {
            let e = e.to_string();
            if e.to_lowercase().contains("encrypt") || e.to_lowercase().contains("password") {
                "the PDF is password-protected (encrypted); remove the password and import again"
                    .to_string()
            } else {
                format!("the PDF could not be read ({e})")
            }
        })?;
    let letters: usize = pages
        .iter()
        .map(|p| p.chars().filter(|c| c.is_alphabetic()).count())
        .sum();
    if letters == 0 {
        return Err("the PDF has no text layer (a scanned image?); run OCR on it first, or import a .docx or text version".into());
    }
    // Pages are joined with form feeds, which the text reader treats as page breaks.
    Ok(super::text::read(&pages.join("\u{c}")))
}
