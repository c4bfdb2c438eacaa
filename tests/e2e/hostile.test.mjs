// A hostile host page. (1) Aggressive CSS (fixtures/aggressive.css: `*` rules with !important
// for font, colour, background, box-sizing, spacing; display:none on every light-DOM element and
// on the widget's own class names and parts; a full-page overlay at z-index 2147483647 with
// pointer-events:none; an RTL page): the letter stays visible and usable in its own font and
// colours, and only the documented --undoc-* custom properties theme it. element.test.mjs holds
// the mild version (fixtures/hostile.css). (2) Three widgets on one page, two of them sharing an
// id prefix, beside light-DOM elements whose ids are the ones the widgets write (undoc-ref-1,
// undoc-fn-1, fn-1, seed-ref-1…): ids stay unique per shadow root, each widget's notes open in
// that widget, its fragment links lead to its own notes, and the clashing elements are untouched.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SEED_TEXT_URL, browserSuite, finish, frames } from './helpers.mjs';

const e2e = browserSuite();

/** Adds a stylesheet to the page and waits until it applies. */
async function addStyles(page, href) {
  await page.evaluate(
    (href) =>
      new Promise((resolve, reject) => {
        const l = document.createElement('link');
        l.rel = 'stylesheet';
        l.href = href;
        l.onload = resolve;
        l.onerror = () => reject(new Error(`${href} did not load`));
        document.head.append(l);
      }),
    href,
  );
}

/** Appends <un-document>s ({id, cls, src, notes, fallback}) and waits until each settles. */
async function addWidgets(page, widgets) {
  return page.evaluate(async (widgets) => {
    const els = widgets.map((w) => {
      const el = document.createElement('un-document');
      if (w.id) el.id = w.id;
      if (w.cls) el.className = w.cls;
      el.dataset.w = w.key;
      if (w.src) el.setAttribute('src', w.src);
      if (w.notes) el.setAttribute('notes', w.notes);
      if (w.syncHash) el.setAttribute('sync-hash', '');
      const p = document.createElement('p');
      p.textContent = w.fallback ?? 'Fallback text.';
      el.append(p);
      document.getElementById('stage').append(el);
      return el;
    });
    const settled = await Promise.allSettled(els.map((e) => e.ready));
    return settled.map((s) => s.status);
  }, widgets);
}

const widget = (page, key) => page.locator(`un-document[data-w="${key}"]`);

/** Counts pixels of `rgb` (±tolerance) in a screenshot of `locator`, decoded in the page. */
async function countPixels(page, locator, [r, g, b], tolerance = 40) {
  const png = await locator.screenshot({ animations: 'disabled' });
  return page.evaluate(
    async ([b64, r, g, b, tol]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bmp, 0, 0);
      const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - r) <= tol && Math.abs(data[i + 1] - g) <= tol && Math.abs(data[i + 2] - b) <= tol) n++;
      }
      return n;
    },
    [png.toString('base64'), r, g, b, tolerance],
  );
}

async function aggressivePage({ rtl = false } = {}) {
  const page = await e2e.blank({ allow: [/404/] });
  await addStyles(page, '/fixtures/aggressive.css');
  await page.evaluate((rtl) => {
    if (rtl) document.documentElement.dir = 'rtl';
    const overlay = document.createElement('aside');
    overlay.id = 'overlay';
    document.body.append(overlay);
  }, rtl);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(255, 0, 0)', 'the page rules apply');
  const outcomes = await addWidgets(page, [
    { key: 'plain', id: 'plain', src: SEED_TEXT_URL },
    { key: 'themed', id: 'themed', cls: 'themed', src: SEED_TEXT_URL },
  ]);
  assert.deepEqual(outcomes, ['fulfilled', 'fulfilled']);
  return page;
}

