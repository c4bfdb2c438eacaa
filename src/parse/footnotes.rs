//! Footnote texts found in mid-text.
//!
//! A footnote's marker stays glued to the word it annotates ("preliminary list*"), while its
//! text, printed at the foot of the page, lands wherever the page ended once flattened:
//! "… list* * A/52/50. Letter dated …". A standalone marker ("*", "**") whose twin stands glued
//! earlier in the text opens a note; the note runs to the end of its sentence and is cut out.

#[cfg(debug_assertions)]
use crate::text::words;
use crate::text::{slice, symbol_at, Word};

/// A footnote text cut from the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FootText {
    pub marker: String,
    pub text: String,
    /// Where its glued marker stands (bytes in the returned text).
    pub marker_pos: usize,
}

/// The text without footnote texts, with `breaks` moved to match.
pub struct Extracted {
    pub text: String,
    pub breaks: Vec<usize>,
    pub notes: Vec<FootText>,
    /// The words of `text`: those of the text given, moved with it, so that the stages after
    /// this one read the words of their parts from one list (see `text::words_within`).
    pub words: Vec<Word>,
}

const MARKERS: &[&str] = &["***", "**", "*", "\u{2020}", "\u{2021}"];

fn glued_marker(word: &str) -> Option<&'static str> {
    // "*0953829*" is a barcode, not a marker.
    if word.starts_with('*') {
        return None;
    }
    // Most words end in none of the bytes a marker or its punctuation ends in: passed over
    // before the trim looks at them.
    if !matches!(
        word.as_bytes().last(),
        Some(b'*' | 0xa0 | 0xa1 | b'.' | b',' | b';' | b':' | b')')
    ) {
        return None;
    }
    let w = word.trim_end_matches(['.', ',', ';', ':', ')']);
    // Every marker ends in '*' or in the last byte of '†' (E2 80 A0) or '‡' (E2 80 A1): most
    // words are passed over on that byte alone.
    if !matches!(w.as_bytes().last(), Some(b'*' | 0xa0 | 0xa1)) {
        return None;
    }
    MARKERS
        .iter()
        .find(|m| {
            w.strip_suffix(**m).is_some_and(|head| {
                !head.is_empty()
                    && !head.ends_with('*')
                    && head.chars().next_back().is_some_and(|c| {
                        c.is_alphanumeric() || matches!(c, ')' | '.' | ',' | '\u{201d}')
                    })
            })
        })
        .copied()
}

/// Cuts footnote texts out of `text`.
/// `ws` are the words of `text`.
pub fn extract(text: &str, ws: &[Word], breaks: &[usize]) -> Extracted {
    let mut glued: Vec<(&str, usize)> = Vec::new(); // marker, byte position of the marker
                                                    // Each cut: its bytes, its words (`ws[k..=e]`) and its note.
    let mut cuts: Vec<(usize, usize, (usize, usize), FootText)> = Vec::new();
    let mut k = 0;
    while k < ws.len() {
        // A glued marker's word ends in one of these bytes, a standalone marker starts with
        // '*' or the lead byte of '†' and '‡' (see `glued_marker`): most words are passed
        // over on their two bytes, without slicing the text for each.
        let (first, last) = (ws[k].first_byte(text), ws[k].last_byte(text));
        if !matches!(first, Some(b'*' | 0xe2))
            && !matches!(
                last,
                Some(b'*' | 0xa0 | 0xa1 | b'.' | b',' | b';' | b':' | b')')
            )
        {
            k += 1;
            continue;
        }
        let w = ws[k].text(text);
        if let Some(m) = glued_marker(w) {
            let trimmed = w.trim_end_matches(['.', ',', ';', ':', ')']);
            glued.push((m, ws[k].start + trimmed.len() - m.len()));
        }
        // Every marker starts with '*' or with the lead byte of '†' and '‡'.
        let standalone = matches!(w.as_bytes().first(), Some(b'*' | 0xe2))
            .then(|| MARKERS.iter().find(|m| **m == w).copied())
            .flatten();
        if let Some(m) = standalone {
            let twin = glued.iter().rev().find(|(g, _)| *g == m).map(|(_, p)| *p);
            let already = cuts.iter().any(|c| c.3.marker == m);
            if let (Some(pos), false) = (twin, already) {
                // The note runs to its sentence end: "." before a capitalized word, or the end;
                // a note that is a document's symbol (the provisional agenda's, "* A/44/150")
                // ends with it, its period lost or not.
                let mut j = k + 1;
                let mut end = ws
                    .get(k + 1)
                    .filter(|s| symbol_at(text, s.start).is_some_and(|e| e + 1 >= s.end))
                    .filter(|_| {
                        ws.get(k + 2).is_none_or(|n| {
                            n.text(text).chars().next().is_some_and(char::is_uppercase)
                        })
                    })
                    .map(|_| k + 1);
                while end.is_none() && j < ws.len() && j - k <= 80 {
                    let t = ws[j].text(text);
                    // A page ends the note printed at its foot ("* Reissued for technical
                    // reasons 22 June 2020 [page] Annex I Briefing …").
                    let next_start = ws.get(j + 1).map_or(text.len(), |n| n.start);
                    let i = breaks.partition_point(|&b| b < ws[j].end);
                    if breaks.get(i).is_some_and(|&b| b <= next_start) && j + 1 < ws.len() {
                        end = Some(j);
                        break;
                    }
                    let next_cap = ws.get(j + 1).is_none_or(|n| {
                        n.text(text)
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase())
                    });
                    if t.ends_with('.') && next_cap {
                        end = Some(j);
                        break;
                    }
                    j += 1;
                }
                if let Some(e) = end.filter(|&e| e > k) {
                    let note = slice(text, ws[k + 1].start, ws[e].end).to_string();
                    cuts.push((
                        ws[k].start,
                        ws[e].end,
                        (k, e),
                        FootText {
                            marker: m.to_string(),
                            text: note,
                            marker_pos: pos,
                        },
                    ));
                    k = e + 1;
                    continue;
                }
            }
        }
        k += 1;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    // (old offset, new offset) at the end of each cut: positions after it move by the difference.
    let mut shifts: Vec<(usize, usize)> = Vec::new();
    let mut notes = Vec::new();
    let mut kept = Vec::with_capacity(ws.len());
    // The words `ws[from..to]`, between two cuts, which stand in `text` from `last`, copied to
    // `out` from `base`.
    let mut next = 0;
    let mut keep = |from: usize, to: usize, last: usize, base: usize| {
        let moved = ws.get(from..to).unwrap_or_default().iter().map(|w| Word {
            start: w.start.saturating_sub(last) + base,
            end: w.end.saturating_sub(last) + base,
        });
        kept.extend(moved);
    };
    for (s, e, (a, b), mut ft) in cuts {
        ft.marker_pos = shift(ft.marker_pos, &shifts);
        keep(next, a, last, out.len());
        next = b + 1;
        out.push_str(slice(text, last, s).trim_end());
        let resume = super::text::skip_spaces(text, e);
        if resume < text.len() && !out.is_empty() {
            out.push(' ');
        }
        shifts.push((resume, out.len()));
        last = resume;
        notes.push(ft);
    }
    keep(next, ws.len(), last, out.len());
    out.push_str(slice(text, last, text.len()));
    let breaks = breaks.iter().map(|&b| shift(b, &shifts)).collect();
    #[cfg(debug_assertions)]
    debug_assert_eq!(kept, words(&out));
    Extracted {
        text: out,
        breaks,
        notes,
        words: kept,
    }
}

