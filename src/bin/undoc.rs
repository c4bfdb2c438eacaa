//! The undoc command line: `undoc parse FILE|-` prints the Document as JSON.

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: undoc parse FILE|-\n\
  parse   print the parsed Document as pretty JSON (FILE or - for standard input)";

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

fn run(args: &[String]) -> Result<(), String> {
    match args {
        [cmd, path] if cmd == "parse" => {
            let bytes = read_input(path)?;
            let doc = undoc::parse_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?;
            let json = serde_json::to_string_pretty(&doc)
                .map_err(|e| format!("cannot write JSON: {e}"))?;
            let mut out = std::io::stdout().lock();
            writeln!(out, "{json}").map_err(|e| format!("cannot write output: {e}"))
        }
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(USAGE.to_string()),
    }
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
