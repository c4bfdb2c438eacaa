//! `Document -> HTML`: semantic markup for people, screen readers and print.
//!
//! One `<article class="undoc">`: a header card (symbol, date, session, agenda items, subjects),
//! an optional signatory toolbar, the title, the body, the signatures, each annex as a
//! `<section>`, and the endnotes (`role="doc-endnotes"`) with back-links. Every mention carries a
//! `data-state` / `data-org` / `data-organ` / `data-person` attribute, dates are `<time>`, symbols
//! link to undocs.org, note references are `<a role="doc-noteref">`. Ids start with the widget's
//! prefix, so two widgets on one page never clash. Numbering comes from the model
//! ([`crate::parse`]); the renderer keeps no state of its own.

mod audit;
mod html;

pub use audit::audit_markup;

use std::collections::HashMap;

pub use html::sanitize_prefix;
use html::Html;

use crate::gazetteer;
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

/// The stylesheet of the widget, inlined by [`render_page`].
pub const CSS: &str = include_str!("../../www/undoc.css");

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2009-09-30" → "30 September 2009" (UN style); anything else as given.
pub fn human_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    if let [y, m, d] = parts.as_slice() {
        if let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u32>()) {
            if (1..=12).contains(&m) {
                return format!("{d} {} {y}", MONTHS[m - 1]);
            }
        }
    }
    iso.to_string()
}

