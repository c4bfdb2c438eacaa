//! `text -> Document`: the parser.
//!
//! Stages, in order: the `%%%` header line ([`split_header`]); whitespace normalization;
//! printing debris ([`debris`]); footnote texts found in mid-text ([`footnotes`]); the title
//! ([`title`]); the front matter before it ([`front`]); the letter body, its signatures and the
//! annexes after it ([`signature`], [`annex`]); paragraphs ([`paragraphs`]) and their inline spans
//! ([`spans`]); and last the facts drawn from all of these (signatories, organizations).
//!
//! Parsing is total: whatever the text, a [`Document`] comes back, with
//! [`Document::diagnostics`] saying what could not be read. Only input that cannot be used at all
//! — larger than [`MAX_INPUT_BYTES`], or not UTF-8 for [`parse_bytes`] — gives an [`Error`].

pub mod annex;
pub mod debris;
mod diagnostics;
pub mod footnotes;
pub mod front;
pub(crate) mod notes;
pub mod paragraphs;
pub mod signature;
pub mod spans;
pub mod title;

use std::collections::HashSet;
use std::fmt;

use crate::gazetteer::{self, Entity};
use crate::model::*;
use diagnostics::{fold_repeats, Diagnostics};
pub use notes::EditorialNote;
// Also the `text` that the stages below name as `super::text`.
use crate::text::{
    self, find_phrase, is_capitalized, next_word, ordinal_at, phrase_at, skip_spaces, slice,
    utf16_offset, words,
};

/// The largest input [`parse`] accepts: 16 MiB. Larger texts are refused with an [`Error`]
/// rather than parsed slowly; no UN document comes near it.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Why an input could not be used at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// The kind of an [`Error`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is larger than [`MAX_INPUT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The input is not UTF-8 (from [`parse_bytes`]).
    NotUtf8 {
        /// The offset of the first invalid byte.
        valid_up_to: usize,
    },
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::TooLarge { size, limit } => write!(
                f,
                "input is {size} bytes, larger than the limit of {limit} bytes ({} MiB)",
                limit / (1024 * 1024)
            ),
            ErrorKind::NotUtf8 { valid_up_to } => {
                write!(
                    f,
                    "input is not UTF-8 text (invalid byte at offset {valid_up_to})"
                )
            }
        }
    }
}

impl std::error::Error for Error {}

/// Parses UTF-8 bytes; see [`parse`].
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, Error> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Error {
            kind: ErrorKind::TooLarge {
                size: bytes.len(),
                limit: MAX_INPUT_BYTES,
            },
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => parse_with(t, &ParseOptions::default()),
        Err(e) => Err(Error {
            kind: ErrorKind::NotUtf8 {
                valid_up_to: e.valid_up_to(),
            },
        }),
    }
}

/// Parses a plain-text UN document into a [`Document`], with generated notes and no editorial
/// ones. See the crate docs for an example.
///
/// # Errors
/// Only when `text` is larger than [`MAX_INPUT_BYTES`].
pub fn parse(text: &str) -> Result<Document, Error> {
    parse_with(text, &ParseOptions::default())
}

/// Options of [`parse_with`].
#[derive(Debug, Clone, PartialEq)]
pub struct ParseOptions {
    /// Notes supplied by an editor of the host page.
    pub notes: Vec<EditorialNote>,
    /// Whether to generate notes that explain organizations, States, organs, agenda items,
    /// symbols and signers (default `true`).
    pub generated_notes: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            notes: Vec::new(),
            generated_notes: true,
        }
    }
}

/// Parses with [`ParseOptions`]: editorial notes, and whether to generate notes.
///
/// ```
/// use undoc::{EditorialNote, ParseOptions};
/// let note = EditorialNote { anchor: "Chile".into(), occurrence: None, text: "A remark.".into(), links: vec![] };
/// let options = ParseOptions { notes: vec![note], generated_notes: false };
/// let text = "Letter dated 1 May 2001 from the Permanent Representative of Chile to the United \
///     Nations addressed to the Secretary-General I write.";
/// let doc = undoc::parse_with(text, &options).unwrap();
/// assert_eq!(doc.notes.len(), 1);
/// let chile = doc.title_spans.iter().find(|s| s.note == Some(1)).unwrap();
/// assert_eq!(&doc.title.as_deref().unwrap()[chile.start as usize..chile.end as usize], "Chile");
/// ```
///
/// # Errors
/// Only when `text` is larger than [`MAX_INPUT_BYTES`].
pub fn parse_with(text: &str, options: &ParseOptions) -> Result<Document, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error {
            kind: ErrorKind::TooLarge {
                size: text.len(),
                limit: MAX_INPUT_BYTES,
            },
        });
    }
    Ok(parse_total(text, options))
}

