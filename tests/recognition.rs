//! What a mention is, both ways: a table of sentences as UN letters print them, each with a
//! phrase and what it must be recognised as (a State, a State's adjective, an organization or
//! non-State actor, a UN organ), or that it must not be recognised at all (a place that holds a
//! State's name, another organization's Secretary-General, a language).

use undoc::{parse, SpanKind};

const TABLE: &str = include_str!("recognition.tsv");

/// Wraps a sentence as the body of a letter, so that it goes through the whole parser.
const LETTER: &str = "Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General ";

fn utf16(text: &str, byte: usize) -> u32 {
    text[..byte].encode_utf16().count() as u32
}

/// The entity spans that overlap `start..end` (UTF-16), as the table writes them, with
/// whether each holds all of it and more.
fn recognised(spans: &[undoc::Span], start: u32, end: u32) -> Vec<(String, bool, bool)> {
    spans
        .iter()
        .filter(|s| s.start < end && start < s.end)
        .filter_map(|s| {
            let holds = s.start <= start && end <= s.end;
            let longer = holds && (s.start < start || end < s.end);
            let what = match &s.kind {
                SpanKind::State { code } => format!("state:{code}"),
                SpanKind::Demonym { code } => format!("demonym:{code}"),
                SpanKind::Organization { id } => format!("org:{id}"),
                SpanKind::Organ { id } => format!("organ:{id}"),
                _ => return None,
            };
            Some((what, holds, longer))
        })
        .collect()
}

#[test]
fn recognition_table() {
    let orgs: Vec<&str> = undoc::gazetteer::organizations()
        .iter()
        .map(|o| o.id)
        .collect();
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in TABLE.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let [sentence, mention, expect] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("recognition.tsv:{}: want 3 columns", n + 1);
        };
        rows += 1;
        let doc = parse(&format!("{LETTER}{sentence}")).unwrap();
        let Some((p, at)) = doc
            .body
            .iter()
            .find_map(|p| p.text.find(sentence).map(|k| (p, k)))
        else {
            failures.push(format!("{}: sentence not kept whole: {sentence}", n + 1));
            continue;
        };
        let k = at + sentence.find(mention).expect("mention in its sentence");
        let (start, end) = (utf16(&p.text, k), utf16(&p.text, k + mention.len()));
        let got = recognised(&p.spans, start, end);
        // Non-State actors are rows of the organizations table.
        let want = match expect.split_once(':') {
            Some(("actor", id)) if orgs.contains(&id) => format!("org:{id}"),
            _ => expect.to_string(),
        };
        // A hit is a span of that entity holding the phrase, and nothing else on it; "none" is
        // no entity on the phrase or part of it (a longer name that holds it is another
        // mention: "Guinea" in "Guinea-Bissau"); a feature is no entity at all.
        let ok = match want.as_str() {
            "feature" => got.is_empty(),
            "none" => got.iter().all(|(_, _, longer)| *longer),
            w => got.len() == 1 && got[0].0 == w && got[0].1,
        };
        if !ok {
            failures.push(format!(
                "{}: {mention:?} want {want}, got {got:?} in: {sentence}",
                n + 1
            ));
        }
    }
    assert!(rows >= 200, "{rows} rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
