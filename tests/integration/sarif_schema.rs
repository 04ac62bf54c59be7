//! Issue 14: `check --format sarif` output is valid against the published
//! SARIF 2.1.0 schema (vendored in `tests/schemas/`, see its README), on every
//! version of the bundled corpus, on hostile text and on an out-of-order version.

use crate::common::{TestRepo, corpus, product_repo};

const SCHEMA_ID: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

fn validator() -> jsonschema::Validator {
    let path = product_repo().join("tests/schemas/sarif-2.1.0.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let schema: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("schema: {e}"));
    assert_eq!(schema["id"], SCHEMA_ID, "not the OASIS 2.1.0 schema");
    // The schema declares draft 4 in its `$schema`; no reference leaves the file.
    jsonschema::draft4::new(&schema).unwrap_or_else(|e| panic!("schema: {e}"))
}

/// Every schema error of a SARIF document, one line each.
fn errors(sarif: &str) -> Vec<String> {
    let doc: serde_json::Value =
        serde_json::from_str(sarif).unwrap_or_else(|e| panic!("not JSON: {e}\n{sarif}"));
    validator()
        .iter_errors(&doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn results(sarif: &str) -> usize {
    let doc: serde_json::Value = serde_json::from_str(sarif).unwrap_or_default();
    doc["runs"][0]["results"].as_array().map_or(0, Vec::len)
}

/// `check --format sarif` over every version of the bundled corpus.
fn corpus_sarif() -> String {
    // From the repository's first commit, before any act, every version is new.
    let git = git2::Repository::open(product_repo()).unwrap_or_else(|e| panic!("{e}"));
    let mut walk = git.revwalk().unwrap_or_else(|e| panic!("{e}"));
    walk.push_head().unwrap_or_else(|e| panic!("{e}"));
    let root = walk
        .filter_map(Result::ok)
        .last()
        .unwrap_or_else(|| panic!("no commits"));
    let out = corpus(&["check", "--format", "sarif", "--base", &root.to_string()]);
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
    out.stdout
}

#[test]
fn check_sarif_on_every_version_of_the_corpus_is_valid_and_a_broken_one_is_not() {
    let sarif = corpus_sarif();
    assert!(results(&sarif) > 50, "{sarif}");
    let found = errors(&sarif);
    assert!(
        found.is_empty(),
        "{} schema errors: {found:#?}",
        found.len()
    );

    // The validator reads deep into results: a wrong level and line are caught there.
    let mut doc: serde_json::Value = serde_json::from_str(&sarif).unwrap_or_default();
    doc["runs"][0]["results"][3]["level"] = "fatal".into();
    doc["runs"][0]["results"][3]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    let found = errors(&doc.to_string());
    assert_eq!(
        found
            .iter()
            .map(|e| e.split(':').next().unwrap_or(""))
            .collect::<Vec<_>>(),
        [
            "/runs/0/results/3/level",
            "/runs/0/results/3/locations/0/physicalLocation/region/startLine"
        ],
        "{found:?}"
    );
}

#[test]
fn check_sarif_with_hostile_text_and_an_out_of_order_version_is_valid() {
    let repo = TestRepo::new();
    let text = |fine: &str, extra: &str| {
        format!(
            "+++\nact = \"kz/test-law\"\nlanguage = \"en\"\n+++\n### Article 1. Scope\n\n\
             1. This Law applies to mass media{extra} \u{1b}]0;x\u{7} \"><img onerror=alert(1)> ]]>.\n\n\
             ### Article 2. Liability\n\n1. Dissemination of false information shall entail a fine of up to {fine} monthly calculation indices.\n"
        )
    };
    repo.record("kz/test-law", "2020-01-01", "draft", &text("eighty", ""));
    repo.record(
        "kz/test-law",
        "2024-01-01",
        "draft",
        &text("two hundred", ", online platforms and bloggers"),
    );
    repo.record(
        "kz/test-law",
        "2022-01-01",
        "draft",
        &text("one hundred", " and online platforms"),
    );
    let out = repo.run(&["check", "--format", "sarif"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(results(&out.stdout) > 0, "{}", out.stdout);
    assert!(
        out.stdout.contains("history/kz/test-law.toml"),
        "{}",
        out.stdout
    );
    let found = errors(&out.stdout);
    assert!(found.is_empty(), "{found:#?}");
}
