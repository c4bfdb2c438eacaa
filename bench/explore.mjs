// `node bench/explore.mjs` (part of `make bench`, after bench/index.mjs): <un-collection> in
// headless Chromium (the e2e harness, strict CSP) on the synthetic collection of about 10,000
// documents that bench/index.mjs indexes (target/bench/collection.json):
//   - load: navigation → the element's performance.mark('undoc:collection-ready') (index fetched,
//     read by serde_json in the explorer module, first view written), cold, medians of 3;
//   - facet changes: picking a State, a second one, a group (its members as of each document's
//     date), a year range, a kind, a title search and clearing, each timed from the event to the
//     end of the style and layout it causes (read back with getBoundingClientRect), and the
//     module's own share (`lastUpdateMs`: filters, counts, histogram, matrix, markup); medians
//     and worst of 5 rounds, while the search fetches the 10,000 texts in the background once it
//     has started, as it does for a reader. Target (issue 14): ≤ 16 ms, one frame.
// Writes target/bench/explore.md.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, ROOT, serve } from '../tests/e2e/helpers.mjs';

const INDEX = join(ROOT, 'target/bench/collection.json');
if (!existsSync(INDEX)) {
  console.error('bench/explore.mjs: run bench/index.mjs first (`make bench` does)');
  process.exit(1);
}
const server = await serve({
  extraRoots: [
    ['/bench/', join(ROOT, 'target/bench')],
    ['/benchpage/', join(ROOT, 'bench/page')],
  ],
});
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const loads = [];
  let total = 0;
  for (let i = 0; i < 3; i++) {
    const page = await openPage(browser, { viewport: { width: 1400, height: 1000 } });
    await page.goto(`${server.url}benchpage/explore.html`);
    await page.waitForFunction(() => document.querySelector('un-collection')?.hasAttribute('ready'), null, { timeout: 120000 });
    loads.push(await page.evaluate(() => performance.getEntriesByName('undoc:collection-ready')[0].startTime));
    total = await page.evaluate(() => document.querySelector('un-collection').total);
    if (i < 2) await page.closeAll();
    else {
      // One action: a change event on the control `sel` (after `prep`), timed to layout.
      const act = (sel, how) =>
        page.evaluate(
          ([sel, how]) => {
            const host = document.querySelector('un-collection');
            const el = host.shadowRoot.querySelector(sel);
            if (!el) return null;
            const t0 = performance.now();
            if (how === 'click') el.click();
            else {
              el.value = how;
              el.dispatchEvent(new Event(el.type === 'search' ? 'input' : 'change', { bubbles: true }));
            }
            host.shadowRoot.querySelector('.list')?.getBoundingClientRect();
            return { wall: performance.now() - t0, own: host.lastUpdateMs, count: host.count };
          },
          [sel, how],
        );
      const top = (facet, n) =>
        page.evaluate(
          ([facet, n]) => document.querySelector('un-collection').shadowRoot.querySelectorAll(`input[data-facet="${facet}"]`)[n]?.value,
          [facet, n],
        );
      const rows = new Map();
      const record = (name, r) => {
        if (!r) return;
        if (!rows.has(name)) rows.set(name, { wall: [], own: [], count: r.count });
        rows.get(name).wall.push(r.wall);
        rows.get(name).own.push(r.own);
      };
      for (let round = 0; round < 5; round++) {
        const s1 = await top('state', 0);
        record('pick a State', await act(`input[data-facet="state"][value="${s1}"]`, 'click'));
        const s2 = await top('state', 1);
        record('pick a second State', await act(`input[data-facet="state"][value="${s2}"]`, 'click'));
        record('clear', await act('[data-clear]', 'click'));
        const g = await top('group', 0);
        record('pick a group (members as of each date)', await act(`input[data-facet="group"][value="${g}"]`, 'click'));
        record('years from 2005', await act('input[data-year="from"]', '2005'));
        const k = await top('kind', 0);
        record('pick a kind', await act(`input[data-facet="kind"][value="${k}"]`, 'click'));
        record('clear', await act('[data-clear]', 'click'));
        record('search titles ("security")', await act('input[data-part="search"]', 'security'));
        record('clear', await act('[data-clear]', 'click'));
      }
      const lines = [
        `\`<un-collection>\` on ${total.toLocaleString('en')} documents (target/bench/collection.json), headless Chromium:`,
        '',
        `Load, navigation → first view, cold, median of 3: **${median(loads).toFixed(0)} ms** (${loads.map((x) => x.toFixed(0)).join(', ')}).`,
        '',
        '| change | documents listed | to layout, median ms | worst ms | explorer module, median ms | ≤ 16 ms |',
        '|---|---:|---:|---:|---:|---|',
        ...[...rows].map(
          ([name, r]) =>
            `| ${name} | ${r.count} | ${median(r.wall).toFixed(1)} | ${Math.max(...r.wall).toFixed(1)} | ${median(r.own).toFixed(1)} | ${median(r.wall) <= 16 ? '✓' : '✗'} |`,
        ),
      ];
      const md = `${lines.join('\n')}\n`;
      process.stdout.write(md);
      writeFileSync(join(ROOT, 'target/bench/explore.md'), md);
      await page.closeAll();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(join(ROOT, 'target/bench/collection'), { recursive: true, force: true });
}
