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

/// The trie. Children are kept as sibling lists, which are short below the first byte; the
/// children of the root, where most walks end, are also indexed by byte.
#[derive(Debug)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    root: [u32; 256],
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

    #[inline(always)]
    fn child(&self, node: u32, b: u8) -> Option<u32> {
        let mut c = self.nodes.get(node as usize)?.child;
        while let Some(n) = self.nodes.get(c as usize) {
            if n.byte == b {
                return Some(c);
            }
            c = n.sibling;
        }
        None
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
                n
            }
            n => n,
        };
        for &b in rest {
            let b = self.key(b);
            node = match self.child(node, b) {
                Some(c) => c,
                None => {
                    let first = self.nodes[node as usize].child;
                    let c = self.push(b, first);
                    self.nodes[node as usize].child = c;
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
        let Some(mut node) = bytes.get(start).and_then(|&b| self.first(b)) else {
            return;
        };
        let mut end = start + 1;
        loop {
            let Some(n) = self.nodes.get(node as usize) else {
                return;
            };
            if n.pattern != NONE {
                out.push((end, n.pattern));
            }
            let Some(next) = bytes.get(end).and_then(|&b| self.child(node, self.key(b))) else {
                return;
            };
            node = next;
            end += 1;
        }
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
}
