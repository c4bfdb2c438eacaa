//! The WebAssembly module behind `<un-collection>`: it owns the element's shadow tree through
//! web-sys — facets, list, pictures, the open `<un-document>` — and the page's URL when asked to.
//! Loading (the index, texts, dropped files through the parser's Web Worker) stays in the
//! element's JavaScript, which hands the results over here.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, KeyboardEvent, ShadowRoot};

use crate::document::DocumentJson;
use crate::index::{Collection, COLLECTION_VERSION};
use crate::query::{Explorer, Facet, Outcome};
use crate::search::terms;
use crate::url::State;
use crate::view;

const SHELL: &str = include_str!("shell.html");

struct App {
    root: ShadowRoot,
    x: Explorer,
    state: State,
    outcome: Outcome,
    expanded: Vec<Facet>,
    shown: usize,
    /// The index's URL: files resolve against it.
    base: String,
    /// Documents read in the browser (their texts are the search's, not at a URL).
    dropped: HashSet<usize>,
    hooks: JsValue,
    sync_url: bool,
    /// The open document's index, and its element.
    open: Option<(usize, Element)>,
    last_ms: f64,
    /// When the view was last written (performance.now()).
    rendered_at: f64,
    asked_bodies: bool,
    /// Texts that could not be fetched for the search, once fetching has ended.
    bodies_failed: Option<u32>,
    loading: Option<(u32, u32, u32)>,
}

type Shared = Rc<RefCell<App>>;
/// A listener kept so that `destroy` can remove it.
type Listener = (
    web_sys::EventTarget,
    &'static str,
    Closure<dyn FnMut(Event)>,
);

/// `<un-collection>`'s view of one collection.
#[wasm_bindgen]
pub struct CollectionView {
    app: Shared,
    listeners: Vec<Listener>,
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn hook(hooks: &JsValue, name: &str, arg: &JsValue) {
    if let Ok(f) = js_sys::Reflect::get(hooks, &JsValue::from_str(name)) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call1(hooks, arg);
        }
    }
}

/// The view the page's URL query describes.
fn page_state() -> State {
    (web_sys::window())
        .and_then(|w| w.location().search().ok())
        .map(|q| State::from_query(&q))
        .unwrap_or_default()
}

fn by(root: &ShadowRoot, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

fn css_escape(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_string()
            } else {
                format!("\\{:x} ", c as u32)
            }
        })
        .collect()
}

impl App {
    /// What identifies the focused control, to focus its new copy after a re-render.
    fn focused(&self) -> Option<String> {
        let el = self.root.active_element()?;
        let attr = |a: &str| el.get_attribute(a);
        if let (Some(f), Some(v)) = (attr("data-facet"), el.get_attribute("value")) {
            return Some(format!(
                "input[data-facet=\"{}\"][value=\"{}\"]",
                css_escape(&f),
                css_escape(&v)
            ));
        }
        for a in ["data-year", "data-expand", "data-doc", "data-pair"] {
            if let Some(v) = attr(a) {
                return Some(format!("[{a}=\"{}\"]", css_escape(&v)));
            }
        }
        attr("data-more").map(|_| "[data-more]".to_string())
    }

    fn render(&mut self) {
        let t = now();
        let focus = self.focused();
        self.outcome = self.x.run(&self.state.filters);
        let words = terms(&self.state.filters.query);
        let open = self.open.as_ref().map(|(i, _)| *i);
        let x = &self.x;
        let body = |i: usize| x.search.body(i);
        let parts = [
            (
                "[data-part=facets]",
                view::facets(&self.outcome, &self.state.filters, &self.expanded),
            ),
            (
                "[data-part=list]",
                view::list(
                    x,
                    &self.outcome,
                    &self.state.filters,
                    &words,
                    self.shown,
                    open,
                    &body,
                ),
            ),
            ("[data-part=matrix]", view::matrix(x, &self.outcome)),
        ];
        for (sel, html) in parts {
            if let Some(el) = by(&self.root, sel) {
                el.set_inner_html(&html);
            }
        }
        self.status();
        if let Some(el) = focus.and_then(|s| by(&self.root, &s)) {
            if let Ok(el) = el.dyn_into::<HtmlElement>() {
                let _ = el.focus();
            }
        }
        self.rendered_at = now();
        self.last_ms = self.rendered_at - t;
    }

