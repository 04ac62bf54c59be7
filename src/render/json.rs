//! JSON output: the report as it is, with its `schema_version`.

use crate::analyze::Report;
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
