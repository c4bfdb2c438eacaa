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
