// The demo page: the seed renders, signatory toggles highlight mentions, groups, clear, events,
// two widgets side by side, and the screenshot in docs/demo.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  browserSuite,
  docsPath,
  finish,
  openPage,
  plainText,
  ROOT,
  SEED_SIGNATORIES,
  SEED_TITLE,
  whenReady,
} from './helpers.mjs';

const e2e = browserSuite();

async function demo(options) {
  const page = await openPage(e2e.browser, options);
  await page.addInitScript(() => {
    window.__undocEvents = [];
    for (const type of ['undoc-signatorychange', 'undoc-noteopen', 'undoc-noteclose']) {
      document.addEventListener(type, (e) =>
        window.__undocEvents.push({
          type,
          detail: e.detail,
          composed: e.composed,
          bubbles: e.bubbles,
          target: e.target?.id ?? null,
        }),
      );
    }
  });
  await page.goto(e2e.url);
  await whenReady(page);
  return page;
}
const events = (page) => page.evaluate(() => window.__undocEvents.splice(0));
const seed = (page) => page.locator('un-document#seed');
const second = (page) => page.locator('un-document#csto2020');

/** Toggle states, hits and classes of one widget. */
function selection(page, host) {
  return page.locator(`un-document#${host}`).evaluate((el) => {
    const r = el.shadowRoot;
    const toggles = Object.fromEntries(
      [...r.querySelectorAll('.undoc-toggle')].map((b) => [b.dataset.signatory, b.getAttribute('aria-pressed')]),
    );
    const hits = {};
    for (const m of r.querySelectorAll('.undoc-hit')) {
      const key = m.dataset.state ?? m.dataset.org ?? m.dataset.person ?? '?';
      hits[key] = (hits[key] ?? 0) + 1;
    }
    return {
      toggles,
      hits,
      filtering: r.querySelector('article.undoc').classList.contains('undoc-filtering'),
      groups: Object.fromEntries([...r.querySelectorAll('.undoc-group')].map((b) => [b.dataset.group, b.getAttribute('aria-pressed')])),
    };
  });
}

