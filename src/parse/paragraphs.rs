//! Paragraph breaks lost in flattening, rebuilt.
//!
//! The text is first cut into units — sentences, numbered items ("1. ", "(a) "), bullets ("•"),
//! elisions ("[…]") and short headings before a numbered item — and the units are then grouped
//! into paragraphs. A unit starts a new paragraph when it is a list item, when it opens with a
//! formula of diplomatic correspondence ("I have the honour", "I should be grateful", "On behalf
//! of"), when it begins with a subject that recurs at the start of other sentences ("The
//! Ministers …", as in a joint statement), or when it is a resolution-style clause ("Having
//! heard …,", "Affirms …").

use crate::text::one_of;
use std::collections::HashMap;

use crate::model::ParagraphKind;
use crate::text::{is_capitalized, slice};

/// A paragraph before its spans are found: `start..end` are byte offsets of its text (without
/// the list marker) in the segmented region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawParagraph {
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
    pub marker: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Unit {
    start: usize,
    end: usize,
    kind: ParagraphKind,
    marker: Option<String>,
}

/// Openings of diplomatic correspondence that start a paragraph.
const FORMULAS: &[&str] = &[
    "I have the honour",
    "We have the honour",
    "I should be grateful",
    "We should be grateful",
    "I would be grateful",
    "We would be grateful",
    "I would appreciate",
    "We would appreciate",
    "I kindly request",
    "I would like to",
    "We would like to",
    "On instructions from",
    "Upon instructions",
    "Upon the instructions",
    "On the instructions",
    "I take this opportunity",
    "I avail myself",
    "Accept, Excellency",
    "Please accept",
    "On behalf of",
    "In my capacity as",
    "Further to",
    "With reference to",
    "I am writing",
    "I write",
    "I wish to",
    "We wish to",
    "I am pleased",
    "It would be appreciated",
    "It would be highly appreciated",
    "I would highly appreciate",
    "I have the pleasure",
    "I further request",
    "I also wish",
];

/// Whether `t` opens with one of [`FORMULAS`]; their first letters pass over most sentences
/// before any comparison.
fn opens_formula(t: &str) -> bool {
    matches!(
        t.as_bytes().first(),
        Some(b'I' | b'W' | b'O' | b'U' | b'A' | b'P' | b'F')
    ) && FORMULAS.iter().any(|f| t.starts_with(f))
}

/// Preambular clause openings in resolution style, after ", ".
const PREAMBLE: &[&str] = &[
    "Having",
    "Recalling",
    "Reaffirming",
    "Noting",
    "Expressing",
    "Welcoming",
    "Recognizing",
    "Recognising",
    "Bearing",
    "Convinced",
    "Concerned",
    "Deeply",
    "Mindful",
    "Guided",
    "Emphasizing",
    "Stressing",
    "Considering",
    "Determined",
    "Taking",
    "Acknowledging",
    "Affirming",
    "Alarmed",
    "Aware",
    "Believing",
];

/// Operative clause openings in resolution style, after ", " or ": ".
const OPERATIVE: &[&str] = &[
    "Affirms",
    "Decides",
    "Calls",
    "Requests",
    "Urges",
    "Reaffirms",
    "Welcomes",
    "Condemns",
    "Demands",
    "Declares",
    "Appeals",
    "Invites",
    "Encourages",
    "Stresses",
    "Emphasizes",
    "Underlines",
    "Resolves",
];

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "h.e", "no", "nos", "st", "a.i", "e.g", "i.e", "art", "para", "paras",
    "vol", "p", "pp", "cf", "rev", "corr", "add", "gen", "prof", "jr", "sr", "co", "inc", "ltd",
    "u.n", "u.s", "v", "vs", "sect", "ch", "fig", "op", "approx", "dept", "messrs", "mme", "h.h",
    "h.m", "h.r.h",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches('.');
    // A single letter is an initial: "Kofi A. Annan".
    if w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w))
}

