//! Issue 14: crash-safe and one-at-a-time `record`, `unrecord`, record guards,
//! symbolic links, special files, closed pipes, and the errors a person can act on.

use crate::common::{TestRepo, corpus, run_in};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

const V1: &str = "+++
act = \"kz/test-law\"
language = \"en\"
+++
### Article 1. Scope

1. This Law applies to mass media.

### Article 2. Liability

1. Dissemination of false information shall entail a fine of up to eighty monthly calculation indices.
";

const V2: &str = "+++
act = \"kz/test-law\"
language = \"en\"
+++
### Article 1. Scope

1. This Law applies to mass media and online platforms.

### Article 2. Liability

1. Dissemination of false information shall entail a fine of up to one hundred monthly calculation indices.
";

const V3: &str = "+++
act = \"kz/test-law\"
language = \"en\"
+++
### Article 1. Scope

1. This Law applies to mass media, online platforms and bloggers.

### Article 2. Liability

1. Dissemination of false information shall entail a fine of up to two hundred monthly calculation indices.
";

fn lexwatch() -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("lexwatch"));
    cmd.env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("NO_COLOR", "1")
        .env_remove("GIT_DIR");
    cmd
}

fn record_args<'a>(file: &'a str, date: &'a str) -> Vec<&'a str> {
    vec![
        "record",
        file,
        "--act",
        "kz/test-law",
        "--date",
        date,
        "--stage",
        "draft",
    ]
}

/// Starts `lexwatch args` paused after `step`, and returns once it has said so.
fn start_paused(repo: &TestRepo, args: &[&str], step: &str) -> Child {
    let mut child = lexwatch()
        .current_dir(repo.path())
        .env("HOME", repo.path())
        .env("LEXWATCH_TEST_PAUSE_AT", step)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    let stderr = child.stderr.take().unwrap_or_else(|| panic!("no stderr"));
    let mut lines = BufReader::new(stderr).lines();
    let paused = format!("lexwatch: paused at {step}");
    loop {
        match lines.next() {
            Some(Ok(line)) if line == paused => break,
            Some(Ok(_)) => {}
            _ => {
                let status = child.wait();
                panic!("lexwatch ended before pausing at {step}: {status:?}");
            }
        }
    }
    child
}

