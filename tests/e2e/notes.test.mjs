// Note popovers and keyboard access on the demo page: open, focus, Escape, second click, click
// outside, one at a time, inside the viewport (also as a bottom sheet on a phone), Tab order,
// Enter and Space.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSuite, finish, focused, focusStops } from './helpers.mjs';

const e2e = browserSuite();
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const seed = (page) => page.locator('un-document#seed');
const refs = (page, host = 'seed') => page.locator(`un-document#${host}`).locator('a[role="doc-noteref"]');
const popovers = (page) => page.locator('un-document .undoc-popover');

/** The endnote text of note `n` in a widget. */
async function noteText(page, n, host = 'seed') {
  return norm(await page.locator(`un-document#${host}`).locator(`.undoc-note[data-note="${n}"] .undoc-note-text`).textContent());
}
async function openCount(page) {
  return page.locator('un-document .undoc-popover:visible').count();
}
async function assertInViewport(page, box, what) {
  const vp = page.viewportSize();
  assert.ok(box, `${what}: has a box`);
  const eps = 1;
  assert.ok(box.x >= -eps && box.y >= -eps, `${what}: top-left ${box.x},${box.y} inside`);
  assert.ok(box.x + box.width <= vp.width + eps, `${what}: right edge ${box.x + box.width} <= ${vp.width}`);
  assert.ok(box.y + box.height <= vp.height + eps, `${what}: bottom edge ${box.y + box.height} <= ${vp.height}`);
}

