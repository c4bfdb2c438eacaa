//! Front matter: everything before the title — the masthead ("United Nations A/64/842-S/2010/331
//! Distr.: General 24 June 2010 Original: English"), organ names, session and year lines,
//! agenda items with their titles, and footnote texts placed there.

mod romance;

use super::agenda::{
    agenda_numbers_at, glued_marker_at, is_title_opener, loose_marker_at, ocr_agenda_item_at,
    split_titles_of,
};
use crate::model::{AgendaItem, Masthead, Session, SessionKind};
use crate::text::{
    date_at, is_function_word, latin_lowercase, latin_upper_first, ordinal_at, phrase_at,
    skip_spaces, slice, symbol_at, words,
};

/// What the front matter says.
#[derive(Debug, Default)]
pub struct Front {
    pub symbol: Option<String>,
    pub masthead: Masthead,
    pub session: Option<Session>,
    pub sc_year: Option<u32>,
    pub agenda: Vec<AgendaItem>,
    /// A footnote marker glued to the agenda line ("preliminary list*").
    pub agenda_marker: Option<String>,
    /// Words the parser did not recognize, joined.
    pub unknown: Vec<String>,
}

const ORGANS: &[(&str, &str)] = &[
    ("general assembly", "General Assembly"),
    ("security council", "Security Council"),
    ("economic and social council", "Economic and Social Council"),
    ("trusteeship council", "Trusteeship Council"),
];

const LANGS: &[&str] = &[
    "english", "french", "spanish", "russian", "arabic", "chinese",
];

fn title_case(w: &str) -> String {
    latin_upper_first(&latin_lowercase(w))
}

/// Session or year line at `pos`: returns (what, end).
enum Line {
    Session(Session),
    Year(u32),
}

fn english_session_line_at(text: &str, pos: usize) -> Option<(Line, usize)> {
    let (n, e) = ordinal_at(text, pos)?;
    let p = skip_spaces(text, e);
    for (phrase, kind) in [
        ("emergency special session", SessionKind::EmergencySpecial),
        ("special session", SessionKind::Special),
        ("regular session", SessionKind::Regular),
        ("session", SessionKind::Regular),
    ] {
        if let Some(end) = phrase_at(text, p, phrase) {
            let printed = slice(text, pos, end).to_string();
            return Some((
                Line::Session(Session {
                    number: Some(n),
                    kind,
                    text: printed,
                }),
                end,
            ));
        }
    }
    phrase_at(text, p, "year").map(|end| (Line::Year(n), end))
}

/// A session or year line at `pos`, in English, French or Spanish.
fn session_line_at(text: &str, pos: usize) -> Option<(Line, usize)> {
    english_session_line_at(text, pos).or_else(|| romance::session_line_at(text, pos))
}

fn organ_at(text: &str, pos: usize) -> Option<(&'static str, usize)> {
    ORGANS
        .iter()
        .find_map(|(p, canon)| phrase_at(text, pos, p).map(|e| (*canon, e)))
}

/// Whether an agenda title region stops at `pos`: a new masthead line begins there.
fn stops_titles(text: &str, pos: usize) -> bool {
    // "… DOCUMENT OF THE TWELFTH SPECIAL SESSION …": a session a title names, not a line.
    let named = || {
        let prev = super::text::prev_word(text, pos);
        super::text::is_function_word(prev) || romance::is_article(prev)
    };
    if (session_line_at(text, pos).is_some() && !named())
        || phrase_at(text, pos, "distr.").is_some()
    {
        return true;
    }
    if let Some((_, e)) = organ_at(text, pos) {
        // "… related to the Security Council": part of a title.
        if super::text::is_function_word(super::text::prev_word(text, pos)) {
            return false;
        }
        let p = skip_spaces(text, e);
        return session_line_at(text, p).is_some()
            || p >= text.len()
            || phrase_at(text, p, "agenda").is_some();
    }
    let w = super::text::next_word(text, pos);
    // A symbol or a job number ends the masthead ("… TERRORISM 140695/...", "… (Malvinas)
    // United Nations Document A/66/653"), with the label before it.
    let symbol = |w: &str| w.contains('/') && w.bytes().any(|b| b.is_ascii_digit());
    let labelled = phrase_at(text, pos, "united nations document")
        .or_else(|| phrase_at(text, pos, "document"))
        .is_some_and(|e| symbol(super::text::next_word(text, skip_spaces(text, e))));
    matches!(w, "*" | "**" | "***")
        || phrase_at(text, pos, "agenda item").is_some()
        || symbol(w)
        || labelled
}

