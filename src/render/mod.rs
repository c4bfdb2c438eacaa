//! `Document -> HTML`: semantic markup for people, screen readers and print.
//!
//! One `<article class="undoc">`: a header card (symbol, date, session, agenda items, subjects),
//! an optional signatory toolbar, the title, the body, the signatures, each annex as a
//! `<section>`, and the endnotes (`role="doc-endnotes"`) with back-links. Every mention carries a
//! `data-state` / `data-org` / `data-organ` / `data-person` attribute, dates are `<time>`, symbols
//! link to undocs.org, note references are `<a role="doc-noteref">`. Ids start with the widget's
//! prefix, so two widgets on one page never clash. Note numbers come with the model (the parser
//! resolves them); the renderer keeps no state of its own.

mod akn;
mod audit;
mod blocks;
mod card;
mod chunks;
mod cite;
mod collection;
mod embed;
mod endnotes;
mod html;

pub use akn::render_akn;
pub use audit::audit_markup;
pub use chunks::{render_chunked, Chunked, Insert};
pub use collection::{
    collection_entry, Collection, Entry, EntrySender, IndexError, COLLECTION_VERSION,
};
pub use embed::{render_element, render_element_shadow, widget_data, widget_json};

use std::collections::HashMap;

pub use html::sanitize_prefix;
use html::Html;

use crate::model::*;

/// Options of [`render_html`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// Prefix of every id in the fragment; made safe with [`sanitize_prefix`].
    pub id_prefix: String,
    /// Whether to include the signatory toolbar (its buttons need the interaction layer).
    pub interactive: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            id_prefix: "undoc".into(),
            interactive: false,
        }
    }
}

/// Paragraph text (bytes) past which a paragraph arrives in pieces, and their size.
const LONG_BLOCK: usize = 64 * 1024;
const TEXT_PIECE: usize = 16 * 1024;
const PIECE_OPEN: &str = "<span class=\"undoc-piece\">";

/// The stylesheet of the widget, inlined by [`render_page`].
pub const CSS: &str = include_str!("../../www/undoc.css");

struct R<'a> {
    h: Html,
    p: String,
    doc: &'a Document,
    /// Note numbers by anchor and target, in note order, indexed once rather than scanned for
    /// every signature (a long document may have a signature per annex).
    targeted: HashMap<(u8, &'a str), Vec<u32>>,
    /// References written to each note: the first carries the note's id, so it is unique even
    /// when a target (a signer's name) recurs.
    referenced: Vec<u16>,
    /// Whether the document is long: its blocks go in runs ([`RUN_BLOCKS`]).
    long: bool,
    /// Each part's paragraph pins ([`Document::pins`]): the body's, then each annex's.
    pins: Vec<Vec<Option<Pin>>>,
    /// Whether paragraphs take focus (the widget shows their citation controls).
    interactive: bool,
}

