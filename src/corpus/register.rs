//! The version register: `history/<jurisdiction>/<act>.toml`.
//!
//! Git holds the texts; the register holds what git does not know: the legal
//! date, the stage, the source, and which blob is the text of each version.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The legislative stage of a version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// A draft published for discussion.
    Draft,
    /// A text proposed by a reviewer or commentator, not by the legislator.
    Proposal,
    /// As passed in first reading.
    FirstReading,
    /// As passed in second reading.
    SecondReading,
    /// As adopted by parliament.
    Adopted,
    /// As signed into law.
    Signed,
    /// As in force.
    InForce,
    /// Repealed.
    Repealed,
}

impl Stage {
    /// Every stage, in the order of the legislative process.
    pub const ALL: [Stage; 8] = [
        Stage::Draft,
        Stage::Proposal,
        Stage::FirstReading,
        Stage::SecondReading,
        Stage::Adopted,
        Stage::Signed,
        Stage::InForce,
        Stage::Repealed,
    ];

    /// The word used in registers and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Draft => "draft",
            Stage::Proposal => "proposal",
            Stage::FirstReading => "first-reading",
            Stage::SecondReading => "second-reading",
            Stage::Adopted => "adopted",
            Stage::Signed => "signed",
            Stage::InForce => "in-force",
            Stage::Repealed => "repealed",
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Stage {
    type Err = RegisterError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Stage::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| RegisterError::UnknownStage(s.to_string()))
    }
}

/// One version of an act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// A short id unique within the act (`2023-06-06-draft`).
    pub id: String,
    /// The legal date of the version.
    #[serde(deserialize_with = "toml_date")]
    pub date: NaiveDate,
    /// The legislative stage.
    pub stage: Stage,
    /// Where the text was published or quoted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The git blob id of the statute file at this version.
    pub blob: String,
    /// A free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a register says about the act itself (`[act]`): its title, the act
/// it replaces, the act that replaced it, and the law that repealed it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ActInfo {
    /// The act's title as its official publication names it, for texts
    /// without a front-matter title or a level-1 heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The act this one replaces (its predecessor), by act id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    /// The act that replaced this one (its successor), by act id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
    /// The law that repealed this act, as it is cited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repealed_by: Option<String>,
}

impl ActInfo {
    /// Whether the register says nothing about the act.
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.replaces.is_none()
            && self.replaced_by.is_none()
            && self.repealed_by.is_none()
    }
}

/// How a source publishes its text, when the response does not say it well.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    /// A web page (the consolidated text itself, or a page listing editions).
    Html,
    /// A Word document.
    Docx,
    /// Plain text in any supported encoding.
    Txt,
    /// A PDF with a text layer.
    Pdf,
}

impl SourceFormat {
    /// The file extension the importer reads the format by.
    pub fn extension(self) -> &'static str {
        match self {
            SourceFormat::Html => "html",
            SourceFormat::Docx => "docx",
            SourceFormat::Txt => "txt",
            SourceFormat::Pdf => "pdf",
        }
    }
}

/// Where versions of an act are published, for `lexwatch pull` (`[[source]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Source {
    /// The page or document to fetch (http, https).
    pub url: String,
    /// The stage a version found here is recorded at.
    pub stage: Stage,
    /// The format of the text; by default read from the response (type, name, content).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<SourceFormat>,
    /// On a page listing editions: a regular expression a link's address must
    /// match; the link followed is the one with the newest date in its
    /// `(?P<date>…)` group, or the first on the page without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// A regular expression whose first group is the edition date in the
    /// text (`2024-06-19`, `19.06.2024`, «19 июня 2024 года»); without it the
    /// date is the response's `Last-Modified`, else the day of retrieval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// The versions of one act, in legal (date) order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Register {
    /// The `[act]` table: title, predecessor, successor and repeal.
    #[serde(default, skip_serializing_if = "ActInfo::is_empty")]
    pub act: ActInfo,
    /// Where new versions are published (`[[source]]`), watched by `lexwatch pull`.
    #[serde(default, rename = "source", skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// The versions, oldest first.
    #[serde(default, rename = "version")]
    pub versions: Vec<Entry>,
}

/// A register that cannot be read or changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RegisterError {
    /// The TOML is invalid.
    #[error("{path}: invalid register: {message}")]
    Invalid {
        /// The register file.
        path: String,
        /// What the TOML parser said.
        message: String,
    },
    /// A stage word lexwatch does not know.
    #[error(
        "unknown stage {0:?} (expected one of: draft, proposal, first-reading, second-reading, adopted, signed, in-force, repealed)"
    )]
    UnknownStage(String),
    /// A version id that is already taken.
    #[error("version {0:?} is already in the register")]
    DuplicateId(String),
}

