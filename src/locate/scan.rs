//! The search for the chars that cut a text, eight bytes at a time: a
//! text is read whole for its segments, and a byte loop that stopped at
//! each byte cost `locate` a third of its time.

/// The bytes a search looks for: a flag per byte value.
pub(super) struct Needles([bool; 256]);

impl Needles {
    /// The set of `bytes`.
    pub(super) const fn of(bytes: &[u8]) -> Needles {
        let mut set = [false; 256];
        let mut at = 0;
        while at < bytes.len() {
            set[bytes[at] as usize] = true;
            at += 1;
        }
        Needles(set)
    }

    #[inline]
    fn holds(&self, byte: u8) -> bool {
        self.0[usize::from(byte)]
    }

    /// Whether any of the 8 bytes of `chunk` is one: every byte is read
    /// (no branch per byte), and a chunk that holds one is read again.
    #[inline]
    fn any(&self, chunk: &[u8]) -> bool {
        chunk.iter().fold(false, |any, &b| any | self.holds(b))
    }
}

/// The position of the first byte of `bytes` that is one of `needles`.
pub(super) fn first(bytes: &[u8], needles: &Needles) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut start = 0;
    for chunk in &mut chunks {
        if needles.any(chunk) {
            return chunk
                .iter()
                .position(|&b| needles.holds(b))
                .map(|at| start + at);
        }
        start += 8;
    }
    let rest = chunks.remainder();
    rest.iter()
        .position(|&b| needles.holds(b))
        .map(|at| start + at)
}

/// The position of the last byte of `bytes` that is one of `needles`.
pub(super) fn last(bytes: &[u8], needles: &Needles) -> Option<usize> {
    let mut chunks = bytes.rchunks_exact(8);
    let mut end = bytes.len();
    for chunk in &mut chunks {
        end -= 8;
        if needles.any(chunk) {
            return chunk
                .iter()
                .rposition(|&b| needles.holds(b))
                .map(|at| end + at);
        }
    }
    chunks.remainder().iter().rposition(|&b| needles.holds(b))
}