impl<'a> R<'a> {
    fn new(h: Html, p: String, doc: &'a Document) -> Self {
        let mut targeted: HashMap<(u8, &'a str), Vec<u32>> = HashMap::new();
        for n in &doc.notes {
            if let Some(t) = &n.target {
                targeted
                    .entry((n.anchor as u8, t.as_str()))
                    .or_default()
                    .push(n.number);
            }
        }
        R {
            h,
            p,
            doc,
            targeted,
            referenced: vec![0; doc.notes.len() + 1],
            long: is_long(doc),
            pins: doc.pins(),
            interactive: false,
        }
    }

    fn note_ref(&mut self, n: u32) {
        self.reference(n, false);
    }

    /// A reference to note `n`; the first one carries the id its backlink returns to. A later
    /// one is written only for a footnote marker (`again`), up to [`MARKER_REFERENCES`] of
    /// them, while a signer's note is referenced once. Returns whether one was written.
    fn reference(&mut self, n: u32, again: bool) -> bool {
        let first = match self.referenced.get_mut(n as usize) {
            Some(count) if *count == 0 => {
                *count = 1;
                true
            }
            Some(count) if again && *count < MARKER_REFERENCES => {
                *count += 1;
                false
            }
            _ => return false,
        };
        let p = &self.p;
        self.h
            .raw("<sup class=\"undoc-ref\"><a role=\"doc-noteref\"");
        if first {
            self.h.id_attr("id", p, "-ref-", n);
        }
        self.h.id_attr("href", p, "-fn-", n);
        self.h
            .raw(" data-note=\"")
            .num(n)
            .raw("\" aria-label=\"Note ")
            .num(n)
            .raw("\">")
            .num(n)
            .raw("</a></sup>");
        true
    }

    fn notes_where(&self, anchor: NoteAnchor, target: Option<&str>) -> Vec<u32> {
        match target {
            Some(t) => self
                .targeted
                .get(&(anchor as u8, t))
                .cloned()
                .unwrap_or_default(),
            None => self
                .doc
                .notes
                .iter()
                .filter(|n| n.anchor == anchor)
                .map(|n| n.number)
                .collect(),
        }
    }

    /// A title with its spans, in sentence case where it is printed in capitals (the model
    /// keeps it as printed): the names keep their capitals, the rest is as the UN prints it now.
    fn title_text(&mut self, text: &str, spans: &[Span]) {
        let names: Vec<(u32, u32)> = spans
            .iter()
            .filter(|s| !matches!(s.kind, SpanKind::Symbol { .. } | SpanKind::NoteRef { .. }))
            .map(|s| (s.start, s.end))
            .collect();
        match crate::text::sentence_case(text, &names) {
            Some(shown) => self.inline(&shown, spans, false),
            None => self.inline(text, spans, false),
        }
    }

    /// Text with its spans; with `cuts`, in pieces of about [`TEXT_PIECE`] bytes, cut between
    /// spans or words: each a block of its own (`undoc-piece`), so that the page lays out only
    /// the piece it adds, never again the whole paragraph.
    fn inline(&mut self, text: &str, spans: &[Span], cuts: bool) {
        if cuts {
            self.h.raw(PIECE_OPEN);
        }
        let mut cut_at = self.h.len();
        let mut pos16 = 0u32;
        let mut byte = 0usize;
        let bytes = text.as_bytes();
        // UTF-16 offset → byte offset, walking forward over the lead bytes of UTF-8 (no char is
        // decoded: its lead byte tells both lengths).
        let to_byte = |target: u32, pos16: &mut u32, byte: &mut usize| {
            while *pos16 < target {
                let Some(&lead) = bytes.get(*byte) else { break };
                let (n8, n16) = match lead {
                    0..=0x7f => (1, 1),
                    0x80..=0xdf => (2, 1),
                    0xe0..=0xef => (3, 1),
                    _ => (4, 2),
                };
                *pos16 += n16;
                *byte += n8;
            }
        };
        let mut last = 0usize;
        for sp in spans {
            if sp.start < pos16 || sp.end <= sp.start {
                continue;
            }
            to_byte(sp.start, &mut pos16, &mut byte);
            let s = byte;
            to_byte(sp.end, &mut pos16, &mut byte);
            let e = byte;
            let (Some(before), Some(inner)) = (text.get(last..s), text.get(s..e)) else {
                continue;
            };
            self.text_in_pieces(before, cuts, &mut cut_at);
            // A generated note opens from the name it explains: no marker beside it.
            if let Some(n) = sp.note.filter(|&n| self.is_card(n)) {
                self.card_ref(n, &sp.kind, inner);
                last = e;
                continue;
            }
            self.mention(&sp.kind, inner);
            if let Some(n) = sp.note {
                let marker = matches!(sp.kind, SpanKind::NoteRef { .. });
                // A marker past its references stays as printed.
                if !self.reference(n, marker) && marker {
                    self.h.text(inner);
                }
            }
            last = e;
        }
        self.text_in_pieces(text.get(last..).unwrap_or(""), cuts, &mut cut_at);
        if cuts {
            self.h.raw("</span>");
        }
    }

    /// Ends one piece of a long paragraph and starts the next.
    fn next_piece(&mut self, cut_at: &mut usize) {
        self.h.raw("</span>").cut().raw(PIECE_OPEN);
        *cut_at = self.h.len();
    }

    /// `text`, escaped; with `cuts`, a new piece before it when one is full, and within it at a
    /// space when it is longer than a piece.
    fn text_in_pieces(&mut self, mut text: &str, cuts: bool, cut_at: &mut usize) {
        if !cuts {
            self.h.text(text);
            return;
        }
        loop {
            if self.h.len() >= *cut_at + TEXT_PIECE {
                self.next_piece(cut_at);
            }
            let room = (*cut_at + TEXT_PIECE).saturating_sub(self.h.len()).max(1);
            if text.len() <= room {
                self.h.text(text);
                return;
            }
            // At the last space within the room, else the first after it within a piece, else
            // inside the word: one endless word laid out whole was a task of seconds.
            let mut end = crate::text::reach(text, 0, room);
            if end == 0 {
                end = text.chars().next().map_or(text.len(), char::len_utf8);
            }
            let split = text[..end]
                .rfind(' ')
                .or_else(|| {
                    let ahead =
                        crate::text::slice(text, end, crate::text::reach(text, end, TEXT_PIECE));
                    ahead.find(' ').map(|i| end + i)
                })
                .map_or(end, |i| i + 1);
            self.h.text(&text[..split]);
            text = &text[split..];
            if text.is_empty() {
                return;
            }
            self.next_piece(cut_at);
        }
    }

    /// Whether note `n` is a generated one not yet referenced: its first mention opens it.
    fn is_card(&self, n: u32) -> bool {
        self.referenced.get(n as usize) == Some(&0)
            && self
                .doc
                .notes
                .get((n as usize).wrapping_sub(1))
                .is_some_and(|note| note.kind == NoteKind::Generated)
    }

    /// A mention that is itself the reference to its note: a link to the note (the card in
    /// the widget, the endnote without it), named by what it says.
    fn card_ref(&mut self, n: u32, kind: &SpanKind, inner: &str) {
        if let Some(c) = self.referenced.get_mut(n as usize) {
            *c = 1;
        }
        let p = &self.p;
        self.h
            .raw("<a class=\"undoc-m undoc-cardref\" role=\"doc-noteref\"")
            .id_attr("id", p, "-ref-", n);
        self.h.id_attr("href", p, "-fn-", n);
        self.h.raw(" data-note=\"").num(n).raw("\"");
        match kind {
            SpanKind::State { code } | SpanKind::Demonym { code } => {
                self.h.attr("data-state", code);
            }
            SpanKind::Organization { id } => {
                self.h.attr("data-org", id);
            }
            SpanKind::Organ { id } => {
                self.h.attr("data-organ", id);
            }
            SpanKind::Person { name } => {
                self.h.attr("data-person", name);
            }
            _ => {}
        }
        self.h.raw(">").text(inner).raw("</a>");
    }

    fn mention(&mut self, kind: &SpanKind, inner: &str) {
        let h = &mut self.h;
        match kind {
            SpanKind::State { code } => {
                h.raw("<span class=\"undoc-m\"")
                    .attr("data-state", code)
                    .raw(">")
                    .text(inner)
                    .raw("</span>");
            }
            SpanKind::Demonym { code } => {
                h.raw("<span class=\"undoc-m undoc-adjective\"")
                    .attr("data-state", code)
                    .raw(">")
                    .text(inner)
                    .raw("</span>");
            }
            SpanKind::Organization { id } => {
                h.raw("<span class=\"undoc-m\"")
                    .attr("data-org", id)
                    .raw(">")
                    .text(inner)
                    .raw("</span>");
            }
            SpanKind::Organ { id } => {
                h.raw("<span class=\"undoc-m\"")
                    .attr("data-organ", id)
                    .raw(">")
                    .text(inner)
                    .raw("</span>");
            }
            SpanKind::Date { iso } => {
                h.raw("<time class=\"undoc-m\"")
                    .attr("datetime", iso)
                    .raw(">")
                    .text(inner)
                    .raw("</time>");
            }
            SpanKind::Symbol { symbol } => {
                h.raw("<a class=\"undoc-m undoc-symbol\"")
                    .attr("data-symbol", symbol)
                    .attr_prefixed("href", "https://undocs.org/", symbol);
                h.raw(" rel=\"noopener noreferrer\">")
                    .text(inner)
                    .raw("</a>");
            }
            SpanKind::Person { name } => {
                h.raw("<span class=\"undoc-m\"")
                    .attr("data-person", name)
                    .raw(">")
                    .text(inner)
                    .raw("</span>");
            }
            // The marker itself becomes the numbered reference that follows.
            SpanKind::NoteRef { .. } => {}
            SpanKind::Anchor => {
                h.raw("<span class=\"undoc-anchor\">")
                    .text(inner)
                    .raw("</span>");
            }
        }
    }
}

/// From this many paragraphs, annexes and annex signatures on, a document is "long": its article
/// gets the class `undoc-long` (see `undoc.css`).
pub const LONG_DOCUMENT_BLOCKS: usize = 200;

/// Blocks of a long document in one `<div class="undoc-run">`: the browser skips the layout of
/// runs off screen and watches one element per run rather than per paragraph, which kept a
/// 16 MB document's every frame busy (BENCHMARKS.md).
pub const RUN_BLOCKS: usize = 32;

/// Whether `doc` counts as long: [`LONG_DOCUMENT_BLOCKS`] blocks or more.
fn is_long(doc: &Document) -> bool {
    let blocks = doc.body.len()
        + doc
            .annexes
            .iter()
            .map(|a| 1 + a.body.len() + a.signatures.len())
            .sum::<usize>();
    blocks >= LONG_DOCUMENT_BLOCKS
}

/// References a footnote's markers may have: past them a repeated marker stays plain text.
const MARKER_REFERENCES: u16 = 20;

/// Renders `doc` as an HTML fragment: one `<article class="undoc">`.
///
/// ```
/// let doc = undoc::parse("Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write <b>.").unwrap();
/// let html = undoc::render_html(&doc, &undoc::RenderOptions::default());
/// assert!(html.starts_with("<article class=\"undoc\" id=\"undoc\""));
/// // The first mention of Chile opens its note.
/// assert!(html.contains("data-state=\"CHL\">Chile</a>"));
/// assert!(html.contains("I write &lt;b&gt;."));
/// ```
pub fn render_html(doc: &Document, opts: &RenderOptions) -> String {
    render(doc, opts).finish()
}

/// The article, with the places where it may be cut ([`render_chunked`]).
fn render(doc: &Document, opts: &RenderOptions) -> Html {
    let p = sanitize_prefix(&opts.id_prefix);
    let mut r = R::new(Html::with_capacity(0), p.clone(), doc);
    r.interactive = opts.interactive;
    // One buffer, sized up front from what goes into it: the text, the markup around each span,
    // note references (a signer's notes are referenced at each of their signatures) and the
    // notes. A buffer grown by doubling copies the fragment about twice over.
    let paragraphs = doc
        .body
        .iter()
        .chain(doc.annexes.iter().flat_map(|a| a.body.iter()));
    let (text_len, spans) =
        paragraphs.fold((0, 0), |(t, s), p| (t + p.text.len(), s + p.spans.len()));
    let notes: usize = doc
        .notes
        .iter()
        .map(|n| n.text.len() + 96 * n.spans.len() + 512)
        .sum();
    let signer_refs: usize = doc
        .signatures
        .iter()
        .chain(doc.annexes.iter().flat_map(|a| a.signatures.iter()))
        .map(|s| {
            r.targeted
                .get(&(NoteAnchor::Signature as u8, s.name.as_str()))
                .map_or(0, Vec::len)
        })
        .sum();
    let paragraph_count = r.pins.iter().map(Vec::len).sum::<usize>();
    r.h = Html::with_capacity(
        text_len + 96 * spans + 96 * paragraph_count + 160 * signer_refs + notes + 8192,
    );
    // A long document is marked for the stylesheet, which then lets the browser skip the layout
    // of its blocks while they are off screen (`content-visibility`); short ones, most letters,
    // are laid out whole, so that nothing about them depends on where the reader has scrolled.
    let start = r.h.len();
    r.h.raw(if r.long {
        "<article class=\"undoc undoc-long\""
    } else {
        "<article class=\"undoc\""
    })
    .attr("id", &p)
    .attr("data-cite-doc", &cite::cite_name(doc))
    .attr("lang", doc.language.as_deref().unwrap_or("en"))
    .raw(">")
    .opened(start);
    r.card();
    if opts.interactive {
        r.toolbar();
    }
    if let Some(t) = &doc.title {
        r.h.raw("<h1 class=\"undoc-title\" part=\"title\">");
        r.title_text(t, &doc.title_spans);
        for n in r.notes_where(NoteAnchor::Title, None) {
            r.note_ref(n);
        }
        r.h.raw("</h1>");
    }
    r.h.open("<div class=\"undoc-body\" part=\"body\">");
    r.paragraphs(&doc.body, 0);
    r.h.close("</div>");
    r.signatures(&doc.signatures);
    for (k, a) in doc.annexes.iter().enumerate() {
        r.annex(k as u32 + 1, a);
    }
    r.endnotes();
    r.diagnostics();
    r.h.close("</article>");
    r.h
}

/// A whole HTML page around [`render_html`], with the stylesheet inlined: reads well with no
/// JavaScript and prints well.
pub fn render_page(doc: &Document, opts: &RenderOptions) -> String {
    let mut h = Html::with_capacity(CSS.len() + 8192);
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"color-scheme\" content=\"light dark\"><title>");
    let title = doc
        .symbol
        .as_deref()
        .or(doc.title.as_deref())
        .unwrap_or("United Nations document");
    h.text(title).raw("</title><style>");
    // The stylesheet is a file of this repository, not input: it is markup we wrote.
    let mut out = h.finish();
    out.push_str(CSS);
    out.push_str("</style></head><body class=\"undoc-page\">\n");
    out.push_str(&render_html(doc, opts));
    out.push_str("\n</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_documents_are_marked() {
        let seed = include_str!("../../tests/seeds/000_ee653181992c2e49.txt");
        let html = render_html(&crate::parse(seed).unwrap(), &RenderOptions::default());
        assert!(html.starts_with("<article class=\"undoc\" "));
        // The same letter with its annex (four paragraphs) forty times over.
        let mut doc = crate::parse(seed).unwrap();
        doc.annexes = vec![doc.annexes[0].clone(); 40];
        assert!(is_long(&doc));
        doc.annexes.truncate(38);
        assert!(
            !is_long(&doc),
            "38 annexes: 2 + 38 × 5 = 192 blocks, under 200"
        );
        doc.annexes = vec![doc.annexes[0].clone(); 40];
        let html = render_html(&doc, &RenderOptions::default());
        assert!(html.starts_with("<article class=\"undoc undoc-long\" "));
    }

