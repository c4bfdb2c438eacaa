//! Text as users paste it from a PDF: lines of ~75 characters, words hyphenated at line ends,
//! running headers (symbol, job number, page) between pages, form feeds, CRLF, no-break spaces.
//! Every corpus document re-wrapped that way must give the same fields as its flattened text.
//! And a masthead and title printed in capitals, as older documents print them, must give the
//! same sender, addressees, signatories and agenda numbers as printed in mixed case.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use std::path::PathBuf;

/// A small deterministic generator: the same re-wrap on every run.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// A long lowercase word that a typesetter would hyphenate ("Organiza-" / "tion").
fn breakable(w: &str) -> bool {
    w.len() >= 10 && w.bytes().all(|b| b.is_ascii_lowercase())
}

fn rewrap(flat: &str, symbol: Option<&str>, seed: u64) -> String {
    let mut rng = Lcg(seed);
    let (header, body) = flat.split_once("\n\n").unwrap_or(("", flat));
    let nl = if seed % 2 == 0 { "\r\n" } else { "\n" };
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for w in body.split(' ').filter(|w| !w.is_empty()) {
        if line.len() + 1 + w.len() > 75 && !line.is_empty() {
            if breakable(w) && rng.next() % 3 == 0 {
                let cut = 4 + (rng.next() as usize % (w.len() - 7));
                line.push(' ');
                line.push_str(&w[..cut]);
                line.push('-');
                lines.push(std::mem::take(&mut line));
                line.push_str(&w[cut..]);
                continue;
            }
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            // Now and then a no-break space where the PDF had one.
            line.push(if rng.next() % 17 == 0 { '\u{a0}' } else { ' ' });
        }
        line.push_str(w);
    }
    lines.push(line);
    let mut out = String::new();
    out.push_str(header);
    out.push_str(nl);
    out.push_str(nl);
    let mut page = 1;
    for (i, l) in lines.iter().enumerate() {
        if i > 0 && i % 50 == 0 {
            page += 1;
            out.push('\u{c}');
            if let Some(s) = symbol {
                out.push_str(s);
                out.push_str(nl);
            }
            out.push_str(&format!("09-5432{} {page}{nl}", seed % 10));
        }
        out.push_str(l);
        out.push_str(nl);
    }
    out
}

/// The fields a reader checks, as JSON.
fn fields(doc: &undoc::Document) -> Value {
    let v = serde_json::to_value(doc).expect("serializes");
    let names = |sigs: &Value| -> Vec<Value> {
        sigs.as_array()
            .into_iter()
            .flatten()
            .map(|s| s["name"].clone())
            .collect()
    };
    json!({
        "kind": v["kind"], "date": v["date"], "symbol": v["symbol"], "sender": v["sender"],
        "addressees": v["addressees"], "session": v["session"]["number"],
        "agenda": v["agendaItems"], "title": v["title"],
        "signatures": names(&v["signatures"]),
        "annexes": v["annexes"].as_array().into_iter().flatten()
            .map(|a| json!([a["title"], names(&a["signatures"])])).collect::<Vec<_>>(),
        "signatories": v["signatories"],
    })
}

fn corpus() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for set in std::fs::read_dir("tests/corpus")
        .expect("tests/corpus")
        .flatten()
    {
        for f in std::fs::read_dir(set.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            if f.path().extension().is_some_and(|x| x == "txt") {
                out.push(f.path());
            }
        }
    }
    out.push(PathBuf::from("tests/seeds/000_ee653181992c2e49.txt"));
    out.sort();
    out
}

#[test]
fn pdf_paste_reads_like_the_flattened_text() {
    let mut differ = Vec::new();
    let docs = corpus();
    assert!(docs.len() > 100, "the corpus should hold many documents");
    for (n, path) in docs.iter().enumerate() {
        let flat = std::fs::read_to_string(path).expect("corpus text");
        let want = undoc::parse(&flat).expect("parses");
        let pasted = rewrap(&flat, want.symbol.as_deref(), n as u64);
        let got = undoc::parse(&pasted).expect("parses");
        let (w, g) = (fields(&want), fields(&got));
        if w != g {
            let keys: Vec<&String> = w
                .as_object()
                .unwrap()
                .keys()
                .filter(|k| w[k.as_str()] != g[k.as_str()])
                .collect();
            for k in &keys {
                println!(
                    "{}: {k}:\n  flat:   {}\n  pasted: {}",
                    path.display(),
                    w[k.as_str()],
                    g[k.as_str()]
                );
            }
            differ.push(path.display().to_string());
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} documents read differently when pasted from a PDF: {differ:#?}",
        differ.len(),
        docs.len()
    );
}

/// `text` with its masthead and title (everything up to the title's end) in capitals; words
/// with digits ("l9B2", a scan's year) or glued across a case change ("yearLetter") as printed.
fn capitalized_head(text: &str, title: &str) -> Option<String> {
    let end = text.find(title)? + title.len();
    let head: Vec<String> = text[..end]
        .split(' ')
        .map(|w| {
            let glued = w
                .chars()
                .zip(w.chars().skip(1))
                .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
            if glued || w.chars().any(|c| c.is_ascii_digit()) {
                w.to_string()
            } else {
                w.to_uppercase()
            }
        })
        .collect();
    Some(head.join(" ") + &text[end..])
}

/// The fields that do not hang on case, lower-cased where a reader would not mind it.
fn case_free(doc: &undoc::Document) -> Value {
    let v = fields(doc);
    let lower = |x: &Value| Value::String(x.to_string().to_lowercase());
    json!({
        "kind": v["kind"], "sender": lower(&v["sender"]), "addressees": lower(&v["addressees"]),
        "signatories": v["signatories"], "session": v["session"],
        // Titles without numbers are read from a run of capitals by design: numbers only.
        "agenda": v["agenda"].as_array().into_iter().flatten()
            .filter(|a| !a["number"].is_null())
            .map(|a| lower(&a["number"])).collect::<Vec<_>>(),
    })
}

#[test]
fn a_head_in_capitals_reads_like_mixed_case() {
    let mut differ = Vec::new();
    for path in corpus() {
        let text = std::fs::read_to_string(&path).expect("corpus text");
        let want = undoc::parse(&text).expect("parses");
        let Some(caps) = want
            .title
            .as_deref()
            .and_then(|t| capitalized_head(&text, t))
        else {
            continue;
        };
        let got = undoc::parse(&caps).expect("parses");
        let (w, g) = (case_free(&want), case_free(&got));
        if w != g {
            println!("{}:\n  mixed:    {w}\n  capitals: {g}", path.display());
            differ.push(path.display().to_string());
        }
    }
    assert!(
        differ.is_empty(),
        "{} documents read differently with a head in capitals: {differ:#?}",
        differ.len()
    );
}
