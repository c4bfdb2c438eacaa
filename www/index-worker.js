// <un-collection>'s reader of dropped files, off the main thread: each text parsed by the parser
// module (undoc_bg.wasm) into its Document, which the explorer module makes an index entry of.
// Messages in: {files} (File objects); out: {docs, names, sizes, texts, errors, trapped}.
import init, { parse } from './undoc.js';

const ready = init({ module_or_path: new URL('./undoc_bg.wasm', import.meta.url) });

self.onmessage = async ({ data: { files } }) => {
  const out = { docs: [], names: [], sizes: [], texts: [], errors: [], trapped: false };
  try {
    await ready;
  } catch (e) {
    out.errors = files.map((f) => ({ file: f.name, message: `the parser could not load: ${e.message ?? e}` }));
    self.postMessage(out);
    return;
  }
  for (const f of files) {
    const name = f.webkitRelativePath || f.name;
    if (out.trapped) {
      out.errors.push({ file: name, message: 'not read: the parser stopped on an earlier file' });
      continue;
    }
    try {
      const text = await f.text();
      out.docs.push(parse(text));
      out.names.push(name);
      out.sizes.push(f.size);
      out.texts.push(text);
    } catch (e) {
      // A trap leaves the instance unusable: the element starts a fresh worker for what is left.
      if (e instanceof WebAssembly.RuntimeError) out.trapped = true;
      out.errors.push({ file: name, message: String(e?.message ?? e) });
    }
  }
  self.postMessage(out);
};
