// `node bench/adversarial.mjs` (part of `make bench`): hostile 16 MiB texts (issue 12) in
// `<un-document src>` in headless Chromium, with the e2e harness. Each text repeats what makes
// work grow — organization names, signature blocks, dates with symbols, footnote markers glued to
// words, one endless word — up to the size cap, after a real title. For each: the longest task
// up to the first screen (target ≤ 2000 ms), the longest task after it (target ≤ 200 ms), and the
// nodes of the shadow tree per MB of text (target ≤ 50,000). Two runs each, the worse one kept.
// Writes its table as Markdown to target/bench/adversarial.md for BENCHMARKS.md.
//
// `UNDOC_BENCH_ADVERSARIAL=names,list` runs only those texts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, ROOT, serve, whenReady } from '../tests/e2e/helpers.mjs';

const CAP = 16 * 1024 * 1024;
const TITLE =
  'Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General';

/** `head`, then `unit` as many times as fit under the cap, then `tail`. */
const fill = (head, unit, tail) => head + unit.repeat(Math.floor((CAP - 256 - head.length - tail.length) / unit.length)) + tail;

const TEXTS = {
  names: fill(`${TITLE} `, 'CSTO NATO OSCE EU CIS ', 'I write.'),
  list: fill(`${TITLE} I refer to the list* `, 'list* ', '* A/52/50. I write.'),
  signatures: fill(`${TITLE} `, '(Signed) Vassily Nebenzia Permanent Representative ', 'I write.'),
  dates: fill(`${TITLE} `, 'on 1 June 2010 (S/PRST/2010/9) and ', 'I write.'),
  word: `${TITLE} ${'a'.repeat(CAP - 256 - TITLE.length)}`,
};
const only = process.env.UNDOC_BENCH_ADVERSARIAL?.split(',');
const names = Object.keys(TEXTS).filter((n) => !only || only.includes(n));

const dir = join(ROOT, 'target/bench/adversarial');
mkdirSync(dir, { recursive: true });
for (const name of names) writeFileSync(join(dir, `${name}.txt`), TEXTS[name]);

const server = await serve({ extraRoots: [['/bench/', join(ROOT, 'bench/page')], ['/inputs/', dir]] });
const browser = await launch();
const rows = [];
try {
  for (const name of names) {
    const runs = [];
    for (let i = 0; i < 2; i++) {
      const page = await openPage(browser);
      await page.addInitScript(() => {
        window.__long = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${server.url}bench/input.html?input=${name}`);
      await whenReady(page, '#doc', 180000);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      runs.push(
        await page.evaluate(() => {
          const shown = performance.getEntriesByName('undoc:first-screen').at(-1)?.startTime;
          const before = window.__long.filter((t) => t.start <= shown).map((t) => t.duration);
          const after = window.__long.filter((t) => t.start > shown).map((t) => t.duration);
          const root = document.getElementById('doc').shadowRoot;
          return {
            first: Math.max(0, ...before),
            after: Math.max(0, ...after),
            nodes: root.querySelectorAll('*').length,
          };
        }),
      );
      await page.closeAll();
    }
    const worst = (k) => Math.max(...runs.map((r) => r[k]));
    const mb = TEXTS[name].length / 1e6;
    rows.push({ name, first: worst('first'), after: worst('after'), perMb: worst('nodes') / mb, all: runs.map((r) => Math.round(r.first)) });
    console.error(`adversarial ${name}: first task ${runs.map((r) => Math.round(r.first)).join(', ')} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}

const ok = (v, t) => (v <= t ? '✓' : '✗');
const lines = [
  `Hostile texts of ${CAP} bytes less 256 in \`<un-document src>\` (headless Chromium; two runs each, the worse kept).`,
  '',
  '| text | longest task up to the first screen, ms (both runs) | target ≤ 2000 | longest task after it, ms | target ≤ 200 | shadow-tree nodes per MB | target ≤ 50,000 |',
  '|---|---:|---|---:|---|---:|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${Math.round(r.first)} (${r.all.join(', ')}) | ${ok(r.first, 2000)} | ${Math.round(r.after)} | ${ok(r.after, 200)} | ${Math.round(r.perMb)} | ${ok(r.perMb, 50000)} |`,
  ),
];
const md = `${lines.join('\n')}\n`;
process.stdout.write(md);
writeFileSync(join(ROOT, 'target/bench/adversarial.md'), md);
