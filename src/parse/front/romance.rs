//! The masthead lines of the French and Spanish versions: "Trente-quatrième session",
//! "Sexagésimo período de sesiones", "Point 3 de l'ordre du jour provisoire*", "Temas 12 y 13
//! del programa", read ignoring case and accents.

use super::Line;
use crate::model::{Session, SessionKind};
use crate::text::{
    any_folded_at, entry_folded_at, folded, french_ordinal_at, skip_spaces, slice,
    spanish_ordinal_at,
};

/// What follows the ordinal of a session line, longest first.
const FR_SESSIONS: [(&str, Option<SessionKind>); 4] = [
    (
        "session extraordinaire d'urgence",
        Some(SessionKind::EmergencySpecial),
    ),
    ("session extraordinaire", Some(SessionKind::Special)),
    ("session", Some(SessionKind::Regular)),
    ("annee", None),
];
const ES_SESSIONS: [(&str, Option<SessionKind>); 4] = [
    (
        "periodo extraordinario de sesiones de emergencia",
        Some(SessionKind::EmergencySpecial),
    ),
    (
        "periodo extraordinario de sesiones",
        Some(SessionKind::Special),
    ),
    ("periodo de sesiones", Some(SessionKind::Regular)),
    ("ano", None),
];

/// A session or year line at `pos`, in French or Spanish.
pub(super) fn session_line_at(text: &str, pos: usize) -> Option<(Line, usize)> {
    let read = |(n, e): (u32, usize), table: &[(&str, Option<SessionKind>)]| {
        let (kind, end) = entry_folded_at(text, skip_spaces(text, e), table)?;
        let line = match kind {
            Some(kind) => Line::Session(Session {
                number: Some(n),
                kind,
                text: slice(text, pos, end).to_string(),
            }),
            None => Line::Year(n),
        };
        Some((line, end))
    };
    french_ordinal_at(text, pos)
        .and_then(|o| read(o, &FR_SESSIONS))
        .or_else(|| spanish_ordinal_at(text, pos).and_then(|o| read(o, &ES_SESSIONS)))
}

/// An article or preposition before a session a title names ("… À LA TRENTE-QUATRIÈME
/// SESSION …", "… DEL SEXAGÉSIMO PERÍODO …"): no masthead line begins after it.
pub(super) fn is_article(w: &str) -> bool {
    let w = folded(w);
    [
        "la", "le", "les", "l'", "du", "des", "de", "el", "del", "los", "las", "al",
    ]
    .contains(&w.as_str())
}

/// Where the numbers of an agenda line begin: "Point", "Points", "Tema", "Temas".
pub(super) fn agenda_head_at(text: &str, pos: usize) -> Option<usize> {
    // The capital tells the line from a word of a sentence ("le point 3 de …").
    if !slice(text, pos, text.len()).starts_with(['P', 'T']) {
        return None;
    }
    let e = any_folded_at(text, pos, &["points", "point", "temas", "tema"])?;
    // A number follows the head word: no other word is an agenda line.
    slice(text, e, text.len())
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit())
        .then_some(e)
}

/// After the numbers: "de l'ordre du jour provisoire", "del programa provisional".
pub(super) fn agenda_tail_at(text: &str, pos: usize) -> Option<usize> {
    any_folded_at(
        text,
        pos,
        &[
            "de l'ordre du jour provisoire",
            "de l'ordre du jour",
            "de la liste preliminaire",
            "del programa provisional",
            "del programa",
            "de la lista preliminar",
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_and_agenda_heads() {
        let session = |t: &str| match session_line_at(t, 0) {
            Some((Line::Session(s), _)) => Some((s.number, s.kind)),
            _ => None,
        };
        assert_eq!(
            session("Trente-quatrième session Point 3"),
            Some((Some(34), SessionKind::Regular))
        );
        assert_eq!(
            session("Sexagésimo período de sesiones Solicitud"),
            Some((Some(60), SessionKind::Regular))
        );
        assert_eq!(
            session("Dixième session extraordinaire d'urgence"),
            Some((Some(10), SessionKind::EmergencySpecial))
        );
        assert!(matches!(
            session_line_at("Sexagésimo primer año", 0),
            Some((Line::Year(61), _))
        ));
        assert_eq!(session("Trente-quatrième fois"), None);
        assert!(is_article("LA") && is_article("DEL") && !is_article("PAR") && !is_article("a"));
        let t = "Point 3 de l'ordre du jour provisoire*";
        assert_eq!(agenda_head_at(t, 0), Some(5));
        assert_eq!(agenda_tail_at(t, 8), Some(t.len() - 1));
        assert_eq!(agenda_head_at("Temas 12 y 13 del programa", 0), Some(5));
        // A word of a sentence, or a head without its number, is no agenda line.
        assert_eq!(agenda_head_at("point 3 de l'ordre", 0), None);
        assert_eq!(agenda_head_at("Point de vue", 0), None);
    }
}
