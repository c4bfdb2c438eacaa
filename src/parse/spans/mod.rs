//! Inline spans: mentions of States, organizations and organs (from the gazetteer), dates, UN
//! document symbols, people, and footnote references — with UTF-16 offsets for JavaScript.

use crate::gazetteer::trie::Trie;
use crate::gazetteer::{self, Entity};
use crate::model::{Paragraph, ParagraphKind, Span, SpanKind};
use crate::text::one_of;
use crate::text::{
    find_dates_in, find_str, is_capitalized, slice, symbol_at, PartWords, Utf16Map, Word,
};

/// What span finding needs to know beyond the text.
#[derive(Debug, Default)]
pub struct Context {
    /// Names of signers, marked as people wherever they occur.
    pub people: Vec<String>,
    /// Footnote markers anchored in the text and their note numbers.
    pub markers: Vec<(String, u32)>,
    /// The distinct non-empty `people`, searched together (see [`Context::new`]).
    people_search: Option<People>,
    /// Spans the document may still have, if it has a budget (see [`Context::budget`]), and
    /// how many were left out past it.
    budget: Option<std::cell::Cell<usize>>,
    dropped: std::cell::Cell<usize>,
}

/// Names to find in one pass: the distinct names, in a trie.
#[derive(Debug)]
struct People {
    names: Vec<String>,
    trie: Trie,
}

impl Context {
    /// A context whose `people` are searched in one pass over each text, so that many
    /// signatures cost no more passes than one.
    pub fn new(people: Vec<String>, markers: Vec<(String, u32)>) -> Context {
        let mut names: Vec<String> = Vec::new();
        let mut trie = Trie::new(false);
        for p in &people {
            if trie.insert(p, names.len() as u32) {
                names.push(p.clone());
            }
        }
        Context {
            people,
            markers,
            people_search: Some(People { names, trie }),
            budget: None,
            dropped: std::cell::Cell::new(0),
        }
    }

    /// Caps the spans of a document of `bytes` bytes: one per 80 bytes of text, and 2,000 at
    /// least. Real letters have about one per 100 bytes; a text that repeats names ("CSTO NATO
    /// OSCE …") gets no more spans, notes and DOM nodes for its repetition.
    pub fn budget(mut self, bytes: usize) -> Context {
        self.budget = Some(std::cell::Cell::new(bytes / 80 + 2000));
        self
    }

    /// How many spans the budget left out.
    pub fn dropped(&self) -> usize {
        self.dropped.get()
    }
}

/// [`is_honorific`] of the word `w` of `text`: its first and last bytes read before the text
/// is sliced for it.
#[inline(always)]
fn word_is_honorific(text: &str, w: &Word) -> bool {
    matches!(
        w.first_byte(text),
        Some(b'M' | b'D' | b'H' | b'A' | b'E' | b'S' | b'P')
    ) && matches!(w.last_byte(text), Some(b'.' | b'r' | b'y' | b'h'))
        && is_honorific(w.text(text))
}

/// Whether `w` is an honorific before a person's name: a `match`, which tells most words apart
/// by their length, where a list compared every word with each entry. Inlined: it is asked of
/// every word.
#[inline(always)]
fn is_honorific(w: &str) -> bool {
    // The first and last bytes pass over most words before any comparison.
    matches!(
        w.as_bytes().first(),
        Some(b'M' | b'D' | b'H' | b'A' | b'E' | b'S' | b'P')
    ) && matches!(w.as_bytes().last(), Some(b'.' | b'r' | b'y' | b'h'))
        && matches!(
            w,
            "Mr."
                | "Ms."
                | "Mrs."
                | "Dr."
                | "H.E."
                | "Messrs."
                | "Ambassador"
                | "Excellency"
                | "Sheikh"
                | "Prof."
        )
}

const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "la", "van", "von", "bin", "al", "el", "ibn", "dos", "du", "le",
];

/// Where a span was found, in the order the sources are read: of two spans with the same start
/// and end, the one found first is kept.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
enum Source {
    /// A gazetteer entity; the payload is [`entity_code`].
    Entity,
    /// A date; the payload indexes `Found::side`.
    Date,
    /// A symbol as printed: the span's text.
    Symbol,
    /// A resolution cited by number; the payload indexes `Found::side`.
    Cited,
    /// A person after an honorific: the span's text.
    Honorific,
    /// A signer's name; the payload indexes the names searched.
    Signer,
    /// A footnote marker; the payload indexes [`Context::markers`].
    Marker,
}

