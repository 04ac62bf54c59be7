//! The `lexwatch` binary: parse arguments, run the command, report errors in one line.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = <lexwatch::cli::Cli as clap::Parser>::parse();
    match lexwatch::cli::run(cli) {
        Ok(code) => code,
        Err(err) if err.is_broken_pipe() => err.exit_code(),
        Err(err) => {
            // A closed stderr must not turn an error into a panic: nothing more can be said.
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "lexwatch: error: {err}");
            for hint in err.hints() {
                let _ = writeln!(stderr, "hint: {hint}");
            }
            err.exit_code()
        }
    }
}
