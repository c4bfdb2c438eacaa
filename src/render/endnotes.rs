//! What follows the text: the endnotes with their back-links, and the parser's diagnostics.

use super::R;
use crate::model::*;

impl R<'_> {
    /// What the parser noticed, for the reader who wants to know, folded away.
    pub(super) fn diagnostics(&mut self) {
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

    pub(super) fn endnotes(&mut self) {
        if self.doc.notes.is_empty() {
            return;
        }
        let p = self.p.clone();
        let notes_id = format!("{p}-notes");
        let start = self.h.len();
        self.h
            .raw("<section class=\"undoc-notes\" role=\"doc-endnotes\" part=\"notes\"")
            .attr("aria-labelledby", &notes_id)
            .raw(">")
            .opened(start);
        self.h.raw("<h2").attr("id", &notes_id).raw(">Notes</h2>");
        self.h.open("<ol>");
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
            self.inline(&n.text, &n.spans, false);
            for l in n.links.iter().filter(|l| l.is_safe_href()) {
                self.h
                    .raw(" <a class=\"undoc-note-link\"")
                    .attr("href", l.href.trim())
                    .raw(" rel=\"noopener noreferrer\">")
                    .text(&l.label)
                    .raw("</a>");
            }
            self.h.raw("</p>");
            if let Some(list) = &n.list {
                // Folded: a list of 28 States would fill a phone's screen.
                self.h
                    .raw("<details class=\"undoc-note-list\"><summary>")
                    .text(&list.summary)
                    .raw("</summary><p>")
                    .text(&list.items.join(", "))
                    .raw("</p></details>");
            }
            self.h
                .raw(" <a class=\"undoc-backlink\"")
                .id_attr("href", &p, "-ref-", n.number);
            self.h
                .raw(" role=\"doc-backlink\" aria-label=\"Back to reference ")
                .num(n.number)
                .raw("\">\u{21a9}</a></li>")
                .cut();
        }
        self.h.close("</ol>").close("</section>").cut();
    }
}
