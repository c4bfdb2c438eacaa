// What the npm package costs a page: the WebAssembly module, its JavaScript glue, the element and
// the stylesheet, raw and compressed with gzip -9. Shared by the size test (size.test.mjs, run by
// `make test-size`) and the benchmark (`make bench`); the budget and why it is what it is are in
// BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The two ways a page loads undoc, each with its files in pkg/, its budget (gzip -9, bytes;
 * KiB = 1024 bytes: what the package measures now, so a growth fails) and the target of
 * issue 13, which BENCHMARKS.md "Size" compares it with.
 */
export const WAYS = {
  // Pre-rendered HTML woken up: the interaction module and its glue, the element and the
  // stylesheet.
  prerendered: {
    files: ['hydrate_bg.wasm', 'hydrate.js', 'un-document.js', 'undoc.css'],
    budget: 33.9 * 1024,
    target: 35 * 1000,
  },
  // Text parsed in the browser: the parser module too.
  parsed: {
    files: ['undoc_bg.wasm', 'undoc.js', 'widget_bg.wasm', 'widget.js', 'un-document.js', 'un-document-text.js', 'undoc.css'],
    budget: 266.6 * 1024,
    target: 115 * 1000,
  },
  // The collection explorer before a document opens: its module, glue, element and stylesheet,
  // and <un-document>'s (the parser module comes with the first document opened). Issue 14 sets
  // no target: the budget holds it where it is.
  explorer: {
    files: ['explorer_bg.wasm', 'explorer.js', 'un-collection.js', 'un-collection.css', 'widget_bg.wasm', 'widget.js', 'un-document.js', 'undoc.css'],
    budget: 165.0 * 1024,
    target: null,
  },
};

/** Every file a page may load (the parsed way's). */
export const FILES = WAYS.parsed.files;

/** The package directory: pkg/, or UNDOC_PKG_DIR (as in the e2e harness). */
export const PKG_DIR = process.env.UNDOC_PKG_DIR ? resolve(process.env.UNDOC_PKG_DIR) : join(ROOT, 'pkg');

/** {file, raw, gzip} for each of `names` in `dir` (default PKG_DIR), and their total. */
export function packageSizes(dir = PKG_DIR, names = FILES) {
  const files = names.map((file) => {
    const path = join(dir, file);
    return { file, raw: readFileSync(path).length, gzip: gzipSize(path) };
  });
  const total = {
    file: 'total',
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  };
  return { files, total };
}

/**
 * The size of `path` compressed by `gzip -9 -n` (no name in the header). Where there is no gzip
 * program, zlib at level 9, whose deflate differs a little (about 2% larger on the .wasm).
 */
export function gzipSize(path) {
  try {
    return execFileSync('gzip', ['-9', '-n', '-c', path], { maxBuffer: 1 << 26 }).length;
  } catch {
    return gzipSync(readFileSync(path), { level: 9 }).length;
  }
}

export const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
