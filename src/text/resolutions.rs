//! Resolutions and decisions cited by number ("Security Council resolution 1701 (2006)",
//! "General Assembly resolutions 60/251 and 65/281", "decision 60/551 B"), read as the symbols
//! that undocs.org resolves ("S/RES/1701(2006)", "A/RES/60/251").

use super::words::{rfind_short, skip_spaces};

/// A number cited after "resolution(s)" or "decision(s)": its place and its symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    pub start: usize,
    pub end: usize,
    pub symbol: String,
}

/// Whose resolutions: the organ named in the few words before the keyword.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Organ {
    Unknown,
    Assembly,
    Council,
    HumanRights,
    Ecosoc,
    Commission,
}

fn organ_before(text: &str, keyword: usize) -> Organ {
    let from = super::reach_back(text, keyword, 48);
    let before = text.get(from..keyword).unwrap_or("");
    // The nearest name wins: "the General Assembly, recalling Security Council resolution …".
    let mut best = (0, Organ::Unknown);
    for (name, organ) in [
        ("General Assembly", Organ::Assembly),
        ("Security Council", Organ::Council),
        ("Human Rights Council", Organ::HumanRights),
        ("Economic and Social Council", Organ::Ecosoc),
        ("Commission on Human Rights", Organ::Commission),
    ] {
        if let Some(k) = rfind_short(before, name) {
            // "Human Rights Council" holds no "Security Council"; the longer name is found first.
            if k + name.len() >= best.0 {
                best = (k + name.len(), organ);
            }
        }
    }
    best.1
}

/// The length of the roman numeral at the start of `s` ("XXIX"), 0 if none.
fn roman_len(s: &str) -> usize {
    s.bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
        .count()
}

fn digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// One cited number at `pos`: "1701 (2006)", "60/251", "3237 (XXIX)", "1996/31", "ES-10/19",
/// with the symbol it is, given the organ and whether it is a decision.
fn cited_at(text: &str, pos: usize, organ: Organ, decision: bool) -> Option<Cited> {
    let rest = text.get(pos..)?;
    let (series, rest_num) = match rest.strip_prefix("ES-") {
        Some(r) => ("ES-", r),
        None => ("", rest),
    };
    let a = digits(rest_num);
    if a == 0 || a > 4 {
        return None;
    }
    let first = &rest_num[..a];
    let after = &rest_num[a..];
    let base = pos + series.len() + a;
    let kind = if decision { "DEC" } else { "RES" };
    // "N/M": a session and a number.
    if let Some(r) = after.strip_prefix('/') {
        let b = digits(r);
        if b == 0 || b > 4 || r[b..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '/') {
            return None;
        }
        let end = base + 1 + b;
        let number = &r[..b];
        let session: u32 = first.parse().ok()?;
        let symbol = match (organ, a) {
            (Organ::HumanRights, 1 | 2) => format!("A/HRC/{kind}/{first}/{number}"),
            (Organ::Ecosoc, 4) => format!("E/{kind}/{first}/{number}"),
            (Organ::Commission, 4) => format!("E/CN.4/{kind}/{first}/{number}"),
            // The Assembly numbers by session from its thirty-first (1976).
            (Organ::Assembly | Organ::Unknown, 1..=3) if session >= 31 || !series.is_empty() => {
                format!("A/{kind}/{series}{first}/{number}")
            }
            _ => return None,
        };
        return Some(Cited {
            start: pos,
            end,
            symbol,
        });
    }
    // "N (YEAR)" of the Security Council, "N (ROMAN)" of the Assembly before 1976.
    let open = after.strip_prefix(" (")?;
    let year = digits(open);
    if year == 4 && open[4..].starts_with(')') && !decision {
        if !matches!(organ, Organ::Council | Organ::Unknown) {
            return None;
        }
        let y = &open[..4];
        return Some(Cited {
            start: pos,
            end: base + 2 + 4 + 1,
            symbol: format!("S/RES/{first}({y})"),
        });
    }
    let r = roman_len(open);
    if r > 0 && open[r..].starts_with(')') && matches!(organ, Organ::Assembly | Organ::Unknown) {
        let roman = &open[..r];
        return Some(Cited {
            start: pos,
            end: base + 2 + r + 1,
            symbol: format!("A/{kind}/{first}({roman})"),
        });
    }
    None
}

