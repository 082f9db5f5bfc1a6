//! `by_name` and `parse` on the spellings people type, and on input that
//! must find nothing.

use crate::common;

use gii_clusters::{Cluster, Economy, Error, all, by_name, by_rank, parse, suggest};

fn rank(name: &str) -> Option<u8> {
    by_name(name).map(Cluster::rank)
}

/// Spelling variants the rules promise to accept, applied to a name.
fn variants(name: &str) -> Vec<String> {
    let strip_accents: String = name
        .chars()
        .map(|c| match c {
            'ü' => 'u',
            'ö' => 'o',
            'ã' => 'a',
            'é' => 'e',
            _ => c,
        })
        .collect();
    vec![
        name.to_uppercase(),
        name.to_lowercase(),
        name.replace('–', "-"),
        name.replace('–', " — "),
        name.replace(' ', "   "),
        name.replace(", ", " "),
        format!("  {name}\t\n"),
        strip_accents,
        name.replace('\'', ""),
        name.replace('\'', "’"),
    ]
}

#[test]
fn every_official_name_and_its_variants() {
    for c in all() {
        assert_eq!(by_name(c.name()), Some(c));
        for v in variants(c.name()) {
            assert_eq!(by_name(&v), Some(c), "{v:?} for {c}");
        }
        if let Some(zh) = c.name_zh() {
            assert_eq!(by_name(zh), Some(c));
            assert_eq!(by_name(&format!(" {zh} ")), Some(c));
        }
    }
}

#[test]
fn spellings_people_type() {
    let cases: &[(&str, u8)] = &[
        ("Beijing", 4),
        ("北京", 4),
        ("香港", 2),
        ("Hong Kong", 2),
        ("Shenzhen", 2),
        ("深圳", 2),
        ("广州", 2),
        ("Guangzhou", 2),
        ("苏州", 5),
        ("Suzhou", 5),
        ("San Diego", 9),
        ("san diego, ca", 9),
        ("  SAN JOSE-SAN FRANCISCO,  ca ", 6),
        ("San Francisco", 6),
        ("Yokohama", 1),
        ("Kyoto", 7),
        ("Baltimore", 17),
        ("Washington, DC-Baltimore, MD", 17),
        ("Washington DC Baltimore MD", 17),
        ("Jerusalem", 30),
        ("Antwerp", 51),
        ("Mannheim", 62),
        ("Erlangen", 70),
        ("Hsinchu", 27),
        ("München", 22),
        ("Muenchen", 22),
        ("Munchen", 22),
        ("Köln", 25),
        ("Xi'an", 19),
        ("Xian", 19),
        ("XI’AN", 19),
        ("西安", 19),
        ("Zurich", 49),
        ("ZÜRICH", 49),
        ("Zu\u{308}rich", 49),
        ("Sao Paulo", 72),
        ("Goteborg", 98),
        ("Gothenburg, Sweden", 98),
        ("Cambridge", 65),
        ("Cambridge, MA", 8),
        ("Boston", 8),
        ("Frankfurt", 45),
        ("Bangalore", 56),
        ("ｂｅｉｊｉｎｇ", 4),
        ("Beijing.", 4),
        ("東京", 1),
        ("서울", 3),
        ("Tel Aviv–Jerusalem", 30),
        ("Istanbul", 59),
        ("İstanbul", 59),
        ("Montréal", 60),
        ("København", 61),
        ("Beijing\u{200b}", 4),
    ];
    for &(name, expected) in cases {
        assert_eq!(rank(name), Some(expected), "{name:?}");
    }
}

#[test]
fn misses_find_nothing() {
    for name in [
        "",
        " ",
        "-",
        "Atlantis",
        "Beijin",
        "Beijingg",
        "Bei jing",
        "Springfield",
        "Cambridge, Texas",
        "Paris, TX",
        "Tokyo Osaka",
        "Shanghai Beijing",
        "北",
        "北京省",
        "Beijing!",
        "Beijing/Tokyo",
        "กรุงเทพ",
        "Beijing×",
        "Beijing÷",
        "Ｂｅｉｊｉｎｇ！",
        "Beijing\0",
        "4",
        "#4",
        "\u{feff}",
        "Baden-Baden",
        "Hong",
        "San",
    ] {
        assert_eq!(rank(name), None, "{name:?}");
    }
}

