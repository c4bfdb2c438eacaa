//! Which of the gazetteer's matches are mentions: a UN office's name that is another body's
//! office ("the Secretary-General of the League of Arab States", "the NATO Secretary General",
//! "the Deputy Secretary-General", "the Peace and Security Council of the African Union") and a
//! State's adjective used as a language ("Original: French", "in French and Spanish",
//! "French-speaking") are not.

use crate::gazetteer::{self, Entity, Match};
use crate::text::one_of;
use crate::text::prev_word;

/// Organs and offices of the UN whose names other bodies' organs and offices share.
const SHARED_NAMES: [&str; 5] = ["SGO", "SG", "GA", "SC", "HRC"];

/// Words before an office's name that make it another office: "Deputy Secretary-General",
/// "Under-Secretary-General", "National Security Council", "Peace and Security Council".
const OTHER_OFFICE: [&str; 6] = ["Deputy", "Assistant", "Under", "National", "and", "Vice"];

/// Words printed in capitals that are no body's acronym.
const CAPITAL_WORDS: [&str; 14] = [
    "THE", "TO", "OF", "AND", "BY", "FROM", "UN", "OR", "FOR", "ON", "IN", "AT", "DEAR", "MR",
];

/// Adjectives that are also the names of languages.
const LANGUAGES: [&str; 24] = [
    "Chinese",
    "French",
    "Russian",
    "Spanish",
    "German",
    "Portuguese",
    "Italian",
    "Japanese",
    "Turkish",
    "Greek",
    "Dutch",
    "Swedish",
    "Polish",
    "Hungarian",
    "Czech",
    "Finnish",
    "Danish",
    "Norwegian",
    "Romanian",
    "Bulgarian",
    "Ukrainian",
    "Albanian",
    "Armenian",
    "Georgian",
];

/// Nouns after a language's name: "French version", "Chinese characters".
const LANGUAGE_NOUNS: [&str; 9] = [
    "language",
    "languages",
    "version",
    "versions",
    "text",
    "texts",
    "translation",
    "characters",
    "interpretation",
];

/// The matches of `text` that are mentions, in order.
#[cfg(test)]
pub(super) fn mentions(text: &str) -> Vec<Match> {
    let mut out = Vec::new();
    each_mention(text, |m| out.push(m));
    out
}

/// Calls `f` with each match of `text` that is a mention, in order, as they are found: a text of
/// repeated names has millions, and none is held.
pub(super) fn each_mention(text: &str, mut f: impl FnMut(Match)) {
    let mut all = gazetteer::find_iter(text).peekable();
    // The end of the last adjective read as a language: "in French and Spanish" reads both.
    let mut language_until = None;
    // The match before the one read, a mention or not.
    let mut prev: Option<Match> = None;
    while let Some(m) = all.next() {
        let other = is_shared_office(&m) && another_bodys(text, prev, m, all.peek().copied());
        prev = Some(m);
        if other {
            continue;
        }
        if let Entity::Demonym(_) = m.entity {
            if language_use(text, &m, language_until) {
                language_until = Some(m.end);
                continue;
            }
        }
        f(m);
    }
}

fn is_shared_office(m: &Match) -> bool {
    matches!(m.entity, Entity::Organ(_)) && one_of(&SHARED_NAMES, m.entity.id())
}

/// A body other than the UN that an office can belong to.
fn is_other_body(e: Entity) -> bool {
    match e {
        Entity::Organization(_) => e.id() != "UN",
        Entity::State(_) | Entity::Demonym(_) => true,
        _ => false,
    }
}

/// An all-caps acronym that no table knows: "INTERPOL", "ASEAN" where it is not matched.
fn is_acronym(w: &str) -> bool {
    let w = w.trim_end_matches(['\'', '\u{2019}', 's']);
    (2..=8).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && !one_of(&CAPITAL_WORDS, w)
}

