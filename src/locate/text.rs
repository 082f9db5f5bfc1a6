//! A text cut as addresses are written: segments (one affiliation each,
//! between semicolons and line ends) and parts (between commas and
//! brackets), and a part's key, its numbers left out.

use super::scan;
use crate::lookup::QueryBuffer;
use core::ops::Range;
use gii_clusters_keys::{KEY_BUFFER, SEPARATOR, normalize};

/// Whether `c` ends one affiliation and begins another. A line end does
/// not: an address block is written a line a part
/// (`MIT\nCambridge\nMA 02139\nUSA`).
pub(super) fn ends_segment(c: char) -> bool {
    matches!(c, ';' | '|' | '；')
}

/// Whether `c` ends a part of an address (and so does every end of a
/// segment).
pub(super) fn ends_part(c: char) -> bool {
    ends_segment(c)
        || matches!(
            c,
            ',' | '('
                | ')'
                | '['
                | ']'
                | ':'
                | '"'
                | '\t'
                | '\n'
                | '\r'
                | '\u{2028}'
                | '\u{2029}'
                | '，'
                | '、'
                | '（'
                | '）'
                | '：'
                | '“'
                | '”'
                | '「'
                | '」'
                | '【'
                | '】'
                | '。'
        )
}

/// The segment that starts at `start`: its range, without its end.
pub(super) fn segment_at(text: &str, start: usize) -> Range<usize> {
    let rest = text.get(start..).unwrap_or_default();
    let end = find(rest, ends_segment, &SEGMENT_BYTES).map_or(text.len(), |at| start + at);
    start..end
}

/// The first bytes of the chars that end a segment: `;`, `|`, and the
/// lead byte of `；`.
const SEGMENT_BYTES: scan::Needles = scan::Needles::of(&[b';', b'|', 0xEF]);

/// The first bytes of the chars that end a part within a segment (none
/// ends a segment there): the ASCII ones, and the lead bytes of the CJK
/// punctuation marks, the full-width forms and the quotation marks.
const PART_BYTES: scan::Needles = scan::Needles::of(&[
    b',', b'(', b')', b'[', b']', b':', b'"', b'\t', b'\n', b'\r', 0xE2, 0xE3, 0xEF,
]);

/// The position of the first char of `text` that `ends` holds, among
/// those whose first byte is one of `bytes`.
fn find(text: &str, ends: impl Fn(char) -> bool, bytes: &scan::Needles) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = scan::first(text.as_bytes().get(from..)?, bytes) {
        let at = from + at;
        if text.get(at..)?.chars().next().is_some_and(&ends) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The position of the last char of `text` that ends a part.
fn rfind_part(text: &str) -> Option<usize> {
    let mut to = text.len();
    while let Some(at) = scan::last(text.as_bytes().get(..to)?, &PART_BYTES) {
        if text.is_char_boundary(at) && text.get(at..)?.chars().next().is_some_and(ends_part) {
            return Some(at);
        }
        to = at;
    }
    None
}

/// Where the segment after the one ending at `end` starts: past its end
/// char, or `None` at the end of the text.
pub(super) fn after_segment(text: &str, end: usize) -> Option<usize> {
    let c = text.get(end..)?.chars().next()?;
    Some(end + c.len_utf8())
}

/// The parts of `segment`, last first.
pub(super) fn parts_back(text: &str, segment: Range<usize>) -> impl Iterator<Item = Range<usize>> {
    let start = segment.start;
    let mut end = Some(segment.end);
    core::iter::from_fn(move || {
        let stop = end?;
        let within = text.get(start..stop)?;
        if let Some(at) = rfind_part(within) {
            let c_len = within.get(at..)?.chars().next()?.len_utf8();
            end = Some(start + at);
            Some(start + at + c_len..stop)
        } else {
            end = None;
            Some(start..stop)
        }
    })
}

/// The part that starts at `start` and ends at a part's end or at
/// `end`, and where the next starts (`None`: it ends at `end`).
pub(super) fn next_part(text: &str, start: usize, end: usize) -> (Range<usize>, Option<usize>) {
    let within = text.get(start..end).unwrap_or_default();
    let found = find(within, ends_part, &PART_BYTES)
        .and_then(|at| Some((at, within.get(at..)?.chars().next()?)));
    match found {
        Some((at, c)) => (start..start + at, Some(start + at + c.len_utf8())),
        None => (start..end.max(start), None),
    }
}

/// `range` of `text` without white space at either end.
pub(super) fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(part) = text.get(range.clone()) else {
        return range;
    };
    let start = range.start + (part.len() - part.trim_start().len());
    let end = range.end - (part.len() - part.trim_end().len());
    start..end.max(start)
}

