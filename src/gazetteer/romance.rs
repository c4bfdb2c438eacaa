//! States by the names the French and Spanish versions give them (`romance.tsv`): read only
//! where those versions name a sender or a signer, never matched in running text, where
//! "Grenade" and "Maurice" are English words and names.

use std::sync::OnceLock;

use super::tables::{data_lines, ROMANCE_TSV};
use super::{state_by_code, StateInfo};
use crate::text::{folded_at, folded_word};

/// Names as build.rs wrote them: folded, sorted by first word, longest first within it.
type Table = Vec<(&'static str, &'static StateInfo)>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        data_lines(ROMANCE_TSV)
            .filter_map(|(_, f)| Some((*f.first()?, state_by_code(f.get(1)?)?)))
            .collect()
    })
}

/// A folded name's first word: the key the table is sorted by.
fn first(name: &str) -> &str {
    name.split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
}

/// The State whose French or Spanish name stands at `pos`, ignoring case and accents, and where
/// the name ends: the longest name that does ("Guinée-Bissau" before "Guinée").
pub fn state_in_romance_at(text: &str, pos: usize) -> Option<(&'static StateInfo, usize)> {
    let (key, _) = folded_word(text, pos);
    let t = table();
    let from = t.partition_point(|(n, _)| first(n) < key.as_str());
    t[from..]
        .iter()
        .take_while(|(n, _)| first(n) == key)
        .find_map(|(name, s)| folded_at(text, pos, name).map(|e| (*s, e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_table_is_folded_and_sorted_as_the_parser_reads() {
        let t = table();
        assert!(t.len() > 350, "{} names", t.len());
        for (n, _) in t {
            // build.rs folds with its own copy of `text::base`: the two must agree.
            assert_eq!(crate::text::folded(n), *n);
        }
        for w in t.windows(2) {
            let key = |n: &str| folded_word(n, 0).0;
            assert!(key(w[0].0) <= key(w[1].0), "{} before {}", w[0].0, w[1].0);
        }
        let at = |s: &str| state_in_romance_at(s, 0).map(|(s, e)| (s.code, e));
        assert_eq!(at("Guinée-Bissau et"), Some(("GNB", 14)));
        assert_eq!(at("GUINEA ECUATORIAL"), Some(("GNQ", 17)));
        assert_eq!(at("Côte d’Ivoire"), Some(("CIV", 16)));
        assert_eq!(at("Maurice"), Some(("MUS", 7)));
        assert_eq!(at("Mauricette"), None);
    }
}
