//! The document as Akoma Ntoso 3.0 XML (`undoc export --format akn`), in the shape of the UN's
//! AKN4UN guidelines: a `<doc>` named for its kind, FRBR identification built from the symbol,
//! the masthead and title in `<preface>`, the paragraphs in `<mainBody>`, the signatures in
//! `<conclusions>`, each annex an `<attachment>`, the document's own footnotes as
//! `<authorialNote>`s where their markers stand, and every State, organization, organ and person
//! it mentions as a `<TLC…>` reference its inline elements point to. Only the model is read.

use std::collections::BTreeMap;

use super::html::Html;
use crate::model::{
    Annex, Document, DocumentKind, Note, NoteAnchor, NoteKind, Paragraph, ParagraphKind, Signature,
    Span, SpanKind,
};
use crate::text::ByteMap;

/// The namespace of Akoma Ntoso 3.0.
const NS: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The document `doc` as an Akoma Ntoso XML file.
pub fn render_akn(doc: &Document) -> String {
    let refs = References::of(doc);
    let mut w = Writer {
        h: Html::with_capacity(4096 + doc.body.iter().map(|p| p.text.len() * 2).sum::<usize>()),
        doc,
        refs: &refs,
        noted: vec![false; doc.notes.len()],
    };
    let work = work_uri(doc);
    w.h.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"")
        .raw(NS)
        .raw("\">\n<doc")
        .attr("name", doc_name(doc.kind))
        .raw(">\n<meta>\n");
    w.identification(&work, "!main");
    w.references();
    w.h.raw("</meta>\n");
    w.preface();
    w.main_body(&doc.body);
    w.conclusions(&doc.signatures);
    if !doc.annexes.is_empty() {
        w.h.raw("<attachments>\n");
        for (i, a) in doc.annexes.iter().enumerate() {
            w.annex(a, &work, i + 1);
        }
        w.h.raw("</attachments>\n");
    }
    w.h.raw("</doc>\n</akomaNtoso>\n");
    w.h.finish()
}

/// AKN4UN's name for a document of this kind.
fn doc_name(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Letter => "letter",
        DocumentKind::IdenticalLetters => "identicalLetters",
        DocumentKind::NoteVerbale => "noteVerbale",
        DocumentKind::Other => "document",
    }
}

