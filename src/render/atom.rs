//! Atom feed: one entry per version, with its changes and findings.
//!
//! The caller passes every date in (the feed's `updated` included), so the
//! same input gives the same bytes. All text goes through [`escape_html`].

use super::html::escape_html;
use super::{percent_encode, version_line};
use crate::analyze::Report;
use std::io::{self, Write};

/// The tagging entity of lexwatch's tag URIs (RFC 4151); never change it, or
/// every entry id changes with it.
const TAGGING_ENTITY: &str = "lexwatch,2025";

/// A feed to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedInput {
    /// The feed's title.
    pub title: String,
    /// The address the feed and its relative links belong to, if published.
    pub base_url: Option<String>,
    /// When the feed last changed (RFC 3339).
    pub updated: String,
    /// The entries, newest first.
    pub entries: Vec<FeedEntry>,
}

/// One entry of a feed: a version of an act and what it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEntry {
    /// A permanent id, a tag URI built from the act and the version id ([`tag_uri`]).
    pub id: String,
    /// The entry's title.
    pub title: String,
    /// When the version was recorded (RFC 3339): a version recorded late is
    /// new to subscribers whatever its legal date.
    pub updated: String,
    /// The version's legal date (RFC 3339), when it has one.
    pub published: Option<String>,
    /// Where to read more, absolute or relative to the feed's base URL.
    pub link: Option<String>,
    /// Plain text: counts of changes and findings, then the findings' messages.
    pub summary: String,
}

/// The tag URI of a version of an act: `tag:lexwatch,2025:kz/cao/2023-07-10-signed`.
pub fn tag_uri(act: &str, version: &str) -> String {
    let keep = "/!$&'()*+,;=:@";
    format!(
        "tag:{TAGGING_ENTITY}:{}/{}",
        percent_encode(act, keep),
        percent_encode(version, keep)
    )
}

/// The link of a version under a feed's address: `<base>/<act>/<version id>`,
/// each part percent-encoded (a version id may hold any letter).
pub fn version_link(base: &str, act: &str, version: &str) -> String {
    format!(
        "{}/{}/{}",
        base.trim_end_matches('/'),
        percent_encode(act, "/"),
        percent_encode(version, "")
    )
}

/// An entry's `updated`: the recording time, else the legal date.
fn updated_of(recorded: Option<&str>, published: Option<&String>) -> String {
    recorded
        .map(str::to_string)
        .or_else(|| published.cloned())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string())
}

/// An entry's title: the act named as every other output names it (its
/// title, with its id), then the version.
fn entry_title(act: &str, title: Option<&str>, version: &str) -> String {
    match title {
        Some(title) => format!("{title} ({act}): {version}"),
        None => format!("{act}: {version}"),
    }
}

impl FeedEntry {
    /// The entry for the new version of a report; `recorded` is when that
    /// version was recorded (RFC 3339), if known.
    pub fn from_report(report: &Report, link: Option<String>, recorded: Option<&str>) -> FeedEntry {
        let act = report.act.as_deref().unwrap_or("files");
        let version = report.to.id.as_deref().unwrap_or(&report.to.label);
        let mut summary = report.summary_line();
        for (annotated, finding) in report.findings() {
            summary.push_str(&format!(
                "\n- [{}] {}: {}",
                finding.severity.as_str(),
                annotated.change.citation(),
                finding.message
            ));
        }
        let published = report.to.date.map(|d| format!("{d}T00:00:00Z"));
        FeedEntry {
            id: tag_uri(act, version),
            title: entry_title(act, report.title.as_deref(), &version_line(&report.to)),
            updated: updated_of(recorded, published.as_ref()),
            published,
            link,
            summary,
        }
    }
}

impl FeedEntry {
    /// The entry for the first recorded version of an act, which has nothing to compare with.
    pub fn first_version(
        act: &str,
        title: Option<&str>,
        version: &str,
        stage: &str,
        date: chrono::NaiveDate,
        link: Option<String>,
        recorded: Option<&str>,
    ) -> FeedEntry {
        let published = Some(format!("{date}T00:00:00Z"));
        FeedEntry {
            id: tag_uri(act, version),
            title: entry_title(act, title, &format!("{version} ({stage}, {date})")),
            updated: updated_of(recorded, published.as_ref()),
            published,
            link,
            summary: format!("First recorded version of {act}."),
        }
    }
}

impl FeedInput {
    /// A feed of dated entries, the most recently recorded first (a late
    /// recorded old version at the top, where readers look), then by legal
    /// date and by key, so the feed is the same bytes each time.
    pub fn newest_first(
        title: String,
        base_url: Option<String>,
        mut entries: Vec<(chrono::NaiveDate, String, FeedEntry)>,
    ) -> FeedInput {
        entries.sort_by(|a, b| {
            b.2.updated
                .cmp(&a.2.updated)
                .then(b.0.cmp(&a.0))
                .then(a.1.cmp(&b.1))
        });
        let updated = entries
            .first()
            .map(|e| e.2.updated.clone())
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string());
        FeedInput {
            title,
            base_url,
            updated,
            entries: entries.into_iter().map(|e| e.2).collect(),
        }
    }
}

