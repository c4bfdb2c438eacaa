//! The State a letter speaks for, by the stand it takes in its own name: a State that opens a
//! sentence or a clause and takes a position in the present or the perfect — "The Islamic
//! Republic of Iran strongly rejects all of these baseless allegations", "Israel will exercise
//! its right of self-defense", "Israel has exercised – and will continue to exercise – its right",
//! "The Government of the Sudan urges the Security Council", "The Spanish Government
//! reiterates", "The Syrian Arab Republic once again calls on", "Cuba requests the", "Israel
//! expects", "Egypt has elected to bring this matter to the attention of the Security
//! Council". A State complained of acts in the past ("Azerbaijan continued shelling") or does
//! what no letter's author says of itself; two States that take a stand: none is read.
//! The letter voices a State's position too when it expresses it as that State's: "I am
//! writing to express Armenia's grave concern", "The Foreign Minister's letters convey
//! Pakistan's serious concerns".

use crate::gazetteer::{self, Entity};
use crate::model::State;
use crate::text::{latin_lowercase, words_iter};

/// Verbs of a position taken, as word beginnings: "rejects", "reiterated", "reserves".
const STANCES: &[&str] = &[
    "reject", "condemn", "reiterat", "reaffirm", "affirm", "declar", "stress", "urge", "demand",
    "hold", "views", "retain", "reserv", "exercis", "insist", "deplor", "protest", "denounc",
    "emphasi", "underlin", "call", "request", "expect", "elect",
];

/// Words that may stand between the State and its verb: auxiliaries and adverbs ("will
/// continue to", "has once again", "strongly", "–").
const BETWEEN: &[&str] = &[
    "will",
    "shall",
    "wish",
    "wishes",
    "has",
    "have",
    "also",
    "again",
    "once",
    "hereby",
    "therefore",
    "continue",
    "continues",
    "to",
    "and",
    "\u{2013}",
    "\u{2014}",
    "-",
];

/// The one State the letter's sentences show taking a stand, if exactly one does.
pub(in super::super) fn subject(body: &str) -> Option<State> {
    let mut found: Option<u16> = None;
    for m in gazetteer::find_iter(body) {
        let i = match m.entity {
            Entity::State(i) => i,
            // "The Spanish Government reiterates …": the adjective and the noun.
            Entity::Demonym(i) => {
                let next = crate::text::next_word(body, m.end);
                if !next.eq_ignore_ascii_case("government") {
                    continue;
                }
                i
            }
            _ => continue,
        };
        let mut after = m.end;
        if matches!(m.entity, Entity::Demonym(_)) {
            after = crate::text::skip_spaces(body, after) + "government".len();
        }
        let speaks = voiced(body, m.start, m.end)
            || (opens_clause(body.get(..m.start).unwrap_or(""))
                && takes_a_stand(body.get(after..).unwrap_or("")));
        if !speaks {
            continue;
        }
        match found {
            Some(f) if f != i => return None,
            _ => found = Some(i),
        }
    }
    found.and_then(super::super::state_of)
}

/// Verbs that voice a position, as word beginnings: "express", "conveys", "reiterated".
const VOICES: &[&str] = &["express", "convey", "register", "reiterat", "reaffirm"];

/// Nouns of a position a letter voices as a State's: "concern", "position", "protest".
const POSITIONS: &[&str] = &[
    "concern",
    "position",
    "protest",
    "proposal",
    "rejection",
    "condemnation",
    "dismay",
    "objection",
    "support",
    "commitment",
];

/// Whether the State named at `start..end` is the owner of a position a verb voices right
/// before it: "express Armenia's grave concern", "convey Pakistan's serious concerns".
fn voiced(body: &str, start: usize, end: usize) -> bool {
    let after = body.get(end..).unwrap_or("");
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    let before = body.get(..start).unwrap_or("").trim_end();
    let mut back = before.rsplit(' ');
    let verb = latin_lowercase(back.next().unwrap_or(""));
    let the = verb == "the";
    let verb = if the {
        latin_lowercase(back.next().unwrap_or(""))
    } else {
        verb
    };
    if !VOICES.iter().any(|v| verb.starts_with(v)) {
        return false;
    }
    // The position within two words: "grave concern", "serious concerns".
    words_iter(rest).take(3).any(|w| {
        let w = latin_lowercase(w.text(rest).trim_end_matches([',', ';', ':', '.']));
        POSITIONS.iter().any(|p| w.starts_with(p))
    })
}