/// A list marker at `pos`: "12. " before a capital, or "(a) ", with the marker text and the
/// offset of the item text.
fn list_marker_at(text: &str, pos: usize) -> Option<(String, usize, Option<u32>)> {
    // A marker opens with a digit or "(": looked at first, as this is asked at every space.
    if !matches!(text.as_bytes().get(pos), Some(b'0'..=b'9' | b'(')) {
        return None;
    }
    let rest = slice(text, pos, text.len());
    let digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
    if (1..=3).contains(&digits) && rest[digits..].starts_with(". ") {
        let after = &rest[digits + 2..];
        if after
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, '\u{201c}' | '"' | '('))
        {
            let n = rest[..digits].parse().ok();
            return Some((rest[..digits + 1].to_string(), pos + digits + 2, n));
        }
    }
    if rest.starts_with('(') {
        // A lettered marker has at most four letters, so its ") " starts within six bytes;
        // searching further (to the end of a long text, when there is none) cannot find one.
        let head = &rest.as_bytes()[..rest.len().min(7)];
        let close = head.windows(2).position(|w| w == b") ")?;
        let inner = &rest[1..close];
        let lettered =
            !inner.is_empty() && inner.len() <= 4 && inner.chars().all(|c| c.is_ascii_lowercase());
        if lettered
            && rest[close + 2..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic())
        {
            return Some((rest[..close + 1].to_string(), pos + close + 2, None));
        }
    }
    None
}

/// Whether a numbered list marker ("1. " before a capital) stands at `pos`.
pub fn is_numbered_marker(text: &str, pos: usize) -> bool {
    matches!(list_marker_at(text, pos), Some((_, _, Some(_))))
}

fn bullet_at(text: &str, pos: usize) -> Option<usize> {
    // Every bullet below is U+2000–U+2FFF, three bytes starting with 0xE2.
    if text.as_bytes().get(pos) != Some(&0xe2) {
        return None;
    }
    let rest = slice(text, pos, text.len());
    for b in ['\u{2022}', '\u{25aa}', '\u{25cf}', '\u{2023}'] {
        if let Some(r) = rest.strip_prefix(b) {
            return Some(pos + b.len_utf8() + (r.len() - r.trim_start().len()));
        }
    }
    None
}

fn is_opener(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '\u{201c}' | '"' | '\u{2018}' | '[' | '(' | '\u{2022}')
}

/// The bytes that may cut a unit: terminators and the space; one load each for the others.
const CUTS: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b':' as usize] = true;
    t[b';' as usize] = true;
    t[b' ' as usize] = true;
    t
};

