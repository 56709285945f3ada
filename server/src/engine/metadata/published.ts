// The publication date: normalized from front matter, else read from where reports state it (a line that is just
// a date, "Published ..."/"Updated ...", a wire dateline "Jan. 12 (Reuters) -", a timestamp in the header).
import * as chrono from 'chrono-node';
import { dayOf, isoOf, validDay } from '../dates/calendar';
import { recognizeDatesWith } from '../dates/recognize';
import { copyrightYear } from '../dates/reference';
import { scanDates, scanReportDates } from '../dates/scan';
import type { RawDate } from '../dates/scan';
import type { PreparedText, Token } from '../types';
import type { Line } from './lines';
import { firstStartingAt } from '../text/offsets';

/** Years a YYYY-MM-DD date can hold (the JSON output's contract); others are refused at input. */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

function iso(y: number, m: number, d: number): string | null {
  return y >= FIRST_YEAR && y <= LAST_YEAR && validDay(y, m, d) ? isoOf(dayOf(y, m, d)) : null;
}

/**
 * Normalizes a stated date to YYYY-MM-DD: ISO (with or without time), 12.01.2025 (day first), 2025/01/12,
 * "January 12, 2025", "12 Jan 2025", "Sun, 12 Jan 2025 10:00:00 GMT". Null unless year, month and day are all stated.
 */
export function normalizeDate(value: string): string | null {
  const s = value.trim().slice(0, 100);
  // "-0001-05-05", "+10000-01-01", "12345-01-01": a signed or five-digit year is outside 1-9999, never a date to
  // read a part of (chrono would find "0001-05-05" in the first).
  if (/^(?:[-+\u2212]\s{0,3}\d|\d{5})/.test(s)) return null;
  let r = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s);
  if (r) return iso(+r[1], +r[2], +r[3]);
  r = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/.exec(s);
  if (r) return iso(+r[3], +r[2], +r[1]);
  const parsed = chrono.strict.parse(s, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  const first = parsed[0]?.start;
  if (!first || !first.isCertain('year') || !first.isCertain('month') || !first.isCertain('day')) return null;
  return iso(first.get('year')!, first.get('month')!, first.get('day')!);
}

const HEADER_CHARS = 20_000;
const PUBLISHED_PREFIX = /^(?:published|posted|first published|date|dated|publication date)\b/i;
const UPDATED_PREFIX = /^(?:updated|last updated|modified|last modified)\b/i;
/** A field label right before the date, inside a line of several fields ("... | Date of issue: 21 May 2025"). */
const ISSUE_LABEL = /^(?:date of (?:issue|publication|release)|issue date|issued(?: on)?|release date|released(?: on)?|published(?: on)?|first published|posted(?: on)?|publication date|date|dated)\s{0,3}:?$/i;
/** Labels of the period a report covers, not of its publication: used only when nothing better is stated. */
const PERIOD_LABEL = /^(?:reporting period|period|covering|coverage|covers|data as of|data as at|as of|as at|situation as of|figures as of|valid|validity|for the (?:week|period|month)|week|from|between|reference period)\b/i;
/** Separators between fields on one header line. */
const FIELD_SEPARATORS = ['|', '·', '•', '\t', ' – ', ' — ', ';'];
/** A wire dateline: the date is followed by the agency in parentheses and a dash. */
const TIME_TOKEN = /^\d{1,2}[:.]\d{2}$/;

interface Candidate {
  rank: number;
  raw: RawDate;
}

/**
 * Reads the publication date from the header lines. Ranks: "Published"/date-only line (1), "Updated" line or
 * dateline (2), a date followed by a time (3), a full date on a short header line (4). A month-day without
 * a year takes it from the same month-day stated elsewhere with a year or a weekday, else the copyright year.
 */
