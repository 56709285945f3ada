// Hard-wrapped reports (pasted from e-mail, PDFs, some sites) carry a newline every 70-120 characters inside sentences.
// Every reader of the engine takes a newline for the end of a line (a headline, a list item, a table row), so a wrapped
// sentence lost its subject, verb or date at the wrap. One notion of a soft line break, decided here once per report:
// the newline becomes a space (one character for one, so no offset moves) before anything is tokenized.

/** Widest line a wrapped report is taken to be wrapped at: wider lines are paragraphs written on one line. */
const MAX_WRAP = 132;
/** Shortest line a soft wrap may follow: a shorter one ends where its writer ended it. */
const MIN_WRAPPED_LINE = 60;
/** How far short of the report's width a wrapped line may fall (the next word did not fit). */
const WRAP_SLACK = 30;
/** Fewest soft wraps that show a report was wrapped at a fixed width. */
const MIN_WRAPS = 3;

/** A line's last character that ends it for its writer: a sentence end, a lead-in to a list, a clause stop. */
const LINE_ENDS = new Set(['.', '!', '?', ':', ';']);
/** Closing marks read past to the character that ends the line ("... he said." ending in a quote). */
const CLOSERS = new Set(['"', '\'', '\u201d', '\u2019', ')', ']', '*', '_']);
/** A line that opens a block of its own: a heading, a quotation block, a table row, a list item. */
const BLOCK_OPENER = /^(?:#|>|\||[-*+\u2022\u2013\u2014]\s|\d{1,3}[.)]\s)/;

/**
 * Calls `each(start, end, nl)` for every line of the body from `from`: `end` stops before its trailing blanks and a
 * carriage return, `nl` is its line break's offset (the text's length for the last line). No line is copied, so a
 * report of a million short lines costs no million strings (a bench input of blank lines or heading markers).
 */
function forEachLine(text: string, from: number, each: (start: number, end: number, nl: number) => void): void {
  let start = from;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let end = nl;
    while (end > start && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    each(start, end, nl);
    start = nl + 1;
  }
}

/** The character that ends `line` for its writer, past closing quotes and brackets. */
function lastMark(line: string): string {
  let i = line.length - 1;
  while (i > 0 && CLOSERS.has(line[i])) i--;
  return line[i] ?? '';
}

/** Whether the break after `line` may be soft at width `width`: a long prose line not ended by its writer. */
function wrapsAfter(line: string, width: number): boolean {
  if (line.length < Math.max(MIN_WRAPPED_LINE, width - WRAP_SLACK) || line.length > width) return false;
  if (BLOCK_OPENER.test(line.trimStart()) && !/^[-*+\u2022]\s/.test(line.trimStart())) return false;
  if (line.includes('\t') || line.includes(' | ')) return false;
  return !LINE_ENDS.has(lastMark(line));
}

/** Whether `line` carries on a sentence from the line before: not blank, not a block of its own. */
function carriesOn(line: string): boolean {
  const t = line.trimStart();
  return t.length > 0 && !BLOCK_OPENER.test(t) && !t.includes('\t') && !t.startsWith('---');
}

/** The width the report is wrapped at: its widest line no wider than MAX_WRAP, or 0 when most long lines are wider. */
function wrapWidth(text: string, from: number): number {
  let width = 0;
  let long = 0;
  let over = 0;
  forEachLine(text, from, (start, end) => {
    const length = end - start;
    if (length > MAX_WRAP) over++;
    else if (length >= MIN_WRAPPED_LINE) { long++; width = Math.max(width, length); }
  });
  return long >= MIN_WRAPS && over * 4 <= long ? width : 0;
}

/**
 * Offsets of the soft line breaks in the body from `from` (each the offset of its '\n'): a single newline after a long
 * prose line of a report wrapped at a fixed width, before a line that carries the sentence on. A break after a short
 * line, a sentence end or a colon, before a blank line, a list item, a table row or a heading, is the writer's own.
 * Reports with fewer than MIN_WRAPS such breaks are not taken for wrapped. Linear in the text.
 */
export function softBreaks(text: string, from = 0): number[] {
  if (text.indexOf('\n', from) < 0) return [];
  const width = wrapWidth(text, from);
  if (!width) return [];
  const out: number[] = [];
  // Only a line of the wrapped width is copied to be read, and its next line only when the break may be soft.
  let wrappedNl = -1;
  forEachLine(text, from, (start, end, nl) => {
    if (wrappedNl >= 0 && carriesOn(text.slice(start, end))) out.push(wrappedNl);
    const length = end - start;
    wrappedNl = length >= Math.max(MIN_WRAPPED_LINE, width - WRAP_SLACK) && length <= width
      && wrapsAfter(text.slice(start, end), width) ? nl : -1;
  });
  return out.length >= MIN_WRAPS ? out : [];
}

/** `text` with its soft line breaks (softBreaks) made spaces, a carriage return before one too: same length. */
export function unwrapSoftBreaks(text: string, from = 0): string {
  const breaks = softBreaks(text, from);
  if (!breaks.length) return text;
  const parts: string[] = [];
  let last = 0;
  for (const nl of breaks) {
    const cut = nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    parts.push(text.slice(last, cut), ' '.repeat(nl + 1 - cut));
    last = nl + 1;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
