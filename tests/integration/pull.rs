//! `lexwatch pull` against an HTTP server the test starts on 127.0.0.1,
//! serving the bundled official texts as web pages and Word documents, and
//! misbehaving in the ways real sites do.

use crate::common::{Output, TestRepo};
use crate::import::{bundled, bundled_at, docx_of, html_page, pieces};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the server answers at one path.
#[derive(Debug, Clone)]
enum Reply {
    /// 200 with a body; with an ETag, a request that sends it gets 304.
    Ok {
        content_type: &'static str,
        body: Vec<u8>,
        etag: Option<String>,
    },
    /// An error status with an HTML body.
    Status(u16),
    /// Headers promising the whole body, then only half of it and a closed connection.
    Truncated(Vec<u8>),
    /// 302 to another path.
    Redirect(String),
    /// A body sent only after this long.
    Slow(Duration),
}

/// One request as the server saw it.
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    headers: HashMap<String, String>,
}

/// A tiny HTTP/1.1 server on 127.0.0.1 that answers from a table the test changes.
struct Server {
    base: String,
    routes: Arc<Mutex<HashMap<String, Reply>>>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("bind: {e}"));
        let port = listener
            .local_addr()
            .unwrap_or_else(|e| panic!("{e}"))
            .port();
        let routes: Arc<Mutex<HashMap<String, Reply>>> = Arc::default();
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let (r, s) = (Arc::clone(&routes), Arc::clone(&seen));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (r, s) = (Arc::clone(&r), Arc::clone(&s));
                // One thread a connection, so a slow answer holds up no other.
                std::thread::spawn(move || serve(stream, &r, &s));
            }
        });
        Server {
            base: format!("http://127.0.0.1:{port}"),
            routes,
            seen,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn set(&self, path: &str, reply: Reply) {
        self.routes
            .lock()
            .unwrap_or_else(|e| panic!("{e}"))
            .insert(path.to_string(), reply);
    }

    fn requests(&self, path: &str) -> Vec<Seen> {
        self.seen
            .lock()
            .unwrap_or_else(|e| panic!("{e}"))
            .iter()
            .filter(|s| s.path == path)
            .cloned()
            .collect()
    }
}

fn serve(stream: TcpStream, routes: &Mutex<HashMap<String, Reply>>, seen: &Mutex<Vec<Seen>>) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = header.split_once(':') {
            headers.insert(k.trim().to_lowercase(), v.trim().to_string());
        }
    }
    let reply = routes
        .lock()
        .ok()
        .and_then(|r| r.get(&path).cloned())
        .unwrap_or(Reply::Status(404));
    if let Ok(mut s) = seen.lock() {
        s.push(Seen {
            path,
            headers: headers.clone(),
        });
    }
    let mut stream = stream;
    let head = |status: &str, extra: &str, length: usize| {
        format!("HTTP/1.1 {status}\r\n{extra}Content-Length: {length}\r\nConnection: close\r\n\r\n")
    };
    let _ = match reply {
        Reply::Ok {
            content_type,
            body,
            etag,
        } => {
            if etag.is_some() && headers.get("if-none-match") == etag.as_ref() {
                stream.write_all(head("304 Not Modified", "", 0).as_bytes())
            } else {
                let tag = etag.map(|t| format!("ETag: {t}\r\n")).unwrap_or_default();
                let extra = format!("Content-Type: {content_type}\r\n{tag}");
                stream
                    .write_all(head("200 OK", &extra, body.len()).as_bytes())
                    .and_then(|()| stream.write_all(&body))
            }
        }
        Reply::Status(code) => {
            let body = b"<html><body><h1>Error</h1><p>Try again later.</p></body></html>";
            let status = format!("{code} Error");
            stream
                .write_all(head(&status, "Content-Type: text/html\r\n", body.len()).as_bytes())
                .and_then(|()| stream.write_all(body))
        }
        Reply::Truncated(body) => stream
            .write_all(head("200 OK", "Content-Type: text/html\r\n", body.len()).as_bytes())
            .and_then(|()| stream.write_all(&body[..body.len() / 2])),
        Reply::Redirect(to) => {
            let extra = format!("Location: {to}\r\n");
            stream.write_all(head("302 Found", &extra, 0).as_bytes())
        }
        Reply::Slow(delay) => {
            std::thread::sleep(delay);
            let body = b"<html><body><p>Too late.</p></body></html>";
            stream
                .write_all(head("200 OK", "Content-Type: text/html\r\n", body.len()).as_bytes())
                .and_then(|()| stream.write_all(body))
        }
    };
    let _ = stream.flush();
}

