//! Annexes: where they begin, and the head of each — label ("Annex I"), heading ("Annex to the
//! letter dated … addressed to …"), "[Original: Arabic]", title, subtitle, and the place-and-date
//! line ("New York, 26 September 2009") before the first paragraph.

use super::title;
use crate::text::{
    find_dates, is_capitalized, is_function_word, next_word, phrase_at, prev_word, skip_spaces,
    slice, words_iter,
};

/// Where an explicit annex heading stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heading {
    pub start: usize,
}

/// The Spanish and French versions' labels too: "ANEXO", "Annexe".
const LABELS: &[&str] = &[
    "annex",
    "annexes",
    "enclosure",
    "appendix",
    "attachment",
    "anexo",
    "anexos",
    "annexe",
];

fn label_word_at(text: &str, pos: usize) -> Option<usize> {
    // Every label starts with "a" or "e", and must be capitalized: a quick look at one byte
    // spares reading the word for every word of the text.
    let b = text.as_bytes();
    if !matches!(b.get(pos), Some(b'A' | b'E'))
        || !matches!(
            b.get(pos + 1),
            Some(b'n' | b'N' | b'p' | b'P' | b't' | b'T')
        )
    {
        return None;
    }
    let w = next_word(text, pos);
    if !is_capitalized(w) {
        return None;
    }
    LABELS.iter().find_map(|l| phrase_at(text, pos, l))
}

/// A label suffix: "I", "II", "1", "A".
fn label_suffix(w: &str) -> bool {
    let roman =
        !w.is_empty() && w.len() <= 6 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    let digits = !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
    let letter = w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase());
    roman || digits || letter
}

/// The end of the words that tie a label to the letter it is annexed to, at `pos`: "to the",
/// and the Spanish and French versions' "de la" ("Anexo de la carta de fecha …"), "del", "à
/// la" ("Annexe à la lettre datée du …").
fn refers_back_at(text: &str, pos: usize) -> Option<usize> {
    ["to the", "de la", "del", "\u{e0} la"]
        .iter()
        .find_map(|w| phrase_at(text, pos, w))
}

/// A plural label's heading followed by the first annex's own label: "Annexes to the letter
/// dated … addressed to the Secretary-General Annex I [Original: Arabic] …", "Anexos de la carta
/// de fecha … Anexo I". `label_end` is past the plural label; returns where the heading ends and the
/// singular label's start and end.
fn group_heading_at(text: &str, label_end: usize) -> Option<(usize, usize, usize)> {
    let after = skip_spaces(text, label_end);
    let q = skip_spaces(text, refers_back_at(text, after)?);
    let title = title::parse_annexed_at(text, q)?;
    let end = title.end + super::text::glued_marker_len(text, title.end);
    let mut label = skip_spaces(text, end);
    // "[Original: Arabic]" may stand over the first label rather than under it.
    if let Some((0, close, _)) =
        original_mark(slice(text, label, crate::text::reach(text, label, 60)))
    {
        label = skip_spaces(text, label + close);
    }
    let e = label_word_at(text, label)?;
    let next = next_word(text, skip_spaces(text, e));
    (!slice(text, label, e).ends_with(['s', 'S']) && label_suffix(next))
        .then(|| (end, label, skip_spaces(text, e) + next.len()))
}

/// Whether an annex label that refers back ("Annex to the", "Annex I to the") stands right
/// before `pos`: a title read there is the annexed-to letter's, named in an annex heading.
pub fn refers_back_before(text: &str, pos: usize) -> bool {
    let back = crate::text::reach_back(text, pos, 40);
    let window = slice(text, back, pos);
    words_iter(window).any(|w| {
        let Some(e) = label_word_at(text, back + w.start) else {
            return false;
        };
        let mut after = skip_spaces(text, e);
        let next = next_word(text, after);
        if label_suffix(next) {
            after = skip_spaces(text, after + next.len());
        }
        refers_back_at(text, after).is_some_and(|t| t <= pos + 1)
    })
}

