//! Findings in diffs and scans: vague terms and penalties, English and Russian.

use crate::common::{TestRepo, corpus};
use serde_json::{Value, json};

fn json_of(out: String) -> Value {
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("invalid JSON: {e}\n{out}"))
}

/// Every finding of a report: `(citation, kind, message, detail)`.
fn findings(report: &Value) -> Vec<(String, String, String, Value)> {
    let mut out = Vec::new();
    for change in report["changes"].as_array().into_iter().flatten() {
        let citation = change["new"]["citation"]
            .as_str()
            .or(change["old"]["citation"].as_str())
            .unwrap_or("");
        for f in change["findings"].as_array().into_iter().flatten() {
            out.push((
                citation.to_string(),
                f["kind"].as_str().unwrap_or("").to_string(),
                f["message"].as_str().unwrap_or("").to_string(),
                f["detail"].clone(),
            ));
        }
    }
    out
}

fn law(sanction: &str) -> String {
    format!(
        "+++\nact = \"kz/test\"\nlanguage = \"en\"\n+++\n### Article 5. Liability\n\n1. Violation of the rules of broadcasting by a media outlet –\n\n   {sanction}\n"
    )
}

fn dated_diff(old: &str, new: &str, old_date: &str, new_date: &str) -> Value {
    let repo = TestRepo::new();
    repo.record("kz/test", old_date, "in-force", old);
    repo.record("kz/test", new_date, "draft", new);
    json_of(repo.run(&["diff", "kz/test", "--format", "json"]).success())
}

#[test]
fn raised_fine_and_arrest_are_reported_twice_as_high_with_tenge() {
    let old = law(
        "shall entail a fine of up to eighty monthly calculation indices or administrative arrest for up to twenty days.",
    );
    let new = law(
        "shall entail a fine of up to one hundred and sixty monthly calculation indices or administrative arrest for up to forty days.",
    );
    let report = dated_diff(&old, &new, "2019-01-01", "2024-01-01");
    let found = findings(&report);
    let raised: Vec<&(String, String, String, Value)> =
        found.iter().filter(|f| f.1 == "penalty-raised").collect();
    assert_eq!(raised.len(), 2, "{found:#?}");
    let fine = raised
        .iter()
        .find(|f| f.3["kind"] == "fine")
        .unwrap_or_else(|| panic!("{raised:?}"));
    assert_eq!(fine.3["factor"], json!(2.0));
    // 80 MCI at the 2019 MCI (2,525) and 160 MCI at the 2024 MCI (3,692).
    assert_eq!(fine.3["old_tenge"]["max"], json!(202_000));
    assert_eq!(fine.3["new_tenge"]["max"], json!(590_720));
    assert!(fine.2.contains("×2"), "{}", fine.2);
    let arrest = raised
        .iter()
        .find(|f| f.3["kind"] == "arrest")
        .unwrap_or_else(|| panic!("{raised:?}"));
    assert_eq!(arrest.3["factor"], json!(2.0));
    assert_eq!(
        (
            arrest.3["old"]["amount"]["max"].clone(),
            arrest.3["new"]["amount"]["max"].clone()
        ),
        (json!(20), json!(40))
    );
}

#[test]
fn added_imprisonment_is_added_and_rewording_is_nothing() {
    let old = law("shall entail a fine of up to eighty monthly calculation indices.");
    let new = law(
        "shall be punished by a fine of up to eighty monthly calculation indices or imprisonment for up to two years.",
    );
    let found = findings(&dated_diff(&old, &new, "2020-01-01", "2021-01-01"));
    let added: Vec<_> = found.iter().filter(|f| f.1 == "penalty-added").collect();
    assert_eq!(added.len(), 1, "{found:#?}");
    assert_eq!(added[0].3["kind"], "imprisonment");

    let reworded = law(
        "shall be punishable by a fine in the amount of up to eighty monthly calculation indices.",
    );
    let found = findings(&dated_diff(&old, &reworded, "2020-01-01", "2021-01-01"));
    assert!(
        found.iter().all(|f| !f.1.starts_with("penalty")),
        "{found:#?}"
    );
}