/// Splits the `%%%SUBJECT|SUBJECT|` header line from the rest.
pub fn split_header(input: &str) -> (Vec<String>, &str) {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let trimmed = input.trim_start_matches(['\n', '\r', ' ', '\t']);
    let Some(line_rest) = trimmed.strip_prefix("%%%") else {
        return (Vec::new(), input);
    };
    let (line, rest) = match line_rest.find('\n') {
        Some(i) => (&line_rest[..i], &line_rest[i + 1..]),
        None => (line_rest, ""),
    };
    let subjects = line
        .split('|')
        .map(|s| {
            s.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
        })
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    (subjects, rest)
}

/// Whether `text` looks like an HTML page rather than a plain-text document.
fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    let markers = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<div",
        "<p>",
        "<script",
        "<meta",
    ];
    markers.iter().filter(|m| head.contains(*m)).count() >= 2 || head.matches("</").count() >= 8
}

/// Collapses whitespace and control characters to single spaces; also counts the control
/// characters other than '\n', '\r' and '\t' (those of `char::is_control`), on the same pass.
///
/// Runs of characters that stay are copied whole; ASCII is classified by its byte, and only
/// non-ASCII characters are decoded (a push per character was a pass of its own).
fn normalize(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut controls = 0;
    let mut space = false;
    let bytes = text.as_bytes();
    let mut run = 0; // start of the run of kept characters
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Printable ASCII outside a run of blanks changes nothing: passed over at once (it is
        // most of the text).
        if (0x21..0x7f).contains(&b) && !space {
            i += 1;
            continue;
        }
        let (blank, len) = if b < 0x80 {
            // Whitespace and control characters in ASCII: all bytes up to ' ', and DEL.
            controls += usize::from((b < b' ' && !matches!(b, b'\n' | b'\r' | b'\t')) || b == 0x7f);
            (b <= b' ' || b == 0x7f, 1)
        } else {
            match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => {
                    controls += usize::from(c.is_control());
                    (
                        c.is_whitespace() || c.is_control() || c == '\u{feff}',
                        c.len_utf8(),
                    )
                }
                None => (false, 1),
            }
        };
        if blank {
            out.push_str(&text[run..i]);
            space = true;
            run = i + len;
        } else if space {
            if !out.is_empty() {
                out.push(' ');
            }
            space = false;
        }
        i += len;
    }
    out.push_str(&text[run..]);
    (out, controls)
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

