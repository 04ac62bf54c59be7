//! Watching the official sources: fetch each `[[source]]` of an act, import
//! what was published, and tell whether it is a new version.
//!
//! This module fetches and judges; recording goes through
//! [`crate::corpus::Repository::record`] like any other version, so a pull
//! is exactly as crash-safe as a `record`. A source costs one conditional
//! request when nothing changed (`ETag` / `Last-Modified` kept in
//! [`State`]), and nothing fetched is trusted until it imports as a statute.

mod fetch;
mod state;

pub use fetch::{Client, ClientOptions, Fetched, Page, Validators};
pub use state::{STATE_FILE, SeenSource, State};

use crate::analyze::numbers::parse_month;
use crate::corpus::{Source, SourceFormat};
use crate::import::{ImportError, ImportOptions, Imported};
use crate::statute::{Language, Statute};
use chrono::NaiveDate;
use regex::Regex;

/// Why a source gave no version.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PullError {
    /// The download failed: a network error, an HTTP error status, a timeout,
    /// too many redirects, a body cut short.
    #[error("{url}: {reason}")]
    Fetch {
        /// The address asked for.
        url: String,
        /// What went wrong, in one line.
        reason: String,
    },
    /// The download arrived but holds no statute text lexwatch can read.
    #[error("{url}: {reason}")]
    Content {
        /// The address the text came from.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The saved state file cannot be read.
    #[error("{path}: invalid pull state: {message}")]
    State {
        /// The state file.
        path: String,
        /// What the TOML parser said.
        message: String,
    },
}

/// What was found at a source and read as a statute.
#[derive(Debug)]
pub struct Found {
    /// The address the text came from (after following a listing's link and redirects).
    pub url: String,
    /// The imported text.
    pub imported: Imported,
    /// The edition date: from the page by the source's pattern, else `Last-Modified`.
    pub date: Option<NaiveDate>,
    /// The validators of each response, by the address asked for, to keep for next time.
    pub validators: Vec<(String, Validators)>,
}

/// What a source answered.
#[derive(Debug)]
pub enum Outcome {
    /// The server says nothing changed since the last pull (304).
    NotModified,
    /// A text was fetched and imported.
    Found(Box<Found>),
}

/// Fetches a source (and, for a listing page, the newest edition it links to) and imports it.
///
/// `seen` gives the validators kept from the last pull, by address; they are
/// sent only when the caller knows the text they stand for is still the
/// act's latest version.
pub fn fetch_source(
    client: &Client,
    source: &Source,
    act: &str,
    seen: &dyn Fn(&str) -> Validators,
) -> Result<Outcome, PullError> {
    let mut validators = Vec::new();
    let page = match client.fetch(&source.url, &seen(&source.url))? {
        Fetched::NotModified => return Ok(Outcome::NotModified),
        Fetched::Page(page) => page,
    };
    validators.push((source.url.clone(), page.validators.clone()));
    let (page, format) = match &source.link {
        Some(pattern) => {
            let target = newest_link(&page, &compile(pattern, &source.url)?)?;
            let document = match client.fetch(&target, &seen(&target))? {
                Fetched::NotModified => return Ok(Outcome::NotModified),
                Fetched::Page(document) => document,
            };
            validators.push((target, document.validators.clone()));
            // The format names the documents' format; a listing is a web page.
            (document, source.format)
        }
        None => (page, source.format),
    };
    let imported = import_page(&page, format, act)?;
    let date = match &source.date {
        Some(pattern) => {
            let text = page_text(&page, &imported);
            let re = compile(pattern, &source.url)?;
            let Some(found) = re.captures(&text).and_then(|c| c.get(1)) else {
                return Err(PullError::Content {
                    url: page.url.clone(),
                    reason: format!("the date pattern {pattern:?} matches nothing on the page"),
                });
            };
            Some(
                parse_date(found.as_str(), imported.statute.language).ok_or_else(|| {
                    PullError::Content {
                        url: page.url.clone(),
                        reason: format!("{:?} is not a date lexwatch can read", found.as_str()),
                    }
                })?,
            )
        }
        None => page.last_modified,
    };
    Ok(Outcome::Found(Box::new(Found {
        url: page.url,
        imported,
        date,
        validators,
    })))
}

fn compile(pattern: &str, url: &str) -> Result<Regex, PullError> {
    Regex::new(pattern).map_err(|e| PullError::Content {
        url: url.to_string(),
        reason: format!("invalid pattern {pattern:?}: {e}"),
    })
}

