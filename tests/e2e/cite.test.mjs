// Citations and deep links (issue 14): every paragraph has a pin-cite; hovering or focusing it
// shows one control with "Copy citation" and "Copy link", which write the clipboard and say so
// in the status line; a link with `#KEY=para:…` scrolls to its paragraph and marks it, back and
// forward included. The paragraphs are one Tab stop (a roving tabindex): the arrow keys, Home and
// End move between them, a click or a link moves the stop. The same on the page that parses the
// seed and on the pre-rendered page.
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

const CITED = '.undoc-p[data-cite]';

/**
 * What has the focus, through shadow roots: the cited paragraph's id (`para`), the control's
 * button (`button`), whether it is inside the `nth` <un-document> (`inWidget`), and a `key`.
 */
const focusNow = (page, nth = 0) =>
  page.evaluate(
    ([nth, cited]) => {
      let el = document.activeElement;
      const hosts = [el];
      while (el?.shadowRoot?.activeElement) {
        el = el.shadowRoot.activeElement;
        hosts.push(el);
      }
      const widget = document.querySelectorAll('un-document')[nth];
      const inWidget = hosts.includes(widget) || (!!widget && widget.contains(el));
      const para = el?.matches(cited) ? el.id : null;
      const button = el?.closest('.undoc-cite') ? el.textContent : null;
      return { para, button, inWidget, key: para ?? button ?? `${el?.localName}#${el?.id ?? ''}` };
    },
    [nth, CITED],
  );

/** The paragraphs' tabindex values, in order: `{id: tabindex}`. */
const stops = (w) =>
  w.locator(CITED).evaluateAll((ps) => Object.fromEntries(ps.map((p) => [p.id, p.getAttribute('tabindex')])));

/** The ids of the paragraphs whose tabindex is 0. */
const tabStops = async (w) => Object.entries(await stops(w)).filter(([, t]) => t === '0').map(([id]) => id);

