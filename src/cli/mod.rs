//! The command line: one file per command, one dispatch `match`.
//!
//! Only this module knows clap, terminals and exit codes. Each command
//! resolves its inputs, calls the library and writes the result.

mod acts;
mod blame;
mod check;
mod commentary;
mod common;
mod diff;
mod error;
mod feed;
mod import;
mod init;
mod log;
mod parallel;
mod pull;
mod record;
mod scan;
mod show;
mod site;
mod unrecord;

use clap::{Parser, Subcommand};
pub use error::{CliError, ErrorKind};
use std::process::ExitCode;

/// Track versions of statutes in git and explain what changed between them.
///
/// lexwatch compares two versions of an act article by article and word by
/// word, and flags the changes that threaten free expression: newly
/// introduced vague terms and penalties raised, added or removed.
#[derive(Debug, Parser)]
#[command(name = "lexwatch", version, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    global: common::GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Init(init::InitArgs),
    Import(import::ImportArgs),
    Record(record::RecordArgs),
    Unrecord(unrecord::UnrecordArgs),
    Acts(acts::ActsArgs),
    Log(log::LogArgs),
    Show(show::ShowArgs),
    Diff(diff::DiffArgs),
    Blame(blame::BlameArgs),
    Scan(scan::ScanArgs),
    Check(check::CheckArgs),
    Commentary(commentary::CommentaryArgs),
    Feed(feed::FeedArgs),
    Parallel(parallel::ParallelArgs),
    Pull(pull::PullArgs),
    Site(site::SiteArgs),
}

/// Runs a parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> Result<ExitCode, CliError> {
    let ctx = common::Ctx::new(cli.global);
    match &cli.command {
        Command::Init(args) => init::run(&ctx, args),
        Command::Import(args) => import::run(&ctx, args),
        Command::Record(args) => record::run(&ctx, args),
        Command::Unrecord(args) => unrecord::run(&ctx, args),
        Command::Acts(args) => acts::run(&ctx, args),
        Command::Log(args) => log::run(&ctx, args),
        Command::Show(args) => show::run(&ctx, args),
        Command::Diff(args) => diff::run(&ctx, args),
        Command::Blame(args) => blame::run(&ctx, args),
        Command::Scan(args) => scan::run(&ctx, args),
        Command::Check(args) => check::run(&ctx, args),
        Command::Commentary(args) => commentary::run(&ctx, args),
        Command::Feed(args) => feed::run(&ctx, args),
        Command::Parallel(args) => parallel::run(&ctx, args),
        Command::Pull(args) => pull::run(&ctx, args),
        Command::Site(args) => site::run(&ctx, args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_command_has_help_with_an_example() {
        let mut cli = Cli::command();
        let names: Vec<String> = cli
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        assert!(names.len() >= 12, "{names:?}");
        for name in names {
            let Some(command) = cli.find_subcommand_mut(&name) else {
                continue;
            };
            let help = command.render_long_help().to_string();
            assert!(
                help.contains("Example"),
                "`lexwatch {name} --help` has no example:\n{help}"
            );
        }
    }
}
