//! Copies the gazetteer's tables into OUT_DIR without their `#` comment lines: the comments
//! (sources, column lists) stay in `data/`, the module does not carry them.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for name in [
        "states",
        "organizations",
        "organs",
        "places",
        "features",
        "demonyms",
        "memberships",
        "names",
    ] {
        let src = format!("data/{name}.tsv");
        println!("cargo:rerun-if-changed={src}");
        let text = std::fs::read_to_string(&src).expect("gazetteer table");
        let kept: String = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(|l| [l, "\n"])
            .collect();
        std::fs::write(Path::new(&out).join(format!("{name}.tsv")), kept).expect("write table");
    }
}
