// Script injection in Chromium: the 58 vectors of tests/injection.rs (read from that file) placed
// in the document text (inline in the page's markup, and fetched through `src`), in the `%%%`
// subjects header, in editorial notes (text, anchor, links: javascript:, data:, vbscript:, and
// an https link that must survive), and in the element's attributes (id, signatories, src, notes).
// Each placement runs twice: on a page without a CSP, where injected markup would run (a canary,
// a dialog handler and the network log catch it), and under the strict CSP, where an attempt shows
// as a `securitypolicyviolation`. Then the shadow DOM is audited against what the code writes
// (audit.mjs) and the vector must still be readable, as text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ALLOWED, auditShadow, installCanary, LETTER, VECTORS } from './audit.mjs';
import { ROOT, browserSuite, finish, frames, openPage } from './helpers.mjs';

// The strict policy exactly as scripts/serve.py sends it (see csp.test.mjs for the policy itself).
const CSP = readFileSync(join(ROOT, 'scripts/serve.py'), 'utf8').match(/^CSP = "(.*)"$/m)[1];

const e2e = browserSuite();

const escText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s) => escText(s).replace(/"/g, '&quot;');
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** What the reader must see of a vector: the renderer drops control characters (and the HTML
 * parser drops NUL from a page's markup). */
const visible = (v) => v.replace(CONTROL, '').trim();
/** …except in the body, where the parser turns a control character into a space, collapsed. */
const spaced = (v) => v.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
const letterWith = (v) => `%%%SUBJECT ${v}|EUROPE|\n\n${LETTER.replaceAll('VECTOR', v)}`;
const BASE_TEXT = LETTER.replaceAll('VECTOR', 'x').replace('The Ministers call', 'The Ministers call a European');

function pageHtml(elements) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>undoc injection test</title>
  <link rel="icon" href="data:,">
  <script type="module" src="/pkg/un-document.js"></script>
</head>
<body>
  <main id="stage">
${elements.join('\n')}
  </main>
</body>
</html>`;
}

/**
 * Opens a page made of `elements` (markup), served at /inj/page.html with or without the CSP;
 * `files` maps other /inj/ paths to {body, type}. Records dialogs and every request.
 */
async function injectionPage({ csp, elements, files = {}, allow = [] }) {
  const page = await openPage(e2e.browser, { allow });
  page.dialogs = [];
  page.requests = [];
  page.on('dialog', (d) => {
    page.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('request', (r) => page.requests.push({ url: r.url(), type: r.resourceType() }));
  await page.addInitScript(installCanary);
  const html = pageHtml(elements);
  await page.route(
    (url) => url.pathname.startsWith('/inj/'),
    (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/inj/page.html') {
        const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
        if (csp) headers['content-security-policy'] = CSP;
        return route.fulfill({ status: 200, headers, body: html });
      }
      const f = files[path];
      if (f) return route.fulfill({ status: 200, contentType: f.type, body: f.body });
      return route.continue(); // anything else (a vector used as a URL): serve.py, a 404
    },
  );
  await page.goto(`${e2e.url}inj/page.html`);
  await page.evaluate(`window.__audit = ${auditShadow}`);
  await page.waitForFunction(() => !!customElements.get('un-document'));
  const outcomes = await page.evaluate(async () => {
    const els = [...document.querySelectorAll('un-document')];
    const settled = await Promise.allSettled(els.map((e) => e.ready));
    return settled.map((s) => (s.status === 'fulfilled' ? 'ready' : `rejected: ${s.reason?.message}`));
  });
  return { page, outcomes };
}

/** No script ran, nothing was requested that the page does not load itself, no CSP report. */
async function assertNothingRan(page, { allowViolation = () => false } = {}) {
  const state = await page.evaluate(() => ({
    canary: window.__canary,
    violations: window.__violations,
    lightDom: [...document.querySelectorAll('script, img, iframe, object, embed, svg, math, base, meta[http-equiv], form, style, template')]
      .map((e) => e.localName),
    baseURI: document.baseURI,
  }));
  assert.equal(state.canary, 0, 'window.__canary is untouched');
  assert.deepEqual(page.dialogs, [], 'no dialog opened');
  const violations = state.violations.filter((v) => !allowViolation(v));
  assert.deepEqual(violations, [], 'no securitypolicyviolation');
  // The light DOM holds only what the page's own markup has: one module script.
  assert.deepEqual(state.lightDom, ['script']);
  assert.ok(state.baseURI.split('#')[0].endsWith('/inj/page.html'), `base URL unchanged: ${state.baseURI}`);
  // Subresources of other kinds than the element's own fetches: only the package's files.
  const origin = new URL(e2e.url).origin;
  const foreign = page.requests.filter((r) => {
    if (r.url.startsWith('data:')) return r.type !== 'fetch';
    const u = new URL(r.url);
    if (u.origin !== origin) return true;
    if (r.type === 'fetch') return false; // src, notes and the .wasm: what the element fetches
    if (r.type === 'document') return u.pathname === '/inj/page.html' ? false : true;
    if (r.type === 'script') return !['/pkg/un-document.js', '/pkg/un-document-text.js', '/pkg/undoc.js', '/pkg/widget.js', '/pkg/hydrate.js'].includes(u.pathname);
    if (r.type === 'stylesheet') return u.pathname !== '/pkg/undoc.css';
    return true; // images, media, fonts, frames, objects…
  });
  assert.deepEqual(foreign, [], 'no request caused by the input');
}

/** Audits every <un-document>'s shadow root; returns the problems, labelled by data-i. */
function auditAll(page) {
  return page.locator('un-document').evaluateAll(
    (els, allowed) => els.flatMap((el) => window.__audit(el, allowed).map((p) => `#${el.dataset.i}: ${p}`)),
    ALLOWED,
  );
}