#[test]
fn hostile_input_finds_nothing() {
    let huge = "a".repeat(1 << 20);
    assert_eq!(rank(&huge), None);
    let padded = format!("Beijing{}", " ".repeat(1 << 20));
    assert_eq!(
        rank(&padded),
        None,
        "too long to read, even if it would normalize"
    );
    // The documented bound: up to 1,552 bytes are read (8 x a key of 64
    // bytes qualified twice by one as long).
    let at_bound = format!("Beijing{}", " ".repeat(1552 - 7));
    assert_eq!(rank(&at_bound), Some(4));
    assert_eq!(rank(&format!("{at_bound} ")), None);
    let marks = "\u{301}".repeat(10_000);
    assert_eq!(rank(&marks), None);
    assert_eq!(rank(&format!("Beijing{marks}")), None);
    let long_key = "beijing ".repeat(20);
    assert_eq!(rank(&long_key), None);
}

#[test]
fn parse_ranks_and_names() {
    assert_eq!(parse("4").unwrap().name(), "Beijing");
    assert_eq!(parse("#4").unwrap().name(), "Beijing");
    assert_eq!(parse(" 100 ").unwrap().name(), "Brisbane");
    assert_eq!(parse("北京").unwrap().rank(), 4);
    assert_eq!(parse("beijing").unwrap().rank(), 4);
    assert_eq!(parse("004").unwrap().rank(), 4);
    for (text, number) in [
        ("0", 0u64),
        ("101", 101),
        ("#255", 255),
        ("256", 256),
        ("18446744073709551615", u64::MAX),
    ] {
        match parse(text) {
            Err(error @ Error::UnknownRank { rank }) => {
                assert_eq!(rank, number);
                assert!(
                    error.to_string().ends_with("ranks run from 1 to 100"),
                    "{error}"
                );
            }
            other => panic!("{text}: {other:?}"),
        }
    }
    // Ranks are read as names are: full-width digits, leading zeros, and
    // a number of any length the same way.
    for text in [
        "４",
        "＃４",
        "#0004",
        " 04 ",
        "０４",
        &format!("{}4", "0".repeat(1000)),
    ] {
        assert_eq!(
            parse(text).map(gii_clusters::Cluster::rank),
            Ok(4),
            "{text:?}"
        );
    }
    for text in ["18446744073709551616", "99999999999999999999999", "１０１"] {
        assert!(
            matches!(parse(text), Err(Error::UnknownRank { .. })),
            "{text}"
        );
    }
    assert_eq!(
        parse("99999999999999999999999").unwrap_err().to_string(),
        "no cluster has a rank that large: ranks run from 1 to 100"
    );
    assert!(matches!(parse("#"), Err(Error::UnknownName { .. })));
    assert!(matches!(parse("-4"), Err(Error::UnknownName { .. })));
}

/// One bound for every entry point, and every invisible format char
/// ignored alike (the crate docs' rule for bad input).
#[test]
fn one_rule_for_bad_input() {
    let long = format!("Beijing{}", " ".repeat(2000));
    assert_eq!(by_name(&long), None);
    assert_eq!(suggest(&long), None);
    assert_eq!(parse(&long), Err(Error::TooLong));
    assert_eq!(long.parse::<&gii_clusters::Cluster>(), Err(Error::TooLong));
    assert_eq!(long.parse::<Economy>(), Err(Error::TooLong));
    // Digits past the bound are refused unread too, not read as a rank.
    assert_eq!(
        parse(&format!("{}4", "0".repeat(2000))),
        Err(Error::TooLong)
    );
    for invisible in [
        '\u{ad}', '\u{61c}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}',
        '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2060}', '\u{2066}',
        '\u{2067}', '\u{2068}', '\u{2069}', '\u{feff}',
    ] {
        for text in [
            format!("{invisible}Beijing"),
            format!("Bei{invisible}jing{invisible}"),
        ] {
            assert_eq!(rank(&text), Some(4), "{text:?}");
        }
        assert_eq!(
            format!("D{invisible}E").parse::<Economy>(),
            Ok(Economy::Germany)
        );
    }
    // Other control chars name nothing.
    assert_eq!(rank("Bei\u{7}jing"), None);
}

