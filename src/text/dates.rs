//! Dates ("30 September 2009", "September 30, 2009") and English ordinals ("Sixty-fourth", and
//! as scans print them: "Thirty --second", "Ninetee/nth").

use super::{latin_upper_first, phrase_at, words_iter, Word};

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

/// "30 September 2009", "September 2009" or "2009": a date in UN style, as far as it is known
/// (`month` and `day` 0 where they are not).
pub fn long_date(year: u32, month: u32, day: u32) -> String {
    let name = MONTHS
        .get((month as usize).wrapping_sub(1))
        .map(|m| latin_upper_first(m));
    match name {
        Some(m) if day > 0 => format!("{day} {m} {year}"),
        Some(m) => format!("{m} {year}"),
        None => year.to_string(),
    }
}

/// The lower-case name of month `m` (1 to 12).
pub(super) fn month_index(m: u32) -> Option<&'static str> {
    MONTHS.get((m as usize).wrapping_sub(1)).copied()
}

/// The number of a month named in full ("march" → 3), in any case.
pub fn month_number_of(word: &str) -> Option<u32> {
    month_number(word)
}

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

pub(super) fn days_in_month(year: u32, month: u32) -> u32 {
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

/// The first three letters of each month, as one number each: compared in one step.
const MONTH_KEYS: [u32; 12] = {
    let mut k = [0u32; 12];
    let mut i = 0;
    while i < 12 {
        let m = MONTHS[i].as_bytes();
        k[i] = u32::from_le_bytes([m[0], m[1], m[2], 0]);
        i += 1;
    }
    k
};

/// Whether a date may open `b`: with its day (a digit) or with the first three letters of a
/// month; other words are passed over without reading three words ahead.
fn may_open(b: &[u8]) -> bool {
    match b {
        [d, ..] if d.is_ascii_digit() => true,
        // `| 0x20` lower-cases ASCII letters and maps no other byte to one.
        [x, y, z, ..] => {
            MONTH_KEYS.contains(&u32::from_le_bytes([x | 0x20, y | 0x20, z | 0x20, 0]))
        }
        _ => false,
    }
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
    // places where a date is looked for hold none.
    let (a, rest) = split_at_space(rest)?;
    let (day, month, b, rest) = if let Some(day) = parse_num(without_ordinal(a), 2) {
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
        iso: iso_date(year, month, day),
    })
}

/// "YYYY-MM-DD" of a year of four digits, a month and a day of two at most: written digit by
/// digit, as `format!` costs more than the rest of a date's reading.
fn iso_date(year: u32, month: u32, day: u32) -> String {
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let mut out = String::with_capacity(10);
    for n in [year / 1000, year / 100, year / 10, year] {
        out.push(digit(n));
    }
    for n in [month, day] {
        out.push('-');
        out.push(digit(n / 10));
        out.push(digit(n));
    }
    out
}

/// [`date_at`], or a date whose day a stray mark glues to its month, as a scan leaves it
/// ("23'DECEMBER 1998", "5’May 2001"); the match spans the text as printed.
pub fn date_at_marked(text: &str, pos: usize) -> Option<DateMatch> {
    date_at(text, pos).or_else(|| {
        // A day, its mark, a month and a year: 64 bytes hold them.
        let rest = text.get(pos..super::reach(text, pos, 64))?;
        let word = rest.split(' ').next()?;
        let g = word.find(['\'', '\u{2019}'])?;
        if g == 0 || !word[..g].bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mark = word[g..].chars().next()?;
        let local = rest.replacen(mark, " ", 1);
        let d = date_at(&local, 0)?;
        Some(DateMatch {
            start: pos,
            end: pos + d.end + mark.len_utf8() - 1,
            iso: d.iso,
        })
    })
}

