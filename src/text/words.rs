//! Words and phrases: the whitespace word scanner, ASCII case-insensitive phrases at word
//! starts, and the words around an offset.

use super::slice;

/// A whitespace-separated word: `start..end` in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    #[inline(always)]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        slice(text, self.start, self.end)
    }

    /// The word's first byte: a test of it passes over most words without slicing the text
    /// (two char-boundary checks) for each.
    #[inline(always)]
    pub fn first_byte(&self, text: &str) -> Option<u8> {
        text.as_bytes().get(self.start).copied()
    }

    /// The word's last byte, as [`Word::first_byte`].
    #[inline(always)]
    pub fn last_byte(&self, text: &str) -> Option<u8> {
        self.end
            .checked_sub(1)
            .and_then(|i| text.as_bytes().get(i))
            .copied()
    }
}

/// Splits `text` on Unicode whitespace.
pub fn words(text: &str) -> Vec<Word> {
    // Words and their spaces average over six bytes in prose: most lists never grow, where a
    // `collect` starts at four words and doubles.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    out.extend(words_iter(text));
    out
}

/// The first `n` words of `text`, in one allocation: a collect of `words_iter(text).take(n)`
/// grows its list four or five times.
pub fn first_words(text: &str, n: usize) -> Vec<Word> {
    let mut out = Vec::with_capacity(n.min(text.len() / 2 + 1));
    out.extend(words_iter(text).take(n));
    out
}

/// The words of a part `from..to` of a text (on char boundaries), read from `ws`, the words of
/// the whole text, with offsets from `from`: a word cut by either end is cut there too, as a
/// scan of the part finds it. A stage reads the words of its part from the list made once for
/// the whole text instead of scanning its bytes again; nothing is copied.
#[derive(Debug, Clone, Copy)]
pub struct PartWords<'a> {
    ws: &'a [Word],
    from: usize,
    to: usize,
}

impl<'a> PartWords<'a> {
    pub fn new(ws: &'a [Word], from: usize, to: usize) -> PartWords<'a> {
        // Words are sorted and disjoint: those that end after `from` and start before `to`.
        let first = ws.partition_point(|w| w.end <= from);
        let last = ws.partition_point(|w| w.start < to);
        let ws = if from < to {
            ws.get(first..last).unwrap_or_default()
        } else {
            &[]
        };
        PartWords { ws, from, to }
    }

    /// How many words the part has.
    pub fn count(&self) -> usize {
        self.ws.len()
    }

    /// Word `k` of the part.
    #[inline(always)]
    pub fn get(&self, k: usize) -> Option<Word> {
        self.ws.get(k).map(|w| self.cut(w))
    }

    pub fn iter(&self) -> impl Iterator<Item = Word> + 'a {
        let part = *self;
        self.ws.iter().map(move |w| part.cut(w))
    }

    #[inline(always)]
    fn cut(&self, w: &Word) -> Word {
        Word {
            start: w.start.max(self.from) - self.from,
            end: w.end.min(self.to).max(self.from) - self.from,
        }
    }
}

/// The words of `text`, lazily: for callers that look at the first few words of a long text,
/// which need not split all of it.
pub fn words_iter(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator of [`words_iter`].
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let bytes = self.text.as_bytes();
        let mut i = self.pos;
        // The spaces before the word.
        let start = loop {
            let Some(&b) = bytes.get(i) else {
                self.pos = bytes.len();
                return None;
            };
            match BYTE_CLASS[usize::from(b)] {
                WORD => break i,
                SPACE => i += 1,
                _ => match space_len(self.text, i) {
                    Some(len) => i += len,
                    None => break i,
                },
            }
        };
        // The word, to the next space: most of its bytes are told apart by the table alone.
        i += 1;
        while let Some(&b) = bytes.get(i) {
            match BYTE_CLASS[usize::from(b)] {
                WORD => i += 1,
                SPACE => break,
                _ if space_len(self.text, i).is_some() => break,
                _ => i += 1,
            }
        }
        self.pos = i;
        Some(Word { start, end: i })
    }
}

/// A byte of [`BYTE_CLASS`] that is never whitespace: ASCII other than spaces, continuation
/// bytes, and the lead bytes of characters that are never whitespace.
const WORD: u8 = 0;
/// An ASCII whitespace byte: ' ', '\t', '\n', '\u{b}', '\u{c}', '\r'.
const SPACE: u8 = 1;
/// The lead byte of a character that may be whitespace (U+0085, U+00A0, U+1680,
/// U+2000–U+3000): only these are decoded.
const MAYBE: u8 = 2;

