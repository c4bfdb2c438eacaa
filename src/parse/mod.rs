//! `text -> Document`: the parser.
//!
//! Stages, in order: the `%%%` header line ([`split_header`]); whitespace normalization;
//! printing debris ([`debris`]); footnote texts found in mid-text ([`footnotes`]); the title
//! ([`title`]); the front matter before it ([`front`]); the letter body, its signatures and the
//! annexes after it ([`signature`], [`annex`]); paragraphs ([`paragraphs`]) and their inline spans
//! ([`spans`]); the facts drawn from all of these (signatories, organizations); and last the
//! day they are stated for ([`dated`]) and the notes ([`notes`]).
//!
//! Parsing is total: whatever the text, a [`Document`] comes back, with
//! [`Document::diagnostics`] saying what could not be read. Only input that cannot be used at all
//! — larger than [`MAX_INPUT_BYTES`], or not UTF-8 for [`parse_bytes`] — gives an [`Error`].

mod addressee;
mod agenda;
mod annex;
mod body;
mod closing;
mod dated;
mod debris;
mod described;
mod diagnostics;
mod error;
mod facts;
mod footnotes;
mod front;
mod head;
mod hyphens;
mod markup;
mod mentions;
mod normalize;
mod notes;
mod opening;
mod paragraphs;
mod reported;
mod sender;
mod signature;
mod spans;
mod title;

use crate::model::*;
// Also the `text` that the stages name as `super::text`.
use crate::text;
use diagnostics::Diagnostics;
pub use error::{Error, ErrorKind};
pub use normalize::split_header;
pub use notes::EditorialNote;

/// The largest input [`parse`] accepts: 16 MiB. Larger texts are refused with an [`Error`]
/// rather than parsed slowly; no UN document comes near it.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Parses UTF-8 bytes; see [`parse`].
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, Error> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Error {
            kind: ErrorKind::TooLarge {
                size: bytes.len(),
                limit: MAX_INPUT_BYTES,
            },
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => parse_with(t, &ParseOptions::default()),
        Err(e) => Err(Error {
            kind: ErrorKind::NotUtf8 {
                valid_up_to: e.valid_up_to(),
            },
        }),
    }
}

/// Parses a plain-text UN document into a [`Document`], with generated notes and no editorial
/// ones. See the crate docs for an example.
///
/// # Errors
/// Only when `text` is larger than [`MAX_INPUT_BYTES`].
pub fn parse(text: &str) -> Result<Document, Error> {
    parse_with(text, &ParseOptions::default())
}

/// Options of [`parse_with`].
#[derive(Debug, Clone, PartialEq)]
pub struct ParseOptions {
    /// Notes supplied by an editor of the host page.
    pub notes: Vec<EditorialNote>,
    /// Whether to generate notes that explain organizations, States, organs, agenda items,
    /// symbols and signers (default `true`).
    pub generated_notes: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            notes: Vec::new(),
            generated_notes: true,
        }
    }
}

/// Parses with [`ParseOptions`]: editorial notes, and whether to generate notes.
///
/// ```
/// use undoc::{EditorialNote, ParseOptions};
/// let note = EditorialNote { anchor: "Chile".into(), occurrence: None, text: "A remark.".into(), links: vec![] };
/// let options = ParseOptions { notes: vec![note], generated_notes: false };
/// let text = "Letter dated 1 May 2001 from the Permanent Representative of Chile to the United \
///     Nations addressed to the Secretary-General I write.";
/// let doc = undoc::parse_with(text, &options).unwrap();
/// assert_eq!(doc.notes.len(), 1);
/// let chile = doc.title_spans.iter().find(|s| s.note == Some(1)).unwrap();
/// assert_eq!(&doc.title.as_deref().unwrap()[chile.start as usize..chile.end as usize], "Chile");
/// ```
///
/// # Errors
/// Only when `text` is larger than [`MAX_INPUT_BYTES`].
pub fn parse_with(text: &str, options: &ParseOptions) -> Result<Document, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error {
            kind: ErrorKind::TooLarge {
                size: text.len(),
                limit: MAX_INPUT_BYTES,
            },
        });
    }
    Ok(parse_total(text, options))
}

/// The stages, in order: each reads what the ones before it left.
fn parse_total(input: &str, options: &ParseOptions) -> Document {
    let mut diags = Diagnostics::default();
    let (subjects, rest) = split_header(input);
    let mut doc = Document {
        subjects,
        ..Document::default()
    };
    let text::Collapsed {
        text: norm, words, ..
    } = normalize::clean(rest, &mut diags);
    if norm.is_empty() {
        diags.warn(
            "empty",
            "The document has no text after its header line.".into(),
            None,
        );
        doc.diagnostics = diagnostics::finish(diags.list, &norm);
        return doc;
    }
    let cleaned = debris::remove(&norm, &words, &mut diags);
    let foot = footnotes::extract(&cleaned.text, &cleaned.words, &cleaned.breaks);
    let head = head::read(&mut doc, &cleaned, &foot, &mut diags);
    let parts = body::split(
        &mut doc,
        &foot.text,
        &foot.words,
        &foot.breaks,
        head.rest_start,
        &mut diags,
    );
    let body_text = parts.body_text;
    let unmarked = body::build(&mut doc, parts, head.markers_in_text);
    if unmarked > 0 {
        diags.warn(
            "mentions-not-marked",
            format!("{unmarked} more mentions, dates and references were not marked: the document repeats them past one per 80 bytes of text."),
            None,
        );
    }
    facts::collect(&mut doc, body_text, &mut diags);
    opening::addressee_of_office(&mut doc, &mut diags);
    let day = dated::as_of(&mut doc, &mut diags);
    dated::name_as_of(&mut doc, day);
    doc.signatory_groups = dated::signatory_groups(&doc, day);
    notes::resolve(
        &mut doc,
        &options.notes,
        options.generated_notes,
        day,
        &mut diags,
    );
    if doc.body.is_empty() && doc.title.is_some() {
        diags.warn(
            "empty-body",
            "The letter has no text after its title.".into(),
            None,
        );
    }
    doc.diagnostics = diagnostics::finish(diags.list, &norm);
    doc
}
