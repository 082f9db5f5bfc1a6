//! Property tests: spellings the rules allow find the same cluster; a
//! changed letter never finds another cluster; no input panics.

use crate::common;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use common::random::{Random, check};
use gii_clusters::{by_name, locate, mentions, parse, suggest};

/// Every key: its spelling in the data, its normalized form, its rank.
struct Keys {
    /// The keys that find their cluster alone.
    all: Vec<(String, String, u8)>,
    /// Normalized keys of each rank: every key that names it, alone or
    /// with a qualifier (qualified-only keys, and an alias whose key
    /// another cluster's official name won).
    by_rank: HashMap<u8, HashSet<String>>,
}

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let model = common::model();
        let all: Vec<_> = model
            .keys
            .iter()
            .filter(|k| !k.qualified_only)
            .map(|k| {
                (
                    k.text.clone(),
                    k.normalized.clone(),
                    k.target.rank().unwrap(),
                )
            })
            .collect();
        let mut by_rank: HashMap<u8, HashSet<String>> = HashMap::new();
        let named = model
            .keys
            .iter()
            .map(|k| (k.target.rank().unwrap(), &k.normalized))
            .chain(model.alias_ranks.iter().map(|a| (a.rank, &a.normalized)));
        for (rank, key) in named {
            by_rank.entry(rank).or_default().insert(key.clone());
        }
        Keys { all, by_rank }
    })
}

/// The key of `text`, as the data's keys are.
fn key_of(text: &str) -> Option<String> {
    let mut buffer = [0; 256];
    let key = gii_clusters_keys::key(text, &mut buffer)?;
    Some(String::from_utf8(key.to_vec()).unwrap())
}

/// Whether the cluster of `rank` has a key that the query's key `key`
/// holds as a place, in any form `by_name` tries: every form keeps the
/// place's key whole and adds words around it: a qualifier after it
/// (`boston ma`), a CJK region before it (`浙江杭州`), another part of a
/// compound (`kobe kyoto`), the words around a name (`greater paris`,
/// `osaka city`, `kobe shi`), an administrative suffix (`北京市`). So the
/// key of `rank` must be a run of whole words of `key`, or, in CJK, which
/// writes no separator, any run of its chars. Whether a qualifier agrees,
/// a suffix belongs to the economy, or the compound's other parts name
/// the same cluster is for the query table to check, not this oracle.
fn reached_by_a_form(key: &str, rank: u8) -> bool {
    keys().by_rank[&rank].iter().any(|place| {
        if !place.is_ascii() {
            return key.contains(place.as_str());
        }
        key.match_indices(place.as_str()).any(|(at, _)| {
            let before = key[..at].chars().next_back();
            let after = key[at + place.len()..].chars().next();
            let apart = |c: Option<char>| c.is_none_or(|c| c == ' ' || !c.is_ascii());
            apart(before) && apart(after)
        })
    })
}

/// One way to respell a char that the rules say changes nothing.
#[derive(Debug, Clone)]
enum Respell {
    Keep,
    SwapCase,
    /// Add an accent: a precomposed letter, or a combining mark after it.
    Accent(u8),
    /// Put an apostrophe or an invisible format char after it.
    Ignorable(u8),
    /// For a separator: a run of 1 to 3 separators of any kind.
    Separators(Vec<u8>),
}

fn respell(random: &mut Random) -> Respell {
    match random.weighted(&[3, 2, 1, 1, 1]) {
        0 => Respell::Keep,
        1 => Respell::SwapCase,
        2 => Respell::Accent(random.byte()),
        3 => Respell::Ignorable(random.byte()),
        _ => Respell::Separators((0..=random.below(3)).map(|_| random.byte()).collect()),
    }
}

const SEPARATORS: &[&str] = &[
    " ", "  ", "-", "–", "—", ",", ".", "\t", "\u{a0}", "\u{3000}", "・", " - ",
];
const IGNORABLE: &[&str] = &["'", "’", "\u{200b}", "\u{200d}", "\u{feff}", "\u{200f}"];

/// A precomposed accented form of `c`, if the fold table has one.
fn accented(c: char, pick: u8) -> Option<char> {
    let forms: &[char] = match c.to_ascii_lowercase() {
        'a' => &['á', 'à', 'â', 'ä', 'ã', 'å', 'ā'],
        'c' => &['ç', 'č', 'ć'],
        'e' => &['é', 'è', 'ê', 'ë', 'ě', 'ē'],
        'i' => &['í', 'ì', 'î', 'ï', 'ī'],
        'n' => &['ñ', 'ń', 'ň'],
        'o' => &['ó', 'ò', 'ô', 'ö', 'õ', 'ø', 'ō', 'ő'],
        's' => &['š', 'ś', 'ş'],
        'u' => &['ú', 'ù', 'û', 'ü', 'ū', 'ů'],
        'z' => &['ž', 'ź', 'ż'],
        _ => return None,
    };
    let form = forms[usize::from(pick) % forms.len()];
    Some(if c.is_ascii_uppercase() {
        form.to_uppercase().next().unwrap()
    } else {
        form
    })
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | ',' | '.' | '–' | '—')
}

