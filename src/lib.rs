//! undoc turns a plain-text United Nations document — a letter, identical letters, a note
//! verbale, with its annexes — into one typed [`Document`].
//!
//! The pipeline runs one way: `text → parse → Document → render → HTML → mount`.
//!
//! ```
//! let text = "%%%REGIONAL SECURITY|EUROPE|\n\nSixty-fourth session Agenda item 13 Prevention of \
//!     armed conflict Letter dated 30 September 2009 from the Permanent Representative of the \
//!     Russian Federation to the United Nations addressed to the Secretary-General I have the \
//!     honour to transmit herewith a statement (see annex). I should be grateful if you would \
//!     have this letter circulated. (Signed) Vitaly Churkin";
//! let doc = undoc::parse(text).unwrap();
//! assert_eq!(doc.subjects, ["REGIONAL SECURITY", "EUROPE"]);
//! assert_eq!(doc.session.as_ref().and_then(|s| s.number), Some(64));
//! assert_eq!(doc.agenda_items[0].title.as_deref(), Some("Prevention of armed conflict"));
//! assert_eq!(doc.date.as_deref(), Some("2009-09-30"));
//! assert_eq!(doc.sender.states[0].code, "RUS");
//! assert_eq!(doc.addressees, ["Secretary-General"]);
//! assert_eq!(doc.body.len(), 2);
//! assert_eq!(doc.signatures[0].name, "Vitaly Churkin");
//! ```
//!
//! Parsing is total: odd input yields a `Document` with [`Document::diagnostics`]; only input
//! over [`MAX_INPUT_BYTES`] (or not UTF-8, for [`parse_bytes`]) yields an [`Error`]. No input
//! makes the parser panic.

// The rooms, lowest first; each uses only rooms above it in this list (tests/architecture.rs).
pub mod gazetteer;
pub mod model;
pub(crate) mod parse;
pub(crate) mod render;
mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// Names the codes of a collection's index and records its groups' memberships (`undoc index`).
pub use gazetteer::name_collection;
pub use model::*;
pub use parse::{
    parse, parse_bytes, parse_with, split_header, EditorialNote, Error, ErrorKind, ParseOptions,
    MAX_INPUT_BYTES,
};
pub use render::{
    audit_markup, collection_entry, render_akn, render_chunked, render_element,
    render_element_shadow, render_html, render_page, widget_data, widget_json, Chunked, Collection,
    Entry, EntrySender, IndexError, Insert, RenderOptions, COLLECTION_VERSION,
};
/// What the renderer hands to the interaction module (the `undoc-widget` crate).
pub use undoc_widget::data::WidgetData;
