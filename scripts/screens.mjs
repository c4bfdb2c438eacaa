// Screenshots of the demo's seed on a desktop and a phone, for before/after comparisons:
// node scripts/screens.mjs OUTDIR
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, serve, whenReady } from '../tests/e2e/helpers.mjs';

const out = process.argv[2] ?? 'target/screens';
mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const [name, viewport, mobile] of [
    ['desktop', { width: 1280, height: 900 }, false],
    ['phone', { width: 390, height: 844 }, true],
  ]) {
    const page = await openPage(browser, { viewport, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: mobile ? 2 : 1 });
    await page.goto(server.url);
    await whenReady(page, 'un-document#seed');
    await page.evaluate(() => document.fonts.ready);
    // The letter's first paragraph at the top: where the notes are.
    await page.evaluate(() => document.querySelector('#seed').shadowRoot.querySelector('.undoc-body p')?.scrollIntoView());
    await page.screenshot({ path: join(out, `seed-${name}.png`), fullPage: false, animations: 'disabled' });
    await page.closeAll();
  }
} finally {
  await browser.close();
  await server.close();
}
