//! A long document mounted in pieces. The article is cut between blocks into tasks of bounded
//! size, so that no task of a browser's main thread parses, styles or lays out the whole of a
//! long document: the first screen shows at once and the rest follows a task at a time.
//!
//! The renderer marks the containers whose blocks may arrive in pieces (the article, the body,
//! a list, the signatures, an annex, the notes) and every place between two blocks. A task is a
//! few [`Insert`]s, each markup added at the end of the innermost container the page holds so
//! far; a container opened by an insert and left open is added with its close tag and becomes
//! the innermost, as the last element of its parent. Markup that has no mark inside (a
//! paragraph, the header card) is never cut.

use std::ops::Range;

use super::{render, RenderOptions};
use crate::model::Document;

/// A place in the fragment the renderer marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// The open tag at `start..end` begins a container.
    Open { start: usize, end: usize },
    /// The close tag at `start..end` ends the container last opened.
    Close { start: usize, end: usize },
    /// A block ends here.
    Cut(usize),
}

/// Markup added at the end of the page's innermost container.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Insert {
    /// Containers that end before it: the innermost are left, this many times.
    pub pops: usize,
    /// Markup of the fragment to add.
    pub range: Range<usize>,
    /// Close tags, innermost first, of the containers it opens and leaves open; each becomes
    /// the innermost container in turn (the last element of the one before).
    pub closes: Vec<Range<usize>>,
}

/// The fragment of [`crate::render_html`] and the tasks that mount it.
#[derive(Debug, Default)]
pub struct Chunked {
    pub html: String,
    pub tasks: Vec<Vec<Insert>>,
}

impl Chunked {
    /// The markup of one insert: its range, then the close tags of what it leaves open.
    pub fn markup(&self, ins: &Insert) -> String {
        let mut s = String::with_capacity(ins.range.len() + 16 * ins.closes.len());
        s.push_str(&self.html[ins.range.clone()]);
        for c in &ins.closes {
            s.push_str(&self.html[c.clone()]);
        }
        s
    }
}

/// Renders `doc` as [`crate::render_html`] does, cut into tasks: the first of about `first`
/// bytes of markup, each later one of about `each`; a fragment of `whole` bytes or fewer is one
/// task. A block larger than a task is a task of its own.
pub fn render_chunked(
    doc: &Document,
    opts: &RenderOptions,
    whole: usize,
    first: usize,
    each: usize,
) -> Chunked {
    let (html, marks) = render(doc, opts).finish_marked();
    let tasks = if html.len() <= whole {
        vec![vec![Insert {
            pops: 0,
            range: 0..html.len(),
            closes: Vec::new(),
        }]]
    } else {
        plan(&html, &marks, first, each)
    };
    Chunked { html, tasks }
}

/// The tasks for `html` cut at `marks`.
fn plan(html: &str, marks: &[Mark], first: usize, each: usize) -> Vec<Vec<Insert>> {
    let mut p = Planner {
        tasks: Vec::new(),
        task: Vec::new(),
        start: 0,
        pops: 0,
        open: Vec::new(),
        bytes: 0,
        budget: first.max(1),
    };
    // The close tag of each container, by the index of its open mark.
    let mut close_of = vec![0..0; marks.len()];
    let mut stack = Vec::new();
    for (i, m) in marks.iter().enumerate() {
        match *m {
            Mark::Open { .. } => stack.push(i),
            Mark::Close { start, end } => {
                if let Some(o) = stack.pop() {
                    close_of[o] = start..end;
                }
            }
            Mark::Cut(_) => {}
        }
    }
    let mut pos = 0;
    for (i, m) in marks.iter().enumerate() {
        match *m {
            Mark::Open { end, .. } => {
                p.bytes += end - pos;
                p.open.push(close_of[i].clone());
                pos = end;
            }
            Mark::Close { start, end } => {
                p.bytes += start - pos;
                if p.open.pop().is_some() {
                    // Opened by this insert: its close tag is part of it.
                    p.bytes += end - start;
                } else {
                    // Already on the page: what came before goes into it, then it is left.
                    p.flush(start);
                    p.pops += 1;
                    p.start = end;
                }
                pos = end;
            }
            Mark::Cut(at) => {
                p.bytes += at - pos;
                pos = at;
            }
        }
        if p.bytes >= p.budget {
            p.flush(pos);
            p.start = pos;
            p.end_task(each);
        }
    }
    p.bytes += html.len() - pos;
    p.flush(html.len());
    p.end_task(each);
    p.tasks
}

struct Planner {
    tasks: Vec<Vec<Insert>>,
    task: Vec<Insert>,
    /// Where the insert being planned starts.
    start: usize,
    /// Containers to leave before it.
    pops: usize,
    /// Close tags of the containers it opened and has not closed, outermost first.
    open: Vec<Range<usize>>,
    /// Markup planned for the task so far.
    bytes: usize,
    budget: usize,
}