fn apply(text: &str, edits: &[Respell], pad: (u8, u8)) -> String {
    let mut out = " ".repeat(usize::from(pad.0 % 3));
    for (c, edit) in text.chars().zip(edits.iter().cycle()) {
        match edit {
            Respell::Separators(kinds) if is_separator(c) => {
                for &k in kinds {
                    out.push_str(SEPARATORS[usize::from(k) % SEPARATORS.len()]);
                }
            }
            Respell::SwapCase if c.is_ascii_alphabetic() => out.push(if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }),
            Respell::Accent(pick) if c.is_ascii_alphabetic() => {
                if let (0, Some(form)) = (pick % 2, accented(c, *pick)) {
                    out.push(form);
                } else {
                    out.push(c);
                    out.push(['\u{301}', '\u{308}', '\u{300}'][usize::from(*pick) % 3]);
                }
            }
            Respell::Ignorable(pick) if !is_separator(c) => {
                out.push(c);
                out.push_str(IGNORABLE[usize::from(*pick) % IGNORABLE.len()]);
            }
            _ => out.push(c),
        }
    }
    out.push_str(&"\t ".repeat(usize::from(pad.1 % 3)));
    out
}

/// Interesting chars for arbitrary input.
fn nasty_char(random: &mut Random) -> char {
    const NASTY: &[char] = &[
        '\0',
        '\u{1}',
        '\u{7f}',
        '\u{301}',
        '\u{200d}',
        '\u{200e}',
        '\u{202e}',
        '\u{feff}',
        '\u{fffd}',
        '–',
        '—',
        ' ',
        '-',
        ',',
        '.',
        '\'',
        '’',
        'ß',
        'ü',
        'İ',
        'ı',
        '北',
        '京',
        '香',
        'Ａ',
        '\u{10ffff}',
    ];
    match random.weighted(&[4, 2, 3]) {
        0 => random.any_char(),
        1 => *random.pick(NASTY),
        _ => char::from(b'a' + u8::try_from(random.below(26)).unwrap()),
    }
}

/// Case, accents, dash kinds, separator runs, apostrophes, invisible
/// chars and padding never change which cluster a key finds.
#[test]
fn allowed_respellings_find_the_same_cluster() {
    check("allowed_respellings_find_the_same_cluster", |random| {
        let (text, key, rank) = random.pick(&keys().all);
        let edits: Vec<Respell> = (0..=random.below(11)).map(|_| respell(random)).collect();
        let pad = (random.byte(), random.byte());
        let respelled = apply(text, &edits, pad);
        assert_eq!(key_of(&respelled), Some(key.clone()), "{respelled:?}");
        assert_eq!(
            by_name(&respelled).map(gii_clusters::Cluster::rank),
            Some(*rank),
            "{respelled:?} from {text:?}"
        );
    });
}

/// Changing one letter finds nothing, or a cluster that the changed
/// spelling really names, through one of its keys.
#[test]
fn a_changed_letter_never_finds_another_cluster() {
    // Keys with Latin letters (most of them); the others have none to change.
    let latin: Vec<_> = keys()
        .all
        .iter()
        .filter(|(text, _, _)| text.chars().any(|c| c.is_ascii_alphabetic()))
        .collect();
    check("a_changed_letter_never_finds_another_cluster", |random| {
        let (text, _, _) = random.pick(&latin);
        let mut changed: Vec<char> = text.chars().collect();
        let letters: Vec<usize> = (0..changed.len())
            .filter(|&i| changed[i].is_ascii_alphabetic())
            .collect();
        let at = *random.pick(&letters);
        let shift = 1 + u8::try_from(random.below(25)).unwrap();
        let old = changed[at].to_ascii_lowercase() as u8 - b'a';
        changed[at] = char::from(b'a' + (old + shift) % 26);
        let changed: String = changed.into_iter().collect();
        if let Some(found) = by_name(&changed) {
            let key = key_of(&changed).unwrap();
            assert!(
                reached_by_a_form(&key, found.rank()),
                "{changed:?} found {found}"
            );
        }
    });
}

