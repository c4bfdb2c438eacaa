//! The body after the title: the letter, its signatures, and the annexes after it, each annex
//! with its own signatures; then their paragraphs and inline spans.

use super::{annex, paragraphs, signature, spans, Diagnostics};
use crate::model::*;
use crate::text::{self, skip_spaces, slice, PartWords, Word};

/// The letter and its annexes, cut out of the text but not yet read into paragraphs.
pub(super) struct Parts<'t> {
    /// The text after the title.
    rest: &'t str,
    /// The letter's own text, up to its signatures.
    pub(super) body_text: &'t str,
    /// Each annex: its head, its text and its signatures.
    annex_parts: Vec<(annex::Head, String, Vec<Signature>)>,
    /// The words of the whole text, and where the letter's text and each annex's start in it
    /// (`None` for a text that is no slice of it): their paragraphs' words are read from there.
    words: &'t [Word],
    body_at: usize,
    annexes_at: Vec<Option<usize>>,
    /// The signers' names, to be found in the text.
    people: Vec<String>,
}

/// Cuts the text after `rest_start` into the letter, its signatures (into `doc`) and the
/// annexes: a queue of segments, as a block of signatures may be followed by more text.
pub(super) fn split<'t>(
    doc: &mut Document,
    text: &'t str,
    words: &'t [Word],
    breaks: &[usize],
    rest_start: usize,
    diags: &mut Diagnostics,
) -> Parts<'t> {
    // The letter, its signatures, the annexes.
    let rest_start = skip_spaces(text, rest_start.min(text.len()));
    let rest = slice(text, rest_start, text.len());
    let mut rest_breaks: Vec<usize> = breaks
        .iter()
        .filter(|&&b| b >= rest_start)
        .map(|&b| b - rest_start)
        .collect();
    text::sort_by_key(&mut rest_breaks, |&b| b as u64);
    let rest_words = PartWords::new(words, rest_start, rest_start + rest.len());
    let headings = annex::find_headings_in(rest, rest_words.iter(), &rest_breaks);
    let mut warned = false;
    // Signatures read at most: a text of marks gets no more blocks (and DOM nodes) for its
    // repetition; real letters, even joint statements of many States, stay far under it.
    let budget = rest.len() / 2000 + 100;
    let mut left = budget;
    // Said once, where the first mark past the budget stays text.
    let mut unread = |diags: &mut Diagnostics| {
        if !std::mem::replace(&mut warned, true) {
            diags.warn(
                "signatures-not-read",
                format!("The document has more \u{201c}(Signed)\u{201d} marks than the {budget} signatures read at most (100, and one more per 2,000 bytes of text); the rest are kept as text."),
                None,
            );
        }
    };
    // Page breaks may end a signature block only where no annex heading follows: an annex
    // without one begins on a new page.
    let unheaded = |end: usize| -> &[usize] {
        if end >= rest.len() {
            &rest_breaks
        } else {
            &[]
        }
    };
    let letter_end = headings.first().map_or(rest.len(), |h| h.start);
    let letter = slice(rest, 0, letter_end);
    let mut sig_start = signature::find_signed(letter, 0);
    // An original letter signs without a "(Signed)" mark, after its closing formula.
    let mut close = match sig_start {
        Some(_) => None,
        None => super::closing::read(letter, 0),
    };
    // Or with neither, its name and title ending the letter; a mark printed after them, the
    // letter's last word, is theirs ("Kamal KHARRAZI Ambassador Permanent Representative
    // (Signed").
    let mark_last = sig_start.filter(|&s| text::words(slice(letter, s, letter.len())).len() == 1);
    if close.is_none() && (sig_start.is_none() || mark_last.is_some()) {
        let end = mark_last.unwrap_or(letter.len());
        if let Some(mut c) = super::closing::read_bare(letter, end) {
            if mark_last.is_some() {
                c.end = letter.len();
            }
            diags.info(
                "signature-unmarked",
                format!("The name and title ending the letter, \u{201c}{}\u{201d}, with no \u{201c}(Signed)\u{201d} mark or closing formula, were read as its signature.", c.signature.name),
                None,
            );
            sig_start = None;
            close = Some(c);
        }
    }
    // A letter with neither may end on its circulation request before an enclosure's heading.
    let enclosure = match (sig_start, &close) {
        (None, None) => annex::after_circulation(letter),
        _ => None,
    };
    let body_end = sig_start
        .or(close.as_ref().map(|c| c.start))
        .or(enclosure)
        .unwrap_or(letter.len());
    let body_text = slice(letter, 0, body_end).trim();
    let body_at = rest_start + leading_spaces(slice(letter, 0, body_end));
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let after = if let Some(s) = sig_start {
        let (sigs, after) = signature::parse_blocks_within(
            letter,
            s,
            letter.len(),
            unheaded(letter_end),
            left,
            diags,
        );
        left -= sigs.len();
        if left == 0 && signature::find_signed_before(letter, after, letter.len()).is_some() {
            unread(diags);
        }
        doc.signatures = sigs;
        Some(after)
    } else {
        close.map(|c| {
            doc.signatures = vec![c.signature];
            c.end
        })
    };
    if let Some(after) = after {
        if after < letter.len() && !slice(letter, after, letter.len()).trim().is_empty() {
            segments.push((after, letter_end));
        }
    }
    if let Some(e) = enclosure {
        diags.info(
            "annex-unlabelled",
            "A heading after the circulation request, with no \u{201c}Annex\u{201d} label, was read as an enclosure\u{2019}s title.".into(),
            None,
        );
        segments.push((e, letter_end));
    }
    for (k, h) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(rest.len(), |n| n.start);
        segments.push((h.start, end));
    }

    let mut people: Vec<String> = doc.signatures.iter().map(|s| s.name.clone()).collect();
    let mut annex_parts: Vec<(annex::Head, String, Vec<Signature>)> = Vec::new();
    let mut annexes_at: Vec<Option<usize>> = Vec::new();
    let mut queue = segments;
    queue.reverse();
    let mut guard = 0;
    while let Some((s, e)) = queue.pop() {
        guard += 1;
        if guard > 1000 {
            // Segments come in text order and the last one runs to the end: everything from
            // here on is kept, as paragraphs of the last annex.
            diags.warn(
                "too-many-annexes",
                "The document has more than 1,000 annexes; the rest is kept as text of the last one.".into(),
                None,
            );
            let tail = slice(rest, s, rest.len()).trim();
            if let Some(last) = annex_parts.last_mut() {
                last.1.push('\n');
                last.1.push_str(tail);
            }
            if let Some(at) = annexes_at.last_mut() {
                *at = None;
            }
            break;
        }
        let h = annex::head(rest, s, e);
        let body_from = h.body_start.clamp(s, e);
        let mut sig = signature::find_signed_before(rest, body_from, e);
        if left == 0 && sig.is_some() {
            unread(diags);
            sig = None;
        }
        let mut sigs = Vec::new();
        let body_to = sig.unwrap_or(e);
        if let Some(p) = sig {
            let (list, after) =
                signature::parse_blocks_within(rest, p, e, unheaded(e), left, diags);
            left -= list.len();
            if left == 0 && signature::find_signed_before(rest, after, e).is_some() {
                unread(diags);
            }
            sigs = list;
            if after < e && after > p && !slice(rest, after, e).trim().is_empty() {
                queue.push((after, e));
            }
        }
        people.extend(sigs.iter().map(|s| s.name.clone()));
        let annex_text = slice(rest, body_from, body_to);
        annexes_at.push(Some(rest_start + body_from + leading_spaces(annex_text)));
        annex_parts.push((h, annex_text.trim().to_string(), sigs));
    }

    Parts {
        rest,
        body_text,
        annex_parts,
        people,
        words,
        body_at,
        annexes_at,
    }
}

