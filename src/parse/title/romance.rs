//! Titles of the Spanish and French versions, which the UN prints in fixed shapes: the kind,
//! the date, the addressees, then the sender ("Carta de fecha 12 de agosto de 2005 dirigida al
//! Secretario General por el Representante Permanente de … ante las Naciones Unidas", "Lettre
//! datée du 18 septembre 1979, adressée au Président de l'Assemblée générale par le représentant
//! permanent de … auprès de l'Organisation des Nations Unies"). Offices and roles are given by
//! their English names, as the English titles give them; a State by a name the gazetteer knows.

use super::Title;
use crate::gazetteer;
use crate::model::{DocumentKind, Sender, State};
use crate::text::{find_phrase_within, phrase_at, skip_spaces, slice};

/// One language's title grammar. Accented words are listed with and without their accents too:
/// old mastheads print capitals without them ("LETTRE DATEE DU").
struct Grammar {
    starters: &'static [(&'static str, DocumentKind)],
    months: [&'static str; 12],
    /// Between the day and the month, and the month and the year ("de"), if any.
    date_joiner: Option<&'static str>,
    addressed: &'static [&'static str],
    /// Joins two addressees ("y al", "et au").
    and: &'static [&'static str],
    by: &'static [&'static str],
    /// Ends the sender: "… to the United Nations".
    to_un: &'static [&'static str],
    /// Before the State in the sender ("de", "de la").
    of: &'static [&'static str],
    offices: &'static [(&'static str, &'static str)],
    roles: &'static [(&'static str, &'static str)],
}

const SPANISH: Grammar = Grammar {
    starters: &[
        ("cartas idénticas de fecha", DocumentKind::IdenticalLetters),
        ("cartas identicas de fecha", DocumentKind::IdenticalLetters),
        ("carta de fecha", DocumentKind::Letter),
        ("carta del", DocumentKind::Letter),
        ("nota verbal de fecha", DocumentKind::NoteVerbale),
        ("nota verbal del", DocumentKind::NoteVerbale),
    ],
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    date_joiner: Some("de"),
    addressed: &[
        "dirigidas al",
        "dirigida al",
        "dirigidas a la",
        "dirigida a la",
    ],
    and: &["y al", "y a la"],
    by: &["por el", "por la", "por los", "por las"],
    to_un: &[
        "ante las naciones unidas",
        "ante la organización de las naciones unidas",
    ],
    of: &["de la", "de los", "de las", "del", "de"],
    offices: &[
        ("secretario general", "Secretary-General"),
        (
            "presidente del consejo de seguridad",
            "President of the Security Council",
        ),
        (
            "presidenta del consejo de seguridad",
            "President of the Security Council",
        ),
        (
            "presidente de la asamblea general",
            "President of the General Assembly",
        ),
        (
            "presidenta de la asamblea general",
            "President of the General Assembly",
        ),
    ],
    roles: &[
        (
            "representante permanente adjunto",
            "Deputy Permanent Representative",
        ),
        ("representantes permanentes", "Permanent Representatives"),
        ("representante permanente", "Permanent Representative"),
        ("encargado de negocios interino", "Chargé d'affaires a.i."),
        ("encargada de negocios interina", "Chargé d'affaires a.i."),
        ("encargado de negocios", "Chargé d'affaires"),
        ("misión permanente", "Permanent Mission"),
        ("mision permanente", "Permanent Mission"),
        ("observador permanente", "Permanent Observer"),
    ],
};

