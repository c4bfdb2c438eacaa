//! Small scanners over text: words, case-insensitive phrases, dates, ordinals, UN symbols.
//!
//! These are hand-written rather than built on the `regex` crate: undoc ships as a
//! WebAssembly module with a size budget, and `regex` alone would take most of it. Every
//! function works on byte offsets that lie on char boundaries and never slices out of range
//! (see [`slice`]).

/// `text[a..b]`, or `""` where that is not a valid range on char boundaries.
pub fn slice(text: &str, a: usize, b: usize) -> &str {
    text.get(a..b).unwrap_or("")
}

/// A whitespace-separated word: `start..end` in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        slice(text, self.start, self.end)
    }
}

/// Splits `text` on Unicode whitespace.
pub fn words(text: &str) -> Vec<Word> {
    words_iter(text).collect()
}

/// The words of `text`, lazily: for callers that look at the first few words of a long text
/// (collecting every word of the rest of a 10 MB document per call made parsing quadratic).
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
    let bytes = text.as_bytes();
    let end = to.min(bytes.len());
    let mut i = from;
    while i < end {
        if bytes[i].to_ascii_lowercase() == first
            && at_word_start(text, i)
            && phrase_at(text, i, phrase).is_some()
        {
            return Some(i);
        }
        i += 1;
    }
    None
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

/// Whether `pos` starts a word: a char boundary not preceded by a letter or digit.
pub fn at_word_start(text: &str, pos: usize) -> bool {
    text.is_char_boundary(pos)
        && !text[..pos]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
}

/// Skips spaces from `pos`.
pub fn skip_spaces(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    pos + (rest.len() - rest.trim_start().len())
}

/// The previous word (its text) before `pos`, skipping spaces.
pub fn prev_word(text: &str, pos: usize) -> &str {
    let before = text.get(..pos).unwrap_or("").trim_end();
    match before.rfind(char::is_whitespace) {
        Some(i) => &before[i + 1..],
        None => before,
    }
}

/// The next word (its text) from `pos`, skipping spaces.
pub fn next_word(text: &str, pos: usize) -> &str {
    let rest = text.get(pos..).unwrap_or("").trim_start();
    match rest.find(char::is_whitespace) {
        Some(i) => &rest[..i],
        None => rest,
    }
}

/// Whether the first char is uppercase.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether the word is in capitals (at least two letters, none lowercase).
pub fn is_all_caps(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !word.chars().any(|c| c.is_lowercase())
}

/// Case mapping for the Latin script, hand-written rather than `char::to_lowercase` and
/// `to_uppercase`: what the parser changes the case of is its own English vocabulary, the
/// gazetteer's names ("Côte d’Ivoire", "Türkiye", "São Tomé and Príncipe") and words of the
/// masthead, and std's conversion tables for all of Unicode are some 20 KB of the WebAssembly
/// module. These give std's result for ASCII, Latin-1 Supplement and Latin Extended-A
/// (U+0000–U+017F) and the Romanian "Ș", "Ț" with comma below (U+0218–U+021B: "Chișinău"), and
/// for the few characters elsewhere whose std mapping lands entirely in that range (KELVIN SIGN,
/// ANGSTROM SIGN and capital sharp S in lower case; the Latin ligatures "ﬁ", "ﬀ" … in upper
/// case); every other character stays as it is. `tests::latin_case` holds them to std over every
/// character.
pub fn push_lower(out: &mut String, c: char) {
    let n = u32::from(c);
    let lower = match n {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => n + 0x20,
        // "İ": "i" and a combining dot above, as std.
        0x130 => {
            out.push_str("i\u{307}");
            return;
        }
        0x100..=0x137 | 0x14a..=0x177 if n % 2 == 0 => n + 1,
        0x139..=0x148 | 0x179..=0x17e if n % 2 == 1 => n + 1,
        0x178 => 0xff,
        0x218 | 0x21a => n + 1,
        0x1e9e => 0xdf,
        0x212a => 0x6b,
        0x212b => 0xe5,
        _ => n,
    };
    out.push(char::from_u32(lower).unwrap_or(c));
}

