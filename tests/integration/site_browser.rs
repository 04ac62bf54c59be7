//! The tracker site in a real browser: headless Chromium over http://127.0.0.1.
//!
//! The test builds the bundled corpus's site, serves it from a thread on a
//! loopback port, and drives Chromium page by page with `--dump-dom` (the DOM
//! after the scripts ran) and `--screenshot`: index → act → comparison →
//! provision, the severity filter, and the search for «ложной информации».
//! Chromium resolves no host but 127.0.0.1, and its network log must show
//! that the pages asked for nothing else. Skips, saying why, only where no
//! Chromium is installed (`.ci/run` installs Debian's `chromium`).

use crate::cli_site::{check_page, corpus_site, find_tool};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A static file server on 127.0.0.1 that records every request.
pub struct Server {
    port: u16,
    /// Each request: the path asked for and the status answered.
    log: Arc<Mutex<Vec<(String, u16)>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Serves the files under `root` on a free loopback port.
    pub fn start(root: &Path) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("bind: {e}"));
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        let log = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (root, thread_log, thread_stop) = (root.to_path_buf(), log.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if thread_stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (root, log) = (root.clone(), thread_log.clone());
                // One thread per connection: Chromium opens spare sockets that never send.
                std::thread::spawn(move || serve(stream, &root, &log));
            }
        });
        Server {
            port,
            log,
            stop,
            thread: Some(thread),
        }
    }

    /// The address of a file of the site.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.port)
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    fn requests(&self) -> Vec<(String, u16)> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&text[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn serve(mut stream: TcpStream, root: &Path, log: &Mutex<Vec<(String, u16)>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
        return;
    }
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
    let relative = path.trim_start_matches('/');
    let safe = !relative.split('/').any(|p| p == "..");
    let file = root.join(if relative.is_empty() {
        "index.html"
    } else {
        relative
    });
    let (status, body, kind) = match std::fs::read(&file) {
        Ok(bytes) if safe => {
            let kind = match file.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("css") => "text/css; charset=utf-8",
                Some("js") => "text/javascript; charset=utf-8",
                Some("xml") => "application/atom+xml; charset=utf-8",
                Some("svg") => "image/svg+xml",
                _ => "application/octet-stream",
            };
            (200, bytes, kind)
        }
        _ => (404, b"not found".to_vec(), "text/plain"),
    };
    if let Ok(mut l) = log.lock() {
        l.push((path.clone(), status));
    }
    let head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        if status == 200 { "OK" } else { "Not Found" },
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// One Chromium run in a fresh profile, with every host but 127.0.0.1 unresolvable.
struct Browser {
    binary: PathBuf,
    work: tempfile::TempDir,
    runs: std::cell::Cell<usize>,
}

impl Browser {
    fn run(&self, action: &[String], url: &str) -> (String, PathBuf) {
        let n = self.runs.get() + 1;
        self.runs.set(n);
        let profile = self.work.path().join(format!("profile-{n}"));
        let netlog = self.work.path().join(format!("netlog-{n}.json"));
        let mut command = std::process::Command::new(&self.binary);
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--window-size=1200,1600",
                "--virtual-time-budget=5000",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--log-net-log={}", netlog.display()))
            .args(action)
            .arg(url)
            .stdin(std::process::Stdio::null());
        let output = command
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", self.binary.display()));
        assert!(
            output.status.success(),
            "chromium failed on {url}: {}\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        (String::from_utf8_lossy(&output.stdout).into_owned(), netlog)
    }

    /// The DOM of a page after its scripts ran.
    fn dom(&self, url: &str, server: &Server) -> scraper::Html {
        let (dom, netlog) = self.run(&["--dump-dom".to_string()], url);
        assert!(dom.contains("</html>"), "no DOM from {url}: {dom}");
        check_netlog(&netlog, server.port);
        scraper::Html::parse_document(&dom)
    }

    /// A screenshot of a page, as PNG bytes saved at `to`.
    fn screenshot(&self, url: &str, to: &Path, server: &Server) {
        let (_, netlog) = self.run(&[format!("--screenshot={}", to.display())], url);
        check_netlog(&netlog, server.port);
        let png = std::fs::read(to).unwrap_or_else(|e| panic!("no screenshot of {url}: {e}"));
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 10_000,
            "{} is not a real screenshot ({} bytes)",
            to.display(),
            png.len()
        );
    }
}

