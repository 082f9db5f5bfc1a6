//! The one output rule every example follows (README, "Two commands"),
//! run against a full device and a closed pipe: a failed write to stdout
//! is reported once on stderr and exits 2; a message that cannot reach
//! stderr exits 2 silently; a closed pipe ends quietly with 0; nothing
//! panics.
#![cfg(target_os = "linux")]

use crate::common;

use std::fs::{File, OpenOptions};
use std::process::{Command, Stdio};

use common::examples::example;

/// Each example with arguments that print something.
fn printing() -> Vec<(&'static str, &'static [&'static str])> {
    let mut examples = vec![
        ("lookup", &["--all"][..]),
        ("lookup", &["Beijing"][..]),
        (
            "lookup",
            &["--locate", "Tsinghua University, Beijing 100084, China"][..],
        ),
        ("chart", &[][..]),
        ("map", &[][..]),
    ];
    if cfg!(feature = "serde") {
        examples.extend([
            ("export", &[][..]),
            ("export", &["--csv"][..]),
            ("lookup", &["--json", "--all"][..]),
        ]);
    }
    examples
}

/// A device whose every write fails with "no space left".
fn full() -> File {
    OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("Linux has /dev/full")
}

/// The writing end of a pipe whose reader is already gone: the standard
/// input of a process that has exited (`std::io::pipe` would do it in one
/// line, but needs Rust 1.87, past the crate's oldest).
fn closed_pipe() -> Stdio {
    let mut reader = Command::new("true").stdin(Stdio::piped()).spawn().unwrap();
    let writer = reader.stdin.take().unwrap();
    assert!(reader.wait().unwrap().success());
    writer.into()
}

/// Runs `name` with `args` and the given stdout and stderr: the exit
/// status and what reached stderr (when it is captured).
fn run(name: &str, args: &[&str], stdout: Stdio, stderr: Stdio) -> (i32, String) {
    let output = Command::new(example(name))
        .args(args)
        .stdout(stdout)
        .stderr(stderr)
        .output()
        .unwrap();
    let code = output
        .status
        .code()
        .expect("exited, not killed by a signal");
    (code, String::from_utf8(output.stderr).unwrap())
}

#[test]
fn a_full_stdout_is_reported_once_and_exits_2() {
    for (name, args) in printing() {
        let (code, err) = run(name, args, full().into(), Stdio::piped());
        assert_eq!(code, 2, "{name} {args:?}: {err}");
        assert_eq!(
            err,
            format!("{name}: cannot write the output: No space left on device (os error 28)\n"),
            "{name} {args:?}"
        );
    }
}

#[test]
fn a_closed_pipe_ends_quietly_with_0() {
    for (name, args) in printing() {
        let (code, err) = run(name, args, closed_pipe(), Stdio::piped());
        assert_eq!((code, err.as_str()), (0, ""), "{name} {args:?}");
    }
}

#[test]
fn when_stderr_fails_too_the_exit_is_2_and_silent() {
    for (name, args) in printing() {
        let (code, _) = run(name, args, full().into(), full().into());
        assert_eq!(code, 2, "{name} {args:?}");
        let (code, _) = run(name, args, full().into(), closed_pipe());
        assert_eq!(code, 2, "{name} {args:?}");
    }
    // Messages that go to stderr alone: no match, bad usage.
    for args in [&["Beijng"][..], &["--top", "0"], &[]] {
        for stderr in [full().into(), closed_pipe()] {
            let (code, _) = run("lookup", args, Stdio::piped(), stderr);
            assert_eq!(code, 2, "lookup {args:?}");
        }
    }
}

#[test]
fn messages_alone_keep_their_status_with_a_closed_stdout() {
    let (code, err) = run("lookup", &["Beijng"], closed_pipe(), Stdio::piped());
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "lookup: \"Beijng\": no cluster has that name; did you mean Beijing (rank 4)?\n"
    );
}

/// The batch form under the same rule, with lines to read: a full
/// stdout is one message and 2, a closed pipe a quiet 0.
#[test]
fn the_batch_form_keeps_the_rule() {
    use std::io::Write as _;
    let lines = "Tsinghua University, Beijing 100084, China\n".repeat(5000);
    for (stdout, expected) in [(Stdio::from(full()), 2), (closed_pipe(), 0)] {
        let mut child = Command::new(example("lookup"))
            .arg("--locate")
            .stdin(Stdio::piped())
            .stdout(stdout)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input = lines.clone();
        // The child may stop reading early: a failed write here is no error.
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(input.as_bytes());
        });
        let output = child.wait_with_output().unwrap();
        writer.join().unwrap();
        let err = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(expected), "{err}");
        match expected {
            0 => assert_eq!(err, ""),
            _ => assert_eq!(err.lines().count(), 1, "{err}"),
        }
    }
}
