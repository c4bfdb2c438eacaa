//! Words a scanner misread, recognised where a title's grammar expects one known word: "frorn"
//! and "PROM" for "from", "DECET4RER" for "DECEMBER", "l9B2" for "1982", "FROMTHE" glued.
//! Never used to find words in free text: only a slot that must hold the word is read this way.

use super::{dates::month_index, next_word, DateMatch};

/// Longest word compared letter by letter: longer ones are no title word (and the work stays
/// bounded whatever the input).
const LONGEST: usize = 24;

/// Levenshtein distance between `a` and `b` over chars, or `None` when either is longer than
/// [`LONGEST`]. Hand-written for the few bytes it costs the wasm; held to `strsim` by a test.
pub fn edit_distance(a: &str, b: &str) -> Option<usize> {
    distance_within(a, b, usize::MAX)
}

/// [`edit_distance`] when it is at most `most`, else `None`: on the stack, and given up at the
/// first row whose every cell exceeds `most` (no later row has a smaller cell).
fn distance_within(a: &str, b: &str, most: usize) -> Option<usize> {
    let (a, b) = (chars_of(a)?, chars_of(b)?);
    let (a, b) = (&a.0[..a.1], &b.0[..b.1]);
    let mut row = [0usize; LONGEST + 1];
    for (j, cell) in row.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for (i, ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        let mut low = row[0];
        for (j, cb) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = (diag + usize::from(ca != cb)).min(up + 1).min(row[j] + 1);
            diag = up;
            low = low.min(row[j + 1]);
        }
        if low > most {
            return None;
        }
    }
    Some(row[b.len()]).filter(|&d| d <= most)
}

/// A floor under the edit distance of `a` and `b`, cheap to compute: how many letters one has
/// that the other lacks (counted in 32 buckets of letters), since an edit changes that by one.
fn letters_apart(a: &str, b: &str) -> usize {
    let mut count = [0i32; 32];
    for c in a.chars() {
        count[c as usize % 32] += 1;
    }
    for c in b.chars() {
        count[c as usize % 32] -= 1;
    }
    let more: i32 = count.iter().filter(|&&n| n > 0).sum();
    let fewer: i32 = count.iter().filter(|&&n| n < 0).sum();
    more.max(-fewer) as usize
}

/// The chars of `s` and their count, or `None` when it has more than [`LONGEST`].
fn chars_of(s: &str) -> Option<([char; LONGEST], usize)> {
    let mut out = ['\0'; LONGEST];
    let mut n = 0;
    for c in s.chars() {
        *out.get_mut(n)? = c;
        n += 1;
    }
    Some((out, n))
}

/// A scanned word in the shape of letters: lower case, marks dropped, and the pairs a scan
/// makes of one letter joined again ("rn" for "m", "vv" for "w").
fn letters(word: &str) -> String {
    // Latin lower case: std's tables would cost the wasm more than all of this module.
    let low = super::latin_lowercase(word);
    let mut cs = low
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| match c {
            '0' => 'o',
            '1' | '|' => 'l',
            '5' => 's',
            '8' => 'b',
            c => c,
        })
        .peekable();
    // The pairs joined on the one pass, left to right as `replace` joins them.
    let mut out = String::with_capacity(low.len());
    while let Some(c) = cs.next() {
        let joined = match (c, cs.peek()) {
            ('r', Some('n')) => 'm',
            ('v', Some('v')) => 'w',
            _ => {
                out.push(c);
                continue;
            }
        };
        cs.next();
        out.push(joined);
    }
    out
}

/// How many letters a scan may have changed in a word of `len` letters.
fn budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=5 => 1,
        6..=8 => 2,
        _ => 3,
    }
}

/// Whether the printed `word` is `want` (lower-case letters) as a scan may have left it.
pub fn is_scanned(word: &str, want: &str) -> bool {
    scanned_distance(word, want).is_some()
}

/// [`is_scanned`] of a word compared with many wants: its scanned letters are read into
/// `reading` at the first comparison that needs them and kept for the next.
pub fn is_scanned_reading(word: &str, reading: &mut Option<String>, want: &str) -> bool {
    could_be(word, want)
        && distance_of(reading.get_or_insert_with(|| letters(word)), want).is_some()
}

