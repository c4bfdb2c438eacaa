// `node bench/index.mjs` (part of `make bench`): `undoc index` on a synthetic collection of about
// 10,000 documents (the corpus outside validation/, copied 22 times into target/bench/collection/),
// on one thread and on every core, interleaved, medians of 3; the parallel efficiency is
// time(1 thread) / (cores × time(every core)). Writes target/bench/index.md.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../tests/size/sizes.mjs';

const BIN = join(ROOT, 'target/release/undoc');
if (!existsSync(BIN)) {
  console.error('bench/index.mjs: build the command line first (`make bench` does)');
  process.exit(1);
}
const DIR = join(ROOT, 'target/bench/collection');
const CORPUS = join(ROOT, 'tests/corpus');
rmSync(DIR, { recursive: true, force: true });
const sets = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory() && !['validation', 'incoming'].includes(d.name));
let n = 0;
for (let copy = 1; copy <= 22; copy++) {
  for (const set of sets) {
    const to = join(DIR, `c${copy}`, set.name);
    mkdirSync(to, { recursive: true });
    for (const f of readdirSync(join(CORPUS, set.name)).filter((f) => f.endsWith('.txt'))) {
      copyFileSync(join(CORPUS, set.name, f), join(to, f));
      n++;
    }
  }
}
const cores = availableParallelism();
const time = (jobs) => {
  const t = performance.now();
  execFileSync(BIN, ['index', DIR, '--out', join(ROOT, 'target/bench/collection.json'), '--jobs', String(jobs)], { stdio: 'ignore' });
  return (performance.now() - t) / 1000;
};
const runs = { one: [], all: [] };
for (let i = 0; i < 3; i++) {
  runs.one.push(time(1));
  runs.all.push(time(0));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[1];
const [one, all] = [median(runs.one), median(runs.all)];
const efficiency = one / (cores * all);
const lines = [
  `\`undoc index\` of ${n.toLocaleString('en')} documents (${cores} cores), medians of 3 interleaved runs:`,
  '',
  '| threads | seconds | documents/s |',
  '|---|---:|---:|',
  `| 1 | ${one.toFixed(2)} | ${Math.round(n / one)} |`,
  `| ${cores} (every core) | ${all.toFixed(2)} | ${Math.round(n / all)} |`,
  '',
  `Parallel efficiency: ${(efficiency * 100).toFixed(0)}% of cores × single-core throughput (target ≥ 90% ${efficiency >= 0.9 ? '✓' : '✗'}).`,
];
const md = `${lines.join('\n')}\n`;
process.stdout.write(md);
writeFileSync(join(ROOT, 'target/bench/index.md'), md);
// The texts stay for bench/explore.mjs, whose search reads them; it removes them.