/// Cuts `text` into units.
fn units(text: &str) -> Vec<Unit> {
    let b = text.as_bytes();
    let mut cuts: Vec<usize> = vec![0];
    let mut last_number: Option<u32> = None;
    let mut i = 0;
    while i < b.len() {
        // Only a terminator or a space can cut: every other byte is passed over at once.
        while b.get(i).is_some_and(|&c| !CUTS[usize::from(c)]) {
            i += 1;
        }
        let Some(&c) = b.get(i) else {
            break;
        };
        // Nor can a space before a letter, unless after a comma: no bullet, list marker or
        // "[…]" starts with one.
        if c == b' '
            && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
            && (i == 0 || b[i - 1] != b',')
        {
            i += 1;
            continue;
        }
        let before = cuts.len();
        // Sentence end: terminator, optional closing marks, space, opener.
        if matches!(c, b'.' | b'!' | b'?' | b':' | b';') {
            let mut j = i + 1;
            while j < b.len() && matches!(b[j], b')' | b'"' | b']' | b'\'' | b'*') {
                j += 1;
            }
            // Typographic closing quotes.
            let rest = slice(text, j, text.len());
            let close_len: usize = rest
                .chars()
                .take_while(|&ch| matches!(ch, '\u{201d}' | '\u{2019}'))
                .map(char::len_utf8)
                .sum();
            j += close_len;
            if j < b.len() && b[j] == b' ' {
                let k = j + 1;
                let next = slice(text, k, text.len());
                let opener = next.chars().next().is_some_and(is_opener);
                let word_start = text[..i].rfind(' ').map_or(0, |s| s + 1);
                let word = &text[word_start..=i];
                let list = list_marker_at(text, k).is_some() || bullet_at(text, k).is_some();
                // The "1." of a list item is not a sentence end.
                if cuts.last() == Some(&word_start) && list_marker_at(text, word_start).is_some() {
                    i += 1;
                    continue;
                }
                let sentence = c == b'.' || c == b'!' || c == b'?';
                if (sentence && opener && (!is_abbreviation(word) || list)) || (!sentence && list) {
                    cuts.push(k);
                }
            } else if c == b'.' && j < b.len() && i > 0 && b[i - 1].is_ascii_lowercase() {
                // Missing space: "regime.We reaffirm".
                let next = slice(text, j, text.len());
                let mut cs = next.chars();
                if cs.next().is_some_and(|ch| ch.is_uppercase())
                    && cs.next().is_some_and(|ch| ch.is_lowercase())
                {
                    cuts.push(j);
                }
            }
        } else if c == b' ' {
            let k = i + 1;
            if bullet_at(text, k).is_some() {
                cuts.push(k);
            } else if slice(text, k, text.len()).starts_with("[\u{2026}]")
                || slice(text, k, text.len()).starts_with("[...]")
            {
                cuts.push(k);
                let len = if text[k..].starts_with("[...]") {
                    5
                } else {
                    2 + '\u{2026}'.len_utf8()
                };
                if k + len + 1 < b.len() {
                    cuts.push(k + len + 1);
                }
            } else if i > 0 && b[i - 1] == b',' {
                let w = super::text::next_word(text, k);
                if one_of(PREAMBLE, w) || one_of(OPERATIVE, w) {
                    cuts.push(k);
                }
            } else if let Some((_, _, Some(n))) = list_marker_at(text, k) {
                // A numbered item after a heading, without a sentence end: "… conflict 8. The".
                if last_number.is_some_and(|l| n > l && n <= l + 10) {
                    cuts.push(k);
                }
            }
        }
        for &k in &cuts[before..] {
            if let Some((_, _, Some(n))) = list_marker_at(text, k) {
                last_number = Some(n);
            }
        }
        i += 1;
    }
    super::text::sort_by_key(&mut cuts, |&c| c as u64);
    cuts.dedup();
    let mut out = Vec::new();
    let mut numbered_seen: Option<u32> = None;
    for (n, &s) in cuts.iter().enumerate() {
        let e = cuts.get(n + 1).copied().unwrap_or(text.len());
        let seg = slice(text, s, e);
        let trimmed_end = s + seg.trim_end().len();
        if trimmed_end <= s {
            continue;
        }
        let (kind, marker, start) = if let Some(ts) = bullet_at(text, s) {
            (ParagraphKind::Bullet, Some("\u{2022}".to_string()), ts)
        } else if let Some((m, ts, num)) = list_marker_at(text, s) {
            match num {
                Some(v) if numbered_seen.is_some_and(|l| v <= l) => (ParagraphKind::Text, None, s),
                Some(v) => {
                    numbered_seen = Some(v);
                    (ParagraphKind::Numbered, Some(m), ts)
                }
                None => (ParagraphKind::Numbered, Some(m), ts),
            }
        } else {
            (ParagraphKind::Text, None, s)
        };
        // A marker with nothing after it stays as text: the reader's text is kept.
        let (kind, marker, start) = if start >= trimmed_end {
            (ParagraphKind::Text, None, s)
        } else {
            (kind, marker, start)
        };
        out.push(Unit {
            start,
            end: trimmed_end,
            kind,
            marker,
        });
    }
    // A short unit without a sentence end right before a numbered item is a heading.
    for k in 1..out.len() {
        if out[k].kind == ParagraphKind::Numbered && out[k - 1].kind == ParagraphKind::Text {
            let u = &out[k - 1];
            let t = slice(text, u.start, u.end);
            let ends_sentence = t.ends_with(['.', ':', ';', '!', '?', ']', ',']);
            // "Question of Palestine, Al-Quds Al-Sharif and the Arab-Israeli Conflict:" — a
            // heading in title case may end with a colon.
            let ws: Vec<&str> = t.split(' ').collect();
            let caps = ws.iter().filter(|w| is_capitalized(w)).count();
            let title_case = t.ends_with(':') && caps * 2 >= ws.len() && ws.len() >= 3;
            if (!ends_sentence || title_case) && ws.len() <= 20 && is_capitalized(t) {
                out[k - 1].kind = ParagraphKind::Heading;
            }
        }
    }
    out
}

fn first_two_words(t: &str) -> Option<(&str, &str)> {
    let mut it = t.split(' ');
    let a = it.next()?;
    let b = it.next()?;
    Some((a, b.trim_end_matches([',', ';', ':'])))
}

