//! The command line as a user runs it: `--version`, `render --element` (a pre-rendered
//! `<un-document>` whose data is the widget data of the same Document), and refusals.

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
