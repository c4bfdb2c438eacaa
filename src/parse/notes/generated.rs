//! The texts of generated notes: what an organization, organ, State, document symbol, agenda
//! item or signer is, from the gazetteer and the document itself.

use crate::gazetteer::dated::{self, Day};
use crate::gazetteer::{self, StateStatus};
use crate::model::*;
use crate::text::one_of;

/// Organs every UN document names: a note on them would say the same in every document.
const UBIQUITOUS_ORGANS: [&str; 4] = ["GA", "SC", "SG", "SGO"];

/// Content of a generated note for an entity, by span kind, with the facts of `day` (today's
/// without one). `None` when there is nothing to explain (the United Nations itself, the organs
/// every document names, a date).
pub(super) fn generated_for(
    kind: &SpanKind,
    day: Option<Day>,
) -> Option<(String, String, Vec<Link>, Option<NoteList>)> {
    // The label names the thing; the text says what it is without repeating the label.
    match kind {
        SpanKind::Organization { id } => {
            let o = gazetteer::organization_by_id(id).filter(|o| o.id != "UN")?;
            let name = dated::organization_name_on(o, day);
            let label = o.acronym.unwrap_or(name);
            let mut text = String::new();
            if label != name {
                sentence(&mut text, name);
            }
            sentence(&mut text, o.description);
            if name != o.name {
                sentence(&mut text, &format!("Now the {}", o.name));
            }
            let mut members: Vec<String> = dated::members_on(id, day)
                .into_iter()
                .filter_map(gazetteer::state_by_code)
                .map(|s| dated::state_name_on(s, day).to_string())
                .collect();
            members.sort_unstable();
            let list = (!members.is_empty()).then(|| NoteList {
                summary: match day {
                    Some(d) => format!("{} members on {}", members.len(), d.long()),
                    None => format!("{} members today", members.len()),
                },
                items: members,
            });
            Some((label.to_string(), text, Vec::new(), list))
        }
        SpanKind::Organ { id } => {
            let o = gazetteer::organ_by_id(id).filter(|o| !one_of(&UBIQUITOUS_ORGANS, o.id))?;
            let mut text = String::new();
            sentence(&mut text, o.description);
            Some((o.name.to_string(), text, Vec::new(), None))
        }
        SpanKind::State { code } => {
            let s = gazetteer::state_by_code(code)?;
            let (name, formal) = (dated::state_name_on(s, day), dated::state_formal_on(s, day));
            let mut text = String::new();
            if formal != name {
                sentence(&mut text, formal);
            }
            sentence(&mut text, &un_status(s, day));
            if name != s.name && s.status != StateStatus::Former {
                sentence(&mut text, &format!("Now {}", s.name));
            }
            Some((name.to_string(), text, Vec::new(), None))
        }
        _ => None,
    }
}

/// A State's standing at the United Nations on `day`.
fn un_status(s: &gazetteer::StateInfo, day: Option<Day>) -> String {
    let on = |m: &dated::Membership| m.joined.map(Day::long);
    if let Some(m) = dated::membership_of("UN", s.code, day) {
        return match (m.holds_on(day), on(m), m.left) {
            (true, Some(j), _) => format!("Member of the United Nations since {j}"),
            (true, None, _) => "Member of the United Nations".to_string(),
            (false, Some(j), Some(l)) if day.is_none_or(|d| l <= d) => {
                format!("Member of the United Nations from {j} to {}", l.long())
            }
            (false, Some(j), _) => {
                format!("Not yet a Member of the United Nations on this date (admitted {j})")
            }
            (false, None, _) => "Formerly a Member of the United Nations".to_string(),
        };
    }
    if let Some(m) = dated::membership_of("UN-OBSERVER", s.code, day).filter(|m| m.holds_on(day)) {
        return match on(m) {
            Some(j) => format!("Non-member observer State of the United Nations since {j}"),
            None => "Non-member observer State of the United Nations".to_string(),
        };
    }
    let entity = dated::membership_of("UN-OBSERVER-ENTITY", s.code, day);
    if let Some(j) = entity.filter(|m| m.holds_on(day)).and_then(on) {
        return format!("Not a Member State of the United Nations; an observer there, not as a State, since {j}");
    }
    match s.status {
        StateStatus::Former => "A State that no longer exists".to_string(),
        _ => "Not a Member State of the United Nations".to_string(),
    }
}

