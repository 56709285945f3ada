// A JSON reader that knows where things are: the offset of a syntax error (JSON.parse no longer says) and
// where each element of the top-level "items" array starts, so a problem can name its line.

export type JsonRead =
  | { ok: true; value: unknown; itemOffsets: number[] }
  | { ok: false; offset: number; message: string };

const MAX_DEPTH = 256;

class JsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function readJson(text: string): JsonRead {
  return readWith(new JsonReader(text));
}

/**
 * Where each element of the top-level "items" array starts, or none when `readJson` would fail: the same reading,
 * every syntax check kept, but no object or array is built. It runs after JSON.parse has built the value, only to
 * name invalid items' lines, and a second tree of the whole store alive beside the first doubled what each young
 * collection copied: on a store of invalid items that was a step in the cost per byte at each size where the two
 * trees outgrew the young generation.
 */
export function itemOffsetsOf(text: string): number[] {
  const r = readWith(new JsonReader(text, false));
  return r.ok ? r.itemOffsets : [];
}

function readWith(r: JsonReader): JsonRead {
  const text = r.text;
  try {
    // A byte-order mark is not JSON, but editors write it.
    if (text.charCodeAt(0) === 0xfeff) r.i = 1;
    const v = r.value(0, false);
    r.ws();
    if (r.i < text.length) r.fail('unexpected text after the end');
    return { ok: true, value: v, itemOffsets: r.itemOffsets };
  } catch (e) {
    if (e instanceof JsonError) return { ok: false, offset: e.offset, message: e.message };
    throw e;
  }
}

/** A recursive-descent reader over one text: `i` is where it is, and where a syntax error is reported. */
class JsonReader {
  i = 0;
  /** Where each element of the top-level "items" array starts. */
  readonly itemOffsets: number[] = [];

  /** `build` false: read and check only, building no object or array (`itemOffsetsOf`). */
  constructor(
    readonly text: string,
    readonly build = true,
  ) {}

  fail(message: string): never {
    throw new JsonError(message, this.i);
  }

  ws(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.i++;
      else return;
    }
  }

  expect(s: string): void {
    if (!this.text.startsWith(s, this.i)) this.fail(`expected ${s}`);
    this.i += s.length;
  }

  value(depth: number, isItems: boolean): unknown {
    if (depth > MAX_DEPTH) this.fail('nested too deeply');
    this.ws();
    const c = this.text[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth, isItems);
    if (c === '"') return this.str();
    if (c === 't') return this.expect('true'), true;
    if (c === 'f') return this.expect('false'), false;
    if (c === 'n') return this.expect('null'), null;
    if (c === '-' || (c >= '0' && c <= '9')) return this.num();
    return this.fail(this.i >= this.text.length ? 'unexpected end of file' : `unexpected character ${JSON.stringify(c)}`);
  }

  object(depth: number): Record<string, unknown> | null {
    const text = this.text;
    this.i++;
    const obj: Record<string, unknown> | null = this.build ? {} : null;
    this.ws();
    if (text[this.i] === '}') {
      this.i++;
      return obj;
    }
    for (;;) {
      this.ws();
      if (text[this.i] !== '"') this.fail('expected a property name in double quotes');
      const key = this.str();
      this.ws();
      this.expect(':');
      const v = this.value(depth + 1, depth === 0 && key === 'items');
      // defineProperty: a "__proto__" key stays data instead of replacing the prototype.
      if (obj) Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
      this.ws();
      if (text[this.i] === ',') this.i++;
      else if (text[this.i] === '}') {
        this.i++;
        return obj;
      } else this.fail("expected ',' or '}'");
    }
  }

  /** An array; the elements of the top-level "items" array have their offsets noted. */
  array(depth: number, isItems: boolean): unknown[] {
    const text = this.text;
    this.i++;
    const arr: unknown[] = [];
    this.ws();
    if (text[this.i] === ']') {
      this.i++;
      return arr;
    }
    for (;;) {
      this.ws();
      if (isItems) this.itemOffsets.push(this.i);
      const v = this.value(depth + 1, false);
      if (this.build) arr.push(v);
      this.ws();
      if (text[this.i] === ',') this.i++;
      else if (text[this.i] === ']') {
        this.i++;
        return arr;
      } else this.fail("expected ',' or ']'");
    }
  }

  str(): string {
    const text = this.text;
    const start = this.i;
    this.i++;
    for (;;) {
      const c = text.charCodeAt(this.i);
      if (Number.isNaN(c)) this.fail('unterminated string');
      if (c === 34) break;
      if (c < 32) this.fail('control character in string');
      this.i += c === 92 ? 2 : 1;
    }
    this.i++;
    try {
      return JSON.parse(text.slice(start, this.i)) as string;
    } catch {
      this.i = start;
      return this.fail('invalid escape in string');
    }
  }

  num(): number {
    const text = this.text;
    const start = this.i;
    if (text[this.i] === '-') this.i++;
    this.digits();
    if (text[this.i] === '.') {
      this.i++;
      this.digits();
    }
    if (text[this.i] === 'e' || text[this.i] === 'E') {
      this.i++;
      if (text[this.i] === '+' || text[this.i] === '-') this.i++;
      this.digits();
    }
    return Number(text.slice(start, this.i));
  }

  digits(): void {
    const d = this.i;
    while (this.text.charCodeAt(this.i) >= 48 && this.text.charCodeAt(this.i) <= 57) this.i++;
    if (this.i === d) this.fail('expected a digit');
  }
}

export type JsonParse =
  | { ok: true; value: unknown; itemOffsets: () => number[] }
  | { ok: false; offset: number; message: string };

/**
 * Parses with the engine's JSON.parse (several times faster on a large store) when the nesting is within
 * bounds; the positions of items, needed only to name an invalid item's line, are found on demand, and a syntax
 * error's position by `readJson`. JSON.parse keeps a "__proto__" key as data, like `readJson`.
 */
export function parseJson(text: string): JsonParse {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (depthWithin(text, start, MAX_DEPTH)) {
    try {
      const value = JSON.parse(start ? text.slice(start) : text) as unknown;
      let offsets: number[] | undefined;
      return { ok: true, value, itemOffsets: () => (offsets ??= itemOffsetsOf(text)) };
    } catch {
      // not valid JSON: readJson says where
    }
  }
  const r = readJson(text);
  return r.ok ? { ok: true, value: r.value, itemOffsets: () => r.itemOffsets } : r;
}

/** True when no array or object is nested deeper than `max` (deeper ones would overflow the stack when written). */
function depthWithin(text: string, from: number, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return false;
    } else if (c === 93 || c === 125) depth--;
  }
  return true;
}

/** 1-based line and column of an offset. For many offsets in one text, use `lineLocator` (one pass, not one per offset). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineLocator(text)(offset);
}

/** Finds offsets' lines by binary search over the line starts, computed once. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return offset => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
