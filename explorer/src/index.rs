//! The index of a collection, `collection.json`: what `undoc index` writes and `<un-collection>`
//! reads. Declared here once; the core crate fills it from its Documents and the gazetteer.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The version of [`Collection`] this crate writes; a reader refuses one it does not know.
pub const COLLECTION_VERSION: u32 = 2;

/// The index of a collection: its documents in the order given, the files that could not be
/// read (one bad file never stops the rest), and the names and memberships its codes stand for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Collection {
    pub version: u32,
    pub documents: Vec<Entry>,
    pub errors: Vec<IndexError>,
    /// Names of the States and organizations the entries name by code.
    #[serde(default)]
    pub names: Names,
    /// Organizations with members, and when each State belonged: a group picked in the explorer
    /// matches a document by its members on that document's date.
    #[serde(default)]
    pub groups: Vec<Group>,
}

/// A file that could not be indexed, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexError {
    pub file: String,
    pub message: String,
}

/// One document of the index.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    /// Where its text lives: a URL relative to the index.
    pub file: String,
    pub symbol: Option<String>,
    /// The document's own date (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// Its date of issue, from the masthead (`YYYY-MM-DD`).
    pub issued: Option<String>,
    /// "letter", "identicalLetters", "noteVerbale" or "other".
    pub kind: String,
    pub title: Option<String>,
    pub sender: EntrySender,
    pub addressees: Vec<String>,
    pub subjects: Vec<String>,
    /// The General Assembly session's number.
    pub session: Option<u32>,
    pub agenda_items: Vec<EntryAgendaItem>,
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EntrySender {
    pub role: Option<String>,
    pub states: Vec<String>,
    pub organization: Option<String>,
}

/// An agenda item as printed: its number ("111 (h)") and title, either may be missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EntryAgendaItem {
    pub number: Option<String>,
    pub title: Option<String>,
}

/// Display names by code.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Names {
    /// ISO 3166 alpha-3 code → UN short name.
    pub states: BTreeMap<String, String>,
    /// Organization id → name.
    pub organizations: BTreeMap<String, String>,
}

/// An organization or group with members.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub members: Vec<Membership>,
}

/// A spell of one State's membership; a missing day means "always" (joined) or "still" (left).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    pub state: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<String>,
}

impl Entry {
    /// The States that sign it: its signatories, else the States that send it.
    pub fn signing_states(&self) -> &[String] {
        if self.signatories.is_empty() {
            &self.sender.states
        } else {
            &self.signatories
        }
    }

    /// The year of its date, else of its date of issue.
    pub fn year(&self) -> Option<u16> {
        let d = self.date.as_deref().or(self.issued.as_deref())?;
        d.get(..4)?.parse().ok()
    }
}

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as the number YYYYMMDD (unknown parts 00), for comparing.
pub fn day_number(s: &str) -> Option<u32> {
    let mut parts = s.split('-');
    let y: u32 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let m: u32 = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    let d: u32 = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    Some(y * 10_000 + m * 100 + d)
}

impl Membership {
    /// Whether this spell held on `day` (YYYYMMDD; `None`: today).
    pub fn holds_on(&self, day: Option<u32>) -> bool {
        let joined = self.joined.as_deref().and_then(day_number);
        let left = self.left.as_deref().and_then(day_number);
        match day {
            None => left.is_none(),
            Some(d) => joined.is_none_or(|j| j <= d) && left.is_none_or(|l| d < l),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spell_holds_between_its_days() {
        let m = Membership {
            state: "UZB".into(),
            joined: Some("2006-06-23".into()),
            left: Some("2012-12-20".into()),
        };
        assert!(!m.holds_on(day_number("2005-01-01")));
        assert!(m.holds_on(day_number("2009-09-30")));
        assert!(!m.holds_on(day_number("2013")));
        assert!(!m.holds_on(None), "it has ended");
        let always = Membership {
            state: "RUS".into(),
            ..Default::default()
        };
        assert!(always.holds_on(day_number("1992")) && always.holds_on(None));
    }

    #[test]
    fn an_entry_signs_by_its_signatories_else_its_sender() {
        let mut e = Entry {
            date: Some("2009-09-30".into()),
            ..Default::default()
        };
        e.sender.states = vec!["RUS".into()];
        assert_eq!(e.signing_states(), ["RUS"]);
        e.signatories = vec!["ARM".into(), "BLR".into()];
        assert_eq!(e.signing_states(), ["ARM", "BLR"]);
        assert_eq!(e.year(), Some(2009));
    }
}
