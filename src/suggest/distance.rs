//! The spelling distance `suggest` ranks keys by: an optimal string
//! alignment distance (insert, delete, substitute, or swap two neighbours)
//! in half edits, where the slips people make when they write a name as
//! it sounds cost half an edit.

/// A full edit, in half edits.
pub(super) const EDIT: u8 = 2;

/// The longest text compared, in chars: longer ones are never close to a
/// key (the longest is 28 bytes, and every insertion costs).
pub(super) const MAX_CHARS: usize = 48;

/// Vowels, whose slips (`Sao Polo`, `Melburn`) cost half an edit.
fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// What putting `b` where `a` is costs.
fn substitution(a: char, b: char) -> u8 {
    if a == b {
        return 0;
    }
    let alike = (is_vowel(a) && is_vowel(b))
        || matches!(
            (a.min(b), a.max(b)),
            ('c', 'k' | 's') | ('k', 'q') | ('s', 'z') | ('f', 'v') | ('g', 'j') | ('m', 'n')
        );
    if alike { EDIT / 2 } else { EDIT }
}

/// What writing or leaving out each char of `text` costs, into `out`: a
/// vowel, an `h` (`Zurik`), or a letter next to its double is half an
/// edit.
pub(super) fn insertions<'o>(text: &[char], out: &'o mut [u8; MAX_CHARS]) -> &'o [u8] {
    for (i, (&c, cost)) in text.iter().zip(out.iter_mut()).enumerate() {
        let doubled = text.get(i.wrapping_sub(1)) == Some(&c) || text.get(i + 1) == Some(&c);
        *cost = if is_vowel(c) || c == 'h' || doubled {
            EDIT / 2
        } else {
            EDIT
        };
    }
    out.get(..text.len()).unwrap_or_default()
}

/// The two texts compared and what inserting each of their chars costs.
pub(super) struct Side<'t> {
    pub chars: &'t [char],
    pub insertions: &'t [u8],
}

/// The distance between `a` and `b`, in half edits, if it is at most
/// `bound`, else `None`; rows stop as soon as every cell is past `bound`.
pub(super) fn within(a: &Side<'_>, b: &Side<'_>, bound: u8) -> Option<u8> {
    let (a_len, b_len) = (a.chars.len(), b.chars.len());
    if a_len.abs_diff(b_len) > usize::from(bound) || b_len >= MAX_CHARS {
        return None;
    }
    // Three rolling rows of the table (the row two back is needed for
    // swaps), saturating: a cell past `bound` only needs to stay past it.
    let mut rows = [[0u8; MAX_CHARS]; 3];
    let [before, previous, current] = &mut rows;
    for (j, &cost) in b.insertions.iter().enumerate() {
        *previous.get_mut(j + 1)? = previous.get(j)?.saturating_add(cost);
    }
    for (i, (&ca, &deletion)) in a.chars.iter().zip(a.insertions).enumerate() {
        let mut left = previous.first()?.saturating_add(deletion);
        *current.first_mut()? = left;
        let mut row_min = left;
        let cells = b.chars.iter().zip(b.insertions).zip(previous.windows(2));
        for (j, ((&cb, &insertion), above)) in cells.enumerate() {
            let (diagonal, up) = (*above.first()?, *above.get(1)?);
            let mut cell = diagonal
                .saturating_add(substitution(ca, cb))
                .min(up.saturating_add(deletion))
                .min(left.saturating_add(insertion));
            let swapped = i > 0
                && j > 0
                && a.chars.get(i - 1) == Some(&cb)
                && b.chars.get(j - 1) == Some(&ca);
            if swapped {
                cell = cell.min(before.get(j - 1)?.saturating_add(EDIT));
            }
            *current.get_mut(j + 1)? = cell;
            row_min = row_min.min(cell);
            left = cell;
        }
        if row_min > bound {
            return None;
        }
        core::mem::swap(before, previous);
        core::mem::swap(previous, current);
    }
    let d = *previous.get(b_len)?;
    (d <= bound).then_some(d)
}