/** Boxes and styles of the letter's main parts, inside the shadow root. */
function letterParts(page, key) {
  return widget(page, key).evaluate((host) => {
    const r = host.shadowRoot;
    const shown = (el) => {
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && s.display !== 'none' && s.visibility === 'visible' && s.opacity === '1';
    };
    const parts = [
      ['title', r.querySelector('.undoc-title')],
      ...[...r.querySelectorAll('.undoc-body .undoc-p')].map((p, i) => [`paragraph ${i + 1}`, p]),
      ...[...r.querySelectorAll('.undoc-signature')].map((p, i) => [`signature ${i + 1}`, p]),
      ['toolbar', r.querySelector('.undoc-toolbar')],
    ];
    const title = r.querySelector('.undoc-title');
    title.scrollIntoView({ block: 'center' });
    const tb = title.getBoundingClientRect();
    const x = tb.left + Math.min(tb.width / 2, 40);
    const y = tb.top + tb.height / 2;
    const top = document.elementFromPoint(x, y);
    const inner = r.elementFromPoint(x, y);
    const t = getComputedStyle(title);
    const a = getComputedStyle(r.querySelector('article.undoc'));
    const toggle = getComputedStyle(r.querySelector('.undoc-toggle'));
    return {
      hidden: parts.filter(([, el]) => !el || !shown(el)).map(([name]) => name),
      count: parts.length,
      hit: { top: top === host, inTitle: !!inner && title.contains(inner) },
      title: {
        fontFamily: t.fontFamily,
        fontSize: parseFloat(t.fontSize),
        fontStyle: t.fontStyle,
        color: t.color,
        letterSpacing: t.letterSpacing,
        wordSpacing: t.wordSpacing,
        textTransform: t.textTransform,
        whiteSpace: t.whiteSpace,
        textAlign: t.textAlign,
        direction: t.direction,
        lineHeight: t.lineHeight,
      },
      article: { background: a.backgroundColor, color: a.color, direction: a.direction, cursor: a.cursor, maxWidth: a.maxWidth },
      toggle: { boxSizing: toggle.boxSizing, fontFamily: toggle.fontFamily, cursor: toggle.cursor, outlineStyle: toggle.outlineStyle },
      root: parseFloat(getComputedStyle(document.documentElement).fontSize),
      hostDecoration: getComputedStyle(host).textDecorationLine,
    };
  });
}

