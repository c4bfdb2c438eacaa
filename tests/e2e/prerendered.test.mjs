// The pre-rendered way in (issue 13): www/prerendered.html holds the seed as `undoc render
// --element` wrote it. Without script it is a readable document; with the element's script it
// wakes up with the interaction module alone (no parser fetched), and its markup is the markup
// the element renders when it parses the same text in the browser.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserSuite, finish, openPage, ROOT, SEED_TEXT_URL, SEED_TITLE, whenReady } from './helpers.mjs';

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
    assert.ok(fetched.includes('/pkg/hydrate_bg.wasm'), `the interaction module is loaded: ${fetched}`);
    assert.ok(!fetched.includes('/pkg/widget_bg.wasm'), `its build with mount is not: ${fetched}`);
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

  test('for every corpus document, the pre-rendered article is the one the browser renders from the text', async () => {
    // validation/ is left out: its texts are read by nothing but the fidelity score.
    const dir = join(ROOT, 'tests/corpus');
    const texts = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'validation' && d.name !== 'incoming')
      .flatMap((d) =>
        readdirSync(join(dir, d.name))
          .filter((f) => f.endsWith('.txt'))
          .map((f) => ({ name: `${d.name}/${f}`, text: readFileSync(join(dir, d.name, f), 'utf8') })),
      );
    assert.ok(texts.length > 400, `${texts.length} documents`);
    const page = await openPage(e2e.browser);
    await page.goto(`${e2e.url}fixtures/empty.html`);
    const differ = await page.evaluate(async (texts) => {
      const lib = await import('/pkg/index.js');
      await lib.default();
      const parsed = document.createElement('div');
      const template = document.createElement('template');
      document.body.append(parsed);
      const out = [];
      for (const { name, text } of texts) {
        const handle = lib.mount(parsed, text, { idPrefix: 'c' });
        await handle.rendered();
        const inBrowser = parsed.querySelector('article.undoc').outerHTML;
        handle.unmount();
        handle.free();
        // As the page's parser reads `undoc render --element`, and the element copies it.
        template.innerHTML = lib.renderElement(text, { idPrefix: 'c' });
        const pre = template.content.querySelector('un-document > article.undoc').cloneNode(true).outerHTML;
        if (pre !== inBrowser) out.push(name);
      }
      return out;
    }, texts);
    assert.deepEqual(differ, [], `${differ.length} of ${texts.length} differ`);
    await finish(page);
  });

  // The seed's element as `make` wrote it into www/prerendered.html, added to a blank page.
  const ELEMENT = (() => {
    const page = readFileSync(join(ROOT, 'www/prerendered.html'), 'utf8');
    return page.slice(page.indexOf('<un-document'), page.indexOf('</un-document>') + '</un-document>'.length);
  })();
  const addPre = (page, strip) =>
    page.evaluate(
      ([markup, strip]) => {
        const t = document.createElement('template');
        t.innerHTML = markup;
        const el = t.content.firstElementChild;
        if (strip) el.querySelector('script.undoc-data').remove();
        document.getElementById('stage').append(el);
      },
      [ELEMENT, strip],
    );
  const stateOf = (page) =>
    page.evaluate(async () => {
      const el = document.querySelector('un-document');
      const outcome = await el.ready.then(
        () => 'ready',
        () => 'failed',
      );
      const root = el.shadowRoot;
      return {
        outcome,
        title: root.querySelector('.undoc-mount:not([hidden]) h1.undoc-title')?.textContent.replace(/\s+/g, ' ').trim(),
        notice: root.querySelector('.undoc-notice:not([hidden])')?.textContent ?? null,
        error: root.querySelector('.undoc-error:not([hidden])')?.textContent ?? null,
        parser: performance.getEntriesByType('resource').some((r) => r.name.endsWith('/undoc_bg.wasm')),
      };
    });

  test('without its data block (a sanitizer took the script) the article stays as it is, never parsed again', async () => {
    const page = await e2e.blank();
    await addPre(page, true);
    const s = await stateOf(page);
    assert.equal(s.outcome, 'failed');
    assert.equal(s.title, norm(SEED_TITLE), 'the pre-rendered article is shown');
    assert.match(s.notice, /without its interactive features.*no widget data/);
    assert.equal(s.error, null);
    assert.equal(s.parser, false, 'the parser is not fetched to read the article as text');
    await finish(page);
  });

  test('when the interaction module cannot load, the article stays readable with a notice', async () => {
    const page = await e2e.blank({ allow: [/404|Failed to load|WebAssembly|wasm/i] });
    await page.route('**/hydrate_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await addPre(page, false);
    const s = await stateOf(page);
    assert.equal(s.outcome, 'failed');
    assert.equal(s.title, norm(SEED_TITLE));
    assert.match(s.notice, /without its interactive features/);
    assert.equal(s.error, null);
    await finish(page);
  });

  test('an async script that defines the element before its content is parsed: read whole, module loaded early', async () => {
    // The page's parser waits on two scripts: one before the element, answered only once the
    // element is defined, and one between the article and its data block.
    const page = await openPage(e2e.browser);
    const url = `${e2e.url}fixtures/async-prerendered.html`;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>async</title>
<link rel="stylesheet" href="/pkg/undoc.css"><script type="module" async src="/pkg/un-document.js"></script></head>
<body><script src="/fixtures/after-define.js"></script>${ELEMENT.replace(
      '<script type="application/json"',
      '<script src="/fixtures/between.js"></script><script type="application/json"',
    )}</body></html>`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.route('**/fixtures/after-define.js', async (route) => {
      await page.waitForFunction(() => customElements.get('un-document'));
      route.fulfill({ contentType: 'text/javascript', body: 'window.definedFirst = Boolean(customElements.get("un-document"));' });
    });
    // Half-parsed, the element promises what it will be once whole, not a failure.
    const between = `window.firstReady = document.querySelector('un-document').ready.then(() => 'ready', (e) => 'failed: ' + e.message);`;
    await page.route('**/fixtures/between.js', (route) => route.fulfill({ contentType: 'text/javascript', body: between }));
    await page.goto(url);
    await whenReady(page);
    assert.equal(await page.evaluate(() => window.definedFirst), true, 'the element was defined before it was parsed');
    assert.equal(await page.evaluate(() => window.firstReady), 'ready');
    assert.equal(norm(await seed(page).locator('h1.undoc-title').textContent()), norm(SEED_TITLE));
    assert.equal(await seed(page).locator('.undoc-toggle').count(), 7);
    const timing = await page.evaluate(() => ({
      wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('/hydrate_bg.wasm'))?.startTime,
      parsed: performance.getEntriesByType('navigation')[0].domInteractive,
    }));
    assert.ok(timing.wasm < timing.parsed, `the interaction module was requested while the page was parsed: ${JSON.stringify(timing)}`);
    await finish(page);
  });

  test('a change beside the article (an extension, a translation tool) leaves the woken widget as it is', async () => {
    const page = await e2e.blank();
    await addPre(page, false);
    assert.equal((await stateOf(page)).outcome, 'ready');
    const doc = page.locator('un-document').locator('.undoc-mount');
    await doc.locator('.undoc-toggle[data-signatory="RUS"]').click();
    await page.evaluate(() => {
      const el = document.querySelector('un-document');
      el.append(document.createElement('span'));
      el.querySelector('article').setAttribute('data-translated', 'yes');
    });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    assert.equal(await doc.locator('.undoc-toggle[data-signatory="RUS"]').getAttribute('aria-pressed'), 'true', 'the selection is kept');
    await finish(page);
  });
});
