//! Titles of the Spanish and French versions, which the UN prints in fixed shapes: the kind,
//! the date, the addressees, then the sender ("Carta de fecha 12 de agosto de 2005 dirigida al
//! Secretario General por el Representante Permanente de … ante las Naciones Unidas", "Lettre
//! datée du 18 septembre 1979, adressée au Président de l'Assemblée générale par le représentant
//! permanent de … auprès de l'Organisation des Nations Unies"). Offices and roles are given by
//! their English names, as the English titles give them; a State by a name the gazetteer knows.

use super::Title;
use crate::gazetteer;
use crate::model::{DocumentKind, Sender, State};
use crate::text::{
    any_folded_at as any_at, base, entry_folded_at as entry_at, folded_at, skip_spaces, slice,
    words_iter,
};

/// One language's title grammar, its phrases in lower case without accents: they are read
/// ignoring both (old mastheads print "LETTRE DATEE DU", others "LETTRE DATÉE DU").
struct Grammar {
    /// The language's code, for the Document's `language`.
    code: &'static str,
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
    /// The article before a State's name in a list ("el Canadá", "la Fédération de Russie").
    articles: &'static [&'static str],
    /// Before the last State of a list ("y", "e Israel", "et").
    last: &'static [&'static str],
    offices: &'static [(&'static str, &'static str)],
    roles: &'static [(&'static str, &'static str)],
}

const SPANISH: Grammar = Grammar {
    code: "es",
    starters: &[
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
        "ante la organizacion de las naciones unidas",
    ],
    of: &["de la", "de los", "de las", "del", "de"],
    articles: &["el", "la", "los", "las"],
    last: &["y", "e"],
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
        (MISSION_ES, "Permanent Mission"),
        ("observador permanente", "Permanent Observer"),
    ],
};

const FRENCH: Grammar = Grammar {
    code: "fr",
    starters: &[
        (
            "lettres identiques datees du",
            DocumentKind::IdenticalLetters,
        ),
        ("lettre datee du", DocumentKind::Letter),
        ("note verbale datee du", DocumentKind::NoteVerbale),
    ],
    months: [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ],
    date_joiner: None,
    addressed: &[
        "adressees au",
        "adressee au",
        "adressee a la",
        "adressees a la",
    ],
    and: &["et au", "et a la"],
    by: &["par le", "par la", "par les", "par l'"],
    to_un: &["aupres de l'organisation des nations unies"],
    of: &["de la", "de l'", "des", "du", "de"],
    articles: &["le", "la", "les", "l'"],
    last: &["et"],
    offices: &[
        ("secretaire general", "Secretary-General"),
        (
            "president du conseil de securite",
            "President of the Security Council",
        ),
        (
            "presidente du conseil de securite",
            "President of the Security Council",
        ),
        (
            "president de l'assemblee generale",
            "President of the General Assembly",
        ),
        (
            "presidente de l'assemblee generale",
            "President of the General Assembly",
        ),
    ],
    roles: &[
        (
            "representant permanent adjoint",
            "Deputy Permanent Representative",
        ),
        ("representants permanents", "Permanent Representatives"),
        ("representant permanent", "Permanent Representative"),
        ("charge d'affaires par interim", "Chargé d'affaires a.i."),
        ("charge d'affaires", "Chargé d'affaires"),
        (MISSION_FR, "Permanent Mission"),
        ("observateur permanent", "Permanent Observer"),
    ],
};

/// Words before a letter named inside a sentence ("le texte d'une lettre datée du …", "una carta
/// de fecha …"): what follows them is no title.
const ARTICLES: [&str; 9] = [
    "d'une", "une", "la", "sa", "cette", "una", "su", "esta", "dicha",
];

/// The language of the Spanish or French title that opens at `pos`, if one does.
pub(in crate::parse) fn language_at(text: &str, pos: usize) -> Option<&'static str> {
    [SPANISH, FRENCH]
        .iter()
        .find(|g| entry_at(text, pos, g.starters).is_some())
        .map(|g| g.code)
}

