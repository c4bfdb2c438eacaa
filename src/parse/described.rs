//! The heading a web copy prints in place of the title: "Letter from Dr. Nasser Al-Kidwa,
//! Ambassador and Permanent Observer of Palestine to the U.N., to the Secretary-General of the
//! United Nations and the President of the Security Council:", "Note from …, to …:", its date
//! on the line before ("6 November 2000 (A/ES-10/42, S/2000/1068) Letter from …").
//!
//! The grammar: KIND from PERSON, ROLE of STATE …, to ADDRESSEE (and ADDRESSEE)*; "sent by"
//! or "addressed by" for "from" ("Letter sent by Dr. Nasser Al-Kidwa, Ambassador and Permanent
//! Observer of Palestine to the U.N., to the Secretary-General …, the President of the Security
//! Council, and the President of the General Assembly:"). The role is
//! found where a role a list knows begins; the addressees must be known ones. A ministry's
//! page of its own letter names the addressee alone ("Letter to the UN Secretary General, …",
//! "Letter addressed to the Secretary General of …"). Without a date line before the heading,
//! the dateline after it is the letter's ("Havana, October 24, 2020").
//!
//! An archive edition heads the letter with its own words, SENDER to ADDRESSEE, with no kind:
//! "The British Representative at the United Nations (Cadogan) to the the Assistant Secretary
//! General of the United Nations (Hoo)", "Hood to President of the Security Council". Only at
//! the top of the text and with no word of prose before "to"; the sender's State may be its
//! adjective ("British").

use super::addressee::addressees_at;
use super::sender::{role_start, sender_of};
use super::title::Title;
use crate::model::DocumentKind;
use crate::text::{
    find_dates, find_phrase_before, phrase_at, reach, reach_back, skip_spaces, slice, words_iter,
};

/// Starters of such a heading and the kind they give.
const STARTERS: &[(&str, DocumentKind)] = &[
    ("identical letters from", DocumentKind::IdenticalLetters),
    ("identical letters sent by", DocumentKind::IdenticalLetters),
    ("letter from", DocumentKind::Letter),
    ("letter sent by", DocumentKind::Letter),
    ("letter addressed by", DocumentKind::Letter),
    ("note from", DocumentKind::NoteVerbale),
];

/// The first descriptive heading in the first `limit` bytes of `text`.
pub fn find(text: &str, limit: usize) -> Option<Title> {
    words_iter(text)
        .take_while(|w| w.start <= limit)
        .filter(|w| {
            matches!(
                w.text(text),
                "Letter" | "Note" | "Identical" | "LETTER" | "NOTE" | "IDENTICAL"
            )
        })
        .find_map(|w| heading_at(text, w.start))
        .or_else(|| editors_heading(text))
}

/// The State whose adjective a heading prints before the sender's role ("LETTER FROM LIBYAN
/// PERM REP TO …", "The British Representative at …"): the first, if any.
pub(super) fn adjective_state(before_role: &str) -> Vec<crate::model::State> {
    crate::gazetteer::find_iter(before_role)
        .filter_map(|m| match m.entity {
            crate::gazetteer::Entity::Demonym(i) => crate::gazetteer::states()
                .get(usize::from(i))
                .map(super::sender::state),
            _ => None,
        })
        .take(1)
        .collect()
}

/// Words a heading's sender may hold besides capitalized ones and names in brackets.
const HEADING_JOINERS: &[&str] = &["of", "at", "the", "and"];

/// An archive edition's heading at the top: SENDER to ADDRESSEE (see the module's docs).
fn editors_heading(text: &str) -> Option<Title> {
    let ws: Vec<_> = words_iter(text).take(16).collect();
    let to = ws
        .iter()
        .position(|w| w.text(text).eq_ignore_ascii_case("to"))
        .filter(|&k| k > 0)?;
    let heading = ws[..to].iter().all(|w| {
        let t = w.text(text).trim_matches(['(', ')', ',']);
        crate::text::is_capitalized(t) || HEADING_JOINERS.iter().any(|j| j.eq_ignore_ascii_case(t))
    });
    if !heading {
        return None;
    }
    // "to the the Assistant Secretary General": an article the edition doubled.
    let mut p = skip_spaces(text, ws[to].end);
    while let Some(e) = phrase_at(text, p, "the") {
        p = skip_spaces(text, e);
    }
    let (addressees, mut end) = addressees_at(text, p);
    if addressees.is_empty() {
        return None;
    }
    // The heading runs to the office's body and its holder's name in brackets ("… of the United
    // Nations (Hoo)1"), a note's number glued to it.
    let q = skip_spaces(text, end);
    end = phrase_at(text, q, "of the united nations").unwrap_or(end);
    let q = skip_spaces(text, end);
    if slice(text, q, text.len()).starts_with('(') {
        if let Some(c) = slice(text, q, reach(text, q, 40)).find(')') {
            let after = slice(text, q + c + 1, text.len());
            end = q
                + c
                + 1
                + (after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len());
        }
    }
    let (start, seg_end) = (ws[0].start, ws[to].start);
    let seg = slice(text, start, seg_end);
    let mut sender = role_start(seg).map_or_else(Default::default, |r| sender_of(&seg[r..]));
    if sender.states.is_empty() && sender.role.is_some() {
        sender.states = adjective_state(&seg[..role_start(seg).unwrap_or(0)]);
    }
    Some(Title {
        start,
        end,
        kind: DocumentKind::Letter,
        date: dateline_after(text, end),
        sender,
        sender_span: (start, seg_end),
        addressees,
        complete: true,
    })
}

