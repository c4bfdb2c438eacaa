//! Footnotes, resolved in the model: numbering and content, so that every renderer shows the
//! same notes with the same numbers.
//!
//! Three kinds, numbered together in reading order (masthead, agenda, title, body, signatures,
//! annexes):
//! - **generated** notes explain the first mention of each organization, UN organ, State and UN
//!   document symbol, each agenda item, and each signer;
//! - **original** notes are the document's own footnotes, attached to their markers;
//! - **editorial** notes come from the host page ([`EditorialNote`]) and attach to a given
//!   occurrence of a given text.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::gazetteer::{self, StateStatus};
use crate::model::*;
use crate::parse::Diagnostics;
use crate::text::{utf16_len, utf16_offset};

/// A note an editor adds: it attaches to the `occurrence`-th appearance (1-based, default 1) of
/// `anchor` in the document's text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EditorialNote {
    /// The exact text to attach the note to, e.g. "European Security treaty".
    pub anchor: String,
    /// Which appearance of `anchor`, counting from 1 in reading order.
    #[serde(default)]
    pub occurrence: Option<u32>,
    /// The note text (plain text).
    pub text: String,
    /// Links; only `http:` and `https:` URLs are kept.
    #[serde(default)]
    pub links: Vec<Link>,
}

/// Whether `href` is an absolute http(s) URL without characters that would need escaping games.
pub fn is_safe_link(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && href.len() <= 2048
        && !href.chars().any(|c| {
            c.is_control() || c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '`')
        })
}