/// A Spanish or French date at `pos` ("15 de agosto de 2005", "18 septembre 1979"): the ISO
/// date and its end.
pub(in crate::parse) fn date_in_either(text: &str, pos: usize) -> Option<(String, usize)> {
    [SPANISH, FRENCH].iter().find_map(|g| date_at(g, text, pos))
}

/// A Spanish or French title at `pos`.
pub(super) fn parse_at(text: &str, pos: usize) -> Option<Title> {
    [SPANISH, FRENCH]
        .iter()
        .find_map(|g| parse_with(g, text, pos))
}

/// [`parse_at`] for the letter an annex heading names after its label, "Anexo de la carta de
/// fecha …": the article before it is the heading's, not a sentence's.
pub(super) fn parse_annexed_at(text: &str, pos: usize) -> Option<Title> {
    [SPANISH, FRENCH]
        .iter()
        .find_map(|g| parse_with_article(g, text, pos, true))
}

fn parse_with(g: &Grammar, text: &str, pos: usize) -> Option<Title> {
    parse_with_article(g, text, pos, false)
}

fn parse_with_article(g: &Grammar, text: &str, pos: usize, annexed: bool) -> Option<Title> {
    let (kind, after) = entry_at(text, pos, g.starters)?;
    // Read only where a starter stands: this runs at every capitalized word a title may open.
    let prev: String = crate::text::prev_word(text, pos)
        .chars()
        .map(base)
        .collect();
    if !annexed && ARTICLES.contains(&prev.as_str()) {
        return None;
    }
    let (date, after_date) = date_at(g, text, skip_spaces(text, after))?;
    let mut cur = skip_spaces(text, after_date);
    if text[cur..].starts_with(',') {
        cur = skip_spaces(text, cur + 1);
    }
    let mut cur = any_at(text, cur, g.addressed)?;
    let mut addressees = Vec::new();
    loop {
        let at = skip_spaces(text, cur);
        let Some((office, e)) = entry_at(text, at, g.offices) else {
            // An office no table knows ("al Presidente del Comité de Relaciones con el País
            // Anfitrión por …"): as printed, up to the sender.
            let e = words_iter(slice(text, at, text.len()))
                .take(16)
                .map(|w| at + w.start)
                .find(|&p| any_at(text, p, g.by).is_some())?;
            let printed = slice(text, at, e).trim();
            if !printed.starts_with(char::is_uppercase) {
                return None;
            }
            addressees.push(printed.to_string());
            cur = e;
            break;
        };
        addressees.push(office.to_string());
        cur = e;
        match any_at(text, skip_spaces(text, cur), g.and) {
            Some(e) => cur = e,
            None => break,
        }
    }
    let by_end = any_at(text, skip_spaces(text, cur), g.by)?;
    let seg_start = skip_spaces(text, by_end);
    // The sender runs to "ante las Naciones Unidas", within a sender's length.
    let (seg_end, end) = words_iter(slice(text, seg_start, text.len()))
        .take(24)
        .find_map(|w| {
            let at = seg_start + w.start;
            any_at(text, at, g.to_un).map(|e| (at, e))
        })?;
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
    // "de" after the day and after the month, in a language that prints it.
    let joined = |e: usize| match g.date_joiner {
        Some(j) => folded_at(text, skip_spaces(text, e), j),
        None => Some(e),
    };
    let (d, e) = word(pos);
    // "1er", "1º": the first of the month.
    let d = d.trim_end_matches("er").trim_end_matches('º');
    let day: u32 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
    let (m, me) = word(joined(e)?);
    let at = me - m.len();
    let month = g
        .months
        .iter()
        .position(|x| folded_at(text, at, x) == Some(me))?
        + 1;
    let (w, we) = word(joined(me)?);
    let y = w.trim_end_matches(',');
    let year: u32 = y.parse().ok().filter(|y| (1945..=2100).contains(y))?;
    Some((
        format!("{year:04}-{month:02}-{day:02}"),
        we - (w.len() - y.len()),
    ))
}

