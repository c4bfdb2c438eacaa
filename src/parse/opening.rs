//! A document without a title — the original as a mission sent it, pasted from its letterhead —
//! still says who writes to whom in its opening formula:
//!
//! - "The Permanent Mission of Armenia to the United Nations presents its compliments to the
//!   President of the 60th session of the General Assembly and has the honour …": a note
//!   verbale, its sender and its addressee; its dateline follows the closing formula ("… the
//!   assurances of its highest consideration. New York, 12 April 2006").
//! - "I have the honour …" with "I should be grateful if you would have the present letter
//!   circulated", or a close signed without a "(Signed)" mark (`closing`): a letter. Its sender
//!   is the signer's role and the State of the signer's title or the letterhead ("PERMANENT
//!   MISSION OF GEORGIA"), its addressee the office in the block under the signature, its date
//!   the last one before its first words.
//!
//! Nothing is read when the formula is absent: the Document then says it found no title.

use super::addressee::addressees_at;
use super::sender::sender_of;
use crate::model::{DocumentKind, Sender, State};
use crate::text::{
    at_word_start, date_at, find_phrase_before, find_str, reach, reach_back, skip_spaces, slice,
    words_iter,
};

/// What the opening formula says.
#[derive(Debug, Clone)]
pub struct Opening {
    /// Where the note's or the letter's first words begin: what stands before is its masthead.
    pub start: usize,
    pub kind: DocumentKind,
    pub date: Option<String>,
    pub sender: Sender,
    pub addressees: Vec<String>,
}

/// How far into the text an opening formula is looked for: after a letterhead, never deep in.
const REACH: usize = 3000;

const COMPLIMENTS: &[&str] = &[
    "presents its compliments to",
    "presents his compliments to",
    "presents her compliments to",
    "present their compliments to",
];

/// A letter's first words, in the order they are looked for.
const LETTER_OPENERS: &[&str] = &[
    "i have the honour",
    "i have the honor",
    "we have the honour",
    "we have the honor",
    "upon instructions from my government",
    "on instructions from my government",
    "i transmit to you",
    // "I am writing to express …", "I am writing further to my letters …".
    "i am writing",
];

/// A letter's salutation, which stands before its first words ("Excellency: As Chairman of the
/// Arab Group …", "Dear Sir, At its 164th meeting …"); matched with its capital and its mark.
const SALUTATIONS: &[&str] = &[
    "Excellency:",
    "Excellency,",
    "Dear Sir,",
    "Dear Sir:",
    "Sir,",
    "Dear Madam President,",
    "Dear Mr. President,",
    "Dear Mr. Secretary-General,",
    "Dear Madam Secretary-General,",
];

/// Where a salutation stands in a cable's or a telex's capitals, its mark a comma or a colon
/// ("… NO. MPZ/01/530/77 SIR, THE REPRESENTATIONS …", "\"DEAR MR. SECRETARY-GENERAL: \"I HAVE
/// …").
fn in_capitals(head: &str) -> Option<usize> {
    SALUTATIONS
        .iter()
        .filter_map(|p| {
            let words = p[..p.len() - 1].to_ascii_uppercase();
            let mut from = 0;
            while let Some(a) = find_str(slice(head, from, head.len()), &words).map(|a| a + from) {
                from = a + words.len();
                let marked = matches!(head[from..].chars().next(), Some(',' | ':'));
                if marked && at_word_start(head, a) {
                    return Some(a);
                }
            }
            None
        })
        .min()
}

/// Offices whose letterhead names the sender ("THE SECRETARY-GENERAL" over a letter without a
/// title), printed in capitals.
const LETTERHEADS: &[(&str, &str)] = &[
    ("THE SECRETARY-GENERAL", "Secretary-General"),
    (
        "THE PRESIDENT OF THE GENERAL ASSEMBLY",
        "President of the General Assembly",
    ),
    (
        "THE PRESIDENT OF THE SECURITY COUNCIL",
        "President of the Security Council",
    ),
];

const LETTER_SELF: &[&str] = &["the present letter", "this letter"];

