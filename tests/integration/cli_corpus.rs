//! The bundled corpus: every version parses, and the commands work on it.

use crate::common::{corpus, product_repo};
use lexwatch::corpus::Repository;
use lexwatch::statute::{Citation, UnitKind};

fn repo() -> Repository {
    Repository::open(&product_repo()).unwrap_or_else(|e| panic!("{e}"))
}

fn articles(act: &str, version: &str) -> Vec<String> {
    let repo = repo();
    let act = repo.require_act(act).unwrap_or_else(|e| panic!("{e}"));
    let version = repo
        .resolve(&act, version)
        .unwrap_or_else(|e| panic!("{e}"));
    let statute = repo.load(&version).unwrap_or_else(|e| panic!("{e}"));
    statute
        .cited_units()
        .iter()
        .filter(|(_, u)| u.kind == UnitKind::Article)
        .filter_map(|(c, _)| c.article().map(str::to_string))
        .collect()
}

#[test]
fn every_version_of_every_act_parses() {
    let repo = repo();
    let acts = repo.acts().unwrap_or_else(|e| panic!("{e}"));
    assert!(acts.len() >= 5, "{acts:?}");
    let mut versions = 0;
    for act in acts {
        for version in repo.versions(&act).unwrap_or_else(|e| panic!("{e}")) {
            let statute = repo
                .load(&version)
                .unwrap_or_else(|e| panic!("{act} {}: {e}", version.label()));
            assert!(!statute.units.is_empty());
            versions += 1;
        }
    }
    assert!(versions >= 15, "{versions} versions");
}

#[test]
fn cao_chapter_26_articles_in_both_versions() {
    assert_eq!(
        articles("kz/cao-ch26-ru", "2017-12-28"),
        ["451", "452", "453", "454", "455", "456", "456-1"]
    );
    assert_eq!(
        articles("kz/cao-ch26-ru", "2024-09-09"),
        ["451", "452", "453", "454", "455", "456", "456-1", "456-2"]
    );
}

#[test]
fn article_456_2_has_six_parts_a_note_and_an_editorial_footnote() {
    let repo = repo();
    let act = repo
        .require_act("kz/cao-ch26-ru")
        .unwrap_or_else(|e| panic!("{e}"));
    let version = repo
        .resolve(&act, "latest")
        .unwrap_or_else(|e| panic!("{e}"));
    let statute = repo.load(&version).unwrap_or_else(|e| panic!("{e}"));
    let citation = Citation::parse("ст. 456-2").unwrap_or_else(|e| panic!("{e}"));
    let article = statute
        .find(&citation)
        .unwrap_or_else(|| panic!("no 456-2"));
    let kinds: Vec<(UnitKind, Option<&str>)> = article
        .children
        .iter()
        .map(|c| (c.kind, c.number.as_deref()))
        .collect();
    assert_eq!(
        kinds,
        [
            (UnitKind::Paragraph, Some("1")),
            (UnitKind::Paragraph, Some("2")),
            (UnitKind::Paragraph, Some("3")),
            (UnitKind::Paragraph, Some("4")),
            (UnitKind::Paragraph, Some("5")),
            (UnitKind::Paragraph, Some("6")),
            (UnitKind::Note, None),
        ]
    );
    assert_eq!(article.footnotes.len(), 1);
    assert!(
        article.footnotes[0]
            .text
            .starts_with("Сноска. Глава 26 дополнена статьей 456-2")
    );
    let part6 = &article.children[5];
    assert!(!part6.text.contains("Сноска"), "{}", part6.text);
    assert!(
        part6.text.ends_with("месячных расчетных показателей."),
        "{}",
        part6.text
    );
}

#[test]
fn acts_and_logs_on_the_bundled_corpus() {
    let acts = corpus(&["acts"]).success();
    assert!(acts.lines().count() >= 5, "{acts}");
    for act in ["kz/mass-media-1999-ru", "kz/mass-media-law"] {
        let log = corpus(&["log", act]).success();
        let versions = log.lines().filter(|l| l.starts_with("20")).count();
        assert!(versions >= 2, "{act}: {log}");
        assert!(log.contains("in-force"), "{log}");
    }
}

#[test]
fn show_prints_article_274_as_quoted_in_the_source() {
    let out = corpus(&["show", "kz/criminal-code", "art. 274"]).success();
    assert!(
        out.contains("Dissemination of knowingly false information"),
        "{out}"
    );
    assert!(
        out.contains("creating a danger of violation of public order"),
        "{out}"
    );
}

#[test]
fn show_prints_a_part_of_article_456_2_in_russian() {
    let out = corpus(&["show", "kz/cao-ch26-ru", "ст. 456-2 ч. 4"]).success();
    assert!(out.starts_with("kz/cao-ch26-ru ст. 456-2 ч. 4"), "{out}");
    assert!(
        out.contains("административный арест на срок до десяти суток"),
        "{out}"
    );
    assert!(!out.contains("5. Действия"), "{out}");
}

#[test]
fn show_says_when_a_unit_does_not_exist_in_that_version() {
    let err = corpus(&["show", "kz/cao-ch26-ru", "--at", "2017-12-28", "ст. 456-2"]).failure();
    assert!(
        err.contains("version 2017-12-28-in-force has no ст. 456-2"),
        "{err}"
    );
}
