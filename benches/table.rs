//! The Markdown table the benchmark ends with, made from the samples
//! criterion takes: each benchmark is timed through `iter_custom`, which
//! keeps a copy of every sample here, so no file criterion writes is read
//! back.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use criterion::BenchmarkGroup;
use criterion::measurement::WallTime;

/// One call of a benchmark's routine by criterion: `iters` passes over
/// the inputs in `elapsed`.
#[derive(Clone, Copy)]
struct Sample {
    iters: u64,
    elapsed: Duration,
}

/// A part of the table: one kind of lookup.
pub struct Section {
    pub title: &'static str,
    /// Whether its rows compare approaches, so that each gets its ratio
    /// to the first (the crate's); the crate's own cases do not.
    pub compare: bool,
}

/// A line of the table.
struct Row {
    section: &'static Section,
    label: &'static str,
    /// Lookups per pass, to turn a pass's time into a lookup's.
    inputs: usize,
    samples: Rc<RefCell<Vec<Sample>>>,
}

/// Rows in the order they were benchmarked; each section's first row is
/// the one the others are compared with.
#[derive(Default)]
pub struct Table {
    rows: Vec<Row>,
}

/// Fewer measured samples than this (a filtered or `--test` run) leave a
/// row out of the table.
const ENOUGH_SAMPLES: usize = 10;

impl Table {
    /// Benchmarks `pass` (one lookup of each of `inputs` inputs) as `id` in
    /// `group`, and keeps its samples for the row `label` of `section`.
    pub fn bench(
        &mut self,
        group: &mut BenchmarkGroup<'_, WallTime>,
        id: &str,
        (section, label, inputs): (&'static Section, &'static str, usize),
        mut pass: impl FnMut(),
    ) {
        let samples = Rc::new(RefCell::new(Vec::new()));
        let record = Rc::clone(&samples);
        group.bench_function(id, |b| {
            b.iter_custom(|iters| {
                let start = Instant::now();
                for _ in 0..iters {
                    pass();
                }
                let elapsed = start.elapsed();
                record.borrow_mut().push(Sample { iters, elapsed });
                elapsed
            });
        });
        self.rows.push(Row {
            section,
            label,
            inputs,
            samples,
        });
    }

    /// The table: median nanoseconds per lookup of each row, and its
    /// ratio to the first row of its section.
    pub fn print(&self) {
        println!("\n| lookup | approach | median ns | vs the crate |\n| --- | --- | ---: | ---: |");
        let mut reference = None;
        let mut section = "";
        for row in &self.rows {
            let ns = row.median_ns();
            if row.section.title != section {
                section = row.section.title;
                reference = ns.filter(|_| row.section.compare);
            }
            let Some(ns) = ns else { continue };
            let ratio = reference.map_or(String::new(), |r| format!("{:.2}x", ns / r));
            let title = row.section.title;
            println!("| {title} | {} | {} | {ratio} |", row.label, format_ns(ns));
        }
    }
}

impl Row {
    /// The median time of one lookup over criterion's measured samples:
    /// those after warm-up, which doubles its iteration count each call
    /// until the measurement starts again with fewer.
    fn median_ns(&self) -> Option<f64> {
        let samples = self.samples.borrow();
        let start = samples
            .windows(2)
            .rposition(|pair| pair[1].iters < pair[0].iters)
            .map_or(0, |i| i + 1);
        let mut per_lookup: Vec<f64> = samples[start..]
            .iter()
            .map(|s| {
                #[allow(clippy::cast_precision_loss, reason = "counts far below 2^52")]
                let lookups = s.iters as f64 * self.inputs as f64;
                s.elapsed.as_secs_f64() * 1e9 / lookups
            })
            .collect();
        if per_lookup.len() < ENOUGH_SAMPLES {
            return None;
        }
        per_lookup.sort_by(f64::total_cmp);
        Some(per_lookup[per_lookup.len() / 2])
    }
}

/// `1.2`, `35.0`, `6,619`: one decimal below 1000 ns, thousands
/// separated above.
fn format_ns(ns: f64) -> String {
    if ns < 1000.0 {
        return format!("{ns:.1}");
    }
    let whole = format!("{ns:.0}");
    let mut out = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