describe('note popovers', () => {
  test('the first note reference opens its note with focus inside; Escape closes and refocuses the reference', async () => {
    const page = await e2e.demo();
    const ref = refs(page).first();
    const n = await ref.getAttribute('data-note');
    const refId = await ref.getAttribute('id');
    const want = await noteText(page, n);
    await ref.click();
    const pop = seed(page).locator('.undoc-popover');
    await pop.waitFor({ state: 'visible' });
    assert.equal(await pop.getAttribute('role'), 'dialog');
    assert.ok(norm(await pop.locator('.undoc-popover-body').textContent()).includes(want), `popover holds note ${n}: ${want}`);
    const f = await focused(page);
    assert.ok(f?.inPopover, `focus inside the popover, got ${JSON.stringify(f)}`);
    await page.keyboard.press('Escape');
    await pop.waitFor({ state: 'hidden' });
    assert.equal(await openCount(page), 0);
    const back = await focused(page);
    assert.equal(back?.id, refId, `focus back on the reference, got ${JSON.stringify(back)}`);
    await finish(page);
  });

  test('a second click on the reference closes the popover', async () => {
    const page = await e2e.demo();
    const ref = refs(page).first();
    await ref.click();
    await seed(page).locator('.undoc-popover').waitFor({ state: 'visible' });
    await ref.click();
    await seed(page).locator('.undoc-popover').waitFor({ state: 'hidden' });
    assert.equal(await openCount(page), 0);
    await finish(page);
  });

  test('a click outside closes the popover; the close button too', async () => {
    const page = await e2e.demo();
    await refs(page).first().click();
    await seed(page).locator('.undoc-popover').waitFor({ state: 'visible' });
    await page.locator('.demo-header h1').click();
    await seed(page).locator('.undoc-popover').waitFor({ state: 'hidden' });
    // Inside the document but outside the popover counts as outside too.
    await refs(page).first().click();
    await seed(page).locator('.undoc-popover').waitFor({ state: 'visible' });
    await seed(page).locator('h1.undoc-title').click();
    await seed(page).locator('.undoc-popover').waitFor({ state: 'hidden' });
    await refs(page).first().click();
    await seed(page).locator('.undoc-popover-close').click();
    await seed(page).locator('.undoc-popover').waitFor({ state: 'hidden' });
    await finish(page);
  });

  test('only one popover at a time, across notes and across widgets', async () => {
    const page = await e2e.demo();
    const count = await refs(page).count();
    assert.ok(count >= 2, `the seed has ${count} note references`);
    await refs(page).nth(0).click();
    await refs(page).nth(1).click();
    assert.equal(await openCount(page), 1);
    const n1 = await refs(page).nth(1).getAttribute('data-note');
    assert.ok(norm(await seed(page).locator('.undoc-popover').textContent()).includes(await noteText(page, n1)));
    if ((await refs(page, 'csto2020').count()) > 0) {
      await refs(page, 'csto2020').first().click();
      assert.equal(await openCount(page), 1, 'opening a note in widget 2 closes the one in widget 1');
    }
    await finish(page);
  });

  test('every popover lies within the viewport (1280x900)', async () => {
    const page = await e2e.demo({ viewport: { width: 1280, height: 900 } });
    const count = await refs(page).count();
    for (let i = 0; i < count; i++) {
      const ref = refs(page).nth(i);
      await ref.scrollIntoViewIfNeeded();
      await ref.click();
      const pop = seed(page).locator('.undoc-popover');
      await pop.waitFor({ state: 'visible' });
      await page.waitForTimeout(50);
      await assertInViewport(page, await pop.boundingBox(), `popover of reference ${i + 1}`);
      await page.keyboard.press('Escape');
      await pop.waitFor({ state: 'hidden' });
    }
    await finish(page);
  });

  test('on a 375x667 phone the popover is a bottom sheet inside the viewport', async () => {
    const page = await e2e.demo({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    const count = await refs(page).count();
    for (const i of [...new Set([0, count - 1])]) {
      const ref = refs(page).nth(i);
      await ref.scrollIntoViewIfNeeded();
      await ref.click();
      const pop = seed(page).locator('.undoc-popover');
      await pop.waitFor({ state: 'visible' });
      await page.waitForTimeout(250); // the sheet slides in
      assert.match((await pop.getAttribute('class')) ?? '', /\bundoc-sheet\b/);
      const box = await pop.boundingBox();
      await assertInViewport(page, box, `sheet of reference ${i + 1}`);
      assert.ok(Math.abs(box.y + box.height - 667) <= 2, `the sheet sits on the bottom edge (${box.y + box.height})`);
      assert.ok(box.width >= 370, `the sheet spans the width (${box.width})`);
      await page.keyboard.press('Escape');
      await pop.waitFor({ state: 'hidden' });
    }
    await finish(page);
  });
});

describe('keyboard', () => {
  test('Tab from the start reaches every note reference and every toggle of both widgets', async () => {
    const page = await e2e.demo();
    const expected = await focusStops(page);
    assert.ok(expected.length > 10);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.evaluate(() => document.activeElement?.blur());
    const reached = new Set();
    let wrapped = false;
    for (let i = 0; i < 600 && !wrapped; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f) {
        if (i > 0) wrapped = true; // back to the document: one full round
        continue;
      }
      assert.ok(!f.inPopover, 'Tab alone never opens a popover');
      if (f.role === 'doc-noteref') reached.add(`${f.host} ref ${f.id}`);
      if (f.signatory) reached.add(`${f.host} toggle ${f.signatory}`);
      if (reached.size === expected.length) break;
    }
    const missing = expected.filter((k) => !reached.has(k));
    assert.deepEqual(missing, [], `not reachable with Tab: ${missing.join(', ')}`);
    await finish(page);
  });

  test('Enter and Space on a reference open its note', async () => {
    const page = await e2e.demo();
    const ref = refs(page).first();
    const n = await ref.getAttribute('data-note');
    const want = await noteText(page, n);
    const y0 = await page.evaluate(() => window.scrollY);
    for (const key of ['Enter', 'Space']) {
      await ref.focus();
      const y = await page.evaluate(() => window.scrollY);
      await page.keyboard.press(key);
      const pop = seed(page).locator('.undoc-popover');
      await pop.waitFor({ state: 'visible' });
      assert.ok(norm(await pop.textContent()).includes(want), `${key}: popover holds note ${n}`);
      if (key === 'Space') {
        assert.equal(await page.evaluate(() => window.scrollY), y, 'Space opens the note instead of scrolling');
      }
      await page.keyboard.press('Escape');
      await pop.waitFor({ state: 'hidden' });
      assert.equal((await focused(page))?.id, await ref.getAttribute('id'));
    }
    assert.ok(y0 >= 0);
    await finish(page);
  });

  test('Space and Enter toggle a signatory; the toolbar controls are buttons', async () => {
    const page = await e2e.demo();
    const tj = seed(page).locator('.undoc-toggle[data-signatory="TJK"]');
    await tj.focus();
    await page.keyboard.press('Space');
    assert.equal(await tj.getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Enter');
    assert.equal(await tj.getAttribute('aria-pressed'), 'false');
    await finish(page);
  });
});
