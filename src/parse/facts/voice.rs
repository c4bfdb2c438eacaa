//! The State a letter speaks for, when its title lost the name ("from the Permanent
//! Representative of to the United Nations") or it has no title: read only from the covering
//! sentence that transmits a text and names the text's author — "I have the honour to
//! transmit … a press statement issued … by the Ministry of Foreign Affairs of the State of
//! Eritrea", "… a message from … Minister of State for Foreign Affairs of the Kingdom of
//! Morocco, addressed to …". One State there, or none is read. Else the one State the letter
//! shows taking a stand in its own name ([`stance`], [`romance`] in French and Spanish), when
//! no office writes it (a State's envoy or minister may).

mod romance;
mod stance;

pub(super) use stance::{opens_clause, takes_a_stand};

use super::super::signature::all_states;
use super::signatories::sentence_around;
use crate::gazetteer::{self, Entity};
use crate::model::{Document, State};
use crate::text::{latin_lowercase, next_word, skip_spaces, words};

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

/// The State the letter speaks for, and how the letter says it: the author of the text its
/// first sentence transmits; else, under a title that lost its State (`lost`), a Permanent
/// Observer's observer State, or another envoy's one Government it names by its State's
/// adjective. An untitled text may be anyone's.
pub(super) fn speaker(doc: &Document, body: &str, lost: bool) -> Option<(State, &'static str)> {
    if let Some(s) = transmitted_author(body) {
        let how = "the letter\u{2019}s first sentence transmits a text by an authority of";
        return Some((s, how));
    }
    // An office's letter (the Secretary-General's, a chair's) speaks for no State it names.
    let envoy = doc
        .sender
        .role
        .as_deref()
        .is_none_or(|r| STATE_ROLES.contains(&r) || MINISTERS.contains(&r));
    let stand = || {
        let how = "the letter shows one State taking a stand in its own name (\u{201c}X rejects \u{2026}\u{201d}, \u{201c}X will exercise \u{2026}\u{201d}):";
        envoy
            .then(|| stance::subject(body).or_else(|| romance::subject(body)))
            .flatten()
            .map(|s| (s, how))
    };
    if !lost {
        return stand();
    }
    if doc.sender.role.as_deref() == Some("Permanent Observer") {
        let how = "the title names a Permanent Observer, and the letter one observer State:";
        return observer_named(body).map(|s| (s, how));
    }
    let how = "the letter names one Government by its State\u{2019}s adjective:";
    government_by_adjective(body)
        .map(|s| (s, how))
        .or_else(stand)
}

/// Of the non-member observer States, the one the letter names, by name or adjective ("the
/// occupied State of Palestine", "Palestinian civilians"): a Permanent Observer
/// whose title lost the name ("of the to the United Nations", "of the State of to") writes for
/// it. Both or neither named: none.
fn observer_named(body: &str) -> Option<State> {
    let mut found: Option<u16> = None;
    for m in gazetteer::find_iter(body) {
        let (Entity::State(i) | Entity::Demonym(i)) = m.entity else {
            continue;
        };
        let observer = gazetteer::states()
            .get(usize::from(i))
            .is_some_and(|s| s.status == gazetteer::StateStatus::Observer);
        match found {
            _ if !observer => {}
            Some(f) if f != i => return None,
            _ => found = Some(i),
        }
    }
    found.and_then(super::state_of)
}

/// Roles only a State's envoy or mission holds: such a sender without a State lost its name to
/// the scan ("the PermanenT, Representative.--____ of-. e", "MISSION OF(^RAQ^)rO").
const STATE_ROLES: &[&str] = &[
    "Permanent Representative",
    "Permanent Representatives",
    "Acting Permanent Representative",
    "Deputy Permanent Representative",
    "Chargé d'affaires a.i.",
    "Chargé d'affaires",
    "Permanent Mission",
];

/// A State's ministers, who write for their State as its envoys do.
const MINISTERS: &[&str] = &[
    "Foreign Minister",
    "Minister for Foreign Affairs",
    "Minister of Foreign Affairs",
    "Prime Minister",
];

/// Whether the title names a State's envoy but no State, nor a body he speaks for.
pub(super) fn state_role_without_state(doc: &Document) -> bool {
    doc.title.is_some()
        && doc.sender.states.is_empty()
        && doc.sender.organization.is_none()
        && doc
            .sender
            .role
            .as_deref()
            .is_some_and(|r| STATE_ROLES.contains(&r))
}

