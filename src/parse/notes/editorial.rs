//! Editorial notes: given by the host page, placed on the n-th occurrence of their anchor text.

use serde::{Deserialize, Serialize};

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

/// An editorial note placed on a span: the block it stands in (title, body paragraphs, annex
/// titles and bodies, counted in reading order) and where the span starts (UTF-16).
pub(super) struct Placed {
    pub block: usize,
    pub start: u32,
    pub note: EditorialNote,
}

/// Places editorial notes on their anchors: on a span covering the anchor, or on an anchor
/// span inserted there. Numbering attaches them when it reaches that span.
pub(super) fn place_editorial(
    doc: &mut Document,
    notes: &[EditorialNote],
    diags: &mut Diagnostics,
) -> Vec<Placed> {
    let mut placed: Vec<Placed> = Vec::new();
    // Ranges already given a note, sorted (a set without the hashing code in the module).
    let mut claimed: Vec<(usize, u32, u32)> = Vec::new();
    for (k, n) in notes.iter().enumerate() {
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
        let free =
            |s: &Span| s.note.is_none() && claimed.binary_search(&(i, s.start, s.end)).is_err();
        let target = spans
            .iter()
            .find(|s| s.start == start && s.end == end && free(s))
            .or_else(|| {
                spans
                    .iter()
                    .find(|s| s.start < end && start < s.end && s.end <= end && free(s))
            })
            .map(|s| (s.start, s.end));
        let (start, end) = if let Some(range) = target {
            range
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
                    note: None,
                    kind: SpanKind::Anchor,
                },
            );
            (start, end)
        };
        let mut clean = n.clone();
        clean.links.retain(|l| {
            let ok = l.is_safe_href();
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
        if let Err(at) = claimed.binary_search(&(i, start, end)) {
            claimed.insert(at, (i, start, end));
        }
        placed.push(Placed {
            block: i,
            start,
            note: clean,
        });
    }
    placed
}
