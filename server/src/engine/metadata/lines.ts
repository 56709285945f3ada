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
    const line = lineAt(text, at, end);
    if (line.text) out.push(line);
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
    const line = lineAt(text, start, end);
    if (line.text) out.push(line);
    if (nl < from) break;
    end = nl;
  }
  return out.reverse();
}
