/**
 * undoc, the library: the parser module (`parse`, `renderHtml`, `renderElement`, `prepare`) and the interaction
 * module (`hydrate`, and `mount`, which joins the two). Two WebAssembly modules, so that a page
 * of pre-rendered documents loads only the small one.
 *
 *   import init, { mount } from 'undoc';       // both modules
 *   await init();
 *   const handle = mount(container, text, { signatories: ['RUS'] });
 *
 *   import { initWidget, hydrate } from 'undoc'; // pre-rendered markup: the interaction only
 *   await initWidget();
 *   hydrate(container, data, { syncHash: true });
 */
import initCore, { initSync, maxInputBytes, parse, prepare, renderElement, renderHtml } from './undoc.js';
import initWidgetModule, { hydrate, initSync as initWidgetSync, mount as mountPieces } from './widget.js';

export { hydrate, initSync, initWidgetSync, maxInputBytes, parse, prepare, renderElement, renderHtml };

/** Loads the interaction module (what `hydrate` needs); `module_or_path` as wasm-bindgen's. */
export function initWidget(options) {
  return initWidgetModule(options);
}

/** Loads both modules: `core` and `widget` are wasm-bindgen's init options of each. */
export default async function init(options = {}) {
  const [core] = await Promise.all([initCore(options.core), initWidgetModule(options.widget)]);
  return core;
}

/** A document mounted by `mount`: the interaction module's handle and the parsed Document. */
class Mounted {
  #handle;
  #prepared;
  constructor(handle, prepared) {
    this.#handle = handle;
    this.#prepared = prepared;
  }
  selectSignatories(codes) {
    this.#handle.selectSignatories(codes);
  }
  openNote(n) {
    return this.#handle.openNote(n);
  }
  closeNote() {
    this.#handle.closeNote();
  }
  selected() {
    return this.#handle.selected();
  }
  openNoteNumber() {
    return this.#handle.openNoteNumber();
  }
  rendered() {
    return this.#handle.rendered();
  }
  /** The Document shown (a plain object, as `parse` returns it). */
  document() {
    return this.#prepared.document();
  }
  unmount() {
    this.#handle.unmount();
  }
  free() {
    this.#handle.free();
    this.#prepared.free();
  }
}

/** Parses `text`, renders it into `container` and makes it interactive (after `init()`). */
export function mount(container, text, options) {
  const prepared = prepare(text, options);
  try {
    return new Mounted(mountPieces(container, prepared.tasks(), prepared.data(), options), prepared);
  } catch (e) {
    prepared.free();
    throw e;
  }
}
