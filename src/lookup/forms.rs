//! The forms a query may take besides a key, in the order they are
//! tried: a CJK administrative suffix (`北京市`), a CJK region first
//! (`浙江杭州`), a qualifier (`Boston, MA`, `Boston, MA, USA`), the words
//! around a name (`Greater Paris`, `Osaka City`), a compound
//! (`Kobe–Kyoto`), and last the key with its initials joined
//! (`Washington D.C.`), as a place or qualified. Tried only after the query as
//! normalized found nothing, so a lookup that hits pays nothing for them.

use super::compound;
use super::exact::{QueryBuffer, economy_by_key, query_buffer};
use super::place::{self, place, without_suffix};
use super::qualifier;
use crate::Economy;
use crate::tables::Finding;
use gii_clusters_keys::{SEPARATOR, join_initials};

/// The rank the other forms of `key` find, when the key itself found
/// nothing. Each form is tried only when the key could take it, so that a
/// plain miss costs a few byte tests: a key of one ASCII word (most
/// misses) has no other form, and is answered here, inline.
#[inline]
pub(crate) fn other_forms(key: &[u8], text: &str) -> Option<u8> {
    // Qualifiers and initials need two words at least; suffixes are CJK.
    let several_words = qualifier::last_separator(key).is_some();
    if !several_words && key.last().is_none_or(u8::is_ascii) {
        return None;
    }
    forms(key, several_words, text)
}

/// The other forms of a key that may take one (more than one word, or a
/// last char that is not ASCII), out of line: few queries get here.
#[cold]
#[inline(never)]
fn forms(key: &[u8], several_words: bool, text: &str) -> Option<u8> {
    if let Some(rank) = without_suffix(key).and_then(Finding::unqualified) {
        return Some(rank);
    }
    if let Some(rank) = qualifier::region_first(key) {
        return Some(rank);
    }
    // The forms below need two words at least.
    if !several_words {
        return None;
    }
    if let Some(rank) = qualifier::qualified(key, text) {
        return Some(rank);
    }
    if let Some(rank) = place::without_words(key).and_then(Finding::unqualified) {
        return Some(rank);
    }
    // A compound is written with dashes or slashes (`Kobe–Kyoto`); trying
    // one for every key of several words doubled what a miss of several
    // words costs.
    if joins_parts(text) {
        if let Some(rank) = compound::compound(key) {
            return Some(rank);
        }
    }
    if !has_initials(key) {
        return None;
    }
    let mut joined: QueryBuffer = query_buffer();
    let key = with_initials_joined(key, &mut joined)?;
    place(key)
        .and_then(Finding::unqualified)
        .or_else(|| qualifier::qualified(key, text))
}

/// Whether `text` has a hyphen, a slash or a char of U+2000 to U+2FFF
/// (the en and em dashes, and the other dashes with them): what may
/// join the parts of a compound.
fn joins_parts(text: &str) -> bool {
    text.bytes().any(|b| matches!(b, b'-' | b'/' | 0xE2))
}

/// Whether `key` has two one-letter words in a row (`d c`), which
/// [`join_initials`] would join: a separator with a lone ASCII letter on
/// either side (a key has no separator at either end, nor two in a row).
pub(crate) fn has_initials(key: &[u8]) -> bool {
    let separator_or_end =
        |at: Option<usize>| at.is_none_or(|at| key.get(at).is_none_or(|&b| b == SEPARATOR));
    let letter = |at: usize| key.get(at).is_some_and(u8::is_ascii_alphabetic);
    key.iter().enumerate().any(|(at, &byte)| {
        byte == SEPARATOR
            && at >= 1
            && letter(at - 1)
            && letter(at + 1)
            && separator_or_end(at.checked_sub(2))
            && separator_or_end(Some(at + 2))
    })
}

/// The economy `key` finds with its initials joined (`u s` is `us`),
/// when the key itself found nothing; nothing at once when it has no
/// initials to join.
#[inline]
pub(crate) fn economy_with_initials(key: &[u8]) -> Option<Economy> {
    if !has_initials(key) {
        return None;
    }
    joined_economy(key)
}

#[cold]
#[inline(never)]
fn joined_economy(key: &[u8]) -> Option<Economy> {
    let mut joined: QueryBuffer = query_buffer();
    economy_by_key(with_initials_joined(key, &mut joined)?)
}

/// `key` with its runs of initials joined (`d c` is `dc`), in `buffer`.
pub(crate) fn with_initials_joined<'b>(
    key: &[u8],
    buffer: &'b mut QueryBuffer,
) -> Option<&'b [u8]> {
    let copy = buffer.get_mut(..key.len())?;
    copy.copy_from_slice(key);
    let len = join_initials(copy);
    buffer.get(..len)
}
