//! The command line as a user runs it: `--version`, `render --element` (a pre-rendered
//! `<un-document>` whose data is the widget data of the same Document), `index` and `export`
//! of a collection, and refusals.

// It runs the native binary (and reads CSV with a native-only dependency).
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

const SEED: &str = "tests/seeds/000_ee653181992c2e49.txt";

fn undoc(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_undoc"))
        .args(args)
        .output()
        .expect("the undoc binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn version_prints_the_crate_version() {
    let (ok, out, _) = undoc(&["--version"]);
    assert!(ok);
    assert_eq!(out.trim(), format!("undoc {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn render_element_holds_the_interactive_article_and_its_widget_data() {
    let (ok, out, err) = undoc(&["render", SEED, "--element", "--id-prefix", "s"]);
    assert!(ok, "{err}");
    let doc = undoc::parse(&std::fs::read_to_string(SEED).unwrap()).unwrap();
    let opts = undoc::RenderOptions {
        id_prefix: "s".into(),
        interactive: true,
    };
    let article = undoc::render_html(&doc, &opts);
    assert!(out.starts_with("<un-document>\n"));
    assert!(
        out.contains(&article),
        "the article, as render_html writes it"
    );
    let json = out
        .split("<script type=\"application/json\" class=\"undoc-data\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("a data block");
    let data: undoc::WidgetData = serde_json::from_str(json).unwrap();
    assert_eq!(data, undoc::widget_data(&doc, &opts));
}

#[test]
fn two_outputs_at_once_are_refused() {
    let (ok, _, err) = undoc(&["render", SEED, "--element", "--standalone"]);
    assert!(!ok);
    assert!(err.contains("choose one"), "{err}");
}

/// A fresh directory under the system's temporary directory.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("undoc-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub dir")).unwrap();
    dir
}

/// The seed twice (once in a subdirectory whose name needs encoding), a file that is not
/// UTF-8 and one that is not a `.txt`.
fn collection_dir(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    let seed = std::fs::read(SEED).unwrap();
    std::fs::write(dir.join("a.txt"), &seed).unwrap();
    std::fs::write(dir.join("sub dir").join("b é.txt"), &seed).unwrap();
    std::fs::write(dir.join("bad.txt"), b"abc\xff\xfe").unwrap();
    std::fs::write(dir.join("notes.json"), b"[]").unwrap();
    dir
}

#[test]
fn index_lists_every_document_and_every_error_without_stopping() {
    let dir = collection_dir("index");
    let out = dir.join("collection.json");
    let (ok, stdout, err) = undoc(&[
        "index",
        dir.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(ok, "{err}");
    assert!(stdout.is_empty());
    // Piped: the summary and the error, no progress bar.
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(err.contains("indexed 2 document(s), 1 error(s)"), "{err}");
    let c: undoc::Collection =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(c.version, undoc::COLLECTION_VERSION);
    let files: Vec<&str> = c.documents.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(
        files,
        ["a.txt", "sub%20dir/b%20%C3%A9.txt"],
        "URLs relative to the index"
    );
    assert_eq!(c.errors.len(), 1);
    assert!(c.errors[0].file.ends_with("bad.txt"));
    assert!(c.errors[0].message.contains("not UTF-8"), "{:?}", c.errors);
    let seed = undoc::parse(&std::fs::read_to_string(SEED).unwrap()).unwrap();
    let want = undoc::collection_entry(
        &seed,
        "a.txt",
        std::fs::metadata(SEED).unwrap().len() as usize,
    );
    assert_eq!(c.documents[0], want);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn one_thread_and_every_core_give_the_same_index() {
    let dir = collection_dir("jobs");
    let run = |jobs: &str| {
        let (ok, out, err) = undoc(&["index", dir.to_str().unwrap(), "--out", "-", "--jobs", jobs]);
        assert!(ok, "{err}");
        out
    };
    assert_eq!(run("1"), run("0"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn export_csv_has_a_header_and_a_row_per_document() {
    let dir = collection_dir("csv");
    let (ok, out, err) = undoc(&["export", "--format", "csv", dir.to_str().unwrap()]);
    assert!(ok, "{err}");
    let mut rows = csv_rows(&out);
    let header = rows.remove(0);
    assert_eq!(header[0], "file");
    assert_eq!(header.len(), 16);
    assert_eq!(
        rows.len(),
        2,
        "the file that is not UTF-8 is an error, not a row"
    );
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(
        rows[0][col("signatories")],
        "ARM; BLR; KAZ; KGZ; RUS; TJK; UZB"
    );
    assert_eq!(rows[0][col("date")], "2009-09-30");
    assert!(rows[0][col("title")].starts_with("Letter dated 30 September 2009"));
    let (ok, _, err) = undoc(&["export", "--format", "xml", dir.to_str().unwrap()]);
    assert!(
        !ok && err.contains("--format must be csv, json or akn"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn export_akn_writes_one_document_as_akoma_ntoso() {
    let seed = "tests/seeds/000_ee653181992c2e49.txt";
    let (ok, out, err) = undoc(&["export", "--format", "akn", seed]);
    assert!(ok, "{err}");
    assert!(out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"));
    assert!(out.contains("<doc name=\"letter\">"));
    // The seed has no symbol: its work is named by its date and its title.
    assert!(
        out.contains("<FRBRuri value=\"/akn/un/doc/letter/2009-09-30/t"),
        "{out}"
    );
    assert!(out.contains("<authorialNote") || !out.contains("<noteRef"));
    let (ok, _, err) = undoc(&["export", "--format", "akn", seed, seed]);
    assert!(!ok && err.contains("takes one FILE"), "{err}");
    let (ok, _, err) = undoc(&["export", "--format", "akn", "tests"]);
    assert!(!ok && err.contains("cannot read tests"), "{err}");
}

/// Rows of `text`, read by the csv crate the CLI writes with.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}
