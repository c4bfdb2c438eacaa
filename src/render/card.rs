//! The header card (symbol, date, session, agenda items, subjects, loose notes) and the
//! signatory toolbar.

use super::R;
use crate::model::*;

/// "2009-09-30" → "30 September 2009" (UN style); anything else as given.
pub fn human_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    if let [y, m, d] = parts.as_slice() {
        if let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) {
            if (1..=12).contains(&m) {
                return crate::text::long_date(y, m, d);
            }
        }
    }
    iso.to_string()
}

impl R<'_> {
    pub(super) fn card(&mut self) {
        let doc = self.doc;
        let loose_notes = doc
            .notes
            .iter()
            .any(|n| n.anchor == NoteAnchor::Masthead || n.anchor == NoteAnchor::Agenda);
        let facts = doc.symbol.is_some()
            || doc.date.is_some()
            || doc.masthead.issued.is_some()
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
        // The symbol says whose document it is more surely than the masthead's first line: a
        // Human Rights Council document is headed "General Assembly".
        let mut organs: Vec<&str> = Vec::new();
        for part in doc.symbol.iter().flat_map(|s| s.split('-')) {
            if let Some(o) = crate::text::organ_of_symbol(part).filter(|o| !organs.contains(o)) {
                organs.push(o);
            }
        }
        if organs.is_empty() {
            organs = doc.masthead.organs.iter().map(String::as_str).collect();
        }
        if !organs.is_empty() {
            self.h.raw("<p class=\"undoc-kicker\">United Nations");
            for o in organs {
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
        // The date of issue, where it is not the letter's own.
        if let Some(d) = doc
            .masthead
            .issued
            .as_ref()
            .filter(|&i| Some(i) != doc.date.as_ref())
        {
            self.h
                .raw("<div><dt>Issued</dt><dd><time")
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
                self.h.raw("<li>");
                if let Some(number) = &item.number {
                    self.h
                        .raw("<span class=\"undoc-agenda-number\">")
                        .text(number)
                        .raw("</span>");
                }
                if let Some(t) = &item.title {
                    if item.number.is_some() {
                        self.h.raw(" ");
                    }
                    self.h
                        .raw("<span class=\"undoc-agenda-title\">")
                        .text(t)
                        .raw("</span>");
                }
                if let Some(number) = &item.number {
                    for n in self.notes_where(NoteAnchor::Agenda, Some(number)) {
                        self.note_ref(n);
                    }
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

    pub(super) fn toolbar(&mut self) {
        let doc = self.doc;
        if doc.signatories.is_empty() {
            return;
        }
        self.h.raw("<div class=\"undoc-toolbar\" role=\"toolbar\" aria-label=\"Filter by signatory\" part=\"toolbar\">");
        self.h
            .raw("<span class=\"undoc-toolbar-label\">Signatories</span>");
        // Every State's mentions counted in one pass, not one pass per signatory.
        let counts = doc.mention_counts();
        for s in &doc.signatories {
            let count = counts
                .iter()
                .find(|(c, _)| *c == s.code)
                .map_or(0, |(_, n)| *n);
            self.h
                .raw("<button type=\"button\" class=\"undoc-toggle\"")
                .attr("data-signatory", &s.code);
            self.h
                .raw(" aria-pressed=\"false\"><span class=\"undoc-toggle-name\">")
                .text(&s.name);
            self.h
                .raw("</span> <span class=\"undoc-count\" aria-label=\"")
                .num(count)
                .raw(if count == 1 {
                    " mention\">"
                } else {
                    " mentions\">"
                })
                .num(count)
                .raw("</span></button>");
        }
        for g in &doc.signatory_groups {
            self.h
                .raw("<button type=\"button\" class=\"undoc-group\"")
                .attr("data-group", &g.id)
                .attr("data-members", &g.members.join(" "));
            // Its name says what it does: it selects the members, it is not a signatory.
            let name = format!("{}: select its members", g.label);
            self.h
                .attr("aria-label", &name)
                .raw(" aria-pressed=\"false\">")
                .text(&g.label)
                .raw("</button>");
        }
        self.h
            .raw("<button type=\"button\" class=\"undoc-clear\">Clear</button>");
        self.h.raw("<label class=\"undoc-dim\"><input type=\"checkbox\" class=\"undoc-dim-input\"> Dim other paragraphs</label>");
        self.h
            .raw("<output class=\"undoc-status\" aria-live=\"polite\"></output></div>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(human_date("2009-09-30"), "30 September 2009");
        assert_eq!(human_date("x"), "x");
    }
}
