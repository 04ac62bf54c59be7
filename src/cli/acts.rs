//! `lexwatch acts`: list the acts in the repository.

use super::common::{self, CliError, Ctx};
use clap::Args;
use std::io::Write;
use std::process::ExitCode;

/// List the acts in the repository with their number of versions and the newest one.
///
/// Example: `lexwatch acts`
#[derive(Debug, Args)]
pub struct ActsArgs {}

/// Runs `acts`.
pub fn run(ctx: &Ctx, _args: &ActsArgs) -> Result<ExitCode, CliError> {
    let repo = ctx.repo()?;
    let mut out = common::stdout();
    let acts = repo.acts()?;
    if acts.is_empty() {
        writeln!(
            out,
            "No acts recorded yet; add one with `lexwatch record FILE --act ID --date D --stage S`."
        )?;
    }
    for act in acts {
        let register = repo.register(&act)?;
        let latest = register
            .latest()
            .map(|e| format!("{} {} ({})", e.date, e.stage, e.id))
            .unwrap_or_else(|| "no versions".to_string());
        let n = register.versions.len();
        let plural = if n == 1 { "" } else { "s" };
        // The title the reports use: the newest text's own, else the
        // register's; last on the line, which stays one line an act.
        // A text that cannot be read does not stop the listing.
        let title = repo
            .resolve(&act, "latest")
            .ok()
            .and_then(|version| crate::act_title(&repo, &version).ok())
            .flatten()
            .or_else(|| register.act.title.clone())
            .map(|t| format!("  {t}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{act:<32} {n:>2} version{plural:<1}  newest: {latest}{title}"
        )?;
    }
    common::finish(out)?;
    Ok(ExitCode::SUCCESS)
}