fn heading_at(text: &str, start: usize) -> Option<Title> {
    let (kind, after) = STARTERS
        .iter()
        .find_map(|(s, k)| phrase_at(text, start, s).map(|e| (*k, e)))?;
    // The sender's part: a name, then a role a list knows, within a line's reach.
    let window_end = reach(text, after, 400);
    let role = role_start(slice(text, after, window_end))? + after;
    // ", to the Secretary-General … and the President of …": the first "to" that known
    // addressees follow.
    let mut from = role;
    let (to, (addressees, mut end)) = loop {
        let at = find_phrase_before(text, "to", from, window_end)?;
        from = at + 2;
        let list = addressees_at(text, skip_spaces(text, at + 2));
        if !list.0.is_empty() {
            break (at, list);
        }
    };
    // The role's own phrase ends at its first comma ("… to the U.N., Chairman of …").
    let seg_end = super::sender::role_phrase_end(text, role, to);
    let mut sender = sender_of(slice(text, role, seg_end));
    if sender.states.is_empty() && sender.organization.is_none() {
        sender.states = adjective_state(slice(text, after, role));
    }
    if slice(text, end, text.len()).starts_with(':') {
        end += 1;
    }
    // One letter to several offices is what the UN issues as identical letters.
    let kind = match kind {
        DocumentKind::Letter if addressees.len() > 1 => DocumentKind::IdenticalLetters,
        k => k,
    };
    // The date line before it, else the dateline after it.
    let back = reach_back(text, start, 150);
    let date = find_dates(slice(text, back, start))
        .pop()
        .map(|d| d.iso)
        .or_else(|| dateline_after(text, end));
    Some(Title {
        start,
        end,
        kind,
        date,
        sender,
        sender_span: (role, seg_end),
        addressees,
        complete: true,
    })
}

/// The heading at the top of a page that names the addressee alone: "Letter to the UN Secretary
/// General, Antonio Guterres, about …", "Letter addressed to the Secretary General of the
/// United Nations Organization (UN), …" — a ministry's page of its own letter, the sender its
/// own. It is no title: the letter's own formula, when it has one, says more.
pub fn unsent(text: &str) -> Option<Title> {
    words_iter(text)
        .take_while(|w| w.start <= PAGE_TOP)
        .filter(|w| matches!(w.text(text), "Letter" | "LETTER"))
        .find_map(|w| unsent_heading_at(text, w.start))
}

/// How near the top of a page a heading that names no sender may stand: deeper in, "Letter to
/// the Secretary General" is a cable's or an article's words about a letter.
const PAGE_TOP: usize = 300;

fn unsent_heading_at(text: &str, start: usize) -> Option<Title> {
    let to = ["letter addressed to", "letter to"]
        .iter()
        .find_map(|s| phrase_at(text, start, s))?;
    let (addressees, end) = super::reported::offices_at(text, to)?;
    Some(Title {
        start,
        end,
        kind: DocumentKind::Letter,
        date: dateline_after(text, end),
        sender: crate::model::Sender::default(),
        sender_span: (to, to),
        addressees,
        complete: true,
    })
}

/// The dateline a page prints after the heading, a place before its date ("Havana, October
/// 24, 2020", "Caracas December 22, 2018"): the first date within a short reach whose word
/// before is a capitalized name, not a day's or a month's.
fn dateline_after(text: &str, end: usize) -> Option<String> {
    const NOT_PLACES: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "On",
        "Of",
        "In",
        "Dated",
        "The",
    ];
    let stop = reach(text, end, DATELINE_REACH);
    let window = slice(text, end, stop);
    let ws: Vec<_> = words_iter(window).collect();
    ws.iter().enumerate().skip(1).find_map(|(k, w)| {
        let d = crate::text::date_at(text, end + w.start)?;
        let place = ws[k - 1].text(window).trim_end_matches(',');
        let named = crate::text::is_capitalized(place)
            && place.chars().all(char::is_alphabetic)
            && !NOT_PLACES.contains(&place)
            && crate::text::date_at(window, ws[k - 1].start).is_none();
        named.then_some(d.iso)
    })
}

/// How far after a heading its dateline is looked for.
const DATELINE_REACH: usize = 500;

#[cfg(test)]
mod tests {
    use super::find;
    use crate::model::DocumentKind;