/** Presses Tab from the page's start until a cited paragraph has the focus; its id. */
async function tabToParagraph(page) {
  // From a button at the start: a click elsewhere would be where Tab starts from.
  await page.evaluate(() => {
    const start = document.getElementById('start') ?? Object.assign(document.createElement('button'), { id: 'start' });
    document.body.prepend(start);
    start.focus();
  });
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await focusNow(page);
    if (f.para) return f.para;
  }
  return null;
}

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

    test('the paragraphs are one Tab stop: Tab reaches the first, then the control, then leaves', async () => {
      const page = await openPage(e2e.browser);
      await page.goto(`${e2e.url}${way.path}`);
      await whenReady(page);
      const w = way.widget(page);
      const ids = Object.keys(await stops(w));
      assert.ok(ids.length >= 6, `${ids.length} cited paragraphs`);
      assert.deepEqual(await tabStops(w), ['seed-para-1'], 'the first paragraph is the one Tab stop');
      assert.ok(Object.values(await stops(w)).slice(1).every((t) => t === '-1'));
      assert.equal(await tabToParagraph(page), 'seed-para-1');
      // Told the keys: the paragraph is described by the hint, which a keyboard user sees.
      const first = w.locator('#seed-para-1');
      const hint = w.locator('.undoc-cite-keys');
      assert.equal(await first.getAttribute('aria-describedby'), await hint.getAttribute('id'));
      assert.equal(await hint.textContent(), 'Arrow keys move between paragraphs');
      assert.ok(await hint.isVisible(), 'the hint shows on keyboard focus');
      // Tab: the control's two buttons, then out of the paragraphs, whatever their number.
      const after = [];
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab');
        after.push(await focusNow(page));
      }
      assert.deepEqual(after.slice(0, 2).map((f) => f.button), ['Copy citation', 'Copy link']);
      assert.ok(!after[2].para && !after[2].button, `the third Tab leaves them: ${after[2].key}`);
      // On through the element: no other paragraph is a stop (note references still are).
      const seen = [];
      for (let f = after[2]; f.inWidget; f = await focusNow(page)) {
        seen.push(f.key);
        await page.keyboard.press('Tab');
      }
      assert.deepEqual(seen.filter((k) => ids.includes(k)), [], `Tab stops: ${seen.join(', ')}`);
      // Shift+Tab back into the element meets the same stops in the reverse order.
      await page.keyboard.press('Shift+Tab');
      const back = [];
      for (let f = await focusNow(page); f.inWidget && f.para !== 'seed-para-1'; f = await focusNow(page)) {
        back.push(f.key);
        await page.keyboard.press('Shift+Tab');
      }
      assert.deepEqual(back.reverse(), ['Copy citation', 'Copy link', ...seen]);
      await finish(page);
    });

    test('ArrowDown, ArrowUp, Home and End move the focus and the stop; a click moves the stop', async () => {
      const page = await openPage(e2e.browser);
      await page.goto(`${e2e.url}${way.path}`);
      await whenReady(page);
      const w = way.widget(page);
      const ids = Object.keys(await stops(w));
      assert.equal(await tabToParagraph(page), 'seed-para-1');
      // Whether our keydown listener kept the key from scrolling the page as well.
      await page.evaluate(() => addEventListener('keydown', (e) => (window.__prevented = e.defaultPrevented)));
      const prevented = () => page.evaluate(() => window.__prevented);
      await page.keyboard.press('ArrowDown');
      assert.equal((await focusNow(page)).para, 'seed-para-2');
      assert.equal(await prevented(), true);
      assert.deepEqual(await tabStops(w), ['seed-para-2'], 'the stop follows the focus');
      assert.equal(await w.locator('#seed-para-2 .undoc-cite').count(), 1, 'and the control');
      // Used once, the keys are not described again.
      assert.equal(await w.locator('[aria-describedby$="-keys"]').count(), 0);
      await page.keyboard.press('ArrowDown');
      assert.equal((await focusNow(page)).para, 'seed-para-annex-1', 'from the body into the annex');
      await page.keyboard.press('ArrowUp');
      assert.equal((await focusNow(page)).para, 'seed-para-2');
      await page.keyboard.press('End');
      assert.equal((await focusNow(page)).para, ids.at(-1));
      await page.keyboard.press('ArrowDown');
      assert.equal((await focusNow(page)).para, ids.at(-1), 'the last stays the last');
      assert.equal(await prevented(), false, 'past the last paragraph the page scrolls');
      await page.keyboard.press('Home');
      assert.equal((await focusNow(page)).para, 'seed-para-1');
      await page.keyboard.press('Home');
      assert.equal((await focusNow(page)).para, 'seed-para-1');
      assert.equal(await prevented(), true, 'Home on the first: nothing to move, nor to scroll');
      await page.keyboard.press('ArrowUp');
      assert.equal((await focusNow(page)).para, 'seed-para-1');
      assert.equal(await prevented(), false, 'before the first paragraph the page scrolls');
      // Tab from a paragraph reached by the arrows goes to its control, Shift+Tab back to it.
      await page.keyboard.press('End');
      await page.keyboard.press('Tab');
      assert.equal((await focusNow(page)).button, 'Copy citation');
      assert.equal(await w.locator(`#${ids.at(-1)} .undoc-cite button`).first().evaluate((b) => b.getRootNode().activeElement === b), true);
      await page.keyboard.press('Shift+Tab');
      assert.equal((await focusNow(page)).para, ids.at(-1));
      // A click moves the stop to the paragraph clicked; Tab from the page's start comes to it.
      await w.locator('#seed-para-annex-2').click({ position: { x: 5, y: 5 } });
      assert.deepEqual(await tabStops(w), ['seed-para-annex-2']);
      assert.equal(await tabToParagraph(page), 'seed-para-annex-2');
      await finish(page);
    });

    test('a deep-linked paragraph becomes the Tab stop', async () => {
      const page = await openPage(e2e.browser);
      await page.goto(`${e2e.url}${way.path}#seed=para:annex-3`);
      await whenReady(page);
      const w = way.widget(page);
      await w.locator('#seed-para-annex-3.undoc-marked').waitFor();
      assert.deepEqual(await tabStops(w), ['seed-para-annex-3']);
      assert.equal(await tabToParagraph(page), 'seed-para-annex-3');
      await page.keyboard.press('ArrowDown');
      assert.equal((await focusNow(page)).para, 'seed-para-annex-4');
      // A link followed later moves it too.
      await page.evaluate(() => (location.hash = 'seed=para:2'));
      await w.locator('#seed-para-2.undoc-marked').waitFor();
      assert.deepEqual(await tabStops(w), ['seed-para-2']);
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

describe('the paragraphs as one Tab stop', () => {
  /** A letter of `n` numbered paragraphs, no State named: its only stops are the widget's own. */
  const letter = (n) =>
    'Letter dated 1 May 2001 from the Permanent Representative of the Republic of Nowhere to the United Nations addressed to the Secretary-General ' +
    Array.from({ length: n }, (_, i) => `${i + 1}. This is paragraph ${i + 1} of the letter.`).join(' ') +
    ' (Signed) A. B. Writer';

  /** Tab presses from a button before the element to one after it, and the paragraphs met. */
  async function crossing(n) {
    const page = await e2e.blank();
    await page.route('**/letter.txt', (r) => r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: letter(n) }));
    await page.evaluate(() => {
      const stage = document.getElementById('stage');
      const el = document.createElement('un-document');
      el.setAttribute('src', '/letter.txt');
      const button = (id) => Object.assign(document.createElement('button'), { id, textContent: id });
      stage.append(button('before'), el, button('after'));
    });
    await whenReady(page);
    const cited = await page.locator(`un-document ${CITED}`).count();
    await page.locator('#before').focus();
    const met = [];
    let presses = 0;
    for (; presses < 500; ) {
      await page.keyboard.press('Tab');
      presses++;
      const f = await focusNow(page);
      if (f.key === 'button#after') break;
      met.push(f.key);
    }
    await finish(page);
    return { cited, presses, paragraphs: met.filter((k) => /-para-/.test(k)) };
  }

  test('Tab crosses a letter in as many presses whatever its number of paragraphs', async () => {
    const [few, many] = [await crossing(3), await crossing(40)];
    assert.ok(few.cited >= 3 && many.cited >= 40, `${few.cited} and ${many.cited} cited paragraphs`);
    assert.equal(many.presses, few.presses, `${few.presses} presses for ${few.cited}, ${many.presses} for ${many.cited}`);
    assert.equal(few.paragraphs.length, 1, few.paragraphs.join(', '));
    assert.equal(many.paragraphs.length, 1, many.paragraphs.join(', '));
  });
});