/// Whether `c` is a char of no place's name that a word of an address
/// may hold: a digit (ASCII or full-width) or a symbol. A word with one is a
/// postal code, a street or room number, an e-mail address: left out.
fn names_no_place(c: char) -> bool {
    if c.is_ascii() {
        return ascii_names_no_place(c as u8);
    }
    ('０'..='９').contains(&c)
        || matches!(
            c,
            '〒' | '№' | '§' | '†' | '‡' | '•' | '®' | '™' | '©' | '°'
        )
}

/// [`names_no_place`] of an ASCII byte: a digit or a symbol.
fn ascii_names_no_place(b: u8) -> bool {
    b.is_ascii_digit()
        || matches!(
            b,
            b'@' | b'#'
                | b'&'
                | b'*'
                | b'+'
                | b'='
                | b'%'
                | b'$'
                | b'<'
                | b'>'
                | b'^'
                | b'_'
                | b'\\'
                | b'{'
                | b'}'
                | b'!'
                | b'?'
                | b'~'
        )
}

/// Whether `c` is written without spaces between words: CJK ideographs,
/// kana, Hangul (a word of them ends where a number starts: `本郷7-3-1`).
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// The key of a part: its words normalized, without the words that hold
/// a digit or a symbol (`Beijing 100084` is `beijing`, `80333 München`
/// `munchen`, `D-80333` nothing). `None`: a word has a char no key has,
/// or the key is longer than the buffer (no place is that long).
pub(super) fn part_key<'b>(part: &str, buffer: &'b mut QueryBuffer) -> Option<&'b [u8]> {
    // Most parts are ASCII words of letters: normalized whole, their key
    // has no digit (a symbol the normalizer refuses: such a part is read
    // word by word, as every other is).
    if part.len() < buffer.len() && part.is_ascii() {
        let plain = normalize(part, buffer)
            .filter(|key| !key.iter().any(u8::is_ascii_digit))
            .map(<[u8]>::len);
        if let Some(len) = plain {
            return buffer.get(..len);
        }
    }
    let mut len = 0;
    let mut scratch = [0u8; KEY_BUFFER];
    for word in words(part) {
        // A word longer than any key makes the part name nothing: cut,
        // it could be another (`Paris` and forty combining marks).
        if word.len() > KEY_BUFFER / 2 {
            return None;
        }
        let key = normalize(word, &mut scratch)?;
        if key.is_empty() {
            continue;
        }
        let at = if len == 0 { 0 } else { len + 1 };
        buffer.get_mut(at..at + key.len())?.copy_from_slice(key);
        if at > 0 {
            *buffer.get_mut(len)? = SEPARATOR;
        }
        len = at + key.len();
    }
    buffer.get(..len)
}

/// The words of `part` that may name a place: cut at white space and
/// where CJK chars meet others, without those that hold a digit or a
/// symbol.
fn words(part: &str) -> impl Iterator<Item = &str> {
    part.split(char::is_whitespace)
        .flat_map(script_runs)
        .filter(|word| !word.is_empty() && !word.chars().any(names_no_place))
}

/// Where the words of `part` that may name a place are written in it,
/// from the first to the last (`München` in `80333 München`).
pub(super) fn word_span(part: &str) -> Range<usize> {
    let offset = |word: &str| (word.as_ptr() as usize).wrapping_sub(part.as_ptr() as usize);
    let mut words = words(part);
    let Some(first) = words.next() else {
        return 0..0;
    };
    let start = offset(first);
    let last = words.last().unwrap_or(first);
    start..offset(last) + last.len()
}

/// `word` cut where CJK chars meet others.
fn script_runs(word: &str) -> impl Iterator<Item = &str> {
    let mut rest = word;
    core::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let cjk = is_cjk(first);
        let end = rest
            .char_indices()
            .find(|&(_, c)| is_cjk(c) != cjk)
            .map_or(rest.len(), |(at, _)| at);
        let (run, after) = rest.split_at_checked(end)?;
        rest = after;
        Some(run)
    })
}
