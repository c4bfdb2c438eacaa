//! The widget's entry in the page's URL fragment, `#key=states:ARM,RUS;note:3;para:2`, beside
//! the host's own entries (`&`), which are kept as they are; its grammar is `fragment.rs`.
//!
//! The URL and the history are the host's: the entry is written only when the reader acts
//! (never at load), with the page's absolute URL (a `<base href>` cannot send the address bar
//! elsewhere) and the host's `history.state` kept; a fragment longer than [`MAX_HASH`] is
//! neither read nor written; and at most once an animation frame: a burst of changes (a script
//! selecting in a loop) leaves the URL its last state on the next frame.

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Window};

pub(super) use crate::fragment::{encode_key, with_entry, Entry, MAX_HASH};

/// The window of the document `el` is in now (an iframe's, after `adoptNode`).
pub(super) fn window_of(el: &Element) -> Option<Window> {
    el.owner_document()?.default_view()
}

/// Reads our entry from `win`'s URL, if it has one.
pub(super) fn read(win: &Window, key: &str) -> Option<Entry> {
    crate::fragment::read(&win.location().hash().unwrap_or_default(), key)
}

/// Writes asked for in a frame that has had its write: the last one of each window and key.
#[derive(Default)]
struct Frame {
    wrote: bool,
    pending: Vec<(Window, String, Option<String>)>,
}

/// The frame's writes, one for the whole module.
static FRAME: Single<RefCell<Frame>> = Single(RefCell::new(Frame {
    wrote: false,
    pending: Vec::new(),
}));

/// A value shared by the module's one thread: a `thread_local!` without std.
struct Single<T>(T);

// SAFETY: the module is built for wasm32 without the `atomics` target feature, where nothing
// runs on a second thread; the compile_error below keeps it so.
unsafe impl<T> Sync for Single<T> {}

#[cfg(target_feature = "atomics")]
compile_error!("hash.rs shares its FRAME as on a single thread");

impl<T> Single<RefCell<T>> {
    /// `f` on the value; `R`'s default if it is in use (never: nothing here calls back), where
    /// `borrow_mut` would bring a panic path.
    fn with<R: Default>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        self.0
            .try_borrow_mut()
            .map_or_else(|_| R::default(), |mut v| f(&mut v))
    }
}

/// Writes our entry into `win`'s URL: now, if this frame has had no write, else on the next
/// frame (the last value asked for wins).
pub(super) fn write(win: &Window, key: &str, value: Option<&str>) {
    let now = FRAME.with(|f| {
        if !f.wrote {
            f.wrote = true;
            return true;
        }
        let value = value.map(str::to_owned);
        let same = |p: &&mut (Window, String, Option<String>)| p.1 == key && p.0 == *win;
        match f.pending.iter_mut().find(same) {
            Some(p) => p.2 = value,
            None => f.pending.push((win.clone(), key.to_owned(), value)),
        }
        false
    });
    if now {
        write_now(win, key, value);
        next_frame(win);
    }
}

/// On `win`'s next frame: the writes put off, which make that frame's write.
fn next_frame(win: &Window) {
    let cb = super::ctl::once(move |_| {
        let pending = FRAME.with(|f| {
            let pending = core::mem::take(&mut f.pending);
            f.wrote = !pending.is_empty();
            pending
        });
        for (w, k, v) in &pending {
            write_now(w, k, v.as_deref());
        }
        if let Some((w, _, _)) = pending.first() {
            next_frame(w);
        }
    });
    if win.request_animation_frame(cb.unchecked_ref()).is_err() {
        FRAME.with(|f| f.wrote = false);
    }
}

/// Writes our entry into `win`'s URL with `replaceState`: the absolute URL, the history's
/// state kept; nothing when the entry is already so, or the fragment is over [`MAX_HASH`].
fn write_now(win: &Window, key: &str, value: Option<&str>) {
    let loc = win.location();
    let Ok(href) = loc.href() else { return };
    let hash = loc.hash().unwrap_or_default();
    if hash.len() > MAX_HASH {
        return;
    }
    let fragment = with_entry(&hash, key, value);
    if fragment == crate::text::skip(&hash, b'#') {
        return;
    }
    let base = crate::text::parts(&href, b'#').next().unwrap_or(&href);
    let url = if fragment.is_empty() {
        base.to_owned()
    } else {
        crate::text::cat(&[base, "#", &fragment])
    };
    if let Ok(h) = win.history() {
        let state = h.state().unwrap_or(JsValue::NULL);
        let _ = h.replace_state_with_url(&state, "", Some(&url));
    }
}
