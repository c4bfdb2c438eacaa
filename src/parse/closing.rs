//! An original letter's close, as a mission sends it and an archive scans it: the closing
//! formula, the signer's name and title with no "(Signed)" mark, then the addressee's block.
//!
//! - "… the assurances of my highest consideration. Majid Takht Ravanchi Permanent
//!   Representative H.E Mr. Antonio Guterres United Nations, New York"
//! - "… my highest consideration. Sincerely, Alexander Lomaia Permanent Representative H.E.
//!   Mr. Ban Ki-moon Secretary-General United Nations"
//!
//! A name is read only when a role follows it: capitalized words after a closing formula are
//! as often the next heading as a signer.

mod bare;

pub use bare::read_bare;

use super::addressee::addressees_at;
use super::signature::{first_state, is_role_word, name_len, title_end};
use crate::gazetteer::officeholders::is_secretary_general_surname;
use crate::model::Signature;
use crate::text::{
    find_phrase_before, is_capitalized, latin_lowercase, phrase_at, reach, reach_back, skip_spaces,
    slice, words,
};

/// What the close of an original letter says.
#[derive(Debug)]
pub struct Close {
    /// Where the signer's name begins.
    pub start: usize,
    pub signature: Signature,
    /// Where the signer's title ends, or the addressee's block after it.
    pub end: usize,
    /// The offices named in the addressee's block ("Secretary-General").
    pub addressees: Vec<String>,
}

/// The closing formula's last words ("… the assurances of my highest consideration").
pub(super) const FORMULAS: &[&str] = &["highest consideration", "high consideration"];

const VALEDICTIONS: &[&str] = &[
    "very truly yours",
    "yours very truly",
    "yours truly",
    "yours sincerely",
    "sincerely yours",
    "sincerely",
    "respectfully yours",
    "yours respectfully",
    "respectfully",
    "yours faithfully",
];

/// How far after the closing formula the signer and the addressee's block are looked for.
const REACH: usize = 400;

/// The end of the first closing formula at or after `from`.
/// A valediction with "yours" closes a letter by itself ("I have the honour to be, Sir, Yours
/// respectfully, W. E. Riley"): it is the start of what follows.
fn formula_end(text: &str, from: usize) -> Option<usize> {
    let yours = VALEDICTIONS.iter().filter(|v| v.contains("yours"));
    FORMULAS
        .iter()
        .filter_map(|p| find_phrase_before(text, p, from, text.len()).map(|a| a + p.len()))
        .chain(yours.filter_map(|v| find_phrase_before(text, v, from, text.len())))
        .min()
}

/// The offices of the addressee's block after the first closing formula at or after `from`,
/// whether a signer's name stands before it or a scan lost it ("… consideration. Z· Her
/// Excellency Mrs. Rosemary A. DiCarlo President of the Security Council New York").
/// `None` when no closing formula stands there.
pub fn addressees_after(text: &str, from: usize) -> Option<Vec<String>> {
    let p = formula_end(text, from)?;
    let seg = slice(text, p, reach(text, p, REACH));
    Some(address_block(seg).map(|b| b.1).unwrap_or_default())
}

/// The first addressee's block in `seg`: where it starts and the offices it names.
pub(super) fn address_block(seg: &str) -> Option<(usize, Vec<String>)> {
    let all = words(seg);
    let b = (0..all.len()).find(|&j| opens_address(seg, &all, j))?;
    Some((all[b].start, address(seg, &all[b..]).0))
}

/// The office of an addressee's postal block wherever the page put it — at the foot of the
/// first page ("… declared the party's . 2/ His Excellency Dr. Kurt Waldheim Secretary-General
/// United Nations New York, N.Y. 10017 - 2 - policy …") or after a signature whose block a scan
/// garbled ("II. E. Dr. Kurt Wuldheim Secretary-General United Nations Headquarters New
/// York"): the office printed right before "United Nations", a city after it.
pub fn postal_addressees(text: &str) -> Vec<String> {
    let mut from = 0;
    while let Some(at) = find_phrase_before(text, "united nations", from, text.len()) {
        from = at + "united nations".len();
        let mut p = skip_punctuation(text, from);
        if let Some(e) = phrase_at(text, p, "headquarters") {
            p = skip_punctuation(text, e);
        }
        if phrase_at(text, p, "new york").is_none() {
            continue;
        }
        // The office ends where "United Nations" begins: "Secretary-General United Nations",
        // "PRESIDENT OF THE SECURITY COUNCIL OF THE UNITED NATIONS NEW YORK".
        let back = reach_back(text, at, 60);
        let window = slice(text, back, at);
        for w in words(window) {
            let (offices, end) = addressees_at(text, back + w.start);
            let gap = slice(text, end.min(at), at).trim_matches([' ', ',']);
            if !offices.is_empty() && (gap.is_empty() || gap.eq_ignore_ascii_case("of the")) {
                return offices;
            }
        }
    }
    Vec::new()
}