/// Imports a fetched page with the importer `record` uses; the format comes
/// from the source, else the response's type, else the address, else the content.
fn import_page(
    page: &Page,
    format: Option<SourceFormat>,
    act: &str,
) -> Result<Imported, PullError> {
    let content = |reason: String| PullError::Content {
        url: page.url.clone(),
        reason,
    };
    let kind = page.content_type.as_deref().unwrap_or("").to_lowercase();
    let format = format.or_else(|| format_of(&kind, &page.url));
    let name = match format {
        Some(f) => format!("download.{}", f.extension()),
        None => "download".to_string(),
    };
    let options = ImportOptions {
        act: Some(act.to_string()),
        ..ImportOptions::default()
    };
    crate::import::import(&page.bytes, &name, &options).map_err(|e| {
        content(match e {
            ImportError::NoStatute { reason, .. } => format!("no statute text found ({reason})"),
            ImportError::Unsupported { reason, .. } | ImportError::Unreadable { reason, .. } => {
                reason
            }
        })
    })
}

/// The format a response's `Content-Type` or address names.
fn format_of(content_type: &str, url: &str) -> Option<SourceFormat> {
    if content_type.contains("html") {
        return Some(SourceFormat::Html);
    }
    if content_type.contains("wordprocessingml") {
        return Some(SourceFormat::Docx);
    }
    if content_type.starts_with("text/plain") {
        return Some(SourceFormat::Txt);
    }
    if content_type.starts_with("application/pdf") {
        return Some(SourceFormat::Pdf);
    }
    let path = url.split(['?', '#']).next().unwrap_or(url).to_lowercase();
    [
        (".html", SourceFormat::Html),
        (".htm", SourceFormat::Html),
        (".docx", SourceFormat::Docx),
        (".txt", SourceFormat::Txt),
        (".pdf", SourceFormat::Pdf),
    ]
    .into_iter()
    .find(|(ext, _)| path.ends_with(ext))
    .map(|(_, f)| f)
}

/// The text a date pattern is matched against: a page's words without its
/// markup (the edition line is often outside the statute's body), or the
/// imported text of a document.
fn page_text(page: &Page, imported: &Imported) -> String {
    if imported.format == crate::import::InputFormat::Html {
        let html = String::from_utf8_lossy(&page.bytes);
        let doc = scraper::Html::parse_document(&html);
        let words: Vec<&str> = doc.root_element().text().collect();
        return squeeze(&words.join(" "));
    }
    imported.markdown.clone()
}

/// The address of the newest edition a listing page links to.
fn newest_link(page: &Page, pattern: &Regex) -> Result<String, PullError> {
    let html = String::from_utf8_lossy(&page.bytes);
    let doc = scraper::Html::parse_document(&html);
    let Ok(anchors) = scraper::Selector::parse("a[href]") else {
        return Err(PullError::Content {
            url: page.url.clone(),
            reason: "cannot read the page's links".into(),
        });
    };
    let has_date = pattern.capture_names().any(|n| n == Some("date"));
    let mut best: Option<(Option<NaiveDate>, String)> = None;
    for a in doc.select(&anchors) {
        let Some(href) = a.value().attr("href") else {
            continue;
        };
        let target = resolve(&page.url, href.trim());
        let Some(caps) = pattern.captures(&target) else {
            continue;
        };
        let date = caps
            .name("date")
            .and_then(|d| parse_date(d.as_str(), Language::Ru));
        match &best {
            None => best = Some((date, target)),
            // Newest by date; of equal dates (or none), the first on the page.
            Some((d, _)) if has_date && date > *d => best = Some((date, target)),
            Some(_) => {}
        }
    }
    best.map(|(_, url)| url).ok_or_else(|| PullError::Content {
        url: page.url.clone(),
        reason: format!(
            "no link on the page matches the source's link pattern {:?}",
            pattern.as_str()
        ),
    })
}

/// A link's address made absolute against the page it is on.
pub fn resolve(base: &str, href: &str) -> String {
    if href.starts_with("http://") || href.starts_with("https://") {
        return href.to_string();
    }
    let (scheme, rest) = base.split_once("://").unwrap_or(("https", base));
    let host_end = rest.find('/').unwrap_or(rest.len());
    let host = &rest[..host_end];
    if let Some(other) = href.strip_prefix("//") {
        return format!("{scheme}://{other}");
    }
    if href.starts_with('/') {
        return format!("{scheme}://{host}{href}");
    }
    let path = rest[host_end..].split(['?', '#']).next().unwrap_or("");
    let dir = path.rfind('/').map_or("/", |i| &path[..=i]);
    format!("{scheme}://{host}{dir}{href}")
}

