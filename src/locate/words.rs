//! The words that say what a part of an address is when it names no
//! place: an institution (`Department of Physics`, `Tsinghua
//! University`, `清华大学`), or a unit within a city (`Haidian
//! District`, `Bunkyo-ku`, `77 Massachusetts Avenue`, `관악구`). Neither
//! is read for a place: an institution's name is not where it lies
//! (`University of Washington`, `New York University Abu Dhabi`), and
//! after either the next part may be the city itself (`Columbia
//! University, New York, USA`, `Bunkyo-ku, Tokyo`).

use gii_clusters_keys::SEPARATOR;

/// What a part that names no place is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Kind {
    /// An institution, or a unit of one.
    Institution,
    /// A district, a street, a building: within a city.
    WithinCity,
    /// Anything else, a place the data does not know among them
    /// (`Ithaca`, `Redmond`): after it, a region is a region
    /// (`Ithaca, New York` is in the state).
    Other,
}

/// What the part of key `key`, written `text`, is.
pub(super) fn kind(key: &[u8], text: &str) -> Kind {
    let mut words = key.split(|&b| b == SEPARATOR);
    if names_an_institution(key, text) {
        return Kind::Institution;
    }
    let non_ascii = !text.is_ascii();
    let last = words.next_back();
    let first = key.split(|&b| b == SEPARATOR).next();
    if last.is_some_and(is_within_city_last)
        || first.is_some_and(is_within_city_first)
        || non_ascii && ends_with_any(text.trim_end(), CJK_WITHIN_CITY)
    {
        return Kind::WithinCity;
    }
    Kind::Other
}

/// Whether the part of key `key`, written `text`, names an institution:
/// a word of one (`University of Texas` is no place, whatever GeoNames
/// calls a campus), or a CJK one.
pub(super) fn names_an_institution(key: &[u8], text: &str) -> bool {
    key.split(|&b| b == SEPARATOR).any(is_institution)
        || !text.is_ascii() && has_any(text, CJK_INSTITUTIONS)
        || is_acronym(text)
}

