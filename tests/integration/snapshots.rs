//! Whole outputs of commands on the bundled corpus, as snapshots.

use crate::common::corpus;

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

/// The English Mass Media Law, 1999 law in force → June 2023 draft.
const DRAFT: [&str; 4] = [
    "diff",
    "kz/mass-media-law",
    "1999-in-force",
    "2023-06-06-draft",
];

#[test]
fn diff_text() {
    let out = corpus(&DRAFT).success();
    settings().bind(|| insta::assert_snapshot!("diff_mass_media_draft_text", out));
}

#[test]
fn diff_markdown() {
    let mut args = DRAFT.to_vec();
    args.extend(["--format", "markdown"]);
    let out = corpus(&args).success();
    settings().bind(|| insta::assert_snapshot!("diff_mass_media_draft_markdown", out));
}

#[test]
fn diff_json() {
    let mut args = DRAFT.to_vec();
    args.extend(["--format", "json"]);
    let out = corpus(&args).success();
    settings().bind(|| insta::assert_snapshot!("diff_mass_media_draft_json", out));
}

#[test]
fn diff_russian_criminal_code_text() {
    let out = corpus(&["diff", "kz/criminal-code-ch04-05-ru"]).success();
    settings().bind(|| insta::assert_snapshot!("diff_criminal_code_ch04_05_text", out));
}

#[test]
fn outputs_are_deterministic() {
    let mut args = DRAFT.to_vec();
    args.extend(["--format", "json"]);
    assert_eq!(corpus(&args).success(), corpus(&args).success());
}
