//! What every command shares: global flags, the context, and the error type.

use crate::corpus::{ActId, CorpusError, Repository, Version};
use crate::statute::ParseError;
use clap::{Args, ValueEnum};
use std::fmt;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

/// Flags accepted by every command.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The statute repository to work in (default: the current directory).
    #[arg(long, global = true, value_name = "DIR", default_value = ".")]
    pub repo: PathBuf,
    /// When to colour the output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The context of one run.
pub struct Ctx {
    /// The repository path given with `--repo`.
    pub repo_path: PathBuf,
    /// Whether to colour standard output.
    pub color: bool,
}

impl Ctx {
    /// Builds the context from the global flags.
    pub fn new(global: GlobalArgs) -> Ctx {
        let color = match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        };
        Ctx {
            repo_path: global.repo,
            color,
        }
    }

    /// Opens the statute repository.
    pub fn repo(&self) -> Result<Repository, CliError> {
        Ok(Repository::open(&self.repo_path)?)
    }

    /// The vague-term lexicon: the built-in one, with the repository's `lexwatch.toml` on top.
    pub fn lexicon(&self) -> Result<crate::analyze::lexicon::Lexicon, CliError> {
        let mut lexicon = crate::analyze::lexicon::Lexicon::builtin();
        let root = Repository::open(&self.repo_path)
            .map(|r| r.root().to_path_buf())
            .unwrap_or_else(|_| self.repo_path.clone());
        let path = root.join("lexwatch.toml");
        match std::fs::read_to_string(&path) {
            Ok(text) => lexicon
                .apply_repo_toml(&text, &path.display().to_string())
                .map_err(crate::Error::from)?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(CliError::new(format!("{}: {e}", path.display()))),
        }
        Ok(lexicon)
    }

    /// Opens the repository and checks the act exists in it.
    pub fn act(&self, act: &str) -> Result<(Repository, ActId), CliError> {
        let repo = self.repo()?;
        let id = repo.require_act(act)?;
        Ok((repo, id))
    }
}

/// Resolves a version name, defaulting to `latest`.
pub fn resolve(repo: &Repository, act: &ActId, spec: Option<&str>) -> Result<Version, CliError> {
    Ok(repo.resolve(act, spec.unwrap_or("latest"))?)
}

/// Writes to standard output, buffered.
pub fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::new(io::stdout().lock())
}

/// An error reported by the binary in one line, with an optional hint.
#[derive(Debug)]
pub struct CliError {
    message: String,
    hint: Option<String>,
    broken_pipe: bool,
}

impl CliError {
    /// An error with a message.
    pub fn new(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            hint: None,
            broken_pipe: false,
        }
    }

    /// Adds a hint printed on its own line.
    pub fn with_hint(mut self, hint: impl Into<String>) -> CliError {
        self.hint = Some(hint.into());
        self
    }

    /// The hint, if any.
    pub fn hint(&self) -> Option<&str> {
        self.hint.as_deref()
    }

    /// Whether the error is a closed pipe (`lexwatch … | head`), which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        self.broken_pipe
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line: messages from below may carry newlines from TOML errors.
        let one_line: Vec<&str> = self
            .message
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        f.write_str(&one_line.join(" "))
    }
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> Self {
        CliError {
            message: e.to_string(),
            hint: None,
            broken_pipe: e.kind() == io::ErrorKind::BrokenPipe,
        }
    }
}

impl From<CorpusError> for CliError {
    fn from(e: CorpusError) -> Self {
        let hint = match &e {
            CorpusError::UnknownAct { .. } => {
                Some("`lexwatch acts` lists the acts in this repository")
            }
            CorpusError::UnknownVersion { .. } => {
                Some("`lexwatch log ACT` lists an act's versions")
            }
            _ => None,
        };
        let err = CliError::new(e.to_string());
        match hint {
            Some(h) => err.with_hint(h),
            None => err,
        }
    }
}

