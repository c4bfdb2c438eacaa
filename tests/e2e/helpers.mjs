// Shared helpers for the browser tests: a scripts/serve.py on a free port, Debian's Chromium
// through playwright-core, console/page error collection, and queries through shadow roots.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_TEXT_URL = '/seeds/000_ee653181992c2e49.txt';
export const SEED_TITLE =
  'Letter dated 30 September 2009 from the Permanent Representative of the Russian Federation to the United Nations addressed to the Secretary-General';
export const SEED_SIGNATORIES = ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB'];
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// UNDOC_PKG_DIR serves another build of the package at /pkg/ (default: pkg/).
const PKG_DIR = process.env.UNDOC_PKG_DIR ? resolve(process.env.UNDOC_PKG_DIR) : join(ROOT, 'pkg');
const FIXTURES_DIR = join(ROOT, 'tests/e2e/fixtures');

/**
 * Starts scripts/serve.py on 127.0.0.1 with a free port. `roots` ([prefix, dir] pairs) replace
 * the demo mapping; `extraRoots` are added to it. Resolves to {url, close()}.
 */
export function serve({ csp = true, roots = null, extraRoots = [] } = {}) {
  const mapping = roots ?? [
    ['/', join(ROOT, 'www')],
    ['/pkg/', PKG_DIR],
    ['/seeds/', join(ROOT, 'tests/seeds')],
    ['/corpus/', join(ROOT, 'tests/corpus/dev')],
    // The texts www/collection.json (the explorer's index) names by their paths in the repository.
    ['/tests/seeds/', join(ROOT, 'tests/seeds')],
    ['/tests/corpus/', join(ROOT, 'tests/corpus')],
    ...extraRoots,
  ];
  const args = [join(ROOT, 'scripts/serve.py'), '--port', '0'];
  if (csp) args.push('--csp');
  for (const [prefix, dir] of mapping) args.push('--root', `${prefix}=${dir}`);
  const child = spawn('python3', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolvePromise, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`serve.py did not start in 10 s: ${stderr}`));
    }, 10000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.py exited with ${code}: ${stderr}`));
    });
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolvePromise({
        url: m[0],
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Debian's Chromium, headless. Playwright gives each launch a new temporary profile directory. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30000,
  });
}

/**
 * Opens a page in a fresh context and records every console error and uncaught page error.
 * `page.errors` is the list; `allow` is an array of RegExps for expected console errors
 * (e.g. the 404 a test provokes on purpose).
 */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, allow = [], ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.allow = allow;
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = `console.error: ${msg.text()}${msg.location()?.url ? ` (${msg.location().url})` : ''}`;
    if (!page.allow.some((re) => re.test(text))) page.errors.push(text);
  });
  page.on('pageerror', (err) => page.errors.push(`pageerror: ${err.stack || err.message}`));
  page.on('crash', () => page.errors.push('page crashed'));
  page.closeAll = () => context.close();
  return page;
}

/**
 * The setup a browser test file shares. Call it once, at the top level of the file: it registers
 * a `before` hook that starts scripts/serve.py (the demo mapping plus tests/e2e/fixtures at
 * /fixtures/) and launches Chromium side by side, and an `after` hook that closes both.
 * `options` go to serve(): `csp` (default true) and `extraRoots` ([prefix, dir] pairs added to the
 * mapping). Returns an object whose `url` (the server's, ending in `/`) and `browser` are there
 * once the `before` hook has run, and two page openers that take openPage() options (context
 * options, `allow`):
 * - `blank(options)`: fixtures/blank.html, with <un-document> defined;
 * - `demo(options)`: the demo page, its widgets ready.
 * (Not named `suite`: node:test exports a `suite`, an alias of `describe`.)
 */
export function browserSuite(options = {}) {
  let server;
  let browser;
  before(async () => {
    [server, browser] = await Promise.all([
      serve({ ...options, extraRoots: [['/fixtures/', FIXTURES_DIR], ...(options.extraRoots ?? [])] }),
      launch(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server.url;
    },
    get browser() {
      return browser;
    },
    async blank(pageOptions) {
      const page = await openPage(browser, pageOptions);
      await page.goto(`${server.url}fixtures/blank.html`);
      await page.waitForFunction(() => !!customElements.get('un-document'));
      return page;
    },
    async demo(pageOptions) {
      const page = await openPage(browser, pageOptions);
      await page.goto(server.url);
      await whenReady(page);
      return page;
    },
  };
}

/** Fails (throws) when the page logged an error; then closes its context. */
export async function finish(page) {
  const errors = [...page.errors];
  await page.closeAll();
  if (errors.length) throw new Error(`console or page errors:\n${errors.join('\n')}`);
}

/** Waits until the <un-document> matching `selector` is interactive (has the `ready` attribute). */
export async function whenReady(page, selector = 'un-document', timeout = 20000) {
  await page.waitForFunction(
    (sel) => {
      const els = [...document.querySelectorAll(sel)];
      return els.length > 0 && els.every((el) => el.hasAttribute('ready'));
    },
    selector,
    { timeout },
  );
}

/**
 * The keyboard stops of every widget on the page, as `"<host id> <kind> <key>"` strings: note
 * references (`ref <id>`) and signatory toggles (`toggle <code>`); with `toolbar`, also the
 * group buttons, Clear and the dim checkbox.
 */
export function focusStops(page, { toolbar = false } = {}) {
  return page.evaluate((toolbar) => {
    const keys = [];
    for (const host of document.querySelectorAll('un-document')) {
      const r = host.shadowRoot;
      for (const a of r.querySelectorAll('a[role="doc-noteref"]')) keys.push(`${host.id} ref ${a.id}`);
      for (const b of r.querySelectorAll('.undoc-toggle')) keys.push(`${host.id} toggle ${b.dataset.signatory}`);
      if (!toolbar) continue;
      for (const b of r.querySelectorAll('.undoc-group')) keys.push(`${host.id} group ${b.dataset.group}`);
      for (const b of r.querySelectorAll('.undoc-clear')) keys.push(`${host.id} clear`);
      for (const b of r.querySelectorAll('.undoc-dim-input')) keys.push(`${host.id} dim`);
    }
    return keys;
  }, toolbar);
}

/**
 * Describes the focused element through shadow roots:
 * {host, tag, cls, note, signatory, group, inPopover, text} or null when <body> has focus.
 */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    let host = null;
    while (el?.shadowRoot?.activeElement) {
      host = el;
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    return {
      host: host?.id ?? null,
      tag: el.localName,
      cls: el.getAttribute('class') ?? '',
      id: el.id || null,
      note: el.dataset?.note ?? null,
      signatory: el.dataset?.signatory ?? null,
      group: el.dataset?.group ?? null,
      role: el.getAttribute('role'),
      inPopover: !!el.closest('.undoc-popover'),
      text: (el.textContent ?? '').trim().slice(0, 60),
    };
  });
}

/**
 * Runs `fn(host, arg)` in the page, `host` being the first element matching `hostSelector`
 * (use `host.shadowRoot`). Locators pierce open shadow roots by themselves; this is for
 * evaluations.
 * `fn` must be self-contained: it is serialized into the page.
 */
export function inShadow(page, hostSelector, fn, arg) {
  return page.locator(hostSelector).first().evaluate(fn, arg).catch((e) => {
    throw new Error(`inShadow(${hostSelector}): ${e.message}`);
  });
}

/** The text of an element without its note references (`<sup class="undoc-ref">`), whitespace collapsed. */
export function plainText(locator) {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true);
    for (const sup of copy.querySelectorAll('sup.undoc-ref')) sup.remove();
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
}

/** Where docs/ screenshots go. */
export function docsPath(name) {
  const dir = join(ROOT, 'docs');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/**
 * Appends <un-document id=…> with these attributes and its own text to the blank page's
 * #stage; with `ready`, resolves once it settled (true when ready).
 */
export function appendElement(page, id, attrs = {}, text = '', { ready = false } = {}) {
  return page.evaluate(
    ([id, attrs, text, ready]) => {
      const el = document.createElement('un-document');
      el.id = id;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.textContent = text;
      document.getElementById('stage').append(el);
      return ready ? el.ready.then(() => true, () => false) : undefined;
    },
    [id, attrs, text, ready],
  );
}


/** Resolves after two animation frames: the widget writes its URL entry at most once a frame,
 * and a burst of changes reaches the URL on the next one. */
export function frames(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
