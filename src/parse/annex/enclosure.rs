//! An enclosure printed after the letter with no "Annex" label: the letter's last sentence
//! asks for its circulation, and a heading follows it — "… circulated as a single official
//! document of the General Assembly. Final Communique The Co-ordinating Bureau … met".

use super::head;
use crate::text::{
    find_phrase_before, is_capitalized, next_word, one_of, reach, skip_spaces, slice, words_iter,
    SENTENCE_OPENERS,
};

/// How far after "circulated as" the request's full stop is looked for.
const REQUEST_REACH: usize = 400;

/// First words of a signer's title: "Permanent Representative of …", "Chargé d'affaires".
const SIGNER_TITLES: &[&str] = &[
    "Permanent",
    "Ambassador",
    "Chargé",
    "Charge",
    "Deputy",
    "Acting",
    "Representative",
];

/// Words of a heading at most: more are the text's.
const MOST_WORDS: usize = 40;

/// Where an unlabelled enclosure's heading begins in `letter` (a letter with no signature or
/// close read): right after the sentence that asks for the letter's circulation, when a
/// heading stands there, then text. `None` when a sentence goes on there.
pub fn after_circulation(letter: &str) -> Option<usize> {
    let mut from = 0;
    // A few requests at most: a text repeating the words does not make the work grow.
    for _ in 0..4 {
        let p = find_phrase_before(letter, "circulated as", from, letter.len())?;
        from = p + 1;
        let rest = slice(letter, p, reach(letter, p, REQUEST_REACH));
        let Some(stop) = rest.find(". ") else {
            continue;
        };
        let q = skip_spaces(letter, p + stop + 1);
        if heading_at(letter, q) {
            return Some(q);
        }
    }
    None
}

/// Whether a heading, and text after it, opens `letter[q..]`: a capitalized first word that
/// opens no sentence nor a signer's title, no label (a labelled annex is found as such), a title of a few words
/// that the annex head reads from `q`, and a text after it.
fn heading_at(letter: &str, q: usize) -> bool {
    let w = next_word(letter, q);
    if !is_capitalized(w)
        || w.ends_with(',')
        || one_of(SENTENCE_OPENERS, w)
        || one_of(&["Please", "Accept", "Allow", "Kindly"], w)
        // "Permanent Representative of …": a signer's title whose name was lost.
        || one_of(SIGNER_TITLES, w)
    {
        return false;
    }
    let h = head(letter, q, letter.len());
    let Some((a, b)) = h.title else {
        return false;
    };
    let title = slice(letter, a, b);
    let n = words_iter(title).count();
    h.label.is_none()
        && a == q
        && (1..=MOST_WORDS).contains(&n)
        && !title.contains("consideration")
        && h.body_start > b
        && h.body_start < letter.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_after_the_request() {
        let t = "I request that the Final Communique be circulated as a single official document of the General Assembly. Final Communique The Co-ordinating Bureau of the Non-Aligned Countries met at Havana.";
        let q = after_circulation(t).unwrap();
        assert!(t[q..].starts_with("Final Communique The"));
        let t = "could be circulated as an official document of the General Assembly, under item 26, and of the Security Council. Second Extraordinary Session of Ministers of Foreign Affairs Amman, 28 to 29 Shabban, 1400H (11 to 12 July, 1980) At the request of the Chairman";
        let q = after_circulation(t).unwrap();
        assert!(t[q..].starts_with("Second Extraordinary"));
    }

    #[test]
    fn a_sentence_after_the_request() {
        for t in [
            "circulated as a document of the Security Council. The Chinese Government and people express their indignation.",
            "circulated as a document of the Security Council. Please accept, Excellency, the assurances of my highest consideration.",
            "circulated as a document of the Security Council. In addition, because they provide the background, I attach them.",
            "circulated as a document of the Security Council.",
            "circulated as a document of the Security Council. Permanent Representative of the Union of Soviet Socialist Republics to the United Nations * Circulated under the double symbol A/43/96. Recent events have again focused",
        ] {
            assert_eq!(after_circulation(t), None, "{t}");
        }
    }
}