/// The repository's files agree with HEAD: register, statute file and commit.
fn assert_consistent(repo: &TestRepo) {
    let git = git2::Repository::open(repo.path()).unwrap_or_else(|e| panic!("{e}"));
    let mut options = git2::StatusOptions::new();
    options.include_untracked(true);
    let statuses = git
        .statuses(Some(&mut options))
        .unwrap_or_else(|e| panic!("{e}"));
    let dirty: Vec<String> = statuses
        .iter()
        .filter_map(|s| s.path().ok().map(str::to_string))
        .filter(|p| p.starts_with("statutes") || p.starts_with("history"))
        .collect();
    assert!(
        dirty.is_empty(),
        "working tree differs from HEAD: {dirty:?}"
    );
    for leftover in [
        "index.lock",
        "refs/heads/master.lock",
        "refs/heads/main.lock",
    ] {
        assert!(
            !repo.path().join(".git").join(leftover).exists(),
            "stale {leftover}"
        );
    }
    let log = repo.run(&["log", "kz/test-law"]).success();
    assert!(log.contains("2023-01-01"), "{log}");
    match Command::new("git")
        .args(["fsck", "--no-dangling"])
        .current_dir(repo.path())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
    {
        Ok(out) => assert!(
            out.status.success(),
            "git fsck: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => println!("skipping git fsck: the git command is not available ({e})"),
    }
}

#[test]
fn record_killed_at_any_step_is_finished_or_rolled_back_by_the_next_write() {
    let steps = [
        ("objects-written", false),
        ("journal-written", false),
        ("branch-moved", true),
        ("file-written", true),
        ("index-written", true),
    ];
    for (step, lands) in steps {
        let repo = TestRepo::new();
        repo.record("kz/test-law", "2023-01-01", "draft", V1);
        repo.write("v2.md", V2);
        repo.write("v3.md", V3);
        let mut child = start_paused(&repo, &record_args("v2.md", "2024-01-01"), step);
        child.kill().unwrap_or_else(|e| panic!("kill: {e}"));
        let _ = child.wait();
        if step == "branch-moved" {
            // A kill inside git's own index write leaves its lock behind.
            std::fs::write(repo.path().join(".git/index.lock"), b"").unwrap_or_default();
        }
        let next = repo.run(&record_args("v3.md", "2025-01-01"));
        assert_eq!(next.code, 0, "after a kill at {step}: {next:?}");
        // Killed before the journal, only unreferenced objects exist: nothing to say.
        let expected = match (lands, step) {
            (true, _) => "lexwatch: finished an interrupted record of kz/test-law 2024-01-01-draft",
            (false, "objects-written") => "",
            (false, _) => {
                "lexwatch: rolled back an interrupted record of kz/test-law 2024-01-01-draft"
            }
        };
        assert!(next.stderr.contains(expected), "{step}: {}", next.stderr);
        assert_eq!(
            next.stderr.contains("interrupted"),
            !expected.is_empty(),
            "{step}: {}",
            next.stderr
        );
        assert_consistent(&repo);
        let log = repo.run(&["log", "kz/test-law"]).success();
        assert_eq!(log.contains("2024-01-01"), lands, "{step}: {log}");
        assert!(log.contains("2025-01-01"), "{step}: {log}");
        let on_disk = std::fs::read_to_string(repo.path().join("statutes/kz/test-law.md"))
            .unwrap_or_default();
        assert_eq!(on_disk, V3, "{step}");
        let leftovers: Vec<String> = std::fs::read_dir(repo.path().join("statutes/kz"))
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n != "test-law.md")
                    .collect()
            })
            .unwrap_or_default();
        assert!(leftovers.is_empty(), "{step}: {leftovers:?}");
    }
}

#[test]
fn two_records_at_once_one_wins_the_other_is_told_the_repository_is_busy() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    repo.write("v2.md", V2);
    repo.write("v3.md", V3);
    let mut first = start_paused(
        &repo,
        &record_args("v2.md", "2024-01-01"),
        "journal-written",
    );
    let second = repo.run(&record_args("v3.md", "2025-01-01"));
    let err = second.failure();
    assert!(err.contains("repository busy"), "{err}");
    first.kill().unwrap_or_else(|e| panic!("kill: {e}"));
    let _ = first.wait();
    // The winner was killed before its branch moved: the next record rolls it back.
    repo.run(&record_args("v3.md", "2025-01-01")).success();
    assert_consistent(&repo);
}

#[test]
fn a_planted_symlink_is_never_written_through() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    let outside = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let victim = outside.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap_or_else(|e| panic!("{e}"));
    // The old fixed temporary names, planted as links to the victim.
    for planted in [
        "statutes/kz/test-law.lexwatch-tmp",
        "history/kz/test-law.lexwatch-tmp",
        ".out.md.lexwatch-tmp",
    ] {
        std::os::unix::fs::symlink(&victim, repo.path().join(planted))
            .unwrap_or_else(|e| panic!("{e}"));
    }
    repo.write("v2.md", V2);
    repo.run(&record_args("v2.md", "2024-01-01")).success();
    repo.run(&["diff", "kz/test-law", "-o", "out.md"]).success();
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap_or_default(),
        "precious"
    );
    assert!(repo.path().join("out.md").is_file());
}

#[test]
fn a_symlinked_folder_under_statutes_is_refused_and_nothing_is_written_outside() {
    let repo = TestRepo::new();
    let outside = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(outside.path(), repo.path().join("statutes/kz"))
        .unwrap_or_else(|e| panic!("{e}"));
    repo.write("v1.md", V1);
    let err = repo.run(&record_args("v1.md", "2023-01-01")).failure();
    assert!(err.contains("statutes/kz is a symbolic link"), "{err}");
    assert_eq!(
        std::fs::read_dir(outside.path())
            .map(|d| d.count())
            .unwrap_or(0),
        0,
        "record wrote outside the repository"
    );
    let log = repo.run(&["acts"]).success();
    assert!(!log.contains("kz/test-law"), "{log}");
}

