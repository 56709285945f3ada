// The title: the first line that reads like a headline, skipping site furniture ("Current News", "/", counters).
import type { Line } from './lines';

const NOT_A_TITLE = /^(?:by\s|published|posted|updated|share|advertisement|comments|photo|video|listen|read more|subscribe)/i;
const DATELINE = /^[\p{Lu}][\p{Lu} .'-]{1,40}(?:,[^()—–]{1,40})?(?:\([^()]{1,40}\))?\s{0,3}[-–—]\s/u;
/** Headlines run past this length only when the page glued teaser text to them. */
const MAX_TITLE = 200;

/** Built once: the bundler turns a /\p{..}/u literal inside a loop into a new RegExp per word. */
const TWO_LETTERS = /\p{L}{2}/u;

function words(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (TWO_LETTERS.test(w)) n++;
  return n;
}

/**
 * `isDateLine` tells lines that only state a date; `dateStart` gives where a date starts in a line (to cut a
 * long scraped line "Title — Outlet January 11, 2:54 PM Share: ..." before its timestamp).
 */
export function inferTitle(header: Line[], isDateLine: (l: Line) => boolean, dateStart: (l: Line) => number | null): string | null {
  for (const line of header) {
    const t = line.text;
    if (words(t) < 4 || NOT_A_TITLE.test(t) || isDateLine(line)) continue;
    // A wire dateline ("LONDON, Jan. 12 (Reuters) -") opens the body: the report has no title line.
    if (DATELINE.test(t)) return null;
    let title = t;
    if (title.length > MAX_TITLE) {
      const at = dateStart(line);
      if (at !== null && at > 20 && at <= MAX_TITLE) title = title.slice(0, at);
      else title = firstSentence(title);
    }
    return tidy(title);
  }
  return null;
}

function firstSentence(s: string): string {
  const head = s.slice(0, MAX_TITLE);
  const stop = /[.!?]\s/.exec(head);
  if (stop && stop.index > 20) return head.slice(0, stop.index + 1);
  const space = head.lastIndexOf(' ');
  return space > 20 ? head.slice(0, space) : head;
}

/** Drops Markdown syntax ("# ", "**"), trailing separators and an unbalanced opening quote. */
function tidy(s: string): string {
  let t = s.trim().replace(/^#{1,6} /, '').replace(/\*+/g, '').replace(/[\s|·•:,–—-]+$/u, '').trim();
  const open = /^[“"«‘']/u.exec(t);
  if (open && !/[”"»’']$/u.test(t)) t = t.slice(1).trim();
  return t;
}
