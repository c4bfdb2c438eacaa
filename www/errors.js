// The element's errors. The element and its text loader ship as two files, each with a copy of
// this module: errors are told by `name` and the two signals are registered symbols, so that
// either copy's are recognised by the other.

export class LoadError extends Error {
  constructor(message, { fatal = true, cause } = {}) {
    super(message, cause ? { cause } : undefined);
    this.name = 'LoadError';
    this.fatal = fatal;
  }
}
export const TIMEOUT = Symbol.for('undoc.timeout');
export const STALE = Symbol.for('undoc.stale');
export const isLoadError = (e) => e?.name === 'LoadError';
/** A WebAssembly trap: the instance that raised it is broken. */
export const isTrap = (e) => typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError;

export function describeUrl(url) {
  try {
    const u = new URL(url, document.baseURI);
    return u.origin === location.origin ? u.pathname + u.search : u.href;
  } catch {
    return String(url);
  }
}