#[test]
fn output_onto_a_fifo_or_a_device_is_refused_and_the_node_kept() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    repo.record("kz/test-law", "2024-01-01", "draft", V2);
    let fifo = repo.path().join("pipe");
    match Command::new("mkfifo").arg(&fifo).status() {
        Ok(status) if status.success() => {
            let err = repo.run(&["diff", "kz/test-law", "-o", "pipe"]).failure();
            assert!(err.contains("pipe: not a regular file"), "{err}");
            let meta = std::fs::symlink_metadata(&fifo).unwrap_or_else(|e| panic!("{e}"));
            assert!(!meta.is_file(), "the FIFO was replaced by a file");
        }
        _ => println!("skipping the FIFO case: mkfifo is not available"),
    }
    let err = repo
        .run(&["diff", "kz/test-law", "-o", "/dev/null"])
        .failure();
    assert!(err.contains("/dev/null: not a regular file"), "{err}");
}

#[test]
fn a_closed_pipe_after_the_commit_is_success_and_a_full_disk_one_line() {
    let repo = TestRepo::new();
    repo.write("v1.md", V1);
    let (reader, writer) = std::io::pipe().unwrap_or_else(|e| panic!("{e}"));
    drop(reader);
    let status = lexwatch()
        .current_dir(repo.path())
        .env("HOME", repo.path())
        .args(record_args("v1.md", "2023-01-01"))
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        status.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(
        repo.run(&["log", "kz/test-law"])
            .success()
            .contains("2023-01-01")
    );
    if Path::new("/dev/full").exists() {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap_or_else(|e| panic!("{e}"));
        let out = lexwatch()
            .current_dir(repo.path())
            .env("HOME", repo.path())
            .args(["show", "kz/test-law"])
            .stdout(full)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.starts_with("lexwatch: error: cannot write output"),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn record_refuses_an_identical_text_and_another_acts_file_unless_told() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    repo.write("same.md", V1);
    let args = record_args("same.md", "2024-01-01");
    let out = repo.run(&args);
    assert!(
        out.stderr.contains("hint: pass --allow-identical"),
        "{}",
        out.stderr
    );
    let err = out.failure();
    assert!(
        err.contains("identical to version 2023-01-01-draft"),
        "{err}"
    );
    let mut forced = args.clone();
    forced.push("--allow-identical");
    repo.run(&forced).success();

    repo.write("other.md", &V2.replace("kz/test-law", "kz/other-law"));
    let args = record_args("other.md", "2025-01-01");
    let out = repo.run(&args);
    assert!(
        out.stderr.contains("hint: pass --allow-other-act"),
        "{}",
        out.stderr
    );
    let err = out.failure();
    assert!(
        err.contains("front matter names act \"kz/other-law\""),
        "{err}"
    );
    let mut forced = args.clone();
    forced.push("--allow-other-act");
    repo.run(&forced).success();
}

#[test]
fn record_warns_about_an_unrelated_text_and_a_future_in_force_date() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    repo.write(
        "wrong.md",
        "### Статья 5. Налог на имущество\n\n1. Ставка налога устанавливается решением маслихата.\n",
    );
    let out = repo.run(&record_args("wrong.md", "2024-01-01"));
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stderr
            .contains("of its words with version 2023-01-01-draft; is it the right file?"),
        "{}",
        out.stderr
    );
    repo.write("v2.md", V2);
    let out = repo.run(&[
        "record",
        "v2.md",
        "--act",
        "kz/test-law",
        "--date",
        "2999-01-01",
        "--stage",
        "in-force",
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stderr
            .contains("warning: the in-force date 2999-01-01 is in the future"),
        "{}",
        out.stderr
    );
}

