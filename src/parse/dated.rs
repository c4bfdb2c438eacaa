//! The day a document's facts are stated for, and the names of that day: a 2009 letter's
//! States, organizations and signatory groups as they were in 2009.

use super::Diagnostics;
use crate::gazetteer::{self, dated, dated::Day};
use crate::model::*;

/// The document's own date, else its date of issue; `None` (with a diagnostic: today's facts
/// are used) when it has neither.
pub(super) fn as_of(doc: &mut Document, diags: &mut Diagnostics) -> Option<Day> {
    let found = [doc.date.as_ref(), doc.masthead.issued.as_ref()]
        .into_iter()
        .flatten()
        .find_map(|d| Day::parse(d).map(|day| (d.clone(), day)));
    let day = found.as_ref().map(|f| f.1);
    doc.facts_as_of = found.map(|f| f.0);
    if day.is_none() {
        diags.info(
            "facts-as-of-today",
            "The document gives no date: its notes, State names and groups state today's facts."
                .into(),
            None,
        );
    }
    day
}

/// Names every State and organization of `doc` as it was called on `day`; a former State's
/// name another State bore on that day is that State's ("United Arab Republic" in 1964: Egypt).
pub(super) fn name_as_of(doc: &mut Document, day: Option<Day>) {
    // Only a former State's name can have another bearer: those that do on `day`, found once,
    // and the mentions walked only when there are any.
    let moved: Vec<(&str, &str)> = gazetteer::states()
        .iter()
        .filter(|s| s.status == gazetteer::StateStatus::Former)
        .filter_map(|s| dated::bearer_on(s.code, day).map(|b| (s.code, b)))
        .collect();
    if !moved.is_empty() {
        let remap = |code: &mut String| {
            // Byte by byte, the first byte first: a code is compared with every former State's,
            // and a call to compare three bytes costs more than they do.
            let code_bytes = code.as_bytes();
            if let Some((_, b)) = moved.iter().find(|(c, _)| {
                let c = c.as_bytes();
                c.first() == code_bytes.first()
                    && c.len() == code_bytes.len()
                    && c.iter().zip(code_bytes).all(|(x, y)| x == y)
            }) {
                *code = b.to_string();
            }
        };
        for list in [&mut doc.sender.states, &mut doc.signatories] {
            list.iter_mut().for_each(|s| remap(&mut s.code));
            // Each code listed once as seen: the list searched stays as short as the distinct
            // codes, where a document may name hundreds of signatories.
            let mut seen: Vec<String> = Vec::new();
            list.retain(|s| {
                let new = !seen.contains(&s.code);
                if new {
                    seen.push(s.code.clone());
                }
                new
            });
        }
        let respan = |spans: &mut Vec<Span>| {
            for sp in spans.iter_mut() {
                if let SpanKind::State { code } | SpanKind::Demonym { code } = &mut sp.kind {
                    remap(code);
                }
            }
        };
        respan(&mut doc.title_spans);
        for a in std::iter::once(None).chain(doc.annexes.iter_mut().map(Some)) {
            let (paragraphs, signatures) = match a {
                None => (&mut doc.body, &mut doc.signatures),
                Some(a) => {
                    respan(&mut a.title_spans);
                    (&mut a.body, &mut a.signatures)
                }
            };
            paragraphs.iter_mut().for_each(|p| respan(&mut p.spans));
            for sig in signatures.iter_mut() {
                respan(&mut sig.title_spans);
                if let Some(st) = sig.state.as_mut() {
                    remap(&mut st.code);
                }
            }
        }
    }
    let rename = |s: &mut State| {
        if let Some(info) = gazetteer::state_by_code(&s.code) {
            s.name = dated::state_name_on(info, day).to_string();
        }
    };
    doc.sender.states.iter_mut().for_each(rename);
    doc.signatories.iter_mut().for_each(rename);
    let signatures = doc
        .signatures
        .iter_mut()
        .chain(doc.annexes.iter_mut().flat_map(|a| a.signatures.iter_mut()));
    signatures.filter_map(|s| s.state.as_mut()).for_each(rename);
    for o in &mut doc.organizations {
        if let Some(info) = gazetteer::organization_by_id(&o.id) {
            o.name = dated::organization_name_on(info, day).to_string();
        }
    }
}

/// Organizations mentioned that two or more signatories belonged to on `day`.
pub(super) fn signatory_groups(doc: &Document, day: Option<Day>) -> Vec<SignatoryGroup> {
    let mut out = Vec::new();
    for o in &doc.organizations {
        let Some(info) = gazetteer::organization_by_id(&o.id).filter(|i| i.id != "UN") else {
            continue;
        };
        let on_day = dated::members_on(info.id, day);
        let members: Vec<String> = doc
            .signatories
            .iter()
            .filter(|s| on_day.contains(&s.code.as_str()))
            .map(|s| s.code.clone())
            .collect();
        if members.len() >= 2 {
            out.push(SignatoryGroup {
                id: info.id.to_string(),
                label: info.acronym.unwrap_or(&o.name).to_string(),
                members,
            });
        }
    }
    out
}
