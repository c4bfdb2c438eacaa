//! A Document as one entry of a collection's index (`undoc index`): what a researcher filters,
//! sorts and counts by, without the text. The index is one JSON file, `collection.json`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{AgendaItem, Document, DocumentKind};

/// The index of a collection: its documents in the order given, and the files that could not be
/// read (one bad file never stops the rest).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Collection {
    /// The shape of this file; a reader refuses a version it does not know.
    pub version: u32,
    pub documents: Vec<Entry>,
    pub errors: Vec<IndexError>,
}

/// The version of [`Collection`] this crate writes.
pub const COLLECTION_VERSION: u32 = 1;

/// A file that could not be indexed, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexError {
    pub file: String,
    pub message: String,
}

/// One document of the index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    /// Where its text lives: a URL relative to the index.
    pub file: String,
    pub symbol: Option<String>,
    /// The document's own date (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// Its date of issue, from the masthead (`YYYY-MM-DD`).
    pub issued: Option<String>,
    pub kind: DocumentKind,
    pub title: Option<String>,
    pub sender: EntrySender,
    pub addressees: Vec<String>,
    pub subjects: Vec<String>,
    /// The General Assembly session's number.
    pub session: Option<u32>,
    pub agenda_items: Vec<AgendaItem>,
    /// ISO 3166 alpha-3 codes, in the document's order.
    pub signatories: Vec<String>,
    /// Organization ids, in order of first mention.
    pub organizations: Vec<String>,
    /// Mentions of each State in the text (ISO 3166 alpha-3 code → count).
    pub mentions: BTreeMap<String, u32>,
    /// The text's length in bytes.
    pub text_length: usize,
}

/// Who sends it: the role, the States (codes) and the organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntrySender {
    pub role: Option<String>,
    pub states: Vec<String>,
    pub organization: Option<String>,
}

/// `doc`, parsed from a text of `text_length` bytes found at `file`, as an index entry.
pub fn collection_entry(doc: &Document, file: &str, text_length: usize) -> Entry {
    Entry {
        file: file.to_string(),
        symbol: doc.symbol.clone(),
        date: doc.date.clone(),
        issued: doc.masthead.issued.clone(),
        kind: doc.kind,
        title: doc.title.clone(),
        sender: EntrySender {
            role: doc.sender.role.clone(),
            states: doc.sender.states.iter().map(|s| s.code.clone()).collect(),
            organization: doc.sender.organization.clone(),
        },
        addressees: doc.addressees.clone(),
        subjects: doc.subjects.clone(),
        session: doc.session.as_ref().and_then(|s| s.number),
        agenda_items: doc.agenda_items.clone(),
        signatories: doc.signatories.iter().map(|s| s.code.clone()).collect(),
        organizations: doc.organizations.iter().map(|o| o.id.clone()).collect(),
        mentions: doc
            .mention_counts()
            .into_iter()
            .map(|(c, n)| (c.to_string(), n))
            .collect(),
        text_length,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_as_an_entry() {
        let text = include_str!("../../tests/seeds/000_ee653181992c2e49.txt");
        let doc = crate::parse(text).unwrap();
        let e = collection_entry(&doc, "seeds/seed.txt", text.len());
        assert_eq!(e.file, "seeds/seed.txt");
        assert_eq!(e.date.as_deref(), Some("2009-09-30"));
        assert_eq!(e.sender.states, ["RUS"]);
        assert_eq!(e.signatories.len(), 7);
        assert_eq!(e.session, Some(64));
        assert_eq!(e.mentions.get("RUS"), Some(&6));
        assert!(e.organizations.iter().any(|o| o == "CSTO"));
        let json = serde_json::to_string(&e).unwrap();
        assert!(json.contains("\"textLength\""), "{json}");
        assert_eq!(serde_json::from_str::<Entry>(&json).unwrap(), e);
    }
}
