//! The options objects of `parse`, `renderHtml` and `mount`: declared once, as the structs
//! below (their TypeScript types come from them), and read field by field.
//!
//! The reader is hand-written rather than serde's: serde-wasm-bindgen with field paths in its
//! errors made the package 24.5 KiB gzip larger, serde_json 32 KiB (BENCHMARKS.md). A test
//! holds the reader to the structs: every declared field, set, must read back as it was.
//! Only own properties are read (nothing a polluted prototype adds); unknown fields are
//! ignored, `undefined` and `null` mean "not set", anything else of the wrong type is an error
//! that names the field.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::model::Link;
use crate::EditorialNote;

/// Options of `parse`.
#[derive(Debug, Default, tsify::Tsify)]
#[cfg_attr(test, derive(serde::Serialize, PartialEq))]
#[serde(rename = "ParseOptions", rename_all = "camelCase")]
pub(super) struct JsParseOptions {
    #[tsify(optional)]
    pub(super) notes: Vec<EditorialNote>,
    #[tsify(optional)]
    pub(super) generated_notes: Option<bool>,
}

/// Options of `renderHtml`.
#[derive(Debug, Default, tsify::Tsify)]
#[cfg_attr(test, derive(serde::Serialize, PartialEq))]
#[serde(rename = "RenderOptions", rename_all = "camelCase")]
pub(super) struct JsRenderOptions {
    #[tsify(optional)]
    pub(super) id_prefix: Option<String>,
    #[tsify(optional)]
    pub(super) interactive: bool,
    #[tsify(optional)]
    pub(super) notes: Vec<EditorialNote>,
    #[tsify(optional)]
    pub(super) generated_notes: Option<bool>,
}

/// Options of `mount`.
#[derive(Debug, Default, tsify::Tsify)]
#[cfg_attr(test, derive(serde::Serialize, PartialEq))]
#[serde(rename = "MountOptions", rename_all = "camelCase")]
pub(super) struct JsMountOptions {
    #[tsify(optional)]
    pub(super) id_prefix: Option<String>,
    #[tsify(optional)]
    pub(super) notes: Vec<EditorialNote>,
    #[tsify(optional)]
    pub(super) generated_notes: Option<bool>,
    #[tsify(optional)]
    pub(super) signatories: Vec<String>,
    #[tsify(optional)]
    pub(super) sync_hash: bool,
    #[tsify(optional)]
    pub(super) hash_key: Option<String>,
}

struct Obj(JsValue);

fn invalid(what: &str, must: &str) -> JsError {
    JsError::new(&format!("invalid options: `{what}` must be {must}"))
}

impl Obj {
    /// `None` for `undefined` / `null` / no options; an error for a non-object.
    fn new(v: Option<JsValue>, what: &str) -> Result<Option<Obj>, JsError> {
        match v {
            Some(v) if v.is_undefined() || v.is_null() => Ok(None),
            Some(v) if v.is_object() => Ok(Some(Obj(v))),
            Some(_) => Err(invalid(what, "an object")),
            None => Ok(None),
        }
    }

    fn get(&self, key: &str) -> Option<JsValue> {
        let key = JsValue::from_str(key);
        if !Object::has_own(self.0.unchecked_ref::<Object>(), &key) {
            return None;
        }
        Reflect::get(&self.0, &key)
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    fn string(&self, key: &str) -> Result<Option<String>, JsError> {
        self.get(key)
            .map(|v| v.as_string().ok_or_else(|| invalid(key, "a string")))
            .transpose()
    }

    fn bool(&self, key: &str) -> Result<Option<bool>, JsError> {
        self.get(key)
            .map(|v| v.as_bool().ok_or_else(|| invalid(key, "true or false")))
            .transpose()
    }

    fn array(&self, key: &str) -> Result<Vec<JsValue>, JsError> {
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(v) if Array::is_array(&v) => Ok(Array::from(&v).iter().collect()),
            Some(_) => Err(invalid(key, "an array")),
        }
    }

    fn strings(&self, key: &str) -> Result<Vec<String>, JsError> {
        self.array(key)?
            .into_iter()
            .map(|v| {
                v.as_string()
                    .ok_or_else(|| invalid(key, "an array of strings"))
            })
            .collect()
    }

    /// A whole number from 0, as the element checks it; past 2³²−1 it stays 2³²−1 (an
    /// occurrence that far is not in the text: that note's notice, not an error).
    fn u32(&self, key: &str) -> Result<Option<u32>, JsError> {
        self.get(key)
            .map(|v| {
                v.as_f64()
                    .filter(|n| n.fract() == 0.0 && *n >= 0.0)
                    .map(|n| n.min(u32::MAX as f64) as u32)
                    .ok_or_else(|| invalid(key, "a whole number"))
            })
            .transpose()
    }

