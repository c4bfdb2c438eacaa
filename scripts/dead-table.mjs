// Points the function-table slots no call can reach at one stub, so that wasm-opt can then drop
// the functions they held. wasm-bindgen 0.2.130 leaves two kinds in a module's table
// (BENCHMARKS.md "Size", stop 31):
//   - `wasm_bindgen::convert::closures::_::invoke::…` shims not exported: their slots were
//     written only by the descriptor functions (`describe_invoke`, one per closure type js-sys and
//     web-sys declare), which wasm-bindgen runs and deletes; the closures the module makes are
//     called from the glue through their exported shims;
//   - `js_sys::futures::jspi::task_waker::raw_*`: the waker of a JSPI task, whose only way in
//     is the export `__wbg_jspi_task_poll`, which wasm-bindgen deletes from a module without
//     JSPI exports (then checked absent here).
// The table is the module's own (neither imported nor exported), so only the module's code
// could call through it, by an index these slots no longer have a writer for. Reads the
// function names, so wasm-opt must keep them (`-g`) until this has run. Used by
// scripts/package.mjs before its last wasm-opt pass.
import { readFileSync, writeFileSync } from 'node:fs';
import { leb, sections, uleb } from './wasm-bytes.mjs';

const DEAD = /^(?:wasm_bindgen::convert::closures::_::invoke::|js_sys::futures::jspi::task_waker::raw_)/;

const dec = new TextDecoder('utf-8', { fatal: true });
const str = (bytes, at) => {
  const [len, from] = leb(bytes, at);
  return [dec.decode(bytes.subarray(from, from + len)), from + len];
};

/**
 * Redirects the dead slots of `wasmPath`'s function table to the smallest of their functions,
 * in place. Fails when the module is not as wasm-bindgen writes it (a table imported or
 * exported, an element segment of another kind, no function names). Returns how many slots.
 */
export function dropDeadTableEntries(wasmPath) {
  const bytes = readFileSync(wasmPath);
  const secs = sections(bytes);
  const fail = (why) => {
    throw new Error(`dead-table: ${wasmPath}: ${why}`);
  };
  let imported = 0;
  let importedTables = 0;
  const imports = secs.find((s) => s.id === 2);
  if (imports) {
    let [n, p] = leb(bytes, imports.body);
    for (let i = 0; i < n; i++) {
      [, p] = str(bytes, p);
      [, p] = str(bytes, p);
      const kind = bytes[p++];
      const limits = (q) => {
        const flags = bytes[q++];
        [, q] = leb(bytes, q);
        return flags & 1 ? leb(bytes, q)[1] : q;
      };
      if (kind === 0) {
        imported++;
        [, p] = leb(bytes, p);
      } else if (kind === 1) {
        if (bytes[p] === 0x70) fail('the function table is imported');
        importedTables++;
        p = limits(p + 1);
      } else if (kind === 2) p = limits(p);
      else if (kind === 3) p += 2;
      else if (kind === 4) p = leb(bytes, p + 1)[1];
      else fail(`unknown import kind ${kind}`);
    }
  }
  // Which tables hold functions (0x70), the externref table wasm-bindgen exports being another.
  const funcTables = new Set();
  const tables = secs.find((s) => s.id === 4);
  if (tables) {
    let [n, p] = leb(bytes, tables.body);
    for (let i = 0; i < n; i++) {
      if (bytes[p] === 0x70) funcTables.add(importedTables + i);
      const flags = bytes[p + 1];
      [, p] = leb(bytes, p + 2);
      if (flags & 1) [, p] = leb(bytes, p);
    }
  }
  const exported = new Set();
  const exportNames = new Set();
  const exports = secs.find((s) => s.id === 7);
  if (exports) {
    let [n, p] = leb(bytes, exports.body);
    for (let i = 0; i < n; i++) {
      let name;
      [name, p] = str(bytes, p);
      const kind = bytes[p++];
      let index;
      [index, p] = leb(bytes, p);
      exportNames.add(name);
      if (kind === 0) exported.add(index);
      if (kind === 1 && funcTables.has(index)) fail('the function table is exported');
    }
  }
  if (exportNames.has('__wbg_jspi_task_poll')) fail('the module runs JSPI tasks: their waker is alive');
  const sizes = new Map();
  const code = secs.find((s) => s.id === 10);
  {
    let [n, p] = leb(bytes, code.body);
    for (let i = 0; i < n; i++) {
      const [size, from] = leb(bytes, p);
      sizes.set(imported + i, size);
      p = from + size;
    }
  }
  const names = new Map();
  for (const s of secs.filter((x) => x.id === 0)) {
    let [name, p] = str(bytes, s.body);
    if (name !== 'name') continue;
    while (p < s.end) {
      const sub = bytes[p];
      const [size, from] = leb(bytes, p + 1);
      if (sub === 1) {
        let [n, q] = leb(bytes, from);
        for (let i = 0; i < n; i++) {
          let index;
          [index, q] = leb(bytes, q);
          let fn;
          [fn, q] = str(bytes, q);
          names.set(index, fn);
        }
      }
      p = from + size;
    }
  }
  if (names.size === 0) fail('no function names (wasm-opt without -g?)');
  const elements = secs.find((s) => s.id === 9);
  if (!elements) return 0;
  const dead = (f) => DEAD.test(names.get(f) ?? '') && !exported.has(f);
  let [count, p] = leb(bytes, elements.body);
  const section = [...uleb(count)];
  let redirected = 0;
  for (let i = 0; i < count; i++) {
    // Kind 0: an active segment of table 0, an offset expression, function indices.
    if (bytes[p] !== 0) fail(`element segment of kind ${bytes[p]}`);
    let q = p + 1;
    while (bytes[q] !== 0x0b) q++;
    section.push(...bytes.subarray(p, q + 1));
    let [n, r] = leb(bytes, q + 1);
    const slots = [];
    for (let k = 0; k < n; k++) {
      let f;
      [f, r] = leb(bytes, r);
      slots.push(f);
    }
    const stub = slots.filter(dead).sort((a, b) => sizes.get(a) - sizes.get(b))[0];
    section.push(...uleb(n));
    for (const f of slots) {
      const to = dead(f) ? stub : f;
      if (to !== f) redirected++;
      section.push(...uleb(to));
    }
    p = r;
  }
  if (p !== elements.end) fail('the element section was not read to its end');
  writeFileSync(
    wasmPath,
    Buffer.concat([bytes.subarray(0, elements.start), Uint8Array.of(9, ...uleb(section.length)), Uint8Array.from(section), bytes.subarray(elements.end)]),
  );
  return redirected;
}
