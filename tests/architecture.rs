//! The rooms of `src/` and the one way their arrows run.
//!
//! Every `.rs` file under `src/` belongs to a room, the first part of its path: `text`, `model`,
//! `gazetteer`, `parse`, `render`, `wasm`, `bin`. Rooms sit on layers, and a file may name
//! (`crate::…`, or `super::…` out of its room) only rooms on lower layers:
//!
//! ```text
//! text, model (0)  <-  gazetteer (1)  <-  parse (2)  <-  render (3)  <-  wasm (4)  <-  bin (5)
//! ```
//!
//! `text` and `model` are leaves: they name nothing of the crate. `render` reads the model only
//! (and `text`), not the gazetteer or the parser, but for the known exceptions below. Unit tests
//! (a `#[cfg(test)] mod tests` at the end of a file, or a file named `tests.rs`) may use any room
//! beneath their own and are not read. No file in `src/` is longer than 600 lines, but for
//! test files and data.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layer of each room; a room may name only rooms on lower layers.
const LAYERS: &[(&str, u32)] = &[
    ("text", 0),
    ("model", 0),
    ("gazetteer", 1),
    ("parse", 2),
    ("render", 3),
    ("wasm", 4),
    ("bin", 5),
];

/// Rooms that name fewer rooms than their layer allows: the renderer reads the model.
const ONLY: &[(&str, &[&str])] = &[
    ("text", &[]),
    ("model", &[]),
    ("render", &["model", "text"]),
];

/// Known exceptions, each with its file, the room it names, and why it is still there. None
/// today: keep the mechanism for a move that takes more than one step.
const EXCEPTIONS: &[(&str, &str, &str)] = &[];

const MAX_LINES: usize = 600;

fn layer(room: &str) -> Option<u32> {
    LAYERS.iter().find(|(r, _)| *r == room).map(|(_, l)| *l)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a file under `src/`: `parse/notes/mod.rs` is `[parse, notes]`,
/// `model.rs` is `[model]`, `lib.rs` is `[]`.
fn module_path(rel: &str) -> Vec<String> {
    let mut parts: Vec<String> = rel.split('/').map(str::to_string).collect();
    let last = parts.pop().unwrap_or_default();
    match last.as_str() {
        "mod.rs" | "lib.rs" | "main.rs" => {}
        other => parts.push(other.trim_end_matches(".rs").to_string()),
    }
    parts
}

/// The code of a file that counts: comments and the trailing unit-test module left out.
fn code_of(src: &str) -> String {
    let mut out = String::new();
    let lines: Vec<&str> = src.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        if t == "#[cfg(test)]" && lines.get(i + 1).is_some_and(|n| n.trim() == "mod tests {") {
            break;
        }
        if t.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The names of the crate's root that `code` refers to: the first segment after `crate::`, and
/// after a `super::` chain that climbs to the root from `module`.
fn root_names(code: &str, module: &[String]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let bytes = code.as_bytes();
    let ident_char = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i < code.len() {
        let rest = &bytes[i..];
        let at_word = i == 0 || !(ident_char(bytes[i - 1]) || bytes[i - 1] == b'$');
        let (depth, after) = if at_word && rest.starts_with(b"crate::") {
            (None, i + "crate::".len())
        } else if at_word && rest.starts_with(b"super::") {
            let mut k = 0;
            let mut j = i;
            while bytes[j..].starts_with(b"super::") {
                k += 1;
                j += "super::".len();
            }
            (Some(k), j)
        } else {
            i += 1;
            continue;
        };
        // Only paths that reach the crate root name a room.
        let at_root = match depth {
            None => true,
            Some(k) => k >= module.len(),
        };
        if at_root {
            let tail = &code[after..];
            if let Some(group) = tail.strip_prefix('{') {
                let group = group.split('}').next().unwrap_or("");
                for item in group.split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|&c| ident_char(c as u8))
                        .collect();
                    if !name.is_empty() {
                        names.insert(name);
                    }
                }
            } else {
                let name: String = tail
                    .chars()
                    .take_while(|&c| c.is_ascii() && ident_char(c as u8))
                    .collect();
                if !name.is_empty() {
                    names.insert(name);
                }
            }
        }
        i = after;
    }
    names
}

