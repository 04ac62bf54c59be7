//! What every command shares: global flags, the context, and the error type.

pub use super::error::CliError;
use crate::corpus::{ActId, Repository, Version, WriteStep};
use clap::{Args, ValueEnum};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

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
        let root = Repository::open(&self.repo_path)
            .map(|r| r.root().to_path_buf())
            .unwrap_or_else(|_| self.repo_path.clone());
        Self::lexicon_at(&root)
    }

    /// [`Ctx::lexicon`] for a repository already open, which spares opening it again.
    pub fn lexicon_in(
        &self,
        repo: &Repository,
    ) -> Result<crate::analyze::lexicon::Lexicon, CliError> {
        Self::lexicon_at(repo.root())
    }

    /// The built-in lexicon with `root/lexwatch.toml` on top, when there is one.
    fn lexicon_at(root: &std::path::Path) -> Result<crate::analyze::lexicon::Lexicon, CliError> {
        let mut lexicon = crate::analyze::lexicon::Lexicon::builtin();
        let path = root.join("lexwatch.toml");
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let origin = path.display().to_string();
                crate::config::check_keys(&text, &origin)
                    .map_err(|e| CliError::new(e.to_string()))?;
                lexicon
                    .apply_repo_toml(&text, &origin)
                    .map_err(crate::Error::from)?
            }
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

/// Writes to standard output, buffered, with control characters made visible.
///
/// Statute text may carry terminal escape sequences; through this writer they
/// are shown, never obeyed (see [`crate::render::inert`]).
///
/// The buffer comes first, so that the many small writes of a renderer reach
/// the inert filter as a few large ones.
pub fn stdout() -> io::BufWriter<crate::render::InertWriter<io::StdoutLock<'static>>> {
    io::BufWriter::with_capacity(
        64 * 1024,
        crate::render::InertWriter::new(io::stdout().lock()),
    )
}

/// Writes to standard output, buffered, as it is: only for the text renderer,
/// which makes statute text inert itself and adds its own colours.
pub fn raw_stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::new(io::stdout().lock())
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

/// Reads a file named on the command line, saying "file not found" plainly.
pub fn read_input(path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => CliError::new(format!("{}: file not found", path.display())),
        _ => CliError::new(format!("{}: {e}", path.display())),
    })
}

/// Reads and parses a statute file given on the command line, warning about what the parser read through.
pub fn read_statute(path: &Path) -> Result<crate::statute::Statute, CliError> {
    let bytes = read_input(path)?;
    let statute = crate::statute::parse_bytes(&bytes, &path.display().to_string())?;
    warn_all(&statute.warnings);
    Ok(statute)
}

/// How many parse warnings are printed before the rest are only counted.
pub const WARNINGS_SHOWN: usize = 20;

/// Prints the parser's warnings about a file the user gave, one line each:
/// the first [`WARNINGS_SHOWN`], then how many more there are (an export
/// with thousands of repeated numbers must not bury the output).
pub fn warn_all<'a>(warnings: impl IntoIterator<Item = &'a crate::statute::ParseWarning>) {
    let mut hidden = 0usize;
    for (i, warning) in warnings.into_iter().enumerate() {
        if i < WARNINGS_SHOWN {
            warn(&warning.to_string());
        } else {
            hidden += 1;
        }
    }
    match hidden {
        0 => {}
        1 => warn("1 more warning not shown"),
        n => warn(&format!("{n} more warnings not shown")),
    }
}

/// Writes bytes to a file whole or not at all (see [`crate::util::write_atomically`]).
///
/// Only a regular file (or a new one) is written: renaming over a FIFO or a
/// device would replace the node rather than write to it, so those are refused.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            return Err(CliError::new(format!(
                "{}: not a regular file; -o writes only regular files",
                path.display()
            )));
        }
        _ => {}
    }
    crate::util::write_atomically(path, bytes)
        .map_err(|e| CliError::new(format!("cannot write {}: {e}", path.display())))
}

/// Prints a note on standard error (one line), e.g. an interrupted write recovered.
pub fn note(message: &str) {
    let _ = writeln!(io::stderr(), "lexwatch: {}", crate::render::inert(message));
}

/// Prints a warning on standard error (one line): the command went on.
pub fn warn(message: &str) {
    let _ = writeln!(
        io::stderr(),
        "lexwatch: warning: {}",
        crate::render::inert(message)
    );
}

/// The environment variable that makes a write pause after a named step (tests only).
///
/// The crash-safety tests set it to a [`WriteStep`] name, wait for the
/// "paused at" line on standard error, and kill the process there.
pub const PAUSE_AT_VARIABLE: &str = "LEXWATCH_TEST_PAUSE_AT";

/// The observer of a repository write: pauses at the step named by [`PAUSE_AT_VARIABLE`].
pub fn write_step_hook() -> impl Fn(WriteStep) {
    let pause_at = std::env::var(PAUSE_AT_VARIABLE).ok();
    move |step: WriteStep| {
        if pause_at.as_deref() == Some(step.as_str()) {
            let _ = writeln!(io::stderr(), "lexwatch: paused at {}", step.as_str());
            std::thread::sleep(std::time::Duration::from_secs(60));
        }
    }
}

