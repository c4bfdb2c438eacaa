//! Printing debris: what the print shop left in the text when it was flattened.
//!
//! UN documents carry a job number at the foot of their first page ("09-53829 (E) 011009",
//! Geneva "GE.05-12345 (E)"), a barcode ("*0953829*"), and on later pages a running header
//! ("A/60/783", "S/1996/796 English Page 2", a "/..." continuation mark). Flattened into one
//! paragraph these land between sentences. This stage cuts them out, leaves one space, and
//! records each cut as a diagnostic and as a break position that later stages treat as a
//! place where a new part (an annex) may begin.

use super::Diagnostics;
use crate::text::one_of;
use crate::text::{skip_spaces, slice, symbol_at, words, Word};

/// The text with debris removed, and the byte offsets (in the new text) where cuts were made.
pub struct Cleaned {
    pub text: String,
    pub breaks: Vec<usize>,
    /// The words of `text`: the kept words, moved with their text, so that the next stage
    /// need not split the whole text again.
    pub words: Vec<Word>,
    /// Symbols seen in running headers: a fallback for documents without a masthead symbol.
    pub header_symbols: Vec<String>,
}

fn is_digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// "09-53829" or "GE.05-12345".
fn is_job_number(w: &str) -> bool {
    // Eight bytes, or eleven with "GE.": the length alone passes over nearly every word of the
    // text without a search for '-' in it.
    let w = match w.len() {
        8 => w,
        11 => w.strip_prefix("GE.").unwrap_or(w),
        _ => return false,
    };
    match w.split_once('-') {
        Some((a, b)) => is_digits(a, 2) && is_digits(b, 5),
        None => false,
    }
}

/// "(E)", "(F)", "(R)".
fn is_language_code(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 3 && b[0] == b'(' && b[1].is_ascii_uppercase() && b[2] == b')'
}

/// "_____________": the rule above a page's footnotes.
fn is_rule(w: &str) -> bool {
    w.len() >= 3 && w.bytes().all(|b| b == b'_')
}

/// "*0953829*", "*2008020*".
fn is_barcode(w: &str) -> bool {
    let inner = w
        .strip_prefix('*')
        .and_then(|r| r.strip_suffix('*'))
        .unwrap_or("");
    (6..=10).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_digit())
}

/// A barcode's bars as a text layer reads them: "I111", "111111111111", "1111", "1" (after a
/// job number only; "I" alone is a word).
fn is_bars(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | '1' | 'l' | '|')) && w.contains(['1', '|'])
}

/// Names of the fields a UN word-processor template prints ("Symbol", "Orig. Lang.").
const FIELD_NAMES: &[&str] = &["Symbol", "Date", "Distr.", "Orig.", "Lang."];

/// A field's format switch: "MERGEFORMAT", "CHARFORMAT".
fn is_field_switch(w: &str) -> bool {
    matches!(w, "MERGEFORMAT" | "CHARFORMAT" | "MERGEFORMATINET")
}