/// Reads the close after the first closing formula at or after `from`.
pub fn read(text: &str, from: usize) -> Option<Close> {
    let formula_end = formula_end(text, from)?;
    let mut p = skip_punctuation(text, formula_end);
    if let Some(e) = VALEDICTIONS.iter().find_map(|v| phrase_at(text, p, v)) {
        p = skip_punctuation(text, e);
    }
    // What a scan made of the handwritten signature ("/-/. /v^/Vi-—-t—'V-"): marks, not a name.
    for _ in 0..4 {
        let w = crate::text::next_word(text, p);
        if w.is_empty() || !is_scrawl(w) {
            break;
        }
        p = skip_spaces(text, p + w.len());
    }
    let seg = slice(text, p, reach(text, p, REACH));
    let all = words(seg);
    // The addressee's block ends the signer's.
    let block = (0..all.len()).find(|&j| opens_address(seg, &all, j));
    let ws = &all[..block.unwrap_or(all.len())];
    let k = name_len(seg, ws);
    if k < 2 {
        return None;
    }
    let t = title_end(seg, ws, k, false);
    if !(k..t).any(|j| is_role_word(ws[j].text(seg))) {
        return None;
    }
    let title = slice(seg, ws[k].start, ws[t - 1].end)
        .trim_end_matches(',')
        .to_string();
    let (addressees, end) = match block {
        Some(b) => address(seg, &all[b..]),
        None => (Vec::new(), ws[t - 1].end),
    };
    Some(Close {
        start: p,
        signature: signer(slice(seg, ws[0].start, ws[k - 1].end), title),
        end: p + end,
        addressees,
    })
}

/// A signer's block: the name as printed, the title with its State and spans.
fn signer(name: &str, title: String) -> Signature {
    Signature {
        name: name.trim_end_matches([',', ';']).to_string(),
        state: first_state(&title),
        title_spans: super::spans::spans(&title, &super::spans::Context::default()),
        title: Some(title),
    }
}

/// The addressee's block ("H.E. Mr. Ban Ki-moon Secretary-General United Nations New York,
/// N.Y. 10017"): the office it names, and its end, at its city and postcode when it has them.
fn address(seg: &str, ws: &[crate::text::Word]) -> (Vec<String>, usize) {
    let office = ws
        .iter()
        .map(|w| addressees_at(seg, w.start))
        .find(|a| !a.0.is_empty())
        .filter(|a| !of_another_body(seg, a.1));
    let city = ws
        .iter()
        .find_map(|w| phrase_at(seg, w.start, "new york"))
        .map(|e| {
            let e = postal_end(seg, e);
            copy_line_end(seg, e).unwrap_or(e)
        });
    let end = city
        .or(office.as_ref().map(|o| o.1))
        .unwrap_or(ws.first().map_or(0, |w| w.end));
    let offices = match office {
        Some(o) => o.0,
        // "H.E Mr. Antonio Guterres United Nations, New York": the Secretary-General by name.
        None => {
            let block = slice(seg, ws.first().map_or(0, |w| w.start), end);
            let named = ws
                .iter()
                .take_while(|w| w.start < end)
                .any(|w| is_secretary_general_surname(w.text(seg)));
            if named && block.len() < 200 {
                vec!["Secretary-General".to_string()]
            } else {
                Vec::new()
            }
        }
    };
    (offices, end)
}

/// Whether an office that ends at `e` is held in another body than the United Nations ("H.E.
/// Dr Salim Ahmed Salim, Secretary General of the Organisation of African Unity").
fn of_another_body(seg: &str, e: usize) -> bool {
    let Some(of) = phrase_at(seg, skip_spaces(seg, e), "of") else {
        return false;
    };
    let mut p = skip_spaces(seg, of);
    if let Some(the) = phrase_at(seg, p, "the") {
        p = skip_spaces(seg, the);
    }
    phrase_at(seg, p, "united nations").is_none()
}