/// Arbitrary text never panics, and whatever it finds is named by one
/// of that cluster's keys.
#[test]
fn arbitrary_input_is_safe() {
    check("arbitrary_input_is_safe", |random| {
        let text: String = (0..random.below(40)).map(|_| nasty_char(random)).collect();
        if let Some(found) = by_name(&text) {
            let key = key_of(&text).unwrap();
            assert!(
                reached_by_a_form(&key, found.rank()),
                "{text:?} found {found}"
            );
        }
        let _ = parse(&text);
        let _ = suggest(&text);
        let _ = text.parse::<gii_clusters::Economy>();
    });
}

/// Addresses cut and joined at random, with arbitrary chars among their
/// pieces, never make `locate` or `mentions` panic; every mention is
/// where it says, on char boundaries, and the cluster `locate` answers is
/// among them.
#[test]
fn arbitrary_addresses_are_safe() {
    const PIECES: &[&str] = &[
        "Cambridge",
        "MA",
        "02139",
        "USA",
        "U.S.A.",
        ", ",
        ",",
        ";",
        " ",
        "\n",
        "(",
        ")",
        "北京市",
        "海淀区",
        "北京",
        "大学",
        "東京都",
        "八王子市",
        "〒113-8654",
        "7-3-1",
        "서울특별시",
        "관악구",
        "University",
        "Department of",
        "New York",
        "Washington",
        "Tokyo",
        "Japan",
        "China",
        "P.R.",
        "Munich",
        "Germany",
        "80333",
        "Redmond",
        "WA",
        "Garching",
        "Singapore",
        "Hong Kong",
        "–",
        "/",
        "：",
        "，",
        "、",
        "；",
    ];
    check("arbitrary_addresses_are_safe", |random| {
        let text: String = (0..random.below(30))
            .map(|_| match random.below(4) {
                0 => nasty_char(random).to_string(),
                _ => (*random.pick(PIECES)).to_owned(),
            })
            .collect();
        let found: Vec<_> = mentions(&text).collect();
        for m in &found {
            assert!(
                text.get(m.place()).is_some_and(|p| !p.is_empty()),
                "{text:?}: {m:?}"
            );
            for q in m.qualifiers() {
                assert!(text.get(q.clone()).is_some(), "{text:?}: {m:?}");
            }
        }
        if let Some(cluster) = locate(&text) {
            assert!(
                found.iter().any(|m| m.cluster() == cluster),
                "{text:?}: {found:?}"
            );
        }
    });
}

/// Text that looks like a key with escapes spelled out as text
/// ("\u{d800}"-style) is just text.
#[test]
fn escape_lookalikes_are_plain_text() {
    const ESCAPES: &[&str] = &[
        "\\u{d800}",
        "\\ud800",
        "%ED%A0%80",
        "&#xD800;",
        "\\x00",
        "\\0",
    ];
    check("escape_lookalikes_are_plain_text", |random| {
        let (text, _, _) = random.pick(&keys().all);
        let escape = random.pick(ESCAPES);
        assert_eq!(by_name(&format!("{text}{escape}")), None);
    });
}

/// Found by a random run: single letters apart are initials, whatever
/// separates them (`L–Ａ` is `LA`), so the oracle must join them as the
/// data's keys are joined.
#[test]
fn initials_apart_reach_their_key() {
    let la = by_name("LA").unwrap().rank();
    assert_eq!(by_name("l–Ａ").map(gii_clusters::Cluster::rank), Some(la));
    assert_eq!(key_of("l–Ａ").as_deref(), Some("la"));
    assert!(reached_by_a_form("la", la));
}

/// The oracle itself: every form `by_name` tries reaches its cluster (a
/// suffix, a qualifier, a region first, a compound, the words around a
/// name, a qualified-only key with its qualifier), and a key of another
/// cluster, or part of a word, does not.
#[test]
fn the_oracle_knows_the_documented_forms() {
    let rank = |name: &str| by_name(name).unwrap().rank();
    for (query, name) in [
        ("北京市", "Beijing"),
        ("Beijing, China", "Beijing"),
        ("浙江杭州", "Hangzhou"),
        ("Kobe–Kyoto", "Kyoto"),
        ("Greater Paris", "Paris"),
        ("Osaka City", "Osaka"),
        ("Durham, NC", "Raleigh"),
        ("Cambridge, MA", "Boston"),
        ("Boston, MA, USA", "Boston"),
        ("L.A., California", "LA"),
    ] {
        assert_eq!(
            by_name(query).map(gii_clusters::Cluster::rank),
            Some(rank(name))
        );
        assert!(
            reached_by_a_form(&key_of(query).unwrap(), rank(name)),
            "{query:?}"
        );
    }
    let beijing = rank("Beijing");
    assert!(!reached_by_a_form(&key_of("Tokyo").unwrap(), beijing));
    assert!(!reached_by_a_form(&key_of("Bei").unwrap(), beijing));
    assert!(!reached_by_a_form(&key_of("Beijingo").unwrap(), beijing));
}
