//! Copies the gazetteer's tables into OUT_DIR without their `#` comment lines and without the
//! `note` columns that say where a fact comes from: sources and notes stay in `data/`, the
//! module carries only what it reads. Memberships are grouped: one line for each organization
//! and pair of dates, with its States (`NATO\t1949-08-24\t\tBEL CAN DNK …`), a quarter of the
//! one-row-a-State table the data keeps for its readers.

use std::path::Path;

/// Each table, and how many of its columns the gazetteer reads (`None`: all).
const TABLES: [(&str, Option<usize>); 9] = [
    ("states", None),
    ("organizations", None),
    ("organs", None),
    ("places", None),
    ("features", Some(3)),
    ("demonyms", Some(2)),
    ("memberships", Some(4)),
    ("names", Some(5)),
    ("romance", None),
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for (name, columns) in TABLES {
        let src = format!("data/{name}.tsv");
        println!("cargo:rerun-if-changed={src}");
        let text = std::fs::read_to_string(&src).expect("gazetteer table");
        let mut kept = String::with_capacity(text.len());
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let line = match columns {
                Some(n) => {
                    let end = line
                        .match_indices('\t')
                        .nth(n - 1)
                        .map_or(line.len(), |(k, _)| k);
                    &line[..end]
                }
                None => line,
            };
            kept.push_str(line);
            kept.push('\n');
        }
        if name == "memberships" {
            kept = grouped(&kept);
        }
        if name == "romance" {
            kept = folded_names(&kept);
        }
        std::fs::write(Path::new(&out).join(format!("{name}.tsv")), kept).expect("write table");
    }
}

/// `code, lang, names` rows as one `name code` line a name, each folded as the parser reads
/// (`crate::text::folded`: lower case, no accents) and sorted by first word, longest first, so
/// that the module neither folds nor sorts them.
fn folded_names(rows: &str) -> String {
    let mut names: Vec<(String, String, &str)> = Vec::new();
    for row in rows.lines() {
        let f: Vec<&str> = row.split('\t').map(str::trim).collect();
        let [code, _lang, list] = f[..] else {
            panic!("romance.tsv: {row:?} has {} columns, want 3", f.len());
        };
        for name in list.split('|') {
            let folded: String = name.chars().map(fold).collect();
            let key: String = folded.chars().take_while(|c| c.is_alphabetic()).collect();
            names.push((key, folded, code));
        }
    }
    names.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.len().cmp(&a.1.len())));
    names.dedup();
    names
        .iter()
        .map(|(_, n, c)| format!("{n}\t{c}\n"))
        .collect()
}

/// `crate::text::base`, which build scripts cannot import; a test holds the two equal.
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'Ó' | 'Ò' | 'Ô' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        '\u{2019}' => '\'',
        c => c.to_ascii_lowercase(),
    }
}

/// `org, state, joined, left` rows as `org, joined, left, states` lines, in first-seen order.
fn grouped(rows: &str) -> String {
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for row in rows.lines() {
        let f: Vec<&str> = row.split('\t').map(str::trim).collect();
        let [org, state, joined, left] = f[..] else {
            panic!("memberships.tsv: {row:?} has {} columns, want 4", f.len());
        };
        let key = format!("{org}\t{joined}\t{left}");
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => g.1.push(state),
            None => groups.push((key, vec![state])),
        }
    }
    groups
        .iter()
        .map(|(k, states)| format!("{k}\t{}\n", states.join(" ")))
        .collect()
}
