// Bad input end to end, the rows of tests/bad_input.rs that element.test.mjs does not already
// cover (it has 404, 500, network, timeout, not text, invalid UTF-8, 16 MiB + 10 bytes, malformed
// notes): empty text, whitespace only, header only, a page of a novel, an HTML page given as text,
// 20 MB through src and inline, NUL bytes, a 1 MB line without spaces, 100,000 "(Signed)", and
// editorial notes anchored on text that is not there. Each shows either the document with its
// diagnostics readable in the folded "How this document was read" (`.undoc-diagnostics`, written
// by the Rust renderer), or the error panel with the fallback text still shown: never a blank
// widget, never an uncaught error. Big inputs are made on the fly: the 20 MB file in a temporary
// directory served by scripts/serve.py, the others by a route of the test.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ALLOWED, auditShadow, installCanary } from './audit.mjs';
import { browserSuite, finish, openPage, SEED_TEXT_URL } from './helpers.mjs';

const LETTER_START =
  'Letter dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General';
const NOVEL =
  'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness. There were a king with a large jaw and a queen with a plain face, on the throne of England. In both countries it was clearer than crystal to the lords of the State preserves of loaves and fishes, that things in general were settled for ever.';
const HTML_PAGE = `<!DOCTYPE html><html><head><title>x</title><script>window.__canary=1</script></head><body><p>${LETTER_START}</p><img src=x onerror="window.__canary=1"></body></html>`;
const TWENTY_MB = 20 * 1024 * 1024;

// Hooks run in the order they are registered: the 20 MB file is written before the server starts,
// and its directory removed once the browser and the server are closed.
const bigDir = mkdtempSync(join(tmpdir(), 'undoc-e2e-'));
before(() => {
  const line = `${LETTER_START} text. `;
  writeFileSync(join(bigDir, 'twenty.txt'), line.repeat(Math.ceil(TWENTY_MB / line.length)).slice(0, TWENTY_MB));
});
const e2e = browserSuite({ extraRoots: [['/big/', bigDir]] });
after(() => rmSync(bigDir, { recursive: true, force: true }));

/**
 * Rows: `inline` (the element's own text), `text` (served at /bad/<name>.txt by a route), `src`
 * (a URL), `assign` (a string given to el.text), `notes` (JSON served at /bad/<name>.json).
 * `diagnostics`: codes that must be listed; `shows`: text the reader must see in the document;
 * `hides`: text the reader must not see (a page's markup and scripts);
 * `error`: the error message expected instead.
 */
