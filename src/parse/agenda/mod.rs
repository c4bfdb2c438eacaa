//! Agenda items in the masthead: their numbers ("13", "28 (b)", "20, 64, 71 and 99") and the
//! titles printed after them, run together when there are several.

use crate::gazetteer;
use crate::text::one_of;
use crate::text::{
    is_capitalized, is_function_word, latin_lowercase, next_word, one_edit_apart, paren_balance,
    phrase_at, skip_spaces, slice, words, Word,
};

/// Reads "13", "28 (b)", "20, 64, 71, 81, 88 and 99", "21 (d)" — agenda numbers — at `pos`.
/// Returns the numbers, a glued footnote marker if any, and the end.
pub fn agenda_numbers_at(text: &str, pos: usize) -> (Vec<String>, Option<String>, usize) {
    let mut out = Vec::new();
    let mut marker = None;
    let mut cur = pos;
    let mut end = pos;
    loop {
        let p = skip_spaces(text, cur);
        let rest = slice(text, p, text.len());
        let digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 3 {
            break;
        }
        let after = &rest[digits..];
        if after
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '-')
        {
            break;
        }
        let mut number = rest[..digits].to_string();
        let mut e = p + digits;
        // A number split by the scan: "11 2 (e)" is 112 (e). Listed numbers are always
        // separated by a comma or "and"; a lone digit after a bare number continues it.
        if digits <= 2 {
            let q = skip_spaces(text, e);
            let next = super::text::next_word(text, q);
            let lone_digit = next.len() == 1 && next.bytes().all(|b| b.is_ascii_digit());
            if q > e && lone_digit {
                number.push_str(next);
                e = q + 1;
            }
        }
        // Sub-items: " (b)", " (ii)"; more of the same item after it: "72 (k), (l), (q) and
        // (s)", and a range of letters: "20 (b)-(d)".
        if let Some((first, after)) = sub_item_at(text, e) {
            let mut subs = vec![first];
            e = after;
            loop {
                // "(b)-(d)": the letters after the last one read, up to this one.
                let range = ["-", "\u{2013}"]
                    .iter()
                    .find_map(|d| {
                        slice(text, e, text.len())
                            .strip_prefix(d)
                            .map(|_| e + d.len())
                    })
                    .and_then(|q| sub_item_at(text, q));
                let from = subs.last().and_then(|l| single_letter(l));
                if let (Some((to, after)), Some(from)) = (&range, from) {
                    if let Some(to) = single_letter(to) {
                        subs.extend((from + 1..=to).map(|c| char::from(c).to_string()));
                        e = *after;
                        continue;
                    }
                }
                let mut q = e;
                if slice(text, q, text.len()).starts_with(',') {
                    q += 1;
                }
                let q2 = skip_spaces(text, q);
                let q3 = phrase_at(text, q2, "and").map_or(q2, |a| skip_spaces(text, a));
                let Some((sub, after)) = sub_item_at(text, q3) else {
                    break;
                };
                subs.push(sub);
                e = after;
            }
            let base = number;
            let last = subs.pop().unwrap_or_default();
            out.extend(subs.iter().map(|sub| format!("{base} ({sub})")));
            number = format!("{base} ({last})");
        }
        if let Some((m, after)) = glued_marker_at(text, e) {
            marker = Some(m);
            e = after;
        }
        out.push(number);
        end = e;
        // Separators.
        let mut q = e;
        // "47 , 18": a comma the conversion set apart.
        let spaced = skip_spaces(text, e);
        if slice(text, spaced, text.len()).starts_with(',') {
            q = spaced + 1;
        }
        let q2 = skip_spaces(text, q);
        // "and", or the French "et" and the Spanish "y" of "Points 12 et 13", "Temas 12 y 13".
        if let Some(a) = ["and", "et", "y"]
            .iter()
            .find_map(|w| phrase_at(text, q2, w))
        {
            cur = a;
        } else if q > e {
            cur = q;
        } else {
            // A comma lost at a line wrap: "37, 39 48, 53" — a bare number followed by a comma.
            let next = super::text::next_word(text, q2);
            let bare = next.trim_end_matches(',');
            let number =
                !bare.is_empty() && bare.len() <= 3 && bare.bytes().all(|b| b.is_ascii_digit());
            if next.ends_with(',') && number {
                cur = q2;
            } else {
                break;
            }
        }
    }
    (out, marker, end)
}