/// Content of a generated note for an entity, by span kind. `None` when there is nothing to
/// explain (the United Nations itself, a date).
fn generated_for(kind: &SpanKind) -> Option<(String, String, Vec<Link>)> {
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

fn symbol_note(symbol: &str) -> (String, String, Vec<Link>) {
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

fn agenda_note(item: &AgendaItem, session: Option<&Session>) -> (String, String) {
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

fn signer_note(sig: &Signature, sender: &Sender, only: bool) -> (String, String) {
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

/// Finds the `occurrence`-th appearance of `anchor`, as (text index, UTF-16 start, end).
fn find_anchor(texts: &[&str], anchor: &str, occurrence: u32) -> Option<(usize, u32, u32)> {
    let mut seen = 0;
    for (i, t) in texts.iter().enumerate() {
        let mut from = 0;
        while let Some(rel) = t.get(from..).and_then(|x| x.find(anchor)) {
            let s = from + rel;
            seen += 1;
            if seen == occurrence {
                let start = utf16_offset(t, s);
                let end = start + utf16_len(anchor) as u32;
                return Some((i, start, end));
            }
            from = s + anchor.len().max(1);
        }
    }
    None
}

/// Attaches editorial notes to their anchors as spans; returns (span location, note) pairs
/// via the spans themselves and the notes list, in the same order.
fn place_editorial(
    doc: &mut Document,
    notes: &[EditorialNote],
    diags: &mut Diagnostics,
) -> Vec<(u32, EditorialNote)> {
    let mut placed = Vec::new();
    for (k, n) in notes.iter().enumerate() {
        let tag = EDITORIAL_TAG + k as u32;
        if n.anchor.trim().is_empty() || n.text.trim().is_empty() {
            diags.warn(
                "editorial-note-empty",
                format!(
                    "Editorial note {} has no anchor or no text and is left out.",
                    k + 1
                ),
                None,
            );
            continue;
        }
        let occurrence = n.occurrence.unwrap_or(1).max(1);
        // Reading order: title, body, annex titles and bodies.
        let mut texts: Vec<&str> = Vec::new();
        texts.extend(doc.title.as_deref());
        texts.extend(doc.body.iter().map(|p| p.text.as_str()));
        for a in &doc.annexes {
            texts.extend(a.title.as_deref());
            texts.extend(a.body.iter().map(|p| p.text.as_str()));
        }
        let Some((i, start, end)) = find_anchor(&texts, &n.anchor, occurrence) else {
            diags.warn(
                "editorial-anchor-not-found",
                format!("Editorial note {}: \u{201c}{}\u{201d} (occurrence {occurrence}) is not in the document; the note is left out.", k + 1, n.anchor),
                None,
            );
            continue;
        };
        let mut spans_of: Vec<&mut Vec<Span>> = Vec::new();
        if doc.title.is_some() {
            spans_of.push(&mut doc.title_spans);
        }
        spans_of.extend(doc.body.iter_mut().map(|p| &mut p.spans));
        for a in &mut doc.annexes {
            if a.title.is_some() {
                spans_of.push(&mut a.title_spans);
            }
            spans_of.extend(a.body.iter_mut().map(|p| &mut p.spans));
        }
        let Some(spans) = spans_of.into_iter().nth(i) else {
            continue;
        };
        // Attach to a span covering the same text, or insert an anchor span where none overlaps.
        if let Some(sp) = spans
            .iter_mut()
            .find(|s| s.start == start && s.end == end && s.note.is_none())
        {
            sp.note = Some(tag);
        } else if let Some(sp) = spans
            .iter_mut()
            .find(|s| s.start < end && start < s.end && s.note.is_none() && s.end <= end)
        {
            sp.note = Some(tag);
        } else if spans.iter().any(|s| s.start < end && start < s.end) {
            diags.warn(
                "editorial-anchor-taken",
                format!("Editorial note {}: \u{201c}{}\u{201d} overlaps text that already has a note; the note is left out.", k + 1, n.anchor),
                None,
            );
            continue;
        } else {
            let at = spans
                .iter()
                .position(|s| s.start >= end)
                .unwrap_or(spans.len());
            spans.insert(
                at,
                Span {
                    start,
                    end,
                    note: Some(tag),
                    kind: SpanKind::Anchor,
                },
            );
        }
        let mut clean = n.clone();
        clean.links.retain(|l| {
            let ok = is_safe_link(&l.href);
            if !ok {
                diags.warn(
                    "editorial-link-dropped",
                    format!(
                        "Editorial note {}: a link that is not http(s) was left out.",
                        k + 1
                    ),
                    None,
                );
            }
            ok
        });
        placed.push((tag, clean));
    }
    placed
}

/// A note's content before it has a number.
struct Draft {
    kind: NoteKind,
    anchor: NoteAnchor,
    target: Option<String>,
    label: Option<String>,
    marker: Option<String>,
    text: String,
    links: Vec<Link>,
}

/// Appends a note and returns its number.
fn push(notes: &mut Vec<Note>, d: Draft) -> u32 {
    let number = notes.len() as u32 + 1;
    notes.push(Note {
        number,
        kind: d.kind,
        marker: d.marker,
        label: d.label,
        anchor: d.anchor,
        target: d.target,
        spans: crate::parse::spans::spans(&d.text, &crate::parse::spans::Context::default())
            .into_iter()
            .filter(|s| !matches!(s.kind, SpanKind::Person { .. } | SpanKind::Date { .. }))
            .collect(),
        text: d.text,
        links: d.links,
    });
    number
}

/// What numbering needs besides the notes list.
struct Numbering<'a> {
    notes: Vec<Note>,
    seen: HashSet<String>,
    /// Scratch buffer for the keys of `seen`.
    key: String,
    originals: &'a [Note],
    editorial: &'a [(u32, EditorialNote)],
    generated: bool,
}

impl Numbering<'_> {
    fn span(&mut self, sp: &mut Span) {
        match (sp.note, &sp.kind) {
            (Some(old), SpanKind::NoteRef { .. }) => {
                sp.note = self.originals.iter().find(|n| n.number == old).map(|o| {
                    let d = Draft {
                        kind: NoteKind::Original,
                        anchor: NoteAnchor::Text,
                        target: None,
                        label: None,
                        marker: o.marker.clone(),
                        text: o.text.clone(),
                        links: Vec::new(),
                    };
                    push(&mut self.notes, d)
                });
            }
            (Some(tag), _) if tag >= EDITORIAL_TAG => {
                sp.note = self
                    .editorial
                    .iter()
                    .find(|(t, _)| *t == tag)
                    .map(|(_, e)| {
                        let d = Draft {
                            kind: NoteKind::Editorial,
                            anchor: NoteAnchor::Text,
                            target: None,
                            label: Some(e.anchor.clone()),
                            marker: None,
                            text: e.text.clone(),
                            links: e.links.clone(),
                        };
                        push(&mut self.notes, d)
                    });
            }
            (None, kind) if self.generated => {
                // The key is written into a reused buffer and looked up in a set: a `format!`
                // and a linear search per span added up on long documents.
                let (tag, name) = match kind {
                    SpanKind::State { code } => ("s:", code),
                    SpanKind::Organization { id } => ("o:", id),
                    SpanKind::Organ { id } => ("g:", id),
                    SpanKind::Symbol { symbol } => ("y:", symbol),
                    _ => return,
                };
                self.key.clear();
                self.key.push_str(tag);
                self.key.push_str(name);
                if self.seen.contains(self.key.as_str()) {
                    return;
                }
                if let Some((label, text, links)) = generated_for(kind) {
                    self.seen.insert(self.key.clone());
                    let d = Draft {
                        kind: NoteKind::Generated,
                        anchor: NoteAnchor::Text,
                        target: None,
                        label: Some(label),
                        marker: None,
                        text,
                        links,
                    };
                    sp.note = Some(push(&mut self.notes, d));
                }
            }
            _ => {}
        }
    }

    fn fixed(&mut self, d: Draft) {
        push(&mut self.notes, d);
    }

    /// Whether `name` is a signer not seen before (and remembers it).
    fn seen_signer(&mut self, name: &str) -> bool {
        let key = format!("p:{name}");
        if self.seen.contains(&key) {
            return false;
        }
        self.seen.insert(key);
        true
    }
}

/// Placeholder note numbers of editorial spans, renumbered in reading order.
const EDITORIAL_TAG: u32 = 100_000;

/// Resolves every note of `doc`: attaches editorial notes, generates explanatory notes (when
/// `generated`), and numbers all of them 1, 2, … in reading order.
pub fn resolve(
    doc: &mut Document,
    editorial: &[EditorialNote],
    generated: bool,
    diags: &mut Diagnostics,
) {
    let originals: Vec<Note> = std::mem::take(&mut doc.notes);
    let editorial = place_editorial(doc, editorial, diags);
    let mut n = Numbering {
        notes: Vec::new(),
        seen: HashSet::new(),
        key: String::new(),
        originals: &originals,
        editorial: &editorial,
        generated,
    };
    // Masthead symbol and agenda items.
    if generated {
        if let Some(sym) = doc.symbol.clone() {
            let (label, text, links) = symbol_note(&sym);
            n.seen.extend(sym.split('-').map(|p| format!("y:{p}")));
            n.seen.insert(format!("y:{sym}"));
            n.fixed(Draft {
                kind: NoteKind::Generated,
                anchor: NoteAnchor::Masthead,
                target: Some(sym),
                label: Some(label),
                marker: None,
                text: format!("The symbol of this document. {text}"),
                links,
            });
        }
        for item in &doc.agenda_items {
            let (label, text) = agenda_note(item, doc.session.as_ref());
            n.fixed(Draft {
                kind: NoteKind::Generated,
                anchor: NoteAnchor::Agenda,
                target: Some(item.number.clone()),
                label: Some(label),
                marker: None,
                text,
                links: Vec::new(),
            });
        }
    }
    for anchor in [NoteAnchor::Agenda, NoteAnchor::Masthead] {
        for o in originals.iter().filter(|o| o.anchor == anchor) {
            n.fixed(Draft {
                kind: NoteKind::Original,
                anchor,
                target: o.target.clone(),
                label: None,
                marker: o.marker.clone(),
                text: o.text.clone(),
                links: Vec::new(),
            });
        }
    }
    for sp in &mut doc.title_spans {
        n.span(sp);
    }
    for o in originals.iter().filter(|o| o.anchor == NoteAnchor::Title) {
        n.fixed(Draft {
            kind: NoteKind::Original,
            anchor: NoteAnchor::Title,
            target: None,
            label: None,
            marker: o.marker.clone(),
            text: o.text.clone(),
            links: Vec::new(),
        });
    }
    for p in &mut doc.body {
        for sp in &mut p.spans {
            n.span(sp);
        }
    }
    let only = doc.signatures.len() == 1;
    if generated {
        for sig in &doc.signatures {
            // One note per signer, however often the name recurs.
            if !n.seen_signer(&sig.name) {
                continue;
            }
            let (label, text) = signer_note(sig, &doc.sender, only);
            n.fixed(Draft {
                kind: NoteKind::Generated,
                anchor: NoteAnchor::Signature,
                target: Some(sig.name.clone()),
                label: Some(label),
                marker: None,
                text,
                links: Vec::new(),
            });
        }
    }
    for a in &mut doc.annexes {
        for sp in &mut a.title_spans {
            n.span(sp);
        }
        for p in &mut a.body {
            for sp in &mut p.spans {
                n.span(sp);
            }
        }
        if generated {
            for sig in &a.signatures {
                if !n.seen_signer(&sig.name) {
                    continue;
                }
                let (label, text) = signer_note(sig, &Sender::default(), false);
                n.fixed(Draft {
                    kind: NoteKind::Generated,
                    anchor: NoteAnchor::Signature,
                    target: Some(sig.name.clone()),
                    label: Some(label),
                    marker: None,
                    text,
                    links: Vec::new(),
                });
            }
        }
    }
    // Original notes whose marker was never found in the text still belong to the reader.
    let referenced: Vec<String> = n
        .notes
        .iter()
        .filter(|x| x.kind == NoteKind::Original)
        .map(|x| x.text.clone())
        .collect();
    for o in originals
        .iter()
        .filter(|o| o.anchor == NoteAnchor::Text && !referenced.contains(&o.text))
    {
        n.fixed(Draft {
            kind: NoteKind::Original,
            anchor: NoteAnchor::Masthead,
            target: None,
            label: None,
            marker: o.marker.clone(),
            text: o.text.clone(),
            links: Vec::new(),
        });
    }
    doc.notes = n.notes;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_links() {
        assert!(is_safe_link("https://undocs.org/S/2010/331"));
        assert!(!is_safe_link("javascript:alert(1)"));
        assert!(!is_safe_link("data:text/html,<b>"));
        assert!(!is_safe_link("https://x.org/\"onmouseover=1"));
        assert!(!is_safe_link("//evil.example"));
    }

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