/// The upper case of `c` onto `out`, as `char::to_uppercase`; see [`push_lower`].
pub fn push_upper(out: &mut String, c: char) {
    let n = u32::from(c);
    let upper = match n {
        0x61..=0x7a | 0xe0..=0xf6 | 0xf8..=0xfe => n - 0x20,
        0xb5 => 0x39c,
        0xff => 0x178,
        0x131 => 0x49,
        0x17f => 0x53,
        0x219 | 0x21b => n - 1,
        0x101..=0x137 | 0x14b..=0x177 if n % 2 == 1 => n - 1,
        0x13a..=0x148 | 0x17a..=0x17e if n % 2 == 0 => n - 1,
        _ => {
            let expanded = match n {
                0xdf => "SS",
                0x149 => "\u{2bc}N",
                0xfb00 => "FF",
                0xfb01 => "FI",
                0xfb02 => "FL",
                0xfb03 => "FFI",
                0xfb04 => "FFL",
                0xfb05 | 0xfb06 => "ST",
                _ => {
                    out.push(c);
                    return;
                }
            };
            out.push_str(expanded);
            return;
        }
    };
    out.push(char::from_u32(upper).unwrap_or(c));
}

/// The characters [`push_lower`] and [`push_upper`] map as std does (for tests).
#[cfg(test)]
pub(crate) fn is_latin(c: char) -> bool {
    u32::from(c) < 0x180 || ('\u{218}'..='\u{21b}').contains(&c)
}

/// `s` in lower case by [`push_lower`]: `str::to_lowercase` for Latin text.
pub fn latin_lowercase(s: &str) -> String {
    // Most words are ASCII: lowered a byte at a time, with no character decoded.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_lower(&mut out, c);
    }
    out
}

/// `s` with its first character in upper case by [`push_upper`].
pub fn latin_upper_first(s: &str) -> String {
    let mut chars = s.chars();
    let mut out = String::with_capacity(s.len() + 2);
    if let Some(f) = chars.next() {
        push_upper(&mut out, f);
    }
    out.push_str(chars.as_str());
    out
}

/// Lowercase words that do not start a title or name.
pub const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "within",
    "its",
    "their",
    "between",
    "against",
    "under",
    "over",
    "upon",
    "towards",
    "toward",
    "concerning",
    "regarding",
    "&",
];

pub fn is_function_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
    FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches([',', '.']);
    // "May" to "September": most words are passed over by their length alone.
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(w))
        .map(|i| i as u32 + 1)
}

fn parse_num(word: &str, max_len: usize) -> Option<u32> {
    if word.is_empty() || word.len() > max_len || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok()
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The text before the first ' ' of `s`, and the text after it; `None` without a ' '.
fn split_at_space(s: &str) -> Option<(&str, &str)> {
    let k = s.bytes().position(|b| b == b' ')?;
    // An ASCII byte is a char boundary.
    Some((s.get(..k)?, s.get(k + 1..)?))
}

/// A date found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    pub start: usize,
    pub end: usize,
    /// `YYYY-MM-DD`.
    pub iso: String,
}

/// Reads a date starting exactly at `pos`: "30 September 2009", "24 SEPTEMBER 1996",
/// "September 30, 2009".
pub fn date_at(text: &str, pos: usize) -> Option<DateMatch> {
    let rest = text.get(pos..)?;
    // The words are read one at a time, each checked before the next is looked for: most
    // places where a date is looked for hold none, and splitting off three words there first
    // was most of the time spent on dates.
    let (a, rest) = split_at_space(rest)?;
    let (day, month, b, rest) = if let Some(day) = parse_num(a, 2) {
        let (b, rest) = split_at_space(rest)?;
        (day, month_number(b).filter(|_| !b.ends_with('.'))?, b, rest)
    } else {
        let month = month_number(a).filter(|_| !a.ends_with([',', '.']))?;
        let (b, rest) = split_at_space(rest)?;
        let day = parse_num(b.strip_suffix(',')?, 2)?;
        (day, month, b, rest)
    };
    let year_word = split_at_space(rest).map_or(rest, |(c, _)| c);
    let digits = year_word.trim_end_matches(|ch: char| !ch.is_ascii_digit());
    let year = parse_num(digits, 4).filter(|_| digits.len() == 4)?;
    if !(1900..=2100).contains(&year) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let end = pos + a.len() + 1 + b.len() + 1 + digits.len();
    Some(DateMatch {
        start: pos,
        end,
        iso: format!("{year:04}-{month:02}-{day:02}"),
    })
}

