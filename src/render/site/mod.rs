//! The static tracker site: finished reports and provision histories → pages.
//!
//! [`render_site`] turns a [`Site`] (built from a repository by
//! [`crate::site::build`]) into pages held in memory; it never calls git or
//! the analyzers, and the same site gives the same bytes. Every link is
//! relative, so the pages work from `file://` and from any static host.
//! All statute text, findings and register data go through [`escape_html`].
//!
//! Layout: `index.html` (the acts), `search.html`, `feed.xml`, `assets/`,
//! and per act `acts/<act>/index.html` (versions and provisions),
//! `acts/<act>/changes/<version>.html` (a comparison with the previous
//! version) and `acts/<act>/<citation>.html` (a provision, e.g. `art-456-2`).

mod labels;

use super::atom::{FeedInput, write_atom};
use super::html::escape_html;
use super::{change_title, percent_encode};
use crate::analyze::{AnnotatedChange, Finding, Report, Severity, VersionInfo};
use crate::blame::BlameLine;
use crate::compare::{ChangeKind, WordOp};
use crate::statute::{Citation, Language, Status, UnitKind};
use labels::{Label, label};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Everything the site shows, gathered before any page is written.
#[derive(Debug, Clone)]
pub struct Site {
    /// The language of the site's own labels.
    pub lang: Language,
    /// The address the site is published at, if known (canonical links, the feed).
    pub base_url: Option<String>,
    /// The acts, in the order of their ids.
    pub acts: Vec<SiteAct>,
    /// What each cited standard says, by its full citation.
    pub standards: BTreeMap<String, String>,
    /// The Atom feed of every version.
    pub feed: FeedInput,
}

/// One act: its versions and the provisions of its latest version.
#[derive(Debug, Clone)]
pub struct SiteAct {
    /// The act id (`kz/cao-ch26-ru`).
    pub id: String,
    /// The act's title, from its latest version.
    pub title: Option<String>,
    /// The language of the act's text.
    pub language: Language,
    /// Parts (a code) or paragraphs (a law), for its citations.
    pub division: crate::statute::ArticleDivision,
    /// The recorded versions, oldest first.
    pub versions: Vec<SiteVersion>,
    /// The provisions of the latest version, in document order.
    pub provisions: Vec<SiteProvision>,
}

/// One recorded version and what it changed.
#[derive(Debug, Clone)]
pub struct SiteVersion {
    /// The version's register data.
    pub info: VersionInfo,
    /// The register's note (often the amending law).
    pub note: Option<String>,
    /// The comparison with the previous version; `None` for the first one.
    pub report: Option<Report>,
}

/// One provision (an article, or a top-level unit of an act without articles).
#[derive(Debug, Clone)]
pub struct SiteProvision {
    /// Its address in the act.
    pub citation: Citation,
    /// The citation as the act writes it (`ст. 456-2`).
    pub label: String,
    /// Its heading, if any.
    pub heading: Option<String>,
    /// Whether it was repealed.
    pub repealed: bool,
    /// Its current text, line by line, each with the version that introduced it.
    pub lines: Vec<BlameLine>,
}

/// One file of the site: a path relative to the site's folder and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The path, with `/` separators (`acts/kz/cao/index.html`).
    pub path: String,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

/// The style sheet shared by every page.
const CSS: &str = include_str!("site.css");
/// The site's icon (browsers ask for one; a missing one is a failed request).
const ICON: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\">\
<rect width=\"16\" height=\"16\" fill=\"#0b4f9c\"/><text x=\"8\" y=\"12.5\" \
font-size=\"12\" text-anchor=\"middle\" fill=\"#fff\">§</text></svg>\n";
/// The filter and the search: plain JavaScript, no framework, no network.
const JS: &str = include_str!("site.js");

/// Renders every page of the site, in a fixed order.
pub fn render_site(site: &Site) -> Vec<Page> {
    let mut pages = vec![
        Page {
            path: "assets/site.css".to_string(),
            bytes: CSS.as_bytes().to_vec(),
        },
        Page {
            path: "assets/icon.svg".to_string(),
            bytes: ICON.as_bytes().to_vec(),
        },
        Page {
            path: "assets/site.js".to_string(),
            bytes: JS.as_bytes().to_vec(),
        },
        Page {
            path: "assets/search-data.js".to_string(),
            bytes: search_data(site).into_bytes(),
        },
        html_page("index.html", index_page(site)),
        html_page("search.html", search_page(site)),
    ];
    let mut feed = Vec::new();
    // Writing into a Vec cannot fail.
    if write_atom(&site.feed, &mut feed).is_ok() {
        pages.push(Page {
            path: "feed.xml".to_string(),
            bytes: feed,
        });
    }
    for act in &site.acts {
        let changed = changes_by_provision(act);
        pages.push(html_page(&act_path(&act.id), act_page(site, act)));
        for (i, version) in act.versions.iter().enumerate() {
            if let Some(report) = &version.report {
                let path = comparison_path(&act.id, &version.info);
                let previous = i.checked_sub(1).map(|p| &act.versions[p].info);
                pages.push(html_page(
                    &path,
                    comparison_page(site, act, report, previous, &path),
                ));
            }
        }
        for provision in &act.provisions {
            let path = provision_path(&act.id, &provision.citation);
            let history = changed
                .get(&provision.citation)
                .map_or(&[][..], Vec::as_slice);
            pages.push(html_page(
                &path,
                provision_page(site, act, provision, history, &path),
            ));
        }
    }
    pages
}

