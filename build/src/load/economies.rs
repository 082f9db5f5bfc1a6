//! `data/economies.csv`: the economies of the ranking.

use super::csv;
use super::error::Errors;
use super::model::Economy;

pub const FILE: &str = "data/economies.csv";
const COLUMNS: [&str; 4] = ["alpha2", "name", "short_name", "name_zh"];

/// Reads and checks the economy table: codes, names, and no duplicate
/// code or name.
pub fn load(text: &str, errors: &mut Errors) -> Vec<Economy> {
    let mut economies: Vec<Economy> = Vec::new();
    for row in csv::read(FILE, text, COLUMNS, errors) {
        let [alpha2, name, short_name, name_zh] = row.fields.each_ref().map(|f| f.trim());
        let line = row.line;
        if alpha2.len() != 2 || !alpha2.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.add(
                FILE,
                line,
                format!("{alpha2:?} is not an ISO 3166-1 alpha-2 code (two capital letters)"),
            );
        }
        if name_zh.is_empty() {
            errors.add(FILE, line, "every economy needs its Chinese name (name_zh)");
        }
        if name.is_empty() || short_name.is_empty() {
            errors.add(FILE, line, "empty economy name or short name");
        }
        let mut duplicate = false;
        for earlier in &economies {
            let first = earlier.line;
            for (what, this, that) in [
                ("economy code", alpha2.to_owned(), &earlier.alpha2),
                (
                    "economy name",
                    format!("{name:?}"),
                    &format!("{:?}", earlier.name),
                ),
            ] {
                if this == *that {
                    duplicate = true;
                    errors.add(
                        FILE,
                        line,
                        format!("duplicate {what} {this} (first on line {first})"),
                    );
                }
            }
        }
        // A second row for one code would only add follow-on
        // errors (its names claimed twice).
        if duplicate {
            continue;
        }
        economies.push(Economy {
            line,
            alpha2: alpha2.to_owned(),
            // Filled in from `data/economy_names.csv` (`assign_alpha3`).
            alpha3: String::new(),
            name: name.to_owned(),
            short_name: short_name.to_owned(),
            name_zh: name_zh.to_owned(),
        });
    }
    economies
}

/// Records `code`, from line `at`, as the alpha-3 code of `economy`.
fn set_alpha3(
    economy: &mut Economy,
    code: &str,
    (file, line): (&'static str, usize),
    errors: &mut Errors,
) {
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        let message = format!("{code:?} is not an ISO 3166-1 alpha-3 code (three capital letters)");
        errors.add(file, line, message);
    } else if economy.alpha3.is_empty() {
        code.clone_into(&mut economy.alpha3);
    } else {
        let message = format!(
            "{} has a second alpha-3 code, {code:?} (the first is {:?})",
            economy.alpha2, economy.alpha3
        );
        errors.add(file, line, message);
    }
}

/// Gives each economy the one alpha-3 code that `names` (the rows of
/// `names_file`) gives it as a row of kind `alpha3` (three capital
/// letters), and reports an economy given none or two.
pub fn assign_alpha3(
    economies: &mut [Economy],
    names: &[csv::Row<4>],
    names_file: &'static str,
    errors: &mut Errors,
) {
    for row in names {
        let [code, name, kind, _] = row.fields.each_ref().map(|f| f.trim());
        if kind == "alpha3" {
            if let Some(e) = index_of(economies, code).and_then(|i| economies.get_mut(i)) {
                set_alpha3(e, name, (names_file, row.line), errors);
            }
        }
    }
    for e in economies.iter().filter(|e| e.alpha3.is_empty()) {
        errors.add(
            FILE,
            e.line,
            format!(
                "{} has no alpha-3 code (a row of kind \"alpha3\" in {names_file})",
                e.alpha2
            ),
        );
    }
}

/// The index of the economy whose alpha-2 code is `code`: the one way
/// every file's code finds its economy.
#[must_use]
pub fn index_of(economies: &[Economy], code: &str) -> Option<usize> {
    economies.iter().position(|e| e.alpha2 == code)
}
