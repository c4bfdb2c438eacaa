//! Corpus tests: every labelled document parses, and its labelled fields match.
//!
//! Labels (`manifest.jsonl`) are what a careful reader takes from each text; the comparison
//! follows `shared/tools/fidelity.py`. Where a label is wrong, list it in `WRONG_LABELS` with the
//! reason instead of skipping it.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::path::Path;

/// (file, field, why the label is wrong). Empty: every label has been checked and holds.
const WRONG_LABELS: &[(&str, &str, &str)] = &[];

fn norm(s: &str) -> String {
    let s = s.replace('\u{2019}', "'").to_lowercase();
    let collapsed = s.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .trim_matches(|c| matches!(c, ' ' | '.' | ',' | ';' | ':'))
        .to_string()
}

fn role(s: &str) -> String {
    norm(s).replace("representatives", "representative")
}

fn as_list(v: &Value) -> Vec<String> {
    match v {
        Value::Null => vec![],
        Value::Array(a) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        Value::String(s) => vec![s.clone()],
        _ => vec![],
    }
}

/// Label State names to ISO3 via the gazetteer (the labels use UN short names or former names).
fn code_of(name: &str) -> String {
    undoc::gazetteer::state_by_name(name)
        .map(|s| s.code.to_string())
        .unwrap_or_else(|| format!("?{name}"))
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v.dedup();
    v
}