/// The room of each name that `lib.rs` re-exports (`pub use parse::{parse, …}`), and the room of
/// a glob (`pub use model::*`) for the rest.
fn reexports(lib: &str) -> (BTreeMap<String, String>, Option<String>) {
    let mut map = BTreeMap::new();
    let mut glob = None;
    let flat = lib.replace('\n', " ");
    for stmt in flat.split(';') {
        let Some(path) = stmt.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((room, items)) = path.split_once("::") else {
            continue;
        };
        let items = items.trim().trim_start_matches('{').trim_end_matches('}');
        for item in items.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if item == "*" {
                glob = Some(room.trim().to_string());
            } else {
                map.insert(item.to_string(), room.trim().to_string());
            }
        }
    }
    (map, glob)
}

#[test]
fn rooms_point_one_way_and_files_stay_short() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let lib = fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs");
    let (reexported, glob) = reexports(&code_of(&lib));

    let mut problems: Vec<String> = Vec::new();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut used_exceptions: BTreeSet<String> = BTreeSet::new();
    for path in &files {
        let rel = path
            .strip_prefix(&src)
            .expect("under src/")
            .to_string_lossy()
            .replace('\\', "/");
        let text = fs::read_to_string(path).expect("a source file");
        let is_test_file = rel.ends_with("/tests.rs") || rel == "tests.rs";
        let is_data = rel.split('/').any(|p| p == "data");
        let lines = text.lines().count();
        if lines > MAX_LINES && !is_test_file && !is_data {
            problems.push(format!("src/{rel}: {lines} lines, more than {MAX_LINES}"));
        }
        if rel == "lib.rs" || is_test_file {
            continue;
        }
        let module = module_path(&rel);
        let room = module[0].clone();
        let Some(from_layer) = layer(&room) else {
            problems.push(format!(
                "src/{rel}: in no known room ({room}); add it to LAYERS"
            ));
            continue;
        };
        for name in root_names(&code_of(&text), &module) {
            let target = if layer(&name).is_some() {
                name.clone()
            } else if let Some(r) = reexported.get(&name) {
                r.clone()
            } else if let Some(g) = &glob {
                g.clone()
            } else {
                problems.push(format!(
                    "src/{rel}: `{name}` at the crate root is in no known room"
                ));
                continue;
            };
            if target == room {
                continue;
            }
            edges
                .entry(room.clone())
                .or_default()
                .insert(target.clone());
            if EXCEPTIONS.iter().any(|(f, r, _)| *f == rel && *r == target) {
                used_exceptions.insert(rel.clone());
                continue;
            }
            let to_layer = layer(&target).unwrap_or(u32::MAX);
            if to_layer >= from_layer {
                problems.push(format!(
                    "src/{rel}: {room} (layer {from_layer}) names {target} (layer {to_layer}) (`{name}`): arrows run to lower layers only"
                ));
            }
            if let Some((_, only)) = ONLY.iter().find(|(r, _)| *r == room) {
                if !only.contains(&target.as_str()) {
                    problems.push(format!(
                        "src/{rel}: {room} may name only {only:?}, not {target} (`{name}`)"
                    ));
                }
            }
        }
    }
    for (file, room, why) in EXCEPTIONS {
        if !used_exceptions.contains(*file) {
            problems.push(format!(
                "exception src/{file} -> {room} is no longer needed ({why}): remove it from EXCEPTIONS"
            ));
        }
    }

    // No loop among rooms, exceptions included.
    fn visit<'a>(
        room: &'a str,
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
        problems: &mut Vec<String>,
    ) {
        if let Some(k) = stack.iter().position(|r| *r == room) {
            problems.push(format!(
                "a loop among rooms: {} -> {room}",
                stack[k..].join(" -> ")
            ));
            return;
        }
        if !done.insert(room) {
            return;
        }
        stack.push(room);
        for next in edges.get(room).into_iter().flatten() {
            visit(next, edges, stack, done, problems);
        }
        stack.pop();
    }
    let mut done = BTreeSet::new();
    for room in edges.keys() {
        visit(room, &edges, &mut Vec::new(), &mut done, &mut problems);
    }

    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The test reads something: the parser names the model and the gazetteer.
    let parse = edges.get("parse").cloned().unwrap_or_default();
    assert!(
        parse.contains("model") && parse.contains("gazetteer"),
        "{edges:?}"
    );
}
