#!/usr/bin/env node
// Turns wasm-pack's output directory into the npm package "undoc". Run after
//   wasm-pack build --target web --release --out-dir pkg --out-name undoc
// usage: node scripts/package.mjs [PKG_DIR]   (default: pkg/ in the repository)
//
// Bundles the custom element (www/un-document.js, and www/un-document-text.js with www/load.js;
// its .d.ts copied), the stylesheet (www/undoc.css) and the npm README (pkg-template/README.md)
// into the package, and rewrites package.json: name "undoc", ES module, "files" listing
// everything shipped, "exports" for the library, the element, the stylesheet and the .wasm.
// Gives each module a last wasm-opt pass after freeing its function table's dead slots
// (dead-table.mjs), and blanks the interaction module's panic-only text (panic-text.mjs).
// Fails when something the exports name is missing.
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { dropDeadTableEntries } from './dead-table.mjs';
import { blankPanicText } from './panic-text.mjs';
import { shortenImports } from './short-imports.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = resolve(process.argv[2] ?? join(ROOT, 'pkg'));
const show = (p) => (relative(ROOT, p).startsWith('..') ? p : relative(ROOT, p));

function fail(message) {
  console.error(`package.mjs: ${message}`);
  process.exit(1);
}

const REQUIRED = ['undoc.js', 'undoc_bg.wasm', 'undoc.d.ts', 'package.json'];
for (const f of REQUIRED) {
  if (!existsSync(join(PKG, f))) fail(`${show(join(PKG, f))} is missing: run wasm-pack first (make pkg)`);
}
// The interaction module, built by wasm-pack from widget/ into a directory of its own.
const WIDGET = resolve(process.argv[3] ?? join(ROOT, 'target/pkg-widget'));
for (const f of ['widget.js', 'widget_bg.wasm', 'widget.d.ts']) {
  const from = join(WIDGET, f);
  if (!existsSync(from)) fail(`${show(from)} is missing: run wasm-pack on widget/ first (make pkg)`);
  copyFileSync(from, join(PKG, f));
}

// The same without `mount` (hydrate_bg.wasm): all a pre-rendered document loads to wake up.
const HYDRATE = resolve(process.argv[5] ?? join(ROOT, 'target/pkg-hydrate'));
for (const f of ['hydrate.js', 'hydrate_bg.wasm', 'hydrate.d.ts']) {
  const from = join(HYDRATE, f);
  if (!existsSync(from)) fail(`${show(from)} is missing: run wasm-pack on widget/ without mount first (make pkg)`);
  copyFileSync(from, join(PKG, f));
}

// The explorer module (<un-collection>), built by wasm-pack from explorer/.
const EXPLORER = resolve(process.argv[4] ?? join(ROOT, 'target/pkg-explorer'));
for (const f of ['explorer.js', 'explorer_bg.wasm', 'explorer.d.ts']) {
  const from = join(EXPLORER, f);
  if (!existsSync(from)) fail(`${show(from)} is missing: run wasm-pack on explorer/ first (make pkg)`);
  copyFileSync(from, join(PKG, f));
}

// Every module: the function table's dead slots freed (dead-table.mjs), then wasm-opt once more
// with its crate's flags, which drops what they held, the function names kept for this step and
// the sections no browser reads. The interaction module's builds also lose their panic-only text
// (panic-text.mjs).
{
  const local = join(ROOT, 'node_modules/.bin/wasm-opt');
  const wasmOpt = existsSync(local) ? local : 'wasm-opt';
  for (const [m, crate] of [['undoc', '.'], ['widget', 'widget'], ['hydrate', 'widget'], ['explorer', 'explorer']]) {
    const toml = readFileSync(join(ROOT, crate, 'Cargo.toml'), 'utf8');
    const list = toml.match(/\[package\.metadata\.wasm-pack\.profile\.custom\]\s*wasm-opt = \[([^\]]*)\]/);
    if (!list) fail(`${crate}/Cargo.toml has no wasm-opt flags for the custom profile`);
    const flags = [...list[1].matchAll(/"([^"]+)"/g)].map((f) => f[1]).filter((f) => f !== '-g');
    const path = join(PKG, `${m}_bg.wasm`);
    if (dropDeadTableEntries(path) === 0) fail(`${m}_bg.wasm: no dead table slot found (has wasm-bindgen changed?)`);
    execFileSync(wasmOpt, [...flags, '--strip-debug', '--strip-producers', '--strip-target-features', path, '-o', path]);
    if (crate === 'widget') blankPanicText(path);
  }
}

