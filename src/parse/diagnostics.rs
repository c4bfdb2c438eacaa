//! Diagnostics collected while parsing. The stages record byte offsets into the normalized text
//! in a type of this room; [`finish`] sums repeats up and makes the model's [`Diagnostic`],
//! whose offset only ever means UTF-16 units.

use crate::model::{Diagnostic, Severity};
use crate::text::{self, utf16_offset};

/// Diagnostics collected while parsing.
#[derive(Debug, Default)]
pub struct Diagnostics {
    pub list: Vec<Pending>,
}

/// A diagnostic while the stages run: its offset is a byte of the normalized text.
#[derive(Debug)]
pub struct Pending {
    severity: Severity,
    code: String,
    message: String,
    byte: Option<usize>,
}

impl Diagnostics {
    pub fn info(&mut self, code: &str, message: String, offset: Option<usize>) {
        self.push(Severity::Info, code, message, offset);
    }

    pub fn warn(&mut self, code: &str, message: String, offset: Option<usize>) {
        self.push(Severity::Warning, code, message, offset);
    }

    fn push(&mut self, severity: Severity, code: &str, message: String, offset: Option<usize>) {
        self.list.push(Pending {
            severity,
            code: code.to_string(),
            message,
            byte: offset,
        });
    }
}

/// Keeps the first few diagnostics of each code and sums up the rest in one: a hundred thousand
/// "(Signed)" marks need not make a hundred thousand messages.
fn fold_repeats(list: Vec<Pending>) -> Vec<Pending> {
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
            out.push(Pending {
                severity,
                code,
                message,
                byte: None,
            });
        }
    }
    out
}

/// The diagnostics as the model holds them: repeats summed up, offsets in UTF-16 units of
/// `norm` (the normalized text) rather than bytes.
pub(super) fn finish(list: Vec<Pending>, norm: &str) -> Vec<Diagnostic> {
    // One pass over the text in offset order, as a long document has a diagnostic per page of
    // printing debris.
    let pending = fold_repeats(list);
    let mut order: Vec<(usize, usize)> = pending
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.byte.map(|o| (o, i)))
        .collect();
    text::sort_by_key(&mut order, |o| o.0 as u64);
    let mut units = vec![None; pending.len()];
    let mut map = text::Utf16Map::new(norm);
    let mut whole = None;
    for (o, i) in order {
        // `utf16_offset` counts the whole text for an offset that is not a char boundary.
        let u = if norm.is_char_boundary(o) {
            map.at(o)
        } else {
            *whole.get_or_insert_with(|| utf16_offset(norm, norm.len()))
        };
        if let Some(slot) = units.get_mut(i) {
            *slot = Some(u);
        }
    }
    pending
        .into_iter()
        .zip(units)
        .map(|(d, offset)| Diagnostic {
            severity: d.severity,
            code: d.code,
            message: d.message,
            offset,
        })
        .collect()
}
