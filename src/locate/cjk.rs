//! A CJK address, written largest unit first and without separators:
//! `北京市海淀区清华大学`, `〒113-8654 東京都文京区本郷7-3-1`, `서울특별시
//! 관악구 관악로 1`, `广东省深圳市南山区`. Its place is the first it names,
//! after an economy or a region; the units after it say whether the
//! address lies in that place (a district of it: `文京区`) or in another
//! town of the region (`東京都八王子市`: Hachiōji, not Tokyo's wards).

use super::reading::Found;
use super::text::is_cjk;
use crate::Economy;
use crate::lookup::{cluster_key, economy_by_key, place};
use crate::tables::{CLUSTERS, Finding, Qualifier};
use core::ops::Range;

/// A unit's name is read in at most this many chars (`特别行政区` and a
/// city of four: nine).
const MAX_CHARS: usize = 10;

/// At most this many economies or regions before the place (`中国广东省`).
const MAX_QUALIFIERS: usize = 2;

/// The place the CJK address `text` starts with, if it starts with one
/// (after numbers and symbols: `〒113-8654 東京都…`), and where it is
/// written, with the economy or region before it.
pub(super) fn head(text: &str) -> Option<(Found, Range<usize>)> {
    let start = text.find(|c: char| c.is_alphabetic())?;
    let mut rest = text.get(start..)?;
    if !rest.starts_with(is_cjk) {
        return None;
    }
    let mut qualifiers = [None; MAX_QUALIFIERS];
    for slot in &mut qualifiers {
        let Some((qualifier, len)) = longest(rest, |key| {
            place(key)
                .is_none()
                .then(|| Qualifier::of_cjk(key))
                .flatten()
        }) else {
            break;
        };
        *slot = Some(qualifier);
        rest = rest.get(len..)?.trim_start();
    }
    let (found, len) = longest(rest, place)?;
    let (written, after) = rest.split_at_checked(len)?;
    if !stands(found, written, after) {
        return None;
    }
    let span = start..text.len() - after.len();
    let found = Found::Key(found, true);
    let found = match qualifiers {
        [None, _] => Some(found),
        [Some(only), None] => found.rank(&[only]).map(Found::Rank),
        [Some(first), Some(second)] => found.rank(&[first, second]).map(Found::Rank),
    };
    Some((found?, span))
}

/// The longest run of at most [`MAX_CHARS`] CJK chars at the start of
/// `text` that `lookup` finds, with its length in bytes.
fn longest<T>(text: &str, lookup: impl Fn(&[u8]) -> Option<T>) -> Option<(T, usize)> {
    let mut ends = [0usize; MAX_CHARS];
    let mut count = 0;
    for ((at, c), slot) in text.char_indices().zip(&mut ends) {
        if !is_cjk(c) {
            break;
        }
        *slot = at + c.len_utf8();
        count += 1;
    }
    ends.get(..count)?.iter().rev().find_map(|&end| {
        let key = text.as_bytes().get(..end)?;
        lookup(key).map(|found| (found, end))
    })
}

/// Whether the place `found`, written `written`, is where the address
/// lies, by what follows it (`after`): a district of a city of its
/// economy (`文京区`), the same city again (`大阪府大阪市`), or nothing
/// more of a name when the place is written with its suffix or apart
/// (`北京市清华大学`, `서울 관악구`); not another city (`東京都八王子市`), nor
/// more of a word (`北京大学` is Peking University, wherever it is).
fn stands(found: &Finding, written: &str, after: &str) -> bool {
    let apart = !after.starts_with(is_cjk);
    let next = after.trim_start();
    let unit = next
        .char_indices()
        .take_while(|&(_, c)| is_cjk(c))
        .take(MAX_CHARS)
        .find_map(|(at, c)| Unit::of(c).map(|unit| (unit, at + c.len_utf8())));
    match unit {
        Some((Unit::District(writers), _)) => lies_in(found, writers),
        Some((Unit::City, end)) => next
            .as_bytes()
            .get(..end)
            .and_then(place)
            .is_some_and(|city| city.rank == found.rank),
        None => {
            let suffixed = cluster_key(written.as_bytes()).is_none();
            apart || suffixed || economy_by_key(written.as_bytes()).is_some()
        }
    }
}

/// A unit of a CJK address after a place.
#[derive(Clone, Copy)]
enum Unit {
    /// A district of a city, of the economies that write its char.
    District(&'static [Economy]),
    /// A city, a county, a town, a village.
    City,
}

impl Unit {
    fn of(c: char) -> Option<Unit> {
        const CHINESE_AND_JAPANESE: &[Economy] = &[
            Economy::China,
            Economy::HongKong,
            Economy::Japan,
            Economy::Taiwan,
        ];
        match c {
            '区' | '區' => Some(Unit::District(CHINESE_AND_JAPANESE)),
            '구' => Some(Unit::District(&[Economy::Korea])),
            '市' | '县' | '縣' | '町' | '村' | '郡' | '旗' | '시' | '군' | '읍' | '면' => {
                Some(Unit::City)
            }
            _ => None,
        }
    }
}

/// Whether the cluster `found` names lies in one of `economies`.
fn lies_in(found: &Finding, economies: &[Economy]) -> bool {
    CLUSTERS
        .get(usize::from(found.rank).wrapping_sub(1))
        .is_some_and(|c| c.economies().iter().any(|e| economies.contains(e)))
}
