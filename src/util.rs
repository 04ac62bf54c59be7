//! Small helpers shared by several modules.

use regex::Regex;

/// Compiles a regular expression written into lexwatch's source.
///
/// Only for patterns that are literals in the code: a failure is a bug in
/// lexwatch, caught by the first test that touches the pattern.
pub(crate) fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a built-in regular expression is valid")
}

/// The character at byte `i` of `text` and its length in bytes; the two
/// bytes of a Cyrillic letter are read without the general decoder, which
/// the word scanners of the lexicon and of relevance run on every character.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    if b & 0xE0 == 0xC0 {
        let b2 = *bytes.get(i + 1)?;
        let c = (u32::from(b & 0x1F) << 6) | u32::from(b2 & 0x3F);
        return char::from_u32(c).map(|c| (c, 2));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The number of single-character edits (insert, delete, replace) between two strings.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The candidates nearest to `wanted` by edit distance (ties kept, in the given order),
/// when they are near enough to be a slip: at most a third of the longer string.
pub(crate) fn nearest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Vec<&'a str> {
    let wanted = wanted.to_lowercase();
    let mut best: Vec<&str> = Vec::new();
    let mut best_distance = usize::MAX;
    for candidate in candidates {
        let distance = edit_distance(&wanted, &candidate.to_lowercase());
        let limit = wanted.chars().count().max(candidate.chars().count()) / 3 + 1;
        if distance > limit {
            continue;
        }
        if distance < best_distance {
            best_distance = distance;
            best.clear();
        }
        if distance == best_distance {
            best.push(candidate);
        }
    }
    best
}

/// Writes a file whole or not at all: an exclusively created temporary file with an
/// unpredictable name in the same folder, then a rename over the target.
///
/// The exclusive creation is what keeps a planted symlink at a fixed temporary
/// name from redirecting the write. The final file gets the usual 0644 mode.
pub(crate) fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    write_whole(path, bytes, true)
}

/// [`write_atomically`] without waiting for the disk, for files lexwatch can
/// make again from the repository (the tracker site's pages): a crash may
/// lose the newest bytes, never leave half a file. Hundreds of pages would
/// otherwise wait for hundreds of disk flushes.
pub(crate) fn write_atomically_unsynced(
    path: &std::path::Path,
    bytes: &[u8],
) -> std::io::Result<()> {
    write_whole(path, bytes, false)
}

fn write_whole(path: &std::path::Path, bytes: &[u8], sync: bool) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    if sync {
        temp.as_file().sync_all()?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// How lexwatch's temporary files begin, so an interrupted run's leftovers can be found.
pub(crate) const TEMP_PREFIX: &str = ".lexwatch-";
/// How lexwatch's temporary files end.
pub(crate) const TEMP_SUFFIX: &str = ".tmp";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("fail_on", "fail-on"), 1);
        assert_eq!(edit_distance("ст", "ст"), 0);
    }

    #[test]
    fn nearest_keeps_ties_and_drops_the_far() {
        let acts = ["kz/cao-ch26-ru", "kz/cao-ch26-kk", "kz/mass-media-law"];
        assert_eq!(
            nearest("kz/cao-ch26", acts),
            ["kz/cao-ch26-ru", "kz/cao-ch26-kk"]
        );
        assert_eq!(nearest("chek", ["check", "lexicon"]), ["check"]);
        assert!(nearest("zzzz", ["check", "lexicon"]).is_empty());
    }

    #[test]
    fn atomic_write_replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
