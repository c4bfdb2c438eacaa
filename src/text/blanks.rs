//! Blank collapsing: every run of whitespace and control characters made one ASCII space, the
//! words of the result found on the same pass (the one word list the stages read).

use super::Word;

/// A text with its blanks collapsed ([`collapse_blanks`]).
#[derive(Debug, Default)]
pub struct Collapsed {
    pub text: String,
    /// The words of `text`, as [`super::words`] splits it: between its single spaces.
    pub words: Vec<Word>,
    /// The control characters other than '\n', '\r' and '\t' (those of `char::is_control`).
    pub controls: usize,
}

/// Collapses whitespace and control characters to single spaces, without a space at either
/// end; counts the control characters and lists the words on the same pass.
///
/// Runs of characters that stay are copied whole; ASCII is classified by its byte, and only
/// non-ASCII characters are decoded. Every space of the result is made in one of two places
/// (a single space kept inside a run, or one written after a run of blanks), so a word ends
/// exactly there.
pub fn collapse_blanks(text: &str) -> Collapsed {
    let mut out = String::with_capacity(text.len());
    // Words average over six bytes in prose: one allocation for most texts.
    let mut words = Vec::with_capacity(text.len() / 6 + 1);
    let mut start = 0; // where the current word starts in `out`
    let mut controls = 0;
    let mut space = false;
    let bytes = text.as_bytes();
    let mut run = 0; // start of the run of kept characters
    let mut i = 0;
    while i < bytes.len() {
        if !space {
            // Printable ASCII outside a run of blanks changes nothing: passed over eight bytes
            // at a time (it is most of the text).
            i = printable_end(bytes, i);
            let Some(&b) = bytes.get(i) else { break };
            // So is a single space between two such characters: the run goes on through it.
            if b == b' '
                && (i > run || !out.is_empty())
                && bytes.get(i + 1).is_some_and(|n| (0x21..0x7f).contains(n))
            {
                let at = out.len() + (i - run);
                words.push(Word { start, end: at });
                start = at + 1;
                i += 2;
                continue;
            }
        }
        let b = bytes[i];
        let (blank, len) = if b < 0x80 {
            // Whitespace and control characters in ASCII: all bytes up to ' ', and DEL.
            controls += usize::from((b < b' ' && !matches!(b, b'\n' | b'\r' | b'\t')) || b == 0x7f);
            (b <= b' ' || b == 0x7f, 1)
        } else {
            match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => {
                    controls += usize::from(c.is_control());
                    (
                        c.is_whitespace() || c.is_control() || c == '\u{feff}',
                        c.len_utf8(),
                    )
                }
                None => (false, 1),
            }
        };
        if blank {
            out.push_str(&text[run..i]);
            space = true;
            run = i + len;
        } else if space {
            if !out.is_empty() {
                words.push(Word {
                    start,
                    end: out.len(),
                });
                out.push(' ');
                start = out.len();
            }
            space = false;
        }
        i += len;
    }
    out.push_str(&text[run..]);
    if !out.is_empty() {
        words.push(Word {
            start,
            end: out.len(),
        });
    }
    Collapsed {
        text: out,
        words,
        controls,
    }
}

/// The first offset at or after `i` whose byte is not printable ASCII (`0x21..0x7f`): eight
/// bytes are tested at once, and the first such byte among them found by its flag.
#[inline(always)]
fn printable_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    while let Some(c) = bytes.get(i..i + 8) {
        // Indexed, not copied: a size-optimized build calls a function for `copy_from_slice`.
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        // Flags for bytes of 0x80 or more, below 0x21, and 0x7f: each test flags its first such
        // byte exactly (a borrow only runs upwards from a flagged byte), so the lowest flag of
        // the three is the first byte that is not printable.
        let del = x ^ u64::from_le_bytes([0x7f; 8]);
        let flags = (x | x.wrapping_sub(ONES * 0x21) & !x | del.wrapping_sub(ONES) & !del) & HIGHS;
        if flags != 0 {
            return i + (flags.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|b| (0x21..0x7f).contains(b)) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn collapsed_as_split_on_blanks(t in "[a~ !\t\n\u{0}\u{7f}\u{80}\u{a0}\u{2009}\u{feff}\u{e9}]{0,40}") {
            let blank = |c: char| c.is_whitespace() || c.is_control() || c == '\u{feff}';
            let reference = t.split(blank).filter(|w| !w.is_empty()).collect::<Vec<_>>();
            let c = collapse_blanks(&t);
            proptest::prop_assert_eq!(&c.text, &reference.join(" "));
            proptest::prop_assert_eq!(c.words, words(&c.text));
        }
    }

    #[test]
    fn printable_runs_end_where_bytes_say() {
        let t = "abcdefgh ijklmnopq\u{7f}rstuvwxyz{|}~!\u{0}0123456789\u{e9}ABCDEFGHIJ\t";
        let b = t.as_bytes();
        for i in 0..=b.len() {
            let naive = (i..b.len())
                .find(|&k| !(0x21..0x7f).contains(&b[k]))
                .unwrap_or(b.len());
            assert_eq!(printable_end(b, i), naive, "{i}");
        }
    }

    #[test]
    fn blanks_collapse_to_single_spaces() {
        let blank = |c: char| c.is_whitespace() || c.is_control() || c == '\u{feff}';
        for t in [
            "",
            " ",
            "a",
            " a b  c\td \u{a0}e é f\u{0}g \u{feff}h i\n",
            "x y",
            "\u{1}a b",
            " é b c  ",
            "a b\u{2009}c d\u{7f}e f",
        ] {
            let reference = t.split(blank).filter(|w| !w.is_empty()).collect::<Vec<_>>();
            let c = collapse_blanks(t);
            assert_eq!(c.text, reference.join(" "), "{t:?}");
            assert_eq!(c.words, words(&c.text), "{t:?}");
        }
    }

    #[test]
    fn controls_counted_in_normalize_as_on_chars() {
        let all: String = (0..0x3000).filter_map(char::from_u32).collect();
        for t in [
            "",
            "a\tb\r\n\u{0}\u{7f}\u{80}\u{9f}\u{a0}é\u{85}",
            "\u{c2}\u{9f}x",
            &all,
        ] {
            let by_chars = t
                .chars()
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
                .count();
            assert_eq!(collapse_blanks(t).controls, by_chars, "{t:?}");
        }
    }
}