/// Every date in `text`, in order.
pub fn find_dates(text: &str) -> Vec<DateMatch> {
    find_dates_in(text, words_iter(text))
}

/// [`find_dates`] given the words of `text` (all of them, in order): a caller that looks at
/// every word for something else too reads the text once.
pub fn find_dates_in(text: &str, words: impl Iterator<Item = Word>) -> Vec<DateMatch> {
    let mut out = Vec::new();
    let mut last_end = 0;
    for w in words {
        if w.start < last_end {
            continue;
        }
        // "(1 OCTOBER 1999)": a date may open with a parenthesis.
        let start = if text[w.start..].starts_with('(') {
            w.start + 1
        } else {
            w.start
        };
        // A date opens with its day (a digit) or its month, and every month starts with one of
        // these letters: other words are passed over without reading three words ahead.
        let opens = text.as_bytes().get(start).is_some_and(|b| {
            b.is_ascii_digit()
                || matches!(
                    b.to_ascii_lowercase(),
                    b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
                )
        });
        if !opens {
            continue;
        }
        if let Some(d) = date_at(text, start) {
            last_end = d.end;
            out.push(d);
        }
    }
    out
}

const UNITS: [(&str, &str, u32); 9] = [
    ("one", "first", 1),
    ("two", "second", 2),
    ("three", "third", 3),
    ("four", "fourth", 4),
    ("five", "fifth", 5),
    ("six", "sixth", 6),
    ("seven", "seventh", 7),
    ("eight", "eighth", 8),
    ("nine", "ninth", 9),
];
const TEENS: [(&str, &str, u32); 10] = [
    ("ten", "tenth", 10),
    ("eleven", "eleventh", 11),
    ("twelve", "twelfth", 12),
    ("thirteen", "thirteenth", 13),
    ("fourteen", "fourteenth", 14),
    ("fifteen", "fifteenth", 15),
    ("sixteen", "sixteenth", 16),
    ("seventeen", "seventeenth", 17),
    ("eighteen", "eighteenth", 18),
    ("nineteen", "nineteenth", 19),
];
const TENS: [(&str, &str, u32); 8] = [
    ("twenty", "twentieth", 20),
    ("thirty", "thirtieth", 30),
    ("forty", "fortieth", 40),
    ("fifty", "fiftieth", 50),
    ("sixty", "sixtieth", 60),
    ("seventy", "seventieth", 70),
    ("eighty", "eightieth", 80),
    ("ninety", "ninetieth", 90),
];

/// A number word: (cardinal value, is ordinal).
fn number_word(w: &str) -> Option<(u32, bool)> {
    let w = w.to_ascii_lowercase();
    for table in [&UNITS[..], &TEENS[..], &TENS[..]] {
        for (card, ord, n) in table {
            if w == *card {
                return Some((*n, false));
            }
            if w == *ord {
                return Some((*n, true));
            }
        }
    }
    match w.as_str() {
        "hundred" => Some((100, false)),
        "hundredth" => Some((100, true)),
        _ => None,
    }
}