fn html_page(path: &str, body: PageBody) -> Page {
    Page {
        path: path.to_string(),
        bytes: body.finish(path).into_bytes(),
    }
}

/// The folder of an act's pages.
fn act_dir(act: &str) -> String {
    format!(
        "acts/{}",
        act.split('/').map(file_slug).collect::<Vec<_>>().join("/")
    )
}

/// The path of an act's page.
pub fn act_path(act: &str) -> String {
    format!("{}/index.html", act_dir(act))
}

/// The path of the comparison that introduced a version (against the previous one).
pub fn comparison_path(act: &str, version: &VersionInfo) -> String {
    format!("{}/changes/{}.html", act_dir(act), version_slug(version))
}

/// The stable path of a provision's page, built from its citation: `acts/kz/cao/art-456-2.html`.
pub fn provision_path(act: &str, citation: &Citation) -> String {
    format!("{}/{}.html", act_dir(act), citation_slug(citation))
}

/// A version's file name: its register id, else its label.
fn version_slug(info: &VersionInfo) -> String {
    file_slug(info.id.as_deref().unwrap_or(&info.label))
}

/// A citation as a file name: `art-456-2`, `para-8`, `art-12-note`.
pub fn citation_slug(citation: &Citation) -> String {
    let words: Vec<String> = citation
        .0
        .iter()
        .map(|step| {
            let kind = match step.kind {
                UnitKind::Part => "part",
                UnitKind::Section => "section",
                UnitKind::Chapter => "chapter",
                UnitKind::Subchapter => "subchapter",
                UnitKind::Article => "art",
                UnitKind::Paragraph => "para",
                UnitKind::Subparagraph => "subpara",
                UnitKind::Note => "note",
            };
            match &step.number {
                Some(n) => format!("{kind}-{}", file_slug(n)),
                None => kind.to_string(),
            }
        })
        .collect();
    if words.is_empty() {
        "provision".to_string()
    } else {
        words.join("-")
    }
}

/// Keeps ASCII letters, digits, `-` and `_`; anything else becomes `_`, so
/// the name is safe on every file system and in every URL.
fn file_slug(text: &str) -> String {
    let slug: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if slug.is_empty() {
        "_".to_string()
    } else {
        slug
    }
}

/// The provision page a unit belongs to: the path down to its article, or its
/// top-level unit in an act without articles.
pub fn provision_of(path: &Citation) -> Citation {
    match path.0.iter().position(|s| s.kind == UnitKind::Article) {
        Some(i) => Citation(path.0[..=i].to_vec()),
        None => Citation(path.0.iter().take(1).cloned().collect()),
    }
}

/// A change that touched a provision: the version's index and the change's index.
type ChangeRef = (usize, usize);

/// For each provision of the latest version, the changes that touched it, oldest first.
fn changes_by_provision(act: &SiteAct) -> BTreeMap<Citation, Vec<ChangeRef>> {
    let current: BTreeSet<&Citation> = act.provisions.iter().map(|p| &p.citation).collect();
    let mut out: BTreeMap<Citation, Vec<ChangeRef>> = BTreeMap::new();
    for (v, version) in act.versions.iter().enumerate() {
        let Some(report) = &version.report else {
            continue;
        };
        for (c, annotated) in report.changes.iter().enumerate() {
            let change = &annotated.change;
            let Some(side) = change.new.as_ref().or(change.old.as_ref()) else {
                continue;
            };
            let key = provision_of(&side.path);
            if current.contains(&key) {
                let list = out.entry(key).or_default();
                if list.last() != Some(&(v, c)) {
                    list.push((v, c));
                }
            }
        }
    }
    out
}

/// Findings that count as concerning on the index and in the key changes.
fn is_concerning(finding: &Finding) -> bool {
    finding.severity >= Severity::Medium
}

/// A page being written: its title, its language and its main content.
struct PageBody {
    lang: Language,
    title: String,
    base_url: Option<String>,
    main: String,
}

impl PageBody {
    fn new(site: &Site, title: String) -> PageBody {
        PageBody {
            lang: site.lang,
            title,
            base_url: site.base_url.clone(),
            main: String::new(),
        }
    }

