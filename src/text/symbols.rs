//! UN document symbols ("A/64/842", "S/PRST/2010/9") and footnote markers glued to a word.

use super::one_of;
use super::slice;

/// Symbol series that start UN document symbols.
const SYMBOL_BODIES: &[&str] = &[
    "A", "S", "E", "ST", "CRC", "CCPR", "CERD", "CEDAW", "CAT", "CRPD", "CMW", "CED", "DP", "UNEP",
    "TD", "CD", "APLC", "BWC", "NPT", "FCCC", "UNW", "ICEF", "JIU", "SPLOS", "ISBA", "ITLOS",
    "ECE", "ESCAP", "ECLAC", "ECA", "ESCWA", "IDB", "PBC", "HRC", "DPI", "T", "CTBT",
];

/// The longest of [`SYMBOL_BODIES`].
const SYMBOL_BODY_MAX: usize = 5;

/// Where the '/' after a symbol body would stand in `s`: only the first bytes are searched, as
/// no body is longer than [`SYMBOL_BODY_MAX`], so a long paragraph is not searched from every
/// capitalized word.
fn body_slash(s: &str) -> Option<usize> {
    let head = &s.as_bytes()[..s.len().min(SYMBOL_BODY_MAX + 1)];
    head.iter().position(|&b| b == b'/')
}

fn starts_symbol_body(s: &str) -> bool {
    body_slash(s).is_some_and(|k| one_of(SYMBOL_BODIES, &s[..k]))
}

/// Reads a UN document symbol starting at `pos` ("A/64/842", "S/PRST/2010/9", "E/CN.4/2005/1")
/// and returns its end. A symbol glued to a second one ("A/62/667S/2008/55") ends where the
/// second begins.
pub fn symbol_at(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let body_len = body_slash(rest)?;
    let body = &rest[..body_len];
    if !one_of(SYMBOL_BODIES, body) {
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
                && one_of(SYMBOL_BODIES, tail)
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

/// The organ whose document a symbol is, by its series: "A/HRC/…" the Human Rights Council,
/// "A/C.3/…" the Third Committee, "S/…" the Security Council. `None` for a series of another body.
pub fn organ_of_symbol(symbol: &str) -> Option<&'static str> {
    const SERIES: [(&str, &str); 13] = [
        ("A/HRC/", "Human Rights Council"),
        ("A/C.1/", "First Committee"),
        ("A/C.2/", "Second Committee"),
        ("A/C.3/", "Third Committee"),
        ("A/C.4/", "Fourth Committee"),
        ("A/C.5/", "Fifth Committee"),
        ("A/C.6/", "Sixth Committee"),
        ("A/", "General Assembly"),
        ("S/", "Security Council"),
        ("E/CN.4/", "Commission on Human Rights"),
        ("E/", "Economic and Social Council"),
        ("T/", "Trusteeship Council"),
        ("ST/", "Secretariat"),
    ];
    SERIES
        .iter()
        .find(|(prefix, _)| symbol.starts_with(prefix))
        .map(|(_, organ)| *organ)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn organs_by_series() {
        assert_eq!(organ_of_symbol("A/HRC/1/6"), Some("Human Rights Council"));
        assert_eq!(organ_of_symbol("A/64/842"), Some("General Assembly"));
        assert_eq!(organ_of_symbol("S/2010/331"), Some("Security Council"));
        assert_eq!(
            organ_of_symbol("E/CN.4/2005/1"),
            Some("Commission on Human Rights")
        );
        assert_eq!(organ_of_symbol("CCPR/C/1"), None);
    }

    #[test]
    fn symbol_bodies_fit_the_bounded_search() {
        let longest = SYMBOL_BODIES.iter().map(|b| b.len()).max();
        assert_eq!(longest, Some(SYMBOL_BODY_MAX));
    }
}