describe('aggressive host CSS', () => {
  test('the letter stays visible and usable, in its own font and colours', async () => {
    const page = await aggressivePage();
    const s = await letterParts(page, 'plain');
    assert.ok(s.count >= 4, `title, paragraphs, signature, toolbar (${s.count})`);
    assert.deepEqual(s.hidden, [], 'every part has a box and is visible');
    assert.deepEqual(s.hit, { top: true, inTitle: true }, 'the overlay lets the pointer through to the title');
    assert.match(s.title.fontFamily, /^"Times New Roman"/);
    assert.doesNotMatch(s.title.fontFamily, /Comic/);
    assert.deepEqual(
      { ...s.title, fontFamily: undefined, fontSize: undefined, lineHeight: undefined },
      {
        fontFamily: undefined,
        fontSize: undefined,
        lineHeight: undefined,
        fontStyle: 'normal',
        color: 'rgb(27, 28, 30)',
        letterSpacing: 'normal',
        wordSpacing: '0px',
        textTransform: 'none',
        whiteSpace: 'normal',
        textAlign: 'start',
        direction: 'ltr',
      },
    );
    // Sizes are in rem: they follow the root's font size (40px here), the one page setting that
    // reaches the widget by design. The title is 1.25rem with a 1.3 line height, not the page's 7.
    assert.equal(s.title.fontSize, 1.25 * s.root);
    assert.ok(Math.abs(parseFloat(s.title.lineHeight) - 1.3 * s.title.fontSize) < 1, `line height ${s.title.lineHeight}`);
    assert.deepEqual(s.article, {
      background: 'rgb(255, 255, 255)',
      color: 'rgb(27, 28, 30)',
      direction: 'ltr',
      cursor: 'auto',
      maxWidth: `${46 * s.root}px`,
    });
    assert.equal(s.toggle.boxSizing, 'border-box');
    assert.doesNotMatch(s.toggle.fontFamily, /Comic/);
    assert.equal(s.toggle.cursor, 'pointer');
    assert.equal(s.toggle.outlineStyle, 'none', "the page's outline does not reach the controls");
    assert.equal(s.hostDecoration, 'none', "the host refuses the page's text-decoration");

    // Real pointer clicks go through the overlay: a toggle, then a note reference.
    const plain = widget(page, 'plain');
    const toggle = plain.locator('.undoc-toggle[data-signatory="RUS"]');
    await toggle.scrollIntoViewIfNeeded();
    const box = await toggle.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.ok((await plain.locator('.undoc-hit').count()) > 0);
    const hit = await plain.locator('.undoc-hit').first().evaluate(async (m) => {
      await Promise.all(m.getAnimations().map((a) => a.finished)); // the highlight fades in
      return getComputedStyle(m).backgroundColor;
    });
    assert.equal(hit, 'rgb(255, 226, 122)', 'the highlight is the widget’s');
    const ref = plain.locator('.undoc-body a[role="doc-noteref"]').first();
    await ref.scrollIntoViewIfNeeded();
    const rb = await ref.boundingBox();
    await page.mouse.click(rb.x + rb.width / 2, rb.y + rb.height / 2);
    const pop = plain.locator('.undoc-popover');
    await pop.waitFor({ state: 'visible' });
    const ps = await pop.evaluate((p) => {
      const s = getComputedStyle(p);
      return { font: s.fontFamily, color: s.color, bg: s.backgroundColor, z: s.zIndex };
    });
    assert.doesNotMatch(ps.font, /Comic/);
    assert.equal(ps.color, 'rgb(27, 28, 30)');
    assert.equal(ps.bg, 'rgb(255, 255, 255)');
    // No line-through of the page's red on the host-decorated widget.
    assert.equal(await countPixels(page, plain.locator('.undoc-title'), [255, 0, 0], 60), 0, 'no red drawn through the title');
    await finish(page);
  });

  test('the documented custom properties do theme it', async () => {
    const page = await aggressivePage();
    const themed = widget(page, 'themed');
    const t = await themed.evaluate(async (host) => {
      host.selectSignatories(['RUS']);
      await Promise.all(host.shadowRoot.getAnimations().map((a) => a.finished));
      const r = host.shadowRoot;
      const cs = (sel, pseudo) => getComputedStyle(r.querySelector(sel), pseudo);
      return {
        fg: cs('.undoc-title').color,
        bg: cs('article.undoc').backgroundColor,
        font: cs('.undoc-title').fontFamily,
        maxWidth: cs('article.undoc').maxWidth,
        accentPressed: cs('.undoc-toggle[aria-pressed="true"]').backgroundColor,
        accentLink: cs('a.undoc-backlink').color,
        accentRef: cs('a.undoc-cardref').textDecorationColor,
        highlight: cs('.undoc-hit').backgroundColor,
        muted: cs('.undoc-facts dt').color,
        border: cs('.undoc-toggle[aria-pressed="false"]').borderTopColor,
        radius: cs('.undoc-card').borderTopLeftRadius,
      };
    });
    assert.deepEqual(t, {
      fg: 'rgb(10, 20, 30)',
      bg: 'rgb(250, 240, 230)',
      font: 'Georgia, serif',
      maxWidth: '700px',
      accentPressed: 'rgb(200, 0, 100)',
      accentLink: 'rgb(200, 0, 100)',
      accentRef: 'rgb(200, 0, 100)',
      highlight: 'rgb(0, 255, 0)',
      muted: 'rgb(60, 60, 90)',
      border: 'rgb(0, 0, 255)',
      radius: '0px',
    });
    // The unthemed widget on the same page keeps the defaults.
    const plain = await widget(page, 'plain').evaluate((h) => getComputedStyle(h.shadowRoot.querySelector('.undoc-title')).color);
    assert.equal(plain, 'rgb(27, 28, 30)');
    await finish(page);
  });

  test('an RTL page: the English letter and its messages stay left-to-right', async () => {
    const page = await aggressivePage({ rtl: true });
    await addWidgets(page, [{ key: 'failing', src: '/seeds/missing.txt', fallback: 'نص بديل' }]);
    const d = await page.evaluate(() => {
      const dir = (host, sel) => getComputedStyle(host.shadowRoot.querySelector(sel)).direction;
      const plain = document.querySelector('[data-w=plain]');
      const failing = document.querySelector('[data-w=failing]');
      const article = plain.shadowRoot.querySelector('article.undoc').getBoundingClientRect();
      // Where the title's first letter is drawn: at the left edge of the article's content box.
      const text = document.createTreeWalker(plain.shadowRoot.querySelector('.undoc-title'), NodeFilter.SHOW_TEXT).nextNode();
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const title = range.getBoundingClientRect();
      return {
        page: getComputedStyle(document.body).direction,
        article: dir(plain, 'article.undoc'),
        popoverHost: dir(plain, '.undoc-body'),
        error: dir(failing, '[part=error]'),
        fallback: dir(failing, '[part=fallback]'),
        titleStartsLeft: Math.abs(title.left - article.left - parseFloat(getComputedStyle(plain.shadowRoot.querySelector('article.undoc')).paddingLeft)) < 1,
      };
    });
    assert.deepEqual(d, {
      page: 'rtl',
      article: 'ltr',
      popoverHost: 'ltr',
      error: 'ltr',
      fallback: 'rtl', // the page's own fallback content keeps the page's direction
      titleStartsLeft: true,
    });
    await finish(page);
  });

  test(
    "an ancestor's text-decoration is drawn through the widget's text",
    { todo: 'CSS propagates decorations to in-flow descendants, shadow trees included; see the report' },
    async () => {
      const page = await e2e.blank();
      await addWidgets(page, [{ key: 'plain', src: SEED_TEXT_URL }]);
      await page.evaluate(() => {
        document.getElementById('stage').style.setProperty('text-decoration', 'line-through 3px rgb(255, 0, 0)');
      });
      const red = await countPixels(page, widget(page, 'plain').locator('.undoc-title'), [255, 0, 0], 60);
      await finish(page);
      assert.equal(red, 0, `${red} red pixels drawn through the title`);
    },
  );
});

