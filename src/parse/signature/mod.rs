//! Signature blocks: "(Signed) Vitaly Churkin", "(Signed ) Moctar Ouane Ambassador Extraordinary
//! and Plenipotentiary Permanent Representative of the Republic of Mali to the United Nations",
//! "(Signed)Gunter Pleuger", five blocks in a row, or two side by side whose lines interleave.
//!
//! A title is read with a small grammar: role words, names of States and organizations, and
//! joining words. The first word outside it ends the block — where an unheaded annex (the
//! seed's statement) begins.

use crate::text::one_of;
use std::collections::HashSet;
use std::sync::OnceLock;

use super::Diagnostics;
use crate::gazetteer::{self, Entity};
use crate::model::{Signature, State};
use crate::text::{
    any_folded_at, at_word_start, is_all_caps, is_capitalized, latin_lowercase, next_of_two,
    next_word, one_edit_apart, phrase_at, skip_spaces, slice, words, Word,
};

mod words;

pub use words::HEADING_WORDS;
use words::{JOINERS, PARTICLES, ROLE_WORDS};

/// Lowercase words of every gazetteer name: "people's", "republic", "federation", "league"…
fn name_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut set = HashSet::new();
        let mut add = |s: &str| {
            for w in s.split([' ', ',', '(', ')']) {
                if !w.is_empty() {
                    set.insert(fold_apostrophe(latin_lowercase(w)));
                }
            }
        };
        for s in gazetteer::states() {
            add(s.name);
            add(s.formal);
            s.aliases.iter().for_each(|a| add(a));
        }
        for o in gazetteer::organizations() {
            add(o.name);
            o.aliases.iter().for_each(|a| add(a));
            if let Some(a) = o.acronym {
                add(a);
            }
        }
        for o in gazetteer::organs() {
            add(o.name);
            o.aliases.iter().for_each(|a| add(a));
        }
        for h in HEADING_WORDS {
            set.remove(*h);
        }
        set
    })
}

fn norm(word: &str) -> String {
    fold_apostrophe(latin_lowercase(word.trim_matches(|c: char| {
        matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '"' | '\u{201c}' | '\u{201d}'
        )
    })))
}

/// `s` with typographic apostrophes made straight; without a second allocation when it has none.
fn fold_apostrophe(s: String) -> String {
    if s.contains('\u{2019}') {
        s.replace('\u{2019}', "'")
    } else {
        s
    }
}

/// Whether `list` holds the word, also with the stray mark a transcription leaves after it
/// ("Permanent.", "Communique'").
fn listed(list: &[&str], w: &str) -> bool {
    listed_norm(list, &norm(w))
}

/// [`listed`] of a word whose [`norm`] is `n`.
fn listed_norm(list: &[&str], n: &str) -> bool {
    one_of(list, n) || one_of(list, n.trim_end_matches(['.', '\'']))
}

/// Whether `w` is a word of a signer's role ("Permanent", "Ambassador", "Chargé"), or two of
/// them joined by a slash ("Ambassador/Permanent Representative").
pub(super) fn is_role_word(w: &str) -> bool {
    is_role_norm(w, &norm(w))
}

/// [`is_role_word`] of a word whose [`norm`] is `n`.
fn is_role_norm(w: &str, n: &str) -> bool {
    listed_norm(ROLE_WORDS, n)
        || w.split_once('/')
            .is_some_and(|(a, b)| listed(ROLE_WORDS, a) && listed(ROLE_WORDS, b))
}

/// A role word of six letters or more one letter off, as a scan left it ("Chargi" for
/// "Chargé"), or a long one within a scan's budget ("AIRJ:)ass.ador"): no word of a name is.
fn scanned_role_word(w: &str, n: &str) -> bool {
    let len = n.chars().count();
    let roles = counted_role_words();
    // Words more than one letter longer or shorter are not one edit apart.
    len >= 6
        && (roles.iter().any(|&(r, rn)| {
            rn >= 6 && rn.abs_diff(len) <= 1 && ends_meet(n, r) && one_edit_apart(n, r)
        }) || crate::text::ocr::is_scanned_as_any(
            w,
            roles.iter().filter(|r| r.1 >= 9).map(|r| r.0),
        ))
}

/// Whether `a` and `b` share their first or their last byte, as words one edit apart (of two
/// letters or more) do: the edit leaves one end of the word as it was.
fn ends_meet(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.first() == b.first() || a.last() == b.last()
}

