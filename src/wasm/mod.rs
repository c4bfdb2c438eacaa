//! The parser module's exports (wasm32 only): `parse`, `renderHtml` and `prepare`, thin shims
//! over the Rust pipeline. The interaction is the other module's (`widget/`): `prepare` hands
//! it the markup in pieces and the widget data; the package's `mount` joins the two.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::EditorialNote;

mod options;

use crate::{parse_with, render_html, Document, ParseOptions, RenderOptions};
use options::{read_parse, read_render};

fn parse_doc(
    text: &str,
    notes: Vec<EditorialNote>,
    generated: Option<bool>,
) -> Result<Document, JsError> {
    let opts = ParseOptions {
        notes,
        generated_notes: generated.unwrap_or(true),
    };
    parse_with(text, &opts).map_err(|e| JsError::new(&e.to_string()))
}

/// A `Document` as a plain JavaScript object: serde_json's text, then `JSON.parse`. One string
/// crosses into JavaScript instead of a call per field (serde-wasm-bindgen), which is faster on
/// long documents and leaves out a second serializer (the CLI already writes this JSON).
fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(v).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("could not read the document's JSON"))
}

/// Parses a UN document into a plain, JSON-compatible `Document` object.
#[wasm_bindgen(unchecked_return_type = "Document")]
pub fn parse(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "ParseOptions | undefined")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let o = read_parse(options)?;
    to_js(&parse_doc(text, o.notes, o.generated_notes)?)
}

/// The Document of `text` and how to render it, from the options of `renderHtml`; `interactive`
/// forced on where the markup is for the widget.
fn parse_for_render(
    text: &str,
    options: Option<JsValue>,
    interactive: bool,
) -> Result<(Document, RenderOptions), JsError> {
    let o = read_render(options)?;
    let doc = parse_doc(text, o.notes, o.generated_notes)?;
    let ro = RenderOptions {
        id_prefix: o.id_prefix.unwrap_or_else(|| "undoc".into()),
        interactive: interactive || o.interactive,
    };
    Ok((doc, ro))
}

/// Renders a UN document as an HTML fragment (one `<article class="undoc">`).
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html_js(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "RenderOptions | undefined")] options: Option<JsValue>,
) -> Result<String, JsError> {
    let (doc, ro) = parse_for_render(text, options, false)?;
    Ok(render_html(&doc, &ro))
}

/// Renders a UN document as a pre-rendered `<un-document>`: its interactive article and the
/// widget data, for a page to carry (as `undoc render --element` prints it).
#[wasm_bindgen(js_name = renderElement)]
pub fn render_element_js(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "RenderOptions | undefined")] options: Option<JsValue>,
) -> Result<String, JsError> {
    let (doc, ro) = parse_for_render(text, options, true)?;
    Ok(crate::render_element(&doc, &ro))
}

// The options' names as the README and the exports give them (tsify names the types after the
// structs), and the interaction module's types that `Prepared` hands over.
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
import type { Insert, WidgetData } from './widget.js';
export type ParseOptions = JsParseOptions;
export type RenderOptions = JsRenderOptions;
"#;

/// The largest input accepted, in bytes.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> u32 {
    crate::MAX_INPUT_BYTES as u32
}

/// A fragment of markup above which a document is mounted in pieces; letters are far below.
const WHOLE: usize = 256 * 1024;
/// Markup in the first task (a few screens) and in each later one (tens of milliseconds of
/// parsing, styling and layout in Chromium on a phone-class core, BENCHMARKS.md).
const FIRST: usize = 64 * 1024;
const EACH: usize = 64 * 1024;

/// A document parsed and rendered for the interaction module's `mount`: its markup in pieces,
/// its widget data, and the Document itself (the element's `document`, without a second parse).
#[wasm_bindgen]
pub struct Prepared {
    doc: Document,
    chunked: crate::Chunked,
    data: crate::WidgetData,
}

#[wasm_bindgen]
impl Prepared {
    /// The markup's pieces, one array per task of the page (`Insert[][]`). Handed over once:
    /// the markup is not kept (a long document's would stay in memory as long as the widget).
    #[wasm_bindgen(unchecked_return_type = "Insert[][]")]
    pub fn tasks(&mut self) -> Result<JsValue, JsError> {
        to_js(&std::mem::take(&mut self.chunked).pieces())
    }

    /// The widget's part of the model.
    #[wasm_bindgen(unchecked_return_type = "WidgetData")]
    pub fn data(&self) -> Result<JsValue, JsError> {
        to_js(&self.data)
    }

    /// The Document (a plain object, as `parse` returns it).
    #[wasm_bindgen(unchecked_return_type = "Document")]
    pub fn document(&self) -> Result<JsValue, JsError> {
        to_js(&self.doc)
    }
}

/// Parses and renders a UN document for the interaction module's `mount`.
#[wasm_bindgen]
pub fn prepare(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "RenderOptions | undefined")] options: Option<JsValue>,
) -> Result<Prepared, JsError> {
    let (doc, ro) = parse_for_render(text, options, true)?;
    let chunked = crate::render_chunked(&doc, &ro, WHOLE, FIRST, EACH);
    let data = crate::widget_data(&doc, &ro);
    Ok(Prepared { doc, chunked, data })
}
