//! The normalizer's fast path against its specification: `normalize` and
//! `reference` give the same key (or both none) for every input, with a
//! buffer as small as the library's and a generous one.
#![no_main]

use libfuzzer_sys::fuzz_target;

use gii_clusters_keys::{normalize, reference};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (mut fast, mut expected) = ([0; 32], [0; 32]);
    assert_eq!(
        normalize(text, &mut fast),
        reference(text, &mut expected),
        "{text:?}"
    );
    let (mut fast, mut expected) = ([0; 256], [0; 256]);
    assert_eq!(
        normalize(text, &mut fast),
        reference(text, &mut expected),
        "{text:?}"
    );
});
