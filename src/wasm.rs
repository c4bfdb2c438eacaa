//! WebAssembly exports and the interaction layer (wasm32 only).
//!
//! `parse`, `renderHtml` and `mount` are thin shims over the Rust pipeline. `mount` renders the
//! document into a container and wires the interaction with web-sys: note popovers (mouse, touch,
//! keyboard), signatory toggles that highlight mentions, the URL hash. Every listener is kept in
//! the [`Handle`] and removed by `unmount()`; nothing is leaked with `Closure::forget`.
//!
//! No panic is reachable: DOM calls return `Result`s that are handled, and shared state is
//! borrowed with `try_borrow_mut` so that a host listener calling back into the handle from an
//! event we dispatch cannot trip a `RefCell` panic (events are dispatched after the borrow ends).

use std::cell::RefCell;
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CustomEvent, CustomEventInit, Element, Event, EventTarget, HtmlElement, KeyboardEvent,
};

use crate::notes::EditorialNote;
use crate::{parse_with, render_html, Document, ParseOptions, RenderOptions};

/// Options of `parse`.
#[derive(Debug, Default, tsify::Tsify)]
#[serde(rename = "ParseOptions", rename_all = "camelCase")]
struct JsParseOptions {
    #[tsify(optional)]
    notes: Vec<EditorialNote>,
    #[tsify(optional)]
    generated_notes: Option<bool>,
}

/// Options of `renderHtml`.
#[derive(Debug, Default, tsify::Tsify)]
#[serde(rename = "RenderOptions", rename_all = "camelCase")]
struct JsRenderOptions {
    #[tsify(optional)]
    id_prefix: Option<String>,
    #[tsify(optional)]
    interactive: bool,
    #[tsify(optional)]
    notes: Vec<EditorialNote>,
    #[tsify(optional)]
    generated_notes: Option<bool>,
}

/// Options of `mount`.
#[derive(Debug, Default, tsify::Tsify)]
#[serde(rename = "MountOptions", rename_all = "camelCase")]
struct JsMountOptions {
    #[tsify(optional)]
    id_prefix: Option<String>,
    #[tsify(optional)]
    notes: Vec<EditorialNote>,
    #[tsify(optional)]
    generated_notes: Option<bool>,
    #[tsify(optional)]
    signatories: Vec<String>,
    #[tsify(optional)]
    sync_hash: bool,
    #[tsify(optional)]
    hash_key: Option<String>,
    /// Test hook: trap inside `mount` (a real WebAssembly trap), so that the element's
    /// recovery path — re-instantiating the module — can be tested. Never set it otherwise.
    #[serde(rename = "__trapForTests")]
    #[tsify(optional)]
    trap_for_tests: bool,
}

/// Reads the options objects field by field. Hand-written rather than serde-wasm-bindgen's
/// `from_value`: the options are a handful of strings, booleans and one list of notes, and the
/// generic deserializer cost the package some 15 KB of wasm for them (float formatting for its
/// error messages included). Unknown fields are ignored, `undefined` and `null` mean "not set",
/// anything else of the wrong type is an error that names the field.
mod opts {
    use super::*;
    use crate::model::Link;
    use js_sys::{Array, Reflect};

    pub(super) struct Obj(JsValue);

    fn invalid(what: &str, must: &str) -> JsError {
        JsError::new(&format!("invalid options: `{what}` must be {must}"))
    }

    impl Obj {
        /// `None` for `undefined` / `null` / no options; an error for a non-object.
        pub(super) fn new(v: Option<JsValue>, what: &str) -> Result<Option<Obj>, JsError> {
            match v {
                Some(v) if v.is_undefined() || v.is_null() => Ok(None),
                Some(v) if v.is_object() => Ok(Some(Obj(v))),
                Some(_) => Err(invalid(what, "an object")),
                None => Ok(None),
            }
        }

        fn get(&self, key: &str) -> Option<JsValue> {
            Reflect::get(&self.0, &JsValue::from_str(key))
                .ok()
                .filter(|v| !v.is_undefined() && !v.is_null())
        }

        pub(super) fn string(&self, key: &str) -> Result<Option<String>, JsError> {
            self.get(key)
                .map(|v| v.as_string().ok_or_else(|| invalid(key, "a string")))
                .transpose()
        }

        pub(super) fn bool(&self, key: &str) -> Result<Option<bool>, JsError> {
            self.get(key)
                .map(|v| v.as_bool().ok_or_else(|| invalid(key, "true or false")))
                .transpose()
        }

        fn array(&self, key: &str) -> Result<Vec<JsValue>, JsError> {
            match self.get(key) {
                None => Ok(Vec::new()),
                Some(v) if Array::is_array(&v) => Ok(Array::from(&v).iter().collect()),
                Some(_) => Err(invalid(key, "an array")),
            }
        }

