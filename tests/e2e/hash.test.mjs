// Deep links: the first widget has sync-hash; a selection and an open note written to
// location.hash by mount() are restored when a page is loaded with that hash.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserSuite, finish, frames, openPage, whenReady } from './helpers.mjs';

const e2e = browserSuite();

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const seed = (page) => page.locator('un-document#seed');

describe('URL hash', () => {
  test('a selection and an open note survive a reload through the hash', async () => {
    const page = await openPage(e2e.browser);
    await page.goto(e2e.url);
    await whenReady(page);
    assert.equal(await page.evaluate(() => location.hash), '');
    // The second widget (no sync-hash) does not write the hash.
    await page.locator('un-document#csto2020').locator('.undoc-toggle').first().click();
    assert.equal(await page.evaluate(() => location.hash), '');
    await seed(page).locator('.undoc-toggle[data-signatory="RUS"]').click();
    await seed(page).locator('.undoc-toggle[data-signatory="KGZ"]').click();
    const ref = seed(page).locator('a[role="doc-noteref"]').nth(1);
    const n = await ref.getAttribute('data-note');
    await ref.click();
    await seed(page).locator('.undoc-popover').waitFor({ state: 'visible' });
    const hitsBefore = await seed(page).locator('[data-state="RUS"].undoc-hit, [data-state="KGZ"].undoc-hit').count();
    assert.ok(hitsBefore > 0);
    await frames(page);
    const hash = await page.evaluate(() => location.hash);
    assert.match(hash, /^#seed[:=]/, `the hash is keyed by the element id: ${hash}`);
    assert.match(hash, /RUS/);
    assert.match(hash, /KGZ/);
    await finish(page);

    const fresh = await openPage(e2e.browser);
    await fresh.goto(`${e2e.url}${hash}`);
    await whenReady(fresh);
    const rus = seed(fresh).locator('.undoc-toggle[data-signatory="RUS"]');
    assert.equal(await rus.getAttribute('aria-pressed'), 'true');
    assert.equal(await seed(fresh).locator('.undoc-toggle[data-signatory="KGZ"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await seed(fresh).locator('.undoc-toggle[data-signatory="ARM"]').getAttribute('aria-pressed'), 'false');
    const pop = seed(fresh).locator('.undoc-popover');
    await pop.waitFor({ state: 'visible' });
    const hitsAfter = await seed(fresh).locator('[data-state="RUS"].undoc-hit, [data-state="KGZ"].undoc-hit').count();
    assert.equal(hitsAfter, hitsBefore, 'the same mentions are highlighted after the reload');
    assert.equal(await seed(fresh).locator('[data-state="ARM"].undoc-hit').count(), 0);
    const want = norm(await seed(fresh).locator(`.undoc-note[data-note="${n}"] .undoc-note-text`).textContent());
    assert.ok(norm(await pop.textContent()).includes(want), `note ${n} is open after loading ${hash}`);
    // Closing the note updates the hash but keeps the selection.
    await seed(fresh).locator('.undoc-popover-close').click();
    await pop.waitFor({ state: 'hidden' });
    const after = await fresh.evaluate(() => location.hash);
    assert.match(after, /RUS/);
    await finish(fresh);
  });
});
