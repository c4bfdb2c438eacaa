//! Addressees of the known list as a scan left them, words one letter off ("THE PRESIDENT OF
//! THt SECURITY COUWCIL", "Secretarv-General").

use super::ADDRESSEES;
use crate::text::{one_edit_apart, phrase_at, skip_spaces, slice, Word};
use std::sync::OnceLock;

/// An addressee of the known list with words one letter off ("THE PRESIDENT OF THt SECURITY
/// COUWCIL").
pub(in crate::parse) fn damaged_addressee_at(text: &str, pos: usize) -> (Vec<String>, usize) {
    let mut p = skip_spaces(text, pos);
    if let Some(e) = phrase_at(text, p, "the") {
        p = skip_spaces(text, e);
    }
    let rest = slice(text, p, text.len());
    // The words at `p`, as many as the longest office has, each lower-cased and read as a scan
    // once for all the offices it is compared with.
    let got: Vec<Word> = crate::text::first_words(rest, LONGEST_OFFICE);
    let mut low: Vec<Option<String>> = vec![None; got.len()];
    let mut scanned: Vec<Option<String>> = vec![None; got.len()];
    // Each (word, office word) answered once, 0 while not asked: "president" and "the" open
    // many offices.
    let table = office_words();
    let mut answered = vec![0u8; got.len() * table.words.len()];
    for (((printed, canon), ws), &n) in ADDRESSEES.iter().zip(&table.offices).zip(&OFFICE_WORDS) {
        if got.len() < n {
            continue;
        }
        let same = ws.iter().enumerate().all(|(k, &i)| {
            let (Some(slot), Some(&w), Some(word)) = (
                answered.get_mut(k * table.words.len() + i),
                table.words.get(i),
                got.get(k).map(|g| g.text(rest)),
            ) else {
                return false;
            };
            if *slot == 0 {
                // The offices are lower-case ASCII: ASCII case alone tells a word printed as is.
                let a = word.eq_ignore_ascii_case(w) || {
                    let g = low[k].get_or_insert_with(|| word.to_ascii_lowercase());
                    (w.len() >= 3 && one_edit_apart(g, w))
                        || (w.len() >= 6
                            && crate::text::ocr::is_scanned_reading(g, &mut scanned[k], w))
                };
                *slot = 1 + u8::from(a);
            }
            *slot == 2
        });
        // One word is enough when it is long ("Secretarv-General"): short ones match too much.
        if same && (n >= 2 || printed.len() >= 10) {
            return (vec![canon.to_string()], p + got[n - 1].end);
        }
    }
    (Vec::new(), pos)
}

/// The words of the offices of [`ADDRESSEES`], each once, and each office as their indices:
/// the offices are split once rather than at every call.
struct OfficeWords {
    words: Vec<&'static str>,
    offices: Vec<Vec<usize>>,
}

fn office_words() -> &'static OfficeWords {
    static TABLE: OnceLock<OfficeWords> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut words: Vec<&'static str> = Vec::new();
        let offices = ADDRESSEES
            .iter()
            .map(|(printed, _)| {
                printed
                    .split(' ')
                    .map(|w| {
                        words.iter().position(|&v| v == w).unwrap_or_else(|| {
                            words.push(w);
                            words.len() - 1
                        })
                    })
                    .collect()
            })
            .collect();
        OfficeWords { words, offices }
    })
}

/// How many words each office of [`ADDRESSEES`] has, counted once.
const OFFICE_WORDS: [usize; ADDRESSEES.len()] = {
    let mut out = [0; ADDRESSEES.len()];
    let mut k = 0;
    while k < ADDRESSEES.len() {
        let b = ADDRESSEES[k].0.as_bytes();
        let (mut i, mut n) = (0, 1);
        while i < b.len() {
            n += (b[i] == b' ') as usize;
            i += 1;
        }
        out[k] = n;
        k += 1;
    }
    out
};

/// The most words an office of [`ADDRESSEES`] has.
const LONGEST_OFFICE: usize = {
    let mut most = 0;
    let mut k = 0;
    while k < OFFICE_WORDS.len() {
        if OFFICE_WORDS[k] > most {
            most = OFFICE_WORDS[k];
        }
        k += 1;
    }
    most
};