        pub(super) fn strings(&self, key: &str) -> Result<Vec<String>, JsError> {
            self.array(key)?
                .into_iter()
                .map(|v| {
                    v.as_string()
                        .ok_or_else(|| invalid(key, "an array of strings"))
                })
                .collect()
        }

        /// A whole number from 0 to 2³²−1.
        fn u32(&self, key: &str) -> Result<Option<u32>, JsError> {
            self.get(key)
                .map(|v| {
                    v.as_f64()
                        .filter(|n| n.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(n))
                        .map(|n| n as u32)
                        .ok_or_else(|| invalid(key, "a whole number"))
                })
                .transpose()
        }

        /// `notes`: `{anchor, text, occurrence?, links?: [{href, label}]}` each.
        pub(super) fn notes(&self) -> Result<Vec<EditorialNote>, JsError> {
            self.array("notes")?
                .into_iter()
                .map(|v| {
                    let o = Obj::new(Some(v), "notes[]")?
                        .ok_or_else(|| invalid("notes[]", "an object"))?;
                    let required = |key: &str| {
                        o.string(key)?
                            .ok_or_else(|| invalid(&format!("notes[].{key}"), "a string"))
                    };
                    let links = o
                        .array("links")?
                        .into_iter()
                        .map(|l| {
                            let l = Obj::new(Some(l), "notes[].links[]")?
                                .ok_or_else(|| invalid("notes[].links[]", "an object"))?;
                            let field = |key: &str| {
                                l.string(key)?.ok_or_else(|| {
                                    invalid(&format!("notes[].links[].{key}"), "a string")
                                })
                            };
                            Ok(Link {
                                href: field("href")?,
                                label: field("label")?,
                            })
                        })
                        .collect::<Result<Vec<Link>, JsError>>()?;
                    Ok(EditorialNote {
                        anchor: required("anchor")?,
                        occurrence: o.u32("occurrence")?,
                        text: required("text")?,
                        links,
                    })
                })
                .collect()
        }
    }

    pub(super) fn parse(v: Option<JsValue>) -> Result<JsParseOptions, JsError> {
        let Some(o) = Obj::new(v, "options")? else {
            return Ok(JsParseOptions::default());
        };
        Ok(JsParseOptions {
            notes: o.notes()?,
            generated_notes: o.bool("generatedNotes")?,
        })
    }

    pub(super) fn render(v: Option<JsValue>) -> Result<JsRenderOptions, JsError> {
        let Some(o) = Obj::new(v, "options")? else {
            return Ok(JsRenderOptions::default());
        };
        Ok(JsRenderOptions {
            id_prefix: o.string("idPrefix")?,
            interactive: o.bool("interactive")?.unwrap_or(false),
            notes: o.notes()?,
            generated_notes: o.bool("generatedNotes")?,
        })
    }

    pub(super) fn mount(v: Option<JsValue>) -> Result<JsMountOptions, JsError> {
        let Some(o) = Obj::new(v, "options")? else {
            return Ok(JsMountOptions::default());
        };
        Ok(JsMountOptions {
            id_prefix: o.string("idPrefix")?,
            notes: o.notes()?,
            generated_notes: o.bool("generatedNotes")?,
            signatories: o.strings("signatories")?,
            sync_hash: o.bool("syncHash")?.unwrap_or(false),
            hash_key: o.string("hashKey")?,
            trap_for_tests: o.bool("__trapForTests")?.unwrap_or(false),
        })
    }
}

fn parse_doc(
    text: &str,
    notes: Vec<EditorialNote>,
    generated: Option<bool>,
) -> Result<Document, JsError> {
    let opts = ParseOptions {
        notes,
        generated_notes: generated.unwrap_or(true),
    };
    parse_with(text, &opts).map_err(|e| JsError::new(&e.to_string()))
}

/// A `Document` as a plain JavaScript object: serde_json's text, then `JSON.parse`. One string
/// crosses into JavaScript instead of a call per field (serde-wasm-bindgen), which is faster on
/// long documents and leaves out a second serializer (the CLI already writes this JSON).
fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(v).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("could not read the document's JSON"))
}

/// Parses a UN document into a plain, JSON-compatible `Document` object.
#[wasm_bindgen(unchecked_return_type = "Document")]
pub fn parse(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "ParseOptions | undefined")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let o = opts::parse(options)?;
    to_js(&parse_doc(text, o.notes, o.generated_notes)?)
}

