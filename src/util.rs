//! Small helpers shared by several modules.

use regex::Regex;

/// Compiles a regular expression written into lexwatch's source.
///
/// Only for patterns that are literals in the code: a failure is a bug in
/// lexwatch, caught by the first test that touches the pattern.
pub(crate) fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a built-in regular expression is valid")
}