impl From<ParseError> for CliError {
    fn from(e: ParseError) -> Self {
        CliError::new(e.to_string())
    }
}

impl From<crate::Error> for CliError {
    fn from(e: crate::Error) -> Self {
        match e {
            crate::Error::Corpus(e) => e.into(),
            other => CliError::new(other.to_string()),
        }
    }
}

impl From<crate::statute::CitationError> for CliError {
    fn from(e: crate::statute::CitationError) -> Self {
        CliError::new(e.to_string())
    }
}

/// Flushes a writer, treating a closed pipe as the end of output.
pub fn finish(mut out: impl Write) -> Result<(), CliError> {
    out.flush()?;
    Ok(())
}

/// Where a command writes its result.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Write to FILE instead of standard output (written whole or not at all).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Reads and parses a statute file given on the command line.
pub fn read_statute(path: &std::path::Path) -> Result<crate::statute::Statute, CliError> {
    let bytes =
        std::fs::read(path).map_err(|e| CliError::new(format!("{}: {e}", path.display())))?;
    Ok(crate::statute::parse_bytes(
        &bytes,
        &path.display().to_string(),
    )?)
}

/// Writes bytes to a file atomically: a temporary file in the same folder, then a rename.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), CliError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.lexwatch-tmp"));
    std::fs::write(&temp, bytes)
        .map_err(|e| CliError::new(format!("cannot write {}: {e}", path.display())))?;
    std::fs::rename(&temp, path).map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        CliError::new(format!("{}: {e}", path.display()))
    })
}

/// Renders a report to standard output or to the `-o` file.
pub fn emit(
    ctx: &Ctx,
    report: &crate::analyze::Report,
    format: crate::render::Format,
    output: &OutputArgs,
) -> Result<(), CliError> {
    match &output.output {
        Some(path) => {
            let mut buffer = Vec::new();
            let options = crate::render::RenderOptions { color: false };
            crate::render::write(report, format, &options, &mut buffer)?;
            write_file(path, &buffer)
        }
        None => {
            let mut out = stdout();
            let options = crate::render::RenderOptions { color: ctx.color };
            crate::render::write(report, format, &options, &mut out)?;
            finish(out)
        }
    }
}

/// Resolves FROM and TO: TO defaults to latest, FROM to the version before TO.
pub fn version_pair(
    repo: &Repository,
    act: &ActId,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<(Version, Version), CliError> {
    let to = repo.resolve(act, to.unwrap_or("latest"))?;
    let from = match from {
        Some(spec) => repo.resolve(act, spec)?,
        None => repo.previous(&to)?.ok_or_else(|| {
            CliError::new(format!(
                "{act} has no version before {}; nothing to compare",
                to.label()
            ))
            .with_hint("record another version, or name two versions: FROM TO")
        })?,
    };
    Ok((from, to))
}

/// A progress line on standard error for long runs, shown only on a terminal.
pub struct Progress {
    what: &'static str,
    total: usize,
    done: std::cell::Cell<usize>,
    visible: bool,
}

impl Progress {
    /// Starts a progress line for `total` steps.
    pub fn new(what: &'static str, total: usize) -> Progress {
        let visible = io::stderr().is_terminal() && total > 1;
        Progress {
            what,
            total,
            done: std::cell::Cell::new(0),
            visible,
        }
    }

    /// Reports that the next step, named `item`, has started.
    pub fn step(&self, item: &str) {
        let done = self.done.get() + 1;
        self.done.set(done);
        if self.visible {
            let width = 24;
            let filled = done * width / self.total.max(1);
            eprint!(
                "\r\x1b[2K{} [{}{}] {done}/{} {item}",
                self.what,
                "#".repeat(filled),
                " ".repeat(width - filled),
                self.total
            );
        }
    }

    /// Clears the progress line.
    pub fn finish(&self) {
        if self.visible {
            eprint!("\r\x1b[2K");
        }
    }
}
