//! Running the examples as a user runs them. They are built (once per
//! test binary, with its features, into its target directory) before
//! they run, so a test binary run alone never runs stale binaries.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::Once;

/// The path of the built example `name`.
pub fn example(name: &str) -> PathBuf {
    static BUILT: Once = Once::new();
    let mut path = std::env::current_exe().unwrap();
    path.pop(); // deps/
    path.pop(); // debug/
    BUILT.call_once(|| build_examples(path.parent().unwrap().to_path_buf()));
    path.push("examples");
    path.push(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is not built: run `cargo test` for all targets",
        path.display()
    );
    path
}

/// `cargo build --examples` into `target_dir`, with this test's features:
/// a no-op when `cargo test` has just built them.
fn build_examples(target_dir: PathBuf) {
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["build", "--quiet", "--examples", "--target-dir"])
        .arg(target_dir);
    if cfg!(feature = "serde") {
        cargo.args(["--features", "serde"]);
    }
    if !cfg!(feature = "std") {
        cargo.arg("--no-default-features");
    }
    let status = cargo.status().unwrap();
    assert!(status.success(), "cargo build --examples failed");
}

/// Runs example `name`: exit status, stdout, stderr.
pub fn run(name: &str, args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(example(name)).args(args).output().unwrap();
    (
        status.code().unwrap(),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

/// Runs the lookup example.
pub fn lookup(args: &[&str]) -> (i32, String, String) {
    run("lookup", args)
}

/// Runs the lookup example with `input` on its standard input.
pub fn lookup_with_input(args: &[&str], input: &[u8]) -> (i32, Vec<u8>, String) {
    use std::io::Write as _;
    use std::process::Stdio;
    let mut child = Command::new(example("lookup"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // Written from another thread: the child writes while it reads. A
    // child that stops reading (bad usage) closes the pipe: no error.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        status.code().unwrap(),
        stdout,
        String::from_utf8(stderr).unwrap(),
    )
}
