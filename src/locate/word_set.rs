//! A set of words known at compile time (the words that say what a part
//! of an address is): a bit filter, which turns most other words away,
//! then a binary search over the words packed into numbers, which
//! compares without a call to compare memory.

/// Words of at most 16 bytes, sorted (each list's `const _` assertion
/// checks both with [`sorted`] and [`fits`]).
pub(super) struct WordSet<const N: usize> {
    filter: [u64; 16],
    packed: [u128; N],
}

impl<const N: usize> WordSet<N> {
    /// The set of the `N` words of `words`.
    pub(super) const fn of(words: &[&[u8]]) -> WordSet<N> {
        let mut filter = [0u64; 16];
        let mut packed = [0; N];
        let mut at = 0;
        while at < N {
            let bit = filter_bit(words[at]);
            filter[bit / 64] |= 1 << (bit % 64);
            // A word too long to pack is 0, which no word is.
            packed[at] = match pack(words[at]) {
                Some(p) => p,
                None => 0,
            };
            at += 1;
        }
        WordSet { filter, packed }
    }

    /// Whether `word` is one of the set's.
    #[inline]
    pub(super) fn contains(&self, word: &[u8]) -> bool {
        let bit = filter_bit(word);
        let in_filter = self
            .filter
            .get(bit / 64)
            .is_some_and(|w| w >> (bit % 64) & 1 == 1);
        in_filter && pack(word).is_some_and(|p| self.packed.binary_search(&p).is_ok())
    }
}

/// The bit of `word` in a filter of 1,024 bits, by its length, its first
/// byte and its last.
const fn filter_bit(word: &[u8]) -> usize {
    match word {
        [first, .., last] => (word.len() * 31 + *first as usize * 7 + *last as usize) % 1024,
        [only] => *only as usize,
        [] => 0,
    }
}

/// A word of at most 16 bytes as one number, first byte highest and
/// zero-padded: the numbers sort as the words do.
const fn pack(word: &[u8]) -> Option<u128> {
    if word.len() > 16 {
        return None;
    }
    let mut packed = 0u128;
    let mut at = 0;
    while at < 16 {
        let byte = if at < word.len() { word[at] } else { 0 };
        packed = packed << 8 | byte as u128;
        at += 1;
    }
    Some(packed)
}

/// Whether every word of `words` packs: at most 16 bytes.
pub(super) const fn fits(words: &[&[u8]]) -> bool {
    let mut at = 0;
    while at < words.len() {
        if words[at].len() > 16 {
            return false;
        }
        at += 1;
    }
    true
}

/// Whether `words` are in ascending order.
pub(super) const fn sorted(words: &[&[u8]]) -> bool {
    let mut at = 1;
    while at < words.len() {
        if !less(words[at - 1], words[at]) {
            return false;
        }
        at += 1;
    }
    true
}

/// Whether `a` sorts before `b`, byte by byte.
const fn less(a: &[u8], b: &[u8]) -> bool {
    let mut at = 0;
    while at < a.len() && at < b.len() {
        if a[at] != b[at] {
            return a[at] < b[at];
        }
        at += 1;
    }
    a.len() < b.len()
}
