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
//! - A salutation of an office or an Excellency ("Dear Mr. Chairman!", "Madam President,",
//!   "Your Excellency,") dated above it opens a letter; one that names the Secretary-General, in
//!   English, French or Spanish ("Monsieur le Secrétaire Général,", "Señor Secretario
//!   General:"), names its addressee.
//! - "Dear Madam President, I have the honour to inform you and, through you, the members of
//!   the Security Council", "Monsieur le Président, J'ai l'honneur de vous informer et, par
//!   votre intermédiaire, …", "Mr President, … brought to the attention of other members of
//!   the Security Council": with no addressee's block, the President of the organ reached.
//!
//! - "La Misión Permanente de Nicaragua ante las Naciones Unidas saluda atentamente a …", "La
//!   Mission permanente de … présente ses compliments à …": a Spanish or French note verbale,
//!   sent by the mission its State names; a letterhead in those languages ("Misión Permanente de
//!   la República Bolivariana de Venezuela ante Naciones Unidas") names a letter's State, and a
//!   dateline in them ("Le 12 février 2001", "26 de noviembre de 1994") dates a letter or a note.
//!
//! Nothing is read when the formula is absent: the Document then says it found no title.

mod salutation;

use super::addressee::addressees_at;
use super::sender::{sender_of, sender_of_signer};
use crate::model::{DocumentKind, Sender, State};
use crate::text::{
    at_word_start, date_at, find_phrase_before, find_str, reach, reach_back, skip_spaces, slice,
    words_iter,
};
use salutation::{in_capitals, SALUTATIONS, SECRETARY_GENERAL};

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
    // A French or Spanish copy's ("J'ai l'honneur d'appeler votre attention …").
    "j'ai l'honneur",
    "j\u{2019}ai l\u{2019}honneur",
    "nous avons l'honneur",
    "nous avons l\u{2019}honneur",
    "tengo el honor",
    "tenemos el honor",
];

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

/// A letterhead as printed, then as a scan left it with one space lost ("THE PRESIDENT OFTHE
/// GENERAL ASSEMBLY").
fn glued_forms(printed: &str) -> impl Iterator<Item = String> + '_ {
    let spaces = printed.match_indices(' ').map(|(i, _)| i);
    std::iter::once(printed.to_string())
        .chain(spaces.map(move |i| format!("{}{}", &printed[..i], &printed[i + 1..])))
}

const LETTER_SELF: &[&str] = &[
    "the present letter",
    "this letter",
    "la présente lettre",
    "la presente carta",
];

/// Reads the opening formula of an untitled document.
pub fn read(text: &str) -> Option<Opening> {
    note_verbale(text)
        .or_else(|| romance_note_verbale(text))
        .or_else(|| letter(text))
}

/// A Spanish or French note's words of compliment, folded.
const ROMANCE_COMPLIMENTS: &[&str] = &[
    "saluda atentamente a",
    "saluda muy atentamente a",
    "presente ses compliments",
];

/// A mission's name in those languages, folded.
const ROMANCE_MISSIONS: &[&str] = &["mision permanente", "mission permanente"];

/// The first word start in `text[from..to]` where one of `phrases` (folded) stands: where it
/// starts and ends.
fn find_folded(text: &str, phrases: &[&str], from: usize, to: usize) -> Option<(usize, usize)> {
    let window = slice(text, from, to);
    words_iter(window).find_map(|w| {
        crate::text::any_folded_at(text, from + w.start, phrases).map(|e| (from + w.start, e))
    })
}