/// Renders a UN document as an HTML fragment (one `<article class="undoc">`).
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html_js(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "RenderOptions | undefined")] options: Option<JsValue>,
) -> Result<String, JsError> {
    let o = opts::render(options)?;
    let doc = parse_doc(text, o.notes, o.generated_notes)?;
    let ro = RenderOptions {
        id_prefix: o.id_prefix.unwrap_or_else(|| "undoc".into()),
        interactive: o.interactive,
    };
    Ok(render_html(&doc, &ro))
}

/// The largest input accepted, in bytes.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> u32 {
    crate::MAX_INPUT_BYTES as u32
}

/// One registered event listener, removed on unmount.
struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

/// An event to dispatch once the state is no longer borrowed.
enum Effect {
    SignatoryChange(Vec<String>),
    NoteOpen(u32, String, String),
    NoteClose(u32),
}

struct OpenNote {
    number: u32,
    popover: Element,
    reference: Option<HtmlElement>,
}

/// The mounted widget's state.
struct Ctl {
    container: Element,
    article: Element,
    prefix: String,
    signatories: Vec<String>,
    selected: Vec<String>,
    /// Mentions of each State: (code, elements). Notes included: a filter reaches them too.
    mentions: Vec<(String, Vec<Element>)>,
    /// Mentions in the document's text per State (what the toggles count).
    text_counts: Vec<(String, usize)>,
    /// Paragraph-like elements and the State codes they mention.
    paragraphs: Vec<(Element, Vec<String>)>,
    /// Whether each of `paragraphs` has the class `undoc-dimmed` now: a toggle touches only the
    /// paragraphs that change (a DOM call for every paragraph on every toggle was most of its
    /// time on a long document).
    dimmed: Vec<bool>,
    toggles: Vec<(String, Element)>,
    groups: Vec<(Element, Vec<String>)>,
    status: Option<Element>,
    dim: bool,
    open: Option<OpenNote>,
    sync_hash: bool,
    hash_key: String,
}

fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    let mut out = Vec::new();
    if let Ok(list) = root.query_selector_all(selector) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                out.push(el);
            }
        }
    }
    out
}

fn closest(target: &EventTarget, selector: &str) -> Option<Element> {
    target
        .dyn_ref::<Element>()
        .and_then(|e| e.closest(selector).ok().flatten())
}

fn set_class(el: &Element, class: &str, on: bool) {
    let _ = if on {
        el.class_list().add_1(class)
    } else {
        el.class_list().remove_1(class)
    };
}

fn focus(el: &HtmlElement) {
    let opts = web_sys::FocusOptions::new();
    opts.set_prevent_scroll(false);
    let _ = el.focus_with_options(&opts);
}

/// Focus without scrolling, for an element already placed inside the viewport (the popover):
/// it saves the browser a scroll-into-view pass.
fn focus_in_place(el: &HtmlElement) {
    let opts = web_sys::FocusOptions::new();
    opts.set_prevent_scroll(true);
    let _ = el.focus_with_options(&opts);
}

