//! The widget's entry in the page's URL fragment, `#key=states:ARM,RUS;note:3`, beside the
//! host's own entries (`&`), which are kept as they are.
//!
//! The URL and the history are the host's: the entry is written only when the reader acts
//! (never at load), with the page's absolute URL (a `<base href>` cannot send the address bar
//! elsewhere) and the host's `history.state` kept; a fragment longer than [`MAX_HASH`] is
//! neither read nor written; and at most once an animation frame: a burst of changes (a script
//! selecting in a loop) leaves the URL its last state on the next frame.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Window};

/// The longest fragment read or written, in UTF-16 units: past it the host owns the URL.
pub(super) const MAX_HASH: usize = 8 * 1024;

/// The key of an element id: ASCII letters, digits, `-` and `_` kept, any other byte as
/// `.hh`, so that no two ids give one key ("a.b" and "ab", "±" and "").
pub(super) fn encode_key(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            out.push(char::from(b));
        } else {
            out.push('.');
            out.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
        }
    }
    out
}

/// The value of our entry in `hash` (`states:ARM,RUS;note:3`), if it has one; nothing for a
/// fragment over [`MAX_HASH`].
fn entry<'a>(hash: &'a str, key: &str) -> Option<&'a str> {
    if hash.len() > MAX_HASH {
        return None;
    }
    hash.trim_start_matches('#').split('&').find_map(|part| {
        part.split_once('=')
            .filter(|(k, _)| *k == key)
            .map(|(_, v)| v)
    })
}

/// Reads our entry of `hash`: (states, note), or nothing when it has no entry of ours. The
/// value may be percent-encoded (`states:ARM%2CRUS`), as a link or a host's router may write it.
pub(super) fn parse_hash(hash: &str, key: &str) -> Option<(Vec<String>, Option<u32>)> {
    let v = entry(hash, key)?;
    let v = js_sys::decode_uri_component(v)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| v.to_string());
    let mut states = Vec::new();
    let mut note = None;
    for field in v.split(';') {
        if let Some(s) = field.strip_prefix("states:") {
            states = s
                .split(',')
                .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_alphabetic()))
                .map(|c| c.to_ascii_uppercase())
                .collect();
        } else if let Some(n) = field.strip_prefix("note:") {
            note = n.parse().ok().filter(|&n| n > 0);
        }
    }
    Some((states, note))
}

/// `hash` (with or without its `#`) with our entry set to `value`, or taken out for `None`;
/// the other entries kept in their order. Without a `#`.
pub(super) fn with_entry(hash: &str, key: &str, value: Option<&str>) -> String {
    let mut parts: Vec<&str> = hash
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(key))
        .collect();
    let entry = value.map(|v| format!("{key}={v}"));
    if let Some(e) = &entry {
        parts.push(e);
    }
    parts.join("&")
}

/// The window of the document `el` is in now (an iframe's, after `adoptNode`).
pub(super) fn window_of(el: &Element) -> Option<Window> {
    el.owner_document()?.default_view()
}

/// Reads our entry from `win`'s URL, if it has one.
pub(super) fn read(win: &Window, key: &str) -> Option<(Vec<String>, Option<u32>)> {
    parse_hash(&win.location().hash().unwrap_or_default(), key)
}

/// Writes asked for in a frame that has had its write: the last one of each window and key.
#[derive(Default)]
struct Frame {
    wrote: bool,
    pending: Vec<(Window, String, Option<String>)>,
}

thread_local! {
    static FRAME: RefCell<Frame> = RefCell::default();
}

/// Writes our entry into `win`'s URL: now, if this frame has had no write, else on the next
/// frame (the last value asked for wins).
pub(super) fn write(win: &Window, key: &str, value: Option<&str>) {
    let now = FRAME.with(|f| {
        let mut f = f.borrow_mut();
        if !f.wrote {
            f.wrote = true;
            return true;
        }
        let value = value.map(str::to_string);
        let same = |p: &&mut (Window, String, Option<String>)| {
            p.1 == key && JsValue::from(&p.0) == JsValue::from(win)
        };
        match f.pending.iter_mut().find(same) {
            Some(p) => p.2 = value,
            None => f.pending.push((win.clone(), key.to_string(), value)),
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
    let cb = Closure::once_into_js(move || {
        let pending = FRAME.with(|f| {
            let mut f = f.borrow_mut();
            let pending = std::mem::take(&mut f.pending);
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
        FRAME.with(|f| f.borrow_mut().wrote = false);
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
    if fragment == hash.trim_start_matches('#') {
        return;
    }
    let base = href.split('#').next().unwrap_or(&href);
    let url = if fragment.is_empty() {
        base.to_string()
    } else {
        format!("{base}#{fragment}")
    };
    if let Ok(h) = win.history() {
        let state = h.state().unwrap_or(JsValue::NULL);
        let _ = h.replace_state_with_url(&state, "", Some(&url));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    // wasm-bindgen tests: plain #[test]s of this wasm-only module never ran under wasm-pack.
    #[wasm_bindgen_test]
    fn entries_are_read_and_written_beside_the_hosts() {
        assert_eq!(
            parse_hash("#a=states:ARM,rus;note:3&b=states:CUB", "a"),
            Some((vec!["ARM".into(), "RUS".into()], Some(3)))
        );
        assert_eq!(parse_hash("#b=states:CUB", "a"), None);
        assert_eq!(parse_hash("", "a"), None);
        assert_eq!(parse_hash("#a=", "a"), Some((vec![], None)));
        assert_eq!(
            parse_hash("#a=states:ARM%2CRUS%3Bnote:2", "a"),
            Some((vec!["ARM".into(), "RUS".into()], Some(2)))
        );
        let long = format!("#a=states:RUS&x={}", "y".repeat(MAX_HASH));
        assert_eq!(parse_hash(&long, "a"), None);
        assert_eq!(
            with_entry("#comments", "a", Some("states:RUS")),
            "comments&a=states:RUS"
        );
        assert_eq!(with_entry("#comments&a=note:1", "a", None), "comments");
        assert_eq!(with_entry("", "a", None), "");
    }

    #[wasm_bindgen_test]
    fn keys_do_not_collide() {
        assert_eq!(encode_key("seed-1_x"), "seed-1_x");
        assert_ne!(encode_key("a.b"), encode_key("ab"));
        assert_eq!(encode_key("a.b"), "a.2eb");
        assert!(!encode_key("±").is_empty());
    }
}
