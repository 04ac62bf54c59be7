//! The `lexwatch` binary: parse arguments, run the command, report errors in one line.

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = <lexwatch::cli::Cli as clap::Parser>::parse();
    match lexwatch::cli::run(cli) {
        Ok(code) => code,
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("lexwatch: error: {err}");
            if let Some(hint) = err.hint() {
                eprintln!("hint: {hint}");
            }
            ExitCode::from(2)
        }
    }
}
