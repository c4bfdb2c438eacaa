//! An untitled letter signed with a name alone, the name of the Secretary-General in office on
//! the letter's date ("(Signed) Javier PEREZ DE CUELLAR" in 1985, "(Signed) Kofi A. ANNAN" in
//! 1998): the Secretary-General's letter, sent by no State. With no addressee read, it goes to
//! the President of the organ its masthead names ("Security Council 29 March 1985 I have the
//! honour to transmit to you …") or, without one, of the organ whose members it speaks of ("As
//! I informed the members of the Security Council …").
//!
//! An untitled, unsigned letter that no sender names speaks as the Secretary-General when it
//! names the office's own envoys or reports as the writer's: "my Personal Representative to the
//! Palestine Liberation Organization", "my Special Envoy", "in my report of 2 June", "mon
//! Représentant spécial", "mi Representante Especial", or says a Government submitted a plan
//! to the writer ("the Government of Iraq has submitted to me its distribution plan", "le
//! Gouvernement iraquien m'a soumis son plan"). A guess, which a diagnostic says.

use crate::gazetteer::dated::Day;
use crate::gazetteer::officeholders::secretary_general_in;
use crate::model::{Document, DocumentKind};
use crate::text::{find_phrase_before, reach, slice};

/// The organs whose President receives the Secretary-General's letters, as printed, and that
/// office.
const ORGANS: &[(&str, &str)] = &[
    ("security council", "President of the Security Council"),
    ("general assembly", "President of the General Assembly"),
];

/// How far into the body a masthead's organ stands before the letter's first words.
const MASTHEAD_REACH: usize = 60;

/// How far into the body the organ whose members the letter speaks of is looked for.
const VOICE_REACH: usize = 1500;

/// An untitled letter for which no sender (role, State or organization) was read.
fn no_sender_read(doc: &Document) -> bool {
    doc.title.is_none()
        && doc.kind == DocumentKind::Letter
        && doc.sender.role.is_none()
        && doc.sender.states.is_empty()
        && doc.sender.organization.is_none()
}

/// Reads the Secretary-General as the sender of an untitled letter their name signs.
pub(super) fn secretary_general(
    doc: &mut Document,
    body: &str,
    diags: &mut super::super::Diagnostics,
) {
    let unread = no_sender_read(doc);
    let year = doc.date.as_deref().and_then(Day::parse).map(Day::year);
    let (true, Some(year), Some(first)) = (unread, year, doc.signatures.first()) else {
        return;
    };
    if first.title.is_some() || !secretary_general_in(&first.name, year) {
        return;
    }
    doc.sender.role = Some("Secretary-General".to_string());
    diags.warn(
        "role-from-signer",
        format!(
            "No title or role is printed; the signer, {}, was Secretary-General on the letter\u{2019}s date, read as the sender.",
            first.name
        ),
        None,
    );
    if doc.addressees.is_empty() {
        if let Some(office) = organ_of(body) {
            doc.addressees.push(office.to_string());
            diags.warn(
                "addressee-of-office",
                format!("No addressee is printed; the Secretary-General\u{2019}s letter to the {}, read as addressed to the {office}.", organ_name(office)),
                None,
            );
        }
    }
}

/// The Secretary-General's own envoys and reports, as the writer names them, and the plans
/// submitted to the office.
const OWN_ENVOYS: &[&str] = &[
    "my special representative",
    "my personal representative",
    "my deputy special representative",
    "my special envoy",
    "my personal envoy",
    "my special adviser",
    "my special coordinator",
    "my report",
    "my latest report",
    "my last report",
    "my previous report",
    "my most recent report",
    "mon repr\u{e9}sentant sp\u{e9}cial",
    "mon envoy\u{e9} personnel",
    "mon envoy\u{e9} sp\u{e9}cial",
    "mon rapport",
    "mon dernier rapport",
    // A Government's plan or report submitted to the office for its approval.
    "has submitted to me",
    "m\u{2019}a soumis",
    "m'a soumis",
    "mi representante especial",
    "mi enviado personal",
    "mi enviado especial",
    "mi informe",
];

/// Reads the Secretary-General as the sender of an untitled letter that no one signs and no
/// other sender is read for, when it names the office's envoys or reports as its writer's.
pub(super) fn secretary_general_by_voice(
    doc: &mut Document,
    body: &str,
    diags: &mut super::super::Diagnostics,
) {
    let unread = no_sender_read(doc) && doc.signatures.is_empty();
    if !unread {
        return;
    }
    let Some(said) = OWN_ENVOYS
        .iter()
        .find(|p| crate::text::find_phrase(body, p, 0).is_some())
    else {
        return;
    };
    doc.sender.role = Some("Secretary-General".to_string());
    diags.warn(
        "role-from-voice",
        format!("No title or signature names the sender; the writer speaks of \u{201c}{said}\u{201d}, as the Secretary-General speaks of the office\u{2019}s envoys, reports and the plans submitted to it: read as the Secretary-General\u{2019}s letter."),
        None,
    );
}

/// The organ before the first words, alone, else the first whose members the letter names.
fn organ_of(body: &str) -> Option<&'static str> {
    let head = slice(body, 0, reach(body, 0, MASTHEAD_REACH));
    let named: Vec<&str> = ORGANS
        .iter()
        .filter(|(organ, _)| find_phrase_before(head, organ, 0, head.len()).is_some())
        .map(|(_, office)| *office)
        .collect();
    if let [one] = named.as_slice() {
        return Some(one);
    }
    super::super::opening::president_of_members_named(body, 0, reach(body, 0, VOICE_REACH))
}

/// "President of the Security Council" → "Security Council".
fn organ_name(office: &str) -> &str {
    office.strip_prefix("President of the ").unwrap_or(office)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_writer_who_names_the_offices_envoys_is_the_secretary_general() {
        let role = |t: &str| crate::parse(t).unwrap().sender.role;
        let t = "Security Council 8 December 1999 I have the honour to refer to my letter to the President of the Security Council dated 10 September 1999. I informed the Council of my intention to appoint Mr. Terje Roed-Larsen as my Personal Representative to the Palestine Liberation Organization.";
        assert_eq!(role(t).as_deref(), Some("Secretary-General"));
        let t = "Le 12 f\u{e9}vrier 2001 Monsieur le Pr\u{e9}sident, J\u{2019}ai l\u{2019}honneur de vous informer que mon Repr\u{e9}sentant sp\u{e9}cial a rencontr\u{e9} les parties.";
        assert_eq!(role(t).as_deref(), Some("Secretary-General"));
        let t = "25 July 2000 Dear Madam President, I have the honour to inform you that the Government of Iraq has submitted to me its distribution plan.";
        assert_eq!(role(t).as_deref(), Some("Secretary-General"));
        // A State's letter that speaks of the Secretary-General's envoy in the third person.
        let t = "Security Council 8 December 1999 I have the honour to inform you that my Government welcomes the appointment of his Special Representative.";
        assert_eq!(role(t), None);
    }

    #[test]
    fn the_masthead_organ_else_the_members_spoken_of() {
        assert_eq!(
            organ_of("Security Council 29 March 1985 I have the honour to transmit to you"),
            Some("President of the Security Council")
        );
        assert_eq!(
            organ_of("14 November 1998 As I informed the members of the Security Council at"),
            Some("President of the Security Council")
        );
        assert_eq!(
            organ_of("General Assembly Security Council 5 May 1980 I have the honour"),
            None
        );
    }
}
