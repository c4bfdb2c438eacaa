//! The heading a web copy prints in place of the title: "Letter from Dr. Nasser Al-Kidwa,
//! Ambassador and Permanent Observer of Palestine to the U.N., to the Secretary-General of the
//! United Nations and the President of the Security Council:", "Note from …, to …:", its date
//! on the line before ("6 November 2000 (A/ES-10/42, S/2000/1068) Letter from …").
//!
//! The grammar: KIND from PERSON, ROLE of STATE …, to ADDRESSEE (and ADDRESSEE)*; "sent by"
//! or "addressed by" for "from" ("Letter sent by Dr. Nasser Al-Kidwa, Ambassador and Permanent
//! Observer of Palestine to the U.N., to the Secretary-General …, the President of the Security
//! Council, and the President of the General Assembly:"). The role is
//! found where a role a list knows begins; the addressees must be known ones.

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
    let seg_end = slice(text, role, to).find(", ").map_or(to, |c| role + c);
    let sender = sender_of(slice(text, role, seg_end));
    if slice(text, end, text.len()).starts_with(':') {
        end += 1;
    }
    // One letter to several offices is what the UN issues as identical letters.
    let kind = match kind {
        DocumentKind::Letter if addressees.len() > 1 => DocumentKind::IdenticalLetters,
        k => k,
    };
    // The date line before it.
    let back = reach_back(text, start, 150);
    let date = find_dates(slice(text, back, start)).pop().map(|d| d.iso);
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
    fn a_cables_heading_for_an_office() {
        let t = "INFO IMMEDIATE OTHER SECURITY COUNCIL POSTS MIPT: RWANDA 1. Following is text of Letter from Secretary-General to the Security Council President: , Desr Mr President I have the honour to inform you";
        let h = find(t, t.len()).unwrap();
        assert_eq!(h.sender.role.as_deref(), Some("Secretary-General"));
        assert_eq!(h.addressees, ["President of the Security Council"]);
    }
}