#[test]
fn russian_penalty_change_and_inflected_vague_terms() {
    let old = "### Статья 1. Ответственность\n\n1. Распространение сведений –\n\n   влечет штраф на физических лиц в размере двадцати месячных расчетных показателей.\n";
    let new = "### Статья 1. Ответственность\n\n1. Распространение ложной информации, создающей угрозу охраняемым законом интересам общества или государства, –\n\n   влечет штраф на физических лиц в размере ста месячных расчетных показателей либо административный арест на срок до десяти суток.\n";
    let found = findings(&dated_diff(old, new, "2022-01-01", "2024-01-01"));
    let kinds: Vec<(&str, &str)> = found
        .iter()
        .map(|f| {
            (
                f.1.as_str(),
                f.3["kind"].as_str().or(f.3["term"].as_str()).unwrap_or(""),
            )
        })
        .collect();
    assert!(kinds.contains(&("penalty-raised", "fine")), "{kinds:?}");
    assert!(kinds.contains(&("penalty-added", "arrest")), "{kinds:?}");
    assert!(
        kinds.contains(&("vague-term-introduced", "false-information")),
        "{kinds:?}"
    );
    assert!(
        kinds
            .iter()
            .any(|(k, t)| *k == "vague-term-introduced" && t.contains("interests-of-society")),
        "{kinds:?}"
    );
    let fine = found
        .iter()
        .find(|f| f.1 == "penalty-raised")
        .map(|f| f.3.clone())
        .unwrap_or_default();
    assert_eq!(fine["factor"], json!(5.0));
    assert_eq!(fine["old_tenge"]["max"], json!(61_260));
}