    fn status(&self) {
        let f = &self.state.filters;
        let picked = f.picked.values().map(Vec::len).sum::<usize>()
            + usize::from(f.from.is_some() || f.to.is_some());
        if let Some(b) = by(&self.root, "[data-filters]") {
            b.set_text_content(Some(&if picked == 0 {
                "Filters".to_string()
            } else {
                format!("Filters ({picked})")
            }));
        }
        let mut s = view::summary(self.outcome.matched.len(), self.x.len());
        let searching = self.state.filters.searching();
        match self.bodies_failed {
            None if searching && self.x.search.bodies() < self.x.len() => s.push_str(&format!(
                " · searching titles, and the texts of {} of {}",
                self.x.search.bodies(),
                self.x.len()
            )),
            Some(n) if searching && n > 0 => s.push_str(&format!(
                " · {n} of the texts could not be read: their titles are searched"
            )),
            _ => {}
        }
        if let Some((done, total, errors)) = self.loading {
            s.push_str(&format!(" · read {done} of {total} files"));
            if errors > 0 {
                s.push_str(&format!(", {errors} could not be read"));
            }
        }
        if let Some(el) = by(&self.root, "[data-part=status]") {
            el.set_text_content(Some(&s));
        }
    }

    /// The URL of document `i`'s text, where it is one that can be fetched (never `javascript:`).
    fn url_of(&self, i: usize) -> Option<String> {
        let file = &self.x.collection.documents.get(i)?.file;
        let url = web_sys::Url::new_with_base(file, &self.base).ok()?;
        matches!(
            url.protocol().as_str(),
            "http:" | "https:" | "data:" | "blob:"
        )
        .then(|| url.href())
    }

    /// States to select in document `i`: those picked that sign it, and the members of the
    /// groups picked that sign it on its date.
    fn derived_selection(&self, i: usize) -> Vec<String> {
        let e = &self.x.collection.documents[i];
        let mut sel: Vec<String> = (self.state.filters.values(Facet::State).iter())
            .filter(|s| e.signing_states().contains(s))
            .cloned()
            .collect();
        for g in self.state.filters.values(Facet::Group) {
            for m in self.x.members_signing(g, i) {
                if !sel.iter().any(|s| s == m) {
                    sel.push(m.to_string());
                }
            }
        }
        sel
    }

