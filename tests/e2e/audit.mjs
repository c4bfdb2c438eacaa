// What the rendered shadow DOM may hold, derived from the code that writes it, and the injection
// vectors of tests/injection.rs, read out of the Rust sources at test time (one list for both).
//
// - Elements: `TAGS` in src/render/audit.rs (what the renderer writes), plus the wrappers that
//   www/un-document.js builds (a <link> to undoc.css, <div> states, a <slot>, a <strong> in the
//   error panel) and the popover that widget/src/web/ builds (<div>, <button>).
// - Attributes: every name the renderer writes (static markup, `.attr(…)`, `.id_attr(…)` in
//   src/render/: mod.rs and the fragment's other files), every name `set_attribute(…)` in
//   widget/src/web/*.rs, the wrappers' names in www/un-document.js; plus two that the browser or CSSOM add: `style` on the popover only (its
//   placement: `--undoc-pop-x`, `-y`, `-room` and `-space` in whole pixels, set with
//   `style.setProperty`) and `open` on <details> only (the reader unfolds the diagnostics).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const read = (p) => readFileSync(join(ROOT, p), 'utf8');
/** The .rs files of a folder of src/ but `except`: a new file is audited without a list to edit. */
const rustFiles = (dir, except) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.rs') && !except.includes(f))
    .sort()
    .map((f) => `${dir}/${f}`);

/** Unescapes the body of a Rust string literal (the escapes the vector list uses). */
function unescapeRust(s) {
  return s.replace(/\\(u\{([0-9a-fA-F]+)\}|x([0-9a-fA-F]{2})|n|r|t|0|\\|"|')/g, (_, e, u, x) => {
    if (u) return String.fromCodePoint(parseInt(u, 16));
    if (x) return String.fromCharCode(parseInt(x, 16));
    return { n: '\n', r: '\r', t: '\t', 0: '\0', '\\': '\\', '"': '"', "'": "'" }[e];
  });
}
const literals = (src) => [...src.matchAll(/"((?:[^"\\]|\\.)*)"/gs)].map((m) => unescapeRust(m[1]));

function between(src, start, end, what) {
  const a = src.indexOf(start);
  const b = a < 0 ? -1 : src.indexOf(end, a + start.length);
  if (a < 0 || b < 0) throw new Error(`audit.mjs: ${what} not found (looked for ${JSON.stringify(start)})`);
  return src.slice(a + start.length, b);
}

const injectionRs = read('tests/injection.rs');
/** The vectors of tests/injection.rs, as JavaScript strings. */
export const VECTORS = literals(between(injectionRs, 'pub const VECTORS: &[&str] = &[', '\n];', 'VECTORS'));
/** The letter of tests/injection.rs; `VECTOR` marks where a vector goes (twice: body and annex). */
export const LETTER = literals(between(injectionRs, 'const LETTER: &str = ', ';\n', 'LETTER'))[0];

// The code only: unit tests and doc comments (which show foreign markup on purpose) cut away.
const code = (src) =>
  src
    .split('#[cfg(test)]')[0]
    .split('\n')
    .filter((l) => !/^\s*\/\/[/!]/.test(l))
    .join('\n');
const renderRs = code(read('src/render/mod.rs'));
// The fragment's writers: render/mod.rs before render_page (whose <head> is not part of the
// widget), and the files with the parts of the fragment.
const fragmentRs = [
  between(renderRs, '', 'pub fn render_page', 'render_page'),
  ...rustFiles('src/render', ['mod.rs', 'audit.rs', 'html.rs']).map((f) => code(read(f))),
].join('\n');
const wasmRs = rustFiles('widget/src/web', []).map((f) => code(read(f))).join('\n');
/** Elements the Rust renderer writes (`TAGS`). */
export const RENDER_TAGS = literals(
  between(code(read('src/render/audit.rs')), 'const TAGS: &[&str] = &[', '];', 'TAGS'),
);

