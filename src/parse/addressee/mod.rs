//! Whom a title or a letter's close addresses: the known offices ("the Secretary-General",
//! "the President of the Security Council", "the Chair of the Security Council Committee
//! established pursuant to resolution 1540 (2004)"), lists of them, and the same offices with a
//! letter scanned wrong.

mod damaged;

pub(super) use damaged::damaged_addressee_at;

use crate::gazetteer::{self, Entity};
use crate::text::one_of;
use crate::text::{
    is_capitalized, is_function_word, paren_balance, phrase_at, skip_spaces, slice, words_iter,
    Word, SENTENCE_OPENERS,
};

/// Addressees as printed and their canonical form.
const ADDRESSEES: &[(&str, &str)] = &[
    (
        "secretary-general of the united nations",
        "Secretary-General",
    ),
    ("united nations secretary-general", "Secretary-General"),
    ("deputy secretary-general", "Deputy Secretary-General"),
    ("assistant secretary-general", "Assistant Secretary-General"),
    ("assistant secretary general", "Assistant Secretary-General"),
    ("secretary-general", "Secretary-General"),
    ("secretarygeneral", "Secretary-General"),
    ("secretary general", "Secretary-General"),
    (
        "president of the security council",
        "President of the Security Council",
    ),
    (
        "president of the general assembly",
        "President of the General Assembly",
    ),
    (
        "permanent representatives of the members of the security council",
        "Permanent Representatives of the members of the Security Council",
    ),
    (
        "members of the security council",
        "members of the Security Council",
    ),
    (
        "president of the united nations security council",
        "President of the Security Council",
    ),
    (
        "president of the united nations general assembly",
        "President of the General Assembly",
    ),
    (
        "president of the economic and social council",
        "President of the Economic and Social Council",
    ),
    (
        "president of the human rights council",
        "President of the Human Rights Council",
    ),
    (
        "president of the trusteeship council",
        "President of the Trusteeship Council",
    ),
    (
        "president of the international court of justice",
        "President of the International Court of Justice",
    ),
    (
        "united nations high commissioner for human rights",
        "United Nations High Commissioner for Human Rights",
    ),
    // As printed: the title's words, none added.
    (
        "high commissioner for human rights",
        "High Commissioner for Human Rights",
    ),
    (
        "united nations high commissioner for refugees",
        "United Nations High Commissioner for Refugees",
    ),
    // The forms of web copies and cables: "the Security Council President", "TO PRESIDENT OF
    // SECURITY COUNCIL", "the United Nations Secretary General".
    ("united nations secretary general", "Secretary-General"),
    (
        "security council president",
        "President of the Security Council",
    ),
    (
        "president of security council",
        "President of the Security Council",
    ),
    (
        "general assembly president",
        "President of the General Assembly",
    ),
    // An inside address's forms: "The President United Nations Security Council New York",
    // "… to the United Nations President, Security Council (May 2020) New York".
    (
        "president united nations security council",
        "President of the Security Council",
    ),
    (
        "president, security council",
        "President of the Security Council",
    ),
    // A circular's distribution line, at its foot: "To all Permanent Representatives and
    // Permanent Observers to the United Nations New York".
    (
        "all permanent representatives and permanent observers to the united nations",
        "All Permanent Representatives and Permanent Observers to the United Nations",
    ),
    (
        "all permanent representatives to the united nations",
        "All Permanent Representatives to the United Nations",
    ),
    ("secretariat of the united nations", "Secretariat"),
    ("united nations secretariat", "Secretariat"),
];

/// The known office `printed` names once its letters are read without the spaces and marks a
/// conversion put among them ("President of the Securit y Council").
pub(super) fn known_office(printed: &str) -> Option<&'static str> {
    let squeeze = |s: &str| -> String {
        // ASCII case alone: the offices are written in ASCII.
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let got = squeeze(printed);
    ADDRESSEES
        .iter()
        .find(|(p, _)| squeeze(p) == got)
        .map(|(_, canon)| *canon)
}

