//! `lexwatch pull`: fetch each act's sources and record what is new.

use super::common::{self, CliError, Ctx};
use crate::corpus::{ActId, RecordRequest, Register, Repository};
use crate::pull::{
    Client, ClientOptions, Found, Outcome, STATE_FILE, State, Validators, fetch_source, same_text,
};
use chrono::NaiveDate;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Fetch the published texts of acts from their sources and record each new version.
///
/// Each act's `[[source]]` in `history/<act>.toml` (an address, the stage a
/// version found there is recorded at, and optionally the format, a link
/// pattern for a page listing editions and a date pattern) is fetched over
/// HTTP(S), imported as `lexwatch import` does and recorded as `lexwatch
/// record` does, only when its text differs from the act's latest version.
/// A download that fails, is cut short or is an error page, or a text that
/// does not import as a statute, records nothing; it is reported with the
/// act and the reason, and the other acts go on. What each source answered
/// (`ETag`, `Last-Modified`) is kept in `pull-state.toml`, so an unchanged
/// page costs one request.
///
/// Exit status: 0 when a new version was recorded (or would be, with
/// --dry-run), 1 when nothing was new, 3 when a source failed (the others are
/// still recorded), 2 on a usage or repository error.
///
/// Examples:
///   lexwatch pull
///   lexwatch pull kz/cao-ch26-ru --dry-run
///   lexwatch pull --offline saved-pages/
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct PullArgs {
    /// The acts to pull (default: every act with a source).
    #[arg(value_name = "ACT")]
    acts: Vec<String>,
    /// Fetch and compare, say what would be recorded, write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Read saved responses from DIR instead of the network: the address
    /// without its scheme is the path (`DIR/adilet.zan.kz/rus/docs/K1400000235`).
    #[arg(long, value_name = "DIR")]
    offline: Option<PathBuf>,
    /// Seconds to wait for a whole response.
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    timeout: f64,
    /// Seconds to wait between two requests (official sites are shared).
    #[arg(long, value_name = "SECONDS", default_value_t = 2.0)]
    pace: f64,
}

/// What one source of one act came to.
enum SourceResult {
    Recorded,
    Unchanged,
    Failed,
}

/// Runs `pull`.
pub fn run(ctx: &Ctx, args: &PullArgs) -> Result<ExitCode, CliError> {
    let seconds = |value: f64, flag: &str| {
        if value.is_finite() && value >= 0.0 {
            Ok(Duration::from_secs_f64(value))
        } else {
            Err(CliError::usage(format!(
                "{flag} must be a number of seconds, not {value}"
            )))
        }
    };
    let options = ClientOptions {
        timeout: seconds(args.timeout, "--timeout")?,
        pace: seconds(args.pace, "--pace")?,
        offline: args.offline.clone(),
        ..ClientOptions::default()
    };
    let repo = ctx.repo()?;
    let acts: Vec<ActId> = if args.acts.is_empty() {
        let mut with_sources = Vec::new();
        for act in repo.acts()? {
            if !repo.register(&act)?.sources.is_empty() {
                with_sources.push(act);
            }
        }
        if with_sources.is_empty() {
            return Err(CliError::usage("no act has a [[source]] in its register")
                .with_hint("add `[[source]]` with `url` and `stage` to history/<act>.toml and commit it (see the README, \"Watching the official sources\")"));
        }
        with_sources
    } else {
        let mut named = Vec::new();
        for name in &args.acts {
            named.push(repo.require_act(name)?);
        }
        named
    };
    let state_path = repo.root().join(STATE_FILE);
    let kept = match std::fs::read_to_string(&state_path) {
        Ok(text) => State::from_toml(&text, STATE_FILE).map_err(crate::Error::from)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => State::default(),
        Err(e) => return Err(CliError::new(format!("cannot read {STATE_FILE}: {e}"))),
    };
    let mut state = kept.clone();
    let client = Client::new(options);
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let today = chrono::Utc::now().date_naive();
    let mut out = common::stdout();
    let (mut recorded, mut unchanged, mut failed) = (0, 0, 0);
    for act in &acts {
        let register = repo.register(act)?;
        if register.sources.is_empty() {
            writeln!(
                out,
                "{act}: failed: no [[source]] in {}; nothing recorded",
                act.register_path()
            )?;
            failed += 1;
            continue;
        }
        for source in &register.sources {
            let result = pull_one(
                &repo, &client, &mut state, &mut out, act, source, args, &now, today,
            )?;
            match result {
                SourceResult::Recorded => recorded += 1,
                SourceResult::Unchanged => unchanged += 1,
                SourceResult::Failed => failed += 1,
            }
        }
    }
    // Written only when a source answered something new, so that a day of
    // 304s leaves nothing to commit.
    if !args.dry_run && state != kept {
        common::write_file(&state_path, state.to_toml().as_bytes())?;
    }
    let verb = if args.dry_run {
        "would record"
    } else {
        "recorded"
    };
    writeln!(
        out,
        "pull: {recorded} {verb}, {unchanged} unchanged, {failed} failed"
    )?;
    common::finish(out)?;
    Ok(ExitCode::from(if failed > 0 {
        3
    } else if recorded > 0 {
        0
    } else {
        1
    }))
}