fn shift(pos: usize, shifts: &[(usize, usize)]) -> usize {
    match shifts.iter().rev().find(|(old, _)| *old <= pos) {
        Some(&(old, new)) => pos - old + new,
        None => pos,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_end_in_the_bytes_glued_marker_looks_for() {
        for m in MARKERS {
            assert!(
                matches!(m.as_bytes().last(), Some(b'*' | 0xa0 | 0xa1)),
                "{m}"
            );
        }
        assert_eq!(glued_marker("list\u{2021}."), Some("\u{2021}"));
        assert_eq!(glued_marker("list**"), Some("**"));
        assert_eq!(glued_marker("list\u{a0}"), None);
    }

    #[test]
    fn preliminary_list() {
        let t = "Items 20 and 99 of the preliminary list* * A/52/50. Letter dated 15 May 1997";
        let x = extract(t, &crate::text::words(t), &[]);
        assert_eq!(
            x.text,
            "Items 20 and 99 of the preliminary list* Letter dated 15 May 1997"
        );
        assert_eq!(x.notes.len(), 1);
        assert_eq!(x.notes[0].text, "A/52/50.");
        assert_eq!(
            &x.text[x.notes[0].marker_pos..x.notes[0].marker_pos + 1],
            "*"
        );
    }

    #[test]
    fn a_symbol_alone_is_the_whole_note() {
        // Its period lost in a scan: the statement after it is not the note's.
        let t = "items 23 and 37 of the provisional agenda* (Signed) K. Shakar * A/44/150 Press release issued at Jeddah on 29 August 1989. The Council met.";
        let x = extract(t, &crate::text::words(t), &[]);
        assert_eq!(x.notes[0].text, "A/44/150");
        assert!(x.text.ends_with(
            "K. Shakar Press release issued at Jeddah on 29 August 1989. The Council met."
        ));
        let x = extract(
            "agenda* * A/64/150. Letter dated",
            &crate::text::words("agenda* * A/64/150. Letter dated"),
            &[],
        );
        assert_eq!(x.notes[0].text, "A/64/150.");
    }

    #[test]
    fn no_twin_no_note() {
        let t = "A * B. and *0953829* here.";
        let x = extract(t, &crate::text::words(t), &[]);
        assert_eq!(x.text, t);
        assert!(x.notes.is_empty());
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn the_words_moved_are_the_words_of_the_text(
            text in "(list\\*|\\*|\\*\\*|Note|\\.|A/52/50|Letter| |\u{a0}|x\u{2020}|\u{2020}){0,24}",
        ) {
            let x = extract(&text, &crate::text::words(&text), &[]);
            proptest::prop_assert_eq!(&x.words, &crate::text::words(&x.text));
        }
    }

    #[test]
    fn breaks_shift() {
        let t = "list* * Note. Next part";
        let b = t.find("Next").unwrap();
        let x = extract(t, &crate::text::words(t), &[b]);
        assert_eq!(&x.text[x.breaks[0]..], "Next part");
    }

    #[test]
    fn a_page_ends_the_note_at_its_foot() {
        let t = "Council* * Reissued for technical reasons 22 June 2020 Annex I Briefing by Ms. A. DiCarlo. More";
        let b = t.find("Annex").unwrap();
        let x = extract(t, &crate::text::words(t), &[b]);
        assert_eq!(
            x.notes[0].text,
            "Reissued for technical reasons 22 June 2020"
        );
        assert!(x.text.contains("Annex I Briefing"));
    }
}