#[test]
fn cao_2017_to_2024_flags_article_456_2() {
    let report = json_of(corpus(&["diff", "kz/cao-ch26-ru", "--format", "json"]).success());
    let found: Vec<_> = findings(&report)
        .into_iter()
        .filter(|f| f.0 == "ст. 456-2")
        .collect();
    let matched: Vec<String> = report["changes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["new"]["citation"] == "ст. 456-2")
        .flat_map(|c| c["findings"].as_array().cloned().unwrap_or_default())
        .filter(|f| f["kind"] == "vague-term-introduced")
        .flat_map(|f| f["matched"].as_array().cloned().unwrap_or_default())
        .filter_map(|m| m.as_str().map(str::to_string))
        .collect();
    assert!(
        matched.contains(&"ложной информации".to_string()),
        "{matched:?}"
    );
    assert!(
        matched.contains(&"охраняемых законом интересов общества или государства".to_string()),
        "{matched:?}"
    );
    // Parts 2 to 6 are new and carry their sanctions; part 1 moved from
    // 456-1 part 2 with the same fines, so its sanctions are not new.
    let parts: Vec<&str> = found
        .iter()
        .filter(|f| f.1 == "penalty-added")
        .map(|f| f.2.as_str())
        .collect();
    assert_eq!(parts.len(), 5, "{parts:#?}");
    let moved = report["changes"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["kind"] == "moved" && c["new"]["citation"] == "ст. 456-2 ч. 1")
        .unwrap_or_else(|| panic!("456-2 part 1 is not a move"));
    let moved_kinds: Vec<&str> = moved["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["kind"].as_str())
        .collect();
    assert!(
        !moved_kinds.iter().any(|k| k.starts_with("penalty-")),
        "{moved_kinds:?}"
    );
    assert!(parts[0].contains("ст. 456-2 ч. 4 adds sanctions: fine on individuals: 40 MCI; arrest on individuals: up to 10 days"), "{parts:#?}");
}

/// `(kind, subject, role, min, max, unit)` of every sanction of a provision in a scan.
fn sanctions(scan: &Value, citation: &str) -> Vec<(String, String, String, Value, Value, String)> {
    scan["provisions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["citation"] == citation)
        .flat_map(|p| p["sanctions"].as_array().cloned().unwrap_or_default())
        .map(|s| {
            let text = |v: &Value| v.as_str().unwrap_or("").to_string();
            (
                text(&s["kind"]),
                text(&s["subject"]),
                text(&s["role"]),
                s["amount"]["min"].clone(),
                s["amount"]["max"].clone(),
                text(&s["amount"]["unit"]),
            )
        })
        .collect()
}

fn row(
    kind: &str,
    subject: &str,
    role: &str,
    min: Value,
    max: Value,
    unit: &str,
) -> (String, String, String, Value, Value, String) {
    (
        kind.into(),
        subject.into(),
        role.into(),
        min,
        max,
        unit.into(),
    )
}

#[test]
fn every_sanction_of_articles_451_453_and_456_2() {
    let new = json_of(corpus(&["scan", "kz/cao-ch26-ru", "--format", "json"]).success());
    let old = json_of(
        corpus(&[
            "scan",
            "kz/cao-ch26-ru",
            "--at",
            "2017-12-28",
            "--format",
            "json",
        ])
        .success(),
    );
    let fixed = |kind, subject, n: u64| row(kind, subject, "main", json!(n), json!(n), "mci");
    assert_eq!(
        sanctions(&new, "ст. 456-2 ч. 4"),
        [
            fixed("fine", "individuals", 40),
            row(
                "arrest",
                "individuals",
                "alternative",
                Value::Null,
                json!(10),
                "days"
            ),
            fixed("fine", "small_business", 50),
            fixed("fine", "non_commercial", 50),
            fixed("fine", "medium_business", 100),
            fixed("fine", "large_business", 200),
        ]
    );
    assert_eq!(
        sanctions(&new, "ст. 456-2 ч. 1"),
        [
            fixed("fine", "officials", 30),
            fixed("fine", "small_business", 30),
            fixed("fine", "non_commercial", 30),
            fixed("fine", "medium_business", 50),
            fixed("fine", "large_business", 100),
        ]
    );
    assert_eq!(
        sanctions(&new, "ст. 451 ч. 1"),
        [
            fixed("fine", "officials", 10),
            fixed("fine", "small_business", 20),
            fixed("fine", "medium_business", 50),
            fixed("fine", "large_business", 300),
            row(
                "confiscation",
                "any",
                "additional",
                Value::Null,
                Value::Null,
                ""
            ),
        ]
    );
    assert_eq!(
        sanctions(&new, "ст. 451 ч. 3"),
        [row(
            "outlet_ban",
            "any",
            "main",
            Value::Null,
            Value::Null,
            ""
        )],
    );
    for (scan, citation) in [(&old, "ст. 451 ч. 2"), (&new, "ст. 451 ч. 2")] {
        let got = sanctions(scan, citation);
        assert_eq!(
            got.last().map(|s| (s.0.as_str(), s.4.clone())),
            Some(("outlet_suspension", json!(3))),
            "{got:?}"
        );
    }
    for scan in [&old, &new] {
        for article in ["ст. 451", "ст. 453"] {
            let provisions: Vec<&Value> = scan["provisions"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| {
                    p["citation"]
                        .as_str()
                        .is_some_and(|c| c.starts_with(&format!("{article} ч.")))
                })
                .collect();
            assert!(provisions.len() >= 3, "{article}");
            assert!(
                provisions
                    .iter()
                    .all(|p| p["sanctions"].as_array().is_some_and(|s| !s.is_empty())),
                "{article}"
            );
        }
    }
}

#[test]
fn criminal_code_174_adds_a_fine_and_widens_scope() {
    let report =
        json_of(corpus(&["diff", "kz/criminal-code-ch04-05-ru", "--format", "json"]).success());
    let found: Vec<_> = findings(&report)
        .into_iter()
        .filter(|f| f.0 == "ст. 174 ч. 1")
        .collect();
    let fine = found
        .iter()
        .find(|f| f.1 == "penalty-added")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(
        (
            fine.3["new"]["amount"]["min"].clone(),
            fine.3["new"]["amount"]["max"].clone()
        ),
        (json!(2000), json!(7000))
    );
    assert_eq!(fine.3["new_tenge"]["min"], json!(7_864_000));
    assert_eq!(fine.3["new_tenge"]["max"], json!(27_524_000));
    let scope = found
        .iter()
        .find(|f| f.1 == "conduct-widened")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert!(scope.2.contains("онлайн-платформ"), "{}", scope.2);
}

#[test]
fn article_274_back_references_resolve() {
    let scan =
        json_of(corpus(&["scan", "kz/criminal-code-ch09-10-ru", "--format", "json"]).success());
    let part1 = sanctions(&scan, "ст. 274 ч. 1");
    let fine = part1
        .iter()
        .find(|s| s.0 == "fine")
        .unwrap_or_else(|| panic!("{part1:?}"));
    let works = part1
        .iter()
        .find(|s| s.0 == "correctional_works")
        .unwrap_or_else(|| panic!("{part1:?}"));
    assert_eq!(
        (&works.4, &works.5),
        (&fine.4, &fine.5),
        "в том же размере: {part1:?}"
    );
    let restriction = part1
        .iter()
        .find(|s| s.0 == "restriction_of_liberty")
        .unwrap_or_else(|| panic!("{part1:?}"));
    let prison = part1
        .iter()
        .find(|s| s.0 == "imprisonment")
        .unwrap_or_else(|| panic!("{part1:?}"));
    assert_eq!(prison.4, restriction.4, "на тот же срок: {part1:?}");
}

#[test]
fn english_mass_media_draft_flags_sovereignty_and_discrediting_information() {
    let report = json_of(
        corpus(&[
            "diff",
            "kz/mass-media-law",
            "1999-in-force",
            "2023-06-06-draft",
            "--format",
            "json",
        ])
        .success(),
    );
    let terms: Vec<String> = findings(&report)
        .into_iter()
        .filter(|f| f.1 == "vague-term-introduced")
        .filter_map(|f| f.3["term"].as_str().map(str::to_string))
        .collect();
    assert!(
        terms.contains(&"information-sovereignty".to_string()),
        "{terms:?}"
    );
    assert!(
        terms.iter().any(|t| t.contains("discrediting")),
        "{terms:?}"
    );
}

#[test]
fn repository_lexicon_adds_disables_and_overrides_terms() {
    let repo = TestRepo::new();
    let old = "### Статья 1. Цели\n\n1. Закон регулирует отношения в области связи.\n";
    let new = "### Статья 1. Цели\n\n1. Закон защищает цифровой суверенитет и запрещает ложную информацию, порочащую честь и достоинство.\n";
    repo.record("kz/test", "2023-01-01", "in-force", old);
    repo.record("kz/test", "2024-01-01", "draft", new);
    let terms = |repo: &TestRepo| -> Vec<(String, String)> {
        let report = json_of(repo.run(&["diff", "kz/test", "--format", "json"]).success());
        findings(&report)
            .into_iter()
            .filter(|f| f.1 == "vague-term-introduced")
            .map(|f| (f.3["term"].as_str().unwrap_or("").to_string(), f.2))
            .collect()
    };
    let before = terms(&repo);
    assert!(
        before.iter().any(|(t, _)| t == "false-information"),
        "{before:?}"
    );
    assert!(
        !before.iter().any(|(t, _)| t == "digital-sovereignty"),
        "{before:?}"
    );
    repo.write(
        "lexwatch.toml",
        r#"[check]
fail-on = "high"

[lexicon]
disable = ["false-information"]

[[lexicon.term]]
id = "digital-sovereignty"
language = "ru"
term = "цифровой суверенитет"
patterns = ["цифров* суверенитет*"]
category = "undefined-state-interest"
severity = "high"
rationale = "Понятие не определено."
standards = ["GC34-25"]
recommendation = "Определить понятие или исключить его."
"#,
    );
    let after = terms(&repo);
    assert!(
        after.iter().any(|(t, _)| t == "digital-sovereignty"),
        "{after:?}"
    );
    assert!(
        !after.iter().any(|(t, _)| t == "false-information"),
        "{after:?}"
    );
    repo.write("lexwatch.toml", "[lexicon]\ndisable = \"not a list\"\n");
    let err = repo.run(&["diff", "kz/test"]).failure();
    assert!(err.contains("lexwatch.toml"), "{err}");
}
