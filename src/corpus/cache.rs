//! What a repository keeps between calls of one command: parsed texts and
//! registers, keyed by the git blob they come from.
//!
//! Commands that walk a history (`log`, `feed`, `check`, `site`) compare each
//! version with the one before, so every text is needed twice in a row; a
//! blob never changes, so a text parsed once can be handed out again. The
//! text cache holds only the most recent few: a walk needs two at a time, and
//! a long history of a whole code would not fit in memory all at once.

use super::register::Register;
use crate::compare::Derived;
use crate::statute::Statute;
use git2::Oid;
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

/// How many parsed texts are kept: a walk over a history needs the current
/// pair, and `site` also looks back at the version before.
const RECENT_TEXTS: usize = 4;

/// Parsed texts and registers already read by this repository handle.
#[derive(Default)]
pub(super) struct Cache {
    /// The most recently used texts, newest last, by blob id and origin,
    /// each with what comparisons derived from it.
    texts: RefCell<VecDeque<Kept>>,
    /// Every register read, by the blob id of its file.
    registers: RefCell<HashMap<Oid, Register>>,
}

/// A kept text: its key, the parsed statute, and what comparisons derived from it.
type Kept = (TextKey, Rc<Statute>, Rc<Derived>);

/// A text is the same when its blob is; the origin is part of the key because
/// the parsed statute names it in messages.
#[derive(PartialEq, Eq)]
struct TextKey {
    blob: String,
    origin: String,
}

impl Cache {
    /// The parsed text of `blob` named `origin`, when it is kept.
    pub(super) fn text(&self, blob: &str, origin: &str) -> Option<Rc<Statute>> {
        let mut texts = self.texts.borrow_mut();
        let at = texts
            .iter()
            .position(|(key, _, _)| key.blob == blob && key.origin == origin)?;
        let hit = texts.remove(at)?;
        let statute = Rc::clone(&hit.1);
        texts.push_back(hit);
        Some(statute)
    }

    /// Keeps a parsed text, forgetting the least recently used one when full.
    pub(super) fn keep_text(&self, blob: &str, origin: &str, statute: Rc<Statute>) {
        let mut texts = self.texts.borrow_mut();
        if texts.len() == RECENT_TEXTS {
            texts.pop_front();
        }
        let key = TextKey {
            blob: blob.to_string(),
            origin: origin.to_string(),
        };
        texts.push_back((key, statute, Rc::default()));
    }

    /// What comparisons derived from a kept text, found by the text itself
    /// (not a copy); a text no longer kept gets a fresh, empty one.
    pub(super) fn derived(&self, statute: &Rc<Statute>) -> Rc<Derived> {
        self.texts
            .borrow()
            .iter()
            .find(|(_, kept, _)| Rc::ptr_eq(kept, statute))
            .map(|(_, _, derived)| Rc::clone(derived))
            .unwrap_or_default()
    }

    /// The register read from the blob `oid`, when it was read before.
    pub(super) fn register(&self, oid: Oid) -> Option<Register> {
        self.registers.borrow().get(&oid).cloned()
    }

    /// Keeps a register read from the blob `oid`.
    pub(super) fn keep_register(&self, oid: Oid, register: &Register) {
        self.registers.borrow_mut().insert(oid, register.clone());
    }
}