const ROWS = [
  { name: 'empty text', inline: '', diagnostics: ['empty'] },
  { name: 'whitespace only', text: ' \n\t\r\n  \u00a0 ', diagnostics: ['empty'] },
  { name: 'header only', inline: '%%%REGIONAL SECURITY|EUROPE|', diagnostics: ['empty'], shows: ['REGIONAL SECURITY', 'EUROPE'] },
  { name: 'a page of a novel', inline: NOVEL, diagnostics: ['no-title'], shows: ['worst of times', 'settled for ever.'] },
  {
    name: 'an HTML page given as text',
    text: HTML_PAGE,
    diagnostics: ['html-input'],
    shows: [LETTER_START],
    hides: ['window.__canary', '<img', '<p>'],
  },
  {
    name: '20 MB through src',
    src: '/big/twenty.txt',
    error: /too large: 20,971,520 bytes, the limit is 16 MiB \(16,777,216 bytes\)/i,
  },
  { name: '20 MB given as text', assign: 'twenty', error: /too large: 2\d,\d{3},\d{3} bytes, the limit is 16 MiB/i },
  {
    name: 'NUL bytes',
    text: `Letter\u0000 dated 1 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General I\u0000 write.`,
    diagnostics: ['control-characters-removed'],
    shows: ['write.'],
  },
  { name: 'a 1 MB line without spaces', text: 'y'.repeat(1 << 20), shows: ['yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'] },
  {
    name: '100,000 "(Signed)"',
    text: `${LETTER_START} I write. ${'(Signed) '.repeat(100_000)}`,
    diagnostics: ['signature-without-name'],
    shows: ['I write.'],
  },
  // Repetition may not multiply the work (issue 12): one note per footnote, spans capped with
  // a diagnostic, at most 50,000 shadow-DOM nodes per MB of text.
  {
    name: '100,000 markers of one footnote',
    text: `${LETTER_START} I refer to the list* ${'list* '.repeat(100_000)}* A/52/50. I write.`,
    shows: ['I write.'],
    nodesPerMb: 50_000,
  },
  {
    name: '50,000 signatures',
    text: `${LETTER_START} I write. ${'(Signed) Ana Pérez '.repeat(50_000)}`,
    diagnostics: ['signatures-not-read'],
    shows: ['I write.'],
    nodesPerMb: 50_000,
  },
  {
    name: '1 MB of organization names',
    text: `${LETTER_START} ${'CSTO NATO OSCE EU CIS '.repeat(48_000)}I write.`,
    diagnostics: ['mentions-not-marked'],
    shows: ['I write.'],
    nodesPerMb: 50_000,
  },
  {
    name: 'editorial notes anchored on absent text',
    src: SEED_TEXT_URL,
    notes: [
      { anchor: 'A sentence that is not in this letter', text: 'Lost note.' },
      { anchor: 'Vitaly Churkin', occurrence: 99, text: 'No 99th occurrence.' },
    ],
    diagnostics: ['editorial-anchor-not-found'],
    shows: ['Vitaly Churkin'],
  },
];

/** Everything about the widget a reader (or a test) cares about after it settled. */
function inspect(page) {
  return page.locator('un-document').evaluate(async (el) => {
    const outcome = await el.ready.then(
      () => 'ready',
      (e) => `rejected: ${e.message}`,
    );
    const r = el.shadowRoot;
    const visible = (x) => {
      if (!x || x.hidden) return false;
      const b = x.getBoundingClientRect();
      return b.width > 0 && b.height > 0 && getComputedStyle(x).visibility === 'visible';
    };
    const article = r.querySelector('article.undoc');
    // What the reader sees before unfolding anything.
    const articleText = article ? article.innerText.replace(/\s+/g, ' ').trim() : '';
    const details = r.querySelector('details.undoc-diagnostics');
    let codes = [];
    let listed = false;
    if (details) {
      // The reader unfolds "How this document was read".
      details.querySelector('summary').click();
      codes = [...details.querySelectorAll('li[data-code]')].map((li) => li.dataset.code);
      listed = [...details.querySelectorAll('li')].slice(0, 200).every(visible);
    }
    return {
      outcome,
      ready: el.hasAttribute('ready'),
      busy: el.getAttribute('aria-busy'),
      articleVisible: visible(article),
      articleText,
      summary: details && visible(details.querySelector('summary')) ? details.querySelector('summary').textContent : null,
      codes,
      listed,
      error: visible(r.querySelector('[part=error]')) ? r.querySelector('[part=error]').textContent : null,
      fallback: visible(r.querySelector('[part=fallback]')),
      fallbackText: el.textContent.trim().slice(0, 40),
      overflow: article ? article.scrollWidth - article.clientWidth : 0,
      nodes: (() => {
        const walker = document.createTreeWalker(r);
        let n = 0;
        while (walker.nextNode()) n++;
        return n;
      })(),
      notes: r.querySelectorAll('li.undoc-note').length,
    };
  });
}

/** How many diagnostics each row listed (for the test at the end). */
const listedCount = {};

