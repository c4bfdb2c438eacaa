// The collection explorer (issue 14): /explore.html shows <un-collection> over www/collection.json
// (the seed and the corpus but validation/, built by `make test-e2e`). Every count the page shows
// is checked against the index itself, read here: by a State, a group as of each document's date,
// a year range, a search over titles and texts, a shared URL; opening a document, back and
// forward, the keyboard, and files dropped in (parsed in a Web Worker).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserSuite, finish, openPage, ROOT } from './helpers.mjs';

const e2e = browserSuite();
const INDEX = JSON.parse(readFileSync(join(ROOT, 'www/collection.json'), 'utf8'));
const DOCS = INDEX.documents;

const signing = (d) => (d.signatories.length ? d.signatories : d.sender.states);
const year = (d) => Number((d.date ?? d.issued ?? '').slice(0, 4)) || null;
const dayNumber = (s) => {
  if (!s) return null;
  const [y, m = '0', dd = '0'] = s.split('-');
  return Number(y) * 10000 + Number(m) * 100 + Number(dd);
};
const holds = (m, day) =>
  day === null ? !m.left : (!m.joined || dayNumber(m.joined) <= day) && (!m.left || day < dayNumber(m.left));
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const text = (d) => readFileSync(join(ROOT, decodeURIComponent(d.file)), 'utf8');
const searchable = (d) => new Set(words([d.title ?? '', d.symbol ?? '', d.sender.role ?? '', text(d)].join(' ')));
const hasAll = (set, query) => words(query).every((t) => [...set].some((w) => (t.length === 1 ? w === t : w.startsWith(t))));

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function explorer(query = '', options = {}) {
  const page = await openPage(e2e.browser, options);
  await page.goto(`${e2e.url}explore.html${query}`);
  await page.waitForFunction(() => document.querySelector('un-collection')?.hasAttribute('ready'), null, { timeout: 20000 });
  return page;
}
const count = (page) => page.evaluate(() => document.querySelector('un-collection').count);
async function pick(page, facet, value) {
  const box = page.locator(`un-collection input[data-facet="${facet}"][value="${value}"]`);
  if (!(await box.count())) await page.locator(`un-collection [data-expand="${facet}"]`).click();
  await box.check();
}

