//! The module's exports: `hydrate` wakes up markup already in the page, `mount` adds a
//! rendered document to the page (in pieces when long) and wakes it up. Every listener is kept
//! in the [`Handle`] and removed by `unmount()`; nothing is leaked with `Closure::forget`.
//!
//! No panic is reachable: DOM calls return `Result`s that are handled, and shared state is
//! borrowed with `try_borrow_mut` so that a host listener calling back into the handle from an
//! event we dispatch cannot trip a `RefCell` panic (events are dispatched after the borrow ends).
//!
//! `options` reads the options; `ctl` holds a mounted widget's state and changes the page; this
//! file has the exports, the event wiring and the `Handle`.

use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, Element, Event, EventTarget, HtmlElement, KeyboardEvent};

mod cite;
mod ctl;
mod hash;
mod options;
mod rove;
#[cfg(feature = "mount")]
mod stream;
// Nothing ever arrives in pieces: `Ctl::pending` is always None and its code is dropped.
#[cfg(not(feature = "mount"))]
#[path = "stream_none.rs"]
mod stream;

#[cfg(feature = "mount")]
use crate::data::Insert;
use ctl::{closest, focus, Ctl, Effect};
#[cfg(feature = "mount")]
use options::read_tasks;
use options::{read_data, read_options};

// The TypeScript shapes of what the exports take: `data.rs` and `options.rs` in TypeScript.
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** The widget's part of the model (`undoc render --element`'s script.undoc-data). */
export interface WidgetData {
  prefix: string;
  signatories: { code: string; name: string; mentions: number }[];
  groups: { id: string; members: string[] }[];
}
/** One piece of a long document's markup (the parser module's `Prepared.tasks()`). */
export interface Insert { pops: number; opens: number; html: string; }
/** The interaction module's options. */
export interface WidgetOptions { signatories?: string[]; syncHash?: boolean; hashKey?: string; }
"#;

/// One registered event listener, removed on unmount.
struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

