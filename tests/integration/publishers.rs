//! Issue 12: statute texts as other publishers write them — plain-line
//! article headings, lettered numbers (Légifrance's `L. 224-1`, `R131-1`,
//! `12 bis`) and exports that repeat an article number for each dated edition.

use crate::common::{TestRepo, run_in};
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/publishers")
}

/// Runs `lexwatch` in the fixtures folder, so that file names in messages are short.
fn in_fixtures(args: &[&str]) -> crate::common::Output {
    run_in(&fixtures(), args)
}

/// The lines of standard error that are warnings.
fn warnings(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("lexwatch: warning: "))
        .collect()
}

#[test]
fn diff_of_two_legifrance_versions_by_lettered_article() {
    let out = in_fixtures(&[
        "diff",
        "--files",
        "legifrance-2019.md",
        "legifrance-2021.md",
    ]);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    let stdout = out.success();
    assert!(stdout.contains("3 changes: 1 added, 2 amended"), "{stdout}");
    assert!(stdout.contains("art. L224-2 — amended"), "{stdout}");
    assert!(stdout.contains("art. L224-2 bis — added"), "{stdout}");
    assert!(stdout.contains("art. R131-1 — amended"), "{stdout}");
    assert!(stdout.contains("[-troisième-]{+cinquième+}"), "{stdout}");
    // Unchanged lettered articles are matched with themselves, not removed and added.
    assert!(!stdout.contains("L224-1 —"), "{stdout}");
    assert!(!stdout.contains("D45-2 —"), "{stdout}");
    // --only takes a lettered citation as Légifrance writes it.
    let only = in_fixtures(&[
        "diff",
        "--files",
        "legifrance-2019.md",
        "legifrance-2021.md",
        "--only",
        "art. R131-1",
    ])
    .success();
    assert!(only.contains("1 change: 1 amended"), "{only}");
    assert!(only.contains("art. R131-1 — amended"), "{only}");
}

#[test]
fn recorded_texts_show_provisions_by_lettered_citation() {
    let repo = TestRepo::new();
    let record = |file: &str, act: &str| {
        let path = fixtures().join(file);
        repo.run(&[
            "record",
            &path.display().to_string(),
            "--act",
            act,
            "--date",
            "2021-01-01",
            "--stage",
            "in-force",
        ])
        .success()
    };
    record("legifrance-2021.md", "fr/code-communication");
    record("pechat-bis.md", "xx/pechat");
    let show = |act: &str, citation: &str| repo.run(&["show", act, citation]).success();
    let article = show("fr/code-communication", "art. L. 224-2 bis");
    assert!(
        article.contains("art. L224-2 bis — version 2021-01-01-in-force"),
        "{article}"
    );
    assert!(article.contains("vingt-quatre heures"), "{article}");
    let article = show("fr/code-communication", "Art. R131-1");
    assert!(article.contains("cinquième classe"), "{article}");
    let article = show("xx/pechat", "ст. 12 bis");
    assert!(article.contains("ст. 12 bis — version"), "{article}");
    assert!(article.contains("сетевом издании"), "{article}");
    // The sentence that starts with «Статья 5 настоящего Закона» stays in Article 12 bis.
    assert!(article.contains("Статья 5 настоящего Закона"), "{article}");
    let part = show("xx/pechat", "ст. 12 ter п. 1");
    assert!(part.contains("несет ответственность"), "{part}");
    let missing = repo.run(&["show", "xx/pechat", "ст. 5"]).failure();
    assert!(missing.contains("has no ст. 5"), "{missing}");
}

#[test]
fn repeated_article_numbers_are_kept_and_named_on_stderr() {
    let out = in_fixtures(&["diff", "--files", "editions-2021.md", "editions-2024.md"]);
    assert_eq!(
        warnings(&out.stderr),
        [
            "lexwatch: warning: editions-2021.md:13: article 5 repeats article 5 of line 7; kept as article 5 [2]",
            "lexwatch: warning: editions-2024.md:13: article 5 repeats article 5 of line 7; kept as article 5 [2]",
            "lexwatch: warning: editions-2024.md:19: article 5 repeats article 5 of line 7; kept as article 5 [3]",
        ]
    );
    let stdout = out.success();
    // Each edition is compared with the edition of the same rank: the first is
    // unchanged, the second gains its end date, the third is new.
    assert!(stdout.contains("3 changes: 1 added, 2 amended"), "{stdout}");
    assert!(stdout.contains("art. 5 [2] — amended"), "{stdout}");
    assert!(stdout.contains("art. 5 [3] — added"), "{stdout}");
    assert!(!stdout.contains("art. 5 —"), "{stdout}");
    let only = in_fixtures(&[
        "diff",
        "--files",
        "editions-2021.md",
        "editions-2024.md",
        "--only",
        "art. 5 [3]",
    ])
    .success();
    assert!(only.contains("1 change: 1 added"), "{only}");
}

