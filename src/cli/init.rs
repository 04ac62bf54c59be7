//! `lexwatch init`: make a statute repository.

use super::common::{self, CliError, Ctx};
use crate::corpus::Repository;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Make a statute repository: a git repository with `statutes/` and `history/`.
///
/// Example: `lexwatch init my-statutes && cd my-statutes`
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The directory to initialize (created if missing; default: the current directory).
    #[arg(value_name = "DIR")]
    dir: Option<PathBuf>,
}

/// Runs `init`.
pub fn run(ctx: &Ctx, args: &InitArgs) -> Result<ExitCode, CliError> {
    let dir = args.dir.clone().unwrap_or_else(|| ctx.repo_path.clone());
    let repo = Repository::init(&dir)?;
    let mut out = common::stdout();
    writeln!(
        out,
        "Initialized statute repository in {}",
        repo.root().display()
    )?;
    writeln!(
        out,
        "Next: lexwatch record FILE --act kz/my-act --date YYYY-MM-DD --stage draft"
    )?;
    common::finish(out)?;
    Ok(ExitCode::SUCCESS)
}