const MISSION_ES: &str = "mision permanente";
const MISSION_FR: &str = "mission permanente";

/// The sender segment's role and States: "el Representante Permanente de Viet Nam", "los
/// representantes permanentes de Australia, el Canadá, la Federación de Rusia e Israel".
fn sender(g: &Grammar, seg: &str) -> Sender {
    let Some((role, e)) = entry_at(seg, 0, g.roles) else {
        // A role no table knows ("el Ministro Consejero de Asuntos del País Anfitrión de la
        // Misión de los Estados Unidos", "los representantes de las misiones de Australia, el
        // Canadá …"): the States its title names after the first preposition that has one.
        return Sender {
            states: states_named(g, seg),
            ..Sender::default()
        };
    };
    let mut of = any_at(seg, skip_spaces(seg, e), g.of);
    // "… interino de la Misión Permanente de Chile": the mission's State.
    if let Some(m) = of.and_then(|o| any_at(seg, skip_spaces(seg, o), &[MISSION_ES, MISSION_FR])) {
        of = any_at(seg, skip_spaces(seg, m), g.of);
    }
    let mut states = Vec::new();
    if let Some(cur) = of {
        states = state_list(g, seg, cur);
        // A name the English version also gives ("Cuba", "Viet Nam") that the table lacks.
        if states.is_empty() {
            states.extend(
                gazetteer::state_by_name(seg[cur..].trim()).map(crate::parse::sender::state),
            );
        }
    }
    Sender {
        role: Some(role.to_string()),
        states,
        organization: None,
    }
}

/// The States `seg` lists after the first of its prepositions that has one.
fn states_named(g: &Grammar, seg: &str) -> Vec<State> {
    words_iter(seg)
        .filter_map(|w| any_at(seg, w.start, g.of))
        .map(|of| state_list(g, seg, of))
        .find(|l| !l.is_empty())
        .unwrap_or_default()
}

/// The first State a Spanish or French phrase names after a preposition ("Misión Permanente
/// del Canadá ante …"): a signer's title in those versions.
pub(in crate::parse) fn state_named(seg: &str) -> Option<State> {
    [SPANISH, FRENCH]
        .iter()
        .find_map(|g| states_named(g, seg).into_iter().next())
}