    #[test]
    fn a_web_copys_heading() {
        let t = "6 November 2000 (A/ES-10/42, S/2000/1068) Letter from Dr. Nasser Al-Kidwa, Ambassador and Permanent Observer of Palestine to the U.N., to the Secretary-General of the United Nations and the President of the Security Council: (Martyrs) Your Excellency,";
        let h = find(t, t.len()).unwrap();
        assert_eq!(h.kind, DocumentKind::IdenticalLetters);
        assert_eq!(h.date.as_deref(), Some("2000-11-06"));
        assert_eq!(h.sender.role.as_deref(), Some("Permanent Observer"));
        assert_eq!(h.sender.states[0].code, "PSE");
        assert_eq!(
            h.addressees,
            ["Secretary-General", "President of the Security Council"]
        );
        assert!(t[h.end..].starts_with(" (Martyrs)"));
        // No known addressee: no heading ("a letter from my Government to the press").
        assert!(find(
            "Letter from the Permanent Representative to the press, who",
            100
        )
        .is_none());
    }

    #[test]
    fn sent_by_for_from() {
        let t = "4 October 2000 (A/55/450, S/2000/957)  Letter sent by Dr. Nasser Al-Kidwa, Ambassador and Permanent Observer of Palestine to the U.N., to the Secretary-General of the United Nations, the President of the Security Council, and the President of the General Assembly: (Martyrs) In follow up";
        let h = find(t, t.len()).unwrap();
        assert_eq!(h.kind, DocumentKind::IdenticalLetters);
        assert_eq!(h.date.as_deref(), Some("2000-10-04"));
        assert_eq!(h.sender.states[0].code, "PSE");
        assert_eq!(h.addressees.len(), 3);
    }

    #[test]
    fn a_heading_to_the_office_alone_and_a_dateline_after() {
        let t = "Letter to the UN Secretary General, Antonio Guterres, about Guyana's illegal activities in the Essequibo - MPPRE Caracas December 22, 2018 Your Excellency Antonio Guterres";
        assert!(find(t, t.len()).is_none());
        let h = super::unsent(t).unwrap();
        assert_eq!(h.kind, DocumentKind::Letter);
        assert_eq!(h.addressees, ["Secretary-General"]);
        assert_eq!(h.date.as_deref(), Some("2018-12-22"));
        assert!(h.sender.role.is_none());
        let t = "Letter from the President of Cuba to the Secretary General of the United Nations. 75th anniversary UN Havana, October 24, 2020 \"Year 62 of the Revolution\" His Excellency";
        assert_eq!(
            find(t, t.len()).unwrap().date.as_deref(),
            Some("2020-10-24")
        );
        // A date in prose after the heading is no dateline.
        let t = "Letter to the Secretary-General on the attack of 7 December 2018 that we condemn";
        assert_eq!(super::unsent(t).unwrap().date, None);
        // Deep in a page, such words are about a letter.
        let t = format!(
            "{} LETTER TO THE SECRETARY GENERAL",
            "CABLE TEXT ".repeat(40)
        );
        assert!(super::unsent(&t).is_none());
    }

    #[test]
    fn a_cables_heading_for_an_office() {
        let t = "INFO IMMEDIATE OTHER SECURITY COUNCIL POSTS MIPT: RWANDA 1. Following is text of Letter from Secretary-General to the Security Council President: , Desr Mr President I have the honour to inform you";
        let h = find(t, t.len()).unwrap();
        assert_eq!(h.sender.role.as_deref(), Some("Secretary-General"));
        assert_eq!(h.addressees, ["President of the Security Council"]);
    }

    #[test]
    fn an_archive_editions_heading() {
        let t = "The British Representative at the United Nations (Cadogan) to the the Assistant Secretary General of the United Nations (Hoo)1 Sir: I have received the following message from my Government.";
        let h = find(t, t.len()).unwrap();
        assert_eq!(h.kind, DocumentKind::Letter);
        assert_eq!(h.sender.role.as_deref(), Some("Representative"));
        assert_eq!(h.sender.states[0].code, "GBR");
        assert_eq!(h.addressees, ["Assistant Secretary-General"]);
        let t = "Hood to President of the Security Council Letter NEW YORK, 13 February 1948 UNRESTRICTED I have the honour, on instruction from my Government, to request.";
        let h = find(t, t.len()).unwrap();
        assert!(h.sender.role.is_none());
        assert_eq!(h.addressees, ["President of the Security Council"]);
        // A cable's words: the State's adjective before the role.
        let t = "FOLLOWING IS TEXT OF NOVEMBER 12 LETTER FROM LIBYAN PERM REP TO PRESIDENT OF SECURITY COUNCIL, CIRCULATED AS DOCUMENT S/12227.";
        let h = find(t, t.len()).unwrap();
        assert_eq!(h.sender.role.as_deref(), Some("Permanent Representative"));
        assert_eq!(h.sender.states[0].code, "LBY");
        // Prose before "to", or no office after it: no heading.
        assert!(find("I have the honour to the Secretary-General to write.", 100).is_none());
        assert!(find(
            "Permanent Mission of Greece to the United Nations Ref No. 90.2.2/3065",
            100
        )
        .is_none());
    }
}
