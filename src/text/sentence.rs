//! Titles printed in capitals ("LETTER DATED 23 DECEMBER 1998 FROM THE PERMANENT REPRESENTATIVE
//! OF IRAQ …") shown as the UN prints titles now, in sentence case: a capital to begin with, to
//! names, to the words of an office, and nowhere else.

use super::case::{is_function_word, push_lower, push_upper};

/// Words of office that UN style capitalises in a title ("from the Permanent Representative").
const OFFICE_WORDS: &[&str] = &[
    "permanent",
    "representative",
    "representatives",
    "chargé",
    "minister",
    "ministers",
    "foreign",
    "affairs",
    "president",
    "vice-president",
    "chairman",
    "chairperson",
    "chair",
    "mission",
    "ambassador",
    "deputy",
    "prime",
    "observer",
    "head",
    "heads",
    "state",
    "states",
    "government",
    "governments",
];

/// Whether `s` is printed in capitals: eight letters or more, at most one in ten lower case.
pub fn in_capitals(s: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in s.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    upper >= 8 && lower * 10 <= upper + lower
}

fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 6 && w.bytes().all(|b| b"IVXLC".contains(&b))
}

/// Appends `c` in the case asked, where that case takes as many UTF-16 units: offsets into the
/// text stay true.
fn push_case(out: &mut String, c: char, upper: bool) {
    let mut mapped = String::new();
    if upper {
        push_upper(&mut mapped, c);
    } else {
        push_lower(&mut mapped, c);
    }
    if mapped.encode_utf16().count() == c.len_utf16() {
        out.push_str(&mapped);
    } else {
        out.push(c);
    }
}

/// How a word is written: as printed, capitalised (each part after a hyphen too), or lower case.
#[derive(Clone, Copy, PartialEq)]
enum Case {
    AsPrinted,
    Capital,
    Lower,
}

/// `s` in sentence case, when it is printed in capitals; `None` otherwise. `names` are the
/// UTF-16 ranges of the names in it, in order and not overlapping (States, organizations, organs, dates, people), which keep a
/// capital to each word but their function words ("Republic of the Congo"). The result has
/// the same UTF-16 length as `s`, character for character.
pub fn sentence_case(s: &str, names: &[(u32, u32)]) -> Option<String> {
    if !in_capitals(s) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut pos16 = 0u32;
    let mut first = true;
    let mut after_stop = false;
    let mut next_name = 0;
    let mut rest = s;
    while !rest.is_empty() {
        let space = rest.len() - rest.trim_start().len();
        out.push_str(&rest[..space]);
        pos16 += rest[..space].encode_utf16().count() as u32;
        rest = &rest[space..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        if word.is_empty() {
            break;
        }
        // The names are in order: one pass over them for the whole title.
        while names.get(next_name).is_some_and(|r| r.1 <= pos16) {
            next_name += 1;
        }
        let name = names.get(next_name).filter(|r| r.0 <= pos16);
        let core: String = word
            .chars()
            .filter(|c| c.is_alphabetic() || *c == '-')
            .collect();
        let case = if word.contains(|c: char| c.is_ascii_digit() || c == '/') || is_roman(&core) {
            Case::AsPrinted
        } else if first || after_stop {
            Case::Capital
        } else if let Some(r) = name {
            if r.0 < pos16 && is_function_word(word) {
                Case::Lower
            } else {
                Case::Capital
            }
        } else if OFFICE_WORDS.iter().any(|o| o.eq_ignore_ascii_case(&core)) {
            Case::Capital
        } else {
            Case::Lower
        };
        let mut start_of_part = true;
        let mut chars = word.chars().peekable();
        while let Some(c) = chars.next() {
            // "D'IVOIRE" is "d'Ivoire": an elided article keeps the capital for what follows.
            let elided =
                start_of_part && chars.peek().is_some_and(|n| matches!(n, '\'' | '\u{2019}'));
            match case {
                Case::AsPrinted => out.push(c),
                Case::Capital if elided && !first => push_case(&mut out, c, false),
                Case::Capital => push_case(&mut out, c, start_of_part && c.is_alphabetic()),
                Case::Lower => push_case(&mut out, c, false),
            }
            if elided {
                start_of_part = true;
                if let Some(a) = chars.next() {
                    out.push(a);
                }
            } else if c.is_alphabetic() {
                start_of_part = false;
            } else if c == '-' {
                start_of_part = true;
            }
        }
        first = false;
        // A stop ends a sentence, not an abbreviation ("A.I.", "D.C.").
        after_stop = word.ends_with('.') && !word[..word.len() - 1].contains('.');
        pos16 += word.encode_utf16().count() as u32;
        rest = &rest[end..];
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::sentence_case;

    fn range(s: &str, name: &str) -> (u32, u32) {
        let k = s.find(name).unwrap();
        let a = s[..k].encode_utf16().count() as u32;
        (a, a + name.encode_utf16().count() as u32)
    }

    #[test]
    fn titles_in_capitals() {
        let t = "LETTER DATED 23 DECEMBER 1998 FROM THE PERMANENT REPRESENTATIVE OF THE DEMOCRATIC REPUBLIC OF THE CONGO TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL";
        let names = [
            range(t, "23 DECEMBER 1998"),
            range(t, "DEMOCRATIC REPUBLIC OF THE CONGO"),
            range(t, "UNITED NATIONS"),
            range(t, "SECRETARY-GENERAL"),
        ];
        assert_eq!(
            sentence_case(t, &names).as_deref(),
            Some("Letter dated 23 December 1998 from the Permanent Representative of the Democratic Republic of the Congo to the United Nations addressed to the Secretary-General")
        );
        // Symbols and numbers stay; a stop starts a sentence, an abbreviation does not.
        let t = "NOTE VERBALE A/52/153 OF CÔTE D'IVOIRE. ANNEX II";
        let got = sentence_case(t, &[range(t, "CÔTE D'IVOIRE")]).unwrap();
        assert_eq!(got, "Note verbale A/52/153 of Côte d'Ivoire. Annex II");
        assert_eq!(got.encode_utf16().count(), t.encode_utf16().count());
        // A title in sentence case already is left alone.
        assert_eq!(
            sentence_case("Letter dated 1 May 2001 from Chile", &[]),
            None
        );
    }
}