#[test]
fn version_ids_that_are_empty_markup_or_version_words_are_refused() {
    let repo = TestRepo::new();
    repo.write("v1.md", V1);
    let before = repo.snapshot();
    for id in [
        "",
        "a\nb",
        "<script>",
        "latest",
        "Latest",
        "HEAD",
        "previous",
        "newest",
        "draft",
        "2023-01-01",
    ] {
        let mut args = record_args("v1.md", "2023-01-01");
        args.extend(["--id", id]);
        let err = repo.run(&args).failure();
        assert!(err.contains("invalid version id"), "{id:?}: {err}");
    }
    assert!(before == repo.snapshot(), "a refused id wrote something");
}

#[test]
fn unrecord_undoes_the_last_record_in_one_commit() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    repo.record("kz/test-law", "2024-01-01", "draft", V2);
    let err = repo
        .run(&["unrecord", "kz/test-law", "2023-01-01-draft"])
        .failure();
    assert!(
        err.contains(
            "2023-01-01-draft is not the last recorded version (that is 2024-01-01-draft)"
        ),
        "{err}"
    );
    let out = repo
        .run(&["unrecord", "kz/test-law", "2024-01-01-draft"])
        .success();
    assert!(
        out.contains("Unrecorded kz/test-law 2024-01-01-draft (draft, 2024-01-01); the newest version is now 2023-01-01-draft"),
        "{out}"
    );
    let on_disk =
        std::fs::read_to_string(repo.path().join("statutes/kz/test-law.md")).unwrap_or_default();
    assert_eq!(on_disk, V1);
    assert_consistent(&repo);
    let git = git2::Repository::open(repo.path()).unwrap_or_else(|e| panic!("{e}"));
    let head = git
        .head()
        .and_then(|h| h.peel_to_commit())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(head.parent_count(), 1);
    assert!(
        head.summary()
            .ok()
            .flatten()
            .unwrap_or("")
            .starts_with("Unrecord kz/test-law")
    );
    // The first record can go too; the act then disappears.
    repo.run(&["unrecord", "kz/test-law", "2023-01-01-draft"])
        .success();
    assert!(!repo.path().join("statutes/kz/test-law.md").exists());
    assert!(!repo.run(&["acts"]).success().contains("kz/test-law"));
}

#[test]
fn a_bare_repository_is_named_as_bare() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    git2::Repository::init_bare(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let err = run_in(dir.path(), &["acts"]).failure();
    assert!(err.contains("a bare git repository"), "{err}");
}

#[test]
fn act_ids_resolve_by_case_and_short_id_and_suggest_the_nearest() {
    let lower = corpus(&["log", "kz/cao-ch26-ru"]).success();
    assert_eq!(corpus(&["log", "KZ/CAO-CH26-RU"]).success(), lower);
    assert_eq!(corpus(&["log", "cao-ch26-ru"]).success(), lower);
    let out = corpus(&["diff", "kz/cao-ch26"]);
    assert!(
        out.stderr
            .contains("hint: did you mean kz/cao-ch26-kk or kz/cao-ch26-ru?"),
        "{}",
        out.stderr
    );
    let err = out.failure();
    assert_eq!(err, "lexwatch: error: unknown act \"kz/cao-ch26\"");
    let out = corpus(&["log", "kz/mass-media-2042-ru"]);
    assert!(
        out.stderr.contains("did you mean kz/mass-media-2024-ru?"),
        "{}",
        out.stderr
    );
}

#[test]
fn scan_of_a_missing_file_says_file_not_found() {
    let err = corpus(&["scan", "nofile.md"]).failure();
    assert_eq!(err, "lexwatch: error: nofile.md: file not found");
}

#[test]
fn an_ambiguous_citation_is_asked_about() {
    let out = corpus(&["show", "kz/cao-ch26-ru", "456.2"]);
    assert!(
        out.stderr
            .contains("hint: say which: \"art. 456-2\" or \"art. 456 para. 2\""),
        "{}",
        out.stderr
    );
    let err = out.failure();
    assert!(err.contains("\"456.2\" is ambiguous"), "{err}");
}