/// The work's FRBR URI: `/akn/un/doc/<name>/<date>/<symbol>` ("/akn/un/doc/letter/2014-05-28/
/// a-68-897"), the symbol's slashes made hyphens; a document without one is numbered by its
/// title ("t" and the title's 32-bit FNV-1a hash), so that two letters of one day differ.
fn work_uri(doc: &Document) -> String {
    let number = doc.symbol.as_deref().map_or_else(
        || {
            let title = doc.title.as_deref().unwrap_or("");
            let hash = title.bytes().fold(0x811c_9dc5u32, |h, b| {
                (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
            });
            format!("t{hash:08x}")
        },
        |s| {
            s.chars()
                .map(|c| match c {
                    'A'..='Z' => c.to_ascii_lowercase(),
                    'a'..='z' | '0'..='9' | '.' => c,
                    _ => '-',
                })
                .collect()
        },
    );
    format!(
        "/akn/un/doc/{}/{}/{number}",
        doc_name(doc.kind),
        work_date(doc)
    )
}

/// The date the work is known by: its own, else its issue date; AKN requires one.
fn work_date(doc: &Document) -> &str {
    doc.date
        .as_deref()
        .or(doc.masthead.issued.as_deref())
        .unwrap_or("1945-10-24")
}

/// The entities the document mentions, each with the `eId` its inline elements refer to.
struct References {
    /// By ISO code: eId and name.
    states: BTreeMap<String, (String, String)>,
    /// Organizations and organs by gazetteer id: eId and name.
    bodies: BTreeMap<String, (String, String)>,
    /// People and roles by name, in order of first mention: eId.
    people: BTreeMap<String, String>,
    roles: BTreeMap<String, String>,
}

impl References {
    fn of(doc: &Document) -> References {
        let mut r = References {
            states: BTreeMap::new(),
            bodies: BTreeMap::new(),
            people: BTreeMap::new(),
            roles: BTreeMap::new(),
        };
        for s in doc.signatories.iter().chain(&doc.sender.states) {
            r.state(&s.code, Some(&s.name));
        }
        for o in &doc.organizations {
            r.body(&o.id, &o.name);
        }
        for o in &doc.organs {
            r.body(&o.id, &o.name);
        }
        let signatures = doc
            .signatures
            .iter()
            .chain(doc.annexes.iter().flat_map(|a| &a.signatures));
        for s in signatures {
            r.person(&s.name);
            if let Some(t) = &s.title {
                let n = r.roles.len() + 1;
                r.roles
                    .entry(t.clone())
                    .or_insert_with(|| format!("role_{n}"));
            }
        }
        let paragraphs = doc
            .body
            .iter()
            .chain(doc.annexes.iter().flat_map(|a| &a.body));
        let texts = paragraphs
            .map(|p| (p.text.as_str(), &p.spans))
            .chain(doc.title.as_deref().map(|t| (t, &doc.title_spans)));
        for (text, spans) in texts {
            let mut map = ByteMap::new(text);
            for span in spans {
                let printed = map
                    .byte(span.start)
                    .zip(map.byte(span.end))
                    .and_then(|(s, e)| text.get(s..e));
                match &span.kind {
                    SpanKind::State { code } | SpanKind::Demonym { code } => r.state(code, printed),
                    SpanKind::Person { name } => r.person(name),
                    _ => {}
                }
            }
        }
        r
    }

    /// A State by its code, shown by its name in the model, else as first printed.
    fn state(&mut self, code: &str, name: Option<&str>) {
        if !self.states.contains_key(code) {
            let name = name.map_or_else(|| code.to_string(), str::to_string);
            let id = format!("state_{}", code.to_ascii_lowercase());
            self.states.insert(code.to_string(), (id, name));
        }
    }

    fn body(&mut self, id: &str, name: &str) {
        let e = format!("body_{}", slug(id));
        self.bodies
            .entry(id.to_string())
            .or_insert((e, name.to_string()));
    }

    fn person(&mut self, name: &str) {
        let n = self.people.len() + 1;
        self.people
            .entry(name.to_string())
            .or_insert_with(|| format!("person_{n}"));
    }
}

/// An id's letters and digits, the rest as underscores: an `eId` fragment.
fn slug(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

struct Writer<'a> {
    h: Html,
    doc: &'a Document,
    refs: &'a References,
    /// Which notes have been written as an `<authorialNote>`: later markers refer to it.
    noted: Vec<bool>,
}

impl Writer<'_> {
    /// `<identification>` of the work `work`, its component `component` ("!main", "!annex_1").
    fn identification(&mut self, work: &str, component: &str) {
        let date = work_date(self.doc).to_string();
        let author = self.author();
        let expression = format!("{work}/eng@");
        self.h.raw("<identification source=\"#undoc\">\n<FRBRWork>");
        self.frbr(
            &format!("{work}/{component}"),
            work,
            &date,
            "dated",
            &author,
        );
        self.h
            .raw("<FRBRcountry value=\"un\"/></FRBRWork>\n<FRBRExpression>");
        let this = format!("{expression}/{component}");
        self.frbr(&this, &expression, &date, "dated", &author);
        self.h
            .raw("<FRBRlanguage language=\"eng\"/></FRBRExpression>\n<FRBRManifestation>");
        let (this, uri) = (format!("{this}.xml"), format!("{expression}.xml"));
        self.frbr(&this, &uri, &date, "generation", "#undoc");
        self.h.raw("</FRBRManifestation>\n</identification>\n");
    }

    fn frbr(&mut self, this: &str, uri: &str, date: &str, name: &str, author: &str) {
        self.h
            .raw("<FRBRthis")
            .attr("value", this)
            .raw("/><FRBRuri")
            .attr("value", uri)
            .raw("/><FRBRdate")
            .attr("date", date)
            .attr("name", name)
            .raw("/><FRBRauthor")
            .attr("href", author)
            .raw("/>");
    }

    /// The author of the work: the first sending State, else the United Nations.
    fn author(&self) -> String {
        self.doc
            .sender
            .states
            .first()
            .and_then(|s| self.refs.states.get(&s.code))
            .map_or_else(|| "#undoc".to_string(), |(id, _)| format!("#{id}"))
    }

    fn references(&mut self) {
        self.h.raw("<references source=\"#undoc\">\n");
        self.h.raw("<TLCOrganization eId=\"undoc\" href=\"/ontology/organization/undoc\" showAs=\"undoc\"/>\n");
        let refs = self.refs;
        for (code, (id, name)) in &refs.states {
            self.tlc("<TLCLocation", id, "/ontology/location/un/", code, name);
        }
        for (key, (id, name)) in &refs.bodies {
            self.tlc(
                "<TLCOrganization",
                id,
                "/ontology/organization/un/",
                &slug(key),
                name,
            );
        }
        for (name, id) in &refs.people {
            self.tlc("<TLCPerson", id, "/ontology/person/", id, name);
        }
        for (title, id) in &refs.roles {
            self.tlc("<TLCRole", id, "/ontology/role/", id, title);
        }
        self.h.raw("</references>\n");
    }

    /// One `<TLC…>` reference: its `eId`, `href` (a static prefix and a tail) and `showAs`.
    fn tlc(&mut self, open: &'static str, id: &str, href: &'static str, tail: &str, show: &str) {
        self.h
            .raw(open)
            .attr("eId", id)
            .attr_prefixed("href", href, tail);
        self.h.attr("showAs", show).raw("/>\n");
    }

    /// The masthead's lines and the title.
    fn preface(&mut self) {
        let doc = self.doc;
        let anchors = [NoteAnchor::Masthead, NoteAnchor::Agenda];
        let noted = |n: &Note| n.kind == NoteKind::Original && anchors.contains(&n.anchor);
        let agenda: Vec<String> = (doc.agenda_items.iter())
            .map(|i| {
                [i.number.as_deref(), i.title.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let empty = doc.masthead.organs.is_empty() && doc.symbol.is_none() && agenda.is_empty();
        let masthead = !(empty && doc.masthead.issued.is_none() && doc.session.is_none())
            || doc.notes.iter().any(noted);
        // A preface holds at least one block.
        if !masthead && doc.title.is_none() {
            return;
        }
        self.h.raw("<preface>\n");
        if masthead {
            self.h.raw("<container name=\"masthead\">\n");
            for organ in &doc.masthead.organs {
                self.h
                    .raw("<p><docAuthority>")
                    .text(organ)
                    .raw("</docAuthority></p>\n");
            }
            if let Some(s) = &doc.symbol {
                self.h
                    .raw("<p><docNumber>")
                    .text(s)
                    .raw("</docNumber></p>\n");
            }
            if let Some(d) = &doc.masthead.issued {
                self.h
                    .raw("<p><docDate")
                    .attr("date", d)
                    .raw(">")
                    .text(d)
                    .raw("</docDate></p>\n");
            }
            if let Some(s) = &doc.session {
                let value = s.number.map_or_else(|| s.text.clone(), |n| n.to_string());
                self.h
                    .raw("<p><session")
                    .attr("value", &value)
                    .raw(">")
                    .text(&s.text);
                self.h.raw("</session></p>\n");
            }
            for line in &agenda {
                self.h
                    .raw("<p class=\"agendaItem\">")
                    .text(line)
                    .raw("</p>\n");
            }
            if doc.notes.iter().any(noted) {
                self.h.raw("<p class=\"notes\">");
                self.notes_at(&anchors, None);
                self.h.raw("</p>\n");
            }
            self.h.raw("</container>\n");
        }
        if let Some(t) = &doc.title {
            self.h.raw("<longTitle><p><docTitle>");
            self.inline(t, &doc.title_spans);
            self.h.raw("</docTitle>");
            self.notes_at(&[NoteAnchor::Title], None);
            self.h.raw("</p></longTitle>\n");
        }
        self.h.raw("</preface>\n");
    }

    fn main_body(&mut self, body: &[Paragraph]) {
        self.h.raw("<mainBody>\n");
        for p in body {
            self.h.raw(match p.kind {
                ParagraphKind::Text => "<p>",
                ParagraphKind::Numbered => "<p class=\"numbered\">",
                ParagraphKind::Bullet => "<p class=\"bullet\">",
                ParagraphKind::Heading => "<p class=\"heading\">",
            });
            if let Some(m) = &p.marker {
                self.h.text(m).raw(" ");
            }
            self.inline(&p.text, &p.spans);
            self.h.raw("</p>\n");
        }
        // A main body holds at least one block.
        if body.is_empty() {
            self.h.raw("<p/>\n");
        }
        self.h.raw("</mainBody>\n");
    }

    fn conclusions(&mut self, signatures: &[Signature]) {
        if signatures.is_empty() {
            return;
        }
        self.h.raw("<conclusions>\n");
        for s in signatures {
            self.h
                .raw("<blockContainer class=\"signature\"><p><signature><person");
            let person = self.refs.people.get(&s.name).map_or("", String::as_str);
            self.h.attr_prefixed("refersTo", "#", person);
            if let Some(role) = s.title.as_ref().and_then(|t| self.refs.roles.get(t)) {
                self.h.attr_prefixed("as", "#", role);
            }
            self.h.raw(">").text(&s.name).raw("</person>");
            if let Some(t) = &s.title {
                let role = self.refs.roles.get(t).map_or("", String::as_str);
                self.h
                    .raw(" <role")
                    .attr_prefixed("refersTo", "#", role)
                    .raw(">");
                self.inline(t, &s.title_spans);
                self.h.raw("</role>");
            }
            self.h.raw("</signature>");
            self.notes_at(&[NoteAnchor::Signature], Some(&s.name));
            self.h.raw("</p></blockContainer>\n");
        }
        self.h.raw("</conclusions>\n");
    }

    fn annex(&mut self, a: &Annex, work: &str, n: usize) {
        self.h.raw("<attachment><doc name=\"annex\">\n<meta>\n");
        self.identification(work, &format!("!annex_{n}"));
        self.h.raw("</meta>\n<preface>\n");
        for (line, class) in [(&a.label, "label"), (&a.issuer, "issuer")] {
            if let Some(l) = line {
                self.h
                    .raw("<p")
                    .attr("class", class)
                    .raw(">")
                    .text(l)
                    .raw("</p>\n");
            }
        }
        self.h.raw("<longTitle><p><docTitle>");
        if let Some(t) = &a.title {
            self.inline(t, &a.title_spans);
        } else if let Some(l) = &a.label {
            self.h.text(l);
        }
        self.h.raw("</docTitle>");
        if let Some(s) = &a.subtitle {
            self.h.raw(" <docPurpose>").text(s).raw("</docPurpose>");
        }
        if let Some(d) = &a.date {
            self.h
                .raw(" <docDate")
                .attr("date", d)
                .raw(">")
                .text(d)
                .raw("</docDate>");
        }
        self.h.raw("</p></longTitle>\n</preface>\n");
        self.main_body(&a.body);
        self.conclusions(&a.signatures);
        self.h.raw("</doc></attachment>\n");
    }

    /// `text` with its spans as inline elements; a span whose element cannot be written (an
    /// entity with no reference) stays text.
    fn inline(&mut self, text: &str, spans: &[Span]) {
        let mut map = ByteMap::new(text);
        let mut last = 0;
        for span in spans {
            let (Some(s), Some(e)) = (map.byte(span.start), map.byte(span.end)) else {
                continue;
            };
            if s < last || e <= s || e > text.len() {
                continue;
            }
            self.h.text(&text[last..s]);
            self.span(&text[s..e], span);
            last = e;
        }
        self.h.text(&text[last..]);
    }

    fn span(&mut self, printed: &str, span: &Span) {
        let refs = self.refs;
        let (open, id): (&'static str, Option<&String>) = match &span.kind {
            SpanKind::State { code } | SpanKind::Demonym { code } => {
                ("location", refs.states.get(code).map(|r| &r.0))
            }
            SpanKind::Organization { id } | SpanKind::Organ { id } => {
                ("organization", refs.bodies.get(id).map(|r| &r.0))
            }
            SpanKind::Person { name } => ("person", refs.people.get(name)),
            SpanKind::Date { iso } => {
                self.h
                    .raw("<date")
                    .attr("date", iso)
                    .raw(">")
                    .text(printed)
                    .raw("</date>");
                return;
            }
            SpanKind::Symbol { symbol } => {
                self.h
                    .raw("<ref")
                    .attr_prefixed("href", "https://undocs.org/", symbol)
                    .raw(">")
                    .text(printed)
                    .raw("</ref>");
                return;
            }
            // An editor's note belongs to the page that shows the document, not to it.
            SpanKind::Anchor => {
                self.h.text(printed);
                return;
            }
            SpanKind::NoteRef { .. } => {
                let doc = self.doc;
                match span.note.and_then(|n| original(doc, n)) {
                    Some(i) => self.note(i),
                    None => {
                        self.h.text(printed);
                    }
                }
                return;
            }
        };
        match id {
            Some(id) => {
                self.h
                    .raw("<")
                    .raw(open)
                    .attr_prefixed("refersTo", "#", id)
                    .raw(">");
                self.h.text(printed).raw("</").raw(open).raw(">");
            }
            None => {
                self.h.text(printed);
            }
        }
    }

    /// The document's note `i` where its marker stands: the note itself the first time, a
    /// reference to it after.
    fn note(&mut self, i: usize) {
        let doc = self.doc;
        let Some(note) = doc.notes.get(i) else {
            return;
        };
        let marker = note.marker.as_deref().unwrap_or("*");
        let id = format!("note_{}", note.number);
        let first = (self.noted.get_mut(i)).is_some_and(|seen| !std::mem::replace(seen, true));
        if first {
            self.h
                .raw("<authorialNote")
                .attr("eId", &id)
                .attr("marker", marker)
                .raw(" placement=\"bottom\"><p>");
            self.inline(&note.text, &note.spans);
            self.h.raw("</p></authorialNote>");
        } else {
            self.h
                .raw("<noteRef")
                .attr_prefixed("href", "#", &id)
                .attr("marker", marker)
                .raw("/>");
        }
    }

    /// The document's own footnotes anchored at one of `anchors` (for a signature, that of
    /// `target`) that no marker in the text has placed yet.
    fn notes_at(&mut self, anchors: &[NoteAnchor], target: Option<&str>) {
        let doc = self.doc;
        for (i, n) in doc.notes.iter().enumerate() {
            let here = n.kind == NoteKind::Original
                && anchors.contains(&n.anchor)
                && (target.is_none() || n.target.as_deref() == target);
            if here && !self.noted.get(i).copied().unwrap_or(true) {
                self.note(i);
            }
        }
    }
}

/// Where the document's own footnote numbered `n` stands in its notes, if it is one.
fn original(doc: &Document, n: u32) -> Option<usize> {
    doc.notes
        .iter()
        .position(|x| x.number == n && x.kind == NoteKind::Original)
}
