//! Commentary, CI check, blame and feed: what users do with a comparison.

use crate::common::{TestRepo, corpus, squeeze_spaces};
use std::io::Read;

const BEFORE: &str = "+++\nact = \"kz/media\"\nlanguage = \"en\"\n+++\n# Media law\n\n### Article 1. Scope\n\n1. This Law applies to mass media.\n\n### Article 5. Liability\n\n1. Dissemination of information violating this Law –\n\n   shall entail a fine of up to eighty monthly calculation indices.\n";

fn with_fine(amount: &str) -> String {
    BEFORE.replace("up to eighty", amount)
}

fn sarif_results(path: &std::path::Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
    let sarif: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(sarif["version"], "2.1.0");
    sarif["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn check_fails_on_a_raised_penalty_with_sarif_pointing_at_the_line() {
    let repo = TestRepo::new();
    repo.record("kz/media", "2022-01-01", "in-force", BEFORE);
    repo.record(
        "kz/media",
        "2024-01-01",
        "draft",
        &with_fine("up to one hundred and sixty"),
    );
    let out = repo.run(&["check", "--format", "sarif", "-o", "out.sarif"]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let results = sarif_results(&repo.path().join("out.sarif"));
    let raised = results
        .iter()
        .find(|r| r["ruleId"] == "penalty-raised")
        .unwrap_or_else(|| panic!("{results:#?}"));
    let location = &raised["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "statutes/kz/media.md");
    // Article 5 paragraph 1 starts on line 13 of the file (front matter included).
    assert_eq!(location["region"]["startLine"], 13);
    assert_eq!(raised["level"], "error");

    let annotations = repo.run(&["check", "--format", "github"]);
    assert_eq!(annotations.code, 1);
    assert!(
        annotations
            .stdout
            .lines()
            .any(|l| l.starts_with("::error file=statutes/kz/media.md,line=13,")),
        "{}",
        annotations.stdout
    );
}

#[test]
fn check_passes_a_typo_fix_and_honours_the_threshold() {
    let repo = TestRepo::new();
    repo.record("kz/media", "2022-01-01", "in-force", BEFORE);
    repo.record(
        "kz/media",
        "2022-02-01",
        "in-force",
        &BEFORE
            .replace("applies to mass", "apples to mass")
            .replace("apples", "applies")
            .replace("Law applies", "Law  applies"),
    );
    repo.record(
        "kz/media",
        "2022-03-01",
        "in-force",
        &BEFORE.replace("mass media.", "the mass media."),
    );
    let out = repo.run(&["check"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("0 finding(s) at or above medium"),
        "{}",
        out.stdout
    );
    // A raised fine fails at the default threshold but not with --fail-on above its severity.
    repo.record(
        "kz/media",
        "2024-01-01",
        "draft",
        &with_fine("up to one hundred and sixty"),
    );
    assert_eq!(repo.run(&["check"]).code, 1);
    repo.write("lexwatch.toml", "[check]\nfail-on = \"high\"\n");
    assert_eq!(repo.run(&["check"]).code, 1, "a raised penalty is high");
    let relaxed = repo.run(&[
        "check",
        "--base",
        "HEAD~1",
        "--fail-on",
        "high",
        "--format",
        "json",
    ]);
    assert_eq!(relaxed.code, 1);
    let reports: serde_json::Value =
        serde_json::from_str(&relaxed.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(reports.as_array().map(Vec::len), Some(1));
}

#[test]
fn check_reports_a_statute_edited_by_hand_without_a_record() {
    let repo = TestRepo::new();
    repo.record("kz/media", "2022-01-01", "in-force", BEFORE);
    std::fs::write(
        repo.path().join("statutes/kz/media.md"),
        with_fine("up to eight hundred"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let git = git2::Repository::open(repo.path()).unwrap_or_else(|e| panic!("{e}"));
    let mut index = git.index().unwrap_or_else(|e| panic!("{e}"));
    index
        .add_path(std::path::Path::new("statutes/kz/media.md"))
        .unwrap_or_else(|e| panic!("{e}"));
    index.write().unwrap_or_else(|e| panic!("{e}"));
    let tree = git
        .find_tree(index.write_tree().unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{e}"));
    let sig = git2::Signature::now("t", "t@example.org").unwrap_or_else(|e| panic!("{e}"));
    let parent = git
        .head()
        .and_then(|h| h.peel_to_commit())
        .unwrap_or_else(|e| panic!("{e}"));
    git.commit(Some("HEAD"), &sig, &sig, "edit", &tree, &[&parent])
        .unwrap_or_else(|e| panic!("{e}"));
    let out = repo.run(&["check"]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(out.stdout.contains("fine: raised ×10"), "{}", out.stdout);
}

pub(crate) fn unzip(path: &std::path::Path, name: &str) -> String {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{e}"));
    let mut archive = zip::ZipArchive::new(file).unwrap_or_else(|e| panic!("{e}"));
    let mut entry = archive
        .by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut text = String::new();
    entry
        .read_to_string(&mut text)
        .unwrap_or_else(|e| panic!("{e}"));
    text
}

#[test]
fn commentary_on_the_mass_media_law_in_three_formats() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for name in ["out.docx", "out.html", "out.md"] {
        let path = dir.path().join(name);
        let path_text = path.display().to_string();
        let out = corpus(&[
            "commentary",
            "kz/mass-media-law",
            "1999-in-force",
            "2023-06-06-draft",
            "-o",
            &path_text,
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
    }
    let document = unzip(&dir.path().join("out.docx"), "word/document.xml");
    let xml = roxmltree::Document::parse(&document)
        .unwrap_or_else(|e| panic!("invalid WordprocessingML: {e}"));
    let text: String = xml
        .descendants()
        .filter(|n| n.has_tag_name("t"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        text.contains("information sovereignty"),
        "docx lacks the finding"
    );
    assert!(
        text.contains("Recommendation"),
        "docx lacks the recommendation slot"
    );
    let html = std::fs::read_to_string(dir.path().join("out.html")).unwrap_or_default();
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("<style>"),
        "not a self-contained page"
    );
    let markdown = std::fs::read_to_string(dir.path().join("out.md")).unwrap_or_default();
    assert!(
        markdown.contains("untrue information discrediting the business reputation"),
        "{markdown}"
    );
}

#[test]
fn commentary_html_escapes_statute_text() {
    let repo = TestRepo::new();
    let hostile = BEFORE.replace(
        "applies to mass media.",
        "applies to <script>alert(1)</script> & \"mass\" media.",
    );
    repo.record("kz/media", "2022-01-01", "in-force", BEFORE);
    repo.record("kz/media", "2024-01-01", "draft", &hostile);
    repo.run(&["commentary", "kz/media", "--all", "-o", "c.html"])
        .success();
    let html = std::fs::read_to_string(repo.path().join("c.html")).unwrap_or_default();
    assert!(!html.contains("<script>"), "unescaped statute text");
    assert!(html.contains("&lt;script&gt;"), "the text is missing");
    let err = repo
        .run(&["commentary", "kz/media", "-o", "c.pdf"])
        .failure();
    assert!(err.contains("cannot tell the format of c.pdf"), "{err}");
}

#[test]
fn blame_on_the_bundled_criminal_code() {
    let out = corpus(&["blame", "kz/criminal-code", "art. 274"]).success();
    assert!(
        out.lines()
            .skip(1)
            .all(|l| l.starts_with("2019-01-21 in-force")),
        "{out}"
    );
    assert!(
        out.contains("| Dissemination of knowingly false information"),
        "{out}"
    );
    let out =
        squeeze_spaces(&corpus(&["blame", "kz/criminal-code-ch04-05-ru", "ст. 174"]).success());
    assert!(
        out.contains("2025-09-16 in-force ст. 174 | Разжигание"),
        "{out}"
    );
    // Each part is dated on its own.
    assert!(
        out.contains("2018-07-12 in-force ст. 174 ч. 2 | 2. Те же действия"),
        "{out}"
    );
}

#[test]
fn blame_follows_a_renumbered_article_back() {
    let repo = TestRepo::new();
    let v1 = "### Article 164. Incitement of discord\n\n1. Deliberate actions aimed at inciting social discord –\n\n   shall be punished by imprisonment for up to five years.\n\n### Article 165. Other\n\n1. Something else entirely different here.\n";
    let v2 = v1
        .replace("Article 164.", "Article 174.")
        .replace("Article 165.", "Article 175.");
    let v3 = v2.replace("up to five years", "up to seven years");
    repo.record("kz/cc", "1997-07-16", "in-force", v1);
    repo.record("kz/cc", "2014-07-03", "in-force", &v2);
    repo.record("kz/cc", "2020-06-26", "in-force", &v3);
    let out = squeeze_spaces(&repo.run(&["blame", "kz/cc", "art. 174"]).success());
    assert!(
        out.contains("1997-07-16 in-force art. 164 para. 1 | 1. Deliberate actions"),
        "{out}"
    );
    assert!(
        out.contains(
            "2020-06-26 in-force art. 174 para. 1 | shall be punished by imprisonment for up to seven years."
        ),
        "{out}"
    );
}

#[test]
fn blame_follows_a_part_into_another_article() {
    let repo = TestRepo::new();
    let v1 = "# Кодекс\n\n## Глава 1. Общие\n\n### Статья 10. Доступ к информации\n\n1. Незаконный отказ в предоставлении информации, –\n\n   влечет штраф на должностных лиц в размере двадцати месячных расчетных показателей.\n\n2. Размещение заведомо ложной информации в средствах массовой информации, на интернет-ресурсе обладателя информации, –\n\n   влечет штраф на должностных лиц в размере тридцати месячных расчетных показателей.\n";
    let v2 = "# Кодекс\n\n## Глава 1. Общие\n\n### Статья 10. Доступ к информации\n\n1. Незаконный отказ в предоставлении информации, –\n\n   влечет штраф на должностных лиц в размере двадцати месячных расчетных показателей.\n\n2. Исключен Законом РК от 10.07.2023 № 20-VIII.\n\n### Статья 10-1. Ложная информация\n\n1. Размещение, распространение ложной информации в масс-медиа, на интернет-ресурсе обладателя информации, –\n\n   влечет штраф на должностных лиц в размере тридцати месячных расчетных показателей.\n";
    repo.record("kz/cao", "2017-12-28", "in-force", v1);
    repo.record("kz/cao", "2024-09-09", "in-force", v2);
    let out = squeeze_spaces(&repo.run(&["blame", "kz/cao", "ст. 10-1"]).success());
    assert!(
        out.contains("2024-09-09 in-force ст. 10-1 ч. 1 | 1. Размещение, распространение"),
        "{out}"
    );
    assert!(
        out.contains(
            "2017-12-28 in-force ст. 10 ч. 2 | влечет штраф на должностных лиц в размере тридцати"
        ),
        "{out}"
    );
    // The diff says the same: one move, with «заведомо» deleted.
    let diff = repo.run(&["diff", "kz/cao"]).success();
    assert!(
        diff.contains("ст. 10 ч. 2 → ст. 10-1 ч. 1 — moved"),
        "{diff}"
    );
    assert!(diff.contains("[- заведомо-]"), "{diff}");
}

#[test]
fn feed_is_well_formed_atom() {
    let out = corpus(&["feed", "--base-url", "https://example.org/lexwatch"]).success();
    let xml = roxmltree::Document::parse(&out).unwrap_or_else(|e| panic!("invalid XML: {e}"));
    let entries: Vec<_> = xml
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .collect();
    assert!(entries.len() >= 15, "{} entries", entries.len());
    let updated: Vec<&str> = entries
        .iter()
        .filter_map(|e| {
            e.children()
                .find(|c| c.has_tag_name("updated"))
                .and_then(|c| c.text())
        })
        .collect();
    let mut sorted = updated.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(updated, sorted, "newest first");
    assert!(out.contains("https://example.org/lexwatch/kz/cao-ch26-ru/2024-09-09-in-force"));
}