#[test]
fn citations_as_people_type_them_reach_the_same_provision() {
    let expected = corpus(&["show", "kz/criminal-code-ch04-05-ru", "ст. 174 ч. 1"]).success();
    for typed in [
        "Article 174(1)",
        "174(1)",
        "«ст.174 ч.1»",
        "статья 174 часть 1",
        "ч. 1 ст. 174",
        "174-бап 1-бөлік",
    ] {
        let out = corpus(&["show", "kz/criminal-code-ch04-05-ru", typed]).success();
        assert_eq!(out, expected, "{typed}");
    }
    let article = corpus(&["show", "kz/cao-ch26-kk", "456-2-бап"]).success();
    for typed in [
        "456\u{2010}2-бап",
        "456\u{2011}2 бап",
        "ст. 456\u{2013}2",
        "art 456\u{2212}2",
    ] {
        let out = corpus(&["show", "kz/cao-ch26-kk", typed]).success();
        assert_eq!(out, article, "{typed}");
    }
    let part = corpus(&["show", "kz/cao-ch26-kk", "456-2-бап 1-бөлік"]).success();
    assert!(part.contains("456-2-бап"), "{part}");
}

#[test]
fn a_provision_held_by_another_act_names_that_act() {
    let out = corpus(&["show", "kz/criminal-code-ch04-05-ru", "ст. 274"]);
    assert!(
        out.stderr
            .contains("hint: lexwatch show kz/criminal-code-ch09-10-ru \"ст. 274\""),
        "{}",
        out.stderr
    );
    let err = out.failure();
    assert_eq!(
        err,
        "lexwatch: error: kz/criminal-code-ch04-05-ru version 2025-09-16-in-force has no ст. 274: \
         kz/criminal-code-ch09-10-ru, kz/criminal-code hold it"
    );
}

#[test]
fn a_missing_part_says_which_parts_the_article_has() {
    let err = corpus(&["show", "kz/criminal-code-ch04-05-ru", "ст. 174 п. 9"]).failure();
    assert!(
        err.ends_with("has no ст. 174 ч. 9: ст. 174 has parts 1–3"),
        "{err}"
    );
}

#[test]
fn an_article_not_yet_in_force_names_the_version_it_first_appears_in() {
    let out = corpus(&["show", "kz/cao-ch26-ru", "--at", "2017-12-28", "ст. 456-2"]);
    assert!(
        out.stderr
            .contains("hint: show it with --at 2024-09-09-in-force"),
        "{}",
        out.stderr
    );
    let err = out.failure();
    assert!(
        err.ends_with(
            "kz/cao-ch26-ru version 2017-12-28-in-force has no ст. 456-2: \
             it first appears in 2024-09-09-in-force (2024-09-09)"
        ),
        "{err}"
    );
}

#[test]
fn a_date_before_the_first_version_names_the_earliest() {
    for args in [
        &["diff", "kz/cao-ch26-ru", "2010-01-01"][..],
        &["show", "kz/cao-ch26-ru", "--at", "2010-01-01"],
    ] {
        let out = corpus(args);
        assert!(
            out.stderr
                .contains("hint: name 2017-12-28-in-force, or a date from 2017-12-28 on"),
            "{}",
            out.stderr
        );
        let err = out.failure();
        assert_eq!(
            err,
            "lexwatch: error: kz/cao-ch26-ru has no version on 2010-01-01: \
             its earliest is 2017-12-28-in-force of 2017-12-28"
        );
    }
}

#[test]
fn a_removed_article_names_the_last_version_that_had_it() {
    let repo = TestRepo::new();
    let v1 = "### Article 1. Scope\n\n1. This Law applies to media.\n\n\
              ### Article 2. Licences\n\n1. A licence is required.\n";
    let v2 = "### Article 1. Scope\n\n1. This Law applies to media and platforms.\n";
    repo.record("kz/media", "2020-01-01", "in-force", v1);
    repo.record("kz/media", "2024-01-01", "in-force", v2);
    let err = repo.run(&["show", "kz/media", "art. 2"]).failure();
    assert!(
        err.ends_with("has no art. 2: it was last in 2020-01-01-in-force (2020-01-01)"),
        "{err}"
    );
    let err = repo.run(&["show", "kz/media", "art. 7"]).failure();
    assert!(
        err.ends_with("has no art. 7 (its only article is 1)"),
        "{err}"
    );
}

