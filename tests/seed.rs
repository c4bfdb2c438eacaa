//! The seed letter against what a careful reader takes from it (`tests/seeds/*.expected.json`):
//! every field the expected JSON lists, paragraphs by their first words.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;

fn load() -> (Value, Value) {
    let text = std::fs::read_to_string("tests/seeds/000_ee653181992c2e49.txt").expect("seed text");
    let want: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/seeds/000_ee653181992c2e49.expected.json")
            .expect("expected"),
    )
    .expect("expected JSON");
    let got = serde_json::to_value(undoc::parse(&text).expect("parses")).expect("serializes");
    (want, got)
}

fn starts(paras: &Value, prefixes: &Value, misses: &mut Vec<String>, at: &str) {
    let texts: Vec<&str> = paras
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| p["text"].as_str().unwrap_or(""))
        .collect();
    let prefixes: Vec<&str> = prefixes
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    if texts.len() != prefixes.len() {
        misses.push(format!(
            "{at}: {} paragraphs, want {}",
            texts.len(),
            prefixes.len()
        ));
    }
    for (i, p) in prefixes.iter().enumerate() {
        if !texts.get(i).is_some_and(|t| t.starts_with(p)) {
            misses.push(format!("{at}[{i}] should start {p:?}: {:?}", texts.get(i)));
        }
    }
}

#[test]
fn seed_matches_expected_json() {
    let (want, got) = load();
    let mut misses = Vec::new();
    for key in [
        "subjects",
        "kind",
        "date",
        "title",
        "addressees",
        "session",
        "agendaItems",
        "signatories",
    ] {
        if got[key] != want[key] {
            misses.push(format!("{key}: want {} got {}", want[key], got[key]));
        }
    }
    if got["sender"]["role"] != want["sender"]["role"]
        || got["sender"]["states"] != want["sender"]["states"]
    {
        misses.push(format!("sender: {}", got["sender"]));
    }
    starts(&got["body"], &want["bodyStartsWith"], &mut misses, "body");
    let names: Vec<&Value> = got["signatures"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| &s["name"])
        .collect();
    if names != [&want["signatures"][0]["name"]] {
        misses.push(format!("signatures: {}", got["signatures"]));
    }
    let annexes = got["annexes"].as_array().cloned().unwrap_or_default();
    if annexes.len() != 1 {
        misses.push(format!("annexes: {}", annexes.len()));
    } else {
        for k in ["title", "place", "date"] {
            if annexes[0][k] != want["annexes"][0][k] {
                misses.push(format!("annex.{k}: got {}", annexes[0][k]));
            }
        }
        starts(
            &annexes[0]["body"],
            &want["annexes"][0]["bodyStartsWith"],
            &mut misses,
            "annex.body",
        );
    }
    for o in want["organizations"].as_array().into_iter().flatten() {
        let found = got["organizations"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|g| g["acronym"] == o["acronym"] && g["name"] == o["name"]);
        if !found {
            misses.push(format!("organization missing: {o}"));
        }
    }
    assert!(misses.is_empty(), "seed misses:\n{}", misses.join("\n"));
}

#[test]
fn seed_spans_mark_every_signatory() {
    let (_, got) = load();
    // Each of the seven States is marked in the annex title, in the order of the text.
    let codes: Vec<&str> = got["annexes"][0]["titleSpans"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| s["type"] == "state")
        .filter_map(|s| s["code"].as_str())
        .collect();
    assert_eq!(codes, ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"]);
    let title_codes: Vec<&str> = got["titleSpans"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["code"].as_str())
        .collect();
    assert_eq!(title_codes, ["RUS"]);
}

/// The seed's facts are those of its own date, 30 September 2009: the CSTO had seven members,
/// Uzbekistan among them, and its group toggle holds all seven signatories.
#[test]
fn seed_facts_are_those_of_its_date() {
    let (_, got) = load();
    assert_eq!(got["factsAsOf"], "2009-09-30");
    let csto = got["signatoryGroups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == "CSTO")
        .expect("a CSTO group");
    assert_eq!(csto["members"].as_array().unwrap().len(), 7, "{csto}");
    assert!(csto["members"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m == "UZB"));
    let summary = |label: &str| {
        got["notes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["label"] == label)
            .and_then(|n| n["list"]["summary"].as_str())
            .map(str::to_string)
    };
    assert_eq!(
        summary("CSTO").as_deref(),
        Some("7 members on 30 September 2009")
    );
    assert_eq!(
        summary("NATO").as_deref(),
        Some("28 members on 30 September 2009")
    );
    assert_eq!(
        summary("EU").as_deref(),
        Some("27 members on 30 September 2009")
    );
}

/// A State is named as it was on the document's date, and its note says what it is called now.
#[test]
fn names_of_the_documents_day() {
    let letter = |date: &str| {
        format!("Letter dated {date} from the Permanent Representative of the Libyan Arab Jamahiriya to the United Nations addressed to the Secretary-General I have the honour to write.")
    };
    let old = undoc::parse(&letter("3 May 2009")).unwrap();
    assert_eq!(old.sender.states[0].name, "Libyan Arab Jamahiriya");
    let note = old
        .notes
        .iter()
        .find(|n| n.label.as_deref() == Some("Libyan Arab Jamahiriya"));
    assert!(
        note.is_some_and(|n| n.text.contains("Now Libya")),
        "{:?}",
        old.notes
    );
    let new = undoc::parse(&letter("3 May 2012")).unwrap();
    assert_eq!(new.sender.states[0].name, "Libya");
    // No date at all: today's facts, and a diagnostic says so.
    let undated =
        undoc::parse("From the Permanent Representative of the Libyan Arab Jamahiriya: I write.")
            .unwrap();
    assert!(undated
        .diagnostics
        .iter()
        .any(|d| d.code == "facts-as-of-today"));
}