/// The places of two words in a text, found in order; each word's next place is searched only
/// once the last is passed, so the text is read once for each word, however often they recur.
struct Keywords<'a> {
    text: &'a str,
    next: [Option<usize>; 2],
}

impl Keywords<'_> {
    /// The words, each with a rarer pair of its letters to look for first (and where it stands).
    const WORDS: [(&'static str, usize); 2] = [("esolution", 3), ("ecision", 1)];

    /// The first place at or after `from` where either word stands.
    fn next(&mut self, from: usize) -> Option<usize> {
        for ((w, at), next) in Self::WORDS.iter().zip(self.next.iter_mut()) {
            if next.is_some_and(|k| k < from) || (next.is_none() && from == 0) {
                *next = self
                    .text
                    .get(from..)
                    .and_then(|t| find_by_pair(t, w, *at))
                    .map(|k| k + from);
            }
        }
        self.next.iter().flatten().min().copied()
    }
}

/// `hay.find(word)` for an ASCII `word`, found by its two letters at `at`: eight bytes are
/// tested for the pair at a time, where a `memchr` of one letter stopped at every "u" or "c".
fn find_by_pair(hay: &str, word: &str, at: usize) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let (h, w) = (hay.as_bytes(), word.as_bytes());
    let (a, b) = (*w.get(at)?, *w.get(at + 1)?);
    let (wa, wb) = (u64::from_ne_bytes([a; 8]), u64::from_ne_bytes([b; 8]));
    // A zero byte of `x` sets its high bit here (others may be set too: then each is checked).
    let zeros = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let found =
        |q: usize| h[q] == a && h.get(q + 1) == Some(&b) && q >= at && h[q - at..].starts_with(w);
    // One load of eight bytes (the slices given have eight).
    let load = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
    let mut i = 0;
    // Eight places at a time: the pair's first letter at `i + j` and its second at `i + j + 1`
    // (lane `j` of the eight bytes after `i`, shifted down by one).
    while let Some(c) = h.get(i..i + 9) {
        let x = load(&c[..8]);
        let y = (x >> 8) | (u64::from(c[8]) << 56);
        if zeros(x ^ wa) & zeros(y ^ wb) != 0 {
            if let Some(q) = (i..i + 8).find(|&q| found(q)) {
                return Some(q - at);
            }
        }
        i += 8;
    }
    (i..h.len()).find(|&q| found(q)).map(|q| q - at)
}