/// Scrolls `el` to the middle of the viewport when it is not wholly inside it (a note opened
/// from the API or the URL hash); a reference just clicked is left where it is.
fn reveal(el: &HtmlElement) {
    let Some(win) = web_sys::window() else { return };
    let (vw, vh) = viewport(&win);
    let r = el.get_bounding_client_rect();
    if r.top() < 0.0 || r.bottom() > vh || r.left() < 0.0 || r.right() > vw {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// The viewport's width and height in CSS pixels.
fn viewport(win: &web_sys::Window) -> (f64, f64) {
    let get = |v: Result<JsValue, JsValue>, default: f64| {
        v.ok().and_then(|v| v.as_f64()).unwrap_or(default)
    };
    (
        get(win.inner_width(), 1024.0),
        get(win.inner_height(), 768.0),
    )
}

/// A CSS length in whole pixels. Integers on purpose: formatting a float would link Rust's
/// float-to-decimal code (some 15 KB of wasm) for sub-pixel precision nobody sees.
fn px(v: f64) -> String {
    format!("{}px", v.round() as i64)
}

/// Room below a reference (CSS pixels) under which a popover opens above it, if there is more
/// room there; and the least height a popover is given.
const POPOVER_ROOM: f64 = 200.0;
const POPOVER_MIN: f64 = 96.0;

impl Ctl {
    fn new(
        container: Element,
        prefix: String,
        sync_hash: bool,
        hash_key: String,
        signatories: Vec<String>,
    ) -> Result<Ctl, JsValue> {
        let article = container
            .query_selector("article.undoc")?
            .ok_or_else(|| JsValue::from_str("render produced no article"))?;
        let mut mentions: Vec<(String, Vec<Element>)> = Vec::new();
        let mut text_counts: Vec<(String, usize)> = Vec::new();
        for el in query_all(&article, "[data-state]") {
            let Some(code) = el.get_attribute("data-state") else {
                continue;
            };
            if el.closest(".undoc-notes").ok().flatten().is_none() {
                match text_counts.iter_mut().find(|(c, _)| *c == code) {
                    Some((_, n)) => *n += 1,
                    None => text_counts.push((code.clone(), 1)),
                }
            }
            match mentions.iter_mut().find(|(c, _)| *c == code) {
                Some((_, v)) => v.push(el),
                None => mentions.push((code, vec![el])),
            }
        }
        let mut paragraphs = Vec::new();
        for p in query_all(
            &article,
            ".undoc-p, .undoc-signature, .undoc-annex-title, .undoc-title",
        ) {
            let mut codes: Vec<String> = query_all(&p, "[data-state]")
                .iter()
                .filter_map(|e| e.get_attribute("data-state"))
                .collect();
            codes.dedup();
            paragraphs.push((p, codes));
        }
        let toggles = query_all(&article, "button.undoc-toggle")
            .into_iter()
            .filter_map(|b| b.get_attribute("data-signatory").map(|c| (c, b)))
            .collect();
        let groups = query_all(&article, "button.undoc-group")
            .into_iter()
            .map(|b| {
                let members = b
                    .get_attribute("data-members")
                    .unwrap_or_default()
                    .split(' ')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect();
                (b, members)
            })
            .collect();
        let status = article.query_selector(".undoc-status").ok().flatten();
        Ok(Ctl {
            container,
            article,
            prefix,
            signatories,
            selected: Vec::new(),
            mentions,
            text_counts,
            dimmed: vec![false; paragraphs.len()],
            paragraphs,
            toggles,
            groups,
            status,
            dim: false,
            open: None,
            sync_hash,
            hash_key,
        })
    }

    /// Sets the selection, touching only the mentions whose state changes.
    fn select(&mut self, codes: &[String], effects: &mut Vec<Effect>) {
        let mut next: Vec<String> = self
            .signatories
            .iter()
            .filter(|s| codes.contains(s))
            .cloned()
            .collect();
        next.dedup();
        if next == self.selected {
            return;
        }
        let changed: Vec<String> = self
            .signatories
            .iter()
            .filter(|c| next.contains(c) != self.selected.contains(c))
            .cloned()
            .collect();
        for code in &changed {
            let on = next.contains(code);
            if let Some((_, els)) = self.mentions.iter().find(|(c, _)| c == code) {
                for el in els {
                    set_class(el, "undoc-hit", on);
                }
            }
            if let Some((_, b)) = self.toggles.iter().find(|(c, _)| c == code) {
                let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
            }
        }
        self.selected = next;
        for (b, members) in &self.groups {
            let all = !members.is_empty() && members.iter().all(|m| self.selected.contains(m));
            let _ = b.set_attribute("aria-pressed", if all { "true" } else { "false" });
        }
        set_class(&self.article, "undoc-filtering", !self.selected.is_empty());
        self.apply_dim();
        self.update_status();
        self.write_hash();
        effects.push(Effect::SignatoryChange(self.selected.clone()));
    }

    fn apply_dim(&mut self) {
        let filtering = self.dim && !self.selected.is_empty();
        for ((p, codes), dimmed) in self.paragraphs.iter().zip(self.dimmed.iter_mut()) {
            let on = filtering && !codes.iter().any(|c| self.selected.contains(c));
            if on != *dimmed {
                set_class(p, "undoc-dimmed", on);
                *dimmed = on;
            }
        }
    }

    fn update_status(&self) {
        let Some(status) = &self.status else { return };
        let count: usize = self
            .text_counts
            .iter()
            .filter(|(c, _)| self.selected.contains(c))
            .map(|(_, n)| *n)
            .sum();
        let text = match self.selected.len() {
            0 => String::new(),
            1 => format!(
                "{} selected: {count} mentions highlighted.",
                self.name_of(&self.selected[0])
            ),
            n => format!("{n} signatories selected: {count} mentions highlighted."),
        };
        status.set_text_content(Some(&text));
    }

    fn name_of(&self, code: &str) -> String {
        crate::gazetteer::state_by_code(code)
            .map(|s| s.name.clone())
            .unwrap_or_else(|| code.to_string())
    }

    fn note_ref(&self, n: u32) -> Option<HtmlElement> {
        let sel = format!("a[role=\"doc-noteref\"][data-note=\"{n}\"]");
        self.article
            .query_selector(&sel)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    }

    fn open_note(&mut self, n: u32, effects: &mut Vec<Effect>) -> bool {
        if self.open.as_ref().is_some_and(|o| o.number == n) {
            return true;
        }
        let Ok(Some(li)) = self
            .article
            .query_selector(&format!("li.undoc-note[data-note=\"{n}\"]"))
        else {
            return false;
        };
        self.close_note(false, effects);
        let Some(doc) = self.article.owner_document() else {
            return false;
        };
        let Ok(pop) = doc.create_element("div") else {
            return false;
        };
        let label_id = format!("{}-pop-{n}", self.prefix);
        let _ = pop.set_attribute("class", "undoc-popover");
        let _ = pop.set_attribute("role", "dialog");
        let _ = pop.set_attribute("part", "popover");
        let _ = pop.set_attribute("tabindex", "-1");
        let _ = pop.set_attribute("aria-labelledby", &label_id);
        let _ = pop.set_attribute("data-note", &n.to_string());
        let Ok(body) = doc.create_element("div") else {
            return false;
        };
        let _ = body.set_attribute("class", "undoc-popover-body");
        let _ = body.set_attribute("id", &label_id);
        let mut text = String::new();
        if let Ok(Some(p)) = li.query_selector(".undoc-note-text") {
            if let Ok(copy) = p.clone_node_with_deep(true) {
                let _ = body.append_child(&copy);
            }
            text = p.text_content().unwrap_or_default();
        }
        let Ok(close) = doc.create_element("button") else {
            return false;
        };
        let _ = close.set_attribute("type", "button");
        let _ = close.set_attribute("class", "undoc-popover-close");
        let _ = close.set_attribute("aria-label", "Close note");
        close.set_text_content(Some("\u{d7}"));
        let _ = pop.append_child(&body);
        let _ = pop.append_child(&close);
        let reference = self.note_ref(n);
        if let Some(r) = &reference {
            reveal(r);
            let _ = r.set_attribute("aria-expanded", "true");
        }
        // Geometry is read before the popover enters the tree, while the page's layout is still
        // clean: the only layout this click causes is the one that places the popover.
        self.position(&pop, reference.as_ref());
        let _ = self.article.append_child(&pop);
        if let Some(p) = pop.dyn_ref::<HtmlElement>() {
            focus_in_place(p);
        }
        let kind = li.get_attribute("data-kind").unwrap_or_default();
        self.open = Some(OpenNote {
            number: n,
            popover: pop,
            reference,
        });
        self.write_hash();
        effects.push(Effect::NoteOpen(n, kind, text.trim().to_string()));
        true
    }

    /// Places the popover beside its reference, within the viewport; a bottom sheet on narrow
    /// screens. Only the laid-out page is measured (the reference, the article, the viewport),
    /// never the popover: its own size is left to CSS, which shifts it left by whatever of its
    /// width would pass the viewport's right edge and caps its height to the room on its side
    /// (`--undoc-pop-room`, `--undoc-pop-space`). Measuring the popover would force a layout
    /// between inserting it and placing it, the most expensive part of opening a note.
    /// Coordinates go through CSS custom properties (CSSOM, allowed by a strict CSP).
    fn position(&self, pop: &Element, reference: Option<&HtmlElement>) {
        let Some(win) = web_sys::window() else { return };
        let (vw, vh) = viewport(&win);
        let narrow = vw < 600.0;
        set_class(pop, "undoc-sheet", narrow || reference.is_none());
        let (Some(r), Some(style)) = (reference, pop.dyn_ref::<HtmlElement>().map(|h| h.style()))
        else {
            return;
        };
        if narrow {
            return;
        }
        let rr = r.get_bounding_client_rect();
        let ar = self.article.get_bounding_client_rect();
        let below = vh - 8.0 - (rr.bottom() + 6.0);
        let above = rr.top() - 6.0 - 8.0;
        // Above the reference only when the room below is short of a comfortable note and there
        // is more room above.
        let up = below < POPOVER_ROOM && above > below;
        set_class(pop, "undoc-above", up);
        let (top, space) = if up {
            (rr.top() - 6.0, above)
        } else {
            (rr.bottom() + 6.0, below)
        };
        let left = rr.left().clamp(8.0, (vw - 8.0).max(8.0));
        let _ = style.set_property("--undoc-pop-x", &px(left - ar.left()));
        let _ = style.set_property("--undoc-pop-y", &px(top - ar.top()));
        let _ = style.set_property("--undoc-pop-room", &px(vw - 8.0 - left));
        let _ = style.set_property("--undoc-pop-space", &px(space.max(POPOVER_MIN)));
    }

    fn close_note(&mut self, refocus: bool, effects: &mut Vec<Effect>) {
        let Some(open) = self.open.take() else { return };
        open.popover.remove();
        if let Some(r) = &open.reference {
            let _ = r.remove_attribute("aria-expanded");
            if refocus {
                focus(r);
            }
        }
        self.write_hash();
        effects.push(Effect::NoteClose(open.number));
    }

    fn reposition(&self) {
        if let Some(o) = &self.open {
            self.position(&o.popover, o.reference.as_ref());
        }
    }

    /// Our entry in the URL hash: `#key=states:ARM,RUS;note:3`, other entries (`&`) kept.
    fn write_hash(&self) {
        if !self.sync_hash {
            return;
        }
        let Some(win) = web_sys::window() else { return };
        let loc = win.location();
        let hash = loc.hash().unwrap_or_default();
        let mut parts: Vec<String> = hash
            .trim_start_matches('#')
            .split('&')
            .filter(|p| !p.is_empty() && p.split('=').next() != Some(self.hash_key.as_str()))
            .map(String::from)
            .collect();
        let mut value = Vec::new();
        if !self.selected.is_empty() {
            value.push(format!("states:{}", self.selected.join(",")));
        }
        if let Some(o) = &self.open {
            value.push(format!("note:{}", o.number));
        }
        if !value.is_empty() {
            parts.push(format!("{}={}", self.hash_key, value.join(";")));
        }
        let url = if parts.is_empty() {
            format!(
                "{}{}",
                loc.pathname().unwrap_or_default(),
                loc.search().unwrap_or_default()
            )
        } else {
            format!("#{}", parts.join("&"))
        };
        if let Ok(h) = win.history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }

    /// Reads our entry of the URL hash: (states, note).
    fn read_hash(&self) -> (Vec<String>, Option<u32>) {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        parse_hash(&hash, &self.hash_key)
    }
}

/// Parses `#key=states:ARM,RUS;note:3&other=…` for `key`.
fn parse_hash(hash: &str, key: &str) -> (Vec<String>, Option<u32>) {
    let mut states = Vec::new();
    let mut note = None;
    for part in hash.trim_start_matches('#').split('&') {
        let Some((k, v)) = part.split_once('=') else {
            continue;
        };
        if k != key {
            continue;
        }
        for field in v.split(';') {
            if let Some(s) = field.strip_prefix("states:") {
                states = s
                    .split(',')
                    .filter(|c| c.len() == 3)
                    .map(|c| c.to_ascii_uppercase())
                    .collect();
            } else if let Some(n) = field.strip_prefix("note:") {
                note = n.parse().ok();
            }
        }
    }
    (states, note)
}

fn dispatch(target: &Element, effects: Vec<Effect>) {
    for e in effects {
        let (name, detail) = match e {
            Effect::SignatoryChange(sel) => {
                let detail = js_sys::Object::new();
                let arr: js_sys::Array = sel.iter().map(|s| JsValue::from_str(s)).collect();
                let _ = js_sys::Reflect::set(&detail, &"selected".into(), &arr);
                ("undoc-signatorychange", detail)
            }
            Effect::NoteOpen(n, kind, text) => {
                let detail = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&detail, &"number".into(), &JsValue::from(n));
                let _ = js_sys::Reflect::set(&detail, &"kind".into(), &JsValue::from_str(&kind));
                let _ = js_sys::Reflect::set(&detail, &"text".into(), &JsValue::from_str(&text));
                ("undoc-noteopen", detail)
            }
            Effect::NoteClose(n) => {
                let detail = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&detail, &"number".into(), &JsValue::from(n));
                ("undoc-noteclose", detail)
            }
        };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(ev) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = target.dispatch_event(&ev);
        }
    }
}

