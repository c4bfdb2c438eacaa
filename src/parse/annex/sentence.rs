//! Where an annex's text begins after its title: the first sentence, told by a verb, an
//! opener, a date line, a numbered paragraph (a roman one not after a comma: "…, V. Putin" is
//! a name's initial) or a styled person.

use crate::gazetteer;
use crate::text::{
    find_dates, is_capitalized, is_function_word, one_of, prev_word, slice, SENTENCE_OPENERS,
};

/// Lowercase words that show the word before them is the subject of a sentence.
pub(super) const VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "may",
    "must",
    "expresses",
    "express",
    "reaffirms",
    "reaffirm",
    "welcomes",
    "welcome",
    "notes",
    "note",
    "takes",
    "attaches",
    "presents",
    "supports",
    "support",
    "believes",
    "believe",
    "considers",
    "remains",
    "reiterates",
    "reiterate",
    "condemns",
    "condemn",
    "calls",
    "call",
    "emphasizes",
    "emphasize",
    "stresses",
    "underlines",
    "recognizes",
    "declares",
    "affirms",
    "agree",
];

/// Whether `w` is one of [`VERBS`]: they all start with an ASCII lower-case letter, so the list
/// is read only for a word that does.
pub(super) fn is_verb(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) && one_of(VERBS, w)
}

/// Prepositions and conjunctions of Spanish and French that a name goes on after.
const ROMANCE_JOINERS: &[&str] = &[
    "de", "del", "al", "a", "à", "en", "y", "e", "et", "du", "des", "por", "par", "sur", "con",
    "avec", "pour", "para", "sobre", "entre",
];

/// Whether the words after an opening "The" run into a new heading line (a capitalized word
/// after a lowercase word or a number) before any verb: "The Netherlands' candidacy for
/// re-election … for the period 2007-2010 Voluntary pledges …" is a title, "The Ministers …
/// express" a sentence.
fn verbless_heading(region: &str, ws: &[crate::text::Word]) -> bool {
    for k in 1..ws.len().min(30) {
        let t = ws[k].text(region).trim_end_matches([',', ';', ':']);
        if is_verb(t) {
            return false;
        }
        let prev = ws[k - 1].text(region);
        let after_lower = prev
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
            && !is_function_word(prev);
        if after_lower && is_capitalized(t) && !is_function_word(t) {
            return true;
        }
    }
    false
}

