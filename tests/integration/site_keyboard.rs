//! The comparison page's filter used from the keyboard alone, in headless
//! Chromium driven over the DevTools protocol (a small WebSocket client on
//! std's TcpStream): Tab until the severity list has the focus, arrow keys to
//! choose "at least high", and the list of changes shrinks.

use crate::cli_site::{corpus_site, find_tool};
use crate::site_browser::{Server, check_netlog};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A WebSocket connection to one DevTools target.
struct DevTools {
    stream: TcpStream,
    next_id: u64,
}

impl DevTools {
    fn connect(ws_url: &str) -> DevTools {
        let rest = ws_url
            .strip_prefix("ws://")
            .unwrap_or_else(|| panic!("not a ws:// address: {ws_url}"));
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        let mut stream = TcpStream::connect(host).unwrap_or_else(|e| panic!("{host}: {e}"));
        let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
        let request = format!(
            "GET /{path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        );
        stream
            .write_all(request.as_bytes())
            .unwrap_or_else(|e| panic!("{e}"));
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            stream
                .read_exact(&mut byte)
                .unwrap_or_else(|e| panic!("handshake: {e}"));
            head.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&head);
        assert!(head.starts_with("HTTP/1.1 101"), "no WebSocket: {head}");
        DevTools { stream, next_id: 0 }
    }

    fn send_frame(&mut self, payload: &[u8]) {
        let mut frame = vec![0x81u8];
        let mask = [0x12u8, 0x34, 0x56, 0x78];
        match payload.len() {
            n if n < 126 => frame.push(0x80 | n as u8),
            n if n < 65536 => {
                frame.push(0x80 | 126);
                frame.extend_from_slice(&(n as u16).to_be_bytes());
            }
            n => {
                frame.push(0x80 | 127);
                frame.extend_from_slice(&(n as u64).to_be_bytes());
            }
        }
        frame.extend_from_slice(&mask);
        frame.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
        self.stream
            .write_all(&frame)
            .unwrap_or_else(|e| panic!("send: {e}"));
    }

    fn read_message(&mut self) -> String {
        let mut message = Vec::new();
        loop {
            let mut head = [0u8; 2];
            self.stream
                .read_exact(&mut head)
                .unwrap_or_else(|e| panic!("read: {e}"));
            let fin = head[0] & 0x80 != 0;
            let opcode = head[0] & 0x0f;
            let mut len = u64::from(head[1] & 0x7f);
            if len == 126 {
                let mut b = [0u8; 2];
                self.stream
                    .read_exact(&mut b)
                    .unwrap_or_else(|e| panic!("{e}"));
                len = u64::from(u16::from_be_bytes(b));
            } else if len == 127 {
                let mut b = [0u8; 8];
                self.stream
                    .read_exact(&mut b)
                    .unwrap_or_else(|e| panic!("{e}"));
                len = u64::from_be_bytes(b);
            }
            let mut payload = vec![0u8; len as usize];
            self.stream
                .read_exact(&mut payload)
                .unwrap_or_else(|e| panic!("{e}"));
            match opcode {
                0x8 => panic!("DevTools closed the connection"),
                0x9 | 0xA => continue, // ping, pong
                _ => message.extend_from_slice(&payload),
            }
            if fin {
                return String::from_utf8_lossy(&message).into_owned();
            }
        }
    }

    /// Sends a command and returns its result, skipping events.
    fn call(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        self.next_id += 1;
        let id = self.next_id;
        let request = serde_json::json!({ "id": id, "method": method, "params": params });
        self.send_frame(request.to_string().as_bytes());
        loop {
            let reply: serde_json::Value = serde_json::from_str(&self.read_message())
                .unwrap_or_else(|e| panic!("DevTools sent bad JSON: {e}"));
            if reply["id"].as_u64() == Some(id) {
                assert!(reply["error"].is_null(), "{method}: {}", reply["error"]);
                return reply["result"].clone();
            }
        }
    }

    /// Evaluates a JavaScript expression in the page and returns its value.
    fn eval(&mut self, expression: &str) -> serde_json::Value {
        let result = self.call(
            "Runtime.evaluate",
            serde_json::json!({ "expression": expression, "returnByValue": true }),
        );
        result["result"]["value"].clone()
    }