/// Whether the printed `word` is any of `wants` (lower-case letters) as a scan may have left
/// it: the word's letters are read once for all.
pub fn is_scanned_as_any<'a>(word: &str, wants: impl IntoIterator<Item = &'a str>) -> bool {
    let mut got = None;
    wants.into_iter().any(|want| {
        could_be(word, want)
            && distance_of(got.get_or_insert_with(|| letters(word)), want).is_some()
    })
}

/// How many letters a scan changed to print `want` (lower-case letters) as `word`, when
/// within a scan's budget.
pub fn scanned_distance(word: &str, want: &str) -> Option<usize> {
    if !could_be(word, want) {
        return None;
    }
    distance_of(&letters(word), want)
}

/// Whether `word` is long enough to be read as `want`: a scan's reading has no more letters than
/// the word has bytes, so a word too short is passed over before any letter is read.
fn could_be(word: &str, want: &str) -> bool {
    word.len() + budget(want.len()) >= want.chars().count()
}

/// [`scanned_distance`] of the letters `got` a scan left.
fn distance_of(got: &str, want: &str) -> Option<usize> {
    // A word of marks alone, or one twice as long, is no misreading.
    if got.is_empty() || got.len() > want.len() * 2 {
        return None;
    }
    // The distance is at least the difference in length: most words are passed over by it.
    let most = budget(want.len());
    if got.chars().count().abs_diff(want.chars().count()) > most {
        return None;
    }
    if letters_apart(got, want) > most {
        return None;
    }
    distance_within(got, want, most)
}

/// "from" at the word starting at `pos`, as a scan leaves it ("frorn", "PROM", "FRCM") or glued
/// to the next word ("FROMTHE"): where the word's "from" ends.
pub fn from_at(text: &str, pos: usize) -> Option<usize> {
    let word = next_word(text, pos);
    let low = word.to_ascii_lowercase();
    if low.len() > 4 && low.starts_with("from") && low[4..].starts_with("the") {
        return Some(pos + 4);
    }
    is_scanned(word.trim_end_matches([',', '.']), "from").then_some(pos + word.len())
}

/// The month a scanned word names ("DECET4RER", "Auwst"): the nearest month within the word's
/// budget, when no other month is as near.
pub fn scanned_month(word: &str) -> Option<u32> {
    let got = letters(word);
    if got.len() < 3 || got.len() > 12 {
        return None;
    }
    // An abbreviation is no misreading: "Mar" is March, not May.
    if let Some(m) = (1..=12).find(|&m| month_index(m).is_some_and(|n| n.starts_with(&got))) {
        return Some(m);
    }
    let mut best: Option<(usize, u32)> = None;
    let mut tie = false;
    for m in 1..=12 {
        let want = month_index(m)?;
        let Some(d) = edit_distance(&got, want) else {
            continue;
        };
        // A scan adds marks as often as it drops letters: the longer word sets the budget, and
        // a month is one of twelve, told apart by one more letter ("MARGE").
        if d > budget(want.len().max(got.len())) + 1 {
            continue;
        }
        match best {
            Some((b, _)) if d == b => tie = true,
            Some((b, _)) if d > b => {}
            _ => {
                best = Some((d, m));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|b| b.1)
}

/// A number as a scan prints digits ("l9B2", "I98O"): the number, when at least half its
/// characters are digits and the rest are digits' lookalikes.
pub fn scanned_number(word: &str, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    let word = word.trim_end_matches([',', '.']);
    let n = word.chars().count();
    if !len.contains(&n) {
        return None;
    }
    let real = word.chars().filter(char::is_ascii_digit).count();
    if real * 2 < n {
        return None;
    }
    let mut v = 0u32;
    for c in word.chars() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'l' | 'I' | 'i' | '|' | '!' => 1,
            'O' | 'o' | 'D' | 'Q' => 0,
            'B' => 8,
            'S' | 's' => 5,
            'Z' | 'z' => 2,
            'G' | 'b' => 6,
            'q' | 'g' => 9,
            _ => return None,
        };
        v = v * 10 + d;
    }
    Some(v)
}

