//! A long document mounted a task at a time (the core's `render_chunked`): the first task when
//! `mount` runs, each later one in a task of its own (`setTimeout`), so that the page stays
//! responsive however long the document. A hidden page gets the rest at once: nobody waits on
//! it, and its timers are throttled to one a second.

use alloc::vec;
use alloc::vec::Vec;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::data::Insert;

/// The tasks still to run.
pub(super) struct Pending {
    tasks: Vec<Vec<Insert>>,
    next: usize,
    /// The containers the page holds open, innermost last; the first is the mount point.
    stack: Vec<Element>,
    /// `rendered()` promises to resolve when the last task has run.
    waiters: Vec<js_sys::Function>,
}

impl Pending {
    pub(super) fn new(tasks: Vec<Vec<Insert>>, container: Element) -> Pending {
        Pending {
            tasks,
            next: 0,
            stack: vec![container],
            waiters: Vec::new(),
        }
    }

    pub(super) fn done(&self) -> bool {
        self.next >= self.tasks.len()
    }

    /// Runs the next task; returns the elements it added to the page, outermost only.
    pub(super) fn run_next(&mut self) -> Result<Vec<Element>, JsValue> {
        let Some(task) = self.tasks.get_mut(self.next) else {
            return Ok(Vec::new());
        };
        self.next += 1;
        // Each piece is added once: its markup is not kept.
        let task = core::mem::take(task);
        let mut added = Vec::new();
        for ins in &task {
            insert(ins, &mut self.stack, &mut added)?;
        }
        Ok(added)
    }

    pub(super) fn wait(&mut self, resolve: js_sys::Function) {
        self.waiters.push(resolve);
    }

    pub(super) fn resolve(&mut self) {
        for w in self.waiters.drain(..) {
            let _ = w.call0(&JsValue::UNDEFINED);
        }
    }
}

/// Adds one insert's markup at the end of the innermost open container.
fn insert(ins: &Insert, stack: &mut Vec<Element>, added: &mut Vec<Element>) -> Result<(), JsValue> {
    // The mount point stays, however many a (hostile) piece says it leaves: one step, not a loop.
    let keep = stack.len().saturating_sub(ins.pops as usize).max(1);
    stack.truncate(keep);
    let parent = stack
        .last()
        .cloned()
        .ok_or_else(|| JsValue::from_str("no container"))?;
    let before = parent.last_element_child();
    parent.insert_adjacent_html("beforeend", &ins.html)?;
    // The new elements are the parent's last ones, after the one that was last.
    let mut el = parent.last_element_child();
    let mut new = Vec::new();
    while let Some(e) = el.filter(|e| Some(e) != before.as_ref()) {
        el = e.previous_element_sibling();
        new.push(e);
    }
    added.extend(new.into_iter().rev());
    // What it left open: each the last element of the one before.
    let mut cur = parent;
    for _ in 0..ins.opens {
        cur = cur
            .last_element_child()
            .ok_or_else(|| JsValue::from_str("a container was not added"))?;
        stack.push(cur.clone());
    }
    Ok(())
}