/// Reads the opening formula of an untitled document.
pub fn read(text: &str) -> Option<Opening> {
    note_verbale(text).or_else(|| letter(text))
}

fn note_verbale(text: &str) -> Option<Opening> {
    let reach = REACH.min(text.len());
    let (at, after) = COMPLIMENTS
        .iter()
        .filter_map(|p| find_phrase_before(text, p, 0, reach).map(|a| (a, a + p.len())))
        .min()?;
    // The sender: from the sentence's "The" to "presents", without an appositive ("…, in its
    // capacity as Chairman of …,").
    let start = sentence_start(text, at)?;
    let segment = slice(text, start, at);
    let segment = segment.split(',').next().unwrap_or(segment);
    let sender = sender_of(segment);
    if sender.role.is_none() && sender.states.is_empty() {
        return None;
    }
    let (addressees, _) = addressees_at(text, after);
    Some(Opening {
        start,
        kind: DocumentKind::NoteVerbale,
        // After the closing formula, else at the top, as a letter's.
        date: dateline(text, after).or_else(|| date_before(text, start)),
        sender,
        addressees,
    })
}

/// The last "The" that opens the sentence holding `at`, within a short reach before it.
fn sentence_start(text: &str, at: usize) -> Option<usize> {
    let from = reach_back(text, at, 400);
    let window = slice(text, from, at);
    words_iter(window)
        .filter(|w| w.text(window) == "The" || w.text(window) == "THE")
        .last()
        .map(|w| from + w.start)
}

/// The date after the closing formula ("… highest consideration. New York, 12 April 2006").
fn dateline(text: &str, from: usize) -> Option<String> {
    let close = super::closing::FORMULAS
        .iter()
        .filter_map(|p| find_phrase_before(text, p, from, text.len()).map(|a| a + p.len()))
        .min()?;
    let tail = slice(text, close, reach(text, close, 120));
    words_iter(tail)
        .take(8)
        .find_map(|w| date_at(text, close + w.start))
        .map(|d| d.iso)
}

