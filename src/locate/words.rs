//! The words that say what a part of an address is when it names no
//! place: an institution (`Department of Physics`, `Tsinghua
//! University`, `清华大学`), or a unit within a city (`Haidian
//! District`, `Bunkyo-ku`, `77 Massachusetts Avenue`, `관악구`). Neither
//! is read for a place: an institution's name is not where it lies
//! (`University of Washington`, `New York University Abu Dhabi`), and
//! after either the next part may be the city itself (`Columbia
//! University, New York, USA`, `Bunkyo-ku, Tokyo`).

use super::word_set::{WordSet, fits, sorted};
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
/// lower case, without accents); one longer than a word set holds is
/// named apart.
fn is_institution(word: &[u8]) -> bool {
    INSTITUTIONS.contains(word) || word == b"universitatsklinikum"
}

const INSTITUTIONS: WordSet<{ INSTITUTION_WORDS.len() }> = WordSet::of(INSTITUTION_WORDS);
const WITHIN_CITY_LASTS: WordSet<{ WITHIN_CITY_LAST.len() }> = WordSet::of(WITHIN_CITY_LAST);
const WITHIN_CITY_FIRSTS: WordSet<{ WITHIN_CITY_FIRST.len() }> = WordSet::of(WITHIN_CITY_FIRST);

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
    sorted(INSTITUTION_WORDS) && fits(INSTITUTION_WORDS),
    "a word set is sorted words of 16 bytes at most"
);

/// A last word of a unit within a city (`Haidian District`,
/// `Bunkyo-ku`, `Yuseong-gu`, `Massachusetts Avenue`).
fn is_within_city_last(word: &[u8]) -> bool {
    WITHIN_CITY_LASTS.contains(word)
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
    sorted(WITHIN_CITY_LAST) && fits(WITHIN_CITY_LAST),
    "a word set is sorted words of 16 bytes at most"
);

/// A first word of a unit within a city (`Rue de …`, `Via …`, `Room
/// 301`).
fn is_within_city_first(word: &[u8]) -> bool {
    WITHIN_CITY_FIRSTS.contains(word)
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
    sorted(WITHIN_CITY_FIRST) && fits(WITHIN_CITY_FIRST),
    "a word set is sorted words of 16 bytes at most"
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
