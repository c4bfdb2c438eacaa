// `node bench/browser.mjs` (part of `make bench`): the widget in headless Chromium, with the e2e
// harness (tests/e2e/helpers.mjs: scripts/serve.py on 127.0.0.1 with the strict CSP, Debian's
// Chromium through playwright-core with the flags of CHROMIUM_ARGS).
//
//   - navigation → interactive: a page holding <un-document src="seed">, from navigation start
//     to the element's performance.mark('undoc:interactive'); a fresh browser context per run
//     (nothing cached), then a reload in the same context (HTTP cache and V8's code cache warm);
//     the plain page (bench/page/seed.html), and the same with preload hints (seed-preload.html);
//   - mount: `mount(container, text)` of pkg/index.js on the seed and the 1 MB input, the call
//     alone and the call plus the style and layout it causes; the first mount (which builds the
//     gazetteer) apart;
//   - interactions in the element, on the seed and on the 1 MB input: opening a note (a click on
//     a note reference) and toggling a signatory (a click on its button, on then off), each
//     timed from the click to the end of the style and layout it causes (read back with
//     getBoundingClientRect), paint excluded;
//   - the two ways in (issue 13), against a static floor page: the seed pre-rendered by
//     `undoc render --element` and woken up by the element (also with `--shadow-css`: in a
//     declarative shadow root, woken up in place), and the seed parsed in the browser,
//     each from navigation to 'undoc:interactive', against the same article and stylesheet with
//     no script (to its load event); cold loads, interleaved, medians and their ratios;
//   - long documents (1 MB, 10 MB, 16 MiB) in the element against a static floor page holding the
//     same text as plain paragraphs: first contentful paint, the whole document in, and the
//     longest task after the first screen (PerformanceObserver 'longtask').
//
// Medians of several runs. Needs `make pkg` (or UNDOC_PKG_DIR, as the e2e harness) and the inputs the native benchmark writes
// (target/bench/inputs/). Writes its tables as Markdown to target/bench/browser.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, ROOT, serve, whenReady } from '../tests/e2e/helpers.mjs';
import { PKG_DIR } from '../tests/size/sizes.mjs';

const BENCH = join(ROOT, 'target/bench');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 15;