/// The end of the postcode after a city that ends at `e`: ", N.Y. 10017", ", NY 10017",
/// "New York, New York 10017"; `e` when none follows.
fn postal_end(seg: &str, e: usize) -> usize {
    let mut p = skip_spaces(seg, e);
    if seg[p..].starts_with(',') {
        p = skip_spaces(seg, p + 1);
    }
    // The State's name before its postcode.
    let state = phrase_at(seg, p, "new york").filter(|&s| {
        let n = crate::text::next_word(seg, skip_spaces(seg, s));
        n.len() == 5 && n.bytes().all(|b| b.is_ascii_digit())
    });
    let mut end = e;
    let mut q = match state {
        Some(s) => {
            end = s;
            skip_spaces(seg, s)
        }
        None => p,
    };
    for _ in 0..2 {
        let w = crate::text::next_word(seg, q);
        let t = w.trim_end_matches(',');
        let postal = t.eq_ignore_ascii_case("n.y.")
            || t.eq_ignore_ascii_case("ny")
            || (t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit()));
        if w.is_empty() || !postal {
            break;
        }
        end = q + w.len();
        q = skip_spaces(seg, end);
    }
    end
}

/// The end of a copy line after the addressee's block, "CC Secretary General United Nations
/// New York", "cc: …": its words up to the city they name, a dozen at most.
fn copy_line_end(seg: &str, e: usize) -> Option<usize> {
    let p = skip_spaces(seg, e);
    let w = crate::text::next_word(seg, p);
    let t = w.trim_end_matches([':', '.']);
    if !(t == "CC" || t == "cc" || t.eq_ignore_ascii_case("c.c") || t == "Copy" || t == "COPY") {
        return None;
    }
    let line = slice(seg, p, reach(seg, p, 120));
    let at = find_phrase_before(line, "new york", 0, line.len())?;
    (words(&line[..at]).len() <= 12).then(|| postal_end(seg, p + at + "new york".len()))
}

/// A word of more marks than letters and digits ("/-/.", "/v^/Vi-—-t—'V-").
fn is_scrawl(w: &str) -> bool {
    let marks = w.chars().filter(|c| !c.is_alphanumeric()).count();
    marks >= 2 && marks > w.chars().count() - marks
}

/// Past the period and commas after a formula: "consideration. Sincerely, Name".
fn skip_punctuation(text: &str, mut p: usize) -> usize {
    loop {
        let q = skip_spaces(text, p);
        match text[q..].chars().next() {
            Some('.' | ',') => p = q + 1,
            _ => return q,
        }
    }
}

/// Whether word `j` opens the addressee's block: "H.E.", "H.E,", "His Excellency", or "The"
/// before a known office ("The Secretary-General United Nations New York").
fn opens_address(seg: &str, ws: &[crate::text::Word], j: usize) -> bool {
    let w = latin_lowercase(ws[j].text(seg).trim_end_matches([',', '.']));
    let next_excellency = || {
        ws.get(j + 1)
            .is_some_and(|n| n.text(seg).eq_ignore_ascii_case("excellency"))
    };
    let office_next = || {
        ws[j].text(seg) == "The"
            && ws
                .get(j + 1)
                .is_some_and(|n| super::addressee::addressee_at(seg, n.start).is_some())
    };
    // "HE Mamady Traore": the style without its stops, before a name (in capitals it is a word).
    let he_name = ws[j].text(seg) == "HE"
        && ws.get(j + 1).is_some_and(|n| {
            let n = n.text(seg);
            is_capitalized(n) && n.chars().skip(1).any(char::is_lowercase)
        });
    w == "h.e"
        || ((w == "his" || w == "her") && next_excellency())
        || office_next()
        || he_name
        || circular(seg, ws, j)
}

