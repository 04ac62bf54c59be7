//! Succession between acts: a law that replaces another is compared with it,
//! and `log`, `blame`, `feed`, `check` and `commentary` follow the chain.

use crate::common::{TestRepo, corpus, squeeze_spaces};

const OLD: &str = "+++\nact = \"kz/old-media\"\nlanguage = \"ru\"\n+++\n# О средствах массовой информации\n\n### Статья 1. Сфера действия\n\n1. Настоящий Закон применяется к средствам массовой информации.\n\n### Статья 2. Свобода слова\n\n1. Цензура запрещается.\n\n2. Каждый имеет право свободно получать и распространять информацию.\n\n### Статья 4. Учет\n\n1. Средства массовой информации подлежат учету в уполномоченном органе.\n\n### Статья 5. Ответственность\n\n1. Распространение информации, нарушающей настоящий Закон, –\n\n   влечет штраф в размере до 80 месячных расчетных показателей.\n";

const NEW: &str = "+++\nact = \"kz/new-media\"\nlanguage = \"ru\"\n+++\n# О масс-медиа\n\n### Статья 1. Сфера действия\n\n1. Настоящий Закон применяется к масс-медиа и интернет-ресурсам.\n\n### Статья 2. Основные понятия\n\n1. Масс-медиа – средства массовой информации и интернет-ресурсы.\n\n### Статья 3. Свобода слова\n\n1. Цензура запрещается.\n\n2. Каждый имеет право свободно получать и распространять информацию.\n\n### Статья 6. Ответственность\n\n1. Распространение информации, нарушающей настоящий Закон, –\n\n   влечет штраф в размере до 800 месячных расчетных показателей.\n";

/// Writes `text` into the repository file `path` and commits it, as a user editing a register does.
fn commit_file(repo: &TestRepo, path: &str, text: &str) {
    std::fs::write(repo.path().join(path), text).unwrap_or_else(|e| panic!("{e}"));
    let git = git2::Repository::open(repo.path()).unwrap_or_else(|e| panic!("{e}"));
    let mut index = git.index().unwrap_or_else(|e| panic!("{e}"));
    index
        .add_path(std::path::Path::new(path))
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
}

/// Puts an `[act]` table at the head of an act's register.
fn name_in_register(repo: &TestRepo, act: &str, table: &str) {
    let path = format!("history/{act}.toml");
    let register =
        std::fs::read_to_string(repo.path().join(&path)).unwrap_or_else(|e| panic!("{e}"));
    commit_file(repo, &path, &format!("[act]\n{table}\n{register}"));
}

/// Two acts, the new one replacing the old: old 2017 and 2021, new 2024.
fn succession_repo() -> TestRepo {
    let repo = TestRepo::new();
    repo.record("kz/old-media", "2017-12-28", "in-force", OLD);
    let amended = OLD.replace("подлежат учету", "подлежат постановке на учет");
    repo.record("kz/old-media", "2021-11-24", "in-force", &amended);
    repo.record("kz/new-media", "2024-06-19", "signed", NEW);
    name_in_register(&repo, "kz/new-media", "replaces = \"kz/old-media\"");
    name_in_register(
        &repo,
        "kz/old-media",
        "replaced-by = \"kz/new-media\"\nrepealed-by = \"Закон РК от 19 июня 2024 года № 93-VIII\"",
    );
    repo
}

fn position(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("no {needle:?} in:\n{haystack}"))
}

#[test]
fn log_shows_the_predecessor_versions_first_and_compares_across_the_seam() {
    let repo = succession_repo();
    let out = repo.run(&["log", "kz/new-media"]).success();
    let old_heading = position(
        &out,
        "kz/old-media (predecessor; repealed by Закон РК от 19 июня 2024 года № 93-VIII)",
    );
    let old_first = position(&out, "2017-12-28-in-force");
    let old_last = position(&out, "2021-11-24-in-force");
    let new_heading = position(&out, "kz/new-media (replaces kz/old-media)");
    let new_first = position(&out, "2024-06-19-signed");
    assert!(old_heading < old_first && old_first < old_last && old_last < new_heading);
    assert!(new_heading < new_first);
    let seam = out[new_first..].lines().next().unwrap_or_default();
    assert!(
        seam.contains("1 added, 1 removed, 1 amended, 2 renumbered"),
        "{seam}"
    );
    assert_eq!(out.matches("first version").count(), 1, "{out}");

    let old_log = repo.run(&["log", "kz/old-media"]).success();
    assert!(
        old_log.starts_with("kz/old-media (replaced by kz/new-media; repealed by Закон РК"),
        "{old_log}"
    );
    assert!(!old_log.contains("2024-06-19-signed"), "{old_log}");
}

