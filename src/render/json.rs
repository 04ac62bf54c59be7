//! JSON output: the report as it is, with its `schema_version`.

use crate::analyze::Report;
use std::io::{self, Write};

/// Writes the report as pretty JSON followed by a newline.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report).map_err(io::Error::other)?;
    writeln!(out)
}
