//! The undoc command line: `undoc parse FILE|-` prints the Document as JSON; `undoc render
//! FILE|-` prints it as HTML.

use std::io::{Read, Write};
use std::process::ExitCode;

// Native only (rayon, indicatif, csv); `cargo test --target wasm32` still builds this program.
#[cfg(not(target_arch = "wasm32"))]
#[path = "undoc/collection.rs"]
mod collection;

const USAGE: &str = "usage: undoc parse FILE|- [--notes NOTES.json]\n       \
undoc --version\n       \
undoc index PATH... [--out FILE|-] [--jobs N]\n       \
undoc export --format csv|json PATH... [--jobs N]\n       \
undoc export --format akn FILE|-\n       \
undoc render FILE|- [--standalone | --element [--shadow-css URL]] [--id-prefix PREFIX] [--notes NOTES.json]\n\n\
  parse    print the parsed Document as pretty JSON\n\
  render   print the document as an HTML fragment (--standalone: a whole page with its CSS;\n\
           --element: a pre-rendered <un-document> that the element wakes up without parsing;\n\
           --shadow-css URL: its article in a declarative shadow root linking that stylesheet)\n\
  index    parse many documents (every core) into one collection.json for the explorer\n\
  export   the same index on standard output, as CSV (one row per document) or JSON; --format\n\
           akn: one document as Akoma Ntoso 3.0 XML\n\
  FILE     a plain-text UN document, or - for standard input";

fn read_input(path: &str) -> Result<Vec<u8>, String> {
    let limit = undoc::MAX_INPUT_BYTES as u64;
    let mut buf = Vec::new();
    let res = if path == "-" {
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut buf)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit + 1).read_to_end(&mut buf))
    };
    match res {
        Ok(_) => Ok(buf),
        Err(e) => Err(format!(
            "cannot read {}: {}",
            if path == "-" { "standard input" } else { path },
            e
        )),
    }
}

/// `undoc export --format akn FILE|-`: one document as Akoma Ntoso XML.
#[cfg(not(target_arch = "wasm32"))]
fn export_akn(raw: &[String]) -> Result<(), String> {
    let mut paths = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        match raw[i].as_str() {
            "--format" => i += 1,
            "-" => paths.push("-"),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            s => paths.push(s),
        }
        i += 1;
    }
    let [path] = paths[..] else {
        return Err(format!("--format akn takes one FILE or -\n{USAGE}"));
    };
    let bytes = read_input(path)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        format!(
            "{path}: input is not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        )
    })?;
    let doc = undoc::parse(text).map_err(|e| format!("{path}: {e}"))?;
    std::io::stdout()
        .lock()
        .write_all(undoc::render_akn(&doc).as_bytes())
        .map_err(|e| format!("cannot write output: {e}"))
}

struct Args {
    command: String,
    path: String,
    standalone: bool,
    element: bool,
    shadow_css: Option<String>,
    prefix: String,
    notes: Option<String>,
}

fn args(raw: &[String]) -> Result<Args, String> {
    let mut it = raw.iter();
    let command = it.next().cloned().ok_or(USAGE)?;
    let mut a = Args {
        command,
        path: String::new(),
        standalone: false,
        element: false,
        shadow_css: None,
        prefix: "undoc".into(),
        notes: None,
    };
    while let Some(x) = it.next() {
        match x.as_str() {
            "--standalone" => a.standalone = true,
            "--element" => a.element = true,
            "--shadow-css" => {
                a.shadow_css = Some(
                    it.next()
                        .cloned()
                        .ok_or("--shadow-css needs the stylesheet's URL")?,
                )
            }
            "--id-prefix" => a.prefix = it.next().cloned().ok_or("--id-prefix needs a value")?,
            "--notes" => a.notes = Some(it.next().cloned().ok_or("--notes needs a file")?),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            s if a.path.is_empty() => a.path = s.to_string(),
            _ => return Err(USAGE.to_string()),
        }
    }
    if a.path.is_empty() {
        return Err(USAGE.to_string());
    }
    if a.shadow_css.is_some() && !a.element {
        return Err(
            "--shadow-css goes with --element (the element's declarative shadow root)".into(),
        );
    }
    if a.standalone && a.element {
        return Err("--standalone and --element are two different outputs: choose one".into());
    }
    Ok(a)
}

fn run(raw: &[String]) -> Result<(), String> {
    if matches!(
        raw.first().map(String::as_str),
        Some("--help" | "-h" | "help")
    ) {
        println!("{USAGE}");
        return Ok(());
    }
    if matches!(raw.first().map(String::as_str), Some("--version" | "-V")) {
        println!("undoc {}", env!("CARGO_PKG_VERSION"));
        return Ok(());
    }
    #[cfg(not(target_arch = "wasm32"))]
    match raw.first().map(String::as_str) {
        Some("index") => return collection::index(&raw[1..]),
        Some("export") if raw.windows(2).any(|w| w[0] == "--format" && w[1] == "akn") => {
            return export_akn(&raw[1..]);
        }
        Some("export") => return collection::export(&raw[1..]),
        _ => {}
    }
    let a = args(raw)?;
    if a.command != "parse" && a.command != "render" {
        return Err(USAGE.to_string());
    }
    let bytes = read_input(&a.path)?;
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            return Err(format!(
                "{}: input is not UTF-8 text (invalid byte at offset {})",
                a.path,
                e.valid_up_to()
            ))
        }
    };
    let mut options = undoc::ParseOptions::default();
    if let Some(path) = &a.notes {
        let raw = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        options.notes = serde_json::from_str(&raw)
            .map_err(|e| format!("{path}: not a JSON array of notes: {e}"))?;
    }
    let doc = undoc::parse_with(text, &options).map_err(|e| format!("{}: {e}", a.path))?;
    let out = if a.command == "parse" {
        serde_json::to_string_pretty(&doc).map_err(|e| format!("cannot write JSON: {e}"))?
    } else {
        let opts = undoc::RenderOptions {
            id_prefix: a.prefix,
            interactive: false,
        };
        if a.standalone {
            undoc::render_page(&doc, &opts)
        } else if let (true, Some(css)) = (a.element, &a.shadow_css) {
            undoc::render_element_shadow(&doc, &opts, css)
        } else if a.element {
            undoc::render_element(&doc, &opts)
        } else {
            undoc::render_html(&doc, &opts)
        }
    };
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{out}").map_err(|e| format!("cannot write output: {e}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("undoc: {msg}");
            ExitCode::FAILURE
        }
    }
}
