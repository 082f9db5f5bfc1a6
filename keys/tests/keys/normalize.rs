//! The key normalizer on its own: the fast path against the reference
//! (the specification), and examples of each rule.

use gii_clusters_keys::{join_initials, normalize, reference};

/// A xorshift generator: reproducible random inputs without a
/// dependency.
fn xorshift(mut state: u64) -> impl FnMut() -> u64 {
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}

/// The fast path, `normalize`, must agree with the specification,
/// `reference`, on every input: random
/// strings over letters, separators of every kind, apostrophes,
/// accents, CJK and rejected chars, of every length around 8.
#[test]
fn fast_path_equals_reference() {
    const ALPHABET: &[char] = &[
        'a', 'B', 'z', 'Z', '0', '9', ' ', ' ', '-', ',', '.', '\t', '\'', '’', '–', '—', 'ü', 'Ö',
        'ß', 'é', 'ł', '\u{301}', '北', '京', '·', '\u{200b}', 'Ａ', '!', '/', '×', '@', '[', '`',
        '{', '\u{7f}', 'Ж', 'ж', 'Ё', 'Ω', 'ά', 'ς', 'ש', '\u{5b0}', 'ك', 'ی', '\u{64e}', 'म',
        '\u{94d}', '।', '(', ')', '（', 'ไ', 'İ', 'ı', '서', '울', '東', '\u{4dbf}', '\u{4dc0}',
        '\u{abff}', '\u{ac00}', '\u{d7a3}', '\u{d7a4}', 'ச', '\u{bcd}', 'ಬ', '\u{cc2}', '\u{d00}',
        // The neighbours of the byte ranges the 8-byte path tests: `+` and
        // `/` around `,-.`, control bytes that read as `,-.` with the
        // case bit set, NUL.
        '+', '\r', '\u{c}', '\u{e}', '\0', 'A', 'y', 'x', ' ', 'q',
    ];
    let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
    let mut checked = 0;
    for _ in 0..200_000 {
        let len = usize::try_from(next() % 24).unwrap();
        let mut text = [0u8; 24 * 4];
        let mut end = 0;
        for _ in 0..len {
            let c = ALPHABET[usize::try_from(next() % ALPHABET.len() as u64).unwrap()];
            end += c.encode_utf8(&mut text[end..]).len();
        }
        let text = core::str::from_utf8(&text[..end]).unwrap();
        let (mut fast, mut expected) = ([0; 64], [0; 64]);
        let fast = normalize(text, &mut fast);
        assert_eq!(fast, reference(text, &mut expected), "{text:?}");
        checked += usize::from(fast.is_some());
    }
    assert!(checked > 10_000, "too few inputs normalized: {checked}");
}

/// The same, on text that is mostly letters and plain separators, as
/// names are: long runs for the 8-byte path, separator runs across its
/// windows, other bytes in between, and keys that reach the end of small
/// buffers.
#[test]
fn fast_path_equals_reference_on_mostly_plain_text() {
    const PLAIN: &[u8] = b"abcxyzABCXYZ  ,,--..";
    const OTHER: &[char] = &['\'', '(', '\t', '7', '/', '+', 'ü', '–', '北', '!'];
    let mut next = xorshift(0x2545_f491_4f6c_dd1d);
    let mut checked = 0;
    for _ in 0..100_000 {
        let mut text = String::new();
        for _ in 0..next() % 48 {
            let pick = usize::try_from(next() % 64).unwrap();
            match PLAIN.get(pick) {
                Some(&b) => text.push(char::from(b)),
                None if pick < 60 => text.push(char::from(PLAIN[pick % 12])),
                None => text.push(OTHER[pick % OTHER.len()]),
            }
        }
        let (mut fast16, mut expected16) = ([0; 16], [0; 16]);
        let fast16 = normalize(&text, &mut fast16);
        assert_eq!(fast16, reference(&text, &mut expected16), "{text:?}");
        let (mut fast, mut expected) = ([0; 64], [0; 64]);
        let fast = normalize(&text, &mut fast);
        assert_eq!(fast, reference(&text, &mut expected), "{text:?}");
        checked += usize::from(fast16.is_some()) + usize::from(fast.is_some());
    }
    assert!(checked > 50_000, "too few inputs normalized: {checked}");
}

/// Every char from U+3000 to U+FFFF, alone and between letters, gives
/// the reference's key: the fast path tells CJK ideographs and Hangul
/// apart from their neighbours by their lead bytes.
#[test]
fn fast_path_equals_reference_on_every_cjk_block_char() {
    let mut kept = 0;
    for c in ('\u{3000}'..='\u{ffff}').filter(|c| c.len_utf8() == 3) {
        let (alone, between) = (c.to_string(), format!("a{c}b"));
        for input in [alone.as_str(), between.as_str()] {
            let (mut fast, mut expected) = ([0; 64], [0; 64]);
            let fast = normalize(input, &mut fast);
            assert_eq!(
                fast,
                reference(input, &mut expected),
                "U+{:04X}",
                u32::from(c)
            );
            kept += usize::from(fast.is_some());
        }
    }
    assert!(kept > 2 * 20_000, "too few CJK chars kept: {kept}");
}

