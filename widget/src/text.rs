//! Strings joined without `core::fmt`: the module's few numbers and concatenations, which
//! `format!` would make the module carry the formatting machinery for (`lib.rs`).

use alloc::string::String;
use core::num::NonZeroU64;

/// The pieces one after another.
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts {
        out.push_str(p);
    }
    out
}

/// `n` in decimal, `-` before a negative. Digits from the highest power of ten down: no
/// buffer indexed, so no bounds check and its panic path.
pub fn int(n: i64) -> String {
    let m = n.unsigned_abs();
    let mut out = String::with_capacity(21);
    if n < 0 {
        out.push('-');
    }
    let mut power = NonZeroU64::MIN;
    while m / power >= 10 {
        power = power.saturating_mul(TEN);
    }
    loop {
        out.push(char::from(b'0' + (m / power % 10) as u8));
        match NonZeroU64::new(power.get() / 10) {
            Some(p) => power = p,
            None => return out,
        }
    }
}

const TEN: NonZeroU64 = NonZeroU64::new(10).unwrap();

/// `s` as a `u32` in decimal, as `str::parse::<u32>` reads it (an optional `+`, digits, no
/// overflow): core's reader is generic over radixes and its error kinds.
pub fn number(s: &str) -> Option<u32> {
    let digits = s.strip_prefix('+').unwrap_or(s);
    if digits.is_empty() {
        return None;
    }
    let mut n: u32 = 0;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
    }
    Some(n)
}

/// The pieces of `s` between the ASCII bytes `sep`, as `str::split` with that `char`: one
/// searcher for every separator, where a `char` pattern brings core's with its panic paths.
pub fn parts(s: &str, sep: u8) -> Parts<'_> {
    Parts { rest: Some(s), sep }
}

/// The iterator of [`parts`].
pub struct Parts<'a> {
    rest: Option<&'a str>,
    sep: u8,
}

impl<'a> Iterator for Parts<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.bytes().position(|b| b == self.sep) {
            Some(i) => {
                self.rest = rest.get(i + 1..);
                rest.get(..i)
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// `s` before and after its first ASCII byte `sep`, as `str::split_once`.
pub fn cut(s: &str, sep: u8) -> Option<(&str, &str)> {
    let i = s.bytes().position(|b| b == sep)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// `s` without the ASCII bytes `b` it starts with, as `str::trim_start_matches`.
pub fn skip(s: &str, b: u8) -> &str {
    let n = s.bytes().take_while(|&c| c == b).count();
    s.get(n..).unwrap_or_default()
}

/// `s` without the whitespace it starts and ends with, as `str::trim`: one forward pass, where
/// core's two-ended search brings a reverse UTF-8 decoder and Unicode's whitespace table.
pub fn trim(s: &str) -> &str {
    let mut from = None;
    let mut to = 0;
    for (i, c) in s.char_indices() {
        if !white(c) {
            from.get_or_insert(i);
            to = i + c.len_utf8();
        }
    }
    from.and_then(|f| s.get(f..to)).unwrap_or_default()
}

/// Unicode's White_Space, as `char::is_whitespace` reads it.
fn white(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Whether `n` is a whole number (`f64::fract` is std's, not core's).
pub fn whole(n: f64) -> bool {
    // From 2^52 on every f64 is whole; below, a round trip through i64 is exact.
    n.is_finite() && (n.abs() >= 4_503_599_627_370_496.0 || n == (n as i64) as f64)
}

/// `n` rounded half away from zero, as `f64::round` (std's, not core's) then `as i64`.
pub fn round(n: f64) -> i64 {
    let t = n as i64;
    let d = n - t as f64;
    if d >= 0.5 {
        t.saturating_add(1)
    } else if d <= -0.5 {
        t.saturating_sub(1)
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn int_is_display() {
        for n in [
            0,
            1,
            9,
            10,
            42,
            -1,
            -10,
            1234567890,
            i64::MAX,
            i64::MIN,
            u32::MAX as i64,
        ] {
            assert_eq!(int(n), n.to_string());
        }
    }

    #[test]
    fn whole_and_round_are_std_s() {
        let xs = [
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.5,
            2.5,
            -2.5,
            0.49999999999999994,
            3.7,
            -3.7,
            1e15 + 0.5,
            4503599627370497.0,
            1e20,
            -1e20,
            9.3e18,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            f64::MAX,
            f64::MIN_POSITIVE,
            123.0,
            4294967295.0,
        ];
        for x in xs {
            assert_eq!(whole(x), x.fract() == 0.0, "{x}");
            assert_eq!(round(x), x.round() as i64, "{x}");
        }
    }

    #[test]
    fn parts_cut_and_skip_are_std_s() {
        for s in ["", "a", "&", "a&b", "&a&&b&", "é&ü=x", "==", "#a=b&c"] {
            for sep in [b'&', b'=', b'#'] {
                let c = char::from(sep);
                assert_eq!(
                    parts(s, sep).collect::<Vec<_>>(),
                    s.split(c).collect::<Vec<_>>()
                );
                assert_eq!(cut(s, sep), s.split_once(c));
                assert_eq!(skip(s, sep), s.trim_start_matches(c));
            }
        }
    }

    #[test]
    fn number_is_parse() {
        for s in [
            "",
            "0",
            "7",
            "+7",
            "-7",
            "++7",
            "+",
            "007",
            "4294967295",
            "4294967296",
            "1e3",
            " 1",
            "1 ",
            "٣",
        ] {
            assert_eq!(number(s), s.parse::<u32>().ok(), "{s}");
        }
    }

    #[test]
    fn trim_is_std_s() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(white(c), c.is_whitespace(), "{c:?}");
            for s in [
                format!(" {c}a{c}\u{a0}"),
                format!("{c}{c}"),
                format!("x{c}"),
            ] {
                assert_eq!(trim(&s), s.trim(), "{s:?}");
            }
        }
        for s in [
            "",
            " ",
            "a",
            " a ",
            "\u{a0}a b\u{3000}",
            "\n\u{2028}",
            "é ",
            " \u{85}x\u{85} ",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn cat_joins() {
        assert_eq!(cat(&["a", "", "bc"]), "abc");
    }
}
