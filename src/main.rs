//! The `lexwatch` binary: parse arguments, run the command, report errors in one line.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = parse_args();
    match lexwatch::cli::run(cli) {
        Ok(code) => code,
        Err(err) if err.is_broken_pipe() => err.exit_code(),
        Err(err) => {
            // A closed stderr must not turn an error into a panic: nothing more can be said.
            let mut stderr = std::io::stderr().lock();
            // Errors quote input (file names, statute lines): shown, never obeyed.
            let inert = lexwatch::render::inert;
            let _ = writeln!(stderr, "lexwatch: error: {}", inert(&err.to_string()));
            for hint in err.hints() {
                let _ = writeln!(stderr, "hint: {}", inert(&hint));
            }
            err.exit_code()
        }
    }
}

/// What `clap::Parser::parse` does, except that the command definition is
/// left allocated: freeing its hundreds of strings cost as much as parsing.
fn parse_args() -> lexwatch::cli::Cli {
    use clap::{CommandFactory, FromArgMatches};
    let mut command = lexwatch::cli::Cli::command();
    let mut matches = command
        .try_get_matches_from_mut(std::env::args_os())
        .unwrap_or_else(|e| e.exit());
    std::mem::forget(command);
    lexwatch::cli::Cli::from_arg_matches_mut(&mut matches)
        .unwrap_or_else(|e| e.format(&mut lexwatch::cli::Cli::command()).exit())
}