/// Splits `text` into paragraphs.
pub fn segment(text: &str) -> Vec<RawParagraph> {
    let units = units(text);
    // Subjects that open two or more sentences: "The Ministers", "The Movement". The subject
    // is keyed by its second word (the first is always "The"), borrowed from the text, and
    // counted in a map, so that a long document costs one look-up per sentence.
    let subject = |u: &Unit| -> Option<&str> {
        let t = slice(text, u.start, u.end);
        let (a, b) = first_two_words(t)?;
        (a == "The" && is_capitalized(b)).then_some(b)
    };
    // Each text unit's subject found once, for the count and for the test below.
    let subjects: Vec<Option<&str>> = units
        .iter()
        .map(|u| {
            (u.kind == ParagraphKind::Text)
                .then(|| subject(u))
                .flatten()
        })
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for s in subjects.iter().flatten() {
        *counts.entry(s).or_insert(0) += 1;
    }
    let recurring = |k: usize| {
        subjects
            .get(k)
            .copied()
            .flatten()
            .is_some_and(|s| counts.get(s).is_some_and(|&c| c >= 2))
    };
    let mut out: Vec<RawParagraph> = Vec::new();
    let mut prev_kind = None;
    for (k, u) in units.iter().enumerate() {
        let t = slice(text, u.start, u.end);
        let formula = opens_formula(t);
        let clause = super::text::next_word(t, 0);
        let resolution = one_of(PREAMBLE, clause) || one_of(OPERATIVE, clause);
        let new_para = out.is_empty()
            || u.kind != ParagraphKind::Text
            || prev_kind == Some(ParagraphKind::Heading)
            || formula
            || recurring(k)
            || resolution
            || t.starts_with("[\u{2026}]")
            || t.starts_with("[...]")
            || out.last().is_some_and(|p: &RawParagraph| {
                let pt = slice(text, p.start, p.end);
                pt.ends_with("[\u{2026}]") || pt.ends_with("[...]")
            });
        if new_para {
            out.push(RawParagraph {
                start: u.start,
                end: u.end,
                kind: u.kind,
                marker: u.marker.clone(),
            });
        } else if let Some(p) = out.last_mut() {
            p.end = u.end;
        }
        prev_kind = Some(u.kind);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        segment(t)
            .iter()
            .map(|p| t[p.start..p.end].to_string())
            .collect()
    }

    #[test]
    fn every_formula_is_looked_for() {
        assert!(FORMULAS.iter().all(|f| opens_formula(f)));
    }

    #[test]
    fn letter_formulas() {
        let p = texts("I have the honour to transmit herewith a statement (see annex). I should be grateful if you would have this letter circulated.");
        assert_eq!(p.len(), 2);
        assert!(p[1].starts_with("I should be grateful"));
    }

    #[test]
    fn recurring_subjects() {
        let p = texts("The Ministers for Foreign Affairs of X express support. The Ministers for Foreign Affairs of the States emphasize. The Ministers favour a system. The Ministers call for meetings.");
        assert_eq!(p.len(), 4);
    }

    #[test]
    fn numbered_items_and_abbreviations() {
        let t = "the following: 1. The Palestine question. 11. Arrangements for Mr. Smith. 15. The Middle East problem. I take this opportunity.";
        let ps = segment(t);
        let kinds: Vec<_> = ps.iter().map(|p| (p.kind, p.marker.clone())).collect();
        assert_eq!(kinds[1], (ParagraphKind::Numbered, Some("1.".into())));
        assert_eq!(kinds[2], (ParagraphKind::Numbered, Some("11.".into())));
        assert_eq!(ps.len(), 5);
        assert!(t[ps[2].start..ps[2].end].ends_with("Mr. Smith."));
    }

    #[test]
    fn bullets_and_headings() {
        let p = segment("urgently request the following: \u{2022} The immediate lifting. \u{2022} Conducting an investigation.");
        assert_eq!(p.len(), 3);
        assert_eq!(p[1].kind, ParagraphKind::Bullet);
        let t = "1. The Meeting was convened. 2. It was addressed. [\u{2026}] The question of Palestine 8. The Meeting reiterated.";
        let ps = segment(t);
        let kinds: Vec<_> = ps.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                ParagraphKind::Numbered,
                ParagraphKind::Numbered,
                ParagraphKind::Text,
                ParagraphKind::Heading,
                ParagraphKind::Numbered
            ]
        );
    }

    #[test]
    fn resolution_style() {
        let p = texts("The Council, meeting in Cairo, Having heard the statements, Having expressed concern, Affirms the following: 1. Its condemnation;");
        assert_eq!(p.len(), 5, "{p:?}");
    }
}
