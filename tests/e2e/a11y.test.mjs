// Accessibility with axe-core (WCAG 2.1 A/AA, colour contrast included) on the demo page, light
// and dark, with mentions highlighted, other paragraphs dimmed and a note open; and print styles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserSuite, finish, openPage, ROOT, whenReady } from './helpers.mjs';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const e2e = browserSuite();

async function axe(page) {
  await page.evaluate(AXE); // evaluated by the test driver, not subject to the page's CSP
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1] ?? ''}`),
    }));
  });
}

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no WCAG A/AA violations (${colorScheme}, highlighted, dimmed, note open)`, async () => {
      // axe-core adds inline styles while it runs: bypass the CSP for this page only.
      const page = await openPage(e2e.browser, { colorScheme, reducedMotion: 'reduce', bypassCSP: true });
      await page.goto(e2e.url);
      await whenReady(page);
      const seed = page.locator('un-document#seed');
      await seed.locator('.undoc-toggle[data-signatory="RUS"]').click();
      await seed.locator('.undoc-dim-input').check();
      await seed.locator('a[role="doc-noteref"]').first().click();
      await seed.locator('.undoc-popover').waitFor({ state: 'visible' });
      const violations = await axe(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      await finish(page);
    });
  }

  // The pre-rendered page: the light-DOM original stays in the page, unshown, beside the woken
  // copy; axe checks the page as a reader's tools see it, a phone's width included.
  for (const [colorScheme, viewport] of [
    ['light', { width: 1280, height: 900 }],
    ['dark', { width: 390, height: 844 }],
  ]) {
    test(`axe: the pre-rendered page (${colorScheme}, ${viewport.width} px, highlighted, note open)`, async () => {
      const page = await openPage(e2e.browser, { colorScheme, viewport, reducedMotion: 'reduce', bypassCSP: true });
      await page.goto(`${e2e.url}prerendered.html`);
      await whenReady(page);
      const doc = page.locator('un-document').locator('.undoc-mount');
      await doc.locator('.undoc-toggle[data-signatory="RUS"]').click();
      await doc.locator('a[role="doc-noteref"]').first().click();
      await doc.locator('.undoc-popover').waitFor({ state: 'visible' });
      const violations = await axe(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      await finish(page);
    });
  }

  test('print: toolbar and popover hidden, notes kept, symbol links show their URL', async () => {
    const page = await openPage(e2e.browser);
    await page.goto(e2e.url);
    await whenReady(page);
    const seed = page.locator('un-document#seed');
    await seed.locator('a[role="doc-noteref"]').first().click();
    await page.emulateMedia({ media: 'print' });
    const shown = await seed.evaluate((host) => {
      const r = host.shadowRoot;
      const vis = (sel) => {
        const el = r.querySelector(sel);
        return el ? getComputedStyle(el).display !== 'none' : null;
      };
      const sym = r.querySelector('a.undoc-symbol[href]');
      return {
        toolbar: vis('.undoc-toolbar'),
        popover: vis('.undoc-popover'),
        notes: vis('.undoc-notes'),
        symbolAfter: sym ? getComputedStyle(sym, '::after').content : null,
        symbolHref: sym?.getAttribute('href') ?? null,
      };
    });
    assert.equal(shown.toolbar, false);
    assert.notEqual(shown.popover, true);
    assert.equal(shown.notes, true);
    if (shown.symbolHref) assert.ok(shown.symbolAfter.includes(shown.symbolHref), shown.symbolAfter);
    await page.emulateMedia({ media: 'screen' });
    await finish(page);
  });
});