/// Finds annex headings in `text` (the part after the title): labels, and annexed letters whose
/// label was lost ([`embedded_title`]). `breaks` are offsets
/// where printing debris was cut: a heading right after one is always accepted.
#[cfg(test)]
pub fn find_headings(text: &str, breaks: &[usize]) -> Vec<Heading> {
    find_headings_in(text, words_iter(text), breaks)
}

/// [`find_headings`] with the words of `text` read from a list made before.
pub fn find_headings_in(
    text: &str,
    words: impl Iterator<Item = crate::text::Word>,
    breaks: &[usize],
) -> Vec<Heading> {
    // Sorted for a binary search per heading word.
    let mut sorted = breaks.to_vec();
    super::text::sort_by_key(&mut sorted, |&b| b as u64);
    let breaks = sorted.as_slice();
    let mut out = Vec::new();
    // The first annex's own label after a group heading ([`group_heading_at`]): one annex.
    let mut grouped = None;
    for w in words {
        // A heading's first word is a label ("Annex", "Enclosure", ...) or a title's ("Letter",
        // "Note", "Identical"): other words are passed over on their first byte.
        if grouped == Some(w.start)
            || !matches!(w.first_byte(text), Some(b'A' | b'E' | b'L' | b'N' | b'I'))
        {
            continue;
        }
        if embedded_title(text, breaks, w.start, w.text(text)) {
            out.push(Heading { start: w.start });
            continue;
        }
        let Some(e) = label_word_at(text, w.start) else {
            continue;
        };
        let after = skip_spaces(text, e);
        let next = next_word(text, after);
        let refers_back = refers_back_at(text, after).is_some() || {
            // "Annex I to the letter".
            label_suffix(next)
                && refers_back_at(text, skip_spaces(text, after + next.len())).is_some()
        };
        let followed_by_title = next.is_empty()
            || next.starts_with('[')
            || (is_capitalized(next) && !is_function_word(next))
            || (label_suffix(next) && {
                let n2 = next_word(text, after + next.len());
                n2.is_empty() || is_capitalized(n2) || n2.starts_with('[')
            });
        let prev = prev_word(text, w.start);
        let after_break = breaks.binary_search(&w.start).is_ok();
        let rule = !prev.is_empty()
            && prev
                .chars()
                .all(|c| matches!(c, '_' | '-' | '*' | '\u{2014}'));
        let prev_ok = prev.is_empty()
            || rule
            || after_break
            || prev.ends_with(['.', ';', ':', ')', ']', '\u{201d}', '"'])
            || (is_capitalized(prev) && !prev.starts_with('('));
        // "(see annex)", "of annex": a reference, not a heading; "(1999) Annex" closes its
        // parenthesis, and a page break before the word leaves no sentence to be in.
        let lowercase_context = !after_break
            && ((prev.starts_with('(') && !prev.ends_with(')'))
                || (is_function_word(prev) && !is_capitalized(prev))
                || prev == "see");
        if (refers_back || followed_by_title) && prev_ok && !lowercase_context {
            out.push(Heading { start: w.start });
            if refers_back && slice(text, w.start, e).ends_with(['s', 'S']) {
                grouped = group_heading_at(text, e).map(|(_, label, _)| label);
            }
        }
    }
    out
}

/// Whether an annexed letter printed without its "Annex" label has its heading at `pos` (the
/// word `word`): a dated title opening a sentence or a page, not the title an "Annex" label right
/// before it introduces. The cheap tests come first: most words are no title's first.
fn embedded_title(text: &str, breaks: &[usize], pos: usize, word: &str) -> bool {
    if !matches!(word.as_bytes().first(), Some(b'L' | b'N' | b'I'))
        || !matches!(
            word,
            "Letter"
                | "Letters"
                | "Note"
                | "Notes"
                | "Identical"
                | "LETTER"
                | "LETTERS"
                | "NOTE"
                | "NOTES"
                | "IDENTICAL"
        )
    {
        return false;
    }
    let prev = prev_word(text, pos);
    let after_break = breaks.binary_search(&pos).is_ok();
    let sentence_end = prev.ends_with(['.', ')', '\u{201d}', '"']);
    if !(sentence_end || after_break || prev.is_empty()) || prev.ends_with(']') {
        return false;
    }
    // "Annex", "Annex II" before it: the label's own title.
    let back = crate::text::reach_back(text, pos, 24);
    let labelled =
        words_iter(slice(text, back, pos)).any(|l| label_word_at(text, back + l.start).is_some());
    !labelled && embedded_title_at(text, pos)
}