fn letter(text: &str) -> Option<Opening> {
    let reach = REACH.min(text.len());
    let opener = LETTER_OPENERS
        .iter()
        .filter_map(|p| find_phrase_before(text, p, 0, reach))
        .min();
    let salutation = SALUTATIONS
        .iter()
        .filter_map(|p| find_str(slice(text, 0, reach), p).filter(|&a| at_word_start(text, a)))
        .chain(in_capitals(slice(text, 0, reach)))
        .min();
    // An original that opens on its addressee's block ("H.E. Mr. Ban Ki-moon Secretary General
    // United Nations New York Less than 24 hours after …") and closes on a formula.
    let top = address_at_top(text);
    let honour = opener
        .into_iter()
        .chain(salutation)
        .chain(top.as_ref().map(|t| t.1))
        .min()?;
    let names_itself = LETTER_SELF
        .iter()
        .any(|p| find_phrase_before(text, p, honour, text.len()).is_some());
    let close = super::closing::read(text, honour);
    // Without a signer, the address block after the formula still names the addressee.
    let unsigned_close = match close {
        Some(_) => None,
        None => super::closing::addressees_after(text, honour),
    };
    // Signed: "(Signed)" marks, or a closing formula after the salutation.
    let signed = find_str(slice(text, honour, text.len()), "(Signed)").is_some();
    // Or, in an original cut short before its close, a date above its salutation or address
    // block: "29 December 1978 Excellency, … I have the honour …", "8 August 2002 Dear Mr.
    // Secretary-General, You will recall …".
    // Under an address block, the date may stand between it and the salutation ("… Security
    // Council New York 16th September 1997 Dear Mr. President,").
    let date = date_before(text, honour).or_else(|| salutation.and_then(|s| date_before(text, s)));
    let dated_above = date.is_some();
    let formula = (salutation.is_some() || top.is_some())
        && (close.is_some() || unsigned_close.is_some() || dated_above);
    // Or its first words open the text, after a masthead at most ("Security Council 7 February
    // 1967 I have the honour, on instructions from my Government, …"): a copy cut short.
    let opens_the_text = opener.is_some_and(|o| !prose_before(slice(text, 0, o)));
    if !names_itself && close.is_none() && !signed && !formula && !opens_the_text {
        return None;
    }
    // The sender: the signer's role, and the State of the signer's title or the letterhead.
    let mut sender = Sender::default();
    let mut addressees;
    if let Some(c) = close {
        let title = c.signature.title.as_deref().unwrap_or_default();
        // "Ambassador Permanent Representative": the office, not the rank.
        let roles: Vec<String> = words_iter(title)
            .filter_map(|w| sender_of(slice(title, w.start, title.len())).role)
            .collect();
        sender.role = roles
            .iter()
            .find(|r| *r != "Ambassador")
            .or(roles.first())
            .cloned();
        sender.states.extend(c.signature.state);
        addressees = c.addressees;
    } else {
        addressees = unsigned_close.unwrap_or_default();
    }
    if addressees.is_empty() {
        addressees = top.map(|t| t.0).unwrap_or_default();
    }
    // "Dear Mr. Secretary-General,": a salutation that names the office.
    if addressees.is_empty() {
        let by_salutation = salutation.is_some_and(|a| {
            crate::text::find_phrase(
                slice(text, a, crate::text::reach(text, a, 40)),
                "Secretary-General",
                0,
            )
            .is_some()
        });
        if by_salutation {
            addressees.push("Secretary-General".to_string());
        }
    }
    // "I have the honour to address Your Excellency, in your capacity as President of the
    // Security Council, …": the office the first sentence addresses.
    if addressees.is_empty() {
        let first = slice(text, honour, crate::text::reach(text, honour, 300));
        if let Some(e) = crate::text::find_phrase(first, "in your capacity as", 0) {
            let at = honour + e + "in your capacity as".len();
            addressees = addressees_at(text, skip_spaces(text, at)).0;
        }
    }
    // A letter that follows the writer's own goes where it went.
    if addressees.is_empty() {
        addressees = earlier_letter_to(slice(text, honour, crate::text::reach(text, honour, 300)));
    }
    // An address block at a page's foot or after a signature the close could not read.
    if addressees.is_empty() {
        addressees = super::closing::postal_addressees(text);
    }
    // "… an identical letter has been sent to H.E. Ms. U. Joy Ogwu, President of the United
    // Nations Security Council": identical letters, and their other addressee.
    let mut kind = DocumentKind::Letter;
    if let Some(other) = identical_to(text) {
        kind = DocumentKind::IdenticalLetters;
        for o in other {
            if !addressees.contains(&o) {
                addressees.push(o);
            }
        }
    }
    if sender.states.is_empty() {
        sender.states = letterhead_state(text, honour);
    }
    if sender.role.is_none() && sender.states.is_empty() {
        // An addressee's office in a title the grammar could not read ("… ADDREGSED TO THE
        // PRESIDENT OF THE SECURITY COUNCIL") is no letterhead.
        let head = slice(text, 0, honour);
        sender.role = LETTERHEADS
            .iter()
            .find(|(printed, _)| {
                find_str(head, printed).is_some_and(|a| {
                    !slice(head, reach_back(head, a, 4), a)
                        .trim()
                        .eq_ignore_ascii_case("to")
                })
            })
            .map(|(_, office)| office.to_string());
    }
    Some(Opening {
        start: honour,
        kind,
        date,
        sender,
        addressees,
    })
}

/// The offices the writer's earlier letter went to, as the first sentence recalls it: "I am
/// writing further to my letters addressed to the President of the Security Council dated …",
/// "I have the honour to refer to my letter to the President of the Security Council dated …".
/// Only right after "my letter": "my letter dated 7 March 2016 to …" may have gone elsewhere.
fn earlier_letter_to(first: &str) -> Vec<String> {
    for mine in [
        "my letter",
        "my letters",
        "my previous letter",
        "my previous letters",
    ] {
        let Some(p) = crate::text::find_phrase(first, mine, 0) else {
            continue;
        };
        let mut q = skip_spaces(first, p + mine.len());
        if let Some(e) = crate::text::phrase_at(first, q, "addressed") {
            q = skip_spaces(first, e);
        }
        if let Some(e) = crate::text::phrase_at(first, q, "to") {
            let offices = addressees_at(first, skip_spaces(first, e)).0;
            if !offices.is_empty() {
                return offices;
            }
        }
    }
    Vec::new()
}