    /// Wraps the main content in the page every path shares.
    fn finish(self, path: &str) -> String {
        let root = "../".repeat(path.matches('/').count());
        let l = |key| label(self.lang, key);
        let mut out = String::with_capacity(self.main.len() + 2048);
        out.push_str("<!DOCTYPE html>\n");
        let _ = writeln!(out, "<html lang=\"{}\">", self.lang.code());
        out.push_str("<head>\n<meta charset=\"utf-8\">\n");
        out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // Nothing but the site's own files may load: no fonts, images or
        // scripts from elsewhere, and no requests from the scripts.
        out.push_str(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
             script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; \
             form-action 'self'; base-uri 'none'\">\n",
        );
        out.push_str("<meta name=\"generator\" content=\"lexwatch\">\n");
        let _ = writeln!(out, "<title>{}</title>", escape_html(&self.title));
        let _ = writeln!(
            out,
            "<link rel=\"stylesheet\" href=\"{root}assets/site.css\">"
        );
        let _ = writeln!(
            out,
            "<link rel=\"icon\" type=\"image/svg+xml\" href=\"{root}assets/icon.svg\">"
        );
        let _ = writeln!(
            out,
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{root}feed.xml\">",
            escape_html(l(Label::Feed))
        );
        if let Some(base) = &self.base_url {
            let _ = writeln!(
                out,
                "<link rel=\"canonical\" href=\"{}/{}\">",
                escape_html(base.trim_end_matches('/')),
                escape_html(&percent_encode(path, "/"))
            );
        }
        let _ = writeln!(out, "<script src=\"{root}assets/site.js\" defer></script>");
        out.push_str("</head>\n<body>\n");
        let _ = writeln!(
            out,
            "<a class=\"skip\" href=\"#main\">{}</a>",
            escape_html(l(Label::SkipToContent))
        );
        let _ = writeln!(
            out,
            "<header class=\"site\"><nav aria-label=\"{}\"><a href=\"{root}index.html\">{}</a> \
             <a href=\"{root}search.html\">{}</a> <a href=\"{root}feed.xml\">{}</a></nav></header>",
            escape_html(l(Label::SiteTitle)),
            escape_html(l(Label::Home)),
            escape_html(l(Label::Search)),
            escape_html(l(Label::Feed)),
        );
        let _ = writeln!(out, "<main id=\"main\">\n{}</main>", self.main);
        out.push_str("<footer><p>lexwatch</p></footer>\n</body>\n</html>\n");
        out
    }
}

/// A link from the page at `from` to the page at `to` (both site paths), as
/// short as it can be: `art-456-2.html` beside it, `../index.html` above it.
fn href(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect();
    let from_dirs = &from_dirs[..from_dirs.len() - 1];
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dirs
        .iter()
        .zip(&to_parts[..to_parts.len() - 1])
        .take_while(|(a, b)| a == b)
        .count();
    let mut link = "../".repeat(from_dirs.len() - common);
    link.push_str(&to_parts[common..].join("/"));
    escape_html(&link)
}

/// The act's name for headings: its title, else its id.
fn act_name(act: &SiteAct) -> &str {
    act.title.as_deref().unwrap_or(&act.id)
}

/// A provision's name: `ст. 456-2. Размещение, распространение ложной информации`.
fn provision_name(provision: &SiteProvision) -> String {
    match &provision.heading {
        Some(h) => format!("{}. {h}", provision.label),
        None => provision.label.clone(),
    }
}

/// The register data of a version in one line: `2024-09-09 · in-force`, with
/// the register id after them when it says more than the date and the stage.
fn version_summary(info: &VersionInfo) -> String {
    let mut parts = Vec::new();
    if let Some(date) = info.date {
        parts.push(date.to_string());
    }
    if let Some(stage) = &info.stage {
        parts.push(stage.clone());
    }
    let id = info.id.clone().unwrap_or_else(|| info.label.clone());
    if parts.join("-") != id {
        parts.push(id.clone());
    }
    // A version of another act (the one this act replaced) is named with its act.
    if info.label != id && info.label.contains('@') {
        parts.push(info.label.clone());
    }
    parts.join(" · ")
}

