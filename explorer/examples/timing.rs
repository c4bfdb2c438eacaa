use undoc_explorer::query::{Explorer, Facet, Filters};
fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let t = std::time::Instant::now();
    let x = Explorer::new(serde_json::from_str(&text).unwrap());
    println!("load {:?} {}", t.elapsed(), x.len());
    for (name, f) in [
        ("none", Filters::default()),
        (
            "q",
            Filters {
                query: "security".into(),
                ..Default::default()
            },
        ),
        ("state", {
            let mut f = Filters::default();
            f.toggle(Facet::State, "RUS");
            f
        }),
    ] {
        let t = std::time::Instant::now();
        for _ in 0..20 {
            std::hint::black_box(x.run(&f));
        }
        println!("{name} {:?}", t.elapsed() / 20);
    }
}
