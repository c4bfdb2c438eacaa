// Blanks the text in the interaction module's data that only a panic message would read: the
// source paths of `core::panic::Location`s (the standard library's, /rustc/<commit>/library/…,
// and the crates' from the registry), the panic messages of `alloc` and `RefCell`, and core's
// table of two-digit pairs for formatting integers. The module is `no_std`, joins its strings
// without `core::fmt` (widget/src/text.rs), and its panic handler traps without reading its
// argument (widget/src/lib.rs): nothing reads these bytes, which still ship because the linker
// lays data out before the optimizer finds its readers dead (BENCHMARKS.md "Size", stop 31).
// Zeros are left in their place, so that no address moves. Used by scripts/package.mjs for the
// interaction module's two builds only: the parser module formats, and keeps its messages.
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** What is blanked: each a pattern over the data as latin1 text, and whether it must be there. */
function patterns() {
  const registry = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'registry', 'src');
  return [
    [/\/rustc\/[0-9a-f]{40}\/library\/[A-Za-z0-9_/]+\.rs/g, true],
    [new RegExp(`${escape(registry)}/[A-Za-z0-9._-]+/[A-Za-z0-9._/-]+\\.rs`, 'g'), false],
    [/memory allocation of /g, true],
    [/ bytes failed/g, true],
    [/capacity overflow/g, true],
    [/Tried to shrink to a larger capacity/g, false],
    [/RefCell already mutably borrowed/g, false],
    [/RefCell already borrowed/g, false],
    // core::fmt's DEC_DIGITS_LUT: "00", "01", … "99".
    [new RegExp(Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')).join(''), 'g'), false],
  ];
}

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** Blanks the panic text of `wasmPath`'s data section in place; returns the bytes blanked. */
export function blankPanicText(wasmPath) {
  const bytes = readFileSync(wasmPath);
  let data = null;
  for (let at = 8; at < bytes.length; ) {
    const [size, body] = leb(bytes, at + 1);
    if (bytes[at] === 11) data = [body, body + size];
    at = body + size;
  }
  if (!data) throw new Error(`panic-text: ${wasmPath} has no data section`);
  const text = bytes.subarray(...data).toString('latin1');
  let blanked = 0;
  for (const [re, required] of patterns()) {
    let found = 0;
    for (const m of text.matchAll(re)) {
      bytes.fill(0, data[0] + m.index, data[0] + m.index + m[0].length);
      blanked += m[0].length;
      found++;
    }
    if (required && !found) throw new Error(`panic-text: ${wasmPath} has no ${re} (has the toolchain changed?)`);
  }
  writeFileSync(wasmPath, bytes);
  return blanked;
}
