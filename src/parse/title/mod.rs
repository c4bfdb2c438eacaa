//! The title: "Letter dated 30 September 2009 from the Permanent Representative of the Russian
//! Federation to the United Nations addressed to the Secretary-General".
//!
//! The same grammar reads annex headings ("Annex I to the letter dated … addressed to …"), so
//! [`parse_at`] takes any position where a title starter stands.

mod cited;
mod inverted;
mod romance;

pub(super) use romance::{
    date_in_either as romance_date_at, language_at, state_named as romance_state_named,
};

use super::addressee::{addressee_at, addressees_at, damaged_addressee_at, unknown_addressee_at};
use super::sender::sender_of;
use crate::model::{DocumentKind, Sender};
use crate::text::{
    date_at_marked, find_phrase_within, ocr, phrase_at, reach_back, skip_spaces, slice, words_iter,
};

/// Phrases that open a title, with the kind they give. Longer phrases come first.
const STARTERS: &[(&str, DocumentKind)] = &[
    ("identical letters dated", DocumentKind::IdenticalLetters),
    ("identical notes verbales dated", DocumentKind::NoteVerbale),
    ("joint letter dated", DocumentKind::Letter),
    ("letters dated", DocumentKind::Letter),
    ("letter dated", DocumentKind::Letter),
    ("notes verbales dated", DocumentKind::NoteVerbale),
    ("note verbale dated", DocumentKind::NoteVerbale),
];

/// A parsed title.
#[derive(Debug, Clone)]
pub struct Title {
    pub start: usize,
    pub end: usize,
    pub kind: DocumentKind,
    pub date: Option<String>,
    pub sender: Sender,
    /// Where the sender segment stands: "the Permanent Representative of … to the United Nations".
    pub sender_span: (usize, usize),
    pub addressees: Vec<String>,
    /// Whether "addressed to …" and an office were found; without them the end is a guess.
    pub complete: bool,
}

/// Finds the document's own title: the first title starter in `text` (capitalized, at a word
/// start) that parses. Only the first `limit` bytes are searched: a title never stands deep in
/// a document, while letters quoted in the body do.
///
/// A first one without a date gives way to a dated title it swallowed: a cable's own sentence
/// ("LETTER DATED OCTOBER 10 FROM MEXICAN PERMREP … TO UN SECRETARY GENERAL.") runs on to the
/// letter's quoted title ("QUOTE LETTER DATED 10 OCTOBER 1975 FROM … ADDRESSED TO THE
/// SECRETARY-GENERAL") and ends where it does.
pub fn find(text: &str, limit: usize) -> Option<Title> {
    let mut first: Option<Title> = None;
    for w in words_iter(text) {
        if w.start > limit || first.as_ref().is_some_and(|f| w.start >= f.end) {
            break;
        }
        for pos in glued_starts(w.text(text)).map(|i| w.start + i) {
            if let Some(t) = parse_at(text, pos) {
                match &first {
                    None if t.date.is_some() => return Some(t),
                    None => first = Some(t),
                    Some(_) if t.date.is_some() && t.complete => return Some(t),
                    Some(_) => {}
                }
            }
        }
    }
    first
}

/// Where a capitalized title may start inside one word: at its start, or glued by the
/// conversion to what precedes it ("EnglishLetter", "---Letter", "A/64/1LETTER"). Markup is
/// no glue: "<p>Letter" is an HTML page, whose text stays the body.
fn glued_starts(word: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev: Option<char> = None;
    word.char_indices().filter_map(move |(i, c)| {
        let p = prev.replace(c);
        let glue = |p: char| p.is_lowercase() || p.is_ascii_digit() || "-_.,~*".contains(p);
        let start = c.is_uppercase() && p.is_none_or(glue);
        start.then_some(i)
    })
}

/// [`parse_at`] for the letter an annex heading names after its label ("Annex to the letter
/// dated …", "Anexo de la carta de fecha …").
pub fn parse_annexed_at(text: &str, pos: usize) -> Option<Title> {
    parse_at(text, pos).or_else(|| romance::parse_annexed_at(text, pos))
}