/// The offset in `region` where the first sentence begins (or its length).
pub(super) fn sentence_start(region: &str) -> usize {
    // Only the first 62 words are read (the loop below stops after word 61 and looks one word
    // ahead), and only mentions that start among them: an annex may run for megabytes.
    let ws = crate::text::first_words(region, 63);
    let bound = if ws.len() < 63 {
        region.len()
    } else {
        ws.last().map_or(region.len(), |w| w.end)
    };
    // The mentions are read only where a verb follows a word, which few titles have.
    let mut ents: Option<Vec<_>> = None;
    // A title that ends with its date ("… held at Bridgetown from 3 to 7 July 1996 Heads of
    // Government in attendance were"): the text begins at the capital after the year.
    let dates = find_dates(slice(region, 0, bound));
    let after_date = |k: usize| {
        dates.iter().any(|d| {
            d.end == ws[k - 1].end && !prev_word(region, d.start).eq_ignore_ascii_case("the")
        })
    };
    for (k, w) in ws.iter().enumerate() {
        let t = w.text(region);
        if k == 0 {
            if one_of(SENTENCE_OPENERS, t) && !(t == "The" && verbless_heading(region, &ws)) {
                return 0;
            }
            continue;
        }
        let prev = ws[k - 1].text(region);
        if t == "The" && !is_function_word(prev) {
            return w.start;
        }
        // The Spanish and French versions' "The" ("Nota al Ministerio de … China El Ministerio"),
        // in a title in those languages ("… at Sharm El Sheikh" is English), unless a
        // preposition names a place by it ("Declaración de La Habana", "… in El Salvador").
        if one_of(&["El", "La", "Los", "Las", "Le", "Les"], t)
            && !one_of(ROMANCE_JOINERS, prev)
            && !is_function_word(prev)
            && ws[..k]
                .iter()
                .any(|x| one_of(&["de", "del", "al", "du", "des"], x.text(region)))
        {
            return w.start;
        }
        // ("… 17 NOVEMBER 1950 TO 17 FEBRUARY 1951": a joining word goes on with the title.)
        if is_capitalized(t) && after_date(k) && !is_function_word(t) {
            return w.start;
        }
        // A title that closes on its period or year in parentheses ("… (April 2020)
        // Introduction", "… resolution 1540 (2004) Summary").
        let period_closes = prev
            .strip_suffix(')')
            .is_some_and(|y| is_year(y.strip_prefix('(').unwrap_or(y)));
        if period_closes && is_capitalized(t) {
            return w.start;
        }
        // A section numbered in roman figures ("… (October 2014) III. Middle East The situation").
        let roman = t.strip_suffix('.').is_some_and(|r| {
            !r.is_empty() && r.len() <= 5 && r.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        });
        let next_cap = ws
            .get(k + 1)
            .is_some_and(|n| is_capitalized(n.text(region)));
        // ("… of the Russian Federation, V. Putin": after a comma, a name's initial.)
        if roman && next_cap && !is_function_word(prev) && !prev.ends_with(',') {
            return w.start;
        }
        // "… Secretary-General In his letter": an opener before a lowercase word.
        // A date after a preposition opens one too: "… memorandum On 2 August 1998, the …".
        let dated = matches!(t, "On" | "In" | "By" | "Since" | "During")
            && crate::text::date_at(region, ws.get(k + 1).map_or(region.len(), |n| n.start))
                .is_some();
        let next_lower = dated
            || ws.get(k + 1).is_some_and(|n| {
                n.text(region)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
            });
        // "… South-Eastern Europe We, the Heads of State": an opener with its comma too.
        let bare = t.strip_suffix(',').unwrap_or(t);
        // ("… Monitoring Group on Afghanistan Established Pursuant to …": the body a title names
        // is established pursuant to a resolution.)
        let established = t == "Pursuant" && prev.eq_ignore_ascii_case("established");
        if one_of(SENTENCE_OPENERS, bare)
            && t != "The"
            && next_lower
            && !is_function_word(prev)
            && !established
        {
            return w.start;
        }
        // "… on Yemen Throughout the reporting period, …", "… the city of Sevastopol
        // Reconfirming its devotion to …": a sentence's or a preamble's first word, a
        // participle of a declaration's clause, before an article or a possessive.
        let determiner = ws.get(k + 1).is_some_and(|n| {
            one_of(
                &["the", "its", "their", "our", "his", "her"],
                n.text(region),
            )
        });
        let participle = t.len() >= 8 && t.ends_with("ing") && is_capitalized(t);
        if (participle || t == "Throughout") && determiner && !is_function_word(prev) {
            return w.start;
        }
        if super::super::paragraphs::is_numbered_marker(region, w.start) && !prev.ends_with(',') {
            return w.start;
        }
        if t.starts_with('\u{2022}') {
            return w.start;
        }
        // "… conference on Darfur His Excellency Mr. Bernard Kouchner … visited": a person
        // styled after a word that could end a heading is the subject of a sentence.
        let styled = matches!(t, "His" | "Her")
            && ws
                .get(k + 1)
                .is_some_and(|n| n.text(region) == "Excellency");
        if styled && !is_function_word(prev) {
            return w.start;
        }
        // "… occupied Arab territories President Mubarak and the Egyptian people as a whole are
        // following": a capital after a lowercase word, and a verb a few words on.
        // The subject starts at the last such capital before the verb ("occupied Arab
        // territories President …": not at "Arab").
        let opens = |j: usize| {
            let (p, t) = (ws[j - 1].text(region), ws[j].text(region));
            p.chars().next().is_some_and(char::is_lowercase)
                && p.chars().all(char::is_alphabetic)
                && !is_function_word(p)
                && is_capitalized(t)
                && !is_function_word(t)
        };
        if opens(k) {
            let reach = ws.len().min(k + 12);
            let verb = (k + 1..reach).find(|&j| is_verb(ws[j].text(region)));
            if verb.is_some_and(|v| !(k + 1..v).any(opens)) {
                return w.start;
            }
        }
        if let Some(next) = ws.get(k + 1) {
            let n = next.text(region);
            if is_verb(n) && !t.ends_with(',') {
                // The subject may be a name of several words: start where it starts.
                let subj = ents
                    .get_or_insert_with(|| {
                        gazetteer::find_iter(region)
                            .take_while(|m| m.start < bound)
                            .collect()
                    })
                    .iter()
                    .find(|m| m.end == w.end && m.start <= w.start)
                    .map_or(w.start, |m| m.start);
                let before = prev_word(region, subj);
                if is_capitalized(t) && !is_function_word(before) {
                    return subj;
                }
            }
        }
        if k > 60 {
            break;
        }
    }
    region.len()
}

/// Four figures: "2014".
pub(super) fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}