/// Appends `s` to `text` as a sentence: one space before it and one full stop at its end,
/// whether `s` brings its own ("a.i.") or not.
pub(super) fn sentence(text: &mut String, s: &str) {
    let s = s.trim();
    let body = s.trim_end_matches('.');
    if body.is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push(' ');
    }
    text.push_str(body);
    text.push('.');
}

/// What a symbol's series says: "A/…" is the General Assembly.
fn series(symbol: &str) -> &'static str {
    let parts: Vec<&str> = symbol.split('/').collect();
    match parts.as_slice() {
        ["A", "HRC", ..] => "a document of the Human Rights Council",
        ["A", "RES", ..] => "a resolution of the General Assembly",
        ["A", "ES-10", ..] | ["A", "ES-11", ..] => {
            "a document of an emergency special session of the General Assembly"
        }
        ["A", "C.1", ..]
        | ["A", "C.2", ..]
        | ["A", "C.3", ..]
        | ["A", "C.4", ..]
        | ["A", "C.5", ..]
        | ["A", "C.6", ..] => "a document of a Main Committee of the General Assembly",
        ["A", ..] => "a document of the General Assembly",
        ["S", "PRST", ..] => "a statement by the President of the Security Council",
        ["S", "RES", ..] => "a resolution of the Security Council",
        ["S", ..] => "a document of the Security Council",
        ["E", "CN.4", ..] => "a document of the Commission on Human Rights",
        ["E", ..] => "a document of the Economic and Social Council",
        ["ST", ..] => "a document of the Secretariat",
        _ => "a United Nations document",
    }
}

/// The symbols a joint symbol joins: "A/64/842-S/2010/331" is two, "A/HRC/S-1/1" one.
fn symbol_parts(symbol: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (k, _) in symbol.match_indices('-') {
        let next = symbol.get(k + 1..).unwrap_or("");
        let series = next.bytes().take_while(u8::is_ascii_uppercase).count();
        if series > 0 && next.as_bytes().get(series) == Some(&b'/') {
            parts.extend(symbol.get(start..k));
            start = k + 1;
        }
    }
    parts.extend(symbol.get(start..));
    parts
}

pub(super) fn symbol_note(symbol: &str) -> (String, String, Vec<Link>) {
    let parts = symbol_parts(symbol);
    let mut text = String::new();
    let mut links = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(&format!("{p} is {}.", series(p)));
        links.push(Link {
            href: format!("https://undocs.org/{p}"),
            label: format!("Read {p} on undocs.org"),
        });
    }
    (symbol.to_string(), text, links)
}

/// The note on a signer whose signature prints no title: the title the letter's own title
/// gives them (the one signer of a letter from one sender). A printed title needs no note.
pub(super) fn signer_note(
    sig: &Signature,
    sender: &Sender,
    only: bool,
) -> Option<(String, String)> {
    if sig.title.is_some() || !only {
        return None;
    }
    let role = sender.role.as_deref()?;
    let state = sender
        .states
        .first()
        .filter(|_| sender.states.len() == 1)
        .map(|s| s.name.clone());
    let of = state.or_else(|| sender.organization.clone())?;
    let mut text = String::new();
    sentence(
        &mut text,
        &format!(
            "Signed as {role} of {} to the United Nations",
            with_article(&of)
        ),
    );
    Some((sig.name.clone(), text))
}

/// "Russian Federation" → "the Russian Federation"; "Cuba" stays.
fn with_article(name: &str) -> String {
    let formal = gazetteer::state_by_name(name)
        .map(|s| s.formal)
        .unwrap_or_default();
    let takes_the = [
        "Federation",
        "Republic",
        "Kingdom",
        "States",
        "League",
        "Islands",
        "Emirates",
        "Netherlands",
        "Philippines",
    ]
    .iter()
    .any(|w| name.contains(w))
        || formal.starts_with("Republic of the")
        || name.starts_with("United");
    if takes_the && !name.starts_with("the ") {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_notes_link_each_part() {
        let (_, text, links) = symbol_note("A/64/842-S/2010/331");
        assert_eq!(links.len(), 2);
        assert_eq!(symbol_parts("A/HRC/S-1/1"), ["A/HRC/S-1/1"]);
        assert_eq!(
            symbol_parts("A/ES-10/273-S/2004/1"),
            ["A/ES-10/273", "S/2004/1"]
        );
        assert_eq!(links[1].href, "https://undocs.org/S/2010/331");
        assert!(text.contains("General Assembly") && text.contains("Security Council"));
    }

    #[test]
    fn articles() {
        assert_eq!(with_article("Russian Federation"), "the Russian Federation");
        assert_eq!(with_article("Cuba"), "Cuba");
    }
}
