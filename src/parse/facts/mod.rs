//! Facts drawn from the parts already read: session and agenda items from the circulation
//! request, the signatories, and the organizations and organs mentioned; an untitled letter's
//! role from its one signer's office once the letter gave its State ("(Signed) Nizar HAMDOON
//! Ambassador Permanent Representative").

mod letterhead;
mod officeholder;
mod signatories;
mod voice;

use super::agenda;
use crate::gazetteer;
use crate::model::*;
use crate::text::{find_phrase, ordinal_at, phrase_at, reach_back, skip_spaces, slice, words};
use signatories::signatories;

/// Fills the facts of `doc` that the body and the annexes give (signatory groups wait for
/// the day: see `dated`).
pub(super) fn collect(doc: &mut Document, body_text: &str, diags: &mut super::Diagnostics) {
    circulation(doc, body_text);
    session_of_symbol(doc, diags);
    senders_from_signatures(doc);
    sender_from_letterhead(doc, body_text, diags);
    senders_opening_the_text(doc, body_text, diags);
    officeholder::secretary_general(doc, body_text, diags);
    sender_from_voice(doc, body_text, diags);
    officeholder::secretary_general_by_voice(doc, body_text, diags);
    role_of_the_signer(doc, diags);
    signer_state(doc);
    doc.signatories = signatories(doc);
    collect_entities(doc);
}

/// A title that lost a State's name ("from the Permanent Representatives of , Latvia and
/// Lithuania") has its senders in the letter's signatures ("Permanent Representative of the
/// Republic of Estonia"): a State a signature names joins the senders; none is guessed.
/// A letter without a title, signed by several ("(Signed) QIN Huasun … Permanent
/// Representative of China"), is sent by its signers likewise.
fn senders_from_signatures(doc: &mut Document) {
    let lost = doc
        .title
        .as_deref()
        .is_some_and(super::title::lost_state_name);
    let untitled = doc.title.is_none()
        && doc.kind != DocumentKind::Other
        && doc.sender.states.is_empty()
        && doc.sender.role.is_none();
    if !(lost || untitled) || doc.sender.organization.is_some() {
        return;
    }
    if lost {
        // An annex heading that repeats the title whole ("Annex to the letter dated … from
        // the Permanent Representative of Ethiopia …").
        for h in doc.annexes.iter().filter_map(|a| a.heading.as_deref()) {
            let restated = crate::text::words_iter(h)
                .find_map(|w| super::title::parse_at(h, w.start))
                .filter(|t| !super::title::lost_state_name(slice(h, t.start, t.end)));
            for s in restated.map(|t| t.sender.states).unwrap_or_default() {
                push_unique(&mut doc.sender.states, s);
            }
        }
    }
    for s in doc.signatures.iter().filter_map(|s| s.state.clone()) {
        push_unique(&mut doc.sender.states, s);
    }
    if !untitled {
        return;
    }
    // The signers' role: "Permanent Representative", several of them "… Representatives"; an
    // office held for a body ("President of the Security Council") sends with no State.
    let role = doc
        .signatures
        .iter()
        .filter_map(|s| s.title.as_deref())
        .map(super::sender::sender_of_signer)
        .find(|s| s.role.is_some())
        .filter(|s| !doc.sender.states.is_empty() || super::sender::holds_an_office(s))
        .and_then(|s| s.role);
    doc.sender.role = role.map(|r| {
        let several = doc.sender.states.len() > 1;
        if several && (r.ends_with("Representative") || r.ends_with("Observer")) {
            r + "s"
        } else {
            r
        }
    });
}

/// A letter whose title lost its State's name, or that has none, and whose signatures name no
/// State: the State the letter speaks for, as `voice::speaker` reads it.
fn sender_from_voice(doc: &mut Document, body: &str, diags: &mut super::Diagnostics) {
    let lost = doc
        .title
        .as_deref()
        .is_some_and(super::title::lost_state_name)
        || voice::state_role_without_state(doc);
    let untitled = doc.title.is_none() && doc.kind != DocumentKind::Other;
    if !(lost || untitled) || !doc.sender.states.is_empty() || doc.sender.organization.is_some() {
        return;
    }
    if let Some((s, how)) = voice::speaker(doc, body, lost) {
        diags.warn(
            "sender-state-from-letter",
            format!("The sender\u{2019}s State is not printed in the title; {how} {}, read as the sender\u{2019}s.", s.name),
            None,
        );
        doc.sender.states.push(s);
    }
}

