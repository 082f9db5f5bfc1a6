//! `parse` and the `FromStr` impls on arbitrary text: no panic, and
//! `parse` agrees with `by_rank` and `by_name`.
#![no_main]

use gii_clusters::{Cluster, Economy, Error, by_name, by_rank, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse(text) {
        Ok(found) => {
            let digits = text.trim().trim_start_matches('#');
            let by_number = digits.parse::<u8>().ok().and_then(by_rank);
            assert!(
                by_number == Some(found) || by_name(text) == Some(found),
                "{text:?}"
            );
        }
        Err(Error::UnknownRank { rank }) => {
            assert!(u8::try_from(rank).ok().and_then(by_rank).is_none())
        }
        Err(Error::UnknownName { .. }) => assert_eq!(by_name(text), None),
        Err(Error::NeedsQualifier { .. } | Error::TooLong) => assert_eq!(by_name(text), None),
        Err(other) => panic!("parse returned {other:?}"),
    }
    let _ = text.parse::<&Cluster>();
    let _ = text.parse::<Economy>();
    let _ = Economy::from_alpha2(text);
});