fn index_page(site: &Site) -> PageBody {
    let l = |key| label(site.lang, key);
    let path = "index.html";
    let mut page = PageBody::new(site, l(Label::SiteTitle).to_string());
    let m = &mut page.main;
    let _ = writeln!(m, "<h1>{}</h1>", escape_html(l(Label::SiteTitle)));
    let _ = writeln!(m, "<h2>{}</h2>", escape_html(l(Label::Acts)));
    let _ = writeln!(m, "<p>{}</p>", escape_html(l(Label::ConcerningHelp)));
    m.push_str("<table class=\"acts\">\n<thead><tr>");
    for key in [
        Label::Act,
        Label::Language,
        Label::LatestVersion,
        Label::Stage,
        Label::Date,
        Label::ConcerningFindings,
    ] {
        let _ = write!(m, "<th scope=\"col\">{}</th>", escape_html(l(key)));
    }
    m.push_str("</tr></thead>\n<tbody>\n");
    for act in &site.acts {
        let latest = act.versions.last();
        let _ = write!(
            m,
            "<tr><th scope=\"row\"><a href=\"{}\">{}</a><br><span class=\"id\">{}</span></th>",
            href(path, &act_path(&act.id)),
            escape_html(act_name(act)),
            escape_html(&act.id)
        );
        let _ = write!(m, "<td>{}</td>", act.language.code());
        match latest {
            Some(v) => {
                let id = escape_html(v.info.id.as_deref().unwrap_or(&v.info.label));
                match &v.report {
                    Some(_) => {
                        let target = comparison_path(&act.id, &v.info);
                        let _ = write!(m, "<td><a href=\"{}\">{id}</a></td>", href(path, &target));
                    }
                    None => {
                        let _ = write!(m, "<td>{id}</td>");
                    }
                }
                let _ = write!(
                    m,
                    "<td>{}</td><td class=\"nowrap\">{}</td>",
                    escape_html(v.info.stage.as_deref().unwrap_or("")),
                    v.info.date.map(|d| d.to_string()).unwrap_or_default()
                );
                let concerning = v.report.as_ref().map_or(0, |r| {
                    r.findings().filter(|(_, f)| is_concerning(f)).count()
                });
                let _ = write!(m, "<td class=\"count\">{concerning}</td>");
            }
            None => m.push_str("<td></td><td></td><td></td><td class=\"count\">0</td>"),
        }
        m.push_str("</tr>\n");
    }
    m.push_str("</tbody>\n</table>\n");
    page
}

fn act_page(site: &Site, act: &SiteAct) -> PageBody {
    let l = |key| label(site.lang, key);
    let path = act_path(&act.id);
    let mut page = PageBody::new(site, act_name(act).to_string());
    let m = &mut page.main;
    let lang = act.language.code();
    let _ = writeln!(m, "<h1 lang=\"{lang}\">{}</h1>", escape_html(act_name(act)));
    let _ = writeln!(
        m,
        "<p class=\"id\">{} · {}: {lang}</p>",
        escape_html(&act.id),
        escape_html(l(Label::Language))
    );
    let _ = writeln!(m, "<h2>{}</h2>", escape_html(l(Label::Timeline)));
    m.push_str("<ol class=\"timeline\">\n");
    for (i, version) in act.versions.iter().enumerate() {
        let info = &version.info;
        let _ = writeln!(m, "<li><h3>{}</h3>", escape_html(&version_summary(info)));
        m.push_str("<dl>\n");
        if let Some(source) = &info.source {
            let _ = writeln!(
                m,
                "<dt>{}</dt><dd>{}</dd>",
                escape_html(l(Label::Source)),
                source_html(source)
            );
        }
        if let Some(note) = &version.note {
            let _ = writeln!(
                m,
                "<dt>{}</dt><dd lang=\"{lang}\">{}</dd>",
                escape_html(l(Label::Note)),
                escape_html(note)
            );
        }
        let amending = version
            .report
            .as_ref()
            .map(amending_acts)
            .unwrap_or_default();
        if !amending.is_empty() {
            let _ = writeln!(
                m,
                "<dt>{}</dt><dd lang=\"{lang}\">{}</dd>",
                escape_html(l(Label::AmendingActs)),
                escape_html(&amending.join("; "))
            );
        }
        let _ = write!(m, "<dt>{}</dt><dd>", escape_html(l(Label::Comparison)));
        match &version.report {
            Some(report) => {
                let target = comparison_path(&act.id, info);
                // A first version is compared with the last of the act it replaces,
                // which the report names with its act.
                let against = match i.checked_sub(1).map(|p| &act.versions[p].info) {
                    Some(previous) => previous.id.as_deref().unwrap_or(&previous.label),
                    None => report.from.label.as_str(),
                };
                let _ = write!(
                    m,
                    "<a href=\"{}\">{} {}</a>: {}",
                    href(&path, &target),
                    escape_html(l(Label::ChangesAgainst)),
                    escape_html(against),
                    escape_html(&report.summary_line())
                );
            }
            None => {
                let _ = write!(m, "{}", escape_html(l(Label::FirstVersion)));
            }
        }
        m.push_str("</dd>\n</dl>\n</li>\n");
    }
    m.push_str("</ol>\n");
    let _ = writeln!(m, "<h2>{}</h2>", escape_html(l(Label::Provisions)));
    let _ = writeln!(m, "<ul class=\"provisions\" lang=\"{lang}\">");
    for provision in &act.provisions {
        let target = provision_path(&act.id, &provision.citation);
        let _ = write!(
            m,
            "<li><a href=\"{}\">{}</a>",
            href(&path, &target),
            escape_html(&provision_name(provision))
        );
        if provision.repealed {
            let _ = write!(
                m,
                " <span class=\"repealed\">({})</span>",
                escape_html(l(Label::Repealed))
            );
        }
        m.push_str("</li>\n");
    }
    m.push_str("</ul>\n");
    page
}

