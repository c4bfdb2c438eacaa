//! The blocks of the text: paragraphs, signatures and annexes.

use super::card::human_date;
use super::R;
use crate::model::*;

impl R<'_> {
    /// The paragraphs of part `part` (0 the body, k the k-th annex).
    pub(super) fn paragraphs(&mut self, ps: &[Paragraph], part: usize) {
        let pins = std::mem::take(&mut self.pins);
        let none = Vec::new();
        let part_pins = pins.get(part).unwrap_or(&none);
        // The document's first pin is its paragraphs' one Tab stop (a roving tabindex).
        let first = pins
            .iter()
            .enumerate()
            .find_map(|(k, ps)| Some((k, ps.iter().position(Option::is_some)?)));
        let mut in_list = false;
        // Blocks written in the open run of a long document.
        let mut run = 0;
        for (i, p) in ps.iter().enumerate() {
            if self.long && run == super::RUN_BLOCKS {
                // A full run ends, a list with it; the list goes on in the next run.
                if in_list {
                    self.h.close("</ul>");
                }
                self.h.close("</div>").cut();
                run = 0;
                self.open_run();
                if in_list && p.kind == ParagraphKind::Bullet {
                    self.h.open("<ul class=\"undoc-bullets\">");
                } else {
                    in_list = false;
                }
            } else if self.long && run == 0 {
                self.open_run();
            }
            run += 1;
            if p.kind == ParagraphKind::Bullet && !in_list {
                self.h.open("<ul class=\"undoc-bullets\">");
                in_list = true;
            } else if p.kind != ParagraphKind::Bullet && in_list {
                self.h.close("</ul>").cut();
                in_list = false;
            }
            let stop = first == Some((part, i));
            self.block(p, part_pins.get(i).and_then(Option::as_ref), stop);
            self.h.cut();
        }
        self.pins = pins;
        if in_list {
            self.h.close("</ul>").cut();
        }
        if self.long && run > 0 {
            self.h.close("</div>").cut();
        }
    }

    fn open_run(&mut self) {
        self.h.open("<div class=\"undoc-run\">");
    }

    /// One paragraph; `stop` for the one the Tab key reaches (the others by arrow keys).
    fn block(&mut self, p: &Paragraph, pin: Option<&Pin>, stop: bool) {
        let (open, close) = match p.kind {
            ParagraphKind::Text => ("<p class=\"undoc-p\"", "</p>"),
            ParagraphKind::Numbered => ("<p class=\"undoc-p undoc-numbered\"", "</p>"),
            ParagraphKind::Bullet => ("<li class=\"undoc-p\"", "</li>"),
            ParagraphKind::Heading => ("<h3 class=\"undoc-p undoc-heading\"", "</h3>"),
        };
        // A paragraph longer than a task of the page is a container its text arrives in, in
        // pieces (a text of one endless paragraph was one task of seconds).
        let long = p.text.len() > super::LONG_BLOCK;
        let start = self.h.len();
        self.h.raw(open);
        if let Some(pin) = pin {
            let id = format!("{}-para-{}", self.p, pin.key);
            self.h.attr("id", &id).attr("data-cite", &pin.cite);
            // Focusable where the widget runs, one Tab stop for all: Tab passes the document
            // in one step, the arrow keys move between its paragraphs.
            if self.interactive {
                self.h.raw(if stop {
                    " tabindex=\"0\""
                } else {
                    " tabindex=\"-1\""
                });
            }
        }
        self.h.raw(">");
        if long {
            self.h.opened(start);
        }
        if p.kind == ParagraphKind::Numbered {
            self.h
                .raw("<span class=\"undoc-marker\">")
                .text(p.marker.as_deref().unwrap_or(""))
                .raw("</span> ");
        }
        self.inline(&p.text, &p.spans, long);
        if long {
            self.h.close(close);
        } else {
            self.h.raw(close);
        }
    }

    pub(super) fn signatures(&mut self, sigs: &[Signature]) {
        if sigs.is_empty() {
            return;
        }
        // Joint signatures stand side by side, as the UN prints them.
        self.h.open(if sigs.len() > 1 {
            "<div class=\"undoc-signatures undoc-joint\" part=\"signatures\">"
        } else {
            "<div class=\"undoc-signatures\" part=\"signatures\">"
        });
        for s in sigs {
            self.h
                .raw("<p class=\"undoc-signature\"><span class=\"undoc-signed\">(Signed)</span> ");
            // The signer's name opens their note, and is highlighted with their State.
            let notes = self.notes_where(NoteAnchor::Signature, Some(&s.name));
            match notes.first().filter(|&&n| self.is_card(n)) {
                Some(&n) => {
                    self.h.raw("<span class=\"undoc-signer\"");
                    if let Some(st) = &s.state {
                        self.h.attr("data-state", &st.code);
                    }
                    self.h.raw(">");
                    self.card_ref(
                        n,
                        &SpanKind::Person {
                            name: s.name.clone(),
                        },
                        &s.name,
                    );
                    self.h.raw("</span>");
                }
                None => {
                    self.h.raw("<span class=\"undoc-m undoc-signer\"");
                    if let Some(st) = &s.state {
                        self.h.attr("data-state", &st.code);
                    }
                    self.h
                        .attr("data-person", &s.name)
                        .raw(">")
                        .text(&s.name)
                        .raw("</span>");
                }
            }
            if let Some(t) = &s.title {
                self.h.raw("<span class=\"undoc-sigtitle\">");
                self.inline(t, &s.title_spans, false);
                self.h.raw("</span>");
            }
            self.h.raw("</p>").cut();
        }
        self.h.close("</div>").cut();
    }

    pub(super) fn annex(&mut self, k: u32, a: &Annex) {
        let p = self.p.clone();
        let start = self.h.len();
        self.h
            .raw("<section class=\"undoc-annex\" part=\"annex\"")
            .id_attr("aria-labelledby", &p, "-annex-", k)
            .raw(">")
            .opened(start);
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
                self.title_text(t, &a.title_spans);
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
        if let Some(i) = &a.issuer {
            self.h
                .raw("<p class=\"undoc-annex-issuer\">")
                .text(i)
                .raw("</p>");
        }
        if let (Some(_), Some(t)) = (&label, &a.title) {
            self.h.raw("<h3 class=\"undoc-annex-title\">");
            self.title_text(t, &a.title_spans);
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
        self.h.cut();
        self.paragraphs(&a.body, k as usize);
        self.signatures(&a.signatures);
        self.h.close("</section>").cut();
    }
}
