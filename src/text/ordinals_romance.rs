//! French and Spanish ordinals as the masthead prints a session ("Trente-quatrième session",
//! "Soixante-dix-neuvième session", "Sexagésimo cuarto período de sesiones"), read ignoring
//! case and accents.

use super::fold::folded_word as word;

/// French cardinals, folded: the words an ordinal is built of.
const FR: [(&str, u32); 22] = [
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
];

/// Spanish ordinal stems, folded, without their gender ending: "sexagesim(o)", "cuart(a)".
const ES: [(&str, u32); 23] = [
    ("primer", 1),
    ("segund", 2),
    ("tercer", 3),
    ("cuart", 4),
    ("quint", 5),
    ("sext", 6),
    ("septim", 7),
    ("setim", 7),
    ("octav", 8),
    ("noven", 9),
    ("decim", 10),
    ("undecim", 11),
    ("duodecim", 12),
    ("vigesim", 20),
    ("trigesim", 30),
    ("cuadragesim", 40),
    ("quincuagesim", 50),
    ("sexagesim", 60),
    ("septuagesim", 70),
    ("setuagesim", 70),
    ("octogesim", 80),
    ("nonagesim", 90),
    ("centesim", 100),
];

fn french_word(w: &str) -> Option<(u32, bool)> {
    if w == "premier" || w == "premiere" {
        return Some((1, true));
    }
    let (stem, ordinal) = match w.strip_suffix("ieme") {
        Some(s) => (s, true),
        None => (w, false),
    };
    // "cinquième", "neuvième", "onzième": the cardinal lost a letter or changed one.
    let value = FR
        .iter()
        .find(|(n, _)| {
            *n == stem
                || n.strip_suffix('e') == Some(stem)
                || (stem == "cinqu" && *n == "cinq")
                || (stem == "neuv" && *n == "neuf")
        })
        .map(|(_, v)| *v)
        .or_else(|| (stem == "cent").then_some(100))
        .or_else(|| (stem == "vingts").then_some(20))?;
    Some((value, ordinal))
}

/// A French ordinal at `pos` ("Trente-quatrième", "soixante et onzième",
/// "quatre-vingt-dix-septième"): its value and end.
pub fn french_ordinal_at(text: &str, pos: usize) -> Option<(u32, usize)> {
    let mut total = 0;
    let mut last = 0;
    let mut cur = pos;
    for _ in 0..7 {
        let (w, end) = word(text, cur);
        if w == "et" && total > 0 {
            cur = end + 1;
            continue;
        }
        let (v, ordinal) = french_word(&w)?;
        // "quatre-vingt": four twenties.
        if v == 20 && last == 4 {
            total += 76;
        } else {
            total += v;
        }
        last = v;
        if ordinal {
            return Some((total, end));
        }
        match text.as_bytes().get(end) {
            Some(b'-' | b' ') => cur = end + 1,
            _ => return None,
        }
    }
    None
}

/// A Spanish ordinal at `pos` ("Sexagésimo cuarto", "Trigésimo", "decimotercer"): its value and end.
pub fn spanish_ordinal_at(text: &str, pos: usize) -> Option<(u32, usize)> {
    let mut total = 0;
    let mut cur = pos;
    let mut end_of_last = None;
    for _ in 0..3 {
        let (w, end) = word(text, cur);
        let Some(v) = spanish_word(&w) else {
            break;
        };
        total += v;
        end_of_last = Some(end);
        if text.as_bytes().get(end) != Some(&b' ') {
            break;
        }
        cur = end + 1;
    }
    end_of_last.map(|e| (total, e))
}

/// One Spanish ordinal word, compounds included ("decimotercero", "vigesimoprimera").
fn spanish_word(w: &str) -> Option<u32> {
    let whole = |w: &str| {
        let stem = w
            .strip_suffix('o')
            .or_else(|| w.strip_suffix('a'))
            .unwrap_or(w);
        ES.iter()
            .find(|(s, _)| *s == stem || *s == w)
            .map(|(_, v)| *v)
    };
    whole(w).or_else(|| {
        ES.iter().find_map(|(tens, t)| {
            let rest = w.strip_prefix(tens)?;
            let rest = rest.strip_prefix('o').or_else(|| rest.strip_prefix('a'))?;
            (*t >= 10 && *t % 10 == 0).then_some(())?;
            whole(rest).filter(|u| *u < 10).map(|u| t + u)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french() {
        let v = |s: &str| french_ordinal_at(s, 0).map(|(n, _)| n);
        assert_eq!(v("Trente-quatrième session"), Some(34));
        assert_eq!(v("SOIXANTE-DIX-NEUVIEME SESSION"), Some(79));
        assert_eq!(v("soixante et onzième session"), Some(71));
        assert_eq!(v("Quatre-vingtième session"), Some(80));
        assert_eq!(v("quatre-vingt-dix-septième"), Some(97));
        assert_eq!(v("Vingt et unième session"), Some(21));
        assert_eq!(v("Cinquième session"), Some(5));
        assert_eq!(v("Neuvième"), Some(9));
        assert_eq!(v("Onzième"), Some(11));
        assert_eq!(v("Première session"), Some(1));
        assert_eq!(v("Trente mille"), None);
        assert_eq!(v("Session"), None);
        assert_eq!(
            french_ordinal_at("Trente-quatrième session", 0).map(|x| x.1),
            Some(17)
        );
    }

    #[test]
    fn spanish() {
        let v = |s: &str| spanish_ordinal_at(s, 0).map(|(n, _)| n);
        assert_eq!(v("Sexagésimo período de sesiones"), Some(60));
        assert_eq!(v("Sexagésimo cuarto período"), Some(64));
        assert_eq!(v("TRIGESIMO CUARTO PERIODO"), Some(34));
        assert_eq!(v("Quincuagésimo noveno período"), Some(59));
        assert_eq!(v("Decimotercer período"), Some(13));
        assert_eq!(v("Vigésima primera sesión"), Some(21));
        assert_eq!(v("Septuagésimo"), Some(70));
        assert_eq!(v("período"), None);
        assert_eq!(
            spanish_ordinal_at("Sexagésimo cuarto período", 0).map(|x| x.1),
            Some(18)
        );
    }
}
