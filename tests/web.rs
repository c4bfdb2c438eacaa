//! The two modules in a real browser (wasm-bindgen-test in headless Chromium): the parser
//! module prepares the seed letter, the interaction module mounts it (or wakes up its
//! pre-rendered markup); open and close notes with mouse and keyboard, filter by signatory,
//! unmount.

#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("seeds/000_ee653181992c2e49.txt");

fn container() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn options(prefix: &str) -> Option<wasm_bindgen::JsValue> {
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"idPrefix".into(), &prefix.into()).unwrap();
    Some(o.into())
}

/// The seed, prepared by the parser module and mounted by the interaction module.
fn mount(c: &Element, prefix: &str) -> undoc_widget::Handle {
    let mut p = undoc::wasm::prepare(SEED, options(prefix)).unwrap();
    undoc_widget::mount(c, p.tasks().unwrap(), p.data().unwrap(), None).unwrap()
}

/// The handle's selection, as Rust strings.
fn selected(h: &undoc_widget::Handle) -> Vec<String> {
    h.selected().iter().filter_map(|v| v.as_string()).collect()
}

/// ISO3 codes as the JavaScript array `selectSignatories` takes.
fn codes(list: &[&str]) -> wasm_bindgen::JsValue {
    list.iter()
        .map(|c| wasm_bindgen::JsValue::from_str(c))
        .collect::<js_sys::Array>()
        .into()
}

fn count(root: &Element, sel: &str) -> u32 {
    root.query_selector_all(sel).unwrap().length()
}

fn active_element() -> Option<Element> {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
}

