use super::*;
use crate::render::html::tests::assert_nothing_unescaped;
use crate::render::{hostile_report, sample_report};

fn site_of(report: Report) -> Site {
    let provision = |number: &str, text: &str| SiteProvision {
        citation: Citation(vec![crate::statute::Step {
            kind: UnitKind::Article,
            number: Some(number.to_string()),
        }]),
        label: format!("ст. {number}"),
        heading: Some(text.to_string()),
        repealed: false,
        lines: vec![BlameLine {
            text: text.to_string(),
            version: report.to.clone(),
            citation: format!("ст. {number}"),
            act: "kz/cao".to_string(),
        }],
    };
    Site {
        lang: Language::En,
        base_url: None,
        acts: vec![SiteAct {
            id: "kz/cao".to_string(),
            title: report.title.clone(),
            language: report.language,
            division: crate::statute::ArticleDivision::Part,
            versions: vec![
                SiteVersion {
                    info: report.from.clone(),
                    note: None,
                    report: None,
                },
                SiteVersion {
                    info: report.to.clone(),
                    note: Some("Закон РК от 10.07.2023 № 18-VIII".to_string()),
                    report: Some(report.clone()),
                },
            ],
            provisions: vec![
                provision("456-2", report.changes[0].change.new_text()),
                provision("174", "Клевета наказывается штрафом."),
            ],
        }],
        standards: BTreeMap::new(),
        feed: FeedInput::newest_first("feed".to_string(), None, Vec::new()),
    }
}

fn page<'a>(pages: &'a [Page], path: &str) -> &'a str {
    let page = pages
        .iter()
        .find(|p| p.path == path)
        .unwrap_or_else(|| panic!("no page {path}"));
    std::str::from_utf8(&page.bytes).unwrap()
}

#[test]
fn comparison_puts_key_changes_first_most_serious_first() {
    let pages = render_site(&site_of(sample_report()));
    let html = page(&pages, "acts/kz/cao/changes/2023-07-10-signed.html");
    let key = html.find("id=\"key-changes\"").unwrap();
    let all = html.find("id=\"changes\"").unwrap();
    let block = &html[key..all];
    // The high penalty finding on ст. 456-2 п. 4 is the only key change at medium or above.
    assert!(block.contains("href=\"#change-1\""), "{block}");
    assert!(block.contains("severity-high"), "{block}");
    assert!(
        !block.contains("change-2"),
        "a low finding is not a key change: {block}"
    );
    assert!(html.contains("<del>пятидесяти</del>"), "{html}");
    assert!(html.contains("<ins>ста</ins>"), "{html}");
    assert!(html.contains("href=\"../art-456-2.html\""), "{html}");
    assert!(
        html.contains("data-severity=\"none\""),
        "the renumbered change has no finding"
    );
}

#[test]
fn hostile_text_stays_text_on_every_page() {
    let pages = render_site(&site_of(hostile_report()));
    for p in pages.iter().filter(|p| p.path.ends_with(".html")) {
        let html = std::str::from_utf8(&p.bytes).unwrap();
        // The site's own script elements are one line each; nothing else may open one.
        let without_own_scripts: String = html
            .lines()
            .filter(|l| !(l.starts_with("<script src=\"") && l.ends_with("\" defer></script>")))
            .collect::<Vec<_>>()
            .join("\n");
        if html.contains("alert(1)") {
            assert_nothing_unescaped(&without_own_scripts);
        }
    }
    let data = page(&pages, "assets/search-data.js");
    assert!(!data.contains("<script"), "{data}");
}

#[test]
fn links_are_relative_and_short() {
    assert_eq!(
        href("acts/kz/cao/changes/v.html", "acts/kz/cao/art-1.html"),
        "../art-1.html"
    );
    assert_eq!(
        href("acts/kz/cao/index.html", "acts/kz/cao/art-1.html"),
        "art-1.html"
    );
    assert_eq!(
        href("acts/kz/cao/index.html", "index.html"),
        "../../../index.html"
    );
    assert_eq!(
        href("index.html", "acts/kz/cao/index.html"),
        "acts/kz/cao/index.html"
    );
}

#[test]
fn provision_addresses_come_from_citations() {
    let cite = Citation::parse("ст. 456-2 ч. 4").unwrap();
    assert_eq!(citation_slug(&provision_of(&cite)), "art-456-2");
    assert_eq!(
        provision_path("kz/cao", &provision_of(&cite)),
        "acts/kz/cao/art-456-2.html"
    );
    let para = Citation::parse("para. 8").unwrap();
    assert_eq!(citation_slug(&provision_of(&para)), "para-8");
    assert_eq!(file_slug("2023-06-06 draft/../x"), "2023-06-06_draft____x");
}

#[test]
fn labels_follow_the_language() {
    let mut site = site_of(sample_report());
    site.lang = Language::Kk;
    let pages = render_site(&site);
    let html = page(&pages, "index.html");
    assert!(html.contains("<html lang=\"kk\">"));
    assert!(html.contains("Актілер"), "{html}");
}

/// The WCAG relative luminance of a `#rrggbb` colour.
fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The `#rrggbb` (or `#rgb`) value of a declaration in a rule's body, if any.
fn declared(body: &str, property: &str) -> Option<String> {
    body.split(';').find_map(|d| {
        let (name, value) = d.split_once(':')?;
        let value = value.trim().to_lowercase();
        if name.trim() != property || !value.starts_with('#') {
            return None;
        }
        match value.len() {
            7 => Some(value),
            // #rgb is #rrggbb with each digit doubled.
            4 => Some(value.chars().skip(1).fold("#".to_string(), |mut s, c| {
                s.push(c);
                s.push(c);
                s
            })),
            _ => None,
        }
    })
}

#[test]
fn every_colour_pair_in_the_style_sheet_has_enough_contrast() {
    // Screen rules only: print sets black on white.
    let screen = CSS.split("@media print").next().unwrap();
    let page_bg = "#ffffff";
    let mut checked = 0;
    for rule in screen.split('}') {
        let Some((selector, body)) = rule.split_once('{') else {
            continue;
        };
        let selector = selector.lines().last().unwrap_or_default().trim();
        let Some(fg) = declared(body, "color") else {
            continue;
        };
        let bg = declared(body, "background").unwrap_or_else(|| page_bg.to_string());
        let ratio = contrast(&fg, &bg);
        // WCAG 2 AA for normal text.
        assert!(ratio >= 4.5, "{selector}: {fg} on {bg} is {ratio:.2}:1");
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} colour pairs found");
    assert!(contrast("#111111", "#ffffff") > 18.0);
}

#[test]
fn key_changes_stop_at_ten_and_say_how_many_more() {
    let mut report = sample_report();
    let first = report.changes[0].clone();
    report.changes = (0..13).map(|_| first.clone()).collect();
    report.key_changes = crate::analyze::rank::rank(&mut report.changes);
    let pages = render_site(&site_of(report));
    let html = page(&pages, "acts/kz/cao/changes/2023-07-10-signed.html");
    let key = html.find("id=\"key-changes\"").unwrap();
    let all = html.find("id=\"changes\"").unwrap();
    let block = &html[key..all];
    assert_eq!(block.matches("<li>").count(), 10, "{block}");
    assert!(block.contains("in the list below: 3</a>"), "{block}");
}
