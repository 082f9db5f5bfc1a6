//! The forms a query may take besides a key: initials written with
//! periods (`Washington D.C.`), a CJK administrative suffix (`北京市`), and
//! a qualifier (`Boston, MA`). Tried only after the query as normalized
//! found nothing, so a lookup that hits pays nothing for them.

use super::key::{QueryBuffer, economy_by_key, query_buffer};
use super::place::{place, without_suffix};
use super::qualifier;
use crate::Economy;
use crate::normalize::{SEPARATOR, join_initials};

/// The rank the other forms of `key` find, when the key itself found
/// nothing. Each form is tried only when the key could take it, so that a
/// plain miss costs a few byte tests.
#[cold]
#[inline(never)]
pub(crate) fn other_forms(key: &[u8]) -> Option<u8> {
    let found = without_suffix(key).map(|(rank, _)| rank);
    // Initials and qualifiers need two words at least.
    if found.is_some() || !key.contains(&SEPARATOR) {
        return found;
    }
    if let Some(rank) = qualifier::qualified(key) {
        return Some(rank);
    }
    if !has_initials(key) {
        return None;
    }
    let mut joined: QueryBuffer = query_buffer();
    let key = with_initials_joined(key, &mut joined)?;
    place(key)
        .map(|(rank, _)| rank)
        .or_else(|| qualifier::qualified(key))
}

/// Whether `key` has two one-letter words in a row (`d c`), which
/// [`join_initials`] would join.
fn has_initials(key: &[u8]) -> bool {
    let (mut word_len, mut letter, mut after_initial) = (0, false, false);
    for &byte in key {
        if byte == SEPARATOR {
            let initial = word_len == 1 && letter;
            if initial && after_initial {
                return true;
            }
            (word_len, after_initial) = (0, initial);
        } else {
            letter = if word_len == 0 {
                byte.is_ascii_alphabetic()
            } else {
                letter
            };
            word_len += 1;
        }
    }
    word_len == 1 && letter && after_initial
}

/// The economy `key` finds with its initials joined (`u s` is `us`),
/// when the key itself found nothing.
#[cold]
#[inline(never)]
pub(crate) fn economy_with_initials(key: &[u8]) -> Option<Economy> {
    let mut joined: QueryBuffer = query_buffer();
    economy_by_key(with_initials_joined(key, &mut joined)?)
}

/// `key` with its runs of initials joined (`d c` is `dc`), in `buffer`.
fn with_initials_joined<'b>(key: &[u8], buffer: &'b mut QueryBuffer) -> Option<&'b [u8]> {
    let copy = buffer.get_mut(..key.len())?;
    copy.copy_from_slice(key);
    let len = join_initials(copy);
    buffer.get(..len)
}
