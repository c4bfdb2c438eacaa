//! The cited paragraphs as one Tab stop: a roving tabindex (WAI-ARIA Authoring Practices). One
//! of them has `tabindex="0"` (the renderer gives it to the first), the others `-1`; on a focused
//! paragraph ArrowDown and ArrowUp move the focus and the stop to the next and previous one, Home
//! and End to the first and last. The stop also goes where the reader clicked or a link pointed,
//! so Tab comes back to the paragraph they were at. A long letter is then one step of Tab, not
//! one per paragraph.
//!
//! j and k are not bound: a letter key is a shortcut a speech-input user triggers by saying a
//! word, screen readers' quick keys and the host page's own shortcuts (or find-as-you-type) use
//! letters, and the focused paragraph is not an application that could claim them (WCAG 2.1.4).

use alloc::string::String;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use super::cite::CITED;
use super::ctl::{focus, query_all, Ctl};

/// The keys' hint, said once to screen readers and shown to keyboard users on focus.
pub(super) const KEYS_HINT: &str = "Arrow keys move between paragraphs";

impl Ctl {
    /// The paragraph that is the Tab stop now: the one the markup or the reader made it.
    pub(super) fn rover(&mut self) -> Option<Element> {
        if self.rover.is_none() {
            let sel = ".undoc-p[data-cite][tabindex=\"0\"]";
            self.rover = self.article.query_selector(sel).ok().flatten();
        }
        self.rover.clone()
    }

    /// Makes `p` the paragraphs' Tab stop; the one before goes back to `-1`.
    pub(super) fn rove_to(&mut self, p: &Element) {
        if let Some(old) = self.rover().filter(|o| o != p) {
            let _ = old.set_attribute("tabindex", "-1");
            let _ = old.remove_attribute("aria-describedby");
        }
        let _ = p.set_attribute("tabindex", "0");
        self.rover = Some(p.clone());
    }

    /// The focus came to `target`: a cited paragraph becomes the stop, shows the control and,
    /// until the reader has used the keys, is described by their hint; a button of the control
    /// makes its paragraph the stop (a click on it, the keyboard only reaches it there).
    pub(super) fn focused(&mut self, target: &Element) {
        let Ok(Some(p)) = target.closest(CITED) else {
            return;
        };
        if &p == target {
            self.cite_at(target);
            self.rove_to(&p);
            if !self.keys_used {
                let _ = p.set_attribute("aria-describedby", &self.keys_id());
            }
        } else if self.cite.as_ref().is_some_and(|c| c.contains(Some(target))) {
            self.rove_to(&p);
        }
    }

    /// The id of the keys' hint (in the control): one per widget, from its prefix.
    pub(super) fn keys_id(&self) -> String {
        crate::text::cat(&[&self.prefix, "-keys"])
    }

    /// Before Tab or Shift+Tab leaves `target`: the control into the stop, so that both ways
    /// meet it just after its paragraph, wherever the pointer left it.
    pub(super) fn cite_to_rover(&mut self, target: &Element) {
        if self.cite.as_ref().is_some_and(|c| c.contains(Some(target))) {
            return;
        }
        if let Some(p) = self.rover() {
            self.place_cite(&p);
        }
    }

    /// A key pressed on the cited paragraph `p`: moves the focus and the stop for ArrowDown,
    /// ArrowUp, Home and End. Whether it did (the page must not scroll as well).
    pub(super) fn rove_key(&mut self, p: &Element, k: &KeyboardEvent) -> bool {
        // With a modifier the key is the browser's or the screen reader's, not ours.
        if k.alt_key() || k.ctrl_key() || k.meta_key() || k.shift_key() {
            return false;
        }
        let key = k.key();
        let step: fn(&[Element], Option<usize>) -> Option<usize> = match key.as_str() {
            "ArrowDown" | "Down" => |all, at| at.map(|i| i + 1).filter(|&i| i < all.len()),
            "ArrowUp" | "Up" => |_, at| at?.checked_sub(1),
            "Home" => |_, _| Some(0),
            "End" => |all, _| all.len().checked_sub(1),
            _ => return false,
        };
        let mut all = query_all(&self.article, CITED);
        let at = all.iter().position(|q| q == p);
        let mut next = step(&all, at);
        // A long document still arriving: its next and last paragraphs are in what is to come.
        if self.pending.is_some() && (key == "End" || next.is_none()) {
            self.finish();
            all = query_all(&self.article, CITED);
            next = step(&all, at);
        }
        let Some(el) = next.and_then(|i| all.get(i)) else {
            return false;
        };
        // Home on the first paragraph, End on the last: nothing to move, nor to scroll.
        if el == p {
            return true;
        }
        // The reader knows the keys now: no more hint on each paragraph.
        self.keys_used = true;
        let _ = p.remove_attribute("aria-describedby");
        self.rove_to(el);
        // Our focusin listener cannot run while this state is borrowed: its work is done here.
        self.cite_at(el);
        if let Some(h) = el.dyn_ref::<HtmlElement>() {
            focus(h);
        }
        true
    }
}
