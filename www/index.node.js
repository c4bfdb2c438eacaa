/**
 * undoc in Node: the library of index.js with both modules loaded from their files at import,
 * so `renderHtml` works without an init call, and `await init()` (which finds them loaded)
 * resolves without fetching anything. Chosen by the "node" export condition.
 */
import { readFileSync } from 'node:fs';
import { initSync } from './undoc.js';
import { initSync as initWidgetSync } from './widget.js';

initSync({ module: readFileSync(new URL('./undoc_bg.wasm', import.meta.url)) });
initWidgetSync({ module: readFileSync(new URL('./widget_bg.wasm', import.meta.url)) });

export * from './index.js';
export { default } from './index.js';
