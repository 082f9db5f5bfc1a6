//! Problems in the data, each tied to a file and a line.

use std::fmt;

/// One problem in one line of one data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Collects problems, so that one build reports every one of them.
#[derive(Default)]
pub struct Errors(pub Vec<DataError>);

impl Errors {
    pub fn add(&mut self, file: &'static str, line: usize, message: impl Into<String>) {
        self.0.push(DataError {
            file,
            line,
            message: message.into(),
        });
    }
}
