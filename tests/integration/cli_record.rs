//! `init`, `record`, `log`, `show`, `acts` against scratch repositories.

use crate::common::TestRepo;

const V1: &str = "+++
act = \"kz/test-law\"
title = \"Test law\"
language = \"en\"
+++
# Test law

### Article 1. Scope

1. This Law applies to mass media.

### Article 2. Liability

1. Dissemination of false information shall entail a fine of up to eighty monthly calculation indices.
";

const V2: &str = "+++
act = \"kz/test-law\"
title = \"Test law\"
language = \"en\"
+++
# Test law

### Article 1. Scope

1. This Law applies to mass media and online platforms.

### Article 2. Liability

1. Dissemination of false information shall entail a fine of up to one hundred and sixty monthly calculation indices.
";

#[test]
fn record_writes_text_register_and_one_commit() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    repo.record("kz/test-law", "2024-01-01", "adopted", V2);
    let git = git2::Repository::open(repo.path()).unwrap_or_else(|e| panic!("{e}"));
    let mut walk = git.revwalk().unwrap_or_else(|e| panic!("{e}"));
    walk.push_head().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(walk.count(), 3, "init + two records");
    let at_head =
        std::fs::read_to_string(repo.path().join("statutes/kz/test-law.md")).unwrap_or_default();
    assert_eq!(at_head, V2);
    let statuses = git.statuses(None).unwrap_or_else(|e| panic!("{e}"));
    assert!(statuses.iter().all(|s| {
        s.path()
            .is_ok_and(|p| !p.starts_with("statutes") && !p.starts_with("history"))
    }));
    let log = repo.run(&["log", "kz/test-law"]).success();
    assert!(log.contains("2023-01-01  draft"), "{log}");
    assert!(log.contains("2024-01-01  adopted"), "{log}");
}

#[test]
fn older_version_recorded_later_lands_in_date_order() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2024-01-01", "adopted", V2);
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    let register =
        std::fs::read_to_string(repo.path().join("history/kz/test-law.toml")).unwrap_or_default();
    let draft = register.find("2023-01-01-draft");
    let adopted = register.find("2024-01-01-adopted");
    assert!(draft < adopted, "{register}");
    // HEAD keeps the newest text; the older one is still addressable.
    let at_head =
        std::fs::read_to_string(repo.path().join("statutes/kz/test-law.md")).unwrap_or_default();
    assert_eq!(at_head, V2);
    let old = repo
        .run(&["show", "kz/test-law", "--at", "2023-01-01-draft", "art. 2"])
        .success();
    assert!(old.contains("up to eighty"), "{old}");
}

#[test]
fn versions_resolve_by_id_date_stage_latest_previous_and_revision() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    repo.record("kz/test-law", "2024-01-01", "adopted", V2);
    let para = |at: &str| {
        repo.run(&["show", "kz/test-law", "--at", at, "art. 1 para. 1"])
            .success()
    };
    for (spec, expect_online) in [
        ("2023-01-01-draft", false),
        ("2024-01-01-adopted", true),
        ("2023-06-30", false),
        ("2024-01-01", true),
        ("draft", false),
        ("adopted", true),
        ("latest", true),
        ("previous", false),
        ("HEAD~1", false),
        ("HEAD", true),
    ] {
        assert_eq!(
            para(spec).contains("online platforms"),
            expect_online,
            "version {spec}"
        );
    }
    let err = repo
        .run(&["show", "kz/test-law", "--at", "2022-01-01"])
        .failure();
    assert!(
        err.contains("has no version on 2022-01-01: its earliest is"),
        "{err}"
    );
}