/// Runs `f` on the state if it is free; dispatches the effects afterwards.
fn with_ctl<R>(
    ctl: &Rc<RefCell<Option<Ctl>>>,
    f: impl FnOnce(&mut Ctl, &mut Vec<Effect>) -> R,
) -> Option<R> {
    let mut effects = Vec::new();
    let (r, target) = {
        let mut guard = ctl.try_borrow_mut().ok()?;
        let c = guard.as_mut()?;
        let r = f(c, &mut effects);
        (r, c.container.clone())
    };
    dispatch(&target, effects);
    Some(r)
}

fn on_click(ctl: &Rc<RefCell<Option<Ctl>>>, ev: &Event) {
    let Some(target) = ev.target() else { return };
    if let Some(r) = closest(&target, "a[role=\"doc-noteref\"]") {
        ev.prevent_default();
        let n: u32 = r
            .get_attribute("data-note")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        with_ctl(ctl, |c, fx| {
            if c.open.as_ref().is_some_and(|o| o.number == n) {
                c.close_note(true, fx);
            } else {
                c.open_note(n, fx);
            }
        });
        return;
    }
    if closest(&target, ".undoc-popover-close").is_some() {
        with_ctl(ctl, |c, fx| c.close_note(true, fx));
        return;
    }
    if closest(&target, ".undoc-popover").is_some() {
        return;
    }
    if let Some(b) = closest(&target, "button.undoc-toggle") {
        let code = b.get_attribute("data-signatory").unwrap_or_default();
        with_ctl(ctl, |c, fx| {
            let mut next = c.selected.clone();
            match next.iter().position(|x| *x == code) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push(code.clone()),
            }
            c.select(&next, fx);
        });
    } else if let Some(b) = closest(&target, "button.undoc-group") {
        let members: Vec<String> = b
            .get_attribute("data-members")
            .unwrap_or_default()
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        with_ctl(ctl, |c, fx| {
            let all = members.iter().all(|m| c.selected.contains(m));
            let next: Vec<String> = if all {
                c.selected
                    .iter()
                    .filter(|s| !members.contains(s))
                    .cloned()
                    .collect()
            } else {
                let mut n = c.selected.clone();
                n.extend(members.iter().filter(|m| !c.selected.contains(m)).cloned());
                n
            };
            c.select(&next, fx);
        });
    } else if closest(&target, "button.undoc-clear").is_some() {
        with_ctl(ctl, |c, fx| c.select(&[], fx));
    } else if let Some(a) = closest(&target, "a[href^=\"#\"]") {
        // Fragment links do not resolve into shadow trees: follow them here.
        ev.prevent_default();
        let id = a.get_attribute("href").unwrap_or_default();
        with_ctl(ctl, |c, fx| {
            c.close_note(false, fx);
            let sel = format!(
                "[id=\"{}\"]",
                id.trim_start_matches('#').replace(['"', '\\'], "")
            );
            if let Ok(Some(el)) = c.article.query_selector(&sel) {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
                if let Ok(h) = el.dyn_into::<HtmlElement>() {
                    focus(&h);
                }
            }
        });
    }
    // Any other click inside the widget closes an open note.
    with_ctl(ctl, |c, fx| {
        if c.open.is_some() && closest(&target, ".undoc-toolbar").is_none() {
            c.close_note(false, fx);
        }
    });
}

