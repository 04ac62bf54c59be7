//! The finding rules through the real binary: intent, conduct, restriction
//! lists and definitions, on scratch repositories in English, Russian and
//! Kazakh, and on the bundled corpus.

use crate::common::{TestRepo, corpus};
use serde_json::Value;

/// A statute file of one language with the given body.
fn law(language: &str, body: &str) -> String {
    format!("+++\nact = \"kz/test\"\nlanguage = \"{language}\"\n+++\n{body}")
}

/// The findings of `diff` between two recorded versions: `(citation, kind, severity, message, detail)`.
fn diff(language: &str, old: &str, new: &str) -> Vec<(String, String, String, String, Value)> {
    let repo = TestRepo::new();
    repo.record("kz/test", "2020-01-01", "in-force", &law(language, old));
    repo.record("kz/test", "2024-01-01", "draft", &law(language, new));
    let out = repo.run(&["diff", "kz/test", "--format", "json"]).success();
    findings(&out)
}

fn findings(out: &str) -> Vec<(String, String, String, String, Value)> {
    let report: Value =
        serde_json::from_str(out).unwrap_or_else(|e| panic!("invalid JSON: {e}\n{out}"));
    let mut found = Vec::new();
    for change in report["changes"].as_array().into_iter().flatten() {
        let citation = change["new"]["citation"]
            .as_str()
            .or(change["old"]["citation"].as_str())
            .unwrap_or("");
        for f in change["findings"].as_array().into_iter().flatten() {
            found.push((
                citation.to_string(),
                f["kind"].as_str().unwrap_or("").to_string(),
                f["severity"].as_str().unwrap_or("").to_string(),
                f["message"].as_str().unwrap_or("").to_string(),
                f["detail"].clone(),
            ));
        }
    }
    found
}

fn of_kind<'f>(
    found: &'f [(String, String, String, String, Value)],
    kind: &str,
) -> Vec<&'f (String, String, String, String, Value)> {
    found.iter().filter(|f| f.1 == kind).collect()
}

#[test]
fn russian_knowingly_deleted_is_a_high_intent_finding() {
    let found = diff(
        "ru",
        "### Статья 456-2. Ложная информация\n\n1. Размещение заведомо ложной информации в средствах массовой информации –\n\n   влечет штраф на физических лиц в размере тридцати месячных расчетных показателей.\n",
        "### Статья 456-2. Ложная информация\n\n1. Размещение, распространение ложной информации в масс-медиа –\n\n   влечет штраф на физических лиц в размере тридцати месячных расчетных показателей.\n",
    );
    let intent = of_kind(&found, "intent-removed");
    assert_eq!(intent.len(), 1, "{found:#?}");
    assert_eq!(intent[0].0, "ст. 456-2 п. 1");
    assert_eq!(intent[0].2, "high");
    assert!(intent[0].3.contains("«заведомо»"), "{}", intent[0].3);
    assert_eq!(intent[0].4["removed"][0], "заведомо");
    // «распространение» is new conduct in the same offence.
    let conduct = of_kind(&found, "conduct-widened");
    assert_eq!(conduct.len(), 1, "{found:#?}");
    assert_eq!(conduct[0].4["verbs"][0], "распространение");
}

#[test]
fn english_and_kazakh_intent_removed() {
    let found = diff(
        "en",
        "### Article 274. False information\n\n1. Knowingly disseminating false information shall be punished by a fine.\n",
        "### Article 274. False information\n\n1. Disseminating false information shall be punished by a fine.\n",
    );
    let intent = of_kind(&found, "intent-removed");
    assert_eq!(intent.len(), 1, "{found:#?}");
    assert_eq!(intent[0].2, "high");
    let found = diff(
        "kk",
        "### 274-бап. Жалған ақпарат\n\n1. Көре тұра жалған ақпаратты тарату – айыппұл салуға әкеп соғады.\n",
        "### 274-бап. Жалған ақпарат\n\n1. Жалған ақпаратты тарату – айыппұл салуға әкеп соғады.\n",
    );
    let intent = of_kind(&found, "intent-removed");
    assert_eq!(intent.len(), 1, "{found:#?}");
    assert_eq!(intent[0].0, "274-бап 1-тармақ");
    assert!(intent[0].3.contains("«Көре тұра»"), "{}", intent[0].3);
}