/// Reads an English ordinal at `pos` — "Sixty-fourth", "fifty sixth", "Tenth",
/// "one hundred and sixth", "80th" — and returns its value and end offset.
pub fn ordinal_at(text: &str, pos: usize) -> Option<(u32, usize)> {
    let rest = text.get(pos..)?;
    // Numeric ordinals: 64th, 1st, 22nd, 3rd.
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() && digits.len() <= 3 {
        let after = &rest[digits.len()..];
        for suf in ["st", "nd", "rd", "th"] {
            if let Some(end) = phrase_at(after, 0, suf) {
                return Some((digits.parse().ok()?, pos + digits.len() + end));
            }
        }
        return None;
    }
    let mut value = 0u32;
    let mut pending = 0u32; // the part below one hundred
    let mut i = 0usize; // bytes consumed in `rest`
    let mut last_end = None;
    let mut tokens = 0;
    while tokens < 6 {
        let tail = &rest[i..];
        let len = tail
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(tail.len());
        if len == 0 {
            break;
        }
        let token = &tail[..len];
        if token.eq_ignore_ascii_case("and") && value > 0 {
            i += len;
        } else {
            let (n, ord) = number_word(token)?;
            tokens += 1;
            if n == 100 {
                value += pending.max(1) * 100;
                pending = 0;
            } else {
                pending += n;
            }
            i += len;
            if ord {
                last_end = Some((value + pending, pos + i));
                break;
            }
        }
        // Separators inside a number: "sixty-fourth", "fifty sixth", "hundred and sixth".
        let sep = rest[i..].chars().next();
        match sep {
            Some('-') | Some(' ') => i += 1,
            _ => break,
        }
    }
    last_end
}

/// Symbol series that start UN document symbols.
const SYMBOL_BODIES: &[&str] = &[
    "A", "S", "E", "ST", "CRC", "CCPR", "CERD", "CEDAW", "CAT", "CRPD", "CMW", "CED", "DP", "UNEP",
    "TD", "CD", "APLC", "BWC", "NPT", "FCCC", "UNW", "ICEF", "JIU", "SPLOS", "ISBA", "ITLOS",
    "ECE", "ESCAP", "ECLAC", "ECA", "ESCWA", "IDB", "PBC", "HRC", "DPI", "T", "CTBT",
];

/// The longest of [`SYMBOL_BODIES`].
const SYMBOL_BODY_MAX: usize = 5;

/// Where the '/' after a symbol body would stand in `s`: only the first bytes are searched, as
/// no body is longer than [`SYMBOL_BODY_MAX`] (searching to the next '/' anywhere in the text,
/// from every capitalized word, was quadratic in a long paragraph).
fn body_slash(s: &str) -> Option<usize> {
    let head = &s.as_bytes()[..s.len().min(SYMBOL_BODY_MAX + 1)];
    head.iter().position(|&b| b == b'/')
}

fn starts_symbol_body(s: &str) -> bool {
    body_slash(s).is_some_and(|k| SYMBOL_BODIES.contains(&&s[..k]))
}

/// Reads a UN document symbol starting at `pos` ("A/64/842", "S/PRST/2010/9", "E/CN.4/2005/1")
/// and returns its end. A symbol glued to a second one ("A/62/667S/2008/55") ends where the
/// second begins.
pub fn symbol_at(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let body_len = body_slash(rest)?;
    let body = &rest[..body_len];
    if !SYMBOL_BODIES.contains(&body) {
        return None;
    }
    let bytes = rest.as_bytes();
    let mut i = body_len;
    let mut has_digit = false;
    // Segments: "/" followed by [A-Za-z0-9.-]+.
    while i < bytes.len() && bytes[i] == b'/' {
        let seg_start = i + 1;
        let mut j = seg_start;
        let mut joined = false;
        while j < bytes.len()
            && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'.' || bytes[j] == b'-')
        {
            // "A/64/842-S/2010/331": a dash followed by another symbol ends this one.
            if bytes[j] == b'-' && starts_symbol_body(&rest[j + 1..]) {
                joined = true;
                break;
            }
            j += 1;
        }
        if j == seg_start || !bytes[seg_start].is_ascii_alphanumeric() {
            break;
        }
        // Glued symbols: "667S/2008": digits then a symbol body then '/'.
        let seg = &rest[seg_start..j];
        if let Some(k) = seg.find(|c: char| c.is_ascii_uppercase()) {
            let (num, tail) = seg.split_at(k);
            if !num.is_empty()
                && num.bytes().all(|b| b.is_ascii_digit())
                && SYMBOL_BODIES.contains(&tail)
                && bytes.get(j) == Some(&b'/')
            {
                has_digit = true;
                i = seg_start + k;
                break;
            }
        }
        has_digit |= seg.bytes().any(|b| b.is_ascii_digit());
        i = j;
        if joined {
            break;
        }
    }
    // Trailing punctuation belongs to the sentence.
    while i > body_len && matches!(bytes[i - 1], b'.' | b'-') {
        i -= 1;
    }
    if !has_digit || i <= body_len + 1 {
        return None;
    }
    // The symbol must end at a word boundary.
    if rest[i..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() && !c.is_ascii_uppercase())
    {
        return None;
    }
    Some(pos + i)
}

