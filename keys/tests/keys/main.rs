//! The definition of a key on its own: the fast normalizer against the
//! reference (the specification) and examples of each rule, and the ways
//! to a key's fingerprint against each other.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test stops at the first thing that is wrong"
)]

mod fingerprint;
mod normalize;