const FRENCH: Grammar = Grammar {
    starters: &[
        (
            "lettres identiques datées du",
            DocumentKind::IdenticalLetters,
        ),
        (
            "lettres identiques datees du",
            DocumentKind::IdenticalLetters,
        ),
        ("lettre datée du", DocumentKind::Letter),
        ("lettre datee du", DocumentKind::Letter),
        ("note verbale datée du", DocumentKind::NoteVerbale),
        ("note verbale datee du", DocumentKind::NoteVerbale),
    ],
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    date_joiner: None,
    addressed: &[
        "adressées au",
        "adressée au",
        "adressees au",
        "adressee au",
        "adressée à la",
        "adressées à la",
    ],
    and: &["et au", "et à la"],
    by: &["par le", "par la", "par les", "par l'"],
    to_un: &[
        "auprès de l'organisation des nations unies",
        "aupres de l'organisation des nations unies",
    ],
    of: &["de la", "de l'", "des", "du", "de"],
    offices: &[
        ("secrétaire général", "Secretary-General"),
        ("secretaire general", "Secretary-General"),
        (
            "président du conseil de sécurité",
            "President of the Security Council",
        ),
        (
            "présidente du conseil de sécurité",
            "President of the Security Council",
        ),
        (
            "president du conseil de securite",
            "President of the Security Council",
        ),
        (
            "président de l'assemblée générale",
            "President of the General Assembly",
        ),
        (
            "présidente de l'assemblée générale",
            "President of the General Assembly",
        ),
        (
            "president de l'assemblee generale",
            "President of the General Assembly",
        ),
    ],
    roles: &[
        (
            "représentant permanent adjoint",
            "Deputy Permanent Representative",
        ),
        ("représentants permanents", "Permanent Representatives"),
        ("représentant permanent", "Permanent Representative"),
        ("representant permanent", "Permanent Representative"),
        ("chargé d'affaires par intérim", "Chargé d'affaires a.i."),
        ("chargé d'affaires", "Chargé d'affaires"),
        ("mission permanente", "Permanent Mission"),
        ("observateur permanent", "Permanent Observer"),
    ],
};

