//! Words hyphenated at a line end ("Organiza-" / "tion", "resolu- tion" once the lines are
//! joined) are made whole again, before the text is read. A hyphen before a conjunction is a
//! suspended one ("pre- and post-conflict") and stays, as do compounds whose first part is a
//! prefix that keeps its hyphen ("self-", "non-", "co-", "follow-").

use crate::text::one_of;
use std::borrow::Cow;

/// First parts that keep their hyphen when a compound is broken at it: prefixes, and the tens
/// of compound numbers ("fifty-\nthird session").
const KEEPS_HYPHEN: &[&str] = &[
    "self", "non", "co", "ex", "follow", "well", "long", "short", "anti", "vice", "cross", "full",
    "high", "low", "post", "pre", "semi", "sub", "multi", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety",
];

/// Words after which a hyphen is suspended, not a broken word.
const CONJUNCTIONS: &[&str] = &["and", "or", "nor", "to", "as", "but"];

/// The text with line-end hyphenation undone; borrowed when there is none.
pub fn join(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while let Some(rel) = bytes[i..].iter().position(|&c| c == b'-') {
        let h = i + rel;
        i = h + 1;
        let Some(gap_end) = broken_at(text, h) else {
            continue;
        };
        let buf = out.get_or_insert_with(|| String::with_capacity(text.len()));
        buf.push_str(&text[copied..h]);
        copied = gap_end;
        i = gap_end;
    }
    match out {
        Some(mut buf) => {
            buf.push_str(&text[copied..]);
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(text),
    }
}

/// Whether the hyphen at byte `h` breaks a word: a word ending in a lowercase letter before it, a run of
/// blanks after it, then a lowercase word that is no conjunction. Returns where that word
/// starts.
fn broken_at(text: &str, h: usize) -> Option<usize> {
    let before = &text[..h];
    let first_part_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |p| {
        p + before[p..].chars().next().map_or(1, char::len_utf8)
    });
    let first = &before[first_part_start..];
    if !first.chars().next_back().is_some_and(char::is_lowercase) {
        return None;
    }
    if KEEPS_HYPHEN.iter().any(|k| k.eq_ignore_ascii_case(first)) {
        return None;
    }
    let after = &text[h + 1..];
    let gap = after.len() - after.trim_start().len();
    if gap == 0 {
        return None;
    }
    let rest = &after[gap..];
    let word_len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    if word.is_empty() || !word.chars().all(char::is_lowercase) || one_of(CONJUNCTIONS, word) {
        return None;
    }
    Some(h + 1 + gap)
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn broken_words_made_whole() {
        assert_eq!(join("the Organiza-\ntion and"), "the Organization and");
        assert_eq!(
            join("Security Council resolu- tion 1559"),
            "Security Council resolution 1559"
        );
        assert_eq!(join("interna-\r\n  tional"), "international");
    }

    #[test]
    fn hyphens_that_stay() {
        for t in [
            "pre- and post-conflict",
            "self-\ndetermination",
            "Secretary-\nGeneral",
            "A/64/842-S/2010/331",
            "1990- 1995",
            "well-known",
            "follow- up",
            "the fifty-\nthird session",
            "Mr. Roed-Larsen",
        ] {
            assert_eq!(join(t), t, "{t:?}");
        }
    }
}
