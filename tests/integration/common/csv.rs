//! A CSV reader of the tests' own, so that what the tests read from
//! `data/` and `tests/data/` is not read by the code they check (the
//! build's reader is `gii_clusters_build::load::csv`): RFC 4180 fields,
//! quoted or not, `""` for a quote inside quotes, one record a line.

/// One record: its line in the file and its fields.
pub struct Row<const N: usize> {
    pub line: usize,
    pub fields: [String; N],
}

/// The fields of one line, or `None` if a quote is left open or text
/// follows a closing quote.
pub fn fields(line: &str) -> Option<Vec<String>> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        let field = fields.last_mut()?;
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') if field.is_empty() && !was_quoted => (quoted, was_quoted) = (true, true),
            (false, ',') => {
                fields.push(String::new());
                was_quoted = false;
            }
            (false, _) if was_quoted => return None,
            (_, c) => field.push(c),
        }
    }
    (!quoted).then_some(fields)
}

/// The records of `text`, whose header must be `columns`, in order; panics
/// (the test fails) on any other header or a line of another width.
pub fn rows<const N: usize>(file: &str, text: &str, columns: [&str; N]) -> Vec<Row<N>> {
    let mut lines = text.lines().enumerate();
    let header = lines.next().and_then(|(_, l)| fields(l));
    assert_eq!(
        header.as_deref(),
        Some(&columns.map(str::to_owned)[..]),
        "{file}: header"
    );
    lines
        .filter(|(_, l)| !l.is_empty())
        .map(|(i, l)| {
            let fields = fields(l).unwrap_or_else(|| panic!("{file}:{}: bad quotes", i + 1));
            let fields = <[String; N]>::try_from(fields)
                .unwrap_or_else(|f| panic!("{file}:{}: {} fields, not {N}", i + 1, f.len()));
            Row {
                line: i + 1,
                fields,
            }
        })
        .collect()
}