    /// Shows the document the state names (or none), unless it is already shown.
    fn show_document(&mut self) {
        let want = (self.state.doc.as_ref()).and_then(|f| {
            self.x
                .collection
                .documents
                .iter()
                .position(|e| &e.file == f)
        });
        let reader = by(&self.root, "[data-part=reader]");
        let Some(reader) = reader else { return };
        let Some(i) = want else {
            self.open = None;
            reader.set_inner_html("");
            let _ = reader.set_attribute("hidden", "");
            return;
        };
        let sel = self
            .state
            .selected
            .clone()
            .unwrap_or_else(|| self.derived_selection(i));
        if let Some((j, el)) = &self.open {
            if *j == i {
                let _ = el.set_attribute("signatories", &sel.join(" "));
                return;
            }
        }
        let _ = reader.remove_attribute("hidden");
        let e = &self.x.collection.documents[i];
        let mut head = String::from("<div class=\"reader-head\"><button type=\"button\" data-close>Close</button> <span class=\"symbol\">");
        let name = e
            .symbol
            .as_deref()
            .or(e.date.as_deref())
            .unwrap_or("Document");
        view::escape(name, &mut head);
        head.push_str("</span></div>");
        reader.set_inner_html(&head);
        let text = self
            .dropped
            .contains(&i)
            .then(|| self.x.search.body(i))
            .flatten();
        let url = self.url_of(i);
        if text.is_none() && url.is_none() {
            let mut p = String::from("<p role=\"alert\" part=\"error\">This document's text is not at an address that can be loaded: ");
            view::escape(&e.file, &mut p);
            p.push_str("</p>");
            let _ = reader.insert_adjacent_html("beforeend", &p);
            self.open = None;
            return;
        }
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(el) = doc.create_element("un-document") else {
            return;
        };
        let _ = el.set_attribute("part", "document");
        let _ = el.set_attribute("signatories", &sel.join(" "));
        if let Some(text) = text {
            let _ = js_sys::Reflect::set(&el, &"text".into(), &JsValue::from_str(text));
        } else if let Some(url) = url {
            let _ = el.set_attribute("src", &url);
        }
        let _ = reader.append_child(&el);
        if let Some(n) = self.state.note {
            let el2 = el.clone();
            let open_note = Closure::once_into_js(move |_: JsValue| {
                if let Ok(f) = js_sys::Reflect::get(&el2, &"openNote".into()) {
                    if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                        let _ = f.call1(&el2, &JsValue::from(n));
                    }
                }
            });
            if let Ok(p) = js_sys::Reflect::get(&el, &"ready".into()) {
                let then = js_sys::Reflect::get(&p, &"then".into()).ok();
                if let Some(then) = then.as_ref().and_then(|t| t.dyn_ref::<js_sys::Function>()) {
                    let _ = then.call1(&p, &open_note);
                }
            }
        }
        self.open = Some((i, el));
    }

    /// Writes the state into the URL: a new history entry, or (`replace`) the current one.
    fn remember(&self, replace: bool) {
        if !self.sync_url {
            return;
        }
        let Some(w) = web_sys::window() else { return };
        let Ok(history) = w.history() else { return };
        let q = self.state.to_query();
        let path = w.location().pathname().unwrap_or_default();
        let url = if q.is_empty() {
            path
        } else {
            format!("{path}?{q}")
        };
        let url = url + &w.location().hash().unwrap_or_default();
        let _ = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }

    fn changed(&mut self, replace: bool) {
        self.shown = view::PAGE;
        self.render();
        if self.state.doc.is_some() && self.state.selected.is_none() {
            self.show_document();
        }
        self.want_bodies();
        self.remember(replace);
    }

    /// A search needs the texts: the element is asked for them once.
    fn want_bodies(&mut self) {
        if self.state.filters.searching() && !self.asked_bodies {
            self.asked_bodies = true;
            hook(&self.hooks, "wantBodies", &JsValue::UNDEFINED);
        }
    }

    /// Puts the state's search in the search box.
    fn show_query(&self) {
        if let Some(q) =
            by(&self.root, "[data-part=search]").and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        {
            q.set_value(&self.state.filters.query);
        }
    }

    /// Shows the view `state` describes (a URL's), the search box included.
    fn restore(&mut self, state: State) {
        self.state = state;
        self.shown = view::PAGE;
        self.show_query();
        self.render();
        self.show_document();
        self.want_bodies();
    }

    /// Opens document `file` (or, with `None`, closes the open one) with the picks' selection.
    fn open_doc(&mut self, file: Option<String>) {
        self.state.doc = file;
        self.state.selected = None;
        self.state.note = None;
        self.show_document();
        self.render();
        self.remember(false);
    }

    fn on_click(&mut self, target: &Element) {
        let closest = |sel: &str| target.closest(sel).ok().flatten();
        if let Some(b) = closest("[data-doc]") {
            let Some(i) = b
                .get_attribute("data-doc")
                .and_then(|v| v.parse::<usize>().ok())
            else {
                return;
            };
            if let Some(e) = self.x.collection.documents.get(i) {
                self.open_doc(Some(e.file.clone()));
            }
        } else if closest("[data-close]").is_some() {
            self.open_doc(None);
        } else if let Some(b) = closest("[data-expand]") {
            if let Some(f) = b
                .get_attribute("data-expand")
                .and_then(|k| Facet::from_key(&k))
            {
                match self.expanded.iter().position(|&g| g == f) {
                    Some(k) => {
                        self.expanded.remove(k);
                    }
                    None => self.expanded.push(f),
                }
                self.render();
            }
        } else if closest("[data-more]").is_some() {
            self.shown += view::PAGE;
            self.render();
        } else if let Some(b) = closest("[data-pair]") {
            let pair = b.get_attribute("data-pair").unwrap_or_default();
            for s in pair.split(',') {
                if !self.state.filters.is_picked(Facet::State, s) {
                    self.state.filters.toggle(Facet::State, s);
                }
            }
            self.changed(false);
        } else if let Some(b) = closest("[data-bar]") {
            if let Some(y) = b.get_attribute("data-bar").and_then(|v| v.parse().ok()) {
                let f = &mut self.state.filters;
                if f.from == Some(y) && f.to == Some(y) {
                    (f.from, f.to) = (None, None);
                } else {
                    (f.from, f.to) = (Some(y), Some(y));
                }
                self.changed(false);
            }
        } else if let Some(b) = closest("[data-filters]") {
            // Phones: the filters fold away above the list.
            let open = b.get_attribute("aria-expanded").as_deref() != Some("true");
            let _ = b.set_attribute("aria-expanded", if open { "true" } else { "false" });
            if let Some(x) = by(&self.root, ".explorer") {
                let _ = x.class_list().toggle_with_force("filters-open", open);
            }
        } else if closest("[data-clear]").is_some() {
            self.state.filters = Default::default();
            self.show_query();
            self.changed(false);
        }
    }

    fn on_change(&mut self, target: &Element) {
        let Some(input) = target.dyn_ref::<HtmlInputElement>() else {
            return;
        };
        if let Some(f) = target
            .get_attribute("data-facet")
            .and_then(|k| Facet::from_key(&k))
        {
            self.state.filters.toggle(f, &input.value());
            self.changed(false);
        } else if let Some(which) = target.get_attribute("data-year") {
            let y = input.value().trim().parse::<u16>().ok();
            if which == "from" {
                self.state.filters.from = y;
            } else {
                self.state.filters.to = y;
            }
            self.changed(false);
        } else if target.has_attribute("data-files") {
            if let Some(files) = input.files() {
                hook(&self.hooks, "addFiles", &files);
            }
            input.set_value("");
        }
    }

    fn on_input(&mut self, target: &Element) {
        if target.get_attribute("data-part").as_deref() == Some("search") {
            if let Some(q) = target.dyn_ref::<HtmlInputElement>() {
                let was_searching = self.state.filters.searching();
                self.state.filters.query = q.value();
                // Typing refines one entry of history; starting a search makes a new one.
                self.changed(was_searching);
            }
        }
    }

    /// Arrow keys, Home and End move through the list (one tab stop for the whole list).
    fn on_key(&mut self, target: &Element, e: &KeyboardEvent) {
        if target.get_attribute("data-doc").is_none() {
            return;
        }
        let Ok(list) = self.root.query_selector_all("[data-doc]") else {
            return;
        };
        let n = list.length();
        let here = (0..n).find(|&k| list.get(k).is_some_and(|el| el.is_same_node(Some(target))));
        let Some(here) = here else { return };
        let next = match e.key().as_str() {
            "ArrowDown" => (here + 1).min(n - 1),
            "ArrowUp" => here.saturating_sub(1),
            "Home" => 0,
            "End" => n - 1,
            _ => return,
        };
        e.prevent_default();
        for k in 0..n {
            if let Some(el) = list.get(k).and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
                let _ = el.set_attribute("tabindex", if k == next { "0" } else { "-1" });
                if k == next {
                    let _ = el.focus();
                }
            }
        }
    }

    /// What the open `<un-document>` reports: selections and notes go into the URL.
    fn on_document_event(&mut self, e: &Event) {
        if self.open.is_none() {
            return;
        }
        let detail = e
            .dyn_ref::<web_sys::CustomEvent>()
            .map(|c| c.detail())
            .unwrap_or(JsValue::UNDEFINED);
        let get = |k: &str| js_sys::Reflect::get(&detail, &k.into()).unwrap_or(JsValue::UNDEFINED);
        match e.type_().as_str() {
            "undoc-signatorychange" => {
                let sel: Vec<String> = js_sys::Array::from(&get("selected"))
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect();
                self.state.selected = Some(sel);
            }
            "undoc-noteopen" => self.state.note = get("number").as_f64().map(|n| n as u32),
            "undoc-noteclose" => self.state.note = None,
            _ => return,
        }
        self.remember(true);
    }
}