/// Writes the feed as Atom 1.0, entries in the order given.
pub fn write_atom(feed: &FeedInput, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>")?;
    match &feed.base_url {
        Some(base) => writeln!(
            out,
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"{}\">",
            escape_html(base)
        )?,
        None => writeln!(out, "<feed xmlns=\"http://www.w3.org/2005/Atom\">")?,
    }
    let id = feed
        .base_url
        .clone()
        .unwrap_or_else(|| format!("tag:{TAGGING_ENTITY}:feed"));
    writeln!(out, "  <id>{}</id>", escape_html(&id))?;
    writeln!(out, "  <title>{}</title>", escape_html(&feed.title))?;
    writeln!(out, "  <updated>{}</updated>", escape_html(&feed.updated))?;
    writeln!(out, "  <author><name>lexwatch</name></author>")?;
    writeln!(out, "  <generator>lexwatch</generator>")?;
    if let Some(base) = &feed.base_url {
        writeln!(
            out,
            "  <link rel=\"alternate\" href=\"{}\"/>",
            escape_html(base)
        )?;
    }
    for entry in &feed.entries {
        writeln!(out, "  <entry>")?;
        writeln!(out, "    <id>{}</id>", escape_html(&entry.id))?;
        writeln!(out, "    <title>{}</title>", escape_html(&entry.title))?;
        writeln!(
            out,
            "    <updated>{}</updated>",
            escape_html(&entry.updated)
        )?;
        if let Some(published) = &entry.published {
            writeln!(out, "    <published>{}</published>", escape_html(published))?;
        }
        if let Some(link) = &entry.link {
            writeln!(
                out,
                "    <link rel=\"alternate\" href=\"{}\"/>",
                escape_html(link)
            )?;
        }
        writeln!(
            out,
            "    <summary type=\"text\">{}</summary>",
            escape_html(&entry.summary)
        )?;
        writeln!(out, "  </entry>")?;
    }
    writeln!(out, "</feed>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{hostile_report, sample_report};

    const ATOM: &str = "http://www.w3.org/2005/Atom";

    fn render(feed: &FeedInput) -> String {
        let mut out = Vec::new();
        write_atom(feed, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn feed(reports: &[Report]) -> FeedInput {
        FeedInput {
            title: "lexwatch: kz/cao".to_string(),
            base_url: Some("https://example.org/lexwatch/".to_string()),
            updated: "2023-07-11T09:00:00Z".to_string(),
            entries: reports
                .iter()
                .map(|r| {
                    FeedEntry::from_report(
                        r,
                        Some("diff/kz-cao.html".into()),
                        Some("2023-07-11T09:00:00Z"),
                    )
                })
                .collect(),
        }
    }

    #[test]
    fn entry_from_report() {
        let entry = FeedEntry::from_report(&sample_report(), None, Some("2024-01-01T08:30:00Z"));
        assert_eq!(entry.id, "tag:lexwatch,2025:kz/cao/2023-07-10-signed");
        assert_eq!(
            entry.title,
            "Кодекс Республики Казахстан об административных правонарушениях (kz/cao): \
             2023-07-10-signed (signed, 2023-07-10)"
        );
        let mut untitled = sample_report();
        untitled.title = None;
        let plain = FeedEntry::from_report(&untitled, None, None);
        assert_eq!(
            plain.title,
            "kz/cao: 2023-07-10-signed (signed, 2023-07-10)"
        );
        assert_eq!(entry.updated, "2024-01-01T08:30:00Z");
        assert_eq!(entry.published.as_deref(), Some("2023-07-10T00:00:00Z"));
        let lines: Vec<&str> = entry.summary.lines().collect();
        assert_eq!(
            lines[0],
            "4 changes: 1 added, 1 removed, 1 amended, 1 renumbered; 4 findings"
        );
        assert_eq!(
            lines[1],
            "- [high] ст. 456-2 п. 4: fine on individuals raised ×2 (50 MCI → 100 MCI)"
        );
        assert_eq!(lines.len(), 5);
        let mut undated = sample_report();
        undated.to.date = None;
        undated.to.id = None;
        undated.to.label = "новая редакция".to_string();
        let entry = FeedEntry::from_report(&undated, None, Some("2024-01-01T00:00:00Z"));
        assert_eq!(entry.updated, "2024-01-01T00:00:00Z");
        assert_eq!(entry.published, None);
        let unknown = FeedEntry::from_report(&sample_report(), None, None);
        assert_eq!(unknown.updated, "2023-07-10T00:00:00Z");
        assert_eq!(
            entry.id,
            "tag:lexwatch,2025:kz/cao/%D0%BD%D0%BE%D0%B2%D0%B0%D1%8F%20%D1%80%D0%B5%D0%B4%D0%B0%D0%BA%D1%86%D0%B8%D1%8F"
        );
    }

    #[test]
    fn a_late_recorded_old_version_comes_first_with_its_legal_date_as_published() {
        let day = |d: &str| d.parse::<chrono::NaiveDate>().unwrap();
        let entry = |version: &str, date: &str, recorded: &str| {
            FeedEntry::first_version(
                "kz/x",
                None,
                version,
                "draft",
                day(date),
                None,
                Some(recorded),
            )
        };
        let feed = FeedInput::newest_first(
            "x".to_string(),
            None,
            vec![
                (
                    day("2024-05-01"),
                    "kz/x new".to_string(),
                    entry("new", "2024-05-01", "2024-05-02T10:00:00Z"),
                ),
                (
                    day("2019-01-01"),
                    "kz/x old".to_string(),
                    entry("old", "2019-01-01", "2025-03-01T12:00:00Z"),
                ),
            ],
        );
        assert_eq!(feed.updated, "2025-03-01T12:00:00Z");
        assert_eq!(feed.entries[0].id, "tag:lexwatch,2025:kz/x/old");
        let text = render(&feed);
        assert!(text.contains(
            "<updated>2025-03-01T12:00:00Z</updated>\n    <published>2019-01-01T00:00:00Z</published>"
        ));
    }

    #[test]
    fn version_links_are_percent_encoded() {
        assert_eq!(
            version_link("https://example.org/lw/", "kz/cao", "2024-редакция"),
            "https://example.org/lw/kz/cao/2024-%D1%80%D0%B5%D0%B4%D0%B0%D0%BA%D1%86%D0%B8%D1%8F"
        );
        assert_eq!(
            version_link("https://example.org", "kz/a b", "v?1#2"),
            "https://example.org/kz/a%20b/v%3F1%232"
        );
    }

    #[test]
    fn feed_is_well_formed_atom() {
        let text = render(&feed(&[sample_report(), sample_report()]));
        let doc = roxmltree::Document::parse(&text).unwrap();
        let root = doc.root_element();
        assert!(root.has_tag_name((ATOM, "feed")));
        let child = |node: roxmltree::Node<'_, '_>, name: &str| {
            node.children()
                .find(|n| n.has_tag_name((ATOM, name)))
                .and_then(|n| n.text())
                .map(str::to_string)
        };
        assert_eq!(
            child(root, "id").as_deref(),
            Some("https://example.org/lexwatch/")
        );
        assert_eq!(
            child(root, "updated").as_deref(),
            Some("2023-07-11T09:00:00Z")
        );
        let entries: Vec<_> = root
            .children()
            .filter(|n| n.has_tag_name((ATOM, "entry")))
            .collect();
        assert_eq!(entries.len(), 2);
        for entry in entries {
            for name in ["id", "title", "updated", "summary"] {
                assert!(child(entry, name).is_some(), "{name}");
            }
            let summary = child(entry, "summary").unwrap_or_default();
            assert!(summary.contains("«нарушающей общественный порядок»"));
            assert!(summary.contains("\"discredits\""));
            let link = entry
                .children()
                .find(|n| n.has_tag_name((ATOM, "link")))
                .and_then(|n| n.attribute("href"));
            assert_eq!(link, Some("diff/kz-cao.html"));
        }
    }

    #[test]
    fn hostile_text_is_escaped() {
        let mut input = feed(&[hostile_report()]);
        input.title = "<script>alert(1)</script> & \"x\"".to_string();
        input.base_url = None;
        input.entries[0].link = Some("a?b=1&c=\"2\"".to_string());
        let text = render(&input);
        assert!(!text.contains("<script>"));
        let doc = roxmltree::Document::parse(&text).unwrap();
        let title = doc
            .root_element()
            .children()
            .find(|n| n.has_tag_name((ATOM, "title")))
            .and_then(|n| n.text());
        assert_eq!(title, Some("<script>alert(1)</script> & \"x\""));
        let summary = doc
            .descendants()
            .find(|n| n.has_tag_name((ATOM, "summary")))
            .and_then(|n| n.text())
            .unwrap_or_default();
        assert!(summary.contains("<img src=x onerror=alert(2)>"));
        let href = doc
            .descendants()
            .find(|n| n.has_tag_name((ATOM, "link")))
            .and_then(|n| n.attribute("href"));
        assert_eq!(href, Some("a?b=1&c=\"2\""));
    }

    #[test]
    fn empty_feed() {
        let text = render(&FeedInput {
            title: "empty".to_string(),
            base_url: None,
            updated: "2023-01-01T00:00:00Z".to_string(),
            entries: Vec::new(),
        });
        let doc = roxmltree::Document::parse(&text).unwrap();
        assert_eq!(
            doc.root_element()
                .children()
                .filter(|n| n.is_element())
                .count(),
            5
        );
        assert!(text.contains("<id>tag:lexwatch,2025:feed</id>"));
    }
}
