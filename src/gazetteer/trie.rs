//! A byte trie of patterns, walked from a given position: every pattern that matches there.
//!
//! Written by hand rather than taken from the `aho-corasick` crate, which undoc used before:
//! the crate was about a tenth of the WebAssembly module, and its automaton took longer to
//! build than the gazetteer's tables to parse. undoc only needs the patterns that start at a
//! given place (a mention of the gazetteer starts where a word does; a signer's name is looked
//! for at each byte), and a trie walked from there finds them in time proportional to the
//! length of the longest match, so a search stays linear in the text.

/// No node: the end of a sibling list, or a node without a pattern.
const NONE: u32 = u32::MAX;

/// One node: a byte (ASCII lower case when folding), the first of its children, the next of its
/// siblings, and the pattern that ends here.
#[derive(Debug, Clone, Copy)]
struct Node {
    byte: u8,
    child: u32,
    sibling: u32,
    pattern: u32,
}

/// The trie. Children are kept as sibling lists, which are short below the second byte; the
/// children of the root and their ASCII children, where most walks end, are also indexed by byte.
#[derive(Debug)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    root: [u32; 256],
    /// For each child of the root, a row of 128 entries: its child for each ASCII byte (`NONE`
    /// if none); the root's children have 2–16 children each, searched at every walk.
    rows: Vec<u32>,
    /// The row of each root's child, by its byte (`NONE` if none).
    row_of: [u32; 256],
    /// The byte each byte is stored and looked up as: its ASCII lower case when folding, else
    /// itself. A table rather than a test of a flag at every byte of a walk.
    keys: [u8; 256],
}

impl Trie {
    /// A trie that folds ASCII case (`fold`), or compares bytes as they are.
    pub(crate) fn new(fold: bool) -> Trie {
        let mut keys = [0u8; 256];
        for (k, b) in keys.iter_mut().zip(0u8..=255) {
            *k = if fold { b.to_ascii_lowercase() } else { b };
        }
        Trie {
            nodes: Vec::new(),
            root: [NONE; 256],
            rows: Vec::new(),
            row_of: [NONE; 256],
            keys,
        }
    }

    fn key(&self, b: u8) -> u8 {
        self.keys[usize::from(b)]
    }

    /// The node under the root for byte `b`: whether any pattern starts with it.
    #[inline(always)]
    pub(crate) fn first(&self, b: u8) -> Option<u32> {
        let n = self.root[usize::from(self.key(b))];
        (n != NONE).then_some(n)
    }

    fn child(&self, node: u32, b: u8) -> Option<u32> {
        self.child_of(self.nodes.get(node as usize)?.child, b)
    }

    fn push(&mut self, byte: u8, sibling: u32) -> u32 {
        let id = self.nodes.len() as u32;
        self.nodes.push(Node {
            byte,
            child: NONE,
            sibling,
            pattern: NONE,
        });
        id
    }

    /// Adds `pattern` as number `k`. False, and nothing added, when the pattern is empty or one
    /// with the same bytes (after folding) is there already: the first one keeps its place.
    pub(crate) fn insert(&mut self, pattern: &str, k: u32) -> bool {
        let Some((&b0, rest)) = pattern.as_bytes().split_first() else {
            return false;
        };
        let b0 = self.key(b0);
        let mut node = match self.root[usize::from(b0)] {
            NONE => {
                let n = self.push(b0, NONE);
                self.root[usize::from(b0)] = n;
                self.row_of[usize::from(b0)] = (self.rows.len() / 128) as u32;
                self.rows.extend([NONE; 128]);
                n
            }
            n => n,
        };
        for (depth, &b) in rest.iter().enumerate() {
            let b = self.key(b);
            node = match self.child(node, b) {
                Some(c) => c,
                None => {
                    let first = self.nodes[node as usize].child;
                    let c = self.push(b, first);
                    self.nodes[node as usize].child = c;
                    if depth == 0 && b < 128 {
                        let row = self.row_of[usize::from(b0)] as usize;
                        self.rows[row * 128 + usize::from(b)] = c;
                    }
                    c
                }
            };
        }
        let n = &mut self.nodes[node as usize];
        if n.pattern != NONE {
            return false;
        }
        n.pattern = k;
        true
    }

