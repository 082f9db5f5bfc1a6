//! The CSV dialect of `data/`: a header line, one record per line, fields
//! separated by `,` and optionally quoted with `"` (`""` is a quote inside
//! quotes), blank lines skipped.
//!
//! Hand-written rather than a dependency: it is 90 lines, and the files
//! need none of the `csv` crate's features. Measured on 2026-11-29 (2
//! cores, empty target directory): `csv` 1.4 as a build-dependency adds 6
//! crates to every user's build (`csv`, `csv-core`, `memchr`, `itoa`,
//! `ryu`, `serde_core`) and 2.3 to 2.8 s, where a clean release build of
//! this whole crate takes about 3.5 s.

use super::error::Errors;

/// One data line: its 1-based line number, its position among the data
/// lines (1-based, counting lines that failed to parse, so one bad line
/// does not shift the ones after it), and its fields.
pub struct Row<const N: usize> {
    pub line: usize,
    pub ordinal: usize,
    pub fields: [String; N],
}

/// The rows of `text`, whose header must be `columns`; every malformed
/// line is reported and skipped.
pub fn read<const N: usize>(
    file: &'static str,
    text: &str,
    columns: [&str; N],
    errors: &mut Errors,
) -> Vec<Row<N>> {
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
    match lines
        .next()
        .map(|(line, header)| (line, split_fields(header)))
    {
        None => errors.add(file, 1, "empty file: expected a header line"),
        Some((_, Ok(found))) if found == columns => {}
        Some((line, Ok(found))) => errors.add(
            file,
            line,
            format!("header is {found:?}, expected {columns:?}"),
        ),
        Some((line, Err(message))) => errors.add(file, line, message),
    }
    let mut rows = Vec::new();
    let data = lines.filter(|(_, text)| !text.trim().is_empty());
    for ((line, text), ordinal) in data.zip(1..) {
        match split_fields(text).map(<[String; N]>::try_from) {
            Ok(Ok(fields)) => rows.push(Row {
                line,
                ordinal,
                fields,
            }),
            Ok(Err(fields)) => errors.add(
                file,
                line,
                format!(
                    "expected {N} columns ({}), found {}",
                    columns.join(","),
                    fields.len()
                ),
            ),
            Err(message) => errors.add(file, line, message),
        }
    }
    rows
}

/// Splits one CSV line into its fields.
///
/// # Errors
///
/// A quote left open, or text after a closing quote, in a sentence.
pub fn split_fields(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut chars = line.strip_suffix('\r').unwrap_or(line).chars().peekable();
    loop {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    None => return Err("unterminated quoted field".into()),
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                }
            }
            match chars.next() {
                None => {
                    fields.push(field);
                    return Ok(fields);
                }
                Some(',') => {}
                Some(c) => return Err(format!("unexpected {c:?} after a quoted field")),
            }
        } else {
            loop {
                match chars.next() {
                    None => {
                        fields.push(field);
                        return Ok(fields);
                    }
                    Some(',') => break,
                    Some('"') => return Err("quote inside an unquoted field".into()),
                    Some(c) => field.push(c),
                }
            }
        }
        fields.push(field);
    }
}

/// A field of decimal digits as a number (a GeoNames id, a population),
/// or `None` and an error at `file:line` naming it as `what`.
pub fn number(
    (file, line): (&'static str, usize),
    what: &str,
    field: &str,
    errors: &mut Errors,
) -> Option<u64> {
    let parsed = Some(field)
        .filter(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|f| f.parse().ok());
    if parsed.is_none() {
        errors.add(file, line, format!("{what} {field:?} is not a number"));
    }
    parsed
}

/// A field that is a distance in km from 0 to `max`, or `None` and an
/// error at `file:line`.
pub fn km(
    (file, line): (&'static str, usize),
    field: &str,
    max: f64,
    errors: &mut Errors,
) -> Option<f64> {
    let parsed = field
        .parse::<f64>()
        .ok()
        .filter(|km| (0.0..=max).contains(km));
    if parsed.is_none() {
        errors.add(file, line, format!("km must be a number from 0 to {max}"));
    }
    parsed
}

/// A trimmed field, `None` when empty.
#[must_use]
pub fn optional(field: &str) -> Option<String> {
    let field = field.trim();
    (!field.is_empty()).then(|| field.to_owned())
}