/// Whether `before` ends where a sentence or a clause begins, past "The Government of" and
/// "the" that may open the subject.
pub(in super::super) fn opens_clause(before: &str) -> bool {
    let mut b = before.trim_end();
    for lead in ["the", "government of", "the"] {
        let n = lead.len();
        let at = b.len().saturating_sub(n);
        let word_start = b.get(..at).is_none_or(|s| s.is_empty() || s.ends_with(' '));
        if word_start && b.get(at..).is_some_and(|t| t.eq_ignore_ascii_case(lead)) {
            b = b.get(..at).unwrap_or("").trim_end();
        }
    }
    // A dash opens an item of a list ("as follows: – France … underline").
    b.is_empty() || b.ends_with(['.', '!', '?', ';', ':', ',', '\u{2013}', '\u{2014}'])
}

/// Whether the words after the subject take a stand: a verb of position in the present, or in
/// the perfect or future after its auxiliary ("has exercised", "will reject").
pub(in super::super) fn takes_a_stand(after: &str) -> bool {
    let mut auxiliary = false;
    for w in words_iter(after).take(5) {
        let w = latin_lowercase(w.text(after).trim_end_matches([',', ';', ':', '.']));
        if BETWEEN.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ly")) {
            auxiliary |= matches!(w.as_str(), "will" | "shall" | "has" | "have" | "to");
            continue;
        }
        let stance = STANCES.iter().any(|s| w.starts_with(s));
        // Past acts are the adversary's: "rejected" only after "has".
        return stance && (auxiliary || !w.ends_with("ed"));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::subject;

    fn code(t: &str) -> Option<String> {
        subject(t).map(|s| s.code)
    }

    #[test]
    fn a_state_that_takes_a_stand() {
        assert_eq!(code("He made baseless allegations against the Islamic Republic of Iran. The Islamic Republic of Iran strongly rejects all of these baseless allegations.").as_deref(), Some("IRN"));
        assert_eq!(code("Rockets were fired at Sderot. Israel views these terrorist attacks with grave severity. Israel retains the right to exercise itself in self-defense.").as_deref(), Some("ISR"));
        assert_eq!(code("Gaza terror begins and ends with Hamas. Israel has exercised \u{2013} and will continue to exercise \u{2013} its right to self-defense.").as_deref(), Some("ISR"));
        assert_eq!(code("Innocent people in my country were harmed. The Government of the Sudan urges the Security Council to take immediate action.").as_deref(), Some("SDN"));
        assert_eq!(code("In response to the escalating threat, Israel will exercise its right of self-defense.").as_deref(), Some("ISR"));
        assert_eq!(
            code("The Spanish Government reiterates its position.").as_deref(),
            Some("ESP")
        );
        assert_eq!(code("After a decade of fruitless negotiations, the question has evolved. Accordingly, Egypt has elected to bring this matter to the attention of the Security Council.").as_deref(), Some("EGY"));
        assert_eq!(
            code("The Syrian Arab Republic once again calls on the Council to act.").as_deref(),
            Some("SYR")
        );
        // Elected in the past, without its auxiliary, is an act told of another.
        assert_eq!(code("Last year, Ethiopia elected a new parliament."), None);
    }

    #[test]
    fn a_position_voiced_as_a_states() {
        assert_eq!(code("Upon the instructions of my Government, I am writing to express Armenia\u{2019}s grave concern regarding the situation on the border with Azerbaijan.").as_deref(), Some("ARM"));
        assert_eq!(code("The Foreign Minister's letters to the President of the Council convey Pakistan's serious concerns over India's actions.").as_deref(), Some("PAK"));
        // A State's act, not a position voiced; two States voiced: none.
        assert_eq!(
            code("We condemn Azerbaijan's shelling of the villages."),
            None
        );
        assert_eq!(
            code("I express Armenia's concern. I convey Georgia's position."),
            None
        );
    }

    #[test]
    fn no_stand_or_two_no_state() {
        // Acts in the past, a State named after a verb, a State inside a clause.
        assert_eq!(
            code(
                "Azerbaijan continued shelling an Armenian town. Azerbaijan rejected the proposal."
            ),
            None
        );
        assert_eq!(
            code("The rockets landed in Israel. We condemn Sudan for its acts."),
            None
        );
        assert_eq!(
            code("The attacks of Israel continue. The report of Egypt stresses the point."),
            None
        );
        // Two States take a stand: neither is the letter's.
        assert_eq!(
            code("Armenia rejects the claims. Azerbaijan rejects them too."),
            None
        );
        // A verb that takes no position.
        assert_eq!(
            code("Israel will continue to do all that is necessary."),
            None
        );
    }
}