/// The first of `phrases` at `pos`, and where it ends.
fn any_at(text: &str, pos: usize, phrases: &[&'static str]) -> Option<(&'static str, usize)> {
    phrases
        .iter()
        .find_map(|p| phrase_at(text, pos, p).map(|e| (*p, e)))
}

/// A Spanish or French title at `pos`.
pub(super) fn parse_at(text: &str, pos: usize) -> Option<Title> {
    [SPANISH, FRENCH]
        .iter()
        .find_map(|g| parse_with(g, text, pos))
}

fn parse_with(g: &Grammar, text: &str, pos: usize) -> Option<Title> {
    let (kind, after) = g
        .starters
        .iter()
        .find_map(|(p, k)| phrase_at(text, pos, p).map(|e| (*k, e)))?;
    let (date, after_date) = date_at(g, text, skip_spaces(text, after))?;
    let mut cur = skip_spaces(text, after_date);
    if text[cur..].starts_with(',') {
        cur = skip_spaces(text, cur + 1);
    }
    let (_, mut cur) = any_at(text, cur, g.addressed)?;
    let mut addressees = Vec::new();
    loop {
        let at = skip_spaces(text, cur);
        let (office, e) = g
            .offices
            .iter()
            .find_map(|(p, o)| phrase_at(text, at, p).map(|e| (*o, e)))?;
        addressees.push(office.to_string());
        cur = e;
        match any_at(text, skip_spaces(text, cur), g.and) {
            Some((_, e)) => cur = e,
            None => break,
        }
    }
    let (_, by_end) = any_at(text, skip_spaces(text, cur), g.by)?;
    let seg_start = skip_spaces(text, by_end);
    // The sender runs to "ante las Naciones Unidas", within a sender's length.
    let (seg_end, end) = g
        .to_un
        .iter()
        .find_map(|p| find_phrase_within(text, seg_start, p, 24).map(|a| (a, a + p.len())))?;
    let seg = slice(text, seg_start, seg_end).trim_end();
    Some(Title {
        start: pos,
        end,
        kind,
        date: Some(date),
        sender: sender(g, seg),
        sender_span: (seg_start, seg_start + seg.len()),
        addressees,
        complete: true,
    })
}

/// "12 de agosto de 2005", "18 septembre 1979", "1er octobre 1979": the ISO date and its end.
fn date_at(g: &Grammar, text: &str, pos: usize) -> Option<(String, usize)> {
    let word = |p: usize| {
        let p = skip_spaces(text, p);
        let w = crate::text::next_word(text, p);
        (w, p + w.len())
    };
    let (d, e) = word(pos);
    // "1er", "1º": the first of the month.
    let d = d.trim_end_matches("er").trim_end_matches('º');
    let day: u32 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
    let mut e = e;
    if let Some(j) = g.date_joiner {
        e = phrase_at(text, skip_spaces(text, e), j)?;
    }
    let (m, me) = word(e);
    let month = g.months.iter().position(|x| m.eq_ignore_ascii_case(x))? + 1;
    let mut e = me;
    if let Some(j) = g.date_joiner {
        e = phrase_at(text, skip_spaces(text, e), j)?;
    }
    let (w, we) = word(e);
    let y = w.trim_end_matches(',');
    let year: u32 = y.parse().ok().filter(|y| (1945..=2100).contains(y))?;
    Some((
        format!("{year:04}-{month:02}-{day:02}"),
        we - (w.len() - y.len()),
    ))
}

/// The sender segment's role and State: "el Representante Permanente de Viet Nam".
fn sender(g: &Grammar, seg: &str) -> Sender {
    let Some((role, e)) = g
        .roles
        .iter()
        .find_map(|(p, r)| phrase_at(seg, 0, p).map(|e| (*r, e)))
    else {
        return Sender::default();
    };
    let p = skip_spaces(seg, e);
    let states = any_at(seg, p, g.of)
        .map(|(_, e)| seg[e..].trim())
        .and_then(gazetteer::state_by_name)
        .map(|s| State {
            code: s.code.to_string(),
            name: s.name.to_string(),
        })
        .into_iter()
        .collect();
    Sender {
        role: Some(role.to_string()),
        states,
        organization: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_and_french_titles() {
        let es = "Carta del 23 de noviembre de 1979 dirigida al Secretario General por el Representante Permanente de Viet Nam ante las Naciones Unidas Tengo el honor";
        let t = parse_at(es, 0).unwrap();
        assert_eq!(t.kind, DocumentKind::Letter);
        assert_eq!(t.date.as_deref(), Some("1979-11-23"));
        assert_eq!(t.addressees, ["Secretary-General"]);
        assert_eq!(t.sender.role.as_deref(), Some("Permanent Representative"));
        assert_eq!(t.sender.states[0].code, "VNM");
        assert_eq!(&es[t.end..], " Tengo el honor");
        let fr = "Lettre datée du 18 septembre 1979, adressée au Président de l'Assemblée générale par le représentant permanent de la Tchécoslovaquie auprès de l'Organisation des Nations Unies J'ai l'honneur";
        let t = parse_at(fr, 0).unwrap();
        assert_eq!(t.date.as_deref(), Some("1979-09-18"));
        assert_eq!(t.addressees, ["President of the General Assembly"]);
        assert_eq!(t.sender.role.as_deref(), Some("Permanent Representative"));
        // A name the gazetteer does not know in French is no State: never a guess.
        assert!(t.sender.states.is_empty());
        assert_eq!(&fr[t.end..], " J'ai l'honneur");
        let id = "Cartas idénticas de fecha 1º de mayo de 2001 dirigidas al Secretario General y al Presidente del Consejo de Seguridad por el Encargado de Negocios interino de Chile ante las Naciones Unidas";
        let t = parse_at(id, 0).unwrap();
        assert_eq!(t.date.as_deref(), Some("2001-05-01"));
        assert_eq!(t.kind, DocumentKind::IdenticalLetters);
        assert_eq!(
            t.addressees,
            ["Secretary-General", "President of the Security Council"]
        );
        assert_eq!(t.sender.role.as_deref(), Some("Chargé d'affaires a.i."));
        assert_eq!(t.sender.states[0].code, "CHL");
        // Not a title: a sentence that quotes one without its grammar.
        assert!(parse_at("Carta del Secretario General", 0).is_none());
        assert!(parse_at("Lettre datée du 31 février", 0).is_none());
    }
}
