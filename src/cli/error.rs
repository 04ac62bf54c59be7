//! The command line's error: a kind that decides the exit code, one line, and hints.
//!
//! Library errors convert here, and the conversion decides whose fault an
//! error is. `main` prints `lexwatch: error: <one line>` and one `hint: …`
//! line per hint, and exits with [`CliError::exit_code`].

use crate::corpus::CorpusError;
use crate::statute::{CitationError, ParseError};
use std::fmt;
use std::io;
use std::process::ExitCode;

/// Whose fault an error is, which decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The command line is wrong: an unknown act, version or citation.
    Usage,
    /// A file, the repository or a text is wrong.
    Input,
    /// Another lexwatch holds the repository.
    Busy,
    /// Standard output was closed (`lexwatch … | head`): not a failure.
    BrokenPipe,
    /// The system failed: a disk error, git failing.
    Internal,
}

/// An error reported by the binary in one line, with hints.
#[derive(Debug)]
pub struct CliError {
    kind: ErrorKind,
    message: String,
    hints: Vec<String>,
}

impl CliError {
    /// An input error with a message.
    pub fn new(message: impl Into<String>) -> CliError {
        CliError::of_kind(ErrorKind::Input, message)
    }

    /// An error of a given kind.
    pub fn of_kind(kind: ErrorKind, message: impl Into<String>) -> CliError {
        CliError {
            kind,
            message: message.into(),
            hints: Vec::new(),
        }
    }

    /// A usage error: what was typed names nothing.
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError::of_kind(ErrorKind::Usage, message)
    }

    /// Adds a hint printed on its own line.
    pub fn with_hint(mut self, hint: impl Into<String>) -> CliError {
        self.hints.push(hint.into());
        self
    }

    /// What kind of error it is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The hints, in the order they were added, each one line.
    pub fn hints(&self) -> impl Iterator<Item = String> + '_ {
        self.hints.iter().map(|h| one_line(h))
    }

    /// Whether the error is a closed pipe (`lexwatch … | head`), which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        self.kind == ErrorKind::BrokenPipe
    }

    /// The process exit code: 0 for a closed pipe, 2 for everything else (1 is `check`'s).
    pub fn exit_code(&self) -> ExitCode {
        match self.kind {
            ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            ErrorKind::Usage | ErrorKind::Input | ErrorKind::Busy | ErrorKind::Internal => {
                ExitCode::from(2)
            }
        }
    }
}

/// Joins a message's lines: messages from below may carry newlines from TOML errors.
fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&one_line(&self.message))
    }
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> Self {
        let kind = match e.kind() {
            io::ErrorKind::BrokenPipe => ErrorKind::BrokenPipe,
            _ => ErrorKind::Internal,
        };
        CliError::of_kind(kind, format!("cannot write output: {e}"))
    }
}

impl From<CorpusError> for CliError {
    fn from(e: CorpusError) -> Self {
        let kind = match &e {
            CorpusError::UnknownAct { .. }
            | CorpusError::UnknownVersion { .. }
            | CorpusError::BeforeFirstVersion { .. }
            | CorpusError::InvalidActId(_) => ErrorKind::Usage,
            CorpusError::Busy(_) => ErrorKind::Busy,
            CorpusError::Git(_) => ErrorKind::Internal,
            _ => ErrorKind::Input,
        };
        let mut err = CliError::of_kind(kind, e.to_string());
        match &e {
            CorpusError::UnknownAct { suggestion, .. } => {
                if let Some(s) = suggestion {
                    err = err.with_hint(format!("did you mean {s}?"));
                }
                err = err.with_hint("`lexwatch acts` lists the acts in this repository");
            }
            CorpusError::UnknownVersion { .. } => {
                err = err.with_hint("`lexwatch log ACT` lists an act's versions");
            }
            CorpusError::BeforeFirstVersion {
                first, first_date, ..
            } => {
                err = err.with_hint(format!("name {first}, or a date from {first_date} on"));
            }
            CorpusError::Busy(_) => {
                err = err.with_hint("another lexwatch is recording here; try again");
            }
            CorpusError::Guard { flag, .. } => {
                err = err.with_hint(format!("pass {flag} to record it anyway"));
            }
            _ => {}
        }
        err
    }
}

impl From<ParseError> for CliError {
    fn from(e: ParseError) -> Self {
        CliError::new(e.to_string())
    }
}

impl From<crate::Error> for CliError {
    fn from(e: crate::Error) -> Self {
        match e {
            crate::Error::Corpus(e) => e.into(),
            crate::Error::Citation(e) => e.into(),
            other => CliError::new(other.to_string()),
        }
    }
}

impl From<CitationError> for CliError {
    fn from(e: CitationError) -> Self {
        let err = CliError::usage(e.to_string());
        if e.readings.is_empty() {
            return err;
        }
        let quoted: Vec<String> = e.readings.iter().map(|r| format!("{r:?}")).collect();
        err.with_hint(format!("say which: {}", quoted.join(" or ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_pipe_is_success_and_other_write_errors_are_not() {
        let pipe: CliError = io::Error::from(io::ErrorKind::BrokenPipe).into();
        assert!(pipe.is_broken_pipe());
        assert_eq!(pipe.exit_code(), ExitCode::SUCCESS);
        let full: CliError = io::Error::other("No space left on device").into();
        assert_eq!(full.kind(), ErrorKind::Internal);
        assert_eq!(full.exit_code(), ExitCode::from(2));
    }

    #[test]
    fn message_and_hints_are_one_line_each() {
        let err = CliError::new("first\n  second\n").with_hint("a\nb");
        assert_eq!(err.to_string(), "first second");
        assert_eq!(err.hints().collect::<Vec<_>>(), ["a b"]);
    }
}