#[test]
fn diff_compares_the_last_old_version_with_the_first_new_one() {
    let repo = succession_repo();
    let named = repo
        .run(&["diff", "kz/new-media", "kz/old-media@latest", "2024-06-19"])
        .success();
    assert!(
        named.starts_with("kz/new-media: kz/old-media@2021-11-24-in-force (in-force, 2021-11-24) → 2024-06-19-signed"),
        "{named}"
    );
    for expected in [
        // Numbers of another act are no evidence: the words pair article 1.
        "ст. 1 — amended",
        "ст. 2 — added",
        "ст. 2 → ст. 3 — renumbered",
        "ст. 4 — removed",
        "ст. 5 → ст. 6 — renumbered",
        "fine: raised ×10",
    ] {
        assert!(named.contains(expected), "no {expected:?} in:\n{named}");
    }
    // Without FROM, the version before the new act's first is the old act's last.
    let implicit = repo
        .run(&["diff", "kz/new-media", "--format", "json"])
        .success();
    let json: serde_json::Value = serde_json::from_str(&implicit).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json["from"]["label"], "kz/old-media@2021-11-24-in-force");
    assert_eq!(json["from"]["path"], "statutes/kz/old-media.md");
    assert_eq!(json["to"]["id"], "2024-06-19-signed");
    let explicit = repo
        .run(&[
            "diff",
            "kz/new-media",
            "previous",
            "latest",
            "--format",
            "json",
        ])
        .success();
    assert_eq!(explicit, implicit);
    // A date names the old act's version in force then.
    let dated = repo
        .run(&["diff", "kz/new-media", "kz/old-media@2018-01-01", "latest"])
        .success();
    assert!(
        dated.contains("kz/old-media@2017-12-28-in-force"),
        "{dated}"
    );
}

#[test]
fn show_and_scan_take_a_version_of_another_act() {
    let repo = succession_repo();
    let out = repo
        .run(&[
            "show",
            "kz/new-media",
            "ст. 5",
            "--at",
            "kz/old-media@2017-12-28",
        ])
        .success();
    assert!(out.starts_with("kz/old-media ст. 5"), "{out}");
    assert!(out.contains("до 80 месячных"), "{out}");
}

#[test]
fn a_version_of_an_unknown_act_is_a_one_line_error() {
    let repo = succession_repo();
    let err = repo
        .run(&["diff", "kz/new-media", "kz/old-medai@latest", "latest"])
        .failure();
    assert!(err.contains("kz/old-medai"), "{err}");
    let err = repo
        .run(&["diff", "kz/new-media", "kz/old-media@1990-01-01", "latest"])
        .failure();
    assert!(
        err.contains("kz/old-media") && err.contains("1990-01-01"),
        "{err}"
    );
}

#[test]
fn blame_dates_wording_carried_over_from_the_predecessor() {
    let repo = succession_repo();
    let out = squeeze_spaces(&repo.run(&["blame", "kz/new-media", "ст. 3"]).success());
    assert!(
        out.contains("2017-12-28 in-force kz/old-media@ст. 2 п. 1 | 1. Цензура запрещается."),
        "{out}"
    );
    let out = squeeze_spaces(&repo.run(&["blame", "kz/new-media", "ст. 6"]).success());
    assert!(
        out.contains("2017-12-28 in-force kz/old-media@ст. 5 п. 1 | 1. Распространение информации"),
        "{out}"
    );
    assert!(
        out.contains("2024-06-19 signed ст. 6 п. 1 | влечет штраф в размере до 800"),
        "{out}"
    );
}

