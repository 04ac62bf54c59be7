//! The metadata of the families whose checks live in `annotate.rs`:
//! vague terms (lexicon), penalties and dangling references.
//!
//! Their findings take rationale and recommendation from the lexicon entry
//! or the penalty comparison; the renderers make their sentences from the
//! detail. Their titles are Fluent messages like every rule's.

use super::Rule;
use crate::analyze::Severity;

/// A vague or overbroad term occurs more often in the new text.
pub const VAGUE_TERM_INTRODUCED: Rule = Rule {
    id: "vague-term-introduced",
    category: "vague-term",
    severity: Severity::Medium,
    standards: &["GC34-25"],
    arguments: None,
};

/// A vague term occurs less often in the new text.
pub const VAGUE_TERM_REMOVED: Rule = Rule {
    id: "vague-term-removed",
    category: "vague-term",
    severity: Severity::Info,
    standards: &["GC34-25"],
    arguments: None,
};

/// The metadata every penalty rule shares.
macro_rules! penalty_rule {
    ($name:ident, $id:literal, $severity:expr, $en:literal) => {
        #[doc = concat!("Penalty findings: ", $en, ".")]
        pub const $name: Rule = Rule {
            id: $id,
            category: "penalty",
            severity: $severity,
            standards: &["GC34-22"],
            arguments: None,
        };
    };
}

penalty_rule!(
    PENALTY_RAISED,
    "penalty-raised",
    Severity::High,
    "A penalty was raised"
);
penalty_rule!(
    PENALTY_LOWERED,
    "penalty-lowered",
    Severity::Info,
    "A penalty was lowered"
);
penalty_rule!(
    PENALTY_ADDED,
    "penalty-added",
    Severity::High,
    "A penalty was added"
);
penalty_rule!(
    PENALTY_REMOVED,
    "penalty-removed",
    Severity::Info,
    "A penalty was removed"
);
penalty_rule!(
    PENALTY_CHANGED,
    "penalty-changed",
    Severity::Medium,
    "A penalty changed in a way that cannot be ranked"
);

/// A removed or repealed article is still referred to.
pub const DANGLING_REFERENCE: Rule = Rule {
    id: "dangling-reference",
    category: "cross-reference",
    severity: Severity::Low,
    standards: &["VC-ROL"],
    arguments: None,
};
