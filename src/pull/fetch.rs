//! One polite HTTP client, or a directory of saved responses in its place.

use super::PullError;
use chrono::NaiveDate;
use std::cell::Cell;
use std::io::ErrorKind;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The most a response body may weigh: a consolidated code is a few megabytes.
const MAX_BODY: u64 = 64 * 1024 * 1024;

/// How the client behaves.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// The longest a whole request (connection, headers, body) may take.
    pub timeout: Duration,
    /// The least time between the end of one request and the start of the next.
    pub pace: Duration,
    /// How many redirects are followed before giving up.
    pub max_redirects: u32,
    /// Read responses saved in this directory instead of the network.
    pub offline: Option<PathBuf>,
}

impl Default for ClientOptions {
    fn default() -> ClientOptions {
        ClientOptions {
            timeout: Duration::from_secs(60),
            pace: Duration::from_secs(2),
            max_redirects: 5,
            offline: None,
        }
    }
}

/// What a server said about a response, to ask next time whether it changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header.
    pub etag: Option<String>,
    /// The `Last-Modified` header.
    pub last_modified: Option<String>,
}

/// A response received in full.
#[derive(Debug, Clone)]
pub struct Page {
    /// The address the body came from, after redirects.
    pub url: String,
    /// The body, exactly as received (decompressed).
    pub bytes: Vec<u8>,
    /// The `Content-Type` header.
    pub content_type: Option<String>,
    /// The response's validators.
    pub validators: Validators,
    /// The day of `Last-Modified`, when the server sent one.
    pub last_modified: Option<NaiveDate>,
}

/// The answer to one request.
#[derive(Debug, Clone)]
pub enum Fetched {
    /// 304: unchanged since the validators sent.
    NotModified,
    /// A complete 2xx response.
    Page(Page),
}

/// Fetches pages over HTTP(S) with a timeout, a limit on redirects, a
/// User-Agent naming lexwatch and a pause between requests.
pub struct Client {
    agent: ureq::Agent,
    options: ClientOptions,
    last: Cell<Option<Instant>>,
}

impl Client {
    /// A client with these options.
    pub fn new(options: ClientOptions) -> Client {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(options.timeout))
            .max_redirects(options.max_redirects)
            .http_status_as_error(false)
            .user_agent(user_agent())
            .build()
            .new_agent();
        Client {
            agent,
            options,
            last: Cell::new(None),
        }
    }

    /// Fetches `url`, asking with `seen` whether it changed.
    pub fn fetch(&self, url: &str, seen: &Validators) -> Result<Fetched, PullError> {
        if let Some(dir) = &self.options.offline {
            return offline(dir, url);
        }
        let fail = |reason: String| PullError::Fetch {
            url: url.to_string(),
            reason,
        };
        if let Some(last) = self.last.get() {
            // Official sites are shared: never more than one request per `pace`.
            let wait = self.options.pace.saturating_sub(last.elapsed());
            std::thread::sleep(wait);
        }
        let mut request = self.agent.get(url);
        if let Some(etag) = &seen.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(date) = &seen.last_modified {
            request = request.header("If-Modified-Since", date);
        }
        let result = request.call();
        let outcome = match result {
            Err(e) => Err(fail(self.reason(&e))),
            Ok(mut response) => {
                let status = response.status();
                if status.as_u16() == 304 {
                    Ok(Fetched::NotModified)
                } else if !status.is_success() {
                    Err(fail(
                        format!(
                            "HTTP {} {}",
                            status.as_u16(),
                            status.canonical_reason().unwrap_or("")
                        )
                        .trim_end()
                        .to_string(),
                    ))
                } else {
                    let header = |name: &str| {
                        response
                            .headers()
                            .get(name)
                            .and_then(|v| v.to_str().ok())
                            .map(str::to_string)
                    };
                    let validators = Validators {
                        etag: header("etag"),
                        last_modified: header("last-modified"),
                    };
                    let content_type = header("content-type");
                    let final_url = ureq::ResponseExt::get_uri(&response).to_string();
                    let body = response
                        .body_mut()
                        .with_config()
                        .limit(MAX_BODY)
                        .read_to_vec();
                    match body {
                        Err(e) => Err(fail(self.reason(&e))),
                        Ok(bytes) if bytes.is_empty() => Err(fail("the response is empty".into())),
                        Ok(bytes) => Ok(Fetched::Page(Page {
                            url: final_url,
                            bytes,
                            content_type,
                            last_modified: validators.last_modified.as_deref().and_then(http_date),
                            validators,
                        })),
                    }
                }
            }
        };
        self.last.set(Some(Instant::now()));
        outcome
    }

    /// One line saying why a request failed.
    fn reason(&self, error: &ureq::Error) -> String {
        match error {
            ureq::Error::Timeout(_) => format!(
                "no complete answer within {} s (timed out)",
                self.options.timeout.as_secs_f64()
            ),
            ureq::Error::TooManyRedirects => format!(
                "more than {} redirects (a redirect loop?)",
                self.options.max_redirects
            ),
            ureq::Error::BodyExceedsLimit(limit) => {
                format!("the response is larger than {} MB", limit / 1024 / 1024)
            }
            ureq::Error::Io(e) if e.kind() == ErrorKind::UnexpectedEof => {
                "the download was cut short (truncated body)".into()
            }
            ureq::Error::Io(e) if e.kind() == ErrorKind::TimedOut => format!(
                "no complete answer within {} s (timed out)",
                self.options.timeout.as_secs_f64()
            ),
            ureq::Error::HostNotFound => "host not found".into(),
            ureq::Error::ConnectionFailed => "connection failed".into(),
            other => {
                let text = other.to_string();
                if text.contains("incomplete") || text.contains("closed") {
                    format!("the download was cut short (truncated body: {text})")
                } else {
                    text
                }
            }
        }
    }
}