/// [`ROLE_WORDS`] with their length in letters, counted once rather than at every word read.
fn counted_role_words() -> &'static [(&'static str, usize)] {
    static WORDS: OnceLock<Vec<(&'static str, usize)>> = OnceLock::new();
    WORDS.get_or_init(|| ROLE_WORDS.iter().map(|r| (*r, r.chars().count())).collect())
}

/// A role word cut short after a name: the abbreviation "Amb." or a truncation the
/// conversion left ("Charg daffaires"), when nothing of the name can follow it.
fn cut_role_word(seg: &str, ws: &[Word], k: usize) -> bool {
    let w = ws[k].text(seg);
    let stem = w.trim_end_matches('.');
    let n = norm(stem);
    let closes = match ws.get(k + 1) {
        None => true,
        Some(next) => {
            let next = next.text(seg);
            w.ends_with('.') || !is_capitalized(next) || is_role_word(next)
        }
    };
    closes
        && n.len() >= 3
        && n.chars().all(|c| c.is_alphabetic())
        && counted_role_words()
            .iter()
            .any(|&(r, rn)| rn >= 6 && r.starts_with(n.as_str()) && r != n)
}

fn is_heading_word(w: &str) -> bool {
    // The capital first: it spares the lower-cased copy for most words.
    is_capitalized(w) && listed(HEADING_WORDS, w)
}

/// [`is_heading_word`] of a word whose [`norm`] is `n`.
fn is_heading_norm(w: &str, n: &str) -> bool {
    is_capitalized(w) && listed_norm(HEADING_WORDS, n)
}

fn allowed_in_title(w: &str) -> bool {
    // `w` lower-cased once for the three lists and the names.
    let n = norm(w);
    if n.is_empty() {
        return true;
    }
    if one_of(JOINERS, n.as_str()) {
        // Joining words in lowercase (or in an all-capitals block); "The" starts a sentence.
        return !is_capitalized(w) || is_all_caps(w);
    }
    if is_capitalized(w) && one_of(HEADING_WORDS, n.as_str()) {
        return false;
    }
    (is_capitalized(w) || is_all_caps(w))
        && (one_of(ROLE_WORDS, n.as_str()) || name_words().contains(&n))
}

/// What a heading names a text with, after its adjective ("Urgent telegram", "Joint
/// statement", "Final communiqué").
const TEXT_NOUNS: &[&str] = &[
    "telegram",
    "cable",
    "message",
    "letter",
    "statement",
    "declaration",
    "communiqué",
    "communique",
    "memorandum",
    "report",
];

/// Whether the title goes on at word `k` of `ws`: a word of the title grammar, or any other
/// capitalized word — offices are many and named freely ("Personal Representative of the
/// current Chairman", "Working Group established …") — unless a heading word follows it
/// closely ("Russian-Chinese Joint Declaration": an unheaded annex begins).
fn continues_title(seg: &str, ws: &[Word], k: usize) -> bool {
    // A scan's stray quote before a name ("of 'Panama") is no part of it.
    let w = ws[k].text(seg).trim_start_matches(['\'', '\u{2018}', '`']);
    if allowed_in_title(w) {
        return true;
    }
    // "Chief of Staff. REPORT ON …": a full stop closes the title before the heading.
    let closes = w.ends_with('.') && w.chars().filter(|c| c.is_alphabetic()).count() > 2;
    // "… Permanent Representative Urgent telegram from the Lebanese Government": a heading
    // word after the capital, in either case, begins a heading.
    (is_capitalized(w) || is_all_caps(w))
        && !is_heading_word(w)
        && (closes
            || !ws[k + 1..].iter().take(2).any(|n| {
                let n = n.text(seg);
                is_heading_word(n) || (n.starts_with(char::is_lowercase) && listed(TEXT_NOUNS, n))
            }))
}

/// How many of the first words of `ws` are a signer's name: up to six, stopping at a role or
/// heading word.
pub(super) fn name_len(seg: &str, ws: &[Word]) -> usize {
    let mut k = 0;
    while k < ws.len() && k < 6 {
        let w = ws[k].text(seg);
        // "van den Berg", "de la Sablière": particles before a capitalized name part.
        let particle = one_of(PARTICLES, w) && {
            let mut j = k + 1;
            while j < ws.len() && j < k + 3 && one_of(PARTICLES, ws[j].text(seg)) {
                j += 1;
            }
            ws.get(j).is_some_and(|n| is_capitalized(n.text(seg)))
        };
        // A sentence's first word after the name ("(signed) Jeremy Greenstock This work is
        // excerpted …") is none of it.
        let opens_sentence = k > 0 && matches!(w, "This" | "These" | "That" | "The" | "It" | "We");
        // "al-Khatib", "el-Araby": a particle joined to the name by a hyphen.
        let joined = w
            .split_once('-')
            .is_some_and(|(p, rest)| one_of(PARTICLES, p) && is_capitalized(rest));
        let namey = is_capitalized(w) || particle || joined;
        // The word lower-cased once for the lists it is looked up in.
        let other = |w: &str| {
            let n = norm(w);
            is_role_norm(w, &n)
                || is_heading_norm(w, &n)
                || scanned_role_word(w, &n)
                || cut_role_word(seg, ws, k)
        };
        if !namey || opens_sentence || w.bytes().any(|c| c.is_ascii_digit()) || (k > 0 && other(w))
        {
            break;
        }
        k += 1;
        // "W. E. Riley, Major General, USMC": a comma after two words or more ends the name,
        // unless a suffix follows ("David SAMUDIO, Jr.").
        let suffix = ws.get(k).is_some_and(|n| {
            matches!(
                n.text(seg).trim_end_matches([',', '.']),
                "Jr" | "Sr" | "JR" | "SR"
            )
        });
        if k >= 2 && w.ends_with(',') && !suffix {
            break;
        }
    }
    k
}

/// The end (a word index) of the title that starts at word `k`: words the title grammar
/// allows, without trailing joining words.
pub(super) fn title_end(seg: &str, ws: &[Word], k: usize, side_by_side: bool) -> usize {
    let mut t = k;
    while t < ws.len()
        && continues_title(seg, ws, t)
        && (side_by_side || !repeats(seg, &ws[k..], t - k))
    {
        t += 1;
    }
    while t > k && one_of(JOINERS, norm(ws[t - 1].text(seg)).as_str()) {
        t -= 1;
    }
    t
}

/// Whether the words of `ws` from `t` repeat the name of two or more just before it
/// ("President of the Security Council Security Council mission …"): no title names a body
/// twice in a row, so the repeat begins a heading. Roles and joining words repeat where two
/// blocks side by side interleave ("Permanent Representative Permanent Representative"), and
/// any name does in such blocks' merged title (the caller's `side_by_side`).
fn repeats(seg: &str, ws: &[Word], t: usize) -> bool {
    (2..=t.min(ws.len() - t).min(4)).any(|n| {
        let name = &ws[t - n..t];
        // The words compared first: they rarely repeat, and need no lower-cased copy.
        (0..n).all(|i| name[i].text(seg).eq_ignore_ascii_case(ws[t + i].text(seg)))
            && !is_role_word(name[0].text(seg))
            && name
                .iter()
                .all(|w| !one_of(JOINERS, norm(w.text(seg)).as_str()))
    })
}

/// Finds the first "(Signed" at or after `from`, tolerant of "(Signed )" and "(signed)".
pub fn find_signed(text: &str, from: usize) -> Option<usize> {
    find_signed_before(text, from, text.len())
}

/// [`find_signed`] for a mark that starts before `to`: "(Signed", "( Signed)", "[Signed]",
/// a whole "(Signed)" glued to what precedes it ("a.i.(Signed)"), or the mark one letter off as
/// a scanner leaves it ("(Sjgned)", "(Siqned)").
pub fn find_signed_before(text: &str, from: usize, to: usize) -> Option<usize> {
    let to = to.min(text.len());
    text.get(from..to)?;
    // Each opening bracket is looked at once; a mark starts with one. Bytes, not chars: both
    // are ASCII, and a char searcher decoded every character of the text.
    let mut i = from;
    while let Some(p) = next_of_two(text.as_bytes(), i, to, b'(', b'[') {
        if signed_at(text, p) {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

/// The end of a "(Signed)" mark damaged by a scan at `pos`: "(" + a word one letter off
/// "signed", starting with an s, + ")".
fn scanned_mark_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos + 1..)?;
    let close = rest
        .get(..8)?
        .find(')')
        .or_else(|| rest.get(..7)?.find(')'))?;
    let word = &rest[..close];
    // The s first: it spares the lower-cased copy for the brackets of the text.
    if !word.starts_with(['s', 'S']) {
        return None;
    }
    one_edit_apart(&word.to_ascii_lowercase(), "signed").then_some(pos + 1 + close + 1)
}

/// The end of a mark as printed at `pos`: "(Signed" (its ")" read by [`after_mark`]),
/// "( Signed)", "[Signed]".
fn printed_mark_end(text: &str, pos: usize) -> Option<usize> {
    match text.as_bytes().get(pos)? {
        b'(' => {
            let q = skip_spaces(text, pos + 1);
            // The Spanish and French versions' marks: "(Firmado)", "(Signé)".
            phrase_at(text, q, "signed")
                .or_else(|| any_folded_at(text, q, &["firmado", "firmada", "signe", "signee"]))
        }
        b'[' => phrase_at(text, pos, "[signed]"),
        _ => None,
    }
}

/// Whether a "(Signed" mark starts at `pos`. At a word start any printed or scanned mark; glued
/// to a word only a whole "(Signed)", which no word holds.
fn signed_at(text: &str, pos: usize) -> bool {
    if at_word_start(text, pos) {
        printed_mark_end(text, pos).is_some() || scanned_mark_end(text, pos).is_some()
    } else {
        phrase_at(text, pos, "(signed)").is_some()
    }
}

/// The end of the "(Signed)" mark at `pos`.
fn after_mark(text: &str, pos: usize) -> usize {
    let Some(p) = printed_mark_end(text, pos) else {
        return scanned_mark_end(text, pos).unwrap_or(pos);
    };
    let rest = slice(text, p, text.len());
    let trimmed = rest.trim_start();
    if trimmed.starts_with(')') {
        p + (rest.len() - trimmed.len()) + 1
    } else {
        p
    }
}

/// Signature blocks read from `text[from..to]`, where `from` is at a "(Signed" mark.
/// Returns the signatures and the offset where text that is not part of them begins. A block
/// ends at a page break (`breaks`, sorted, where printing debris was cut) before a capitalized
/// word its title cannot hold: the next page's annex ("Terms of reference of …").
#[cfg(test)]
pub fn parse_blocks(
    text: &str,
    from: usize,
    to: usize,
    breaks: &[usize],
    diags: &mut Diagnostics,
) -> (Vec<Signature>, usize) {
    parse_blocks_within(text, from, to, breaks, usize::MAX, diags)
}

/// [`parse_blocks`], reading `most` signatures at most: the end returned is then the next mark,
/// whose text the caller keeps as text.
pub fn parse_blocks_within(
    text: &str,
    from: usize,
    to: usize,
    breaks: &[usize],
    most: usize,
    diags: &mut Diagnostics,
) -> (Vec<Signature>, usize) {
    let mut sigs = Vec::new();
    let mut pos = from;
    let region_end = to.min(text.len());
    let mut end = region_end;
    while pos < region_end && signed_at(text, pos) {
        if sigs.len() >= most {
            end = pos;
            break;
        }
        // "(Signed): Li Baodong": a colon after the mark.
        let mut start = skip_spaces(text, after_mark(text, pos));
        if text[start..].starts_with(':') {
            start = skip_spaces(text, start + 1);
        }
        let next_mark = find_signed_before(text, start, region_end).unwrap_or(region_end);
        // `breaks` are sorted: one binary search per block. A title may go on over a page
        // ("Chargé [page] d'affaires a.i."); a capitalized word outside the title's grammar on
        // the new page begins the annex.
        let page_end = breaks
            .get(breaks.partition_point(|&b| b <= start))
            .copied()
            .filter(|&b| b < next_mark)
            .filter(|&b| {
                let w = next_word(text, skip_spaces(text, b));
                is_capitalized(w) && !allowed_in_title(w)
            });
        let seg = slice(text, start, page_end.unwrap_or(next_mark));
        let ws = words(seg);
        let k = name_len(seg, &ws);
        if k == 0 {
            diags.warn(
                "signature-without-name",
                "A \u{201c}(Signed)\u{201d} mark is not followed by a name.".into(),
                None,
            );
            pos = next_mark;
            continue;
        }
        // "Ambassador Hisham Badr": the rank before a name is not the name.
        let first = usize::from(k > 2 && ws[0].text(seg) == "Ambassador");
        let name = slice(seg, ws[first].start, ws[k - 1].end)
            .trim_end_matches([',', ';'])
            .to_string();
        // A block with no title of its own stands beside this one: their titles interleave.
        let side_by_side = sigs.last().is_some_and(|s: &Signature| s.title.is_none());
        let t = title_end(seg, &ws, k, side_by_side);
        let mut title = (t > k).then(|| {
            slice(seg, ws[k].start, ws[t - 1].end)
                .trim_end_matches(',')
                .to_string()
        });
        let mut block_end = if t > k {
            start + ws[t - 1].end
        } else {
            start + ws[k - 1].end
        };
        // A lowercase continuation ("current President of …") still belongs to the title.
        // It runs to the next heading word ("… resolution 1566 (2004) Annex Report of …").
        // A title's words are few: past 40 the words are the text's, and the title stays as
        // the grammar read it.
        const CONTINUATION: usize = 40;
        if next_mark == region_end && t < ws.len() && !is_capitalized(ws[t].text(seg)) && t > k {
            let reach = ws.len().min(t + CONTINUATION);
            let stop = (t..reach).find(|&j| is_heading_word(ws[j].text(seg)));
            let end = match stop {
                Some(j) => Some(ws[j].start),
                None if reach == ws.len() => Some(seg.len()),
                None => None,
            };
            if let Some(end) = end {
                title = Some(slice(seg, ws[k].start, end).trim().to_string());
                block_end = start + end;
            }
        }
        let state = title.as_deref().and_then(|t| {
            first_state(t)
                .or_else(|| super::title::romance_state_named(t).filter(|_| in_romance(t)))
        });
        let title_spans = title
            .as_deref()
            .map(|t| super::spans::spans(t, &super::spans::Context::default()))
            .unwrap_or_default();
        sigs.push(Signature {
            name,
            title,
            title_spans,
            state,
        });
        if next_mark < region_end {
            let between = slice(text, block_end, next_mark).trim();
            if !between.is_empty() {
                diags.warn(
                    "signature-text-skipped",
                    format!("Text between signatures was not read as a title: \u{201c}{between}\u{201d}."),
                    None,
                );
            }
            pos = next_mark;
        } else {
            end = skip_spaces(text, block_end);
            break;
        }
    }
    interleaved(&mut sigs, diags);
    (sigs, end.min(region_end))
}

/// Signature blocks printed side by side interleave when flattened: "(Signed) A (Signed) B
/// Permanent Representative of Permanent Representative of China to the United Nations France
/// to the United Nations". The titles cannot be told apart then, and stay on the run's last
/// signature; but the columns name their States in the order of the names, so a merged title
/// that names one State a signer gives each signer of the run its State.
fn interleaved(sigs: &mut [Signature], diags: &mut Diagnostics) {
    let mut run_start = 0;
    let mut merged = false;
    for j in 0..sigs.len() {
        if sigs[j].title.is_none() {
            continue;
        }
        let run = j - run_start;
        if run > 0 {
            merged = true;
            let states = all_states(sigs[j].title.as_deref().unwrap_or_default());
            if states.len() == run + 1 {
                for (s, st) in sigs[run_start..=j].iter_mut().zip(states) {
                    s.state = Some(st);
                }
            }
        }
        run_start = j + 1;
    }
    if merged {
        diags.warn(
            "signatures-interleaved",
            "Signature blocks printed side by side were flattened together; their titles are kept on each run\u{2019}s last signature, and the States they name are given to the signers in order.".into(),
            None,
        );
    }
}

/// The States named in `text`, each once, in order.
pub fn all_states(text: &str) -> Vec<State> {
    let mut out: Vec<State> = Vec::new();
    for m in gazetteer::find_iter(text) {
        if let Entity::State(i) = m.entity {
            if let Some(s) = gazetteer::states().get(i as usize) {
                if !out.iter().any(|o| o.code == s.code) {
                    out.push(State {
                        code: s.code.to_string(),
                        name: s.name.to_string(),
                    });
                }
            }
        }
    }
    out
}

/// The first State named in `text`.
pub fn first_state(text: &str) -> Option<State> {
    gazetteer::find_iter(text).find_map(|m| match m.entity {
        Entity::State(i) => gazetteer::states().get(i as usize).map(|s| State {
            code: s.code.to_string(),
            name: s.name.to_string(),
        }),
        _ => None,
    })
}

/// Whether a signature title is a Spanish or French one: it names the mission or the role in
/// those languages ("… Misión Permanente de …", "Représentant permanent de … auprès de …").
fn in_romance(title: &str) -> bool {
    let t = crate::text::folded(title);
    [
        "mision",
        "mission permanente",
        "representante",
        "representant",
        "encargad",
        "embajador",
        " ante ",
        "aupres",
    ]
    .iter()
    .any(|w| t.contains(w))
}

#[cfg(test)]
mod tests;