/// The (kind, old citation, new citation) of each change of a JSON report.
fn change_list(json: &str) -> Vec<(String, String, String)> {
    let report: serde_json::Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"));
    let side = |c: &serde_json::Value, s: &str| c[s]["citation"].as_str().unwrap_or("").to_string();
    report["changes"]
        .as_array()
        .map(|changes| {
            changes
                .iter()
                .map(|c| {
                    let kind = c["kind"].as_str().unwrap_or("").to_string();
                    (kind, side(c, "old"), side(c, "new"))
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn diff_only_keeps_one_provision_its_parts_and_what_moved_into_it() {
    let json = corpus(&[
        "diff",
        "kz/cao-ch26-ru",
        "--only",
        "ст. 456-2",
        "--format",
        "json",
    ])
    .success();
    let strings = |k: &str, o: &str, n: &str| (k.to_string(), o.to_string(), n.to_string());
    assert_eq!(
        change_list(&json),
        [
            strings("added", "", "ст. 456-2"),
            strings("moved", "ст. 456-1 ч. 2", "ст. 456-2 ч. 1"),
        ]
    );
    let report: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    assert_eq!(
        report["summary"],
        serde_json::json!({"added": 1, "moved": 1})
    );
    let keys = report["key_changes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!keys.is_empty());
    assert!(
        keys.iter().all(|k| k["citation"]
            .as_str()
            .is_some_and(|c| c.starts_with("ст. 456-2"))),
        "{keys:?}"
    );
    // The article the parts left: every change has ст. 452 on one side.
    let json = corpus(&[
        "diff",
        "kz/cao-ch26-ru",
        "--only",
        "ст. 452",
        "--format",
        "json",
    ])
    .success();
    let changes = change_list(&json);
    assert_eq!(changes.len(), 11, "{changes:?}");
    assert!(
        changes.iter().all(|(_, old, _)| old.starts_with("ст. 452")),
        "{changes:?}"
    );
    // The text report says so too, and a provision in neither version is an error.
    let text = corpus(&["diff", "kz/cao-ch26-ru", "--only", "456-2"]).success();
    assert!(text.contains("2 changes: 1 added, 1 moved"), "{text}");
    assert!(!text.contains("ст. 451"), "{text}");
    let err = corpus(&["diff", "kz/cao-ch26-ru", "--only", "ст. 999"]).failure();
    assert!(
        err.contains("has no ст. 999 (articles 451 to 456-2)"),
        "{err}"
    );
}

#[test]
fn commentary_and_check_only_see_the_one_provision() {
    let repo = TestRepo::new();
    let v1 = "### Article 1. Scope\n\n1. This Law applies to mass media.\n\n\
              ### Article 2. Fines\n\n1. A fine of ten MCI shall be imposed.\n";
    let v2 = "### Article 1. Scope\n\n1. This Law applies to mass media and false information.\n\n\
              ### Article 2. Fines\n\n1. A fine of fifty MCI shall be imposed.\n";
    repo.record("kz/media", "2020-01-01", "in-force", v1);
    repo.record("kz/media", "2024-01-01", "in-force", v2);
    repo.run(&["commentary", "kz/media", "--only", "art. 2", "-o", "c.md"])
        .success();
    let md = std::fs::read_to_string(repo.path().join("c.md")).unwrap_or_default();
    assert!(md.contains("1 change: 1 amended; 0 findings"), "{md}");
    assert!(md.contains("| art. 2 para. 1 | amended |"), "{md}");
    assert!(!md.contains("false information"), "{md}");
    // The vague term is in art. 1: the gate on art. 2 does not see it.
    let all = repo.run(&["check", "--format", "json"]);
    assert_eq!(all.code, 1, "{}", all.stderr);
    let one = repo.run(&["check", "--only", "art. 1", "--format", "json"]);
    assert_eq!(one.code, 1, "{}", one.stderr);
    let two = repo.run(&["check", "--only", "art. 2", "--format", "json"]);
    let reports: serde_json::Value = serde_json::from_str(&two.stdout).unwrap_or_default();
    let citations: Vec<String> = reports[0]["changes"]
        .as_array()
        .map(|c| {
            c.iter()
                .filter_map(|c| c["new"]["citation"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(citations, ["art. 2 para. 1"], "{}", two.stdout);
    assert_eq!(two.code, 0, "{}", two.stdout);
    let err = repo.run(&["check", "--only", "456.2"]).failure();
    assert!(err.contains("ambiguous"), "{err}");
}

#[test]
fn unknown_keys_in_lexwatch_toml_are_refused_with_line_and_nearest_key() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2020-01-01", "in-force", V1);
    for (text, expected) in [
        (
            "[check]\nfail_on = \"high\"\n",
            "lexwatch.toml:2: unknown key `fail_on` in [check]; did you mean `fail-on`?",
        ),
        (
            "\n[chek]\nfail-on = \"high\"\n",
            "lexwatch.toml:2: unknown table `chek`; did you mean `check`?",
        ),
    ] {
        repo.write("lexwatch.toml", text);
        for args in [&["check"][..], &["scan", "kz/test-law"]] {
            let err = repo.run(args).failure();
            assert!(err.ends_with(expected), "{args:?}: {err}");
        }
    }
    repo.write("lexwatch.toml", "[check]\nfail-on = \"high\"\n");
    let out = repo.run(&["check"]);
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
}

/// Sets the author and committer time of HEAD, so that a test knows when a version was recorded.
fn backdate_head(repo: &TestRepo, seconds: i64) {
    let git = git2::Repository::open(repo.path()).unwrap_or_else(|e| panic!("{e}"));
    let head = git
        .head()
        .and_then(|h| h.peel_to_commit())
        .unwrap_or_else(|e| panic!("{e}"));
    let when = git2::Time::new(seconds, 0);
    let signature = git2::Signature::new("Test Analyst", "analyst@example.org", &when)
        .unwrap_or_else(|e| panic!("{e}"));
    head.amend(
        Some("HEAD"),
        Some(&signature),
        Some(&signature),
        None,
        None,
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"));
}

/// HEAD's commit time as RFC 3339 in UTC.
fn head_time(repo: &TestRepo) -> String {
    let git = git2::Repository::open(repo.path()).unwrap_or_else(|e| panic!("{e}"));
    let head = git
        .head()
        .and_then(|h| h.peel_to_commit())
        .unwrap_or_else(|e| panic!("{e}"));
    chrono::DateTime::from_timestamp(head.time().seconds(), 0)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

#[test]
fn feed_entries_are_updated_when_recorded_and_published_on_their_legal_date() {
    let repo = TestRepo::new();
    repo.write("v2.md", V2);
    let mut args = record_args("v2.md", "2024-01-01");
    args.extend(["--id", "2024-редакция"]);
    repo.run(&args).success();
    backdate_head(&repo, 1_735_689_600); // 2025-01-01T00:00:00Z
    // An older draft found later: its legal date is 2020, its recording now.
    repo.write("v1.md", V1);
    repo.run(&record_args("v1.md", "2020-01-01")).success();
    let recorded = head_time(&repo);
    assert!(recorded.as_str() > "2025-01-01T00:00:00Z", "{recorded}");

    let feed = repo
        .run(&["feed", "--base-url", "https://example.org/lw/"])
        .success();
    let doc = roxmltree::Document::parse(&feed).unwrap_or_else(|e| panic!("{e}\n{feed}"));
    let text_of = |node: roxmltree::Node<'_, '_>, name: &str| {
        node.children()
            .find(|n| n.has_tag_name(name))
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_string()
    };
    let root = doc.root_element();
    assert_eq!(text_of(root, "updated"), recorded, "{feed}");
    let entries: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("entry"))
        .map(|e| {
            (
                text_of(e, "id"),
                text_of(e, "updated"),
                text_of(e, "published"),
                e.children()
                    .find(|n| n.has_tag_name("link"))
                    .and_then(|n| n.attribute("href"))
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect();
    // The late-recorded old version comes first, where a reader looks.
    assert_eq!(
        entries,
        [
            (
                "tag:lexwatch,2025:kz/test-law/2020-01-01-draft".to_string(),
                recorded.clone(),
                "2020-01-01T00:00:00Z".to_string(),
                "https://example.org/lw/kz/test-law/2020-01-01-draft".to_string(),
            ),
            (
                "tag:lexwatch,2025:kz/test-law/2024-%D1%80%D0%B5%D0%B4%D0%B0%D0%BA%D1%86%D0%B8%D1%8F"
                    .to_string(),
                "2025-01-01T00:00:00Z".to_string(),
                "2024-01-01T00:00:00Z".to_string(),
                "https://example.org/lw/kz/test-law/2024-%D1%80%D0%B5%D0%B4%D0%B0%D0%BA%D1%86%D0%B8%D1%8F"
                    .to_string(),
            ),
        ]
    );
}

#[test]
fn check_annotates_an_out_of_order_version_on_its_register_entry() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2020-01-01", "draft", V1);
    repo.record("kz/test-law", "2024-01-01", "draft", V3);
    // The 2022 draft is recorded last: its text is not the statute file at HEAD.
    repo.record("kz/test-law", "2022-01-01", "draft", V2);
    let register = std::fs::read_to_string(repo.path().join("history/kz/test-law.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let line = register
        .lines()
        .position(|l| l == "id = \"2022-01-01-draft\"")
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{register}"));
    let out = repo.run(&["check", "--format", "github"]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(!out.stdout.is_empty());
    for annotation in out.stdout.lines() {
        assert!(
            annotation.contains(&format!(
                " file=history/kz/test-law.toml,line={line},endLine={line},"
            )),
            "{annotation}"
        );
        assert!(
            annotation.contains("%2C version 2022-01-01-draft)::"),
            "{annotation}"
        );
        assert!(
            annotation
                .contains("of version 2022-01-01-draft, not the current statutes/kz/test-law.md)"),
            "{annotation}"
        );
    }
    let sarif = repo.run(&["check", "--format", "sarif"]);
    let sarif: serde_json::Value =
        serde_json::from_str(&sarif.stdout).unwrap_or_else(|e| panic!("{e}"));
    let location = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "history/kz/test-law.toml"
    );
    assert_eq!(location["region"]["startLine"], line);

    // A version that is the current file is annotated on the file, at the provision.
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2020-01-01", "draft", V1);
    repo.record("kz/test-law", "2022-01-01", "draft", V2);
    let out = repo.run(&["check", "--format", "github"]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    for annotation in out.stdout.lines() {
        assert!(
            annotation.contains(" file=statutes/kz/test-law.md,line="),
            "{annotation}"
        );
        assert!(!annotation.contains("line=1,endLine=1"), "{annotation}");
    }
}

#[test]
fn a_byte_order_mark_without_front_matter_keeps_the_first_article() {
    let repo = TestRepo::new();
    repo.write(
        "old.md",
        "\u{feff}### Статья 1. Сфера\n\n1. Закон применяется к СМИ.\n\n### Статья 2. Ответственность\n\n1. Штраф в размере десяти МРП.\n",
    );
    repo.write(
        "new.md",
        "\u{feff}### Статья 1. Сфера\n\n1. Закон применяется к СМИ и онлайн-платформам.\n\n### Статья 2. Ответственность\n\n1. Штраф в размере десяти МРП.\n",
    );
    let json = repo
        .run(&["diff", "--files", "old.md", "new.md", "--format", "json"])
        .success();
    // The article under the mark is an article: its part is amended, not a preamble.
    let changes = change_list(&json);
    assert_eq!(changes.len(), 1, "{json}");
    let (kind, old, new) = &changes[0];
    assert_eq!(kind, "amended", "{json}");
    assert!(old.starts_with("ст. 1 ") && new == old, "{json}");
}