impl Planner {
    /// Ends the insert at `end` (pops with no markup are kept for the next one).
    fn flush(&mut self, end: usize) {
        if end > self.start {
            let closes = self.open.iter().rev().cloned().collect();
            self.task.push(Insert {
                pops: std::mem::take(&mut self.pops),
                range: self.start..end,
                closes,
            });
        }
        // What it left open is on the page from now on.
        self.open.clear();
    }

    fn end_task(&mut self, each: usize) {
        if !self.task.is_empty() {
            self.tasks.push(std::mem::take(&mut self.task));
        }
        self.bytes = 0;
        self.budget = each.max(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds the page from the tasks as a browser would, with strings: the page so far, and
    /// the close tags of the containers it holds open.
    pub(super) fn replay(c: &Chunked) -> String {
        let mut page = String::new();
        let mut open: Vec<String> = Vec::new();
        for ins in c.tasks.iter().flatten() {
            for _ in 0..ins.pops {
                page.push_str(&open.pop().expect("a container to leave"));
            }
            page.push_str(&c.html[ins.range.clone()]);
            for close in ins.closes.iter().rev() {
                open.push(c.html[close.clone()].to_string());
            }
        }
        while let Some(close) = open.pop() {
            page.push_str(&close);
        }
        page
    }

    fn letter(paragraphs: usize) -> Document {
        let mut text = String::from(
            "Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General ",
        );
        for i in 1..=paragraphs {
            text.push_str(&format!(
                "{i}. Chile and Peru met in Lima on the matter of the treaty. "
            ));
        }
        text.push_str("(Signed) Juan Somavía Permanent Representative Annex Joint statement ");
        for i in 1..=paragraphs {
            text.push_str(&format!("{i}. The Ministers of Chile and Peru agree. "));
        }
        crate::parse(&text).unwrap()
    }

    #[test]
    fn the_pieces_make_the_whole() {
        let doc = letter(400);
        let opts = RenderOptions::default();
        let html = crate::render_html(&doc, &opts);
        for (first, each) in [(1, 1), (100, 50), (4096, 1024), (20_000, 8_000)] {
            let c = render_chunked(&doc, &opts, 0, first, each);
            assert_eq!(c.html, html);
            assert_eq!(replay(&c), html, "first {first}, each {each}");
            assert!(c.tasks.len() > 1);
        }
        let whole = render_chunked(&doc, &opts, usize::MAX, 10, 10);
        assert_eq!(whole.tasks.len(), 1);
        assert_eq!(replay(&whole), html);
    }

    #[test]
    fn every_corpus_document_is_rebuilt_from_its_pieces() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
        let mut n = 0;
        for set in std::fs::read_dir(root).unwrap().flatten() {
            let Ok(files) = std::fs::read_dir(set.path()) else {
                continue;
            };
            for f in files.flatten() {
                let path = f.path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let Ok(doc) = crate::parse(&text) else {
                    continue;
                };
                let opts = RenderOptions {
                    interactive: true,
                    ..RenderOptions::default()
                };
                let html = crate::render_html(&doc, &opts);
                for (first, each) in [(1, 1), (2_000, 500)] {
                    let c = render_chunked(&doc, &opts, 0, first, each);
                    assert_eq!(replay(&c), html, "{}", path.display());
                }
                n += 1;
            }
        }
        assert!(n > 200, "{n} documents");
    }

    // A text of one endless paragraph (words, or names the gazetteer marks) is not one task.
    #[test]
    fn a_paragraph_longer_than_a_task_arrives_in_pieces() {
        for unit in ["aaaa ", "CSTO NATO OSCE EU CIS ", "Ré&sumé <x> ", "aé"] {
            let doc = crate::parse(&unit.repeat(200_000 / unit.len())).unwrap();
            let opts = RenderOptions {
                interactive: true,
                ..RenderOptions::default()
            };
            let html = crate::render_html(&doc, &opts);
            let c = render_chunked(&doc, &opts, 0, 64 * 1024, 64 * 1024);
            assert_eq!(replay(&c), html, "{unit}");
            assert!(c.tasks.len() > 2, "{unit}: {} tasks", c.tasks.len());
            for (i, t) in c.tasks.iter().enumerate() {
                let bytes: usize = t.iter().map(|i| i.range.len()).sum();
                assert!(bytes < 100 * 1024, "{unit}: task {i} has {bytes} bytes");
            }
        }
    }

    #[test]
    fn tasks_keep_to_their_budget() {
        let doc = letter(400);
        let c = render_chunked(&doc, &RenderOptions::default(), 0, 8_000, 4_000);
        // The largest markup without a place to cut: the budget may be passed by that much.
        let largest = 1_200;
        for (i, t) in c.tasks.iter().enumerate() {
            let bytes: usize = t.iter().map(|i| i.range.len()).sum();
            let budget = if i == 0 { 8_000 } else { 4_000 };
            assert!(bytes < budget + largest, "task {i}: {bytes} bytes");
        }
        // The body's paragraphs and the annex's arrive over many tasks.
        assert!(c.tasks.len() > 10, "{} tasks", c.tasks.len());
    }
}