/// An untitled letter whose State the letter itself gave (its voice, its letterhead, the
/// text it transmits) and whose one signer's title names an office ("(Signed) Nizar HAMDOON
/// Ambassador Permanent Representative"): the signer's office is the sender's role, the
/// office rather than the rank ("Ambassador").
fn role_of_the_signer(doc: &mut Document, diags: &mut super::Diagnostics) {
    let unread = doc.title.is_none()
        && doc.kind != DocumentKind::Other
        && doc.sender.role.is_none()
        && doc.sender.organization.is_none()
        && doc.sender.states.len() == 1;
    let (true, [signer]) = (unread, doc.signatures.as_slice()) else {
        return;
    };
    let Some(title) = signer.title.as_deref() else {
        return;
    };
    let roles: Vec<String> = crate::text::words_iter(title)
        .map(|w| super::sender::sender_of_signer(slice(title, w.start, title.len())))
        .filter(|s| s.states.iter().all(|x| doc.sender.states.contains(x)))
        .filter_map(|s| s.role)
        .collect();
    let Some(role) = roles.iter().find(|r| *r != "Ambassador").or(roles.first()) else {
        return;
    };
    diags.info(
        "role-from-signer",
        format!("No title names the sender; the signer\u{2019}s title, \u{201c}{title}\u{201d}, gives the role: {role}."),
        None,
    );
    doc.sender.role = Some(role.clone());
}

/// An untitled text that names no sender's State: the State of the mission's or delegation's
/// letterhead at its top, as `letterhead` reads it.
fn sender_from_letterhead(doc: &mut Document, body: &str, diags: &mut super::Diagnostics) {
    if doc.title.is_some() || !doc.sender.states.is_empty() || doc.sender.organization.is_some() {
        return;
    }
    if let Some(s) = letterhead::letterhead_state(body) {
        diags.info(
            "sender-state-from-letterhead",
            format!("No title names the sender; the letterhead at the top names the mission or delegation of {}, read as the sender\u{2019}s State.", s.name),
            None,
        );
        doc.sender.states.push(s);
    }
}

/// An untitled text whose first sentence names its authors as its subject ("The Arab Republic
/// of Egypt and the Islamic Republic of Mauritania, in our respective capacities as …, make the
/// present request"): they send it.
fn senders_opening_the_text(doc: &mut Document, body: &str, diags: &mut super::Diagnostics) {
    if doc.title.is_some() || !doc.sender.states.is_empty() || doc.sender.organization.is_some() {
        return;
    }
    let Some((at, states)) = signatories::joint_subject(body) else {
        return;
    };
    if signatories::sentence_around(body, at).0 != 0 {
        return;
    }
    diags.warn(
        "sender-state-from-letter",
        "No title names the sender; the text\u{2019}s first sentence names the States that speak in it, read as its senders.".into(),
        None,
    );
    doc.sender.states = states;
}

/// The one signer of a letter from one State signs for it (however often the name is printed).
fn signer_state(doc: &mut Document) {
    let [state] = doc.sender.states.as_slice() else {
        return;
    };
    if doc.one_signer() {
        let state = state.clone();
        for s in &mut doc.signatures {
            s.state.get_or_insert_with(|| state.clone());
        }
    }
}

/// The State a gazetteer mention names, if it names one by its name.
fn state_of_match(m: &gazetteer::Match) -> Option<State> {
    match m.entity {
        gazetteer::Entity::State(i) => state_of(i),
        _ => None,
    }
}

fn state_of(i: u16) -> Option<State> {
    gazetteer::states().get(i as usize).map(|s| State {
        code: s.code.to_string(),
        name: s.name.to_string(),
    })
}

fn push_unique(list: &mut Vec<State>, s: State) {
    if !list.iter().any(|x| x.code == s.code) {
        list.push(s);
    }
}

/// The General Assembly session a symbol numbers, when nothing else gives one: "A/58/815" (the
/// fifty-eighth session), "A/C.1/34/9" (its committees' too), "A/ES-10/39", "A/S-28/2". Only
/// the Assembly's own series: "A/HRC/25/…" numbers the Council's session, "A/AC.154/383" none.
fn session_of_symbol(doc: &mut Document, diags: &mut super::Diagnostics) {
    if doc.session.is_some() {
        return;
    }
    let Some(symbol) = doc.symbol.as_deref() else {
        return;
    };
    let Some(rest) = symbol.strip_prefix("A/") else {
        return;
    };
    // A main committee's documents: "C.1/34/9".
    let rest = match rest.strip_prefix("C.") {
        Some(c) => match c.split_once('/') {
            Some((n, r)) if n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit()) => r,
            _ => return,
        },
        None => rest,
    };
    let (kind, rest, words) = if let Some(r) = rest.strip_prefix("ES-") {
        (
            SessionKind::EmergencySpecial,
            r,
            "emergency special session",
        )
    } else if let Some(r) = rest.strip_prefix("S-") {
        (SessionKind::Special, r, "special session")
    } else {
        (SessionKind::Regular, rest, "session")
    };
    let Some((n, tail)) = rest.split_once('/') else {
        return;
    };
    let number: u32 = match n.parse() {
        Ok(v) if (1..=150).contains(&v) && n.len() <= 3 && !tail.is_empty() => v,
        _ => return,
    };
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    doc.session = Some(Session {
        number: Some(number),
        kind,
        text: format!("{number}{suffix} {words}"),
    });
    diags.info(
        "session-from-symbol",
        format!(
            "The session is read from the symbol {symbol}: the document prints no session line."
        ),
        None,
    );
}

