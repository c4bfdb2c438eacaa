//! A title in the older order, addressee first: "Letter dated 15 October 1951 addressed to the
//! Chairman of the Conciliation Commission by the Chairman of the Delegation of Syria", "Letter
//! dated 26 April 2004 addressed to the President of the Security Council by the Permanent
//! Representative of France to the United Nations".

use super::super::addressee::{addressees_at, damaged_addressee_at};
use super::super::sender::sender_of;
use super::Title;
use crate::model::DocumentKind;
use crate::text::{find_phrase_within, phrase_at, skip_spaces, slice, words_iter};

/// Reads "addressed to ADDRESSEES by SENDER" at `cur`, after a title's starter and date. The
/// sender ends at "to the United Nations", or where the letter's first words begin ("… of
/// Syria I have the honour"); with neither, no title is read.
pub(super) fn addressee_first(
    text: &str,
    pos: usize,
    kind: DocumentKind,
    date: &Option<String>,
    cur: usize,
) -> Option<Title> {
    let to = skip_spaces(
        text,
        phrase_at(text, skip_spaces(text, cur), "addressed to")?,
    );
    let (mut addressees, mut end) = addressees_at(text, to);
    if addressees.is_empty() {
        (addressees, end) = damaged_addressee_at(text, to);
    }
    // An office the list does not know, up to "by": "the Chairman of the Conciliation
    // Commission by …", a few words, capitalized, an office "of" a body ("ADDRESSED TO ME BY"
    // is none).
    if addressees.is_empty() {
        let by = find_phrase_within(text, to, "by", 12)?;
        let p = phrase_at(text, to, "the").map_or(to, |e| skip_spaces(text, e));
        let office = slice(text, p, by).trim();
        let shaped = office.starts_with(|c: char| c.is_uppercase())
            && find_phrase_within(office, 0, "of", 4).is_some()
            && !office.contains(['.', ',', ';', ':', '(']);
        if !shaped {
            return None;
        }
        (addressees, end) = (vec![office.to_string()], by);
    }
    let start = skip_spaces(text, phrase_at(text, skip_spaces(text, end), "by")?);
    let to_un = find_phrase_within(text, start, "to the united nations", 30)
        .map(|p| p + "to the united nations".len());
    let rest = slice(text, start, text.len());
    let first_words = words_iter(rest)
        .take(20)
        .find(|w| matches!(w.text(rest), "I" | "We"))
        .map(|w| start + w.start);
    let sender_end = match (to_un, first_words) {
        (Some(u), Some(f)) => u.min(f),
        (u, f) => u.or(f)?,
    };
    let sender_end = slice(text, 0, sender_end).trim_end().len();
    Some(Title {
        start: pos,
        end: sender_end,
        kind,
        date: date.clone(),
        sender: sender_of(slice(text, start, sender_end)),
        sender_span: (start, sender_end),
        addressees,
        complete: true,
    })
}

#[cfg(test)]
mod tests {
    use super::super::parse_at;

    #[test]
    fn addressee_before_sender() {
        let t = "Letter dated 15 October 1951 addressed to the Chairman of the Conciliation Commission by the Chairman of the Delegation of Syria I have the honour to acknowledge receipt.";
        let title = parse_at(t, 0).unwrap();
        assert_eq!(title.date.as_deref(), Some("1951-10-15"));
        assert_eq!(
            title.addressees,
            ["Chairman of the Conciliation Commission"]
        );
        assert_eq!(title.sender.states[0].code, "SYR");
        assert!(t[title.end..].starts_with(" I have"));
        let t = "Letter dated 26 April 2004 addressed to the President of the Security Council by the Permanent Representative of France to the United Nations Please find attached the report.";
        let title = parse_at(t, 0).unwrap();
        assert_eq!(title.addressees, ["President of the Security Council"]);
        assert_eq!(
            title.sender.role.as_deref(),
            Some("Permanent Representative")
        );
        assert_eq!(title.sender.states[0].code, "FRA");
        assert!(t[title.end..].starts_with(" Please"));
    }

    #[test]
    fn no_sender_end_no_title() {
        // "addressed to you by …" names no office; a sender that runs on has no end.
        assert!(parse_at("Letter dated 23 March 2000 addressed to you by Mr. Al-Sahaf, Minister for Foreign Affairs of Iraq.", 0).is_none());
        let t = "Letter dated 15 October 1951 addressed to the Secretary-General by the Chairman of the Delegation of Syria concerning the draft declaration submitted on 3 October 1951 to the Conciliation Commission by the delegations of Egypt, Jordan, Lebanon and Syria which the Commission considers.";
        assert!(parse_at(t, 0).is_none());
        // In capitals, "ME" is no office.
        let t = "A LETTER DATED 28 MARCH 1985 ADDRESSED TO ME BY THE REPRESENTATIVES OF THE TROOP-CONTRIBUTING COUNTRIES FOR THE UNITED NATIONS INTERIM FORCE IN LEBANON (UNIFIL). I FULLY APPRECIATE";
        assert!(parse_at(t, 2).is_none());
    }
}
