//! Mention counts for the toolbar, counted on the model's spans.

use std::collections::HashMap;

use crate::model::*;

/// Mentions of every State in the document's text (title, body, signatures, annexes), keyed
/// by code.
pub(super) fn mention_counts<'a>(doc: &'a Document) -> HashMap<&'a str, u32> {
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
