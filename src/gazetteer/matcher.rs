//! The matcher: mentions of the gazetteer's names in running text, by a walk of one trie from
//! each word start, each raw match checked for word boundaries and case (see the module docs).

use std::borrow::Cow;

use super::{gazetteer, Entity, Match, OrgInfo, OrganInfo, PlaceInfo, StateInfo};

/// All entity mentions in `text`, leftmost-longest, non-overlapping, sorted by start.
pub fn find(text: &str) -> Vec<Match> {
    find_iter(text).collect()
}

/// The mentions of States alone in `text`, as [`find`] gives them.
pub fn find_states(text: &str) -> Vec<Match> {
    find_iter(text)
        .filter(|m| matches!(m.entity, Entity::State(_)))
        .collect()
}

/// The mentions of [`find`], lazily: each one is found only when asked for, so that a caller
/// that needs the first mention, or those near the start, does not search a whole document.
pub fn find_iter(text: &str) -> FindIter<'_> {
    FindIter {
        text,
        pos: 0,
        ends: Vec::new(),
    }
}

/// Iterator of [`find_iter`].
pub struct FindIter<'a> {
    text: &'a str,
    pos: usize,
    /// The trie's matches at one offset: one buffer for all, not one allocation per mention.
    ends: Vec<(usize, u32)>,
}

impl Iterator for FindIter<'_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        let (text, g) = (self.text, gazetteer());
        let bytes = text.as_bytes();
        let mut ends = std::mem::take(&mut self.ends);
        let mut i = self.pos;
        // Whether the character before `i` is a letter or digit: then no mention starts at `i`
        // (`accepts` rejects every pattern there), so the trie is not even walked.
        let mut after_alnum = text
            .get(..i)
            .and_then(|t| t.chars().next_back())
            .is_some_and(char::is_alphanumeric);
        while let Some(&b) = bytes.get(i) {
            let (alnum, len) = if b < 0x80 {
                (ALNUM[usize::from(b)], 1)
            } else {
                match text.get(i..).and_then(|t| t.chars().next()) {
                    Some(c) => (c.is_alphanumeric(), c.len_utf8()),
                    None => (false, 1),
                }
            };
            if !after_alnum && g.starts[usize::from(b)] {
                // A mention that starts in ASCII lower case is one of a pattern that starts
                // with that very letter (see `accepts`): only those patterns are walked there.
                let trie = if b.is_ascii_lowercase() {
                    &g.lower
                } else {
                    &g.trie
                };
                // Every pattern matching at `i`, then the longest that passes the checks.
                trie.matches_at(bytes, i, &mut ends);
                for &(end, k) in ends.iter().rev() {
                    let Some(p) = g.patterns.get(k as usize) else {
                        continue;
                    };
                    if accepts(text, i, end, p) {
                        self.pos = end.max(i + 1);
                        self.ends = ends;
                        return Some(Match {
                            start: i,
                            end,
                            entity: p.entity,
                        });
                    }
                }
            }
            after_alnum = alnum;
            i += len;
            // Inside a word nothing starts: its ASCII letters and digits are passed over at once.
            if alnum {
                while bytes.get(i).is_some_and(|&c| ALNUM[usize::from(c)]) {
                    i += 1;
                }
            }
        }
        self.pos = bytes.len();
        None
    }
}

/// Whether each byte is an ASCII letter or digit: one load where the word's bytes are skipped.
const ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Whether a raw match of `p` at `start..end` is a real mention.
pub(super) fn accepts(text: &str, start: usize, end: usize, p: &Pattern) -> bool {
    let (Some(before), Some(matched), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return false;
    };
    if before
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        || after.chars().next().is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    if p.acronym {
        return matched == p.text;
    }
    let Some(c) = matched.chars().next() else {
        return false;
    };
    let p0 = p.text.chars().next().unwrap_or(' ');
    c.is_uppercase() || !c.is_alphabetic() || (p0.is_lowercase() && c == p0)
}

/// One pattern of the trie.
#[derive(Debug)]
pub(super) struct Pattern {
    /// The pattern text (one spelling variant): a slice of the table where it is spelled as
    /// written there, else a spelling made from it.
    pub(super) text: Cow<'static, str>,
    /// What it names.
    pub(super) entity: Entity,
    /// Short all-caps acronym: matched case-sensitively.
    pub(super) acronym: bool,
}

/// Every (entity, name) pair, in priority order: States, organizations, organs, places (and the
/// features among them), demonyms.
pub(super) fn raw_patterns(
    states: &[StateInfo],
    organizations: &[OrgInfo],
    organs: &[OrganInfo],
    places: &[PlaceInfo],
    demonyms: &[(&'static str, &'static str)],
) -> Vec<(Entity, &'static str)> {
    let mut out = Vec::new();
    for (i, s) in states.iter().enumerate() {
        let Ok(i) = u16::try_from(i) else { break };
        let e = Entity::State(i);
        out.push((e, s.name));
        out.push((e, s.formal));
        out.extend(s.aliases.iter().map(|&a| (e, a)));
    }
    for (i, o) in organizations.iter().enumerate() {
        let Ok(i) = u16::try_from(i) else { break };
        let e = Entity::Organization(i);
        if let Some(a) = o.acronym {
            out.push((e, a));
        }
        out.push((e, o.name));
        out.extend(o.aliases.iter().map(|&a| (e, a)));
    }
    for (i, o) in organs.iter().enumerate() {
        let Ok(i) = u16::try_from(i) else { break };
        let e = Entity::Organ(i);
        out.push((e, o.name));
        out.extend(o.aliases.iter().map(|&a| (e, a)));
    }
    for (i, p) in places.iter().enumerate() {
        let Ok(i) = u16::try_from(i) else { break };
        out.push((Entity::Place(i), p.name));
    }
    for &(code, word) in demonyms {
        if let Some(i) = states.iter().position(|s| s.code == code) {
            let Ok(i) = u16::try_from(i) else { break };
            out.push((Entity::Demonym(i), word));
        }
    }
    out.retain(|(_, n)| !n.trim().is_empty());
    out
}

/// The spellings of one name: itself, with the other apostrophe, and with non-ASCII letters in
/// upper case (ASCII case is folded by the trie). No duplicates. The name itself is borrowed
/// from the table: most names are ASCII without an apostrophe, and then it is the only spelling,
/// with nothing copied at first use.
pub(super) fn variants(name: &'static str) -> Vec<Cow<'static, str>> {
    let name = name.trim();
    if name.is_ascii() && !name.contains('\'') {
        return vec![Cow::Borrowed(name)];
    }
    let mut out = vec![Cow::Borrowed(name)];
    if name.contains('\'') {
        out.push(Cow::Owned(name.replace('\'', "\u{2019}")));
    }
    if name.contains('\u{2019}') {
        out.push(Cow::Owned(name.replace('\u{2019}', "'")));
    }
    for i in 0..out.len() {
        let mut upper = String::with_capacity(out[i].len());
        for c in out[i].chars() {
            if c.is_ascii() {
                upper.push(c);
            } else {
                crate::text::push_upper(&mut upper, c);
            }
        }
        if upper != out[i] {
            out.push(Cow::Owned(upper));
        }
    }
    out.dedup();
    out
}

/// A short all-caps acronym ("EU", "CSTO", "G20"): up to six ASCII upper-case letters or digits,
/// at least one a letter.
pub(super) fn is_acronym(s: &str) -> bool {
    (1..=6).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && s.bytes().any(|b| b.is_ascii_uppercase())
}
