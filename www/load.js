// Loading what <un-document> shows: the text and the editorial notes, streamed, with limits and
// errors a reader can act on. Bundled into the element's text way (un-document-text.js) and the
// collection element by scripts/package.mjs.

import { describeUrl, LoadError } from './errors.js';

export { describeUrl, LoadError, STALE, TIMEOUT } from './errors.js';

function mib(bytes) {
  const m = bytes / (1024 * 1024);
  return `${Number.isInteger(m) ? m : m.toFixed(1)} MiB`;
}

// Schemes fetch() can load. Anything else (javascript:, vbscript:, mailto:…) is refused before
// fetching: fetch() could never load it, and under a CSP the attempt is a connect-src violation
// reported to the page's report-uri.
const FETCHABLE = new Set(['http:', 'https:', 'data:', 'blob:']);

export async function fetchOk(url, signal, what) {
  let res;
  try {
    const target = new URL(url, document.baseURI);
    if (!FETCHABLE.has(target.protocol)) {
      throw new LoadError(`cannot load ${what} from a ${target.protocol} URL (${describeUrl(url)})`);
    }
    res = await fetch(target, { signal, credentials: 'same-origin' });
  } catch (e) {
    if (e instanceof LoadError) throw e;
    if (signal.aborted) throw signal.reason;
    throw new LoadError(`network failure loading ${what} ${describeUrl(url)}`, { cause: e });
  }
  if (!res.ok) {
    const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    throw new LoadError(`${status} loading ${what} ${describeUrl(url)}`);
  }
  return res;
}

// Reads at most `limit + 1` bytes, so an endless or huge body is refused early.
export async function readBytes(res, limit, signal) {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(declared, limit);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > limit) {
        reader.cancel().catch(() => {});
        throw tooLarge(length, limit, true);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (signal.aborted) throw signal.reason;
    if (e instanceof LoadError) throw e;
    throw new LoadError('network failure while reading the document', { cause: e });
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

export function tooLarge(bytes, limit, atLeast = false) {
  const n = (x) => x.toLocaleString('en');
  return new LoadError(
    `too large: ${atLeast ? 'over ' : ''}${n(bytes)} bytes, the limit is ${mib(limit)} (${n(limit)} bytes)`,
  );
}

export function decodeUtf8(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LoadError('not a text file: the content is not valid UTF-8');
  }
}

export function utf8Length(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// Editorial notes: the response, how many, and how long each text, anchor and link may be.
export const NOTES_LIMIT = 1024 * 1024;
const NOTES_MOST = 1000;
const NOTE_TEXT_MOST = 4000;
const NOTE_LINKS_MOST = 10;
const LINK_MOST = 2048;

// Own properties only (JSON.parse makes them; a polluted prototype adds none).
const own = (o, k) => (Object.hasOwn(o, k) ? o[k] : undefined);

export function validNotes(value) {
  if (!Array.isArray(value)) return 'not a JSON array';
  if (value.length > NOTES_MOST) return `${value.length} notes, the most is ${NOTES_MOST}`;
  for (const [i, n] of value.entries()) {
    const at = `note ${i + 1}`;
    if (!n || typeof n !== 'object' || Array.isArray(n)) return `${at} is not an object`;
    const anchor = own(n, 'anchor');
    const text = own(n, 'text');
    const occurrence = own(n, 'occurrence');
    const links = own(n, 'links');
    if (typeof anchor !== 'string' || !anchor) return `${at} has no "anchor" string`;
    if (typeof text !== 'string') return `${at} has no "text" string`;
    if (anchor.length > NOTE_TEXT_MOST || text.length > NOTE_TEXT_MOST)
      return `${at}: "anchor" and "text" may have ${NOTE_TEXT_MOST} characters at most`;
    if (occurrence != null && !(Number.isInteger(occurrence) && occurrence >= 1))
      return `${at}: "occurrence" must be a whole number from 1`;
    if (links != null) {
      if (!Array.isArray(links)) return `${at}: "links" must be an array`;
      if (links.length > NOTE_LINKS_MOST) return `${at}: ${NOTE_LINKS_MOST} links at most`;
      for (const l of links)
        if (!l || typeof own(l, 'href') !== 'string' || typeof own(l, 'label') !== 'string')
          return `${at}: each link needs "href" and "label" strings`;
        else if (l.href.length > LINK_MOST || l.label.length > NOTE_TEXT_MOST)
          return `${at}: a link's "href" (${LINK_MOST}) or "label" (${NOTE_TEXT_MOST}) is too long`;
    }
  }
  return null;
}
