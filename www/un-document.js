/**
 * <un-document>: a United Nations document, parsed by undoc (Rust compiled to WebAssembly) and
 * shown as a structured, interactive document.
 *
 *   <script type="module" src="./un-document.js"></script>   (or: import 'undoc/element')
 *   <un-document src="letter.txt" notes="letter.notes.json" signatories="RUS" sync-hash>
 *     The plain text, or a link to it: shown until the document is ready, and if it fails.
 *   </un-document>
 *
 * Or pre-rendered (`undoc render --element`, `renderElement` in Node): the element holds the
 * article and its widget data, shows the article at once and wakes it up with the interaction
 * module alone (its build without `mount`, hydrate_bg.wasm); the parser module is never fetched.
 *
 * Attributes
 *   src          URL of the plain text (text/*, UTF-8). Without it the element's own text is used.
 *   notes        URL of editorial notes: JSON array of {anchor, occurrence?, text, links?}.
 *   signatories  ISO 3166 alpha-3 codes to preselect, separated by commas or spaces.
 *   sync-hash    keep the selection and the open note in location.hash (key: the element's id,
 *                else its own "undoc-N", or a pre-rendered document's id prefix); a link to that
 *                hash restores them.
 *   timeout      milliseconds allowed for loading (default 15000).
 *   theme        "dark" or "light" to override prefers-color-scheme (CSS only).
 *   ready        set by the element once the document is interactive (read-only).
 * Properties: `ready` (Promise, settles when the current load ends), `document` (the parsed
 *   Document, see the README's JSON contract, or null; null for pre-rendered markup), `text` (the source text; assigning a
 *   string replaces the element's text and drops `src`), `selectSignatories(codes)`,
 *   `openNote(n)` (returns whether that note exists).
 * Events come from the document itself and bubble out of the shadow root (composed):
 *   undoc-signatorychange {selected}, undoc-noteopen {number, kind, text}, undoc-noteclose {number}.
 *
 * Defining: importing this module defines <un-document> unless that name is already taken (by an
 * earlier copy of this module or anything else): importing it twice is harmless and never throws.
 * To use another name, or a scoped registry, call `UnDocumentElement.define(tag, registry)`.
 * Nothing else happens at import time: each WebAssembly module is fetched once per page, when the
 * first element that needs it connects (the interaction module for every element, the parser for
 * text to parse).
 *
 * Strict CSP friendly: no inline styles, no <style> element (the stylesheet is ./undoc.css, loaded
 * by a <link>); needs `script-src 'self' 'wasm-unsafe-eval'`.
 */
import { describeUrl, isLoadError, isTrap, LoadError, STALE, TIMEOUT } from './errors.js';

const CSS_URL = new URL('./undoc.css', import.meta.url);
const DEFAULT_TIMEOUT = 15000;

/* ---- The two WebAssembly modules: each loaded once per page, re-instantiated after a trap ----- */

// The module compiled: streamed, or where that fails (a server that sends another MIME type, no
// `compileStreaming`) from its bytes. The glue then only instantiates it (hydrate.js has no
// fetching of its own: scripts/package.mjs).
async function compile(url) {
  try {
    return await WebAssembly.compileStreaming(fetch(url));
  } catch {}
  const res = await fetch(url);
  if (!res.ok) throw new Error(`failed to fetch Wasm: ${res.status} ${res.statusText} fetching '${res.url}'`);
  return WebAssembly.compile(await res.arrayBuffer());
}

