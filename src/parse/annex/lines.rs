//! The lines of an annex's head around its title: the issuing body's line before it and a
//! second heading line after it.

use super::is_year;
use crate::gazetteer;
use crate::text::one_of;
use crate::text::{
    is_capitalized, is_function_word, latin_lowercase, next_word, skip_spaces, words,
};

/// Where the document's own title starts after the line of the body that issued it ("Supreme
/// Council Final Report of the Fifteenth Session", "Ministry of Foreign Affairs and Regional
/// Cooperation Press release", "Meeting of the League of Arab States … (extraordinary session)
/// Resolution 8042 concerning …"): a kind of document, capitalized, after a line that names a
/// body and ends on a word of it, not on a function word. A resolution the title cites
/// ("… Established Pursuant to Security Council Resolution 1363 (2001)") issues nothing.
pub(super) fn issuer_end(title: &str) -> Option<usize> {
    const BODIES: &[&str] = &[
        "ministry",
        "council",
        "league",
        "meeting",
        "government",
        "office",
        "committee",
        "conference",
        "summit",
        "secretariat",
        "presidency",
        "embassy",
        "department",
    ];
    let ws = words(title);
    for k in 1..ws.len().min(24).saturating_sub(1) {
        let w = ws[k].text(title);
        // The next word is lower-cased only after a word that names a kind.
        let next = || latin_lowercase(ws[k + 1].text(title));
        let kind = match latin_lowercase(w).as_str() {
            "final" => matches!(
                next().as_str(),
                "report" | "communiqué" | "communique" | "declaration"
            ),
            "press" => matches!(
                next().as_str(),
                "release" | "statement" | "communiqué" | "communique"
            ),
            "resolution" => next().bytes().next().is_some_and(|b| b.is_ascii_digit()),
            "joint" => matches!(
                next().as_str(),
                "statement" | "declaration" | "communiqué" | "communique"
            ),
            _ => false,
        };
        let prev = ws[k - 1].text(title);
        if !kind || !is_capitalized(w) || is_function_word(prev) {
            continue;
        }
        let issuer = &ws[..k];
        // "… Established Pursuant to Security Council Resolution 1363 (2001)": a resolution the
        // title cites, not one the line before issued.
        let cited = latin_lowercase(w) == "resolution"
            && issuer
                .iter()
                .any(|x| latin_lowercase(x.text(title)) == "pursuant");
        if cited {
            continue;
        }
        let names_body = issuer
            .iter()
            .any(|x| one_of(BODIES, latin_lowercase(x.text(title)).as_str()));
        if names_body && is_capitalized(issuer[0].text(title)) {
            return Some(ws[k].start);
        }
    }
    None
}

/// Splits a title from a subtitle run together with it ("Candidacy of Denmark … at the
/// elections in 2007 Voluntary pledges and commitments …", "…, 2020–2022 Voluntary pledges"):
/// a capitalized word before a lowercase one, right after a year or a span of years that
/// closes the first line. A capital after a lowercase word is no sign: titles capitalize
/// proper names ("the twelve States members", "the 1999 Summit of Heads of State").
pub(super) fn subtitle_split(title: &str) -> (usize, Option<String>) {
    // A title in capitals has no case to tell its lines apart.
    if !title.chars().any(char::is_lowercase) {
        return (title.len(), None);
    }
    let ws = words(title);
    for k in 2..ws.len().saturating_sub(1) {
        let w = ws[k].text(title);
        let prev = ws[k - 1].text(title);
        let before = ws[k - 2].text(title);
        let next = ws[k + 1].text(title);
        // "the 1999 Summit": a year that qualifies the noun after it.
        let attributive = matches!(
            before.to_ascii_lowercase().as_str(),
            "the" | "a" | "its" | "their"
        );
        if is_year_or_span(prev)
            && !attributive
            && is_capitalized(w)
            && !matches!(w.trim_end_matches(','), "I" | "H" | "AH")
            && next.chars().next().is_some_and(char::is_lowercase)
        {
            let sub = title[ws[k].start..].trim().to_string();
            return (title[..ws[k].start].trim_end().len(), Some(sub));
        }
    }
    // "… for the Human Rights Council Strong supporter of the UN": a capitalized word right
    // after a body's or a State's name, then a lowercase word that joins nothing, opens the
    // next line; a word that goes on with the name's title ("… Group Summit held in …") does
    // not.
    // Lazily: the first name followed so is the one wanted.
    for m in gazetteer::find_iter(title) {
        if matches!(m.entity, gazetteer::Entity::Demonym(_)) {
            continue;
        }
        let at = skip_spaces(title, m.end);
        let w = next_word(title, at);
        let n = next_word(title, skip_spaces(title, at + w.len()));
        let goes_on = TITLE_NOUNS.iter().any(|t| t.eq_ignore_ascii_case(w));
        if at > m.end
            && is_capitalized(w)
            && w.chars().all(char::is_alphabetic)
            && !goes_on
            && !is_function_word(w)
            && n.chars().next().is_some_and(char::is_lowercase)
            // "United Nations Headquarters on …", "OAU Mechanism for …": a longer name.
            && !is_function_word(n)
        {
            return (m.end, Some(title[at..].trim().to_string()));
        }
    }
    (title.len(), None)
}

/// Nouns that go on with a title after the name they follow ("the Group of 77 Summit held …").
const TITLE_NOUNS: &[&str] = &[
    "Summit",
    "Meeting",
    "Session",
    "Conference",
    "Declaration",
    "Statement",
    "Communique",
    "Communiqué",
    "Resolution",
    "Decision",
    "Report",
    "Plan",
    "Agreement",
    "Treaty",
    "Protocol",
    "Memorandum",
    "Council",
    "Ministers",
    "Committee",
    "Secretariat",
    "Government",
    "Ministry",
];

/// "2007", "2020–2022", "2020-2022".
fn is_year_or_span(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.', ')']);
    is_year(w)
        || w.split_once(['\u{2013}', '-'])
            .is_some_and(|(a, b)| is_year(a) && is_year(b))
}
