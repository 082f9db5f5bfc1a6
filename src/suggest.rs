//! [`suggest`]: "did you mean …?" by edit distance over the keys.

use crate::Cluster;
use crate::lookup::{MAX_QUERY_BYTES, by_key, by_rank};
use crate::normalize::normalize;
use crate::tables::{CLUSTER_KEYS, LONGEST_KEY};

/// The most edits a suggestion may be away from the query, by the query's
/// length in characters (after normalization): exact only below 4
/// characters, then 1 edit, 2 from 10 characters, 3 from 16.
const fn max_distance(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=9 => 1,
        10..=15 => 2,
        _ => 3,
    }
}

/// Longest normalized query worth comparing: a key plus the most edits.
const LONGEST_QUERY: usize = LONGEST_KEY + max_distance(usize::MAX);

/// The cluster whose official name or alias is closest to `query` in
/// spelling, or `None` if nothing is close enough.
///
/// Closeness is the optimal-string-alignment edit distance (insert,
/// delete, substitute or swap two neighbouring characters) between the
/// normalized query and each normalized key, so case, accents and
/// separators never count. A key is close enough when it is at most 1 edit
/// away for a query of 4 to 9 characters, 2 for 10 to 15, 3 for 16 or
/// more; a shorter query must match exactly. Among equally close keys the
/// best-ranked cluster wins. An exact match is returned as is.
///
/// Allocation-free (stack buffers) and bounded: a query that cannot be
/// within reach of any key is refused before any comparison.
///
/// ```
/// use gii_clusters::suggest;
/// assert_eq!(suggest("Bejing").unwrap().name(), "Beijing");
/// assert_eq!(suggest("Shangai").unwrap().name(), "Shanghai–Suzhou");
/// assert_eq!(suggest("San Fransisco").unwrap().rank(), 6);
/// assert_eq!(suggest("Munchen").unwrap().name(), "Munich");
/// assert_eq!(suggest("Zuerich").unwrap().name(), "Zürich");
/// assert!(suggest("Atlantis").is_none());
/// ```
#[must_use]
pub fn suggest(query: &str) -> Option<&'static Cluster> {
    if query.len() > MAX_QUERY_BYTES {
        return None;
    }
    let mut bytes = [0; (LONGEST_QUERY + 2).next_power_of_two()];
    let normalized = normalize(query, &mut bytes)?;
    if let Some(exact) = by_key(normalized) {
        return Some(exact);
    }
    let mut chars = ['\0'; LONGEST_QUERY];
    let query = decode(normalized, &mut chars)?;
    let limit = max_distance(query.len());
    if limit == 0 {
        return None;
    }

    // The closest key; among equally close ones, the best-ranked cluster.
    let mut best: Option<(usize, u8)> = None;
    let mut key_chars = ['\0'; LONGEST_QUERY];
    for &(key, rank, _) in CLUSTER_KEYS.values() {
        let Some(key) = decode(key.as_bytes(), &mut key_chars) else {
            continue;
        };
        let bound = best.map_or(limit, |(d, _)| d);
        if let Some(d) = distance_within(query, key, bound) {
            if best.is_none_or(|best| (d, rank) < best) {
                best = Some((d, rank));
            }
        }
    }
    best.and_then(|(_, rank)| by_rank(rank))
}

/// Decodes UTF-8 `bytes` into `out`; `None` if it does not fit.
fn decode<'o>(bytes: &[u8], out: &'o mut [char]) -> Option<&'o [char]> {
    let text = core::str::from_utf8(bytes).ok()?;
    let mut len = 0;
    for c in text.chars() {
        *out.get_mut(len)? = c;
        len += 1;
    }
    out.get(..len)
}

/// The optimal-string-alignment distance between `a` and `b` if it is at
/// most `bound`, else `None`, computing only as many rows as needed.
fn distance_within(a: &[char], b: &[char], bound: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > bound {
        return None;
    }
    // Three rolling rows of the dynamic-programming table (the row two
    // back is needed for transpositions).
    let mut before = [0usize; LONGEST_QUERY + 1];
    let mut previous = [0usize; LONGEST_QUERY + 1];
    let mut current = [0usize; LONGEST_QUERY + 1];
    let width = b.len() + 1;
    for (j, cell) in previous.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for (i, &ca) in a.iter().enumerate() {
        let mut row_min = usize::MAX;
        if let Some(first) = current.first_mut() {
            *first = i + 1;
            row_min = *first;
        }
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous.get(j).copied()? + usize::from(ca != cb);
            let deletion = previous.get(j + 1).copied()? + 1;
            let insertion = current.get(j).copied()? + 1;
            let mut cell = substitution.min(deletion).min(insertion);
            if i > 0 && j > 0 && a.get(i - 1) == Some(&cb) && b.get(j - 1) == Some(&ca) {
                cell = cell.min(before.get(j - 1).copied()? + 1);
            }
            *current.get_mut(j + 1)? = cell;
            row_min = row_min.min(cell);
        }
        if row_min > bound {
            return None;
        }
        before = previous;
        previous = current;
    }
    let d = previous.get(b.len()).copied()?;
    (d <= bound).then_some(d)
}
