//! The mounted widget's state and what it does to the page: note popovers, signatory
//! highlighting and dimming, the status line, the URL hash. Every change touches only the
//! elements it concerns; geometry is read before anything is written.

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement};

use super::hash;
use super::options::Options;
use super::stream::Pending;
use crate::data::{Signatory, WidgetData};
use crate::text::{cat, int, round};

/// An event to dispatch once the state is no longer borrowed.
pub(super) enum Effect {
    SignatoryChange(Vec<String>),
    NoteOpen(u32, String, String),
    NoteClose(u32),
}

pub(super) struct OpenNote {
    pub(super) number: u32,
    pub(super) popover: Element,
    pub(super) reference: Option<HtmlElement>,
}

/// The mounted widget's state.
pub(super) struct Ctl {
    pub(super) container: Element,
    pub(super) article: Element,
    pub(super) prefix: String,
    /// The signatories (code, name, mentions in the text), in the order of their toggles.
    pub(super) signatories: Vec<Signatory>,
    pub(super) selected: Vec<String>,
    /// Mentions of each State: (code, elements). Notes included: a filter reaches them too.
    pub(super) mentions: Vec<(String, Vec<Element>)>,
    /// Paragraph-like elements and the State codes they mention.
    pub(super) paragraphs: Vec<(Element, Vec<String>)>,
    /// Whether each of `paragraphs` has the class `undoc-dimmed` now: a toggle touches only the
    /// paragraphs that change, not every paragraph of a long document.
    pub(super) dimmed: Vec<bool>,
    pub(super) toggles: Vec<(String, Element)>,
    pub(super) groups: Vec<(Element, Vec<String>)>,
    pub(super) status: Option<Element>,
    pub(super) dim: bool,
    pub(super) open: Option<OpenNote>,
    pub(super) sync_hash: bool,
    pub(super) hash_key: String,
    /// Set while the state follows the URL or the host's options: nothing is written back.
    pub(super) quiet: bool,
    /// What of a long document is still to be added to the page.
    pub(super) pending: Option<Pending>,
    /// The citation control (`cite.rs`), made at its first use, in one paragraph at a time.
    pub(super) cite: Option<Element>,
    /// The paragraph a link marked: its pin key and element.
    pub(super) marked: Option<(String, Element)>,
    /// The cited paragraph that is the Tab stop (`rove.rs`), once looked up or moved.
    pub(super) rover: Option<Element>,
    /// Whether the reader has moved with the arrow keys: their hint is no longer said.
    pub(super) keys_used: bool,
}

pub(super) fn query_all(root: &Element, selector: &str) -> Vec<Element> {
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

pub(super) fn closest(target: &EventTarget, selector: &str) -> Option<Element> {
    target
        .dyn_ref::<Element>()
        .and_then(|e| e.closest(selector).ok().flatten())
}

pub(super) fn set_class(el: &Element, class: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(class, on);
}

/// `f` as a JavaScript function called once (a timer's, a frame's, a promise's), given its
/// first argument: one closure type for all of them, so one set of wasm-bindgen shims.
pub(super) fn once(f: impl FnOnce(JsValue) + 'static) -> JsValue {
    let f: alloc::boxed::Box<dyn FnOnce(JsValue)> = alloc::boxed::Box::new(f);
    Closure::once_into_js(f)
}

/// A plain object with `key` set to `value`: an options dictionary (`FocusOptions`,
/// `ScrollIntoViewOptions`, `CustomEventInit`), where each web-sys setter is an import of its own.
pub(super) fn dict(key: &str, value: &JsValue) -> js_sys::Object {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &JsValue::from_str(key), value);
    o
}

fn focus_with(el: &HtmlElement, prevent_scroll: bool) {
    let opts = dict("preventScroll", &JsValue::from_bool(prevent_scroll));
    let _ = el.focus_with_options(opts.unchecked_ref());
}

pub(super) fn focus(el: &HtmlElement) {
    focus_with(el, false);
}

/// Focus without scrolling, for an element already placed inside the viewport (the popover):
/// it saves the browser a scroll-into-view pass.
fn focus_in_place(el: &HtmlElement) {
    focus_with(el, true);
}

/// Scrolls `el` to the middle of the viewport.
pub(super) fn center(el: &Element) {
    let opts = dict("block", &JsValue::from_str("center"));
    el.scroll_into_view_with_scroll_into_view_options(opts.unchecked_ref());
}

