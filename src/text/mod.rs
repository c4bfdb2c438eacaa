//! Small scanners over text: words, case-insensitive phrases, letter case, dates, ordinals, UN
//! symbols, UTF-16 offsets. A leaf: it imports nothing of the crate, and every stage reads it.
//!
//! These are hand-written rather than built on the `regex` crate: undoc ships as a
//! WebAssembly module with a size budget, and `regex` alone would take most of it. Every
//! function works on byte offsets that lie on char boundaries and never slices out of range
//! (see [`slice`]).

mod blanks;
mod case;
mod dates;
mod fold;
pub mod ocr;
mod ordinals_romance;
mod resolutions;
mod sentence;
mod symbols;
mod utf16;
mod words;

pub use blanks::{collapse_blanks, Collapsed};
pub use case::*;
pub use dates::*;
pub use fold::*;
pub use ordinals_romance::{french_ordinal_at, spanish_ordinal_at};
pub use resolutions::cited;
pub use sentence::{in_capitals, sentence_case};
pub use symbols::*;
pub use utf16::*;
pub use words::*;

/// Whether `w` is one of `list`: lengths first, so that most entries cost no comparison of
/// bytes (`<[&str]>::contains` called `str::eq` for every entry in the size-optimized build).
pub fn one_of(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.len() == w.len() && *x == w)
}

/// `text[a..b]`, or `""` where that is not a valid range on char boundaries.
#[inline(always)]
pub fn slice(text: &str, a: usize, b: usize) -> &str {
    text.get(a..b).unwrap_or("")
}

/// Sorts `items` by `key`, equal keys keeping their order (a stable sort).
///
/// Every sort of the parser goes through here, to one `sort_unstable` of `u128` (key, then
/// index): each `sort_by` of another element type or comparison compiled to kilobytes of its
/// own in the WebAssembly module.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut keyed: Vec<u128> = items
        .iter()
        .enumerate()
        .map(|(i, x)| (u128::from(key(x)) << 64) | i as u128)
        .collect();
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    for k in keyed {
        if let Some(x) = slots.get_mut(k as u64 as usize).and_then(Option::take) {
            items.push(x);
        }
    }
}
