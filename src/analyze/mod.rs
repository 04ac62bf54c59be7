//! Analysis of changes: vague terms, penalties, definitions, cross-references.

pub mod lexicon;
pub mod mci;
pub mod numbers;
pub mod penalty;