/// The head of an annex.
#[derive(Debug, Default, Clone)]
pub struct Head {
    pub label: Option<String>,
    pub heading: Option<String>,
    pub issuer: Option<String>,
    pub original_language: Option<String>,
    pub title: Option<(usize, usize)>,
    pub subtitle: Option<String>,
    pub place: Option<String>,
    pub date: Option<String>,
    /// Where the annex's first paragraph begins.
    pub body_start: usize,
}

/// Words that put a date inside a title rather than on a date line.
const DATE_IN_TITLE: &[&str] = &[
    "on", "of", "dated", "from", "until", "to", "since", "in", "by", "before", "after", "between",
    "and", "issued", "adopted", "signed", "held",
];

/// Reads the head of an annex whose segment is `text[start..end]`.
pub fn head(text: &str, start: usize, end: usize) -> Head {
    let mut h = Head::default();
    // A segment may open on a space (after a close read up to its last word): the offsets
    // below are taken in trimmed slices.
    let mut p = skip_spaces(text, start).min(end.max(start));
    // Label.
    if let Some(e) = label_word_at(text, p) {
        let mut le = e;
        let after = skip_spaces(text, e);
        let next = next_word(text, after);
        if label_suffix(next) {
            le = after + next.len();
        }
        h.label = Some(slice(text, p, le).to_string());
        p = skip_spaces(text, le);
        // "to the letter dated … addressed to …".
        if let Some(t) = refers_back_at(text, p) {
            let q = skip_spaces(text, t);
            let plural = slice(text, start, e).ends_with(['s', 'S']);
            if let Some((end, label, label_end)) =
                plural.then(|| group_heading_at(text, e)).flatten()
            {
                h.heading = Some(slice(text, start, end).to_string());
                h.label = Some(slice(text, label, label_end).to_string());
                h.original_language = original_mark(slice(text, end, label)).map(|(_, _, l)| l);
                p = skip_spaces(text, label_end);
            } else if let Some(parsed) = title::parse_annexed_at(text, q) {
                h.heading = Some(slice(text, start, parsed.end).to_string());
                // A footnote marker glued to the heading ("Secretary-General1") is not the title.
                p = skip_spaces(
                    text,
                    parsed.end + super::text::glued_marker_len(text, parsed.end),
                );
            }
        }
    }
    // A running header's "Page 2" printed after the label ("ANNEX Page 2 Statement by …").
    if let Some(e) = phrase_at(text, p, "page") {
        let n = next_word(text, e);
        if !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()) {
            p = skip_spaces(text, skip_spaces(text, e) + n.len());
        }
    }
    // "[Original: Arabic]".
    if slice(text, p, end).starts_with('[') {
        if let Some(close) = slice(text, p, end).find(']') {
            let inner = slice(text, p + 1, p + close);
            if let Some(lang) = inner
                .strip_prefix("Original:")
                .or_else(|| inner.strip_prefix("ORIGINAL:"))
            {
                h.original_language = Some(lang.trim().to_string());
                p = skip_spaces(text, p + close + 1);
            }
        }
    }
    // "In the name of God, the Compassionate, the Merciful": an invocation over the title.
    // Before a salutation ("… the Merciful Mr. President, In my letter …") it opens a letter,
    // which has no title.
    if let Some(e) = invocation_end(text, p) {
        let q = skip_spaces(text, e);
        let salutation = matches!(
            next_word(text, q),
            "Mr." | "Madam" | "Dear" | "Sir," | "Excellency," | "Your"
        );
        if !salutation {
            p = q.min(end);
        }
    }
    let region = slice(text, p, end);
    // An annexed letter: "Annex Letter dated … addressed to the Secretary-General In his letter".
    if let Some(t) = title::parse_at(text, p).filter(|t| t.complete && t.end <= end) {
        h.title = Some((p, t.end));
        h.body_start = skip_spaces(text, t.end).min(end);
        return h;
    }
    // A message titled by what it is, whom it is from and to whom: "Urgent telegram from the
    // Lebanese Government addressed to the President of the Security Council and the
    // Secretary-General At a meeting held today …".
    if let Some(e) = addressed_title_end(region) {
        h.title = Some((p, p + e));
        h.body_start = skip_spaces(text, p + e).min(end);
        return h;
    }
    let body_guess = sentence_start(region);
    // A date line before the first sentence ends the title.
    let mut title_end = body_guess;
    let mut body_start = body_guess;
    for d in find_dates(slice(region, 0, body_guess.max(1))) {
        let prev = prev_word(region, d.start);
        // "… issued at Heracleion, Greece,on 4 November 1997, by the Heads of State": a date the
        // title goes on after, in lower case, is the title's own.
        let goes_on = next_word(region, d.end)
            .trim_start_matches(',')
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
            || region[d.end..].starts_with(", by ")
            // "… DURING THE PERIOD 17 NOVEMBER 1950 TO 17 FEBRUARY 1951": a span of dates.
            || ["to", "and"].iter().any(|w| {
                phrase_at(region, skip_spaces(region, d.end), w).is_some_and(|e| {
                    crate::text::date_at(region, skip_spaces(region, e)).is_some()
                })
            });
        let glued_on = prev.to_ascii_lowercase().ends_with(",on");
        if DATE_IN_TITLE.iter().any(|w| w.eq_ignore_ascii_case(prev)) || goes_on || glued_on {
            continue;
        }
        let (place_start, place) = place_before(region, d.start);
        title_end = place_start;
        h.place = place;
        h.date = Some(d.iso.clone());
        let close = usize::from(region[d.end..].starts_with(')'));
        body_start = skip_spaces(region, d.end + close);
        break;
    }
    // No full date: a place and a dateline of another shape ("DOHA, STATE OF QATAR 17-19 DHUL
    // QAADAH 1418 H (15-17 MARCH, 1998)", "CAIRO-ARAB REPUBLIC OF EGYPT (6-7 FEBRUARY").
    if h.date.is_none() {
        if let Some((cut, line)) = dateline(slice(region, 0, title_end)) {
            title_end = cut;
            h.place = Some(line);
        }
    }
    // "… Group of Fifteen, Cairo, 19-20 June 2000 Joint communiqué": a place and date the
    // title runs into after its comma are a phrase of the heading, not a line under it; the
    // title runs on to the text.
    let attached = h.place.is_some()
        && slice(region, 0, title_end).trim_end().ends_with(',')
        && title_end < body_guess;
    if attached {
        title_end = body_guess.max(title_end);
        if h.date.is_some() {
            // The date line ends where the text was found to begin after it.
            title_end = body_start;
        }
        body_start = body_start.max(title_end);
        h.place = None;
        h.date = None;
    }
    // "[Original: English]" printed after the title rather than before it ends the title.
    let window = slice(region, 0, (body_guess + 40).min(region.len()));
    if let Some((at, close, lang)) = original_mark(window).filter(|&(at, ..)| at <= body_start) {
        title_end = title_end.min(at);
        body_start = skip_spaces(region, close);
        if h.original_language.is_none() {
            h.original_language = Some(lang);
        }
    }
    let title_text = slice(region, 0, title_end).trim();
    if title_text.split(' ').count() > 80 {
        // No title could be told from the text: all of it is body, nothing is dropped.
        body_start = 0;
    } else if !title_text.is_empty() {
        // A second heading line: a capitalized word after a lowercase word or a number.
        let (t_end, sub) = if attached {
            (title_text.len(), None)
        } else {
            subtitle_split(title_text)
        };
        let t_end = title::trim_heading_end(&title_text[..t_end]).len();
        // The issuing body's line before the title: "Supreme Council Final Report of …".
        // (A heading run on through its dateline is one phrase: no issuer's line opens it.)
        let t_start = issuer_end(&title_text[..t_end])
            .filter(|_| !attached)
            .unwrap_or_else(|| reference_len(&title_text[..t_end]));
        if t_start > 0 {
            h.issuer = Some(title_text[..t_start].trim_end().to_string());
        }
        h.title = Some((p + t_start, p + t_end));
        h.subtitle = sub;
    }
    h.body_start = p + body_start.min(region.len());
    h
}