/// Every resolution and decision cited by number in `text`, in order.
pub fn cited(text: &str) -> Vec<Cited> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut keywords = Keywords {
        text,
        next: [None; 2],
    };
    while let Some(k) = keywords.next(from) {
        from = k + 1;
        // The keyword's first letter, either case, at a word start.
        let Some(start) = k.checked_sub(1) else {
            continue;
        };
        if !matches!(text.as_bytes()[start], b'r' | b'R' | b'd' | b'D')
            || (start > 0 && text.as_bytes()[start - 1].is_ascii_alphanumeric())
        {
            continue;
        }
        let decision = matches!(text.as_bytes()[start], b'd' | b'D');
        let word_end = text[start..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .map_or(text.len(), |e| start + e);
        let word = &text[start..word_end];
        if !matches!(
            word.to_ascii_lowercase().as_str(),
            "resolution" | "resolutions" | "decision" | "decisions"
        ) {
            continue;
        }
        let organ = organ_before(text, start);
        let mut pos = skip_spaces(text, word_end);
        // A list: "resolutions 1373 (2001), 1540 (2004) and 1624 (2005)".
        while let Some(c) = cited_at(text, pos, organ, decision) {
            pos = c.end;
            out.push(c);
            let rest = text.get(pos..).unwrap_or("");
            let step = [", and ", " and ", ", "]
                .iter()
                .find(|sep| rest.starts_with(**sep))
                .map_or(0, |sep| sep.len());
            if step == 0 {
                break;
            }
            pos += step;
        }
        from = from.max(pos);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{cited, find_by_pair, rfind_short};

    #[test]
    fn found_from_the_end_as_rfind_finds() {
        let hay = "the Security Council, the General Assembly é Council Council";
        for needle in [
            "Security Council",
            "Council",
            "C",
            "é",
            "l",
            hay,
            "x",
            "Councils",
        ] {
            for from in (0..=hay.len()).filter(|&f| hay.is_char_boundary(f)) {
                let t = &hay[from..];
                assert_eq!(rfind_short(t, needle), t.rfind(needle), "{needle} {from}");
            }
        }
        assert_eq!(rfind_short("", "a"), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn rfind_short_is_rfind(hay in "[GAab é]{0,12}", needle in "[GAab é]{1,3}") {
            proptest::prop_assert_eq!(rfind_short(&hay, &needle), hay.rfind(needle.as_str()));
        }
    }

    #[test]
    fn found_by_pair_as_by_word() {
        let hay = "uu résolution resolutionesolution esolution ecision decision u lu ci";
        for word in ["esolution", "ecision", "uu", "lu"] {
            for at in 0..word.len() - 1 {
                for from in (0..=hay.len()).filter(|&f| hay.is_char_boundary(f)) {
                    let t = &hay[from..];
                    assert_eq!(
                        find_by_pair(t, word, at),
                        t.find(word),
                        "{word} {at} {from}"
                    );
                }
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn a_pair_finds_what_find_finds(hay in "(lu|ci|esolution|ecision|l|u|c|i| |é){0,20}") {
            for (word, at) in [("esolution", 3), ("ecision", 1)] {
                proptest::prop_assert_eq!(find_by_pair(&hay, word, at), hay.find(word));
            }
        }
    }

    fn symbols(t: &str) -> Vec<String> {
        cited(t).into_iter().map(|c| c.symbol).collect()
    }

    #[test]
    fn resolutions_by_organ_and_form() {
        assert_eq!(
            symbols("Security Council resolution 1701 (2006) calls"),
            ["S/RES/1701(2006)"]
        );
        assert_eq!(
            symbols("resolutions 1373 (2001), 1540 (2004) and 1624 (2005)"),
            ["S/RES/1373(2001)", "S/RES/1540(2004)", "S/RES/1624(2005)"]
        );
        assert_eq!(
            symbols("General Assembly resolution 60/251 of 15 March 2006"),
            ["A/RES/60/251"]
        );
        assert_eq!(symbols("resolution 3237 (XXIX)"), ["A/RES/3237(XXIX)"]);
        assert_eq!(
            symbols("Human Rights Council resolution 5/1"),
            ["A/HRC/RES/5/1"]
        );
        assert_eq!(
            symbols("Economic and Social Council resolution 1996/31"),
            ["E/RES/1996/31"]
        );
        assert_eq!(symbols("decision 60/551"), ["A/DEC/60/551"]);
        assert_eq!(symbols("resolution ES-10/19"), ["A/RES/ES-10/19"]);
        let t = "The resolution 1701 (2006)";
        let c = &cited(t)[0];
        assert_eq!(&t[c.start..c.end], "1701 (2006)");
    }

    #[test]
    fn what_cannot_be_told_is_not_linked() {
        // A session before the Assembly numbered that way: another body's.
        assert!(symbols("resolution 5/1").is_empty());
        assert!(symbols("the resolution adopted on 5 May").is_empty());
        assert!(symbols("General Assembly resolution 1701 (2006)").is_empty());
        assert!(symbols("decision 1701 (2006)").is_empty());
        assert!(symbols("irresolution 60/251").is_empty());
    }
}
