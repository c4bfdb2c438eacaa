// The strict Content-Security-Policy the widget is written for: the demo renders and works under
// it — notes open and close, toggles, groups, dimming, the diagnostics fold — with no
// `securitypolicyviolation` (listened for on the document, capturing, from an init script) and no
// console error. Run twice: with the header scripts/serve.py sends, and with exactly
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// put on the page by the test (no img-src: the demo's `<link rel="icon" href="data:,">` is the
// only reason serve.py adds `img-src 'self' data:`).
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { describe, test } from 'node:test';
import { installCanary } from './audit.mjs';
import { browserSuite, finish, openPage, whenReady } from './helpers.mjs';

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const SERVED = `${STRICT}; img-src 'self' data:`;

const e2e = browserSuite();

function headerOf(url, name) {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      res.resume();
      resolve(res.headers[name]);
    }).on('error', reject);
  });
}

async function exercise(page) {
  await whenReady(page);
  const seed = page.locator('un-document#seed');
  // The stylesheet applied inside the shadow root (a <link>, allowed by style-src 'self').
  const styled = await seed.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.undoc-title')).fontSize);
  assert.equal(styled, '20px', 'undoc.css applies inside the shadow root');
  await seed.locator('.undoc-toggle[data-signatory="RUS"]').click();
  assert.equal(await seed.locator('.undoc-toggle[data-signatory="RUS"]').getAttribute('aria-pressed'), 'true');
  assert.ok((await seed.locator('[data-state="RUS"].undoc-hit').count()) > 0);
  await seed.locator('.undoc-group').first().click();
  await seed.locator('.undoc-dim-input').check();
  assert.ok((await seed.locator('.undoc-dimmed').count()) > 0);
  // A note: the popover is positioned through CSS custom properties (CSSOM, not inline styles).
  const ref = seed.locator('.undoc-body a[role="doc-noteref"]').first();
  await ref.click();
  const pop = seed.locator('.undoc-popover');
  await pop.waitFor({ state: 'visible' });
  const where = await pop.evaluate((p) => ({ x: p.style.getPropertyValue('--undoc-pop-x'), pos: getComputedStyle(p).position }));
  assert.match(where.x, /px$/, 'positioned beside its reference');
  assert.equal(where.pos, 'absolute');
  await page.keyboard.press('Escape');
  await pop.waitFor({ state: 'hidden' });
  await seed.locator('.undoc-clear').click();
  const summary = seed.locator('.undoc-diagnostics summary');
  if (await summary.count()) await summary.click();
  // The second widget too.
  await page.locator('un-document#csto2020').locator('.undoc-toggle').first().click();
  // Let any late report arrive (they are dispatched as tasks).
  await page.waitForTimeout(100);
  return page.evaluate(() => window.__violations);
}

describe('strict CSP', () => {
  test(`scripts/serve.py --csp sends "${SERVED}"`, async () => {
    assert.equal(await headerOf(e2e.url, 'content-security-policy'), SERVED);
  });

  test('the demo under the served policy: renders and works, no violation, no console error', async () => {
    const page = await openPage(e2e.browser);
    await page.addInitScript(installCanary);
    await page.goto(e2e.url);
    assert.deepEqual(await exercise(page), []);
    await finish(page);
  });

  /** The demo page with exactly STRICT as its policy; `favicon: false` drops its data: icon. */
  async function strictDemo({ favicon }) {
    const page = await openPage(e2e.browser, { allow: favicon ? [/Loading the image 'data:,' violates/] : [] });
    await page.addInitScript(installCanary);
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        let body = await response.text();
        if (!favicon) {
          const before = body.length;
          body = body.replace(/\s*<link rel="icon" href="data:,">/, '');
          assert.ok(body.length < before, 'the demo has a data: favicon to drop');
        }
        const headers = { ...response.headers(), 'content-security-policy': STRICT };
        delete headers['content-length'];
        await route.fulfill({ status: response.status(), headers, body });
      },
    );
    const res = await page.goto(e2e.url);
    assert.equal(res.headers()['content-security-policy'], STRICT);
    return page;
  }

  test('the widget under exactly default-src/script-src/style-src: renders and works, no violation, no console error', async () => {
    const page = await strictDemo({ favicon: false });
    assert.deepEqual(await exercise(page), []);
    await finish(page);
  });

  test("without img-src the only violation is the demo page's own data: favicon", async () => {
    const page = await strictDemo({ favicon: true });
    const violations = await exercise(page);
    assert.deepEqual(violations, [{ directive: 'img-src', blocked: 'data', source: e2e.url, sample: '' }]);
    await finish(page);
  });
});