/// The States listed from `cur`, each after its article, joined by commas and the last by
/// "y", "e" or "et".
fn state_list(g: &Grammar, seg: &str, mut cur: usize) -> Vec<State> {
    let mut states = Vec::new();
    loop {
        let mut at = skip_spaces(seg, cur);
        if let Some(e) = any_at(seg, at, g.articles) {
            at = skip_spaces(seg, e);
        }
        let Some((state, end)) = gazetteer::state_in_romance_at(seg, at) else {
            break;
        };
        states.push(crate::parse::sender::state(state));
        let p = skip_spaces(seg, end);
        cur = match seg[p..].starts_with(',') {
            true => p + 1,
            false => match any_at(seg, p, g.last) {
                Some(e) => e,
                None => break,
            },
        };
    }
    states
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
        assert_eq!(t.sender.states[0].code, "CSK");
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
        // In capitals, with or without accents, as mastheads print it.
        let caps = "LETTRE DATÉE DU 18 SEPTEMBRE 1979, ADRESSÉE AU PRÉSIDENT DE L'ASSEMBLÉE GÉNÉRALE PAR LE REPRÉSENTANT PERMANENT DE LA TCHÉCOSLOVAQUIE AUPRÈS DE L'ORGANISATION DES NATIONS UNIES";
        let t = parse_at(caps, 0).unwrap();
        assert_eq!(t.addressees, ["President of the General Assembly"]);
        assert_eq!(t.end, caps.len());
        let joint = "Carta de fecha 12 de agosto de 2005 dirigida al Secretario General por los representantes permanentes de Australia, el Canadá, los Estados Unidos de América, la Federación de Rusia e Israel ante las Naciones Unidas";
        let t = parse_at(joint, 0).unwrap();
        let codes: Vec<_> = t.sender.states.iter().map(|s| s.code.as_str()).collect();
        assert_eq!(codes, ["AUS", "CAN", "USA", "RUS", "ISR"]);
        // The longest name: the United Kingdom's holds "e Irlanda", which ends no list here.
        let uk = "Nota verbal de fecha 3 de marzo de 2004 dirigida al Presidente del Consejo de Seguridad por la Misión Permanente del Reino Unido de Gran Bretaña e Irlanda del Norte ante las Naciones Unidas";
        let t = parse_at(uk, 0).unwrap();
        assert_eq!(t.sender.states.len(), 1);
        assert_eq!(t.sender.states[0].code, "GBR");
        let fr = "Lettre datée du 2 mars 2010, adressée au Secrétaire général par le Chargé d'affaires par intérim de la Mission permanente de la République islamique d'Iran auprès de l'Organisation des Nations Unies";
        let t = parse_at(fr, 0).unwrap();
        assert_eq!(t.sender.role.as_deref(), Some("Chargé d'affaires a.i."));
        assert_eq!(t.sender.states[0].code, "IRN");
        // An office and a role no table knows: the office as printed, the mission's State.
        let host = "Carta de fecha 10 de agosto de 2007 dirigida al Presidente del Comité de Relaciones con el País Anfitrión por el Ministro Consejero de Asuntos del País Anfitrión de la Misión de los Estados Unidos ante las Naciones Unidas";
        let t = parse_at(host, 0).unwrap();
        assert_eq!(
            t.addressees,
            ["Presidente del Comité de Relaciones con el País Anfitrión"]
        );
        assert_eq!(t.sender.role, None);
        assert_eq!(t.sender.states[0].code, "USA");
        let missions = "Carta de fecha 12 de agosto de 2005 dirigida al Secretario General por los representantes de las misiones de Australia, el Canadá, los Estados Unidos de América, la Federación de Rusia e Israel ante las Naciones Unidas";
        let codes: Vec<_> = parse_at(missions, 0)
            .unwrap()
            .sender
            .states
            .into_iter()
            .map(|s| s.code)
            .collect();
        assert_eq!(codes, ["AUS", "CAN", "USA", "RUS", "ISR"]);
        let t = parse_at("CARTA DE FECHA 2 DE DICIEMBRE DE 1980 DIRIGIDA AL SECRETARIO GENERAL POR EL REPRESENTANTE PERMANENTE DE CUBA ANTE LA ORGANIZACIÓN DE LAS NACIONES UNIDAS", 0).unwrap();
        assert_eq!(t.date.as_deref(), Some("1980-12-02"));
        assert_eq!(t.sender.states[0].code, "CUB");
        // The Document says which version it is (tests/languages.rs: and so does its HTML).
        let doc = crate::parse(&format!("{fr} vous informer.")).unwrap();
        assert_eq!(doc.language.as_deref(), Some("fr"));
        let en = crate::parse("Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write.").unwrap();
        assert_eq!(en.language, None);
        // Not a title: a letter a sentence names, in capitals or not.
        let named = "LE TEXTE D'UNE LETTRE DATÉE DU 22 JUIN 2020 ADRESSÉE AU PRÉSIDENT DU CONSEIL DE SÉCURITÉ PAR LE REPRÉSENTANT PERMANENT DE L'ÉTHIOPIE AUPRÈS DE L'ORGANISATION DES NATIONS UNIES";
        assert!(parse_at(named, named.find("LETTRE").unwrap()).is_none());
        // Not a title: a sentence that quotes one without its grammar.
        assert!(parse_at("Carta del Secretario General", 0).is_none());
        assert!(parse_at("Lettre datée du 31 février", 0).is_none());
    }
}
