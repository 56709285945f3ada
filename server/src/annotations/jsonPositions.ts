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
  const itemOffsets: number[] = [];
  let i = 0;
  const fail = (message: string): never => {
    throw new JsonError(message, i);
  };
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  const expect = (s: string) => {
    if (!text.startsWith(s, i)) fail(`expected ${s}`);
    i += s.length;
  };
  const str = (): string => {
    const start = i;
    i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) fail('unterminated string');
      if (c === 34) break;
      if (c < 32) fail('control character in string');
      i += c === 92 ? 2 : 1;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('invalid escape in string');
    }
  };
  const num = (): number => {
    const start = i;
    if (text[i] === '-') i++;
    const digits = () => {
      const d = i;
      while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      if (i === d) fail('expected a digit');
    };
    digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
    return Number(text.slice(start, i));
  };
  const value = (depth: number, isItems: boolean): unknown => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        const key = str();
        ws();
        expect(':');
        const v = value(depth + 1, depth === 0 && key === 'items');
        // defineProperty: a "__proto__" key stays data instead of replacing the prototype.
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return obj;
        } else fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        ws();
        if (isItems) itemOffsets.push(i);
        arr.push(value(depth + 1, false));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return arr;
        } else fail("expected ',' or ']'");
      }
    }
    if (c === '"') return str();
    if (c === 't') return expect('true'), true;
    if (c === 'f') return expect('false'), false;
    if (c === 'n') return expect('null'), null;
    if (c === '-' || (c >= '0' && c <= '9')) return num();
    return fail(i >= text.length ? 'unexpected end of file' : `unexpected character ${JSON.stringify(c)}`);
  };
  try {
    // A byte-order mark is not JSON, but editors write it.
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    const v = value(0, false);
    ws();
    if (i < text.length) fail('unexpected text after the end');
    return { ok: true, value: v, itemOffsets };
  } catch (e) {
    if (e instanceof JsonError) return { ok: false, offset: e.offset, message: e.message };
    throw e;
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
      return { ok: true, value, itemOffsets: () => (offsets ??= (readJson(text) as { itemOffsets?: number[] }).itemOffsets ?? []) };
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
