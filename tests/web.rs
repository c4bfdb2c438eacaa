//! The interaction layer in a real browser (wasm-bindgen-test in headless Chromium): mount the
//! seed letter, open and close notes with mouse and keyboard, filter by signatory, unmount.

#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
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
    let mut h = undoc::wasm::mount(&c, SEED, options("w1")).unwrap();
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
    let mut h = undoc::wasm::mount(&c, SEED, options("w2")).unwrap();
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
    assert!(pop
        .text_content()
        .unwrap()
        .contains("Prevention of armed conflict"));
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
    let mut h = undoc::wasm::mount(&c, SEED, options("w3")).unwrap();
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
    assert_eq!(h.selected(), vec!["RUS".to_string()]);
    let csto: HtmlElement = c
        .query_selector("button[data-group=\"CSTO\"]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    csto.click();
    assert_eq!(
        h.selected().len(),
        6,
        "CSTO members among the signatories: all but Uzbekistan"
    );
    h.select_signatories(vec![]);
    assert_eq!(count(&c, ".undoc-hit"), 0);
    h.unmount();
}

#[wasm_bindgen_test]
fn oversized_input_is_an_error_not_a_trap() {
    let big = "a".repeat(undoc::MAX_INPUT_BYTES + 1);
    assert!(undoc::wasm::parse(&big, None).is_err());
    assert!(undoc::wasm::parse("%%%|\n\nx \u{0} (Signed) (Signed)", None).is_ok());
}
