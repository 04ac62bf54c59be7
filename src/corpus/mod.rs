//! The statute repository: acts, version registers and texts in git.
//!
//! This module supplies texts and their metadata; it does not parse
//! structure beyond validating a text before it is recorded.

mod act;
mod cache;
mod git;
mod locate;
mod recorded;
mod register;
mod resolve;
mod write;

pub use act::{ActId, InvalidActId};
pub use git::{CorpusError, Repository};
pub use locate::{Absence, number_range};
pub use register::{ActInfo, Entry, Register, RegisterError, Source, SourceFormat, Stage};
pub use resolve::{ACT_VERSION_SEPARATOR, Version};
pub use write::{RecordRequest, Recorded, Recovery, Unrecorded, WriteStep};