describe('demo page', () => {
  test('the seed letter renders: title, signature, seven signatory toggles in order', async () => {
    const page = await demo();
    await assert.doesNotReject(seed(page).locator('.undoc-title').waitFor());
    assert.equal(await plainText(seed(page).locator('h1.undoc-title')), SEED_TITLE);
    const sig = seed(page).locator('.undoc-signatures .undoc-signature').first();
    assert.match(await sig.locator('.undoc-signed').textContent(), /^\(Signed\)$/);
    assert.equal(await sig.locator('[data-person]').first().getAttribute('data-person'), 'Vitaly Churkin');
    assert.match(await sig.textContent(), /Vitaly Churkin/);
    const codes = await seed(page).locator('.undoc-toolbar .undoc-toggle').evaluateAll((bs) => bs.map((b) => b.dataset.signatory));
    assert.deepEqual(codes, SEED_SIGNATORIES);
    const pressed = await seed(page).locator('.undoc-toggle').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-pressed')));
    assert.deepEqual(pressed, SEED_SIGNATORIES.map(() => 'false'));
    // The header card, annex and notes are there too.
    assert.equal(await seed(page).locator('header.undoc-card[part=card]').count(), 1);
    assert.equal(await seed(page).locator('section.undoc-annex').count(), 1);
    assert.ok((await seed(page).locator('.undoc-notes .undoc-note').count()) >= 3, 'the three editorial notes at least');
    // The second widget rendered its own document.
    assert.match(await second(page).locator('h1.undoc-title').textContent(), /^Letter dated 11 June 2020/);
    await finish(page);
  });

  test('the RUS toggle highlights every mention of the Russian Federation and fires a composed event', async () => {
    const page = await demo();
    await events(page);
    const rus = seed(page).locator('.undoc-toggle[data-signatory="RUS"]');
    const count = Number((await rus.locator('.undoc-count').textContent()).trim());
    assert.ok(count > 0, 'the toggle shows a count');
    await rus.click();
    assert.equal(await rus.getAttribute('aria-pressed'), 'true');
    const where = await seed(page).evaluate((host) => {
      const out = {};
      for (const m of host.shadowRoot.querySelectorAll('[data-state="RUS"]')) {
        const part = m.closest('[part]')?.getAttribute('part') ?? '?';
        const key = `${part}${m.classList.contains('undoc-hit') ? '' : ' (not highlighted)'}`;
        out[key] = (out[key] ?? 0) + 1;
      }
      return out;
    });
    const mentions = await seed(page).locator('[data-state="RUS"]').count();
    const hits = await seed(page).locator('[data-state="RUS"].undoc-hit').count();
    // The toggle counts mentions in the document's text; notes are highlighted too.
    const textHits = await seed(page).evaluate((host) =>
      [...host.shadowRoot.querySelectorAll('[data-state="RUS"].undoc-hit')].filter((m) => !m.closest('.undoc-notes, .undoc-popover')).length);
    assert.equal(textHits, count, `${textHits} highlighted Russian Federation mentions in the text, toggle says ${count}: ${JSON.stringify(where)}`);
    assert.equal(hits, mentions, `every mention, in text and notes, is highlighted: ${JSON.stringify(where)}`);
    assert.match(await seed(page).locator('.undoc-status').textContent(), new RegExp(`${count} mentions`));
    const s = await selection(page, 'seed');
    assert.deepEqual(Object.keys(s.hits), ['RUS'], 'only Russian Federation mentions are highlighted');
    assert.equal(s.filtering, true);
    const ev = (await events(page)).filter((e) => e.type === 'undoc-signatorychange');
    assert.equal(ev.length, 1);
    assert.deepEqual(ev[0].detail.selected, ['RUS']);
    assert.equal(ev[0].composed, true);
    assert.equal(ev[0].bubbles, true);
    assert.equal(ev[0].target, 'seed', 'retargeted to the <un-document> outside its shadow root');
    // The other widget is untouched.
    const other = await selection(page, 'csto2020');
    assert.deepEqual(other.hits, {});
    assert.equal(other.filtering, false);
    // The event log of the demo shows it.
    assert.match(await page.locator('#log').textContent(), /undoc-signatorychange.*RUS/);
    await finish(page);
  });

  test('"Dim other paragraphs" dims exactly the paragraphs without a highlighted mention', async () => {
    const page = await demo();
    await seed(page).locator('.undoc-toggle[data-signatory="UZB"]').click();
    await seed(page).locator('.undoc-dim-input').check();
    const paras = await seed(page).locator('.undoc-p').evaluateAll((ps) =>
      ps.map((p) => ({ hit: !!p.querySelector('.undoc-hit'), dimmed: p.classList.contains('undoc-dimmed') })),
    );
    assert.ok(paras.some((p) => p.hit) && paras.some((p) => !p.hit));
    for (const p of paras) assert.equal(p.dimmed, !p.hit);
    // Dimmed text keeps AA contrast (muted colour, no opacity).
    const opacity = await seed(page).locator('.undoc-dimmed').first().evaluate((p) => getComputedStyle(p).opacity);
    assert.equal(opacity, '1');
    await seed(page).locator('.undoc-dim-input').uncheck();
    assert.equal(await seed(page).locator('.undoc-dimmed').count(), 0);
    await finish(page);
  });

  test('the CSTO group toggle selects its members among the signatories; Clear resets', async () => {
    const page = await demo();
    await events(page);
    const group = seed(page).locator('.undoc-group[data-group="CSTO"]');
    const members = (await group.getAttribute('data-members')).split(/\s+/);
    await group.click();
    const expected = SEED_SIGNATORIES.filter((c) => members.includes(c));
    assert.ok(expected.length >= 6, `CSTO members among the signatories: ${expected}`);
    let s = await selection(page, 'seed');
    for (const code of SEED_SIGNATORIES) {
      assert.equal(s.toggles[code], expected.includes(code) ? 'true' : 'false', `toggle ${code}`);
    }
    assert.equal(s.groups.CSTO, 'true');
    assert.deepEqual(Object.keys(s.hits).sort(), [...expected].sort());
    let ev = (await events(page)).filter((e) => e.type === 'undoc-signatorychange');
    assert.equal(ev.length, 1);
    assert.deepEqual([...ev[0].detail.selected].sort(), [...expected].sort());

    await seed(page).locator('.undoc-clear').click();
    s = await selection(page, 'seed');
    assert.deepEqual(Object.values(s.toggles), SEED_SIGNATORIES.map(() => 'false'));
    assert.equal(s.groups.CSTO, 'false');
    assert.deepEqual(s.hits, {});
    assert.equal(s.filtering, false);
    ev = (await events(page)).filter((e) => e.type === 'undoc-signatorychange');
    assert.deepEqual(ev.at(-1)?.detail.selected, []);
    await finish(page);
  });

  test('two widgets on one page: unique ids, independent notes and selections', async () => {
    const page = await demo();
    const ids = await page.evaluate(() => {
      const all = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('[id]')) all.push(el.id);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      for (const host of document.querySelectorAll('un-document')) walk(host.shadowRoot);
      return all;
    });
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepEqual(dupes, [], 'no id appears twice across both shadow roots');
    assert.ok(ids.length > 10);

    // Open a note in widget 2: widget 1 stays closed.
    const ref2 = second(page).locator('a[role="doc-noteref"]').first();
    assert.ok((await second(page).locator('a[role="doc-noteref"]').count()) > 0, 'widget 2 has notes');
    await ref2.click();
    await second(page).locator('.undoc-popover').waitFor({ state: 'visible' });
    assert.equal(await seed(page).locator('.undoc-popover').count(), 0);
    // Select in widget 1: widget 2's popover is not affected by widget 1's toolbar.
    await seed(page).locator('.undoc-toggle[data-signatory="KAZ"]').click();
    assert.deepEqual(Object.keys((await selection(page, 'csto2020')).hits), []);
    assert.deepEqual(Object.keys((await selection(page, 'seed')).hits), ['KAZ']);
    await finish(page);
  });

  test('pasted text and an opened .txt file re-render the first widget; the reset brings the seed back', async () => {
    const page = await demo();
    const other = readFileSync(join(ROOT, 'tests/corpus/dev/A_74_896.txt'), 'utf8');
    await page.locator('#input-text').fill(other);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForFunction(() => document.querySelector('#seed').hasAttribute('ready') && !document.querySelector('#seed').hasAttribute('src'));
    await whenReady(page, 'un-document#seed');
    assert.match(await plainText(seed(page).locator('h1.undoc-title')), /^Letter dated 11 June 2020/);
    assert.equal(await seed(page).getAttribute('notes'), null);

    await page.locator('#input-file').setInputFiles({
      name: 'seed.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(join(ROOT, 'tests/seeds/000_ee653181992c2e49.txt')),
    });
    await page.waitForFunction(() => document.querySelector('#input-status').textContent.includes('seed.txt'));
    await whenReady(page, 'un-document#seed');
    await page.waitForFunction(
      (t) => document.querySelector('#seed').shadowRoot.querySelector('h1.undoc-title')?.textContent.startsWith(t),
      'Letter dated 30 September 2009',
    );
    assert.equal(await plainText(seed(page).locator('h1.undoc-title')), SEED_TITLE);

    await page.locator('#input-file').setInputFiles({ name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x41, 0xe9]) });
    await page.waitForFunction(() => /not a text file/.test(document.querySelector('#input-status').textContent));

    await page.locator('#input-reset').click();
    await page.waitForFunction(() => document.querySelector('#seed').getAttribute('notes') === '/notes/seed.json');
    await whenReady(page, 'un-document#seed');
    assert.equal(await seed(page).locator('.undoc-note[data-kind="editorial"]').count(), 3);
    await finish(page);
  });

  test('screenshot of the demo: docs/demo.png', async () => {
    const page = await demo({ viewport: { width: 1280, height: 900 } });
    await seed(page).locator('.undoc-toggle[data-signatory="RUS"]').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    // A note of the first body paragraph, open beside its reference.
    const ref = seed(page).locator('.undoc-body a[role="doc-noteref"]').nth(2);
    if (await ref.count()) await ref.click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.evaluate(() => document.fonts.ready);
    const path = docsPath('demo.png');
    await page.screenshot({ path, animations: 'disabled' });
    await finish(page);
  });
});
