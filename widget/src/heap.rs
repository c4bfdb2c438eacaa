//! The module's allocator (feature `module`): blocks of a power of two from 8 bytes, each size
//! on a free list of its own, reused for the next request of that size; fresh blocks are cut
//! from pages taken with `memory.grow`, never given back. A widget's allocations are few and
//! small (its state, strings for the DOM): what a general allocator does besides (coalescing,
//! splitting, searching bins) was most of its code in the module (BENCHMARKS.md "Size").
//! At most twice the bytes asked for; a block freed is there for the next of its size.

#[cfg(target_arch = "wasm32")]
use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;

/// The size class of `size` bytes: blocks of 2^class bytes, 2^3 the least. `None` past 2^30.
pub(crate) fn class(size: usize) -> Option<u32> {
    if size > 1 << 30 {
        return None;
    }
    Some((usize::BITS - size.max(8).saturating_sub(1).leading_zeros()).max(3))
}

/// The alignment every block has: enough for everything the module allocates. A request for
/// more gets a fresh block aligned for it, left unused when freed (none is made).
const ALIGN: usize = 8;

const PAGE: usize = 64 * 1024;

struct State {
    /// The first free block of each class; each free block holds the address of the next.
    free: [usize; 32],
    /// Where the next fresh block starts, and the end of the memory taken.
    next: usize,
    end: usize,
}

pub(crate) struct Heap(UnsafeCell<State>);

// SAFETY: wasm32 without the `atomics` target feature runs one thread (hash.rs holds it so).
unsafe impl Sync for Heap {}

impl Heap {
    pub(crate) const fn new() -> Heap {
        Heap(UnsafeCell::new(State {
            free: [0; 32],
            next: 0,
            end: 0,
        }))
    }
}

#[cfg(target_arch = "wasm32")]
impl State {
    /// A fresh block of `bytes` aligned to `align`, from the end of the memory taken.
    fn fresh(&mut self, bytes: usize, align: usize) -> *mut u8 {
        if self.end == 0 {
            self.next = core::arch::wasm32::memory_size(0) * PAGE;
            self.end = self.next;
        }
        let Some(start) = self.next.checked_next_multiple_of(align) else {
            return core::ptr::null_mut();
        };
        let Some(stop) = start.checked_add(bytes) else {
            return core::ptr::null_mut();
        };
        if stop > self.end {
            let pages = (stop - self.end).div_ceil(PAGE);
            if core::arch::wasm32::memory_grow(0, pages) == usize::MAX {
                return core::ptr::null_mut();
            }
            self.end += pages * PAGE;
        }
        self.next = stop;
        start as *mut u8
    }
}

#[cfg(target_arch = "wasm32")]
unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: one thread, and no allocation happens while the state is borrowed here.
        let s = unsafe { &mut *self.0.get() };
        let Some(c) = class(layout.size().max(layout.align())) else {
            return core::ptr::null_mut();
        };
        if layout.align() > ALIGN {
            return s.fresh(1 << c, layout.align());
        }
        let head = s.free[c as usize];
        if head == 0 {
            return s.fresh(1 << c, ALIGN);
        }
        // SAFETY: a free block of this class, which holds the next one's address.
        s.free[c as usize] = unsafe { *(head as *const usize) };
        head as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let s = unsafe { &mut *self.0.get() };
        let Some(c) = class(layout.size().max(layout.align())) else {
            return;
        };
        if layout.align() > ALIGN {
            return;
        }
        // SAFETY: the block is ours, at least 8 bytes and aligned to 8: it holds the link.
        unsafe { *(ptr as *mut usize) = s.free[c as usize] };
        s.free[c as usize] = ptr as usize;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A size of the same class fits the block it has.
        if layout.align() <= ALIGN && class(layout.size()) == class(new_size) {
            return ptr;
        }
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else {
            return core::ptr::null_mut();
        };
        let to = unsafe { self.alloc(new) };
        if !to.is_null() {
            // SAFETY: both blocks hold at least the smaller size, and they are distinct.
            unsafe {
                core::ptr::copy_nonoverlapping(ptr, to, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        to
    }
}

#[cfg(test)]
mod tests {
    use super::class;

    #[test]
    fn classes_hold_their_sizes() {
        assert_eq!(class(0), Some(3));
        assert_eq!(class(1), Some(3));
        assert_eq!(class(8), Some(3));
        assert_eq!(class(9), Some(4));
        assert_eq!(class(16), Some(4));
        assert_eq!(class(17), Some(5));
        assert_eq!(class(65536), Some(16));
        assert_eq!(class(1 << 30), Some(30));
        assert_eq!(class((1 << 30) + 1), None);
        for size in 1..5000 {
            let c = class(size).unwrap();
            assert!(1usize << c >= size && (c == 3 || 1usize << (c - 1) < size));
        }
    }
}
