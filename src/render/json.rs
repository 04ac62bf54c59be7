//! JSON output: the report as it is, with its `schema_version`.
//!
//! A key change is data in the report (which change, which finding); here
//! it also carries its citation and sentence, made by the same messages as
//! the Markdown report's, in the act's language.

use crate::analyze::Report;
use crate::analyze::rank::KeyChange;
use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};
use std::io::{self, Write};

/// Writes the report as pretty JSON followed by a newline.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // serde writes many small pieces: gather them before the dynamic writer
    // (and a terminal-inert one behind it) sees them.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, report).map_err(io::Error::other)?;
    writeln!(buffered)?;
    buffered.flush()
}

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Report", 9)?;
        s.serialize_field("schema_version", &self.schema_version)?;
        s.serialize_field("act", &self.act)?;
        s.serialize_field("title", &self.title)?;
        s.serialize_field("language", &self.language)?;
        s.serialize_field("from", &self.from)?;
        s.serialize_field("to", &self.to)?;
        s.serialize_field("summary", &self.summary)?;
        s.serialize_field("key_changes", &KeyChanges(self))?;
        s.serialize_field("changes", &self.changes)?;
        s.end()
    }
}

/// A report's key changes with their words.
struct KeyChanges<'a>(&'a Report);

impl Serialize for KeyChanges<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        let mut seq = serializer.serialize_seq(Some(report.key_changes.len()))?;
        if report.key_changes.is_empty() {
            // Loading the messages costs more than a small report's JSON.
            return seq.end();
        }
        let m = crate::i18n::messages(report.language);
        for key in &report.key_changes {
            seq.serialize_element(&KeyChangeJson {
                key,
                citation: super::key_citation(m, report, key),
                sentence: super::key_finding_sentence(m, report, None, key),
            })?;
        }
        seq.end()
    }
}

/// One key change as JSON: its data, then its citation and sentence.
struct KeyChangeJson<'a> {
    key: &'a KeyChange,
    citation: String,
    sentence: String,
}

impl Serialize for KeyChangeJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let key = self.key;
        let mut s = serializer.serialize_struct("KeyChange", 9)?;
        s.serialize_field("rank", &key.rank)?;
        s.serialize_field("change", &key.change)?;
        s.serialize_field("finding", &key.finding)?;
        s.serialize_field("citation", &self.citation)?;
        s.serialize_field("severity", &key.severity)?;
        s.serialize_field("relevance", &key.relevance)?;
        s.serialize_field("kind", &key.kind)?;
        s.serialize_field("sentence", &self.sentence)?;
        s.serialize_field("more", &key.more)?;
        s.end()
    }
}
