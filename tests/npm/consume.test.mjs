// The npm package as a consumer gets it: `npm pack pkg/`, install the tarball into a temporary
// project (outside the repository), then (a) use it from Node 20, with and without an init
// call, (b) build a page with Vite 7 that uses <un-document> and load the build in Chromium, and
// (c) render a pre-rendered element in Node and wake it up on a plain page in Chromium.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { build } from 'vite';
import { finish, launch, openPage, plainText, ROOT, SEED_SIGNATORIES, SEED_TITLE, serve, whenReady } from '../e2e/helpers.mjs';

const run = promisify(execFile);
const PKG = process.env.UNDOC_PKG_DIR ?? join(ROOT, 'pkg');
const SEED = join(ROOT, 'tests/seeds/000_ee653181992c2e49.txt');
const KEEP = process.env.UNDOC_KEEP_TMP === '1';

let tmp;
let project;
let tarball;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'undoc-npm-'));
  const packed = await run('npm', ['pack', PKG, '--json', '--pack-destination', tmp], { cwd: tmp });
  const [info] = JSON.parse(packed.stdout);
  tarball = join(tmp, info.filename);
  project = join(tmp, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'undoc-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  await run('npm', ['install', tarball, '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], {
    cwd: project,
  });
});
after(() => {
  if (tmp && !KEEP) rmSync(tmp, { recursive: true, force: true });
});