/// The class of every byte, so that the word scan reads a byte and one table entry rather than
/// testing ranges byte by byte.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [WORD; 256];
    t[b' ' as usize] = SPACE;
    let mut b = b'\t';
    while b <= b'\r' {
        t[b as usize] = SPACE;
        b += 1;
    }
    t[0xc2] = MAYBE;
    t[0xe1] = MAYBE;
    t[0xe2] = MAYBE;
    t[0xe3] = MAYBE;
    t
};

/// The length of the whitespace character at byte `i` (a char boundary), if it is one. Only
/// the lead bytes of the few non-ASCII whitespace characters (U+0085, U+00A0, U+1680,
/// U+2000–U+3000) are decoded: `char_indices` decoded every character.
fn space_len(text: &str, i: usize) -> Option<usize> {
    match text.as_bytes().get(i) {
        Some(b' ' | b'\t'..=b'\r') => Some(1),
        Some(0xc2 | 0xe1 | 0xe2 | 0xe3) => text
            .get(i..)
            .and_then(|r| r.chars().next())
            .filter(|c| c.is_whitespace())
            .map(char::len_utf8),
        _ => None,
    }
}

/// Whether `text` at byte `pos` starts with the ASCII `phrase`, ignoring ASCII case, and the
/// phrase ends at a word boundary. Returns the end offset.
pub fn phrase_at(text: &str, pos: usize, phrase: &str) -> Option<usize> {
    let end = pos.checked_add(phrase.len())?;
    let hay = text.as_bytes().get(pos..end)?;
    if !hay.eq_ignore_ascii_case(phrase.as_bytes()) {
        return None;
    }
    // A non-ASCII byte never equals an ASCII one, so `end` is a char boundary when the phrase
    // is ASCII; check anyway to stay panic-free for any phrase.
    if !text.is_char_boundary(end) {
        return None;
    }
    let last_is_word = phrase.chars().last().is_some_and(|c| c.is_alphanumeric());
    if last_is_word
        && text[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric())
    {
        return None;
    }
    Some(end)
}

/// The first byte offset at or after `from` where `phrase` occurs (ASCII case-insensitive) at
/// a word start.
pub fn find_phrase(text: &str, phrase: &str, from: usize) -> Option<usize> {
    find_phrase_before(text, phrase, from, text.len())
}

/// [`find_phrase`] for a phrase that starts before `to`: a search bounded to one part of a
/// long text does not run on to its end.
pub fn find_phrase_before(text: &str, phrase: &str, from: usize, to: usize) -> Option<usize> {
    let first = phrase.as_bytes().first()?.to_ascii_lowercase();
    // The second byte too, before any call: a text of words that share the first letter.
    let second = phrase.as_bytes().get(1).map(u8::to_ascii_lowercase);
    let bytes = text.as_bytes();
    let end = to.min(bytes.len());
    let mut i = from;
    while let Some(at) = next_either_case(bytes, i, end, first) {
        if second.is_none_or(|s| {
            bytes
                .get(at + 1)
                .is_some_and(|n| n.to_ascii_lowercase() == s)
        }) && at_word_start(text, at)
            && phrase_at(text, at, phrase).is_some()
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// The first offset in `from..to` whose byte is `lower` in either ASCII case (`lower` itself if
/// it is no letter), read eight bytes at a time: each phrase search reads the whole text.
fn next_either_case(bytes: &[u8], from: usize, to: usize, lower: u8) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Bytes or-ed with 0x20 read a capital letter as its small one.
    let fold = if lower.is_ascii_lowercase() { 0x20 } else { 0 };
    let hay = bytes.get(..to)?;
    let wanted = u64::from_ne_bytes([lower; 8]);
    let folds = u64::from_ne_bytes([fold; 8]);
    let mut i = from;
    for c in hay.get(from..)?.chunks_exact(8) {
        // Indexed, not copied: a size-optimized build calls a function for `copy_from_slice`.
        let word = [c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]];
        let x = (u64::from_ne_bytes(word) | folds) ^ wanted;
        // A zero byte in `x` is a byte that matched.
        if x.wrapping_sub(ONES) & !x & HIGHS != 0 {
            break;
        }
        i += 8;
    }
    (i..hay.len()).find(|&k| hay[k] | fold == lower)
}

/// The first offset in `from..to` whose byte is `a` or `b`, read eight bytes at a time: for
/// marks looked for across long stretches of text that hold none.
pub fn next_of_two(bytes: &[u8], from: usize, to: usize, a: u8, b: u8) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let hay = bytes.get(..to)?;
    let (wa, wb) = (u64::from_ne_bytes([a; 8]), u64::from_ne_bytes([b; 8]));
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    let mut i = from;
    while let Some(c) = hay.get(i..i + 8) {
        // Indexed, not copied: a size-optimized build calls a function for `copy_from_slice`.
        let word = u64::from_ne_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        if has_zero(word ^ wa) || has_zero(word ^ wb) {
            break;
        }
        i += 8;
    }
    (i..hay.len()).find(|&k| hay[k] == a || hay[k] == b)
}

