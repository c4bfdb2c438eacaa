// Blanks the text in the interaction module's data that only a panic message would read: the
// source paths of `core::panic::Location`s (the standard library's, /rustc/<commit>/library/…,
// and the crates' from the registry), the panic messages of `alloc` and `RefCell`, and core's
// table of two-digit pairs for formatting integers. The module is `no_std`, joins its strings
// without `core::fmt` (widget/src/text.rs), and its panic handler traps without reading its
// argument (widget/src/lib.rs): nothing reads these bytes, which still ship because the linker
// lays data out before the optimizer finds its readers dead (BENCHMARKS.md "Size", stop 31).
// Zeros are left in their place, so that no address moves. Used by scripts/package.mjs for the
// interaction module's two builds only: the parser module formats, and keeps its messages.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leb, sections, sleb } from './wasm-bytes.mjs';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * What is blanked: each a pattern over the data as latin1 text, whether it must be there, and
 * whether it is kept when the module's code holds an address inside it (the digit table: a live
 * reader of it would print wrong digits, where a live reader of a message only shows less).
 */
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
    [new RegExp(Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')).join(''), 'g'), false, true],
  ];
}

/** Blanks the panic text of `wasmPath`'s data section in place; returns the bytes blanked. */
export function blankPanicText(wasmPath) {
  const bytes = readFileSync(wasmPath);
  const section = sections(bytes).find((s) => s.id === 11);
  if (!section) throw new Error(`panic-text: ${wasmPath} has no data section`);
  const data = [section.body, section.end];
  const text = bytes.subarray(...data).toString('latin1');
  const address = segmentAddresses(bytes, data);
  let constants = null; // the addresses the code holds, read once if a guarded pattern matches
  let blanked = 0;
  for (const [re, required, guarded] of patterns()) {
    let found = 0;
    for (const m of text.matchAll(re)) {
      if (guarded) {
        constants ??= codeConstants(wasmPath);
        const from = address(data[0] + m.index);
        if (from === null || constants.some((c) => c >= from && c < from + m[0].length)) continue;
      }
      bytes.fill(0, data[0] + m.index, data[0] + m.index + m[0].length);
      blanked += m[0].length;
      found++;
    }
    if (required && !found) throw new Error(`panic-text: ${wasmPath} has no ${re} (has the toolchain changed?)`);
  }
  writeFileSync(wasmPath, bytes);
  return blanked;
}

// The memory address of the byte at `at` in the data section, or null outside an active segment
// placed by a constant.
function segmentAddresses(bytes, [start, end]) {
  const segments = []; // [first byte, last byte + 1, address of the first]
  let [count, at] = leb(bytes, start);
  for (; count > 0 && at < end; count--) {
    const [flags, next] = leb(bytes, at);
    at = next;
    let base = null;
    if (flags === 0 || flags === 2) {
      if (flags === 2) at = leb(bytes, at)[1]; // memory index
      if (bytes[at] === 0x41) [base, at] = sleb(bytes, at + 1);
      while (bytes[at] !== 0x0b) at++; // the end of the offset expression
      at++;
    }
    const [size, body] = leb(bytes, at);
    if (base !== null) segments.push([body, body + size, base]);
    at = body + size;
  }
  return (offset) => {
    const s = segments.find(([from, to]) => offset >= from && offset < to);
    return s ? s[2] + (offset - s[0]) : null;
  };
}

// Every address the functions hold: `i32.const` operands and load/store offsets, from binaryen's
// text of the module (npm's, as package.mjs uses).
function codeConstants(wasmPath) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const local = join(root, 'node_modules/.bin/wasm-dis');
  const wat = execFileSync(existsSync(local) ? local : 'wasm-dis', [wasmPath], { maxBuffer: 1 << 28 }).toString();
  const code = wat.split('\n').filter((line) => !line.trimStart().startsWith('(data '));
  return code.flatMap((line) => [...line.matchAll(/(?:i32\.const |offset=)(-?\d+)/g)].map((m) => Number(m[1])));
}
