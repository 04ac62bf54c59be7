//! Ranking and relevance to expression: key changes first, in every format.

use crate::common::TestRepo;
use serde_json::Value;

/// A Russian code of two articles: a tax offence first, then a speech offence.
fn code(tax_fine: &str, prison: &str) -> String {
    format!(
        "+++\nact = \"kz/test-code\"\ntitle = \"Кодекс\"\nlanguage = \"ru\"\n+++\n# Кодекс\n\n\
         ## Глава 1. Правонарушения\n\n\
         ### Статья 1. Уклонение от уплаты налогов\n\n\
         1. Уклонение от уплаты налогов физическим лицом –\n\n\
         \x20  влечет штраф на физических лиц в размере {tax_fine} месячных расчетных показателей.\n\n\
         ### Статья 2. Распространение ложной информации\n\n\
         1. Распространение ложной информации –\n\n\
         \x20  наказывается лишением свободы на срок до {prison} лет.\n"
    )
}

fn repo() -> TestRepo {
    let repo = TestRepo::new();
    repo.record(
        "kz/test-code",
        "2020-01-01",
        "in-force",
        &code("ста", "трех"),
    );
    repo.record(
        "kz/test-code",
        "2024-01-01",
        "in-force",
        &code("двухсот", "пяти"),
    );
    repo
}

fn by_citation<'a>(report: &'a Value, prefix: &str) -> &'a Value {
    report["changes"]
        .as_array()
        .and_then(|list| {
            list.iter().find(|c| {
                c["new"]["citation"]
                    .as_str()
                    .is_some_and(|s| s.starts_with(prefix))
            })
        })
        .unwrap_or_else(|| panic!("no change at {prefix}: {report:#}"))
}