/// The amending laws a comparison's changed notes name, each once, in document order.
fn amending_acts(report: &Report) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    report
        .changes
        .iter()
        .filter_map(|c| c.change.footnotes.as_ref())
        .flat_map(|notes| notes.amending_acts.iter().map(String::as_str))
        .filter(|act| seen.insert(*act))
        .collect()
}

/// A source: a link when it is a web address, else text.
fn source_html(source: &str) -> String {
    let is_url = (source.starts_with("https://") || source.starts_with("http://"))
        && !source.contains(char::is_whitespace);
    if is_url {
        format!(
            "<a href=\"{0}\" rel=\"external noreferrer\">{0}</a>",
            escape_html(source)
        )
    } else {
        escape_html(source)
    }
}

/// The most serious severity among a change's findings, for the filter.
fn change_severity(annotated: &AnnotatedChange) -> Option<Severity> {
    annotated.findings.iter().map(|f| f.severity).max()
}

fn comparison_page(
    site: &Site,
    act: &SiteAct,
    report: &Report,
    previous: Option<&VersionInfo>,
    path: &str,
) -> PageBody {
    let l = |key| label(site.lang, key);
    let title = format!(
        "{}: {}",
        l(Label::Comparison),
        report.to.id.as_deref().unwrap_or(&report.to.label)
    );
    let mut page = PageBody::new(site, format!("{title} — {}", act_name(act)));
    let m = &mut page.main;
    let lang = report.language.code();
    let current: BTreeSet<&Citation> = act.provisions.iter().map(|p| &p.citation).collect();
    let _ = writeln!(m, "<h1>{}</h1>", escape_html(&title));
    let _ = writeln!(
        m,
        "<p><a href=\"{}\" lang=\"{}\">{}</a></p>",
        href(path, &act_path(&act.id)),
        act.language.code(),
        escape_html(act_name(act))
    );
    m.push_str("<dl class=\"versions\">\n");
    let from = previous.unwrap_or(&report.from);
    let _ = writeln!(
        m,
        "<dt>{}</dt><dd>{}</dd>",
        escape_html(l(Label::From)),
        escape_html(&version_summary(from))
    );
    let _ = writeln!(
        m,
        "<dt>{}</dt><dd>{}</dd>",
        escape_html(l(Label::To)),
        escape_html(&version_summary(&report.to))
    );
    let _ = writeln!(
        m,
        "<dt>{}</dt><dd>{}</dd>",
        escape_html(l(Label::Summary)),
        escape_html(&report.summary_line())
    );
    m.push_str("</dl>\n");

    let _ = writeln!(
        m,
        "<h2 id=\"key-changes\">{}</h2>",
        escape_html(l(Label::KeyChanges))
    );
    // The same ranking as every other report: severity × relevance, then document order;
    // the sentences in the act's language, as the text they quote.
    let keys = &report.key_changes;
    let words = crate::i18n::messages(report.language);
    if keys.is_empty() {
        let _ = writeln!(m, "<p>{}</p>", escape_html(l(Label::NoKeyChanges)));
    } else {
        m.push_str("<ol class=\"key-changes\">\n");
        for key in keys {
            let _ = writeln!(
                m,
                "<li><a href=\"#change-{}\" lang=\"{lang}\">{}</a>: {} <span lang=\"{lang}\">{}</span></li>",
                key.change + 1,
                escape_html(&crate::render::key_citation(words, report, key)),
                severity_badge(key.severity),
                escape_html(&crate::render::key_sentence(words, report, None, key))
            );
        }
        m.push_str("</ol>\n");
        let more = crate::render::key_changes_left_out(report);
        if more > 0 {
            let _ = writeln!(
                m,
                "<p><a href=\"#changes\">{} {more}</a></p>",
                escape_html(l(Label::MoreConcerning))
            );
        }
    }

    let _ = writeln!(
        m,
        "<h2 id=\"changes\">{}</h2>",
        escape_html(l(Label::AllChanges))
    );
    if report.changes.is_empty() {
        let _ = writeln!(m, "<p>{}</p>", escape_html(l(Label::NoChanges)));
        return page;
    }
    filter_form(m, site.lang, report);
    let _ = writeln!(
        m,
        "<p class=\"legend\">{}</p>",
        escape_html(l(Label::RedlineLegend))
    );
    m.push_str("<div class=\"changes\">\n");
    for (i, annotated) in report.changes.iter().enumerate() {
        let change = &annotated.change;
        let severity = change_severity(annotated).map_or("none", Severity::as_str);
        let _ = writeln!(
            m,
            "<section class=\"change\" id=\"change-{}\" data-severity=\"{severity}\" aria-labelledby=\"change-{}-title\">",
            i + 1,
            i + 1
        );
        let _ = writeln!(
            m,
            "<h3 id=\"change-{}-title\" lang=\"{lang}\">{}</h3>",
            i + 1,
            escape_html(&change_title(change))
        );
        if let Some(side) = change.new.as_ref().or(change.old.as_ref()) {
            let key = provision_of(&side.path);
            if current.contains(&key) {
                let _ = writeln!(
                    m,
                    "<p class=\"provision-link\"><a href=\"{}\">{}: {}</a></p>",
                    href(path, &provision_path(&act.id, &key)),
                    escape_html(l(Label::ProvisionPage)),
                    escape_html(
                        &key.display(crate::statute::CiteStyle::new(act.language, act.division))
                    )
                );
            }
        }
        change_body(m, site.lang, lang, annotated);
        findings_html(m, site, &annotated.findings);
        m.push_str("</section>\n");
    }
    m.push_str("</div>\n");
    page
}

