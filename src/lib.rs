//! lexwatch: track versions of statutes and explain what changed.

pub mod analyze;
pub mod statute;
