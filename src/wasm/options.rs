//! The options objects of `parse`, `renderHtml` and `prepare`: declared once, as the structs
//! below (their TypeScript types come from them), and read field by field.
//!
//! The reader is the interaction module's (`undoc_widget::read`), hand-written rather than
//! serde's for size; a test holds it to the structs: every declared field, set, must read back
//! as it was.

use undoc_widget::read::{invalid, Obj};
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

/// Options of `renderHtml` and `prepare` (which renders interactive markup whatever `interactive` says).
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

/// `notes`: `{anchor, text, occurrence?, links?: [{href, label}]}` each.
fn notes(o: &Obj) -> Result<Vec<EditorialNote>, JsError> {
    o.array("notes")?
        .into_iter()
        .map(|v| {
            let o = Obj::new(Some(v), "notes[]")?.ok_or_else(|| invalid("notes[]", "an object"))?;
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
                        l.string(key)?
                            .ok_or_else(|| invalid(&format!("notes[].links[].{key}"), "a string"))
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

pub(super) fn read_parse(v: Option<JsValue>) -> Result<JsParseOptions, JsError> {
    let Some(o) = Obj::new(v, "options")? else {
        return Ok(JsParseOptions::default());
    };
    Ok(JsParseOptions {
        notes: notes(&o)?,
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
        notes: notes(&o)?,
        generated_notes: o.bool("generatedNotes")?,
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
    }

    #[wasm_bindgen_test]
    fn inherited_fields_are_not_options() {
        let proto = js(&JsRenderOptions {
            interactive: true,
            id_prefix: Some("x".into()),
            ..JsRenderOptions::default()
        })
        .unwrap();
        let options: js_sys::Object = js_sys::Object::create(proto.unchecked_ref());
        assert_eq!(
            read_render(Some(options.into())).ok(),
            Some(JsRenderOptions::default())
        );
    }
}
