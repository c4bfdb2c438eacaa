//! Mention counts and signatory groups for the toolbar.
//!
//! The one place where the renderer reads the gazetteer (for the members of an organization):
//! the groups belong in the model, computed by the parser, and this import goes once they are.

use std::collections::HashMap;

use crate::gazetteer;
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