/// A Spanish or French note verbale: its sender, from the sentence's article to the
/// compliments, is a mission its State names.
fn romance_note_verbale(text: &str) -> Option<Opening> {
    let (at, after) = find_folded(text, ROMANCE_COMPLIMENTS, 0, REACH.min(text.len()))?;
    let from = reach_back(text, at, 400);
    let window = slice(text, from, at);
    let article = words_iter(window)
        .filter(|w| matches!(w.text(window), "La" | "LA" | "El" | "EL" | "Le" | "LE"))
        .last()?;
    let start = from + article.start;
    let segment = slice(text, start, at);
    let state = super::title::romance_state_named(segment)?;
    let mission = find_folded(segment, ROMANCE_MISSIONS, 0, segment.len()).is_some();
    Some(Opening {
        start,
        kind: DocumentKind::NoteVerbale,
        date: dateline(text, after).or_else(|| date_before(text, start)),
        sender: Sender {
            role: mission.then(|| "Permanent Mission".to_string()),
            states: vec![state],
            organization: None,
        },
        addressees: Vec::new(),
    })
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
    // Under an address block, the date may stand between it and the salutation or first words
    // ("… Security Council New York 16th September 1997 Dear Mr. President,").
    let date = date_before(text, honour)
        .or_else(|| salutation.and_then(|s| date_before(text, s)))
        .or_else(|| opener.and_then(|o| date_before(text, o)));
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
            .filter_map(|w| sender_of_signer(slice(title, w.start, title.len())).role)
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
            find_folded(text, SECRETARY_GENERAL, a, crate::text::reach(text, a, 40)).is_some()
        });
        if by_salutation {
            addressees.push("Secretary-General".to_string());
        }
    }
    // "Dear Madam President, I have the honour to inform you and, through you, the members of
    // the Security Council": the President of the organ reached through the addressee.
    if addressees.is_empty() {
        addressees.extend(president_through_you(
            text,
            honour,
            opener.unwrap_or(honour),
        ));
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
                glued_forms(printed)
                    .any(|form| find_str(head, &form).is_some_and(|a| !after_to(head, a)))
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

/// Whether the word before `a` is "to", alone or as a scan glued it ("ADDRESSEDTO THE
/// SECRETARY-GENERAL").
fn after_to(head: &str, a: usize) -> bool {
    let before = slice(head, reach_back(head, a, 16), a).trim_end();
    let word = before.rsplit(' ').next().unwrap_or(before);
    word.eq_ignore_ascii_case("to") || (word.len() > 2 && word.ends_with("TO"))
}

/// An untitled letter that names no addressee, signed by the Council's President: he writes for
/// the Council to the Secretary-General ("I have the honour to inform you that the members of
/// the Security Council have decided …"). Read after the signatures give the sender's role.
pub fn addressee_of_office(doc: &mut crate::model::Document, diags: &mut super::Diagnostics) {
    let president = doc.sender.role.as_deref() == Some("President of the Security Council");
    if !president
        || doc.title.is_some()
        || doc.kind != DocumentKind::Letter
        || !doc.addressees.is_empty()
    {
        return;
    }
    doc.addressees.push("Secretary-General".to_string());
    diags.warn(
        "addressee-of-office",
        "No addressee is printed; a letter of the President of the Security Council goes to the Secretary-General, as that office\u{2019}s letters do.".into(),
        Some(0),
    );
}

/// The office of a letter saluting a President ("Dear Madam President,", "Monsieur le
/// Président,") whose first sentence reaches an organ "through you" ("par votre
/// intermédiaire, d'informer les membres du Conseil de sécurité"), else whose members it
/// names: that organ's President.
fn president_through_you(text: &str, top: usize, opener: usize) -> Option<String> {
    let salutation = reach_back(text, top, SALUTATION_REACH);
    find_folded(text, &["president"], salutation, opener.max(top))?;
    if let Some((_, via)) = find_folded(text, THROUGH_YOU, opener, reach(text, opener, 200)) {
        let organs = slice(text, via, reach(text, via, 80));
        return ORGANS_REACHED
            .iter()
            .filter_map(|(organ, office)| {
                find_folded(organs, &[organ], 0, organs.len()).map(|a| (a.0, office))
            })
            .min()
            .map(|(_, office)| office.to_string());
    }
    // "… brought to the attention of other members of the Security Council", "… communiquée
    // aux membres du Conseil de sécurité": the first organ whose members the letter names.
    president_of_members_named(text, opener, reach(text, opener, REACH)).map(str::to_string)
}

/// The President of the first organ whose members `text[from..to]` names ("members of the
/// Security Council", "membres du Conseil de sécurité").
pub(super) fn president_of_members_named(
    text: &str,
    from: usize,
    to: usize,
) -> Option<&'static str> {
    let letter = slice(text, from, to);
    MEMBERS_OF
        .iter()
        .filter_map(|(members, office)| {
            find_folded(letter, &[members], 0, letter.len()).map(|a| (a.0, *office))
        })
        .min()
        .map(|(_, office)| office)
}

/// The members of an organ in the three languages, folded, and the organ's President.
const MEMBERS_OF: &[(&str, &str)] = &[
    (
        "members of the security council",
        "President of the Security Council",
    ),
    (
        "membres du conseil de securite",
        "President of the Security Council",
    ),
    (
        "miembros del consejo de seguridad",
        "President of the Security Council",
    ),
    (
        "members of the general assembly",
        "President of the General Assembly",
    ),
];

/// How far before a letter's first words its salutation is looked for.
const SALUTATION_REACH: usize = 40;

/// "Through you" in the three languages, folded.
const THROUGH_YOU: &[&str] = &[
    "through you",
    "par votre intermediaire",
    "por su intermedio",
    "por intermedio de usted",
];

/// The organs a letter reaches through a President, folded, and that President.
const ORGANS_REACHED: &[(&str, &str)] = &[
    ("security council", "President of the Security Council"),
    ("conseil de securite", "President of the Security Council"),
    ("consejo de seguridad", "President of the Security Council"),
    ("general assembly", "President of the General Assembly"),
    ("assemblee generale", "President of the General Assembly"),
    ("asamblea general", "President of the General Assembly"),
];

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

/// How far into the text an addressee's block opening the letter is looked for: past a
/// mission's letterhead with its street, telephone, fax and e-mail lines.
const TOP_REACH: usize = 600;

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
/// NATIONS", "Misión Permanente de … ante Naciones Unidas".
fn letterhead_state(text: &str, before: usize) -> Vec<State> {
    if let Some(at) = find_phrase_before(text, "permanent mission of", 0, before) {
        return sender_of(slice(text, at, reach(text, at, 160).min(before))).states;
    }
    // "Misión Permanente de la República Bolivariana de Venezuela ante Naciones Unidas".
    find_folded(text, ROMANCE_MISSIONS, 0, before)
        .and_then(|(at, _)| {
            super::title::romance_state_named(slice(text, at, reach(text, at, 160).min(before)))
        })
        .into_iter()
        .collect()
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
    // A French or Spanish copy's dateline: "Le 12 février 2001", "26 de noviembre de 1994".
    words_iter(window)
        .filter_map(|w| {
            date_at(text, from + w.start)
                .map(|d| d.iso)
                .or_else(|| super::title::romance_date_at(text, from + w.start).map(|d| d.0))
        })
        .last()
}

/// How far before a letter's first words its dateline is looked for.
const DATELINE_REACH: usize = 300;

#[cfg(test)]
mod tests;
