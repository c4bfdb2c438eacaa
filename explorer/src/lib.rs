//! `<un-collection>`: a collection of UN documents explored in the browser. The index's types
//! (`index`, what `undoc index` writes) are always here; the engine (filters, facet counts,
//! search, markup, the URL state) with the `engine` feature; the WebAssembly module's exports,
//! which own the element's DOM through web-sys, with `web` on wasm32.

pub mod document;
pub mod index;
#[cfg(feature = "engine")]
pub mod query;
#[cfg(feature = "engine")]
pub mod search;
#[cfg(feature = "engine")]
pub mod url;
#[cfg(feature = "engine")]
pub mod view;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod web;