#[test]
fn record_scan_and_import_warn_about_repeated_numbers() {
    let repo = TestRepo::new();
    let file = fixtures().join("editions-2024.md");
    let file = file.display().to_string();
    let expected = format!(
        "lexwatch: warning: {file}:19: article 5 repeats article 5 of line 7; kept as article 5 [3]"
    );
    let out = repo.run(&[
        "record",
        &file,
        "--act",
        "fr/presse",
        "--date",
        "2024-01-01",
        "--stage",
        "in-force",
    ]);
    assert!(
        warnings(&out.stderr).contains(&expected.as_str()),
        "{}",
        out.stderr
    );
    let _ = out.success();
    let shown = repo.run(&["show", "fr/presse", "art. 5 [3]"]).success();
    assert!(shown.contains("135 000 euros"), "{shown}");
    let out = repo.run(&["scan", &file]);
    assert_eq!(warnings(&out.stderr).len(), 2, "{}", out.stderr);
    assert!(
        warnings(&out.stderr).contains(&expected.as_str()),
        "{}",
        out.stderr
    );
    let _ = out.success();
    // An import names the lines of the Markdown it writes.
    let out = repo.run(&["import", &file]);
    assert_eq!(warnings(&out.stderr).len(), 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("kept as article 5 [3]"),
        "{}",
        out.stderr
    );
    let _ = out.success();
}

#[test]
fn thousands_of_repeated_articles_print_twenty_warnings_and_a_count() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let text: String = (0..3000)
        .map(|i| format!("Статья 1\n\n1. Редакция {i} влечет штраф.\n\n"))
        .collect();
    let old = dir.path().join("old.md");
    let new = dir.path().join("new.md");
    std::fs::write(&old, format!("+++\nlanguage = \"ru\"\n+++\n{text}"))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        &new,
        format!("+++\nlanguage = \"ru\"\n+++\nСтатья 2\n\n1. Новая.\n\n{text}"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = run_in(dir.path(), &["diff", "--files", "old.md", "new.md"]);
    let lines = warnings(&out.stderr);
    assert_eq!(lines.len(), 21, "{}", out.stderr);
    assert_eq!(
        lines[0],
        "lexwatch: warning: old.md:8: article 1 repeats article 1 of line 4; kept as article 1 [2]"
    );
    assert_eq!(
        lines[19],
        "lexwatch: warning: old.md:84: article 1 repeats article 1 of line 4; kept as article 1 [21]"
    );
    // 2,999 repeats in each file, 20 of them shown.
    assert_eq!(lines[20], "lexwatch: warning: 5978 more warnings not shown");
    let stdout = out.success();
    assert!(stdout.contains("1 change: 1 added"), "{stdout}");
    assert!(stdout.contains("ст. 2 — added"), "{stdout}");
}

#[test]
fn pull_warns_about_repeated_numbers_by_act_and_address() {
    let repo = TestRepo::new();
    let history = repo.path().join("history/fr/presse.toml");
    std::fs::create_dir_all(history.parent().unwrap_or(repo.path()))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        &history,
        "[[source]]\nurl = \"https://example.org/presse.txt\"\nstage = \"in-force\"\nformat = \"txt\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    repo.commit_history("Watch fr/presse");
    let saved = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = saved.path().join("example.org/presse.txt");
    std::fs::create_dir_all(file.parent().unwrap_or(saved.path()))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(fixtures().join("editions-2024.md"), &file).unwrap_or_else(|e| panic!("{e}"));
    let dir = saved.path().display().to_string();
    let out = repo.run(&["pull", "--offline", &dir]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    // The lines are those of the text recorded (the imported Markdown).
    let lines = warnings(&out.stderr);
    assert_eq!(lines.len(), 2, "{}", out.stderr);
    assert!(
        lines[1].starts_with("lexwatch: warning: fr/presse: https://example.org/presse.txt:")
            && lines[1].ends_with("article 5 repeats article 5 of line 13; kept as article 5 [3]"),
        "{}",
        out.stderr
    );
}