/// `lexwatch/<version> (statute version tracker)`: who is asking, so a site can tell.
pub fn user_agent() -> String {
    format!(
        "lexwatch/{} (statute version tracker)",
        env!("CARGO_PKG_VERSION")
    )
}

/// The day of an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`).
fn http_date(text: &str) -> Option<NaiveDate> {
    chrono::DateTime::parse_from_rfc2822(text.trim())
        .ok()
        .map(|d| d.date_naive())
}

/// The file a saved response of `url` is read from: the address without its
/// scheme, `?` and `&` as `_`, `index.html` for a directory.
pub fn offline_path(url: &str) -> PathBuf {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split('#').next().unwrap_or(rest);
    let mut path = PathBuf::new();
    for part in rest.split('/') {
        let part: String = part
            .chars()
            .map(|c| match c {
                '?' | '&' | ':' | '=' => '_',
                c => c,
            })
            .collect();
        if !part.is_empty() && part != "." && part != ".." {
            path.push(part);
        }
    }
    if rest.ends_with('/') || !rest.contains('/') {
        path.push("index.html");
    }
    path
}

fn offline(dir: &std::path::Path, url: &str) -> Result<Fetched, PullError> {
    let path = dir.join(offline_path(url));
    match std::fs::read(&path) {
        Ok(bytes) if bytes.is_empty() => Err(PullError::Fetch {
            url: url.to_string(),
            reason: format!("the saved response {} is empty", path.display()),
        }),
        Ok(bytes) => Ok(Fetched::Page(Page {
            url: url.to_string(),
            bytes,
            content_type: None,
            validators: Validators::default(),
            last_modified: None,
        })),
        Err(e) => Err(PullError::Fetch {
            url: url.to_string(),
            reason: format!("no saved response at {}: {e}", path.display()),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_responses_are_found_by_address() {
        assert_eq!(
            offline_path("https://adilet.zan.kz/rus/docs/K1400000235"),
            PathBuf::from("adilet.zan.kz/rus/docs/K1400000235")
        );
        assert_eq!(
            offline_path("http://127.0.0.1:8080/a/?v=2&x=1"),
            PathBuf::from("127.0.0.1_8080/a/_v_2_x_1")
        );
        assert_eq!(
            offline_path("https://x.kz"),
            PathBuf::from("x.kz/index.html")
        );
        assert_eq!(
            offline_path("https://x.kz/../../etc/passwd"),
            PathBuf::from("x.kz/etc/passwd")
        );
        assert_eq!(
            http_date("Wed, 21 Oct 2015 07:28:00 GMT"),
            NaiveDate::from_ymd_opt(2015, 10, 21)
        );
    }
}
