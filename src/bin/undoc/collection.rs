//! `undoc index` and `undoc export`: many documents parsed on every core (rayon) into one index,
//! `collection.json`, or one CSV row each. A file that cannot be read is listed with its reason;
//! it never stops the rest. Progress shows on a terminal (indicatif) and stays quiet when piped.

use std::io::Write;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use undoc::{Collection, Entry, IndexError};

const USAGE: &str = "(undoc --help shows how to call it)";

struct Options {
    paths: Vec<String>,
    out: String,
    jobs: usize,
    format: Option<String>,
}

fn options(raw: &[String]) -> Result<Options, String> {
    let mut o = Options {
        paths: Vec::new(),
        out: "collection.json".into(),
        jobs: 0,
        format: None,
    };
    let mut it = raw.iter();
    while let Some(x) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        match x.as_str() {
            "--out" => o.out = value("--out")?,
            "--format" => o.format = Some(value("--format")?),
            "--jobs" => {
                o.jobs = value("--jobs")?
                    .parse()
                    .map_err(|_| "--jobs needs a whole number".to_string())?
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            s => o.paths.push(s.to_string()),
        }
    }
    if o.paths.is_empty() {
        return Err(format!("no file or directory to index\n{USAGE}"));
    }
    Ok(o)
}

/// `undoc index`: writes the collection's index, and a summary line on standard error.
pub fn index(raw: &[String]) -> Result<(), String> {
    let o = options(raw)?;
    let files = files(&o.paths)?;
    // File URLs are relative to where the index is written.
    let base = match o.out.as_str() {
        "-" => PathBuf::from("."),
        out => Path::new(out)
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf),
    };
    let c = build(&files, &base, o.jobs)?;
    let json = serde_json::to_string(&c).map_err(|e| format!("cannot write JSON: {e}"))?;
    if o.out == "-" {
        writeln!(std::io::stdout().lock(), "{json}")
            .map_err(|e| format!("cannot write output: {e}"))?;
    } else {
        std::fs::write(&o.out, json + "\n").map_err(|e| format!("cannot write {}: {e}", o.out))?;
    }
    summary(&c, (o.out != "-").then_some(o.out.as_str()));
    Ok(())
}

/// `undoc export --format csv|json`: the index on standard output.
pub fn export(raw: &[String]) -> Result<(), String> {
    let o = options(raw)?;
    let format = o.format.as_deref().unwrap_or("");
    if !matches!(format, "csv" | "json") {
        return Err(format!(
            "--format must be csv, json or akn (got {format:?})"
        ));
    }
    let files = files(&o.paths)?;
    let c = build(&files, Path::new("."), o.jobs)?;
    let mut out = std::io::stdout().lock();
    if format == "json" {
        let json = serde_json::to_string(&c).map_err(|e| format!("cannot write JSON: {e}"))?;
        writeln!(out, "{json}").map_err(|e| format!("cannot write output: {e}"))?;
    } else {
        write_csv(&c.documents, &mut out)?;
    }
    summary(&c, None);
    Ok(())
}

fn summary(c: &Collection, to: Option<&str>) {
    let mut line = format!(
        "undoc: indexed {} document(s), {} error(s)",
        c.documents.len(),
        c.errors.len()
    );
    if let Some(to) = to {
        line.push_str(&format!(" → {to}"));
    }
    eprintln!("{line}");
    for e in &c.errors {
        eprintln!("undoc: {}: {}", e.file, e.message);
    }
}

/// The `.txt` files of `paths`: a file as given, a directory walked in name order.
fn files(paths: &[String]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        let path = PathBuf::from(p);
        if path.is_dir() {
            walk(&path, &mut out)?;
        } else {
            out.push(path);
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
    Ok(())
}

/// Parses `files` on `jobs` threads (0: one per core), in their order.
fn build(files: &[PathBuf], base: &Path, jobs: usize) -> Result<Collection, String> {
    // Resolved once: every file's URL is relative to it.
    let base = absolute(base);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| format!("cannot start the worker threads: {e}"))?;
    // Hidden by indicatif itself when standard error is not a terminal.
    let bar = ProgressBar::new(files.len() as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} documents, {eta} left") {
        bar.set_style(style);
    }
    let results: Vec<Result<Entry, IndexError>> = pool.install(|| {
        files
            .par_iter()
            .map(|f| {
                let r = one(f, &base);
                bar.inc(1);
                r
            })
            .collect()
    });
    bar.finish_and_clear();
    let mut c = Collection {
        version: undoc::COLLECTION_VERSION,
        ..Collection::default()
    };
    for r in results {
        match r {
            Ok(e) => c.documents.push(e),
            Err(e) => c.errors.push(e),
        }
    }
    undoc::name_collection(&mut c);
    Ok(c)
}

fn one(path: &Path, base: &Path) -> Result<Entry, IndexError> {
    let shown = path.display().to_string();
    let fail = |message: String| IndexError {
        file: shown.clone(),
        message,
    };
    let bytes = super::read_input(&shown).map_err(fail)?;
    let doc = undoc::parse_bytes(&bytes).map_err(|e| fail(e.to_string()))?;
    Ok(undoc::collection_entry(&doc, &url(path, base), bytes.len()))
}

fn absolute(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// `path` as a URL relative to `base` (absolute), `/`-separated, with every byte outside the
/// unreserved set percent-encoded.
fn url(path: &Path, base: &Path) -> String {
    let rel = absolute(path)
        .strip_prefix(base)
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf);
    let mut out = String::new();
    for (i, part) in rel.iter().enumerate() {
        if i > 0 {
            out.push('/');
        }
        for b in part.to_string_lossy().bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                out.push(char::from(b));
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// One row per document; lists joined by "; ".
fn write_csv(docs: &[Entry], out: &mut impl Write) -> Result<(), String> {
    let mut w = csv::Writer::from_writer(out);
    let fail = |e: csv::Error| format!("cannot write CSV: {e}");
    w.write_record([
        "file",
        "symbol",
        "date",
        "issued",
        "kind",
        "title",
        "sender_role",
        "sender_states",
        "sender_organization",
        "addressees",
        "subjects",
        "session",
        "agenda_items",
        "signatories",
        "organizations",
        "text_length",
    ])
    .map_err(fail)?;
    for d in docs {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let kind = d.kind.clone();
        let agenda: Vec<String> = d
            .agenda_items
            .iter()
            .map(|a| {
                [a.number.as_deref(), a.title.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        w.write_record([
            d.file.clone(),
            opt(&d.symbol),
            opt(&d.date),
            opt(&d.issued),
            kind,
            opt(&d.title),
            opt(&d.sender.role),
            d.sender.states.join("; "),
            opt(&d.sender.organization),
            d.addressees.join("; "),
            d.subjects.join("; "),
            d.session.map(|n| n.to_string()).unwrap_or_default(),
            agenda.join("; "),
            d.signatories.join("; "),
            d.organizations.join("; "),
            d.text_length.to_string(),
        ])
        .map_err(fail)?;
    }
    w.flush().map_err(|e| format!("cannot write CSV: {e}"))
}
