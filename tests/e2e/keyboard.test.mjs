// Keyboard only, reduced motion, and the contrast of the element's own states.
// notes.test.mjs already walks forward with Tab to the references and toggles and presses Enter
// and Space on a reference and a toggle; a11y.test.mjs already runs axe (colour contrast
// included) in light and dark with a selection, dimming and a note open. Here: Shift+Tab too,
// every toolbar control (groups, Clear, the dim checkbox), a visible focus indicator on every
// focused control, Enter/Space on the other controls and the diagnostics fold, the popover's close
// button and Escape from inside the popover; no transition or animation under
// prefers-reduced-motion (the spinner and the popover's fade included); axe colour contrast on the
// loading, error and notice states.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserSuite, finish, focused, focusStops, openPage, ROOT, SEED_TEXT_URL, whenReady } from './helpers.mjs';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const e2e = browserSuite();
const seed = (page) => page.locator('un-document#seed');

/** The focused element inside a widget, with how its focus shows; null outside the widgets. */
function focusInWidget(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    let host = null;
    while (el?.shadowRoot?.activeElement) {
      host = el;
      el = el.shadowRoot.activeElement;
    }
    if (!host) return { outside: el?.localName ?? null };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
    const shadow = s.boxShadow !== 'none';
    const kind = el.matches('a[role="doc-noteref"]')
      ? `ref ${el.id}`
      : el.matches('.undoc-toggle')
        ? `toggle ${el.dataset.signatory}`
        : el.matches('.undoc-group')
          ? `group ${el.dataset.group}`
          : el.matches('.undoc-clear')
            ? 'clear'
            : el.matches('.undoc-dim-input')
              ? 'dim'
              : `${el.localName}.${el.className} ${el.getAttribute('href') ?? ''}`.trim();
    return { key: `${host.id} ${kind}`, visible: el.matches(':focus-visible') && (outline || shadow), style: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} / ${s.boxShadow}` };
  });
}

/** Presses `key` until focus has gone round the page once; returns the widget stops in order. */
async function walk(page, key) {
  await page.evaluate(() => document.activeElement?.blur());
  const stops = [];
  let left = false;
  for (let i = 0; i < 800; i++) {
    await page.keyboard.press(key);
    const f = await focusInWidget(page);
    if (f.outside === null || f.outside === 'body') {
      if (left) break; // back to the document: one full round
      continue;
    }
    left = true;
    if (f.key) stops.push(f);
  }
  return stops;
}

describe('keyboard only', () => {
  test('Tab and Shift+Tab reach every toolbar control and note reference, each with a visible focus indicator', async () => {
    const page = await e2e.demo();
    const expected = await focusStops(page, { toolbar: true });
    assert.ok(expected.filter((k) => / (group|clear|dim)/.test(k)).length >= 4, 'groups, Clear and the dim checkbox are there');
    const forward = await walk(page, 'Tab');
    const backward = await walk(page, 'Shift+Tab');
    for (const [name, stops] of [['Tab', forward], ['Shift+Tab', backward]]) {
      const reached = new Set(stops.map((s) => s.key));
      const missing = expected.filter((k) => !reached.has(k));
      assert.deepEqual(missing, [], `${name} misses: ${missing.join(', ')}`);
      const invisible = stops.filter((s) => !s.visible).map((s) => `${s.key} (${s.style})`);
      assert.deepEqual(invisible, [], `${name}: focus not visible on ${invisible.join(', ')}`);
    }
    // Shift+Tab visits the same stops in the reverse order.
    const there = forward.map((s) => s.key);
    const back = backward.map((s) => s.key).reverse();
    const at = there.findIndex((k, i) => k !== back[i]);
    assert.equal(at, -1, `stop ${at}: Tab ${there[at]}, Shift+Tab ${back[at]} (${there.length} / ${back.length} stops)`);
    await finish(page);
  });

  test('Enter and Space operate groups, Clear, the dim checkbox and the diagnostics fold', async () => {
    const page = await e2e.demo();
    const w = seed(page);
    const group = w.locator('.undoc-group').first();
    await group.focus();
    await page.keyboard.press('Space');
    assert.equal(await group.getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Enter');
    assert.equal(await group.getAttribute('aria-pressed'), 'false');
    await page.keyboard.press('Enter');
    assert.ok((await w.locator('.undoc-toggle[aria-pressed="true"]').count()) >= 2);
    const dim = w.locator('.undoc-dim-input');
    await dim.focus();
    await page.keyboard.press('Space');
    assert.equal(await dim.isChecked(), true);
    assert.ok((await w.locator('.undoc-dimmed').count()) > 0, 'Space on the checkbox dims');
    await page.keyboard.press('Space');
    assert.equal(await w.locator('.undoc-dimmed').count(), 0);
    const clear = w.locator('.undoc-clear');
    await clear.focus();
    await page.keyboard.press('Enter');
    assert.equal(await w.locator('.undoc-toggle[aria-pressed="true"]').count(), 0, 'Enter on Clear');
    await w.locator('.undoc-toggle').first().focus();
    await page.keyboard.press('Space');
    await clear.focus();
    await page.keyboard.press('Space');
    assert.equal(await w.locator('.undoc-toggle[aria-pressed="true"]').count(), 0, 'Space on Clear');
    // The second document has diagnostics: its fold opens with Enter and closes with Space.
    const other = page.locator('un-document#csto2020');
    const summary = other.locator('.undoc-diagnostics summary');
    assert.equal(await summary.count(), 1);
    await summary.focus();
    await page.keyboard.press('Enter');
    assert.equal(await other.locator('.undoc-diagnostics').getAttribute('open'), '');
    assert.ok(await other.locator('.undoc-diagnostics li').first().isVisible());
    await page.keyboard.press('Space');
    assert.equal(await other.locator('.undoc-diagnostics').getAttribute('open'), null);
    await finish(page);
  });

  test("inside a popover: Tab reaches its close button; Enter on it, or Escape, closes and refocuses the reference", async () => {
    const page = await e2e.demo();
    const w = seed(page);
    const ref = w.locator('.undoc-body a[role="doc-noteref"]').first();
    const refId = await ref.getAttribute('id');
    for (const close of ['Enter', 'Escape', 'Space']) {
      await ref.focus();
      await page.keyboard.press('Enter');
      const pop = w.locator('.undoc-popover');
      await pop.waitFor({ state: 'visible' });
      assert.ok((await focused(page))?.inPopover, 'focus moved into the popover');
      // Tab to the close button (the note may hold links before it).
      let f;
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        f = await focused(page);
        if (f?.cls === 'undoc-popover-close') break;
      }
      assert.equal(f?.cls, 'undoc-popover-close');
      const ring = await focusInWidget(page);
      assert.ok(ring.visible, `the close button shows its focus: ${ring.style}`);
      await page.keyboard.press(close);
      await pop.waitFor({ state: 'detached' });
      const back = await focused(page);
      assert.equal(back?.id, refId, `${close}: focus back on the reference, got ${JSON.stringify(back)}`);
      assert.equal(await ref.getAttribute('aria-expanded'), null);
    }
    await finish(page);
  });
});

/** Transitions and animations with a duration, in every shadow root (pseudo-elements too). */
function moving(page) {
  return page.evaluate(() => {
    const out = [];
    const secs = (v) => Math.max(...v.split(',').map((x) => parseFloat(x) * (x.trim().endsWith('ms') ? 0.001 : 1)));
    for (const host of document.querySelectorAll('un-document')) {
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          if (pseudo && s.content === 'none') continue;
          const t = secs(s.transitionDuration);
          const a = s.animationName !== 'none' ? secs(s.animationDuration) : 0;
          if (t > 0 || a > 0) out.push(`${host.id} ${el.localName}.${el.className}${pseudo ?? ''}: transition ${s.transitionDuration}, animation ${s.animationName} ${s.animationDuration}`);
        }
      }
    }
    return out;
  });
}

describe('reduced motion', () => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
    test(`prefers-reduced-motion: ${reducedMotion} — ${reducedMotion === 'reduce' ? 'nothing moves' : 'the check sees the motion'}`, async () => {
      const page = await openPage(e2e.browser, { reducedMotion });
      let release;
      const gate = new Promise((r) => (release = r));
      // The second document is held back: its loading spinner is checked too.
      await page.route('**/corpus/A_74_896.txt', async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto(e2e.url);
      await whenReady(page, 'un-document#seed');
      await page.waitForFunction(() => !!document.querySelector('#csto2020').shadowRoot.querySelector('[part=status]:not([hidden])'));
      const loading = await moving(page);
      release();
      await whenReady(page);
      const w = seed(page);
      await w.locator('.undoc-toggle[data-signatory="RUS"]').click();
      await w.locator('.undoc-body a[role="doc-noteref"]').first().click();
      await w.locator('.undoc-popover').waitFor({ state: 'visible' });
      const open = await moving(page);
      if (reducedMotion === 'reduce') {
        assert.deepEqual(loading, [], 'while loading');
        assert.deepEqual(open, [], 'with a selection and a popover open');
      } else {
        assert.ok(loading.some((m) => /undoc-loading::before.*undoc-spin/.test(m)), `the spinner spins: ${loading.join('\n')}`);
        assert.ok(open.some((m) => /undoc-popover\b.*transition 0\.14s/.test(m)), `the popover fades in: ${open.join('\n')}`);
        assert.ok(open.some((m) => /undoc-toggle.*transition 0\.15s/.test(m)), 'the toggles have transitions');
      }
      await finish(page);
    });
  }
});

describe("contrast of the element's own states", () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe color-contrast: loading, error and notice states (${colorScheme})`, async () => {
      // axe adds inline styles while it runs: bypass the CSP for this page only.
      const page = await openPage(e2e.browser, { colorScheme, reducedMotion: 'reduce', bypassCSP: true, allow: [/404/] });
      await page.route('**/slow/seed.txt', () => {}); // never answers: stays loading
      await page.goto(`${e2e.url}fixtures/blank.html`);
      await page.waitForFunction(() => !!customElements.get('un-document'));
      await page.evaluate((seedUrl) => {
        const add = (id, attrs) => {
          const el = document.createElement('un-document');
          el.id = id;
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          el.textContent = `Fallback of ${id}.`;
          document.getElementById('stage').append(el);
        };
        add('loading', { src: '/slow/seed.txt' });
        add('error', { src: '/seeds/missing.txt' });
        add('notice', { src: seedUrl, notes: '/notes/missing.json' });
      }, SEED_TEXT_URL);
      await page.waitForFunction(() => {
        const shown = (id, part) => document.getElementById(id).shadowRoot.querySelector(`[part=${part}]`)?.hidden === false;
        return shown('loading', 'status') && shown('error', 'error') && shown('notice', 'notice');
      });
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] });
        return result.violations.flatMap((v) => v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`));
      });
      assert.deepEqual(violations, []);
      await finish(page);
    });
  }
});
