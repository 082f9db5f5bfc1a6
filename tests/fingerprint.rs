//! The fingerprint read from whole words of a buffer equals the
//! fingerprint of the key alone, whatever the buffer holds after the key.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test stops at the first thing that is wrong"
)]

#[path = "../src/lookup/fingerprint.rs"]
#[allow(dead_code)]
mod fingerprint;

use fingerprint::{fingerprint, fingerprint_in};

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
