//! Footnotes, resolved in the model: numbering and content, so that every renderer shows the
//! same notes with the same numbers.
//!
//! Three kinds, numbered together in reading order (masthead, agenda, title, body, signatures,
//! annexes):
//! - **generated** notes explain the first mention of each organization, UN organ and State, the
//!   document's symbol, and a signer whose title only the letter's title gives, with the facts of
//!   the document's date ([`Document::facts_as_of`]); a symbol in the text is a link already;
//! - **original** notes are the document's own footnotes, attached to their markers;
//! - **editorial** notes come from the host page ([`EditorialNote`]) and attach to a given
//!   occurrence of a given text.

mod editorial;
mod generated;

use std::collections::HashSet;

use super::Diagnostics;
use crate::gazetteer::dated::Day;
use crate::model::*;
use editorial::place_editorial;
pub use editorial::EditorialNote;
use generated::{generated_for, signer_note, symbol_note};

/// A note's content before it has a number.
struct Draft {
    kind: NoteKind,
    anchor: NoteAnchor,
    target: Option<String>,
    label: Option<String>,
    marker: Option<String>,
    text: String,
    links: Vec<Link>,
    list: Option<NoteList>,
}

impl Draft {
    /// The document's own note `o`, referenced from `anchor`.
    fn original(o: &Note, anchor: NoteAnchor) -> Draft {
        Draft {
            kind: NoteKind::Original,
            anchor,
            target: o.target.clone(),
            label: None,
            marker: o.marker.clone(),
            text: o.text.clone(),
            links: Vec::new(),
            list: None,
        }
    }

    /// A generated note on `label`.
    fn generated(anchor: NoteAnchor, label: String, text: String) -> Draft {
        Draft {
            kind: NoteKind::Generated,
            anchor,
            target: None,
            label: Some(label),
            marker: None,
            text,
            links: Vec::new(),
            list: None,
        }
    }
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
        list: d.list,
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
    /// Original notes already numbered: (number in `originals`, final number). A few: one
    /// per distinct footnote marker.
    renumbered: Vec<(u32, u32)>,
    /// Placed editorial notes by [`placed_key`], sorted; `None` once numbered.
    editorial: Vec<(u64, Option<&'a EditorialNote>)>,
    /// The block being read, counted as [`Placed::block`] counts them.
    block: Option<usize>,
    next_block: usize,
    generated: bool,
    /// The day whose facts generated notes state.
    day: Option<Day>,
}

impl Numbering<'_> {
    /// Starts reading the next block (a title or a paragraph with text).
    fn enter_block(&mut self) {
        self.block = Some(self.next_block);
        self.next_block += 1;
    }

    /// The editorial note placed on `sp` in the current block, numbered now.
    fn editorial_for(&mut self, sp: &Span) -> Option<u32> {
        let key = placed_key(self.block?, sp.start);
        let k = self.editorial.partition_point(|e| e.0 < key);
        let e = self.editorial.get_mut(k).filter(|e| e.0 == key)?.1.take()?;
        let d = Draft {
            kind: NoteKind::Editorial,
            links: e.links.clone(),
            ..Draft::generated(NoteAnchor::Text, e.anchor.clone(), e.text.clone())
        };
        Some(push(&mut self.notes, d))
    }