/// Whether word `j` opens a circular's distribution line: "All Permanent Representatives … to
/// the United Nations", with "To" before it or not.
fn circular(seg: &str, ws: &[crate::text::Word], j: usize) -> bool {
    let to_all = |k: usize| {
        ws.get(k).is_some_and(|w| {
            super::addressee::addressee_at(seg, w.start).is_some_and(|a| a.0.starts_with("All "))
        })
    };
    to_all(j) || (ws[j].text(seg).eq_ignore_ascii_case("to") && to_all(j + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valediction_with_yours_closes_by_itself() {
        let t = "I have the honour to be, Sir, Yours respectfully, W. E. Riley, Major General, USMC, Chief of Staff. REPORT ON THE STATUS";
        let c = read(t, 0).unwrap();
        assert_eq!(c.signature.name, "W. E. Riley");
        // Without "yours" a word is no close: "respectfully request".
        assert!(read(
            "We respectfully request, Sir, John Smith Permanent Representative",
            0
        )
        .is_none());
    }

    #[test]
    fn signer_and_addressee_after_the_formula() {
        let t = "Please accept, Excellency, the assurances of my highest consideration. Sincerely, Alexander Lomaia Permanent Representative H.E. Mr. Ban Ki-moon Secretary-General United Nations New York";
        let c = read(t, 0).unwrap();
        assert_eq!(c.signature.name, "Alexander Lomaia");
        assert_eq!(
            c.signature.title.as_deref(),
            Some("Permanent Representative")
        );
        assert_eq!(c.addressees, ["Secretary-General"]);
        let t = "the assurances of my highest consideration. Dr. A. Esmat Abdel Meguid Ambassador Permanent Representative H.E, Mr. Kurt Waldheim Secretary-general of: the United. Nations";
        let c = read(t, 0).unwrap();
        assert_eq!(c.signature.name, "Dr. A. Esmat Abdel Meguid");
        assert_eq!(
            c.signature.title.as_deref(),
            Some("Ambassador Permanent Representative")
        );
    }

    #[test]
    fn the_secretary_general_by_name() {
        let t = "Please accept, Excellency, the assurances of my highest consideration. Majid Takht Ravanchi Permanent Representative H.E Mr. Antonio Guterres United Nations, New York";
        assert_eq!(read(t, 0).unwrap().addressees, ["Secretary-General"]);
        let t = "my highest consideration. Majid Takht Ravanchi Permanent Representative H.E Mr. John Smith Ambassador of Ruritania";
        assert!(read(t, 0).unwrap().addressees.is_empty());
    }

    #[test]
    fn a_scanned_scrawl_before_the_name() {
        let t = "Please accept Excellency, the assurances of my highest consideration. /-/. /v^/Vi-\u{2014}-t\u{2014}'V- Hazem Nuseibeh Ambassador Permanent Representative";
        let c = read(t, 0).unwrap();
        assert_eq!(c.signature.name, "Hazem Nuseibeh");
        assert!(is_scrawl("/-/."));
        assert!(!is_scrawl("H.E."));
        assert!(!is_scrawl("Nuseibeh"));
    }

    #[test]
    fn an_address_without_a_signer() {
        let t = "Please accept, Madam President, the assurances of my highest consideration. Z\u{b7} Her Excellency Mrs. Rosemary A. DiCarlo President of the Security Council New York RECEIVED";
        assert!(read(t, 0).is_none());
        assert_eq!(
            addressees_after(t, 0).unwrap(),
            ["President of the Security Council"]
        );
        assert_eq!(addressees_after("No formula here.", 0), None);
        let t = "Accept, Sir, the assurances of my highest consideration. Osman OLGAY President United Nations Council for Namibia The Secretary-General United Nations New York.";
        let c = read(t, 0).unwrap();
        assert_eq!(c.signature.name, "Osman OLGAY");
        assert_eq!(c.addressees, ["Secretary-General"]);
    }

    #[test]
    fn a_circulars_distribution_line() {
        for (t, office) in [
            ("Please accept, Excellency, the assurance of my highest consideration. All Permanent Representatives and Permanent Observers to the United Nations New York INA", "All Permanent Representatives and Permanent Observers to the United Nations"),
            ("Please accept, Excellency, the assurances of my highest consideration. Mogens Lykketoft To all Permanent Representatives to the United Nations New York THE PRESIDENT", "All Permanent Representatives to the United Nations"),
        ] {
            assert_eq!(addressees_after(t, 0).unwrap(), [office]);
        }
        // Where the formula is lost to a scan, the line before the city still names them.
        let t = "our highest co~~b. President of the General Assembly . To all Permanent Representatives to the United Nations New York PERMANENT MISSION";
        assert_eq!(
            postal_addressees(t),
            ["All Permanent Representatives to the United Nations"]
        );
    }

    #[test]
    fn a_postal_block_wherever_the_page_put_it() {
        // At the foot of the first page, in mid-sentence.
        let t = "Col. Tezer declared the party's . 2/ His Excellency Dr. Kurt Waldheim Secretary-General United Nations New York, N.Y. 10017 - 2 - policy to be the partition";
        assert_eq!(postal_addressees(t), ["Secretary-General"]);
        // After a signature whose "H.E." a scan garbled.
        let t = "Hazem Nuseibeh Ambassador Permanent Representative II. E. Dr. Kurt Wuldheim Secretary-General United Nations Headquarters New York, New York 10017 r 9..";
        assert_eq!(postal_addressees(t), ["Secretary-General"]);
        let t = "H.E. Mr. Mihnea Ioan Motoc President of the Security Council United Nations New York, N.Y. 10017";
        assert_eq!(postal_addressees(t), ["President of the Security Council"]);
        // The Organization after the office's own "of the"; a mission's letterhead before it.
        let t = "PERMANENT MISSION OF THE REPUBLIC OF ZAIRE TO THE UNITED NATIONS NEW YORK, 22 APRIL 1977 HIS EXCELLENCY DR. SIMON ALBERTO CONSALVI PRESIDENT OF THE SECURITY COUNCIL OF THE UNITED NATIONS NEW YORK, N.Y. 10017 NO. MPZ/01/530/77 SIR,";
        assert_eq!(postal_addressees(t), ["President of the Security Council"]);
    }

    #[test]
    fn the_postcode_and_a_copy_line_close_the_block() {
        let t = "my highest consideration. Zenon Rossides Permanent Representative of Cyprus to the United Nations His Excellency U Thant Secretary-General United Nations New York, N.Y. CC Secretary General United Nations New York";
        let c = read(t, 0).unwrap();
        assert_eq!(c.end, t.len());
        let t = "my highest consideration. Dr. A. Esmat Abdel Meguid Ambassador Permanent Representative H.E. Mr. Kurt Waldheim Secretary-General United Nations New York, N.Y. 10017";
        assert_eq!(read(t, 0).unwrap().end, t.len());
        let t = "my highest consideration. Hazem Nuseibeh Ambassador Permanent Representative H.E. Dr. Kurt Waldheim Secretary-General United Nations Headquarters New York, New York 10017 The Washington Post";
        let c = read(t, 0).unwrap();
        assert!(t[c.end..].starts_with(" The Washington"));
        // A sentence after the city is no postcode.
        let t = "my highest consideration. Hazem Nuseibeh Ambassador Permanent Representative H.E. Dr. Kurt Waldheim Secretary-General United Nations New York, New York is a city";
        let c = read(t, 0).unwrap();
        assert!(t[c.end..].starts_with(", New York is"));
    }

    #[test]
    fn no_postal_block_no_addressee() {
        // The office and the Organization in prose, not a block before a city.
        let t = "I wrote to the Secretary-General of the United Nations in New York. The Secretary-General, United Nations officials and others met.";
        assert!(postal_addressees(t).is_empty());
        let t = "the report of the Secretary-General United Nations peacekeeping operations";
        assert!(postal_addressees(t).is_empty());
    }

    #[test]
    fn another_bodys_office_is_no_addressee() {
        let t = "from H.E. Dr Salim Ahmed Salim, Secretary General of the Organisation of African Unity, regarding the proposal of the United Nations Secretary General";
        assert!(address_block(t).is_none_or(|b| b.1.is_empty()));
        let t = "H.E. Mr. Kofi Annan Secretary-General of the United Nations New York";
        assert_eq!(address_block(t).unwrap().1, ["Secretary-General"]);
    }

    #[test]
    fn no_role_no_signer() {
        // A heading or a sentence after the formula is no signature.
        for t in [
            "my highest consideration. Annex Statement by the Ministers",
            "my highest consideration. New York, 12 April 2006",
            "my highest consideration. The Ministers met in Havana",
        ] {
            assert!(read(t, 0).is_none(), "{t}");
        }
    }
}
