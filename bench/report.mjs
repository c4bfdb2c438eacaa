// `node bench/report.mjs` (last step of `make bench`): puts the tables the benchmarks wrote to
// target/bench/ (native, wasm, browser, adversarial, index .md) into BENCHMARKS.md, between the markers
// `<!-- bench:begin -->` and `<!-- bench:end -->`, with the date. The rest of BENCHMARKS.md (what
// the figures mean, the size budget, the profile) is written by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/size/sizes.mjs';

const DOC = join(ROOT, 'BENCHMARKS.md');
const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';
const part = (file, title) => {
  const path = join(ROOT, 'target/bench', file);
  return existsSync(path) ? `### ${title}\n\n${readFileSync(path, 'utf8').trim()}\n` : `### ${title}\n\nNot run.\n`;
};

const doc = readFileSync(DOC, 'utf8');
const from = doc.indexOf(BEGIN);
const to = doc.indexOf(END);
if (from < 0 || to < from) {
  console.error(`bench/report.mjs: ${DOC} has no ${BEGIN} … ${END} section`);
  process.exit(1);
}
const body = [
  `Last run: ${new Date().toISOString().slice(0, 10)}, \`make bench\`.`,
  '',
  part('native.md', 'Native (`cargo bench --bench throughput`)'),
  part('wasm.md', 'WebAssembly in Node (`node bench/wasm.mjs`) and package size'),
  part('browser.md', 'Browser (`node bench/browser.mjs`)'),
  part('adversarial.md', 'Hostile 16 MiB texts in the browser (`node bench/adversarial.mjs`)'),
  part('index.md', 'Collections (`node bench/index.mjs`)'),
  part('explore.md', 'The explorer in the browser (`node bench/explore.mjs`)'),
].join('\n');
writeFileSync(DOC, `${doc.slice(0, from + BEGIN.length)}\n${body}\n${doc.slice(to)}`);
console.log(`bench/report.mjs: figures written to ${DOC}`);