// wasm-bindgen's glue keeps one instance per module record, so a fresh instance needs a fresh copy
// of the glue: the same file under another URL. (Inside a bundle the glue is not a file of its
// own; the retry then fails and the element reports the original error.)
function wasmModule(first, glue, wasmUrl) {
  let loading = null; // Promise<glue exports> for the current instance
  let instances = 0; // how many fresh instances were made after traps
  const load = () => {
    if (!loading) {
      const fresh = () => {
        const url = new URL(glue, import.meta.url);
        url.searchParams.set('instance', String(instances));
        return import(/* @vite-ignore */ url.href);
      };
      // The module compiles off the main thread while its glue is imported: the glue's import
      // resolves only once the page's own parsing and layout let it.
      const compiled = compile(wasmUrl);
      compiled.catch(() => {}); // its failure is the load's, once the glue is imported
      loading = (instances === 0 ? first() : fresh()).then(async (g) => {
        await g.default({ module_or_path: await compiled });
        return g;
      });
      // A load that failed (offline, 404) may be tried again by the next render.
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  };
  const reinstantiate = async (broken) => {
    const current = loading && (await loading.catch(() => null));
    if (current === broken || current === null) {
      instances += 1;
      loading = null;
    }
    return load();
  };
  return { load, reinstantiate };
}

// The parser is fetched only for text to parse, with the whole interaction module (`mount`);
// pre-rendered documents need only its build without `mount` (hydrate_bg.wasm).
// The .wasm URLs are written out whole so that bundlers (Vite) see and emit the files.
const core = wasmModule(() => import('./undoc.js'), './undoc.js', new URL('./undoc_bg.wasm', import.meta.url));
const widget = wasmModule(() => import('./widget.js'), './widget.js', new URL('./widget_bg.wasm', import.meta.url));
const waker = wasmModule(() => import('./hydrate.js'), './hydrate.js', new URL('./hydrate_bg.wasm', import.meta.url));


function signatoryCodes(value) {
  return (value || '')
    .split(/[\s,;]+/)
    .map((s) => s.trim().toUpperCase())
    .filter((s) => /^[A-Z]{3}$/.test(s));
}

// Markup `undoc render --element` wrote inside the element: its article and widget data.
// The article alone makes it pre-rendered: without its data (a sanitizer may strip the
// script) it is shown as it is, never parsed again as text.
// With `--shadow-css` the article is already in the element's shadow root (declarative shadow
// DOM), laid out by the browser's parser: `adopted` is it, and it is woken up where it stands.
function preRendered(el, adopted) {
  const article = el.querySelector(':scope > article.undoc') ?? adopted;
  const data = el.querySelector(':scope > script.undoc-data');
  return article ? { article, data } : null;
}

function safeId(value) {
  return value.replace(/[^A-Za-z0-9_-]/g, '_');
}

/* ---- The element ----------------------------------------------------------------------------- */

const Base = globalThis.HTMLElement ?? class {};
let counter = 0;

export class UnDocumentElement extends Base {
  static observedAttributes = ['src', 'notes', 'signatories', 'sync-hash'];

  /** Registers the element as `tag` (default "un-document") in `registry`; idempotent. */
  static define(tag = 'un-document', registry = globalThis.customElements) {
    if (!registry || registry.get(tag)) return this;
    try {
      registry.define(tag, this);
    } catch (e) {
      // This constructor already has another name in this registry: register a subclass.
      if (e?.name !== 'NotSupportedError') throw e;
      registry.define(tag, class extends this {});
    }
    return this;
  }

  #root;
  #status;
  #error;
  #notice;
  #mountPoint;
  #fallback;
  #cssReady;
  #observer;
  #handle = null;
  #widget = null; // the interaction module's glue the handle belongs to
  #widgetModule = widget; // and which of the two builds it is
  #prepared = null; // the parser module's Prepared: the Document, for `document`
  #shown = null; // the pre-rendered article and data shown, if any
  #adopted = null; // the article of a declarative shadow root, while it is the one shown
  #pristine = null; // a copy of it as the page delivered it
  #adoptedUsed = false; // woken up once: later loads start from the copy
  #text = null;
  #notes = null;
  #doc = undefined;
  #prefix = null;
  #generation = 0;
  #queued = false;
  #abort = null;
  #ready;
  #settled = false;
  #resolve;
  #reject;

  constructor() {
    super();
    this.#newReady();
    // (`:scope` matches nothing in a shadow root's querySelector: its children are looked at.)
    const declared = [...(this.shadowRoot?.children ?? [])].find((c) => c.classList.contains('undoc-mount'));
    const adopted = declared?.querySelector(':scope > article.undoc') ?? null;
    this.#root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    let link = adopted && [...this.#root.children].find((c) => c.matches('link[rel="stylesheet"]'));
    if (adopted) {
      this.#adopted = adopted;
      this.#pristine = adopted.cloneNode(true); // for a fresh start after a trap
    } else {
      this.#root.replaceChildren();
    }
    if (!link) {
      link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = CSS_URL.href;
    }
    const sheet = link;
    this.#cssReady = sheet.sheet
      ? Promise.resolve()
      : new Promise((resolve) => {
          sheet.addEventListener('load', resolve, { once: true });
          sheet.addEventListener('error', resolve, { once: true }); // unstyled beats nothing
        });
    const div = (cls, part, attrs = {}) => {
      const d = document.createElement('div');
      d.className = cls;
      d.setAttribute('part', part);
      for (const [k, v] of Object.entries(attrs)) d.setAttribute(k, v);
      return d;
    };
    this.#status = div('undoc-state undoc-loading', 'status', { role: 'status' });
    this.#error = div('undoc-state undoc-error', 'error', { role: 'alert' });
    this.#notice = div('undoc-state undoc-notice', 'notice', { role: 'status' });
    this.#error.hidden = true;
    this.#notice.hidden = true;
    this.#mountPoint = adopted ? declared : div('undoc-mount', 'document');
    this.#fallback = div('undoc-fallback', 'fallback');
    this.#fallback.append(document.createElement('slot'));
    if (adopted) {
      this.#fallback.hidden = true;
      declared.before(this.#status, this.#error, this.#notice);
      declared.after(this.#fallback);
    } else {
      this.#root.append(link, this.#status, this.#error, this.#notice, this.#mountPoint, this.#fallback);
    }
    this.#observer = new MutationObserver(() => {
      if (this.hasAttribute('src')) return;
      // Pre-rendered and woken up: a change beside its article and data (an extension, a
      // translation tool) leaves the widget as it is.
      const pre = preRendered(this, this.#adopted);
      if (pre && this.#shown && pre.article === this.#shown.article && pre.data === this.#shown.data) return;
      this.#schedule();
    });
  }

  connectedCallback() {
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#schedule();
  }

  disconnectedCallback() {
    this.#observer.disconnect();
    this.#generation++;
    this.#abort?.abort(STALE);
    this.#unmount();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === 'signatories') {
      if (this.#handle) this.selectSignatories(signatoryCodes(newValue));
      return;
    }
    this.#schedule(); // src, notes, sync-hash: mount again
  }

  /** Settles when the current load ends: resolves once interactive, rejects with the error. */
  get ready() {
    return this.#ready;
  }

  /** The Document shown (plain object, see the JSON contract), or null before it is ready. */
  get document() {
    if (this.#doc !== undefined) return this.#doc;
    if (!this.#prepared) return null;
    try {
      this.#doc = this.#prepared.document() ?? null;
    } catch (e) {
      if (!isTrap(e)) throw e;
      // The parser's instance broke; the widget (the other module) is fine and stays.
      this.#prepared = null;
      core.reinstantiate(null).catch(() => {});
      return null;
    }
    return this.#doc;
  }

  /** The source text currently shown, or null. Assigning a string shows that text instead. */
  get text() {
    return this.#text;
  }
  set text(value) {
    this.removeAttribute('src');
    this.textContent = String(value ?? '');
  }

  /** Selects exactly these signatories (ISO3 codes); fires undoc-signatorychange. */
  selectSignatories(codes) {
    if (!this.#handle) return;
    try {
      this.#handle.selectSignatories(Array.from(codes ?? [], (c) => String(c).toUpperCase()));
    } catch (e) {
      if (!isTrap(e)) throw e;
      this.#recover(e);
    }
  }

  /** Opens note `n` (1-based) in its popover; false when there is no such note. */
  openNote(n) {
    if (!this.#handle) return false;
    try {
      // Whole note numbers only ("3" too): 2.9 or 2³²+2 is no note (the module would read 2).
      const k = typeof n === 'string' && n.trim() !== '' ? Number(n) : n;
      if (!Number.isInteger(k) || k < 1 || k > 0xffffffff) return false;
      return this.#handle.openNote(k);
    } catch (e) {
      if (!isTrap(e)) throw e;
      this.#recover(e);
      return false;
    }
  }

  /* -- internals -- */

  #newReady() {
    this.#settled = false;
    this.#ready = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.#ready.catch(() => {}); // failures are shown in the element; awaiting is optional
  }

  #settle(ok, value) {
    if (this.#settled) return;
    this.#settled = true;
    (ok ? this.#resolve : this.#reject)(value);
  }

  #schedule() {
    // Defined while the page is still parsed (an async script): content (not a `src`) is read
    // whole once parsing ends, the interaction module loading as soon as pre-rendered markup shows.
    const parsing = document.readyState === 'loading' && !this.hasAttribute('src');
    if (parsing && preRendered(this, this.#adopted)) waker.load();
    if (this.#queued) return;
    this.#queued = true;
    const run = () => {
      this.#queued = false;
      if (this.isConnected) this.#render();
    };
    if (parsing) document.addEventListener('DOMContentLoaded', run, { once: true });
    else queueMicrotask(run);
  }

  #idPrefix() {
    this.#prefix ??= this.id ? safeId(this.id) : `undoc-${++counter}`;
    return this.#prefix;
  }

  #unmount() {
    const handle = this.#handle;
    this.#handle = null;
    const prepared = this.#prepared;
    this.#prepared = null;
    try {
      prepared?.free();
    } catch {
      /* a trapped instance cannot free */
    }
    if (handle) {
      try {
        handle.unmount();
      } catch {
        /* a trapped instance cannot unmount; the container is emptied below */
      }
      try {
        handle.free();
      } catch {
        /* already freed */
      }
    }
    // The declared article stays until it has been woken up once.
    if (!this.#adopted || this.#adoptedUsed) this.#mountPoint.replaceChildren();
    this.removeAttribute('ready');
  }

  #showState({ loading = null, error = null, notice = null }) {
    this.#status.textContent = loading ?? '';
    this.#status.hidden = !loading;
    this.#error.hidden = !error;
    this.#error.replaceChildren();
    if (error) {
      const strong = document.createElement('strong');
      strong.textContent = 'This document could not be shown.';
      this.#error.append(strong, ` ${error}`);
    }
    this.#notice.hidden = !notice;
    this.#notice.textContent = notice ?? '';
  }

  async #render() {
    const generation = ++this.#generation;
    this.#abort?.abort(STALE);
    const abort = (this.#abort = new AbortController());
    if (this.#settled) this.#newReady();
    this.#unmount();
    this.#text = null;
    this.#notes = null;
    this.#doc = undefined;
    this.setAttribute('aria-busy', 'true');
    const src = this.getAttribute('src');
    const pre = src ? null : preRendered(this, this.#adopted);
    // Pre-rendered markup is shown in the shadow root at once, before the page's first layout
    // (this runs in a microtask after the element connects): laid out once, never moved.
    const shown = () => {
      // The declared article is shown where the parser put it: no copy, no second layout.
      if (pre.article !== this.#adopted || this.#adoptedUsed) {
        const copy = (pre.article === this.#adopted ? this.#pristine : pre.article).cloneNode(true);
        this.#mountPoint.replaceChildren(copy);
      }
      this.#adoptedUsed ||= pre.article === this.#adopted;
      this.#mountPoint.hidden = false;
      this.#fallback.hidden = true;
      this.#shown = pre;
    };
    this.#shown = null;
    if (pre) {
      shown();
      this.#showState({});
    } else {
      this.#fallback.hidden = false;
      this.#mountPoint.hidden = true;
      this.#showState({ loading: 'Loading document…' });
    }
    const notesUrl = this.getAttribute('notes');
    const ms = Number(this.getAttribute('timeout'));
    // setTimeout fires at once past 2³¹−1 ms: longer waits are that long.
    const timeout = Number.isFinite(ms) && ms > 0 ? Math.min(ms, 0x7fffffff) : DEFAULT_TIMEOUT;
    const timer = setTimeout(() => abort.abort(TIMEOUT), timeout);
    const timedOut = new Promise((_, reject) => {
      abort.signal.addEventListener('abort', () => reject(abort.signal.reason), { once: true });
    });
    timedOut.catch(() => {});
    const signal = abort.signal;

    let notice = null;
    try {
      let wake; // the interaction module's glue, and how to start the widget with it
      let start;
      const wakeModule = pre ? waker : widget; // which of its two builds
      const codes = signatoryCodes(this.getAttribute('signatories'));
      const widgetOptions = {};
      if (codes.length) widgetOptions.signatories = codes;
      if (this.hasAttribute('sync-hash')) widgetOptions.syncHash = true;
      if (pre) {
        // Pre-rendered: the markup and the widget data are in the page; no parser, no fetch.
        if (!pre.data) throw new LoadError('the pre-rendered document has no widget data (script.undoc-data)');
        const [w] = await Promise.race([Promise.all([wakeModule.load(), this.#cssReady]), timedOut]);
        clearTimeout(timer);
        if (generation !== this.#generation) return;
        let data;
        try {
          data = JSON.parse(pre.data.textContent);
        } catch (e) {
          throw new LoadError(`malformed widget data in the pre-rendered document: ${e.message}`);
        }
        widgetOptions.hashKey = this.id || String(data?.prefix ?? 'undoc');
        wake = w;
        let first = true; // the copy shown above; a retry after a trap starts from a fresh one
        start = (g) => {
          if (!first) shown();
          first = false;
          return g.hydrate(this.#mountPoint, data, widgetOptions);
        };
      } else {
        // The text way is a module of its own, fetched beside both WebAssembly modules.
        const modules = [core.load(), wakeModule.load(), this.#cssReady];
        const loaded = await Promise.race([
          import('./un-document-text.js').then((m) =>
            m.loadText(this, {
              src,
              notesUrl,
              signal,
              timeout,
              timedOut,
              timer,
              modules,
              stale: () => generation !== this.#generation,
              core,
              idPrefix: () => this.#idPrefix(),
              keep: (prepared) => (this.#prepared = prepared),
            }),
          ),
          timedOut,
        ]);
        notice = loaded.notice;
        this.#text = loaded.text;
        this.#notes = loaded.notes;
        // Each widget its own entry in the URL: the id, else the element's own prefix.
        widgetOptions.hashKey = this.id || this.#idPrefix();
        wake = loaded.w;
        start = (g) => g.mount(this.#mountPoint, loaded.tasks, loaded.data, widgetOptions);
      }
      this.#mountPoint.hidden = false;
      try {
        this.#handle = start(wake);
      } catch (e) {
        if (!isTrap(e)) throw e;
        wake = await wakeModule.reinstantiate(wake); // one retry on a fresh instance
        if (generation !== this.#generation) return;
        this.#mountPoint.replaceChildren();
        this.#handle = start(wake);
      }
      this.#widget = wake;
      this.#widgetModule = wakeModule;
      this.#fallback.hidden = true;
      this.#showState({ notice });
      // A long document arrives in pieces after its first screen: busy until the last.
      const id = widgetOptions.hashKey;
      performance.mark('undoc:first-screen', { detail: { id } });
      await this.#handle.rendered();
      if (generation !== this.#generation) return;
      this.removeAttribute('aria-busy');
      this.setAttribute('ready', '');
      performance.mark('undoc:interactive', { detail: { id } });
      this.#settle(true, this);
    } catch (e) {
      clearTimeout(timer);
      if (generation !== this.#generation || e === STALE) return;
      this.#unmount();
      // A pre-rendered document stays readable: only its interactive features are missing.
      const readable = Boolean(pre);
      if (readable) shown();
      this.#mountPoint.hidden = !readable;
      this.#fallback.hidden = readable;
      this.removeAttribute('aria-busy');
      const message =
        e === TIMEOUT
          ? `Timed out after ${timeout} ms${src ? ` loading ${describeUrl(src)}` : ''}.`
          : isLoadError(e)
            ? `${e.message[0].toUpperCase()}${e.message.slice(1)}.`
            : isTrap(e)
              ? `The undoc module crashed (${e.message}); reload the page to try again.`
              : e?.message
                ? `${e.message}`
                : String(e);
      if (readable) this.#showState({ notice: `Shown without its interactive features. ${message}` });
      else this.#showState({ error: message });
      this.#settle(false, e instanceof Error ? e : new LoadError(message));
    }
  }

  // A trap outside of mounting (a method call): re-instantiate, then mount again.
  #recover(error) {
    const broken = this.#widget;
    this.#unmount();
    this.#widgetModule.reinstantiate(broken).then(
      () => this.#schedule(),
      () => this.#showState({ error: `The undoc module crashed (${error.message}); reload the page.` }),
    );
  }
}

if (globalThis.customElements && !globalThis.customElements.get('un-document')) {
  UnDocumentElement.define();
}