    /// `notes`: `{anchor, text, occurrence?, links?: [{href, label}]}` each.
    fn notes(&self) -> Result<Vec<EditorialNote>, JsError> {
        self.array("notes")?
            .into_iter()
            .map(|v| {
                let o =
                    Obj::new(Some(v), "notes[]")?.ok_or_else(|| invalid("notes[]", "an object"))?;
                let required = |key: &str| {
                    o.string(key)?
                        .ok_or_else(|| invalid(&format!("notes[].{key}"), "a string"))
                };
                let links = o
                    .array("links")?
                    .into_iter()
                    .map(|l| {
                        let l = Obj::new(Some(l), "notes[].links[]")?
                            .ok_or_else(|| invalid("notes[].links[]", "an object"))?;
                        let field = |key: &str| {
                            l.string(key)?.ok_or_else(|| {
                                invalid(&format!("notes[].links[].{key}"), "a string")
                            })
                        };
                        Ok(Link {
                            href: field("href")?,
                            label: field("label")?,
                        })
                    })
                    .collect::<Result<Vec<Link>, JsError>>()?;
                Ok(EditorialNote {
                    anchor: required("anchor")?,
                    occurrence: o.u32("occurrence")?,
                    text: required("text")?,
                    links,
                })
            })
            .collect()
    }
}

pub(super) fn read_parse(v: Option<JsValue>) -> Result<JsParseOptions, JsError> {
    let Some(o) = Obj::new(v, "options")? else {
        return Ok(JsParseOptions::default());
    };
    Ok(JsParseOptions {
        notes: o.notes()?,
        generated_notes: o.bool("generatedNotes")?,
    })
}

pub(super) fn read_render(v: Option<JsValue>) -> Result<JsRenderOptions, JsError> {
    let Some(o) = Obj::new(v, "options")? else {
        return Ok(JsRenderOptions::default());
    };
    Ok(JsRenderOptions {
        id_prefix: o.string("idPrefix")?,
        interactive: o.bool("interactive")?.unwrap_or(false),
        notes: o.notes()?,
        generated_notes: o.bool("generatedNotes")?,
    })
}

pub(super) fn read_mount(v: Option<JsValue>) -> Result<JsMountOptions, JsError> {
    let Some(o) = Obj::new(v, "options")? else {
        return Ok(JsMountOptions::default());
    };
    Ok(JsMountOptions {
        id_prefix: o.string("idPrefix")?,
        notes: o.notes()?,
        generated_notes: o.bool("generatedNotes")?,
        signatories: o.strings("signatories")?,
        sync_hash: o.bool("syncHash")?.unwrap_or(false),
        hash_key: o.string("hashKey")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    /// `v` as JavaScript sees it: its serde JSON, parsed.
    fn js<T: serde::Serialize>(v: &T) -> Option<JsValue> {
        js_sys::JSON::parse(&serde_json::to_string(v).unwrap()).ok()
    }

    fn note() -> EditorialNote {
        EditorialNote {
            anchor: "a".into(),
            occurrence: Some(2),
            text: "t".into(),
            links: vec![Link {
                href: "https://example.org/".into(),
                label: "l".into(),
            }],
        }
    }

    // Every field set to other than its default, and no `..Default::default()`: a field added
    // to a struct must be added here, and this fails until the reader reads it too.
    #[wasm_bindgen_test]
    fn the_reader_reads_every_declared_field() {
        let p = JsParseOptions {
            notes: vec![note()],
            generated_notes: Some(false),
        };
        assert_eq!(read_parse(js(&p)).ok(), Some(p));
        let r = JsRenderOptions {
            id_prefix: Some("x".into()),
            interactive: true,
            notes: vec![note()],
            generated_notes: Some(false),
        };
        assert_eq!(read_render(js(&r)).ok(), Some(r));
        let m = JsMountOptions {
            id_prefix: Some("x".into()),
            notes: vec![note()],
            generated_notes: Some(false),
            signatories: vec!["RUS".into()],
            sync_hash: true,
            hash_key: Some("k".into()),
        };
        assert_eq!(read_mount(js(&m)).ok(), Some(m));
    }

    #[wasm_bindgen_test]
    fn inherited_fields_are_not_options() {
        let proto = js(&JsMountOptions {
            sync_hash: true,
            signatories: vec!["RUS".into()],
            ..JsMountOptions::default()
        })
        .unwrap();
        let options: Object = Object::create(proto.unchecked_ref());
        assert_eq!(
            read_mount(Some(options.into())).ok(),
            Some(JsMountOptions::default())
        );
    }
}