    #[test]
    fn long_documents_go_in_runs() {
        let seed = include_str!("../../tests/seeds/000_ee653181992c2e49.txt");
        let mut doc = crate::parse(seed).unwrap();
        let p = doc.body[0].clone();
        let bullet = Paragraph {
            kind: ParagraphKind::Bullet,
            ..p.clone()
        };
        // 40 paragraphs, a list of 70 items, 10 paragraphs.
        doc.body = [vec![p.clone(); 40], vec![bullet; 70], vec![p; 10]].concat();
        doc.annexes = vec![doc.annexes[0].clone(); 30];
        let html = render_html(&doc, &RenderOptions::default());
        let runs: Vec<&str> = html.split("<div class=\"undoc-run\">").skip(1).collect();
        // 120 body blocks in runs of 32 (4), one run in each annex.
        assert_eq!(runs.len(), 4 + 30);
        for r in &runs[..4] {
            let r = &r[..r.find("</div>").unwrap()];
            let blocks = r.matches("class=\"undoc-p").count();
            assert!(blocks <= RUN_BLOCKS, "{blocks} blocks in a run");
            // A list cut by a run goes on in the next, each part whole.
            assert_eq!(r.matches("<ul").count(), r.matches("</ul>").count());
        }
        assert_eq!(html.matches("<li class=\"undoc-p\" id=").count(), 70);
        // Short letters have none.
        let short = render_html(&crate::parse(seed).unwrap(), &RenderOptions::default());
        assert!(!short.contains("undoc-run"));
    }

    #[test]
    fn two_prefixes_never_share_an_id() {
        let doc = crate::parse("Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General Text. (Signed) A B").unwrap();
        let a = render_html(
            &doc,
            &RenderOptions {
                id_prefix: "a".into(),
                interactive: true,
            },
        );
        let b = render_html(
            &doc,
            &RenderOptions {
                id_prefix: "b".into(),
                interactive: true,
            },
        );
        let ids = |h: &str| -> Vec<String> {
            h.split(" id=\"")
                .skip(1)
                .map(|s| s.split('"').next().unwrap_or("").to_string())
                .collect()
        };
        let (ia, ib) = (ids(&a), ids(&b));
        assert!(!ia.is_empty());
        assert!(ia.iter().all(|i| !ib.contains(i)));
        let mut sorted = ia.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ia.len(), "duplicate ids");
    }
}