/// Where an organ's masthead line begins inside the word `text[start..end]`, glued to a
/// title's last word in capitals ("INITIATIVESSECURITY COUNCIL Forty-third year").
fn glued_line_start(text: &str, start: usize, end: usize) -> Option<usize> {
    let w = slice(text, start, end);
    w.char_indices()
        .skip(3)
        .find(|&(k, c)| {
            c.is_ascii_uppercase()
                && w[..k].ends_with(|p: char| p.is_ascii_uppercase())
                && organ_at(text, start + k).is_some()
                && stops_titles(text, start + k)
        })
        .map(|(k, _)| start + k)
}

/// Parses the front matter `text` (everything before the title).
pub fn parse(text: &str) -> Front {
    let mut f = Front::default();
    let ws = words(text);
    let mut i = 0;
    let mut symbols: Vec<String> = Vec::new();
    let mut unknown_run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, f: &mut Front| {
        if !run.is_empty() {
            f.unknown.push(run.join(" "));
            run.clear();
        }
    };
    while i < ws.len() {
        let w = ws[i];
        let wt = w.text(text);
        let next_index = |end: usize| ws.iter().position(|x| x.start >= end).unwrap_or(ws.len());
        // "United Nations" and the logo letter.
        if let Some(e) = phrase_at(text, w.start, "united nations") {
            // Inside a run of words: "CO-OPERATION BETWEEN THE UNITED NATIONS AND …".
            if unknown_run.last().is_some_and(|l| is_function_word(l)) {
                unknown_run.push(slice(text, w.start, e));
                i = next_index(e);
                continue;
            }
            flush(&mut unknown_run, &mut f);
            i = next_index(e);
            continue;
        }
        if matches!(wt, "A" | "S" | "E") && i + 1 < ws.len() {
            i += 1;
            continue;
        }
        // Symbols, possibly joined by dashes or glued; in parentheses where a web copy prints
        // them by the date ("4 October 2000 (A/55/450, S/2000/957)").
        let sym = w.start + usize::from(wt.starts_with('(') && wt.len() > 1);
        if symbol_at(text, sym).is_some() {
            flush(&mut unknown_run, &mut f);
            let mut p = sym;
            while let Some(e) = symbol_at(text, p) {
                let s = slice(text, p, e).to_string();
                // Only the first group is the document's symbol; later ones are headers.
                if f.symbol.is_none() && !symbols.contains(&s) {
                    symbols.push(s);
                }
                p = e;
                let rest = slice(text, p, text.len());
                let sep = rest.trim_start_matches([' ', ',', '-', '\u{2013}', '\u{2014}']);
                let sep_len = rest.len() - sep.len();
                if sep_len <= 3 && symbol_at(text, p + sep_len).is_some() {
                    p += sep_len;
                } else {
                    break;
                }
            }
            if f.symbol.is_none() {
                f.symbol = Some(symbols.join("-"));
            }
            i = next_index(p);
            continue;
        }
        if phrase_at(text, w.start, "distr.").is_some()
            || phrase_at(text, w.start, "distr.:").is_some()
        {
            flush(&mut unknown_run, &mut f);
            // "Distr. GENERAL", or a word or two later where the layout interleaved the
            // columns ("Distr. Security Council GENERAL").
            let kinds = ["general", "limited", "restricted"];
            let found = ws[i + 1..ws.len().min(i + 5)]
                .iter()
                .map(|n| n.text(text).trim_end_matches(['.', ',']))
                .find(|t| kinds.iter().any(|k| k.eq_ignore_ascii_case(t)));
            if let Some(n) = found.or_else(|| {
                ws.get(i + 1)
                    .map(|n| n.text(text).trim_end_matches(['.', ',']))
            }) {
                f.masthead.distribution = Some(title_case(n));
            }
            i += 2;
            continue;
        }
        // The date of issue, as the English, Spanish or French versions print it.
        let date = date_at(text, w.start)
            .map(|d| (d.iso, d.end))
            .or_else(|| super::title::romance_date_at(text, w.start));
        if let Some((iso, end)) = date {
            flush(&mut unknown_run, &mut f);
            if f.masthead.issued.is_none() {
                f.masthead.issued = Some(iso);
            }
            i = next_index(end);
            continue;
        }
        if phrase_at(text, w.start, "original:").is_some() {
            flush(&mut unknown_run, &mut f);
            let mut langs = Vec::new();
            let mut j = i + 1;
            while let Some(n) = ws.get(j) {
                let t = n.text(text).trim_end_matches([',', '.']);
                if LANGS.iter().any(|l| l.eq_ignore_ascii_case(t)) {
                    langs.push(title_case(t));
                    j += 1;
                } else if t.eq_ignore_ascii_case("and") && !langs.is_empty() {
                    j += 1;
                } else {
                    break;
                }
            }
            if !langs.is_empty() {
                f.masthead.original_language = Some(langs.join(" and "));
            }
            i = j;
            continue;
        }
        if LANGS.iter().any(|l| l.eq_ignore_ascii_case(wt)) {
            i += 1;
            continue;
        }
        if let Some((organ, e)) = organ_at(text, w.start) {
            flush(&mut unknown_run, &mut f);
            if !f.masthead.organs.iter().any(|o| o == organ) {
                f.masthead.organs.push(organ.to_string());
            }
            i = next_index(e);
            continue;
        }
        if let Some((line, e)) = session_line_at(text, w.start) {
            flush(&mut unknown_run, &mut f);
            match line {
                Line::Session(s) => {
                    if f.session.is_none() {
                        f.session = Some(s);
                    }
                }
                Line::Year(y) => f.sc_year = f.sc_year.or(Some(y)),
            }
            i = next_index(e);
            continue;
        }
        // Agenda: "Agenda item 13", "Agenda items 17 and 18", "Items 20, … of the preliminary list*".
        let agenda_head = [
            "provisional agenda items",
            "provisional agenda item",
            "agenda items",
            "agenda item",
            "items",
            "item",
        ]
        .iter()
        .find_map(|p| phrase_at(text, w.start, p))
        .or_else(|| ocr_agenda_item_at(text, w.start))
        .or_else(|| romance::agenda_head_at(text, w.start));
        if let Some(e) = agenda_head {
            let (numbers, marker, mut end) = agenda_numbers_at(text, e);
            if !numbers.is_empty() {
                flush(&mut unknown_run, &mut f);
                let mut marker = marker;
                let tails: [fn(&str, usize) -> Option<usize>; 3] = [
                    |t, p| phrase_at(t, p, "of the preliminary list"),
                    |t, p| phrase_at(t, p, "of the provisional agenda"),
                    romance::agenda_tail_at,
                ];
                for tail in tails {
                    let p = skip_spaces(text, end);
                    if let Some(t) = tail(text, p) {
                        end = t;
                        // "list*", or "list |*|": the marker set apart and boxed by the scan.
                        let found =
                            glued_marker_at(text, end).or_else(|| loose_marker_at(text, end));
                        if let Some((m, e)) = found {
                            marker = Some(m);
                            end = e;
                        }
                    }
                }
                f.agenda_marker = marker;
                // Titles run to the next masthead line; the rest of a session's dates that
                // the other column interleaved ("Agenda item 24 27 and 28 April 2011 …") is
                // none of them.
                let t_start = session_dates_end(text, skip_spaces(text, end));
                let mut t_end = t_start;
                let mut j = next_index(t_start);
                while j < ws.len() && !stops_titles(text, ws[j].start) {
                    // "… PEACE INITIATIVESSECURITY COUNCIL Forty-fourth year": the next line
                    // glued to the title's last word by the conversion.
                    if let Some(k) = glued_line_start(text, ws[j].start, ws[j].end) {
                        t_end = k;
                        break;
                    }
                    t_end = ws[j].end;
                    j += 1;
                }
                let titles = split_titles_of(slice(text, t_start, t_end), &numbers);
                for (k, n) in numbers.into_iter().enumerate() {
                    f.agenda.push(AgendaItem {
                        number: Some(n),
                        title: titles.get(k).cloned().flatten(),
                    });
                }
                i = j;
                continue;
            }
        }
        unknown_run.push(wt);
        i += 1;
    }
    // Agenda titles printed in capitals without their numbers, right before the title
    // ("MAINTENANCE OF INTERNATIONAL SECURITY COMPREHENSIVE REVIEW OF THE WHOLE QUESTION OF
    // PEACE-KEEPING OPERATIONS …"): items whose number is not given.
    if f.agenda.is_empty() {
        if let Some(starts) = numberless_titles(&unknown_run) {
            for (j, &a) in starts.iter().enumerate() {
                let b = starts.get(j + 1).copied().unwrap_or(unknown_run.len());
                let t = unknown_run[a..b].join(" ");
                f.agenda.push(AgendaItem {
                    number: None,
                    title: Some(super::title::trim_heading_end(&t).to_string()),
                });
            }
            unknown_run.clear();
        }
    }
    flush(&mut unknown_run, &mut f);
    f
}