/// The length of the whitespace `t` starts with: what `trim` takes off its start.
fn leading_spaces(t: &str) -> usize {
    t.len() - t.trim_start().len()
}

/// Reads the letter's and the annexes' paragraphs and spans into `doc`; returns how many spans
/// the document's budget left out (see [`spans::Context::budget`]).
pub(super) fn build(
    doc: &mut Document,
    parts: Parts<'_>,
    markers_in_text: Vec<(String, u32)>,
) -> usize {
    let Parts {
        rest,
        body_text,
        annex_parts,
        people,
        words,
        body_at,
        annexes_at,
    } = parts;
    let ctx = spans::Context::new(people, markers_in_text).budget(rest.len());
    if let Some(t) = &doc.title {
        doc.title_spans = spans::spans(t, &ctx);
    }
    let build = |t: &str, at: Option<usize>| -> Vec<Paragraph> {
        // The words of a text that is no slice of the whole: scanned once for its paragraphs.
        let own = match at {
            Some(_) => Vec::new(),
            None => text::words(t),
        };
        let (ws, at): (&[Word], usize) = match at {
            Some(at) => (words, at),
            None => (&own, 0),
        };
        paragraphs::segment(t)
            .into_iter()
            .map(|p| {
                let part = PartWords::new(ws, at + p.start, at + p.end);
                spans::paragraph(slice(t, p.start, p.end), part, p.kind, p.marker, &ctx)
            })
            .collect()
    };
    doc.body = build(body_text, Some(body_at));
    for ((h, body, sigs), at) in annex_parts.into_iter().zip(annexes_at) {
        let title = h.title.map(|(a, b)| slice(rest, a, b).to_string());
        let title_spans = title
            .as_deref()
            .map(|t| spans::spans(t, &ctx))
            .unwrap_or_default();
        doc.annexes.push(Annex {
            label: h.label,
            heading: h.heading,
            issuer: h.issuer,
            title,
            title_spans,
            subtitle: h.subtitle,
            original_language: h.original_language,
            place: h.place,
            date: h.date,
            body: build(&body, at),
            signatures: sigs,
        });
    }
    ctx.dropped()
}
