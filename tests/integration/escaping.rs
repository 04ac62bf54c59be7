//! Hostile statute and lexicon text stays text in every output: markup in
//! HTML, DOCX and Atom, commands in GitHub annotations, escape sequences on
//! the terminal. A version carrying all of them is recorded in a scratch
//! repository and every command that prints it is run.

use crate::common::TestRepo;
use std::io::Read;

const BEFORE: &str = "+++
act = \"kz/media\"
title = \"Law on Media\"
language = \"en\"
+++
# Law on Media

### Article 1. Scope

1. This Law applies to mass media.

2. A fine of ten MCI shall be imposed.
";

/// Markup, a CDATA end, every C0 control but the line breaks, DEL, terminal
/// sequences (an OSC title, clear screen, colours) and forged workflow commands.
fn evil() -> String {
    let controls: String = (0u8..0x20)
        .filter(|b| *b != b'\n' && *b != b'\r')
        .map(char::from)
        .collect();
    format!(
        "false information <script>alert(1)</script> \"><img src=x onerror=alert(2)> ]]> \
         {controls}\u{7f} \u{1b}]0;owned\u{7}\u{1b}[2J\u{1b}[31mRED\u{1b}[0m \
         ::error file=x,line=1::pwned %0A end"
    )
}

/// A user term whose own words are hostile (a `lexwatch.toml` from a pull request).
const HOSTILE_TERM: &str = r#"[[lexicon.term]]
id = "forged"
language = "en"
term = "term \u001b]0;owned\u0007 ::error file=x,line=1::forged %0A <b>"
patterns = ["pwned"]
category = "falsity-standard"
severity = "high"
rationale = "r <script>alert(3)</script> ]]>"
standards = ["GC34-25"]
recommendation = "none"
"#;

/// A repository whose second version of `kz/media` carries [`evil`] text.
fn hostile_repo() -> TestRepo {
    let repo = TestRepo::new();
    repo.record("kz/media", "2022-01-01", "in-force", BEFORE);
    let after = BEFORE
        .replace(
            "applies to mass media.",
            &format!("applies to mass media and {}.", evil()),
        )
        .replace("ten MCI", "fifty MCI");
    repo.write("v2.md", &after);
    repo.run(&[
        "record",
        "v2.md",
        "--act",
        "kz/media",
        "--date",
        "2024-01-01",
        "--stage",
        "draft",
        "--source",
        "https://example.org/\u{1b}[2J<b>",
    ])
    .success();
    repo.write("lexwatch.toml", HOSTILE_TERM);
    repo
}

/// lexwatch's own colours, the only escape sequences allowed on a terminal.
const OWN_COLOURS: [&str; 6] = [
    "\x1b[31;9m",
    "\x1b[1;31m",
    "\x1b[32;4m",
    "\x1b[1m",
    "\x1b[33m",
    "\x1b[0m",
];

/// Fails when a terminal would obey anything in `out` but lexwatch's colours.
fn assert_inert(what: &str, out: &str) {
    let mut rest = out.to_string();
    for colour in OWN_COLOURS {
        rest = rest.replace(colour, "");
    }
    let obeyed: Vec<char> = rest
        .chars()
        .filter(|c| c.is_control() && *c != '\n' && *c != '\t')
        .collect();
    assert!(
        obeyed.is_empty(),
        "{what}: {obeyed:?} reached the terminal:\n{out}"
    );
}

#[test]
fn terminal_outputs_show_escape_sequences_and_never_pass_them_on() {
    let repo = hostile_repo();
    let commands: [&[&str]; 9] = [
        &["show", "kz/media"],
        &["show", "kz/media", "art. 1 para. 1"],
        &["diff", "kz/media"],
        &["--color", "always", "diff", "kz/media"],
        &["log", "kz/media"],
        &["blame", "kz/media", "art. 1"],
        &["scan", "kz/media"],
        &["scan", "v2.md"],
        &["--color", "always", "check", "--format", "text"],
    ];
    for args in commands {
        let out = repo.run(args);
        assert!(out.code == 0 || out.code == 1, "{args:?}: {}", out.stderr);
        let what = args.join(" ");
        assert_inert(&what, &out.stdout);
        assert_inert(&what, &out.stderr);
        let shown = ["␛]0;owned␇", "␛[2J"];
        assert!(
            shown.iter().any(|s| out.stdout.contains(s)),
            "{what}: the sequence is not shown:\n{}",
            out.stdout
        );
    }
    // The colour run still has lexwatch's colours.
    let coloured = repo.run(&["--color", "always", "diff", "kz/media"]).stdout;
    assert!(coloured.contains("\x1b[31;9mten\x1b[0m"), "{coloured}");
    // So do errors that quote their input.
    let err = repo.run(&["show", "kz/media", "\u{1b}[2J"]);
    assert_eq!(err.code, 2, "{}", err.stderr);
    assert_inert("error", &err.stderr);
}

