//! The one rule for the examples' arguments: they are read as the
//! operating system gives them, and one that is not UTF-8 is bad usage
//! (exit status 2), shown escaped, never a panic.

use std::ffi::OsString;

/// The program's arguments (its name left out) as text, or the message
/// that says which one is not UTF-8, escaped (`"Beijing\xFF"`).
pub fn utf8_args() -> Result<Vec<String>, String> {
    text_args(std::env::args_os().skip(1))
}

/// `args` as text, or the message about the first that is not UTF-8.
fn text_args(args: impl Iterator<Item = OsString>) -> Result<Vec<String>, String> {
    args.enumerate()
        .map(|(i, arg)| {
            arg.into_string()
                .map_err(|arg| format!("argument {} is not UTF-8: {arg:?}", i + 1))
        })
        .collect()
}