/// The byte of a sub-item of one letter ("b"), for a range of them.
fn single_letter(sub: &str) -> Option<u8> {
    match sub.as_bytes() {
        [b] => Some(*b),
        _ => None,
    }
}

/// A sub-item at `pos` after spaces: " (b)", " (ii)" — its letters and its end.
fn sub_item_at(text: &str, pos: usize) -> Option<(String, usize)> {
    let sub = slice(text, pos, text.len());
    let sub_trim = sub.trim_start();
    let inner = sub_trim.strip_prefix('(')?;
    let close = inner.find(')').filter(|&c| (1..=4).contains(&c))?;
    let letters = &inner[..close];
    // "(b)", or "(B)" on a line printed in capitals.
    let one_case = letters.chars().all(|c| c.is_ascii_lowercase())
        || letters.chars().all(|c| c.is_ascii_uppercase());
    one_case.then(|| {
        (
            letters.to_string(),
            pos + (sub.len() - sub_trim.len()) + 1 + close + 1,
        )
    })
}

/// Words that typically open an agenda item title.
const TITLE_OPENERS: &[&str] = &[
    "The",
    "Question",
    "Questions",
    "Report",
    "Reports",
    "Measures",
    "Promotion",
    "Elections",
    "Election",
    "Implementation",
    "Follow-up",
    "Sustainable",
    "Macroeconomic",
    "Information",
    "Integrated",
    "Strengthening",
    "Prevention",
    "Global",
    "Situation",
    "Agriculture",
    "Appointments",
    "Financing",
    "Globalization",
    "Eradication",
    "Advancement",
    "Right",
    "Rights",
    "Elimination",
    "Comprehensive",
    "General",
    "Culture",
    "Towards",
    "Return",
    "Cooperation",
    "Co-operation",
    "Scale",
    "Programme",
    "Administrative",
    "Review",
    "Status",
    // The General Assembly's standing items ("Human rights questions", "Maintenance of
    // international security", "Consequences of the Iraqi occupation …", "Oceans and the law of
    // the sea", "Crime prevention and criminal justice").
    "Human",
    "Maintenance",
    "Consequences",
    "Development",
    "Causes",
    "Conclusion",
    "Necessity",
    "Protracted",
    "Permanent",
    "Social",
    "Groups",
    "Oceans",
    "Crime",
    "Zone",
    "Assistance",
    "Effects",
    "Admission",
    "International",
    "Environment",
    "Illegal",
    "Operational",
    "Revitalization",
    // "Consolidation of the regime established by the Treaty …", "… of peace through practical
    // disarmament measures".
    "Consolidation",
    "Peaceful",
];

/// Openers that mostly end titles ("SUSTAINABLE DEVELOPMENT", "HUMAN RIGHTS QUESTIONS").
const ENDING_NOUNS: &[&str] = &[
    "Development",
    "Questions",
    "Rights",
    "Cooperation",
    "Co-operation",
    "Assistance",
];

/// Openers that also end or run inside titles ("HUMAN RIGHTS QUESTIONS", "ECONOMIC COOPERATION
/// ENVIRONMENT …"): in capitals, sure openers only before a joining word ("QUESTION OF").
const WEAK_OPENERS: &[&str] = &[
    "Question",
    "Questions",
    "Right",
    "Rights",
    "Cooperation",
    "Co-operation",
    "General",
    "Human",
    "Social",
    "Development",
    "Assistance",
    "Status",
    "Situation",
    "Review",
    "Programme",
    "Global",
    "Information",
    "Zone",
    "Groups",
    "Effects",
    "Permanent",
    "International",
];

/// Whether `w` opens agenda titles and is none of the [`WEAK_OPENERS`] (which hold the
/// [`ENDING_NOUNS`]), in any case ("MACROECONOMIC", "Promotion").
fn is_sure_opener(w: &str) -> bool {
    is_title_opener(w) && !WEAK_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w))
}

/// Whether `w` opens agenda titles, in any case ("MAINTENANCE", "Question").
pub fn is_title_opener(w: &str) -> bool {
    TITLE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w))
}