/// The end of a title "… from SENDER addressed to ADDRESSEE (and ADDRESSEE)*" opening `region`
/// within 40 words, before any verb of a sentence; the addressees must be known ones.
fn addressed_title_end(region: &str) -> Option<usize> {
    let mut from = false;
    for w in words_iter(region).take(40) {
        let t = w.text(region);
        if is_verb(t) || matches!(t, "I" | "We") {
            return None;
        }
        from |= t == "from";
        if from && phrase_at(region, w.start, "addressed to").is_some() {
            let (list, e) = super::addressee::addressees_at(region, w.start + "addressed to".len());
            return (!list.is_empty()).then_some(e);
        }
        // "… from the Secretary-General of the OIC to the Secretary-General of the United
        // Nations": a bare "to" counts only before an office the list knows.
        if from && t == "to" {
            let (list, e) = super::addressee::addressees_at(region, w.start + 2);
            if !list.is_empty() {
                return Some(e);
            }
        }
    }
    None
}

/// A transmitted letter's own title where its "Annex" heading was lost: "… and of the Security
/// Council. Letter dated 9 October 1990 from … to the Secretary-General The Israeli …", a
/// dated title with a known addressee, opening a sentence, before a capitalized first word.
fn embedded_title_at(text: &str, pos: usize) -> bool {
    let Some(t) = title::parse_at(text, pos) else {
        return false;
    };
    if t.date.is_none() {
        return false;
    }
    let end = if t.complete {
        t.end
    } else {
        match addressed_title_end(slice(text, pos, text.len())) {
            Some(e) => pos + e,
            None => return false,
        }
    };
    let next = next_word(text, skip_spaces(text, end));
    is_capitalized(next) || next.starts_with('[')
}

