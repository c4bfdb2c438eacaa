//! The State of a mission's or delegation's letterhead at the top of an untitled text, when the
//! opening formula that reads letterheads found none (no "I have the honour" near it, or a scan
//! that damaged the heading). The forms, each followed by "to the United Nations" as a scan
//! leaves it ("o the United Nations", "to.the Unlted N¿tlons"):
//!
//! - "Permanent Mission of th e Republic of South Sudan o the United Nations", "Permanent
//!   Mlssion of the Islamie Republic Afghanistan to.the Unlted N¿tlons";
//! - "Delegation of X to the United Nations";
//! - "UNITED KINGDOM DELEGATION TO THE UNITED NATIONS".
//!
//! Only the first letterhead counts (an addressee's mission may follow in the address block),
//! and only above the letter's first words ("Excellency,", "I have the honour"), where an
//! enclosure's letterhead does not stand; a mission the prose names ("the home page of the Permanent Mission of
//! …") lacks the "to the United Nations" that closes a letterhead, or stands after a word of
//! prose.

use crate::gazetteer;
use crate::model::State;
use crate::text::{find_phrase_before, latin_lowercase, ocr::is_scanned, reach, slice, words};

/// How far into the text a letterhead is looked for.
const HEAD: usize = 900;

/// A letter's first words: its letterhead stands above them.
const SALUTATIONS: &[&str] = &[
    "excellency",
    "excellencies",
    "dear",
    "sir,",
    "madam",
    "i have the honour",
    "i have the honor",
    "we have the honour",
    "we have the honor",
];

/// The State of the first letterhead near the top of `body`.
pub(super) fn letterhead_state(body: &str) -> Option<State> {
    // Above the letter's first words: a letterhead further down heads an enclosure.
    let top = reach(body, 0, HEAD);
    let top = SALUTATIONS
        .iter()
        .filter_map(|p| find_phrase_before(body, p, 0, top))
        .min()
        .unwrap_or(top);
    let head = slice(body, 0, top);
    let ws = words(head);
    let low: Vec<String> = ws
        .iter()
        .map(|w| latin_lowercase(w.text(head).trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    let states = gazetteer::find_states(head);
    for (k, w) in ws.iter().enumerate() {
        let at = w.start;
        // "Permanent Mission of …", "Delegation of …": the State after "of".
        let mission =
            k > 0 && is_scanned(&low[k], "mission") && is_scanned(&low[k - 1], "permanent");
        let delegation = low[k] == "delegation";
        if (mission || delegation) && low.get(k + 1).map(String::as_str) == Some("of") {
            let of_end = ws[k + 1].end;
            let start = if mission { ws[k - 1].start } else { at };
            if let Some(m) = states
                .iter()
                .find(|m| m.start >= of_end && m.start <= of_end + 40)
            {
                if closes_letterhead(head, m.end) && stands_alone(head, start) {
                    return super::state_of_match(m);
                }
            }
            continue;
        }
        // "UNITED KINGDOM DELEGATION TO THE UNITED NATIONS": the State before the word.
        if delegation {
            if let Some(m) = states
                .iter()
                .find(|m| m.end <= at && head.get(m.end..at).is_some_and(|g| g.trim().is_empty()))
            {
                if closes_letterhead(head, w.end) && stands_alone(head, m.start) {
                    return super::state_of_match(m);
                }
            }
        }
    }
    None
}

/// Whether "to the United Nations" follows `end` closely, as a scan may leave it: "the" and a
/// word that begins "Un".
fn closes_letterhead(head: &str, end: usize) -> bool {
    let after = latin_lowercase(slice(head, end, reach(head, end, 24)));
    after.contains("the un") || after.contains("the ün")
}

/// Whether the heading at `start` is not a phrase of prose: no lower-case word of a sentence
/// ("the", "of", "from", "by") just before it.
fn stands_alone(head: &str, start: usize) -> bool {
    let before = head.get(..start).unwrap_or("").trim_end();
    let last = before.rsplit(' ').next().unwrap_or("");
    !matches!(
        latin_lowercase(last).as_str(),
        "the"
            | "of"
            | "from"
            | "by"
            | "to"
            | "at"
            | "and"
            | "with"
            | "for"
            | "a"
            | "an"
            | "his"
            | "her"
            | "our"
            | "my"
    )
}

#[cfg(test)]
mod tests {
    use super::letterhead_state;

    fn code(t: &str) -> Option<String> {
        letterhead_state(t).map(|s| s.code)
    }

    #[test]
    fn the_letterhead_over_the_letter() {
        assert_eq!(code("Permanent Mission of th e Republic of South Sudan o the United Nations 22 April 2012 H. E. Ms. Susan E. Rice President f the UN Security Council Permanent ission of the United States f America o the United Nations Madam President,").as_deref(), Some("SSD"));
        assert_eq!(code("Cr¡¡6..r¡ .rfl¡U,r.n¡t.l Permanent Mlssion of the Islamie Republic Afghanistan to.the Unlted N¿tlons 5 February 2010 Excellency,").as_deref(), Some("AFG"));
        assert_eq!(code("13 April 1948 C O P Y UNITED KINGDOM DELEGATION TO THE UNITED NATIONS 12th April 1948 My dear Bunche,").as_deref(), Some("GBR"));
        assert_eq!(
            code("Delegation of Japan to the United Nations New York, 3 May 1990 Sir,").as_deref(),
            Some("JPN")
        );
    }

    #[test]
    fn a_mission_the_prose_names_is_no_letterhead() {
        assert_eq!(code("I refer to the materials on the home page of the Permanent Mission of the Republic of Croatia, including the Fact Sheets."), None);
        assert_eq!(
            code("I was approached at the United States Delegation to the United Nations."),
            None
        );
        assert_eq!(
            code(&format!(
                "{} Permanent Mission of Chile to the United Nations",
                "We met. ".repeat(150)
            )),
            None
        );
    }
}