#[test]
fn failed_record_leaves_the_repository_byte_for_byte_unchanged() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    let broken = "+++\nact = \"kz/test-law\"\n+++\n### Article x. Broken\n";
    repo.write("broken.md", broken);
    let before = repo.snapshot();
    let err = repo
        .run(&[
            "record",
            "broken.md",
            "--act",
            "kz/test-law",
            "--date",
            "2024-01-01",
            "--stage",
            "draft",
        ])
        .failure();
    assert!(
        err.contains("broken.md:4: expected a number after \"Article\""),
        "{err}"
    );
    // Same id twice, wrong act in front matter, unknown stage: refused before writing.
    repo.write("v1-again.md", V1);
    for args in [
        vec![
            "record",
            "v1-again.md",
            "--act",
            "kz/test-law",
            "--date",
            "2023-01-01",
            "--stage",
            "draft",
        ],
        vec![
            "record",
            "v1-again.md",
            "--act",
            "kz/other-law",
            "--date",
            "2023-02-01",
            "--stage",
            "draft",
        ],
        vec![
            "record",
            "v1-again.md",
            "--act",
            "kz/test-law",
            "--date",
            "2023-02-01",
            "--stage",
            "enacted",
        ],
    ] {
        repo.run(&args).failure();
    }
    let after: Vec<_> = repo
        .snapshot()
        .into_iter()
        .filter(|(p, _)| !p.ends_with("v1-again.md"))
        .collect();
    assert_eq!(before.len(), after.len());
    assert!(before == after, "the repository changed");
}

#[test]
fn record_refuses_to_overwrite_uncommitted_changes() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    std::fs::write(
        repo.path().join("statutes/kz/test-law.md"),
        "### Article 1. Edited by hand\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    repo.write("v2.md", V2);
    let err = repo
        .run(&[
            "record",
            "v2.md",
            "--act",
            "kz/test-law",
            "--date",
            "2024-01-01",
            "--stage",
            "adopted",
        ])
        .failure();
    assert!(
        err.contains("statutes/kz/test-law.md has uncommitted changes"),
        "{err}"
    );
    let kept =
        std::fs::read_to_string(repo.path().join("statutes/kz/test-law.md")).unwrap_or_default();
    assert_eq!(kept, "### Article 1. Edited by hand\n");
}

#[test]
fn bad_input_gives_one_line_errors_and_writes_nothing() {
    let repo = TestRepo::new();
    repo.record("kz/test-law", "2023-01-01", "draft", V1);
    repo.write(
        "bad-front-matter.md",
        "+++\nact = \"kz/test-law\"\nlanguage = 5\n+++\n### Article 1. A\n",
    );
    std::fs::write(
        repo.path().join("latin1.md"),
        b"### Article 1. A\n\n1. caf\xe9\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let before = repo.snapshot();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["log", "kz/missing"], "unknown act \"kz/missing\""),
        (
            vec!["show", "kz/test-law", "--at", "2019-12-31-draft"],
            "no version \"2019-12-31-draft\"",
        ),
        (
            vec![
                "record",
                "bad-front-matter.md",
                "--act",
                "kz/test-law",
                "--date",
                "2024-01-01",
                "--stage",
                "draft",
            ],
            "bad-front-matter.md:3: expected valid TOML front matter",
        ),
        (
            vec![
                "record",
                "latin1.md",
                "--act",
                "kz/test-law",
                "--date",
                "2024-01-01",
                "--stage",
                "draft",
            ],
            "latin1.md:3: expected UTF-8 text",
        ),
        (
            vec![
                "record",
                "latin1.md",
                "--act",
                "../outside",
                "--date",
                "2024-01-01",
                "--stage",
                "draft",
            ],
            "invalid act id \"../outside\"",
        ),
        (
            vec![
                "record",
                "latin1.md",
                "--act",
                "/etc/passwd",
                "--date",
                "2024-01-01",
                "--stage",
                "draft",
            ],
            "invalid act id \"/etc/passwd\"",
        ),
        (vec!["show", "kz/../../etc"], "invalid act id"),
        (vec!["show", "kz/test-law", "art. 9"], "has no art. 9"),
        (
            vec!["show", "kz/test-law", "clause nine"],
            "cannot read citation",
        ),
    ];
    for (args, expected) in cases {
        let err = repo.run(&args).failure();
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    assert!(
        before == repo.snapshot(),
        "an error wrote to the repository"
    );
}

#[test]
fn init_refuses_an_existing_statute_repository() {
    let repo = TestRepo::new();
    let err = repo.run(&["init", "."]).failure();
    assert!(err.contains("already a statute repository"), "{err}");
    assert!(repo.path().join("statutes").is_dir() && repo.path().join("history").is_dir());
}
