//! The name a pin-cite starts with: the document's symbol, or for a document without one its
//! short title and date. The article carries it (`data-cite-doc`), each paragraph its pin
//! (`id`, `data-cite`), so that pre-rendered markup can be cited without the parser.

use super::card::human_date;
use crate::model::{Document, SpanKind};

/// Words of a title kept in a citation; a longer one ends with "…".
const TITLE_WORDS: usize = 18;

/// How `doc` is named in a citation: `A/64/842-S/2010/331`, or `Letter dated 30 September 2009
/// from the Permanent Representative of Chile (30 September 2009)`.
pub(super) fn cite_name(doc: &Document) -> String {
    if let Some(s) = doc.symbol.as_deref().filter(|s| !s.trim().is_empty()) {
        return s.trim().to_string();
    }
    let date = doc
        .date
        .as_deref()
        .or(doc.masthead.issued.as_deref())
        .map(human_date);
    let title = doc.title.as_deref().map(|t| {
        // Names keep their capitals in a title printed in capitals, as the heading shows it.
        let names: Vec<(u32, u32)> = doc
            .title_spans
            .iter()
            .filter(|s| !matches!(s.kind, SpanKind::Symbol { .. } | SpanKind::NoteRef { .. }))
            .map(|s| (s.start, s.end))
            .collect();
        let t = crate::text::sentence_case(t, &names).unwrap_or_else(|| t.to_string());
        short_title(&t)
    });
    match (title, date) {
        (Some(t), Some(d)) => format!("{t} ({d})"),
        (Some(t), None) => t,
        (None, Some(d)) => format!("Document of {d}"),
        (None, None) => "Untitled document".to_string(),
    }
}

/// A title up to whom it is from: "… from the Permanent Representative of Chile", without "to
/// the United Nations addressed to the Secretary-General"; at most [`TITLE_WORDS`] words.
fn short_title(t: &str) -> String {
    let mut end = t.len();
    for cut in [
        " to the United Nations",
        " addressed to ",
        " addressed to the",
    ] {
        if let Some(i) = t.find(cut) {
            end = end.min(i);
        }
    }
    let t = t.get(..end).unwrap_or(t).trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut out = if words.len() > TITLE_WORDS {
        format!("{} …", words[..TITLE_WORDS].join(" "))
    } else {
        words.join(" ")
    };
    // A title the source printed from its second word on ("letter dated …") starts a citation.
    if let Some(first) = out.get(..1) {
        let upper = first.to_ascii_uppercase();
        out.replace_range(..1, &upper);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_named_by_symbol_else_by_title_and_date() {
        let mut doc = Document {
            symbol: Some("A/64/842".into()),
            title: Some("Letter dated 30 September 2009 from the Permanent Representative of the Russian Federation to the United Nations addressed to the Secretary-General".into()),
            date: Some("2009-09-30".into()),
            ..Document::default()
        };
        assert_eq!(cite_name(&doc), "A/64/842");
        doc.symbol = None;
        assert_eq!(
            cite_name(&doc),
            "Letter dated 30 September 2009 from the Permanent Representative of the Russian Federation (30 September 2009)"
        );
        let title = "NOTE VERBALE DATED 2 MAY 1990 FROM THE PERMANENT MISSION OF CUBA ADDRESSED TO THE SECRETARY-GENERAL";
        // The parser marks the date and the State; they keep their capitals.
        let span = |name: &str, kind| {
            let start = title.find(name).unwrap() as u32;
            crate::model::Span {
                start,
                end: start + name.len() as u32,
                kind,
                note: None,
            }
        };
        doc.title = Some(title.into());
        doc.title_spans = vec![
            span(
                "2 MAY 1990",
                SpanKind::Date {
                    iso: "1990-05-02".into(),
                },
            ),
            span("CUBA", SpanKind::State { code: "CUB".into() }),
        ];
        doc.date = None;
        doc.masthead.issued = Some("1990-05-03".into());
        assert_eq!(
            cite_name(&doc),
            "Note verbale dated 2 May 1990 from the Permanent Mission of Cuba (3 May 1990)"
        );
        doc.title = Some("word ".repeat(20));
        assert_eq!(
            cite_name(&doc),
            format!("Word {}… (3 May 1990)", "word ".repeat(17))
        );
        doc.title = None;
        assert_eq!(cite_name(&doc), "Document of 3 May 1990");
        doc.masthead.issued = None;
        assert_eq!(cite_name(&doc), "Untitled document");
    }

    #[test]
    fn the_markup_carries_every_pin_and_the_name() {
        use crate::model::{Annex, Paragraph, ParagraphKind};
        use crate::render::{render_html, RenderOptions};
        let p = |text: &str, kind, marker: Option<&str>| Paragraph {
            text: text.into(),
            kind,
            marker: marker.map(str::to_string),
            spans: Vec::new(),
        };
        let annex = |label: &str, body| Annex {
            label: Some(label.into()),
            body,
            ..Annex::default()
        };
        let doc = Document {
            symbol: Some("A/64/842".into()),
            body: vec![p("I write.", ParagraphKind::Text, None)],
            annexes: vec![
                annex("Annex I", vec![p("One.", ParagraphKind::Text, None)]),
                annex(
                    "Annex II",
                    vec![
                        p("Heading", ParagraphKind::Heading, None),
                        p("First.", ParagraphKind::Numbered, Some("1.")),
                        p("Item.", ParagraphKind::Numbered, Some("(a)")),
                        p("Second.", ParagraphKind::Numbered, Some("2.")),
                    ],
                ),
            ],
            ..Document::default()
        };
        let opts = RenderOptions {
            id_prefix: "a".into(),
            interactive: false,
        };
        let html = render_html(&doc, &opts);
        assert!(
            html.contains(" id=\"a\" data-cite-doc=\"A/64/842\""),
            "{html}"
        );
        for (id, cite) in [
            ("a-para-1", "para. 1"),
            ("a-para-annex1-1", "annex I, para. 1"),
            ("a-para-annex2-1", "annex II, para. 1"),
            ("a-para-annex2-1.1", "annex II, para. 1 (a)"),
            ("a-para-annex2-2", "annex II, para. 2"),
        ] {
            let attrs = format!(" id=\"{id}\" data-cite=\"{cite}\">");
            assert!(html.contains(&attrs), "{attrs} in {html}");
        }
        assert!(html.contains("<h3 class=\"undoc-p undoc-heading\">Heading</h3>"));
        // Only where the widget runs are paragraphs focusable, and only the first is a Tab stop.
        let live = render_html(
            &doc,
            &RenderOptions {
                interactive: true,
                ..opts
            },
        );
        assert_eq!(live.matches(" tabindex=\"0\"").count(), 1);
        assert!(live.contains(" id=\"a-para-1\" data-cite=\"para. 1\" tabindex=\"0\">"));
        assert_eq!(live.matches(" tabindex=\"-1\"").count(), 4);
    }
}
