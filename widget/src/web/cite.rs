//! Each paragraph's citation: one small control ("Copy citation", "Copy link"), made once and
//! moved into the paragraph under the pointer or the focus (the Tab stop's, `rove.rs`), the
//! clipboard, and the paragraph a link marks. What is copied comes from the markup: the
//! article's `data-cite-doc` and the paragraph's `data-cite` and `id`, which the renderer wrote,
//! so pre-rendered pages need no parser.

use alloc::borrow::ToOwned;
use alloc::rc::Rc;
use alloc::string::String;
use core::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::ctl::{focus, set_class, Ctl};
use super::rove::KEYS_HINT;
use super::{hash, with_ctl};
use crate::fragment::{para_alias, para_id, with_entry};
use crate::text::cat;

/// The paragraphs that have a citation.
pub(super) const CITED: &str = ".undoc-p[data-cite]";

/// How long a "copied" message stays in a status line that has another use.
const MESSAGE_MS: i32 = 4000;

/// What a click on the control copies.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Citation,
    Link,
}

impl Ctl {
    /// The control, made at its first use.
    fn cite_control(&mut self) -> Option<Element> {
        if let Some(c) = &self.cite {
            return Some(c.clone());
        }
        let doc = self.article.owner_document()?;
        let group = doc.create_element("span").ok()?;
        let _ = group.set_attribute("class", "undoc-cite");
        let _ = group.set_attribute("role", "group");
        for (class, label) in [
            ("undoc-cite-copy", "Copy citation"),
            ("undoc-cite-link", "Copy link"),
        ] {
            let b = doc.create_element("button").ok()?;
            let _ = b.set_attribute("type", "button");
            let _ = b.set_attribute("class", class);
            b.set_text_content(Some(label));
            let _ = group.append_child(&b);
        }
        // The arrow keys' hint: the stop's description (rove.rs), shown on keyboard focus.
        let hint = doc.create_element("span").ok()?;
        let _ = hint.set_attribute("class", "undoc-cite-keys");
        let _ = hint.set_attribute("id", &self.keys_id());
        hint.set_text_content(Some(KEYS_HINT));
        let _ = group.append_child(&hint);
        self.cite = Some(group.clone());
        Some(group)
    }

    /// Moves the control into the cited paragraph that holds `target`, if any; never while it
    /// has the keyboard's focus (moving a focused button would drop it).
    pub(super) fn cite_at(&mut self, target: &Element) {
        if self.cite.as_ref().is_some_and(|c| c.contains(Some(target))) {
            return;
        }
        if let Ok(Some(p)) = target.closest(CITED) {
            self.place_cite(&p);
        }
    }

    pub(super) fn place_cite(&mut self, p: &Element) {
        let Some(c) = self.cite_control() else { return };
        // The keyboard's focus stays put; a click's (not focus-visible) may follow the pointer.
        let kept = c.matches(":has(:focus-visible)").unwrap_or(false);
        if c.parent_element().as_ref() == Some(p) || kept {
            return;
        }
        let name = p.get_attribute("data-cite").unwrap_or_default();
        let _ = c.set_attribute("aria-label", &cat(&["Cite ", &name]));
        let _ = p.prepend_with_node_1(&c);
    }

    /// The citation of the paragraph the control is in: `A/64/842, annex, para. 3`.
    fn citation(&self, p: &Element) -> String {
        let cite = p.get_attribute("data-cite").unwrap_or_default();
        match self.article.get_attribute("data-cite-doc") {
            Some(doc) if !doc.is_empty() => cat(&[&doc, ", ", &cite]),
            _ => cite,
        }
    }

    /// The page's URL with our entry naming the paragraph `p` (`#seed=para:annex-3`), the host's
    /// entries kept.
    fn link(&self, p: &Element) -> Option<String> {
        let id = p.get_attribute("id").unwrap_or_default();
        let key = id.strip_prefix(&para_id(&self.prefix, ""))?.to_owned();
        let loc = hash::window_of(&self.article)?.location();
        let href = loc.href().ok()?;
        let base = crate::text::parts(&href, b'#').next().unwrap_or(&href);
        let value = cat(&["para:", &key]);
        let hash = loc.hash().unwrap_or_default();
        Some(cat(&[
            base,
            "#",
            &with_entry(&hash, &self.hash_key, Some(&value)),
        ]))
    }

    /// Says `text` in the status line (a live region); the toolbar's own line gets its summary
    /// back after a while.
    fn announce(&mut self, text: &str) -> Option<Element> {
        if self.status.is_none() {
            let doc = self.article.owner_document()?;
            let live = doc.create_element("output").ok()?;
            let _ = live.set_attribute("class", "undoc-live");
            let _ = live.set_attribute("aria-live", "polite");
            let _ = self.article.append_child(&live);
            self.status = Some(live);
        }
        let status = self.status.clone()?;
        status.set_text_content(Some(text));
        Some(status)
    }

    /// Marks the paragraph whose key is `key` (a class and `aria-current`), and scrolls it to
    /// the middle of the viewport; unmarks the one marked before. `None` unmarks.
    pub(super) fn mark(&mut self, key: Option<&str>) {
        if let Some((k, el)) = &self.marked {
            if Some(k.as_str()) == key {
                return;
            }
            set_class(el, "undoc-marked", false);
            let _ = el.remove_attribute("aria-current");
        }
        self.marked = None;
        let Some(key) = key else { return };
        let found = self.find_para(key).or_else(|| {
            // A paragraph of a long document still to come brings the rest.
            self.pending.as_ref()?;
            self.finish();
            self.find_para(key)
        });
        let Some(el) = found else { return };
        set_class(&el, "undoc-marked", true);
        let _ = el.set_attribute("aria-current", "location");
        // Tab comes to the paragraph the link named.
        self.rove_to(&el);
        super::ctl::center(&el);
        self.marked = Some((key.to_owned(), el));
    }

