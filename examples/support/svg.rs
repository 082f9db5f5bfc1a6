//! What the chart and map examples share: the fonts they ask for (one
//! with Chinese glyphs among them) and escaping.

/// Fonts in order of preference; the CJK ones draw the Chinese names.
pub const FONT: &str = "DejaVu Sans, Noto Sans CJK SC, Noto Sans CJK, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif";

/// Escapes text for SVG.
pub fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A count of rows or items as a coordinate factor (counts here are far
/// below `u32::MAX`, so nothing is lost).
pub fn count(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}