impl Register {
    /// The act's title: the text's own (front matter or level-1 heading),
    /// else the register's `[act] title`. Every output names an act by it.
    pub fn title_of(&self, text_title: Option<&str>) -> Option<String> {
        text_title
            .filter(|t| !t.trim().is_empty())
            .or(self.act.title.as_deref())
            .map(str::to_string)
    }

    /// Reads a register from TOML; `path` names it in errors.
    pub fn from_toml(text: &str, path: &str) -> Result<Register, RegisterError> {
        let mut register: Register = toml::from_str(text).map_err(|e| RegisterError::Invalid {
            path: path.to_string(),
            message: e.message().to_string(),
        })?;
        // A hand-edited register may be out of order; legal order is by date.
        register.versions.sort_by_key(|e| e.date);
        for source in &register.sources {
            source.check().map_err(|message| RegisterError::Invalid {
                path: path.to_string(),
                message,
            })?;
        }
        let mut ids = std::collections::HashSet::new();
        for entry in &register.versions {
            if !ids.insert(entry.id.as_str()) {
                return Err(RegisterError::Invalid {
                    path: path.to_string(),
                    message: format!("version id {:?} appears twice", entry.id),
                });
            }
        }
        Ok(register)
    }

    /// Writes the register as TOML.
    pub fn to_toml(&self) -> String {
        let mut out =
            String::from("# Versions of this act in legal order; written by `lexwatch record`.\n");
        if !self.act.is_empty() {
            out.push_str("\n[act]\n");
            let fields = [
                ("title", &self.act.title),
                ("replaces", &self.act.replaces),
                ("replaced-by", &self.act.replaced_by),
                ("repealed-by", &self.act.repealed_by),
            ];
            for (key, value) in fields {
                if let Some(value) = value {
                    out.push_str(&format!("{key} = {}\n", toml_string(value)));
                }
            }
        }
        for source in &self.sources {
            out.push_str("\n[[source]]\n");
            out.push_str(&format!("url = {}\n", toml_string(&source.url)));
            out.push_str(&format!("stage = {}\n", toml_string(source.stage.as_str())));
            if let Some(format) = source.format {
                out.push_str(&format!("format = {}\n", toml_string(format.extension())));
            }
            for (key, value) in [("link", &source.link), ("date", &source.date)] {
                if let Some(value) = value {
                    out.push_str(&format!("{key} = {}\n", toml_string(value)));
                }
            }
        }
        for entry in &self.versions {
            out.push_str("\n[[version]]\n");
            out.push_str(&format!("id = {}\n", toml_string(&entry.id)));
            out.push_str(&format!("date = {}\n", entry.date));
            out.push_str(&format!("stage = {}\n", toml_string(entry.stage.as_str())));
            if let Some(source) = &entry.source {
                out.push_str(&format!("source = {}\n", toml_string(source)));
            }
            out.push_str(&format!("blob = {}\n", toml_string(&entry.blob)));
            if let Some(note) = &entry.note {
                out.push_str(&format!("note = {}\n", toml_string(note)));
            }
        }
        out
    }

    /// Adds a version in date order (after versions of the same date); returns its index.
    pub fn insert(&mut self, entry: Entry) -> Result<usize, RegisterError> {
        if self.versions.iter().any(|e| e.id == entry.id) {
            return Err(RegisterError::DuplicateId(entry.id));
        }
        let index = self.versions.partition_point(|e| e.date <= entry.date);
        self.versions.insert(index, entry);
        Ok(index)
    }

    /// The newest version, whose text is the act's file at HEAD.
    pub fn latest(&self) -> Option<&Entry> {
        self.versions.last()
    }
}

impl Source {
    /// Checks what serde cannot: the address's scheme and the patterns.
    fn check(&self) -> Result<(), String> {
        if !(self.url.starts_with("http://") || self.url.starts_with("https://")) {
            return Err(format!(
                "source url {:?} must start with http:// or https://",
                self.url
            ));
        }
        for (key, pattern) in [("link", &self.link), ("date", &self.date)] {
            if let Some(pattern) = pattern {
                regex::Regex::new(pattern)
                    .map_err(|e| format!("source {key} pattern {pattern:?} is invalid: {e}"))?;
            }
        }
        if let Some(pattern) = &self.date
            && regex::Regex::new(pattern).is_ok_and(|re| re.captures_len() < 2)
        {
            return Err(format!(
                "source date pattern {pattern:?} needs a group around the date"
            ));
        }
        Ok(())
    }
}