    /// The paragraph named by `key` or its alias ([`para_alias`]).
    fn find_para(&self, key: &str) -> Option<Element> {
        // Keys are letters, digits, `-` and `.` (fragment.rs): safe inside the quotes.
        let find = |k: &str| {
            let sel = cat(&["[id=\"", &para_id(&self.prefix, k), "\"]"]);
            self.article.query_selector(&sel).ok().flatten()
        };
        find(key).or_else(|| para_alias(key).and_then(|k| find(&k)))
    }
}

/// Copies the citation or the link of the paragraph the control `button` is in: with
/// `navigator.clipboard.writeText`, else (no clipboard, or it refused) by selecting it in a
/// hidden field and `document.execCommand("copy")`; then says so in the status line.
pub(super) fn copy(shared: &Rc<RefCell<Option<Ctl>>>, button: &Element, what: Kind) {
    let found = with_ctl(shared, |c, _| {
        let p = button.closest(CITED).ok().flatten()?;
        let text = match what {
            Kind::Citation => c.citation(&p),
            Kind::Link => c.link(&p)?,
        };
        Some((text, hash::window_of(&c.article)?))
    });
    let Some((text, win)) = found.flatten() else {
        return;
    };
    let promise = write_text(&win, &text);
    let shared = shared.clone();
    let button = button.clone();
    let done = move |ok: bool| {
        let ok = ok || with_ctl(&shared, |c, _| by_selection(c, &button, &text)) == Some(true);
        let message = match (ok, what) {
            (true, Kind::Citation) => "Citation copied.",
            (true, Kind::Link) => "Link copied.",
            (false, _) => "Could not copy: the browser did not allow it.",
        };
        if let Some(status) = with_ctl(&shared, |c, _| c.announce(message)).flatten() {
            restore_later(&shared, status, message);
        }
    };
    match promise {
        Some(p) => settle(&p, done),
        None => done(false),
    }
}

/// `navigator.clipboard.writeText(text)`, if the page has it: its promise.
fn write_text(win: &web_sys::Window, text: &str) -> Option<js_sys::Promise> {
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok();
    let clipboard = get(&get(win, "navigator")?, "clipboard").filter(|c| c.is_object())?;
    let write = get(&clipboard, "writeText")?.unchecked_into::<js_sys::Function>();
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Calls `then(fulfilled)` once `promise` settles: one closure, called once, so nothing leaks.
fn settle(promise: &js_sys::Promise, then: impl FnOnce(bool) + 'static) {
    let all = js_sys::Array::new();
    all.push(promise);
    let settled = js_sys::Promise::all_settled(&all);
    let cb = super::ctl::once(move |results| {
        let first = results.unchecked_ref::<js_sys::Array>().get(0);
        let status = js_sys::Reflect::get(&first, &JsValue::from_str("status"))
            .ok()
            .and_then(|s| s.as_string());
        then(status.as_deref() == Some("fulfilled"));
    });
    let then_fn = js_sys::Reflect::get(&settled, &JsValue::from_str("then"))
        .ok()
        .map(JsCast::unchecked_into::<js_sys::Function>);
    if let Some(f) = then_fn {
        let _ = f.call1(&settled, &cb);
    }
}

/// The old way to copy: `text` selected in a field out of sight, `execCommand("copy")`, the
/// focus given back to `button`. Whether the browser says it copied.
fn by_selection(c: &Ctl, button: &Element, text: &str) -> bool {
    let Some(doc) = c.article.owner_document() else {
        return false;
    };
    let Ok(field) = doc.create_element("textarea") else {
        return false;
    };
    let _ = field.set_attribute("class", "undoc-copybuf");
    let _ = field.set_attribute("readonly", "");
    let _ = field.set_attribute("aria-hidden", "true");
    let _ = field.set_attribute("tabindex", "-1");
    field.set_text_content(Some(text));
    if c.article.append_child(&field).is_err() {
        return false;
    }
    let call = |target: &JsValue, name: &str, args: &js_sys::Array| {
        js_sys::Reflect::get(target, &JsValue::from_str(name))
            .ok()
            .map(JsCast::unchecked_into::<js_sys::Function>)
            .and_then(|f| f.apply(target, args).ok())
    };
    call(&field, "select", &js_sys::Array::new());
    let args = js_sys::Array::new();
    args.push(&JsValue::from_str("copy"));
    let ok = call(&doc, "execCommand", &args).is_some_and(|r| r.as_bool() == Some(true));
    field.remove();
    if let Some(b) = button.dyn_ref::<HtmlElement>() {
        focus(b);
    }
    ok
}

/// Puts the status line's own summary back after [`MESSAGE_MS`], unless it says something
/// else by then.
fn restore_later(shared: &Rc<RefCell<Option<Ctl>>>, status: Element, message: &'static str) {
    let Some(win) = hash::window_of(&status) else {
        return;
    };
    let shared = shared.clone();
    let cb = super::ctl::once(move |_| {
        if status.text_content().as_deref() == Some(message) {
            with_ctl(&shared, |c, _| c.update_status());
        }
    });
    let _ =
        win.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), MESSAGE_MS);
}
