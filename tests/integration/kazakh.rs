//! Kazakh as an equal language: the Kazakh texts of the bundled corpus read
//! like the Russian ones (sanctions, repeal marks, citations).

use crate::common::{corpus, product_repo};
use lexwatch::analyze::penalty::{self, CompareContext};
use lexwatch::corpus::Repository;
use lexwatch::statute::{Citation, Statute, UnitKind};
use serde_json::Value;
use std::collections::BTreeSet;

fn load(act: &str, version: &str) -> std::rc::Rc<Statute> {
    let repo = Repository::open(&product_repo()).unwrap_or_else(|e| panic!("{e}"));
    let act = repo.require_act(act).unwrap_or_else(|e| panic!("{e}"));
    let version = repo
        .resolve(&act, version)
        .unwrap_or_else(|e| panic!("{e}"));
    repo.load(&version).unwrap_or_else(|e| panic!("{e}"))
}

/// (article, part, kind, subject, change, old amount, new amount)
type PenaltyKey = (String, String, String, String, String, String, String);

/// The penalty changes between the two CAO Chapter 26 versions of one
/// language, part by part (a part compared with the part of the same number).
fn penalty_changes_by_part(act: &str) -> BTreeSet<PenaltyKey> {
    let old = load(act, "2017-12-28");
    let new = load(act, "2024-09-09");
    let parts = |s: &Statute| -> Vec<(Citation, String)> {
        s.cited_units()
            .into_iter()
            .filter(|(_, u)| u.kind == UnitKind::Paragraph && !u.is_repealed())
            .map(|(c, u)| (c, u.own_words()))
            .collect()
    };
    let (old_parts, new_parts) = (parts(&old), parts(&new));
    let citations: BTreeSet<&Citation> =
        old_parts.iter().chain(&new_parts).map(|(c, _)| c).collect();
    let text_of = |list: &[(Citation, String)], c: &Citation| {
        list.iter()
            .find(|(k, _)| k == c)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    let ctx = CompareContext {
        old_year: Some(2017),
        new_year: Some(2024),
    };
    let mut out = BTreeSet::new();
    for c in citations {
        let o = penalty::extract(&text_of(&old_parts, c), old.language);
        let n = penalty::extract(&text_of(&new_parts, c), new.language);
        let amount = |s: &Option<penalty::Sanction>| {
            s.as_ref()
                .and_then(|s| s.amount)
                .map_or_else(String::new, |a| a.to_string())
        };
        for pc in penalty::compare(&o, &n, &ctx) {
            let part =
                c.0.last()
                    .and_then(|s| s.number.clone())
                    .unwrap_or_default();
            out.insert((
                c.article().unwrap_or_default().to_string(),
                part,
                pc.kind.to_string(),
                pc.subject.to_string(),
                format!("{:?}", pc.change),
                amount(&pc.old),
                amount(&pc.new),
            ));
        }
    }
    out
}

#[test]
fn kazakh_and_russian_cao_chapter_26_change_the_same_penalties() {
    let ru = penalty_changes_by_part("kz/cao-ch26-ru");
    let kk = penalty_changes_by_part("kz/cao-ch26-kk");
    assert!(ru.len() > 100, "{} Russian penalty changes", ru.len());
    let only_ru: Vec<_> = ru.difference(&kk).collect();
    let only_kk: Vec<_> = kk.difference(&ru).collect();
    assert!(only_ru.is_empty(), "only in Russian: {only_ru:#?}");
    // The one difference the texts really have: the Kazakh 456-2-бап names
    // officials («лауазымды адамдарға») in parts 3 to 6, the Russian text
    // does not («на субъектов малого предпринимательства, некоммерческие
    // организации»).
    let officials: Vec<(&str, &str)> = only_kk
        .iter()
        .map(|k| (k.0.as_str(), k.1.as_str()))
        .collect();
    assert_eq!(
        officials,
        [
            ("456-2", "3"),
            ("456-2", "4"),
            ("456-2", "5"),
            ("456-2", "6")
        ],
        "{only_kk:#?}"
    );
    assert!(
        only_kk
            .iter()
            .all(|k| k.2 == "fine" && k.3 == "officials" && k.4 == "Added"),
        "{only_kk:#?}"
    );
}

/// (article path, kind, subject, change, role, amount) of every penalty
/// finding of `lexwatch diff --format json`.
fn diff_penalties(act: &str) -> BTreeSet<String> {
    let out = corpus(&["diff", act, "--format", "json"]).success();
    let report: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
    let mut keys = BTreeSet::new();
    for change in report["changes"].as_array().into_iter().flatten() {
        let side = if change["new"].is_null() {
            &change["old"]
        } else {
            &change["new"]
        };
        let path: Vec<String> = side["path"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| s["number"].as_str().unwrap_or_default().to_string())
            .collect();
        for finding in change["findings"].as_array().into_iter().flatten() {
            if finding["category"] != "penalty" {
                continue;
            }
            let details = match &finding["detail"] {
                Value::Array(list) => list.clone(),
                one => vec![one.clone()],
            };
            for d in details {
                let s = if d["new"].is_null() {
                    &d["old"]
                } else {
                    &d["new"]
                };
                keys.insert(format!(
                    "{} {} {} {} {} {}",
                    path.join("/"),
                    d["kind"],
                    d["subject"],
                    d["change"],
                    s["role"],
                    s["amount"]
                ));
            }
        }
    }
    keys
}

#[test]
fn lexwatch_diff_reports_the_same_penalty_changes_in_kazakh_and_russian() {
    let ru = diff_penalties("kz/cao-ch26-ru");
    let kk = diff_penalties("kz/cao-ch26-kk");
    assert!(ru.len() > 50, "{ru:#?}");
    let only_ru: Vec<_> = ru.difference(&kk).collect();
    let only_kk: Vec<_> = kk.difference(&ru).collect();
    assert!(only_ru.is_empty(), "only in Russian: {only_ru:#?}");
    // The officials of 456-2-бап parts 3, 5 and 6 (30, 40 and 60 MCI): the
    // Russian text fines officials together with small businesses and
    // non-profits, which the set of Russian keys holds under those subjects
    // too; the part 4 fine (50 MCI) coincides with part 2's.
    assert_eq!(only_kk.len(), 3, "{only_kk:#?}");
    assert!(
        only_kk
            .iter()
            .all(|k| k.starts_with("456-2 \"fine\" \"officials\" \"added\"")),
        "{only_kk:#?}"
    );
}

#[test]
fn kazakh_repeals_and_citations_on_the_bundled_cao() {
    let out = corpus(&["show", "kz/cao-ch26-kk", "--at", "2024-09-09", "452-бап"]).success();
    assert!(out.contains("repealed by ҚР 19.06.2024 № 95-VIII"), "{out}");
    let out = corpus(&["show", "kz/cao-ch26-kk", "456-2-бап 4-бөлік"]).success();
    assert!(out.contains("әкімшілік қамаққа алуға"), "{out}");
    assert!(out.contains("456-2-бап 4-бөлік"), "{out}");
}