const COPIES = [
  ['www/un-document.d.ts', 'un-document.d.ts'],
  ['www/un-collection.css', 'un-collection.css'],
  // A worker is its own entry: it stays a file, importing the parser's glue beside it.
  ['www/index-worker.js', 'index-worker.js'],
  ['www/index.d.ts', 'index.d.ts'],
  ['www/undoc.css', 'undoc.css'],
  ['pkg-template/README.md', 'README.md'],
  // The declared licence is "MIT OR Apache-2.0": both texts ship.
  ['LICENSE-MIT', 'LICENSE-MIT'],
  ['LICENSE-APACHE', 'LICENSE-APACHE'],
];
for (const [from, to] of COPIES) copyFileSync(join(ROOT, from), join(PKG, to));

// The element ships as two minified files (esbuild): un-document.js, all a pre-rendered document
// loads, and un-document-text.js (with www/load.js), imported only for text to parse. The
// readable sources stay in www/, the wasm-bindgen glue stays a module of its own.
// The library's entry (www/index.js) likewise, beside the two glue modules it imports.
// The element and the library's entries import the two glue modules rather than carrying copies:
// one instance of each module per page, whichever of them a page uses.
for (const entry of ['un-document.js', 'un-document-text.js', 'un-collection.js', 'index.js', 'index.node.js']) {
  await esbuild.build({
    entryPoints: [join(ROOT, 'www', entry)],
    outfile: join(PKG, entry),
    bundle: true,
    external: ['./undoc.js', './widget.js', './hydrate.js', './explorer.js', './un-document.js', './un-document-text.js', './index.js', 'node:fs'],
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

// The functions each module imports from its glue get short names, in both (short-imports.mjs).
for (const m of ['undoc', 'widget', 'hydrate', 'explorer']) shortenImports(join(PKG, `${m}_bg.wasm`), join(PKG, `${m}.js`), join(PKG, `${m}.d.ts`));

// hydrate.js is the element's alone (the library's `hydrate` is widget.js's): what the element
// never calls goes — `initSync`, the warnings for init's deprecated arguments and its fetching
// (it passes `{ module_or_path }`, a module it compiled) and the `encodeInto` fallback for
// browsers without it (all that run the module have it). Each piece is wasm-bindgen's text as
// written: a new version that writes it otherwise fails here.
{
  const cut = (text, from, to, what) => {
    if (!text.includes(from)) fail(`hydrate.js: ${what} is not as expected`);
    return text.replace(from, to);
  };
  const path = join(PKG, 'hydrate.js');
  let js = readFileSync(path, 'utf8');
  const start = js.indexOf('function initSync(module) {');
  const end = js.indexOf('\nlet __wbg_init_promise;');
  if (start < 0 || end < start) fail('hydrate.js: initSync is not as expected');
  js = js.slice(0, start) + js.slice(end + 1);
  js = cut(js, 'export { initSync, __wbg_init as default };', 'export { __wbg_init as default };', 'the exports');
  js = cut(
    js,
    `        if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
            ({module_or_path} = module_or_path)
        } else {
            console.warn('using deprecated parameters for the initialization function; pass a single object instead')
        }`,
    '        ({module_or_path} = module_or_path)',
    'the init arguments',
  );
  // The element hands init a compiled module, always (www/un-document.js `compile`): the glue's
  // fetching, its streaming instantiation and the fallback for another MIME type go.
  const load = js.indexOf('async function __wbg_load(module, imports) {');
  const loadEnd = js.indexOf('\nlet __wbg_init_promise;');
  if (load < 0 || loadEnd < load) fail('hydrate.js: __wbg_load is not as expected');
  js = `${js.slice(0, load)}async function __wbg_load(module, imports) {
    return { instance: await WebAssembly.instantiate(module, imports), module };
}
${js.slice(loadEnd)}`;
  js = cut(
    js,
    `    if (module_or_path === undefined) {
        module_or_path = new URL('hydrate_bg.wasm', import.meta.url);
    }
`,
    '',
    "init's default URL",
  );
  js = cut(
    js,
    `    if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
        module_or_path = fetch(module_or_path);
    }
`,
    '',
    "init's fetch",
  );
  js = cut(
    js,
    `if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}`,
    '',
    'the encodeInto fallback',
  );
  writeFileSync(path, js);
  const dtsPath = join(PKG, 'hydrate.d.ts');
  let dts = readFileSync(dtsPath, 'utf8');
  const s = dts.indexOf('export type SyncInitInput');
  const e = dts.indexOf('/**', dts.indexOf('export function initSync('));
  if (s < 0 || e < s) fail('hydrate.d.ts: initSync is not as expected');
  dts = dts.slice(0, s) + dts.slice(e);
  dts = cut(dts, ' * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.', ' * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path', 'the init parameter');
  dts = cut(dts, '(module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>)', '(module_or_path: { module_or_path: WebAssembly.Module | Promise<WebAssembly.Module> })', 'the init signature');
  writeFileSync(dtsPath, dts);
}

// What wasm-bindgen writes (the three glue modules) and the stylesheets ship minified too, each
// file on its own (no bundling: the modules keep their names, exports and `new URL(…,
// import.meta.url)`); the readable sources stay www/*.css and the crates. esbuild without a
// target lowers nothing: the same syntax, less of it (BENCHMARKS.md "Size", stop 28).
for (const [file, loader] of [
  ['undoc.js', 'js'],
  ['widget.js', 'js'],
  ['hydrate.js', 'js'],
  ['explorer.js', 'js'],
  ['index-worker.js', 'js'],
  ['undoc.css', 'css'],
  ['un-collection.css', 'css'],
]) {
  const path = join(PKG, file);
  const { code } = await esbuild.transform(readFileSync(path, 'utf8'), {
    loader,
    minify: true,
    legalComments: 'none',
    ...(loader === 'js' ? { format: 'esm', target: 'es2022' } : {}),
    logLevel: 'warning',
  });
  writeFileSync(path, code);
}

// wasm-pack writes a ".gitignore" of "*"; the repository's .gitignore already covers pkg/, and a
// "*" ignore file only confuses tools that honour it.
rmSync(join(PKG, '.gitignore'), { force: true });

// wasm-bindgen cannot mark a parameter optional in the .d.ts; src/wasm/mod.rs types the options as
// `X | undefined` and they are made optional here (the functions accept a missing argument).
const dts = join(PKG, 'undoc.d.ts');
// tsify writes a flattened enum as `interface Span extends SpanKind`, which TypeScript refuses
// (SpanKind is a union): an intersection type says the same.
const typed = readFileSync(dts, 'utf8')
  .replace(/options: (\w+Options) \| undefined\)/g, 'options?: $1)')
  .replace(/export interface Span extends SpanKind \{([\s\S]*?)\n\}/, 'export type Span = SpanKind & {$1\n};');
if (/interface \w+ extends SpanKind/.test(typed)) throw new Error('package.mjs: undoc.d.ts still extends the SpanKind union');
if (!/options\?: RenderOptions\)/.test(typed)) throw new Error('package.mjs: undoc.d.ts has no optional RenderOptions parameter');
writeFileSync(dts, typed);
const wdts = join(PKG, 'widget.d.ts');
const wtyped = readFileSync(wdts, 'utf8').replace(/options: WidgetOptions \| undefined\)/g, 'options?: WidgetOptions)');
if (!/options\?: WidgetOptions\)/.test(wtyped)) throw new Error('package.mjs: widget.d.ts has no optional WidgetOptions parameter');
writeFileSync(wdts, wtyped);
const hdts = join(PKG, 'hydrate.d.ts');
writeFileSync(hdts, readFileSync(hdts, 'utf8').replace(/options: WidgetOptions \| undefined\)/g, 'options?: WidgetOptions)'));

