//! The grammar of the widget's entry in a URL fragment, pure so that it is tested natively and
//! in the browser alike (the page's URL is read and written in `web/hash.rs`).
//!
//! ```text
//! #host-entry&KEY=states:ARM,RUS;note:3;para:annex-3&other=x
//! ```
//!
//! Entries are joined by `&`; ours is `KEY=` and fields joined by `;`: `states:` (ISO3 codes),
//! `note:` (a note's number), `para:` (a paragraph's pin key: `3`, `annex-3`, `annex2-3`, `3.1`,
//! `u2`). A field not known is passed over, so a link written by a newer widget still opens what
//! an older one knows; the value may be percent-encoded, as a host's router may write it.

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;

use crate::text::{cat, cut, int, parts, skip};

/// The longest fragment read or written, in bytes: past it the host owns the URL.
pub const MAX_HASH: usize = 8 * 1024;

/// The longest paragraph key read from a fragment.
const MAX_PARA: usize = 64;

/// What our entry says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// The selected signatories, ISO3 codes in upper case.
    pub states: Vec<String>,
    /// The open note.
    pub note: Option<u32>,
    /// The marked paragraph: its pin key.
    pub para: Option<String>,
}

impl Entry {
    /// The entry's value (`states:ARM,RUS;note:3;para:annex-3`), or `None` when it says nothing.
    pub fn value(&self) -> Option<String> {
        // Pushed, not joined: `join` is code of its own in the module for each separator.
        let mut out = String::new();
        let field = |out: &mut String, name: &str| {
            if !out.is_empty() {
                out.push(';');
            }
            out.push_str(name);
        };
        if !self.states.is_empty() {
            field(&mut out, "states:");
            for (i, s) in self.states.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(s);
            }
        }
        if let Some(n) = self.note {
            field(&mut out, "note:");
            out.push_str(&int(n.into()));
        }
        if let Some(p) = &self.para {
            field(&mut out, "para:");
            out.push_str(p);
        }
        (!out.is_empty()).then_some(out)
    }
}