    fn span(&mut self, sp: &mut Span) {
        if sp.note.is_none() && !self.editorial.is_empty() {
            if let Some(number) = self.editorial_for(sp) {
                sp.note = Some(number);
                return;
            }
        }
        match (sp.note, &sp.kind) {
            (Some(old), SpanKind::NoteRef { .. }) => {
                // One note per footnote: every marker of it refers to the same note.
                if let Some(&(_, new)) = self.renumbered.iter().find(|r| r.0 == old) {
                    sp.note = Some(new);
                    return;
                }
                sp.note = self.originals.iter().find(|n| n.number == old).map(|o| {
                    let d = Draft {
                        target: None,
                        ..Draft::original(o, NoteAnchor::Text)
                    };
                    push(&mut self.notes, d)
                });
                if let Some(new) = sp.note {
                    self.renumbered.push((old, new));
                }
            }
            (None, kind) if self.generated => {
                // The key is written into a reused buffer and looked up in a set: no allocation
                // or linear search per span.
                let (tag, name) = match kind {
                    SpanKind::State { code } => ("s:", code),
                    SpanKind::Organization { id } => ("o:", id),
                    SpanKind::Organ { id } => ("g:", id),
                    _ => return,
                };
                self.key.clear();
                self.key.push_str(tag);
                self.key.push_str(name);
                if self.seen.contains(self.key.as_str()) {
                    return;
                }
                // Seen once asked, note or none: one look-up per entity and document.
                self.seen.insert(self.key.clone());
                if let Some((label, text, links, list)) = generated_for(kind, self.day) {
                    let d = Draft {
                        links,
                        list,
                        ..Draft::generated(NoteAnchor::Text, label, text)
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

    /// A note for each signer, once however often the name recurs.
    fn signers(&mut self, sigs: &[Signature], sender: &Sender, only: bool) {
        for sig in sigs {
            if !self.seen_signer(&sig.name) {
                continue;
            }
            let Some((label, text)) = signer_note(sig, sender, only) else {
                continue;
            };
            self.fixed(Draft {
                target: Some(sig.name.clone()),
                ..Draft::generated(NoteAnchor::Signature, label, text)
            });
        }
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

/// Where an editorial note was placed, as one number: spans of a block do not overlap, so
/// the block and the start tell them apart.
fn placed_key(block: usize, start: u32) -> u64 {
    ((block as u64) << 32) | u64::from(start)
}

/// Resolves every note of `doc`: attaches editorial notes, generates explanatory notes (when
/// `generated`) with the facts of `day`, and numbers all of them 1, 2, … in reading order.
pub fn resolve(
    doc: &mut Document,
    editorial: &[EditorialNote],
    generated: bool,
    day: Option<Day>,
    diags: &mut Diagnostics,
) {
    let originals: Vec<Note> = std::mem::take(&mut doc.notes);
    let editorial = place_editorial(doc, editorial, diags);
    let mut n = Numbering {
        notes: Vec::new(),
        seen: HashSet::new(),
        key: String::new(),
        originals: &originals,
        renumbered: Vec::new(),
        editorial: {
            let mut v: Vec<_> = editorial
                .iter()
                .map(|p| (placed_key(p.block, p.start), Some(&p.note)))
                .collect();
            crate::text::sort_by_key(&mut v, |e| e.0);
            v
        },
        block: None,
        next_block: 0,
        generated,
        day,
    };
    // The masthead's symbol. (No note on an agenda item: the card prints all there is.)
    if generated {
        if let Some(sym) = doc.symbol.clone() {
            let (label, text, links) = symbol_note(&sym);
            n.fixed(Draft {
                target: Some(sym),
                links,
                ..Draft::generated(
                    NoteAnchor::Masthead,
                    label,
                    format!("The symbol of this document. {text}"),
                )
            });
        }
    }
    for anchor in [NoteAnchor::Agenda, NoteAnchor::Masthead] {
        for o in originals.iter().filter(|o| o.anchor == anchor) {
            n.fixed(Draft::original(o, anchor));
        }
    }
    if doc.title.is_some() {
        n.enter_block();
    }
    for sp in &mut doc.title_spans {
        n.span(sp);
    }
    for o in originals.iter().filter(|o| o.anchor == NoteAnchor::Title) {
        n.fixed(Draft {
            target: None,
            ..Draft::original(o, NoteAnchor::Title)
        });
    }
    for p in &mut doc.body {
        n.enter_block();
        for sp in &mut p.spans {
            n.span(sp);
        }
    }
    n.block = None;
    if generated {
        n.signers(&doc.signatures, &doc.sender, doc.one_signer());
    }
    for a in &mut doc.annexes {
        n.block = None;
        if a.title.is_some() {
            n.enter_block();
        }
        for sp in &mut a.title_spans {
            n.span(sp);
        }
        for p in &mut a.body {
            n.enter_block();
            for sp in &mut p.spans {
                n.span(sp);
            }
        }
        n.block = None;
        if generated {
            n.signers(&a.signatures, &Sender::default(), false);
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
            target: None,
            ..Draft::original(o, NoteAnchor::Masthead)
        });
    }
    doc.notes = n.notes;
}

#[cfg(test)]
mod tests {
    use crate::model::*;
    use crate::parse::{parse_with, ParseOptions};
    use crate::EditorialNote;

    fn note(anchor: &str, occurrence: Option<u32>, text: &str) -> EditorialNote {
        EditorialNote {
            anchor: anchor.into(),
            occurrence,
            text: text.into(),
            links: Vec::new(),
        }
    }

    const LETTER: &str = "Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I have the honour to transmit a statement of Chile on the peace process (see annex). The peace process matters. (Signed) Juan Larrain Annex Statement on the peace process The peace process goes on.";

    #[test]
    fn editorial_notes_numbered_in_reading_order_with_the_others() {
        let options = ParseOptions {
            notes: vec![
                note("peace process", Some(3), "third"),
                note("Chile", Some(2), "on a State"),
                note("peace process", None, "first"),
                note("Chile", Some(2), "taken twice"),
            ],
            generated_notes: true,
        };
        let doc = parse_with(LETTER, &options).unwrap();
        let numbers: Vec<u32> = doc.notes.iter().map(|n| n.number).collect();
        assert_eq!(numbers, (1..=doc.notes.len() as u32).collect::<Vec<_>>());
        let editorial: Vec<&str> = doc
            .notes
            .iter()
            .filter(|n| n.kind == NoteKind::Editorial)
            .map(|n| n.text.as_str())
            .collect();
        // Reading order: the body's first "peace process", "Chile" in the body (its second
        // occurrence, the first being in the title), then the annex title's "peace process".
        assert_eq!(editorial, ["on a State", "first", "third"]);
        assert!(doc
            .diagnostics
            .iter()
            .any(|d| d.code == "editorial-anchor-taken"));
        // Every editorial note is referenced by exactly one span.
        let mut refs: Vec<u32> = Vec::new();
        let mut collect = |spans: &[Span]| refs.extend(spans.iter().filter_map(|s| s.note));
        collect(&doc.title_spans);
        doc.body.iter().for_each(|p| collect(&p.spans));
        for a in &doc.annexes {
            collect(&a.title_spans);
            a.body.iter().for_each(|p| collect(&p.spans));
        }
        for n in doc.notes.iter().filter(|n| n.kind == NoteKind::Editorial) {
            assert_eq!(
                refs.iter().filter(|&&r| r == n.number).count(),
                1,
                "{}",
                n.text
            );
        }
    }

    #[test]
    fn one_note_per_footnote_however_many_markers() {
        let t = "%%%|\n\nLetter dated 3 May 1997 from the Permanent Representative of Cuba to the United Nations addressed to the Secretary-General I refer to the resolution* and to the resolution* again. * Adopted in 1997. I have the honour to transmit it.";
        let d = crate::parse(t).unwrap();
        let originals: Vec<_> = d
            .notes
            .iter()
            .filter(|n| n.kind == NoteKind::Original)
            .collect();
        assert_eq!(originals.len(), 1, "{:?}", d.notes);
        let n = originals[0].number;
        let html = crate::render_html(&d, &crate::RenderOptions::default());
        let refs = html
            .matches(&format!("role=\"doc-noteref\" href=\"#undoc-fn-{n}\""))
            .count()
            + html
                .matches(&format!("id=\"undoc-ref-{n}\" href=\"#undoc-fn-{n}\""))
                .count();
        assert_eq!(refs, 2, "every marker a reference: {html}");
        assert_eq!(
            html.matches(&format!("id=\"undoc-ref-{n}\"")).count(),
            1,
            "one id: {html}"
        );
    }
}