    /// Every pattern that matches `bytes` at `start`, as (end, pattern number), shortest first,
    /// into `out` (cleared first).
    pub(crate) fn matches_at(&self, bytes: &[u8], start: usize, out: &mut Vec<(usize, u32)>) {
        out.clear();
        let Some(k0) = bytes.get(start).map(|&b| usize::from(self.key(b))) else {
            return;
        };
        let Some(n) = self.nodes.get(self.root[k0] as usize) else {
            return;
        };
        if n.pattern != NONE {
            out.push((start + 1, n.pattern));
        }
        // The second byte from the root child's row when it is ASCII.
        let Some(&b1) = bytes.get(start + 1) else {
            return;
        };
        let k1 = self.key(b1);
        let mut node = if k1 < 128 {
            let row = self.row_of[k0] as usize;
            match self.rows.get(row * 128 + usize::from(k1)) {
                Some(&c) if c != NONE => c,
                _ => return,
            }
        } else {
            match self.child_of(n.child, k1) {
                Some(c) => c,
                None => return,
            }
        };
        let mut end = start + 2;
        while let Some(n) = self.nodes.get(node as usize) {
            if n.pattern != NONE {
                out.push((end, n.pattern));
            }
            let Some(next) = bytes
                .get(end)
                .and_then(|&b| self.child_of(n.child, self.key(b)))
            else {
                return;
            };
            node = next;
            end += 1;
        }
    }

    /// The node among the siblings from `first` whose byte is `b`.
    #[inline(always)]
    fn child_of(&self, first: u32, b: u8) -> Option<u32> {
        let mut c = first;
        while let Some(n) = self.nodes.get(c as usize) {
            if n.byte == b {
                return Some(c);
            }
            c = n.sibling;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_at_a_place() {
        let mut t = Trie::new(true);
        assert!(t.insert("EU", 0));
        assert!(t.insert("European Union", 1));
        assert!(t.insert("Euro", 2));
        assert!(!t.insert("eu", 3), "same bytes after folding");
        assert!(!t.insert("", 4));
        let mut out = Vec::new();
        t.matches_at(b"the EUROPEAN UNION.", 4, &mut out);
        assert_eq!(out, [(6, 0), (8, 2), (18, 1)]);
        t.matches_at(b"the EUROPEAN UNION.", 5, &mut out);
        assert!(out.is_empty());
        t.matches_at(b"Eu", 0, &mut out);
        assert_eq!(out, [(2, 0)]);
        t.matches_at(b"", 0, &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn exact_case_when_not_folding() {
        let mut t = Trie::new(false);
        assert!(t.insert("Ann", 0));
        assert!(t.insert("ann", 1));
        let mut out = Vec::new();
        t.matches_at("ann Ann é".as_bytes(), 4, &mut out);
        assert_eq!(out, [(7, 0)]);
        t.matches_at("ann Ann é".as_bytes(), 0, &mut out);
        assert_eq!(out, [(3, 1)]);
    }

    /// Every inserted pattern that `bytes` starts with at `start`, shortest first: what the
    /// walk with its rows must find.
    #[cfg(not(target_arch = "wasm32"))]
    fn naive(patterns: &[&str], fold: bool, bytes: &[u8], start: usize) -> Vec<(usize, u32)> {
        let same = |a: &[u8], b: &[u8]| {
            if fold {
                a.eq_ignore_ascii_case(b)
            } else {
                a == b
            }
        };
        let at = bytes.get(start..).unwrap_or_default();
        let mut out: Vec<(usize, u32)> = Vec::new();
        for (k, p) in patterns.iter().enumerate() {
            let p = p.as_bytes();
            // A pattern equal to an earlier one (after folding) was not inserted.
            let first = patterns.iter().position(|q| same(q.as_bytes(), p)) == Some(k);
            if first && !p.is_empty() && at.len() >= p.len() && same(&at[..p.len()], p) {
                out.push((start + p.len(), k as u32));
            }
        }
        out.sort_unstable();
        out
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn walks_find_every_pattern_at_a_place(
            patterns in proptest::collection::vec("[aAbB\u{e9}\u{c9} ]{1,4}", 0..12),
            text in "[aAbB\u{e9}\u{c9} ]{0,10}",
            fold in proptest::bool::ANY,
        ) {
            let pats: Vec<&str> = patterns.iter().map(String::as_str).collect();
            let mut t = Trie::new(fold);
            for (k, p) in pats.iter().enumerate() {
                t.insert(p, k as u32);
            }
            let mut out = Vec::new();
            for start in 0..=text.len() {
                t.matches_at(text.as_bytes(), start, &mut out);
                proptest::prop_assert_eq!(&out, &naive(&pats, fold, text.as_bytes(), start));
            }
        }
    }
}