/// The length of a footnote marker glued at `pos` — "*", "**", or one or two digits — when a
/// space or the end follows it.
pub fn glued_marker_len(text: &str, pos: usize) -> usize {
    let rest = slice(text, pos, text.len());
    let stars = rest.bytes().take_while(|&b| b == b'*').count();
    let digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
    let n = if stars > 0 {
        stars
    } else if digits <= 2 {
        digits
    } else {
        0
    };
    if n > 0 && (rest.len() == n || rest.as_bytes()[n] == b' ') {
        n
    } else {
        0
    }
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

/// The length of `s` in UTF-16 code units, counted on its bytes: one unit per character (every
/// byte that is not a continuation byte) and one more per character beyond U+FFFF (lead byte
/// F0–F4). The same count as `encode_utf16().count()`, which decoded every character; a loop
/// over bytes without branches is several times faster.
pub fn utf16_len(s: &str) -> usize {
    s.bytes()
        .map(|b| usize::from(b & 0xc0 != 0x80) + usize::from(b >= 0xf0))
        .sum()
}

/// Byte offset to UTF-16 offset within `text`.
pub fn utf16_offset(text: &str, byte: usize) -> u32 {
    let prefix = text.get(..byte).unwrap_or(text);
    utf16_len(prefix) as u32
}

/// Converts byte offsets to UTF-16 offsets for a sorted list of positions in one pass.
pub struct Utf16Map<'a> {
    text: &'a str,
    byte: usize,
    units: u32,
}

impl<'a> Utf16Map<'a> {
    pub fn new(text: &'a str) -> Self {
        Utf16Map {
            text,
            byte: 0,
            units: 0,
        }
    }