    fn key(&mut self, key: &str, code: u32) {
        for kind in ["rawKeyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                serde_json::json!({
                    "type": kind, "key": key, "code": key,
                    "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code
                }),
            );
        }
    }

    /// Waits until an expression is true in the page.
    fn wait_for(&mut self, expression: &str) {
        let start = Instant::now();
        while self.eval(expression) != serde_json::Value::Bool(true) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "timed out waiting for {expression}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Chromium with a DevTools port, killed when dropped.
struct Chromium(Child);

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The address of the first page target, from `/json/list` on the DevTools port.
fn page_target(port: &str) -> String {
    let mut stream =
        TcpStream::connect(format!("127.0.0.1:{port}")).unwrap_or_else(|e| panic!("{e}"));
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let _ = stream
        .write_all(format!("GET /json/list HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").as_bytes());
    // The DevTools server keeps the connection open: read the length it announces.
    let mut reader = BufReader::new(stream);
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0u8; length];
    reader
        .read_exact(&mut body)
        .unwrap_or_else(|e| panic!("/json/list: {e}"));
    let body = String::from_utf8_lossy(&body);
    let targets: serde_json::Value =
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("/json/list: {e}: {body}"));
    targets
        .as_array()
        .into_iter()
        .flatten()
        .find(|t| t["type"] == "page")
        .and_then(|t| t["webSocketDebuggerUrl"].as_str())
        .map(str::to_string)
        .unwrap_or_else(|| panic!("no page target: {body}"))
}

#[test]
fn the_filter_works_from_the_keyboard() {
    let chromium = ["chromium", "chromium-browser", "google-chrome", "chrome"];
    let Some(binary) = find_tool("LEXWATCH_CHROMIUM", &chromium) else {
        println!(
            "skipped: no Chromium on PATH (install Debian's chromium, or set LEXWATCH_CHROMIUM)"
        );
        return;
    };
    let site = corpus_site(&[]);
    let server = Server::start(site.path());
    let work = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let netlog = work.path().join("netlog.json");
    let child = Command::new(&binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--remote-debugging-port=0",
            "--remote-debugging-address=127.0.0.1",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        ])
        .arg(format!(
            "--user-data-dir={}",
            work.path().join("profile").display()
        ))
        .arg(format!("--log-net-log={}", netlog.display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", binary.display()));
    let mut chromium = Chromium(child);
    let stderr = chromium
        .0
        .stderr
        .take()
        .unwrap_or_else(|| panic!("no stderr"));
    // Read Chromium's standard error in a thread, so a silent browser cannot hang the test.
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(url) = line.split("DevTools listening on ").nth(1) {
                let host = url.trim().trim_start_matches("ws://").to_string();
                let _ = sender.send(
                    host.split('/')
                        .next()
                        .and_then(|h| h.rsplit(':').next())
                        .map(str::to_string),
                );
            }
        }
    });
    let port = receiver
        .recv_timeout(Duration::from_secs(30))
        .ok()
        .flatten();
    let port = port.unwrap_or_else(|| panic!("Chromium did not open its DevTools port"));
    let mut tools = DevTools::connect(&page_target(&port));

    let url = server.url("acts/kz/cao-ch26-ru/changes/2024-09-09-in-force.html");
    tools.call("Page.navigate", serde_json::json!({ "url": url }));
    tools.wait_for(
        "document.readyState === 'complete' && !document.getElementById('filter').hidden",
    );
    let visible = "document.querySelectorAll('section.change:not([hidden])').length";
    let all = tools.eval(visible).as_u64().unwrap_or(0);
    assert!(all > 10, "{all} changes before filtering");

    // Tab through the page until the severity list has the focus.
    let mut tabs = 0;
    while tools.eval("document.activeElement && document.activeElement.id") != "filter-severity" {
        tabs += 1;
        assert!(tabs < 200, "Tab never reached the severity filter");
        tools.key("Tab", 9);
    }
    // Down four times: any → info → low → medium → high.
    for _ in 0..4 {
        tools.key("ArrowDown", 40);
    }
    assert_eq!(
        tools.eval("document.getElementById('filter-severity').value"),
        "high"
    );
    tools.wait_for(&format!("{visible} < {all}"));
    let shown = tools.eval(visible).as_u64().unwrap_or(0);
    assert!(shown > 0, "the filter hid every change");
    let status = tools.eval("document.getElementById('filter-status').textContent");
    assert_eq!(status, format!("Showing {shown} of {all}"));
    // Every change left shown has a high finding; every hidden one has none.
    let consistent = tools.eval(
        "Array.prototype.every.call(document.querySelectorAll('section.change'), \
         c => c.hidden === !c.querySelector('.finding[data-severity=high]'))",
    );
    assert_eq!(consistent, true, "the filter hid the wrong changes");
    // Back up to "any": every change again.
    for _ in 0..4 {
        tools.key("ArrowUp", 38);
    }
    tools.wait_for(&format!("{visible} === {all}"));
    println!("keyboard: {tabs} Tab presses to the filter; high leaves {shown} of {all} changes");
    // Close the browser so that it finishes its network log.
    tools.send_frame(br#"{"id":999999,"method":"Browser.close"}"#);
    let start = Instant::now();
    while chromium.0.try_wait().ok().flatten().is_none()
        && start.elapsed() < Duration::from_secs(10)
    {
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(chromium);
    check_netlog(&netlog, server.port());
}