/// The key of an element id: ASCII letters, digits, `-` and `_` kept, any other byte as
/// `.hh`, so that no two ids give one key ("a.b" and "ab", "±" and "").
pub fn encode_key(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            out.push(char::from(b));
        } else {
            out.push('.');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Reads our entry of `hash` (with or without its `#`); `None` when it has none of ours, or
/// the fragment is over [`MAX_HASH`].
pub fn read(hash: &str, key: &str) -> Option<Entry> {
    if hash.len() > MAX_HASH {
        return None;
    }
    let raw = parts(skip(hash, b'#'), b'&')
        .find_map(|part| cut(part, b'=').filter(|(k, _)| *k == key).map(|(_, v)| v))?;
    let v = percent_decode(raw).unwrap_or_else(|| raw.to_owned());
    let mut e = Entry::default();
    for field in parts(&v, b';') {
        if let Some(s) = field.strip_prefix("states:") {
            // A loop, not `collect`: each collecting iterator is code of its own in the module.
            e.states.clear();
            for c in parts(s, b',') {
                if c.len() == 3 && c.bytes().all(|b| b.is_ascii_alphabetic()) {
                    e.states.push(c.to_ascii_uppercase());
                }
            }
        } else if let Some(n) = field.strip_prefix("note:") {
            e.note = crate::text::number(n).filter(|&n| n > 0);
        } else if let Some(p) = field.strip_prefix("para:") {
            e.para = Some(p.to_owned()).filter(|p| is_para_key(p));
        }
    }
    Some(e)
}

/// Whether `p` can be a paragraph's key: letters, digits, `-` and `.`, not too long.
fn is_para_key(p: &str) -> bool {
    !p.is_empty()
        && p.len() <= MAX_PARA
        && p.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

/// `%hh` sequences decoded; `None` for a malformed one or one past ASCII (the value is then
/// read as it stands: nothing the grammar reads is outside ASCII, and UTF-8 decoding would
/// cost the module more than it reads).
fn percent_decode(s: &str) -> Option<String> {
    if !s.bytes().any(|b| b == b'%') {
        return Some(s.to_owned());
    }
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hi = hex(*bytes.get(i + 1)?)?;
            let lo = hex(*bytes.get(i + 2)?)?;
            let c = (hi << 4) | lo;
            if !c.is_ascii() {
                return None;
            }
            out.push(char::from(c));
            i += 3;
        } else {
            // `s` is a str: a byte past ASCII starts a char, kept whole.
            let ch = s.get(i..).and_then(|r| r.chars().next())?;
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    Some(out)
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// `hash` (with or without its `#`) with our entry set to `value`, or taken out for `None`;
/// the other entries kept in their order. Without a `#`.
pub fn with_entry(hash: &str, key: &str, value: Option<&str>) -> String {
    let mut out = String::new();
    let others = parts(skip(hash, b'#'), b'&')
        .filter(|p| !p.is_empty() && parts(p, b'=').next() != Some(key));
    let ours = value.map(|v| [key, "=", v]);
    for part in others.map(|p| [p, "", ""]).chain(ours) {
        if !out.is_empty() {
            out.push('&');
        }
        part.iter().for_each(|s| out.push_str(s));
    }
    out
}

/// The id of the paragraph whose pin key is `key`, in markup rendered with `prefix`.
pub fn para_id(prefix: &str, key: &str) -> String {
    cat(&[prefix, "-para-", key])
}

/// The other key a link may name the same paragraph by: a document's only annex is `annex-3`,
/// the first of several `annex1-3`, so a link stays good when the parser finds one more annex.
pub fn para_alias(key: &str) -> Option<String> {
    if let Some(rest) = key.strip_prefix("annex-") {
        return Some(cat(&["annex1-", rest]));
    }
    key.strip_prefix("annex1-")
        .map(|rest| cat(&["annex-", rest]))
}

#[cfg(test)]
mod tests {
    use super::*;
    // The same tests natively (`cargo test -p undoc-widget`) and in Chromium (`wasm-pack test`).
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn entry(states: &[&str], note: Option<u32>, para: Option<&str>) -> Entry {
        Entry {
            states: states.iter().map(|s| s.to_string()).collect(),
            note,
            para: para.map(str::to_string),
        }
    }

    #[test]
    fn entries_are_read_beside_the_hosts() {
        assert_eq!(
            read("#a=states:ARM,rus;note:3&b=states:CUB", "a"),
            Some(entry(&["ARM", "RUS"], Some(3), None))
        );
        assert_eq!(read("#b=states:CUB", "a"), None);
        assert_eq!(read("", "a"), None);
        assert_eq!(read("#a=", "a"), Some(Entry::default()));
        assert_eq!(
            read("#a=states:ARM%2CRUS%3Bnote:2", "a"),
            Some(entry(&["ARM", "RUS"], Some(2), None))
        );
        let long = format!("#a=states:RUS&x={}", "y".repeat(MAX_HASH));
        assert_eq!(read(&long, "a"), None);
    }

    #[test]
    fn paragraphs_are_read_and_links_of_before_still_open() {
        assert_eq!(
            read("#seed=para:annex-3", "seed"),
            Some(entry(&[], None, Some("annex-3")))
        );
        assert_eq!(
            read("#x=1&seed=states:RUS;para:annex2-3.1;note:4", "seed"),
            Some(entry(&["RUS"], Some(4), Some("annex2-3.1")))
        );
        assert_eq!(
            read("#seed=para%3Au2", "seed"),
            Some(entry(&[], None, Some("u2")))
        );
        // What a key cannot be is not read: a selector or markup in it, nothing, too long.
        for bad in ["para:\"]x", "para:<b>", "para:", "para:a b"] {
            assert_eq!(
                read(&format!("#seed={bad}"), "seed"),
                Some(Entry::default())
            );
        }
        let long = format!("#seed=para:{}", "1".repeat(MAX_PARA + 1));
        assert_eq!(read(&long, "seed"), Some(Entry::default()));
        // A link of before this grammar had a paragraph, and one with a field to come.
        assert_eq!(
            read("#seed=states:KGZ;note:2", "seed"),
            Some(entry(&["KGZ"], Some(2), None))
        );
        assert_eq!(
            read("#seed=note:2;later:x", "seed"),
            Some(entry(&[], Some(2), None))
        );
        // Malformed escapes and escapes past ASCII are read as they stand.
        assert_eq!(
            read("#seed=note:5;x:%zz", "seed"),
            Some(entry(&[], Some(5), None))
        );
        assert_eq!(
            read("#seed=note:5;x:%ff", "seed"),
            Some(entry(&[], Some(5), None))
        );
        assert_eq!(
            read("#seed=note:%35;x:é", "seed"),
            Some(entry(&[], Some(5), None))
        );
    }

    #[test]
    fn entries_are_written_beside_the_hosts() {
        assert_eq!(
            with_entry("#comments", "a", Some("states:RUS")),
            "comments&a=states:RUS"
        );
        assert_eq!(with_entry("#comments&a=note:1", "a", None), "comments");
        assert_eq!(with_entry("", "a", None), "");
        assert_eq!(
            entry(&["ARM", "RUS"], Some(3), Some("annex-3"))
                .value()
                .as_deref(),
            Some("states:ARM,RUS;note:3;para:annex-3")
        );
        assert_eq!(Entry::default().value(), None);
        let e = entry(&["KGZ"], None, Some("2"));
        let hash = with_entry("#top", "seed", e.value().as_deref());
        assert_eq!(read(&hash, "seed"), Some(e));
    }

    #[test]
    fn keys_do_not_collide() {
        assert_eq!(encode_key("seed-1_x"), "seed-1_x");
        assert_ne!(encode_key("a.b"), encode_key("ab"));
        assert_eq!(encode_key("a.b"), "a.2eb");
        assert!(!encode_key("±").is_empty());
    }

    #[test]
    fn an_only_annex_and_the_first_of_several_are_one_link() {
        assert_eq!(para_id("seed", "annex-3"), "seed-para-annex-3");
        assert_eq!(para_alias("annex-3").as_deref(), Some("annex1-3"));
        assert_eq!(para_alias("annex1-3.2").as_deref(), Some("annex-3.2"));
        assert_eq!(para_alias("annex2-3"), None);
        assert_eq!(para_alias("3"), None);
    }
}