/// Reads a list of addressees at `pos`: "the Secretary-General, the President of the General
/// Assembly and the President of the Security Council". Returns canonical names and the end.
pub fn addressees_at(text: &str, pos: usize) -> (Vec<String>, usize) {
    let mut out = Vec::new();
    let mut cur = pos;
    let mut end = pos;
    loop {
        let mut p = skip_spaces(text, cur);
        if let Some(e) = phrase_at(text, p, "the") {
            p = skip_spaces(text, e);
        }
        let Some((names, e)) =
            presidents_at(text, p).or_else(|| addressee_at(text, p).map(|(n, e)| (vec![n], e)))
        else {
            break;
        };
        for name in names {
            if !out.contains(&name) {
                out.push(name);
            }
        }
        // A short name in parentheses is the office's own: "… Committee (Fourth Committee)".
        end = parenthesized_name_end(text, e).unwrap_or(e);
        let e = end;
        // Separators: ", the", " and the", ", and the", " and to the".
        let mut q = e;
        if text[q..].starts_with(',') {
            q += 1;
        }
        q = skip_spaces(text, q);
        if let Some(a) = phrase_at(text, q, "and") {
            q = skip_spaces(text, a);
            if let Some(t) = phrase_at(text, q, "to") {
                q = skip_spaces(text, t);
            }
        } else if q == e || !text[e..].starts_with(',') {
            break;
        }
        cur = q;
    }
    (out, end)
}

pub(super) fn addressee_at(text: &str, pos: usize) -> Option<(String, usize)> {
    for (p, canon) in ADDRESSEES {
        if let Some(e) = phrase_at(text, pos, p) {
            return Some((canon.to_string(), e));
        }
        // A footnote number glued to the addressee: "Secretary-General1 List of …". Its digit
        // is looked at before the phrase with it is built.
        let digit = matches!(text.as_bytes().get(pos + p.len()), Some(b'1' | b'2'));
        if let Some(e) = digit
            .then(|| {
                phrase_at(text, pos, &format!("{p}1"))
                    .or_else(|| phrase_at(text, pos, &format!("{p}2")))
            })
            .flatten()
        {
            return Some((canon.to_string(), e - 1));
        }
    }
    // "President of the sixtieth session of the General Assembly" is its President.
    if let Some(e) = session_president_at(text, pos) {
        return Some(("President of the General Assembly".into(), e));
    }
    // "President of the <organ>", "Chair of the Security Council Committee established pursuant
    // to resolution 1540 (2004)", "secretariat of the Commission on Human Rights".
    for head in [
        "president of the ",
        "chairperson of the ",
        "chairman of the ",
        "chair of the ",
        "vice-chairmen of the ",
        "vice-chairs of the ",
        "co-chairs of the ",
        "secretariat of the ",
    ] {
        let Some(e) = phrase_at(text, pos, head.trim_end()) else {
            continue;
        };
        let org_start = skip_spaces(text, e);
        if let Some(m) = gazetteer::find_iter(slice(text, org_start, text.len()))
            .next()
            .filter(|m| m.start == 0 && matches!(m.entity, Entity::Organ(_)))
        {
            let mut end = org_start + m.end;
            if let Some(q) = committee_tail(text, end) {
                end = concerning_end(text, q).unwrap_or(q);
            }
            let printed = slice(text, pos, end);
            return Some((capitalize_head(printed), end));
        }
    }
    // "the Secretariat" on its own, when no organ's secretariat is named.
    phrase_at(text, pos, "secretariat").map(|e| ("Secretariat".to_string(), e))
}

/// The end of "Committee established pursuant to resolution 1540 (2004)" after an organ's name at
/// `pos`, with "established" or not and one resolution or several ("resolutions 1267 (1999),
/// 1989 (2011) and 2253 (2015)").
fn committee_tail(text: &str, pos: usize) -> Option<usize> {
    let mut p = skip_spaces(text, phrase_at(text, skip_spaces(text, pos), "committee")?);
    if let Some(e) = phrase_at(text, p, "established") {
        p = skip_spaces(text, e);
    }
    p = skip_spaces(text, phrase_at(text, p, "pursuant to")?);
    p = phrase_at(text, p, "resolutions").or_else(|| phrase_at(text, p, "resolution"))?;
    let mut end = None;
    // At most a few resolutions: the loop reads one number and its year each time.
    for _ in 0..8 {
        let q = skip_spaces(text, p);
        let num = next_word_digits(text, q)?;
        let mut e = q + num;
        let year = skip_spaces(text, e);
        if let Some(y) = slice(text, year, text.len())
            .strip_prefix('(')
            .and_then(|r| r.find(')').filter(|&c| c == 4))
        {
            e = year + 1 + y + 1;
        }
        end = Some(e);
        let mut n = e;
        if slice(text, n, text.len()).starts_with(',') {
            n += 1;
        }
        let n2 = skip_spaces(text, n);
        match phrase_at(text, n2, "and") {
            Some(a) if next_word_digits(text, skip_spaces(text, a)).is_some() => p = a,
            _ if n > e && next_word_digits(text, n2).is_some() => p = n,
            _ => break,
        }
    }
    end
}