/** For each element (by data-i): where the vector shows as text, with a box. */
function visibility(page, selector) {
  return page.locator('un-document').evaluateAll(
    (els, [sel, wants]) =>
      els.map((el) => {
        const forms = wants[Number(el.dataset.i)];
        const has = (t) => forms.some((f) => t.includes(f));
        const where = [...el.shadowRoot.querySelectorAll(sel)].filter(
          (n) => has(n.textContent) && n.getClientRects().length > 0 && getComputedStyle(n).visibility === 'visible',
        );
        return { i: el.dataset.i, found: where.length, rendered: where.some((n) => has(n.innerText)) };
      }),
    [selector, VECTORS.map((v) => [visible(v), spaced(v)])],
  );
}

for (const csp of [false, true]) {
  const mode = csp ? 'strict CSP' : 'no CSP';
  describe(`injection vectors (${mode})`, () => {
    test(`${VECTORS.length} vectors in the element's inline text and the %%% subjects header stay text`, async () => {
      const elements = VECTORS.map((v, i) => `    <un-document data-i="${i}">\n${escText(letterWith(v))}\n    </un-document>`);
      const { page, outcomes } = await injectionPage({ csp, elements });
      assert.deepEqual(outcomes, VECTORS.map(() => 'ready'));
      await assertNothingRan(page);
      assert.deepEqual(await auditAll(page), []);
      for (const r of await visibility(page, '.undoc-body .undoc-p')) {
        assert.ok(r.found > 0 && r.rendered, `vector ${r.i} ${JSON.stringify(VECTORS[r.i])} readable in the body`);
      }
      for (const r of await visibility(page, '.undoc-subjects li')) {
        assert.ok(r.found > 0, `vector ${r.i} ${JSON.stringify(VECTORS[r.i])} readable in the subjects`);
      }
      await finish(page);
    });

    test(`${VECTORS.length} vectors in a text fetched through src stay text`, async () => {
      const files = Object.fromEntries(
        VECTORS.map((v, i) => [`/inj/text/${i}.txt`, { type: 'text/plain; charset=utf-8', body: letterWith(v) }]),
      );
      const elements = VECTORS.map((_, i) => `    <un-document data-i="${i}" src="/inj/text/${i}.txt">Fallback ${i}</un-document>`);
      const { page, outcomes } = await injectionPage({ csp, elements, files });
      assert.deepEqual(outcomes, VECTORS.map(() => 'ready'));
      await assertNothingRan(page);
      assert.deepEqual(await auditAll(page), []);
      for (const r of await visibility(page, '.undoc-p')) {
        assert.ok(r.found >= 2 && r.rendered, `vector ${r.i} ${JSON.stringify(VECTORS[r.i])} readable in body and annex (${r.found})`);
      }
      for (const r of await visibility(page, '.undoc-subjects li')) {
        assert.ok(r.found > 0, `vector ${r.i} readable in the subjects`);
      }
      await finish(page);
    });

    test(`${VECTORS.length} vectors in editorial notes: text and anchor stay text, only the https link survives`, async () => {
      const files = { '/inj/base.txt': { type: 'text/plain; charset=utf-8', body: BASE_TEXT } };
      VECTORS.forEach((v, i) => {
        files[`/inj/notes/${i}.json`] = {
          type: 'application/json',
          body: JSON.stringify([
            {
              anchor: 'European',
              text: v,
              links: [
                { href: v, label: v },
                { href: 'javascript:alert(1)', label: 'bad' },
                { href: ' JAVASCRIPT:window.__canary=1', label: 'bad' },
                { href: 'data:text/html,<script>window.__canary=1</script>', label: 'bad' },
                { href: 'vbscript:msgbox(1)', label: 'bad' },
                { href: 'https://example.org/ok', label: v },
              ],
            },
            { anchor: v, occurrence: 1, text: v },
          ]),
        };
      });
      const elements = VECTORS.map(
        (_, i) => `    <un-document data-i="${i}" src="/inj/base.txt" notes="/inj/notes/${i}.json">Fallback ${i}</un-document>`,
      );
      const { page, outcomes } = await injectionPage({ csp, elements, files });
      assert.deepEqual(outcomes, VECTORS.map(() => 'ready'));
      const notes = await page.locator('un-document').evaluateAll((els) =>
        els.map((el) => {
          const r = el.shadowRoot;
          const editorial = [...r.querySelectorAll('.undoc-note[data-kind=editorial]')];
          const note = editorial[0];
          return {
            i: el.dataset.i,
            notice: r.querySelector('[part=notice]')?.hidden === false ? r.querySelector('[part=notice]').textContent : null,
            editorial: editorial.length,
            number: note ? Number(note.dataset.note) : null,
            text: note?.querySelector('.undoc-note-text')?.textContent ?? '',
            links: note ? [...note.querySelectorAll('a.undoc-note-link')].map((a) => [a.getAttribute('href'), a.textContent]) : [],
            bad: [...r.querySelectorAll('a')].filter((a) => a.textContent === 'bad').length,
            diagnostics: [...r.querySelectorAll('.undoc-diagnostics li')].map((li) => li.dataset.code),
          };
        }),
      );
      for (const n of notes) {
        const v = VECTORS[n.i];
        const label = `vector ${n.i} ${JSON.stringify(v)}`;
        assert.equal(n.notice, null, `${label}: notes loaded`);
        assert.equal(n.editorial, 1, `${label}: one editorial note attached (the other anchor is absent)`);
        assert.ok(n.text.includes(visible(v)), `${label}: note text kept as text: ${n.text}`);
        assert.deepEqual(n.links, [['https://example.org/ok', visible(v)]], `${label}: only the https link, its label as text`);
        assert.equal(n.bad, 0);
        assert.ok(n.diagnostics.includes('editorial-anchor-not-found'), `${label}: the absent anchor is reported`);
      }
      // Open each editorial note: the popover (a copy of the note) is audited too.
      const opened = await page.locator('un-document').evaluateAll((els, numbers) =>
        els.map((el, k) => el.openNote(numbers[k]) && el.shadowRoot.querySelectorAll('.undoc-popover').length),
      notes.map((n) => n.number));
      assert.deepEqual(opened, VECTORS.map(() => 1));
      for (const r of await visibility(page, '.undoc-popover .undoc-note-text')) {
        assert.ok(r.found === 1 && r.rendered, `vector ${r.i}: readable in the open popover`);
      }
      await assertNothingRan(page);
      assert.deepEqual(await auditAll(page), []);
      await finish(page);
    });

    test(`${VECTORS.length} vectors in the id, signatories, src and notes attributes`, async () => {
      const urls = [...VECTORS, 'JaVaScRiPt:window.__canary=1', ' javascript:window.__canary=1', 'vbscript:msgbox(1)',
        'data:text/html,<script>window.__canary=1</script>', 'data:text/plain,<img src=x onerror=window.__canary=1>'];
      const files = { '/inj/base.txt': { type: 'text/plain; charset=utf-8', body: BASE_TEXT } };
      const elements = [];
      let k = 0;
      const labels = [];
      for (const v of VECTORS) {
        labels[k] = `id and signatories ${JSON.stringify(v)}`;
        elements.push(`    <un-document data-i="${k++}" id="${escAttr(v)}" signatories="${escAttr(v)}" sync-hash>\n${escText(letterWith('x'))}\n    </un-document>`);
      }
      for (const v of urls) {
        labels[k] = `src ${JSON.stringify(v)}`;
        elements.push(`    <un-document data-i="${k++}" src="${escAttr(v)}">Fallback text</un-document>`);
        labels[k] = `notes ${JSON.stringify(v)}`;
        elements.push(`    <un-document data-i="${k++}" src="/inj/base.txt" notes="${escAttr(v)}">Fallback text</un-document>`);
      }
      const allow = [
        /Failed to load resource/, // a vector as a relative URL: 404
        /Connecting to 'data:.* violates the following Content Security Policy/, // data: under the CSP
        /Fetch API cannot load data:.*Content Security Policy/,
      ];
      const { page, outcomes } = await injectionPage({ csp, elements, files, allow });
      // Each element either shows a document or an error with its fallback: never nothing.
      const states = await page.locator('un-document').evaluateAll((els) =>
        els.map((el) => {
          const r = el.shadowRoot;
          const shown = (s) => {
            const x = r.querySelector(s);
            return !!x && !x.hidden && x.getClientRects().length > 0;
          };
          return {
            i: Number(el.dataset.i),
            ready: el.hasAttribute('ready'),
            error: shown('[part=error]') ? r.querySelector('[part=error]').textContent : null,
            fallback: shown('[part=fallback]'),
            article: !!r.querySelector('article.undoc'),
            ids: [...r.querySelectorAll('[id]')].map((e) => e.id),
            pressed: [...r.querySelectorAll('[aria-pressed=true]')].map((b) => b.dataset.signatory),
          };
        }),
      );
      for (const s of states) {
        const label = `#${s.i} (${labels[s.i]}): ${outcomes[s.i]}`;
        assert.ok((s.ready && s.article && !s.error) || (s.error && s.fallback && !s.ready), `${label}: ${JSON.stringify(s)}`);
        // A URL fetch() cannot load is refused by name, before any request (and CSP report).
        if (/^\s*(javascript|vbscript):/i.test(urls.find((u) => labels[s.i] === `src ${JSON.stringify(u)}`) ?? '')) {
          assert.match(s.error ?? '', /cannot load the document from a (javascript|vbscript): URL/i, label);
        }
        for (const id of s.ids) assert.match(id, /^[A-Za-z][A-Za-z0-9_-]*$/, `${label}: ids made of the sanitized prefix`);
        assert.deepEqual(s.pressed, [], `${label}: no signatory preselected by a vector`);
      }
      // The hash key comes from the id: select a signatory in each id widget, then read the hash.
      await page.locator('un-document[sync-hash]').evaluateAll((els) => els.forEach((el) => el.selectSignatories(['RUS'])));
      await frames(page);
      const hash = await page.evaluate(() => decodeURIComponent(location.hash));
      // Keys are the id's letters, digits, - and _, any other byte as .hh: nothing a vector
      // writes can end an entry or start another.
      assert.match(hash, /^#((?:[A-Za-z0-9_-]|\.[0-9a-f]{2})+=states:RUS)(&(?:[A-Za-z0-9_-]|\.[0-9a-f]{2})+=states:RUS)*$/, `hash: ${hash}`);
      // Under the CSP, a data: URL given as src or notes is not fetched (connect-src): that is
      // the page's policy at work, not something the input did.
      await assertNothingRan(page, { allowViolation: (v) => csp && v.directive === 'connect-src' && v.blocked === 'data' });
      assert.deepEqual(await auditAll(page), []);
      await finish(page);
    });
  });
}

describe('the detectors', () => {
  for (const csp of [false, true]) {
    test(`an injected handler is caught (${csp ? 'a CSP report' : 'the canary'})`, async () => {
      const { page } = await injectionPage({ csp, elements: [], allow: [/Content Security Policy/, /Failed to load resource/] });
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/nowhere.png" onerror="window.__canary=1">'));
      await page.waitForFunction(() => window.__canary === 1 || window.__violations.length > 0);
      const { canary, violations } = await page.evaluate(() => ({ canary: window.__canary, violations: window.__violations }));
      if (csp) {
        assert.equal(canary, 0);
        assert.ok(violations.some((v) => v.directive.startsWith('script-src')), JSON.stringify(violations));
      } else {
        assert.equal(canary, 1);
      }
      await finish(page);
    });
  }
});