/// Fetches one source of an act and records its text if it is new; says what happened in one line.
#[allow(clippy::too_many_arguments)]
fn pull_one(
    repo: &Repository,
    client: &Client,
    state: &mut State,
    out: &mut dyn Write,
    act: &ActId,
    source: &crate::corpus::Source,
    args: &PullArgs,
    now: &str,
    today: NaiveDate,
) -> Result<SourceResult, CliError> {
    // The register is read again for every source: an earlier one may have recorded.
    let register: Register = repo.register(act)?;
    let latest = register.latest().cloned();
    let latest_blob = latest.as_ref().map(|e| e.blob.clone());
    let seen =
        |url: &str| -> Validators { state.validators(act.as_str(), url, latest_blob.as_deref()) };
    let outcome = fetch_source(client, source, act.as_str(), &seen);
    let found: Box<Found> = match outcome {
        Err(e) => {
            writeln!(out, "{act}: failed: {e}; nothing recorded")?;
            return Ok(SourceResult::Failed);
        }
        Ok(Outcome::NotModified) => {
            writeln!(
                out,
                "{act}: unchanged: {} answered 304 Not Modified",
                source.url
            )?;
            return Ok(SourceResult::Unchanged);
        }
        Ok(Outcome::Found(found)) => found,
    };
    for w in &found.imported.warnings {
        common::warn(&format!("{act}: {}:{}: {}", found.url, w.line, w.message));
    }
    // The importer names the page "download"; the warnings name the act and address.
    let parse_warnings: Vec<_> = found
        .imported
        .statute
        .warnings
        .iter()
        .map(|w| crate::statute::ParseWarning {
            origin: format!("{act}: {}", found.url),
            ..w.clone()
        })
        .collect();
    common::warn_all(&parse_warnings);
    if let Some(latest) = &latest {
        let previous = repo.blob(&latest.blob)?;
        let before = crate::statute::parse_bytes(&previous, &latest.id);
        if before.is_ok_and(|b| same_text(&b, &found.imported.statute)) {
            writeln!(
                out,
                "{act}: unchanged: {} has the text of version {}",
                found.url, latest.id
            )?;
            if !args.dry_run {
                for (url, v) in &found.validators {
                    state.keep(act.as_str(), url, v, &latest.blob, now);
                }
            }
            return Ok(SourceResult::Unchanged);
        }
    }
    let date = found.date.unwrap_or(today);
    if let Some(latest) = &latest
        && date < latest.date
    {
        writeln!(
            out,
            "{act}: failed: {} has a new text dated {date}, before the latest version {} ({}); record it by hand if it is an older edition; nothing recorded",
            found.url, latest.id, latest.date
        )?;
        return Ok(SourceResult::Failed);
    }
    let base = format!("{date}-{}", source.stage);
    let id = (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| register.versions.iter().all(|e| &e.id != id))
        .unwrap_or(base);
    let r = &found.imported.recognised;
    if args.dry_run {
        writeln!(
            out,
            "{act}: would record {id} ({}, {date}) from {}: {r}",
            source.stage, found.url
        )?;
        return Ok(SourceResult::Recorded);
    }
    let request = RecordRequest {
        act: act.clone(),
        text: found.imported.markdown.clone().into_bytes(),
        origin: found.url.clone(),
        date,
        stage: source.stage,
        source: Some(found.url.clone()),
        note: Some(format!("retrieved {now} by lexwatch pull")),
        id: Some(id),
        today: Some(today),
        allow_identical: false,
        allow_other_act: false,
    };
    let recorded = match repo.record_observed(request, &common::write_step_hook()) {
        Ok(recorded) => recorded,
        Err(e) => {
            writeln!(out, "{act}: failed: {}: {e}; nothing recorded", found.url)?;
            return Ok(SourceResult::Failed);
        }
    };
    if let Some(recovery) = &recorded.recovered {
        common::note(&recovery.to_string());
    }
    for warning in &recorded.warnings {
        common::warn(&format!("{act}: {warning}"));
    }
    for (url, v) in &found.validators {
        state.keep(act.as_str(), url, v, &recorded.entry.blob, now);
    }
    writeln!(
        out,
        "{act}: recorded {} ({}, {}) from {}: {r}; commit {}",
        recorded.entry.id,
        recorded.entry.stage,
        recorded.entry.date,
        found.url,
        &recorded.commit[..10.min(recorded.commit.len())]
    )?;
    Ok(SourceResult::Recorded)
}
