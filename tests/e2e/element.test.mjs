// <un-document> itself: inline text, loading and error states, notices, re-mounting, teardown,
// definition. Runs on a blank page (tests/e2e/fixtures/blank.html) under the strict CSP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { appendElement, browserSuite, finish, ROOT, SEED_TEXT_URL, SEED_TITLE } from './helpers.mjs';

const SEED = readFileSync(join(ROOT, 'tests/seeds/000_ee653181992c2e49.txt'), 'utf8');
const e2e = browserSuite();

/** The element with this id (not the article inside it, which shares the id as its prefix). */
const host = (page, id) => page.locator(`[id="${id}"]:not(article)`);

const add = (page, id, attrs = {}, text = '') => appendElement(page, id, attrs, text);
function settled(page, id) {
  return host(page, id).evaluate((el) =>
    el.ready.then(
      () => 'ready',
      (e) => `rejected: ${e.message}`,
    ),
  );
}
function stateOf(page, id) {
  return host(page, id).evaluate((el) => {
    const r = el.shadowRoot;
    const visible = (x) => !!x && !x.hidden && x.getClientRects().length > 0;
    const q = (s) => r.querySelector(s);
    return {
      ready: el.hasAttribute('ready'),
      busy: el.getAttribute('aria-busy'),
      error: visible(q('[part=error]')) ? q('[part=error]').textContent : null,
      errorRole: q('[part=error]')?.getAttribute('role'),
      notice: visible(q('[part=notice]')) ? q('[part=notice]').textContent : null,
      status: visible(q('[part=status]')) ? q('[part=status]').textContent : null,
      fallbackVisible: visible(q('[part=fallback]')),
      fallbackText: el.textContent.trim(),
      title: (() => {
        const h = q('.undoc-title')?.cloneNode(true);
        if (!h) return null;
        for (const sup of h.querySelectorAll('sup.undoc-ref')) sup.remove();
        return h.textContent.replace(/\s+/g, ' ').trim();
      })(),
      articles: r.querySelectorAll('article.undoc').length,
    };
  });
}

