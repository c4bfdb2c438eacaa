//! Bad input, each row a test: the parser answers with a Document and diagnostics, or with a
//! one-sentence error — never a panic, never a lost text. Timing bounds live in benchmarks.

#![cfg(not(target_arch = "wasm32"))]

use undoc::{parse, parse_bytes, render_html, Document, RenderOptions};

fn codes(doc: &Document) -> Vec<&str> {
    doc.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

fn all_text(doc: &Document) -> String {
    let mut s = String::new();
    for p in doc
        .body
        .iter()
        .chain(doc.annexes.iter().flat_map(|a| a.body.iter()))
    {
        s.push_str(&p.text);
        s.push(' ');
    }
    s
}

#[test]
fn empty_text() {
    let doc = parse("").unwrap();
    assert_eq!(codes(&doc), ["empty"]);
    assert!(render_html(&doc, &RenderOptions::default()).starts_with("<article"));
}

#[test]
fn only_whitespace() {
    assert_eq!(codes(&parse(" \n\t\r\n  ").unwrap()), ["empty"]);
}

#[test]
fn header_only() {
    let doc = parse("%%%REGIONAL SECURITY|EUROPE|").unwrap();
    assert_eq!(doc.subjects, ["REGIONAL SECURITY", "EUROPE"]);
    assert_eq!(codes(&doc), ["empty"]);
}

#[test]
fn no_header() {
    let seed = std::fs::read_to_string("tests/seeds/000_ee653181992c2e49.txt").unwrap();
    let body = seed.split_once("\n\n").unwrap().1;
    let doc = parse(body).unwrap();
    assert!(doc.subjects.is_empty());
    assert_eq!(doc.signatories.len(), 7);
}

#[test]
fn a_page_of_a_novel() {
    let novel = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness. There were a king with a large jaw and a queen with a plain face, on the throne of England. In both countries it was clearer than crystal to the lords of the State preserves of loaves and fishes, that things in general were settled for ever.";
    let doc = parse(novel).unwrap();
    assert!(codes(&doc).contains(&"no-title"));
    assert_eq!(doc.kind, undoc::DocumentKind::Other);
    assert!(all_text(&doc).contains("worst of times"));
    assert!(all_text(&doc).contains("settled for ever."));
}

#[test]
fn an_html_page_given_as_text() {
    let html = "<!DOCTYPE html><html><head><title>x</title><script>alert(1)</script></head><body><p>Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General</p></body></html>";
    let doc = parse(html).unwrap();
    assert!(codes(&doc).contains(&"html-input"));
    // Read as the page shows it: the letter's title, and no script, tag or markup as text.
    assert_eq!(doc.date.as_deref(), Some("2001-05-01"));
    assert_eq!(doc.sender.states[0].code, "CHL");
    let out = render_html(&doc, &RenderOptions::default());
    assert!(undoc::audit_markup(&out).is_ok());
    assert!(!out.contains("alert(1)") && !out.contains("&lt;"));
}

#[test]
fn twenty_megabytes_is_a_clear_error() {
    let big = "Letter dated 1 May 2001 text. ".repeat(20 * 1024 * 1024 / 30 + 1);
    let err = parse(&big).unwrap_err();
    assert_eq!(err.to_string().lines().count(), 1);
    assert!(err.to_string().contains("larger than the limit"));
}

#[test]
fn nul_bytes() {
    let doc = parse("Letter\u{0} dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I\u{0} write.").unwrap();
    assert!(codes(&doc).contains(&"control-characters-removed"));
    assert_eq!(doc.date.as_deref(), Some("2001-05-01"));
    assert!(all_text(&doc).contains("write."));
}

#[test]
fn invalid_utf8() {
    let err = parse_bytes(b"Letter dated \xc3\x28 1 May").unwrap_err();
    assert!(err.to_string().contains("not UTF-8"));
}

#[test]
fn one_megabyte_line_without_spaces() {
    let doc = parse(&"y".repeat(1 << 20)).unwrap();
    assert_eq!(all_text(&doc).trim().len(), 1 << 20);
}

#[test]
fn a_hundred_thousand_signed() {
    let text = format!("Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write. {}", "(Signed) ".repeat(100_000));
    let doc = parse(&text).unwrap();
    assert!(codes(&doc).contains(&"signature-without-name"));
    assert!(all_text(&doc).contains("I write."));
}

#[test]
fn signed_with_names_a_hundred_thousand_times() {
    let text = format!("Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write. {}", "(Signed) Ana Pérez ".repeat(100_000));
    let doc = parse(&text).unwrap();
    // One signature per 2,000 bytes at most (and 100 at least): the rest stays text.
    let most = (text.len() - 120) / 2000 + 100;
    assert!(
        (most - 10..=most).contains(&doc.signatures.len()),
        "{}",
        doc.signatures.len()
    );
    assert!(codes(&doc).contains(&"signatures-not-read"));
    let kept = all_text(&doc)
        + &doc
            .annexes
            .iter()
            .filter_map(|a| a.title.clone())
            .collect::<String>();
    assert!(kept.matches("Ana Pérez").count() + doc.signatures.len() >= 100_000);
}

#[test]
fn repeated_diagnostics_are_summed_up() {
    let text = format!("Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write. {}", "(Signed) ".repeat(1000));
    let doc = parse(&text).unwrap();
    let same: Vec<_> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == "signature-without-name")
        .collect();
    assert_eq!(same.len(), 6, "five kept and one sum");
    assert!(same[5].message.contains("995 more"));
}

