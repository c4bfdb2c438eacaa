//! Property tests: parsing never panics, and every span lies within its paragraph on UTF-16
//! character boundaries, sorted and without overlap.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use undoc::{Document, Paragraph, Span};

/// Pieces of real documents, recombined at random: the parser meets its own grammar in odd orders.
const PIECES: &[&str] = &[
    "%%%REGIONAL SECURITY|EUROPE|\n\n",
    "United Nations A/64/842-S/2010/331 Distr.: General 24 June 2010 Original: English ",
    "General Assembly Security Council Sixty-fourth session Sixty-fifth year ",
    "Agenda items 17 and 18 The situation in the Middle East Question of Palestine ",
    "Items 20, 64 and 99 of the preliminary list* * A/52/50. ",
    "Letter dated 30 September 2009 from the Permanent Representative of the Russian Federation to the United Nations addressed to the Secretary-General ",
    "Identical letters dated 18 August 2006 from the Chargé d\u{2019}affaires a.i. of the Permanent Mission of Lebanon ",
    "addressed to the Secretary-General, the President of the General Assembly and the President of the Security Council ",
    "Note verbale dated 4 April 2006 from the Permanent Mission of Cuba ",
    "I have the honour to transmit herewith a statement (see annex). ",
    "I should be grateful if you would have this letter circulated as a document of the fifty sixth session of the General Assembly under agenda items 10, 21 (d) and 166. ",
    "(Signed) Vitaly Churkin ", "(Signed ) ", "(Signed)", "(Signed)Gunter Pleuger Permanent Representative of Germany ",
    "Ambassador Ambassador Permanent Representative ",
    "Annex I to the letter dated 11 June 2020 from the Permanent Representative ",
    "Annex ", "Enclosure ", "[Original: Arabic] ", "New York, 26 September 2009 ",
    "Statement of the Ministers for Foreign Affairs of the Republic of Armenia, the Kyrgyz Republic and the Republic of Uzbekistan ",
    "1. The Meeting reiterated. ", "2. ", "\u{2022} The immediate lifting. ", "[\u{2026}] ", "(a) ",
    "09-53829 (E) 011009 *0953829* A/64/842 ", "/... S/1996/796 English Page 2 ",
    "On behalf of the Permanent Representatives of France and the Russian Federation ",
    "Mr. Hans Blix and H.E. Mr. Kofi A. Annan ", "\u{1f600} ", "é", "\u{2019}", "*", "**", " ", ".", ",",
    "30 Shaa'ban 1422H 15 November 2001 ", "Côte d\u{2019}Ivoire ", "CÔTE D\u{2019}IVOIRE ", "\0", "\r\n", "\t",
];

fn utf16_len(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

/// Whether UTF-16 offset `o` of `s` falls between two chars (not inside a surrogate pair).
fn on_boundary(s: &str, o: u32) -> bool {
    let mut units = 0;
    for c in s.chars() {
        if units == o {
            return true;
        }
        units += c.len_utf16() as u32;
    }
    units == o
}

fn check_spans(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let len = utf16_len(text);
    let mut last_end = 0;
    for s in spans {
        prop_assert!(s.start < s.end, "empty span {s:?} in {text:?}");
        prop_assert!(s.end <= len, "span {s:?} past the end of {text:?}");
        prop_assert!(s.start >= last_end, "overlapping spans in {text:?}");
        prop_assert!(
            on_boundary(text, s.start) && on_boundary(text, s.end),
            "span {s:?} splits a char in {text:?}"
        );
        last_end = s.end;
    }
    Ok(())
}

fn check_paragraphs(ps: &[Paragraph]) -> Result<(), TestCaseError> {
    for p in ps {
        prop_assert!(!p.text.trim().is_empty(), "empty paragraph");
        check_spans(&p.text, &p.spans)?;
    }
    Ok(())
}

fn check_doc(doc: &Document) -> Result<(), TestCaseError> {
    check_paragraphs(&doc.body)?;
    if let Some(t) = &doc.title {
        check_spans(t, &doc.title_spans)?;
    }
    for a in &doc.annexes {
        check_paragraphs(&a.body)?;
        if let Some(t) = &a.title {
            check_spans(t, &a.title_spans)?;
        }
    }
    for (i, n) in doc.notes.iter().enumerate() {
        prop_assert_eq!(n.number as usize, i + 1);
    }
    // The model always serializes.
    prop_assert!(serde_json::to_string(doc).is_ok());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let doc = undoc::parse(&text).expect("small input parses");
        check_doc(&doc)?;
    }

    #[test]
    fn recombined_pieces_parse_well(idx in prop::collection::vec(0..PIECES.len(), 0..60)) {
        let text: String = idx.iter().map(|&i| PIECES[i]).collect();
        let doc = undoc::parse(&text).expect("small input parses");
        check_doc(&doc)?;
    }

    #[test]
    fn multibyte_and_punctuation_soup(text in "[a-zA-Z0-9 .,;:()\\[\\]*/\u{2019}\u{201c}\u{201d}\u{2013}\u{2022}\u{2026}éÉüÜ😀-]{0,300}") {
        let doc = undoc::parse(&text).expect("small input parses");
        check_doc(&doc)?;
    }
}

#[test]
fn very_long_line_without_spaces() {
    let text = "x".repeat(1 << 20);
    let doc = undoc::parse(&text).expect("1 MiB parses");
    assert_eq!(doc.body.len(), 1);
    assert_eq!(doc.body[0].text.len(), 1 << 20);
}

#[test]
fn many_signed_marks() {
    let text = format!("Letter dated 1 May 2001 from the Permanent Representative of Chile addressed to the Secretary-General Text. {}", "(Signed) ".repeat(100_000));
    let doc = undoc::parse(&text).expect("parses");
    assert!(doc.signatures.is_empty());
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.code == "signature-without-name"));
}

#[test]
fn oversized_input_is_an_error_with_one_sentence() {
    let text = "a".repeat(undoc::MAX_INPUT_BYTES + 1);
    let err = undoc::parse(&text).unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("input is "), "{msg}");
    assert!(!msg.contains('\n'));
    assert!(matches!(err.kind(), undoc::ErrorKind::TooLarge { .. }));
    let bad = undoc::parse_bytes(b"Letter \xff dated").unwrap_err();
    assert!(matches!(
        bad.kind(),
        undoc::ErrorKind::NotUtf8 { valid_up_to: 7 }
    ));
}

#[test]
fn empty_and_header_only() {
    for t in ["", "   \n\t ", "%%%A|B|", "%%%A|B|\n\n"] {
        let doc = undoc::parse(t).expect("parses");
        assert!(doc.body.is_empty());
        assert_eq!(
            doc.diagnostics.iter().filter(|d| d.code == "empty").count(),
            1,
            "{t:?}"
        );
    }
}
