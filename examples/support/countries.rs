//! Every country of ISO 3166-1 (`countries.tsv`, from
//! `scripts/countries.py`), so that a message about an economy code can
//! say whether it is a code at all, or the code of a country with no
//! cluster in the ranking.

/// The countries: alpha-2 code, alpha-3 code, short name, a line each.
const COUNTRIES: &str = include_str!("countries.tsv");

/// The ISO 3166-1 country `text` names by its alpha-2 or alpha-3 code or
/// its short name, in any case: `(alpha-2 code, name)`.
pub fn country(text: &str) -> Option<(&'static str, &'static str)> {
    let text = text.trim();
    COUNTRIES.lines().find_map(|line| {
        let mut fields = line.split('\t');
        let (alpha2, alpha3, name) = (fields.next()?, fields.next()?, fields.next()?);
        [alpha2, alpha3, name]
            .iter()
            .any(|field| field.eq_ignore_ascii_case(text))
            .then_some((alpha2, name))
    })
}

/// Whether `text` is written as an ISO 3166-1 code would be: two or
/// three ASCII letters.
pub fn looks_like_a_code(text: &str) -> bool {
    let text = text.trim();
    (2..=3).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_alphabetic())
}
