//! `cargo bench --bench throughput` (or `make bench`): native throughput of undoc.
//!
//! Inputs: the seed letter, and ~100 KB, ~1 MB, ~10 MB and ~16 MiB (the input limit) documents
//! made of the real documents of `tests/corpus/dev`: the first document whole (its header line,
//! masthead and title), then the bodies of all documents, in file-name order, again and again.
//! Real text, so that every stage (debris, footnotes, signatures, annexes, spans, notes) works as
//! it does on real input. The inputs are also written to `target/bench/inputs/` for the
//! WebAssembly and browser benchmarks (`bench/wasm.mjs`, `bench/browser.mjs`).
//!
//! For each input: parse, render (`interactive: true`, what `mount` renders) and parse+render,
//! as the median of several runs, in MB/s of input (1 MB = 10^6 bytes); beside them the
//! yardstick, an aho-corasick DFA (leftmost-longest, ASCII case-insensitive, matches kept at
//! word boundaries) scanning the same bytes for the gazetteer's names — the hardest part of the
//! parser's job done at the speed of the machine — and the ratio parse / yardstick (target
//! ≥ 0.30). Then the growth of parse+render time with input size. Every figure
//! is printed with its target. A small harness rather than criterion: one readable table, no
//! extra dependencies; medians over N runs are enough for figures that differ by orders of
//! magnitude when something goes quadratic.
//!
//! The table is also written as Markdown to `target/bench/native.md` (collected into
//! BENCHMARKS.md by `bench/report.mjs`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SEED: &str = "tests/seeds/000_ee653181992c2e49.txt";

/// Target: parse throughput / the aho-corasick yardstick's throughput.
const YARDSTICK_MIN: f64 = 0.30;

/// Every name the gazetteer matches: States (name, formal name, aliases), organizations (and
/// acronyms), organs, places.
fn gazetteer_names() -> Vec<&'static str> {
    use undoc::gazetteer::{organizations, organs, places, states};
    let mut names = Vec::new();
    for s in states() {
        names.push(s.name);
        names.push(s.formal);
        names.extend(&s.aliases);
    }
    for o in organizations() {
        names.push(o.name);
        names.extend(o.acronym);
        names.extend(&o.aliases);
    }
    for o in organs() {
        names.push(o.name);
        names.extend(&o.aliases);
    }
    names.extend(places().iter().map(|p| p.name));
    names.retain(|n| !n.is_empty());
    names
}

/// The yardstick's automaton: a DFA, leftmost-longest, ASCII case-insensitive.
fn yardstick() -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(gazetteer_names())
        .expect("automaton")
}

/// The yardstick's scan: the names found at word boundaries.
fn scan(ac: &aho_corasick::AhoCorasick, text: &str) -> usize {
    let b = text.as_bytes();
    let word = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_alphanumeric());
    ac.find_iter(text)
        .filter(|m| (m.start() == 0 || !word(m.start() - 1)) && !word(m.end()))
        .count()
}

/// Growth targets: time(10x input) / time(input).
const GROWTH_MAX: f64 = 11.0;
/// Parse time of the largest accepted input.
const LIMIT_PARSE_MAX: Duration = Duration::from_secs(2);

struct Input {
    name: &'static str,
    text: String,
}

/// The first document whole, then the bodies of all documents (text after the `%%%` header line)
/// joined by blank lines, repeated until the text is at least `target` bytes — or, with
/// `at_most`, as long as it stays within `target` bytes.
fn joined(docs: &[String], target: usize, at_most: bool) -> String {
    let bodies: Vec<&str> = docs
        .iter()
        .map(|d| undoc::split_header(d).1.trim())
        .collect();
    let mut out = docs[0].trim_end().to_string();
    let mut i = 1;
    loop {
        let b = bodies[i % bodies.len()];
        if at_most && out.len() + 2 + b.len() > target {
            break;
        }
        out.push_str("\n\n");
        out.push_str(b);
        i += 1;
        if !at_most && out.len() >= target {
            break;
        }
    }
    out.push('\n');
    out
}