struct R<'a> {
    h: Html,
    p: String,
    doc: &'a Document,
    /// Note numbers by anchor and target, in note order, indexed once: scanning every note for
    /// every signature was quadratic in a long document with a signature per annex.
    targeted: HashMap<(u8, &'a str), Vec<u32>>,
    /// Notes already referenced: each reference is written once, so its id is unique even when
    /// a target (a signer's name) recurs.
    referenced: Vec<bool>,
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
            referenced: vec![false; doc.notes.len() + 1],
        }
    }

    fn note_ref(&mut self, n: u32) {
        match self.referenced.get_mut(n as usize) {
            Some(done) if !*done => *done = true,
            _ => return,
        }
        let p = &self.p;
        self.h
            .raw("<sup class=\"undoc-ref\"><a role=\"doc-noteref\"");
        self.h
            .id_attr("id", p, "-ref-", n)
            .id_attr("href", p, "-fn-", n);
        self.h
            .raw(" data-note=\"")
            .num(n)
            .raw("\" aria-label=\"Note ")
            .num(n)
            .raw("\">")
            .num(n)
            .raw("</a></sup>");
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

    /// Text with its spans.
    fn inline(&mut self, text: &str, spans: &[Span]) {
        let mut pos16 = 0u32;
        let mut byte = 0usize;
        let mut chars = text.char_indices().peekable();
        // UTF-16 offset → byte offset, walking forward.
        let mut to_byte = |target: u32, pos16: &mut u32, byte: &mut usize| {
            while *pos16 < target {
                match chars.next() {
                    Some((_, c)) => {
                        *pos16 += c.len_utf16() as u32;
                        *byte += c.len_utf8();
                    }
                    None => break,
                }
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
            self.h.text(before);
            self.mention(&sp.kind, inner);
            if let Some(n) = sp.note {
                self.note_ref(n);
            }
            last = e;
        }
        self.h.text(text.get(last..).unwrap_or(""));
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

    fn card(&mut self) {
        let doc = self.doc;
        let loose_notes = doc
            .notes
            .iter()
            .any(|n| n.anchor == NoteAnchor::Masthead || n.anchor == NoteAnchor::Agenda);
        let facts = doc.symbol.is_some()
            || doc.date.is_some()
            || doc.session.is_some()
            || !doc.agenda_items.is_empty()
            || doc.masthead.original_language.is_some()
            || !doc.masthead.organs.is_empty()
            || !doc.subjects.is_empty()
            || loose_notes;
        // No empty box for a document that states nothing of the kind.
        if !facts {
            return;
        }
        self.h.raw("<header class=\"undoc-card\" part=\"card\">");
        if !doc.masthead.organs.is_empty() {
            self.h.raw("<p class=\"undoc-kicker\">United Nations");
            for o in &doc.masthead.organs {
                self.h.raw(" \u{b7} ").text(o);
            }
            self.h.raw("</p>");
        }
        self.h.raw("<dl class=\"undoc-facts\">");
        if let Some(sym) = &doc.symbol {
            self.h.raw("<div><dt>Symbol</dt><dd>");
            for (i, part) in sym.split('-').enumerate() {
                if i > 0 {
                    self.h.raw("-");
                }
                let href = format!("https://undocs.org/{part}");
                self.h
                    .raw("<a class=\"undoc-m undoc-symbol\"")
                    .attr("data-symbol", part)
                    .attr("href", &href);
                self.h
                    .raw(" rel=\"noopener noreferrer\">")
                    .text(part)
                    .raw("</a>");
            }
            for n in self.notes_where(NoteAnchor::Masthead, Some(sym)) {
                self.note_ref(n);
            }
            self.h.raw("</dd></div>");
        }
        if let Some(d) = &doc.date {
            self.h
                .raw("<div><dt>Date</dt><dd><time")
                .attr("datetime", d)
                .raw(">")
                .text(&human_date(d))
                .raw("</time></dd></div>");
        }
        if let Some(s) = &doc.session {
            self.h
                .raw("<div><dt>Session</dt><dd>")
                .text(&s.text)
                .raw("</dd></div>");
        }
        if !doc.agenda_items.is_empty() {
            self.h
                .raw("<div><dt>Agenda</dt><dd><ul class=\"undoc-agenda\">");
            for item in &doc.agenda_items {
                self.h
                    .raw("<li><span class=\"undoc-agenda-number\">")
                    .text(&item.number)
                    .raw("</span>");
                if let Some(t) = &item.title {
                    self.h
                        .raw(" <span class=\"undoc-agenda-title\">")
                        .text(t)
                        .raw("</span>");
                }
                for n in self.notes_where(NoteAnchor::Agenda, Some(&item.number)) {
                    self.note_ref(n);
                }
                self.h.raw("</li>");
            }
            self.h.raw("</ul>");
            // The document's own note on the agenda line ("preliminary list*").
            let own: Vec<u32> = doc
                .notes
                .iter()
                .filter(|n| n.anchor == NoteAnchor::Agenda && n.target.is_none())
                .map(|n| n.number)
                .collect();
            for n in own {
                self.note_ref(n);
            }
            self.h.raw("</dd></div>");
        }
        if let Some(l) = &doc.masthead.original_language {
            self.h
                .raw("<div><dt>Original</dt><dd>")
                .text(l)
                .raw("</dd></div>");
        }
        let loose: Vec<u32> = doc
            .notes
            .iter()
            .filter(|n| n.anchor == NoteAnchor::Masthead && n.target.is_none())
            .map(|n| n.number)
            .collect();
        if !loose.is_empty() {
            self.h.raw("<div><dt>Notes</dt><dd>");
            for n in loose {
                self.note_ref(n);
            }
            self.h.raw("</dd></div>");
        }
        self.h.raw("</dl>");
        if !doc.subjects.is_empty() {
            self.h
                .raw("<ul class=\"undoc-subjects\" aria-label=\"Subjects\">");
            for s in &doc.subjects {
                self.h.raw("<li>").text(s).raw("</li>");
            }
            self.h.raw("</ul>");
        }
        self.h.raw("</header>");
    }

    fn toolbar(&mut self) {
        let doc = self.doc;
        if doc.signatories.is_empty() {
            return;
        }
        self.h.raw("<div class=\"undoc-toolbar\" role=\"toolbar\" aria-label=\"Filter by signatory\" part=\"toolbar\">");
        self.h
            .raw("<span class=\"undoc-toolbar-label\">Signatories</span>");
        // Every State's mentions counted in one pass, not one pass per signatory.
        let counts = mention_counts(doc);
        for s in &doc.signatories {
            let count = counts.get(s.code.as_str()).copied().unwrap_or(0);
            self.h
                .raw("<button type=\"button\" class=\"undoc-toggle\"")
                .attr("data-signatory", &s.code);
            self.h
                .raw(" aria-pressed=\"false\"><span class=\"undoc-toggle-name\">")
                .text(&s.name);
            self.h
                .raw("</span> <span class=\"undoc-count\" aria-label=\"")
                .num(count)
                .raw(" mentions\">")
                .num(count)
                .raw("</span></button>");
        }
        for (id, label, members) in groups(doc) {
            self.h
                .raw("<button type=\"button\" class=\"undoc-group\"")
                .attr("data-group", &id)
                .attr("data-members", &members.join(" "));
            self.h
                .raw(" aria-pressed=\"false\">")
                .text(&label)
                .raw("</button>");
        }
        self.h
            .raw("<button type=\"button\" class=\"undoc-clear\">Clear</button>");
        self.h.raw("<label class=\"undoc-dim\"><input type=\"checkbox\" class=\"undoc-dim-input\"> Dim other paragraphs</label>");
        self.h
            .raw("<output class=\"undoc-status\" aria-live=\"polite\"></output></div>");
    }

    fn paragraphs(&mut self, ps: &[Paragraph]) {
        let mut in_list = false;
        for p in ps {
            if p.kind == ParagraphKind::Bullet && !in_list {
                self.h.raw("<ul class=\"undoc-bullets\">");
                in_list = true;
            } else if p.kind != ParagraphKind::Bullet && in_list {
                self.h.raw("</ul>");
                in_list = false;
            }
            match p.kind {
                ParagraphKind::Text => {
                    self.h.raw("<p class=\"undoc-p\">");
                    self.inline(&p.text, &p.spans);
                    self.h.raw("</p>");
                }
                ParagraphKind::Numbered => {
                    self.h
                        .raw("<p class=\"undoc-p undoc-numbered\"><span class=\"undoc-marker\">");
                    self.h
                        .text(p.marker.as_deref().unwrap_or(""))
                        .raw("</span> ");
                    self.inline(&p.text, &p.spans);
                    self.h.raw("</p>");
                }
                ParagraphKind::Bullet => {
                    self.h.raw("<li class=\"undoc-p\">");
                    self.inline(&p.text, &p.spans);
                    self.h.raw("</li>");
                }
                ParagraphKind::Heading => {
                    self.h.raw("<h3 class=\"undoc-p undoc-heading\">");
                    self.inline(&p.text, &p.spans);
                    self.h.raw("</h3>");
                }
            }
        }
        if in_list {
            self.h.raw("</ul>");
        }
    }

    fn signatures(&mut self, sigs: &[Signature]) {
        if sigs.is_empty() {
            return;
        }
        self.h
            .raw("<div class=\"undoc-signatures\" part=\"signatures\">");
        for s in sigs {
            self.h
                .raw("<p class=\"undoc-signature\"><span class=\"undoc-signed\">(Signed)</span> ");
            self.h
                .raw("<span class=\"undoc-m undoc-signer\"")
                .attr("data-person", &s.name)
                .raw(">")
                .text(&s.name)
                .raw("</span>");
            for n in self.notes_where(NoteAnchor::Signature, Some(&s.name)) {
                self.note_ref(n);
            }
            if let Some(t) = &s.title {
                self.h.raw("<span class=\"undoc-sigtitle\">");
                self.inline(t, &s.title_spans);
                self.h.raw("</span>");
            }
            self.h.raw("</p>");
        }
        self.h.raw("</div>");
    }

    fn annex(&mut self, k: u32, a: &Annex) {
        let p = self.p.clone();
        self.h
            .raw("<section class=\"undoc-annex\" part=\"annex\"")
            .id_attr("aria-labelledby", &p, "-annex-", k)
            .raw(">");
        let label = a.label.clone();
        self.h
            .raw("<h2 class=\"undoc-annex-label\"")
            .id_attr("id", &p, "-annex-", k)
            .raw(">");
        match (&label, &a.title) {
            (Some(l), _) => {
                self.h.text(l);
            }
            (None, Some(t)) => {
                self.inline(t, &a.title_spans);
            }
            (None, None) => {
                self.h.raw("Annex");
            }
        }
        self.h.raw("</h2>");
        if let Some(hd) = &a.heading {
            let rest = hd
                .strip_prefix(label.as_deref().unwrap_or(""))
                .unwrap_or(hd)
                .trim_start();
            self.h
                .raw("<p class=\"undoc-annex-heading\">")
                .text(rest)
                .raw("</p>");
        }
        if let Some(l) = &a.original_language {
            self.h
                .raw("<p class=\"undoc-original\">[Original: ")
                .text(l)
                .raw("]</p>");
        }
        if let (Some(_), Some(t)) = (&label, &a.title) {
            self.h.raw("<h3 class=\"undoc-annex-title\">");
            self.inline(t, &a.title_spans);
            self.h.raw("</h3>");
        }
        if let Some(s) = &a.subtitle {
            self.h
                .raw("<p class=\"undoc-subtitle\">")
                .text(s)
                .raw("</p>");
        }
        if a.place.is_some() || a.date.is_some() {
            self.h.raw("<p class=\"undoc-place-date\">");
            if let Some(pl) = &a.place {
                self.h.text(pl);
                if a.date.is_some() {
                    self.h.raw(", ");
                }
            }
            if let Some(d) = &a.date {
                self.h
                    .raw("<time")
                    .attr("datetime", d)
                    .raw(">")
                    .text(&human_date(d))
                    .raw("</time>");
            }
            self.h.raw("</p>");
        }
        self.paragraphs(&a.body);
        self.signatures(&a.signatures);
        self.h.raw("</section>");
    }

    /// What the parser noticed, for the reader who wants to know, folded away.
    fn diagnostics(&mut self) {
        let ds = &self.doc.diagnostics;
        if ds.is_empty() {
            return;
        }
        let warnings = ds
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count() as u32;
        // Open when there is no text to show: then they are what the reader needs.
        let empty = self.doc.body.is_empty() && self.doc.annexes.is_empty();
        self.h
            .raw("<details class=\"undoc-diagnostics\" part=\"diagnostics\"");
        if empty {
            self.h.raw(" open");
        }
        self.h.raw("><summary>How this document was read (");
        self.h
            .num(ds.len() as u32)
            .raw(if ds.len() == 1 { " note" } else { " notes" });
        if warnings > 0 {
            self.h.raw(", ").num(warnings).raw(if warnings == 1 {
                " warning"
            } else {
                " warnings"
            });
        }
        self.h.raw(")</summary><ul>");
        for d in ds {
            let sev = if d.severity == Severity::Warning {
                "warning"
            } else {
                "info"
            };
            self.h
                .raw("<li")
                .attr("data-severity", sev)
                .attr("data-code", &d.code)
                .raw(">")
                .text(&d.message)
                .raw("</li>");
        }
        self.h.raw("</ul></details>");
    }

    fn endnotes(&mut self) {
        if self.doc.notes.is_empty() {
            return;
        }
        let p = self.p.clone();
        let notes_id = format!("{p}-notes");
        self.h
            .raw("<section class=\"undoc-notes\" role=\"doc-endnotes\" part=\"notes\"")
            .attr("aria-labelledby", &notes_id);
        self.h
            .raw("><h2")
            .attr("id", &notes_id)
            .raw(">Notes</h2><ol>");
        for n in &self.doc.notes {
            let kind = match n.kind {
                NoteKind::Generated => "generated",
                NoteKind::Original => "original",
                NoteKind::Editorial => "editorial",
            };
            self.h
                .raw("<li class=\"undoc-note\"")
                .id_attr("id", &p, "-fn-", n.number);
            self.h
                .raw(" data-note=\"")
                .num(n.number)
                .raw("\"")
                .attr("data-kind", kind)
                .raw("><p class=\"undoc-note-text\">");
            if let Some(l) = &n.label {
                self.h
                    .raw("<strong class=\"undoc-note-label\">")
                    .text(l)
                    .raw("</strong> ");
            }
            if let Some(m) = &n.marker {
                self.h
                    .raw("<span class=\"undoc-note-marker\">")
                    .text(m)
                    .raw("</span> ");
            }
            self.inline(&n.text, &n.spans);
            for l in n.links.iter().filter(|l| l.is_safe_href()) {
                self.h
                    .raw(" <a class=\"undoc-note-link\"")
                    .attr("href", l.href.trim())
                    .raw(" rel=\"noopener noreferrer\">")
                    .text(&l.label)
                    .raw("</a>");
            }
            self.h
                .raw("</p> <a class=\"undoc-backlink\"")
                .id_attr("href", &p, "-ref-", n.number);
            self.h
                .raw(" role=\"doc-backlink\" aria-label=\"Back to reference ")
                .num(n.number)
                .raw("\">\u{21a9}</a></li>");
        }
        self.h.raw("</ol></section>");
    }
}

/// Mentions of a State in the document's text (title, body, signatures, annexes).
pub fn mention_count(doc: &Document, code: &str) -> u32 {
    let count = |spans: &[Span]| {
        spans
            .iter()
            .filter(|s| matches!(&s.kind, SpanKind::State { code: c } if c == code))
            .count() as u32
    };
    let sigs = |ss: &[Signature]| ss.iter().map(|s| count(&s.title_spans)).sum::<u32>();
    let mut n = count(&doc.title_spans)
        + doc.body.iter().map(|p| count(&p.spans)).sum::<u32>()
        + sigs(&doc.signatures);
    for a in &doc.annexes {
        n += count(&a.title_spans)
            + a.body.iter().map(|p| count(&p.spans)).sum::<u32>()
            + sigs(&a.signatures);
    }
    n
}

/// [`mention_count`] of every State mentioned, keyed by code.
fn mention_counts<'a>(doc: &'a Document) -> HashMap<&'a str, u32> {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    let mut count = |spans: &'a [Span]| {
        for s in spans {
            if let SpanKind::State { code } = &s.kind {
                *counts.entry(code.as_str()).or_insert(0) += 1;
            }
        }
    };
    count(&doc.title_spans);
    doc.body.iter().for_each(|p| count(&p.spans));
    doc.signatures.iter().for_each(|s| count(&s.title_spans));
    for a in &doc.annexes {
        count(&a.title_spans);
        a.body.iter().for_each(|p| count(&p.spans));
        a.signatures.iter().for_each(|s| count(&s.title_spans));
    }
    counts
}

