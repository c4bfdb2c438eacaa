//! The Secretaries-General and the years they held the office: a letter signed by one of them
//! in those years, with no title or role printed, is the Secretary-General's.
//!
//! Each is known by the surname an address block or a signature prints, in any ASCII case
//! ("Javier PEREZ DE CUELLAR", "Kofi A. ANNAN", "Mr. Ban Ki-moon"), its first letter a capital.

/// A Secretary-General: the surnames printed for them and the first and last year in office.
struct Term {
    surnames: &'static [&'static str],
    from: u32,
    to: u32,
}

/// Source: the United Nations' list of former Secretaries-General.
const SECRETARIES_GENERAL: &[Term] = &[
    Term {
        surnames: &["Lie"],
        from: 1946,
        to: 1953,
    },
    Term {
        surnames: &["Hammarskjöld", "HAMMARSKJÖLD", "Hammarskjold"],
        from: 1953,
        to: 1961,
    },
    Term {
        surnames: &["Thant"],
        from: 1961,
        to: 1971,
    },
    Term {
        surnames: &["Waldheim"],
        from: 1972,
        to: 1981,
    },
    Term {
        surnames: &["Cuéllar", "CUÉLLAR", "Cuellar"],
        from: 1982,
        to: 1991,
    },
    Term {
        surnames: &["Boutros-Ghali"],
        from: 1992,
        to: 1996,
    },
    Term {
        surnames: &["Annan"],
        from: 1997,
        to: 2006,
    },
    Term {
        surnames: &["Ki-moon"],
        from: 2007,
        to: 2016,
    },
    Term {
        surnames: &["Guterres"],
        from: 2017,
        to: u32::MAX,
    },
];

fn names(term: &Term, word: &str) -> bool {
    let word = word.trim_end_matches([',', '.', ';', ':']);
    // A capital first: "lie" in running text is a verb.
    word.starts_with(|c: char| c.is_uppercase())
        && term.surnames.iter().any(|s| s.eq_ignore_ascii_case(word))
}

/// Whether `word` is the surname of a Secretary-General of any year.
pub fn is_secretary_general_surname(word: &str) -> bool {
    SECRETARIES_GENERAL.iter().any(|t| names(t, word))
}

/// Whether the name `name` (its words) names the Secretary-General in office in `year`.
pub fn secretary_general_in(name: &str, year: u32) -> bool {
    SECRETARIES_GENERAL
        .iter()
        .filter(|t| t.from <= year && year <= t.to)
        .any(|t| name.split_whitespace().any(|w| names(t, w)))
}
