//! `undoc export --format akn`: every corpus document (validation/ aside: no output of it is
//! read here) as Akoma Ntoso XML that the OASIS Akoma Ntoso 3.0 schema (`tests/akn/`) accepts,
//! checked with xmllint (Debian's libxml2-utils, which `make setup` installs), holding every
//! paragraph and every signature of the document.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use undoc::{Document, NoteKind, Paragraph, SpanKind};

fn corpus() -> Vec<PathBuf> {
    let mut out = vec![PathBuf::from("tests/seeds/000_ee653181992c2e49.txt")];
    let mut sets: Vec<PathBuf> = std::fs::read_dir("tests/corpus")
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && !p.ends_with("validation"))
        .collect();
    sets.sort();
    for set in sets {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&set)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

/// The XML's text with `<authorialNote>…</authorialNote>` left out, tags dropped and the five
/// entities read back.
fn text_of(xml: &str) -> String {
    let mut rest = xml;
    let mut kept = String::new();
    while let Some(i) = rest.find("<authorialNote") {
        kept.push_str(&rest[..i]);
        let end = rest[i..].find("</authorialNote>").unwrap() + i;
        rest = &rest[end + "</authorialNote>".len()..];
    }
    kept.push_str(rest);
    let mut out = String::new();
    let mut in_tag = false;
    for c in kept.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// A paragraph as its `<p>` reads without its notes: the text without the markers of the
/// document's own footnotes (each stands as its note), control characters dropped.
fn expected(doc: &Document, p: &Paragraph) -> String {
    let units: Vec<u16> = p.text.encode_utf16().collect();
    let mut out: Vec<u16> = Vec::new();
    let mut last = 0usize;
    for s in &p.spans {
        let original = matches!(s.kind, SpanKind::NoteRef { .. })
            && s.note.is_some_and(|n| {
                doc.notes
                    .iter()
                    .any(|x| x.number == n && x.kind == NoteKind::Original)
            });
        if original {
            out.extend(&units[last..s.start as usize]);
            last = s.end as usize;
        }
    }
    out.extend(&units[last..]);
    let text: String = String::from_utf16_lossy(&out)
        .chars()
        .filter(|&c| !c.is_control() || c == '\t' || c == '\n')
        .collect();
    match &p.marker {
        Some(m) => format!("{m} {text}"),
        None => text,
    }
}

#[test]
fn every_document_is_valid_akoma_ntoso_holding_its_paragraphs_and_signatures() {
    let dir = std::env::temp_dir().join(format!("undoc-akn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    for (i, path) in corpus().iter().enumerate() {
        let text = std::fs::read_to_string(path).unwrap();
        let doc = undoc::parse(&text).unwrap();
        let xml = undoc::render_akn(&doc);
        let read = text_of(&xml);
        let paragraphs = doc
            .body
            .iter()
            .chain(doc.annexes.iter().flat_map(|a| &a.body));
        for p in paragraphs {
            let want = expected(&doc, p);
            assert!(
                read.contains(&want),
                "{}: a paragraph is missing: {want:?}",
                path.display()
            );
        }
        let signatures: Vec<_> = doc
            .signatures
            .iter()
            .chain(doc.annexes.iter().flat_map(|a| &a.signatures))
            .collect();
        assert_eq!(
            xml.matches("<signature>").count(),
            signatures.len(),
            "{}",
            path.display()
        );
        for s in signatures {
            assert!(read.contains(&s.name), "{}: {}", path.display(), s.name);
        }
        let file = dir.join(format!("{i}.xml"));
        std::fs::write(&file, xml).unwrap();
        files.push(file);
    }
    let out = Command::new("xmllint")
        .args(["--noout", "--schema", "tests/akn/akomantoso30.xsd"])
        .args(&files)
        .output()
        .expect("xmllint (Debian: apt-get install libxml2-utils; `make setup` installs it)");
    let log = String::from_utf8_lossy(&out.stderr);
    let failed: Vec<&str> = log.lines().filter(|l| !l.ends_with(" validates")).collect();
    assert!(
        out.status.success() && failed.is_empty(),
        "{}",
        failed.join("\n")
    );
    assert_eq!(
        log.lines().filter(|l| l.ends_with(" validates")).count(),
        files.len()
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// What the export refuses: it is still valid XML for a text with nothing in it, and markup in
/// a text is text.
#[test]
fn odd_texts_are_escaped_and_still_valid() {
    let dir = std::env::temp_dir().join(format!("undoc-akn-odd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let texts = [
        "",
        "<doc name=\"x\"/> & \u{1}\u{202e}\u{fffe}\u{ffff} ]]> Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I write.",
    ];
    for (i, t) in texts.iter().enumerate() {
        let xml = undoc::render_akn(&undoc::parse(t).unwrap());
        assert!(!xml.contains("<doc name=\"x\""), "{xml}");
        let file = dir.join(format!("{i}.xml"));
        std::fs::write(&file, xml).unwrap();
        let out = Command::new("xmllint")
            .args(["--noout", "--schema", "tests/akn/akomantoso30.xsd"])
            .arg(&file)
            .output()
            .expect("xmllint");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}