/// A date as a scan leaves it in a title: "18 October l9B2", "5 DECET4RER 1983", "27 Auwst
/// 1981". Day, month and year each read as a scan may have changed them, the day checked
/// against the month.
pub fn scanned_date_at(text: &str, pos: usize) -> Option<DateMatch> {
    let rest = text.get(pos..super::reach(text, pos, 48))?;
    let mut ws = rest.split(' ');
    let (a, b, c) = (ws.next()?, ws.next()?, ws.next()?);
    let day = scanned_number(a, 1..=2)?;
    let month = scanned_month(b)?;
    let year = scanned_number(c, 4..=4)?;
    if !(1900..=2100).contains(&year) || day == 0 || day > super::dates::days_in_month(year, month)
    {
        return None;
    }
    let c = c.trim_end_matches([',', '.']);
    Some(DateMatch {
        start: pos,
        end: pos + a.len() + 1 + b.len() + 1 + c.len(),
        iso: format!("{year:04}-{month:02}-{day:02}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn letters_join_pairs_as_replace_joins_them(word in "[rnvRNV.\u{e9}0|x]{0,12}") {
            let low: String = crate::text::latin_lowercase(&word)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .map(|c| if c == '0' { 'o' } else { c })
                .collect();
            proptest::prop_assert_eq!(letters(&word), low.replace("rn", "m").replace("vv", "w"));
        }

        #[test]
        fn a_reading_kept_is_a_reading_made(word in "[rnvomfRO.]{0,8}") {
            let mut reading = None;
            for want in ["from", "president", "secretary", "rnvv"] {
                proptest::prop_assert_eq!(
                    is_scanned_reading(&word, &mut reading, want),
                    is_scanned(&word, want)
                );
            }
        }
    }

    // strsim is a native dev-dependency, as aho-corasick is for the gazetteer's trie.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn distance_is_levenshtein() {
        let words = [
            "",
            "from",
            "frorn",
            "PROM",
            "december",
            "DECET4RER",
            "Auwst",
            "august",
            "secrétaire",
            "général",
            "a",
            "abcdefghijklmnopqrstuvwx",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    edit_distance(a, b),
                    Some(strsim::levenshtein(a, b)),
                    "{a} {b}"
                );
            }
        }
        assert_eq!(edit_distance(&"a".repeat(LONGEST + 1), "a"), None);
    }

    #[test]
    fn bounded_distance_is_the_distance_within_its_bound() {
        let words = [
            "",
            "from",
            "frorn",
            "DECET4RER",
            "december",
            "secrétaire",
            "général",
        ];
        for a in words {
            for b in words {
                for most in 0..6 {
                    let d = edit_distance(a, b).filter(|&d| d <= most);
                    assert_eq!(distance_within(a, b, most), d, "{a} {b} {most}");
                    let floor = letters_apart(a, b);
                    assert!(floor <= edit_distance(a, b).unwrap(), "{a} {b}");
                }
            }
        }
    }

    #[test]
    fn scanned_title_words() {
        for w in ["frorn", "PROM", "FRCM", "from", "FROM,"] {
            assert_eq!(from_at(w, 0), Some(w.len()), "{w}");
        }
        assert_eq!(from_at("FROMTHE CHARGE", 0), Some(4));
        for w in ["for", "form", "frame", "prompt", "fromage", "The"] {
            assert_eq!(from_at(w, 0), None, "{w}");
        }
        assert_eq!(scanned_month("DECET4RER"), Some(12));
        assert_eq!(scanned_month("Auwst"), Some(8));
        assert_eq!(scanned_month("S!PTIMBER"), Some(9));
        assert_eq!(scanned_month("MARGE"), Some(3));
        assert_eq!(scanned_month("Juy"), Some(7));
        assert_eq!(scanned_month("Mar"), Some(3));
        assert_eq!(scanned_month("Ju"), None);
        assert_eq!(scanned_month("the"), None);
        assert_eq!(scanned_number("l9B2", 4..=4), Some(1982));
        assert_eq!(scanned_number("19B5", 4..=4), Some(1985));
        assert_eq!(scanned_number("ISBN", 4..=4), None);
        assert_eq!(scanned_number("lO", 1..=2), None);
    }

    #[test]
    fn scanned_dates() {
        for (t, iso) in [
            ("18 October l9B2 frorn the", "1982-10-18"),
            ("5 DECET4RER 1983 PROM THE", "1983-12-05"),
            ("27 Auwst 1981 from", "1981-08-27"),
        ] {
            let d = scanned_date_at(t, 0).unwrap();
            assert_eq!(d.iso, iso);
            assert!(t[d.end..].starts_with(' '));
        }
        assert!(scanned_date_at("31 Febuary 1983", 0).is_none());
        assert!(scanned_date_at("12 members 1983", 0).is_none());
    }
}
