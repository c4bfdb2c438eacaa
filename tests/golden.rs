//! Golden files: every corpus document's Document (JSON) and HTML fragment, stored under
//! `tests/golden/SET/` so that a change of output is reviewed as a diff, not discovered.
//!
//! A changed output fails with insta's line diff, for every document that changed. To accept:
//! `INSTA_UPDATE=always cargo test --release --test golden`, then read `git diff tests/golden`.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn texts(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    out
}

fn check(set: &str, path: &Path) {
    let text = std::fs::read_to_string(path).expect("corpus text is UTF-8");
    let doc = undoc::parse(&text).expect("corpus text parses");
    let json = serde_json::to_string_pretty(&doc).expect("the Document serializes");
    let html = undoc::render_html(&doc, &undoc::RenderOptions::default());
    let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("doc");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(format!("golden/{set}"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_input_file(path);
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::assert_snapshot!(format!("{name}.json"), json);
        insta::assert_snapshot!(format!("{name}.html"), html);
    });
}

/// Checks every document of every set, then names all that changed (insta printed each diff).
#[test]
fn outputs_match_golden_files() {
    let mut sets: Vec<(String, PathBuf)> = std::fs::read_dir("tests/corpus")
        .expect("tests/corpus")
        .flatten()
        .filter(|e| e.path().join("manifest.jsonl").exists())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .collect();
    sets.push(("seeds".into(), PathBuf::from("tests/seeds")));
    let mut changed = Vec::new();
    let mut count = 0;
    for (set, dir) in &sets {
        for path in texts(dir) {
            count += 1;
            if std::panic::catch_unwind(|| check(set, &path)).is_err() {
                changed.push(path.display().to_string());
            }
        }
    }
    assert!(
        count > 50,
        "the corpus should hold many documents, found {count}"
    );
    assert!(changed.is_empty(), "output changed for {changed:#?}");
}
