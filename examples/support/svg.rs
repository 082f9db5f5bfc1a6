//! What the chart and map examples share: the fonts they ask for (one
//! with Chinese glyphs among them), escaping, and writing the SVG out.

use std::io::Write as _;
use std::process::ExitCode;

/// Fonts in order of preference; the CJK ones draw the Chinese names.
pub const FONT: &str = "DejaVu Sans, Noto Sans CJK SC, Noto Sans CJK, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif";

/// Escapes text for SVG.
pub fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Writes `svg` to stdout. A closed pipe or a full disk is the user's to
/// know about, not a panic: `program` reports it and fails.
pub fn write_out(program: &str, svg: &str) -> ExitCode {
    match std::io::stdout().lock().write_all(svg.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{program}: cannot write the SVG: {error}");
            ExitCode::FAILURE
        }
    }
}