/// Scrolls `el` to the middle of the viewport when it is not wholly inside it (a note opened
/// from the API or the URL hash); a reference just clicked is left where it is.
fn reveal(el: &HtmlElement) {
    let Some(win) = hash::window_of(el) else {
        return;
    };
    let (vw, vh) = viewport(&win);
    let r = el.get_bounding_client_rect();
    if r.top() < 0.0 || r.bottom() > vh || r.left() < 0.0 || r.right() > vw {
        center(el);
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

fn mentions(n: usize) -> &'static str {
    if n == 1 {
        "mention"
    } else {
        "mentions"
    }
}

/// A CSS length in whole pixels. Integers on purpose: formatting a float would link Rust's
/// float-to-decimal code into the module for sub-pixel precision nobody sees.
fn px(v: f64) -> String {
    cat(&[&int(round(v)), "px"])
}

/// Room below a reference (CSS pixels) under which a popover opens above it, if there is more
/// room there; and the least height a popover is given.
const POPOVER_ROOM: f64 = 200.0;
const POPOVER_MIN: f64 = 96.0;

impl Ctl {
    /// The widget's state for the document just rendered into `container`. What it knows — the
    /// signatories, their names, mention counts and groups — comes from `data`, the model's
    /// part the renderer handed over; the page is only searched for the elements that show it.
    pub(super) fn new(container: Element, data: WidgetData, o: &Options) -> Result<Ctl, JsValue> {
        let article = container
            .query_selector("article.undoc")?
            .ok_or_else(|| JsValue::from_str("no article"))?;
        // Loops, not `collect`: each collecting iterator is code of its own in the module.
        let mut toggles = Vec::new();
        for b in query_all(&article, "button.undoc-toggle") {
            if let Some(c) = b.get_attribute("data-signatory") {
                toggles.push((c, b));
            }
        }
        let buttons = query_all(&article, "button.undoc-group");
        let mut groups = Vec::new();
        for g in data.groups {
            let b = buttons
                .iter()
                .find(|b| b.get_attribute("data-group").as_deref() == Some(g.id.as_str()));
            if let Some(b) = b {
                groups.push((b.clone(), g.members));
            }
        }
        let status = article.query_selector(".undoc-status").ok().flatten();
        let root = article.clone();
        let hash_key = hash::encode_key(o.hash_key.as_deref().unwrap_or(&data.prefix));
        let mut ctl = Ctl {
            container,
            article,
            prefix: data.prefix,
            signatories: data.signatories,
            selected: Vec::new(),
            mentions: Vec::new(),
            dimmed: Vec::new(),
            paragraphs: Vec::new(),
            toggles,
            groups,
            status,
            dim: false,
            open: None,
            sync_hash: o.sync_hash,
            hash_key,
            quiet: false,
            pending: None,
            cite: None,
            marked: None,
            rover: None,
            keys_used: false,
        };
        ctl.adopt(&[root]);
        Ok(ctl)
    }

    /// Takes in elements just added to the page (`els` and what they hold): their mentions
    /// and paragraphs, shown in the current selection.
    pub(super) fn adopt(&mut self, els: &[Element]) {
        let from = self.paragraphs.len();
        let within = |el: &Element, selector: &str| {
            let mut v: Vec<Element> = Vec::new();
            if el.matches(selector).unwrap_or(false) {
                v.push(el.clone());
            }
            v.extend(query_all(el, selector));
            v
        };
        for el in els {
            for m in within(el, "[data-state]") {
                let Some(code) = m.get_attribute("data-state") else {
                    continue;
                };
                if self.selected.contains(&code) {
                    set_class(&m, "undoc-hit", true);
                }
                match self.mentions.iter_mut().find(|(c, _)| *c == code) {
                    Some((_, v)) => v.push(m),
                    None => self.mentions.push((code, vec![m])),
                }
            }
            for p in within(
                el,
                ".undoc-p, .undoc-signature, .undoc-annex-title, .undoc-title",
            ) {
                // A code equal to the last one is not pushed again: `dedup` as it goes.
                let mut codes: Vec<String> = Vec::new();
                for e in query_all(&p, "[data-state]") {
                    if let Some(code) = e.get_attribute("data-state") {
                        if codes.last() != Some(&code) {
                            codes.push(code);
                        }
                    }
                }
                self.paragraphs.push((p, codes));
                self.dimmed.push(false);
            }
        }
        self.dim_from(from);
    }

    /// Runs the next task of a document mounted in pieces; returns whether more remain.
    pub(super) fn step(&mut self) -> bool {
        let Some(p) = self.pending.as_mut() else {
            return false;
        };
        let added = p.run_next().unwrap_or_default();
        let done = p.done();
        self.adopt(&added);
        if done {
            if let Some(mut p) = self.pending.take() {
                p.resolve();
            }
        }
        !done
    }

    /// Runs every task left (a note asked for before it arrived, a hidden page).
    pub(super) fn finish(&mut self) {
        while self.step() {}
    }

    /// Sets the selection, touching only the mentions whose state changes.
    pub(super) fn select(&mut self, codes: &[String], effects: &mut Vec<Effect>) {
        let mut next: Vec<String> = Vec::new();
        for s in &self.signatories {
            if codes.contains(&s.code) && next.last() != Some(&s.code) {
                next.push(s.code.clone());
            }
        }
        if next == self.selected {
            return;
        }
        for s in &self.signatories {
            let code = &s.code;
            let on = next.contains(code);
            if on == self.selected.contains(code) {
                continue;
            }
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

    pub(super) fn apply_dim(&mut self) {
        self.dim_from(0);
    }

    /// [`Ctl::apply_dim`] for the paragraphs from index `from` on: a piece of a long document
    /// touches only its own.
    fn dim_from(&mut self, from: usize) {
        let filtering = self.dim && !self.selected.is_empty();
        let paragraphs = self.paragraphs.iter().skip(from);
        for ((p, codes), dimmed) in paragraphs.zip(self.dimmed.iter_mut().skip(from)) {
            let on = filtering && !codes.iter().any(|c| self.selected.contains(c));
            if on != *dimmed {
                set_class(p, "undoc-dimmed", on);
                *dimmed = on;
            }
        }
    }

    pub(super) fn update_status(&self) {
        let Some(status) = &self.status else { return };
        // Saturating: the counts come from the page's data, which may say anything.
        let count = self
            .signatories
            .iter()
            .filter(|s| self.selected.contains(&s.code))
            .fold(0usize, |a, s| a.saturating_add(s.mentions as usize));
        let text = match self.selected.as_slice() {
            [] => String::new(),
            // The name isolated (FSI … PDI): a right-to-left mark in it cannot reorder ours.
            [one] => cat(&[
                "\u{2068}",
                &self.name_of(one),
                "\u{2069} selected: ",
                &int(count as i64),
                " ",
                mentions(count),
                " highlighted.",
            ]),
            all => cat(&[
                &int(all.len() as i64),
                " signatories selected: ",
                &int(count as i64),
                " ",
                mentions(count),
                " highlighted.",
            ]),
        };
        status.set_text_content(Some(&text));
    }

    pub(super) fn name_of(&self, code: &str) -> String {
        self.signatories
            .iter()
            .find(|s| s.code == code)
            .map_or_else(|| code.to_owned(), |s| s.name.clone())
    }

    /// The members of a group toggle, as the model lists them.
    pub(super) fn group_members(&self, button: &Element) -> Vec<String> {
        self.groups
            .iter()
            .find(|(b, _)| b == button)
            .map(|(_, m)| m.clone())
            .unwrap_or_default()
    }

    pub(super) fn note_ref(&self, n: u32) -> Option<HtmlElement> {
        let sel = cat(&[
            "a[role=\"doc-noteref\"][data-note=\"",
            &int(n.into()),
            "\"]",
        ]);
        self.article
            .query_selector(&sel)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    }

    pub(super) fn open_note(&mut self, n: u32, effects: &mut Vec<Effect>) -> bool {
        if self.open.as_ref().is_some_and(|o| o.number == n) {
            return true;
        }
        let selector = cat(&["li.undoc-note[data-note=\"", &int(n.into()), "\"]"]);
        let find = |a: &Element| a.query_selector(&selector).ok().flatten();
        let li = match find(&self.article) {
            Some(li) => li,
            // The notes come last: a note asked for before they arrived brings the rest.
            None if self.pending.is_some() => {
                self.finish();
                let Some(li) = find(&self.article) else {
                    return false;
                };
                li
            }
            None => return false,
        };
        let Some(doc) = self.article.owner_document() else {
            return false;
        };
        let Ok(pop) = doc.create_element("div") else {
            return false;
        };
        let label_id = cat(&[&self.prefix, "-pop-", &int(n.into())]);
        let _ = pop.set_attribute("class", "undoc-popover");
        let _ = pop.set_attribute("role", "dialog");
        let _ = pop.set_attribute("part", "popover");
        let _ = pop.set_attribute("tabindex", "-1");
        let _ = pop.set_attribute("aria-labelledby", &label_id);
        let _ = pop.set_attribute("data-note", &int(n.into()));
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
        if let Ok(Some(list)) = li.query_selector(".undoc-note-list") {
            if let Ok(copy) = list.clone_node_with_deep(true) {
                let _ = body.append_child(&copy);
            }
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
        }
        // Geometry is read before anything is written, while the page's layout is still clean:
        // the only style and layout this click causes are the ones that place the popover.
        self.position(&pop, reference.as_ref());
        self.close_note(false, effects);
        if let Some(r) = &reference {
            let _ = r.set_attribute("aria-expanded", "true");
        }
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
        effects.push(Effect::NoteOpen(
            n,
            kind,
            crate::text::trim(&text).to_owned(),
        ));
        true
    }

    /// Places the popover beside its reference, within the viewport; a bottom sheet on narrow
    /// screens. Only the laid-out page is measured (the reference, the article, the viewport),
    /// never the popover: its own size is left to CSS, which shifts it left by whatever of its
    /// width would pass the viewport's right edge and caps its height to the room on its side
    /// (`--undoc-pop-room`, `--undoc-pop-space`). Measuring the popover would force a layout
    /// between inserting it and placing it, the most expensive part of opening a note.
    /// Coordinates go through CSS custom properties (CSSOM, allowed by a strict CSP).
    pub(super) fn position(&self, pop: &Element, reference: Option<&HtmlElement>) {
        let Some(win) = hash::window_of(&self.article) else {
            return;
        };
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
        // min/max rather than f64::clamp, whose assertion message formats floats: it alone
        // linked Rust's float-to-decimal code into the module (BENCHMARKS.md).
        let left = rr.left().min(vw - 8.0).max(8.0);
        let _ = style.set_property("--undoc-pop-x", &px(left - ar.left()));
        let _ = style.set_property("--undoc-pop-y", &px(top - ar.top()));
        let _ = style.set_property("--undoc-pop-room", &px(vw - 8.0 - left));
        let _ = style.set_property("--undoc-pop-space", &px(space.max(POPOVER_MIN)));
    }

    pub(super) fn close_note(&mut self, refocus: bool, effects: &mut Vec<Effect>) {
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

    pub(super) fn reposition(&self) {
        if let Some(o) = &self.open {
            self.position(&o.popover, o.reference.as_ref());
        }
    }

    /// Our entry in the URL hash (`hash.rs`), after an action of the reader's.
    pub(super) fn write_hash(&self) {
        if !self.sync_hash || self.quiet {
            return;
        }
        let Some(win) = hash::window_of(&self.container) else {
            return;
        };
        let entry = hash::Entry {
            states: self.selected.clone(),
            note: self.open.as_ref().map(|o| o.number),
            para: self.marked.as_ref().map(|(k, _)| k.clone()),
        };
        hash::write(&win, &self.hash_key, entry.value().as_deref());
    }

    /// Reads our entry of the URL hash, if it has one.
    pub(super) fn read_hash(&self) -> Option<hash::Entry> {
        hash::window_of(&self.container).and_then(|w| hash::read(&w, &self.hash_key))
    }

    /// Follows our entry of the URL hash when it changes (an in-page link to `#key=note:5`,
    /// back and forward), without writing it back. A hash without our entry (`#comments`)
    /// leaves the widget as it is. The marked paragraph follows it in every widget; the
    /// selection and the note only with `sync_hash`.
    pub(super) fn follow_hash(&mut self, effects: &mut Vec<Effect>) {
        let Some(entry) = self.read_hash() else {
            return;
        };
        self.quiet = true;
        self.mark(entry.para.as_deref());
        if self.sync_hash {
            self.select(&entry.states, effects);
            match entry.note {
                Some(n) => {
                    self.open_note(n, effects);
                }
                None => self.close_note(false, effects),
            }
        }
        self.quiet = false;
    }
}