/// The first byte offset of `needle` in `hay`, as `hay.find(needle)`: its first character is
/// looked for with `str::find(char)` (a `memchr`) and the rest compared there. `str::find(&str)`
/// runs a two-way search that reads every byte of a paragraph for a one-character footnote
/// marker.
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let Some(first) = needle.chars().next() else {
        return Some(0);
    };
    let mut from = 0;
    while let Some(rel) = hay.get(from..)?.find(first) {
        let s = from + rel;
        if hay.get(s..)?.starts_with(needle) {
            return Some(s);
        }
        from = s + first.len_utf8();
    }
    None
}

/// `hay.rfind(needle)` for a hay of a few dozen bytes: compared at each place from the end, where
/// `rfind` builds a two-way searcher for each call.
pub fn rfind_short(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    (0..=h.len().checked_sub(n.len())?)
        .rev()
        .find(|&k| h[k] == first && h[k..].starts_with(n))
}

/// Whether `pos` starts a word: a char boundary not preceded by a letter or digit.
pub fn at_word_start(text: &str, pos: usize) -> bool {
    if !text.is_char_boundary(pos) {
        return false;
    }
    // An ASCII byte before `pos` is the char before it: no char is decoded backwards.
    match pos.checked_sub(1).and_then(|p| text.as_bytes().get(p)) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !text[..pos]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric()),
    }
}

/// Skips spaces from `pos`.
pub fn skip_spaces(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    pos + (rest.len() - rest.trim_start().len())
}

/// The previous word (its text) before `pos`, skipping spaces.
pub fn prev_word(text: &str, pos: usize) -> &str {
    let before = text.get(..pos).unwrap_or("").trim_end();
    // Split on the space itself: a no-break space is two bytes.
    before.rsplit(char::is_whitespace).next().unwrap_or(before)
}

/// The next word (its text) from `pos`, skipping spaces.
pub fn next_word(text: &str, pos: usize) -> &str {
    // The word scanner's whitespace is `char::is_whitespace`, told by bytes (see
    // `next_word_is_split_on_whitespace`).
    let rest = text.get(pos..).unwrap_or("");
    words_iter(rest).next().map_or("", |w| w.text(rest))
}

/// The first occurrence of `phrase` at a word start within `max_words` words after `from`.
pub fn find_phrase_within(
    text: &str,
    from: usize,
    phrase: &str,
    max_words: usize,
) -> Option<usize> {
    let rest = text.get(from..)?;
    for (n, w) in words_iter(rest).enumerate() {
        if n > max_words {
            break;
        }
        if phrase_at(rest, w.start, phrase).is_some() {
            return Some(from + w.start);
        }
    }
    None
}