/// Reads a date written as a TOML date (`date = 2023-06-06`) or a string.
fn toml_date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Date(toml::value::Datetime),
        Text(String),
    }
    let text = match Raw::deserialize(deserializer)? {
        Raw::Date(d) => d.to_string(),
        Raw::Text(t) => t,
    };
    text.parse::<NaiveDate>().map_err(|_| {
        serde::de::Error::custom(format!("expected a date like 2023-06-06, found {text:?}"))
    })
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, date: &str) -> Entry {
        Entry {
            id: id.to_string(),
            date: date.parse().unwrap_or_default(),
            stage: Stage::Draft,
            source: Some("a \"quoted\" source".to_string()),
            blob: "0123".to_string(),
            note: None,
        }
    }

    #[test]
    fn round_trips_through_toml() {
        let mut register = Register::default();
        register.insert(entry("b", "2024-01-01")).unwrap();
        register.insert(entry("a", "2023-06-06")).unwrap();
        let text = register.to_toml();
        let back = Register::from_toml(&text, "x.toml").unwrap();
        assert_eq!(back, register);
        assert_eq!(back.versions[0].id, "a");
    }

    #[test]
    fn the_act_table_round_trips_and_unknown_keys_are_refused() {
        let mut register = Register::default();
        register.insert(entry("a", "2021-11-24")).unwrap();
        register.act.replaced_by = Some("kz/mass-media-2024-ru".to_string());
        register.act.title = Some("Закон «О средствах массовой информации»".to_string());
        register.act.repealed_by = Some("Закон РК от 19 июня 2024 года № 93-VIII".to_string());
        let text = register.to_toml();
        assert!(text.contains(
            "[act]\ntitle = \"Закон «О средствах массовой информации»\"\nreplaced-by = \"kz/mass-media-2024-ru\"\n"
        ));
        let back = Register::from_toml(&text, "x.toml").unwrap();
        assert_eq!(back, register);
        let err =
            Register::from_toml("[act]\nreplace = \"kz/x\"\n", "history/kz/y.toml").unwrap_err();
        assert!(err.to_string().contains("history/kz/y.toml"), "{err}");
    }

    #[test]
    fn sources_round_trip_and_are_checked() {
        let text = r#"
[[source]]
url = "https://adilet.zan.kz/rus/docs/K1400000235"
stage = "in-force"
format = "html"
date = 'ред\. от (\d\d\.\d\d\.\d{4})'

[[version]]
id = "a"
date = 2024-01-01
stage = "draft"
blob = "0123"
"#;
        let register = Register::from_toml(text, "x.toml").unwrap();
        assert_eq!(register.sources.len(), 1);
        assert_eq!(register.sources[0].format, Some(SourceFormat::Html));
        let back = Register::from_toml(&register.to_toml(), "x.toml").unwrap();
        assert_eq!(back, register);
        let source = "[[source]]\nurl = \"https://x.kz/\"\nstage = \"draft\"\n";
        for extra in [
            "pattern = \"x\"",
            "link = \"(\"",
            "date = '\\d+'",
            "format = \"doc\"",
        ] {
            let bad = format!("{source}{extra}\n");
            let err = Register::from_toml(&bad, "history/kz/y.toml").unwrap_err();
            assert!(err.to_string().starts_with("history/kz/y.toml"), "{err}");
        }
        for bad in [
            "[[source]]\nurl = \"ftp://x.kz/\"\nstage = \"draft\"\n",
            "[[source]]\nurl = \"https://x.kz/\"\nstage = \"law\"\n",
        ] {
            assert!(
                Register::from_toml(bad, "history/kz/y.toml").is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn insert_keeps_date_order_and_rejects_duplicates() {
        let mut register = Register::default();
        register.insert(entry("new", "2025-01-01")).unwrap();
        assert_eq!(register.insert(entry("old", "2020-01-01")).unwrap(), 0);
        assert!(matches!(
            register.insert(entry("old", "2021-01-01")),
            Err(RegisterError::DuplicateId(_))
        ));
    }

    #[test]
    fn invalid_toml_names_the_file() {
        let err = Register::from_toml("[[version]]\nid = ", "history/kz/x.toml").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("history/kz/x.toml: invalid register")
        );
        assert!("signed".parse::<Stage>().is_ok());
        assert!("law".parse::<Stage>().is_err());
    }
}
