//! A signer printed with no "(Signed)" mark and no closing formula, at the very end of the
//! letter: "… circulated as a document of the Security Council. Kamal KHARRAZI Ambassador
//! Permanent Representative", "… approved by members of the Committee. Robert R. Fowler
//! Chairman Security Council Committee established pursuant to resolution 864 (1993)
//! concerning the situation in Angola. ANNEX …".
//!
//! Only a name, then a title with a role word in it, that together run to the letter's end
//! after a sentence's full stop: a name anywhere else is the text's.

use super::Close;
use crate::parse::signature::{is_role_word, name_len, title_end};
use crate::text::{is_all_caps, one_of, reach_back, slice, words, SENTENCE_OPENERS};

/// How far before the letter's end the signer's name may begin.
const REACH: usize = 300;

/// Words of a lowercase clause that ends the title at most ("established pursuant to …").
const CLAUSE: usize = 25;

/// The words a lowercase clause of an office's name opens with: "Committee established
/// pursuant to …", "Working Group on …" (a verb opens none: "… said that …").
const CLAUSE_HEADS: &[&str] = &[
    "established",
    "pursuant",
    "concerning",
    "created",
    "appointed",
    "on",
    "for",
    "of",
    "in",
];

/// The signer whose name and title end the letter at `end`, after a sentence's full stop.
pub fn read_bare(text: &str, end: usize) -> Option<Close> {
    let end = end.min(text.len());
    let from = reach_back(text, end, REACH);
    let window = slice(text, from, end);
    for (i, _) in window.match_indices(". ") {
        if !sentence_end(&window[..i]) {
            continue;
        }
        let q = from + i + 2;
        if let Some(c) = signer_at(text, q, end) {
            return Some(c);
        }
    }
    None
}

/// Whether a full stop after `before` ends a sentence: not an initial ("R."), a title ("Mr.")
/// or an abbreviation with stops inside ("U.N.").
fn sentence_end(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or("");
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters > 1
        && !word.contains('.')
        && !matches!(
            word,
            "Mr" | "Ms" | "Mrs" | "Dr" | "St" | "No" | "Prof" | "Jr" | "Sr"
        )
}

/// The signer whose name starts at `q` and whose title runs to `end`.
fn signer_at(text: &str, q: usize, end: usize) -> Option<Close> {
    // A text in capitals tells no name by its case ("… PUBLICLY KNOWN. IT IS NOT SURPRISING
    // THAT THE REPRESENTATIVE …").
    let before = slice(text, reach_back(text, q, 80), q);
    if words(before).iter().all(|w| {
        let w = w.text(before);
        // (A word of one letter, or one cut by the window, tells no case.)
        is_all_caps(w) || w.chars().filter(|c| c.is_alphabetic()).count() < 2
    }) {
        return None;
    }
    let seg = slice(text, q, end);
    let ws = words(seg);
    let k = name_len(seg, &ws);
    if k < 2 || one_of(SENTENCE_OPENERS, ws[0].text(seg)) {
        return None;
    }
    let t = title_end(seg, &ws, k, false);
    if !(k..t).any(|j| is_role_word(ws[j].text(seg))) {
        return None;
    }
    // What the grammar left: nothing, or one lowercase clause closed by the letter's full stop.
    let rest = &ws[t..];
    let tail = seg.trim_end();
    let clause = rest
        .first()
        .is_some_and(|w| one_of(CLAUSE_HEADS, w.text(seg)))
        && rest.len() <= CLAUSE
        && tail.ends_with('.')
        && !slice(seg, rest[0].start, tail.len() - 1).contains(". ");
    if !rest.is_empty() && !clause {
        return None;
    }
    let title_to = if rest.is_empty() {
        ws[t - 1].end
    } else {
        tail.len()
    };
    let title = slice(seg, ws[k].start, title_to)
        .trim_end_matches([',', '.'])
        .to_string();
    Some(Close {
        start: q,
        signature: super::signer(slice(seg, ws[0].start, ws[k - 1].end), title),
        end: q + title_to,
        addressees: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signer_that_ends_the_letter() {
        let t = "It would be appreciated if the present letter were circulated as a document of the Security Council. Kamal KHARRAZI Ambassador Permanent Representative ";
        let c = read_bare(t, t.len()).unwrap();
        assert_eq!(c.signature.name, "Kamal KHARRAZI");
        assert_eq!(
            c.signature.title.as_deref(),
            Some("Ambassador Permanent Representative")
        );
        let t = "The framework was approved by members of the Committee. Robert R. Fowler Chairman Security Council Committee established pursuant to resolution 864 (1993) concerning the situation in Angola.";
        let c = read_bare(t, t.len()).unwrap();
        assert_eq!(c.signature.name, "Robert R. Fowler");
        assert_eq!(c.signature.title.as_deref(), Some("Chairman Security Council Committee established pursuant to resolution 864 (1993) concerning the situation in Angola"));
        assert_eq!(c.end, t.len());
    }

    #[test]
    fn a_mark_printed_after_the_signer_is_theirs() {
        let t = "Letter dated 29 July 1996 from the Permanent Representative of the Islamic Republic of Iran to the United Nations addressed to the Secretary-General I have the honour to inform you of it. It would be appreciated if the present letter were circulated as a document of the Security Council. Kamal KHARRAZI Ambassador Permanent Representative (Signed";
        let doc = crate::parse::parse(t).unwrap();
        assert_eq!(doc.signatures.len(), 1);
        assert_eq!(doc.signatures[0].name, "Kamal KHARRAZI");
        assert!(doc.annexes.is_empty());
        assert!(doc
            .diagnostics
            .iter()
            .any(|d| d.code == "signature-unmarked"));
    }

    #[test]
    fn a_name_in_the_text_is_no_signer() {
        for t in [
            "The Minister met Mr. John Smith, Minister of Foreign Affairs of Ruritania, who said that",
            "It was decided. The Permanent Representative of Ruritania",
            "It was decided. John Smith Permanent Representative of Ruritania spoke at length. Then",
            "It was decided. Antonio Guterres",
            "The Council met. John Smith Chairman of the Committee said that the work went on.",
            "THE COUNCIL REJECTED THAT REQUEST. IT IS NOT SURPRISING THAT THE REPRESENTATIVE OF MEXICO",
            "AS IS WELL KNOWN, THE REPRESENTATIVE OF MEXICO, ON BEHALF OF HIS PRESIDENT, REQUESTED AN URGENT MEETING OF THE SECURITY COUNCIL. THE COUNCIL REJECTED THAT REQUEST, AS IS EVIDENT AND PUBLICLY KNOWN. IT IS NOT SURPRISING THAT THE REPRESENTATIVE OF MEXICO SHOULD ERR ONCE AGAIN WHEN HE FAILS TO REALIZE THAT PERMANENT REPRESENTATIVES DO NOT REPRESENT A GIVEN REGIME",
        ] {
            assert!(read_bare(t, t.len()).is_none(), "{t}");
        }
    }
}
