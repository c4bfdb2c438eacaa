//! Byte offsets to UTF-16 offsets: the model counts UTF-16 units, for JavaScript.

use super::slice;

/// The length of `s` in UTF-16 code units, counted on its bytes: one unit per character (every
/// byte that is not a continuation byte) and one more per character beyond U+FFFF (lead byte
/// F0–F4). The same count as `encode_utf16().count()`, without decoding a character.
pub fn utf16_len(s: &str) -> usize {
    // Most stretches between two spans are ASCII, told a word at a time.
    if s.is_ascii() {
        return s.len();
    }
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

/// Byte offsets of UTF-16 offsets in one text, read forward (spans come in order).
pub struct ByteMap<'a> {
    text: &'a str,
    byte: usize,
    unit: u32,
}

impl<'a> ByteMap<'a> {
    pub fn new(text: &'a str) -> Self {
        ByteMap {
            text,
            byte: 0,
            unit: 0,
        }
    }

    /// The byte offset of UTF-16 offset `unit`; `None` inside a character or past the end.
    pub fn byte(&mut self, unit: u32) -> Option<usize> {
        if unit < self.unit {
            self.byte = 0;
            self.unit = 0;
        }
        for c in self.text.get(self.byte..)?.chars() {
            if self.unit >= unit {
                break;
            }
            self.unit += c.len_utf16() as u32;
            self.byte += c.len_utf8();
        }
        (self.unit == unit).then_some(self.byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn byte_offsets_of_utf16_offsets_undo_utf16_offset() {
        let t = "Côte d’Ivoire 😀 x";
        let mut m = ByteMap::new(t);
        for (b, _) in t.char_indices().chain([(t.len(), ' ')]) {
            assert_eq!(m.byte(utf16_offset(t, b)), Some(b));
        }
        // Inside the surrogate pair, past the end, and back to the start.
        assert_eq!(m.byte(15), None);
        assert_eq!(m.byte(99), None);
        assert_eq!(m.byte(0), Some(0));
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
