//! The interaction layer of undoc's `<un-document>`, a WebAssembly module of its own: note
//! popovers (mouse, touch, keyboard), signatory toggles that highlight and count mentions, the
//! URL hash, and each paragraph's citation and link. It reads no text: it wakes up markup the core rendered — pre-rendered in the page,
//! or rendered by the parser module in the browser — with the [`data::WidgetData`] that came
//! with it. So a page of pre-rendered documents never loads the parser or the gazetteer.

pub mod data;
pub mod fragment;
#[cfg(all(feature = "read", target_arch = "wasm32"))]
pub mod read;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod web;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub use web::{hydrate, mount, Handle};
