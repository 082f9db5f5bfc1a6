//! The one output rule of every example: what was asked for goes to
//! stdout, messages to stderr, and a failed write never panics.
//!
//! * A failed write to stdout is reported once on stderr; exit status 2.
//! * A reader that closed the pipe early wanted no more: exit status 0,
//!   quietly.
//! * A message that cannot be written to stderr either: exit status 2,
//!   silently (there is nowhere left to say it).

use std::io::{self, ErrorKind, Write as _};
use std::process::ExitCode;

/// The exit status of a failed write, to stdout or stderr.
const WRITE_FAILED: u8 = 2;

/// Writes `text` to stdout and says how the program ends.
pub fn print(program: &str, text: &str) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => fail(
            program,
            &format!("cannot write the output: {error}"),
            WRITE_FAILED,
        ),
    }
}

/// Writes `program: message` to stderr and ends with `status` (0 for a
/// note on a success), or with 2 if stderr cannot be written.
pub fn fail(program: &str, message: &str, status: u8) -> ExitCode {
    let mut stderr = io::stderr().lock();
    match writeln!(stderr, "{program}: {message}").and_then(|()| stderr.flush()) {
        Ok(()) => ExitCode::from(status),
        Err(_) => ExitCode::from(WRITE_FAILED),
    }
}
