// `node bench/wasm.mjs` (part of `make bench`): the WebAssembly build in Node, beside the native
// figures, and the package's size.
//
// Loads pkg/undoc.js (or $UNDOC_PKG_DIR/undoc.js) with `initSync` (the module compiled from pkg/undoc_bg.wasm), then times
// `renderHtml(text, {interactive: true})` — parse and render in one call, what `mount` does
// before touching the DOM — on the inputs the native benchmark wrote to target/bench/inputs/, as
// the median of several runs, in MB/s of input (1 MB = 10^6 bytes). The native parse+render
// figure comes from target/bench/native.json. Writes its tables as Markdown to
// target/bench/wasm.md for BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { kib, packageSizes, PKG_DIR, ROOT, WAYS } from '../tests/size/sizes.mjs';

// `UNDOC_BENCH_INPUTS=seed,1m` runs only those inputs (as the native benchmark).
const INPUTS = ['seed', '100k', '1m', '10m'].filter(
  (n) => !process.env.UNDOC_BENCH_INPUTS || process.env.UNDOC_BENCH_INPUTS.split(',').includes(n),
);
const BENCH = join(ROOT, 'target/bench');
const quick = process.argv.includes('--quick');

function need(path, what) {
  if (!existsSync(path)) {
    console.error(`bench/wasm.mjs: ${path} is missing: ${what}`);
    process.exit(1);
  }
}
need(join(PKG_DIR, 'undoc_bg.wasm'), 'run `make pkg` first');
need(join(BENCH, 'native.json'), 'run the native benchmark first (`make bench` runs both)');

/** Median wall time of `f` in ms: at least `minRuns` runs, until `budgetMs` is spent. */
function median(f, budgetMs, minRuns) {
  f();
  const times = [];
  const start = performance.now();
  while (times.length < minRuns || (performance.now() - start < budgetMs && times.length < 1000)) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const fmtMs = (m) => (m < 1 ? m.toFixed(3) : m < 100 ? m.toFixed(2) : m.toFixed(0));
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1e3);

const wasmBytes = readFileSync(join(PKG_DIR, 'undoc_bg.wasm'));
const glue = await import(join(PKG_DIR, 'undoc.js'));
let t = performance.now();
const module = new WebAssembly.Module(wasmBytes);
const compileMs = performance.now() - t;
t = performance.now();
glue.initSync({ module });
const instantiateMs = performance.now() - t;

const native = JSON.parse(readFileSync(join(BENCH, 'native.json'), 'utf8'));
const seedText = readFileSync(join(BENCH, 'inputs/seed.txt'), 'utf8');
t = performance.now();
glue.renderHtml(seedText, { interactive: true });
const firstMs = performance.now() - t;

const lines = [];
const out = (s = '') => {
  lines.push(s);
};
out(`Node ${process.version}, V8 ${process.versions.v8}.`);
out();
out('| input | size | wasm parse+render ms | wasm MB/s | native MB/s | wasm / native |');
out('|---|---:|---:|---:|---:|---:|');
for (const name of INPUTS) {
  const text = readFileSync(join(BENCH, `inputs/${name}.txt`), 'utf8');
  const bytes = Buffer.byteLength(text);
  const big = bytes > 5e6;
  const ms = median(() => glue.renderHtml(text, { interactive: true }), quick ? 50 : big ? 4000 : 2000, big ? 3 : 5);
  const n = native.inputs.find((i) => i.name === name);
  const w = mbps(bytes, ms);
  out(
    `| ${name} | ${bytes} B | ${fmtMs(ms)} | ${w.toFixed(1)} | ${n ? n.parse_render_mbps.toFixed(1) : '?'} | ${
      n ? (w / n.parse_render_mbps).toFixed(2) : '?'
    } |`,
  );
}
out();
out(
  `Module: compiled in ${fmtMs(compileMs)} ms, instantiated in ${fmtMs(instantiateMs)} ms; first renderHtml of the seed ` +
    `(builds the gazetteer) ${fmtMs(firstMs)} ms.`,
);
out();
const { files, total } = packageSizes();
out('| package file | raw | gzip -9 |');
out('|---|---:|---:|');
for (const f of [...files, total]) out(`| ${f.file} | ${f.raw} B (${kib(f.raw)}) | ${f.gzip} B (${kib(f.gzip)}) |`);
out();
for (const [way, { files: names, budget, target }] of Object.entries(WAYS)) {
  const { total: t } = packageSizes(PKG_DIR, names);
  out(
    `Size, ${way}: ${kib(t.gzip)} gzip; budget ${kib(budget)} ${t.gzip <= budget ? '✓' : '✗'} ` +
      (target === null ? '(no target).' : `(target ${(target / 1000).toFixed(0)} KB ${t.gzip <= target ? '✓' : '✗'}; see "Size" in BENCHMARKS.md).`),
  );
}
const md = `${lines.join('\n')}\n`;
process.stdout.write(md);
writeFileSync(join(BENCH, 'wasm.md'), md);