fn dispatch(target: &Element, effects: Vec<Effect>) {
    for e in effects {
        let (name, detail) = match e {
            Effect::SignatoryChange(sel) => {
                let detail = js_sys::Object::new();
                let arr = js_sys::Array::new();
                for s in &sel {
                    arr.push(&JsValue::from_str(s));
                }
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
        let init = ctl::dict("detail", &detail);
        for key in ["bubbles", "composed"] {
            let _ = js_sys::Reflect::set(&init, &key.into(), &JsValue::TRUE);
        }
        if let Ok(ev) = CustomEvent::new_with_event_init_dict(name, init.unchecked_ref()) {
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

/// What a listener does with the widget's state and the event.
type Handler = fn(&Rc<RefCell<Option<Ctl>>>, &Event);

fn on_change(ctl: &Rc<RefCell<Option<Ctl>>>, ev: &Event) {
    let Some(t) = ev.target() else { return };
    if let Some(input) = closest(&t, "input.undoc-dim-input")
        .map(JsCast::unchecked_into::<web_sys::HtmlInputElement>)
    {
        with_ctl(ctl, |c, _| {
            c.dim = input.checked();
            c.apply_dim();
        });
    }
}

fn on_mouseover(ctl: &Rc<RefCell<Option<Ctl>>>, ev: &Event) {
    if let Some(t) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) {
        with_ctl(ctl, |c, _| c.cite_at(&t));
    }
}

fn on_focusin(ctl: &Rc<RefCell<Option<Ctl>>>, ev: &Event) {
    if let Some(t) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) {
        with_ctl(ctl, |c, _| c.focused(&t));
    }
}

fn on_resize(ctl: &Rc<RefCell<Option<Ctl>>>, _: &Event) {
    with_ctl(ctl, |c, _| c.reposition());
}

fn on_hashchange(ctl: &Rc<RefCell<Option<Ctl>>>, _: &Event) {
    with_ctl(ctl, |c, fx| c.follow_hash(fx));
}

/// A click on the page outside the widget closes its note.
fn on_page_click(ctl: &Rc<RefCell<Option<Ctl>>>, ev: &Event) {
    with_ctl(ctl, |c, fx| {
        if !ev.composed_path().includes(c.container.as_ref(), 0) {
            c.close_note(false, fx);
        }
    });
}

fn on_click(ctl: &Rc<RefCell<Option<Ctl>>>, ev: &Event) {
    let Some(target) = ev.target() else { return };
    if let Some(b) = closest(&target, ".undoc-cite button") {
        let what = if b.matches(".undoc-cite-link").unwrap_or(false) {
            cite::Kind::Link
        } else {
            cite::Kind::Citation
        };
        cite::copy(ctl, &b, what);
        return;
    }
    if let Some(r) = closest(&target, "a[role=\"doc-noteref\"]") {
        ev.prevent_default();
        let n: u32 = r
            .get_attribute("data-note")
            .and_then(|v| crate::text::number(&v))
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
            // `retain`, not `remove(i)`: no index, so no panic path (the codes are unique).
            if next.contains(&code) {
                next.retain(|x| *x != code);
            } else {
                next.push(code.clone());
            }
            c.select(&next, fx);
        });
    } else if let Some(b) = closest(&target, "button.undoc-group") {
        with_ctl(ctl, |c, fx| {
            let members = c.group_members(&b);
            let all = members.iter().all(|m| c.selected.contains(m));
            let mut next = c.selected.clone();
            if all {
                next.retain(|s| !members.contains(s));
            } else {
                for m in members {
                    if !c.selected.contains(&m) {
                        next.push(m);
                    }
                }
            }
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
            // Quotes and backslashes dropped: the id stays inside the selector's quotes.
            let mut sel = String::from("[id=\"");
            for ch in crate::text::skip(&id, b'#').chars() {
                if ch != '"' && ch != '\\' {
                    sel.push(ch);
                }
            }
            sel.push_str("\"]");
            if let Ok(Some(el)) = c.article.query_selector(&sel) {
                ctl::center(&el);
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
    let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
    // Arrow keys, Home and End on a focused paragraph move between paragraphs.
    let roved = target
        .as_ref()
        .filter(|t| t.matches(cite::CITED).unwrap_or(false))
        .is_some_and(|p| with_ctl(ctl, |c, _| c.rove_key(p, k)) == Some(true));
    if roved {
        ev.prevent_default();
    } else if key == "Tab" {
        if let Some(t) = &target {
            with_ctl(ctl, |c, _| c.cite_to_rover(t));
        }
    } else if key == "Escape" {
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
    /// Removes every listener (`unmount`, and a handle freed without it).
    fn unlisten(&mut self) {
        for l in core::mem::take(&mut self.listeners) {
            let _ = l
                .target
                .remove_event_listener_with_callback(l.kind, l.closure.as_ref().unchecked_ref());
        }
    }

    /// Listens to `kind` on `target` with `f`, which gets the widget's state. Every listener is
    /// the same closure type (a function and the state): one set of wasm-bindgen shims for all.
    fn listen(
        &mut self,
        target: &EventTarget,
        kind: &'static str,
        f: Handler,
    ) -> Result<(), JsError> {
        let shared = self.ctl.clone();
        let closure = Closure::<dyn FnMut(Event)>::new(move |ev: Event| f(&shared, &ev));
        target
            .add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())
            .map_err(|_| JsError::new("could not listen"))?;
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
    /// Selects exactly these signatories (ISO3 codes); others are ignored. The codes come and
    /// go as a JavaScript array read here, not as `Vec<String>`: wasm-bindgen's conversions of
    /// string vectors cost the module more than the reader it already has.
    #[wasm_bindgen(js_name = selectSignatories)]
    pub fn select_signatories(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string[]")] codes: JsValue,
    ) -> Result<(), JsError> {
        // An argument, not an option: its own message, not the options reader's.
        let bad = || JsError::new("selectSignatories: `codes` must be an array of strings");
        let mut wanted = Vec::new();
        for c in crate::read::items(codes, "codes").map_err(|_| bad())? {
            let code = c.as_string().ok_or_else(bad)?;
            wanted.push(crate::text::trim(&code).to_ascii_uppercase());
        }
        with_ctl(&self.ctl, |c, fx| c.select(&wanted, fx));
        Ok(())
    }

    /// Opens note `n` in a popover; returns whether it exists.
    #[wasm_bindgen(js_name = openNote)]
    pub fn open_note(&self, n: u32) -> bool {
        with_ctl(&self.ctl, |c, fx| c.open_note(n, fx)).unwrap_or(false)
    }

    /// Resolves when the whole document is in the page: at once for most documents, after
    /// the last piece for a long one.
    pub fn rendered(&self) -> js_sys::Promise {
        let pending = self
            .ctl
            .try_borrow()
            .is_ok_and(|c| c.as_ref().is_some_and(|c| c.pending.is_some()));
        // Already whole (always, without `mount`): no executor closure to make.
        if !pending {
            return js_sys::Promise::resolve(&JsValue::UNDEFINED);
        }
        let ctl = self.ctl.clone();
        js_sys::Promise::new(&mut |resolve, _| {
            if let Ok(mut guard) = ctl.try_borrow_mut() {
                if let Some(p) = guard.as_mut().and_then(|c| c.pending.as_mut()) {
                    p.wait(resolve);
                    return;
                }
            }
            let _ = resolve.call0(&JsValue::UNDEFINED);
        })
    }

    /// Removes every listener and the rendered document.
    pub fn unmount(&mut self) {
        self.unlisten();
        if let Ok(mut guard) = self.ctl.try_borrow_mut() {
            if let Some(mut c) = guard.take() {
                // Every child removed, as `innerHTML = ""` without its HTML sink.
                c.container.set_text_content(None);
                // Nothing more will come: whoever waits for the whole may stop waiting.
                if let Some(p) = c.pending.as_mut() {
                    p.resolve();
                }
            }
        }
    }
}

/// The handle's methods the element never calls: the library's (widget.js). The element's own
/// build (hydrate_bg.wasm, without `api`) goes without them.
#[cfg(feature = "api")]
#[wasm_bindgen]
impl Handle {
    /// Closes the open note, if any.
    #[wasm_bindgen(js_name = closeNote)]
    pub fn close_note(&self) {
        with_ctl(&self.ctl, |c, fx| c.close_note(false, fx));
    }

    /// The selected signatories.
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn selected(&self) -> js_sys::Array {
        let out = js_sys::Array::new();
        if let Ok(c) = self.ctl.try_borrow() {
            for s in c.iter().flat_map(|c| &c.selected) {
                out.push(&JsValue::from_str(s));
            }
        }
        out
    }

    /// The number of the open note, or undefined.
    #[wasm_bindgen(js_name = openNoteNumber)]
    pub fn open_note_number(&self) -> Option<u32> {
        self.ctl
            .try_borrow()
            .ok()
            .and_then(|c| c.as_ref().and_then(|c| c.open.as_ref().map(|o| o.number)))
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.unlisten();
    }
}

/// Runs the next task of a long document in a task of its own, and so on until the last.
#[cfg(feature = "mount")]
fn schedule(ctl: &Rc<RefCell<Option<Ctl>>>) {
    let Some(win) = ctl
        .try_borrow()
        .ok()
        .and_then(|c| c.as_ref().and_then(|c| hash::window_of(&c.container)))
    else {
        return;
    };
    let shared = ctl.clone();
    // Freed by JavaScript once called; after `unmount` it finds no state and stops.
    let tick = ctl::once(move |_| {
        let more = with_ctl(&shared, |c, _| {
            let hidden = c.container.owner_document().is_some_and(|d| d.hidden());
            if hidden {
                c.finish();
                false
            } else {
                c.step()
            }
        });
        if more == Some(true) {
            schedule(&shared);
        }
    });
    let _ = win.set_timeout_with_callback_and_timeout_and_arguments_0(tick.unchecked_ref(), 0);
}

/// Adds a rendered document to `container` and makes it interactive. `tasks` are the pieces
/// of its markup (the parser module's `prepare`), one task of the page each: the first now,
/// each later one in a task of its own after this returns; `rendered()` on the handle resolves
/// when the last is in.
#[cfg(feature = "mount")]
#[wasm_bindgen]
pub fn mount(
    container: &Element,
    #[wasm_bindgen(unchecked_param_type = "Insert[][]")] tasks: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WidgetData")] data: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WidgetOptions | undefined")] options: Option<JsValue>,
) -> Result<Handle, JsError> {
    let tasks: Vec<Vec<Insert>> = read_tasks(tasks)?;
    let data = read_data(data)?;
    let o = read_options(options)?;
    container.set_text_content(None);
    let mut pending = stream::Pending::new(tasks, container.clone());
    let unreadable = |_| JsError::new("could not read the rendered document");
    pending.run_next().map_err(unreadable)?;
    let mut ctl = Ctl::new(container.clone(), data, &o).map_err(unreadable)?;
    let more = !pending.done();
    ctl.pending = more.then_some(pending);
    let shared = Rc::new(RefCell::new(Some(ctl)));
    if more {
        schedule(&shared);
    }
    wire(container, shared, &o)
}

/// Makes the document already in `container` (an `article.undoc` rendered with its data, e.g.
/// by `undoc render --element`) interactive, without rendering anything.
#[wasm_bindgen]
pub fn hydrate(
    container: &Element,
    #[wasm_bindgen(unchecked_param_type = "WidgetData")] data: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WidgetOptions | undefined")] options: Option<JsValue>,
) -> Result<Handle, JsError> {
    let data = read_data(data)?;
    let o = read_options(options)?;
    let ctl = Ctl::new(container.clone(), data, &o)
        .map_err(|_| JsError::new("no rendered document (article.undoc) to wake up"))?;
    wire(container, Rc::new(RefCell::new(Some(ctl))), &o)
}

/// The listeners of a widget, and its initial state.
fn wire(
    container: &Element,
    shared: Rc<RefCell<Option<Ctl>>>,
    o: &options::Options,
) -> Result<Handle, JsError> {
    let mut handle = Handle {
        ctl: shared.clone(),
        listeners: Vec::new(),
    };
    let target: &EventTarget = container.as_ref();
    handle.listen(target, "click", on_click)?;
    handle.listen(target, "keydown", on_keydown)?;
    handle.listen(target, "change", on_change)?;
    // The citation control goes to the paragraph under the pointer; a focused paragraph also
    // becomes the Tab stop (rove.rs).
    handle.listen(target, "mouseover", on_mouseover)?;
    handle.listen(target, "focusin", on_focusin)?;
    // The window and document the container is in now: an iframe's after `adoptNode`.
    if let Some(win) = hash::window_of(container) {
        handle.listen(win.as_ref(), "resize", on_resize)?;
        // An in-page link to `#key=note:5` or `#key=para:3`, back and forward: the widget
        // follows (a paragraph in every widget, the rest with sync-hash).
        handle.listen(win.as_ref(), "hashchange", on_hashchange)?;
        if let Some(document) = container.owner_document() {
            // A click anywhere outside the widget closes its note.
            handle.listen(document.as_ref(), "click", on_page_click)?;
        }
    }
    // Initial state: preselected signatories, then the URL hash; the URL is left as it is
    // until the reader acts (the host's own fragment, `#comments`, keeps working).
    with_ctl(&shared, |c, fx| {
        c.quiet = true;
        let mut states = Vec::new();
        for s in &o.signatories {
            states.push(s.to_ascii_uppercase());
        }
        let mut note = None;
        let entry = c.read_hash().unwrap_or_default();
        if c.sync_hash && (!entry.states.is_empty() || entry.note.is_some()) {
            states = entry.states;
            note = entry.note;
        }
        if !states.is_empty() {
            c.select(&states, fx);
        }
        // A link to a paragraph (`#key=para:annex-3`) is followed in every widget: it only reads.
        c.mark(entry.para.as_deref());
        if let Some(n) = note {
            c.open_note(n, fx);
        }
        c.quiet = false;
    });
    Ok(handle)
}
