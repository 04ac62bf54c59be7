//! The keys a repository's `lexwatch.toml` may hold.
//!
//! Each reader of the file (`[check]`, `[lexicon]`) takes its own table and
//! would ignore the rest, so a misspelt `fail_on` or `[chek]` would silently
//! change nothing. This check runs first and names the file, the line and the
//! nearest known key.

/// The tables of `lexwatch.toml` and the keys each may hold.
const SCHEMA: &[(&str, &[&str])] = &[
    ("check", &["fail-on"]),
    (
        "lexicon",
        &["term", "scope", "standard", "disable", "severity"],
    ),
];

/// A key `lexwatch.toml` does not know, and where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{origin}{}: unknown {} `{key}`{}{}",
    line.map(|l| format!(":{l}")).unwrap_or_default(),
    if table.is_some() { "key" } else { "table" },
    table.as_ref().map(|t| format!(" in [{t}]")).unwrap_or_default(),
    nearest.as_ref().map(|n| format!("; did you mean `{n}`?")).unwrap_or_default()
)]
pub struct ConfigError {
    /// The file.
    pub origin: String,
    /// The 1-based line of the key, when found.
    pub line: Option<usize>,
    /// The table the key is in; `None` for a top-level table or key.
    pub table: Option<String>,
    /// The key as written.
    pub key: String,
    /// The known key nearest to it, when one is near enough to be a slip.
    pub nearest: Option<String>,
}

/// Checks that every table and key of a `lexwatch.toml` is one lexwatch reads.
///
/// A file that is not TOML passes: its readers report the syntax error with
/// its position.
pub fn check_keys(text: &str, origin: &str) -> Result<(), ConfigError> {
    let Ok(file) = text.parse::<toml::Table>() else {
        return Ok(());
    };
    let error = |table: Option<&str>, key: &str, known: &[&str]| ConfigError {
        origin: origin.to_string(),
        line: line_of(text, table, key),
        table: table.map(str::to_string),
        key: key.to_string(),
        nearest: crate::util::nearest(key, known.iter().copied())
            .first()
            .map(|n| n.to_string()),
    };
    let tables: Vec<&str> = SCHEMA.iter().map(|(t, _)| *t).collect();
    for (name, value) in &file {
        let Some((_, keys)) = SCHEMA.iter().find(|(t, _)| t == name) else {
            return Err(error(None, name, &tables));
        };
        if let Some(table) = value.as_table()
            && let Some(key) = table.keys().find(|k| !keys.contains(&k.as_str()))
        {
            return Err(error(Some(name), key, keys));
        }
    }
    Ok(())
}

/// The line where `key` is written: a table header or a key in `table`
/// (under its header, or dotted from the top).
fn line_of(text: &str, table: Option<&str>, key: &str) -> Option<usize> {
    let unquote = |s: &str| s.trim().trim_matches('"').trim_matches('\'').to_string();
    let mut current: Option<String> = None;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with('[') {
            let name = line.trim_start_matches('[');
            let name = name.split([']', '.']).next().unwrap_or("");
            current = Some(unquote(name));
            if table.is_none() && unquote(name) == key {
                return Some(i + 1);
            }
            continue;
        }
        let Some((left, _)) = line.split_once('=') else {
            continue;
        };
        let path: Vec<String> = left.split('.').map(unquote).collect();
        let full: Vec<&str> = current
            .iter()
            .map(String::as_str)
            .chain(path.iter().map(String::as_str))
            .collect();
        let wanted: Vec<&str> = table.into_iter().chain(std::iter::once(key)).collect();
        if full.starts_with(&wanted) {
            return Some(i + 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: &str) -> String {
        match check_keys(text, "repo/lexwatch.toml") {
            Ok(()) => String::new(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn known_keys_pass() {
        let text = "[check]\nfail-on = \"high\"\n\n[lexicon]\ndisable = [\"class\"]\n\
                    severity = { \"insult\" = \"high\" }\n[[lexicon.term]]\nid = \"x\"\n";
        assert_eq!(message(text), "");
        assert_eq!(message("check.fail-on = \"low\"\n"), "");
        assert_eq!(message("not toml [[["), "");
    }

    #[test]
    fn a_misspelt_key_names_its_line_and_the_nearest() {
        assert_eq!(
            message("# policy\n[check]\nfail_on = \"high\"\n"),
            "repo/lexwatch.toml:3: unknown key `fail_on` in [check]; did you mean `fail-on`?"
        );
        assert_eq!(
            message("[lexicon]\ndisable = []\n\n[chek]\nfail-on = \"high\"\n"),
            "repo/lexwatch.toml:4: unknown table `chek`; did you mean `check`?"
        );
        assert_eq!(
            message("[lexicon]\ndisabel = [\"class\"]\n"),
            "repo/lexwatch.toml:2: unknown key `disabel` in [lexicon]; did you mean `disable`?"
        );
        assert_eq!(
            message("check.fail_on = \"low\"\n"),
            "repo/lexwatch.toml:1: unknown key `fail_on` in [check]; did you mean `fail-on`?"
        );
        assert_eq!(
            message("colour = true\n"),
            "repo/lexwatch.toml:1: unknown table `colour`"
        );
    }
}