/// Whether the office `m` belongs to another body: named right before it (the match `prev`),
/// or after it with "of" (the match `next`), or with a rank that makes it another office.
fn another_bodys(text: &str, prev_match: Option<Match>, m: Match, next: Option<Match>) -> bool {
    let before = text.get(..m.start).unwrap_or("");
    let prev = prev_word(text, m.start);
    if before.ends_with("Under-") || one_of(&OTHER_OFFICE, prev) {
        return true;
    }
    if before.ends_with(' ') && is_acronym(prev) {
        return true;
    }
    if let Some(p) = prev_match {
        let gap = text.get(p.end..m.start).unwrap_or("");
        if is_other_body(p.entity) && matches!(gap, " " | "'s " | "\u{2019}s ") {
            return true;
        }
    }
    let after = text.get(m.end..).unwrap_or("");
    let Some(rest) = after.strip_prefix(" of ") else {
        return false;
    };
    let owner = rest.strip_prefix("the ").unwrap_or(rest);
    let at = text.len() - owner.len();
    let next = next.filter(|n| n.start == at);
    next.is_some_and(|n| is_other_body(n.entity))
        || (next.is_none() && is_acronym(owner.split([' ', ',', '.']).next().unwrap_or("")))
}

/// Whether the adjective `m` names a language here: after "Original:", before "-speaking", or
/// after "in", "into" or "from" and followed by punctuation or a word for a text; and the next
/// of a list whose first one did ("in French and Spanish").
fn language_use(text: &str, m: &Match, language_until: Option<usize>) -> bool {
    let word = text.get(m.start..m.end).unwrap_or("");
    if !one_of(&LANGUAGES, word) {
        return false;
    }
    let after = text.get(m.end..).unwrap_or("");
    if after.starts_with("-speaking") || after.starts_with("-language") {
        return true;
    }
    let prev = prev_word(text, m.start);
    if prev.eq_ignore_ascii_case("original:") {
        return true;
    }
    if matches!(prev, "and" | "or" | "," | "and/or")
        || text.get(..m.start).is_some_and(|b| b.ends_with(", "))
    {
        if let Some(end) = language_until {
            let gap = text.get(end..m.start).unwrap_or("");
            if gap.len() <= 8 {
                return true;
            }
        }
    }
    if !matches!(prev, "in" | "into" | "from") {
        return false;
    }
    let next = after.trim_start();
    let next_word = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    next.is_empty()
        || next.starts_with(['.', ',', ';', ':', ')'])
        || matches!(next_word, "and" | "or")
        || one_of(&LANGUAGE_NOUNS, next_word)
}

#[cfg(test)]
mod tests {
    use super::mentions;

    fn ids(t: &str) -> Vec<&'static str> {
        mentions(t).iter().map(|m| m.entity.id()).collect()
    }

    #[test]
    fn other_bodies_offices() {
        assert_eq!(
            ids("The Secretary-General of the League of Arab States"),
            ["LAS"]
        );
        assert_eq!(ids("The NATO Secretary General visited"), ["NATO"]);
        assert_eq!(
            ids("The Deputy Secretary-General briefed"),
            Vec::<&str>::new()
        );
        assert_eq!(
            ids("The General Assembly of INTERPOL adopted"),
            Vec::<&str>::new()
        );
        // The UN's own stay.
        assert_eq!(
            ids("addressed to the Secretary-General by Chile"),
            ["SGO", "CHL"]
        );
        assert_eq!(ids("ADDRESSED TO THE SECRETARY-GENERAL"), ["SGO"]);
        assert_eq!(ids("the Secretary-General of the United Nations"), ["SGO"]);
        assert_eq!(ids("a report of the Secretary-General of 5 May"), ["SGO"]);
    }

    #[test]
    fn languages_are_not_states() {
        assert!(ids("Original: French").is_empty());
        assert!(ids("available in French and Spanish.").is_empty());
        assert!(ids("French-speaking States").is_empty());
        assert_eq!(ids("the French and Spanish delegations"), ["FRA", "ESP"]);
        assert_eq!(ids("in Turkish prisons"), ["TUR"]);
    }
}
