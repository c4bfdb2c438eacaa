//! States by the names the French and Spanish versions give them (`romance.tsv`): read only
//! where those versions name a sender or a signer, never matched in running text, where
//! "Grenade" and "Maurice" are English words and names.

use std::sync::OnceLock;

use super::tables::{data_lines, ROMANCE_TSV};
use super::{state_by_code, StateInfo};
use crate::text::{folded, folded_at, folded_word};

/// Folded names sorted by their first word, longest first within it: (first word, name, State).
type Table = Vec<(String, String, &'static StateInfo)>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Table = Vec::new();
        for (_, f) in data_lines(ROMANCE_TSV) {
            let (Some(code), Some(names)) = (f.first(), f.get(2)) else {
                continue;
            };
            let Some(state) = state_by_code(code) else {
                continue;
            };
            for name in names.split('|').map(folded) {
                t.push((folded_word(&name, 0), name, state));
            }
        }
        t.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.len().cmp(&a.1.len())));
        t
    })
}

/// The State whose French or Spanish name stands at `pos`, ignoring case and accents, and where
/// the name ends: the longest name that does ("Guinée-Bissau" before "Guinée").
pub fn state_in_romance_at(text: &str, pos: usize) -> Option<(&'static StateInfo, usize)> {
    let key = folded_word(text, pos);
    let t = table();
    let from = t.partition_point(|(k, ..)| *k < key);
    t[from..]
        .iter()
        .take_while(|(k, ..)| *k == key)
        .find_map(|(_, name, s)| folded_at(text, pos, name).map(|e| (*s, e)))
}