// Attribute names in the renderer's static markup (` name=\"` inside Rust string literals) and in
// its attribute writers; in widget/src/web/, the names given to set_attribute.
const renderAttrs = new Set([
  ...[...fragmentRs.matchAll(/ ([a-z][a-z-]*)=\\"/g)].map((m) => m[1]),
  ...[...fragmentRs.matchAll(/\.(?:attr|id_attr)\(\s*"([a-z][a-z-]*)"/g)].map((m) => m[1]),
]);
const wasmAttrs = new Set([...wasmRs.matchAll(/set_attribute\(\s*"([a-z][a-z-]*)"/g)].map((m) => m[1]));

/** The element's own wrappers (www/un-document.js) and the popover (widget/src/web/ctl.rs). */
const WRAPPER_TAGS = ['link', 'div', 'slot', 'strong', 'button'];
const WRAPPER_ATTRS = ['class', 'part', 'role', 'hidden', 'rel', 'href'];

export const ALLOWED = {
  tags: [...new Set([...RENDER_TAGS, ...WRAPPER_TAGS])].sort(),
  attrs: [...new Set([...renderAttrs, ...wasmAttrs, ...WRAPPER_ATTRS])].sort(),
};

if (VECTORS.length < 50) throw new Error(`audit.mjs: only ${VECTORS.length} vectors read from tests/injection.rs`);
if (!LETTER.includes('VECTOR')) throw new Error('audit.mjs: LETTER has no VECTOR placeholder');
for (const must of ['article', 'p', 'a', 'button']) {
  if (!ALLOWED.tags.includes(must)) throw new Error(`audit.mjs: <${must}> missing from the derived tags`);
}
for (const must of ['class', 'id', 'href', 'data-state', 'aria-pressed', 'tabindex']) {
  if (!ALLOWED.attrs.includes(must)) throw new Error(`audit.mjs: ${must} missing from the derived attributes`);
}

/**
 * In the page: every problem in `host`'s shadow root — an element, attribute, link, comment or
 * style that the code above does not write. Self-contained (serialized into the page); call as
 * `locator.evaluate(auditShadow, ALLOWED)`.
 */
export function auditShadow(host, allowed) {
  const problems = [];
  const root = host.shadowRoot;
  if (!root) return ['no shadow root'];
  const HTML = 'http://www.w3.org/1999/xhtml';
  const say = (el, what) => problems.push(`${what} on <${el.localName} class="${el.getAttribute('class') ?? ''}">`);
  for (const el of root.querySelectorAll('*')) {
    if (!allowed.tags.includes(el.localName)) say(el, `element <${el.localName}>`);
    if (el.namespaceURI !== HTML) say(el, `namespace ${el.namespaceURI}`);
    if (el.shadowRoot) say(el, 'nested shadow root');
    for (const a of el.attributes) {
      const n = a.name;
      const ok =
        allowed.attrs.includes(n) ||
        (n === 'style' && el.classList.contains('undoc-popover')) ||
        (n === 'open' && el.localName === 'details');
      if (!ok) say(el, `attribute ${n}="${a.value.slice(0, 60)}"`);
      if (n === 'href' && !/^(#|https?:\/\/)/.test(a.value)) say(el, `href ${a.value.slice(0, 80)}`);
      if (n === 'style' && !/^(\s*--undoc-pop-(?:x|y|room|space):\s*-?[\d.]+px;)*\s*$/.test(a.value)) say(el, `style ${a.value}`);
    }
    if ((el.localName === 'a' || el.localName === 'link') && el.hasAttribute('href')) {
      const protocol = new URL(el.href).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') say(el, `link to ${protocol}`);
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION);
  while (walker.nextNode()) problems.push(`comment or processing instruction: ${walker.currentNode.nodeValue.slice(0, 60)}`);
  return problems;
}

/**
 * An init script: `window.__canary = 0`, every `securitypolicyviolation` recorded (listened for
 * on the document, capturing, before any other script runs).
 */
export function installCanary() {
  window.__canary = 0;
  window.__violations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      window.__violations.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: e.sourceFile,
        sample: e.sample,
      }),
    true,
  );
}