    /// UTF-16 offset of `byte`; cheap when called with non-decreasing offsets.
    pub fn at(&mut self, byte: usize) -> u32 {
        if byte < self.byte {
            self.byte = 0;
            self.units = 0;
        }
        let seg = slice(self.text, self.byte, byte.min(self.text.len()));
        self.units += utf16_len(seg) as u32;
        self.byte += seg.len();
        self.units
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            date_at("30 September 2009 x", 0).map(|d| d.iso),
            Some("2009-09-30".into())
        );
        assert_eq!(
            date_at("24 SEPTEMBER 1996", 0).map(|d| d.iso),
            Some("1996-09-24".into())
        );
        assert_eq!(
            date_at("September 30, 2009", 0).map(|d| (d.iso, d.end)),
            Some(("2009-09-30".into(), 18))
        );
        assert_eq!(date_at("31 February 2009", 0), None);
        assert_eq!(date_at("2009.", 0), None);
        let ds = find_dates("on 1 June 2010 (S/PRST/2010/9) and 2 June 2010.");
        assert_eq!(ds.len(), 2);
        assert_eq!(ds[1].iso, "2010-06-02");
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal_at("Sixty-fourth session", 0), Some((64, 12)));
        assert_eq!(ordinal_at("fifty sixth session", 0), Some((56, 11)));
        assert_eq!(ordinal_at("Tenth emergency", 0).map(|o| o.0), Some(10));
        assert_eq!(
            ordinal_at("one hundred and sixth regular", 0).map(|o| o.0),
            Some(106)
        );
        assert_eq!(ordinal_at("SEVENTY-FOURTH", 0).map(|o| o.0), Some(74));
        assert_eq!(ordinal_at("80th session", 0), Some((80, 4)));
        assert_eq!(ordinal_at("sixty session", 0), None);
        assert_eq!(ordinal_at("Seventy-fifth year", 0).map(|o| o.0), Some(75));
    }

    #[test]
    fn symbols() {
        let s = "A/64/842-S/2010/331 and S/PRST/2010/9. A/HRC/RES/14/1 E/CN.4/2005/1, A/62/667S/2008/55";
        assert_eq!(&s[..symbol_at(s, 0).unwrap()], "A/64/842");
        let p = s.find("S/2010/331").unwrap();
        assert_eq!(&s[p..symbol_at(s, p).unwrap()], "S/2010/331");
        let p = s.find("S/PRST").unwrap();
        assert_eq!(&s[p..symbol_at(s, p).unwrap()], "S/PRST/2010/9");
        let p = s.find("A/HRC").unwrap();
        assert_eq!(&s[p..symbol_at(s, p).unwrap()], "A/HRC/RES/14/1");
        let p = s.find("E/CN").unwrap();
        assert_eq!(&s[p..symbol_at(s, p).unwrap()], "E/CN.4/2005/1");
        let p = s.find("A/62").unwrap();
        assert_eq!(&s[p..symbol_at(s, p).unwrap()], "A/62/667");
        assert_eq!(symbol_at("and/or", 0), None);
        assert_eq!(symbol_at("A/B", 0), None);
    }

    #[test]
    fn symbol_bodies_fit_the_bounded_search() {
        let longest = SYMBOL_BODIES.iter().map(|b| b.len()).max();
        assert_eq!(longest, Some(SYMBOL_BODY_MAX));
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
    fn phrases() {
        assert_eq!(phrase_at("LETTER DATED 1", 0, "letter dated"), Some(12));
        assert_eq!(phrase_at("Letters dated", 0, "letter"), None);
        assert_eq!(find_phrase("the Annex to", "annex", 0), Some(4));
        assert_eq!(find_phrase("reannex", "annex", 0), None);
        assert_eq!(prev_word("a b  c", 5), "b");
        assert_eq!(next_word("a b  c", 3), "c");
    }

    #[test]
    fn utf16_len_counts_as_encode_utf16() {
        for t in [
            "",
            "abc",
            "Côte d’Ivoire",
            "😀x😀",
            "\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}",
        ] {
            assert_eq!(utf16_len(t), t.encode_utf16().count(), "{t:?}");
        }
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

    #[test]
    fn latin_case() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let (mut lower, mut upper) = (String::new(), String::new());
            push_lower(&mut lower, c);
            push_upper(&mut upper, c);
            let std_lower: String = c.to_lowercase().collect();
            let std_upper: String = c.to_uppercase().collect();
            // Where std's result is Latin, or the character is, the mapping is std's.
            if is_latin(c) || std_lower.chars().all(is_latin) {
                assert_eq!(lower, std_lower, "lower {c:?}");
            } else {
                assert_eq!(lower, c.to_string(), "lower {c:?}");
            }
            if is_latin(c) || std_upper.chars().all(is_latin) {
                assert_eq!(upper, std_upper, "upper {c:?}");
            } else {
                assert_eq!(upper, c.to_string(), "upper {c:?}");
            }
        }
        assert_eq!(
            latin_lowercase("CÔTE D’IVOIRE Türkiye"),
            "côte d’ivoire türkiye"
        );
        assert_eq!(latin_upper_first("ßa"), "SSa");
        assert_eq!(latin_upper_first(""), "");
    }

    #[test]
    fn utf16() {
        let t = "Côte d’Ivoire 😀 x";
        let x = t.find('x').unwrap();
        assert_eq!(utf16_offset(t, x), 17);
        let mut m = Utf16Map::new(t);
        assert_eq!(m.at(0), 0);
        assert_eq!(m.at(x), 17);
    }
}
