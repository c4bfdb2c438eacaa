// The WebAssembly binary format's integers and sections, shared by the package's module passes
// (short-imports.mjs, dead-table.mjs, panic-text.mjs).

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
export function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** Reads a signed LEB128 at `at`: [value, next offset]. */
export function sleb(bytes, at) {
  let value = 0;
  let shift = 0;
  let b;
  do {
    b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b >= 0x80);
  if (b & 0x40) value -= 2 ** shift;
  return [value, at];
}

/** Writes `n` as an unsigned LEB128: its bytes. */
export function uleb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

/** The module's sections: {id, start (its id byte), body, end}. */
export function sections(bytes) {
  const out = [];
  for (let at = 8; at < bytes.length; ) {
    const [size, body] = leb(bytes, at + 1);
    out.push({ id: bytes[at], start: at, body, end: body + size });
    at = body + size;
  }
  return out;
}