const SOURCES: [Source; 7] = [
    Source::Entity,
    Source::Date,
    Source::Symbol,
    Source::Cited,
    Source::Honorific,
    Source::Signer,
    Source::Marker,
];

/// Spans before the overlaps are settled, each packed in one `u128` whose order is the order
/// they are kept in — start, longest first, then source and payload — so that a text of names
/// repeated past the budget costs 16 bytes and no allocation for each span it drops.
struct Found {
    spans: Vec<u128>,
    side: Vec<Option<SpanKind>>,
    /// How many spans the budget still takes, and how many settling has left out.
    keep: usize,
    dropped: usize,
    /// Spans starting before `frontier` are settled: what is kept of them is final, and no
    /// span found later starts before it. `floor` is where the last one chosen ends.
    frontier: usize,
    floor: usize,
}

impl Found {
    fn new(keep: usize) -> Found {
        Found {
            spans: Vec::new(),
            side: Vec::new(),
            keep,
            dropped: 0,
            frontier: 0,
            floor: 0,
        }
    }

    fn push(&mut self, s: usize, e: usize, source: Source, payload: u32) {
        let key = ((s as u64) << 32) | u64::from(u32::MAX - e as u32);
        let found = ((source as u64) << 32) | u64::from(payload);
        self.spans.push((u128::from(key) << 64) | u128::from(found));
    }

    fn push_kind(&mut self, s: usize, e: usize, source: Source, kind: SpanKind) {
        let payload = self.side.len() as u32;
        self.side.push(Some(kind));
        self.push(s, e, source, payload);
    }

    /// Settles the spans that start before `frontier`, which the caller vouches no span found
    /// later starts before: sorted, those overlapping one chosen before them dropped (a span
    /// chosen before the last frontier bounds those after it), and past the budget counted and
    /// let go. The result is what settling all spans at the end gives, with the list bounded.
    fn settle(&mut self, frontier: usize) {
        self.spans.sort_unstable();
        let (old, floor) = (self.frontier, self.floor);
        let mut last_end = 0;
        let mut chosen = 0;
        let keep = self.keep;
        let mut dropped = 0;
        let mut new_floor = floor;
        self.spans.retain(|&x| {
            let (s, e, ..) = unpack(x);
            // Not settled yet: a span found later may still start before it and take its place.
            if s >= frontier {
                return true;
            }
            let bound = if s >= old {
                last_end.max(floor)
            } else {
                last_end
            };
            if s < bound || e <= s {
                return false;
            }
            last_end = e;
            new_floor = e;
            chosen += 1;
            if chosen > keep {
                dropped += 1;
                return false;
            }
            true
        });
        self.dropped += dropped;
        self.frontier = self.frontier.max(frontier);
        self.floor = new_floor;
    }
}

/// One packed span: start, end, source and payload.
fn unpack(x: u128) -> (usize, usize, Source, u32) {
    let key = (x >> 64) as u64;
    let s = (key >> 32) as usize;
    let e = (u32::MAX - key as u32) as usize;
    let source = SOURCES[((x >> 32) as u32 as usize).min(SOURCES.len() - 1)];
    (s, e, source, x as u32)
}

/// An entity as a payload: its table in the high half, its index in the low.
fn entity_code(e: Entity) -> u32 {
    let (table, i) = match e {
        Entity::State(i) => (0, i),
        Entity::Organization(i) => (1, i),
        Entity::Organ(i) => (2, i),
        Entity::Place(i) => (3, i),
        Entity::Demonym(i) => (4, i),
    };
    (table << 16) | u32::from(i)
}

/// The kind of a gazetteer entity's span; `None` for places, which are not marked.
fn entity_kind(code: u32) -> Option<SpanKind> {
    let i = (code & 0xffff) as usize;
    match code >> 16 {
        0 => gazetteer::states().get(i).map(|s| SpanKind::State {
            code: s.code.to_string(),
        }),
        1 => gazetteer::organizations()
            .get(i)
            .map(|o| SpanKind::Organization {
                id: o.id.to_string(),
            }),
        2 => gazetteer::organs().get(i).map(|o| SpanKind::Organ {
            id: o.id.to_string(),
        }),
        4 => gazetteer::states().get(i).map(|s| SpanKind::Demonym {
            code: s.code.to_string(),
        }),
        _ => None,
    }
}

/// Spans settled: the packed spans kept, the kinds they point to, and how many the budget left
/// out.
struct Raw {
    spans: Vec<u128>,
    side: Vec<Option<SpanKind>>,
    dropped: usize,
}

