//! A misspelt qualifier (`Cambridge Englnd`, `Toronto, Ontraio`): the
//! qualifier key closest to the words after a place, read among those of
//! a length within reach.

use super::distance::{self, EDIT, MAX_CHARS, Side, insertions};
use super::{apart, decode, max_distance};
use crate::lookup::qualifier::last_separator;
use crate::tables::{KeyId, QUALIFIERS_BY_LENGTH, Qualifier};
use gii_clusters_keys::fingerprint::letter_counts;

/// A misspelt qualifier is looked for in at most this many words: two
/// (`Englnd`, `New Yrok`) spare most of the search of three and four,
/// which few qualifiers have (`United States of America`).
const MAX_MISSPELT_WORDS: usize = 2;

/// The splits of `key` into a place and the 1 to [`MAX_MISSPELT_WORDS`]
/// words after it, shortest first, whatever those words are.
pub(super) fn word_splits(key: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    let mut end = Some(key.len());
    (0..MAX_MISSPELT_WORDS).map_while(move |_| {
        let at = last_separator(key.get(..end?)?)?;
        end = Some(at);
        Some((key.get(..at)?, key.get(at + 1..)?))
    })
}

/// The qualifier closest to `text` in spelling, within [`max_distance`]
/// of its length and at most one edit, as `(distance, qualifier)`: a
/// qualifier is a word or two, and two slips in one would make too many
/// of them alike. It must begin with the char `text` begins with
/// (`Englnd` is England, `Ontraio` Ontario): a slip in the first letter
/// of a qualifier is rare, and reading only those keys spares most
/// comparisons. The rest are skipped without one when their letters
/// differ too much.
pub(super) fn closest_qualifier(text: &[u8]) -> Option<(u8, Qualifier)> {
    let (mut chars, mut costs) = (['\0'; MAX_CHARS], [0; MAX_CHARS]);
    let chars = decode(text, &mut chars)?;
    let query = Side {
        chars,
        insertions: insertions(chars, &mut costs),
    };
    let length = chars.len();
    let mut bound = max_distance(length).min(EDIT);
    if bound == 0 {
        return None;
    }
    let reach = usize::from(bound);
    let start = QUALIFIERS_BY_LENGTH.partition_point(|&id| chars_of(id) + reach < length);
    let end = QUALIFIERS_BY_LENGTH.partition_point(|&id| chars_of(id) <= length + reach);
    let (mut key_chars, mut key_costs) = (['\0'; MAX_CHARS], [0; MAX_CHARS]);
    let mut best: Option<(u8, KeyId)> = None;
    let first = text.first().copied();
    let counts = letter_counts(text);
    for &id in QUALIFIERS_BY_LENGTH.get(start..end)? {
        let Some(bytes) = id.bytes().filter(|b| b.first().copied() == first) else {
            continue;
        };
        if text.is_ascii() && apart(&counts, &letter_counts(bytes)) > bound {
            continue;
        }
        let Some(chars) = decode(bytes, &mut key_chars) else {
            continue;
        };
        let candidate = Side {
            chars,
            insertions: insertions(chars, &mut key_costs),
        };
        if let Some(d) = distance::within(&query, &candidate, bound) {
            if best.is_none_or(|(b, _)| d < b) {
                best = Some((d, id));
                bound = d;
            }
        }
    }
    let (d, id) = best?;
    Some((d, Qualifier::of(id.bytes()?)?))
}

/// The length in chars of the key `id`.
fn chars_of(id: KeyId) -> usize {
    id.bytes()
        .and_then(|bytes| core::str::from_utf8(bytes).ok())
        .map_or(0, |text| text.chars().count())
}