#[test]
fn error_messages_name_the_problem() {
    assert_eq!(
        parse("101").unwrap_err().to_string(),
        "no cluster has rank 101: ranks run from 1 to 100"
    );
    assert_eq!(
        parse("Beijng").unwrap_err().to_string(),
        "no cluster has that name; did you mean Beijing (rank 4)?"
    );
    assert_eq!(
        parse("Atlantis").unwrap_err().to_string(),
        "no cluster has that name"
    );
    assert_eq!(
        "Narnia"
            .parse::<gii_clusters::Economy>()
            .unwrap_err()
            .to_string(),
        "no economy of the ranking has that alpha-2 code, alpha-3 code or name"
    );
    let e: Box<dyn std::error::Error> = Box::new(parse("0").unwrap_err());
    assert!(e.to_string().contains("rank 0"));
}

#[test]
fn try_from_rank() {
    for r in 0..=255u8 {
        let result: Result<&Cluster, _> = r.try_into();
        assert_eq!(result.ok(), by_rank(r));
    }
}

#[test]
fn suggestions_for_typos_and_none_for_non_names() {
    let name = |q: &str| suggest(q).map(Cluster::name);
    assert_eq!(name("Beijng"), Some("Beijing"));
    assert_eq!(name("Shangai"), Some("Shanghai–Suzhou"));
    assert_eq!(name("San Fransisco"), Some("San Jose–San Francisco, CA"));
    assert_eq!(name("Munchen"), Some("Munich"));
    assert_eq!(name("Zuerich"), Some("Zürich"));
    assert_eq!(name("Atlantis"), None);
    assert_eq!(name("Bejiing"), Some("Beijing"));
    assert_eq!(name("Biejing"), Some("Beijing"), "a swap is one edit");
    assert_eq!(name("Stutgart"), Some("Stuttgart"));
    assert_eq!(name("Philidelphia"), Some("Philadelphia, PA"));
    assert_eq!(name("Xyz"), None);
    assert_eq!(name(""), None);
    assert_eq!(name(&"x".repeat(1 << 20)), None);
    for c in all() {
        assert_eq!(suggest(c.name()), Some(c), "exact names suggest themselves");
    }
}

/// A name written exactly as the table writes it is found by its bytes,
/// before normalization: that path and the normalized one agree.
#[test]
fn exact_names_and_their_keys_find_the_same_cluster() {
    for c in gii_clusters::all() {
        for name in [Some(c.name()), c.name_zh()].into_iter().flatten() {
            assert_eq!(rank(name), Some(c.rank()), "{name:?}");
            // A leading space changes the bytes but not the key.
            assert_eq!(rank(&format!(" {name}")), Some(c.rank()), "{name:?}");
        }
    }
}

/// The register path of a one-word query (up to 8 ASCII letters, padded
/// with white space or not) answers as the normalizing path does: a word
/// with a period after it, which that path reads, finds the same cluster
/// and the same economy, for every word of up to three letters and every
/// one-word key of the data in three cases.
#[test]
fn one_word_queries_answer_as_the_normalizing_path_does() {
    let letters: Vec<char> = ('a'..='z').chain('A'..='Z').collect();
    let mut words: Vec<String> = letters.iter().map(char::to_string).collect();
    for &a in &letters {
        for &b in &letters {
            words.push(format!("{a}{b}"));
        }
    }
    for &a in &letters[..26] {
        for &b in &letters[..26] {
            for &c in &letters[..26] {
                words.push(format!("{a}{b}{c}"));
            }
        }
    }
    let model = common::model();
    for key in model.keys.iter().chain(&model.economy_keys) {
        let word = &key.normalized;
        if word.len() <= 8 && word.bytes().all(|b| b.is_ascii_lowercase()) {
            let mut mixed: Vec<char> = word.chars().collect();
            mixed[0] = mixed[0].to_ascii_uppercase();
            words.extend([
                word.clone(),
                word.to_uppercase(),
                mixed.into_iter().collect(),
                format!(" \t{word}\n "),
            ]);
        }
    }
    let mut found = 0;
    for word in &words {
        let long_way = format!("{word}.");
        let rank = by_name(word).map(Cluster::rank);
        assert_eq!(rank, by_name(&long_way).map(Cluster::rank), "{word:?}");
        assert_eq!(
            word.parse::<Economy>().ok(),
            long_way.parse::<Economy>().ok(),
            "{word:?}"
        );
        found += usize::from(rank.is_some());
    }
    assert!(found > 300, "only {found} one-word queries found a cluster");
}