/// Parses a title whose starter stands at `pos`.
pub fn parse_at(text: &str, pos: usize) -> Option<Title> {
    let Some((kind, after)) = STARTERS
        .iter()
        .find_map(|(p, k)| phrase_at(text, pos, p).map(|e| (*k, e)))
    else {
        return romance::parse_at(text, pos);
    };
    let mut cur = skip_spaces(text, after);
    let date = date_at_marked(text, cur)
        .or_else(|| ocr::scanned_date_at(text, cur))
        .map(|d| {
            cur = d.end;
            d.iso
        });
    if let Some(t) = inverted::addressee_first(text, pos, kind, &date, cur) {
        return Some(t);
    }
    // "from the …": the sender segment, within a few words; after a printed date, a "from"
    // the scan left as marks ("9 APRIL 1956 ~~OM TEE …") when a known addressee follows.
    let (from, scanned_from) = match from_within(text, cur) {
        Some(f) => (f, false),
        None if date.is_some() => (marks_for_from(text, cur)?, true),
        None => return None,
    };
    let sender_start = skip_spaces(text, from);
    let addressed = addressed_to(text, sender_start);
    if scanned_from && addressed.is_none() {
        return None;
    }
    let (sender_end, end, addressees, complete) = match addressed {
        Some((a, after)) => {
            let (list, end) = addressees_at(text, after);
            if list.is_empty() {
                // An office the list does not know, read by its shape; else the title ends
                // with the sender segment, a guess.
                let damaged = damaged_addressee_at(text, after);
                let found = if damaged.0.is_empty() {
                    unknown_addressee_at(text, after).map(|(o, e)| (vec![o], e))
                } else {
                    Some(damaged)
                };
                match found {
                    Some((offices, e)) => (a, e, offices, true),
                    None => (a, a, list, false),
                }
            } else {
                (a, end, list, true)
            }
        }
        None => {
            // "… to the United Nations", or as a headline shortens it, "… to the UN".
            let to_un = find_phrase_within(text, sender_start, "to the united nations", 30)
                .map(|p| p + "to the united nations".len())
                .or_else(|| {
                    find_phrase_within(text, sender_start, "to the un", 12)
                        .map(|p| p + "to the un".len())
                });
            let e = to_un.unwrap_or(sender_start);
            (e, e, Vec::new(), false)
        }
    };
    let sender = sender_of(slice(text, sender_start, sender_end));
    Some(Title {
        sender_span: (sender_start, sender_end),
        start: pos,
        end,
        kind,
        date,
        sender,
        addressees,
        complete,
    })
}

/// A cover note's title in the first `limit` bytes: "Note by the Secretary-General", "NOTE BY
/// THE PRESIDENT OF THE SECURITY COUNCIL" — an office circulating what it annexes. Its start,
/// end and the office.
pub fn find_note_by(text: &str, limit: usize) -> Option<(usize, usize, String)> {
    words_iter(text)
        .take_while(|w| w.start <= limit)
        .filter(|w| matches!(w.text(text), "Note" | "NOTE"))
        .find_map(|w| {
            let e = phrase_at(text, w.start, "note by the")?;
            let at = skip_spaces(text, e);
            // As printed, or as a scan left it ("NOTE BY THE SECRKCARY-GENERAL").
            let (office, end) = super::addressee::addressee_at(text, at).or_else(|| {
                let (offices, end) = damaged_addressee_at(text, at);
                offices.into_iter().next().map(|o| (o, end))
            })?;
            Some((w.start, end, office))
        })
}

/// Where the "from" within a few words after `cur` ends: as printed, else as a scan left it
/// ("frorn", "FROMTHE").
fn from_within(text: &str, cur: usize) -> Option<usize> {
    if let Some(f) = find_phrase_within(text, cur, "from", 12) {
        return Some(f + "from".len());
    }
    let rest = text.get(cur..)?;
    words_iter(rest)
        .take(12)
        .find_map(|w| ocr::from_at(text, cur + w.start))
}