/// Session and agenda items from the circulation request in the body ("circulated as a document
/// of the fifty sixth session of the General Assembly under agenda items 10, 20, 21 (d) …") when
/// the front matter gives none.
fn circulation(doc: &mut Document, body: &str) {
    let sentence_with = |body: &str| -> Option<(usize, usize)> {
        for verb in [
            "circulated",
            "distributed",
            "circulate",
            "circulation",
            "issued as",
        ] {
            if let Some(p) = find_phrase(body, verb, 0) {
                let start = body[..p].rfind(". ").map_or(0, |i| i + 2);
                let end = body[p..].find(". ").map_or(body.len(), |i| p + i + 1);
                return Some((start, end));
            }
        }
        None
    };
    let Some((s, e)) = sentence_with(body) else {
        return;
    };
    let sentence = slice(body, s, e);
    if doc.session.is_none() {
        for w in words(sentence) {
            if let Some((n, oe)) = ordinal_at(sentence, w.start) {
                let q = skip_spaces(sentence, oe);
                // "… of the General Assembly under item 48 of the provisional agenda of its
                // fifty-seventh session": the Assembly's own, named before.
                let its = slice(sentence, reach_back(sentence, w.start, 5), w.start)
                    .trim_end()
                    .ends_with("its")
                    && phrase_at(sentence, q, "session").is_some()
                    && find_phrase(sentence, "general assembly", 0).is_some_and(|g| g < w.start);
                if phrase_at(sentence, q, "session of the general assembly").is_some() || its {
                    let printed = slice(sentence, w.start, q + "session".len()).to_string();
                    doc.session = Some(Session {
                        number: Some(n),
                        kind: SessionKind::Regular,
                        text: printed,
                    });
                    break;
                }
            }
        }
    }
    if doc.agenda_items.is_empty() {
        for head in [
            "under agenda items",
            "under agenda item",
            "under items",
            "under item",
        ] {
            if let Some(p) = find_phrase(sentence, head, 0) {
                let (numbers, _, _) = agenda::agenda_numbers_at(sentence, p + head.len());
                doc.agenda_items = numbers
                    .into_iter()
                    .map(|number| AgendaItem {
                        number: Some(number),
                        title: None,
                    })
                    .collect();
                break;
            }
        }
    }
    // "under the agenda item entitled “Human rights questions: …”", "under the items entitled
    // “…”, “…” and “…”": items named by their titles alone.
    if doc.agenda_items.is_empty() {
        if let Some(p) = find_phrase(sentence, "entitled", 0)
            .filter(|&p| slice(sentence, reach_back(sentence, p, 30), p).contains("item"))
        {
            doc.agenda_items = quoted_titles(slice(sentence, p + "entitled".len(), sentence.len()))
                .into_iter()
                .map(|t| AgendaItem {
                    number: None,
                    title: Some(t),
                })
                .collect();
        }
    }
}

/// The quoted titles a list opens with: “A”, “B” and “C” (curly or straight quotes); a few at
/// most, each of a title's length.
fn quoted_titles(list: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = list.trim_start();
    while out.len() < 30 {
        let Some(open) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '\u{201c}'))
        else {
            break;
        };
        let inner = &rest[open.len_utf8()..];
        let Some(close) = inner.find(['"', '\u{201d}']).filter(|&c| c > 0 && c <= 300) else {
            break;
        };
        out.push(inner[..close].trim_end_matches([',', '.']).to_string());
        let after = inner[close..].chars().next().map_or(0, char::len_utf8);
        let tail = inner[close + after..].trim_start_matches([',', ' ']);
        rest = tail.strip_prefix("and ").unwrap_or(tail);
    }
    out
}

/// Organizations and organs in order of first mention.
fn collect_entities(doc: &mut Document) {
    let mut all: Vec<&Span> = Vec::new();
    all.extend(doc.title_spans.iter());
    for p in &doc.body {
        all.extend(p.spans.iter());
    }
    for a in &doc.annexes {
        all.extend(a.title_spans.iter());
        for p in &a.body {
            all.extend(p.spans.iter());
        }
    }
    let mut orgs: Vec<Organization> = Vec::new();
    let mut organs: Vec<Organ> = Vec::new();
    for sp in all {
        match &sp.kind {
            SpanKind::Organization { id } if !orgs.iter().any(|o| &o.id == id) => {
                if let Some(o) = gazetteer::organization_by_id(id) {
                    orgs.push(Organization {
                        id: o.id.to_string(),
                        acronym: o.acronym.map(str::to_string),
                        name: o.name.to_string(),
                    });
                }
            }
            SpanKind::Organ { id } if !organs.iter().any(|o| &o.id == id) => {
                if let Some(o) = gazetteer::organ_by_id(id) {
                    organs.push(Organ {
                        id: o.id.to_string(),
                        name: o.name.to_string(),
                    });
                }
            }
            _ => {}
        }
    }
    doc.organizations = orgs;
    doc.organs = organs;
}

#[cfg(test)]
mod tests;