/// The length of the number of one to five digits at `pos`.
fn next_word_digits(text: &str, pos: usize) -> Option<usize> {
    let rest = slice(text, pos, text.len());
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=5).contains(&n) && !rest[n..].starts_with(|c: char| c.is_alphanumeric())).then_some(n)
}

/// The end of a sanctions committee's subject after its resolution ("… 1267 (1999) concerning
/// Al-Qaida and the Taliban and associated individuals and entities The Permanent Mission …"):
/// up to the word that opens the letter, within a short reach; nothing when none opens it.
fn concerning_end(text: &str, pos: usize) -> Option<usize> {
    let p = phrase_at(text, skip_spaces(text, pos), "concerning")?;
    let (_, end) = opener_bounded(text, p, 16)?;
    Some(end)
}

/// "the Presidents of the General Assembly and the Security Council": a President of each.
fn presidents_at(text: &str, pos: usize) -> Option<(Vec<String>, usize)> {
    const ORGANS: &[(&str, &str)] = &[
        ("general assembly", "President of the General Assembly"),
        ("security council", "President of the Security Council"),
        (
            "economic and social council",
            "President of the Economic and Social Council",
        ),
        (
            "human rights council",
            "President of the Human Rights Council",
        ),
    ];
    let mut p = skip_spaces(text, phrase_at(text, pos, "presidents of the")?);
    let mut out = Vec::new();
    let mut end = p;
    for _ in 0..ORGANS.len() {
        // "Presidents of the United Nations Security Council and United Nations General
        // Assembly", as a ministry's release names them.
        if let Some(u) = phrase_at(text, p, "united nations") {
            p = skip_spaces(text, u);
        }
        let Some((office, e)) = ORGANS
            .iter()
            .find_map(|(o, c)| phrase_at(text, p, o).map(|e| (c.to_string(), e)))
        else {
            break;
        };
        out.push(office);
        end = e;
        let mut q = e;
        if slice(text, q, text.len()).starts_with(',') {
            q += 1;
        }
        let q = skip_spaces(text, q);
        let q = phrase_at(text, q, "and").map_or(q, |a| skip_spaces(text, a));
        match phrase_at(text, q, "the") {
            Some(t) if q > e => p = skip_spaces(text, t),
            _ if q > e && phrase_at(text, q, "united nations").is_some() => p = q,
            _ => break,
        }
    }
    (out.len() >= 2).then_some((out, end))
}

/// "President of the 60th session of the General Assembly" (figures or words): the end.
fn session_president_at(text: &str, pos: usize) -> Option<usize> {
    let mut p = skip_spaces(text, phrase_at(text, pos, "president of the")?);
    p = crate::text::ordinal_at(text, p)?.1;
    p = skip_spaces(
        text,
        phrase_at(text, skip_spaces(text, p), "session of the")?,
    );
    phrase_at(text, p, "general assembly")
}

/// "PRESIDENT OF THE X" stays as printed except for the first word.
fn capitalize_head(s: &str) -> String {
    crate::text::latin_upper_first(s)
}

/// An office the list does not know, read by its shape: "the Deputy Prime Minister of Iraq",
/// "the Permanent Representatives of the members of the Security Council", "the Chairman of
/// the Special Political and Decolonization Committee (Fourth Committee)". It runs up to the
/// word that opens the letter: a sentence opener ("… of Iraq With reference to", "… at Geneva
/// I should like", "… Council The Permanent Mission presents") or a vocative ("Sir,").
/// Returns the office as printed and its end; nothing when no opener comes within reach.
pub(super) fn unknown_addressee_at(text: &str, pos: usize) -> Option<(String, usize)> {
    /// Past this many words no office is read: the text is no title.
    const MOST: usize = 30;
    let mut p = skip_spaces(text, pos);
    if let Some(e) = phrase_at(text, p, "the") {
        p = skip_spaces(text, e);
    }
    let rest = slice(text, p, text.len());
    if !words_iter(rest)
        .next()
        .is_some_and(|w| is_capitalized(w.text(rest)))
    {
        return None;
    }
    opener_bounded(text, p, MOST)
}