describe('the collection explorer', () => {
  test('lists every document of the index, newest first, with a status line that says so', async () => {
    const page = await explorer();
    assert.equal(await page.evaluate(() => document.querySelector('un-collection').total), DOCS.length);
    assert.equal(await count(page), DOCS.length);
    await assert.doesNotReject(page.locator('un-collection [role="status"]').filter({ hasText: `${DOCS.length} documents` }).waitFor());
    const dates = await page.locator('un-collection .doc time').evaluateAll((els) => els.slice(0, 20).map((e) => e.textContent));
    const dated = dates.filter((d) => /^\d{4}/.test(d));
    assert.deepEqual(dated, [...dated].sort().reverse());
    await finish(page);
  });

  test('a State, then a year range, narrow the list to what the index holds; the URL keeps them', async () => {
    const page = await explorer();
    await pick(page, 'state', 'RUS');
    const rus = DOCS.filter((d) => signing(d).includes('RUS'));
    assert.ok(rus.length > 3);
    assert.equal(await count(page), rus.length);
    await page.locator('un-collection input[data-year="from"]').fill('2005');
    await page.locator('un-collection input[data-year="from"]').press('Enter');
    await page.locator('un-collection input[data-year="to"]').fill('2010');
    await page.locator('un-collection input[data-year="to"]').press('Enter');
    const ranged = rus.filter((d) => year(d) >= 2005 && year(d) <= 2010);
    assert.equal(await count(page), ranged.length);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('state'), 'RUS');
    assert.equal(url.searchParams.get('from'), '2005');
    assert.equal(url.searchParams.get('to'), '2010');
    // The facet's other States count the documents they sign with Russia in the range.
    const chn = ranged.filter((d) => signing(d).includes('CHN')).length;
    if (chn) {
      const shown = await page.locator('un-collection input[data-facet="state"][value="CHN"] ~ .count').textContent().catch(() => null);
      if (shown !== null) assert.equal(Number(shown), chn);
    }
    await finish(page);
  });

  test('a group picks the documents its members signed while they were members', async () => {
    const page = await explorer();
    const csto = INDEX.groups.find((g) => g.id === 'CSTO');
    assert.ok(csto, 'the index carries the CSTO with its members');
    const expected = DOCS.filter((d) => {
      const day = dayNumber(d.date ?? d.issued);
      return signing(d).some((s) => csto.members.some((m) => m.state === s && holds(m, day)));
    });
    await pick(page, 'group', 'CSTO');
    assert.equal(await count(page), expected.length);
    assert.ok(expected.length >= 1);
    await finish(page);
  });

  test('search reads titles and texts and marks its hits', async () => {
    const page = await explorer();
    const query = 'collective security';
    await page.locator('un-collection input[data-part="search"]').fill(query);
    await page.waitForFunction(
      () => !/searching titles/.test(document.querySelector('un-collection').shadowRoot.querySelector('[role="status"]').textContent),
      null,
      { timeout: 30000 },
    );
    const expected = DOCS.filter((d) => hasAll(searchable(d), query));
    assert.ok(expected.length >= 1);
    assert.equal(await count(page), expected.length);
    assert.ok((await page.locator('un-collection .list mark').count()) > 0, 'hits are marked');
    assert.equal(new URL(page.url()).searchParams.get('q'), query);
    await finish(page);
  });

  test('a document opens beside the list with the picked States selected; back closes it', async () => {
    const page = await explorer();
    await pick(page, 'state', 'RUS');
    await page.locator('un-collection .doc').first().click();
    const doc = page.locator('un-collection un-document');
    await page.waitForFunction(() => document.querySelector('un-collection').shadowRoot.querySelector('un-document')?.hasAttribute('ready'), null, { timeout: 20000 });
    assert.match(await doc.getAttribute('signatories'), /\bRUS\b/);
    const url = new URL(page.url());
    assert.ok(url.searchParams.get('doc'), 'the open document is in the URL');
    const pressed = await doc.locator('[aria-pressed="true"]').count();
    assert.ok(pressed >= 1, 'the picked State is selected in the document');
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector('un-collection').shadowRoot.querySelector('un-document'));
    assert.equal(new URL(page.url()).searchParams.get('doc'), null);
    assert.equal(await count(page), DOCS.filter((d) => signing(d).includes('RUS')).length);
    await page.goForward();
    await page.waitForFunction(() => !!document.querySelector('un-collection').shadowRoot.querySelector('un-document'));
    await finish(page);
  });

  test('the open note and the States selected in the document are in the URL, and come back', async () => {
    const page = await explorer('?state=RUS');
    await page.locator('un-collection .doc').first().click();
    const doc = page.locator('un-collection un-document');
    await page.waitForFunction(() => document.querySelector('un-collection').shadowRoot.querySelector('un-document')?.hasAttribute('ready'), null, { timeout: 20000 });
    await doc.locator('a[role="doc-noteref"]').first().click();
    await doc.locator('.undoc-popover').first().waitFor({ state: 'visible' });
    const url = new URL(page.url());
    const note = url.searchParams.get('note');
    assert.match(note ?? '', /^\d+$/);
    const toggle = doc.locator('.undoc-toggle[aria-pressed="true"]').first();
    await toggle.click(); // unselects Russia in the document
    assert.equal(new URL(page.url()).searchParams.get('sel'), '');
    const again = await explorer(new URL(page.url()).search);
    const doc2 = again.locator('un-collection un-document');
    await again.waitForFunction(() => document.querySelector('un-collection').shadowRoot.querySelector('un-document')?.hasAttribute('ready'), null, { timeout: 20000 });
    await doc2.locator('.undoc-popover').first().waitFor({ state: 'visible' });
    assert.equal(await doc2.locator('.undoc-toggle[aria-pressed="true"]').count(), 0);
    await finish(again);
    await finish(page);
  });

  test('a shared URL opens the same view', async () => {
    const page = await explorer('?state=RUS&from=2005&to=2010');
    const expected = DOCS.filter((d) => signing(d).includes('RUS') && year(d) >= 2005 && year(d) <= 2010);
    assert.equal(await count(page), expected.length);
    assert.ok(await page.locator('un-collection input[data-facet="state"][value="RUS"]').isChecked());
    await finish(page);
  });

  test('the list is one Tab stop; the arrow keys move through it', async () => {
    const page = await explorer();
    const first = page.locator('un-collection .doc').first();
    assert.equal(await page.locator('un-collection .doc[tabindex="0"]').count(), 1);
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const focusedDoc = () =>
      page.evaluate(() => document.querySelector('un-collection').shadowRoot.activeElement?.getAttribute('data-doc'));
    assert.equal(await focusedDoc(), await page.locator('un-collection .doc').nth(1).getAttribute('data-doc'));
    await page.keyboard.press('Home');
    assert.equal(await focusedDoc(), await first.getAttribute('data-doc'));
    await finish(page);
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no WCAG A/AA violations (${colorScheme}, filtered, searched, a document open)`, async () => {
      // axe-core adds inline styles while it runs: bypass the CSP for this page only.
      const page = await explorer('?state=RUS&q=security', { colorScheme, reducedMotion: 'reduce', bypassCSP: true });
      // Every text read, so that the snippets with their marked hits are there to be checked.
      await page.waitForFunction(
        () => !/searching titles/.test(document.querySelector('un-collection').shadowRoot.querySelector('[role="status"]').textContent),
        null,
        { timeout: 30000 },
      );
      assert.ok((await page.locator('un-collection .snippet mark').count()) > 0);
      await page.locator('un-collection .doc').first().click();
      await page.waitForFunction(() => document.querySelector('un-collection').shadowRoot.querySelector('un-document')?.hasAttribute('ready'), null, { timeout: 20000 });
      await page.evaluate(AXE); // by the test driver, not subject to the page's CSP
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' ')}`);
      });
      assert.deepEqual(violations, [], violations.join('\n'));
      await finish(page);
    });
  }

  test('on a phone the filters fold away behind one button that counts them', async () => {
    const page = await explorer('?state=RUS&from=2005', { viewport: { width: 390, height: 844 } });
    const facets = page.locator('un-collection [data-part="facets"]');
    const button = page.locator('un-collection [data-filters]');
    assert.equal(await facets.isVisible(), false);
    assert.equal((await button.textContent()).trim(), 'Filters (2)');
    const box = await button.boundingBox();
    assert.ok(box.width >= 24 && box.height >= 24, 'a tap target');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.ok(await facets.isVisible());
    const first = await page.locator('un-collection .doc').first().boundingBox();
    assert.ok(first.y > (await facets.boundingBox()).y, 'the open filters come before the list');
    await button.click();
    assert.equal(await facets.isVisible(), false);
    await finish(page);
  });

  test('an index with markup in every field shows it as text, and a broken one says so', async () => {
    const page = await e2e.blank();
    await page.addScriptTag({ type: 'module', url: '/pkg/un-collection.js' });
    await page.waitForFunction(() => !!customElements.get('un-collection'));
    const show = (src) =>
      page.evaluate(async (src) => {
        const el = document.createElement('un-collection');
        el.setAttribute('src', src);
        document.body.replaceChildren(el);
        await el.ready;
        return { ready: el.hasAttribute('ready'), images: el.shadowRoot.querySelectorAll('img').length, alert: el.shadowRoot.querySelector('[role="alert"]')?.textContent ?? null };
      }, src);
    const hostile = await show('/fixtures/hostile-collection.json');
    assert.deepEqual([hostile.ready, hostile.images, hostile.alert], [true, 0, null]);
    await page.locator('un-collection .doc').first().click();
    await page.locator('un-collection [data-expand], un-collection input[data-facet="group"]').first().waitFor();
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
    assert.equal(await page.locator('un-collection un-document').count(), 0, 'a javascript: file is never loaded');
    assert.match(await page.locator('un-collection [data-part="reader"] [role="alert"]').textContent(), /not at an address that can be loaded/);
    const broken = await show('/fixtures/broken-collection.json');
    assert.equal(broken.ready, false);
    assert.match(broken.alert, /could not be shown: the collection's index is not valid/);
    await finish(page);
  });

  test('files a reader adds are parsed in a Web Worker and join the collection', async () => {
    const page = await explorer();
    const files = ['tests/seeds/000_ee653181992c2e49.txt', `tests/corpus/dev/${readdirTxt('tests/corpus/dev')[0]}`];
    await page.locator('un-collection input[data-files]').first().setInputFiles(files.map((f) => join(ROOT, f)));
    await page.waitForFunction((n) => document.querySelector('un-collection').total === n, DOCS.length + 2, { timeout: 20000 });
    // The seed again: now twice in the collection, both signed by Russia's group.
    await pick(page, 'state', 'RUS');
    assert.equal(await count(page), DOCS.filter((d) => signing(d).includes('RUS')).length + 1);
    await finish(page);
  });
});

function readdirTxt(dir) {
  return JSON.parse(JSON.stringify(DOCS.filter((d) => d.file.startsWith(`${dir}/`)).map((d) => d.file.slice(dir.length + 1))));
}
