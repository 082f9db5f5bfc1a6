//! The vocabularies of the data's descriptive columns: a name's `kind`
//! (one of [`NameKind`]'s), a `lang` tag, the kinds of economy names.
//! Each reads a field and reports a bad one at its line.

use super::error::Errors;
use super::model::NameKind;

/// The kind a `kind` field names, one of `kinds` (an error, and `Own`,
/// if not).
pub fn name_kind(
    (file, line): (&'static str, usize),
    kind: &str,
    kinds: &[NameKind],
    errors: &mut Errors,
) -> NameKind {
    if let Some(found) = NameKind::of(kind).filter(|k| kinds.contains(k)) {
        return found;
    }
    let names: Vec<&str> = NameKind::ALL
        .iter()
        .filter(|(_, k)| kinds.contains(k))
        .map(|&(name, _)| name)
        .collect();
    errors.add(
        file,
        line,
        format!("name kind {kind:?} is not one of {names:?}"),
    );
    NameKind::Own
}

/// A `lang` field: empty, or a BCP 47 tag of a language and an optional
/// script (`zh`, `zh-hant`, `ru-Latn`, `und-Cyrl`).
pub fn check_lang((file, line): (&'static str, usize), lang: &str, errors: &mut Errors) {
    let (language, script) = lang.split_once('-').unwrap_or((lang, "Latn"));
    let ok = lang.is_empty()
        || (2..=3).contains(&language.len())
            && language.bytes().all(|b| b.is_ascii_lowercase())
            && script.len() == 4
            && script.bytes().all(|b| b.is_ascii_alphabetic());
    if !ok {
        errors.add(
            file,
            line,
            format!("lang {lang:?} is not empty or a language tag"),
        );
    }
}

/// A `kind` field of one of `kinds` (an economy name's: `alpha3`, `iso`,
/// …), else an error saying what `what` is.
pub fn check_kind(
    (file, line): (&'static str, usize),
    what: &str,
    kind: &str,
    kinds: &[&str],
    errors: &mut Errors,
) {
    if !kinds.contains(&kind) {
        errors.add(
            file,
            line,
            format!("{what} {kind:?} is not one of {kinds:?}"),
        );
    }
}
