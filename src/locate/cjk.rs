//! A CJK address, written largest unit first and without separators:
//! `北京市海淀区清华大学`, `〒113-8654 東京都文京区本郷7-3-1`, `서울특별시
//! 관악구 관악로 1`, `广东省深圳市南山区`. Its place is the first it names,
//! after an economy or a region; the units after it say whether the
//! address lies in that place (a district of it: `文京区`) or in another
//! town of the region (`東京都八王子市`: Hachiōji, not Tokyo's wards).

use super::reading::Found;
use super::text::is_cjk;
use crate::Economy;
use crate::lookup::{cluster_key, economy_by_key, without_suffix};
use crate::tables::{CLUSTERS, Finding, Qualifier};
use core::ops::Range;

/// A unit's name is read in at most this many chars (`特别行政区` and a
/// city of four: nine).
const MAX_CHARS: usize = 10;

/// At most this many economies or regions before the place (`中国广东省`).
const MAX_HEAD_QUALIFIERS: usize = 2;

/// The place the CJK address `text` starts with, if it starts with one
/// (after numbers and symbols: `〒113-8654 東京都…`), and where it is
/// written, with the economy or region before it.
pub(super) fn head(text: &str) -> Option<(Found, Range<usize>)> {
    let start = text.find(|c: char| c.is_alphabetic())?;
    let mut rest = text.get(start..)?;
    if !rest.starts_with(is_cjk) {
        return None;
    }
    let mut qualifiers = [None; MAX_HEAD_QUALIFIERS];
    let mut read = 0;
    let (found, len) = loop {
        match next_unit(rest)? {
            (Unit::Place(found), len) => break (found, len),
            (Unit::Region(qualifier), len) => {
                *qualifiers.get_mut(read)? = Some(qualifier);
                read += 1;
                rest = rest.get(len..)?.trim_start();
            }
        }
    };
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

/// What a unit of a CJK address is.
enum Unit {
    Place(&'static Finding),
    Region(Qualifier),
}

/// The unit `text` starts with, and its length in bytes: the longest
/// run of CJK chars that is a place or a region, tried first where a
/// char says a unit may end (`東京都`, `神奈川県`, `京都府`: the `都` of
/// `京都` too), then at every char (`浙江杭州`: `浙江`, then `杭州`).
fn next_unit(text: &str) -> Option<(Unit, usize)> {
    let unit = |key: &[u8]| {
        cjk_place(key)
            .map(Unit::Place)
            .or_else(|| Qualifier::of_cjk(key).map(Unit::Region))
    };
    let (ends, count) = char_ends(text, |c| ENDS_UNIT.contains(&c));
    let at_unit_ends = longest_of(text, ends.get(..count)?, unit);
    // A first unit that ends as a city or a region does (`伊丹市`) and is
    // none is no name the data has: a shorter one would be another
    // place's (`大田区` is in Tokyo, `大田` Daejeon). Only a name written
    // without its suffix before a district is read at every char
    // (`北京海淀区`).
    let first_char = ends
        .first()
        .filter(|_| count > 0)
        .and_then(|&end| text.get(..end)?.chars().next_back());
    match first_char {
        Some('区' | '區' | '구') | None => at_unit_ends.or_else(|| longest(text, unit)),
        Some(_) => at_unit_ends,
    }
}

/// The chars that end the name of a region or a place in CJK addresses.
const ENDS_UNIT: [char; 18] = [
    '都', '道', '府', '県', '市', '区', '區', '町', '村', '郡', '省', '县', '縣', '旗', '시', '도',
    '구', '군',
];

/// The place a CJK key names: a key, or one with its CJK suffix (the
/// words around a Latin name are none of its).
fn cjk_place(key: &[u8]) -> Option<&'static Finding> {
    cluster_key(key).or_else(|| without_suffix(key))
}

/// The longest run of at most [`MAX_CHARS`] CJK chars at the start of
/// `text` that `lookup` finds, with its length in bytes.
fn longest<T>(text: &str, lookup: impl Fn(&[u8]) -> Option<T>) -> Option<(T, usize)> {
    let (ends, count) = char_ends(text, |_| true);
    longest_of(text, ends.get(..count)?, lookup)
}

/// Where each of the first [`MAX_CHARS`] CJK chars of `text` that `keep`
/// holds ends, in bytes, and how many there are.
fn char_ends(text: &str, keep: impl Fn(char) -> bool) -> ([usize; MAX_CHARS], usize) {
    let mut ends = [0usize; MAX_CHARS];
    let mut count = 0;
    let chars = text
        .char_indices()
        .take_while(|&(_, c)| is_cjk(c))
        .take(MAX_CHARS);
    for (at, c) in chars.filter(|&(_, c)| keep(c)) {
        if let Some(slot) = ends.get_mut(count) {
            *slot = at + c.len_utf8();
            count += 1;
        }
    }
    (ends, count)
}

/// What `lookup` finds in the longest of the prefixes of `text` that end
/// at `ends`, with its length in bytes.
fn longest_of<T>(
    text: &str,
    ends: &[usize],
    lookup: impl Fn(&[u8]) -> Option<T>,
) -> Option<(T, usize)> {
    ends.iter()
        .rev()
        .find_map(|&end| lookup(text.as_bytes().get(..end)?).map(|found| (found, end)))
}

/// Whether the place `found`, written `written`, is where the address
/// lies, by what follows it (`after`): a district of a city of its
/// economy (`文京区`), the same city again (`大阪府大阪市`), or nothing
/// more of a name when the place is written with its suffix or apart
/// (`北京市清华大学`, `서울 관악구`), a neighbourhood after a city
/// (`伊丹市稲野町`); not another city (`東京都八王子市`), nor more of a
/// word (`北京大学` is Peking University, wherever it is).
fn stands(found: &Finding, written: &str, after: &str) -> bool {
    let apart = !after.starts_with(is_cjk);
    let next = after.trim_start();
    // After a city written as one (`伊丹市`, `수원시`), a town or village
    // is a neighbourhood of it (`稲野町`), not another municipality.
    let city = written.ends_with(['市', '시']);
    // The unit right after the place: a name of a few chars and its
    // unit char, none of them a road's or an institution's (`北京路越秀区`
    // is Beijing Road, in Guangzhou; `北京师范大学珠海校区` a campus in
    // Zhuhai).
    let unit = next
        .char_indices()
        .take_while(|&(_, c)| is_cjk(c) && !NO_UNIT_NAME.contains(&c))
        .take(UNIT_CHARS)
        .find_map(|(at, c)| {
            let unit = match After::of(c)? {
                After::Town if city => After::District(ANY),
                After::Town => After::City,
                unit => unit,
            };
            Some((unit, at + c.len_utf8()))
        });
    match unit {
        Some((After::District(writers), _)) => lies_in(found, writers),
        Some((After::City | After::Town, end)) => next
            .as_bytes()
            .get(..end)
            .and_then(cjk_place)
            .is_some_and(|city| city.rank == found.rank),
        None => {
            let suffixed = cluster_key(written.as_bytes()).is_none();
            apart || suffixed || economy_by_key(written.as_bytes()).is_some()
        }
    }
}

/// What follows a place in a CJK address.
#[derive(Clone, Copy)]
enum After {
    /// A district of a city, of the economies that write its char.
    District(&'static [Economy]),
    /// A city or a county.
    City,
    /// A town or a village: another municipality after a region, a
    /// neighbourhood after a city.
    Town,
}

/// A unit after a place is read in at most this many chars (`浦东新区`).
const UNIT_CHARS: usize = 5;

/// Chars of no unit's name: a road's, a street's, a number's, a
/// university's or a school's.
const NO_UNIT_NAME: [char; 10] = ['路', '街', '道', '号', '號', '大', '学', '學', '院', '校'];

/// The economies of every cluster (a district of any).
const ANY: &[Economy] = Economy::ALL;

impl After {
    fn of(c: char) -> Option<After> {
        const CHINESE_AND_JAPANESE: &[Economy] = &[
            Economy::China,
            Economy::HongKong,
            Economy::Japan,
            Economy::Taiwan,
        ];
        match c {
            '区' | '區' => Some(After::District(CHINESE_AND_JAPANESE)),
            '구' => Some(After::District(&[Economy::Korea])),
            '市' | '县' | '縣' | '郡' | '旗' | '시' | '군' => Some(After::City),
            '町' | '村' | '읍' | '면' => Some(After::Town),
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