/// Where each agenda title starts in a run of capitalized words, if it is one: three words or
/// more, no lowercase letter (but a scan's stray one), opening on a word that opens a title.
/// Each later opener starts another ("… PALESTINE THE SITUATION …", "… SECURITY COMPREHENSIVE
/// REVIEW …") unless it follows a joining word, another opener, "THE" and one word ("THE WHOLE
/// QUESTION OF"), or a word a scan damaged ("BETTiEEN THE", "HUI.{AIiI RIGHTS"), which tells
/// nothing of where a title ends; nor does one after it ("AFFECTING THE HUI.{AIiI RIGHTS").
fn numberless_titles(run: &[&str]) -> Option<Vec<usize>> {
    let the = |w: &str| w.eq_ignore_ascii_case("the");
    let (letters, lower) = run
        .iter()
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphabetic())
        .fold((0, 0), |(n, l), c| {
            (n + 1, l + usize::from(c.is_lowercase()))
        });
    let capitals = lower * 33 <= letters;
    if run.len() < 3 || !capitals || the(run[0]) || !is_title_opener(run[0]) {
        return None;
    }
    let clean = |w: &str| {
        w.chars().all(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '-' | '(' | ')' | ',' | '\'' | ' ')
        })
    };
    let mut starts = vec![0];
    starts.extend((1..run.len()).filter(|&k| {
        let (w, prev) = (run[k], run[k - 1]);
        is_title_opener(w)
            && clean(prev)
            && run.get(k + 1).is_none_or(|n| clean(n))
            && !is_title_opener(prev)
            && !is_function_word(prev)
            && (the(w) || k < 2 || !the(run[k - 2]))
    }));
    Some(starts)
}

/// Past the days and month of a session's dates at `at` ("27 and 28 April 2011", "15-18
/// February,"): where an agenda title may begin. A title never opens on a date.
fn session_dates_end(text: &str, at: usize) -> usize {
    let mut p = at;
    let mut days = 0;
    loop {
        let w = crate::text::next_word(text, p);
        let bare = w.trim_end_matches(',');
        let day = !bare.is_empty()
            && bare.len() <= 5
            && bare
                .split('-')
                .all(|d| !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()));
        if day {
            days += 1;
        } else if bare != "and" || days == 0 {
            break;
        }
        p = skip_spaces(text, p + w.len());
    }
    let month = crate::text::next_word(text, p);
    if days == 0 || crate::text::month_number_of(month).is_none() {
        return at;
    }
    p = skip_spaces(text, p + month.len());
    let year = crate::text::next_word(text, p);
    if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) {
        p = skip_spaces(text, p + year.len());
    }
    p
}

#[cfg(test)]
mod tests;