#[test]
fn each_rule_on_examples() {
    let key = |s: &str| -> Option<String> {
        normalize(s, &mut [0; 64]).map(|k| core::str::from_utf8(k).unwrap().to_owned())
    };
    assert_eq!(
        key("  SAN JOSE-SAN FRANCISCO,  ca ").as_deref(),
        Some("san jose san francisco ca")
    );
    assert_eq!(key("Xi'an").as_deref(), Some("xian"));
    assert_eq!(key("Zürich").as_deref(), Some("zurich"));
    assert_eq!(key("Zu\u{308}rich").as_deref(), Some("zurich"));
    assert_eq!(key("GÖTEBORG").as_deref(), Some("goteborg"));
    assert_eq!(key("Straße").as_deref(), Some("strasse"));
    assert_eq!(key("Tokyo–Yokohama").as_deref(), Some("tokyo yokohama"));
    assert_eq!(key("深圳 – 香港").as_deref(), Some("深圳 香港"));
    assert_eq!(key("Ｂｅｉｊｉｎｇ").as_deref(), Some("beijing"));
    assert_eq!(key(" - ").as_deref(), Some(""));
    assert_eq!(key("Beijing!"), None);
    assert_eq!(key("ไทย"), None, "Thai is not a script keys are made of");
    assert_eq!(key("МОСКВА").as_deref(), Some("москва"));
    assert_eq!(key("ҐАНДЖА").as_deref(), Some("ґанджа"));
    assert_eq!(key("Ӂ Ӏ Ѳ").as_deref(), Some("ӂ ӏ ѳ"));
    assert_eq!(key("Ἀθήνα"), None, "polytonic Greek is not folded");
    assert_eq!(key("ΑΘΉΝΑ").as_deref(), Some("αθηνα"));
    assert_eq!(key("ΐ").as_deref(), Some("ι"));
    assert_eq!(key("תֵּל אָבִיב").as_deref(), Some("תל אביב"));
    assert_eq!(key("كرج").as_deref(), Some("کرج"));
    assert_eq!(key("मुंबई").as_deref(), Some("मुंबई"));
    assert_eq!(
        key("Iran (Islamic Republic of)").as_deref(),
        Some("iran islamic republic of")
    );
    assert_eq!(key(&"a".repeat(64)), None, "does not fit in 64 - 1 bytes");
    assert_eq!(key(&"a".repeat(1000)), None);
    assert_eq!(key(&"a".repeat(63)).map(|k| k.len()), Some(63));
    assert_eq!(key(&("a".repeat(62) + " ")).map(|k| k.len()), Some(62));
}

/// Every Cyrillic letter has the key of its small letter, as Unicode
/// pairs them (U+0400 to U+04FF), so case never matters in Cyrillic.
#[test]
fn every_cyrillic_capital_is_folded() {
    let key = |c: char| normalize(&c.to_string(), &mut [0; 16]).map(<[u8]>::to_vec);
    let mut folded = 0;
    for c in '\u{400}'..='\u{4ff}' {
        let mut lower = c.to_lowercase();
        let (Some(small), None) = (lower.next(), lower.next()) else {
            continue;
        };
        if small != c {
            assert_eq!(key(c), key(small), "U+{:04X}", u32::from(c));
            assert!(key(c).is_some(), "U+{:04X} is keyed", u32::from(c));
            folded += 1;
        }
    }
    assert_eq!(
        folded,
        48 + 17 + 27 + 8 + 24,
        "capitals of the Cyrillic block"
    );
}

/// Runs of one-letter words are joined, and nothing else is.
#[test]
fn initials_are_joined() {
    let joined = |key: &str| {
        let mut bytes = key.as_bytes().to_vec();
        let len = join_initials(&mut bytes);
        String::from_utf8(bytes[..len].to_vec()).unwrap()
    };
    assert_eq!(joined("washington d c"), "washington dc");
    assert_eq!(joined("u s a"), "usa");
    assert_eq!(joined("n y c x"), "nycx");
    assert_eq!(joined("a b c ab d e"), "abc ab de");
    // A lone one-letter word, a digit, and CJK stay as they are.
    assert_eq!(joined("frankfurt a main"), "frankfurt a main");
    assert_eq!(joined("7 8"), "7 8");
    assert_eq!(joined("北 京"), "北 京");
    assert_eq!(joined(""), "");
    assert_eq!(joined("beijing"), "beijing");
}