export function inferPublished(prepared: PreparedText, header: Line[], nowYear?: number): string | null {
  if (!header.length) return null;
  const { tokens, text } = prepared;
  // Header lines can be whole pages glued together: look no further than their first characters.
  const headerEnd = Math.min(header[header.length - 1].end, header[0].start + HEADER_CHARS);
  const count = firstStartingAt(tokens, headerEnd);
  // A header that reaches the last token is the whole report: its scan is the one the date recognizer makes (shared).
  const raws = count === tokens.length ? scanReportDates(tokens) : scanDates(tokens.slice(0, count));
  let best: Candidate | null = null;
  let li = 0;
  for (const raw of raws) {
    if (raw.expr.k !== 'date') continue;
    const start = tokens[raw.startTok].start;
    const end = tokens[raw.endTok - 1].end;
    while (li < header.length && header[li].end < start) li++;
    const line = header[li];
    if (!line || line.start > start) continue;
    const lineText = text.slice(line.start, line.end).trim();
    const before = text.slice(line.start, start).trim();
    const after = text.slice(end, Math.min(line.end, end + 200)).trim();
    const label = fieldLabel(before);
    let rank = 0;
    if (ISSUE_LABEL.test(label)) rank = 1;
    // A reporting period or a day range ("14–20 May 2025") says what a report covers, not when it came out.
    else if (PERIOD_LABEL.test(label) || raw.expr.d2 !== undefined) rank = 5;
    else if (PUBLISHED_PREFIX.test(before)) rank = 1;
    else if (UPDATED_PREFIX.test(before)) rank = 2;
    else if (!/[\p{L}\d]/u.test(before) && onlyTimeLeft(after)) rank = 1;
    else if (before.length <= 60 && /^\([^()]{1,40}\)\s{0,3}[-–—]/.test(after)) rank = 2;
    else if (TIME_TOKEN.test(nextWordAfter(tokens, raw.endTok))) rank = 3;
    else if (raw.expr.y !== undefined && lineText.length <= 100) rank = 4;
    if (rank && (!best || rank < best.rank)) best = { rank, raw };
  }
  if (!best || best.raw.expr.k !== 'date') return null;
  const e = best.raw.expr;
  // Only a covered period is stated: a report comes out at its end at the earliest.
  const d = e.d2 ?? e.d;
  if (e.y !== undefined) return iso(e.y, e.m, d);
  const year = yearFromElsewhere(prepared, e.m, e.d, nowYear) ?? copyrightYear(text, prepared.bodyStart);
  return year === null ? null : iso(year, e.m, d);
}

/** The text of the field holding the date: what follows the last field separator before it. */
function fieldLabel(before: string): string {
  let cut = 0;
  for (const sep of FIELD_SEPARATORS) {
    const at = before.lastIndexOf(sep);
    if (at >= 0 && at + sep.length > cut) cut = at + sep.length;
  }
  return before.slice(cut).trim();
}

/** What is left of a date-only line: nothing, or a time ("10:30 AM", "| 14:00 CET"). */
function onlyTimeLeft(after: string): boolean {
  if (!after) return true;
  return /^[,|·•-]?\s{0,3}(?:at\s{1,3})?\d{1,2}[:.]\d{2}(?:\s{0,3}(?:[ap]\.?m\.?|[A-Z]{2,5}))?\s{0,3}$/i.test(after.slice(0, 40));
}

function nextWordAfter(tokens: Token[], i: number): string {
  let j = i;
  if (j < tokens.length && tokens[j].text === ',') j++;
  return j < tokens.length ? tokens[j].text : '';
}

/** The year of the same month-day stated elsewhere with a year or a weekday ("on Saturday, January 11"). */
function yearFromElsewhere(prepared: PreparedText, m: number, d: number, nowYear?: number): number | null {
  const raws = scanReportDates(prepared.tokens);
  const wanted = raws.some(r => r.expr.k === 'date' && r.expr.m === m && r.expr.d === d && (r.expr.y !== undefined || r.expr.wd !== undefined));
  if (!wanted) return null;
  const mentions = recognizeDatesWith(prepared, null, { nowYear });
  for (let i = 0; i < raws.length && i < mentions.length; i++) {
    const e = raws[i].expr;
    if (e.k !== 'date' || e.m !== m || e.d !== d || (e.y === undefined && e.wd === undefined)) continue;
    const from = mentions[i].from;
    if (from) return Number(from.slice(0, 4));
  }
  return null;
}