describe('three widgets and clashing ids', () => {
  // Light-DOM elements with the ids the widgets write inside their shadow roots.
  const CLASHING = ['undoc-ref-1', 'undoc-fn-1', 'fn-1', 'ref-1', 'seed-ref-1', 'seed-fn-1', 'seed-notes', 'undoc-1-ref-1', 'undoc-1-fn-1', 'undoc-1-pop-1'];

  async function threeWidgets() {
    const page = await e2e.blank();
    await page.evaluate((ids) => {
      const box = document.createElement('section');
      box.id = 'clashing';
      for (const id of ids) {
        const a = document.createElement('a');
        a.id = id;
        a.href = `#${id}`;
        a.textContent = `host ${id}`;
        box.append(a, ' ');
      }
      document.body.prepend(box);
      window.__clashFocus = [];
      box.addEventListener('focusin', (e) => window.__clashFocus.push(e.target.id));
      window.__clashMutations = 0;
      new MutationObserver((ms) => (window.__clashMutations += ms.length)).observe(box, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    }, CLASHING);
    // "seed" with editorial notes (so its numbering differs), one without an id (auto prefix
    // undoc-1) and one whose id is "undoc-1": two widgets share the prefix undoc-1.
    const outcomes = await addWidgets(page, [
      { key: 'seed', id: 'seed', src: SEED_TEXT_URL, notes: '/notes/seed.json', syncHash: true },
      { key: 'auto', src: SEED_TEXT_URL },
      { key: 'named', id: 'undoc-1', src: SEED_TEXT_URL },
    ]);
    assert.deepEqual(outcomes, ['fulfilled', 'fulfilled', 'fulfilled']);
    const before = await page.evaluate(() => document.getElementById('clashing').outerHTML);
    return { page, before };
  }

  /** The focused element through shadow roots: [widget key or null, id]. */
  const focusedIn = (page) =>
    page.evaluate(() => {
      let el = document.activeElement;
      let host = null;
      while (el?.shadowRoot?.activeElement) {
        host = el;
        el = el.shadowRoot.activeElement;
      }
      return [host?.dataset.w ?? null, el?.id ?? null, el?.className ?? null];
    });

  test('ids are unique in each shadow root and every id reference resolves inside it', async () => {
    const { page } = await threeWidgets();
    const roots = await page.locator('un-document').evaluateAll((els) =>
      els.map((host) => {
        const r = host.shadowRoot;
        const ids = [...r.querySelectorAll('[id]')].map((e) => e.id);
        const refs = [];
        for (const e of r.querySelectorAll('[aria-labelledby], a[href^="#"]')) {
          const id = e.getAttribute('aria-labelledby') ?? e.getAttribute('href').slice(1);
          if (!r.getElementById(id)) refs.push(id);
        }
        return { key: host.dataset.w, prefix: r.querySelector('article.undoc').id, ids, dupes: ids.filter((id, i) => ids.indexOf(id) !== i), unresolved: refs };
      }),
    );
    assert.deepEqual(roots.map((r) => [r.key, r.prefix]), [['seed', 'seed'], ['auto', 'undoc-1'], ['named', 'undoc-1']]);
    for (const r of roots) {
      assert.ok(r.ids.length > 20, `${r.key}: ${r.ids.length} ids`);
      assert.deepEqual(r.dupes, [], `${r.key}: no duplicate id`);
      assert.deepEqual(r.unresolved, [], `${r.key}: every fragment link and aria-labelledby resolves in its own root`);
    }
    // The page's own elements with those ids are still the ones document.getElementById finds.
    const found = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.closest('#clashing') !== null), CLASHING);
    assert.deepEqual(found, CLASHING.map(() => true));
    await finish(page);
  });

  test("a note opens in its own widget only; fragment links lead to that widget's notes; the page's elements are untouched", async () => {
    const { page, before } = await threeWidgets();
    const hash0 = await page.evaluate(() => location.hash);
    for (const key of ['seed', 'auto', 'named']) {
      const w = widget(page, key);
      const ref = w.locator('.undoc-body a[role="doc-noteref"]').first();
      const n = await ref.getAttribute('data-note');
      await ref.click();
      await w.locator('.undoc-popover').waitFor({ state: 'visible' });
      const counts = await page.locator('un-document').evaluateAll((els) =>
        Object.fromEntries(els.map((e) => [e.dataset.w, e.shadowRoot.querySelectorAll('.undoc-popover').length])),
      );
      assert.deepEqual(counts, { seed: 0, auto: 0, named: 0, [key]: 1 }, `note ${n} of ${key}`);
      const [own, shown] = await w.evaluate(
        (host, n) => [
          host.shadowRoot.querySelector(`li.undoc-note[data-note="${n}"] .undoc-note-text`).textContent.trim(),
          host.shadowRoot.querySelector('.undoc-popover-body').textContent.trim(),
        ],
        n,
      );
      assert.equal(shown, own, `${key}: the popover shows the widget's own note ${n}`);
      assert.deepEqual((await focusedIn(page)).slice(0, 1), [key], 'focus moved into that widget');
      await page.keyboard.press('Escape');
      await w.locator('.undoc-popover').waitFor({ state: 'detached' });
    }
    // The editorial notes shift the numbering of "seed": the same reference has another number.
    const firsts = await page.locator('un-document').evaluateAll((els) =>
      els.map((e) => e.shadowRoot.querySelector('.undoc-note[data-kind=editorial]') !== null),
    );
    assert.deepEqual(firsts, [true, false, false]);

    // Back-links (#<prefix>-ref-<n>) move focus to that widget's own reference.
    for (const key of ['seed', 'auto', 'named']) {
      const w = widget(page, key);
      const back = w.locator('a.undoc-backlink').nth(2);
      const href = await back.getAttribute('href');
      await back.scrollIntoViewIfNeeded();
      await back.click();
      const [host, id] = await focusedIn(page);
      assert.deepEqual([host, `#${id}`], [key, href], `${key}: ${href} leads to its own reference`);
    }
    // …and so does Enter on a back-link, from the keyboard.
    const back = widget(page, 'named').locator('a.undoc-backlink').first();
    await back.focus();
    await page.keyboard.press('Enter');
    assert.deepEqual((await focusedIn(page)).slice(0, 2), ['named', (await back.getAttribute('href')).slice(1)]);

    await frames(page);
    const after = await page.evaluate(() => ({
      html: document.getElementById('clashing').outerHTML,
      mutations: window.__clashMutations,
      focus: window.__clashFocus,
      targeted: document.querySelector(':target')?.id ?? null,
      hash: location.hash,
    }));
    assert.equal(after.html, before, "the page's clashing elements are unchanged");
    assert.equal(after.mutations, 0);
    assert.deepEqual(after.focus, [], 'none of them ever had focus');
    assert.equal(after.targeted, null, 'none of them became :target');
    // Only the sync-hash widget writes the hash, under its own key.
    assert.equal(hash0, '');
    assert.ok(after.hash === '' || /^#seed=[^&]*$/.test(after.hash), `hash ${after.hash}`);
    await finish(page);
  });
});
