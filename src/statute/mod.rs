//! Statute texts: the file format, its parser and the unit tree.

mod lang;

pub use lang::{Language, UnknownLanguage};