/// Splits run-together agenda titles ("The situation in the Middle East Question of Palestine")
/// into `n` titles. Agenda titles are in sentence case, so a new title starts at a capitalized
/// word after a lowercase word; proper names (States, organs, "Middle East") are not split.
/// Each candidate boundary gets a score and the best `n - 1` are kept.
pub fn split_titles(region: &str, n: usize) -> Vec<Option<String>> {
    let region = super::title::trim_heading_end(region.trim());
    // Leftover numbers are no title.
    let numbers_only = region
        .split(' ')
        .all(|w| w == "and" || w.trim_end_matches(',').bytes().all(|b| b.is_ascii_digit()));
    let region = if numbers_only { "" } else { region };
    if n == 0 {
        return Vec::new();
    }
    if region.is_empty() {
        return vec![None; n];
    }
    if n == 1 {
        return vec![Some(region.to_string())];
    }
    let ws: Vec<Word> = words(region);
    let entities = gazetteer::find(region);
    let inside = |pos: usize| entities.iter().any(|m| m.start < pos && pos < m.end);
    let starts_entity = |pos: usize| {
        entities.iter().any(|m| {
            m.start == pos && m.end > ws.iter().find(|w| w.start == pos).map_or(pos, |w| w.end)
        })
    };
    // Titles in capitals ("QUESTION OF CYPRUS THE RISK OF …") show no case change at a boundary:
    // there only the words that open a title tell where one starts, "THE" among them.
    let capitals = !region.chars().any(char::is_lowercase);
    let mut cands: Vec<(i32, usize)> = Vec::new(); // (score, word index)
                                                   // No title ends inside parentheses: "(Habitat II)".
    let mut depth = 0i32;
    for k in 1..ws.len() {
        let w = ws[k].text(region);
        let prev = ws[k - 1].text(region);
        depth = (depth + paren_balance(prev)).max(0);
        // No title starts with a joining word ("REPORT | OF THE …"), "The" aside.
        let joins = is_function_word(w) && !w.eq_ignore_ascii_case("the");
        // "… the occupied territories of The rule of law …", "… of Promotion and protection …":
        // in sentence case a "The" or a sure opener after a joining word starts a title, the
        // name between them cut out by the source.
        // Not inside a name of capitalized words: "Conference on Financing for Development".
        let sure_opener = one_of(TITLE_OPENERS, w)
            && is_sure_opener(w)
            && k >= 2
            && !is_capitalized(ws[k - 2].text(region));
        let gap = !capitals && (w == "The" || sure_opener) && is_function_word(prev);
        // Nor after a colon: "DISARMAMENT: REGIONAL DISARMAMENT" is one title.
        if depth > 0
            || joins
            || !is_capitalized(w)
            || (is_function_word(prev) && !gap)
            || prev.ends_with(':')
            || inside(ws[k].start)
        {
            continue;
        }
        let mut score = 0;
        let prev_lower = prev
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || c == '(')
            || prev.ends_with(')');
        if prev_lower {
            score += 3;
        } else {
            score += 1;
        }
        if starts_entity(ws[k].start) {
            score -= 3;
        }
        // "… PRACTICES AFFECTING THE HUMAN RIGHTS …", "NECESSITY OF ENDING THE …": a verb's
        // "-ing" takes the "THE" after it as its object.
        if capitals && w.eq_ignore_ascii_case("the") && takes_an_object(prev) {
            score -= 2;
        }
        let opener = if capitals {
            TITLE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w))
        } else {
            one_of(TITLE_OPENERS, w)
        };
        // "the Middle East": the second word of a name after "the"; less surely so when it
        // opens titles ("… in Latin America and the Caribbean Measures to eliminate …").
        let second_of_name =
            k >= 2 && is_capitalized(prev) && ws[k - 2].text(region).eq_ignore_ascii_case("the");
        if second_of_name {
            score -= if opener { 1 } else { 2 };
        }
        if opener {
            let any_of = |list: &[&str]| list.iter().any(|o| o.eq_ignore_ascii_case(w));
            // "DEVELOPMENT AND INTERNATIONAL …" joins; "SITUATION AND TO YOUTH" goes on.
            let next = |d: usize| ws.get(k + d).map_or("", |n| n.text(region));
            let before_joining = is_function_word(next(1))
                && (!next(1).eq_ignore_ascii_case("and") || !is_function_word(next(2)));
            // In capitals: "COMPREHENSIVE REVIEW": an opener after another goes on with its
            // title; "SUSTAINABLE DEVELOPMENT SOCIAL": a noun that mostly ends titles opens one
            // only before a joining word.
            let after_opener = capitals && is_sure_opener(prev);
            score += if !capitals || before_joining {
                2
            } else if after_opener || any_of(ENDING_NOUNS) {
                0
            } else if any_of(WEAK_OPENERS) {
                1
            } else {
                2
            };
        }
        cands.push((score, k));
    }
    // Best score first, then in text order (the order they were pushed in).
    super::text::sort_by_key(&mut cands, |c| {
        (i64::from(i32::MAX) - i64::from(c.0)) as u64
    });
    // A cut inside a name ("the Middle | East") is never made: more numbers than titles
    // leave the last numbers without one.
    // No title is one word: a cut next to one already made, or one word from either end, is
    // passed over ("POLICY | QUESTIONS | SUSTAINABLE").
    let mut cuts: Vec<usize> = Vec::with_capacity(n - 1);
    for c in cands.iter().filter(|c| c.0 > 0) {
        if cuts.len() + 1 >= n {
            break;
        }
        let alone = c.1 < 2 || c.1 + 1 >= ws.len() || cuts.iter().any(|&k| k.abs_diff(c.1) < 2);
        if !alone {
            cuts.push(c.1);
        }
    }
    // Titles still missing: a cut between two names that meet ("… of the General Assembly
    // United Nations reform …") is between titles, though each name scores as part of one.
    for c in cands.iter().filter(|c| c.0 <= 0) {
        if cuts.len() + 1 >= n {
            break;
        }
        let at = ws[c.1].start;
        let names_meet = starts_entity(at) && entities.iter().any(|m| m.end == ws[c.1 - 1].end);
        let alone = c.1 < 2 || c.1 + 1 >= ws.len() || cuts.iter().any(|&k| k.abs_diff(c.1) < 2);
        if names_meet && !alone {
            cuts.push(c.1);
        }
    }
    super::text::sort_by_key(&mut cuts, |&c| c as u64);
    let mut out = Vec::with_capacity(n);
    let mut from = 0;
    for &k in &cuts {
        let t = super::title::trim_heading_end(slice(region, from, ws[k].start).trim());
        out.push(Some(t.to_string()));
        from = ws[k].start;
    }
    out.push(Some(slice(region, from, region.len()).trim().to_string()));
    while out.len() < n {
        out.push(None);
    }
    out
}

