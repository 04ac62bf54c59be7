//! Statute texts: the file format, its parser, the unit tree and citations.
//!
//! This module owns the text → units step. It never touches git or the
//! filesystem; callers hand it the text and a name for messages.

mod cite;
mod lang;
mod model;
mod parse;

pub use cite::{ArticleDivision, Citation, CitationError, CiteStyle, Step};
pub use lang::{Language, UnknownLanguage, fold_lookalikes};
pub use model::{Footnote, FrontMatter, Span, Status, Statute, TextFidelity, Unit, UnitKind};
pub use parse::{ParseError, ParseErrorKind, ParseWarning, ParseWarningKind, parse, parse_bytes};
pub(crate) use parse::{TOC, is_footnote_text};

/// Parses two versions at once, one on each core.
pub fn parse_pair(
    old: (&[u8], &str),
    new: (&[u8], &str),
) -> Result<(Statute, Statute), ParseError> {
    let (old, new) = std::thread::scope(|scope| {
        let old_job = scope.spawn(|| parse_bytes(old.0, old.1));
        let new = parse_bytes(new.0, new.1);
        (
            old_job
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            new,
        )
    });
    Ok((old?, new?))
}

impl Statute {
    /// Parses a statute text; `origin` (a path or revision) names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Statute, ParseError> {
        parse::parse(text, origin)
    }
}

#[cfg(test)]
mod tests;
