/**
 * <un-collection>: a collection of United Nations documents explored in the browser — facets by
 * signatory State (and by group, with each group's members as of each document's date),
 * organization, subject, session, kind and year; full-text search; who signs with whom; each
 * document opened in <un-document> beside the list.
 *
 *   <script type="module" src="./un-collection.js"></script>   (or: import 'undoc/collection')
 *   <un-collection src="collection.json" sync-url>
 *     <a href="collection.json">The collection's index</a>: shown until the explorer is ready.
 *   </un-collection>
 *
 * The index comes from `undoc index DIR… --out collection.json`; each entry's `file` is its text's
 * URL relative to the index. Readers may also drop or pick .txt files (or a folder): a Web Worker
 * parses them with the parser module (index-worker.js) and they join the collection.
 *
 * Attributes
 *   src        URL of collection.json. Without it the explorer starts empty, for dropped files.
 *   sync-url   keep the whole view (filters, search, open document, its selected States and open
 *              note) in the page's URL query, so that a view can be shared; back and forward work.
 *   ready      set by the element once the explorer is interactive (read-only).
 * Properties: `ready` (Promise), `count` (documents listed), `total`, `query` (the view as a URL
 *   query), `setQuery(q)`, `addFiles(files)`, `lastUpdateMs` (the last update's duration).
 * Events: undoc-collectionready {total}; the open document's own events bubble out too.
 *
 * The interaction is Rust (explorer_bg.wasm, web-sys); this file only loads what it shows.
 * Strict CSP friendly: needs `script-src 'self' 'wasm-unsafe-eval'` (workers: 'self').
 */
import init, { CollectionView } from './explorer.js';
import './un-document.js';
import { describeUrl, fetchOk, LoadError, readBytes, decodeUtf8 } from './load.js';

const CSS_URL = new URL('./un-collection.css', import.meta.url);
const WORKER_URL = new URL('./index-worker.js', import.meta.url);
const INDEX_LIMIT = 256 * 1024 * 1024;
const TEXT_LIMIT = 16 * 1024 * 1024;
// Files handed to the worker per message, and texts fetched at once for the search.
const BATCH = 25;
const FETCHES = 6;

let module = null;
const loadModule = () => (module ??= init({ module_or_path: new URL('./explorer_bg.wasm', import.meta.url) }));

export class UnCollectionElement extends HTMLElement {
  static observedAttributes = ['src'];

