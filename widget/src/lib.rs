//! The interaction layer of undoc's `<un-document>`, a WebAssembly module of its own: note
//! popovers (mouse, touch, keyboard), signatory toggles that highlight and count mentions, the
//! URL hash, and each paragraph's citation and link. It reads no text: it wakes up markup the core rendered — pre-rendered in the page,
//! or rendered by the parser module in the browser — with the [`data::WidgetData`] that came
//! with it. So a page of pre-rendered documents never loads the parser or the gazetteer.
//!
//! Built alone (feature `module`, `make pkg`) the crate is `no_std`: the module has neither
//! std's panic machinery nor `core::fmt`, which were a tenth of it; its strings are joined, not
//! formatted ([`text`]). Linked into the core, which has std, it is the same code with std.

#![cfg_attr(all(feature = "module", target_arch = "wasm32", not(test)), no_std)]

extern crate alloc;

pub mod data;
pub mod fragment;
#[cfg(all(feature = "read", target_arch = "wasm32"))]
pub mod read;
pub mod text;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod web;
#[cfg(all(feature = "mount", target_arch = "wasm32"))]
pub use web::mount;
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub use web::{hydrate, Handle};

// The module alone (`make pkg`): what std would have given it.
#[cfg(all(feature = "module", target_arch = "wasm32", not(test)))]
mod module {
    #[global_allocator]
    static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

    /// No panic is reachable (web/mod.rs); were one, the module traps, as std's abort did,
    /// without formatting a message nobody reads (wasm32-unknown-unknown has no stderr).
    #[panic_handler]
    fn panic(_: &core::panic::PanicInfo) -> ! {
        core::arch::wasm32::unreachable()
    }
}
