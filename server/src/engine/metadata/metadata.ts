// Publication date, outlet and title: front matter wins; else inferred from where reports state them.
import { normalizeDate, inferPublished } from './published';
import { firstLines, lastLines } from './lines';
import type { Line } from './lines';
import { inferOutlet } from './outlet';
import { inferTitle } from './title';
import { scanDates } from '../dates/scan';
import type { DocumentMeta, FrontMatter, PreparedText } from '../types';
import { firstStartingAt } from '../text/offsets';

export { normalizeDate };

/** Metadata sits in the first and last lines of a page; the body in between is never scanned here. */
const HEADER_LINES = 15;
const FOOTER_LINES = 15;

export function inferMeta(prepared: PreparedText, front: FrontMatter, frontMatterError: string | null): DocumentMeta {
  return inferMetaWith(prepared, front, frontMatterError, {});
}

export function inferMetaWith(
  prepared: PreparedText, front: FrontMatter, frontMatterError: string | null, options: { nowYear?: number },
): DocumentMeta {
  const { text, bodyStart } = prepared;
  const header = firstLines(text, bodyStart, HEADER_LINES);
  const footer = lastLines(text, bodyStart, FOOTER_LINES);
  const frontDate = front.published ? normalizeDate(front.published) : null;
  return {
    published: frontDate ?? inferPublished(prepared, header, options.nowYear),
    outlet: front.outlet ?? inferOutlet(header, footer),
    title: front.title ?? inferTitle(header, l => isDateLine(prepared, l), l => dateStartIn(prepared, l)),
    url: front.url ?? null,
    frontMatterError: joinProblems(frontMatterError, front.published && !frontDate ? unreadDate(front.published) : null),
  };
}

/** A front-matter date that is not one ("yesterday", "0000-01-01", "-0001-05-05") is refused, and the user is told. */
function unreadDate(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `front matter published "${shown}" is not a calendar date with year (1-9999), month and day; it was ignored`;
}

function joinProblems(a: string | null, b: string | null): string | null {
  return a && b ? `${a}; ${b}` : a ?? b;
}

/** The tokens of a line (its first 2000 characters), found by binary search: never a pass over the whole text. */
function tokensOf(prepared: PreparedText, line: Line) {
  const { tokens } = prepared;
  const end = Math.min(line.end, line.start + 2000);
  const lo = firstStartingAt(tokens, line.start);
  let stop = lo;
  while (stop < tokens.length && tokens[stop].end <= end) stop++;
  return tokens.slice(lo, stop);
}

/** True when a date covers the line ("Friday, 31 January 2025", "Jan 12, 2025 10:30"). */
function isDateLine(prepared: PreparedText, line: Line): boolean {
  if (line.length > 80) return false;
  const toks = tokensOf(prepared, line);
  const raws = scanDates(toks);
  if (!raws.length) return false;
  let covered = 0;
  for (const r of raws) covered += r.endTok - r.startTok;
  const words = toks.filter(t => t.type === 'word').length;
  const dateWords = raws.reduce((n, r) => n + toks.slice(r.startTok, r.endTok).filter(t => t.type === 'word').length, 0);
  return covered > 0 && words - dateWords <= 1;
}

/** Offset (within the trimmed line text) where the first day-level date starts, or null. */
function dateStartIn(prepared: PreparedText, line: Line): number | null {
  const toks = tokensOf(prepared, line);
  const raw = scanDates(toks).find(r => r.expr.k === 'date');
  if (!raw) return null;
  const lead = line.length - prepared.text.slice(line.start, line.end).trimStart().length;
  return toks[raw.startTok].start - line.start - lead;
}