/// The severity and category filter: hidden until the script shows it, so
/// that without JavaScript every change is simply listed.
fn filter_form(m: &mut String, ui: Language, report: &Report) {
    let l = |key| label(ui, key);
    let categories: BTreeSet<&str> = report
        .findings()
        .map(|(_, f)| f.category.as_str())
        .collect();
    let _ = writeln!(
        m,
        "<form class=\"filter\" id=\"filter\" method=\"get\" hidden>\n<fieldset>\n<legend>{}</legend>",
        escape_html(l(Label::Filter))
    );
    let _ = writeln!(
        m,
        "<label for=\"filter-severity\">{}</label>\n<select id=\"filter-severity\" name=\"severity\">\n<option value=\"\">{}</option>",
        escape_html(l(Label::FilterSeverity)),
        escape_html(l(Label::FilterAny))
    );
    for severity in [
        Severity::Info,
        Severity::Low,
        Severity::Medium,
        Severity::High,
    ] {
        let _ = writeln!(
            m,
            "<option value=\"{0}\">{1} {0}</option>",
            severity.as_str(),
            escape_html(l(Label::FilterAtLeast))
        );
    }
    m.push_str("</select>\n");
    let _ = writeln!(
        m,
        "<label for=\"filter-category\">{}</label>\n<select id=\"filter-category\" name=\"category\">\n<option value=\"\">{}</option>",
        escape_html(l(Label::FilterCategory)),
        escape_html(l(Label::FilterAny))
    );
    for category in categories {
        let _ = writeln!(m, "<option>{}</option>", escape_html(category));
    }
    m.push_str("</select>\n");
    let _ = writeln!(
        m,
        "<button type=\"submit\">{}</button>\n</fieldset>\n</form>",
        escape_html(l(Label::FilterApply))
    );
    let _ = writeln!(
        m,
        "<p id=\"filter-status\" role=\"status\" data-showing=\"{}\" data-of=\"{}\"></p>",
        escape_html(l(Label::Showing)),
        escape_html(l(Label::Of))
    );
}

/// A severity as a badge that reads without colour.
fn severity_badge(severity: Severity) -> String {
    format!(
        "<strong class=\"severity severity-{0}\">{0}</strong>",
        severity.as_str()
    )
}

/// A quoted statute text, one paragraph per line.
fn text_block(m: &mut String, lang: &str, text: &str) {
    let _ = writeln!(m, "<blockquote class=\"text\" lang=\"{lang}\">");
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let _ = writeln!(m, "<p>{}</p>", escape_html(line));
    }
    m.push_str("</blockquote>\n");
}

/// The word-level redline: `<del>` and `<ins>`, which the style sheet marks
/// with strike-through, underline and brackets, not colour alone.
fn redline_html(ops: &[WordOp]) -> String {
    let mut out = String::new();
    for op in ops {
        let text = escape_html(op.text());
        match op {
            WordOp::Equal(_) => out.push_str(&text),
            WordOp::Delete(_) => {
                let _ = write!(out, "<del>{text}</del>");
            }
            WordOp::Insert(_) => {
                let _ = write!(out, "<ins>{text}</ins>");
            }
        }
    }
    out
}

