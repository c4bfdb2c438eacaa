//! Fuzz target: any bytes through the whole native pipeline — parse (with an editorial note
//! taken from the input), render, and the invariants the browser relies on.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        // Non-UTF-8 input must be refused with an error, never a panic.
        assert!(undoc::parse_bytes(data).is_err());
        return;
    };
    // An editorial note anchored on a piece of the input itself.
    let anchor: String = text.chars().skip(text.chars().count() / 3).take(12).collect();
    let options = undoc::ParseOptions {
        notes: vec![undoc::EditorialNote { anchor, occurrence: Some(1), text: text.chars().take(40).collect(), links: vec![] }],
        generated_notes: true,
    };
    let Ok(doc) = undoc::parse_with(text, &options) else { return };
    for p in doc.body.iter().chain(doc.annexes.iter().flat_map(|a| a.body.iter())) {
        let len = p.text.encode_utf16().count() as u32;
        let mut last = 0;
        for s in &p.spans {
            assert!(s.start < s.end && s.end <= len && s.start >= last);
            last = s.end;
        }
    }
    for (i, n) in doc.notes.iter().enumerate() {
        assert_eq!(n.number as usize, i + 1);
    }
    let html = undoc::render_html(&doc, &undoc::RenderOptions { id_prefix: "f".into(), interactive: true });
    // Nothing from the input becomes markup: only the renderer's own elements and attributes.
    if let Err(e) = undoc::audit_markup(&html) {
        panic!("foreign markup in the output: {e}");
    }
    let _ = serde_json::to_string(&doc);
});
