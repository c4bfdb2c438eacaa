// Gives the JavaScript functions a wasm-bindgen module imports short names, in the .wasm and in
// its glue alike, and the module they come from (`./widget_bg.js`, a file that does not exist
// with `--target web`) the name `m`. wasm-bindgen names each `__wbg_<method>_<16 hex digits>`: the hash keeps
// same-named methods of different crates apart, and is written twice (the module's import
// section, the glue's imports object) where gzip cannot shorten it — 3.6 KB of the interaction
// module's 43 (BENCHMARKS.md "Size", stop 28). Used by scripts/package.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { leb, uleb } from './wasm-bytes.mjs';

const HASHED = /^(?:__wbg_\w+|__wbindgen_generic)_[0-9a-f]{16}$/;

// `a`…`z`, `A`…`Z`, then two letters and on: never a wasm-bindgen name.
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  for (let n = i; ; n = Math.floor(n / letters.length) - 1) {
    s = letters[n % letters.length] + s;
    if (n < letters.length) return s;
  }
}

/** The end of an import's description (its kind and what follows) starting at `at`. */
function skipDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: // function: its type
      return leb(bytes, at)[1];
    case 1: // table: element type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    case 4: // tag: attribute, type
      return leb(bytes, at + 1)[1];
    default:
      throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

/**
 * The export section `bytes[body..end]` with every export the glue `js` reaches only as
 * `wasm.NAME` renamed `wasm.a`, `wasm.b`…: wasm-bindgen's own names (`__wbindgen_malloc`,
 * `handle_openNote`, the closures' `…_invoke__h<16 hex digits>`) are written in both. `memory`,
 * exports the glue does not call and any it names in a string or as another object's property
 * keep their names. [section bytes, glue].
 */
function shortExports(bytes, body, end, js, renamed) {
  const dec = new TextDecoder('utf-8', { fatal: true });
  const enc = new TextEncoder();
  const [count, first] = leb(bytes, body);
  const section = [...uleb(count)];
  let p = first;
  let n = 0;
  const taken = new Set();
  for (let i = 0, q = first; i < count; i++) {
    const [len, f] = leb(bytes, q);
    taken.add(dec.decode(bytes.subarray(f, f + len)));
    q = leb(bytes, f + len + 1)[1];
  }
  for (let i = 0; i < count; i++) {
    const [len, f] = leb(bytes, p);
    const name = dec.decode(bytes.subarray(f, f + len));
    const [, descEnd] = leb(bytes, f + len + 1);
    const esc = name.replace(/\$/g, '\\$');
    const used = js.match(new RegExp(`\\bwasm\\.${esc}(?![\\w$])`, 'g'))?.length ?? 0;
    // Elsewhere only as an identifier of the glue's own (a function named after the export).
    const before = [...js.matchAll(new RegExp(`(?<![\\w$])${esc}(?![\\w$])`, 'g'))].map((m) => js[m.index - 1]);
    const reached = before.filter((c) => /[.'"`[]/.test(c)).length === used;
    let short = name;
    if (name !== 'memory' && used > 0 && reached) {
      short = shortName(n++);
      if (taken.has(short)) throw new Error(`short-imports: the export ${short} exists already`);
      js = js.replace(new RegExp(`\\bwasm\\.${esc}(?![\\w$])`, 'g'), `wasm.${short}`);
      renamed.set(name, short);
    }
    const nameBytes = enc.encode(short);
    section.push(...uleb(nameBytes.length), ...nameBytes, ...bytes.subarray(f + len, descEnd));
    p = descEnd;
  }
  if (p !== end) throw new Error('short-imports: the export section was not read to its end');
  return [section, js];
}

/**
 * Renames the hashed imports of `wasmPath` and the same keys in the glue `jsPath`, in place,
 * and the exports the glue calls (`shortExports`), in `dtsPath`'s `InitOutput` too when given.
 * Fails when a name is not found exactly once in the glue: the two would no longer agree.
 * Returns the number of imports shortened.
 */
export function shortenImports(wasmPath, jsPath, dtsPath) {
  const exported = new Map();
  const bytes = readFileSync(wasmPath);
  let js = readFileSync(jsPath, 'utf8');
  const dec = new TextDecoder('utf-8', { fatal: true });
  const enc = new TextEncoder();
  const out = [bytes.subarray(0, 8)];
  const renamed = new Map();
  // wasm-bindgen names the glue as the module the imports come from: `./widget_bg.js`.
  const glueModule = `./${basename(wasmPath, '.wasm')}.js`;
  let usesGlue = false;
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = leb(bytes, at + 1);
    const end = body + size;
    if (id === 7) {
      const [section, names] = shortExports(bytes, body, end, js, exported);
      out.push(Uint8Array.of(7, ...uleb(section.length)), Uint8Array.from(section));
      js = names;
      at = end;
      continue;
    }
    if (id !== 2) {
      out.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    const [count, first] = leb(bytes, body);
    const section = [...uleb(count)];
    let p = first;
    for (let i = 0; i < count; i++) {
      const [moduleLen, m] = leb(bytes, p);
      const moduleEnd = m + moduleLen;
      let module = dec.decode(bytes.subarray(m, moduleEnd));
      if (module === glueModule) {
        usesGlue = true;
        module = 'm';
      }
      const moduleBytes = enc.encode(module);
      const [fieldLen, f] = leb(bytes, moduleEnd);
      const field = dec.decode(bytes.subarray(f, f + fieldLen));
      const descEnd = skipDesc(bytes, f + fieldLen);
      let name = field;
      if (HASHED.test(field)) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        name = renamed.get(field);
      }
      const nameBytes = enc.encode(name);
      section.push(...uleb(moduleBytes.length), ...moduleBytes, ...uleb(nameBytes.length), ...nameBytes, ...bytes.subarray(f + fieldLen, descEnd));
      p = descEnd;
    }
    if (p !== end) throw new Error('short-imports: the import section was not read to its end');
    out.push(Uint8Array.of(2, ...uleb(section.length)), Uint8Array.from(section));
    at = end;
  }
  if (usesGlue) renamed.set(`"${glueModule}"`, 'm');
  for (const [long, short] of renamed) {
    const uses = js.split(long).length - 1;
    if (uses !== 1) throw new Error(`short-imports: ${long} is in ${jsPath} ${uses} times, not once`);
    js = js.replace(long, short);
  }
  writeFileSync(wasmPath, Buffer.concat(out));
  writeFileSync(jsPath, js);
  if (dtsPath) {
    let dts = readFileSync(dtsPath, 'utf8');
    for (const [long, short] of exported) dts = dts.replace(`readonly ${long}:`, `readonly ${short}:`);
    writeFileSync(dtsPath, dts);
  }
  return renamed.size;
}