/// The page of the legal information system for a Markdown text, with an edition line in its header.
fn page(markdown: &str, edition: &str) -> Vec<u8> {
    html_page(&pieces(markdown))
        .replacen(
            "<header>",
            &format!("<header><div class=\"edition\">Редакция от {edition}</div>"),
            1,
        )
        .into_bytes()
}

fn html(body: Vec<u8>, etag: Option<&str>) -> Reply {
    Reply::Ok {
        content_type: "text/html; charset=utf-8",
        body,
        etag: etag.map(str::to_string),
    }
}

/// Writes `history/<act>.toml` with these `[[source]]` tables and commits it.
fn add_sources(repo: &TestRepo, act: &str, sources: &str) {
    let path = repo.path().join(format!("history/{act}.toml"));
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(&path, format!("{old}\n{sources}")).unwrap_or_else(|e| panic!("{e}"));
    repo.commit_history(&format!("Watch {act}"));
}

/// An act's title as the register carries it (the official text has none).
const TITLE: &str = "Кодекс Республики Казахстан об административных правонарушениях. Глава 26";

fn pull(repo: &TestRepo, extra: &[&str]) -> Output {
    let mut args = vec!["pull", "--pace", "0", "--timeout", "2"];
    args.extend_from_slice(extra);
    repo.run(&args)
}

fn commits(repo: &TestRepo) -> usize {
    let git = git2::Repository::open(repo.path()).unwrap_or_else(|e| panic!("{e}"));
    let mut walk = git.revwalk().unwrap_or_else(|e| panic!("{e}"));
    walk.push_head().unwrap_or_else(|e| panic!("{e}"));
    walk.count()
}

fn versions(repo: &TestRepo, act: &str) -> Vec<String> {
    let text = std::fs::read_to_string(repo.path().join(format!("history/{act}.toml")))
        .unwrap_or_default();
    text.lines()
        .filter_map(|l| l.strip_prefix("id = "))
        .map(|id| id.trim_matches('"').to_string())
        .collect()
}