/// Reads an edition date as official pages write it: `2024-06-19`,
/// `19.06.2024`, «19 июня 2024 года», «2024 жылғы 19 маусым», "19 June 2024".
pub fn parse_date(text: &str, language: Language) -> Option<NaiveDate> {
    let text = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(date);
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%d.%m.%Y") {
        return Some(date);
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let year = words
        .iter()
        .find(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))?
        .parse()
        .ok()?;
    let day = words
        .iter()
        .find(|w| (1..=2).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit()))?
        .parse()
        .ok()?;
    let languages = [language, Language::Ru, Language::Kk, Language::En];
    let month = words.iter().find_map(|w| {
        languages
            .iter()
            .find_map(|&l| parse_month(w, l))
            .filter(|_| w.chars().any(char::is_alphabetic))
    })?;
    NaiveDate::from_ymd_opt(year, u32::from(month), day)
}

/// Whether two statutes say the same: the same units with the same
/// headings, texts and status. Layout, front matter and Markdown emphasis
/// do not count, so a page re-rendered by the publisher is no new version.
pub fn same_text(a: &Statute, b: &Statute) -> bool {
    fingerprint(a) == fingerprint(b)
}

fn fingerprint(statute: &Statute) -> Vec<String> {
    statute
        .cited_units()
        .into_iter()
        .map(|(citation, unit)| {
            format!(
                "{citation}|{}|{}|{}|{}",
                plain(unit.heading.as_deref().unwrap_or("")),
                plain(&unit.text),
                plain(&unit.tail),
                unit.is_repealed()
            )
        })
        .collect()
}

/// Text without Markdown escapes and emphasis, spaces squeezed.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|n| n.is_ascii_punctuation()) => {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            }
            '*' => {}
            _ => out.push(c),
        }
    }
    squeeze(&out)
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_official_pages_write_them() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        assert_eq!(parse_date("2024-06-19", Language::Ru), d(2024, 6, 19));
        assert_eq!(parse_date("19.06.2024", Language::Ru), d(2024, 6, 19));
        assert_eq!(
            parse_date("19 июня 2024 года", Language::Ru),
            d(2024, 6, 19)
        );
        assert_eq!(
            parse_date("2024 жылғы 19 маусымдағы", Language::Kk),
            d(2024, 6, 19)
        );
        assert_eq!(parse_date("19 June 2024", Language::En), d(2024, 6, 19));
        assert_eq!(parse_date("31.02.2024", Language::Ru), None);
        assert_eq!(parse_date("редакция", Language::Ru), None);
    }

    #[test]
    fn links_resolve_against_the_page() {
        let base = "https://adilet.zan.kz/rus/docs/K1400000235/history?x=1";
        assert_eq!(resolve(base, "https://a.kz/x"), "https://a.kz/x");
        assert_eq!(resolve(base, "//b.kz/y"), "https://b.kz/y");
        assert_eq!(resolve(base, "/rus/z"), "https://adilet.zan.kz/rus/z");
        assert_eq!(
            resolve(base, "K1400000235.docx"),
            "https://adilet.zan.kz/rus/docs/K1400000235/K1400000235.docx"
        );
        assert_eq!(
            resolve("http://127.0.0.1:8080", "a"),
            "http://127.0.0.1:8080/a"
        );
    }

    #[test]
    fn the_newest_link_is_followed() {
        let page = Page {
            url: "http://127.0.0.1/list".into(),
            bytes: br#"<a href="/doc/2023-01-05.docx">old</a> <a href="/about">x</a>
                <a href="/doc/2024-06-19.docx">new</a> <a href="/doc/2021-02-01.docx">older</a>"#
                .to_vec(),
            content_type: Some("text/html".into()),
            validators: Validators::default(),
            last_modified: None,
        };
        let dated = Regex::new(r"/doc/(?P<date>\d{4}-\d\d-\d\d)\.docx$").unwrap();
        assert_eq!(
            newest_link(&page, &dated).unwrap(),
            "http://127.0.0.1/doc/2024-06-19.docx"
        );
        let first = Regex::new(r"/doc/").unwrap();
        assert_eq!(
            newest_link(&page, &first).unwrap(),
            "http://127.0.0.1/doc/2023-01-05.docx"
        );
        assert!(newest_link(&page, &Regex::new("pdf").unwrap()).is_err());
    }

    #[test]
    fn emphasis_and_layout_are_not_a_new_text() {
        let a =
            Statute::parse("# Закон\n\n### Статья 1. Общие\n\n1. Текст *один*.\n", "a").unwrap();
        let b =
            Statute::parse("# Закон\n\n### Статья 1. Общие\n\n1. Текст   один.\n", "b").unwrap();
        let c = Statute::parse("# Закон\n\n### Статья 1. Общие\n\n1. Текст два.\n", "c").unwrap();
        assert!(same_text(&a, &b));
        assert!(!same_text(&a, &c));
    }
}