fn corpus() -> Vec<String> {
    let dir = Path::new(ROOT).join("tests/corpus/dev");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/corpus/dev")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("corpus file"))
        .collect()
}

fn inputs() -> Vec<Input> {
    let docs = corpus();
    let seed = std::fs::read_to_string(Path::new(ROOT).join(SEED)).expect("seed");
    vec![
        Input {
            name: "seed",
            text: seed,
        },
        Input {
            name: "100k",
            text: joined(&docs, 100_000, false),
        },
        Input {
            name: "1m",
            text: joined(&docs, 1_000_000, false),
        },
        Input {
            name: "10m",
            text: joined(&docs, 10_000_000, false),
        },
        Input {
            name: "16mib",
            text: joined(&docs, undoc::MAX_INPUT_BYTES, true),
        },
    ]
}

/// Median wall time of `f` over at least `min_runs` runs, running until `budget` is spent
/// (at most `max_runs`), after one warm-up run.
fn median<R>(mut f: impl FnMut() -> R, budget: Duration, min_runs: usize) -> Duration {
    std::hint::black_box(f());
    let max_runs = 1000;
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < min_runs || (start.elapsed() < budget && times.len() < max_runs) {
        let t = Instant::now();
        std::hint::black_box(f());
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn mbps(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / 1e6 / t.as_secs_f64()
}

fn ms(t: Duration) -> String {
    let m = t.as_secs_f64() * 1e3;
    if m < 1.0 {
        format!("{m:.3}")
    } else if m < 100.0 {
        format!("{m:.2}")
    } else {
        format!("{m:.0}")
    }
}

fn size(bytes: usize) -> String {
    if bytes < 10_000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{:.0} KB", bytes as f64 / 1e3)
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

fn cmd(program: &str, args: &[&str]) -> Option<String> {
    let out = std::process::Command::new(program)
        .args(args)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// CPU, cores, OS, compiler, load: where the figures come from.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_string())
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                .map(|v| v.trim_matches('"').to_string())
        })
        .unwrap_or_else(|| std::env::consts::OS.to_string());
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|l| l.split(' ').take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let rustc = cmd("rustc", &["-V"]).unwrap_or_default();
    format!("{cpu}, {cores} cores, {os}; {rustc}; load average {load}")
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this once, quickly.
    let quick =
        std::env::args().any(|a| a == "--quick") || !std::env::args().any(|a| a == "--bench");
    let budget = if quick {
        Duration::from_millis(50)
    } else {
        Duration::from_secs(2)
    };
    // `UNDOC_BENCH_INPUTS=seed,1m` runs only those inputs.
    let only = std::env::var("UNDOC_BENCH_INPUTS").ok();
    let mut inputs = inputs();
    let dir = Path::new(ROOT).join("target/bench/inputs");
    std::fs::create_dir_all(&dir).expect("target/bench/inputs");
    for i in &inputs {
        std::fs::write(dir.join(format!("{}.txt", i.name)), &i.text).expect("write input");
    }
    if let Some(only) = &only {
        inputs.retain(|i| only.split(',').any(|n| n.trim() == i.name));
    }

    // First use builds the gazetteer's tables and automaton (once per process).
    let t = Instant::now();
    let _ = undoc::gazetteer::find("Chile");
    let gazetteer_init = t.elapsed();

    let ac = yardstick();
    let opts = undoc::RenderOptions {
        id_prefix: "undoc".into(),
        interactive: true,
    };
    let mut md = String::new();
    let _ = writeln!(md, "Machine: {}\n", machine());
    let _ = writeln!(
        md,
        "| input | size | in paragraphs | parse ms | parse MB/s | render ms | render MB/s | parse+render ms | parse+render MB/s | aho-corasick MB/s | parse / aho-corasick (target ≥ {YARDSTICK_MIN:.2}) |"
    );
    let _ = writeln!(
        md,
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    let mut totals: Vec<(&str, usize, Duration)> = Vec::new();
    let mut json = Vec::new();
    let mut limit_parse = None;
    for i in &inputs {
        let n = i.text.len();
        let min_runs = if n > 5_000_000 { 3 } else { 5 };
        let parse = median(|| undoc::parse(&i.text).expect("parses"), budget, min_runs);
        if i.name == "16mib" {
            limit_parse = Some((n, parse));
            continue;
        }
        let doc = undoc::parse(&i.text).expect("parses");
        // How much of the input the Document holds as paragraph text: past 1,000 annexes the
        // parser leaves the rest unread (diagnostic `too-many-annexes`).
        let kept: usize = doc
            .body
            .iter()
            .chain(doc.annexes.iter().flat_map(|a| a.body.iter()))
            .map(|p| p.text.len())
            .sum();
        let render = median(|| undoc::render_html(&doc, &opts), budget, min_runs);
        let both = median(
            || undoc::render_html(&undoc::parse(&i.text).expect("parses"), &opts),
            budget,
            min_runs,
        );
        let scan_time = median(|| scan(&ac, &i.text), budget, min_runs);
        let ratio = scan_time.as_secs_f64() / parse.as_secs_f64();
        let _ = writeln!(
            md,
            "| {} | {} | {:.0}% | {} | {:.1} | {} | {:.1} | {} | {:.1} | {:.1} | {:.2} {} |",
            i.name,
            size(n),
            kept as f64 * 100.0 / n as f64,
            ms(parse),
            mbps(n, parse),
            ms(render),
            mbps(n, render),
            ms(both),
            mbps(n, both),
            mbps(n, scan_time),
            ratio,
            if ratio >= YARDSTICK_MIN { "✓" } else { "✗" },
        );
        totals.push((i.name, n, both));
        json.push(serde_json::json!({
            "name": i.name,
            "bytes": n,
            "parse_ms": parse.as_secs_f64() * 1e3,
            "render_ms": render.as_secs_f64() * 1e3,
            "parse_render_ms": both.as_secs_f64() * 1e3,
            "parse_render_mbps": mbps(n, both),
            "paragraph_bytes": kept,
            "aho_corasick_mbps": mbps(n, scan_time),
            "parse_over_aho_corasick": ratio,
        }));
    }
    let _ = writeln!(md);
    let _ = writeln!(
        md,
        "| growth of parse+render time | time ratio | size ratio | target |"
    );
    let _ = writeln!(md, "|---|---:|---:|---|");
    for pair in totals.windows(2).skip(1) {
        let (a, b) = (&pair[0], &pair[1]);
        let r = b.2.as_secs_f64() / a.2.as_secs_f64();
        let _ = writeln!(
            md,
            "| time({}) / time({}) | {:.2} | {:.2} | ≤ {GROWTH_MAX} {} |",
            b.0,
            a.0,
            r,
            b.1 as f64 / a.1 as f64,
            if r <= GROWTH_MAX { "✓" } else { "✗" },
        );
    }
    if let Some((n, t)) = limit_parse {
        let _ = writeln!(
            md,
            "\nParse of the largest accepted input ({} bytes, limit {}): {} ms, target < {} ms {}",
            n,
            undoc::MAX_INPUT_BYTES,
            ms(t),
            LIMIT_PARSE_MAX.as_millis(),
            if t < LIMIT_PARSE_MAX { "✓" } else { "✗" },
        );
    }
    let _ = writeln!(
        md,
        "First use of the gazetteer (tables parsed, trie built, once per process): {} ms.",
        ms(gazetteer_init)
    );
    print!("{md}");
    let out = Path::new(ROOT).join("target/bench/native.md");
    std::fs::write(&out, &md).expect("write target/bench/native.md");
    let summary = serde_json::json!({ "machine": machine(), "inputs": json });
    std::fs::write(
        Path::new(ROOT).join("target/bench/native.json"),
        serde_json::to_string_pretty(&summary).unwrap_or_default(),
    )
    .expect("write target/bench/native.json");
    println!(
        "\n(written to {}; inputs in {})",
        out.display(),
        dir.display()
    );
}