fn on_keydown(ctl: &Rc<RefCell<Option<Ctl>>>, ev: &Event) {
    let Some(k) = ev.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    let key = k.key();
    if key == "Escape" {
        let was_open = with_ctl(ctl, |c, fx| {
            let open = c.open.is_some();
            c.close_note(true, fx);
            open
        });
        if was_open == Some(true) {
            ev.prevent_default();
            ev.stop_propagation();
        }
    } else if key == " " || key == "Spacebar" {
        // Links activate on Enter natively; Space opens a note reference too.
        let Some(target) = ev.target() else { return };
        if let Some(r) = closest(&target, "a[role=\"doc-noteref\"]") {
            ev.prevent_default();
            if let Some(h) = r.dyn_ref::<HtmlElement>() {
                h.click();
            }
        }
    }
}

/// A mounted document. Keep it to drive the widget; call `unmount()` to remove it.
#[wasm_bindgen]
pub struct Handle {
    ctl: Rc<RefCell<Option<Ctl>>>,
    listeners: Vec<Listener>,
}

impl Handle {
    fn listen(
        &mut self,
        target: &EventTarget,
        kind: &'static str,
        f: impl FnMut(Event) + 'static,
    ) -> Result<(), JsValue> {
        let closure = Closure::<dyn FnMut(Event)>::new(f);
        target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())?;
        self.listeners.push(Listener {
            target: target.clone(),
            kind,
            closure,
        });
        Ok(())
    }
}

