//! `lookup --locate`: the cluster an address or affiliation lies in, for
//! one text (a card, with the place and qualifiers that decided it), or
//! for every line of standard input (a TSV line each).

use std::fmt::Write as _;
use std::io::{self, BufRead, BufWriter, ErrorKind, Write};
use std::process::ExitCode;

use gii_clusters::{Cluster, locate, mentions};

/// What one text names: the cluster it lies in, and every place of a
/// cluster it names, as `place (qualifiers) → rank name` lines.
pub fn one(text: &str) -> (Option<&'static Cluster>, String) {
    let mut lines = String::new();
    for mention in mentions(text) {
        let place = &text[mention.place()];
        let qualifiers: Vec<&str> = mention
            .qualifiers()
            .iter()
            .map(|q| &text[q.clone()])
            .collect();
        let agreed = if qualifiers.is_empty() {
            String::new()
        } else {
            format!(" ({})", qualifiers.join(", "))
        };
        let cluster = mention.cluster();
        let _ = writeln!(
            lines,
            "  {place}{agreed} → {} {}",
            cluster.rank(),
            cluster.name()
        );
    }
    (locate(text), lines)
}

/// `lookup --locate` without a text: every line of standard input, as
/// TSV ([`batch`]); how many lines were not UTF-8 is a note on stderr,
/// not a failure.
pub fn lines(program: &str) -> ExitCode {
    match batch(io::stdin().lock(), io::stdout().lock()) {
        Ok((_, 0)) => ExitCode::SUCCESS,
        Ok((lines, not_utf8)) => super::output::fail(
            program,
            &format!("{not_utf8} of {lines} lines were not UTF-8: written back with no cluster"),
            0,
        ),
        Err(BatchError(message)) => super::output::fail(program, &message, 2),
    }
}

/// How a batch ended badly: the message.
pub struct BatchError(pub String);

/// Reads `input` a line at a time and writes to `output`, for each, the
/// line as read (without its line end), a tab, the rank and a tab and
/// the name of the cluster it lies in (both empty when none). A line may
/// hold tabs itself: the last two fields are the answer. A line that is
/// not UTF-8 is written back as read, with empty fields, and counted.
/// Returns how many lines were read and how many were not UTF-8; a
/// reader that closed the pipe early ends the batch without an error.
pub fn batch(input: impl BufRead, output: impl Write) -> Result<(u64, u64), BatchError> {
    match run(input, output) {
        Err(error) if error.kind() == ErrorKind::BrokenPipe => Ok((0, 0)),
        Err(error) => Err(BatchError(format!("the batch stopped: {error}"))),
        Ok(counts) => Ok(counts),
    }
}

/// [`batch`], with every error.
fn run(mut input: impl BufRead, output: impl Write) -> io::Result<(u64, u64)> {
    let mut output = BufWriter::with_capacity(1 << 16, output);
    let mut line = Vec::new();
    let (mut lines, mut not_utf8) = (0, 0);
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        lines += 1;
        let text = without_line_end(&line);
        output.write_all(text)?;
        let cluster = if let Ok(text) = std::str::from_utf8(text) {
            locate(text)
        } else {
            not_utf8 += 1;
            None
        };
        match cluster {
            Some(cluster) => writeln!(output, "\t{}\t{}", cluster.rank(), cluster.name())?,
            None => output.write_all(b"\t\t\n")?,
        }
    }
    output.flush()?;
    Ok((lines, not_utf8))
}

/// `line` without its `\n` or `\r\n`.
fn without_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}