  /** Defines the element under `tag` unless that name is taken. */
  static define(tag = 'un-collection', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  #view = null;
  #abort = null;
  #worker = null;
  #bodies = null;
  #resolve = null;

  constructor() {
    super();
    this.ready = new Promise((r) => (this.#resolve = r));
  }

  connectedCallback() {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
    this.#load();
  }

  disconnectedCallback() {
    this.#stop();
  }

  attributeChangedCallback(name, before, after) {
    if (this.isConnected && before !== after) this.#load();
  }

  #stop() {
    this.#abort?.abort();
    this.#worker?.terminate();
    this.#worker = null;
    this.#view?.free();
    this.#view = null;
    this.#bodies = null;
  }

  async #load() {
    this.#stop();
    this.removeAttribute('ready');
    const abort = (this.#abort = new AbortController());
    const src = this.getAttribute('src');
    const base = src ? new URL(src, document.baseURI).href : document.baseURI;
    try {
      let text = '';
      if (src) {
        const res = await fetchOk(src, abort.signal, 'the collection index');
        text = decodeUtf8(await readBytes(res, INDEX_LIMIT, abort.signal));
      }
      await loadModule();
      if (abort.signal.aborted) return;
      this.#view = new CollectionView(this.shadowRoot, text, {
        base,
        css: CSS_URL.href,
        syncUrl: this.hasAttribute('sync-url'),
        // Called from inside the view's own handlers: run after them, not within them.
        hooks: {
          addFiles: (files) => {
            const list = Array.from(files); // before the input is cleared
            queueMicrotask(() => this.addFiles(list));
          },
          wantBodies: () => queueMicrotask(() => this.#fetchBodies()),
        },
      });
      this.setAttribute('ready', '');
      performance.mark('undoc:collection-ready');
      this.dispatchEvent(new CustomEvent('undoc-collectionready', { detail: { total: this.total }, bubbles: true }));
    } catch (e) {
      if (abort.signal.aborted) return;
      const message = e instanceof LoadError || e instanceof Error ? e.message : String(e);
      this.shadowRoot.innerHTML = '<p role="alert" part="error"></p><slot></slot>';
      this.shadowRoot.firstChild.textContent = `The collection could not be shown: ${message} (${describeUrl(src ?? '')}).`;
    } finally {
      this.#resolve?.();
    }
  }

  /** Texts of the listed documents, fetched a few at a time, for the full-text search. */
  async #fetchBodies() {
    const view = this.#view;
    if (!view || this.#bodies) return;
    const signal = this.#abort.signal;
    const queue = view.missingBodies();
    this.#bodies = queue;
    let docs = [];
    let texts = [];
    let failed = 0;
    const flush = () => {
      if (docs.length && this.#view === view) view.addBodies(Uint32Array.from(docs), texts);
      docs = [];
      texts = [];
    };
    const next = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        try {
          const res = await fetchOk(item[1], signal, 'a text');
          const text = decodeUtf8(await readBytes(res, TEXT_LIMIT, signal));
          docs.push(item[0]);
          texts.push(text);
        } catch (e) {
          if (signal.aborted) return;
          failed += 1;
          if (failed <= 5) console.warn(`undoc: ${describeUrl(item[1])}: ${e.message}`);
        }
        if (docs.length >= 50) flush();
      }
    };
    await Promise.all(Array.from({ length: FETCHES }, next));
    flush();
    if (this.#view === view) view.bodiesDone(failed);
  }

  /** Reads `files` (.txt) in a Web Worker and adds them to the collection. */
  addFiles(files) {
    const view = this.#view;
    if (!view) return Promise.resolve();
    const list = Array.from(files).filter((f) => /\.txt$/i.test(f.name) || f.type.startsWith('text/'));
    const total = list.length;
    let done = 0;
    let errors = 0;
    view.progress(0, total, 0);
    const batches = [];
    for (let i = 0; i < list.length; i += BATCH) batches.push(list.slice(i, i + BATCH));
    return new Promise((resolve) => {
      const start = () => {
        this.#worker?.terminate();
        this.#worker = new Worker(WORKER_URL, { type: 'module' });
        this.#worker.onmessage = ({ data }) => {
          if (this.#view !== view) return resolve();
          done += data.docs.length + data.errors.length;
          errors += data.errors.length;
          if (data.docs.length) view.addDocuments(data.docs, data.names, Uint32Array.from(data.sizes), data.texts);
          for (const e of data.errors) console.warn(`undoc: ${e.file}: ${e.message}`);
          view.progress(done, total, errors);
          if (data.trapped) start();
          send();
        };
        this.#worker.onerror = (e) => {
          errors += total - done;
          view.progress(total, total, errors);
          console.warn(`undoc: the worker failed: ${e.message}`);
          resolve();
        };
      };
      const send = () => {
        const batch = batches.shift();
        if (batch) this.#worker.postMessage({ files: batch });
        else resolve();
      };
      start();
      send();
    });
  }

  get count() {
    return this.#view?.count ?? 0;
  }

  get total() {
    return this.#view?.total ?? 0;
  }

  get query() {
    return this.#view?.query ?? '';
  }

  get lastUpdateMs() {
    return this.#view?.lastUpdateMs ?? 0;
  }

  setQuery(q) {
    this.#view?.setQuery(String(q));
  }
}

UnCollectionElement.define();