/// The words from `p` up to the word that opens the letter (a sentence opener or a vocative
/// not after a function word, outside parentheses), within `most` words: the words as printed
/// and their end. The first word is never the opener.
fn opener_bounded(text: &str, p: usize, most: usize) -> Option<(String, usize)> {
    // An annex's label ends an office as an opener does: "… the Committee Annex Report of …".
    const MORE_OPENERS: &[&str] = &[
        "With",
        "Referring",
        "Please",
        "My",
        "Sir",
        "Excellency",
        "Annex",
        "ANNEX",
        "Enclosure",
    ];
    let p = skip_spaces(text, p);
    let rest = slice(text, p, text.len());
    let ws: Vec<Word> = words_iter(rest).take(most).collect();
    let mut depth = 0i32;
    let mut opener = None;
    for (k, w) in ws.iter().enumerate().skip(1) {
        let t = w.text(rest);
        let inside = depth > 0 || t.starts_with('(');
        depth = (depth + paren_balance(t)).max(0);
        let bare = t.trim_end_matches(',');
        let prev = ws[k - 1].text(rest);
        let after_joiner = is_function_word(prev);
        let opens = one_of(SENTENCE_OPENERS, bare) || one_of(MORE_OPENERS, bare);
        // "… of the United States of America 14 March 1988 I am writing": a date line ends it,
        // not a date the office names ("… resolution 51/210 of 17 December 1996").
        let dateline = || crate::text::date_at(rest, w.start).is_some();
        // "… THE WORKING GROUP* You may recall": the title's footnote marker ends it.
        let marked =
            prev.ends_with('*') && prev.trim_end_matches('*').ends_with(char::is_alphabetic);
        if !inside && ((!after_joiner && (opens || dateline())) || marked) {
            opener = Some(k);
            break;
        }
    }
    let mut last = opener? - 1;
    while last > 0 && is_function_word(ws[last].text(rest)) {
        last -= 1;
    }
    // The footnote marker stays out: it is the title's.
    let office = slice(rest, ws[0].start, ws[last].end).trim_end_matches([',', '*']);
    Some((office.to_string(), p + ws[0].start + office.len()))
}

