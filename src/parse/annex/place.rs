//! The place-and-date line of an annex head: "New York, 26 September 2009", "Moscow, 26 May
//! 2020", "DOHA, STATE OF QATAR 17-19 DHUL QAADAH 1418 H (15-17 MARCH, 1998)".

use super::is_year;
use crate::gazetteer::{self, Entity};
use crate::text::one_of;
use crate::text::{is_capitalized, is_function_word, latin_lowercase, words};

/// Hijri months as UN documents spell them, one word of each ("Dhul Qaadah", "Rabiul Awal").
const HIJRI_MONTHS: &[&str] = &[
    "muharram", "safar", "rabi", "rabiul", "rabi'", "jumada", "jumadal", "rajab", "shaaban",
    "shaban", "sha'ban", "shaa'ban", "ramadan", "shawwal", "dhul", "thul", "zul",
];

/// A place and a dateline in `title` that find_dates does not read as one date: a day or a
/// span of days ("17-19", "(6-7"), then a month, Gregorian or Hijri; a place must stand before
/// it ("Doha, State of Qatar", "Cairo-Arab Republic of Egypt"). Returns where the place begins
/// and the line from there on, as printed.
pub(super) fn dateline(title: &str) -> Option<(usize, String)> {
    let ws = words(title);
    for k in 1..ws.len().saturating_sub(1) {
        let day = ws[k].text(title).trim_start_matches('(');
        let days = day
            .split(['-', '\u{2013}'])
            .all(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()));
        let month = latin_lowercase(ws[k + 1].text(title).trim_end_matches([',', '.']));
        let is_month =
            crate::text::month_number_of(&month).is_some() || one_of(HIJRI_MONTHS, month.as_str());
        if !(days && is_month) {
            continue;
        }
        // The place must name a State or a city the gazetteer knows: "held on Wednesday, 4
        // Rabiul Awal" has a day's name before its date, no place.
        let (start, place) = place_before(title, ws[k].start);
        let named = place.as_deref().is_some_and(|p| {
            gazetteer::find(p)
                .iter()
                .any(|m| matches!(m.entity, Entity::State(_) | Entity::Place(_)))
        });
        if named && start > 0 {
            return Some((start, title[start..].trim().to_string()));
        }
    }
    None
}

/// The place before a date at `date_start`: a known city ("New York", "Moscow,"), optionally
/// after "United Nations –", or capitalized words followed by a comma. Skips a Hijri date
/// ("30 Shaa'ban 1422H"). Returns where the place line begins and the place.
pub(super) fn place_before(region: &str, date_start: usize) -> (usize, Option<String>) {
    let mut end = region[..date_start].trim_end().len();
    // "… 1420H (1 OCTOBER 1999)": a Gregorian equivalent in parentheses.
    if let Some(h) = region[..end].strip_suffix('(') {
        end = h.trim_end().len();
    }
    // A Hijri date before it: a day, a month of one or two words, a year ending in H —
    // "30 Shaa'ban 1422H", "21 JUMADA AL-THANI, 1420H", "4 Rabiul Awal 1410 H".
    let ws = words(&region[..end]);
    if let Some(last) = ws.last() {
        let y = last.text(region).trim_end_matches(',');
        let digits = y.trim_end_matches(['H', 'A']).trim_end();
        // "19 Rajab 1415": a year of the Hijra without its H, after a Hijri month.
        let bare_hijri = is_year(y)
            && ws.iter().rev().skip(1).take(3).any(|w| {
                let m = latin_lowercase(w.text(region).trim_end_matches(','));
                one_of(HIJRI_MONTHS, m.as_str())
            });
        let hijri_year = (y.ends_with('H') && digits.bytes().all(|b| b.is_ascii_digit()))
            || y == "H"
            || y == "AH"
            || bare_hijri;
        if hijri_year {
            let day = ws.iter().rev().skip(1).take(5).find(|w| {
                let t = w.text(region);
                (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
            });
            if let Some(d) = day {
                end = region[..d.start].trim_end().len();
            }
        }
    }
    let head = &region[..end];
    let comma = head.ends_with(',');
    let head_trim = head.trim_end_matches([',', ' ', '\u{2013}', '-']);
    let ents = gazetteer::find(head_trim);
    if let Some(m) = ents.last().filter(|m| m.end == head_trim.len()) {
        // "Manamah, the State of Bahrain,", "DOHA, STATE OF QATAR", "CAIRO-ARAB REPUBLIC OF
        // EGYPT": a city before its State.
        let city = matches!(m.entity, Entity::State(_))
            .then(|| city_before(head_trim, m.start))
            .flatten();
        let is_place = matches!(m.entity, Entity::Place(_))
            || (comma && matches!(m.entity, Entity::State(_)))
            || city.is_some();
        if is_place {
            let mut s = city.unwrap_or(m.start);
            // "United Nations – New York", "United Nations Headquarters, New York".
            let lead = head_trim[..s].trim_end();
            for prefix in [
                "United Nations \u{2013}",
                "United Nations -",
                "United Nations Headquarters,",
                "United Nations,",
            ] {
                let cut = lead.len().saturating_sub(prefix.len());
                if lead
                    .get(cut..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(prefix))
                {
                    s = cut;
                }
            }
            return (s, Some(head_trim[s..].to_string()));
        }
    }
    if comma {
        // Up to three capitalized words before the comma: "Brasilia,", "San José,".
        let ws: Vec<&str> = head_trim.split(' ').collect();
        let n = ws
            .iter()
            .rev()
            .take(3)
            .take_while(|w| is_capitalized(w))
            .count();
        if n > 0 {
            let take: usize = ws[ws.len() - n..].iter().map(|x| x.len()).sum::<usize>() + n - 1;
            let s = head_trim.len() - take;
            return (s, Some(head_trim[s..].to_string()));
        }
    }
    (end.min(date_start), None)
}

/// The start of a city before a State's name at `state` ("Manamah, the ", "DOHA, ", "CAIRO-"):
/// a capitalized word, then a comma or a hyphen, then "the" or nothing.
fn city_before(head: &str, state: usize) -> Option<usize> {
    let lead = head[..state].trim_end();
    let lead = ["the", "THE"]
        .iter()
        .find_map(|t| lead.strip_suffix(t).filter(|l| l.ends_with(' ')))
        .map_or(lead, str::trim_end);
    let lead = lead.strip_suffix([',', '-'])?;
    let ws: Vec<&str> = lead.split(' ').collect();
    // One word: a title's last words are capitalized too ("… Supreme Council Manamah,").
    let n = ws
        .iter()
        .rev()
        .take(1)
        .take_while(|w| {
            is_capitalized(w)
                && !is_function_word(w)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
        })
        .count();
    if n == 0 {
        return None;
    }
    let take: usize = ws[ws.len() - n..].iter().map(|x| x.len()).sum::<usize>() + n - 1;
    Some(lead.len() - take)
}