#[wasm_bindgen]
impl CollectionView {
    /// Shows the collection whose index is `index_json` (the text of `collection.json`) in
    /// `root`. `options`: `{base, css, syncUrl, hooks: {addFiles(files), wantBodies()}}`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        root: ShadowRoot,
        index_json: &str,
        options: JsValue,
    ) -> Result<CollectionView, JsError> {
        let collection: Collection = if index_json.trim().is_empty() {
            Collection {
                version: COLLECTION_VERSION,
                ..Default::default()
            }
        } else {
            serde_json::from_str(index_json)
                .map_err(|e| JsError::new(&format!("the collection's index is not valid: {e}")))?
        };
        if collection.version > COLLECTION_VERSION {
            return Err(JsError::new(&format!(
                "the collection's index has version {}; this explorer reads up to {COLLECTION_VERSION}",
                collection.version
            )));
        }
        let get = |k: &str| js_sys::Reflect::get(&options, &k.into()).unwrap_or(JsValue::UNDEFINED);
        let base = get("base").as_string().unwrap_or_default();
        let sync_url = get("syncUrl").as_bool().unwrap_or(false);
        root.set_inner_html(SHELL);
        if let (Some(link), Some(css)) = (by(&root, "[data-part=css]"), get("css").as_string()) {
            let _ = link.set_attribute("href", &css);
        }
        let app = App {
            root: root.clone(),
            x: Explorer::new(collection),
            state: State::default(),
            outcome: Outcome::default(),
            expanded: Vec::new(),
            shown: view::PAGE,
            base,
            dropped: HashSet::new(),
            hooks: get("hooks"),
            sync_url,
            open: None,
            last_ms: 0.0,
            rendered_at: 0.0,
            asked_bodies: false,
            bodies_failed: None,
            loading: None,
        };
        let mut me = CollectionView {
            app: Rc::new(RefCell::new(app)),
            listeners: Vec::new(),
        };
        me.listen(root.clone().into(), "click", |a, e| {
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                a.on_click(&t);
            }
        });
        me.listen(root.clone().into(), "change", |a, e| {
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                a.on_change(&t);
            }
        });
        me.listen(root.clone().into(), "input", |a, e| {
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                a.on_input(&t);
            }
        });
        me.listen(root.clone().into(), "keydown", |a, e| {
            if let (Some(t), Some(k)) = (
                e.target().and_then(|t| t.dyn_into::<Element>().ok()),
                e.dyn_ref::<KeyboardEvent>(),
            ) {
                a.on_key(&t, k);
            }
        });
        for t in ["undoc-signatorychange", "undoc-noteopen", "undoc-noteclose"] {
            me.listen(root.clone().into(), t, |a, e| a.on_document_event(e));
        }
        me.listen(root.clone().into(), "dragover", |_, e| e.prevent_default());
        me.listen(root.clone().into(), "drop", |a, e| {
            e.prevent_default();
            let files = e
                .dyn_ref::<web_sys::DragEvent>()
                .and_then(|d| d.data_transfer())
                .and_then(|d| d.files());
            if let Some(files) = files {
                hook(&a.hooks, "addFiles", &files);
            }
        });
        if sync_url {
            if let Some(w) = web_sys::window() {
                me.listen(w.into(), "popstate", |a, _| a.restore(page_state()));
            }
        }
        let state = if sync_url {
            page_state()
        } else {
            State::default()
        };
        me.app.borrow_mut().restore(state);
        Ok(me)
    }

    fn listen(
        &mut self,
        target: web_sys::EventTarget,
        name: &'static str,
        f: fn(&mut App, &Event),
    ) {
        let app = self.app.clone();
        let c = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
            // A re-entrant event (focus moved by a render) finds the app busy and is dropped.
            if let Ok(mut a) = app.try_borrow_mut() {
                f(&mut a, &e);
            }
        });
        let _ = target.add_event_listener_with_callback(name, c.as_ref().unchecked_ref());
        self.listeners.push((target, name, c));
    }

    /// Adds documents read in the browser: each `Document` as the parser module's `parse` gives
    /// it, the name of its file, its size in bytes and its text.
    #[wasm_bindgen(js_name = addDocuments)]
    pub fn add_documents(
        &self,
        #[wasm_bindgen(unchecked_param_type = "object[]")] docs: JsValue,
        files: Vec<String>,
        sizes: Vec<u32>,
        texts: Vec<String>,
    ) -> Result<(), JsError> {
        let docs: Vec<DocumentJson> =
            serde_wasm_bindgen::from_value(docs).map_err(|e| JsError::new(&e.to_string()))?;
        let entries = (docs.into_iter().zip(&files).zip(&sizes))
            .map(|((d, f), &n)| d.entry(f, n as usize))
            .collect();
        let mut a = self.app.borrow_mut();
        let first = a.x.len();
        a.x.add(entries);
        for (k, t) in texts.into_iter().enumerate() {
            a.x.search.add_body(first + k, t);
            a.dropped.insert(first + k);
        }
        a.render();
        Ok(())
    }

    /// Adds the texts of documents `docs` (indexes) for the full-text search.
    #[wasm_bindgen(js_name = addBodies)]
    pub fn add_bodies(&self, docs: Vec<u32>, texts: Vec<String>) {
        let mut a = self.app.borrow_mut();
        for (i, t) in docs.into_iter().zip(texts) {
            a.x.search.add_body(i as usize, t);
        }
        // Texts arrive in batches: the list follows them once a second, the status line always.
        if a.state.filters.searching() && now() - a.rendered_at > 1000.0 {
            a.render();
        } else {
            a.status();
        }
    }

    /// Fetching the texts has ended; `failed` of them could not be read.
    #[wasm_bindgen(js_name = bodiesDone)]
    pub fn bodies_done(&self, failed: u32) {
        let mut a = self.app.borrow_mut();
        a.bodies_failed = Some(failed);
        if a.state.filters.searching() {
            a.render();
        } else {
            a.status();
        }
    }

    /// `[index, url]` of each document whose text the search has not read yet.
    #[wasm_bindgen(js_name = missingBodies, unchecked_return_type = "[number, string][]")]
    pub fn missing_bodies(&self) -> js_sys::Array {
        let a = self.app.borrow();
        let out = js_sys::Array::new();
        for i in 0..a.x.len() {
            if !a.x.search.has_body(i) {
                if let Some(u) = a.url_of(i) {
                    out.push(&js_sys::Array::of2(
                        &JsValue::from(i as u32),
                        &JsValue::from_str(&u),
                    ));
                }
            }
        }
        out
    }

    /// Shows how far reading dropped files has come (`done == total` ends it).
    pub fn progress(&self, done: u32, total: u32, errors: u32) {
        let mut a = self.app.borrow_mut();
        a.loading = (done < total || errors > 0).then_some((done, total, errors));
        a.status();
    }

    /// Documents in the list now.
    #[wasm_bindgen(getter)]
    pub fn count(&self) -> u32 {
        self.app.borrow().outcome.matched.len() as u32
    }

    /// Documents in the collection.
    #[wasm_bindgen(getter)]
    pub fn total(&self) -> u32 {
        self.app.borrow().x.len() as u32
    }

    /// Milliseconds the last update of the view took (filters run and markup written).
    #[wasm_bindgen(getter, js_name = lastUpdateMs)]
    pub fn last_update_ms(&self) -> f64 {
        self.app.borrow().last_ms
    }

    /// The state as a URL query (without `?`).
    #[wasm_bindgen(getter)]
    pub fn query(&self) -> String {
        self.app.borrow().state.to_query()
    }

    /// Shows the view a URL query describes.
    #[wasm_bindgen(js_name = setQuery)]
    pub fn set_query(&self, query: &str) {
        let mut a = self.app.borrow_mut();
        a.restore(State::from_query(query));
        a.remember(true);
    }

    /// Removes the listeners (the element is gone).
    pub fn destroy(&mut self) {
        for (t, name, c) in self.listeners.drain(..) {
            let _ = t.remove_event_listener_with_callback(name, c.as_ref().unchecked_ref());
        }
    }
}

impl Drop for CollectionView {
    fn drop(&mut self) {
        self.destroy();
    }
}
