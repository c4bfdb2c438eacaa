//! Whom a title or a letter's close addresses: the known offices ("the Secretary-General",
//! "the President of the Security Council", "the Chair of the Security Council Committee
//! established pursuant to resolution 1540 (2004)"), lists of them, and the same offices with a
//! letter scanned wrong.

use crate::gazetteer::{self, Entity};
use crate::text::{one_edit_apart, phrase_at, skip_spaces, slice, words_iter};

/// Addressees as printed and their canonical form.
const ADDRESSEES: &[(&str, &str)] = &[
    (
        "secretary-general of the united nations",
        "Secretary-General",
    ),
    ("deputy secretary-general", "Deputy Secretary-General"),
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
    (
        "high commissioner for human rights",
        "United Nations High Commissioner for Human Rights",
    ),
    (
        "united nations high commissioner for refugees",
        "United Nations High Commissioner for Refugees",
    ),
    ("secretariat of the united nations", "Secretariat"),
    ("united nations secretariat", "Secretariat"),
];

/// An addressee of the known list with words one letter off ("THE PRESIDENT OF THt SECURITY
/// COUWCIL").
pub(super) fn damaged_addressee_at(text: &str, pos: usize) -> (Vec<String>, usize) {
    let mut p = skip_spaces(text, pos);
    if let Some(e) = phrase_at(text, p, "the") {
        p = skip_spaces(text, e);
    }
    for (printed, canon) in ADDRESSEES {
        let want: Vec<&str> = printed.split(' ').collect();
        let got: Vec<_> = words_iter(slice(text, p, text.len()))
            .take(want.len())
            .collect();
        if got.len() < want.len() {
            continue;
        }
        let rest = slice(text, p, text.len());
        let same = want.iter().zip(&got).all(|(w, g)| {
            let g = g.text(rest).to_ascii_lowercase();
            g == *w || (w.len() >= 3 && one_edit_apart(&g, w))
        });
        if same && want.len() >= 2 {
            return (vec![canon.to_string()], p + got[want.len() - 1].end);
        }
    }
    (Vec::new(), pos)
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
        let Some((name, e)) = addressee_at(text, p) else {
            break;
        };
        if !out.contains(&name) {
            out.push(name);
        }
        end = e;
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
        // A footnote number glued to the addressee: "Secretary-General1 List of …".
        if let Some(e) = phrase_at(text, pos, &format!("{p}1"))
            .or_else(|| phrase_at(text, pos, &format!("{p}2")))
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
            let tail = "committee established pursuant to resolution";
            let after = skip_spaces(text, end);
            if let Some(t) = phrase_at(text, after, tail) {
                // " 1540 (2004)"
                let rest = slice(text, t, text.len());
                let num_len = rest.trim_start().find(' ').unwrap_or(0);
                let mut q = skip_spaces(text, t) + num_len;
                let r2 = slice(text, q, text.len());
                if let Some(close) = r2.find(')').filter(|&c| c <= 7) {
                    q += close + 1;
                }
                end = q;
            }
            let printed = slice(text, pos, end);
            return Some((capitalize_head(printed), end));
        }
    }
    // "the Secretariat" on its own, when no organ's secretariat is named.
    phrase_at(text, pos, "secretariat").map(|e| ("Secretariat".to_string(), e))
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
