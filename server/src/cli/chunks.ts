// A long output made of many small pieces (the JSON of 10,000 reports), written in chunks of about a megabyte: as
// UTF-8 bytes when the output takes bytes, each piece encoded straight into the chunk's buffer (joining the pieces
// into one string first and encoding that costs a flattening and a copy more), else as joined strings.
const CHUNK = 1 << 20;

/** The pieces joined into strings of about `size` characters. */
export function* joinedChunks(pieces: Iterable<string>, size = CHUNK): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const p of pieces) {
    parts.push(p);
    length += p.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

/** The pieces as UTF-8, in buffers of about `size` bytes; each buffer yielded is new (never written again). */
export function* utf8Chunks(pieces: Iterable<string>, size = CHUNK): Generator<Uint8Array> {
  let buf = Buffer.allocUnsafe(size);
  let at = 0;
  for (const p of pieces) {
    // One UTF-16 unit takes at most three bytes of UTF-8.
    if (at + p.length * 3 > buf.length) {
      if (at > 0) yield buf.subarray(0, at);
      buf = Buffer.allocUnsafe(Math.max(size, p.length * 3));
      at = 0;
    }
    at += buf.write(p, at);
  }
  if (at > 0) yield buf.subarray(0, at);
}
