//! The State a letter speaks for, when its title lost the name ("from the Permanent
//! Representative of to the United Nations") or it has no title: read only from the covering
//! sentence that transmits a text and names the text's author — "I have the honour to
//! transmit … a press statement issued … by the Ministry of Foreign Affairs of the State of
//! Eritrea", "… a message from … Minister of State for Foreign Affairs of the Kingdom of
//! Morocco, addressed to …". One State there, or none is read.

use super::super::signature::all_states;
use super::signatories::sentence_around;
use crate::model::State;
use crate::text::{latin_lowercase, words};

/// How far into the body the covering sentence may begin.
const OPENING: usize = 600;

/// Verbs of a covering sentence, as word beginnings ("transmit", "transmitting", "enclosed").
const TRANSMITS: &[&str] = &["transmit", "enclos", "forward", "attach", "convey"];

/// Words that introduce the author of the text transmitted.
const BY: &[&str] = &["by", "from"];

/// Words after which the sentence no longer names the author ("… addressed to …", "… on 20
/// July …", "… concerning the meeting …").
const AFTER_AUTHOR: &[&str] = &[
    "to",
    "addressed",
    "concerning",
    "regarding",
    "about",
    "against",
    "on",
    "with",
];

/// Offices and bodies that issue a State's texts.
const AUTHORITIES: &[&str] = &[
    "government",
    "ministry",
    "minister",
    "president",
    "prime",
    "head",
    "embassy",
    "parliament",
    "king",
    "emir",
    "cabinet",
    "chancellor",
];

/// The one State whose authority is named as the author of the text the letter's first
/// sentence transmits.
pub(super) fn transmitted_author(body: &str) -> Option<State> {
    // The first sentence after a masthead an untitled copy may keep ("Security Council Distr.
    // GENERAL … I transmit to you herewith …"): the one with the first verb, near the top.
    let head = &body[..crate::text::reach(body, 0, OPENING)];
    let at = words(head)
        .iter()
        .find(|w| {
            let w = latin_lowercase(w.text(head));
            TRANSMITS.iter().any(|t| w.starts_with(t))
        })?
        .start;
    let (start, end) = sentence_around(body, at);
    if start > OPENING {
        return None;
    }
    let sentence = &body[start..end];
    let ws = words(sentence);
    let low = |i: usize| latin_lowercase(ws[i].text(sentence).trim_end_matches([',', ';']));
    // The verb found above: no word of the sentence before it is one.
    let verb = ws.iter().position(|w| start + w.start == at)?;
    let by = (verb + 1..ws.len()).find(|&i| BY.contains(&low(i).as_str()))?;
    let stop = (by + 1..ws.len())
        .find(|&i| AFTER_AUTHOR.contains(&low(i).as_str()))
        .unwrap_or(ws.len());
    let authority = (by + 1..stop).find(|&i| AUTHORITIES.contains(&low(i).as_str()))?;
    let from = ws[authority].start;
    let to = if stop < ws.len() {
        ws[stop].start
    } else {
        sentence.len()
    };
    match all_states(&sentence[from..to]).as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::transmitted_author;

    fn code(t: &str) -> Option<String> {
        transmitted_author(t).map(|s| s.code)
    }

    #[test]
    fn the_author_of_the_text_transmitted() {
        assert_eq!(code("I have the honour to transmit to you a press statement issued today, 5 August 1998, by the Ministry of Foreign Affairs of the State of Eritrea concerning the meeting of the Ministerial Committee. It was held in Ouagadougou.").as_deref(), Some("ERI"));
        assert_eq!(code("I have the honour to transmit to you herewith a message from His Excellency Dr. Laraki, Minister of State for Foreign Affairs of the Kingdom of Morocco, addressed to Their Excellencies the Ministers for Foreign Affairs of the African countries. On instructions from my Government").as_deref(), Some("MAR"));
        // The author after "by", not the addressee before it.
        assert_eq!(code("I transmit to you herewith the text of the note sent to Edgardo Paz Barnica, Minister for Foreign Affairs of Honduras, by Miguel D'Escoto Brockmann, Minister for Foreign Affairs of the Republic of Nicaragua, on 20 July 1983.").as_deref(), Some("NIC"));
    }

    #[test]
    fn no_author_no_state() {
        // The name lost there too.
        assert_eq!(code("I have the honour to transmit herewith a statement by the Government of the Republic of of 31 March 1998. The Government of Serbia met."), None);
        // A State the letter speaks about, not of the author.
        assert_eq!(code("On instructions from my Government, I have the honour to inform you that Israel attacked the village."), None);
        assert_eq!(code("I have the honour to draw to your attention the joint statement issued by the Heads of State and Government of countries of South-Eastern Europe at their meeting in Heracleion, Crete, in Greece, on 4 November 1997."), None);
        // Two States among the authors: none is the letter's.
        assert_eq!(code("I have the honour to transmit herewith the joint communiqué issued by the Presidents of Egypt and Jordan."), None);
        // Near the top only.
        let far = format!(
            "{} I have the honour to transmit a statement by the Government of Chile.",
            "We met. ".repeat(80)
        );
        assert_eq!(code(&far), None);
        // After a masthead.
        assert_eq!(code("Security Council Distr. GENERAL S/15879 21 July 1983 I transmit to you herewith the text of the note sent by the Minister for Foreign Affairs of Nicaragua.").as_deref(), Some("NIC"));
    }
}