/// The end of the word at `cur` when it is what a scan left of "from": a short word with marks
/// among its letters ("~~OM", "FR'M").
fn marks_for_from(text: &str, cur: usize) -> Option<usize> {
    let at = skip_spaces(text, cur);
    let w = crate::text::next_word(text, at);
    let marks = w.chars().filter(|c| !c.is_alphanumeric()).count();
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (marks > 0 && letters > 0 && w.chars().count() <= 5).then_some(at + w.len())
}

/// Where the sender segment that starts at `from` ends, and where its addressees start: at
/// "addressed to", at "to" before a known addressee ("from the President of the Security
/// Council to the Secretary-General"), or at "addressedto" glued by the conversion.
fn addressed_to(text: &str, from: usize) -> Option<(usize, usize)> {
    let rest = text.get(from..)?;
    for (n, w) in words_iter(rest).enumerate() {
        if n > 60 {
            break;
        }
        let at = from + w.start;
        if let Some(found) = addressed_at(text, at, w.text(rest)) {
            return Some(found);
        }
        if let Some(e) = phrase_at(text, at, "to") {
            let mut p = skip_spaces(text, e);
            if let Some(t) = phrase_at(text, p, "the") {
                p = skip_spaces(text, t);
            }
            // Or one a conversion damaged: "to the President of the Security. Council".
            if addressee_at(text, p).is_some() || !damaged_addressee_at(text, p).0.is_empty() {
                return Some((at, e));
            }
        }
    }
    None
}

/// Whether a title lost a State's name where the source cut it out: "the Permanent
/// Representative of to the United Nations", "of , Latvia and Lithuania", "of the State of to",
/// "OF THE ’S DEMOCRATIC REPUBLIC".
pub fn lost_state_name(title: &str) -> bool {
    let t = title.to_ascii_lowercase();
    [
        " of to ",
        " of , ",
        " of and ",
        ", , ",
        ", and to ",
        " of the to ",
        " state of to ",
        " the 's ",
        " the \u{2019}s ",
    ]
    .iter()
    .any(|gap| t.contains(gap))
}

/// A heading without what the conversion left after its last word: a dash before the text
/// ("… regarding Israel - The Islamic Republic"), a rule ("PEOPLES -~----,-7---").
pub fn trim_heading_end(s: &str) -> &str {
    let kept = |c: char| {
        c.is_alphanumeric() || matches!(c, ')' | ']' | '"' | '\'' | '\u{201d}' | '\u{2019}' | '.')
    };
    // Whole junk words go ("-~----,-7"): mostly marks; "2020–2022" and "(2004)" stay.
    let junk = |w: &str| {
        let marks = w.chars().filter(|c| !c.is_alphanumeric()).count();
        let alnum = w.chars().count() - marks;
        alnum == 0 || (marks >= 3 && marks > alnum)
    };
    let mut t = s.trim_end_matches(|c: char| !kept(c));
    while let Some(sp) = t.rfind(' ').filter(|&sp| junk(&t[sp + 1..])) {
        t = t[..sp].trim_end_matches(|c: char| !kept(c));
    }
    t
}

