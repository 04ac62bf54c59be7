//! `diff`: alignment cases on small files, and the bundled corpus.

use crate::common::{TestRepo, corpus};
use serde_json::Value;

/// Runs `diff --files` on two texts and returns the JSON report.
fn diff(old: &str, new: &str) -> Value {
    let repo = TestRepo::new();
    repo.write("old.md", old);
    repo.write("new.md", new);
    let out = repo
        .run(&["diff", "--files", "old.md", "new.md", "--format", "json"])
        .success();
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("invalid JSON: {e}\n{out}"))
}

/// `(kind, old citation, new citation)` of every change.
fn changes(report: &Value) -> Vec<(String, String, String)> {
    let cite = |side: &Value| {
        side.get("citation")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    report["changes"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|c| {
                    (
                        c["kind"].as_str().unwrap_or("").to_string(),
                        cite(&c["old"]),
                        cite(&c["new"]),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn change<'a>(report: &'a Value, kind: &str, citation: &str) -> &'a Value {
    report["changes"]
        .as_array()
        .and_then(|list| {
            list.iter().find(|c| {
                c["kind"] == kind
                    && (c["new"]["citation"] == citation || c["old"]["citation"] == citation)
            })
        })
        .unwrap_or_else(|| panic!("no {kind} change at {citation}: {:#?}", changes(report)))
}

fn triple(kind: &str, old: &str, new: &str) -> (String, String, String) {
    (kind.to_string(), old.to_string(), new.to_string())
}

/// An act of `n` articles with distinct texts, article `i` numbered `numbers[i]`.
fn act(articles: &[(&str, &str)]) -> String {
    let mut text = String::from("# Test code\n\n## Chapter 1. General\n\n");
    for (number, body) in articles {
        text.push_str(&format!(
            "### Article {number}. Title of {body}\n\n1. {body}\n\n"
        ));
    }
    text
}

const BODIES: [&str; 5] = [
    "Mass media shall register with the authorized body before distribution of products",
    "A journalist shall have the right to seek receive and impart information freely",
    "Censorship is prohibited and no official may demand prior approval of materials",
    "The owner of a television channel shall keep recordings of programmes for a year",
    "Foreign broadcasters shall observe the requirements of the law on languages here",
];

#[test]
fn inserted_article_renumbers_the_later_ones_without_deletions() {
    let old = act(&[
        ("1", BODIES[0]),
        ("2", BODIES[1]),
        ("3", BODIES[2]),
        ("4", BODIES[3]),
    ]);
    let new = act(&[
        ("1", BODIES[0]),
        ("2", BODIES[4]),
        ("3", BODIES[1]),
        ("4", BODIES[2]),
        ("5", BODIES[3]),
    ]);
    let report = diff(&old, &new);
    assert_eq!(
        changes(&report),
        [
            triple("added", "", "art. 2"),
            triple("renumbered", "art. 2", "art. 3"),
            triple("renumbered", "art. 3", "art. 4"),
            triple("renumbered", "art. 4", "art. 5"),
        ]
    );
}

#[test]
fn kazakh_insertion_number_is_an_addition_not_a_renumbering() {
    let old = act(&[("4", BODIES[0]), ("5", BODIES[1])]);
    let new = act(&[("4", BODIES[0]), ("4-1", BODIES[2]), ("5", BODIES[1])]);
    assert_eq!(
        changes(&diff(&old, &new)),
        [triple("added", "", "art. 4-1")]
    );
}

#[test]
fn article_moved_to_another_chapter() {
    let old = format!(
        "## Chapter 1. A\n\n### Article 1. X\n\n1. {}\n\n### Article 2. Y\n\n1. {}\n\n## Chapter 2. B\n\n### Article 3. Z\n\n1. {}\n",
        BODIES[0], BODIES[1], BODIES[2]
    );
    let new = format!(
        "## Chapter 1. A\n\n### Article 1. X\n\n1. {}\n\n## Chapter 2. B\n\n### Article 2. Y\n\n1. {}\n\n### Article 3. Z\n\n1. {}\n",
        BODIES[0], BODIES[1], BODIES[2]
    );
    let report = diff(&old, &new);
    assert_eq!(changes(&report), [triple("moved", "art. 2", "art. 2")]);
    let moved = change(&report, "moved", "art. 2");
    assert_eq!(
        (
            moved["old"]["chapter"].as_str(),
            moved["new"]["chapter"].as_str()
        ),
        (Some("ch. 1"), Some("ch. 2"))
    );
}

#[test]
fn split_and_merge() {
    let whole = format!("{} and {}", BODIES[0], BODIES[1]);
    let old = act(&[("1", &whole), ("2", BODIES[2]), ("3", BODIES[3])]);
    let split = act(&[
        ("1", BODIES[0]),
        ("1-1", BODIES[1]),
        ("2", BODIES[2]),
        ("3", BODIES[3]),
    ]);
    let report = diff(&old, &split);
    let kinds = changes(&report);
    assert_eq!(kinds.len(), 1, "{kinds:?}");
    let split_change = change(&report, "split", "art. 1");
    assert_eq!(split_change["others"][0]["citation"], "art. 1-1");

    let merged = act(&[
        ("1", BODIES[0]),
        ("2", &format!("{} and {}", BODIES[2], BODIES[3])),
    ]);
    let before = act(&[("1", BODIES[0]), ("2", BODIES[2]), ("3", BODIES[3])]);
    let report = diff(&before, &merged);
    assert_eq!(changes(&report).len(), 1, "{:?}", changes(&report));
    let merged_change = change(&report, "merged", "art. 2");
    assert_eq!(merged_change["others"][0]["citation"], "art. 3");
}

#[test]
fn reflowed_paragraph_and_list_marker_style_are_no_change() {
    let old = "### Article 1. Scope\n\n1. This Law applies to mass media\n   and to online platforms.\n\n2\\. Escaped number.\n";
    let new = "### Article 1. Scope\n\n1. This Law applies to mass media and to online platforms.\n\n2. Escaped number.\n";
    let report = diff(old, new);
    assert_eq!(changes(&report), Vec::<(String, String, String)>::new());
    assert_eq!(report["summary"], serde_json::json!({}));
}

#[test]
fn identical_versions_have_no_changes_and_exit_zero() {
    let repo = TestRepo::new();
    let text = act(&[("1", BODIES[0])]);
    repo.write("a.md", &text);
    repo.write("b.md", &text);
    let out = repo.run(&["diff", "--files", "a.md", "b.md"]).success();
    assert!(out.contains("no changes"), "{out}");
}

#[test]
fn amended_russian_subparagraph_has_a_cyrillic_word_redline() {
    let old = "### Статья 26. Аккредитация\n\n4. Журналист лишается аккредитации в случаях:\n   1) нарушения правил аккредитации;\n   2) распространения сведений, не соответствующих действительности.\n";
    let new = "### Статья 26. Аккредитация\n\n4. Журналист лишается аккредитации в случаях:\n   1) нарушения правил аккредитации;\n   2) распространения недостоверной информации, порочащей деловую репутацию.\n";
    let report = diff(old, new);
    assert_eq!(
        changes(&report),
        [triple(
            "amended",
            "ст. 26 п. 4 подп. 2",
            "ст. 26 п. 4 подп. 2"
        )]
    );
    let ops = &change(&report, "amended", "ст. 26 п. 4 подп. 2")["redline"];
    assert_eq!(
        ops[0],
        serde_json::json!({"op": "equal", "text": "распространения "})
    );
    assert_eq!(
        ops[1],
        serde_json::json!({"op": "delete", "text": "сведений, не соответствующих действительности"})
    );
    assert_eq!(
        ops[2],
        serde_json::json!({"op": "insert", "text": "недостоверной информации, порочащей деловую репутацию"})
    );
}

#[test]
fn diff_needs_two_versions_and_valid_files() {
    let repo = TestRepo::new();
    let err = repo
        .run(&["diff", "--files", "missing.md", "other.md"])
        .failure();
    assert!(err.contains("missing.md"), "{err}");
    repo.record("kz/one", "2024-01-01", "draft", &act(&[("1", BODIES[0])]));
    let err = repo.run(&["diff", "kz/one"]).failure();
    assert!(
        err.contains("no version before 2024-01-01-draft; nothing to compare"),
        "{err}"
    );
}

// The bundled corpus.

fn corpus_diff(act: &str) -> Value {
    let out = corpus(&["diff", act, "--format", "json"]).success();
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("invalid JSON: {e}"))
}

#[test]
fn cao_chapter_26_2017_to_2024() {
    let report = corpus_diff("kz/cao-ch26-ru");
    assert_eq!(report["schema_version"], 3);
    assert_eq!(report["from"]["id"], "2017-12-28-in-force");
    assert_eq!(report["to"]["id"], "2024-09-09-in-force");
    assert!(report["to"]["blob"].as_str().is_some_and(|b| b.len() == 40));
    let added = change(&report, "added", "ст. 456-2");
    assert!(
        added["new"]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("Размещение, распространение ложной информации"))
    );
    // 456-1 part 2 was repealed and reappears as 456-2 part 1 without «заведомо».
    let moved = change(&report, "moved", "ст. 456-2 ч. 1");
    assert_eq!(moved["old"]["citation"], "ст. 456-1 ч. 2");
    assert!(
        moved["redline"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|op| op["op"] == "delete"
                && op["text"].as_str().is_some_and(|w| w.contains("заведомо"))),
        "{:#?}",
        moved["redline"]
    );
    assert!(
        !changes(&report)
            .iter()
            .any(|(k, o, _)| k == "repealed" && o == "ст. 456-1 ч. 2"),
        "the moved part is not also reported as repealed"
    );
    // Article 452's ten parts became 451 parts 6–15, in order.
    for part in 1..=10 {
        let moved = change(&report, "moved", &format!("ст. 451 ч. {}", part + 5));
        assert_eq!(moved["old"]["citation"], format!("ст. 452 ч. {part}"));
    }
    // The one real change among them: the foreign retransmission cap, 20 % → 10 %.
    let cap = change(&report, "moved", "ст. 451 ч. 10");
    let ops = serde_json::to_string(&cap["redline"]).unwrap_or_default();
    assert!(ops.contains("двадцать") && ops.contains("десять"), "{ops}");
    // Article 452 was repealed as a whole by a footnote.
    assert_eq!(
        change(&report, "repealed", "ст. 452")["new"]["by"],
        "Законом РК от 19.06.2024 № 95-VIII"
    );
    // Footnote changes are editorial, and they name the amending law.
    let editorial = change(&report, "editorial", "ст. 456-1");
    let acts = editorial["footnotes"]["amending_acts"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(acts.iter().any(|a| a == "10.07.2023 № 20-VIII"), "{acts:?}");
    // Nothing is reported for articles 454 and 456, whose texts did not change.
    for (_, old, new) in changes(&report) {
        assert!(
            !old.starts_with("ст. 454") && !new.starts_with("ст. 456 "),
            "{old} {new}"
        );
    }
}

#[test]
fn cao_chapter_26_ranks_false_information_above_advertising_fines() {
    let report = corpus_diff("kz/cao-ch26-ru");
    let keys = report["key_changes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let first_three: Vec<&str> = keys
        .iter()
        .take(3)
        .filter_map(|k| k["citation"].as_str())
        .collect();
    assert!(
        first_three.iter().any(|c| c.starts_with("ст. 456-2")),
        "{keys:#?}"
    );
    assert_eq!(keys[0]["rank"], 1);
    // What a lawyer writes first: 456-1 part 2 became 456-2 part 1 without «заведомо».
    assert_eq!(
        keys[0]["citation"], "ст. 456-2 ч. 1 (бывш. ст. 456-1 ч. 2)",
        "{keys:#?}"
    );
    assert_eq!(keys[0]["kind"], "intent-removed", "{keys:#?}");
    // Key lines speak Russian for a Russian act.
    assert!(
        keys.iter().all(|k| k["sentence"]
            .as_str()
            .is_some_and(|s| s.chars().any(|c| ('а'..='я').contains(&c)))),
        "{keys:#?}"
    );
    let added = change(&report, "added", "ст. 456-2");
    assert_eq!(added["relevance"], "expression");
    assert_eq!(added["rank"], 2);
    // Advertising is not expression: its raised fines are low, without GC 34, and no key change.
    let advertising = change(&report, "amended", "ст. 455 ч. 1");
    assert_eq!(advertising["relevance"], "other");
    let findings = advertising["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!findings.is_empty());
    for f in &findings {
        assert_eq!(f["kind"], "penalty-raised", "{f}");
        assert_eq!(f["severity"], "low", "{f}");
        assert_eq!(f["standards"], serde_json::json!([]), "{f}");
        assert!(f["recommendation"].is_null(), "{f}");
    }
    assert!(
        !keys.iter().any(|k| k["citation"]
            .as_str()
            .is_some_and(|c| c.starts_with("ст. 455"))),
        "{keys:#?}"
    );
}

#[test]
fn article_changed_only_in_its_footnote_is_editorial() {
    let old = "### Статья 1. Заголовок\n\n1. Текст статьи остается прежним.\n\n> *Сноска. Статья 1 с изменениями, внесенными Законом РК от 24.11.2015 № 419-V.*\n";
    let new = "### Статья 1. Заголовок\n\n1. Текст статьи остается прежним.\n\n> *Сноска. Статья 1 с изменениями, внесенными законами РК от 24.11.2015 № 419-V; от 19.06.2024 № 95-VIII ЗРК.*\n";
    let report = diff(old, new);
    assert_eq!(changes(&report), [triple("editorial", "ст. 1", "ст. 1")]);
    let acts = &change(&report, "editorial", "ст. 1")["footnotes"]["amending_acts"];
    assert_eq!(acts, &serde_json::json!(["19.06.2024 № 95-VIII"]));
}

#[test]
fn criminal_code_chapter_1_2019_to_2025() {
    let report = corpus_diff("kz/criminal-code-ch01-ru");
    let repealed = change(&report, "repealed", "ст. 130");
    assert_eq!(repealed["new"]["by"], "Законом РК от 26.06.2020 № 349-VI");
    assert!(
        repealed["old"]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("Клевета"))
    );
    // `####` headings in 2019 and `###` in 2025, and anchors, are no change:
    // article 100 reads the same in both and is not reported.
    let all = changes(&report);
    assert!(
        !all.iter()
            .any(|(_, o, n)| o.starts_with("ст. 100") || n.starts_with("ст. 100")),
        "{all:?}"
    );
    // Provisions move within articles (a subparagraph into a new part), never
    // a whole article: headings and anchors are no move.
    assert!(
        !all.iter()
            .any(|(k, o, _)| k == "moved" && !o.contains(" ч. ")),
        "{all:?}"
    );
}

#[test]
fn criminal_code_article_174_2018_to_2025() {
    let report = corpus_diff("kz/criminal-code-ch04-05-ru");
    let title = change(&report, "amended", "ст. 174");
    let ops = title["redline"].as_array().cloned().unwrap_or_default();
    assert!(
        ops.contains(&serde_json::json!({"op": "delete", "text": "Возбуждение"})),
        "{ops:?}"
    );
    assert!(
        ops.contains(&serde_json::json!({"op": "insert", "text": "Разжигание"})),
        "{ops:?}"
    );
    let part1 = change(&report, "amended", "ст. 174 ч. 1");
    let inserted: Vec<&str> = part1["redline"]
        .as_array()
        .map(|ops| {
            ops.iter()
                .filter(|o| o["op"] == "insert")
                .filter_map(|o| o["text"].as_str())
                .collect()
        })
        .unwrap_or_default();
    assert!(
        inserted.iter().any(|t| t.contains("онлайн-платформ")),
        "{inserted:?}"
    );
    assert!(
        part1["new"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("масс-медиа, сетей телекоммуникаций и онлайн-платформ"))
    );
}

#[test]
fn english_mass_media_law_censorship_definition() {
    let out = corpus(&[
        "diff",
        "kz/mass-media-law",
        "1999-in-force",
        "2023-08-review-proposal",
        "--format",
        "json",
    ])
    .success();
    let report: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        changes(&report),
        [triple(
            "amended",
            "art. 1 subpara. 18",
            "art. 1 subpara. 18"
        )]
    );
    let text = corpus(&[
        "diff",
        "kz/mass-media-law",
        "1999-in-force",
        "2023-08-review-proposal",
    ])
    .success();
    assert!(
        text.contains("[-censorship – preliminary approval"),
        "{text}"
    );
}