#[test]
fn a_page_is_recorded_once_unchanged_pages_cost_nothing_and_a_new_edition_is_one_version() {
    let server = Server::start();
    let repo = TestRepo::new();
    let act = "kz/cao-ch26-ru";
    let old = bundled_at(act, "2017-12-28-in-force");
    server.set(
        "/rus/docs/K1400000235",
        html(page(&old, "28.12.2017"), Some("\"e1\"")),
    );
    add_sources(
        &repo,
        act,
        &format!(
            "[act]\ntitle = \"{TITLE}\"\n\n[[source]]\nurl = \"{}\"\nstage = \"in-force\"\ndate = 'Редакция от (\\d\\d\\.\\d\\d\\.\\d{{4}})'\n",
            server.url("/rus/docs/K1400000235")
        ),
    );

    let first = pull(&repo, &[]);
    assert_eq!(first.code, 0, "{}\n{}", first.stdout, first.stderr);
    assert!(
        first
            .stdout
            .contains("kz/cao-ch26-ru: recorded 2017-12-28-in-force (in-force, 2017-12-28) from http://127.0.0.1:"),
        "{}",
        first.stdout
    );
    assert!(
        first
            .stdout
            .ends_with("pull: 1 recorded, 0 unchanged, 0 failed\n"),
        "{}",
        first.stdout
    );
    assert_eq!(versions(&repo, act), ["2017-12-28-in-force"]);
    let register = std::fs::read_to_string(repo.path().join("history/kz/cao-ch26-ru.toml"))
        .unwrap_or_default();
    assert!(
        register.contains("[[source]]"),
        "the source stays: {register}"
    );
    assert!(
        register.contains(&format!("[act]\ntitle = \"{TITLE}\"\n")),
        "the act's title stays: {register}"
    );
    assert!(register.contains("note = \"retrieved 20"), "{register}");
    let requests = server.requests("/rus/docs/K1400000235");
    assert!(
        requests[0]
            .headers
            .get("user-agent")
            .is_some_and(|ua| ua.starts_with("lexwatch/")),
        "{requests:?}"
    );
    let shown = repo.run(&["show", act, "ст. 453 ч. 1"]).success();
    assert!(shown.contains("месячных расчетных показателей"), "{shown}");

    let state_path = repo.path().join("pull-state.toml");
    let state = std::fs::read_to_string(&state_path).unwrap_or_default();
    assert!(
        state.contains("etag = '\"e1\"'") || state.contains("etag = \"\\\"e1\\\"\""),
        "{state}"
    );

    // The server answers 304 to the ETag it gave: one request, nothing recorded.
    let count = commits(&repo);
    let second = pull(&repo, &[]);
    assert_eq!(second.code, 1, "{}\n{}", second.stdout, second.stderr);
    assert!(
        second
            .stdout
            .contains("kz/cao-ch26-ru: unchanged: http://127.0.0.1:"),
        "{}",
        second.stdout
    );
    assert!(
        second.stdout.contains("answered 304 Not Modified"),
        "{}",
        second.stdout
    );
    let requests = server.requests("/rus/docs/K1400000235");
    assert_eq!(requests.len(), 2);
    assert_eq!(
        requests[1].headers.get("if-none-match").map(String::as_str),
        Some("\"e1\"")
    );
    assert_eq!(commits(&repo), count);
    assert_eq!(
        std::fs::read_to_string(&state_path).unwrap_or_default(),
        state,
        "a 304 leaves the state as it was"
    );

    // The same bytes under a new ETag (a server that changes it on every deploy).
    server.set(
        "/rus/docs/K1400000235",
        html(page(&old, "28.12.2017"), Some("\"e2\"")),
    );
    let third = pull(&repo, &[]);
    assert_eq!(third.code, 1, "{}\n{}", third.stdout, third.stderr);
    assert!(
        third
            .stdout
            .contains("has the text of version 2017-12-28-in-force"),
        "{}",
        third.stdout
    );
    assert_eq!(commits(&repo), count);

    // A new edition: exactly one new version, whose diff shows the change.
    let new = bundled(act);
    server.set(
        "/rus/docs/K1400000235",
        html(page(&new, "09.09.2024"), Some("\"e3\"")),
    );
    let dry = pull(&repo, &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}\n{}", dry.stdout, dry.stderr);
    assert!(
        dry.stdout.contains("would record 2024-09-09-in-force"),
        "{}",
        dry.stdout
    );
    assert_eq!(commits(&repo), count, "a dry run records nothing");
    let fourth = pull(&repo, &[]);
    assert_eq!(fourth.code, 0, "{}\n{}", fourth.stdout, fourth.stderr);
    assert_eq!(commits(&repo), count + 1);
    assert_eq!(
        versions(&repo, act),
        ["2017-12-28-in-force", "2024-09-09-in-force"]
    );
    let diff = repo.run(&["diff", act]).success();
    assert!(diff.contains("456-2"), "{diff}");
    assert!(diff.contains("ложной информации"), "{diff}");
    let fifth = pull(&repo, &[]);
    assert_eq!(fifth.code, 1, "{}", fifth.stdout);
    assert_eq!(commits(&repo), count + 1);
}

