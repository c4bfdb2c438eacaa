// Leaks: 1,000 mount/unmount/free cycles of the library (`mount()` from /pkg/index.js, on a page
// without the element), then 1,000 connect/disconnect cycles of <un-document> itself. After cycles
// 100, 500 and 1,000: the JS heap (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage) and
// the WebAssembly memory (its buffer's byteLength: wasm memory never shrinks, so it must simply
// stop growing). The figures are printed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserSuite, finish, openPage, ROOT } from './helpers.mjs';

const SEED = readFileSync(join(ROOT, 'tests/seeds/000_ee653181992c2e49.txt'), 'utf8');
const CHECKPOINTS = [100, 500, 1000];
// JS heap after 1,000 cycles: at most 10 % above the figure after 100, plus this slack.
const SLACK = 256 * 1024;

const e2e = browserSuite();

const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;

/** Runs `cycle(n)` in the page up to each checkpoint; returns the figures after each. */
async function measure(page, cycle) {
  const cdp = await page.context().newCDPSession(page);
  const figures = [];
  let done = 0;
  for (const at of CHECKPOINTS) {
    const wasm = await cycle(at - done);
    done = at;
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    figures.push({ cycles: at, heap: usedSize, wasm });
  }
  await cdp.detach();
  return figures;
}

function report(t, what, figures) {
  const line = `${what}: ${figures.map((f) => `after ${f.cycles}: JS heap ${kib(f.heap)}, wasm memory ${kib(f.wasm)}`).join('; ')}`;
  console.log(line);
  t.diagnostic(line);
}

function assertFlat(figures, what) {
  const [first, , last] = figures;
  assert.ok(
    last.heap <= first.heap * 1.1 + SLACK,
    `${what}: JS heap grew from ${kib(first.heap)} (100 cycles) to ${kib(last.heap)} (1,000 cycles)`,
  );
  assert.equal(last.wasm, first.wasm, `${what}: wasm memory grew from ${kib(first.wasm)} to ${kib(last.wasm)}`);
}

describe('memory', () => {
  test('1,000 mount() / unmount() / free() cycles: JS heap and wasm memory stop growing', async (t) => {
    const page = await openPage(e2e.browser);
    await page.goto(`${e2e.url}fixtures/empty.html`);
    await page.evaluate(async (text) => {
      const lib = await import('/pkg/index.js');
      const core = await lib.default();
      const widget = await lib.initWidget(); // already loaded: its instance's exports
      const memory = () => core.memory.buffer.byteLength + widget.memory.buffer.byteLength;
      const container = document.getElementById('stage');
      let i = 0;
      window.__cycle = (n) => {
        for (let k = 0; k < n; k++, i++) {
          const handle = lib.mount(container, text, { idPrefix: `m${i}`, signatories: ['RUS'] });
          handle.openNote(1); // a popover and listeners to clean up too
          handle.unmount();
          handle.free();
        }
        if (container.childNodes.length) throw new Error('unmount() left nodes behind');
        return memory();
      };
    }, SEED);
    const figures = await measure(page, (n) => page.evaluate((n) => window.__cycle(n), n));
    report(t, 'mount/unmount', figures);
    assertFlat(figures, 'mount/unmount');
    await finish(page);
  });

  test('1,000 connect / disconnect cycles of <un-document>: JS heap and wasm memory stop growing', async (t) => {
    const page = await e2e.blank();
    await page.evaluate(async (text) => {
      // The module records the element uses: each init returns its instance's exports.
      const core = await import('/pkg/undoc.js');
      const widget = await import('/pkg/widget.js');
      const stage = document.getElementById('stage');
      const el = document.createElement('un-document');
      el.id = 'cycled';
      el.textContent = text;
      window.__cycle = async (n) => {
        for (let k = 0; k < n; k++) {
          stage.append(el);
          await null; // connectedCallback queued the render: let it start its load
          await el.ready;
          if (!el.shadowRoot.querySelector('article.undoc')) throw new Error('not mounted');
          el.remove();
          if (el.shadowRoot.querySelector('article.undoc')) throw new Error('not unmounted');
        }
        const [c, w] = await Promise.all([core.default(), widget.default()]);
        return c.memory.buffer.byteLength + w.memory.buffer.byteLength;
      };
    }, SEED);
    const figures = await measure(page, (n) => page.evaluate((n) => window.__cycle(n), n));
    report(t, 'connect/disconnect', figures);
    const marks = await page.evaluate(() => performance.getEntriesByName('undoc:interactive').length);
    t.diagnostic(`performance marks "undoc:interactive" kept by the page: ${marks}`);
    assertFlat(figures, 'connect/disconnect');
    await finish(page);
  });
});