/// Fails when a request that a page made went anywhere but the test server.
///
/// Chromium's own background requests (update checks, sign-in) carry no
/// initiator and fail on the resolver rule; every request with a page as
/// its initiator must be for 127.0.0.1 on the test server's port.
pub fn check_netlog(path: &Path, port: u16) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("no net log: {e}"));
    let log: serde_json::Value = serde_json::from_str(&text)
        .or_else(|_| serde_json::from_str(&format!("{}]}}", text.trim_end().trim_end_matches(','))))
        .unwrap_or_else(|e| panic!("unreadable net log {}: {e}", path.display()));
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"].as_u64();
    assert!(
        start_job.is_some(),
        "the net log has no URL_REQUEST_START_JOB type"
    );
    let ours = format!("http://127.0.0.1:{port}");
    let mut page_requests = 0;
    for event in log["events"].as_array().into_iter().flatten() {
        if event["type"].as_u64() != start_job {
            continue;
        }
        let url = event["params"]["url"].as_str().unwrap_or_default();
        let initiator = event["params"]["initiator"].as_str().unwrap_or_default();
        if initiator.starts_with("http") || url.starts_with(&ours) {
            page_requests += 1;
            assert!(
                url.starts_with(&format!("{ours}/")),
                "a page asked for {url} (initiator {initiator}): requests must stay on 127.0.0.1"
            );
        }
    }
    assert!(
        page_requests > 0,
        "the net log shows no request to the test server"
    );
}

fn select<'a>(doc: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = scraper::Selector::parse(css).unwrap_or_else(|e| panic!("{css}: {e:?}"));
    doc.select(&selector).collect()
}

fn text(element: &scraper::ElementRef<'_>) -> String {
    element.text().collect::<String>()
}