#[test]
fn a_recurring_signer_gets_one_note_and_one_reference() {
    let text = format!("Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write. {}", "(Signed) Ana Pérez ".repeat(50));
    let doc = parse(&text).unwrap();
    assert_eq!(
        doc.notes
            .iter()
            .filter(|n| n.anchor == undoc::NoteAnchor::Signature)
            .count(),
        1
    );
    let html = render_html(&doc, &RenderOptions::default());
    assert_eq!(html.matches("id=\"undoc-ref-").count(), doc.notes.len());
}

#[test]
fn too_many_annexes_keep_their_text() {
    let mut text = String::from("Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write. (Signed) Ana Pérez ");
    for i in 0..1100 {
        text.push_str(&format!(
            "Annex {} Statement number {i} The Ministers met. ",
            if i % 2 == 0 { "I" } else { "II" }
        ));
    }
    text.push_str("Last words of the document.");
    let doc = parse(&text).unwrap();
    assert!(doc.diagnostics.iter().any(|d| d.code == "too-many-annexes"));
    assert!(all_text(&doc).contains("Last words of the document."));
}

#[test]
fn an_empty_document_renders_no_empty_card() {
    let html = render_html(&parse("").unwrap(), &RenderOptions::default());
    assert!(!html.contains("undoc-card"));
    assert!(html.contains("<details class=\"undoc-diagnostics\" part=\"diagnostics\" open>"));
}

#[test]
fn a_state_lost_from_the_title_is_not_guessed() {
    let doc = parse("Letter dated 14 December 2011 from the Permanent Representative of to the United Nations addressed to the Secretary-General As you are aware, Chile …").unwrap();
    assert!(doc.sender.states.is_empty());
    assert_eq!(doc.sender.role.as_deref(), Some("Permanent Representative"));
    assert!(codes(&doc).contains(&"sender-state-missing"));
    let whole = parse("Letter dated 14 December 2011 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General").unwrap();
    assert!(!codes(&whole).contains(&"sender-state-missing"));
}

#[test]
fn a_title_in_capitals_of_many_names_renders_in_linear_time() {
    // Sentence case reads the title's names in one pass, however many there are.
    let names = "CHILE, ".repeat(150_000);
    let text = format!("LETTER DATED 1 MAY 2001 FROM THE REPRESENTATIVES OF {names}TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL I write.");
    let doc = parse(&text).unwrap();
    let html = render_html(&doc, &RenderOptions::default());
    assert!(
        html.contains("Letter dated"),
        "{}",
        &html[..html.len().min(400)]
    );
}

#[test]
fn three_hundred_thousand_references_to_one_footnote_are_read_in_one_pass() {
    // Each reference's note was found by a search through all of them: quadratic in their
    // number, minutes for this text.
    let text = format!("{}* A/52/50.", "list* ".repeat(300_000));
    let doc = parse(&text).unwrap();
    let refs: Vec<Option<u32>> = doc
        .body
        .iter()
        .flat_map(|p| &p.spans)
        .filter(|s| matches!(s.kind, undoc::SpanKind::NoteRef { .. }))
        .map(|s| s.note)
        .collect();
    assert!(refs.len() > 10_000, "{}", refs.len());
    let first = refs[0];
    assert!(first.is_some() && refs.iter().all(|&n| n == first));
    assert!(codes(&doc).contains(&"mentions-not-marked"));
}

#[test]
fn a_signature_past_the_budget_in_a_later_annex_is_kept_and_said() {
    // The letter's blocks use the whole budget (100 for under 2,000 bytes); the annex's mark is
    // text.
    let text = format!("Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write. {}Annex Statement by the Ministers The Ministers met. (Signed) Carla Duarte", "(Signed) Ana Lee ".repeat(100));
    let doc = parse(&text).unwrap();
    assert_eq!(doc.signatures.len(), 100);
    assert!(doc.annexes.iter().all(|a| a.signatures.is_empty()));
    assert!(codes(&doc).contains(&"signatures-not-read"));
    let said = doc
        .diagnostics
        .iter()
        .find(|d| d.code == "signatures-not-read")
        .unwrap();
    assert!(
        said.message.contains("the 100 signatures read at most"),
        "{}",
        said.message
    );
    assert!(all_text(&doc).contains("Carla Duarte"));
}
