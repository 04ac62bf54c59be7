//! lexwatch: track versions of statutes and explain what changed.

pub mod analyze;
pub mod cli;
pub mod corpus;
pub mod statute;
mod util;