/// The length of what opens a heading before its title: a footnote's marker ("* Compendium
/// of …") or the text's reference code ("ICFM/16-86/FIN/DEC. Final communiqué …").
fn reference_len(title: &str) -> usize {
    let w = next_word(title, 0);
    let marker = !w.is_empty() && w.chars().all(|c| c == '*');
    let code = w.contains('/')
        && w.chars().any(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-.".contains(c));
    let rest = skip_spaces(title, w.len());
    if (marker || code) && is_capitalized(next_word(title, rest)) {
        rest
    } else {
        0
    }
}

/// The end of an invocation at `p`: "In the name of God" (or "Allah") and the attributes after
/// it, "the Merciful, the Compassionate", "the most Compassionate, the most Merciful".
pub(crate) fn invocation_end(text: &str, p: usize) -> Option<usize> {
    let mut e = phrase_at(text, p, "in the name of god")
        .or_else(|| phrase_at(text, p, "in the name of allah"))?;
    for _ in 0..3 {
        let q = skip_spaces(text, e);
        let q = if text[q..].starts_with(',') {
            skip_spaces(text, q + 1)
        } else {
            q
        };
        let Some(the) = phrase_at(text, q, "the") else {
            break;
        };
        let mut r = skip_spaces(text, the);
        if let Some(m) = phrase_at(text, r, "most") {
            r = skip_spaces(text, m);
        }
        let w = next_word(text, r);
        let attribute = w.trim_end_matches(',');
        if !is_capitalized(attribute) || attribute.len() < 5 {
            break;
        }
        e = r + attribute.len();
    }
    Some(e)
}

/// The first "[Original: Arabic]" in `s`: where it starts, where it ends, the language.
fn original_mark(s: &str) -> Option<(usize, usize, String)> {
    let at = s.find("[Original:").or_else(|| s.find("[ORIGINAL:"))?;
    let close = at + s[at..].find(']')?;
    let lang = s[at + "[Original:".len()..close].trim();
    (!lang.is_empty() && lang.len() <= 40).then(|| (at, close + 1, lang.to_string()))
}

mod enclosure;
mod lines;
mod place;
mod sentence;
pub use enclosure::after_circulation;
use lines::{issuer_end, subtitle_split};
use place::{dateline, place_before};
use sentence::{is_verb, is_year, sentence_start};

#[cfg(test)]
mod tests;
