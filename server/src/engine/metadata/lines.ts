// The lines a report's metadata lives in: the header (first lines) and the footer (last lines).

export interface Line {
  start: number;
  end: number;
  /** The line's text, trimmed; long lines are cut at MAX_LINE_CHARS for pattern matching. */
  text: string;
  /** Length of the untrimmed line, to tell headlines from paragraphs. */
  length: number;
}

/** Patterns never look further into a line than this: metadata sits at the start of its line. */
const MAX_LINE_CHARS = 2000;

/**
 * The characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator; U+200B is not one), so
 * blankWithin agrees with trimming.
 */
function trimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028
    || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The line [start, end) would trim to nothing within the MAX_LINE_CHARS lineAt keeps: told without making its string
 * and object, since a report of blank lines passes every line of its body through the header and footer searches
 * (a quarter of the analysis of 800 KB of blank lines).
 */
function blankWithin(text: string, start: number, end: number): boolean {
  const stop = Math.min(end, start + MAX_LINE_CHARS);
  for (let k = start; k < stop; k++) if (!trimmed(text.charCodeAt(k))) return false;
  return true;
}

function lineAt(text: string, start: number, end: number): Line {
  const raw = text.slice(start, Math.min(end, start + MAX_LINE_CHARS));
  return { start, end, text: raw.trim(), length: end - start };
}

/** The first `count` non-blank lines from `from` on. */
export function firstLines(text: string, from: number, count: number): Line[] {
  const out: Line[] = [];
  let at = from;
  while (at <= text.length && out.length < count) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (!blankWithin(text, at, end)) out.push(lineAt(text, at, end));
    if (end >= text.length) break;
    at = end + 1;
  }
  return out;
}

/** The last `count` non-blank lines after `from`, in text order. */
export function lastLines(text: string, from: number, count: number): Line[] {
  const out: Line[] = [];
  let end = text.length;
  while (end > from && out.length < count) {
    const nl = text.lastIndexOf('\n', end - 1);
    const start = Math.max(nl + 1, from);
    if (!blankWithin(text, start, end)) out.push(lineAt(text, start, end));
    if (nl < from) break;
    end = nl;
  }
  return out.reverse();
}
