//! Letter case: capitalisation tests, Latin case mapping, and the function words that do not
//! start a title or name.

/// Whether the first char is uppercase.
pub fn is_capitalized(word: &str) -> bool {
    // An ASCII first byte is told without decoding a char.
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(|c| c.is_uppercase()),
    }
}

/// Whether the word is in capitals (at least two letters, none lowercase).
pub fn is_all_caps(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !word.chars().any(|c| c.is_lowercase())
}

/// Case mapping for the Latin script, hand-written rather than `char::to_lowercase` and
/// `to_uppercase`: what the parser changes the case of is its own English vocabulary, the
/// gazetteer's names ("Côte d’Ivoire", "Türkiye", "São Tomé and Príncipe") and words of the
/// masthead, and std's conversion tables for all of Unicode are large in the WebAssembly
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

/// Words that open a sentence: where a heading or a title ends and the text begins.
pub const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "We",
    "I",
    "In",
    "On",
    "At",
    "As",
    "By",
    "Following",
    "Further",
    "Pursuant",
    "Upon",
    "It",
    "This",
    "Since",
    "Having",
    "Recalling",
    "Reaffirming",
    "Noting",
    "Over",
    "During",
    "Today",
    "Our",
];

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
    "among",
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

/// Whether two words differ by exactly one inserted, deleted or replaced letter, as a typist or
/// a scanner leaves them ("iem" for "item", "COUWCIL" for "COUNCIL").
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    // Words far apart in length are not compared letter by letter.
    if a.len().abs_diff(b.len()) > 4 {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return one_apart(a.as_bytes(), b.as_bytes());
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let (short, long) = if la <= lb { (a, b) } else { (b, a) };
    match la.abs_diff(lb) {
        0 => a.chars().zip(b.chars()).filter(|(x, y)| x != y).count() == 1,
        // Dropping the first letter that differs is as good as dropping any other.
        1 => {
            let p = short
                .chars()
                .zip(long.chars())
                .take_while(|(x, y)| x == y)
                .count();
            long.chars().skip(p + 1).eq(short.chars().skip(p))
        }
        _ => false,
    }
}

/// [`one_edit_apart`] of ASCII words, on their bytes.
fn one_apart(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => a.iter().zip(b).filter(|(x, y)| x != y).count() == 1,
        // Dropping the first letter that differs is as good as dropping any other.
        1 => {
            let p = short.iter().zip(long).take_while(|(x, y)| x == y).count();
            long[p + 1..] == short[p..]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalized_as_std_says() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(
                is_capitalized(c.encode_utf8(&mut buf)),
                c.is_uppercase(),
                "{c:?}"
            );
        }
        assert!(!is_capitalized(""));
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
    fn one_edit_as_any_deletion_says() {
        // The definition: one letter replaced, or one dropped anywhere from the longer word.
        fn by_definition(a: &str, b: &str) -> bool {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let (s, l) = if a.len() <= b.len() {
                (&a, &b)
            } else {
                (&b, &a)
            };
            match l.len() - s.len() {
                0 => a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1,
                1 => (0..l.len()).any(|i| l[..i] == s[..i] && l[i + 1..] == s[i..]),
                _ => false,
            }
        }
        let words = [
            "",
            "a",
            "item",
            "iem",
            "items",
            "aab",
            "ab",
            "abb",
            "chargé",
            "charge",
            "chargés",
            "chargi",
            "génénal",
            "général",
            "généra",
            "égal",
            "gal",
            "COUWCIL",
            "COUNCIL",
        ];
        for a in words {
            for b in words {
                let near = a.len().abs_diff(b.len()) <= 4 && by_definition(a, b);
                assert_eq!(one_edit_apart(a, b), near, "{a} {b}");
            }
        }
    }
}