/// A title whose starter the scan destroyed ("LEttER OA.rED U S!PTIMBER 1992 FROM …", "Dated
/// 1 December 1997 from …"): the grammar read from "from SENDER addressed to ADDRESSEE", with
/// addressees one letter off allowed ("THt SECURITY COUWCIL"). The sender must open on a
/// role, and the addressee read as a known one; the title starts at the date before "from",
/// with the words of the damaged starter before it.
pub fn find_damaged(text: &str, limit: usize) -> Option<Title> {
    let limit = limit.min(text.len());
    for (a, after) in addressed_all(slice(text, 0, limit)) {
        let (addressees, end) = addressees_at(text, after);
        let (addressees, end) = if addressees.is_empty() {
            damaged_addressee_at(text, after)
        } else {
            (addressees, end)
        };
        if addressees.is_empty() {
            continue;
        }
        // "from" within 40 words before.
        let back = reach_back(text, a, 400);
        let window = slice(text, back, a);
        let Some((f, sender_start)) = words_iter(window)
            .filter_map(|w| ocr::from_at(text, back + w.start).map(|e| (back + w.start, e)))
            .last()
        else {
            continue;
        };
        let seg = slice(text, sender_start, a);
        if !super::sender::opens_on_a_role(seg) {
            continue;
        }
        let sender = sender_of(seg);
        let (start, date) = damaged_starter(text, f);
        if cited::in_prose(text, start) {
            continue;
        }
        // The starter and the word before it: "identical letters dated".
        let starter = slice(text, reach_back(text, start, 12), f).to_ascii_lowercase();
        let kind = if starter.contains("note") || starter.contains("verbale") {
            DocumentKind::NoteVerbale
        } else if starter.contains("identical") {
            DocumentKind::IdenticalLetters
        } else {
            DocumentKind::Letter
        };
        return Some(Title {
            start,
            end,
            kind,
            date,
            sender,
            sender_span: (sender_start, a),
            addressees,
            complete: true,
        });
    }
    None
}

/// "ADDRESSED TD", "ADDRESSED, TO" at `at`, as a scan leaves "addressed to": its end.
fn scanned_addressed_to(text: &str, at: usize) -> Option<usize> {
    let first = crate::text::next_word(text, at);
    if !first
        .trim_end_matches(',')
        .eq_ignore_ascii_case("addressed")
    {
        return None;
    }
    let p = skip_spaces(text, at + first.len());
    let to = crate::text::next_word(text, p);
    let t = to.to_ascii_lowercase();
    (t.len() == 2 && t.starts_with('t') && t != "th").then_some(p + to.len())
}

/// Every "addressed to" in `text`, glued or not ("ADDRESSEDTO THE", "Nationsaddressedtothe"):
/// their starts and ends, in order.
fn addressed_all(text: &str) -> Vec<(usize, usize)> {
    words_iter(text)
        .filter_map(|w| addressed_at(text, w.start, w.text(text)))
        .collect()
}

/// "addressed to" at the word `word` that starts at `at`: apart, as a scan left it, or glued
/// ("Nationsaddressedtothe"). Its start and end.
fn addressed_at(text: &str, at: usize, word: &str) -> Option<(usize, usize)> {
    if let Some(e) = phrase_at(text, at, "addressed to").or_else(|| scanned_addressed_to(text, at))
    {
        return Some((at, e));
    }
    // "addressed tothe Secretary-General": "to" glued to the "the" the addressee list skips.
    if let Some(e) = phrase_at(text, at, "addressed tothe") {
        return Some((at, e - "the".len()));
    }
    // Shorter words cannot hold it: no lower-cased copy of every word of a title.
    if word.len() < "addressedto".len() {
        return None;
    }
    let i = word.to_ascii_lowercase().find("addressedto")?;
    Some((at + i, at + i + "addressedto".len()))
}

/// The start of a damaged starter before `from_at`: the date there ("23'DECEMBER 1998" too),
/// and up to two words before it.
fn damaged_starter(text: &str, from_at: usize) -> (usize, Option<String>) {
    let back = reach_back(text, from_at, 80);
    let window = slice(text, back, from_at);
    let ws: Vec<_> = words_iter(window).collect();
    // The nearest date before "from": an issue date may stand before the title's.
    let date = ws.iter().rev().find_map(|w| {
        let at = back + w.start;
        date_at_marked(text, at)
            .or_else(|| ocr::scanned_date_at(text, at))
            .filter(|d| d.end <= from_at + 1)
            .map(|d| (at, d.iso))
    });
    let first = match &date {
        Some((at, _)) => ws.iter().position(|w| back + w.start == *at).unwrap_or(0),
        None => ws.len(),
    };
    let start = ws[first.saturating_sub(2)..]
        .first()
        .map_or(from_at, |w| back + w.start);
    (start, date.map(|d| d.1))
}

#[cfg(test)]
mod tests;