/// Renders a report to standard output or to the `-o` file, the Markdown and HTML reports in a language (default: the act's).
pub fn emit(
    ctx: &Ctx,
    report: &crate::analyze::Report,
    format: crate::render::Format,
    output: &OutputArgs,
    lang: Option<crate::statute::Language>,
) -> Result<(), CliError> {
    match &output.output {
        Some(path) => {
            let mut buffer = Vec::new();
            let options = crate::render::RenderOptions { color: false, lang };
            crate::render::write(report, format, &options, &mut buffer)?;
            write_file(path, &buffer)
        }
        None => {
            let options = crate::render::RenderOptions {
                color: ctx.color,
                lang,
            };
            if format == crate::render::Format::Text {
                let mut out = raw_stdout();
                crate::render::write(report, format, &options, &mut out)?;
                finish(out)
            } else {
                let mut out = stdout();
                crate::render::write(report, format, &options, &mut out)?;
                finish(out)
            }
        }
    }
}

/// The error for a provision a version does not have, saying where it is:
/// a later or earlier version, another act, or what the enclosing provision has.
pub fn missing_provision(
    repo: &Repository,
    version: &Version,
    statute: &crate::statute::Statute,
    citation: &crate::statute::Citation,
) -> CliError {
    use crate::statute::{ArticleDivision, UnitKind};
    let style = statute.cite_style();
    let cited = citation.display(style);
    let head = format!("{} version {} has no {cited}", version.act, version.label());
    let absence = match repo.locate_absent(version, statute, citation) {
        Ok(absence) => absence,
        Err(e) => return CliError::new(format!("{head} ({e})")),
    };
    let on = |v: &Version| match &v.entry {
        Some(e) => format!("{} ({})", e.id, e.date),
        None => v.label(),
    };
    if let Some(later) = &absence.later {
        let what = if absence.earlier.is_some() {
            "it is back in"
        } else {
            "it first appears in"
        };
        return CliError::new(format!("{head}: {what} {}", on(later)))
            .with_hint(format!("show it with --at {}", later.label()));
    }
    if let Some(earlier) = &absence.earlier {
        return CliError::new(format!("{head}: it was last in {}", on(earlier)))
            .with_hint(format!("show it with --at {}", earlier.label()));
    }
    if let Some((parent, kind, numbers)) = &absence.parent {
        let noun = match (kind, style.division) {
            (UnitKind::Paragraph, ArticleDivision::Part) => "parts",
            (UnitKind::Paragraph, ArticleDivision::Paragraph) => "paragraphs",
            (UnitKind::Subparagraph, _) => "subparagraphs",
            (UnitKind::Note, _) => "notes",
            _ => "units",
        };
        let parent = parent.display(style);
        let has = if numbers.is_empty() {
            format!("{parent} has no {noun}")
        } else {
            format!(
                "{parent} has {noun} {}",
                crate::corpus::number_range(numbers)
            )
        };
        return CliError::new(format!("{head}: {has}"));
    }
    if !absence.other_acts.is_empty() {
        let acts: Vec<String> = absence.other_acts.iter().map(|a| a.to_string()).collect();
        let first = &acts[0];
        let verb = if acts.len() == 1 { "holds" } else { "hold" };
        return CliError::new(format!("{head}: {} {verb} it", acts.join(", ")))
            .with_hint(format!("lexwatch show {first} \"{cited}\""));
    }
    match &absence.articles {
        Some((first, last)) if first == last => {
            CliError::new(format!("{head} (its only article is {first})"))
        }
        Some((first, last)) => CliError::new(format!("{head} (articles {first} to {last})")),
        None => CliError::new(format!("{head} (it has no articles)")),
    }
}

/// The `--only CITATION` flag of the commands that compare versions.
#[derive(Debug, Args)]
pub struct OnlyArgs {
    /// Limit every output to one provision and its descendants (`"ст. 456-2"`,
    /// `"art. 26 para. 4"`, `"гл. 26"`); a provision moved in or out counts.
    #[arg(long, value_name = "CITATION")]
    pub only: Option<String>,
}

impl OnlyArgs {
    /// The citation, parsed.
    pub fn citation(&self) -> Result<Option<crate::statute::Citation>, CliError> {
        Ok(self
            .only
            .as_deref()
            .map(crate::statute::Citation::parse)
            .transpose()?)
    }
}

/// Limits a comparison of two recorded versions to one provision, which one
/// of the two must have (else the error says where it is).
pub fn only_in_versions(
    repo: &Repository,
    (from, to): (&Version, &Version),
    report: crate::analyze::Report,
    only: Option<&crate::statute::Citation>,
) -> Result<crate::analyze::Report, CliError> {
    let Some(only) = only else {
        return Ok(report);
    };
    let (old, new) = repo.load_pair(from, to)?;
    if old.find(only).is_none() && new.find(only).is_none() {
        return Err(missing_provision(repo, to, &new, only));
    }
    Ok(report.only(only))
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
