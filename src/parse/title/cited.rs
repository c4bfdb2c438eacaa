//! A title's starter as prose cites another document: "… regarding the joint letter dated 12
//! June 2023 from …", "… as well as the annex to the letter dated 9 June 2020 from …". Intact
//! and in lower case, outside an annex heading ("Annex to the identical letters dated …"), it
//! is no title a scan damaged.

use crate::text::{reach_back, slice};

/// Starters as prose cites them.
const CITED: &[&str] = &["letter dated", "letters dated", "note verbale dated"];

/// Headings that cite the letter they belong to.
const HEADINGS: &[&str] = &[
    "Annex",
    "ANNEX",
    "Enclosure",
    "ENCLOSURE",
    "Appendix",
    "APPENDIX",
];

/// Whether the starter at `start` is prose citing another document.
pub(super) fn in_prose(text: &str, start: usize) -> bool {
    let intact = CITED
        .iter()
        .any(|c| text.get(start..start + c.len()) == Some(*c));
    let before = slice(text, reach_back(text, start, 30), start);
    intact && !HEADINGS.iter().any(|h| before.contains(h))
}

#[cfg(test)]
mod tests {
    use super::super::find_damaged;

    #[test]
    fn a_letter_the_body_cites_is_no_title() {
        let t = "No. 1633825 14 June 2023 Excellency, I am writing to you regarding the joint letter dated 12 June 2023 from the Permanent Representatives of France, Germany, and the United Kingdom to the United Nations addressed to the Secretary-General and the President of the Security Council (S/2023/428).";
        assert!(find_damaged(t, t.len()).is_none());
        let t = "the Note Verbale No. CML/56/2020 dated 7 August 2020, as well as the annex to the letter dated 9 June 2020 from the Permanent Representative of China to the United Nations addressed to the Secretary-General.";
        assert!(find_damaged(t, t.len()).is_none());
    }

    #[test]
    fn an_annex_heading_cites_its_letter() {
        let t = "(Signed) Vitaly Churkin Permanent Representative Annex to the letter dated 12 May 2016 from the Permanent Representatives of the Russian Federation and the United States to the United Nations addressed to the President of the Security Council Joint statement";
        let title = find_damaged(t, t.len()).unwrap();
        assert_eq!(title.addressees, ["President of the Security Council"]);
    }
}
