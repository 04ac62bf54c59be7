//! Terminal-inert text: control characters from statute text made visible.
//!
//! A statute file can carry escape sequences (`ESC [ 2 J`, an OSC title
//! `ESC ] 0 ; … BEL`, colour codes). Printed as they are, they would clear
//! the screen, retitle the window or forge lexwatch's own colours, so every
//! text written for a terminal shows them as symbols instead: C0 controls as
//! their Control Pictures (`␛` for ESC, `␇` for BEL), DEL as `␡`, C1 controls
//! (which some terminals obey in UTF-8, U+009B is a one-character CSI) as
//! `\u{9b}`. Tab and line feed stay; a carriage return stays only before a
//! line feed (CRLF files), since a bare one lets text overwrite its line.

use std::io::{self, Write};

/// The visible form of a character that a terminal would obey, if it is one.
fn visible(c: char, next: Option<char>) -> Option<String> {
    match c {
        '\t' | '\n' => None,
        '\r' if next == Some('\n') => None,
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).map(String::from),
        '\u{7f}' => Some("\u{2421}".to_string()),
        '\u{80}'..='\u{9f}' => Some(format!("\\u{{{:x}}}", c as u32)),
        _ => None,
    }
}

/// Returns the text with every control character a terminal would obey made visible.
pub fn inert(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match visible(c, chars.peek().copied()) {
            Some(shown) => out.push_str(&shown),
            None => out.push(c),
        }
    }
    out
}

/// A writer that makes control characters visible in everything written through it.
///
/// Bytes are passed on as they come; only the bytes of control characters
/// change. A carriage return or the first byte of a C1 character at the end of
/// one write waits for the next write to see what follows it.
pub struct InertWriter<W: Write> {
    inner: W,
    /// A byte held back until the next one is known (`\r` or `0xC2`).
    pending: Option<u8>,
}

impl<W: Write> InertWriter<W> {
    /// Wraps a writer.
    pub fn new(inner: W) -> InertWriter<W> {
        InertWriter {
            inner,
            pending: None,
        }
    }

    /// Writes out a held-back byte as if nothing followed it.
    fn release(&mut self) -> io::Result<()> {
        match self.pending.take() {
            Some(b'\r') => self.inner.write_all("\u{240d}".as_bytes()),
            Some(byte) => self.inner.write_all(&[byte]),
            None => Ok(()),
        }
    }
}

impl<W: Write> Write for InertWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // Nearly all text has nothing to show: pass it on without a copy.
        if self.pending.is_none() && next_may_change(buf).is_none() {
            self.inner.write_all(buf)?;
            return Ok(buf.len());
        }
        let mut out = Vec::with_capacity(buf.len() + 8);
        let mut i = 0;
        let mut pending = self.pending.take();
        loop {
            if pending.is_none() {
                let run = next_may_change(&buf[i..]);
                let end = run.map_or(buf.len(), |run| i + run);
                out.extend_from_slice(&buf[i..end]);
                i = end;
            }
            let byte = match pending.take() {
                Some(byte) => byte,
                None => match buf.get(i) {
                    Some(&byte) => {
                        i += 1;
                        byte
                    }
                    None => break,
                },
            };
            let Some(&next) = buf.get(i) else {
                if byte == b'\r' || byte == 0xC2 {
                    self.pending = Some(byte);
                } else {
                    push_byte(&mut out, byte);
                }
                break;
            };
            match byte {
                b'\r' if next == b'\n' => out.push(byte),
                0xC2 if (0x80..=0x9F).contains(&next) => {
                    i += 1;
                    out.extend_from_slice(format!("\\u{{{next:x}}}").as_bytes());
                }
                _ => push_byte(&mut out, byte),
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.release()?;
        self.inner.flush()
    }
}

/// Whether a byte may start something to show: a C0 control other than tab
/// and line feed, DEL, or the lead byte of U+0080–U+00BF (C1 among them).
fn may_change(byte: u8) -> bool {
    (byte < 0x20 && byte != b'\t' && byte != b'\n') || byte == 0x7f || byte == 0xC2
}