impl Raw {
    /// The kept span `x` as the model's span, offsets in bytes; its note number if a marker.
    fn span(
        &mut self,
        x: u128,
        text: &str,
        ctx: &Context,
    ) -> Option<(usize, usize, SpanKind, Option<u32>)> {
        let (s, e, source, payload) = unpack(x);
        let printed = || slice(text, s, e).to_string();
        let mut note = None;
        let kind = match source {
            Source::Entity => entity_kind(payload)?,
            Source::Date | Source::Cited => self.side.get_mut(payload as usize)?.take()?,
            Source::Symbol => SpanKind::Symbol { symbol: printed() },
            Source::Honorific => SpanKind::Person { name: printed() },
            Source::Signer => {
                let names = match &ctx.people_search {
                    Some(p) => &p.names,
                    None => &ctx.people,
                };
                SpanKind::Person {
                    name: names.get(payload as usize)?.clone(),
                }
            }
            Source::Marker => {
                let (marker, number) = ctx.markers.get(payload as usize)?;
                note = Some(*number);
                SpanKind::NoteRef {
                    marker: marker.clone(),
                }
            }
        };
        Some((s, e, kind, note))
    }
}

/// Byte-offset spans before conversion; `ws` are the words of `text`.
fn raw_spans(text: &str, ws: PartWords<'_>, ctx: &Context, keep: usize) -> Raw {
    let mut out = Found::new(keep);
    // Whether a word is an honorific, noted on the pass over the words for dates: most
    // paragraphs have none, and need no pass over their words for people (below).
    let mut honorific = false;
    let words = ws
        .iter()
        .inspect(|w| honorific |= word_is_honorific(text, w));
    for d in find_dates_in(text, words) {
        out.push_kind(d.start, d.end, Source::Date, SpanKind::Date { iso: d.iso });
    }
    // Symbols start a word or follow "(".
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // The capital first: it is rarer than the bytes a symbol may follow.
        let at_start = || i == 0 || matches!(bytes[i - 1], b' ' | b'(' | b'[' | b'"');
        if bytes[i].is_ascii_uppercase() && at_start() {
            if let Some(e) = symbol_at(text, i) {
                out.push(i, e, Source::Symbol, 0);
                i = e;
                continue;
            }
        }
        i += 1;
    }
    // Resolutions and decisions cited by number link to their symbols.
    for c in super::text::cited(text) {
        let kind = SpanKind::Symbol { symbol: c.symbol };
        out.push_kind(c.start, c.end, Source::Cited, kind);
    }
    // People after an honorific: "Mr. Hans Blix", "H.E. Mr. Kofi A. Annan", "Mr. de Villepin".
    let n = if honorific { ws.count() } else { 0 };
    // Word `k`'s text; `k < n` wherever it is asked for.
    let word = |k: usize| ws.get(k).map_or("", |w| w.text(text));
    let mut k = 0;
    while k < n {
        if is_honorific(word(k)) {
            let mut j = k + 1;
            while j < n && is_honorific(word(j)) {
                j += 1;
            }
            let first = j;
            while j < n && j - first < 5 {
                let w = word(j).trim_end_matches([',', ';', ':', ')']);
                let w = if j > first && w.ends_with('.') && w.chars().count() > 2 {
                    w.trim_end_matches('.')
                } else {
                    w
                };
                let particle =
                    one_of(NAME_PARTICLES, w) && j + 1 < n && is_capitalized(word(j + 1));
                if !(is_capitalized(w) || particle) || super::text::is_function_word(w) {
                    break;
                }
                j += 1;
                if word(j - 1).ends_with([',', ';', ':', ')']) {
                    break;
                }
            }
            if let (true, Some(a), Some(b)) = (j > first, ws.get(first), ws.get(j.wrapping_sub(1)))
            {
                let s = a.start;
                let raw_end = b.end;
                let e = s + slice(text, s, raw_end)
                    .trim_end_matches([',', ';', ':', ')', '.'])
                    .len();
                // Initials keep their period: "Kofi A. Annan".
                out.push(s, e, Source::Honorific, 0);
            }
            k = j.max(k + 1);
        } else {
            k += 1;
        }
    }
    match &ctx.people_search {
        Some(People { names, trie }) if !names.is_empty() => {
            // Each name's occurrences left to right, without overlaps among themselves (a
            // match counts when it starts at or after the end of the last one of its name), as
            // a search name by name finds them; names may overlap one another.
            let mut last_end = vec![0usize; names.len()];
            let mut found = Vec::new();
            let bytes = text.as_bytes();
            for (s, &b) in bytes.iter().enumerate() {
                if trie.first(b).is_none() {
                    continue;
                }
                trie.matches_at(bytes, s, &mut found);
                for &(e, k) in &found {
                    let Some(end) = last_end.get_mut(k as usize) else {
                        continue;
                    };
                    if s >= *end {
                        *end = e;
                        out.push(s, e, Source::Signer, k);
                    }
                }
            }
        }
        Some(_) => {}
        None => {
            for (k, p) in ctx.people.iter().enumerate() {
                if p.is_empty() {
                    continue;
                }
                let mut from = 0;
                while let Some(rel) = text.get(from..).and_then(|t| t.find(p.as_str())) {
                    let s = from + rel;
                    out.push(s, s + p.len(), Source::Signer, k as u32);
                    from = s + p.len();
                }
            }
        }
    }
    // Footnote markers glued to a word: "list*", "Council**".
    for (k, (marker, _)) in ctx.markers.iter().enumerate() {
        let mut from = 0;
        // The start of the word the last match was in: found by reading back only to there.
        let mut word_start = 0;
        while let Some(rel) = text.get(from..).and_then(|t| find_str(t, marker)) {
            let s = from + rel;
            let e = s + marker.len();
            let glued = text[..s]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | ')' | '\u{201d}'));
            word_start = text[word_start..s]
                .rfind(' ')
                .map_or(word_start, |w| word_start + w + 1);
            let whole = !text[e..].starts_with('*')
                && !text[..s].ends_with('*')
                && !text[word_start..].starts_with('*');
            if glued && whole {
                out.push(s, e, Source::Marker, k as u32);
            }
            from = e;
        }
    }
    // By start, then longest first, then in the order found; the first of overlapping spans kept.
    // The gazetteer's mentions last, left to right: a text of repeated names has millions, and
    // the list is settled as they come (no span found after one starts before it).
    // Settled past four times the budget (and 65,536), then each time the list has doubled
    // since: spans of the other sources not yet settled stay, and must not be sorted again for
    // every name.
    let mut most = keep.saturating_mul(4).max(1 << 16);
    super::mentions::each_mention(text, |m| {
        let known = match m.entity {
            Entity::State(i) | Entity::Demonym(i) => usize::from(i) < gazetteer::states().len(),
            Entity::Organization(i) => usize::from(i) < gazetteer::organizations().len(),
            Entity::Organ(i) => usize::from(i) < gazetteer::organs().len(),
            Entity::Place(_) => false,
        };
        if known {
            if out.spans.len() >= most {
                out.settle(m.start);
                most = most.max(out.spans.len().saturating_mul(2));
            }
            out.push(m.start, m.end, Source::Entity, entity_code(m.entity));
        }
    });
    out.settle(usize::MAX);
    Raw {
        spans: out.spans,
        side: out.side,
        dropped: out.dropped,
    }
}

