// A long document arrives in pieces (issue 12): the first screen from the first task, the rest
// a bounded piece a task, the reader free to act before the last one; and a widget moved into
// an iframe listens to the iframe. Work per task is held here by what it adds to the page;
// the time it takes is a benchmark (bench/browser.mjs, BENCHMARKS.md), not a test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, appendElement, browserSuite, finish, frames } from './helpers.mjs';

const SEED = readFileSync(join(ROOT, 'tests/seeds/000_ee653181992c2e49.txt'), 'utf8');
const e2e = browserSuite();

/** About 3 MB: the seed, then its annexed statement's text again and again, then a last line. */
function longLetter() {
  const flat = SEED.split('\n').slice(2).join(' ');
  const at = flat.indexOf('The Ministers');
  const para = flat.slice(at, at + 1500);
  let text = flat.slice(0, at);
  for (let i = 1; text.length < 3e6; i++) text += ` ${i}. ${para}`;
  return `${text} The last paragraph of the long letter.`;
}
const LONG = longLetter();

/**
 * Adds <un-document id="long"> with LONG served as its src, and records, task by task, the
 * shadow-DOM nodes each task added (a MutationObserver's callback runs once after each task).
 */
async function addLong(page) {
  await page.route('**/long.txt', (r) => r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: LONG }));
  await page.evaluate(() => {
    window.__tasks = [];
    const el = document.createElement('un-document');
    el.id = 'long';
    el.setAttribute('src', '/long.txt');
    document.getElementById('stage').append(el);
    const size = (n) => (n.nodeType === 1 ? 1 + n.querySelectorAll('*').length : 1);
    new MutationObserver((records) => {
      let added = 0;
      for (const r of records) for (const n of r.addedNodes) added += size(n);
      const article = el.shadowRoot.querySelector('article.undoc');
      window.__tasks.push({ added, busy: el.getAttribute('aria-busy'), ready: el.hasAttribute('ready'), article: !!article });
    }).observe(el.shadowRoot, { childList: true, subtree: true });
  });
  // The first screen: the article is there before the whole document is.
  await page.waitForFunction(() => !!document.getElementById('long').shadowRoot.querySelector('article.undoc'));
}

const shadow = (page, fn, arg) => page.locator('un-document#long').evaluate(fn, arg);