const wasmPack = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));

// Everything in the directory is shipped (npm adds package.json and README.md by itself, but
// listing them keeps "files" the whole truth).
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : walk(full);
    return d.isFile() ? [relative(PKG, full).split(sep).join('/')] : [];
  });
}
const order = ['index.js', 'index.node.js', 'index.d.ts', 'undoc.js', 'undoc.d.ts', 'undoc_bg.wasm', 'undoc_bg.wasm.d.ts', 'widget.js', 'widget.d.ts', 'widget_bg.wasm', 'hydrate.js', 'hydrate.d.ts', 'hydrate_bg.wasm', 'un-document.js', 'un-document-text.js', 'un-document.d.ts', 'undoc.css', 'README.md', 'package.json'];
const files = walk(PKG)
  .filter((f) => !/(^|\/)\./.test(f) && !f.endsWith('.tgz'))
  .sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? order.length : ia) - (ib === -1 ? order.length : ib);
    return a.localeCompare(b);
  });
// Directories (wasm-bindgen snippets) are listed once as "dir/".
const listed = [...new Set(files.map((f) => (f.includes('/') ? `${f.split('/')[0]}/` : f)))];

const pkg = {
  name: 'undoc',
  version: wasmPack.version,
  description:
    wasmPack.description ??
    'Turns a plain-text United Nations document into a structured, interactive document.',
  license: wasmPack.license,
  ...(wasmPack.repository ? { repository: wasmPack.repository } : {}),
  ...(wasmPack.homepage ? { homepage: wasmPack.homepage } : {}),
  ...(wasmPack.collaborators ? { collaborators: wasmPack.collaborators } : {}),
  keywords: ['united-nations', 'un-documents', 'webassembly', 'custom-element', 'web-component'],
  type: 'module',
  files: listed,
  main: './index.js',
  types: './index.d.ts',
  exports: {
    // Node loads both modules from their files at import: no init call needed there.
    '.': { types: './index.d.ts', node: './index.node.js', default: './index.js' },
    './element': './un-document.js',
    './collection': './un-collection.js',
    './un-collection.css': './un-collection.css',
    './undoc.css': './undoc.css',
    './undoc_bg.wasm': './undoc_bg.wasm',
    './widget_bg.wasm': './widget_bg.wasm',
    './hydrate_bg.wasm': './hydrate_bg.wasm',
    './package.json': './package.json',
  },
  // index.node.js loads both modules when imported: a bundler must not drop it.
  sideEffects: ['./un-document.js', './un-collection.js', './index.node.js', ...(existsSync(join(PKG, 'snippets')) ? ['./snippets/*'] : [])],
};

// Every export target must exist.
const targets = Object.values(pkg.exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
for (const t of targets) {
  const p = join(PKG, t);
  if (!existsSync(p) || !statSync(p).isFile()) fail(`exports names ${t}, which is not in ${show(PKG)}`);
}
if (!pkg.version) fail('wasm-pack package.json has no version');

writeFileSync(join(PKG, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
const size = (f) => statSync(join(PKG, f)).size;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `package.mjs: ${show(PKG)}/ is npm package undoc@${pkg.version}: ${files.length} files ` +
    `(undoc_bg.wasm ${kib(size('undoc_bg.wasm'))}, widget_bg.wasm ${kib(size('widget_bg.wasm'))}, undoc.js ${kib(size('undoc.js'))}, un-document.js ${kib(size('un-document.js'))}, undoc.css ${kib(size('undoc.css'))})`,
);
