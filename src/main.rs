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