/// Group toggles: organizations mentioned whose known members include two or more signatories.
/// (id, label, member codes among the signatories).
pub fn groups(doc: &Document) -> Vec<(String, String, Vec<String>)> {
    let mut out = Vec::new();
    for o in &doc.organizations {
        let Some(info) = gazetteer::organization_by_id(&o.id) else {
            continue;
        };
        if info.id == "UN" {
            continue;
        }
        let members: Vec<String> = doc
            .signatories
            .iter()
            .filter(|s| info.members.contains(&s.code.as_str()))
            .map(|s| s.code.clone())
            .collect();
        if members.len() >= 2 {
            out.push((
                info.id.to_string(),
                info.acronym.unwrap_or(info.name).to_string(),
                members,
            ));
        }
    }
    out
}

/// From this many paragraphs, annexes and annex signatures on, a document is "long": its article
/// gets the class `undoc-long` (see `undoc.css`).
pub const LONG_DOCUMENT_BLOCKS: usize = 200;

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

/// Renders `doc` as an HTML fragment: one `<article class="undoc">`.
///
/// ```
/// let doc = undoc::parse("Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write <b>.").unwrap();
/// let html = undoc::render::render_html(&doc, &undoc::render::RenderOptions::default());
/// assert!(html.starts_with("<article class=\"undoc\" id=\"undoc\""));
/// assert!(html.contains("<span class=\"undoc-m\" data-state=\"CHL\">Chile</span>"));
/// assert!(html.contains("I write &lt;b&gt;."));
/// ```
pub fn render_html(doc: &Document, opts: &RenderOptions) -> String {
    let p = sanitize_prefix(&opts.id_prefix);
    let mut r = R::new(Html::with_capacity(0), p.clone(), doc);
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
    r.h = Html::with_capacity(text_len + 96 * spans + 160 * signer_refs + notes + 8192);
    // A long document is marked for the stylesheet, which then lets the browser skip the layout
    // of its blocks while they are off screen (`content-visibility`); short ones, most letters,
    // are laid out whole, so that nothing about them depends on where the reader has scrolled.
    r.h.raw(if is_long(doc) {
        "<article class=\"undoc undoc-long\""
    } else {
        "<article class=\"undoc\""
    })
    .attr("id", &p)
    .raw(" lang=\"en\">");
    r.card();
    if opts.interactive {
        r.toolbar();
    }
    if let Some(t) = &doc.title {
        r.h.raw("<h1 class=\"undoc-title\" part=\"title\">");
        r.inline(t, &doc.title_spans);
        for n in r.notes_where(NoteAnchor::Title, None) {
            r.note_ref(n);
        }
        r.h.raw("</h1>");
    }
    r.h.raw("<div class=\"undoc-body\" part=\"body\">");
    r.paragraphs(&doc.body);
    r.h.raw("</div>");
    r.signatures(&doc.signatures);
    for (k, a) in doc.annexes.iter().enumerate() {
        r.annex(k as u32 + 1, a);
    }
    r.endnotes();
    r.diagnostics();
    r.h.raw("</article>");
    r.h.finish()
}

/// A whole HTML page around [`render_html`], with the stylesheet inlined: reads well with no
/// JavaScript and prints well.
pub fn render_page(doc: &Document, opts: &RenderOptions) -> String {
    let mut h = Html::with_capacity(CSS.len() + 8192);
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
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
    fn dates() {
        assert_eq!(human_date("2009-09-30"), "30 September 2009");
        assert_eq!(human_date("x"), "x");
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