/// Where the first byte that may change is, tested a block at a time:
/// without an early exit inside a block the compiler tests many bytes per
/// instruction, and a `«` (0xC2 0xAB) now and then costs one block's scan.
fn next_may_change(buf: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    buf.chunks(BLOCK).enumerate().find_map(|(k, block)| {
        if block.iter().fold(false, |found, &b| found | may_change(b)) {
            block
                .iter()
                .position(|&b| may_change(b))
                .map(|at| k * BLOCK + at)
        } else {
            None
        }
    })
}

/// Appends one byte, shown as a symbol when it is a C0 control or DEL.
fn push_byte(out: &mut Vec<u8>, byte: u8) {
    // Bytes below 0x80 are whole characters in UTF-8, so this never splits one.
    match visible(char::from(byte), None) {
        Some(shown) if byte < 0x80 => out.extend_from_slice(shown.as_bytes()),
        _ => out.push(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "ст. 1\x1b]0;pwned\x07 \x1b[2J\x1b[31mred\x1b[0m \u{9b}2J bar\rover\r\n";

    #[test]
    fn inert_shows_escapes_keeps_text() {
        assert_eq!(
            inert(HOSTILE),
            "ст. 1␛]0;pwned␇ ␛[2J␛[31mred␛[0m \\u{9b}2J bar␍over\r\n"
        );
        assert_eq!(inert("ст. 456-2\tч. 4\n"), "ст. 456-2\tч. 4\n");
        assert_eq!(inert("\u{0}\u{7f}"), "␀␡");
    }

    #[test]
    fn the_first_byte_to_show_is_found_in_any_block() {
        for at in 0..200 {
            let mut bytes = vec![b'a'; 200];
            bytes[at] = 0x1b;
            assert_eq!(next_may_change(&bytes), Some(at), "ESC at {at}");
        }
        assert_eq!(next_may_change(&[b'a'; 200]), None);
    }

    #[test]
    fn writer_matches_inert_however_the_bytes_are_split() {
        let bytes = HOSTILE.as_bytes();
        for split in 0..=bytes.len() {
            let mut writer = InertWriter::new(Vec::new());
            writer.write_all(&bytes[..split]).unwrap();
            writer.write_all(&bytes[split..]).unwrap();
            writer.flush().unwrap();
            let shown = String::from_utf8(writer.inner).unwrap();
            assert_eq!(shown, inert(HOSTILE), "split at {split}");
        }
    }

    #[test]
    fn latin_1_characters_pass_however_the_bytes_are_split() {
        let text = "«ст. 5»\u{a0}§ 2\u{9b}\u{85}»\r\n\r«";
        for split in 0..=text.len() {
            let mut writer = InertWriter::new(Vec::new());
            writer.write_all(&text.as_bytes()[..split]).unwrap();
            writer.write_all(&text.as_bytes()[split..]).unwrap();
            writer.flush().unwrap();
            let shown = String::from_utf8(writer.inner).unwrap();
            assert_eq!(shown, inert(text), "split at {split}");
            assert!(
                shown.starts_with("«ст. 5»\u{a0}§ 2\\u{9b}\\u{85}»\r\n␍«"),
                "{shown}"
            );
        }
    }

    #[test]
    fn a_carriage_return_at_the_very_end_is_shown() {
        let mut writer = InertWriter::new(Vec::new());
        writer.write_all(b"a\r").unwrap();
        writer.flush().unwrap();
        assert_eq!(String::from_utf8(writer.inner).unwrap(), "a␍");
    }

    proptest::proptest! {
        #[test]
        fn nothing_a_terminal_obeys_gets_through(text in "\\PC*|[\\x00-\\x1f\\x7f-\\u{9f}a-я]*") {
            let mut writer = InertWriter::new(Vec::new());
            writer.write_all(text.as_bytes()).unwrap();
            writer.flush().unwrap();
            let shown = String::from_utf8(writer.inner).unwrap();
            proptest::prop_assert_eq!(&shown, &inert(&text));
            let mut chars = shown.chars().peekable();
            while let Some(c) = chars.next() {
                let obeyed = c.is_control() && c != '\t' && c != '\n'
                    && !(c == '\r' && chars.peek() == Some(&'\n'));
                proptest::prop_assert!(!obeyed, "{:?} in {:?}", c, shown);
            }
        }
    }
}