/// The one State whose Government the letter names by its adjective: "The Chinese Government
/// and people express …", "the Spanish Government", "The South African Government is
/// satisfied". Two States so named: none is read.
pub(super) fn government_by_adjective(body: &str) -> Option<State> {
    let mut found: Option<u16> = None;
    for m in gazetteer::find_iter(body) {
        let Entity::Demonym(i) = m.entity else {
            continue;
        };
        let next = next_word(body, skip_spaces(body, m.end));
        let noun = next.trim_end_matches([',', '.', ';', ':']);
        let noun = noun
            .strip_suffix("'s")
            .or_else(|| noun.strip_suffix("\u{2019}s"))
            .unwrap_or(noun);
        if !noun.eq_ignore_ascii_case("government") {
            continue;
        }
        match found {
            Some(f) if f != i => return None,
            _ => found = Some(i),
        }
    }
    found.and_then(super::state_of)
}

/// The one State whose authority is named as the author of the text the letter's first
/// sentence transmits.
fn transmitted_author(body: &str) -> Option<State> {
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
    use super::{government_by_adjective, transmitted_author};

    fn by_adjective(t: &str) -> Option<String> {
        government_by_adjective(t).map(|s| s.code)
    }

    #[test]
    fn the_government_named_by_its_adjective() {
        assert_eq!(by_adjective("On 10 July 1995, the Permanent Representatives of Nicaragua and Solomon Islands addressed a letter to you. The Chinese Government and people express their utmost indignation.").as_deref(), Some("CHN"));
        assert_eq!(by_adjective("I have had occasion to inform Your Excellency of the willingness of the Spanish Government to proceed. The Spanish Government's position is known.").as_deref(), Some("ESP"));
        assert_eq!(by_adjective("An attack was launched on the towns. The South African Government is satisfied that it came from Zambia.").as_deref(), Some("ZAF"));
    }

    fn senders(t: &str) -> Vec<String> {
        let doc = crate::parse(t).unwrap();
        doc.sender.states.into_iter().map(|s| s.code).collect()
    }

    #[test]
    fn a_title_whose_scan_lost_the_state_of_its_envoy() {
        let t = "LETTER DATED 24 AUGUST 1997 FROM THE CHARGE D'AFFAIRES A.I. OF THE PERMANENT MISSION OF(^RAQ^)rO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL On instructions from my Government, I have the honour to transmit to you herewith a letter dated 21 August 1997 addressed to you by Mr. Mohammed Said Al-Sahaf, Minister for Foreign Affairs of the Republic of Iraq, calling attention to the operations.";
        assert_eq!(senders(t), ["IRQ"]);
        let t = "Letter dated 26 February 1976 from the PermanenT, Representative.--____ of-. e to the Umted Nationsaddressedtothe Secretary-General On instructions from my Government, I have the honour to recall the willingness of the Spanish Government to proceed.";
        assert_eq!(senders(t), ["ESP"]);
        // An office held for a body speaks for no State, whatever Government it names.
        let t = "Letter dated 2 May 2001 from the President of the Security Council addressed to the Secretary-General I have the honour to inform you that the Chinese Government has agreed.";
        assert!(senders(t).is_empty());
        // A State the title names stays the sender's.
        let t = "Letter dated 2 May 2001 from the Permanent Representative of Peru to the United Nations addressed to the Secretary-General The Chilean Government has agreed.";
        assert_eq!(senders(t), ["PER"]);
        // No title: the writer may be no State's ("… conveyed to the Soviet Government").
        let t = "I have the honour to inform you that we conveyed the proposal to the Soviet Government. I should be grateful if you would have the present letter circulated.";
        assert!(senders(t).is_empty());
    }

    #[test]
    fn a_permanent_observer_whose_title_lost_the_state() {
        let t = "Identical letters dated 12 October 2015 from the Permanent Observer of the to the United Nations addressed to the Secretary-General and the President of the Security Council Since our last letter to you, the situation in the occupied State of Palestine continues to deteriorate.";
        assert_eq!(senders(t), ["PSE"]);
        let t = "Identical letters dated 26 February 2016 from the Permanent Observer of the State of to the United Nations addressed to the Secretary-General and the President of the Security Council We write regarding the killing of Palestinian civilians.";
        assert_eq!(senders(t), ["PSE"]);
        // No observer State named, or both: none is guessed.
        let t = "Letter dated 1 May 2015 from the Permanent Observer of the to the United Nations addressed to the Secretary-General I write regarding Israel and Jordan.";
        assert!(senders(t).is_empty());
        let t = "Letter dated 1 May 2015 from the Permanent Observer of the to the United Nations addressed to the Secretary-General The Holy See and the State of Palestine signed an agreement.";
        assert!(senders(t).is_empty());
    }

    #[test]
    fn no_one_government_no_state() {
        // Two States' Governments: neither is read.
        assert_eq!(
            by_adjective("The Iraqi Government rejects what the Turkish Government claims."),
            None
        );
        // Another State named by its name, not its adjective; an adjective before another noun.
        assert_eq!(
            by_adjective(
                "The Government of Honduras should claim to be the victim of Nicaraguan forces."
            ),
            None
        );
        assert_eq!(
            by_adjective("Original: Chinese. The Chinese people and the Government of China met."),
            None
        );
    }

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
