//! A Document as one entry of a collection's index (`undoc index`): what a researcher filters,
//! sorts and counts by, without the text. The index is one JSON file, `collection.json`.

use crate::model::{Document, DocumentKind};

pub use undoc_explorer::index::{
    Collection, Entry, EntryAgendaItem, EntrySender, IndexError, COLLECTION_VERSION,
};

/// The kind's name in the index, as the Document's JSON writes it.
fn kind_key(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Letter => "letter",
        DocumentKind::IdenticalLetters => "identicalLetters",
        DocumentKind::NoteVerbale => "noteVerbale",
        DocumentKind::Other => "other",
    }
}

/// `doc`, parsed from a text of `text_length` bytes found at `file`, as an index entry.
pub fn collection_entry(doc: &Document, file: &str, text_length: usize) -> Entry {
    Entry {
        file: file.to_string(),
        symbol: doc.symbol.clone(),
        date: doc.date.clone(),
        issued: doc.masthead.issued.clone(),
        kind: kind_key(doc.kind).to_string(),
        title: doc.title.clone(),
        sender: EntrySender {
            role: doc.sender.role.clone(),
            states: doc.sender.states.iter().map(|s| s.code.clone()).collect(),
            organization: doc.sender.organization.clone(),
        },
        addressees: doc.addressees.clone(),
        subjects: doc.subjects.clone(),
        session: doc.session.as_ref().and_then(|s| s.number),
        agenda_items: (doc.agenda_items.iter())
            .map(|a| EntryAgendaItem {
                number: a.number.clone(),
                title: a.title.clone(),
            })
            .collect(),
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

    /// The explorer builds entries from the Document's JSON (files read in the browser): the
    /// same entries as here, on every corpus document but validation/'s.
    #[test]
    fn the_explorers_entries_from_json_are_the_same() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut n = 0;
        for set in std::fs::read_dir(&root).unwrap().flatten() {
            if set.file_name() == "validation" || !set.path().is_dir() {
                continue;
            }
            for f in std::fs::read_dir(set.path()).unwrap().flatten() {
                let p = f.path();
                if p.extension().is_none_or(|x| x != "txt") {
                    continue;
                }
                let text = std::fs::read_to_string(&p).unwrap();
                let doc = crate::parse(&text).unwrap();
                let json = serde_json::to_string(&doc).unwrap();
                let view: undoc_explorer::document::DocumentJson =
                    serde_json::from_str(&json).unwrap();
                let name = p.display().to_string();
                assert_eq!(
                    view.entry(&name, text.len()),
                    collection_entry(&doc, &name, text.len()),
                    "{name}"
                );
                n += 1;
            }
        }
        assert!(n > 500, "{n} documents");
    }

    #[test]
    fn kinds_are_named_as_the_documents_json_names_them() {
        for k in [
            DocumentKind::Letter,
            DocumentKind::IdenticalLetters,
            DocumentKind::NoteVerbale,
            DocumentKind::Other,
        ] {
            assert_eq!(serde_json::to_value(k).unwrap(), kind_key(k));
        }
    }
}
