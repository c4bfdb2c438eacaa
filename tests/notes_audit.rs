//! The notes an editor would sign, checked on every corpus document: short (a sentence or two,
//! at most 40 words), no note that says nothing ("its title is not printed"), no doubled or
//! stranded punctuation, one note per entity, no text repeated across a quarter of the corpus
//! (boilerplate), links only to undocs.org symbols, and no disputed fact stated as settled — in
//! the notes or in the gazetteer's descriptions they come from.
//!
//! Validation documents are audited too, but a failure there names the file and the check only:
//! their text is not read while the parser is tuned.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use undoc::{parse, NoteKind};

const MAX_WORDS: usize = 40;

/// Phrases that state a disputed fact as settled, and why each is disputed.
const DISPUTED: &[(&str, &str)] = &[
    ("capital", "capitals of Israel and the State of Palestine are disputed (GA res. 181 (II), SC res. 478 (1980)); notes state none"),
    ("Moroccan Sahara", "Western Sahara is a Non-Self-Governing Territory"),
    ("southern provinces", "Western Sahara is a Non-Self-Governing Territory"),
    ("Republic of Kosovo", "the UN refers to Kosovo under SC res. 1244 (1999)"),
    ("Turkish Republic of Northern Cyprus", "SC res. 541 (1983) holds it legally invalid"),
    ("Republic of Crimea", "GA res. 68/262 affirms Ukraine's territorial integrity"),
    ("Israeli Golan", "SC res. 497 (1981): the occupied Syrian Golan"),
    ("Republic of China (Taiwan)", "GA res. 2758 (XXVI)"),
    ("Arabian Gulf", "the UN's usage is 'Persian Gulf' for the body of water; neither side's name is asserted"),
    ("Judea and Samaria", "the UN's usage is 'the occupied Palestinian territory'"),
];

/// Every corpus document and the seeds: (set, path).
fn documents() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut out = Vec::new();
    for dir in ["corpus", "seeds"] {
        let mut stack = vec![root.join(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "txt") {
                    let set = d.file_name().unwrap().to_string_lossy().into_owned();
                    out.push((set, p));
                }
            }
        }
    }
    out.sort();
    out
}

/// What is wrong with one generated note's text, if anything.
fn text_fault(text: &str) -> Option<&'static str> {
    let words = text.split_whitespace().count();
    if words == 0 {
        return Some("empty");
    }
    if words > MAX_WORDS {
        return Some("over 40 words");
    }
    let t = text.replace("...", "\u{2026}");
    if t.contains("..")
        || t.contains(" .")
        || t.contains(" ,")
        || t.contains(",,")
        || t.contains(". .")
    {
        return Some("doubled or stranded punctuation");
    }
    if !t.ends_with(['.', ')', '\u{2026}']) {
        return Some("no closing full stop");
    }
    let lower = t.to_lowercase();
    if ["not printed", "gives no title", "no title"]
        .iter()
        .any(|p| lower.contains(p))
    {
        return Some("a note that says nothing");
    }
    None
}

fn is_symbol_link(href: &str) -> bool {
    href.strip_prefix("https://undocs.org/").is_some_and(|s| {
        s.starts_with(|c: char| c.is_ascii_uppercase())
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"/.()-".contains(&b))
    })
}

#[test]
fn every_generated_note_is_one_an_editor_would_sign() {
    let docs = documents();
    assert!(docs.len() > 200, "{} documents", docs.len());
    let mut faults = Vec::new();
    let mut texts: HashMap<String, usize> = HashMap::new();
    for (set, path) in &docs {
        let file = path.file_name().unwrap().to_string_lossy();
        let hidden = set == "validation";
        let doc = parse(&std::fs::read_to_string(path).unwrap()).unwrap();
        let mut labels = HashSet::new();
        let mut seen = HashSet::new();
        for n in doc.notes.iter().filter(|n| n.kind == NoteKind::Generated) {
            let mut fault = text_fault(&n.text);
            if !labels.insert(n.label.clone()) {
                fault = fault.or(Some("two notes on one entity"));
            }
            if let Some(l) = n.links.iter().find(|l| !is_symbol_link(&l.href)) {
                let _ = l;
                fault = fault.or(Some("a link that is not a UN document symbol"));
            }
            let lower = n.text.to_lowercase();
            if let Some((p, _)) = DISPUTED
                .iter()
                .find(|(p, _)| lower.contains(&p.to_lowercase()))
            {
                let _ = p;
                fault = fault.or(Some("a disputed fact stated as settled"));
            }
            if let Some(f) = fault {
                faults.push(if hidden {
                    format!("{set}/{file}: {f}")
                } else {
                    format!("{set}/{file}: {f}: {:?}: {}", n.label, n.text)
                });
            }
            if seen.insert(n.text.clone()) {
                *texts.entry(n.text.clone()).or_default() += 1;
            }
        }
    }
    let quarter = docs.len() / 4;
    for (t, c) in &texts {
        if *c > quarter {
            faults.push(format!(
                "boilerplate: in {c} of {} documents: {t}",
                docs.len()
            ));
        }
    }
    assert!(
        faults.is_empty(),
        "{} faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
}

/// The descriptions notes are made of state no disputed fact either.
#[test]
fn no_description_settles_a_dispute() {
    let descriptions = undoc::gazetteer::organizations()
        .iter()
        .map(|o| (o.id, o.description))
        .chain(
            undoc::gazetteer::organs()
                .iter()
                .map(|o| (o.id, o.description)),
        );
    for (id, d) in descriptions {
        for (p, why) in DISPUTED {
            assert!(
                !d.to_lowercase().contains(&p.to_lowercase()),
                "{id}: {p:?}: {why}"
            );
        }
        assert!(text_fault(d).is_none(), "{id}: {:?}: {d}", text_fault(d));
    }
}

#[test]
fn the_audit_catches_what_it_names() {
    assert_eq!(
        text_fault("Its title is not printed in this document."),
        Some("a note that says nothing")
    );
    assert_eq!(
        text_fault("Signed as Chargé d'affaires a.i.."),
        Some("doubled or stranded punctuation")
    );
    assert_eq!(text_fault(&"word ".repeat(41)), Some("over 40 words"));
    assert_eq!(text_fault("Member of the United Nations since 1945."), None);
    assert!(is_symbol_link("https://undocs.org/S/RES/1701(2006)"));
    assert!(!is_symbol_link("https://undocs.org/1/1"));
    assert!(!is_symbol_link("https://example.org/A/1"));
}
