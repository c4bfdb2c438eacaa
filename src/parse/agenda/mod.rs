//! Agenda items in the masthead: their numbers ("13", "28 (b)", "20, 64, 71 and 99") and the
//! titles printed after them, run together when there are several.
//!
//! The numbers give the count of titles; the run of titles is cut where the most signs of a new
//! title meet, each boundary weighed on its own, in one pass over the words:
//! - sentence case: a capitalized word after a lowercase one ("… of peace Sustainable
//!   development"), and more so when lowercase words follow it ("Culture of peace"); a capitalized
//!   "The" opens a title ("… Afghanistan The situation in …");
//! - Title Case names: a capitalized word between capitalized ones is inside a name ("Colonial
//!   Countries and Peoples", "Israeli Practices Affecting"), unless it surely opens titles ("…
//!   Africa Report of the International Tribunal …");
//! - the gazetteer's names: no cut inside one; a name after a lowercase noun and before one opens
//!   a title ("… assistance United Nations reform: …"), not after an article ("the major United
//!   Nations conferences"); a title ends on a name ("… of the United Nations Economic and …");
//! - capitals: the words that open titles ([`openers`]), a noun before "of" or "on"
//!   ("DISARMAMENT CONVENTION ON THE …"), not after an opener or "THE" and one word ("THE WHOLE
//!   QUESTION OF"), nor the object of "TO" or an "-ing" verb ("TO ELIMINATE INTERNATIONAL …");
//! - never inside parentheses, after a colon or a semicolon, or one word alone;
//! - sub-items of one item ("97 (a)", "97 (i)") under one title "Item: first; second" each take
//!   "Item: its own" ([`subitems`]).

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
    let names = NameSpans::new(region, &ws);
    let inside = |k: usize| names.inside[k];
    let starts_entity = |k: usize| names.end_of[k].is_some();
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
        // Not before more of a name: "… for the Comprehensive Nuclear-Test-Ban Treaty Organization".
        let name_goes_on = ws
            .get(k + 1)
            .is_some_and(|n| is_capitalized(n.text(region)) && !is_function_word(n.text(region)));
        let gap =
            !capitals && (w == "The" || (sure_opener && !name_goes_on)) && is_function_word(prev);
        // Nor after a colon: "DISARMAMENT: REGIONAL DISARMAMENT" is one title.
        if depth > 0
            || joins
            || !is_capitalized(w)
            || (is_function_word(prev) && !gap)
            || prev.ends_with(':')
            || inside(k)
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
        // What follows the word in sentence case: a lowercase word after
        // it opens a title ("Culture of peace", "United Nations reform"); a capitalized one goes
        // on with a name ("Colonial Countries and Peoples", "Israeli Practices Affecting").
        let opener = if capitals {
            TITLE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w))
        } else {
            one_of(TITLE_OPENERS, w)
        };
        // A name's own start is weighed by what follows it below.
        let follow = if capitals || starts_entity(k) {
            Follow::Unknown
        } else {
            follows(region, &ws, k + 1)
        };
        // Between two capitalized words a capitalized one after them is inside a name.
        match follow {
            Follow::Lower => score += 1,
            // "… in Africa Report of the International Tribunal …": an opener opens, but a noun
            // that ends titles goes on with the name ("the Human Rights of the Palestinian").
            Follow::Capital if !prev_lower && (!opener || one_of(ENDING_NOUNS, w)) => score -= 2,
            Follow::Capital => score -= 1,
            Follow::Unknown => {}
        }
        if starts_entity(k) {
            // "… assistance United Nations reform: …": a name before a lowercase noun opens a
            // title; "… the occupied Syrian Golan over …" stays in its title.
            let modifies = names.end_of[k]
                .and_then(|e| ws.get(e + 1))
                .is_some_and(|n| {
                    let n = n.text(region);
                    !is_function_word(n) && n.chars().next().is_some_and(char::is_lowercase)
                });
            // "… of the major United Nations conferences …": an adjective after an article.
            let after_article = k >= 2 && one_of(&["the", "a", "an"], ws[k - 2].text(region));
            score -= if !capitals && modifies && prev_lower && !after_article {
                1
            } else {
                3
            };
        }
        // "… the Charter of the United Nations Economic and other activities …": a name ends a
        // title there.
        if !capitals && names.ends[k - 1] && names.inside[k - 1] {
            score += 1;
        }
        // "… PRACTICES AFFECTING THE HUMAN RIGHTS …", "NECESSITY OF ENDING THE …": a verb's
        // "-ing" takes the "THE" after it as its object.
        if capitals && w.eq_ignore_ascii_case("the") && takes_an_object(prev) {
            score -= 2;
        }
        // "the Middle East": the second word of a name after "the"; less surely so when it
        // opens titles ("… in Latin America and the Caribbean Measures to eliminate …").
        let second_of_name =
            k >= 2 && is_capitalized(prev) && ws[k - 2].text(region).eq_ignore_ascii_case("the");
        // In capitals "THE WHOLE QUESTION OF" shows no name, but a phrase that goes on.
        if second_of_name {
            let of_phrase = ws
                .get(k + 1)
                .is_some_and(|n| is_function_word(n.text(region)));
            score -= if opener && (!capitals || is_sure_opener(w) || !of_phrase) {
                1
            } else {
                2
            };
        }
        // "… TRADE AND DEVELOPMENT; INTERNATIONAL COOPERATION …": a semicolon parts the
        // sub-items of one title.
        if prev.ends_with(';') {
            score -= 3;
        }
        if opener {
            let any_of = |list: &[&str]| list.iter().any(|o| o.eq_ignore_ascii_case(w));
            // "DEVELOPMENT AND INTERNATIONAL …" joins; "SITUATION AND TO YOUTH" goes on.
            let next = |d: usize| ws.get(k + d).map_or("", |n| n.text(region));
            let and_then_joining = next(1).eq_ignore_ascii_case("and") && is_function_word(next(2));
            let before_joining = is_function_word(next(1)) && !and_then_joining;
            // In capitals: "COMPREHENSIVE REVIEW": an opener after another goes on with its
            // title; "SUSTAINABLE DEVELOPMENT SOCIAL": a noun that mostly ends titles opens one
            // only before a joining word.
            // "INTERNATIONAL COOPERATION FOR …", "COMPREHENSIVE REVIEW OF …": after an opener
            // that ends no title, even before a joining word.
            let after_opener = capitals
                && TITLE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(prev))
                && !ENDING_NOUNS.iter().any(|o| o.eq_ignore_ascii_case(prev));
            score += if !capitals {
                2
            } else if after_opener {
                -1
            } else if before_joining {
                2
            } else if any_of(ENDING_NOUNS) || and_then_joining {
                -1
            } else if any_of(WEAK_OPENERS) {
                1
            } else {
                2
            };
        }
        // In capitals a word no title opens with starts one surely before "of" or "on"
        // ("DISARMAMENT CONVENTION ON THE …"), not after an opener ("INTERNATIONAL ECONOMIC").
        if capitals && !opener {
            let next = ws.get(k + 1).map_or("", |n| n.text(region));
            let joined = next.eq_ignore_ascii_case("of") || next.eq_ignore_ascii_case("on");
            let after_opener = TITLE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(prev))
                && !ENDING_NOUNS.iter().any(|o| o.eq_ignore_ascii_case(prev));
            score += if after_opener {
                -1
            } else if joined {
                1
            } else {
                0
            };
        }
        // "MEASURES TO ELIMINATE INTERNATIONAL TERRORISM": a verb after "TO" takes its object.
        let infinitive = k >= 2
            && ws[k - 2].text(region).eq_ignore_ascii_case("to")
            && !prev.ends_with([',', ';', ':']);
        if capitals && infinitive {
            score -= 2;
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
    let mut cut_at = vec![false; ws.len() + 1];
    let near_cut = |cut_at: &[bool], k: usize| {
        cut_at.get(k - 1).copied().unwrap_or(false) || cut_at.get(k + 1).copied().unwrap_or(false)
    };
    for c in cands.iter().filter(|c| c.0 > 0) {
        if cuts.len() + 1 >= n {
            break;
        }
        let alone = c.1 < 2 || c.1 + 1 >= ws.len() || near_cut(&cut_at, c.1);
        if !alone {
            cuts.push(c.1);
            cut_at[c.1] = true;
        }
    }
    // Titles still missing: a cut between two names that meet ("… of the General Assembly
    // United Nations reform …") is between titles, though each name scores as part of one.
    for c in cands.iter().filter(|c| c.0 <= 0) {
        if cuts.len() + 1 >= n {
            break;
        }
        let names_meet = starts_entity(c.1) && names.ends[c.1 - 1];
        let alone = c.1 < 2 || c.1 + 1 >= ws.len() || near_cut(&cut_at, c.1);
        if names_meet && !alone {
            cuts.push(c.1);
            cut_at[c.1] = true;
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

/// The gazetteer's names of more than one word in a run of titles, by word index: where each
/// ends, which words are inside one, and which words end one. Built in one pass.
struct NameSpans {
    end_of: Vec<Option<usize>>,
    inside: Vec<bool>,
    ends: Vec<bool>,
}

impl NameSpans {
    fn new(region: &str, ws: &[Word]) -> Self {
        let mut spans = NameSpans {
            end_of: vec![None; ws.len()],
            inside: vec![false; ws.len()],
            ends: vec![false; ws.len()],
        };
        let mut k = 0;
        for m in gazetteer::find(region) {
            while k < ws.len() && ws[k].start < m.start {
                k += 1;
            }
            let first = k;
            while k < ws.len() && ws[k].start < m.end {
                if k > first {
                    spans.inside[k] = true;
                }
                k += 1;
            }
            if k > first && ws.get(first).is_some_and(|w| w.start == m.start) {
                spans.ends[k - 1] = true;
                // A name of one word opens nothing the word itself does not.
                if k > first + 1 {
                    spans.end_of[first] = Some(k - 1);
                }
            }
        }
        spans
    }
}

/// What the first content word from word `k` on is, in sentence case.
enum Follow {
    Lower,
    Capital,
    Unknown,
}

/// Reads at most a few joining words from word `k` ("of the", "and") to the next content word:
/// lowercase, or capitalized (a capitalized "The" counts as one: it opens a title).
fn follows(region: &str, ws: &[Word], k: usize) -> Follow {
    for w in ws.iter().skip(k).take(4) {
        let t = w.text(region);
        let capital = t.chars().next().is_some_and(char::is_uppercase);
        if is_function_word(t) && !capital {
            continue;
        }
        return if capital {
            Follow::Capital
        } else if t.chars().next().is_some_and(char::is_lowercase) {
            Follow::Lower
        } else {
            Follow::Unknown
        };
    }
    Follow::Unknown
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

mod openers;
mod subitems;

pub use openers::is_title_opener;
use openers::{is_sure_opener, ENDING_NOUNS, TITLE_OPENERS, WEAK_OPENERS};
pub use subitems::split_titles_of;

#[cfg(test)]
mod tests;