describe('bad input in the browser', () => {
  for (const row of ROWS) {
    test(`${row.name}: ${row.error ? 'the error panel with the fallback' : 'the document with its diagnostics'}`, async () => {
      const page = await openPage(e2e.browser);
      await page.addInitScript(installCanary);
      if (row.text !== undefined) {
        await page.route(`**/bad/row.txt`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: Buffer.from(row.text, 'utf8') }),
        );
      }
      if (row.notes) {
        await page.route(`**/bad/row.json`, (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(row.notes) }),
        );
      }
      await page.goto(`${e2e.url}fixtures/blank.html`);
      await page.waitForFunction(() => !!customElements.get('un-document'));
      await page.evaluate(`window.__audit = ${auditShadow}`);
      const src = row.src ?? (row.text !== undefined ? '/bad/row.txt' : null);
      await page.evaluate(
        async ({ src, notes, inline, assign, big }) => {
          const el = document.createElement('un-document');
          if (src) el.setAttribute('src', src);
          if (notes) el.setAttribute('notes', '/bad/row.json');
          if (inline !== undefined) el.textContent = inline;
          else el.textContent = 'Fallback: the plain text of the letter.';
          document.getElementById('stage').append(el);
          if (assign) {
            const line = 'Letter dated 1 May 2001 text. ';
            el.text = line.repeat(Math.ceil(big / line.length));
          }
        },
        { src, notes: !!row.notes, inline: row.inline, assign: row.assign, big: TWENTY_MB },
      );
      const s = await inspect(page);
      listedCount[row.name] = s.codes.length;
      const label = `${row.name}: ${JSON.stringify({ ...s, codes: s.codes.slice(0, 5), articleText: s.articleText.slice(0, 120) })}`;
      assert.equal(s.busy, null, `${label}: settled`);
      if (row.error) {
        assert.match(s.outcome, /^rejected: /, label);
        assert.match(s.error ?? '', row.error, label);
        assert.equal(s.fallback, true, `${label}: the fallback is still shown`);
        assert.ok(s.fallbackText.length > 0, label);
        assert.equal(s.ready, false);
      } else {
        assert.equal(s.outcome, 'ready', label);
        assert.equal(s.articleVisible, true, `${label}: the document is shown`);
        assert.ok(s.articleText.length > 0, `${label}: not blank`);
        assert.equal(s.fallback, false, label);
        assert.equal(s.error, null, label);
        for (const code of row.diagnostics ?? []) {
          assert.ok(s.codes.includes(code), `${label}: diagnostic ${code} listed`);
        }
        if (row.diagnostics) {
          assert.match(s.summary ?? '', /^How this document was read \(\d+ notes?/, `${label}: the fold is shown`);
          assert.equal(s.listed, true, `${label}: unfolded, every diagnostic is visible`);
        }
        for (const text of row.shows ?? []) assert.ok(s.articleText.includes(text), `${label}: shows ${text}`);
        for (const text of row.hides ?? []) assert.ok(!s.articleText.includes(text), `${label}: hides ${text}`);
        assert.ok(s.overflow <= 1, `${label}: nothing sticks out of the article (${s.overflow}px)`);
        if (row.nodesPerMb) {
          const mb = Buffer.byteLength(row.text, 'utf8') / 1e6;
          assert.ok(s.nodes <= row.nodesPerMb * Math.max(mb, 0.1), `${label}: ${s.nodes} nodes for ${mb.toFixed(2)} MB`);
          assert.ok(s.notes <= 20, `${label}: ${s.notes} notes`);
          console.log(`# ${row.name}: ${s.nodes} shadow-DOM nodes for ${mb.toFixed(2)} MB, ${s.notes} notes`);
        }
      }
      const problems = await page.locator('un-document').evaluate((el, allowed) => window.__audit(el, allowed), ALLOWED);
      assert.deepEqual(problems, [], 'only the markup the renderer writes');
      assert.equal(await page.evaluate(() => window.__canary), 0);
      await finish(page); // no console error, no uncaught error
    });
  }

  test(
    'a repeated problem is reported a few times and then summed up, not once per occurrence',
    () => {
      const n = listedCount['100,000 "(Signed)"'];
      assert.ok(n !== undefined, 'the row ran');
      assert.ok(n <= 10, `${n} diagnostics listed in "How this document was read"`);
    },
  );
});
