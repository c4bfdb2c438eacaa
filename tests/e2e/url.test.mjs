// The host's URL and history are the host's (issue 12): no rewrite at load, absolute URLs under
// a <base href>, history.state kept, the hash followed when it changes, keys that cannot
// collide, one write a frame, whole note numbers only. Blank page under the strict CSP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, appendElement, browserSuite, finish, frames } from './helpers.mjs';

const SEED = readFileSync(join(ROOT, 'tests/seeds/000_ee653181992c2e49.txt'), 'utf8');
const e2e = browserSuite();

/** Appends <un-document id=…> with the seed as its text; resolves once it is ready. */
const add = (page, id, attrs) => appendElement(page, id, attrs, SEED, { ready: true });

const inWidget = (page, id, selector) => page.locator(`un-document[id="${id}"]`).locator(selector);

describe('the host URL', () => {
  test('load leaves #comments alone; a toggle writes an absolute URL and keeps history.state', async () => {
    const page = await e2e.blank();
    const start = await page.evaluate(() => {
      history.replaceState({ router: 42 }, '', `${location.pathname}?article=42#comments`);
      const base = document.createElement('base');
      base.href = '/letters/';
      document.head.append(base);
      return location.href;
    });
    await add(page, 'seed', { signatories: 'RUS', 'sync-hash': '' });
    assert.equal(
      await inWidget(page, 'seed', '.undoc-toggle[data-signatory="RUS"]').getAttribute('aria-pressed'),
      'true',
      'the signatories attribute still preselects',
    );
    assert.equal(await page.evaluate(() => location.href), start, 'nothing written at load');
    await inWidget(page, 'seed', '.undoc-toggle[data-signatory="ARM"]').click();
    await frames(page);
    const after = await page.evaluate(() => ({ href: location.href, state: history.state }));
    const url = new URL(after.href);
    assert.equal(url.pathname, new URL(start).pathname, 'the <base href> does not move the page');
    assert.equal(url.search, '?article=42');
    assert.match(url.hash, /^#comments&seed=states:/);
    assert.deepEqual(after.state, { router: 42 }, 'history.state is kept');
    await finish(page);
  });

  test('the widget follows its entry when the hash changes, encoded or not', async () => {
    const page = await e2e.blank();
    await add(page, 'seed', { 'sync-hash': '' });
    await page.evaluate(() => {
      location.hash = 'comments&seed=note:2';
    });
    const pop = inWidget(page, 'seed', '.undoc-popover');
    await pop.waitFor({ state: 'visible' });
    assert.equal(await pop.getAttribute('data-note'), '2');
    await page.evaluate(() => {
      location.hash = 'seed=states:ARM%2CRUS';
    });
    await page.waitForFunction(
      () => document.getElementById('seed').shadowRoot.querySelectorAll('.undoc-toggle[aria-pressed="true"]').length === 2,
    );
    // A hash without our entry leaves the selection as it is.
    await page.evaluate(() => {
      location.hash = 'comments';
    });
    await page.waitForTimeout(50);
    assert.equal(
      await inWidget(page, 'seed', '.undoc-toggle[aria-pressed="true"]').count(),
      2,
    );
    assert.equal(await page.evaluate(() => location.hash), '#comments', 'and is not rewritten');
    await finish(page);
  });

  test('ids that differ only in symbols get entries of their own', async () => {
    const page = await e2e.blank();
    await add(page, 'a.b', { 'sync-hash': '' });
    await add(page, 'ab', { 'sync-hash': '' });
    await inWidget(page, 'a.b', '.undoc-toggle[data-signatory="RUS"]').click();
    await inWidget(page, 'ab', '.undoc-toggle[data-signatory="ARM"]').click();
    await frames(page);
    const hash = await page.evaluate(() => location.hash);
    assert.match(hash, /(^#|&)a\.2eb=states:RUS(&|$)/, hash);
    assert.match(hash, /(^#|&)ab=states:ARM(&|$)/, hash);
    await finish(page);
  });

  test('a burst of changes writes the URL once a frame, and the last state wins', async () => {
    const page = await e2e.blank();
    await add(page, 'seed', { 'sync-hash': '' });
    const calls = await page.evaluate(() => {
      let n = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args) => {
        n += 1;
        return replace(...args);
      };
      const el = document.getElementById('seed');
      for (let i = 0; i < 200; i += 1) el.selectSignatories([i % 2 ? 'ARM' : 'RUS']);
      el.selectSignatories(['KAZ']);
      const inTask = n;
      return new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => done({ inTask, after: n, hash: location.hash }))));
    });
    assert.ok(calls.inTask <= 1, `${calls.inTask} replaceState calls in one task`);
    assert.ok(calls.after <= 2, `${calls.after} replaceState calls in all`);
    assert.match(calls.hash, /(^#|&)seed=states:KAZ(&|$)/, calls.hash);
    await finish(page);
  });

  test('openNote takes whole note numbers only', async () => {
    const page = await e2e.blank();
    await add(page, 'seed', {});
    const got = await page.evaluate(() => {
      const el = document.getElementById('seed');
      return [el.openNote(2.9), el.openNote(4294967298), el.openNote(-1), el.openNote('2'), el.openNote(2)];
    });
    assert.deepEqual(got, [false, false, false, true, true]);
    await finish(page);
  });
});