fn parse_total(input: &str, options: &ParseOptions) -> Document {
    let mut diags = Diagnostics::default();
    let (subjects, rest) = split_header(input);
    let mut doc = Document {
        subjects,
        ..Document::default()
    };
    let (norm, controls) = normalize(rest);
    if controls > 0 {
        diags.info(
            "control-characters-removed",
            format!("Replaced {controls} control character(s) (such as NUL) that are not text with spaces."),
            None,
        );
    }
    if looks_like_html(rest) {
        diags.warn(
            "html-input",
            "The text looks like an HTML page, not a plain-text document; its markup is shown as text.".into(),
            Some(0),
        );
    }
    if norm.is_empty() {
        diags.warn(
            "empty",
            "The document has no text after its header line.".into(),
            None,
        );
        doc.diagnostics = diags.list;
        return doc;
    }
    let cleaned = debris::remove(&norm, &mut diags);
    let foot = footnotes::extract(&cleaned.text, &cleaned.breaks);
    let text = foot.text.as_str();
    let breaks = &foot.breaks;

    // Title and front matter.
    let title = title::find(text, 8000);
    let (front_end, rest_start) = match &title {
        Some(t) => (t.start, t.end),
        None => (0, 0),
    };
    let front = front::parse(slice(text, 0, front_end));
    if !front.unknown.is_empty() {
        diags.warn(
            "front-matter-unread",
            format!(
                "Did not recognize in the front matter: \u{201c}{}\u{201d}.",
                front.unknown.join(" \u{2026} ")
            ),
            Some(0),
        );
    }
    doc.symbol = front.symbol.clone().or_else(|| {
        let s = cleaned.header_symbols.first()?.clone();
        Some(s)
    });
    doc.masthead = front.masthead.clone();
    doc.session = front.session.clone();
    doc.security_council_year = front.sc_year;
    doc.agenda_items = front.agenda.clone();
    let mut title_marker = None;
    let mut rest_start = rest_start;
    match &title {
        Some(t) => {
            doc.kind = t.kind;
            doc.date = t.date.clone();
            doc.sender = t.sender.clone();
            doc.addressees = t.addressees.clone();
            doc.title = Some(slice(text, t.start, t.end).to_string());
            let glued = text::glued_marker_len(text, t.end);
            if glued > 0 {
                title_marker = Some(slice(text, t.end, t.end + glued).to_string());
                rest_start += glued;
            }
            if !t.complete {
                diags.warn(
                    "title-end-guessed",
                    "The title names no known addressee; where it ends is a guess.".into(),
                    Some(t.start),
                );
            }
            if t.date.is_none() {
                diags.warn("title-without-date", "The title gives no date the parser could read.".into(), Some(t.start));
            }
        }
        None => diags.warn(
            "no-title",
            "No title such as \u{201c}Letter dated \u{2026}\u{201d} or \u{201c}Note verbale dated \u{2026}\u{201d} was found; the whole text is read as the body.".into(),
            Some(0),
        ),
    }

    // Notes from the document itself, numbered in reading order of their markers.
    let mut markers_in_text: Vec<(String, u32)> = Vec::new();
    let mut ordered: Vec<(usize, NoteAnchor, &footnotes::FootText)> = Vec::new();
    for ft in &foot.notes {
        let anchor = if front.agenda_marker.as_deref() == Some(ft.marker.as_str()) {
            NoteAnchor::Agenda
        } else if title_marker.as_deref() == Some(ft.marker.as_str()) {
            NoteAnchor::Title
        } else if ft.marker_pos < front_end {
            NoteAnchor::Masthead
        } else {
            NoteAnchor::Text
        };
        ordered.push((ft.marker_pos, anchor, ft));
    }
    text::sort_by_key(&mut ordered, |o| o.0 as u64);
    for (n, (_, anchor, ft)) in ordered.iter().enumerate() {
        let number = n as u32 + 1;
        if *anchor == NoteAnchor::Text {
            markers_in_text.push((ft.marker.clone(), number));
        }
        doc.notes.push(Note {
            number,
            kind: NoteKind::Original,
            marker: Some(ft.marker.clone()),
            label: None,
            anchor: *anchor,
            target: None,
            text: ft.text.clone(),
            spans: Vec::new(),
            links: Vec::new(),
        });
    }

    // The letter, its signatures, the annexes.
    let rest_start = skip_spaces(text, rest_start.min(text.len()));
    let rest = slice(text, rest_start, text.len());
    let rest_breaks: Vec<usize> = breaks
        .iter()
        .filter(|&&b| b >= rest_start)
        .map(|&b| b - rest_start)
        .collect();
    let headings = annex::find_headings(rest, &rest_breaks);
    let letter_end = headings.first().map_or(rest.len(), |h| h.start);
    let letter = slice(rest, 0, letter_end);
    let sig_start = signature::find_signed(letter, 0);
    let body_end = sig_start.unwrap_or(letter.len());
    let body_text = slice(letter, 0, body_end).trim();
    let mut segments: Vec<(usize, usize)> = Vec::new();
    if let Some(s) = sig_start {
        let (sigs, after) = signature::parse_blocks(letter, s, letter.len(), &mut diags);
        doc.signatures = sigs;
        if after < letter.len() && !slice(letter, after, letter.len()).trim().is_empty() {
            segments.push((after, letter_end));
        }
    }
    for (k, h) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(rest.len(), |n| n.start);
        segments.push((h.start, end));
    }

    let mut people: Vec<String> = doc.signatures.iter().map(|s| s.name.clone()).collect();
    let mut annex_parts: Vec<(annex::Head, String, Vec<Signature>)> = Vec::new();
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
            break;
        }
        let h = annex::head(rest, s, e);
        let body_from = h.body_start.clamp(s, e);
        let sig = signature::find_signed_before(rest, body_from, e);
        let mut sigs = Vec::new();
        let body_to = sig.unwrap_or(e);
        if let Some(p) = sig {
            let (list, after) = signature::parse_blocks(rest, p, e, &mut diags);
            sigs = list;
            if after < e && after > p && !slice(rest, after, e).trim().is_empty() {
                queue.push((after, e));
            }
        }
        people.extend(sigs.iter().map(|s| s.name.clone()));
        annex_parts.push((h, slice(rest, body_from, body_to).trim().to_string(), sigs));
    }

    let ctx = spans::Context::new(people, markers_in_text);
    let build = |t: &str| -> Vec<Paragraph> {
        paragraphs::segment(t)
            .into_iter()
            .map(|p| spans::paragraph(slice(t, p.start, p.end), p.kind, p.marker, &ctx))
            .collect()
    };
    doc.body = build(body_text);
    if let Some(t) = &doc.title {
        doc.title_spans = spans::spans(t, &ctx);
    }
    for (h, body, sigs) in annex_parts {
        let title = h.title.map(|(a, b)| slice(rest, a, b).to_string());
        let title_spans = title
            .as_deref()
            .map(|t| spans::spans(t, &ctx))
            .unwrap_or_default();
        doc.annexes.push(Annex {
            label: h.label,
            heading: h.heading,
            title,
            title_spans,
            subtitle: h.subtitle,
            original_language: h.original_language,
            place: h.place,
            date: h.date,
            body: build(&body),
            signatures: sigs,
        });
    }

    circulation(&mut doc, body_text);
    doc.signatories = signatories(&doc);
    collect_entities(&mut doc);
    notes::resolve(
        &mut doc,
        &options.notes,
        options.generated_notes,
        &mut diags,
    );
    if doc.body.is_empty() && doc.title.is_some() {
        diags.warn(
            "empty-body",
            "The letter has no text after its title.".into(),
            None,
        );
    }
    // Diagnostic offsets: bytes of the cleaned text to UTF-16, in one pass over the text in
    // offset order (a pass from the start per diagnostic was quadratic: a long document has a
    // diagnostic per page of printing debris).
    let mut diagnostics = fold_repeats(diags.list);
    let mut order: Vec<(usize, usize)> = diagnostics
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.offset.map(|o| (o as usize, i)))
        .collect();
    text::sort_by_key(&mut order, |o| o.0 as u64);
    let mut map = text::Utf16Map::new(&norm);
    let mut whole = None;
    for (o, i) in order {
        // `utf16_offset` counts the whole text for an offset that is not a char boundary.
        let units = if norm.is_char_boundary(o) {
            map.at(o)
        } else {
            *whole.get_or_insert_with(|| utf16_offset(&norm, norm.len()))
        };
        if let Some(d) = diagnostics.get_mut(i) {
            d.offset = Some(units);
        }
    }
    doc.diagnostics = diagnostics;
    doc
}