#[test]
fn a_word_document_linked_from_a_listing_page_is_recorded() {
    let server = Server::start();
    let repo = TestRepo::new();
    let act = "kz/cao-ch26-kk";
    let docx = docx_of(&pieces(&bundled(act)));
    server.set(
        "/kaz/docs/list",
        html(
            b"<html><body><a href=\"/kaz/docs/2017-12-28.docx\">2017</a> <a href=\"/help\">?</a> <a href=\"2024-09-09.docx\">2024</a></body></html>".to_vec(),
            None,
        ),
    );
    server.set(
        "/kaz/docs/2024-09-09.docx",
        Reply::Ok {
            content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            body: docx,
            etag: None,
        },
    );
    add_sources(
        &repo,
        act,
        &format!(
            "[[source]]\nurl = \"{}\"\nstage = \"in-force\"\nformat = \"docx\"\nlink = '/kaz/docs/(?P<date>\\d{{4}}-\\d\\d-\\d\\d)\\.docx$'\n",
            server.url("/kaz/docs/list")
        ),
    );
    let out = pull(&repo, &[]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("kz/cao-ch26-kk: recorded 20")
            && out.stdout.contains("/kaz/docs/2024-09-09.docx"),
        "{}",
        out.stdout
    );
    assert!(
        server.requests("/kaz/docs/2017-12-28.docx").is_empty(),
        "only the newest is fetched"
    );
    // The same document again: nothing new.
    let again = pull(&repo, &[]);
    assert_eq!(again.code, 1, "{}\n{}", again.stdout, again.stderr);
}

#[test]
fn every_broken_source_records_nothing_and_says_why_while_the_others_record() {
    let server = Server::start();
    let repo = TestRepo::new();
    let good = bundled("kz/mass-media-2024-ru");
    server.set("/good", html(page(&good, "19.06.2024"), None));
    server.set("/error", Reply::Status(500));
    server.set(
        "/cut",
        Reply::Truncated(page(&bundled("kz/online-platforms-ru"), "10.07.2023")),
    );
    server.set("/loop", Reply::Redirect("/loop2".into()));
    server.set("/loop2", Reply::Redirect("/loop".into()));
    server.set(
        "/empty",
        html(
            b"<html><body><nav>\xd0\x93\xd0\xbb\xd0\xb0\xd0\xb2\xd0\xbd\xd0\xb0\xd1\x8f</nav><p>Page not found.</p></body></html>".to_vec(),
            None,
        ),
    );
    server.set("/slow", Reply::Slow(Duration::from_secs(6)));
    let broken = [
        ("kz/a-error", "/error", "HTTP 500"),
        ("kz/b-cut", "/cut", "cut short"),
        ("kz/c-loop", "/loop", "redirects"),
        ("kz/d-empty", "/empty", "no statute text found"),
        ("kz/e-slow", "/slow", "timed out"),
    ];
    for (act, path, _) in broken {
        add_sources(
            &repo,
            act,
            &format!(
                "[[source]]\nurl = \"{}\"\nstage = \"draft\"\n",
                server.url(path)
            ),
        );
    }
    add_sources(
        &repo,
        "kz/z-good",
        &format!(
            "[[source]]\nurl = \"{}\"\nstage = \"signed\"\ndate = 'Редакция от (\\S+)'\n",
            server.url("/good")
        ),
    );
    let count = commits(&repo);
    let out = pull(&repo, &[]);
    assert_eq!(out.code, 3, "{}\n{}", out.stdout, out.stderr);
    for (act, path, reason) in broken {
        let line = out
            .stdout
            .lines()
            .find(|l| l.starts_with(&format!("{act}: ")))
            .unwrap_or_else(|| panic!("no line for {act}:\n{}", out.stdout));
        assert!(
            line.starts_with(&format!("{act}: failed: {}", server.url(path))),
            "{line}"
        );
        assert!(line.contains(reason), "{act}: {line}");
        assert!(line.ends_with("; nothing recorded"), "{line}");
        assert!(versions(&repo, act).is_empty(), "{act}");
        assert!(
            !repo.path().join(format!("statutes/{act}.md")).exists(),
            "{act}"
        );
    }
    assert!(
        out.stdout
            .contains("kz/z-good: recorded 2024-06-19-signed (signed, 2024-06-19)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .ends_with("pull: 1 recorded, 0 unchanged, 5 failed\n"),
        "{}",
        out.stdout
    );
    assert_eq!(commits(&repo), count + 1);
    // Naming one act pulls only it.
    let only = pull(&repo, &["kz/a-error"]);
    assert_eq!(only.code, 3);
    assert!(!only.stdout.contains("z-good"), "{}", only.stdout);
}

#[test]
fn saved_responses_stand_in_for_the_network() {
    let repo = TestRepo::new();
    let act = "kz/online-platforms-ru";
    add_sources(
        &repo,
        act,
        "[[source]]\nurl = \"https://adilet.zan.kz/rus/docs/Z2300000018\"\nstage = \"signed\"\nformat = \"html\"\n",
    );
    let saved = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = saved.path().join("adilet.zan.kz/rus/docs/Z2300000018");
    std::fs::create_dir_all(file.parent().unwrap_or(saved.path()))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&file, page(&bundled(act), "10.07.2023")).unwrap_or_else(|e| panic!("{e}"));
    let dir = saved.path().display().to_string();
    let out = pull(&repo, &["--offline", &dir]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("kz/online-platforms-ru: recorded "),
        "{}",
        out.stdout
    );
    let again = pull(&repo, &["--offline", &dir]);
    assert_eq!(again.code, 1, "{}", again.stdout);
    let missing = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let gone = pull(&repo, &["--offline", &missing.path().display().to_string()]);
    assert_eq!(gone.code, 3, "{}", gone.stdout);
    assert!(
        gone.stdout.contains("no saved response at"),
        "{}",
        gone.stdout
    );
}