/// Resolves a relative link against the URL of the page it is on.
fn resolve(page_url: &str, link: &str) -> String {
    let base = &page_url[..page_url.rfind('/').map_or(page_url.len(), |i| i + 1)];
    let mut parts: Vec<&str> = base.trim_end_matches('/').split('/').collect();
    for part in link.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." => {}
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// The changes of a comparison page that the filter leaves shown.
fn shown_changes(doc: &scraper::Html) -> (usize, usize) {
    let changes = select(doc, "section.change");
    let shown = changes
        .iter()
        .filter(|c| c.value().attr("hidden").is_none())
        .count();
    (shown, changes.len())
}

#[test]
fn site_in_headless_chromium() {
    let chromium = ["chromium", "chromium-browser", "google-chrome", "chrome"];
    let Some(binary) = find_tool("LEXWATCH_CHROMIUM", &chromium) else {
        println!(
            "skipped: no Chromium on PATH (install Debian's chromium, or set LEXWATCH_CHROMIUM)"
        );
        return;
    };
    let site = corpus_site(&[]);
    let server = Server::start(site.path());
    let browser = Browser {
        binary,
        work: tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")),
        runs: std::cell::Cell::new(0),
    };

    // The index lists the acts; follow the CAO chapter in Russian.
    let index_url = server.url("index.html");
    let index = browser.dom(&index_url, &server);
    let act_link = select(&index, "table.acts a")
        .into_iter()
        .find(|a| a.value().attr("href") == Some("acts/kz/cao-ch26-ru/index.html"))
        .unwrap_or_else(|| panic!("the index has no link to kz/cao-ch26-ru"));
    let act_url = resolve(
        &index_url,
        act_link.value().attr("href").unwrap_or_default(),
    );

    // The act's timeline links each version to its comparison.
    let act = browser.dom(&act_url, &server);
    assert!(
        select(&act, "ol.timeline > li").len() == 2,
        "two versions of kz/cao-ch26-ru"
    );
    let cmp_link = select(&act, "ol.timeline a")
        .into_iter()
        .find(|a| {
            a.value()
                .attr("href")
                .is_some_and(|h| h.starts_with("changes/"))
        })
        .unwrap_or_else(|| panic!("the timeline links no comparison"));
    let cmp_url = resolve(&act_url, cmp_link.value().attr("href").unwrap_or_default());

    // The comparison, with the script run: the filter is shown and every change listed.
    let cmp = browser.dom(&cmp_url, &server);
    let form = select(&cmp, "form#filter");
    assert!(
        form.first()
            .is_some_and(|f| f.value().attr("hidden").is_none()),
        "the script did not show the filter"
    );
    let (all, total) = shown_changes(&cmp);
    assert!(
        total > 10 && all == total,
        "{all} of {total} changes shown unfiltered"
    );
    let key = select(&cmp, "ol.key-changes > li");
    assert!(!key.is_empty(), "no key changes");

    // The severity filter: only changes with a high finding stay.
    let high = browser.dom(&format!("{cmp_url}?severity=high"), &server);
    let (shown, total_high) = shown_changes(&high);
    assert_eq!(total_high, total);
    assert!(
        shown > 0 && shown < total,
        "the filter left {shown} of {total}"
    );
    let high_finding = scraper::Selector::parse(".finding[data-severity=high]")
        .unwrap_or_else(|e| panic!("{e:?}"));
    for change in select(&high, "section.change") {
        let has_high = change.select(&high_finding).next().is_some();
        let hidden = change.value().attr("hidden").is_some();
        assert_eq!(hidden, !has_high, "change {:?}", change.value().attr("id"));
    }
    let status = select(&high, "#filter-status");
    let status = status.first().map(text).unwrap_or_default();
    assert_eq!(status, format!("Showing {shown} of {total}"));

    // From a change to its provision's page.
    let provision_link = select(&cmp, ".provision-link a")
        .into_iter()
        .find(|a| a.value().attr("href") == Some("../art-456-2.html"))
        .unwrap_or_else(|| panic!("no change links ст. 456-2"));
    let provision_url = resolve(
        &cmp_url,
        provision_link.value().attr("href").unwrap_or_default(),
    );
    let provision = browser.dom(&provision_url, &server);
    let h1 = select(&provision, "h1");
    assert!(
        h1.first()
            .map(text)
            .unwrap_or_default()
            .starts_with("ст. 456-2."),
        "{provision_url}"
    );
    assert!(!select(&provision, "ol.blame > li").is_empty());

    // The search: «ложной информации» leads to CAO Art. 456-2 first.
    let search_url = format!(
        "{}?q=%D0%BB%D0%BE%D0%B6%D0%BD%D0%BE%D0%B9+%D0%B8%D0%BD%D1%84%D0%BE%D1%80%D0%BC%D0%B0%D1%86%D0%B8%D0%B8",
        server.url("search.html")
    );
    let search = browser.dom(&search_url, &server);
    let results = select(&search, "#results-list > li > a");
    assert!(results.len() >= 3, "{} results", results.len());
    let found = select(&search, "#results-status");
    assert_eq!(
        found.first().map(text).unwrap_or_default(),
        format!("Provisions found: {}", results.len())
    );
    let first = results[0].value().attr("href").unwrap_or_default();
    assert_eq!(first, "acts/kz/cao-ch26-ru/art-456-2.html", "first result");
    let landed = browser.dom(&resolve(&search_url, first), &server);
    assert!(
        select(&landed, "h1")
            .first()
            .map(text)
            .unwrap_or_default()
            .contains("Размещение, распространение ложной информации")
    );

    // Screenshots of the index, a comparison, a provision page and the search.
    let shots = std::env::var_os("LEXWATCH_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| browser.work.path().to_path_buf());
    std::fs::create_dir_all(&shots).unwrap_or_else(|e| panic!("{e}"));
    browser.screenshot(&index_url, &shots.join("index.png"), &server);
    browser.screenshot(
        &format!("{cmp_url}?severity=high"),
        &shots.join("comparison.png"),
        &server,
    );
    browser.screenshot(&provision_url, &shots.join("provision.png"), &server);
    browser.screenshot(&search_url, &shots.join("search.png"), &server);

    // Every request reached the server and found its file; the served pages pass the page check.
    let requests = server.requests();
    let missing: Vec<&(String, u16)> = requests.iter().filter(|(_, s)| *s != 200).collect();
    assert!(
        missing.is_empty(),
        "requests that found nothing: {missing:?}"
    );
    for page in ["index.html", "search.html"] {
        let html = std::fs::read_to_string(site.path().join(page)).unwrap_or_default();
        let problems = check_page(site.path(), page, &html);
        assert!(problems.is_empty(), "{problems:?}");
    }
    println!(
        "chromium: {} runs, {} requests to 127.0.0.1:{}, screenshots in {}",
        browser.runs.get(),
        requests.len(),
        server.port,
        shots.display()
    );
}
