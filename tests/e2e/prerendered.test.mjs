// The pre-rendered way in (issue 13): www/prerendered.html holds the seed as `undoc render
// --element` wrote it. Without script it is a readable document; with the element's script it
// wakes up with the interaction module alone (no parser fetched), and its markup is the markup
// the element renders when it parses the same text in the browser.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSuite, finish, openPage, SEED_TEXT_URL, SEED_TITLE, whenReady } from './helpers.mjs';

const e2e = browserSuite();

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
// The shadow tree's copy: the light DOM keeps the pre-rendered markup (for readers without
// script, and for a later render), unshown once the widget is up.
const seed = (page) => page.locator('un-document').first().locator('.undoc-mount');

describe('pre-rendered', () => {
  test('wakes up without the parser: toggles, counts and notes work', async () => {
    const page = await openPage(e2e.browser);
    await page.goto(`${e2e.url}prerendered.html`);
    await whenReady(page);
    assert.equal(norm(await seed(page).locator('h1.undoc-title').textContent()), norm(SEED_TITLE));
    assert.equal(await seed(page).locator('.undoc-toggle').count(), 7);
    await seed(page).locator('.undoc-toggle[data-signatory="RUS"]').click();
    assert.equal(await seed(page).locator('.undoc-toggle[data-signatory="RUS"]').getAttribute('aria-pressed'), 'true');
    const hits = await seed(page).locator('[data-state="RUS"].undoc-hit').count();
    assert.ok(hits > 0, 'mentions highlighted');
    assert.match(norm(await seed(page).locator('.undoc-status').textContent()), /Russian Federation.* selected: \d+ mentions? highlighted/);
    await seed(page).locator('a[role="doc-noteref"]').first().click();
    await seed(page).locator('.undoc-popover').waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => document.querySelector('un-document').document), null, 'no Document without the parser');
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
    );
    assert.ok(fetched.includes('/pkg/widget_bg.wasm'), `the interaction module is loaded: ${fetched}`);
    assert.ok(!fetched.some((p) => /^\/pkg\/undoc(\.js|_bg\.wasm)$/.test(p)), `no parser: ${fetched}`);
    await finish(page);
  });

  test('without script the document is there to read', async () => {
    const page = await openPage(e2e.browser, { javaScriptEnabled: false });
    await page.goto(`${e2e.url}prerendered.html`);
    const title = page.locator('un-document > article.undoc h1.undoc-title');
    assert.equal(norm(await title.textContent()), norm(SEED_TITLE));
    assert.ok(await title.isVisible());
    await finish(page);
  });

  test('its markup is the markup the element renders when it parses the text', async () => {
    const page = await openPage(e2e.browser);
    await page.goto(`${e2e.url}prerendered.html`);
    await whenReady(page);
    const pre = await page.evaluate(() => document.querySelector('un-document').shadowRoot.querySelector('article.undoc').outerHTML);
    await finish(page);
    const parsed = await openPage(e2e.browser);
    await parsed.goto(`${e2e.url}fixtures/blank.html`);
    await parsed.evaluate((src) => {
      const el = document.createElement('un-document');
      el.id = 'seed';
      el.setAttribute('src', src);
      document.body.append(el);
    }, SEED_TEXT_URL);
    await whenReady(parsed);
    const html = await parsed.evaluate(() => document.querySelector('#seed').shadowRoot.querySelector('article.undoc').outerHTML);
    assert.equal(pre, html);
    await finish(parsed);
  });
});