/// (field, ok, want, got) for every labelled field.
fn compare(label: &Value, doc: &Value) -> Vec<(String, bool, String, String)> {
    let mut out = Vec::new();
    let mut push = |f: &str, want: String, got: String| {
        let ok = want == got;
        out.push((f.to_string(), ok, want, got));
    };
    let kind = match label["doc_type"].as_str().unwrap_or("") {
        "letter" => "letter",
        "identical_letters" => "identicalLetters",
        "note_verbale" => "noteVerbale",
        _ => "other",
    };
    push(
        "kind",
        kind.into(),
        doc["kind"].as_str().unwrap_or("").into(),
    );
    if let Some(d) = label["date"].as_str() {
        push("date", d.into(), doc["date"].as_str().unwrap_or("").into());
    }
    if let Some(r) = label["sender_role"].as_str().filter(|r| !r.contains(';')) {
        push(
            "sender_role",
            role(r),
            role(doc["sender"]["role"].as_str().unwrap_or("")),
        );
    }
    if !label["sender_state"].is_null() {
        let want = sorted(
            as_list(&label["sender_state"])
                .iter()
                .map(|s| code_of(s))
                .collect(),
        );
        let got = sorted(
            doc["sender"]["states"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| s["code"].as_str().unwrap_or("").to_string())
                .collect(),
        );
        push("sender_states", format!("{want:?}"), format!("{got:?}"));
    }
    if !label["addressee"].is_null() {
        let want = sorted(
            as_list(&label["addressee"])
                .iter()
                .map(|s| norm(s))
                .collect(),
        );
        let got = sorted(
            as_list(&doc["addressees"])
                .iter()
                .map(|s| norm(s))
                .collect(),
        );
        push("addressees", format!("{want:?}"), format!("{got:?}"));
    }
    if let Some(n) = label["session"].as_u64() {
        push(
            "session",
            n.to_string(),
            doc["session"]["number"]
                .as_u64()
                .map(|x| x.to_string())
                .unwrap_or_default(),
        );
    }
    let items = label["agenda_items"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if !items.is_empty() {
        let got_items = doc["agendaItems"].as_array().cloned().unwrap_or_default();
        let want: Vec<String> = items
            .iter()
            .map(|a| norm(a["number"].as_str().unwrap_or("")))
            .collect();
        let got: Vec<String> = got_items
            .iter()
            .map(|a| norm(a["number"].as_str().unwrap_or("")))
            .collect();
        push("agenda_numbers", format!("{want:?}"), format!("{got:?}"));
        let pairs: Vec<(String, String)> = items
            .iter()
            .zip(got_items.iter())
            .filter(|(a, _)| a["title"].is_string())
            .map(|(a, g)| {
                (
                    norm(a["title"].as_str().unwrap_or("")),
                    norm(g["title"].as_str().unwrap_or("")),
                )
            })
            .collect();
        if !pairs.is_empty() {
            let (w, g): (Vec<_>, Vec<_>) = pairs.into_iter().unzip();
            push("agenda_titles", format!("{w:?}"), format!("{g:?}"));
        }
    }
    let complete = label["complete"].as_bool().unwrap_or(false);
    let signed = as_list(&label["signed_by"]);
    if complete || !signed.is_empty() {
        let want = sorted(signed.iter().map(|s| norm(s)).collect());
        let mut got = Vec::new();
        let annex_sigs = doc["annexes"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|a| a["signatures"].as_array().cloned().unwrap_or_default());
        for s in doc["signatures"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .chain(annex_sigs)
        {
            got.push(norm(s["name"].as_str().unwrap_or("")));
        }
        push(
            "signed_by",
            format!("{want:?}"),
            format!("{:?}", sorted(got)),
        );
    }
    let annex_titles = as_list(&label["annex_titles"]);
    if complete || !annex_titles.is_empty() {
        let want: Vec<String> = annex_titles.iter().map(|s| norm(s)).collect();
        let got: Vec<String> = doc["annexes"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| norm(a["title"].as_str().unwrap_or("")))
            .collect();
        push("annex_titles", format!("{want:?}"), format!("{got:?}"));
    }
    let sig_states = as_list(&label["signatory_states"]);
    if !sig_states.is_empty() {
        let want = sorted(sig_states.iter().map(|s| code_of(s)).collect());
        let got = sorted(
            doc["signatories"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| s["code"].as_str().unwrap_or("").to_string())
                .collect(),
        );
        push("signatories", format!("{want:?}"), format!("{got:?}"));
    }
    out
}

/// Parses every document of a labelled corpus; returns (right, total).
fn score(dir: &Path) -> (usize, usize) {
    let manifest =
        std::fs::read_to_string(dir.join("manifest.jsonl")).expect("manifest.jsonl is readable");
    let (mut right, mut total) = (0, 0);
    for line in manifest.lines().filter(|l| !l.trim().is_empty()) {
        let label: Value = serde_json::from_str(line).expect("manifest line is JSON");
        let file = label["file"].as_str().expect("file field");
        let text = std::fs::read_to_string(dir.join(file)).expect("document is readable");
        let doc = serde_json::to_value(undoc::parse(&text).expect("parses")).expect("serializes");
        for (field, ok, want, got) in compare(&label, &doc) {
            let excused = WRONG_LABELS
                .iter()
                .any(|(f, fl, _)| *f == file && *fl == field);
            total += 1;
            if ok || excused {
                right += 1;
            } else {
                println!("{file}: {field}: MISS want={want} got={got}");
            }
        }
    }
    (right, total)
}

#[test]
fn dev_corpus_fidelity() {
    let (right, total) = score(Path::new("tests/corpus/dev"));
    let ratio = right as f64 / total as f64;
    println!("dev corpus fidelity {right}/{total} = {ratio:.3}");
    assert!(total > 150, "the manifest should label many fields");
    assert!(
        ratio >= 0.95,
        "dev corpus fidelity {ratio:.3} is under 0.95"
    );
}

#[test]
fn heldout_corpus_fidelity() {
    let dir = Path::new("tests/corpus/heldout");
    if !dir.join("manifest.jsonl").exists() {
        return;
    }
    let (right, total) = score(dir);
    let ratio = right as f64 / total.max(1) as f64;
    println!("held-out corpus fidelity {right}/{total} = {ratio:.3}");
    assert!(ratio >= 0.9, "held-out fidelity {ratio:.3} is under 0.9");
}