#[test]
fn feed_check_and_commentary_compare_the_first_version_with_the_predecessor() {
    let repo = succession_repo();
    let feed = repo.run(&["feed"]).success();
    let xml = roxmltree::Document::parse(&feed).unwrap_or_else(|e| panic!("invalid XML: {e}"));
    let entry = xml
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .find(|e| {
            e.children().any(|c| {
                c.has_tag_name("title") && c.text().is_some_and(|t| t.contains("kz/new-media"))
            })
        })
        .unwrap_or_else(|| panic!("no entry for kz/new-media:\n{feed}"));
    let text: String = entry.descendants().filter_map(|n| n.text()).collect();
    assert!(text.contains("fine: raised ×10"), "{text}");

    // The new act recorded (with its register naming the old one) since the old act's last version.
    let out = repo.run(&["check", "--base", "HEAD~3"]);
    assert_eq!(out.code, 1, "{}\n{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("kz/old-media@2021-11-24-in-force"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("fine: raised ×10"), "{}", out.stdout);
    assert!(!out.stdout.contains("5 added"), "{}", out.stdout);

    repo.run(&["commentary", "kz/new-media", "-o", "new.md"])
        .success();
    let md = std::fs::read_to_string(repo.path().join("new.md")).unwrap_or_else(|e| panic!("{e}"));
    assert!(md.contains("** (kz/old-media) |"), "{md}");
    assert!(md.contains("×10"), "{md}");
}

#[test]
fn recording_keeps_the_act_table() {
    let repo = succession_repo();
    let newer = NEW.replace("до 800", "до 900");
    repo.record("kz/new-media", "2025-01-01", "in-force", &newer);
    let register = std::fs::read_to_string(repo.path().join("history/kz/new-media.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        register.contains("[act]\nreplaces = \"kz/old-media\"\n"),
        "{register}"
    );
    // With two versions of its own, the act's default comparison is its own pair.
    let out = repo.run(&["diff", "kz/new-media"]).success();
    assert!(out.starts_with("kz/new-media: 2024-06-19-signed"), "{out}");
}

#[test]
fn a_predecessor_not_in_the_repository_is_no_predecessor() {
    let repo = TestRepo::new();
    repo.record("kz/new-media", "2024-06-19", "signed", NEW);
    name_in_register(&repo, "kz/new-media", "replaces = \"kz/absent-law\"");
    let log = repo.run(&["log", "kz/new-media"]).success();
    assert!(
        log.starts_with("kz/new-media (replaces kz/absent-law, not recorded in this repository)"),
        "{log}"
    );
    assert!(log.contains("first version: 4 articles"), "{log}");
    let err = repo.run(&["diff", "kz/new-media"]).failure();
    assert!(err.contains("no version before 2024-06-19-signed"), "{err}");
    let out = repo.run(&["blame", "kz/new-media", "ст. 3"]).success();
    assert!(out.contains("2024-06-19 signed"), "{out}");
    repo.run(&["feed"]).success();
}

#[test]
fn a_misspelt_act_table_key_names_the_register() {
    let repo = TestRepo::new();
    repo.record("kz/new-media", "2024-06-19", "signed", NEW);
    name_in_register(&repo, "kz/new-media", "replace = \"kz/old-media\"");
    let err = repo.run(&["log", "kz/new-media"]).failure();
    assert!(err.contains("history/kz/new-media.toml"), "{err}");
}

#[test]
fn bundled_2024_law_follows_the_1999_law() {
    let acts = corpus(&["acts"]).success();
    for act in [
        "kz/mass-media-2024-ru",
        "kz/mass-media-2024-kk",
        "kz/cao-ch26-kk",
    ] {
        assert!(acts.contains(act), "{act} not in:\n{acts}");
    }
    let log = corpus(&["log", "kz/mass-media-2024-ru"]).success();
    let old_last = position(&log, "2021-11-24-in-force");
    let heading = position(
        &log,
        "kz/mass-media-2024-ru (replaces kz/mass-media-1999-ru)",
    );
    let new_first = position(&log, "2024-06-19-signed");
    let new_last = position(&log, "2025-01-01-in-force");
    assert!(old_last < heading && heading < new_first && new_first < new_last);

    let out = corpus(&[
        "diff",
        "kz/mass-media-2024-ru",
        "kz/mass-media-1999-ru@latest",
        "2024-06-19-signed",
        "--format",
        "json",
    ])
    .success();
    let json: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        json["from"]["label"],
        "kz/mass-media-1999-ru@2021-11-24-in-force"
    );
    let changes = json["changes"].as_array().cloned().unwrap_or_default();
    let count = |kind: &str| changes.iter().filter(|c| c["kind"] == kind).count();
    for kind in ["moved", "amended", "added", "removed"] {
        assert!(count(kind) > 0, "no {kind} change among {}", changes.len());
    }
    assert!(
        count("added") < changes.len() / 2,
        "{} of {} added",
        count("added"),
        changes.len()
    );
    let findings: usize = changes
        .iter()
        .map(|c| c["findings"].as_array().map_or(0, Vec::len))
        .sum();
    assert!(findings > 0, "no findings");
    // Across acts a number is no evidence: article 11 of 1999 (registration
    // applications) is not article 11 of 2024 (suicide propaganda).
    let pair = |old: &str, new: &str| {
        changes
            .iter()
            .any(|c| c["old"]["citation"] == old && c["new"]["citation"] == new)
    };
    assert!(
        !pair("ст. 11", "ст. 11"),
        "1999 art. 11 paired with 2024 art. 11"
    );
    // Journalists' rights, a whole article in 1999, are paragraph 3 of art. 26 in 2024.
    assert!(
        pair("ст. 20", "ст. 26 п. 3"),
        "ст. 20 → ст. 26 п. 3 not followed"
    );

    // The Kazakh 2024 Law has no Kazakh predecessor in the corpus: its first version stands alone.
    let kk = corpus(&["log", "kz/mass-media-2024-kk"]).success();
    assert!(kk.starts_with("kz/mass-media-2024-kk\n"), "{kk}");
    assert!(kk.contains("first version"), "{kk}");
}

