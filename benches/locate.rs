//! `locate` against what a user or an engineer would write instead, in
//! strings per second over a corpus of addresses and affiliations.
//!
//! `cargo bench -p gii-clusters-benches --bench locate` runs one group,
//! `locate`, of three functions, each over the whole corpus per pass:
//! `locate`, `by_name_loop` (`by_name` of each part from the end) and
//! `aho_corasick` (a scan for every name of the crate's data).
//!
//! The corpus is tests/data/affiliations.tsv (its column `text`); the
//! environment variable `LOCATE_CORPUS` names another file of the same
//! shape (a path, relative to the working directory or absolute). A
//! corpus that is missing, has no column `text` or no strings, or in
//! which one of the three finds no cluster at all, stops the benchmark
//! with a message before anything is measured.

mod locate_baselines;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput};
use gii_clusters::{Cluster, locate};

use locate_baselines::{AhoCorasickScan, ByNameLoop};

/// The variable naming a corpus other than tests/data/affiliations.tsv.
const CORPUS_VAR: &str = "LOCATE_CORPUS";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("benches/locate.rs: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let path = corpus_path();
    let corpus = read_corpus(&path)?;
    let texts: Vec<&str> = corpus.iter().map(String::as_str).collect();
    let scan = AhoCorasickScan::build()?;
    let mut by_name_loop = ByNameLoop::default();
    finds_some(&path, &texts, "locate", locate)?;
    finds_some(&path, &texts, "by_name_loop", |t| by_name_loop.locate(t))?;
    finds_some(&path, &texts, "aho_corasick", |t| scan.locate(t))?;

    let strings = u64::try_from(texts.len()).map_err(|e| e.to_string())?;
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    let mut g = c.benchmark_group("locate");
    g.throughput(Throughput::Elements(strings));
    // A pass over the corpus takes milliseconds: one pass or a few per
    // sample, not criterion's linear ramp of passes.
    g.sampling_mode(SamplingMode::Flat);
    g.bench_function("locate", |b| b.iter(pass(&texts, locate)));
    g.bench_function("by_name_loop", |b| {
        b.iter(pass(&texts, |t| by_name_loop.locate(t)));
    });
    g.bench_function("aho_corasick", |b| {
        b.iter(pass(&texts, |t| scan.locate(t)));
    });
    g.finish();
    c.final_summary();
    Ok(())
}

/// One pass of `find` over every text.
fn pass<'a>(
    texts: &'a [&'a str],
    mut find: impl FnMut(&'a str) -> Option<&'static Cluster>,
) -> impl FnMut() {
    move || {
        for &text in texts {
            black_box(find(black_box(text)));
        }
    }
}

/// `$LOCATE_CORPUS`, or tests/data/affiliations.tsv of the workspace.
fn corpus_path() -> PathBuf {
    std::env::var_os(CORPUS_VAR).map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/affiliations.tsv"),
        PathBuf::from,
    )
}

/// The column `text` of the TSV file at `path` (a header, then one
/// record a line).
fn read_corpus(path: &Path) -> Result<Vec<String>, String> {
    let shown = path.display();
    let tsv = std::fs::read_to_string(path).map_err(|e| {
        format!("cannot read the corpus {shown}: {e} (set {CORPUS_VAR} to a TSV file with a column `text`)")
    })?;
    let mut lines = tsv.lines();
    let header = lines.next().unwrap_or_default();
    let column = header
        .split('\t')
        .position(|name| name == "text")
        .ok_or_else(|| format!("{shown}: no column `text` in its header {header:?}"))?;
    let texts: Vec<String> = lines
        .filter(|line| !line.is_empty())
        .filter_map(|line| line.split('\t').nth(column))
        .map(str::to_owned)
        .collect();
    if texts.is_empty() {
        return Err(format!("{shown}: no strings to locate"));
    }
    Ok(texts)
}

/// An error unless `find` gives a cluster for at least one of `texts`,
/// so that a broken baseline cannot measure nothing.
fn finds_some(
    path: &Path,
    texts: &[&str],
    name: &str,
    mut find: impl FnMut(&str) -> Option<&'static Cluster>,
) -> Result<(), String> {
    if texts.iter().any(|&text| find(text).is_some()) {
        Ok(())
    } else {
        Err(format!(
            "{name} finds no cluster in any of the {} strings of {}",
            texts.len(),
            path.display()
        ))
    }
}