/// A day without its ordinal suffix, as letters date themselves ("16th December 1974").
fn without_ordinal(day: &str) -> &str {
    ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| day.strip_suffix(s))
        .unwrap_or(day)
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
        let start = if w.first_byte(text) == Some(b'(') {
            w.start + 1
        } else {
            w.start
        };
        if !may_open(text.as_bytes().get(start..).unwrap_or_default()) {
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

/// Marks a scan leaves inside a word, one of which an ordinal may hold ("Ninetee/nth").
const STRAY_MARKS: &[char] = &['/', '\\', '|'];

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
        // A scan's stray mark inside the word: "Ninetee/nth".
        let marked = tail[len..]
            .strip_prefix(STRAY_MARKS)
            .map(|t| {
                t.find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(t.len())
            })
            .filter(|&more| more > 0 && number_word(token).is_none())
            .and_then(|more| {
                let joined = format!("{token}{}", &tail[len + 1..len + 1 + more]);
                number_word(&joined).map(|nw| (nw, len + 1 + more))
            });
        if token.eq_ignore_ascii_case("and") && value > 0 {
            i += len;
        } else {
            let ((n, ord), len) = match marked {
                Some(m) => m,
                None => (number_word(token)?, len),
            };
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
        // A scan may double or space the hyphen: "Thirty --second".
        let sep = rest[i..]
            .bytes()
            .take(3)
            .take_while(|b| matches!(b, b'-' | b' '))
            .count();
        if sep == 0 {
            break;
        }
        i += sep;
    }
    last_end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_date_is_what_format_writes() {
        for (year, month, day) in [(1900, 1, 1), (1996, 9, 24), (2009, 12, 31), (2100, 2, 28)] {
            assert_eq!(
                iso_date(year, month, day),
                format!("{year:04}-{month:02}-{day:02}")
            );
        }
    }

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
        assert_eq!(
            date_at("1st October 1999", 0).map(|d| (d.iso, d.end)),
            Some(("1999-10-01".into(), 16))
        );
        assert_eq!(date_at("31 February 2009", 0), None);
        assert_eq!(date_at("4x October 1999", 0), None);
        let t = "DATED 23'DECEMBER 1998 FROM";
        let d = date_at_marked(t, 6).unwrap();
        assert_eq!(
            (d.iso.as_str(), &t[d.start..d.end]),
            ("1998-12-23", "23'DECEMBER 1998")
        );
        let t = "5\u{2019}May 2001 x";
        assert_eq!(date_at_marked(t, 0).map(|d| d.end), Some(t.len() - 2));
        assert_eq!(date_at_marked("O'Brien 1998", 0), None);
        assert_eq!(date_at("2009.", 0), None);
        let ds = find_dates("on 1 June 2010 (S/PRST/2010/9) and 2 June 2010.");
        assert_eq!(ds.len(), 2);
        assert_eq!(ds[1].iso, "2010-06-02");
    }

    #[test]
    fn words_passed_over_open_no_date() {
        // Every word start, tried with `date_at`, finds what the filtered scan finds.
        let t = "Dated (1 OCTOBER 1999) and sEPTEMBER 30, 2009, 1st May 2001 so as an \
                 Octopus 12 Decembers 2009 of 3 déc 2001 (June 4, 2010) 4 JULY 1990.";
        let mut all = Vec::new();
        let mut last = 0;
        for w in words_iter(t) {
            let s = if t[w.start..].starts_with('(') {
                w.start + 1
            } else {
                w.start
            };
            if w.start >= last {
                if let Some(d) = date_at(t, s) {
                    last = d.end;
                    all.push(d);
                }
            }
        }
        assert_eq!(all.len(), 5);
        assert_eq!(find_dates(t), all);
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
        // As scans print them (A/5763, A/32/399).
        assert_eq!(ordinal_at("Ninetee/nth session", 0), Some((19, 11)));
        assert_eq!(ordinal_at("Thirty --second session", 0), Some((32, 15)));
        assert_eq!(ordinal_at("Ninetee/xyz session", 0), None);
    }
}