#[wasm_bindgen]
impl Handle {
    /// Selects exactly these signatories (ISO3 codes); others are ignored.
    #[wasm_bindgen(js_name = selectSignatories)]
    pub fn select_signatories(&self, codes: Vec<String>) {
        let codes: Vec<String> = codes
            .into_iter()
            .map(|c| c.trim().to_ascii_uppercase())
            .collect();
        with_ctl(&self.ctl, |c, fx| c.select(&codes, fx));
    }

    /// Opens note `n` in a popover; returns whether it exists.
    #[wasm_bindgen(js_name = openNote)]
    pub fn open_note(&self, n: u32) -> bool {
        with_ctl(&self.ctl, |c, fx| c.open_note(n, fx)).unwrap_or(false)
    }

    /// Closes the open note, if any.
    #[wasm_bindgen(js_name = closeNote)]
    pub fn close_note(&self) {
        with_ctl(&self.ctl, |c, fx| c.close_note(false, fx));
    }

    /// The selected signatories.
    pub fn selected(&self) -> Vec<String> {
        self.ctl
            .try_borrow()
            .ok()
            .and_then(|c| c.as_ref().map(|c| c.selected.clone()))
            .unwrap_or_default()
    }

    /// The number of the open note, or undefined.
    #[wasm_bindgen(js_name = openNoteNumber)]
    pub fn open_note_number(&self) -> Option<u32> {
        self.ctl
            .try_borrow()
            .ok()
            .and_then(|c| c.as_ref().and_then(|c| c.open.as_ref().map(|o| o.number)))
    }

