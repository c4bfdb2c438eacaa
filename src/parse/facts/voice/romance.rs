//! The State a French or Spanish letter speaks for, by the stand it takes in its own name, as
//! [`super::stance`] reads English ones: a State by its French or Spanish name that opens a
//! sentence or a clause, past its article and "Royaume du", "République de", "Gouvernement
//! du", "Gobierno de", and takes a position in the present or the perfect — "La Jamahiriya
//! arabe libyenne tient à souligner que …", "A cet égard, le Royaume du Maroc souhaite
//! souligner les points suivants", "Le Myanmar s'oppose fermement à cette invitation", "La
//! Argentina ha reiterado …". Read only in a text written in those languages, where the names
//! are not English words; two States that take a stand: none is read.

use crate::gazetteer;
use crate::model::State;
use crate::text::{folded, words, words_iter};

/// Verbs of a position taken, folded, as word beginnings: "rejette", "réitère", "rechaza".
const STANCES: &[&str] = &[
    "rejett", "condamn", "reiter", "reaffirm", "soulign", "oppos", "exig", "denonc", "protest",
    "deplor", "insist", "reserv", "rechaz", "conden", "reafirm", "subray", "denunci", "opon",
    "exhort",
];

/// Words that may stand between the State and its verb: auxiliaries, adverbs, the verbs that
/// carry an infinitive ("tient à souligner", "souhaite souligner").
const BETWEEN: &[&str] = &[
    "tient",
    "a",
    "souhaite",
    "toujours",
    "fermement",
    "donc",
    "egalement",
    "aussi",
    "vivement",
    "ha",
    "se",
    "desea",
    "reitera",
    "una",
    "vez",
    "mas",
    "nuevamente",
    "energicamente",
    "firmemente",
];

/// Auxiliaries of the perfect: a participle ("réitéré", "reiterado") only after one.
const AUXILIARIES: &[&str] = &["a", "ha"];

/// Words before a State's name that belong to its subject: the article, "Royaume du".
const LEADS: &[&str] = &[
    "le",
    "la",
    "l'",
    "el",
    "royaume",
    "du",
    "de",
    "reino",
    "republique",
    "republica",
    "gouvernement",
    "gobierno",
    "del",
];

/// The one State a French or Spanish `body` shows taking a stand, if exactly one does.
pub(super) fn subject(body: &str) -> Option<State> {
    if !in_romance(body) {
        return None;
    }
    let mut found: Option<&'static gazetteer::StateInfo> = None;
    for w in words_iter(body) {
        // "l'Argentine": the name after the elided article.
        let at = ["l'", "l\u{2019}", "L'", "L\u{2019}"]
            .iter()
            .find_map(|a| w.text(body).starts_with(a).then(|| w.start + a.len()))
            .unwrap_or(w.start);
        let Some((state, end)) = gazetteer::state_in_romance_at(body, at) else {
            continue;
        };
        if !opens_clause(body.get(..w.start).unwrap_or("")) {
            continue;
        }
        if !takes_a_stand(body.get(end..).unwrap_or("")) {
            continue;
        }
        match found {
            Some(f) if f.code != state.code => return None,
            _ => found = Some(state),
        }
    }
    found.map(|s| State {
        code: s.code.to_string(),
        name: s.name.to_string(),
    })
}

/// Whether the text reads as French or Spanish: their function words outnumber English ones.
fn in_romance(body: &str) -> bool {
    let (mut romance, mut english) = (0usize, 0usize);
    for w in words(body).iter().take(400) {
        match folded(w.text(body)).as_str() {
            "le" | "la" | "les" | "de" | "des" | "du" | "el" | "los" | "del" | "que" | "une"
            | "et" | "y" | "por" | "pour" | "en" | "las" | "un" | "una" => romance += 1,
            "the" | "of" | "and" | "to" | "that" | "is" => english += 1,
            _ => {}
        }
    }
    romance >= 8 && romance > 2 * english
}

/// Whether `before` ends where a sentence or a clause begins, past the words that open the
/// State's subject.
fn opens_clause(before: &str) -> bool {
    let mut b = before.trim_end();
    loop {
        let (head, last) = match b.rfind(' ') {
            Some(i) => (&b[..i], &b[i + 1..]),
            None => ("", b),
        };
        if last.is_empty() || !LEADS.contains(&folded(last).as_str()) {
            break;
        }
        b = head.trim_end();
    }
    b.is_empty() || b.ends_with(['.', '!', '?', ';', ':', ','])
}

/// Whether the words after the subject take a stand: a verb of position, in the perfect after
/// its auxiliary ("a réitéré", "ha reiterado").
fn takes_a_stand(after: &str) -> bool {
    let mut auxiliary = false;
    for w in words_iter(after).take(6) {
        let raw = w.text(after).trim_end_matches([',', ';', ':', '.']);
        let f = folded(raw);
        let f = f.strip_prefix("s'").unwrap_or(&f);
        if STANCES.iter().any(|s| f.starts_with(s)) {
            let participle = raw.ends_with(['é', 'É'])
                || raw.ends_with("ée")
                || f.ends_with("ado")
                || f.ends_with("ido");
            return auxiliary || !participle;
        }
        if BETWEEN.contains(&f) {
            auxiliary |= AUXILIARIES.contains(&f);
            continue;
        }
        return false;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::subject;

    fn code(t: &str) -> Option<String> {
        subject(t).map(|s| s.code)
    }

    #[test]
    fn a_state_that_takes_a_stand_in_french_or_spanish() {
        assert_eq!(code("J'ai l'honneur de me référer à votre lettre. A cet égard, le Royaume du Maroc souhaite souligner les points suivants : la nomination relève de votre compétence et de la coopération des parties.").as_deref(), Some("MAR"));
        assert_eq!(code("J'ai l'honneur d'appeler votre attention sur une question préoccupante pour le Myanmar. Le Myanmar s'oppose fermement à cette invitation pour les motifs suivants : le rapport de la mission.").as_deref(), Some("MMR"));
        assert_eq!(code("Estimado Sr. Presidente, quisiera expresarle mi agradecimiento por las conversaciones. La Argentina ha reiterado en múltiples ocasiones su disposición a reanudar las negociaciones de la controversia y el diálogo.").as_deref(), Some("ARG"));
    }

    #[test]
    fn no_stand_no_state_in_french() {
        // A State the letter talks about, after a verb or a preposition.
        assert_eq!(code("J'ai l'honneur de vous informer que la situation au Maroc et la position de la France sont connues de tous les membres du Conseil et de la communauté."), None);
        // Two States take a stand.
        assert_eq!(code("Le Maroc rejette ces allégations. L'Algérie rejette la position du Maroc et de la communauté et des parties et des États."), None);
        // An English text: the names are not read.
        assert_eq!(
            code("Le Maroc rejette the claims of the other party to the dispute."),
            None
        );
    }
}