/// Spans of `text` with UTF-16 offsets.
pub fn spans(text: &str, ctx: &Context) -> Vec<Span> {
    let ws: Vec<Word> = super::text::words(text);
    spans_of_words(text, PartWords::new(&ws, 0, text.len()), ctx)
}

/// [`spans`] of a text whose words `ws` are known.
fn spans_of_words(text: &str, ws: PartWords<'_>, ctx: &Context) -> Vec<Span> {
    let mut map = Utf16Map::new(text);
    let left = ctx.budget.as_ref().map_or(usize::MAX, std::cell::Cell::get);
    let mut raw = raw_spans(text, ws, ctx, left);
    if let Some(left) = &ctx.budget {
        ctx.dropped.set(ctx.dropped.get() + raw.dropped);
        left.set(left.get() - raw.spans.len());
    }
    let kept = std::mem::take(&mut raw.spans);
    kept.into_iter()
        .filter_map(|x| {
            let (s, e, kind, note) = raw.span(x, text, ctx)?;
            let start = map.at(s);
            let end = map.at(e);
            Some(Span {
                start,
                end,
                note,
                kind,
            })
        })
        .collect()
}

/// A paragraph with its spans; `ws` are the words of `text`.
pub fn paragraph(
    text: &str,
    ws: PartWords<'_>,
    kind: ParagraphKind,
    marker: Option<String>,
    ctx: &Context,
) -> Paragraph {
    Paragraph {
        text: text.to_string(),
        kind,
        marker,
        spans: spans_of_words(text, ws, ctx),
    }
}

#[cfg(test)]
mod tests;
