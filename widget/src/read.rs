//! The reader of what JavaScript hands to either module (options, the widget's data): own
//! properties only (nothing a polluted prototype adds), unknown fields ignored, `undefined`
//! and `null` meaning "not set", and anything else of the wrong type an error that names the
//! field. Hand-written rather than serde-wasm-bindgen's: that made each module about 20 KiB
//! gzip larger (its errors format floats; BENCHMARKS.md "Size").

use alloc::string::String;
use alloc::vec::Vec;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The items of an array; an error naming `what` for anything else.
pub fn items(v: JsValue, what: &str) -> Result<Vec<JsValue>, JsError> {
    if !Array::is_array(&v) {
        return Err(invalid(what, "an array"));
    }
    let a: Array = v.unchecked_into();
    // A loop, not `collect`: each collecting iterator is code of its own in the module.
    let mut out = Vec::new();
    for i in 0..a.length() {
        out.push(a.get(i));
    }
    Ok(out)
}

/// An object from JavaScript, read by own properties only.
pub struct Obj(JsValue);

/// The error for a field `what` of the wrong type.
pub fn invalid(what: &str, must: &str) -> JsError {
    JsError::new(&crate::text::cat(&[
        "invalid options: `",
        what,
        "` must be ",
        must,
    ]))
}

impl Obj {
    /// `None` for `undefined` / `null` / no options; an error for a non-object.
    pub fn new(v: Option<JsValue>, what: &str) -> Result<Option<Obj>, JsError> {
        match v {
            Some(v) if v.is_undefined() || v.is_null() => Ok(None),
            Some(v) if v.is_object() => Ok(Some(Obj(v))),
            Some(_) => Err(invalid(what, "an object")),
            None => Ok(None),
        }
    }

    pub fn get(&self, key: &str) -> Option<JsValue> {
        let key = JsValue::from_str(key);
        if !Object::has_own(self.0.unchecked_ref::<Object>(), &key) {
            return None;
        }
        Reflect::get(&self.0, &key)
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    pub fn string(&self, key: &str) -> Result<Option<String>, JsError> {
        self.get(key)
            .map(|v| v.as_string().ok_or_else(|| invalid(key, "a string")))
            .transpose()
    }

    pub fn bool(&self, key: &str) -> Result<Option<bool>, JsError> {
        self.get(key)
            .map(|v| v.as_bool().ok_or_else(|| invalid(key, "true or false")))
            .transpose()
    }

    pub fn array(&self, key: &str) -> Result<Vec<JsValue>, JsError> {
        self.get(key).map_or(Ok(Vec::new()), |v| items(v, key))
    }

    /// A whole number from 0; past 2³²−1 it stays 2³²−1 (an editorial note's occurrence that
    /// far is not in the text: that note's notice, not an error).
    pub fn u32(&self, key: &str) -> Result<Option<u32>, JsError> {
        self.get(key)
            .map(|v| {
                v.as_f64()
                    .filter(|&n| crate::text::whole(n) && n >= 0.0)
                    .map(|n| n.min(u32::MAX as f64) as u32)
                    .ok_or_else(|| invalid(key, "a whole number"))
            })
            .transpose()
    }

    /// An array of strings; absent is empty.
    pub fn strings(&self, key: &str) -> Result<Vec<String>, JsError> {
        let mut out = Vec::new();
        for v in self.array(key)? {
            out.push(
                v.as_string()
                    .ok_or_else(|| invalid(key, "an array of strings"))?,
            );
        }
        Ok(out)
    }

    /// Each of the array `key`'s items, which must be objects.
    pub fn objects(&self, key: &str) -> Result<Vec<Obj>, JsError> {
        let mut out = Vec::new();
        for v in self.array(key)? {
            out.push(Obj::new(Some(v), key)?.ok_or_else(|| invalid(key, "an array of objects"))?);
        }
        Ok(out)
    }
}
