// Citations and deep links (issue 14): every paragraph has a pin-cite; hovering or focusing it
// shows one control with "Copy citation" and "Copy link", which write the clipboard and say so
// in the status line; a link with `#KEY=para:…` scrolls to its paragraph and marks it, back and
// forward included. The same on the page that parses the seed and on the pre-rendered page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSuite, finish, openPage, whenReady } from './helpers.mjs';

const e2e = browserSuite();

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
const SEED_NAME =
  'Letter dated 30 September 2009 from the Permanent Representative of the Russian Federation (30 September 2009)';

// The two ways in: the demo's seed (parsed in the browser, key `seed` from its id) and the
// pre-rendered page (key `seed` from the prefix the CLI was given).
const WAYS = [
  { name: 'parsed in the browser', path: '', widget: (page) => page.locator('un-document#seed') },
  {
    name: 'pre-rendered',
    path: 'prerendered.html',
    widget: (page) => page.locator('un-document').first().locator('.undoc-mount'),
  },
];

const readClipboard = (page) => page.evaluate(() => (window.__readClipboard ?? navigator.clipboard.readText.bind(navigator.clipboard))());

/** Whether `el` lies wholly inside the viewport. */
const inView = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });

for (const way of WAYS) {
  describe(`citations, ${way.name}`, () => {
    test('focus a paragraph: Copy citation and Copy link write the clipboard and say so', async () => {
      const page = await openPage(e2e.browser, CLIPBOARD);
      await page.goto(`${e2e.url}${way.path}`);
      await whenReady(page);
      const w = way.widget(page);
      const para = w.locator('#seed-para-annex-1');
      assert.equal(await para.getAttribute('data-cite'), 'annex, para. 1');
      await para.focus();
      const control = para.locator('.undoc-cite');
      assert.equal(await control.count(), 1, 'the control moved into the focused paragraph');
      assert.equal(await w.locator('.undoc-cite').count(), 1, 'one control per widget');
      const copyCitation = control.getByRole('button', { name: 'Copy citation' });
      const copyLink = control.getByRole('button', { name: 'Copy link' });
      assert.ok(await copyCitation.isVisible());
      assert.equal(await control.getAttribute('aria-label'), 'Cite annex, para. 1');
      // The keyboard: Tab from the paragraph reaches the control, Enter copies.
      await page.keyboard.press('Tab');
      assert.equal(await copyCitation.evaluate((b) => b.getRootNode().activeElement === b), true);
      await page.keyboard.press('Enter');
      await w.locator('.undoc-status, .undoc-live').filter({ hasText: 'Citation copied.' }).waitFor();
      assert.equal(await readClipboard(page), `${SEED_NAME}, annex, para. 1`);
      await copyLink.click();
      await w.locator('.undoc-status, .undoc-live').filter({ hasText: 'Link copied.' }).waitFor();
      assert.equal(await readClipboard(page), `${e2e.url}${way.path}#seed=para:annex-1`);
      // The pointer takes it to another paragraph; the body's are cited without a part.
      const body = w.locator('#seed-para-2');
      await body.hover();
      assert.equal(await body.locator('.undoc-cite').count(), 1);
      await body.getByRole('button', { name: 'Copy citation' }).click();
      await page.waitForFunction(async (want) => (await navigator.clipboard.readText()) === want, `${SEED_NAME}, para. 2`);
      await finish(page);
    });

    test('without navigator.clipboard the citation is copied the old way', async () => {
      const page = await openPage(e2e.browser, CLIPBOARD);
      await page.addInitScript(() => {
        const clip = navigator.clipboard;
        window.__readClipboard = () => clip.readText();
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
      });
      await page.goto(`${e2e.url}${way.path}`);
      await whenReady(page);
      const w = way.widget(page);
      const para = w.locator('#seed-para-annex-2');
      await para.hover();
      const button = para.getByRole('button', { name: 'Copy citation' });
      await button.click();
      await w.locator('.undoc-status, .undoc-live').filter({ hasText: 'Citation copied.' }).waitFor();
      assert.equal(await readClipboard(page), `${SEED_NAME}, annex, para. 2`);
      assert.equal(await w.locator('.undoc-copybuf').count(), 0, 'the field it copied from is gone');
      assert.equal(await button.evaluate((b) => b.getRootNode().activeElement === b), true, 'the focus is back');
      await finish(page);
    });

    test('a link to a paragraph scrolls to it and marks it; back and forward follow', async () => {
      const page = await openPage(e2e.browser, { viewport: { width: 900, height: 420 } });
      await page.goto(`${e2e.url}${way.path}#seed=para:annex-3`);
      await whenReady(page);
      const w = way.widget(page);
      const para = w.locator('#seed-para-annex-3');
      await page.waitForFunction(() => scrollY > 0);
      assert.ok(await inView(para), 'the paragraph is scrolled into view');
      assert.match(await para.getAttribute('class'), /\bundoc-marked\b/);
      assert.equal(await para.getAttribute('aria-current'), 'location');
      assert.equal(await w.locator('.undoc-marked').count(), 1);
      // The mark shows in both schemes: a tint and a bar, not the page's background.
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        const [bg, page_bg, shadow] = await para.evaluate((el) => {
          const s = getComputedStyle(el);
          return [s.backgroundColor, getComputedStyle(el.closest('article')).backgroundColor, s.boxShadow];
        });
        assert.notEqual(bg, page_bg, `${colorScheme}: the marked paragraph stands out`);
        assert.notEqual(shadow, 'none', `${colorScheme}: with its bar`);
      }
      // An in-page link to another paragraph, then back and forward.
      await page.evaluate(() => (location.hash = 'seed=para:1'));
      await w.locator('#seed-para-1.undoc-marked').waitFor();
      assert.equal(await w.locator('.undoc-marked').count(), 1);
      assert.equal(await para.getAttribute('aria-current'), null);
      await page.goBack();
      await w.locator('#seed-para-annex-3.undoc-marked').waitFor();
      assert.ok(await inView(para));
      await page.goForward();
      await w.locator('#seed-para-1.undoc-marked').waitFor();
      await finish(page);
    });

    test('a link that names the first annex as one of several still opens', async () => {
      const page = await openPage(e2e.browser);
      await page.goto(`${e2e.url}${way.path}#seed=para:annex1-2`);
      await whenReady(page);
      await way.widget(page).locator('#seed-para-annex-2.undoc-marked').waitFor();
      await finish(page);
    });
  });
}

describe('citations and the rest of the hash', () => {
  test('a selection made after opening a paragraph link keeps the paragraph in the URL', async () => {
    const page = await openPage(e2e.browser);
    await page.goto(`${e2e.url}#seed=para:annex-1`);
    await whenReady(page);
    const w = page.locator('un-document#seed');
    await w.locator('#seed-para-annex-1.undoc-marked').waitFor();
    await w.locator('.undoc-toggle[data-signatory="RUS"]').click();
    await page.waitForFunction(() => location.hash.includes('states:RUS'));
    assert.equal(await page.evaluate(() => location.hash), '#seed=states:RUS;para:annex-1');
    await finish(page);
  });

  test('the control is not printed', async () => {
    const page = await openPage(e2e.browser);
    await page.goto(e2e.url);
    await whenReady(page);
    const para = page.locator('un-document#seed').locator('#seed-para-1');
    await para.hover();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await para.locator('.undoc-cite').evaluate((el) => getComputedStyle(el).display), 'none');
    assert.equal(await para.locator('.undoc-cite button').count(), 2, 'it is there, only not printed');
    await finish(page);
  });
});
