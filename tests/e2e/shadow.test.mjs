// The pre-rendered element in a declarative shadow root (`undoc render --element --shadow-css
// URL`, issue 13): the browser's parser puts the article in the element's shadow root with its
// stylesheet, so it is styled and isolated from the page with no script at all; the element's
// script then wakes that very article up — no copy, no second article, no parser fetched.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserSuite, finish, openPage, ROOT, SEED_TITLE, whenReady } from './helpers.mjs';

const OUT = join(ROOT, 'tests/e2e/out/shadow');
mkdirSync(OUT, { recursive: true });
const element = execFileSync(join(ROOT, 'target/release/undoc'), [
  'render',
  join(ROOT, 'tests/seeds/000_ee653181992c2e49.txt'),
  '--element',
  '--shadow-css',
  '/pkg/undoc.css',
  '--id-prefix',
  'seed',
]).toString();
const page = (script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shadow</title><link rel="icon" href="data:,">${script}</head><body>${element}</body></html>`;
writeFileSync(join(OUT, 'index.html'), page('<script type="module" src="/pkg/un-document.js"></script>'));
writeFileSync(join(OUT, 'noscript.html'), page(''));

const e2e = browserSuite({ extraRoots: [['/shadow/', OUT]] });
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('pre-rendered in a declarative shadow root', () => {
  test('without script: the article is in the shadow root, styled by its stylesheet', async () => {
    const p = await openPage(e2e.browser, { javaScriptEnabled: false });
    await p.goto(`${e2e.url}shadow/noscript.html`);
    const r = await p.evaluate(() => {
      const root = document.querySelector('un-document').shadowRoot;
      const title = root?.querySelector('h1.undoc-title');
      return { root: !!root, title: title?.textContent, styled: !!title && getComputedStyle(root.querySelector('article.undoc')).display !== 'inline' };
    });
    assert.equal(r.root, true);
    assert.equal(norm(r.title), norm(SEED_TITLE));
    assert.equal(r.styled, true, 'undoc.css applies inside the shadow root');
    await finish(p);
  });

  test('with script: the same article wakes up in place, without the parser', async () => {
    const p = await openPage(e2e.browser);
    const fetched = [];
    p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    // Mark the article the parser made before any module runs (init scripts run first).
    await p.addInitScript(() => {
      new MutationObserver((_, o) => {
        const a = document.querySelector('un-document')?.shadowRoot?.querySelector('article');
        if (a) {
          a.dataset.fromParser = 'yes';
          o.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await p.goto(`${e2e.url}shadow/`);
    await whenReady(p);
    const doc = p.locator('un-document').locator('.undoc-mount');
    assert.equal(await p.evaluate(() => document.querySelector('un-document').shadowRoot.querySelectorAll('article').length), 1);
    assert.equal(await doc.locator('article').getAttribute('data-from-parser'), 'yes', 'not a copy');
    await doc.locator('.undoc-toggle[data-signatory="RUS"]').click();
    assert.equal(await doc.locator('.undoc-toggle[data-signatory="RUS"]').getAttribute('aria-pressed'), 'true');
    assert.ok((await doc.locator('[data-state="RUS"].undoc-hit').count()) > 0);
    await doc.locator('a[role="doc-noteref"]').first().click();
    await doc.locator('.undoc-popover').first().waitFor({ state: 'visible' });
    assert.ok(!fetched.some((f) => f.endsWith('undoc_bg.wasm')), `the parser is not fetched: ${fetched.join(' ')}`);
    await finish(p);
  });
});
