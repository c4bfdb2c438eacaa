// Editorial notes and options a careless CMS or a hostile neighbour script could hand the
// widget (issue 12): an endless or huge notes response, too many or too long notes, and a
// polluted Object.prototype. Each is a notice or nothing at all, never the error panel, and no
// note the host did not give. Blank page under the strict CSP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { browserSuite, finish, ROOT } from './helpers.mjs';

const SEED = readFileSync(join(ROOT, 'tests/seeds/000_ee653181992c2e49.txt'), 'utf8');
const e2e = browserSuite();

/** Adds the seed with `notes="/n/notes.json"`, served as `body`; resolves to what it shows. */
async function withNotes(page, body) {
  await page.route('**/n/notes.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  return page.evaluate(async (text) => {
    const el = document.createElement('un-document');
    el.id = 'seed';
    el.setAttribute('notes', '/n/notes.json');
    el.textContent = text;
    document.getElementById('stage').append(el);
    const outcome = await el.ready.then(() => 'ready', (e) => `rejected: ${e.message}`);
    const r = el.shadowRoot;
    const shown = (s) => {
      const x = r.querySelector(s);
      return x && !x.hidden ? x.textContent : null;
    };
    return {
      outcome,
      notice: shown('[part=notice]'),
      error: shown('[part=error]'),
      editorial: r.querySelectorAll('li.undoc-note[data-kind="editorial"]').length,
    };
  }, SEED);
}

describe('editorial notes within limits', () => {
  test('a notes response over 1 MiB is refused with a notice; the letter is shown', async () => {
    const page = await e2e.blank();
    const s = await withNotes(page, `[${' '.repeat(2 * 1024 * 1024)}]`);
    assert.equal(s.outcome, 'ready');
    assert.equal(s.error, null);
    assert.match(s.notice ?? '', /Editorial notes not loaded \(too large/);
    await finish(page);
  });

  test('too many notes, or a note too long, is a notice', async () => {
    const page = await e2e.blank();
    const many = JSON.stringify(Array.from({ length: 1001 }, () => ({ anchor: 'Treaty', text: 'x' })));
    let s = await withNotes(page, many);
    assert.match(s.notice ?? '', /1001 notes, the most is 1000/);
    assert.equal(s.editorial, 0);
    await finish(page);
    const again = await e2e.blank();
    s = await withNotes(again, JSON.stringify([{ anchor: 'Treaty', text: 'y'.repeat(4001) }]));
    assert.match(s.notice ?? '', /4000 characters at most/);
    await finish(again);
  });

  test('an occurrence past 2^32-1 is that note not found, not an error', async () => {
    const page = await e2e.blank();
    const s = await withNotes(page, JSON.stringify([
      { anchor: 'Treaty', occurrence: 1e10, text: 'Far away.' },
      { anchor: 'European Security treaty', text: 'Placed.' },
    ]));
    assert.equal(s.outcome, 'ready');
    assert.equal(s.error, null);
    assert.equal(s.editorial, 1, 'the other note is placed');
    await finish(page);
  });
});

describe('a polluted Object.prototype', () => {
  test('steers nothing: no injected note, no hash, no trap', async () => {
    const page = await e2e.blank();
    await page.evaluate(() => {
      const evil = [{ anchor: 'Treaty', text: 'Log in again', links: [{ href: 'https://evil.example/login', label: 'Official UN source' }] }];
      for (const [k, v] of Object.entries({ notes: evil, syncHash: true, signatories: ['RUS'], generatedNotes: false, __trapForTests: true, occurrence: 7, href: 'https://evil.example/' }))
        Object.defineProperty(Object.prototype, k, { value: v, configurable: true, writable: true });
    });
    const s = await page.evaluate(async (text) => {
      const el = document.createElement('un-document');
      el.id = 'seed';
      el.textContent = text;
      document.getElementById('stage').append(el);
      const outcome = await el.ready.then(() => 'ready', (e) => `rejected: ${e.message}`);
      const r = el.shadowRoot;
      r.querySelector('.undoc-toggle').click();
      return {
        outcome,
        editorial: r.querySelectorAll('li.undoc-note[data-kind="editorial"]').length,
        generated: r.querySelectorAll('li.undoc-note[data-kind="generated"]').length,
        evil: r.innerHTML.includes('evil.example'),
        pressed: [...r.querySelectorAll('.undoc-toggle[aria-pressed="true"]')].map((b) => b.dataset.signatory),
        hash: location.hash,
      };
    }, SEED);
    await page.evaluate(() => {
      for (const k of ['notes', 'syncHash', 'signatories', 'generatedNotes', '__trapForTests', 'occurrence', 'href']) delete Object.prototype[k];
    });
    assert.equal(s.outcome, 'ready');
    assert.equal(s.editorial, 0);
    assert.ok(s.generated > 0, 'generatedNotes from the prototype is not obeyed');
    assert.equal(s.evil, false);
    assert.equal(s.pressed.length, 1, 'only the reader\'s own click selects');
    assert.equal(s.hash, '', 'syncHash from the prototype is not obeyed');
    await finish(page);
  });
});