#[test]
fn english_conduct_widened_to_dissemination_and_a_lower_threshold() {
    let found = diff(
        "en",
        "### Article 10\n\n1. Publication of false information that caused a breach of public order shall entail a fine.\n",
        "### Article 10\n\n1. Publication or dissemination of false information on online platforms likely to breach public order shall entail a fine.\n",
    );
    let conduct = of_kind(&found, "conduct-widened");
    assert_eq!(conduct.len(), 1, "{found:#?}");
    let detail = &conduct[0].4;
    assert_eq!(detail["verbs"][0], "dissemination");
    assert_eq!(detail["means"][0], "online-platforms");
    assert_eq!(detail["thresholds"][0], "likely to");
    assert_eq!(conduct[0].2, "high");
}

#[test]
fn kazakh_restriction_list_gains_a_subparagraph() {
    let old = "### 22-бап. Есепке қою\n\n4. Уәкілетті орган мынадай негіздер бойынша есепке қоюдан бас тартады:\n   1) өтініш талаптарға сәйкес келмейді;\n   2) алым төленбеген.\n";
    let new = "### 22-бап. Есепке қою\n\n4. Уәкілетті орган мынадай негіздер бойынша есепке қоюдан бас тартады:\n   1) өтініш талаптарға сәйкес келмейді;\n   2) алым төленбеген;\n   3) діни сараптаманың теріс қорытындысы бар.\n";
    let found = diff("kk", old, new);
    let widened = of_kind(&found, "restriction-widened");
    assert_eq!(widened.len(), 1, "{found:#?}");
    assert_eq!(widened[0].0, "22-бап 4-тармақ 3-тармақша");
    assert_eq!(
        widened[0].4["added"][0],
        "діни сараптаманың теріс қорытындысы бар"
    );
    assert!(widened[0].3.contains("22-бап 4-тармақ"), "{}", widened[0].3);
}

#[test]
fn russian_prohibited_content_gains_and_loses_items() {
    let old = "### Статья 2. Свобода слова\n\n3. Разглашение государственных секретов, пропаганда экстремизма, пропаганда порнографии запрещаются.\n";
    let new = "### Статья 2. Свобода слова\n\n3. Разглашение государственных секретов, пропаганда экстремизма, пропаганда взрывчатых веществ запрещаются.\n";
    let found = diff("ru", old, new);
    let widened = of_kind(&found, "restriction-widened");
    let narrowed = of_kind(&found, "restriction-narrowed");
    assert_eq!((widened.len(), narrowed.len()), (1, 1), "{found:#?}");
    assert_eq!(widened[0].4["added"][0], "пропаганда взрывчатых веществ");
    assert_eq!(narrowed[0].4["removed"][0], "пропаганда порнографии");
    assert_eq!(
        (widened[0].2.as_str(), narrowed[0].2.as_str()),
        ("high", "info")
    );
}

