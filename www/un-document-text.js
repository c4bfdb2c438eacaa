// <un-document>'s text way: the text and the editorial notes fetched (or the element's own text
// read) and checked for the parser module. Imported by the element only for text to parse, so
// that pre-rendered documents never load it.
import { describeUrl, isTrap, LoadError, STALE, TIMEOUT } from './errors.js';
import { decodeUtf8, fetchOk, NOTES_LIMIT, readBytes, tooLarge, utf8Length, validNotes } from './load.js';

const FALLBACK_LIMIT = 16 * 1024 * 1024;
// Past this many characters, reading the text and mounting it are two tasks, not one.
const LONG_TEXT = 1 << 20;

// The element's own text, dedented (markup indentation must not hide the "%%%" header line).
function ownText(el) {
  const lines = el.textContent.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut).trimEnd()).join('\n');
}

async function fetchText(src, signal, coreP) {
  const res = await fetchOk(src, signal, 'the document');
  const type = (res.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
  if (!type.startsWith('text/')) {
    res.body?.cancel().catch(() => {});
    throw new LoadError(`not a text file: ${describeUrl(src)} is ${type || 'of unknown type'}`);
  }
  // The limit is the module's; read no further than it (or the documented 16 MiB until known).
  const api = await Promise.race([coreP, Promise.resolve(null)]);
  const bytes = await readBytes(res, api ? api.maxInputBytes() : FALLBACK_LIMIT, signal);
  return decodeUtf8(bytes);
}

async function fetchNotes(url, signal) {
  const res = await fetchOk(url, signal, 'notes');
  // Streamed like the text, and refused past NOTES_LIMIT: an endless response stops there.
  const raw = decodeUtf8(await readBytes(res, NOTES_LIMIT, signal));
  let value;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new LoadError(`malformed JSON in ${describeUrl(url)}: ${e.message}`);
  }
  const problem = validNotes(value);
  if (problem) throw new LoadError(`malformed notes in ${describeUrl(url)}: ${problem}`);
  return value;
}

/**
 * Everything the parser module needs, loaded side by side with both modules and the stylesheet,
 * then the text prepared by the parser module (`prepare`, its pieces and widget data), once more
 * on a fresh instance of `core` after a trap: `{ w, text, notes, notice, tasks, data }`, or a
 * rejection (LoadError, TIMEOUT, STALE). `stale()` says the element has moved on; a failure or
 * timeout of the notes is only a `notice`. `keep(prepared)` hands the element the parser's
 * `Prepared` (its `document`); `idPrefix()` is the element's.
 */
export async function loadText(el, { src, notesUrl, signal, timeout, timedOut, timer, modules, stale, core, idPrefix, keep }) {
  const [coreP, widgetP, cssP] = modules;
  const textP = src ? fetchText(src, signal, coreP) : Promise.resolve(ownText(el));
  let notice = null;
  const notesP = notesUrl
    ? fetchNotes(notesUrl, signal).catch((e) => {
        if (e === STALE) throw e;
        const why = e === TIMEOUT ? `timed out after ${timeout} ms` : e?.message ?? String(e);
        notice = `Editorial notes not loaded (${why}); showing the document without them.`;
        return null;
      })
    : Promise.resolve(null);
  notesP.catch(() => {}); // still pending if the text fails first
  const [c, w, text] = await Promise.race([Promise.all([coreP, widgetP, textP, cssP]), timedOut]);
  // Notes are optional: a failure or timeout there (the timer still runs) is only a notice.
  const notes = await notesP;
  clearTimeout(timer);
  if (stale()) throw STALE;

  const limit = c.maxInputBytes();
  // A UTF-16 unit is at most 3 bytes of UTF-8: most texts are under the limit uncounted.
  if (text.length * 3 > limit) {
    const size = utf8Length(text);
    if (size > limit) throw tooLarge(size, limit);
  }
  // A long text was just read, copied and decoded: the first screen gets a task of its own.
  if (text.length > LONG_TEXT) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (stale()) throw STALE;
  }
  // Each widget its own entry in the URL: the id, else the element's own prefix.
  const options = { idPrefix: idPrefix() };
  if (notes) options.notes = notes;
  // Everything of the parser module's is taken here, so that a trap in it is its own.
  let tasks;
  let data;
  const take = (parser) => {
    const prepared = parser.prepare(text, options);
    keep(prepared);
    tasks = prepared.tasks();
    data = prepared.data();
  };
  try {
    take(c);
  } catch (e) {
    if (!isTrap(e)) throw e;
    keep(null);
    const fresh = await core.reinstantiate(c); // one retry on a fresh instance
    if (stale()) throw STALE;
    take(fresh);
  }
  return { w, text, notes, notice, tasks, data };
}