/// Session and agenda items from the circulation request in the body ("circulated as a document
/// of the fifty sixth session of the General Assembly under agenda items 10, 20, 21 (d) …") when
/// the front matter gives none.
fn circulation(doc: &mut Document, body: &str) {
    let sentence_with = |body: &str| -> Option<(usize, usize)> {
        for verb in ["circulated", "distributed", "circulate", "issued as"] {
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
                if let Some(se) = phrase_at(sentence, q, "session of the general assembly") {
                    let printed = slice(sentence, w.start, q + "session".len()).to_string();
                    let _ = se;
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
                let (numbers, _, _) = front::agenda_numbers_at(sentence, p + head.len());
                doc.agenda_items = numbers
                    .into_iter()
                    .map(|number| AgendaItem {
                        number,
                        title: None,
                    })
                    .collect();
                break;
            }
        }
    }
}

/// Words that name who issues a statement.
const AUTHOR_NOUNS: &[&str] = &[
    "Ministers",
    "Minister",
    "Heads of State",
    "Government",
    "Governments",
    "Presidents",
    "President",
    "Leaders",
    "Ministry",
    "Ministries",
    "Parliaments",
    "Delegations",
    "Permanent Representatives",
];

/// States enumerated as the authors of a statement: "Statement of the Ministers for Foreign
/// Affairs of the Republic of Armenia, …, and the Republic of Uzbekistan". States after "on",
/// "concerning" or "against" are its subject, not its authors.
fn authors(text: &str) -> Vec<State> {
    let ms: Vec<_> = gazetteer::find(text)
        .into_iter()
        .filter(|m| matches!(m.entity, Entity::State(_)))
        .collect();
    let mut k = 0;
    while k < ms.len() {
        // A run of States joined by ", ", " and ", ", the ", " and the ".
        let mut j = k + 1;
        while j < ms.len() {
            let gap = slice(text, ms[j - 1].end, ms[j].start).trim();
            let gap = gap.trim_end_matches("the").trim();
            if matches!(gap, "," | "and" | ", and" | "" | "\u{2013}" | "-") {
                j += 1;
            } else {
                break;
            }
        }
        let before = slice(text, 0, ms[k].start).trim_end();
        let before = before.strip_suffix("the").unwrap_or(before).trim_end();
        let introduced =
            before.ends_with(" of") || before.ends_with(" by") || before.ends_with(" of:");
        let noun_at = AUTHOR_NOUNS.iter().filter_map(|n| before.rfind(n)).max();
        if let (true, Some(np)) = (introduced, noun_at) {
            let between = &before[np..];
            let topical = [
                " on ",
                " concerning ",
                " against ",
                " regarding ",
                " about ",
                " to ",
            ]
            .iter()
            .any(|t| between.contains(t));
            if !topical {
                return ms[k..j]
                    .iter()
                    .filter_map(|m| {
                        if let Entity::State(i) = m.entity {
                            state_of(i)
                        } else {
                            None
                        }
                    })
                    .collect();
            }
        }
        k = j;
    }
    Vec::new()
}