/// The end of the text of at most `reach` bytes that starts at `at`, on a char boundary: the
/// window a look-ahead reads ("the signer within 400 bytes after the formula").
pub fn reach(text: &str, at: usize, reach: usize) -> usize {
    let at = at.min(text.len());
    let mut end = at.saturating_add(reach).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Opening minus closing parentheses in a word.
pub fn paren_balance(w: &str) -> i32 {
    w.bytes().fold(0, |n, b| match b {
        b'(' => n + 1,
        b')' => n - 1,
        _ => n,
    })
}

/// The start of the text of at most `reach` bytes that ends at `at`, on a char boundary: the
/// window a look-back reads ("the 'from' within 40 words before").
pub fn reach_back(text: &str, at: usize, reach: usize) -> usize {
    let at = at.min(text.len());
    (at.saturating_sub(reach)..at)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn the_words_of_a_part_are_its_words(
            text in "[a\u{e9} \u{a0}\u{2009}.]{0,24}",
            a in 0usize..30,
            b in 0usize..30,
        ) {
            let (from, to) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
            proptest::prop_assume!(text.is_char_boundary(from) && text.is_char_boundary(to));
            let all = words(&text);
            proptest::prop_assert!(PartWords::new(&all, to, from).count() == 0 || from == to);
            let part = PartWords::new(&all, from, to);
            let listed: Vec<Word> = part.iter().collect();
            let got: Vec<Word> = (0..part.count()).filter_map(|k| part.get(k)).collect();
            proptest::prop_assert_eq!(&listed, &words(&text[from..to]));
            proptest::prop_assert_eq!(got, listed);
        }
    }

    #[test]
    fn either_case_reads_eight_bytes_as_one() {
        let t = "xxxxxxxxxxxHxxxxxxxxh(é)Zz";
        let naive = |from: usize, lower: u8| {
            (from..t.len()).find(|&k| t.as_bytes()[k].to_ascii_lowercase() == lower)
        };
        for lower in [b'h', b'(', b')', b'z', b'q', 0xa9] {
            for from in 0..t.len() {
                assert_eq!(
                    next_either_case(t.as_bytes(), from, t.len(), lower),
                    naive(from, lower),
                    "{} from {from}",
                    lower as char
                );
            }
        }
        assert_eq!(next_either_case(t.as_bytes(), 0, 11, b'h'), None);
        assert_eq!(find_phrase_before(t, "h(", 0, t.len()), None);
        assert_eq!(
            find_phrase("the High consideration", "high consideration", 0),
            Some(4)
        );
    }

    #[test]
    fn reach_back_stays_on_a_char_boundary() {
        let t = "aé b";
        // Three bytes back from the end is byte 2, inside "é" (bytes 1-2): the window starts at 3.
        assert_eq!(reach_back(t, t.len(), 3), 3);
        assert_eq!(reach_back(t, t.len(), 100), 0);
        assert_eq!(reach_back(t, 0, 10), 0);
    }

    #[test]
    fn words_on_every_kind_of_space() {
        // The lead bytes of whitespace characters also start characters that are not: "§"
        // (C2), "’" and "…" (E2), "ḁ" (E1), "。" (E3), at a word's start, inside and at its end.
        for t in [
            "a\u{a0}b\u{2009}c\u{3000}d\u{85}e\tf\u{b}g \u{1680}h\u{2028}i\u{202f}j\u{205f}k é\u{e9}😀",
            "§1 d’Ivoire… ḁ。 x§ ’’ \u{a0}§\u{a0}…\u{2000}\r\n\u{c}",
            "§",
            "\u{3000}",
        ] {
            let lazy: Vec<&str> = words(t).iter().map(|w| w.text(t)).collect();
            let reference: Vec<&str> = t
                .split(char::is_whitespace)
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(lazy, reference, "{t:?}");
        }
        assert_eq!(words(" x ").len(), 1);
        assert!(words("").is_empty() && words(" \u{a0} ").is_empty());
    }

    #[test]
    fn either_of_two_bytes_as_a_search_says() {
        let t = "xxxxxxxxxxx(xxxxxxxx[x(é)xxxxxxxxxxxxxxxxx[";
        let b = t.as_bytes();
        for from in 0..=b.len() + 1 {
            for to in [0, 5, 12, 30, b.len(), b.len() + 1] {
                let naive = (to <= b.len())
                    .then(|| (from..to).find(|&k| b[k] == b'(' || b[k] == b'['))
                    .flatten();
                assert_eq!(next_of_two(b, from, to, b'(', b'['), naive, "{from} {to}");
            }
        }
    }

    #[test]
    fn next_word_is_split_on_whitespace() {
        let t = "§1 d’Ivoire…\u{a0}ḁ。 x\u{2009}\u{3000}y\u{85}é z ";
        for pos in (0..=t.len() + 1).filter(|&p| p > t.len() || t.is_char_boundary(p)) {
            let rest = t.get(pos..).unwrap_or("").trim_start();
            let reference = rest.split(char::is_whitespace).next().unwrap_or("");
            assert_eq!(next_word(t, pos), reference, "{pos}");
        }
    }

    #[test]
    fn word_starts_as_chars_say() {
        let t = "a é1 (b) 2x ’y\u{a0}z§q";
        for pos in 0..=t.len() + 1 {
            let reference = t.is_char_boundary(pos)
                && !t[..pos]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            assert_eq!(at_word_start(t, pos), reference, "{pos}");
        }
    }

    #[test]
    fn phrases() {
        assert_eq!(phrase_at("LETTER DATED 1", 0, "letter dated"), Some(12));
        assert_eq!(phrase_at("Letters dated", 0, "letter"), None);
        assert_eq!(find_phrase("the Annex to", "annex", 0), Some(4));
        assert_eq!(find_phrase("reannex", "annex", 0), None);
        assert_eq!(prev_word("a b  c", 5), "b");
        // A no-break space before the word (found by fuzzing: "D\0!\0\0\u{a0}\0…").
        assert_eq!(prev_word("x\u{a0}AM SEC", 6), "AM");
        assert_eq!(prev_word("\u{a0}\u{a0}b ", 5), "b");
        assert_eq!(next_word("a b  c", 3), "c");
    }

    #[test]
    fn find_str_finds_as_str_find() {
        let hay = "list* and ** Council*** \u{2020}x \u{2021} a†‡";
        for needle in [
            "*", "**", "***", "\u{2020}", "\u{2021}", "a†", "", "zz", "† ", hay,
        ] {
            for from in 0..=hay.len() {
                let Some(h) = hay.get(from..) else { continue };
                assert_eq!(
                    find_str(h, needle),
                    h.find(needle),
                    "{needle:?} from {from}"
                );
            }
        }
    }
}