/// An addressee's block among the first words, naming an office: the offices and where the
/// block starts.
fn address_at_top(text: &str) -> Option<(Vec<String>, usize)> {
    let head = slice(text, 0, reach(text, 0, TOP_REACH));
    let (start, offices) = super::closing::address_block(head)?;
    (!offices.is_empty()).then_some((offices, start))
}

/// How far into the text an addressee's block opening the letter is looked for.
const TOP_REACH: usize = 300;

/// The offices an identical letter "has been sent to" or "addressed to", as the letter says.
fn identical_to(text: &str) -> Option<Vec<String>> {
    let at = find_phrase_before(text, "identical letter", 0, text.len())?;
    let seg = slice(text, at, reach(text, at, 200));
    let ws = crate::text::words(seg);
    ws.iter()
        .map(|w| super::addressee::addressees_at(seg, w.start).0)
        .find(|a| !a.is_empty())
}

/// The State of a letterhead before the letter: "PERMANENT MISSION OF GEORGIA TO THE UNITED
/// NATIONS".
fn letterhead_state(text: &str, before: usize) -> Vec<State> {
    find_phrase_before(text, "permanent mission of", 0, before)
        .map(|at| sender_of(slice(text, at, reach(text, at, 160).min(before))).states)
        .unwrap_or_default()
}

/// Whether `head` holds a sentence of prose: a lower-case word of three letters or more that a
/// full stop ends ("… on 12 October 1959."). A masthead's stops close capitals ("Distr.").
fn prose_before(head: &str) -> bool {
    words_iter(head).any(|w| {
        let w = w.text(head);
        w.strip_suffix('.').is_some_and(|stem| {
            stem.len() >= 3 && stem.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        })
    })
}

/// The letter's date: the last one in the short stretch before its first words ("22 May 2009
/// Excellency, I have the honour").
fn date_before(text: &str, at: usize) -> Option<String> {
    let from = reach_back(text, at, DATELINE_REACH);
    let window = slice(text, from, at);
    words_iter(window)
        .filter_map(|w| date_at(text, from + w.start))
        .last()
        .map(|d| d.iso)
}