/// An embedded object's class name: "Word.Picture.8", "Excel.Sheet.12".
fn is_object_class(w: &str) -> bool {
    // The application's name and its period first: most words are passed over without a search
    // for periods in them.
    if !["Word.", "Excel.", "PowerPoint.", "Equation."]
        .iter()
        .any(|a| w.starts_with(a))
    {
        return false;
    }
    let mut parts = w.split('.');
    let (Some(app), Some(kind), Some(ver)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    parts.next().is_none()
        && matches!(app, "Word" | "Excel" | "PowerPoint" | "Equation")
        && kind.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && !ver.is_empty()
        && ver.bytes().all(|b| b.is_ascii_digit())
}

fn is_symbol_word(w: &str) -> bool {
    symbol_at(w, 0) == Some(w.len())
}

/// The running header's language, in the English, Spanish and French versions.
const LANGUAGES: &[&str] = &[
    "English",
    "ENGLISH",
    "French",
    "Spanish",
    "Russian",
    "Arabic",
    "Chinese",
    "Español",
    "Espanol",
    "Français",
    "Francais",
];

/// "Page" in a running header, and the Spanish versions' "Página".
fn is_page_word(w: &str) -> bool {
    matches!(w, "Page" | "Página" | "Pagina")
}

/// Removes printing debris from `text` (already whitespace-normalized).
/// `ws` are the words of `text`.
pub fn remove(text: &str, ws: &[Word], diags: &mut Diagnostics) -> Cleaned {
    let mut cut: Vec<(usize, usize)> = Vec::new(); // word index ranges
    let mut header_symbols = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let start = i;
        // Every anchor below starts with one of these bytes: other words are passed over on it.
        if !matches!(
            ws[i].first_byte(text),
            Some(b'\\' | b'W' | b'E' | b'P' | b'0'..=b'9' | b'G' | b'*' | b'/' | b'_')
        ) {
            i += 1;
            continue;
        }
        let w = ws[i].text(text);
        // A word-processor field left in the text: "Symbol \* MERGEFORMAT", "page \* MERGEFORMAT".
        if w == "\\*" && ws.get(i + 1).is_some_and(|n| is_field_switch(n.text(text))) {
            let floor = cut.last().map_or(0, |c: &(usize, usize)| c.1);
            let mut a = i;
            while a > floor && a + 2 > i && one_of(FIELD_NAMES, ws[a - 1].text(text)) {
                a -= 1;
            }
            cut.push((a, i + 2));
            i += 2;
            continue;
        }
        if is_object_class(w) {
            cut.push((i, i + 1));
            i += 1;
            continue;
        }
        let anchored = if is_job_number(w) {
            i += 1;
            if ws.get(i).is_some_and(|x| is_language_code(x.text(text))) {
                i += 1;
            }
            // Up to two print dates: "250406 270406".
            while i < ws.len() && i - start < 4 && is_digits(ws[i].text(text), 6) {
                i += 1;
            }
            true
        } else if is_barcode(w) || w == "/..." || w == "/…" || is_rule(w) {
            i += 1;
            true
        } else {
            false
        };
        if !anchored {
            i += 1;
            continue;
        }
        // Extend over the running header of the next page.
        while let Some(x) = ws.get(i).map(|x| x.text(text)) {
            let page = is_page_word(x)
                && ws
                    .get(i + 1)
                    .is_some_and(|n| is_digits(n.text(text), 1) || is_digits(n.text(text), 2));
            if is_barcode(x) || x == "/..." || x == "/…" || is_job_number(x) || is_bars(x) {
                i += 1;
            } else if is_symbol_word(x) {
                header_symbols.push(x.to_string());
                i += 1;
            } else if page {
                i += 2;
            } else if one_of(LANGUAGES, x)
                && ws.get(i + 1).is_some_and(|n| is_page_word(n.text(text)))
            {
                i += 1;
            } else {
                break;
            }
        }
        // The running header before the job number: "A/HRC/1/L.6 page 5", "S/2008/1 English
        // Page 2"; a field cut out of it ("page \\* MERGEFORMAT 5") is passed over.
        let last = cut.last().copied();
        let hidden = |k: usize| last.is_some_and(|(a, b)| a <= k && k < b);
        let before: Vec<usize> = (0..start).rev().filter(|&k| !hidden(k)).take(4).collect();
        let at = |n: usize| before.get(n).map(|&k| ws[k].text(text));
        let mut start = start;
        let page_no = at(0).is_some_and(|w| is_digits(w, 1) || is_digits(w, 2));
        if page_no && at(1).is_some_and(|w| w == "page" || is_page_word(w)) {
            let mut n = 2;
            if at(n).is_some_and(|w| one_of(LANGUAGES, w)) {
                n += 1;
            }
            if let Some(sym) = at(n).filter(|w| is_symbol_word(w)) {
                header_symbols.push(sym.to_string());
                n += 1;
            }
            start = before[n - 1];
            if let Some((a, _)) = last.filter(|&(_, b)| start < b) {
                cut.pop();
                start = start.min(a);
            }
        }
        cut.push((start, i));
    }
    let mut out = String::with_capacity(text.len());
    let mut breaks = Vec::new();
    let mut kept = Vec::with_capacity(ws.len());
    // The words `ws[from..to]`, which stand in `text` from `at`, copied to `out` from `base`.
    let mut keep = |from: usize, to: usize, at: usize, base: usize| {
        let moved = ws.get(from..to).unwrap_or_default().iter().map(|w| Word {
            start: w.start - at + base,
            end: w.end - at + base,
        });
        kept.extend(moved);
    };
    let mut last = 0usize;
    let mut from = 0usize;
    for &(a, b) in &cut {
        let (Some(first), Some(lastw)) = (ws.get(a), ws.get(b.saturating_sub(1))) else {
            continue;
        };
        let removed = slice(text, first.start, lastw.end);
        keep(from, a, last, out.len());
        from = b;
        out.push_str(slice(text, last, first.start).trim_end());
        if !out.is_empty() {
            out.push(' ');
        }
        breaks.push(out.len());
        diags.info(
            "debris-removed",
            format!("Removed printing debris \u{201c}{removed}\u{201d} (job number, barcode, page header or word-processor field)."),
            Some(first.start),
        );
        last = skip_spaces(text, lastw.end);
    }
    keep(from, ws.len(), last, out.len());
    out.push_str(slice(text, last, text.len()));
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    debug_assert_eq!(kept, words(&out));
    Cleaned {
        text: out,
        breaks,
        words: kept,
        header_symbols,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(t: &str) -> (String, usize) {
        let mut d = Diagnostics::default();
        let c = remove(t, &words(t), &mut d);
        (c.text, d.list.len())
    }

    #[test]
    fn job_numbers() {
        for w in ["09-53829", "GE.05-12345"] {
            assert!(is_job_number(w), "{w}");
        }
        for w in [
            "GE.12345",
            "GE.0512345",
            "0953-829",
            "09-5382",
            "XX.05-12345",
            "09-53829-",
        ] {
            assert!(!is_job_number(w), "{w}");
        }
    }

    #[test]
    fn job_number_barcode_and_header() {
        let (t, n) = clean("highest consideration. 06-31593 (E) 250406 270406 *0631593* A/60/783 Annex to the note");
        assert_eq!(t, "highest consideration. Annex to the note");
        assert_eq!(n, 1);
        let (t, _) = clean("Observer of the League of Arab States 96-25498 (E) 260996 260996 /... S/1996/796 English Page 2 Annex 1 Statement");
        assert_eq!(t, "Observer of the League of Arab States Annex 1 Statement");
        let (t, _) = clean("Ambassador Permanent Representative 12-26300 (E) 130312");
        assert_eq!(t, "Ambassador Permanent Representative");
        let (t, _) = clean(
            "V. Nebenzia 20-08020 (E) 220620 240620 *2008020* A/74/896 S/2020/532 Annex I to",
        );
        assert_eq!(t, "V. Nebenzia Annex I to");
        // A barcode's bars read as letters and digits; a pronoun after the job number stays.
        let (t, _) = clean("of 15 March 2006. 06-31718 (E) 280406 I111 111111111111111111111111 1111 1 Annex to the note");
        assert_eq!(t, "of 15 March 2006. Annex to the note");
        let (t, _) = clean("of 15 March 2006. 06-31718 (E) 280406 I have the honour");
        assert_eq!(t, "of 15 March 2006. I have the honour");
    }

    #[test]
    fn spanish_and_french_running_headers() {
        let (t, _) = clean("Representante Permanente 94-47140 (S) 281194 281194 /... A/49/718 S/1994/1353 Español Página 2 ANEXO Carta de fecha");
        assert_eq!(t, "Representante Permanente ANEXO Carta de fecha");
        let (t, _) =
            clean("ante las Naciones Unidas 79-31927 (S) A/C.1/34/9 Espanol Pagina 2 ANEXO Nota");
        assert_eq!(t, "ante las Naciones Unidas ANEXO Nota");
        let (t, _) = clean(
            "Représentant permanent 01-23456 (F) 120301 S/2001/12 Français Page 2 Annexe Lettre",
        );
        assert_eq!(t, "Représentant permanent Annexe Lettre");
    }

    #[test]
    fn word_processor_fields() {
        let (t, _) = clean("UNITED NATIONS A Word.Picture.8 General Assembly Distr. GENERAL Symbol \\* MERGEFORMAT A/HRC/S-1/1 Date \\* MERGEFORMAT 4 July 2006 Original: Orig. Lang. \\* MERGEFORMAT ENGLISH HUMAN");
        assert_eq!(t, "UNITED NATIONS A General Assembly Distr. GENERAL A/HRC/S-1/1 4 July 2006 Original: ENGLISH HUMAN");
        let (t, _) = clean("Chairman of the Group of Arab States A/HRC/1/L.6 page \\* MERGEFORMAT 5 GE.06-12917 (E) 040706");
        assert_eq!(t, "Chairman of the Group of Arab States");
    }

    #[test]
    fn leaves_ordinary_text() {
        let s = "in 2005-2010 the numbers 12-345 and resolution 60/251 stay.";
        assert_eq!(clean(s), (s.to_string(), 0));
    }
}