describe('<un-document> element', () => {
  test('renders its own text (dedented) and exposes document, text, ready and the performance mark', async () => {
    const page = await e2e.blank();
    const indented = SEED.split('\n').map((l) => `      ${l}`).join('\n');
    await add(page, 'inline', {}, `\n${indented}\n    `);
    assert.equal(await settled(page, 'inline'), 'ready');
    const s = await stateOf(page, 'inline');
    assert.equal(s.title, SEED_TITLE);
    assert.equal(s.ready, true);
    assert.equal(s.busy, null);
    assert.equal(s.fallbackVisible, false, 'fallback hidden once mounted');
    assert.equal(s.error, null);
    const info = await host(page, 'inline').evaluate((el) => ({
      kind: el.document?.kind,
      subjects: el.document?.subjects,
      same: el.document === el.document,
      notesShown: el.shadowRoot.querySelectorAll('li.undoc-note').length,
      notesInDocument: el.document?.notes.length,
      text: el.text.slice(0, 3),
      marks: performance.getEntriesByName('undoc:interactive').map((m) => m.detail),
      idPrefix: el.shadowRoot.querySelector('article.undoc')?.id,
    }));
    assert.equal(info.kind, 'letter');
    assert.deepEqual(info.subjects, ['REGIONAL SECURITY', 'EUROPE', 'INTERNATIONAL SECURITY']);
    assert.equal(info.same, true, 'one Document object, not a parse per read');
    assert.ok(info.notesShown > 0);
    assert.equal(info.notesInDocument, info.notesShown, 'the Document is the one rendered');
    assert.equal(info.text, '%%%');
    assert.deepEqual(info.marks, [{ id: 'inline' }]);
    assert.equal(info.idPrefix, 'inline');
    await finish(page);
  });

  test('shows the fallback, aria-busy and a status line while loading', async () => {
    const page = await e2e.blank();
    let release;
    const gate = new Promise((r) => (release = r));
    await page.route('**/slow/seed.txt', async (route) => {
      await gate;
      await route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: SEED });
    });
    await add(page, 'slow', { src: '/slow/seed.txt' }, 'Fallback: the letter of 30 September 2009.');
    await page.waitForFunction(() => document.querySelector('#slow').shadowRoot.querySelector('[part=status]')?.textContent);
    const s = await stateOf(page, 'slow');
    assert.equal(s.busy, 'true');
    assert.match(s.status, /Loading/);
    assert.equal(s.fallbackVisible, true);
    assert.equal(s.ready, false);
    release();
    assert.equal(await settled(page, 'slow'), 'ready');
    const done = await stateOf(page, 'slow');
    assert.equal(done.title, SEED_TITLE);
    assert.equal(done.status, null);
    assert.equal(done.busy, null);
    await finish(page);
  });

  const failures = [
    {
      name: 'HTTP 404',
      src: '/seeds/missing.txt',
      allow: [/404/],
      expect: /HTTP 404/,
    },
    {
      name: 'HTTP 500',
      src: '/broken/500.txt',
      route: (r) => r.fulfill({ status: 500, contentType: 'text/plain', body: 'oops' }),
      allow: [/500/],
      expect: /HTTP 500/,
    },
    {
      name: 'network failure',
      src: '/broken/network.txt',
      route: (r) => r.abort('failed'),
      allow: [/ERR_FAILED|Failed to fetch/],
      expect: /network failure/i,
    },
    {
      name: 'timeout',
      src: '/broken/hang.txt',
      attrs: { timeout: '400' },
      route: () => {}, // never answers
      allow: [],
      expect: /Timed out after 400 ms/,
    },
    {
      name: 'not a text file (content type)',
      src: '/broken/letter.pdf',
      route: (r) => r.fulfill({ status: 200, contentType: 'application/pdf', body: '%PDF-1.4' }),
      expect: /not a text file.*application\/pdf/i,
    },
    {
      name: 'not a text file (invalid UTF-8)',
      src: '/broken/latin1.txt',
      route: (r) => r.fulfill({ status: 200, contentType: 'text/plain', body: Buffer.from([0x41, 0xe9, 0x74, 0xe9]) }),
      expect: /not a text file.*UTF-8/i,
    },
    {
      name: 'too large',
      src: '/broken/huge.txt',
      route: (r) => r.fulfill({ status: 200, contentType: 'text/plain', body: Buffer.alloc(16 * 1024 * 1024 + 10, 0x61) }),
      expect: /too large: 16,777,226 bytes, the limit is 16 MiB/i,
    },
  ];
  for (const f of failures) {
    test(`error state: ${f.name}, with the fallback still shown`, async () => {
      const page = await e2e.blank({ allow: f.allow ?? [] });
      if (f.route) await page.route(`**${f.src}`, f.route);
      await add(page, 'failing', { src: f.src, ...(f.attrs ?? {}) }, 'Fallback text of the letter.');
      const result = await settled(page, 'failing');
      assert.match(result, /^rejected: /);
      const s = await stateOf(page, 'failing');
      assert.ok(s.error, `an error is shown (${JSON.stringify(s)})`);
      assert.match(s.error, f.expect);
      assert.equal(s.errorRole, 'alert');
      assert.equal(s.fallbackVisible, true);
      assert.equal(s.fallbackText, 'Fallback text of the letter.');
      assert.equal(s.ready, false);
      assert.equal(s.busy, null);
      assert.equal(s.articles, 0);
      await finish(page);
    });
  }

  test('malformed notes JSON is a notice: the document renders without editorial notes', async () => {
    const page = await e2e.blank();
    await page.route('**/broken/notes.json', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: '[{"anchor": "Vitaly Churkin", ' }),
    );
    await add(page, 'notes', { src: SEED_TEXT_URL, notes: '/broken/notes.json' });
    assert.equal(await settled(page, 'notes'), 'ready');
    const s = await stateOf(page, 'notes');
    assert.equal(s.title, SEED_TITLE);
    assert.equal(s.error, null);
    assert.match(s.notice ?? '', /notes not loaded.*malformed JSON.*without them/i);
    const editorial = await host(page, 'notes').evaluate(
      (el) => el.shadowRoot.querySelectorAll('.undoc-note[data-kind=editorial]').length,
    );
    assert.equal(editorial, 0);
    await finish(page);
  });

  test('well-formed notes become editorial notes', async () => {
    const page = await e2e.blank();
    await add(page, 'withnotes', { src: SEED_TEXT_URL, notes: '/notes/seed.json' });
    assert.equal(await settled(page, 'withnotes'), 'ready');
    const s = await stateOf(page, 'withnotes');
    assert.equal(s.notice, null);
    const notes = JSON.parse(readFileSync(join(ROOT, 'www/notes/seed.json'), 'utf8'));
    const texts = await host(page, 'withnotes').evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('.undoc-note[data-kind=editorial] .undoc-note-text')].map((n) => n.textContent),
    );
    assert.equal(texts.length, notes.length);
    for (const n of notes) assert.ok(texts.some((t) => t.includes(n.text)), `editorial note "${n.text.slice(0, 30)}…"`);
    await finish(page);
  });

  test('changing src mounts the new document; removing the element unmounts it', async () => {
    const page = await e2e.blank();
    await add(page, 'swap', { src: SEED_TEXT_URL });
    assert.equal(await settled(page, 'swap'), 'ready');
    await host(page, 'swap').evaluate((el) => el.setAttribute('src', '/corpus/A_74_896.txt'));
    assert.equal(await settled(page, 'swap'), 'ready');
    const s = await stateOf(page, 'swap');
    assert.match(s.title, /^Letter dated 11 June 2020/);
    assert.equal(s.articles, 1);
    const left = await host(page, 'swap').evaluate((el) => {
      const root = el.shadowRoot;
      el.remove();
      return { articles: root.querySelectorAll('article').length, ready: el.hasAttribute('ready') };
    });
    assert.deepEqual(left, { articles: 0, ready: false });
    await finish(page);
  });

  test('assigning text re-renders from the new text and drops src', async () => {
    const page = await e2e.blank();
    await add(page, 'typed', { src: '/corpus/A_74_896.txt' });
    assert.equal(await settled(page, 'typed'), 'ready');
    await host(page, 'typed').evaluate((el, text) => (el.text = text), SEED);
    assert.equal(await settled(page, 'typed'), 'ready');
    const s = await stateOf(page, 'typed');
    assert.equal(s.title, SEED_TITLE);
    assert.equal(await host(page, 'typed').getAttribute('src'), null);
    await finish(page);
  });

  test('two elements without ids get distinct id prefixes; the module loads the wasm once', async () => {
    const page = await e2e.blank();
    await page.evaluate((src) => {
      for (let i = 0; i < 2; i++) {
        const el = document.createElement('un-document');
        el.setAttribute('src', src);
        document.getElementById('stage').append(el);
      }
    }, SEED_TEXT_URL);
    const prefixes = await page.evaluate(async () => {
      const els = [...document.querySelectorAll('un-document')];
      await Promise.all(els.map((e) => e.ready));
      return els.map((e) => e.shadowRoot.querySelector('article.undoc').id);
    });
    assert.equal(new Set(prefixes).size, 2, `distinct prefixes: ${prefixes}`);
    const wasmLoads = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.wasm'))
        .map((r) => new URL(r.name).pathname)
        .sort(),
    );
    assert.deepEqual(wasmLoads, ['/pkg/undoc_bg.wasm', '/pkg/widget_bg.wasm'], 'each module once');
    await finish(page);
  });

  test('define() is idempotent and can register another tag name', async () => {
    const page = await e2e.blank();
    const result = await page.evaluate(async () => {
      const mod = await import('/pkg/un-document.js');
      mod.UnDocumentElement.define(); // already defined: no throw
      mod.UnDocumentElement.define('un-letter');
      return {
        same: customElements.get('un-document') === mod.UnDocumentElement,
        other: typeof customElements.get('un-letter'),
      };
    });
    assert.deepEqual(result, { same: true, other: 'function' });
    await page.evaluate((src) => {
      const el = document.createElement('un-letter');
      el.id = 'renamed';
      el.setAttribute('src', src);
      document.getElementById('stage').append(el);
    }, SEED_TEXT_URL);
    assert.equal(await settled(page, 'renamed'), 'ready');
    assert.equal((await stateOf(page, 'renamed')).title, SEED_TITLE);
    await finish(page);
  });

  test('signatories attribute preselects; selectSignatories() and openNote() drive the document', async () => {
    const page = await e2e.blank();
    await add(page, 'driven', { src: SEED_TEXT_URL, signatories: 'arm, KAZ xx' });
    assert.equal(await settled(page, 'driven'), 'ready');
    const pressed = () =>
      host(page, 'driven').evaluate((el) =>
        [...el.shadowRoot.querySelectorAll('.undoc-toggle[aria-pressed="true"]')].map((b) => b.dataset.signatory),
      );
    assert.deepEqual(await pressed(), ['ARM', 'KAZ']);
    await host(page, 'driven').evaluate((el) => el.setAttribute('signatories', 'UZB'));
    assert.deepEqual(await pressed(), ['UZB']);
    const events = await host(page, 'driven').evaluate((el) => {
      const seen = [];
      document.addEventListener('undoc-signatorychange', (e) => seen.push(e.detail.selected));
      document.addEventListener('undoc-noteopen', (e) => seen.push(e.detail));
      el.selectSignatories(['tjk', 'RUS']);
      const opened = el.openNote(2);
      const popovers = el.shadowRoot.querySelectorAll('.undoc-popover').length;
      const missing = el.openNote(999);
      return { seen, opened, missing, popovers };
    });
    assert.deepEqual(await pressed(), ['RUS', 'TJK']);
    assert.deepEqual(events.seen[0], ['RUS', 'TJK']);
    assert.equal(events.seen[1].number, 2);
    assert.equal(events.opened, true);
    assert.equal(events.missing, false);
    assert.equal(events.popovers, 1);
    await finish(page);
  });

  test('after a WebAssembly trap the module is instantiated again and the document mounted once more', async () => {
    const page = await e2e.blank();
    // The first copy of the parser's glue traps in its first prepare(); the fresh copy
    // (?instance=1) is real.
    await page.route(
      (url) => url.pathname === '/pkg/undoc.js' && url.search === '',
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/javascript',
          body: `import init, { prepare as realPrepare } from './undoc.js?real';
export * from './undoc.js?real';
export default init;
let trapped = false;
export function prepare(...args) {
  if (!trapped) { trapped = true; throw new WebAssembly.RuntimeError('unreachable executed'); }
  return realPrepare(...args);
}`,
        }),
    );
    await page.goto(`${e2e.url}fixtures/blank.html`);
    await page.waitForFunction(() => !!customElements.get('un-document'));
    await add(page, 'trap', { src: SEED_TEXT_URL });
    assert.equal(await settled(page, 'trap'), 'ready');
    assert.equal((await stateOf(page, 'trap')).title, SEED_TITLE);
    const loads = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => new URL(r.name))
        .filter((u) => u.pathname.startsWith('/pkg/undoc'))
        .map((u) => u.pathname + u.search),
    );
    assert.ok(loads.includes('/pkg/undoc.js?instance=1'), `a fresh copy of the glue: ${loads}`);
    assert.equal(loads.filter((l) => l.endsWith('.wasm')).length, 2, `the wasm instantiated twice: ${loads}`);
    await finish(page);
  });

  test('host styles do not leak in; theme custom properties do', async () => {
    const page = await e2e.blank();
    await page.evaluate(() => {
      const s = document.createElement('link');
      s.rel = 'stylesheet';
      s.href = '/fixtures/hostile.css';
      document.head.append(s);
    });
    await page.waitForFunction(() => getComputedStyle(document.body).letterSpacing === '3px');
    await add(page, 'themed', { src: SEED_TEXT_URL });
    assert.equal(await settled(page, 'themed'), 'ready');
    const style = await host(page, 'themed').evaluate((el) => {
      const t = getComputedStyle(el.shadowRoot.querySelector('.undoc-title'));
      const a = getComputedStyle(el.shadowRoot.querySelector('article.undoc'));
      return { letterSpacing: t.letterSpacing, textTransform: t.textTransform, maxWidth: a.maxWidth, color: a.color };
    });
    assert.equal(style.letterSpacing, 'normal');
    assert.equal(style.textTransform, 'none');
    assert.equal(style.maxWidth, '600px', '--undoc-max-width applies');
    assert.equal(style.color, 'rgb(17, 34, 51)', '--undoc-fg applies');
    // theme="dark" overrides the (light) colour scheme; the page's --undoc-fg still wins.
    const dark = await host(page, 'themed').evaluate((el) => {
      el.setAttribute('theme', 'dark');
      const a = getComputedStyle(el.shadowRoot.querySelector('article.undoc'));
      return { bg: a.backgroundColor, fg: a.color, scheme: a.colorScheme };
    });
    assert.deepEqual(dark, { bg: 'rgb(22, 24, 27)', fg: 'rgb(17, 34, 51)', scheme: 'dark' });
    await finish(page);
  });

  test('on a 390 px phone the title is on the first screen and note references are 24 px tap targets', async () => {
    const page = await e2e.blank({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await add(page, 'phone', { src: SEED_TEXT_URL });
    assert.equal(await settled(page, 'phone'), 'ready');
    const r = await host(page, 'phone').evaluate((el) => {
      const root = el.shadowRoot;
      const title = root.querySelector('h1.undoc-title').getBoundingClientRect();
      const toolbar = root.querySelector('.undoc-toolbar');
      const refs = [...root.querySelectorAll('a[role="doc-noteref"]')].map((a) => a.getBoundingClientRect());
      return {
        title: title.top + scrollY,
        oneRow: toolbar.scrollWidth > toolbar.clientWidth && toolbar.getBoundingClientRect().height < 80,
        smallest: Math.min(...refs.map((b) => Math.min(b.width, b.height))),
        refs: refs.length,
      };
    });
    assert.ok(r.title < 844 - 100, `the title starts ${r.title} px down; the screen is 844 px`);
    assert.ok(r.oneRow, 'the toggles stay on one row that scrolls sideways');
    assert.ok(r.refs > 0);
    assert.ok(r.smallest >= 24, `the smallest note reference is ${r.smallest} px`);
    await finish(page);
  });

  test("the widget takes the page's colour scheme: a page that has not opted in to dark stays light", async () => {
    const page = await e2e.blank({ colorScheme: 'dark' });
    await add(page, 'scheme', { src: SEED_TEXT_URL });
    assert.equal(await settled(page, 'scheme'), 'ready');
    const bg = () =>
      host(page, 'scheme').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('article.undoc')).backgroundColor);
    assert.equal(await bg(), 'rgb(22, 24, 27)', 'the page opts in (color-scheme: light dark) and the reader is dark');
    await page.evaluate(() => {
      document.querySelector('meta[name="color-scheme"]').remove();
    });
    assert.equal(await bg(), 'rgb(255, 255, 255)', 'no scheme declared: light, whatever the reader\'s system');
    await page.evaluate(() => {
      document.documentElement.style.colorScheme = 'light dark';
    });
    assert.equal(await bg(), 'rgb(22, 24, 27)', 'color-scheme on an ancestor opts in too');
    await finish(page);
  });
});