#[test]
fn an_untitled_text_takes_the_register_title_which_recording_keeps() {
    let repo = TestRepo::new();
    // An official text as published: no front-matter title, no level-1 heading.
    let untitled = |fine: &str| {
        format!(
            "+++\nact = \"kz/chapter\"\nlanguage = \"ru\"\n+++\n## Глава 26. ПЕЧАТЬ\n\n### Статья 1. Ответственность\n\n1. Распространение ложной информации –\n\n   влечет штраф в размере {fine} месячных расчетных показателей.\n"
        )
    };
    repo.record("kz/chapter", "2017-01-01", "in-force", &untitled("десяти"));
    let title = "Кодекс об административных правонарушениях. Глава 26. Печать";
    name_in_register(&repo, "kz/chapter", &format!("title = \"{title}\""));
    repo.record(
        "kz/chapter",
        "2024-01-01",
        "in-force",
        &untitled("двадцати"),
    );
    let register = std::fs::read_to_string(repo.path().join("history/kz/chapter.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        register.contains(&format!("[act]\ntitle = \"{title}\"\n")),
        "{register}"
    );
    let acts = repo.run(&["acts"]).success();
    assert!(
        acts.lines()
            .any(|l| l.starts_with("kz/chapter ") && l.ends_with(&format!("  {title}"))),
        "{acts}"
    );
    for layout in ["sections", "table"] {
        repo.run(&["commentary", "kz/chapter", "--layout", layout, "-o", "c.md"])
            .success();
        let md =
            std::fs::read_to_string(repo.path().join("c.md")).unwrap_or_else(|e| panic!("{e}"));
        let first = md.lines().next().unwrap_or_default();
        assert!(first.ends_with(&format!(": {title}")), "{layout}: {first}");
    }
    let md = repo
        .run(&["diff", "kz/chapter", "--format", "markdown"])
        .success();
    assert!(
        md.starts_with(&format!("# Изменения: {title}\n\n*kz/chapter*\n")),
        "{md}"
    );
}
