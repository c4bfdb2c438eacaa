//! What is pending in a module without `mount`: nothing, ever. An uninhabited type, so that
//! `Option<Pending>` is always None and the code that would run the pieces is dropped.

use alloc::vec::Vec;

use wasm_bindgen::JsValue;
use web_sys::Element;

pub(super) enum Pending {}

impl Pending {
    pub(super) fn done(&self) -> bool {
        match *self {}
    }

    pub(super) fn run_next(&mut self) -> Result<Vec<Element>, JsValue> {
        match *self {}
    }

    pub(super) fn wait(&mut self, _: js_sys::Function) {
        match *self {}
    }

    pub(super) fn resolve(&mut self) {
        match *self {}
    }
}