for (const [path, what] of [
  [join(PKG_DIR, 'un-document.js'), 'run `make pkg` first'],
  [join(BENCH, 'inputs/1m.txt'), 'run the native benchmark first (`make bench` runs it)'],
  [join(ROOT, 'target/release/undoc'), 'build the command line first (`make bench` does)'],
]) {
  if (!existsSync(path)) {
    console.error(`bench/browser.mjs: ${path} is missing: ${what}`);
    process.exit(1);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const fmt = (m) => (m === undefined ? 'n/a' : m < 10 ? m.toFixed(2) : m.toFixed(0));
const check = (m, target) => (m === undefined ? '' : m <= target ? '✓' : '✗');

const server = await serve({
  extraRoots: [
    ['/bench/', join(ROOT, 'bench/page')],
    ['/fixtures/', join(ROOT, 'tests/e2e/fixtures')],
    ['/inputs/', join(BENCH, 'inputs')],
    ['/floor/', BENCH],
  ],
});
const browser = await launch();
const lines = [];
const out = (s = '') => lines.push(s);

try {
  out(`Chromium ${browser.version()} (headless), playwright-core; server scripts/serve.py --csp on 127.0.0.1.`);
  out();

  // Navigation → interactive, the seed in the element: the plain page, and one whose preload
  // hints start every fetch at once. For each, also when the last resource arrived, and what
  // undoc took after it (compile, gazetteer, parse, render, mount).
  const nav = {};
  for (const variant of ['seed', 'seed-preload']) {
    const runs = { cold: [], warm: [], lastByte: [], after: [] };
    for (let i = 0; i < RUNS; i++) {
      const page = await openPage(browser);
      for (const kind of ['cold', 'warm']) {
        if (kind === 'cold') await page.goto(`${server.url}bench/${variant}.html`);
        else await page.reload();
        await whenReady(page, '#seed');
        const r = await page.evaluate(() => {
          const mark = performance.getEntriesByName('undoc:interactive').at(-1)?.startTime;
          const last = Math.max(...performance.getEntriesByType('resource').map((e) => e.responseEnd));
          return { mark, last };
        });
        runs[kind].push(r.mark);
        if (kind === 'cold') {
          runs.lastByte.push(r.last);
          runs.after.push(r.mark - r.last);
        }
      }
      await page.closeAll();
    }
    nav[variant] = runs;
  }

  // The two ways in against the floor: three pages of the same article and stylesheet.
  const render = (...extra) =>
    execFileSync(join(ROOT, 'target/release/undoc'), [
      'render',
      join(ROOT, 'tests/seeds/000_ee653181992c2e49.txt'),
      '--element',
      ...extra,
      '--id-prefix',
      'seed',
    ]).toString();
  const element = render();
  const shadowed = render('--shadow-css', '/pkg/undoc.css');
  const article = element.slice(element.indexOf('<article'), element.indexOf('\n<script'));
  const head = (extra) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>way</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/pkg/undoc.css">${extra}</head>`;
  writeFileSync(join(BENCH, 'way-floor.html'), `${head('')}<body>${article}</body></html>`);
  writeFileSync(
    join(BENCH, 'way-prerendered.html'),
    `${head(
      '<link rel="modulepreload" href="/pkg/un-document.js"><link rel="modulepreload" href="/pkg/hydrate.js"><link rel="preload" href="/pkg/hydrate_bg.wasm" as="fetch" type="application/wasm" crossorigin><script type="module" src="/pkg/un-document.js"></script>',
    )}<body>${element}</body></html>`,
  );
  writeFileSync(
    join(BENCH, 'way-shadow.html'),
    `${head(
      '<link rel="modulepreload" href="/pkg/un-document.js"><link rel="modulepreload" href="/pkg/hydrate.js"><link rel="preload" href="/pkg/hydrate_bg.wasm" as="fetch" type="application/wasm" crossorigin><script type="module" src="/pkg/un-document.js"></script>',
    )}<body>${shadowed}</body></html>`,
  );
  const ways = { floor: [], prerendered: [], shadow: [], parsed: [] };
  const wayUrl = {
    floor: 'floor/way-floor.html',
    prerendered: 'floor/way-prerendered.html',
    shadow: 'floor/way-shadow.html',
    parsed: 'bench/seed-preload.html',
  };
  for (let i = 0; i < (quick ? 3 : 20); i++) {
    for (const way of Object.keys(ways)) {
      const page = await openPage(browser);
      await page.goto(`${server.url}${wayUrl[way]}`, { waitUntil: 'load' });
      if (way !== 'floor') await whenReady(page);
      ways[way].push(
        await page.evaluate(
          () =>
            performance.getEntriesByName('undoc:interactive').at(-1)?.startTime ??
            performance.getEntriesByType('navigation')[0].loadEventEnd,
        ),
      );
      await page.closeAll();
    }
  }

  // Mount, the library alone, on a page without the element (the first call builds the
  // gazetteer and runs code the engine has not compiled yet).
  const mount = {};
  for (const name of ['seed', '1m']) {
    const page = await openPage(browser);
    await page.goto(`${server.url}fixtures/empty.html`); // the e2e page without the element
    mount[name] = await page.evaluate(
      async ({ name, runs }) => {
        const lib = await import('/pkg/index.js');
        await lib.default();
        const text = await (await fetch(`/inputs/${name}.txt`)).text();
        const box = document.createElement('div');
        document.body.append(box);
        const call = [];
        const laid = [];
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          const handle = lib.mount(box, text, { idPrefix: 'bench' });
          const t1 = performance.now();
          box.getBoundingClientRect();
          box.querySelector('article')?.getBoundingClientRect();
          const t2 = performance.now();
          call.push(t1 - t0);
          laid.push(t2 - t0);
          handle.unmount();
          handle.free();
        }
        return { call, laid };
      },
      { name, runs: name === 'seed' ? RUNS * 2 : Math.max(3, Math.round(RUNS / 3)) },
    );
    await page.closeAll();
  }

  // Interactions in the element.
  const inter = {};
  for (const name of ['seed', '1m']) {
    const page = await openPage(browser);
    await page.goto(`${server.url}bench/input.html?input=${name}`);
    await whenReady(page, '#doc', 180000);
    inter[name] = await page.evaluate((runs) => {
      const el = document.getElementById('doc');
      const root = el.shadowRoot;
      const article = root.querySelector('article.undoc');
      const layout = () => article.getBoundingClientRect();
      const time = (f) => {
        layout();
        const t = performance.now();
        f();
        layout();
        return performance.now() - t;
      };
      const refs = [...root.querySelectorAll('a[role="doc-noteref"]')];
      const toggle = root.querySelector('button.undoc-toggle');
      const note = [];
      const on = [];
      const off = [];
      for (let i = 0; i < runs && refs.length; i++) {
        const ref = refs[(i * 7) % refs.length];
        ref.scrollIntoView({ block: 'center' });
        note.push(time(() => ref.click()));
        if (root.querySelector('.undoc-popover')) ref.click(); // closes it (not timed)
      }
      for (let i = 0; i < runs && toggle; i++) {
        on.push(time(() => toggle.click()));
        off.push(time(() => toggle.click()));
      }
      const mentions = toggle
        ? root.querySelectorAll(`[data-state="${toggle.dataset.signatory}"]`).length
        : 0;
      return { note, on, off, refs: refs.length, mentions, toggle: toggle?.dataset.signatory ?? null };
    }, RUNS * 2);
    await page.closeAll();
  }

  // Long documents in the element, against a static floor page holding the same text as plain
  // paragraphs: when the first screen is in (the element's 'undoc:first-screen' mark; the
  // floor's first contentful paint, which comes after the whole page is laid out), when the
  // whole is (the 'undoc:interactive' mark; the floor's load event, or its first paint if
  // later), and the longest task of the main thread after the first screen (long tasks are
  // those over 50 ms).
  const long = {};
  for (const name of ['1m', '10m', '16mib']) {
    const floorFile = join(BENCH, `floor-${name}.html`);
    const text = readFileSync(join(BENCH, `inputs/${name}.txt`), 'utf8');
    const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    writeFileSync(
      floorFile,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><link rel="icon" href="data:,"></head><body><main>${text
        .split(/\n\s*\n/)
        .map((p) => `<p>${esc(p)}</p>`)
        .join('\n')}</main></body></html>`,
    );
    const runs = { undocFirst: [], undocAll: [], undocFirstTask: [], undocLongest: [], floorFirst: [], floorAll: [], floorLongest: [] };
    for (let i = 0; i < (name === '1m' ? 5 : 2); i++) {
      for (const kind of ['undoc', 'floor']) {
        const page = await openPage(browser);
        await page.addInitScript(() => {
          window.__long = [];
          new PerformanceObserver((l) => {
            for (const e of l.getEntries()) window.__long.push({ start: e.startTime, end: e.startTime + e.duration, duration: e.duration });
          }).observe({ type: 'longtask', buffered: true });
        });
        if (kind === 'undoc') {
          await page.goto(`${server.url}bench/input.html?input=${name}`);
          await whenReady(page, '#doc', 180000);
        } else {
          await page.goto(`${server.url}floor/floor-${name}.html`, { waitUntil: 'load', timeout: 180000 });
        }
        await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
        const r = await page.evaluate(() => {
          // The element's first screen is in when mount returns; the floor's, at its first paint.
          const shown =
            performance.getEntriesByName('undoc:first-screen').at(-1)?.startTime ??
            performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
          const all = Math.max(
            shown,
            performance.getEntriesByName('undoc:interactive').at(-1)?.startTime ??
              performance.getEntriesByType('navigation')[0]?.loadEventEnd,
          );
          const after = window.__long.filter((t) => t.start >= shown);
          const first = window.__long.filter((t) => t.start <= shown);
          return {
            fcp: shown,
            all,
            firstTask: Math.max(0, ...first.map((t) => t.duration)),
            longest: Math.max(0, ...after.map((t) => t.duration)),
          };
        });
        runs[`${kind}First`].push(r.fcp);
        runs[`${kind}All`].push(r.all);
        runs[`${kind}Longest`].push(r.longest);
        if (kind === 'undoc') runs.undocFirstTask.push(r.firstTask);
        await page.closeAll();
      }
    }
    long[name] = runs;
  }

  out('| figure | median ms | target |');
  out('|---|---:|---|');
  for (const [variant, label] of [
    ['seed', 'plain page'],
    ['seed-preload', 'page with preload hints'],
  ]) {
    const r = nav[variant];
    const cold = median(r.cold);
    const warm = median(r.warm);
    out(`| navigation → seed interactive, ${label}, nothing cached | ${fmt(cold)} | ≤ 50 ms ${check(cold, 50)} |`);
    out(`| — of which: last resource received | ${fmt(median(r.lastByte))} | |`);
    out(`| — of which: undoc after the last resource | ${fmt(median(r.after))} | |`);
    out(`| navigation → seed interactive, ${label}, reload (caches warm) | ${fmt(warm)} | ≤ 50 ms ${check(warm, 50)} |`);
  }
  for (const name of ['seed', '1m']) {
    const m = mount[name];
    out(`| mount ${name}: first call (builds the gazetteer; code not yet compiled) | ${fmt(m.call[0])} | |`);
    // Past 256 KiB of markup, mount returns after the first screen; the rest comes in pieces.
    const part = name === 'seed' ? '' : ' (the first screen)';
    out(`| mount ${name}: call${part} | ${fmt(median(m.call.slice(1)))} | |`);
    out(`| mount ${name}: call + style and layout${part} | ${fmt(median(m.laid.slice(1)))} | |`);
  }
  for (const [name, target] of [
    ['seed', 1],
    ['1m', 16],
  ]) {
    const r = inter[name];
    const note = r.note.length ? median(r.note) : undefined;
    const on = r.on.length ? median(r.on) : undefined;
    const off = r.off.length ? median(r.off) : undefined;
    out(`| ${name}: open a note (${r.refs} references) | ${fmt(note)} | ≤ ${target} ms ${check(note, target)} |`);
    out(
      `| ${name}: toggle signatory ${r.toggle ?? '(none)'} on (${r.mentions} mentions) | ${fmt(on)} | ≤ ${target} ms ${check(on, target)} |`,
    );
    out(`| ${name}: toggle it off | ${fmt(off)} | ≤ ${target} ms ${check(off, target)} |`);
  }
  out();
  const floor = median(ways.floor);
  out('The two ways in: the seed, navigation → interactive, against a static floor page (the same article and stylesheet, no script: its load event); cold loads, interleaved, medians.');
  out();
  out('| page | median ms | ratio to the floor | target |');
  out('|---|---:|---:|---|');
  out(`| floor: static HTML + CSS | ${fmt(floor)} | 1.00 | |`);
  for (const [way, label, target] of [
    ['prerendered', 'pre-rendered, woken up by the element (interaction module only)', 1.15],
    ['shadow', 'the same in a declarative shadow root (`--shadow-css`), woken up in place', 1.15],
    ['parsed', 'parsed in the browser (both modules, preload hints)', 1.6],
  ]) {
    const m = median(ways[way]);
    out(`| ${label} | ${fmt(m)} | ${(m / floor).toFixed(2)} | ≤ ${target}× ${check(m / floor, target)} |`);
  }
  out();
  out('Long documents: `<un-document>` against a static floor page of the same text as plain paragraphs (medians of 5 runs for 1 MB, 2 above).');
  out();
  out('| input | first screen: undoc / floor ms | ratio | whole document: undoc / floor ms | ratio | undoc: longest task up to the first screen, ms (target ≤ 2000) | longest task after the first screen: undoc / floor ms (target ≤ 200) |');
  out('|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, r] of Object.entries(long)) {
    const [uf, ff, ua, fa, ft, ul, fl] = [r.undocFirst, r.floorFirst, r.undocAll, r.floorAll, r.undocFirstTask, r.undocLongest, r.floorLongest].map(median);
    out(
      `| ${name} | ${fmt(uf)} / ${fmt(ff)} | ${(uf / ff).toFixed(2)} | ${fmt(ua)} / ${fmt(fa)} | ${(ua / fa).toFixed(2)} | ${fmt(ft)} ${check(ft, 2000)} | ${fmt(ul)} ${check(ul, 200)} / ${fmt(fl)} |`,
    );
  }
  out();
  out(
    `Runs: ${RUNS} navigations of each kind; interactions ${RUNS * 2} each. Chromium coarsens ` +
      'performance.now() to 0.1 ms, so sub-millisecond medians are to that precision.',
  );
} finally {
  await browser.close();
  await server.close();
}

const md = `${lines.join('\n')}\n`;
process.stdout.write(md);
writeFileSync(join(BENCH, 'browser.md'), md);