/// The statute text as a reader sees it in every document.
const VISIBLE: &str = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> ]]>";

#[test]
fn html_pages_keep_markup_as_text_and_drop_control_characters() {
    let repo = hostile_repo();
    repo.run(&["diff", "kz/media", "--format", "html", "-o", "d.html"])
        .success();
    repo.run(&["commentary", "kz/media", "--all", "-o", "c.html"])
        .success();
    for name in ["d.html", "c.html"] {
        let html = std::fs::read_to_string(repo.path().join(name)).unwrap_or_default();
        let doc = scraper::Html::parse_document(&html);
        assert!(doc.errors.is_empty(), "{name}: {:?}", doc.errors);
        let select = |s: &str| scraper::Selector::parse(s).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(doc.select(&select("script, img")).count(), 0, "{name}");
        let text: String = doc.root_element().text().collect();
        assert!(
            text.contains(VISIBLE),
            "{name}: the text is missing:\n{text}"
        );
        let control = html
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
        assert_eq!(control, None, "{name}");
    }
}

fn unzip(path: &std::path::Path, name: &str) -> String {
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
fn docx_and_atom_are_well_formed_xml_with_the_text_as_text() {
    let repo = hostile_repo();
    repo.run(&["commentary", "kz/media", "--all", "-o", "c.docx"])
        .success();
    let xml = unzip(&repo.path().join("c.docx"), "word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("document.xml: {e}"));
    let text: String = doc
        .descendants()
        .filter(|n| n.has_tag_name("t") || n.has_tag_name("delText"))
        .filter_map(|n| n.text())
        .collect();
    assert!(text.contains(VISIBLE), "{text}");
    assert!(!xml.contains("<script>"));

    let feed = repo.run(&["feed"]).success();
    let doc = roxmltree::Document::parse(&feed).unwrap_or_else(|e| panic!("feed: {e}\n{feed}"));
    let summaries: String = doc
        .descendants()
        .filter(|n| n.has_tag_name("summary") || n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        summaries.contains("::error file=x,line=1::forged"),
        "{summaries}"
    );
    assert!(!feed.contains("<b>"), "{feed}");
}

#[test]
fn sarif_carries_the_text_and_github_annotations_cannot_be_forged() {
    let repo = hostile_repo();
    let out = repo.run(&["check", "--format", "sarif"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let sarif: serde_json::Value =
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let messages: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .map(|r| {
            r.iter()
                .filter_map(|r| r["message"]["text"].as_str())
                .collect()
        })
        .unwrap_or_default();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("term \u{1b}]0;owned\u{7} ::error file=x,line=1::forged %0A <b>")),
        "{messages:?}"
    );
    let findings = messages.len();

    let out = repo.run(&["check", "--format", "github"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), findings, "{}", out.stdout);
    for line in out.stdout.lines() {
        // `::name k=v,k=v::message`: the properties are exactly lexwatch's.
        let rest = line.strip_prefix("::").unwrap_or_default();
        let (command, _) = rest.split_once("::").unwrap_or_default();
        let (_, properties) = command.split_once(' ').unwrap_or_default();
        let keys: Vec<&str> = properties
            .split(',')
            .map(|p| p.split_once('=').unwrap_or_default().0)
            .collect();
        assert_eq!(keys, ["file", "line", "endLine", "title"], "{line}");
    }
    // `%` is escaped, so `%0A` in the text is not read as a line break.
    assert!(out.stdout.contains("forged %250A"), "{}", out.stdout);
    assert_inert("check --format github", &out.stdout);
}