/// Whether `w` is a verb's "-ing" form that takes an object ("AFFECTING", "ENDING"), not one of
/// the nouns in "-ing" that end agenda titles ("PROGRAMME PLANNING", "PEACEKEEPING").
fn takes_an_object(w: &str) -> bool {
    const NOUNS: &[&str] = &[
        "planning",
        "financing",
        "peacekeeping",
        "peace-keeping",
        "building",
        "meeting",
        "training",
        "trafficking",
        "housing",
        "peacebuilding",
        "spring",
        "beijing",
    ];
    let low = latin_lowercase(w.trim_end_matches([',', ';']));
    low.len() > 5 && low.ends_with("ing") && !one_of(NOUNS, low.as_str())
}

/// "Agenda iem 35", "Agenda ltem 7", "Agenda itern 12": "item" one letter off, as typed or
/// scanned, after "Agenda". Returns the end of the damaged word.
pub fn ocr_agenda_item_at(text: &str, pos: usize) -> Option<usize> {
    let p = skip_spaces(text, phrase_at(text, pos, "agenda")?);
    let word = next_word(text, p);
    let w = latin_lowercase(word);
    (one_edit_apart(&w, "item") || one_edit_apart(&w, "items")).then_some(p + word.len())
}

/// A footnote marker glued to what precedes it ("13*", "list**"): the marker and its end.
pub fn glued_marker_at(text: &str, pos: usize) -> Option<(String, usize)> {
    let stars = slice(text, pos, text.len())
        .bytes()
        .take_while(|&b| b == b'*')
        .count();
    (stars > 0).then(|| ("*".repeat(stars), pos + stars))
}

/// A footnote marker standing apart, with the scan's marks around it ("|*|", "[*]"):
/// its number of stars and its end.
pub fn loose_marker_at(text: &str, pos: usize) -> Option<(String, usize)> {
    let p = skip_spaces(text, pos);
    let w = next_word(text, p);
    let stars = w.bytes().filter(|&b| b == b'*').count();
    let boxed = w
        .bytes()
        .all(|b| matches!(b, b'*' | b'|' | b'[' | b']' | b'(' | b')'));
    (stars > 0 && stars <= 3 && boxed).then(|| ("*".repeat(stars), p + w.len()))
}

#[cfg(test)]
mod tests;