fn change_body(m: &mut String, ui: Language, lang: &str, annotated: &AnnotatedChange) {
    let l = |key| label(ui, key);
    let change = &annotated.change;
    match change.kind {
        ChangeKind::Added => {
            let _ = writeln!(m, "<h4>{}</h4>", escape_html(l(Label::NewText)));
            text_block(m, lang, change.new_text());
        }
        ChangeKind::Removed | ChangeKind::Repealed => {
            if let Some(Status::Repealed { by: Some(by) }) = change.new.as_ref().map(|s| &s.status)
            {
                let _ = writeln!(
                    m,
                    "<p>{}: <span lang=\"{lang}\">{}</span></p>",
                    escape_html(l(Label::RepealedBy)),
                    escape_html(by)
                );
            }
            let _ = writeln!(m, "<h4>{}</h4>", escape_html(l(Label::OldText)));
            text_block(m, lang, change.old_text());
        }
        ChangeKind::Editorial => {
            let _ = writeln!(m, "<p>{}</p>", escape_html(l(Label::EditorialNotes)));
            if let Some(notes) = &change.footnotes {
                if !notes.amending_acts.is_empty() {
                    let _ = writeln!(
                        m,
                        "<p>{}: <span lang=\"{lang}\">{}</span></p>",
                        escape_html(l(Label::AmendingActs)),
                        escape_html(&notes.amending_acts.join("; "))
                    );
                }
                for note in &notes.added {
                    text_block(m, lang, note);
                }
            }
        }
        _ if change.has_redline() => {
            let _ = writeln!(m, "<h4>{}</h4>", escape_html(l(Label::Redline)));
            let _ = writeln!(
                m,
                "<div class=\"redline\" lang=\"{lang}\">{}</div>",
                redline_html(&change.redline)
            );
            let _ = writeln!(
                m,
                "<details><summary>{}</summary>",
                escape_html(l(Label::OldAndNewText))
            );
            let _ = writeln!(m, "<h5>{}</h5>", escape_html(l(Label::OldText)));
            text_block(m, lang, change.old_text());
            let _ = writeln!(m, "<h5>{}</h5>", escape_html(l(Label::NewText)));
            text_block(m, lang, change.new_text());
            m.push_str("</details>\n");
        }
        _ => {
            let _ = writeln!(m, "<p>{}</p>", escape_html(l(Label::WordingUnchanged)));
        }
    }
}

fn findings_html(m: &mut String, site: &Site, findings: &[Finding]) {
    if findings.is_empty() {
        return;
    }
    let l = |key| label(site.lang, key);
    let _ = writeln!(
        m,
        "<h4>{}</h4>\n<ul class=\"findings\">",
        escape_html(l(Label::Findings))
    );
    for f in findings {
        let _ = writeln!(
            m,
            "<li class=\"finding\" data-severity=\"{}\" data-category=\"{}\">",
            f.severity.as_str(),
            escape_html(&f.category)
        );
        let _ = writeln!(
            m,
            "<p>{} <span class=\"category\">{}</span>: {}</p>",
            severity_badge(f.severity),
            escape_html(&f.category),
            escape_html(&f.message)
        );
        if !f.rationale.is_empty() {
            let _ = writeln!(
                m,
                "<p><strong>{}:</strong> {}</p>",
                escape_html(l(Label::Why)),
                escape_html(&f.rationale)
            );
        }
        for standard in &f.standards {
            let _ = writeln!(
                m,
                "<p class=\"standard\"><strong>{}:</strong> {}</p>",
                escape_html(l(Label::Standard)),
                escape_html(standard)
            );
            if let Some(summary) = site.standards.get(standard) {
                let _ = writeln!(
                    m,
                    "<blockquote class=\"standard-text\" lang=\"en\"><p>{}</p></blockquote>",
                    escape_html(summary)
                );
            }
        }
        if let Some(recommendation) = &f.recommendation {
            let _ = writeln!(
                m,
                "<p><strong>{}:</strong> {}</p>",
                escape_html(l(Label::Recommendation)),
                escape_html(recommendation)
            );
        }
        m.push_str("</li>\n");
    }
    m.push_str("</ul>\n");
}

