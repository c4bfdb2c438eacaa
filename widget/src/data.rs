//! What the widget knows of a document besides its markup, as the renderer hands it over
//! (`undoc::render::widget_data`): inside pre-rendered HTML as a JSON block, or from the parser
//! module when the text is parsed in the browser. Declared once, here; the core serializes these
//! very types, so the two modules cannot disagree on a field.

use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

/// The widget's part of the model: who signed, how often each is mentioned, which groups can be
/// selected at once.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WidgetData {
    /// The prefix of every id in the markup (`{prefix}-note-3`), as the renderer made it safe.
    pub prefix: String,
    /// The signatories, in the order of their toggles.
    pub signatories: Vec<Signatory>,
    /// Organizations whose member signatories one button selects.
    pub groups: Vec<Group>,
}

/// A signatory State.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Signatory {
    /// ISO 3166 alpha-3 code.
    pub code: String,
    /// Its short name, as the status line says it.
    pub name: String,
    /// Its mentions in the document's text (what the status line counts).
    pub mentions: u32,
}

/// An organization's signatory members.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The organization's id: the `data-group` of its button.
    pub id: String,
    /// ISO 3166 alpha-3 codes of its members among the signatories.
    pub members: Vec<String>,
}

/// One piece of a long document's markup, added at the end of the innermost open container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Insert {
    /// Containers that end before it: the innermost are left, this many times.
    pub pops: u32,
    /// Containers it opens and leaves open: each becomes the innermost in turn (the last
    /// element of the one before).
    pub opens: u32,
    /// Its markup, the close tags of what it leaves open included.
    pub html: String,
}
