//! A letter's salutation: the forms that open an untitled letter ("Excellency,", "Dear Mr.
//! Chairman!", "Monsieur le Secrétaire Général,"), as printed or in a cable's capitals.

use crate::text::{at_word_start, find_str, slice};

/// A letter's salutation, which stands before its first words ("Excellency: As Chairman of the
/// Arab Group …", "Dear Sir, At its 164th meeting …"); matched with its capital and its mark.
pub(super) const SALUTATIONS: &[&str] = &[
    "Excellency:",
    "Excellency,",
    "Dear Sir,",
    "Dear Sir:",
    "Sir,",
    "Dear Madam President,",
    "Dear Mr. President,",
    "Dear Mr. Secretary-General,",
    "Dear Madam Secretary-General,",
    "Your Excellency,",
    "Your Excellency:",
    "Mr. President,",
    "Madam President,",
    "Dear Mr. Chairman,",
    "Dear Mr. Chairman!",
    "Dear Madam Chair,",
    "Mr. Chairman,",
    "Monsieur le Secr\u{e9}taire g\u{e9}n\u{e9}ral,",
    "Monsieur le Secr\u{e9}taire G\u{e9}n\u{e9}ral,",
    "Monsieur le Pr\u{e9}sident,",
    "Madame la Pr\u{e9}sidente,",
    "Se\u{f1}or Secretario General:",
    "Se\u{f1}or Presidente:",
];

/// Where a salutation stands in a cable's or a telex's capitals, its mark a comma or a colon
/// ("… NO. MPZ/01/530/77 SIR, THE REPRESENTATIONS …", "\"DEAR MR. SECRETARY-GENERAL: \"I HAVE
/// …").
pub(super) fn in_capitals(head: &str) -> Option<usize> {
    SALUTATIONS
        .iter()
        .filter_map(|p| {
            let words = p[..p.len() - 1].to_ascii_uppercase();
            let mut from = 0;
            while let Some(a) = find_str(slice(head, from, head.len()), &words).map(|a| a + from) {
                from = a + words.len();
                let marked = matches!(head[from..].chars().next(), Some(',' | ':'));
                if marked && at_word_start(head, a) {
                    return Some(a);
                }
            }
            None
        })
        .min()
}

/// The Secretary-General as a salutation names the office, folded: "Dear Mr.
/// Secretary-General,", "Monsieur le Secrétaire Général,", "Señor Secretario General:".
pub(super) const SECRETARY_GENERAL: &[&str] = &[
    "secretary-general",
    "secretaire general",
    "secretario general",
];