fn provision_page(
    site: &Site,
    act: &SiteAct,
    provision: &SiteProvision,
    history: &[ChangeRef],
    path: &str,
) -> PageBody {
    let l = |key| label(site.lang, key);
    let name = provision_name(provision);
    let mut page = PageBody::new(site, format!("{name} — {}", act_name(act)));
    let m = &mut page.main;
    let lang = act.language.code();
    let _ = writeln!(m, "<h1 lang=\"{lang}\">{}</h1>", escape_html(&name));
    let _ = write!(
        m,
        "<p><a href=\"{}\" lang=\"{lang}\">{}</a>",
        href(path, &act_path(&act.id)),
        escape_html(act_name(act))
    );
    if provision.repealed {
        let _ = write!(
            m,
            " <span class=\"repealed\">({})</span>",
            escape_html(l(Label::Repealed))
        );
    }
    m.push_str("</p>\n");
    let _ = writeln!(m, "<h2>{}</h2>", escape_html(l(Label::CurrentText)));
    let _ = writeln!(m, "<p>{}</p>", escape_html(l(Label::CurrentTextHelp)));
    m.push_str("<ol class=\"blame\">\n");
    for line in &provision.lines {
        let _ = write!(
            m,
            "<li><p class=\"line\" lang=\"{lang}\">{}</p><p class=\"since\">{} ",
            escape_html(&line.text),
            escape_html(l(Label::Since))
        );
        let version = escape_html(&version_summary(&line.version));
        let introduced_by = act
            .versions
            .iter()
            .find(|v| v.info.blob == line.version.blob && v.info.id == line.version.id);
        match introduced_by.filter(|v| v.report.is_some()) {
            Some(v) => {
                let target = comparison_path(&act.id, &v.info);
                let _ = write!(m, "<a href=\"{}\">{version}</a>", href(path, &target));
            }
            None => m.push_str(&version),
        }
        if line.citation != provision.label {
            let _ = write!(
                m,
                "; {} <span lang=\"{lang}\">{}</span>",
                escape_html(l(Label::CitedThen)),
                escape_html(&line.citation)
            );
        }
        m.push_str("</p></li>\n");
    }
    m.push_str("</ol>\n");
    let _ = writeln!(m, "<h2>{}</h2>", escape_html(l(Label::ChangesToProvision)));
    if history.is_empty() {
        let _ = writeln!(m, "<p>{}</p>", escape_html(l(Label::NoChangesToProvision)));
        return page;
    }
    m.push_str("<ul class=\"history\">\n");
    for &(v, c) in history {
        let version = &act.versions[v];
        let Some(annotated) = version.report.as_ref().and_then(|r| r.changes.get(c)) else {
            continue;
        };
        let target = comparison_path(&act.id, &version.info);
        let _ = write!(
            m,
            "<li><a href=\"{}#change-{}\">{}</a>: <span lang=\"{lang}\">{}</span>",
            href(path, &target),
            c + 1,
            escape_html(&version_summary(&version.info)),
            escape_html(&change_title(&annotated.change))
        );
        if let Some(severity) = change_severity(annotated) {
            let _ = write!(
                m,
                " — {} {}",
                annotated.findings.len(),
                severity_badge(severity)
            );
        }
        m.push_str("</li>\n");
    }
    m.push_str("</ul>\n");
    page
}

fn search_page(site: &Site) -> PageBody {
    let l = |key| label(site.lang, key);
    let mut page = PageBody::new(site, l(Label::Search).to_string());
    let m = &mut page.main;
    let _ = writeln!(m, "<h1>{}</h1>", escape_html(l(Label::Search)));
    let _ = writeln!(m, "<p>{}</p>", escape_html(l(Label::SearchHint)));
    let _ = writeln!(
        m,
        "<form id=\"search\" role=\"search\" action=\"search.html\" method=\"get\">\n\
         <label for=\"q\">{}</label>\n<input type=\"search\" id=\"q\" name=\"q\">\n\
         <button type=\"submit\">{}</button>\n</form>",
        escape_html(l(Label::SearchWords)),
        escape_html(l(Label::SearchButton))
    );
    let _ = writeln!(
        m,
        "<noscript><p>{}</p></noscript>",
        escape_html(l(Label::SearchNeedsScript))
    );
    let _ = writeln!(
        m,
        "<section id=\"results\" aria-labelledby=\"results-title\" hidden>\n<h2 id=\"results-title\">{}</h2>\n\
         <p id=\"results-status\" role=\"status\" data-found=\"{}\" data-none=\"{}\"></p>\n<ol id=\"results-list\"></ol>\n</section>",
        escape_html(l(Label::Results)),
        escape_html(l(Label::Found)),
        escape_html(l(Label::NoResults))
    );
    let _ = writeln!(m, "<script src=\"assets/search-data.js\" defer></script>");
    page
}

/// The provision texts the search looks through, as a script that sets one
/// variable: a `<script src>` loads from `file://` where a fetch would not.
fn search_data(site: &Site) -> String {
    let mut entries = Vec::new();
    for act in &site.acts {
        for provision in &act.provisions {
            let text: Vec<&str> = provision.lines.iter().map(|l| l.text.as_str()).collect();
            entries.push(serde_json::json!({
                "url": provision_path(&act.id, &provision.citation),
                "act": act.id,
                "lang": act.language.code(),
                "citation": provision.label,
                "heading": provision.heading,
                "text": text.join("\n"),
            }));
        }
    }
    let json = serde_json::to_string(&entries).unwrap_or_else(|_| "[]".to_string());
    // `<` never appears raw, so the data cannot close a script element even if inlined.
    format!(
        "window.lexwatchSearch = {};\n",
        json.replace('<', "\\u003c")
    )
}

#[cfg(test)]
mod tests;
