//! Strings joined without `core::fmt`: the module's few numbers and concatenations, which
//! `format!` would make the module carry the formatting machinery for (`lib.rs`).

use alloc::string::String;

/// The pieces one after another.
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts {
        out.push_str(p);
    }
    out
}

/// `n` in decimal, `-` before a negative.
pub fn int(n: i64) -> String {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        digits[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(21);
    if n < 0 {
        out.push('-');
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
    out
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
    fn cat_joins() {
        assert_eq!(cat(&["a", "", "bc"]), "abc");
    }
}