/// The end of "(Fourth Committee)" right after `pos`: capitalized words in parentheses.
fn parenthesized_name_end(text: &str, pos: usize) -> Option<usize> {
    let open = skip_spaces(text, pos);
    let inner = slice(text, open, text.len()).strip_prefix('(')?;
    // Looked for within a short reach: a long text without ')' is not searched to its end.
    let close = inner.char_indices().take(60).find(|c| c.1 == ')')?.0;
    let words = &inner[..close];
    // Words of letters only ("Fourth Committee", "Habitat II"): a symbol is no name.
    let named = !words.is_empty()
        && words.split(' ').all(|w| {
            is_capitalized(w)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        });
    named.then_some(open + 1 + close + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_by_their_shape() {
        for (t, office) in [
            ("the Deputy Prime Minister of Iraq With reference to the letter", "Deputy Prime Minister of Iraq"),
            (
                "the Chairman of the Special Political and Decolonization Committee (Fourth Committee) I have the honour",
                "Chairman of the Special Political and Decolonization Committee (Fourth Committee)",
            ),
            ("the Permanent Observer of Palestine to the United Nations Office at Geneva I should like", "Permanent Observer of Palestine to the United Nations Office at Geneva"),
            ("the Centre for Human Rights Sir, I have", "Centre for Human Rights"),
            ("the Chairman of the Committee Annex Report of Ghana", "Chairman of the Committee"),
            (
                "the Centre for Human Rights The Permanent Mission of Kuwait presents",
                "Centre for Human Rights",
            ),
        ] {
            let (got, end) = unknown_addressee_at(t, 0).unwrap();
            assert_eq!(got, office);
            assert!(t[..end].ends_with(office));
        }
        // Lowercase at once, or no sentence after it within reach: no office.
        assert!(unknown_addressee_at("the members of the Council", 0).is_none());
        assert_eq!(
            unknown_addressee_at("the Permanent Representatives of the members of the Security Council We have the honour", 0).map(|a| a.0).as_deref(),
            Some("Permanent Representatives of the members of the Security Council")
        );
        // A name in parentheses after a known office is its own; a symbol is not.
        let t = "the Chairman of the Fourth Committee (Fourth Committee) I have";
        assert_eq!(addressees_at(t, 0).1, t.len() - " I have".len());
        let t = "the Secretary-General (S/2019/911) I have";
        assert_eq!(addressees_at(t, 0).1, "the Secretary-General".len());
        assert!(unknown_addressee_at(&"Great ".repeat(40), 0).is_none());
        // The title's footnote marker ends the office and stays out of it.
        let t = "THE VICE-CHAIRMEN OF THE WORKING GROUP* You may recall";
        let (office, end) = unknown_addressee_at(t, 0).unwrap();
        assert_eq!(office, "VICE-CHAIRMEN OF THE WORKING GROUP");
        assert_eq!(&t[end..end + 1], "*");
        // A date line ends it too; a date the office names does not.
        let t = "the Attorney General of the United States of America 14 March 1988 I am writing";
        assert_eq!(
            unknown_addressee_at(t, 0).unwrap().0,
            "Attorney General of the United States of America"
        );
        let t = "the Chairman of the Ad Hoc Committee established by resolution 51/210 of 17 December 1996 I have";
        assert!(unknown_addressee_at(t, 0)
            .unwrap()
            .0
            .ends_with("17 December 1996"));
    }

    #[test]
    fn presidents_of_two_organs() {
        let t = "the Presidents of the General Assembly and the Security Council I have";
        let (got, end) = addressees_at(t, 0);
        assert_eq!(
            got,
            [
                "President of the General Assembly",
                "President of the Security Council"
            ]
        );
        assert_eq!(&t[end..], " I have");
        let t = "Presidents of the United Nations Security Council and United Nations General Assembly on 1 August";
        let (got, end) = addressees_at(t, 0);
        assert_eq!(got.len(), 2);
        assert_eq!(&t[end..], " on 1 August");
        assert_eq!(
            addressees_at("the United Nations Secretary-General I", 0).0,
            ["Secretary-General"]
        );
    }

    #[test]
    fn a_committee_with_its_subject() {
        for (t, office) in [
            (
                "the Chairman of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism The Permanent Mission of Ghana presents",
                "Chairman of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism",
            ),
            (
                "the Chair of the Security Council Committee established pursuant to resolution 1267 (1999) concerning Al-Qaida and the Taliban and associated individuals and entities I have the honour",
                "Chair of the Security Council Committee established pursuant to resolution 1267 (1999) concerning Al-Qaida and the Taliban and associated individuals and entities",
            ),
            (
                "the Chair of the Security Council Committee established pursuant to resolutions 1267 (1999) and 1989 (2011) concerning Al-Qaida and associated individuals and entities The Permanent Mission",
                "Chair of the Security Council Committee established pursuant to resolutions 1267 (1999) and 1989 (2011) concerning Al-Qaida and associated individuals and entities",
            ),
            (
                "the Chair of the Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) concerning ISIL (Da'esh), Al-Qaida and associated individuals, groups, undertakings and entities The Permanent Mission",
                "Chair of the Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) concerning ISIL (Da'esh), Al-Qaida and associated individuals, groups, undertakings and entities",
            ),
            (
                "the Chairman of the Security Council Committee established pursuant to resolution 1737 (2006) The Permanent Mission",
                "Chairman of the Security Council Committee established pursuant to resolution 1737 (2006)",
            ),
            // No opener within reach: the committee ends with its resolution.
            (
                "the Chair of the Security Council Committee established pursuant to resolution 1540 (2004) concerning whatever follows and goes on without ever opening a letter for many more words than any committee",
                "Chair of the Security Council Committee established pursuant to resolution 1540 (2004)",
            ),
        ] {
            let (got, end) = addressees_at(t, 0);
            assert_eq!(got, [office]);
            assert!(t[..end].ends_with(office));
        }
    }
}