describe('npm package', () => {
  test('the tarball holds the library, the element, the stylesheet, the wasm and the README', () => {
    const dir = join(project, 'node_modules/undoc');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    assert.equal(pkg.name, 'undoc');
    assert.equal(pkg.type, 'module');
    assert.equal(pkg.main, './index.js');
    assert.equal(pkg.types, './index.d.ts');
    assert.deepEqual(pkg.exports['.'], { types: './index.d.ts', node: './index.node.js', default: './index.js' });
    assert.equal(pkg.exports['./element'], './un-document.js');
    assert.equal(pkg.exports['./collection'], './un-collection.js');
    assert.deepEqual(pkg.sideEffects, ['./un-document.js', './un-collection.js', './index.node.js']);
    const files = ['index.js', 'index.node.js', 'index.d.ts', 'undoc.js', 'undoc.d.ts', 'undoc_bg.wasm', 'widget.js', 'widget_bg.wasm', 'hydrate.js', 'hydrate_bg.wasm'];
    const explorer = ['un-collection.js', 'un-collection.css', 'explorer.js', 'explorer_bg.wasm', 'index-worker.js'];
    for (const f of [...files, ...explorer, 'un-document.js', 'un-document-text.js', 'undoc.css', 'README.md', 'package.json', 'LICENSE-MIT', 'LICENSE-APACHE']) {
      assert.ok(existsSync(join(dir, f)), `${f} is installed`);
      assert.ok(pkg.files.includes(f), `${f} is in "files"`);
    }
    assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /<un-document/);
    assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /<un-collection/);
  });

  test('Node 20: renderHtml with no init call, and await init() with no argument', async () => {
    writeFileSync(
      join(project, 'node-noinit.mjs'),
      `import init, { renderHtml } from 'undoc';
const text = (await import('node:fs')).readFileSync(process.argv[2], 'utf8');
const before = renderHtml(text, { idPrefix: 'a' }).length;
await init();
console.log(JSON.stringify({ before, after: renderHtml(text, { idPrefix: 'a' }).length }));
`,
    );
    const { stdout } = await run(process.execPath, ['node-noinit.mjs', SEED], { cwd: project, maxBuffer: 64 << 20 });
    const out = JSON.parse(stdout);
    assert.ok(out.before > 1000, `renderHtml works at once: ${stdout}`);
    assert.equal(out.after, out.before, 'init() resolves without fetching, and changes nothing');
  });

  test("TypeScript: the package's types check under --strict, and catch a misuse", async () => {
    const tsc = join(ROOT, 'node_modules/.bin/tsc');
    const flags = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'esnext,dom'];
    writeFileSync(
      join(project, 'use.ts'),
      `import init, { mount, hydrate, parse, renderElement, type Document, type WidgetData, type MountOptions } from 'undoc';
import type { UnDocumentElement } from 'undoc/element';
await init();
const doc: Document = parse('x');
const o: MountOptions = { idPrefix: 'a', signatories: ['RUS'], syncHash: true, notes: [] };
const handle = mount(document.body, 'x', o);
const shown: Document = handle.document();
const data: WidgetData = { prefix: 'p', signatories: [{ code: 'RUS', name: 'Russian Federation', mentions: 1 }], groups: [] };
hydrate(document.body, data).selectSignatories(['RUS']);
const html: string = renderElement('x', { idPrefix: 'l' });
const el = document.querySelector('un-document') as UnDocumentElement | null;
const span = doc.body[0]?.spans[0];
console.log(doc.title, shown.kind, html.length, el?.document?.symbol, span?.start);
`,
    );
    await run(tsc, [...flags, 'use.ts'], { cwd: project });
    writeFileSync(join(project, 'misuse.ts'), `import { parse } from 'undoc';\nconst n: number = parse('x');\n`);
    await assert.rejects(run(tsc, [...flags, 'misuse.ts'], { cwd: project }), (e) => /TS2322/.test(e.stdout));
  });

  test('Node 20: initSync + renderHtml + parse on the seed', async () => {
    writeFileSync(
      join(project, 'node-use.mjs'),
      `import { readFileSync } from 'node:fs';
import { initSync, parse, renderHtml, maxInputBytes } from 'undoc';
import { UnDocumentElement } from 'undoc/element'; // importable without a DOM
const wasm = readFileSync(new URL(import.meta.resolve('undoc/undoc_bg.wasm')));
initSync({ module: wasm });
const text = readFileSync(process.argv[2], 'utf8');
const html = renderHtml(text, { idPrefix: 'seed', interactive: true });
const doc = parse(text);
let tooLarge = null;
try { parse('x'.repeat(maxInputBytes() + 1)); } catch (e) { tooLarge = e instanceof Error ? e.message : String(e); }
console.log(JSON.stringify({
  html, kind: doc.kind, title: doc.title, signatories: doc.signatories.map((s) => s.code),
  max: maxInputBytes(), tooLarge, element: typeof UnDocumentElement,
  css: import.meta.resolve('undoc/undoc.css').endsWith('/undoc.css'),
}));
`,
    );
    const { stdout } = await run(process.execPath, ['node-use.mjs', SEED], { cwd: project, maxBuffer: 64 << 20 });
    const out = JSON.parse(stdout);
    assert.equal(out.kind, 'letter');
    assert.equal(out.title, SEED_TITLE);
    assert.deepEqual(out.signatories, SEED_SIGNATORIES);
    assert.equal(out.max, 16 * 1024 * 1024);
    assert.ok(out.tooLarge && !out.tooLarge.includes('\n'), `over the limit parse throws one sentence: ${out.tooLarge}`);
    assert.equal(out.element, 'function');
    assert.equal(out.css, true);
    assert.match(out.html, /^\s*<article class="undoc"[^>]* id="seed"/);
    const title = out.html.match(/<h1 class="undoc-title"[^>]*>([\s\S]*?)<\/h1>/);
    assert.ok(title, 'an <h1 class="undoc-title">');
    const plain = title[1].replace(/<sup class="undoc-ref">[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '');
    assert.equal(plain.replace(/\s+/g, ' ').trim(), SEED_TITLE);
    const toggles = [...out.html.matchAll(/data-signatory="([A-Z]{3})"/g)].map((m) => m[1]);
    assert.deepEqual(toggles, SEED_SIGNATORIES);
  });

  test('Vite 7 build of a page with <un-document> works in Chromium', async () => {
    mkdirSync(join(project, 'public'), { recursive: true });
    cpSync(SEED, join(project, 'public/seed.txt'));
    writeFileSync(
      join(project, 'index.html'),
      `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>undoc with Vite</title>
  <link rel="icon" href="data:,">
  <script type="module" src="./main.js"></script>
</head>
<body>
  <un-document id="seed" src="/seed.txt">The letter of 30 September 2009.</un-document>
</body>
</html>
`,
    );
    writeFileSync(join(project, 'main.js'), `import 'undoc/element';\n`);
    const dist = join(project, 'dist');
    await build({
      root: project,
      publicDir: join(project, 'public'),
      configFile: false,
      logLevel: 'warn',
      build: { outDir: dist, emptyOutDir: true },
    });
    const assets = readdirSync(join(dist, 'assets'));
    assert.equal(assets.filter((f) => f.endsWith('.wasm')).length, 3, `the three .wasm modules (parser, widget, its hydrate build) are emitted: ${assets}`);
    assert.ok(assets.some((f) => f.endsWith('.css')), `the stylesheet is emitted: ${assets}`);
    assert.ok(existsSync(join(dist, 'seed.txt')));

    const [server, browser] = await Promise.all([serve({ roots: [['/', dist]], csp: true }), launch()]);
    try {
      const page = await openPage(browser);
      await page.goto(server.url);
      await whenReady(page, 'un-document#seed');
      assert.equal(await plainText(page.locator('un-document#seed').locator('h1.undoc-title')), SEED_TITLE);
      const toggles = await page.locator('un-document#seed').locator('.undoc-toggle').count();
      assert.equal(toggles, SEED_SIGNATORIES.length);
      const styled = await page
        .locator('un-document#seed')
        .evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('article.undoc')).position);
      assert.equal(styled, 'relative', 'undoc.css applies inside the shadow root');
      await finish(page);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test('Node renders a pre-rendered <un-document>; a plain static page under the strict CSP wakes it up in Chromium', async () => {
    writeFileSync(
      join(project, 'ssr.mjs'),
      `import { readFileSync, writeFileSync } from 'node:fs';
import { renderElement } from 'undoc';
const element = renderElement(readFileSync(process.argv[2], 'utf8'), { idPrefix: 'letter' });
writeFileSync('ssr.html', \`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SSR</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/node_modules/undoc/undoc.css">
<script type="module" src="/node_modules/undoc/un-document.js"></script></head>
<body>\${element}</body></html>\`);
`,
    );
    await run(process.execPath, ['ssr.mjs', SEED], { cwd: project });
    const [server, browser] = await Promise.all([serve({ roots: [['/', project]], csp: true }), launch()]);
    try {
      const page = await openPage(browser);
      await page.goto(`${server.url}ssr.html`);
      await whenReady(page);
      const doc = page.locator('un-document').locator('.undoc-mount');
      assert.equal(await plainText(doc.locator('h1.undoc-title')), SEED_TITLE);
      await doc.locator('.undoc-toggle[data-signatory="RUS"]').click();
      assert.ok((await doc.locator('[data-state="RUS"].undoc-hit').count()) > 0, 'the toggle highlights');
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
      assert.ok(!fetched.some((f) => f.endsWith('/undoc_bg.wasm')), `no parser fetched: ${fetched}`);
      await finish(page);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
