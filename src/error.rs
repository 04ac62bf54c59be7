//! The library's error: every module's error, one `match` away.

use crate::analyze::lexicon::LexiconError;
use crate::blame::BlameError;
use crate::corpus::{CorpusError, InvalidActId, RegisterError};
use crate::import::ImportError;
use crate::pull::PullError;
use crate::site::SiteError;
use crate::statute::{CitationError, ParseError};

/// Any error the library reports; each module's own error converts into it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A statute text that does not parse.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// A citation that cannot be read.
    #[error(transparent)]
    Citation(#[from] CitationError),
    /// The repository, its registers or its texts.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// A lexicon file or configuration.
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    /// A provision's history.
    #[error(transparent)]
    Blame(#[from] BlameError),
    /// The tracker site.
    #[error(transparent)]
    Site(#[from] SiteError),
    /// A Word document, web page or text that cannot be imported.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// A source that cannot be pulled, or the pull state.
    #[error(transparent)]
    Pull(#[from] PullError),
}

impl From<RegisterError> for Error {
    fn from(e: RegisterError) -> Self {
        Error::Corpus(e.into())
    }
}

impl From<InvalidActId> for Error {
    fn from(e: InvalidActId) -> Self {
        Error::Corpus(e.into())
    }
}