#[test]
fn without_sources_pull_says_how_to_add_one() {
    let repo = TestRepo::new();
    let err = repo.run(&["pull"]).failure();
    assert_eq!(
        err,
        "lexwatch: error: no act has a [[source]] in its register"
    );
}

#[test]
fn the_scheduled_workflow_is_valid_yaml_that_pulls_daily_and_commits() {
    let path = crate::common::product_repo().join(".github/workflows/pull.yml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let yaml: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("pull.yml: {e}"));
    let cron = yaml["on"]["schedule"][0]["cron"]
        .as_str()
        .unwrap_or_default();
    assert_eq!(cron.split_whitespace().count(), 5, "{cron:?}");
    assert!(yaml["on"].get("workflow_dispatch").is_some());
    let steps = yaml["jobs"]["pull"]["steps"]
        .as_sequence()
        .cloned()
        .unwrap_or_default();
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(runs.iter().any(|r| r.contains("lexwatch pull")), "{runs:?}");
    assert!(runs.iter().any(|r| r.contains("git push")), "{runs:?}");
    // The check workflow runs on what the pull pushed.
    let check = crate::common::product_repo().join(".github/workflows/lexwatch.yml");
    let check: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(&std::fs::read_to_string(&check).unwrap_or_else(|e| panic!("{e}")))
            .unwrap_or_else(|e| panic!("lexwatch.yml: {e}"));
    assert_eq!(
        check["on"]["workflow_run"]["workflows"][0].as_str(),
        yaml["name"].as_str()
    );
}

#[test]
fn an_older_edition_found_later_and_a_broken_state_file_record_nothing() {
    let server = Server::start();
    let repo = TestRepo::new();
    let act = "kz/cao-ch26-ru";
    server.set("/doc", html(page(&bundled(act), "09.09.2024"), None));
    add_sources(
        &repo,
        act,
        &format!(
            "[[source]]\nurl = \"{}\"\nstage = \"in-force\"\ndate = 'Редакция от (\\S+)'\n",
            server.url("/doc")
        ),
    );
    pull(&repo, &[]).success();
    let count = commits(&repo);
    // The site rolled back to the 2017 edition: a new text, but older than the latest.
    let old = bundled_at(act, "2017-12-28-in-force");
    server.set("/doc", html(page(&old, "28.12.2017"), None));
    let out = pull(&repo, &[]);
    assert_eq!(out.code, 3, "{}\n{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("dated 2017-12-28, before the latest version 2024-09-09-in-force"),
        "{}",
        out.stdout
    );
    assert_eq!(commits(&repo), count);

    std::fs::write(repo.path().join("pull-state.toml"), "[[source]]\nact = 1\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let err = pull(&repo, &[]).failure();
    assert!(
        err.starts_with("lexwatch: error: pull-state.toml: invalid pull state: "),
        "{err}"
    );
    assert_eq!(commits(&repo), count);
}