    /// Removes every listener and the rendered document.
    pub fn unmount(&mut self) {
        for l in self.listeners.drain(..) {
            let _ = l
                .target
                .remove_event_listener_with_callback(l.kind, l.closure.as_ref().unchecked_ref());
        }
        if let Ok(mut guard) = self.ctl.try_borrow_mut() {
            if let Some(c) = guard.take() {
                c.container.set_inner_html("");
            }
        }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        for l in self.listeners.drain(..) {
            let _ = l
                .target
                .remove_event_listener_with_callback(l.kind, l.closure.as_ref().unchecked_ref());
        }
    }
}

/// Renders a UN document into `container` and makes it interactive.
#[wasm_bindgen]
pub fn mount(
    container: &Element,
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "MountOptions | undefined")] options: Option<JsValue>,
) -> Result<Handle, JsError> {
    let o = opts::mount(options)?;
    if o.trap_for_tests {
        core::arch::wasm32::unreachable();
    }
    let doc = parse_doc(text, o.notes, o.generated_notes)?;
    let prefix = crate::render::sanitize_prefix(o.id_prefix.as_deref().unwrap_or("undoc"));
    let html = render_html(
        &doc,
        &RenderOptions {
            id_prefix: prefix.clone(),
            interactive: true,
        },
    );
    container.set_inner_html(&html);
    let signatories: Vec<String> = doc.signatories.iter().map(|s| s.code.clone()).collect();
    let hash_key = o
        .hash_key
        .unwrap_or_else(|| prefix.clone())
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let ctl = Ctl::new(
        container.clone(),
        prefix,
        o.sync_hash,
        hash_key,
        signatories,
    )
    .map_err(|_| JsError::new("could not read the rendered document"))?;
    let shared = Rc::new(RefCell::new(Some(ctl)));
    let mut handle = Handle {
        ctl: shared.clone(),
        listeners: Vec::new(),
    };
    let target: &EventTarget = container.as_ref();
    let c1 = shared.clone();
    handle
        .listen(target, "click", move |ev| on_click(&c1, &ev))
        .map_err(|_| JsError::new("could not listen"))?;
    let c2 = shared.clone();
    handle
        .listen(target, "keydown", move |ev| on_keydown(&c2, &ev))
        .map_err(|_| JsError::new("could not listen"))?;
    let c3 = shared.clone();
    handle
        .listen(target, "change", move |ev| {
            let Some(t) = ev.target() else { return };
            if let Some(input) = closest(&t, "input.undoc-dim-input")
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                with_ctl(&c3, |c, _| {
                    c.dim = input.checked();
                    c.apply_dim();
                });
            }
        })
        .map_err(|_| JsError::new("could not listen"))?;
    if let Some(win) = web_sys::window() {
        let c4 = shared.clone();
        handle
            .listen(win.as_ref(), "resize", move |_| {
                let _ = with_ctl(&c4, |c, _| c.reposition());
            })
            .map_err(|_| JsError::new("could not listen"))?;
        if let Some(document) = win.document() {
            // A click anywhere outside the widget closes its note.
            let c5 = shared.clone();
            handle
                .listen(document.as_ref(), "click", move |ev| {
                    let inside = with_ctl(&c5, |c, _| {
                        ev.composed_path().includes(c.container.as_ref(), 0)
                    })
                    .unwrap_or(true);
                    if !inside {
                        with_ctl(&c5, |c, fx| c.close_note(false, fx));
                    }
                })
                .map_err(|_| JsError::new("could not listen"))?;
        }
    }
    // Initial state: preselected signatories, then the URL hash.
    with_ctl(&shared, |c, fx| {
        let (mut states, mut note) = (
            o.signatories
                .iter()
                .map(|s| s.to_ascii_uppercase())
                .collect::<Vec<_>>(),
            None,
        );
        if c.sync_hash {
            let (hs, hn) = c.read_hash();
            if !hs.is_empty() || hn.is_some() {
                states = hs;
                note = hn;
            }
        }
        if !states.is_empty() {
            c.select(&states, fx);
        }
        if let Some(n) = note {
            c.open_note(n, fx);
        }
    });
    Ok(handle)
}

#[cfg(test)]
mod tests {
    use super::parse_hash;

    #[test]
    fn hash_entries() {
        assert_eq!(
            parse_hash("#a=states:ARM,rus;note:3&b=states:CUB", "a"),
            (vec!["ARM".into(), "RUS".into()], Some(3))
        );
        assert_eq!(parse_hash("#b=states:CUB", "a"), (vec![], None));
        assert_eq!(parse_hash("", "a"), (vec![], None));
    }
}
