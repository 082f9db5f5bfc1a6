//! `data/economy_names.csv`: the other names of each economy, and the
//! economy keys (`economy_keys`), made as the cluster keys are
//! (`keys::key_table`).

use super::csv;
use super::economies;
use super::error::Errors;
use super::keys::{Candidate, key_table};
use super::model::{Economy, KeySource, NameKind, Spelling, Target};
use super::vocabulary::{check_kind, check_lang};

pub const FILE: &str = "data/economy_names.csv";
const COLUMNS: [&str; 4] = ["alpha2", "name", "kind", "lang"];
/// What an economy's name is: its alpha-3 code, ISO's short or formal
/// name, an everyday English name, a name in one of its official
/// languages, or another language's.
const KINDS: &[&str] = &["alpha3", "iso", "common", "own", "exonym"];

/// The economy keys: alpha-2 codes, the names in `data/economies.csv`
/// (one economy may give the same name twice there), then
/// `data/economy_names.csv`.
pub fn economy_keys(
    economies: &[Economy],
    names: &[csv::Row<4>],
    errors: &mut Errors,
) -> Vec<Spelling> {
    let mut candidates = Vec::new();
    for (i, e) in economies.iter().enumerate() {
        let own = [&e.alpha2, &e.name, &e.short_name].into_iter();
        // A missing Chinese name is reported by the economy table.
        for text in own.chain([&e.name_zh]).filter(|text| !text.is_empty()) {
            candidates.push(Candidate {
                text: text.clone(),
                target: Target::Economy(i),
                source: KeySource::Name,
                kind: NameKind::Wipo,
                geonameid: None,
                suggested: true,
                file: economies::FILE,
                line: e.line,
            });
        }
    }
    for row in names {
        let [code, name, kind, lang] = row.fields.each_ref().map(|f| f.trim());
        let at = (FILE, row.line);
        check_kind(at, "economy name kind", kind, KINDS, errors);
        match (kind, lang) {
            ("alpha3", "") => {}
            ("alpha3", _) => {
                let message = format!("an alpha-3 code has no lang, not {lang:?}");
                errors.add(at.0, at.1, message);
            }
            (_, "") => errors.add(at.0, at.1, format!("the {kind} name {name:?} has no lang")),
            _ => check_lang(at, lang, errors),
        }
        match economies::index_of(economies, code) {
            Some(target) => candidates.push(Candidate {
                text: name.to_owned(),
                target: Target::Economy(target),
                source: KeySource::Alias,
                kind: NameKind::Wipo,
                geonameid: None,
                suggested: true,
                file: FILE,
                line: row.line,
            }),
            None => errors.add(
                FILE,
                row.line,
                format!("unknown economy code {code:?} (not in {})", economies::FILE),
            ),
        }
    }
    // A name an economy gives twice is one key.
    let (keys, _) = key_table(candidates, errors, |name, existing| {
        name.source == KeySource::Name && name.target == existing.target
    });
    keys
}

/// The rows of `data/economy_names.csv`.
pub fn rows(names: &str, errors: &mut Errors) -> Vec<csv::Row<4>> {
    csv::read(FILE, names, COLUMNS, errors)
}