/// States named in "On behalf of …" at the start of a sentence, up to the clause's end.
fn on_behalf_of(text: &str) -> Vec<State> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(p) = find_phrase(text, "On behalf of", from) {
        from = p + 1;
        let at_sentence_start = p == 0 || text[..p].trim_end().ends_with(['.', ':', ';']);
        if !at_sentence_start || !is_capitalized(next_word(text, p)) {
            continue;
        }
        let clause = slice(text, p, text.len());
        // The first place where any of these stands (the least of their first occurrences),
        // found by one scan that stops there rather than by five that may run to the end.
        let b = clause.as_bytes();
        let end = (0..b.len())
            .find(|&i| {
                [" I ", " we ", " We ", "(Signed", ". "]
                    .iter()
                    .any(|s| b[i..].starts_with(s.as_bytes()))
            })
            .unwrap_or(clause.len());
        for m in gazetteer::find(&clause[..end]) {
            if let Entity::State(i) = m.entity {
                if let Some(s) = state_of(i) {
                    push_unique(&mut out, s);
                }
            }
        }
    }
    out
}

/// The signatories, in order of first mention after the title.
fn signatories<'a>(doc: &'a Document) -> Vec<State> {
    let mut set: Vec<State> = Vec::new();
    for s in &doc.sender.states {
        push_unique(&mut set, s.clone());
    }
    let body_text: Vec<&str> = doc.body.iter().map(|p| p.text.as_str()).collect();
    let joined = body_text.join(" ");
    for s in on_behalf_of(&joined) {
        push_unique(&mut set, s);
    }
    // A statement enumerated in the transmittal sentence: "transmit herewith a statement of …".
    for p in &doc.body {
        if p.text.contains("herewith") || p.text.contains("(see annex") {
            for s in authors(&p.text) {
                push_unique(&mut set, s);
            }
        }
    }
    for sig in &doc.signatures {
        if let Some(s) = &sig.state {
            push_unique(&mut set, s.clone());
        }
    }
    for a in &doc.annexes {
        if let Some(t) = &a.title {
            for s in authors(t) {
                push_unique(&mut set, s);
            }
        }
        for sig in &a.signatures {
            if let Some(s) = &sig.state {
                push_unique(&mut set, s.clone());
            }
        }
    }
    // Order: first mention in reading order after the title; unmentioned ones first.
    let mut order: Vec<String> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut note = |spans: &'a [Span]| {
        for sp in spans {
            if let SpanKind::State { code } = &sp.kind {
                if seen.insert(code.as_str()) {
                    order.push(code.clone());
                }
            }
        }
    };
    for p in &doc.body {
        note(&p.spans);
    }
    for a in &doc.annexes {
        note(&a.title_spans);
        for p in &a.body {
            note(&p.spans);
        }
    }
    let mut sig_codes: Vec<String> = Vec::new();
    for sig in doc
        .signatures
        .iter()
        .chain(doc.annexes.iter().flat_map(|a| a.signatures.iter()))
    {
        if let Some(s) = &sig.state {
            sig_codes.push(s.code.clone());
        }
    }
    let rank = |code: &str| -> usize {
        order
            .iter()
            .position(|c| c == code)
            .map(|p| p + 1)
            .or_else(|| {
                sig_codes
                    .iter()
                    .position(|c| c == code)
                    .map(|p| order.len() + 1 + p)
            })
            .unwrap_or(0)
    };
    let mut indexed: Vec<(usize, usize, State)> = set
        .into_iter()
        .enumerate()
        .map(|(i, s)| (rank(&s.code), i, s))
        .collect();
    text::sort_by_key(&mut indexed, |x| x.0 as u64);
    indexed.into_iter().map(|x| x.2).collect()
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
mod tests {
    use super::*;

    #[test]
    fn controls_counted_in_normalize_as_on_chars() {
        let all: String = (0..0x3000).filter_map(char::from_u32).collect();
        for t in [
            "",
            "a\tb\r\n\u{0}\u{7f}\u{80}\u{9f}\u{a0}é\u{85}",
            "\u{c2}\u{9f}x",
            &all,
        ] {
            let by_chars = t
                .chars()
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
                .count();
            assert_eq!(normalize(t).1, by_chars, "{t:?}");
        }
    }
}