/// How far before a letter's first words its dateline is looked for.
const DATELINE_REACH: usize = 300;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inside_address_that_names_the_body_after_the_office() {
        let t = "The Sierra Leone Web State House Freetown, Republic of Sierra Leone The President United Nations Security Council New York UNITED STATES OF AMERICA 16th September 1997 Dear Mr. President, Pursuant to my letter of 5th September, 1997 addressed to the Committee of Five, it is my honour to write to you.";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::Letter);
        assert_eq!(o.addressees, ["President of the Security Council"]);
        assert_eq!(o.date.as_deref(), Some("1997-09-16"));
        let t = "New York, 13 May 2020 H.E. Mr. Sven Jürgenson Ambassador, Permanent Representative of the Republic of Estonia to the United Nations President, Security Council (May 2020) New York.- Distinguished Ambassador Jürgenson, I have the honor to address Your Excellency.";
        assert_eq!(
            read(t).unwrap().addressees,
            ["President of the Security Council"]
        );
        // The office's words in prose are no address: "the President, Security Council members
        // and …" names no addressee of an untitled letter.
        let t = "I have the honour to inform you that the President of the Republic met the Security Council members. I should be grateful if you would have the present letter circulated.";
        assert!(read(t).unwrap().addressees.is_empty());
    }

    #[test]
    fn a_salutation_in_a_cables_capitals() {
        let t = "TEXT OF ZAIRE PERM REPS' SECOND LETTER FOLLOWS: QUOTE TRANSLATED FROM FRENCH PERMANENT MISSION OF THE REPUBLIC OF ZAIRE TO THE UNITED NATIONS NEW YORK, 22 APRIL 1977 HIS EXCELLENCY DR. SIMON ALBERTO CONSALVI PRESIDENT OF THE SECURITY COUNCIL OF THE UNITED NATIONS NEW YORK, N.Y. 10017 NO. MPZ/01/530/77 SIR, THE REPRESENTATIONS WHICH I MADE YESTERDAY TO YOU SEEM TO BE GIVING RISE TO MISUNDERSTANDING.";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::Letter);
        assert_eq!(o.date.as_deref(), Some("1977-04-22"));
        assert_eq!(o.sender.states[0].code, "COD");
        assert_eq!(o.addressees, ["President of the Security Council"]);
        let t = "I HAVE THE HONOUR TO TRANSMIT THE FOLLOWING MESSAGE TO YOU FROM THE SECRETARY OF STATE: \"DEAR MR. SECRETARY-GENERAL: \"I HAVE THE HONOR TO INFORM YOU THAT THE GOVERNMENTS ARE PREPARED.";
        assert_eq!(read(t).unwrap().addressees, ["Secretary-General"]);
        // A word in capitals is no salutation without its mark: "SIR WILLIAM", "EXCELLENCY THE".
        assert!(in_capitals("HIS EXCELLENCY THE SECRETARY-GENERAL MET SIR WILLIAM").is_none());
    }

    #[test]
    fn a_letter_that_follows_the_writers_own() {
        let t = "I am writing further to my letters addressed to the President of the Security Council dated 13 April 2021 (S/2021/354) on the question of the dam. Accordingly, Egypt has elected to bring this matter to the Council.";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::Letter);
        assert_eq!(o.addressees, ["President of the Security Council"]);
        let t = "Security Council 8 December 1999 Original: English I have the honour to refer to my letter to the President of the Security Council dated 10 September 1999 (S/1999/983), as well as to the letters from the President of the Council addressed to me.";
        assert_eq!(
            read(t).unwrap().addressees,
            ["President of the Security Council"]
        );
    }

    #[test]
    fn an_earlier_letter_elsewhere_names_no_addressee() {
        // Dated before it is sent on: it may have gone to another office.
        let t = "I have the honour to refer to my letter dated 7 March 2016 to the President of the Security Council (S/2016/216).";
        assert!(read(t).unwrap().addressees.is_empty());
        // "to you": no office.
        let t =
            "I have the honour to refer to my letter to you of 17 March 1997 on the settlement.";
        assert!(read(t).unwrap().addressees.is_empty());
    }

    #[test]
    fn note_verbale_from_its_formula() {
        let t = "PERMANENT MISSION OF THE REPUBLIC OF ARMENIA TO THE UNITED NATIONS No. UN/321/183/06 The Permanent Mission of the Republic of Armenia to the United Nations presents its compliments to the President of the 60th session of the General Assembly of the United Nations and has the honour to inform … The Permanent Mission avails itself of this opportunity to renew the assurances of its highest consideration. New York. 12 April 2006 H.E. Mr. Jan Eliasson";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::NoteVerbale);
        assert_eq!(o.sender.role.as_deref(), Some("Permanent Mission"));
        assert_eq!(o.sender.states[0].code, "ARM");
        assert_eq!(o.addressees, ["President of the General Assembly"]);
        assert_eq!(o.date.as_deref(), Some("2006-04-12"));
    }

    #[test]
    fn an_original_cut_short_before_its_close() {
        let t = "PERMANENT MISSION OF THE REPUBLIC OF CYPRUS TO THE UNITED NATIONS Ref: 2007/77/7 29 December 1978 Excellency, On instructions from my Government, I have the honour to draw Your Excellency's attention to the latest events";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::Letter);
        assert_eq!(o.date.as_deref(), Some("1978-12-29"));
        assert_eq!(o.sender.states[0].code, "CYP");
        // Undated, with no close: the formula after a sentence of prose is no letter read.
        let t = "The events were discussed. Excellency, I have the honour to draw your attention to the latest events";
        assert!(read(t).is_none());
    }

    #[test]
    fn a_salutation_dated_above_it() {
        let t = "Sierra Leone Web 8 August 2002 Dear Mr. Secretary-General, You will recall that in welcoming the elections";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::Letter);
        assert_eq!(o.date.as_deref(), Some("2002-08-08"));
        assert_eq!(o.addressees, ["Secretary-General"]);
    }

    #[test]
    fn a_note_dated_at_its_top() {
        let t = "21 October 1993 (Not distributed) The Permanent Observer of Palestine to the United Nations presents his compliments to the Secretary-General of the United Nations and has the honor to refer to the note verbale dated 14 September 1993.";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::NoteVerbale);
        assert_eq!(o.date.as_deref(), Some("1993-10-21"));
    }

    #[test]
    fn appositive_and_representative() {
        let t = "NOTE NO: 03/ SG/02 The Permanent Mission of the Republic of Malawi to the United Nations, in its capacity as Chairman of the Southern Africa Development Community (SADC), presents its compliments to the Secretary General of the United Nations and has the honour to forward herewith the Communique";
        let o = read(t).unwrap();
        assert_eq!(o.sender.states[0].code, "MWI");
        assert_eq!(o.addressees, ["Secretary-General"]);
        let t = "The Permanent Representative of the Yemen Arab Republic to the united Nations presents his compliments to the Secretary-General of the United Nations and would like";
        let o = read(t).unwrap();
        assert_eq!(o.sender.role.as_deref(), Some("Permanent Representative"));
    }

    #[test]
    fn an_original_that_opens_on_its_address_and_sends_an_identical_letter() {
        let t = "Letter from the Ambassador H.E. Mr. Ban Ki-moon Secretary General United Nations New York Less than 24 hours after an encouraging development, a rocket was fired. I wish to inform you that this identical letter has been sent to H.E. Ms. U. Joy Ogwu, President of the United Nations Security Council. Allow me, Excellency, to renew to you the assurances of my highest consideration. Yours truly, Gavriel Shalev Permanent Representative";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::IdenticalLetters);
        assert_eq!(
            o.addressees,
            ["Secretary-General", "President of the Security Council"]
        );
        assert_eq!(o.sender.role.as_deref(), Some("Permanent Representative"));
        // Without the block or a formula, a page of prose is no letter.
        assert!(read("Less than 24 hours after an encouraging development, a rocket was fired. Yours truly, Gavriel Shalev Permanent Representative").is_none());
    }

    #[test]
    fn letter_that_names_itself() {
        let t = "No. 8 January 2020 Upon instructions from my Government, I would like to inform you … I should be grateful if you would have the present letter circulated as a document of the Security Council.";
        assert_eq!(read(t).unwrap().kind, DocumentKind::Letter);
        // A text that is neither: nothing is read.
        assert!(read("The Committee met on 3 May 1999 and adopted its report.").is_none());
    }

    #[test]
    fn letters_that_open_with_a_salutation() {
        let t = "PERMANENT MISSION OF THE HASHEMITE KINGDOM OF JORDAN TO THE UNITED NATIONS February 12, 1979 Excellency: As Chairman of the Arab Group for the month of February, 1979, I wish on behalf of the Group, to enclose the article. Please accept Excellency, the assurances of my highest consideration. Hazem Nuseibeh Ambassador Permanent Representative";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::Letter);
        assert_eq!(o.date.as_deref(), Some("1979-02-12"));
        assert_eq!(o.sender.states[0].code, "JOR");
        assert_eq!(o.sender.role.as_deref(), Some("Permanent Representative"));
        let t = "THE SECRETARY-GENERAL 3 July 2013 --------- Dear Madam President, Further to my report to the Security Council, I have the honour to transmit the benchmarks. Please accept, Madam President, the assurances of my highest consideration. Z\u{b7} Her Excellency Mrs. Rosemary A. DiCarlo President of the Security Council New York";
        let o = read(t).unwrap();
        assert_eq!(o.date.as_deref(), Some("2013-07-03"));
        assert_eq!(o.sender.role.as_deref(), Some("Secretary-General"));
        assert_eq!(o.addressees, ["President of the Security Council"]);
        // A salutation alone, with nothing signed after it, is no letter.
        assert!(read("Minutes of the meeting. Sir, the Committee met on 3 May.").is_none());
    }

    #[test]
    fn signed_joint_letter_without_a_title() {
        let t = "Security Council 26 September 1996 We have the honour to transmit herewith the text of the statement. We should be grateful if you would have it circulated. (Signed) QIN Huasun (Signed) Alain DEJAMMET Permanent Representative of China";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::Letter);
        assert_eq!(o.date.as_deref(), Some("1996-09-26"));
    }

    #[test]
    fn original_letter_on_its_letterhead() {
        let t = "PERMANENT MISSION OF GEORGIA TO THE UNITED NATIONS No. 101 22 May 2009 Excellency, I have the honor to transmit the annexed letter of the Minister. Please, accept, Excellency, the assurances of my highest consideration. Sincerely, Alexander Lomaia Permanent Representative H.E. Mr. Ban Ki-moon Secretary-General United Nations New York";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::Letter);
        assert_eq!(o.date.as_deref(), Some("2009-05-22"));
        assert_eq!(o.sender.role.as_deref(), Some("Permanent Representative"));
        assert_eq!(o.sender.states[0].code, "GEO");
        assert_eq!(o.addressees, ["Secretary-General"]);
        // The rank before the office is not the sender's role; an ordinal day is a date.
        let t = "PERMANENT MISSION OF THE ARAB REPUBLIC OF EGYPT TO THE UNITED NATIONS 16th December 1974 Your Excellency, I have the honour to bring to your attention the annexed statement. Please accept, Excellency, the assurances of my highest consideration. Dr. A. Esmat Abdel Meguid Ambassador Permanent Representative H.E. Mr. Kurt Waldheim";
        let o = read(t).unwrap();
        assert_eq!(o.date.as_deref(), Some("1974-12-16"));
        assert_eq!(o.sender.role.as_deref(), Some("Permanent Representative"));
        assert_eq!(o.sender.states[0].code, "EGY");
    }

    #[test]
    fn first_words_that_open_the_text_make_a_letter() {
        // A copy cut short: no close, no "(Signed)", nothing but a masthead before it.
        let t = "Security Council 7 February 1967 I have the honour, on instructions from my Government, to bring to Your Excellency's urgent attention further violations";
        let o = read(t).unwrap();
        assert_eq!(o.kind, DocumentKind::Letter);
        assert_eq!(o.date.as_deref(), Some("1967-02-07"));
        let t = "In my capacity as Chairman of the Arab Group for the month of October 1987, I have the honour to inform you of the following: the Group";
        assert_eq!(read(t).unwrap().kind, DocumentKind::Letter);
        // Prose before the formula: a letter quoted inside a text is not this document.
        let t = "The Commission met on 3 May and considered the matter. The Chairman read: I have the honour to inform you of the following";
        assert!(read(t).is_none());
        // An addressee's office in a title the grammar lost is no letterhead.
        let t = "LETTER DATED 9 APRIL 1956 ~~OM TEE FERlfillNENT REPRESENTATIVE OF ISRAEL, ADDREGSED TO THE PRESIDENT OF THE SECURITY COUNCIL I have the honour to refer to my letter";
        assert_eq!(read(t).unwrap().sender.role, None);
    }

    #[test]
    fn addressees_from_the_first_sentence_or_a_bare_style() {
        let t = "Caption of a photograph. I have the honour to address Your Excellency, in your capacity as President of the Security Council of the United Nations, to denounce recent events. I should be grateful if you would circulate the present letter";
        assert_eq!(
            read(t).unwrap().addressees,
            ["President of the Security Council"]
        );
        let t = "From Sir Jeremy Greenstock GCMG 20 March 2003 To HE Mamady Traore President of the Security Council I have the honor to inform you on behalf of my Government that the action continues. (signed) Jeremy Greenstock";
        assert_eq!(
            read(t).unwrap().addressees,
            ["President of the Security Council"]
        );
    }
}