#[test]
fn raised_prison_for_expression_ranks_above_raised_tax_fine() {
    let repo = repo();
    let out = repo
        .run(&["diff", "kz/test-code", "--format", "json"])
        .success();
    let report: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    assert_eq!(report["schema_version"], 3);

    let speech = by_citation(&report, "ст. 2");
    assert_eq!(speech["relevance"], "expression", "{speech:#}");
    assert_eq!(speech["rank"], 1, "{speech:#}");
    let prison = &speech["findings"][0];
    assert_eq!(prison["kind"], "penalty-raised");
    assert_eq!(prison["severity"], "high");
    let standards = prison["standards"].to_string();
    assert!(standards.contains("General Comment No. 34"), "{standards}");
    assert!(
        prison["recommendation"]
            .as_str()
            .is_some_and(|r| r.contains("custodial")),
        "{prison:#}"
    );

    let tax = by_citation(&report, "ст. 1");
    assert_eq!(tax["relevance"], "other", "{tax:#}");
    assert_eq!(tax["rank"], 2, "{tax:#}");
    let fine = &tax["findings"][0];
    assert_eq!(fine["kind"], "penalty-raised");
    assert_eq!(fine["severity"], "low");
    assert_eq!(fine["standards"], serde_json::json!([]), "{fine:#}");
    assert!(fine["recommendation"].is_null(), "{fine:#}");
    let rationale = fine["rationale"].as_str().unwrap_or_default();
    assert!(
        rationale.contains("does not regulate expression") && !rationale.contains("custodial"),
        "{rationale}"
    );

    // One key change: the tax fine is noted, not a key change.
    let keys = report["key_changes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(keys.len(), 1, "{keys:#?}");
    assert_eq!(keys[0]["rank"], 1);
    assert_eq!(keys[0]["relevance"], "expression");
    assert_eq!(
        keys[0]["sentence"],
        "лишение свободы: санкция усилена — до 3 лет → до 5 лет (×1,67 по максимуму)"
    );
}

#[test]
fn every_format_opens_with_the_key_changes() {
    let repo = repo();
    let text = repo.run(&["diff", "kz/test-code"]).success();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[2], "key changes:", "{text}");
    assert!(
        lines[3].starts_with("  1. high ст. 2")
            && lines[3].ends_with(
                ": лишение свободы: санкция усилена — до 3 лет → до 5 лет (×1,67 по максимуму)"
            ),
        "{text}"
    );
    for format in ["markdown", "html"] {
        let out = repo
            .run(&["diff", "kz/test-code", "--format", format])
            .success();
        let key = out
            .find("Ключевые изменения")
            .unwrap_or_else(|| panic!("{format}: {out}"));
        let first_change = out.find("ст. 1").unwrap_or_else(|| panic!("{out}"));
        let sentence = out
            .find("лишение свободы: санкция усилена — до 3 лет → до 5 лет")
            .unwrap_or_else(|| panic!("{format}: {out}"));
        assert!(key < sentence && sentence < first_change, "{format}: {out}");
    }
    let md = repo.path().join("commentary.md");
    let md_arg = md.to_string_lossy().to_string();
    repo.run(&["commentary", "kz/test-code", "-o", &md_arg])
        .success();
    let commentary = std::fs::read_to_string(&md).unwrap_or_else(|e| panic!("{e}"));
    let key = commentary
        .find("## Ключевые изменения")
        .unwrap_or_else(|| panic!("{commentary}"));
    let versions = commentary
        .find("## Сравниваемые редакции")
        .unwrap_or_else(|| panic!("{commentary}"));
    assert!(key < versions, "{commentary}");
    // The tax fine is listed among the other changes, not discussed as a concern.
    let others = commentary
        .find("## Прочие изменения")
        .unwrap_or_else(|| panic!("{commentary}"));
    assert!(commentary[others..].contains("ст. 1"), "{commentary}");
}

#[test]
fn english_and_kazakh_texts_are_classed_too() {
    let repo = TestRepo::new();
    let en = |years: &str, fine: &str| {
        format!(
            "+++\nlanguage = \"en\"\n+++\n# Code\n\n\
             ### Article 1. Tax evasion\n\n\
             1. Evasion of taxes shall be punished by a fine of {fine} MCI.\n\n\
             ### Article 2. Dissemination of false information\n\n\
             1. Dissemination of false information shall be punished by imprisonment for a term of up to {years} years.\n"
        )
    };
    repo.write("old.md", &en("three", "one hundred"));
    repo.write("new.md", &en("five", "two hundred"));
    let out = repo
        .run(&["diff", "--files", "old.md", "new.md", "--format", "json"])
        .success();
    let report: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    assert_eq!(by_citation(&report, "art. 2")["relevance"], "expression");
    assert_eq!(by_citation(&report, "art. 1")["relevance"], "other");
    assert_eq!(
        report["key_changes"][0]["sentence"],
        "imprisonment raised: up to 3 years → up to 5 years (×1.67 of the maximum)",
        "{report:#}"
    );

    let kk = |years: &str| {
        format!(
            "+++\nlanguage = \"kk\"\n+++\n# Кодекс\n\n\
             ### 1-бап. Салық төлеуден жалтару\n\n\
             1. Салық төлеуден жалтару –\n\n\
             \x20  жеке тұлғаларға жүз айлық есептік көрсеткіш мөлшерінде айыппұл салуға әкеп соғады.\n\n\
             ### 2-бап. Жалған ақпарат тарату\n\n\
             1. Жалған ақпарат тарату –\n\n\
             \x20  {years} жылға дейінгі мерзімге бас бостандығынан айыруға жазаланады.\n"
        )
    };
    repo.write("old.md", &kk("үш"));
    repo.write("new.md", &kk("бес"));
    let out = repo
        .run(&["diff", "--files", "old.md", "new.md", "--format", "json"])
        .success();
    let report: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    let changes = report["changes"].as_array().cloned().unwrap_or_default();
    assert_eq!(changes.len(), 1, "{report:#}");
    assert_eq!(changes[0]["relevance"], "expression", "{report:#}");
    let keys = report["key_changes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(keys.len(), 1, "{report:#}");
    assert!(
        keys[0]["sentence"].as_str().is_some_and(
            |s| s.starts_with("бас бостандығынан айыру: санкция күшейтілді — 3 жылға дейін")
        ),
        "{keys:#?}"
    );
}