describe('a long document', () => {
  test('shows its first screen, then the rest a bounded piece a task, busy until the last', async () => {
    const page = await e2e.blank();
    await addLong(page);
    await shadow(page, (el) => el.ready);
    const tasks = await page.evaluate(() => window.__tasks);
    const last = await shadow(page, (el) => ({
      busy: el.getAttribute('aria-busy'),
      ready: el.hasAttribute('ready'),
      text: el.shadowRoot.querySelector('article.undoc').textContent.includes('The last paragraph of the long letter.'),
      long: el.shadowRoot.querySelector('article.undoc').classList.contains('undoc-long'),
    }));
    const shown = tasks.filter((t) => t.article && t.added > 0);
    const [first, ...pieces] = shown;
    assert.equal(first.busy, 'true', 'busy while pieces arrive');
    assert.equal(first.ready, false);
    assert.equal(last.busy, null);
    assert.equal(last.ready, true);
    assert.equal(last.long, true);
    assert.ok(last.text, 'the whole text is in when ready');
    // Each task after the first adds about 64 KiB of markup: a few thousand nodes, never the whole.
    const total = shown.reduce((n, t) => n + t.added, 0);
    const most = Math.max(...pieces.map((t) => t.added));
    console.log(`# ${LONG.length} bytes: ${first.added} nodes on the first screen, then ${pieces.length} tasks of at most ${most}, ${total} in all`);
    assert.ok(first.added * 20 < total, `${first.added} of ${total} nodes on the first screen`);
    assert.ok(pieces.length >= 20, `${pieces.length} tasks after the first`);
    assert.ok(most <= 6000, `a task added ${most} nodes`);
    await finish(page);
  });

  test('the reader can select a signatory and open the last note before the last piece', async () => {
    const page = await e2e.blank();
    await addLong(page);
    const early = await shadow(page, (el) => {
      el.selectSignatories(['RUS']);
      const notes = el.document?.notes?.length ?? 0;
      return { ready: el.hasAttribute('ready'), notes };
    });
    assert.equal(early.ready, false, 'acted before the last piece');
    // The notes come last: asking for one brings the rest at once.
    const opened = await shadow(page, (el, n) => el.openNote(n), early.notes || 1);
    assert.equal(opened, true);
    await shadow(page, (el) => el.ready);
    const s = await shadow(page, (el) => {
      const r = el.shadowRoot;
      const rus = [...r.querySelectorAll('article [data-state="RUS"]')];
      return {
        rus: rus.length,
        unmarked: rus.filter((m) => !m.classList.contains('undoc-hit')).length,
        popover: !!r.querySelector('.undoc-popover'),
      };
    });
    assert.ok(s.rus > 100, `${s.rus} mentions of RUS`);
    assert.equal(s.unmarked, 0, 'mentions that arrived after the selection are highlighted too');
    assert.equal(s.popover, true);
    await finish(page);
  });

  test('End on a paragraph before the last piece brings the rest and goes to the last paragraph', async () => {
    const page = await e2e.blank();
    await addLong(page);
    const first = page.locator('un-document#long .undoc-p[data-cite]').first();
    await first.focus();
    const early = await shadow(page, (el) => el.hasAttribute('ready'));
    await page.keyboard.press('End');
    const s = await shadow(page, (el) => {
      const all = el.shadowRoot.querySelectorAll('.undoc-p[data-cite]');
      const last = all[all.length - 1];
      const stops = el.shadowRoot.querySelectorAll('.undoc-p[data-cite][tabindex="0"]');
      return { focused: el.shadowRoot.activeElement === last, stops: stops.length, last: stops[0] === last };
    });
    assert.equal(early, false, 'pressed before the last piece');
    assert.deepEqual(s, { focused: true, stops: 1, last: true });
    await finish(page);
  });

  test('removed while its pieces arrive, it stops and leaves nothing behind', async () => {
    const page = await e2e.blank();
    await addLong(page);
    const settled = await shadow(page, (el) => {
      const p = el.ready.then(() => 'ready', (e) => `rejected: ${e.message}`);
      el.remove();
      return Promise.race([p, new Promise((r) => setTimeout(() => r('pending'), 500))]);
    });
    await frames(page);
    const after = await page.evaluate(() => {
      const n = window.__tasks.length;
      return new Promise((r) => setTimeout(() => r({ before: n, after: window.__tasks.length }), 300));
    });
    assert.notEqual(settled, 'ready', 'never ready: it was removed');
    assert.equal(after.after, after.before, 'no piece added after removal');
    await finish(page);
  });
});

describe('a widget moved into an iframe', () => {
  test('listens to the iframe: a click there closes its note, the URL entry goes to the iframe', async () => {
    const page = await e2e.blank();
    await appendElement(page, 'moved', { 'sync-hash': '' }, SEED, { ready: true });
    const top = await page.evaluate(() => location.href);
    await page.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.id = 'frame';
      frame.src = '/fixtures/empty.html';
      document.body.append(frame);
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const el = document.getElementById('moved');
      const doc = frame.contentDocument;
      doc.body.append(doc.adoptNode(el));
      await el.ready;
    });
    const frame = page.frameLocator('#frame');
    const widget = frame.locator('un-document#moved');
    await widget.locator('a[role="doc-noteref"]').first().click();
    await widget.locator('.undoc-popover').waitFor({ state: 'visible' });
    const hashes = await page.evaluate(() => ({
      top: location.href,
      frame: document.getElementById('frame').contentWindow.location.hash,
    }));
    assert.equal(hashes.top, top, 'the top page URL is left alone');
    assert.match(hashes.frame, /moved=note:\d+/, 'the entry is written to the iframe');
    // A click elsewhere in the iframe closes the note.
    await page.evaluate(() => document.getElementById('frame').contentDocument.body.click());
    await frames(page);
    assert.equal(await widget.locator('.undoc-popover').count(), 0, 'the note closed');
    await finish(page);
  });
});
