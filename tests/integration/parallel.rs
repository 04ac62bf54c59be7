//! `lexwatch parallel`: the Russian and Kazakh texts of one version held
//! against each other, on the bundled corpus and on copies of it with one
//! figure changed in one language.

use crate::common::{TestRepo, corpus, product_repo};
use serde_json::Value;

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{e}\n{stdout}"))
}

/// (left citation, right citation, kinds) of every discrepancy.
fn discrepancies(report: &Value) -> Vec<(String, String, String)> {
    let cite = |side: &Value| side["citation"].as_str().unwrap_or("—").to_string();
    report["discrepancies"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            let kinds: Vec<&str> = d["kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            (cite(&d["left"]), cite(&d["right"]), kinds.join(","))
        })
        .collect()
}

fn bundled(act: &str) -> String {
    let path = product_repo().join("statutes").join(format!("{act}.md"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `text` with the first `old` after `anchor` replaced by `new`.
fn replace_after(text: &str, anchor: &str, old: &str, new: &str) -> String {
    let at = text.find(anchor).unwrap_or_else(|| panic!("no {anchor:?}"));
    let rel = text[at..]
        .find(old)
        .unwrap_or_else(|| panic!("no {old:?} after {anchor:?}"));
    let start = at + rel;
    format!("{}{new}{}", &text[..start], &text[start + old.len()..])
}

/// The four parts of 456-2 where the Kazakh text fines officials and the
/// Russian does not: a real difference of the two official texts.
const CAO_OFFICIALS: [(&str, &str, &str); 4] = [
    ("ст. 456-2 ч. 3", "456-2-бап 3-бөлік", "sanctions"),
    ("ст. 456-2 ч. 4", "456-2-бап 4-бөлік", "sanctions"),
    ("ст. 456-2 ч. 5", "456-2-бап 5-бөлік", "sanctions"),
    ("ст. 456-2 ч. 6", "456-2-бап 6-бөлік", "sanctions"),
];

fn owned(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    list.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

#[test]
fn cao_chapter_26_in_russian_and_kazakh_differ_on_officials_in_456_2() {
    let out = corpus(&[
        "parallel",
        "kz/cao-ch26-ru",
        "kz/cao-ch26-kk",
        "2024-09-09",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 1, "discrepancies exit 1\n{}", out.stderr);
    let report = json(&out.stdout);
    assert_eq!(report["schema_version"], 3);
    assert_eq!(report["left"]["language"], "ru");
    assert_eq!(report["right"]["language"], "kk");
    assert_eq!(report["left"]["version"], "2024-09-09-in-force");
    assert!(report["provisions"].as_u64().unwrap_or(0) >= 70, "{report}");
    assert_eq!(discrepancies(&report), owned(&CAO_OFFICIALS));
    for d in report["discrepancies"].as_array().into_iter().flatten() {
        assert_eq!(d["right"]["sanctions"][0]["subject"], "officials", "{d}");
        assert!(d["left"]["sanctions"].as_array().is_some_and(Vec::is_empty));
        assert!(
            d["left"]["text"]
                .as_str()
                .unwrap_or("")
                .contains("влекут штраф")
        );
        assert!(
            d["right"]["text"]
                .as_str()
                .unwrap_or("")
                .contains("айыппұл")
        );
    }

    let text = corpus(&["parallel", "kz/cao-ch26-ru", "kz/cao-ch26-kk", "2024-09-09"]);
    assert_eq!(text.code, 1);
    assert!(
        text.stdout
            .contains("ст. 456-2 ч. 3 | 456-2-бап 3-бөлік  [sanctions]"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout
            .contains("only in kk: fine on officials: 30 MCI"),
        "{}",
        text.stdout
    );
}

#[test]
fn the_2024_mass_media_law_agrees_in_russian_and_kazakh() {
    // No version named: the newest date both registers have (2024-06-19).
    let out = corpus(&["parallel", "kz/mass-media-2024-ru", "kz/mass-media-2024-kk"]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert!(
        out.stdout.starts_with(
            "kz/mass-media-2024-ru@2024-06-19-signed (ru) ↔ kz/mass-media-2024-kk@2024-06-19-signed (kk): "
        ),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("0 discrepancies"), "{}", out.stdout);
    // The Kazakh law cites its paragraphs as the Russian does (тармақ, п.).
    let report = json(
        &corpus(&[
            "parallel",
            "kz/mass-media-2024-ru",
            "kz/mass-media-2024-kk",
            "2024-06-19",
            "--format",
            "json",
        ])
        .stdout,
    );
    assert!(report["provisions"].as_u64().unwrap_or(0) > 500, "{report}");
}

#[test]
fn a_changed_term_in_the_kazakh_law_is_reported_in_that_provision_only() {
    let repo = TestRepo::new();
    let ru = bundled("kz/mass-media-2024-ru");
    let kk = bundled("kz/mass-media-2024-kk");
    // 35-бап 3-тармақ: «күнтізбелік он бес күннен» (fifteen days) becomes twenty.
    let changed = replace_after(&kk, "**35-бап.", "он бес күннен", "жиырма күннен");
    repo.record("kz/mass-media-2024-ru", "2024-06-19", "signed", &ru);
    repo.record("kz/mass-media-2024-kk", "2024-06-19", "signed", &changed);
    let out = repo.run(&[
        "parallel",
        "mass-media-2024-ru",
        "mass-media-2024-kk",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report = json(&out.stdout);
    assert_eq!(
        discrepancies(&report),
        owned(&[("ст. 35 п. 3", "35-бап 3-тармақ", "figures")])
    );
    let d = &report["discrepancies"][0];
    assert_eq!(d["left"]["figures"][0]["value"], 15, "{d}");
    assert_eq!(d["left"]["figures"][0]["written"], "пятнадцать", "{d}");
    assert_eq!(d["right"]["figures"][0]["value"], 20, "{d}");
    assert_eq!(d["right"]["figures"][0]["written"], "жиырма", "{d}");
}

#[test]
fn a_changed_fine_in_the_russian_code_is_reported_in_that_part_only() {
    let repo = TestRepo::new();
    let ru = bundled("kz/cao-ch26-ru");
    let kk = bundled("kz/cao-ch26-kk");
    // ст. 456-2 ч. 1: 30 MCI for officials and small businesses becomes 40.
    let changed = replace_after(&ru, "### Статья 456-2.", "тридцати", "сорока");
    repo.record("kz/cao-ch26-ru", "2024-09-09", "in-force", &changed);
    repo.record("kz/cao-ch26-kk", "2024-09-09", "in-force", &kk);
    let out = repo.run(&["parallel", "cao-ch26-ru", "cao-ch26-kk", "--format", "json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let mut expected = vec![(
        "ст. 456-2 ч. 1".to_string(),
        "456-2-бап 1-бөлік".to_string(),
        "figures,sanctions".to_string(),
    )];
    expected.extend(owned(&CAO_OFFICIALS));
    let report = json(&out.stdout);
    assert_eq!(discrepancies(&report), expected);
    let d = &report["discrepancies"][0];
    assert_eq!(d["left"]["figures"][0]["value"], 40, "{d}");
    assert_eq!(d["right"]["figures"][0]["value"], 30, "{d}");
    let fines = |side: &str| -> Vec<String> {
        d[side]["sanctions"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| format!("{} {}", s["subject"], s["amount"]["max"]))
            .collect()
    };
    assert_eq!(
        fines("left"),
        [
            "\"officials\" 40",
            "\"small_business\" 40",
            "\"non_commercial\" 40"
        ]
    );
    assert_eq!(fines("right").len(), 3, "{d}");
}

#[test]
fn parallel_refuses_one_act_twice_and_acts_with_no_common_date() {
    let err = corpus(&["parallel", "kz/cao-ch26-ru", "kz/cao-ch26-ru"]).failure();
    assert!(err.contains("named twice"), "{err}");
    let err = corpus(&["parallel", "kz/cao-ch26-ru", "kz/mass-media-2024-kk"]).failure();
    assert!(err.contains("no version of the same date"), "{err}");
    let err = corpus(&["parallel", "kz/cao-ch26-ru", "kz/cao-ch26-kk", "1990-01-01"]).failure();
    assert!(!err.is_empty());
}

#[test]
fn the_penalty_changes_differ_between_languages_only_where_the_texts_do() {
    // kazakh.rs finds the Kazakh and Russian CAO pairs change the same
    // penalties except in 456-2-бап 3–6: the 2017 texts agree, and the 2024
    // texts differ exactly there (the officials of the Kazakh text).
    let old = corpus(&["parallel", "kz/cao-ch26-ru", "kz/cao-ch26-kk", "2017-12-28"]);
    assert_eq!(old.code, 0, "{}", old.stdout);
    assert!(old.stdout.contains(", 0 discrepancies"), "{}", old.stdout);
    let new = corpus(&[
        "parallel",
        "kz/cao-ch26-ru",
        "kz/cao-ch26-kk",
        "2024-09-09",
        "--format",
        "json",
    ]);
    assert_eq!(discrepancies(&json(&new.stdout)), owned(&CAO_OFFICIALS));
}
