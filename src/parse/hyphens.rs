//! Words hyphenated at a line end ("Organiza-" / "tion", "resolu- tion" once the lines are
//! joined) are made whole again, before the text is read. A hyphen before a conjunction is a
//! suspended one ("pre- and post-conflict") and stays, as do compounds whose first part is a
//! prefix that keeps its hyphen ("self-", "non-", "co-", "follow-"): the line break after
//! it goes ("self-" / "determination" is "self-determination"), unless the document itself
//! spells the word solid elsewhere ("multi-" / "lateral" where it also prints "multilateral").

use crate::text::one_of;
use std::borrow::Cow;
use std::collections::HashSet;

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
    let mut out: Option<String> = None;
    let mut solid: Option<HashSet<String>> = None;
    let mut copied = 0;
    let mut i = 0;
    // `str::find` of a char is a `memchr`, where `position` read the text byte by byte.
    while let Some(rel) = text.get(i..).and_then(|t| t.find('-')) {
        let h = i + rel;
        i = h + 1;
        let Some(b) = broken_at(text, h) else {
            continue;
        };
        let buf = out.get_or_insert_with(|| String::with_capacity(text.len()));
        let (cut, gap_end) = match b {
            Break::Word(end) => (h, end),
            Break::Compound(end) => (h + 1, end),
            Break::Prefix { word, end } => {
                let solid = solid.get_or_insert_with(|| solid_words(text));
                let first = &text[prefix_start(text, h)..h];
                let whole = format!("{first}{word}").to_ascii_lowercase();
                // Solid where the document prints it so; else the hyphen stays, the break goes.
                (if solid.contains(&whole) { h } else { h + 1 }, end)
            }
        };
        buf.push_str(&text[copied..cut]);
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

/// A hyphen that breaks a word at a line end: where the word goes on.
enum Break<'a> {
    /// "Organiza-" / "tion": one word.
    Word(usize),
    /// "Secretary-" / "General": a compound whose hyphen stays.
    Compound(usize),
    /// "self-" / "determination", "multi-" / "lateral": a compound, or a word the document
    /// may spell solid; `word` is the part after the break.
    Prefix { word: &'a str, end: usize },
}

/// Where the letters before the hyphen at `h` begin.
fn prefix_start(text: &str, h: usize) -> usize {
    let before = &text[..h];
    before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |p| {
        p + before[p..].chars().next().map_or(1, char::len_utf8)
    })
}

/// The document's words that begin with a prefix of [`KEEPS_HYPHEN`], in lower case: how it
/// spells the words a line end may have broken after one.
fn solid_words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| {
            KEEPS_HYPHEN.iter().any(|k| {
                w.len() > k.len() && w.get(..k.len()).is_some_and(|p| p.eq_ignore_ascii_case(k))
            })
        })
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether the hyphen at byte `h` breaks a word: a word ending in a lowercase letter before it,
/// a run of blanks after it, then a lowercase word that is no conjunction. A prefix that keeps
/// its hyphen breaks only at a line end (a blank run holding a line feed).
fn broken_at(text: &str, h: usize) -> Option<Break<'_>> {
    let first = &text[prefix_start(text, h)..h];
    if !first.chars().next_back().is_some_and(char::is_lowercase) {
        return None;
    }
    let keeps = KEEPS_HYPHEN.iter().any(|k| k.eq_ignore_ascii_case(first));
    let after = &text[h + 1..];
    let gap = after.len() - after.trim_start().len();
    let line_end = after[..gap].contains('\n');
    if gap == 0 || (keeps && !line_end) {
        return None;
    }
    let rest = &after[gap..];
    let word_len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    if word.is_empty() || one_of(CONJUNCTIONS, word) {
        return None;
    }
    let end = h + 1 + gap;
    if keeps {
        return Some(Break::Prefix { word, end });
    }
    if word.chars().all(char::is_lowercase) {
        Some(Break::Word(end))
    } else {
        // A capital after a line end: "Secretary-" / "General", "Guinea-" / "Bissau".
        (line_end && word.starts_with(char::is_uppercase)).then_some(Break::Compound(end))
    }
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
        // A prefix's hyphen stays; the line break after it goes.
        assert_eq!(join("self-\ndetermination"), "self-determination");
        assert_eq!(
            join("the fifty-\r\nthird session"),
            "the fifty-third session"
        );
        // Unless the document spells the word solid.
        assert_eq!(
            join("multilateral and multi-\nlateral"),
            "multilateral and multilateral"
        );
        assert_eq!(
            join("multi-year and multi-\nyear"),
            "multi-year and multi-year"
        );
        assert_eq!(
            join("the Secretary-\nGeneral and"),
            "the Secretary-General and"
        );
    }

    #[test]
    fn hyphens_that_stay() {
        for t in [
            "pre- and post-conflict",
            "self- determination",
            "Secretary- General",
            "A/64/842-S/2010/331",
            "1990- 1995",
            "well-known",
            "follow- up",
            "Mr. Roed-Larsen",
        ] {
            assert_eq!(join(t), t, "{t:?}");
        }
    }
}
