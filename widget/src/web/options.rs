//! What crosses from JavaScript into the widget: the renderer's [`WidgetData`] and markup
//! pieces, and the widget's options, read by [`crate::read`] (own properties only; a field of
//! the wrong type is an error that names it).

use alloc::string::String;
use alloc::vec::Vec;

use wasm_bindgen::prelude::*;

use crate::data::{Group, Signatory, WidgetData};
use crate::read::{invalid, Obj};
#[cfg(feature = "mount")]
use crate::{data::Insert, read::items};

/// The widget's options (`WidgetOptions` in TypeScript).
#[derive(Debug, Default, PartialEq)]
pub(super) struct Options {
    /// ISO 3166 alpha-3 codes to select at once.
    pub(super) signatories: Vec<String>,
    /// Keep the selection and the open note in the URL's fragment.
    pub(super) sync_hash: bool,
    /// The widget's key in the fragment; the id prefix when not set.
    pub(super) hash_key: Option<String>,
}

pub(super) fn read_options(v: Option<JsValue>) -> Result<Options, JsError> {
    let Some(o) = Obj::new(v, "options")? else {
        return Ok(Options::default());
    };
    Ok(Options {
        signatories: o.strings("signatories")?,
        sync_hash: o.bool("syncHash")?.unwrap_or(false),
        hash_key: o.string("hashKey")?,
    })
}

fn required<T>(v: Option<T>, what: &str, must: &str) -> Result<T, JsError> {
    v.ok_or_else(|| invalid(what, must))
}

pub(super) fn read_data(v: JsValue) -> Result<WidgetData, JsError> {
    let o = required(Obj::new(Some(v), "data")?, "data", "an object")?;
    // Loops, not `collect`: each collecting iterator is code of its own in the module.
    let mut signatories = Vec::new();
    for s in o.objects("signatories")? {
        signatories.push(Signatory {
            code: required(s.string("code")?, "signatories[].code", "a string")?,
            name: required(s.string("name")?, "signatories[].name", "a string")?,
            mentions: s.u32("mentions")?.unwrap_or(0),
        });
    }
    let mut groups = Vec::new();
    for g in o.objects("groups")? {
        groups.push(Group {
            id: required(g.string("id")?, "groups[].id", "a string")?,
            members: g.strings("members")?,
        });
    }
    Ok(WidgetData {
        prefix: required(o.string("prefix")?, "prefix", "a string")?,
        signatories,
        groups,
    })
}

/// The pieces of a long document's markup: an array per task, of `{pops, opens, html}`.
#[cfg(feature = "mount")]
pub(super) fn read_tasks(v: JsValue) -> Result<Vec<Vec<Insert>>, JsError> {
    let mut tasks = Vec::new();
    for task in items(v, "tasks")? {
        let mut pieces = Vec::new();
        for i in items(task, "tasks[]")? {
            let i = required(Obj::new(Some(i), "tasks[][]")?, "tasks[][]", "an object")?;
            pieces.push(Insert {
                pops: i.u32("pops")?.unwrap_or(0),
                opens: i.u32("opens")?.unwrap_or(0),
                html: required(i.string("html")?, "tasks[][].html", "a string")?,
            });
        }
        tasks.push(pieces);
    }
    Ok(tasks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use js_sys::{Object, Reflect};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;

    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    fn js(json: &str) -> JsValue {
        js_sys::JSON::parse(json).unwrap()
    }

    fn message(e: JsError) -> Option<String> {
        let e: JsValue = e.into();
        Reflect::get(&e, &"message".into()).ok()?.as_string()
    }

    // Every field set to other than its default: a field added to `Options` must be read too.
    #[wasm_bindgen_test]
    fn the_reader_reads_every_field() {
        let o = read_options(Some(js(
            r#"{"signatories":["RUS"],"syncHash":true,"hashKey":"k"}"#,
        )));
        assert_eq!(
            o.ok(),
            Some(Options {
                signatories: vec!["RUS".into()],
                sync_hash: true,
                hash_key: Some("k".into()),
            })
        );
    }

    #[wasm_bindgen_test]
    fn inherited_fields_are_not_options() {
        let proto = js(r#"{"signatories":["RUS"],"syncHash":true}"#);
        let options: Object = Object::create(proto.unchecked_ref());
        assert_eq!(
            read_options(Some(options.into())).ok(),
            Some(Options::default())
        );
    }

    #[wasm_bindgen_test]
    fn a_wrong_type_names_the_field() {
        let e = read_options(Some(js(r#"{"syncHash":"yes"}"#))).unwrap_err();
        assert_eq!(
            message(e).as_deref(),
            Some("invalid options: `syncHash` must be true or false")
        );
    }

    // What the core serializes (src/render/embed.rs) reads back as it was.
    #[wasm_bindgen_test]
    fn data_and_pieces_read_back() {
        let data = WidgetData {
            prefix: "p".into(),
            signatories: vec![Signatory {
                code: "RUS".into(),
                name: "Russian Federation".into(),
                mentions: 3,
            }],
            groups: vec![Group {
                id: "csto".into(),
                members: vec!["RUS".into()],
            }],
        };
        let json = r#"{"prefix":"p","signatories":[{"code":"RUS","name":"Russian Federation","mentions":3}],"groups":[{"id":"csto","members":["RUS"]}]}"#;
        assert_eq!(read_data(js(json)).ok(), Some(data));
        let tasks = read_tasks(js(r#"[[{"pops":0,"opens":1,"html":"<a>"}],[]]"#)).ok();
        let want = vec![
            vec![Insert {
                pops: 0,
                opens: 1,
                html: "<a>".into(),
            }],
            Vec::new(),
        ];
        assert_eq!(tasks, Some(want));
        assert!(read_data(js(r#"{"signatories":[]}"#)).is_err(), "no prefix");
        assert!(read_tasks(js(r#"[[{"html":3}]]"#)).is_err());
    }
}