#[test]
fn english_mass_media_draft_adds_accreditation_and_press_card_grounds() {
    let out = corpus(&[
        "diff",
        "kz/mass-media-law",
        "1999-in-force",
        "2023-06-06-draft",
        "--format",
        "json",
    ])
    .success();
    let found = findings(&out);
    let added = of_kind(&found, "restriction-added");
    let parts: Vec<(&str, &str)> = added
        .iter()
        .map(|f| (f.0.as_str(), f.4["part"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(
        parts,
        [("art. 26", "para. 4"), ("art. 29", "para. 5")],
        "{found:#?}"
    );
    let press_card = &added[1].4["added"];
    assert_eq!(press_card.as_array().map(Vec::len), Some(6), "{press_card}");
    assert!(added[1].3.contains("press card"), "{}", added[1].3);
    assert!(
        added[0].3.contains("dissemination of untrue information"),
        "{}",
        added[0].3
    );
}

#[test]
fn mass_media_1999_to_2024_widens_prohibited_content_and_suspension_grounds() {
    let out = corpus(&[
        "diff",
        "kz/mass-media-2024-ru",
        "kz/mass-media-1999-ru@latest",
        "2024-06-19-signed",
        "--format",
        "json",
    ])
    .success();
    let found = findings(&out);
    let widened: Vec<(&str, &str)> = of_kind(&found, "restriction-widened")
        .iter()
        .map(|f| (f.0.as_str(), f.4["added"][0].as_str().unwrap_or("")))
        .collect();
    assert!(
        widened.contains(&("ст. 2 п. 4", "взрывчатых веществ и взрывных устройств")),
        "{widened:?}"
    );
    assert!(
        widened.contains(&("ст. 23", "взрывчатых веществ и взрывных устройств")),
        "{widened:?}"
    );
    let added: Vec<&str> = of_kind(&found, "restriction-added")
        .iter()
        .map(|f| f.0.as_str())
        .collect();
    assert!(added.contains(&"ст. 25"), "{added:?}");
}

#[test]
fn russian_journalist_definition_narrowed_names_its_uses() {
    let old = "### Статья 1. Основные понятия\n\n1) журналист – физическое лицо, осуществляющее сбор и подготовку сообщений;\n\n### Статья 20. Права журналиста\n\n1. Журналист имеет право запрашивать информацию.\n";
    let new = "### Статья 1. Основные понятия\n\n1) журналист – физическое лицо, осуществляющее сбор и подготовку сообщений на основании трудовых отношений с редакцией;\n\n### Статья 20. Права журналиста\n\n1. Журналист имеет право запрашивать информацию.\n";
    let found = diff("ru", old, new);
    let narrowed = of_kind(&found, "definition-narrowed");
    assert_eq!(narrowed.len(), 1, "{found:#?}");
    assert_eq!(narrowed[0].2, "medium");
    assert!(narrowed[0].3.contains("ст. 20 п. 1"), "{}", narrowed[0].3);
    assert_eq!(narrowed[0].4["used_in"][0], "ст. 20 п. 1");
    assert!(
        of_kind(&found, "definition-changed").is_empty(),
        "{found:#?}"
    );
}

#[test]
fn sarif_rules_come_from_the_registry() {
    let repo = TestRepo::new();
    repo.record(
        "kz/test",
        "2020-01-01",
        "in-force",
        &law(
            "en",
            "### Article 29. Press card\n\n1. A journalist may receive a press card.\n",
        ),
    );
    repo.record(
        "kz/test",
        "2024-01-01",
        "draft",
        &law(
            "en",
            "### Article 29. Press card\n\n1. A journalist may receive a press card.\n\n5. The grounds for depriving a press card include:\n\n   violation of the rules of accreditation;\n\n   dissemination of untrue information.\n",
        ),
    );
    let out = repo.run(&["check", "--format", "sarif", "-o", "out.sarif"]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let text =
        std::fs::read_to_string(repo.path().join("out.sarif")).unwrap_or_else(|e| panic!("{e}"));
    let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let rules = doc["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let restriction = rules
        .iter()
        .find(|r| r["id"] == "restriction-added")
        .unwrap_or_else(|| panic!("{rules:#?}"));
    assert_eq!(
        restriction["shortDescription"]["text"],
        "A new restriction of expression with its grounds"
    );
    assert_eq!(restriction["defaultConfiguration"]["level"], "error");
    assert_eq!(restriction["properties"]["category"], "restriction");
}

#[test]
fn cao_456_2_part_1_lost_knowingly_in_russian_and_kazakh() {
    for (act, citation, word) in [
        ("kz/cao-ch26-ru", "ст. 456-2 ч. 1", "заведомо"),
        ("kz/cao-ch26-kk", "456-2-бап 1-бөлік", "Көрінеу"),
    ] {
        let found = findings(&corpus(&["diff", act, "--format", "json"]).success());
        let intent = of_kind(&found, "intent-removed");
        assert_eq!(intent.len(), 1, "{act}: {found:#?}");
        assert_eq!(
            (intent[0].0.as_str(), intent[0].2.as_str()),
            (citation, "high"),
            "{act}"
        );
        assert_eq!(intent[0].4["removed"][0], word, "{act}");
    }
}