/// One word of 2 to 6 capitals (`MIT`, `KAIST`, `CNRS`): an
/// institution's initials (a place's, such as `NYC`, is a key, read
/// before this). A town written in capitals (`ITHACA, NEW YORK`) is read
/// as one too: the region after it is then read as its city only if it
/// is the city, or a region after it says so.
fn is_acronym(text: &str) -> bool {
    let text = text.trim();
    (2..=6).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `text` ends with one of `ends`.
fn ends_with_any(text: &str, ends: &[&str]) -> bool {
    ends.iter().any(|end| text.ends_with(end))
}

/// Whether `text` holds one of `words`.
fn has_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// A word of an institution's name, in any of the languages of the
/// economies with a cluster that write in Latin letters (as keys are:
/// lower case, without accents).
fn is_institution(word: &[u8]) -> bool {
    match pack(word) {
        Some(packed) => {
            in_filter(&INSTITUTION_FILTER, word) && INSTITUTIONS.binary_search(&packed).is_ok()
        }
        None => word == b"universitatsklinikum",
    }
}

/// A bit per institution word at [`filter_bit`]: most words of a part
/// are none, and one bit tells.
const INSTITUTION_FILTER: [u64; 16] = filter(INSTITUTION_WORDS);
const INSTITUTIONS: [u128; INSTITUTION_WORDS.len()] = pack_all(INSTITUTION_WORDS);
const WITHIN_CITY_LASTS: [u128; WITHIN_CITY_LAST.len()] = pack_all(WITHIN_CITY_LAST);
const WITHIN_CITY_FIRSTS: [u128; WITHIN_CITY_FIRST.len()] = pack_all(WITHIN_CITY_FIRST);
const WITHIN_CITY_LAST_FILTER: [u64; 16] = filter(WITHIN_CITY_LAST);
const WITHIN_CITY_FIRST_FILTER: [u64; 16] = filter(WITHIN_CITY_FIRST);

/// The bit of `word` in a filter of 1,024 bits, by its length, its first
/// byte and its last.
const fn filter_bit(word: &[u8]) -> usize {
    match word {
        [first, .., last] => (word.len() * 31 + *first as usize * 7 + *last as usize) % 1024,
        [only] => *only as usize,
        [] => 0,
    }
}

/// The filter of `words`.
const fn filter(words: &[&[u8]]) -> [u64; 16] {
    let mut bits = [0u64; 16];
    let mut at = 0;
    while at < words.len() {
        let bit = filter_bit(words[at]);
        bits[bit / 64] |= 1 << (bit % 64);
        at += 1;
    }
    bits
}

/// Whether `word`'s bit is set in `filter`.
fn in_filter(filter: &[u64; 16], word: &[u8]) -> bool {
    let bit = filter_bit(word);
    filter
        .get(bit / 64)
        .is_some_and(|w| w >> (bit % 64) & 1 == 1)
}

const INSTITUTION_WORDS: &[&[u8]] = &[
    b"academia",
    b"academy",
    b"administration",
    b"ag",
    b"agency",
    b"akademie",
    b"association",
    b"authority",
    b"biosciences",
    b"bureau",
    b"bv",
    b"center",
    b"centre",
    b"centro",
    b"centrum",
    b"chair",
    b"clinic",
    b"clinica",
    b"clinique",
    b"co",
    b"college",
    b"company",
    b"consortium",
    b"corp",
    b"corporation",
    b"council",
    b"departamento",
    b"departement",
    b"department",
    b"dept",
    b"dipartimento",
    b"division",
    b"ecole",
    b"engineering",
    b"escuela",
    b"facultad",
    b"faculte",
    b"faculty",
    b"fakultat",
    b"fondazione",
    b"foundation",
    b"fundacion",
    b"gmbh",
    b"graduate",
    b"group",
    b"health",
    b"healthcare",
    b"hochschule",
    b"hopital",
    b"hospital",
    b"inc",
    b"incorporated",
    b"inst",
    b"institut",
    b"institute",
    b"instituto",
    b"istituto",
    b"kk",
    b"klinik",
    b"klinikum",
    b"lab",
    b"laboratoire",
    b"laboratories",
    b"laboratorio",
    b"laboratory",
    b"labortory",
    b"labs",
    b"lehrstuhl",
    b"library",
    b"limited",
    b"llc",
    b"ltd",
    b"medical",
    b"medicine",
    b"ministry",
    b"museum",
    b"network",
    b"observatory",
    b"office",
    b"ospedale",
    b"pharma",
    b"pharmaceuticals",
    b"plc",
    b"politecnico",
    b"polytechnic",
    b"polytechnique",
    b"program",
    b"programme",
    b"project",
    b"research",
    b"school",
    b"schools",
    b"science",
    b"sciences",
    b"section",
    b"services",
    b"society",
    b"solutions",
    b"spa",
    b"srl",
    b"stiftung",
    b"systems",
    b"team",
    b"technologies",
    b"technology",
    b"therapeutics",
    b"trust",
    b"unit",
    b"univ",
    b"universidad",
    b"universidade",
    b"universita",
    b"universitat",
    b"universite",
    b"universiteit",
    b"universitet",
    b"university",
    b"uniwersytet",
    b"zentrum",
];
const _: () = assert!(
    sorted(INSTITUTION_WORDS),
    "binary_search needs INSTITUTION_WORDS sorted"
);

/// A last word of a unit within a city (`Haidian District`,
/// `Bunkyo-ku`, `Yuseong-gu`, `Massachusetts Avenue`).
fn is_within_city_last(word: &[u8]) -> bool {
    in_filter(&WITHIN_CITY_LAST_FILTER, word)
        && pack(word).is_some_and(|packed| WITHIN_CITY_LASTS.binary_search(&packed).is_ok())
}

const WITHIN_CITY_LAST: &[&[u8]] = &[
    b"allee",
    b"arrondissement",
    b"ave",
    b"avenue",
    b"bldg",
    b"blvd",
    b"borough",
    b"boulevard",
    b"building",
    b"campus",
    b"cho",
    b"chome",
    b"dist",
    b"district",
    b"dong",
    b"dori",
    b"drive",
    b"floor",
    b"gasse",
    b"gil",
    b"gu",
    b"hall",
    b"jie",
    b"ku",
    b"lane",
    b"ln",
    b"lu",
    b"machi",
    b"park",
    b"platz",
    b"plaza",
    b"qu",
    b"rd",
    b"ro",
    b"road",
    b"sq",
    b"square",
    b"str",
    b"strasse",
    b"street",
    b"tower",
    b"ward",
    b"way",
    b"weg",
];
const _: () = assert!(
    sorted(WITHIN_CITY_LAST),
    "binary_search needs WITHIN_CITY_LAST sorted"
);

/// A first word of a unit within a city (`Rue de …`, `Via …`, `Room
/// 301`).
fn is_within_city_first(word: &[u8]) -> bool {
    in_filter(&WITHIN_CITY_FIRST_FILTER, word)
        && pack(word).is_some_and(|packed| WITHIN_CITY_FIRSTS.binary_search(&packed).is_ok())
}

const WITHIN_CITY_FIRST: &[&[u8]] = &[
    b"apartado",
    b"avenida",
    b"avenue",
    b"boulevard",
    b"box",
    b"building",
    b"calle",
    b"floor",
    b"piazza",
    b"plaza",
    b"po",
    b"postfach",
    b"room",
    b"rua",
    b"rue",
    b"suite",
    b"via",
    b"viale",
];
const _: () = assert!(
    sorted(WITHIN_CITY_FIRST),
    "binary_search needs WITHIN_CITY_FIRST sorted"
);

/// Institutions in CJK scripts: a university, an institute, a hospital,
/// a centre, a company, a laboratory.
const CJK_INSTITUTIONS: &[&str] = &[
    "大学",
    "大學",
    "学院",
    "學院",
    "研究",
    "医院",
    "醫院",
    "病院",
    "中心",
    "公司",
    "会社",
    "实验室",
    "實驗室",
    "センター",
    "대학",
    "병원",
    "연구",
    "센터",
    "학교",
    "회사",
    "集团",
    "集團",
];

/// Last chars of a unit within a city in CJK scripts: a district, a
/// road, a street, a number, a building.
const CJK_WITHIN_CITY: &[&str] = &[
    "区", "區", "구", "路", "街", "号", "號", "丁目", "동", "로", "길", "楼", "樓", "室",
];

/// Whether `words` are in ascending order (checked at compile time: the
/// lookups are binary searches).
const fn sorted(words: &[&[u8]]) -> bool {
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

/// A word of at most 16 bytes as one number, first byte highest and
/// zero-padded: the numbers sort as the words do, and compare in one
/// instruction rather than a call to compare memory.
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

/// Every word of `words` packed ([`pack`]), in order (a word too long
/// to pack is 0, which no word is: `fits` checks at compile time that
/// there is none).
const fn pack_all<const N: usize>(words: &[&[u8]]) -> [u128; N] {
    let mut packed = [0; N];
    let mut at = 0;
    while at < N {
        packed[at] = match pack(words[at]) {
            Some(p) => p,
            None => 0,
        };
        at += 1;
    }
    packed
}

/// Whether every word of `words` packs.
const fn fits(words: &[&[u8]]) -> bool {
    let mut at = 0;
    while at < words.len() {
        if words[at].len() > 16 {
            return false;
        }
        at += 1;
    }
    true
}

const _: () = assert!(
    fits(INSTITUTION_WORDS) && fits(WITHIN_CITY_LAST) && fits(WITHIN_CITY_FIRST),
    "a word of a list is longer than 16 bytes"
);
