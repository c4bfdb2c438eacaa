//! The texts of generated notes: what an organization, organ, State, document symbol, agenda
//! item or signer is, from the gazetteer and the document itself.

use crate::gazetteer::{self, StateStatus};
use crate::model::*;

/// Content of a generated note for an entity, by span kind. `None` when there is nothing to
/// explain (the United Nations itself, a date).
pub(super) fn generated_for(kind: &SpanKind) -> Option<(String, String, Vec<Link>)> {
    // The label names the thing; the text says what it is without repeating the label.
    match kind {
        SpanKind::Organization { id } => {
            let o = gazetteer::organization_by_id(id).filter(|o| o.id != "UN")?;
            let mut text = match o.acronym {
                Some(a) if a != o.name => format!("{}. {}", o.name, o.description),
                _ => o.description.to_string(),
            };
            if let Some(y) = o.founded {
                text.push_str(&format!(" Founded {y}."));
            }
            let names: Vec<&str> = o
                .members
                .iter()
                .filter_map(|c| gazetteer::state_by_code(c))
                .map(|s| s.name)
                .collect();
            if !names.is_empty() && names.len() <= 60 {
                text.push_str(&format!(
                    " Members ({}): {}.",
                    names.len(),
                    names.join(", ")
                ));
            }
            Some((o.acronym.unwrap_or(o.name).to_string(), text, Vec::new()))
        }
        SpanKind::Organ { id } => {
            let o = gazetteer::organ_by_id(id)?;
            Some((o.name.to_string(), o.description.to_string(), Vec::new()))
        }
        SpanKind::State { code } => {
            let s = gazetteer::state_by_code(code)?;
            let mut text = if s.formal != s.name {
                format!("{}.", s.formal)
            } else {
                String::new()
            };
            let status = match (s.status, s.admitted) {
                (StateStatus::Member, Some(y)) => {
                    format!(" Member of the United Nations since {y}.")
                }
                (StateStatus::Member, None) => " Member of the United Nations.".to_string(),
                (StateStatus::Observer, _) => {
                    " Non-member observer State of the United Nations.".to_string()
                }
                (StateStatus::Former, _) => " A State that no longer exists.".to_string(),
            };
            text.push_str(&status);
            if !s.capital.is_empty() && s.status != StateStatus::Former {
                text.push_str(&format!(" Capital: {}.", s.capital));
            }
            Some((s.name.to_string(), text.trim().to_string(), Vec::new()))
        }
        SpanKind::Symbol { symbol } => Some(symbol_note(symbol)),
        _ => None,
    }
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

pub(super) fn symbol_note(symbol: &str) -> (String, String, Vec<Link>) {
    let parts: Vec<&str> = symbol.split('-').filter(|p| p.contains('/')).collect();
    let parts = if parts.is_empty() {
        vec![symbol]
    } else {
        parts
    };
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

pub(super) fn agenda_note(item: &AgendaItem, session: Option<&Session>) -> (String, String) {
    let of = match session {
        Some(s) => format!(
            "On the agenda of the {} of the General Assembly",
            crate::text::latin_lowercase(&s.text)
        ),
        None => "On the agenda of the General Assembly".to_string(),
    };
    let text = match &item.title {
        Some(t) => format!("{of}: {t}."),
        None => format!("{of}. Its title is not printed in this document."),
    };
    (format!("Agenda item {}", item.number), text)
}

pub(super) fn signer_note(sig: &Signature, sender: &Sender, only: bool) -> (String, String) {
    let title = sig.title.clone().or_else(|| {
        // One signer of a letter from one sender: the title's role and State speak for them.
        let role = sender.role.as_deref().filter(|_| only)?;
        let state = sender
            .states
            .first()
            .filter(|_| sender.states.len() == 1)
            .map(|s| s.name.clone());
        let of = state.or_else(|| sender.organization.clone())?;
        Some(format!(
            "{role} of {} to the United Nations",
            with_article(&of)
        ))
    });
    let text = match title {
        Some(t) => format!("Signed as {t}."),
        None => "Signed this text; the document gives no title.".to_string(),
    };
    (sig.name.clone(), text)
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
        assert_eq!(links[1].href, "https://undocs.org/S/2010/331");
        assert!(text.contains("General Assembly") && text.contains("Security Council"));
    }

    #[test]
    fn articles() {
        assert_eq!(with_article("Russian Federation"), "the Russian Federation");
        assert_eq!(with_article("Cuba"), "Cuba");
    }
}
