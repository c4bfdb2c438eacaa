//! Diagnostics collected while parsing: byte offsets into the normalized text while the stages
//! run, summed up and converted to UTF-16 offsets at the end.

use crate::model::{Diagnostic, Severity};
use crate::text::{self, utf16_offset};

/// Diagnostics collected while parsing.
#[derive(Debug, Default)]
pub struct Diagnostics {
    pub list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn info(&mut self, code: &str, message: String, offset: Option<usize>) {
        self.push(Severity::Info, code, message, offset);
    }

    pub fn warn(&mut self, code: &str, message: String, offset: Option<usize>) {
        self.push(Severity::Warning, code, message, offset);
    }

    fn push(&mut self, severity: Severity, code: &str, message: String, offset: Option<usize>) {
        // Offsets are bytes while parsing; converted to UTF-16 at the end.
        self.list.push(Diagnostic {
            severity,
            code: code.to_string(),
            message,
            offset: offset.map(|o| o as u32),
        });
    }
}

/// Keeps the first few diagnostics of each code and sums up the rest in one: a hundred thousand
/// "(Signed)" marks need not make a hundred thousand messages.
pub(super) fn fold_repeats(list: Vec<Diagnostic>) -> Vec<Diagnostic> {
    const KEEP: usize = 5;
    let mut counts: Vec<(String, Severity, usize)> = Vec::new();
    let mut out = Vec::with_capacity(list.len().min(64));
    for d in list {
        let n = match counts.iter_mut().find(|c| c.0 == d.code) {
            Some(c) => {
                c.2 += 1;
                c.2
            }
            None => {
                counts.push((d.code.clone(), d.severity, 1));
                1
            }
        };
        if n <= KEEP {
            out.push(d);
        }
    }
    for (code, severity, n) in counts {
        if n > KEEP {
            let message = format!("\u{2026} and {} more like the above.", n - KEEP);
            out.push(Diagnostic {
                severity,
                code,
                message,
                offset: None,
            });
        }
    }
    out
}

/// The diagnostics as the model holds them: repeats summed up, offsets in UTF-16 units of
/// `norm` (the normalized text) rather than bytes.
pub(super) fn finish(list: Vec<Diagnostic>, norm: &str) -> Vec<Diagnostic> {
    // Diagnostic offsets: bytes of the cleaned text to UTF-16, in one pass over the text in
    // offset order, as a long document has a diagnostic per page of printing debris.
    let mut diagnostics = fold_repeats(list);
    let mut order: Vec<(usize, usize)> = diagnostics
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.offset.map(|o| (o as usize, i)))
        .collect();
    text::sort_by_key(&mut order, |o| o.0 as u64);
    let mut map = text::Utf16Map::new(norm);
    let mut whole = None;
    for (o, i) in order {
        // `utf16_offset` counts the whole text for an offset that is not a char boundary.
        let units = if norm.is_char_boundary(o) {
            map.at(o)
        } else {
            *whole.get_or_insert_with(|| utf16_offset(norm, norm.len()))
        };
        if let Some(d) = diagnostics.get_mut(i) {
            d.offset = Some(units);
        }
    }
    diagnostics
}
