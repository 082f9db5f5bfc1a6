//! The three ways to a key's fingerprint agree: read from whole words of
//! a buffer (whatever the buffer holds after the key), given as one word
//! (a key of up to 8 bytes), and of the key alone.

use gii_clusters_keys::fingerprint::{fingerprint, fingerprint_in, fingerprint_short};

#[test]
fn fingerprint_in_a_buffer_equals_the_fingerprint_of_the_key() {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..100_000 {
        let mut buffer = [0u8; 32];
        for byte in &mut buffer {
            *byte = next().to_le_bytes()[0];
        }
        let len = usize::try_from(next() % 32).unwrap();
        assert_eq!(
            fingerprint_in(&buffer, len),
            fingerprint(&buffer[..len]),
            "{:?}",
            &buffer[..len]
        );
    }
}

#[test]
fn fingerprint_of_a_word_equals_the_fingerprint_of_the_key() {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..100_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let len = usize::try_from(state % 9).unwrap();
        let key = &state.to_le_bytes()[..len];
        let mut word = [0u8; 8];
        word[..len].copy_from_slice(key);
        assert_eq!(
            fingerprint_short(u64::from_le_bytes(word), len),
            fingerprint(key),
            "{key:?}"
        );
    }
}