fn key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
fn mounts_the_seed_with_seven_toggles() {
    let c = container();
    let mut h = mount(&c, "w1");
    assert_eq!(count(&c, "article.undoc"), 1);
    let codes: Vec<String> = (0..7)
        .map(|i| {
            c.query_selector_all("button.undoc-toggle")
                .unwrap()
                .item(i)
                .unwrap()
                .dyn_into::<Element>()
                .unwrap()
                .get_attribute("data-signatory")
                .unwrap()
        })
        .collect();
    assert_eq!(codes, ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"]);
    h.unmount();
    assert_eq!(c.child_element_count(), 0);
}

#[wasm_bindgen_test]
fn note_opens_on_click_and_closes_on_escape_returning_focus() {
    let c = container();
    let mut h = mount(&c, "w2");
    let r: HtmlElement = c
        .query_selector("a[role=\"doc-noteref\"]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    r.click();
    assert_eq!(count(&c, ".undoc-popover"), 1);
    let pop = c.query_selector(".undoc-popover").unwrap().unwrap();
    assert_eq!(active_element().as_ref(), Some(&pop));
    // The first reference is the first name a note explains: the Russian Federation's, in 2009.
    assert_eq!(r.text_content().as_deref(), Some("Russian Federation"));
    assert!(pop
        .text_content()
        .unwrap()
        .contains("Member of the United Nations since 24 October 1945"));
    assert_eq!(h.open_note_number(), Some(1));
    key(&pop, "Escape");
    assert_eq!(count(&c, ".undoc-popover"), 0);
    assert_eq!(active_element().as_ref(), Some(r.as_ref()));
    // A second click on the same reference closes it; only one is open at a time.
    r.click();
    assert!(h.open_note(3));
    assert_eq!(count(&c, ".undoc-popover"), 1);
    assert_eq!(h.open_note_number(), Some(3));
    h.close_note();
    assert_eq!(count(&c, ".undoc-popover"), 0);
    assert!(!h.open_note(999));
    h.unmount();
}

#[wasm_bindgen_test]
fn toggles_highlight_mentions_and_groups_select_members() {
    let c = container();
    let mut h = mount(&c, "w3");
    let rus: HtmlElement = c
        .query_selector("button[data-signatory=\"RUS\"]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let shown: u32 = rus
        .query_selector(".undoc-count")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .parse()
        .unwrap();
    rus.click();
    assert_eq!(rus.get_attribute("aria-pressed").as_deref(), Some("true"));
    let in_text = count(&c, ".undoc-body [data-state=\"RUS\"].undoc-hit, .undoc-title [data-state=\"RUS\"].undoc-hit, .undoc-annex [data-state=\"RUS\"].undoc-hit, .undoc-signatures [data-state=\"RUS\"].undoc-hit");
    assert_eq!(in_text, shown);
    assert_eq!(selected(&h), vec!["RUS".to_string()]);
    let csto: HtmlElement = c
        .query_selector("button[data-group=\"CSTO\"]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    csto.click();
    assert_eq!(
        selected(&h).len(),
        7,
        "CSTO members among the signatories on 30 September 2009: all seven, Uzbekistan too"
    );
    h.select_signatories(codes(&[])).unwrap();
    assert_eq!(count(&c, ".undoc-hit"), 0);
    let mixed = js_sys::Array::of2(&"RUS".into(), &7.into());
    for bad in [JsValue::from_str("RUS"), mixed.into()] {
        let err = JsValue::from(h.select_signatories(bad).unwrap_err());
        let err: js_sys::Error = err.unchecked_into();
        assert_eq!(
            String::from(err.message()),
            "selectSignatories: `codes` must be an array of strings"
        );
    }
    h.unmount();
}

#[wasm_bindgen_test]
fn pre_rendered_markup_wakes_up_without_the_parser() {
    let doc = undoc::parse(SEED).unwrap();
    let opts = undoc::RenderOptions {
        id_prefix: "pre".into(),
        interactive: true,
    };
    let c = container();
    c.set_inner_html(&undoc::render_html(&doc, &opts));
    let data = js_sys::JSON::parse(&undoc::widget_json(&undoc::widget_data(&doc, &opts))).unwrap();
    let signatories = js_sys::JSON::parse(r#"{"signatories": ["RUS"]}"#).unwrap();
    let mut h = undoc_widget::hydrate(&c, data, Some(signatories)).unwrap();
    assert_eq!(count(&c, "article.undoc"), 1, "nothing rendered twice");
    assert_eq!(selected(&h), vec!["RUS".to_string()]);
    assert!(count(&c, ".undoc-hit") > 0);
    let status = c.query_selector(".undoc-status").unwrap().unwrap();
    assert!(status
        .text_content()
        .unwrap()
        .contains("Russian Federation"));
    assert!(h.open_note(1));
    assert_eq!(count(&c, ".undoc-popover"), 1);
    h.unmount();
    assert_eq!(count(&c, "article.undoc"), 0);
}

#[wasm_bindgen_test]
fn hostile_pieces_and_data_neither_hang_nor_panic() {
    let c = container();
    let data = js_sys::JSON::parse(
        r#"{"prefix":"h","signatories":[{"code":"AAA","name":"A","mentions":4294967295},
            {"code":"BBB","name":"B","mentions":4294967295}],"groups":[]}"#,
    )
    .unwrap();
    // A piece that leaves 2³²−1 containers, then one that opens more than it has.
    let tasks = js_sys::JSON::parse(
        r#"[[{"pops":4294967295,"opens":0,"html":"<article class=\"undoc\"><output class=\"undoc-status\"></output></article>"},
             {"pops":0,"opens":7,"html":"<p>x</p>"}]]"#,
    )
    .unwrap();
    if let Ok(mut h) = undoc_widget::mount(&c, tasks, data, None) {
        let _ = h.select_signatories(codes(&["AAA", "BBB"]));
        h.unmount();
    }
}

#[wasm_bindgen_test]
fn hydrate_refuses_a_container_without_markup() {
    let c = container();
    let data = js_sys::JSON::parse(r#"{"prefix":"x","signatories":[],"groups":[]}"#).unwrap();
    assert!(undoc_widget::hydrate(&c, data, None).is_err());
}

#[wasm_bindgen_test]
fn oversized_input_is_an_error_not_a_trap() {
    let big = "a".repeat(undoc::MAX_INPUT_BYTES + 1);
    assert!(undoc::wasm::parse(&big, None).is_err());
    assert!(undoc::wasm::parse("%%%|\n\nx \u{0} (Signed) (Signed)", None).is_ok());
}

/// The message of the error a `Result<_, JsError>` export returned.
fn error_message(r: Result<wasm_bindgen::JsValue, wasm_bindgen::JsError>) -> String {
    let err = wasm_bindgen::JsValue::from(r.expect_err("the options should be refused"));
    js_sys::Reflect::get(&err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap()
}

fn json(s: &str) -> Option<wasm_bindgen::JsValue> {
    Some(js_sys::JSON::parse(s).unwrap())
}

#[wasm_bindgen_test]
fn options_are_read_field_by_field() {
    // Absent, undefined and null options are the defaults.
    for o in [None, Some(wasm_bindgen::JsValue::UNDEFINED), json("null")] {
        assert!(undoc::wasm::parse(SEED, o).is_ok());
    }
    // An editorial note given as options reaches the Document, links and occurrence included.
    let doc = undoc::wasm::parse(
        SEED,
        json(
            r#"{"notes": [{"anchor": "European Security treaty", "occurrence": 1,
                "text": "A draft treaty.", "links": [{"href": "https://example.org/", "label": "x"}]}],
                "generatedNotes": false, "unknownField": 1}"#,
        ),
    )
    .unwrap();
    let text = js_sys::JSON::stringify(&doc).unwrap().as_string().unwrap();
    assert!(text.contains("A draft treaty."), "{text}");
    assert!(text.contains("https://example.org/"));
    assert!(
        !text.contains("\"kind\":\"state\""),
        "generatedNotes: false leaves out the generated notes"
    );
    // Absent fields of the Document are null, as in the CLI's JSON.
    assert!(text.contains("\"symbol\":null"), "{text}");

    // Wrong types are refused with the field's name.
    for (options, expected) in [
        (r#""notes""#, "`options` must be an object"),
        (r#"{"notes": {}}"#, "`notes` must be an array"),
        (r#"{"notes": [3]}"#, "`notes[]` must be an object"),
        (
            r#"{"notes": [{"anchor": "a"}]}"#,
            "`notes[].text` must be a string",
        ),
        (
            r#"{"notes": [{"anchor": "a", "text": "b", "occurrence": 1.5}]}"#,
            "`occurrence` must be a whole number",
        ),
        (
            r#"{"notes": [{"anchor": "a", "text": "b", "links": [{"href": "https://x.org/"}]}]}"#,
            "`notes[].links[].label` must be a string",
        ),
        (
            r#"{"generatedNotes": "yes"}"#,
            "`generatedNotes` must be true or false",
        ),
    ] {
        let message = error_message(undoc::wasm::parse(SEED, json(options)));
        assert!(message.contains(expected), "{options}: {message}");
        assert!(message.starts_with("invalid options: "), "{message}");
    }
    // An occurrence past 2³²−1 is that note's notice, as the element checks it, not an error.
    let doc = undoc::wasm::parse(
        SEED,
        json(r#"{"notes": [{"anchor": "Treaty", "text": "x", "occurrence": 10000000000}]}"#),
    )
    .unwrap();
    let text = js_sys::JSON::stringify(&doc).unwrap().as_string().unwrap();
    assert!(text.contains("editorial-anchor-not-found"), "{text}");
    let message = error_message(
        undoc::wasm::render_html_js(SEED, json(r#"{"idPrefix": 7}"#)).map(Into::into),
    );
    assert!(message.contains("`idPrefix` must be a string"), "{message}");
}
