//! An index entry from a Document as the parser module's `parse` gives it (the JSON contract),
//! for files read in the browser: the parser module then needs no export of its own for the
//! explorer. The core builds the same entry from its typed Document (`collection_entry`); a test
//! there holds the two equal on every corpus document.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::index::{Entry, EntryAgendaItem, EntrySender};

/// The fields of a Document an entry reads; the rest of the JSON is passed over.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DocumentJson {
    symbol: Option<String>,
    date: Option<String>,
    masthead: Masthead,
    kind: String,
    title: Option<String>,
    title_spans: Vec<Span>,
    sender: Sender,
    addressees: Vec<String>,
    subjects: Vec<String>,
    session: Option<Session>,
    agenda_items: Vec<EntryAgendaItem>,
    signatories: Vec<Coded>,
    organizations: Vec<Identified>,
    body: Vec<Paragraph>,
    signatures: Vec<Signature>,
    annexes: Vec<Annex>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Masthead {
    issued: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Sender {
    role: Option<String>,
    states: Vec<Coded>,
    organization: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Session {
    number: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Coded {
    code: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Identified {
    id: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Span {
    #[serde(rename = "type")]
    kind: String,
    code: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Paragraph {
    spans: Vec<Span>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct Signature {
    title_spans: Vec<Span>,
    state: Option<Coded>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct Annex {
    title_spans: Vec<Span>,
    body: Vec<Paragraph>,
    signatures: Vec<Signature>,
}

impl DocumentJson {
    /// Mentions of each State: its names and demonyms, and the signers who sign for it (as the
    /// model's `mention_counts` counts them).
    fn mentions(&self) -> BTreeMap<String, u32> {
        let mut counts = BTreeMap::new();
        let mut count = |spans: &[Span]| {
            for s in spans
                .iter()
                .filter(|s| s.kind == "state" || s.kind == "demonym")
            {
                if let Some(code) = &s.code {
                    *counts.entry(code.clone()).or_insert(0) += 1;
                }
            }
        };
        count(&self.title_spans);
        self.body.iter().for_each(|p| count(&p.spans));
        self.signatures.iter().for_each(|s| count(&s.title_spans));
        for a in &self.annexes {
            count(&a.title_spans);
            a.body.iter().for_each(|p| count(&p.spans));
            a.signatures.iter().for_each(|s| count(&s.title_spans));
        }
        let signers = self
            .signatures
            .iter()
            .chain(self.annexes.iter().flat_map(|a| &a.signatures));
        for code in signers.filter_map(|s| s.state.as_ref()) {
            *counts.entry(code.code.clone()).or_insert(0) += 1;
        }
        counts
    }

    /// The entry of this document, whose text (`text_length` bytes) is at `file`.
    pub fn entry(self, file: &str, text_length: usize) -> Entry {
        let mentions = self.mentions();
        Entry {
            file: file.to_string(),
            symbol: self.symbol,
            date: self.date,
            issued: self.masthead.issued,
            kind: self.kind,
            title: self.title,
            sender: EntrySender {
                role: self.sender.role,
                states: self.sender.states.into_iter().map(|s| s.code).collect(),
                organization: self.sender.organization,
            },
            addressees: self.addressees,
            subjects: self.subjects,
            session: self.session.and_then(|s| s.number),
            agenda_items: self.agenda_items,
            signatories: self.signatories.into_iter().map(|s| s.code).collect(),
            organizations: self.organizations.into_iter().map(|o| o.id).collect(),
            mentions,
            text_length,
        }
    }
}
