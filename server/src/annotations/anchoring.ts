// Re-anchoring: finding where an annotation belongs after its report changed. In order: the stored position if
// the quote is still there; else the exact quote nearest the old position (with its context); else an
// approximate match of the quote with a bounded error budget, checked against its context. What cannot be
// placed is reported orphaned, never moved to a guess.
import type { Annotation } from '../../../shared/annotationFile';
import { editDistance, fuzzySearch } from './fuzzy';
import { positionSelector, quoteSelector, withPosition } from './selectors';

export interface Placement {
  start: number;
  end: number;
}

/** Edits to the quote an approximate match may need: a quarter of its length, at most this. */
const MAX_ERRORS = 128;
/** Exact occurrences looked at closely (nearest and best context first). */
const EXACT_CANDIDATES = 16;
/** Work budget of one approximate scan (characters × 32-char blocks); past it, only a window is scanned. */
const SCAN_BUDGET = 24_000_000;
/** Context must be at least this similar (0..1) unless the quote is long and unique. */
const MIN_CONTEXT = 0.5;
/** A quote this long that occurs once is placed there whatever its context. */
const UNIQUE_QUOTE = 8;

type Targeted = Pick<Annotation, 'target'>;

export function anchor(annotation: Targeted, text: string): Placement | null {
  const quote = quoteSelector(annotation);
  const pos = positionSelector(annotation);
  if (!quote) {
    return pos && pos.end <= text.length ? { start: pos.start, end: pos.end } : null;
  }
  const { exact } = quote;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  if (pos && pos.end <= text.length && pos.end - pos.start === exact.length && text.startsWith(exact, pos.start)) {
    return { start: pos.start, end: pos.end };
  }
  const hint = Math.min(pos?.start ?? 0, text.length);
  return exactMatch(text, exact, prefix, suffix, hint) ?? approximateMatch(text, exact, prefix, suffix, hint);
}

/** How much of the stored context surrounds text[start, end), 0..1 (1 when none was stored). */
function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (!total) return 1;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const errors = editDistance(prefix, before) + editDistance(suffix, after);
  return Math.max(0, 1 - errors / total);
}

/** Characters of context that match exactly, read outward from the quote: a cheap first sort. */
function contextChars(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let n = 0;
  for (let i = 1; i <= prefix.length && start - i >= 0; i++, n++) {
    if (text.charCodeAt(start - i) !== prefix.charCodeAt(prefix.length - i)) break;
  }
  for (let i = 0; i < suffix.length && end + i < text.length; i++, n++) {
    if (text.charCodeAt(end + i) !== suffix.charCodeAt(i)) break;
  }
  return n;
}

function exactMatch(text: string, exact: string, prefix: string, suffix: string, hint: number): Placement | null {
  // Keep the few best occurrences by (context, nearness) without sorting them all.
  const top: { start: number; chars: number; dist: number }[] = [];
  let count = 0;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    count++;
    const c = { start: i, chars: contextChars(text, i, i + exact.length, prefix, suffix), dist: Math.abs(i - hint) };
    if (top.length === EXACT_CANDIDATES) {
      const last = top[top.length - 1];
      if (c.chars < last.chars || (c.chars === last.chars && c.dist >= last.dist)) continue;
      top.pop();
    }
    let j = top.length;
    while (j > 0 && (top[j - 1].chars < c.chars || (top[j - 1].chars === c.chars && top[j - 1].dist > c.dist))) j--;
    top.splice(j, 0, c);
  }
  if (!count) return null;
  if (count === 1 && exact.length >= UNIQUE_QUOTE) return { start: top[0].start, end: top[0].start + exact.length };
  let best: { start: number; sim: number; dist: number } | null = null;
  for (const c of top) {
    const sim = contextSimilarity(text, c.start, c.start + exact.length, prefix, suffix);
    if (sim < MIN_CONTEXT) continue;
    if (!best || sim > best.sim || (sim === best.sim && c.dist < best.dist)) best = { start: c.start, sim, dist: c.dist };
  }
  return best ? { start: best.start, end: best.start + exact.length } : null;
}

function approximateMatch(text: string, exact: string, prefix: string, suffix: string, hint: number): Placement | null {
  const m = exact.length;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(m / 4));
  if (maxErrors < 1 || !text.length) return null;
  const blocks = Math.ceil(m / 32);
  let from = 0;
  let to = text.length;
  if (text.length * blocks > SCAN_BUDGET) {
    const half = Math.max(m * 2, Math.floor(SCAN_BUDGET / blocks / 2));
    from = Math.max(0, hint - half);
    to = Math.min(text.length, hint + half);
  }
  let best: { p: Placement; score: number } | null = null;
  for (const f of fuzzySearch(exact, text, maxErrors, from, to)) {
    const sim = contextSimilarity(text, f.start, f.end, prefix, suffix);
    if (sim < MIN_CONTEXT) continue;
    // Weights as in Hypothesis' anchoring: the quote counts most, then context, then nearness.
    const score = 50 * (1 - f.errors / m) + 40 * sim + 2 * (1 - Math.abs(f.start - hint) / text.length);
    if (!best || score > best.score) best = { p: { start: f.start, end: f.end }, score };
  }
  return best?.p ?? null;
}

export interface Reanchored {
  /** Annotations of the report, each with its position selector updated to where it now is. */
  placed: { annotation: Annotation; start: number; end: number; moved: boolean }[];
  /** Annotations of the report that could not be placed: kept unchanged, to show and to fix by hand. */
  orphaned: Annotation[];
}

/** Places every annotation whose target is `path` (workspace-relative, posix) in the report's current text. */
export function reanchorAll(items: readonly Annotation[], path: string, text: string): Reanchored {
  const out: Reanchored = { placed: [], orphaned: [] };
  for (const a of items) {
    if (a.target.source !== path) continue;
    const p = anchor(a, text);
    if (!p) {
      out.orphaned.push(a);
      continue;
    }
    const old = positionSelector(a);
    const moved = !old || old.start !== p.start || old.end !== p.end;
    out.placed.push({ annotation: moved ? withPosition(a, p.start, p.end) : a, start: p.start, end: p.end, moved });
  }
  return out;
}

/** A change to a report: text[start, end) of the text as it was just before this edit becomes `newText`. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** Where [start, end) is after one edit: edits before it shift it, edits inside stretch or shrink it. */
export function mapRange(r: Placement, e: OffsetEdit): Placement {
  const delta = e.newText.length - (e.end - e.start);
  if (e.end <= r.start) return { start: r.start + delta, end: r.end + delta };
  if (e.start >= r.end) return r;
  const start = r.start <= e.start ? r.start : e.start;
  const end = r.end >= e.end ? r.end + delta : e.start + e.newText.length;
  return { start, end: Math.max(start, end) };
}

/**
 * Shifts the position selectors of the annotations on `path` (all annotations when omitted) through a
 * sequence of edits, each in the coordinates left by the previous one (the order LSP `didChange` sends).
 * Quotes are left alone: `anchor` then confirms the place, or finds the edited quote.
 */
export function updateForEdit(items: readonly Annotation[], edits: readonly OffsetEdit[], path?: string): Annotation[] {
  return items.map(a => {
    if (path !== undefined && a.target.source !== path) return a;
    const pos = positionSelector(a);
    if (!pos) return a;
    let r: Placement = { start: pos.start, end: pos.end };
    for (const e of edits) r = mapRange(r, e);
    return r.start === pos.start && r.end === pos.end ? a : withPosition(a, r.start, r.end);
  });
}

interface LspPosition {
  line: number;
  character: number;
}
/** An LSP content change: a range of the document before the change (or none: the whole text) and its new text. */
export interface LspContentChange {
  range?: { start: LspPosition; end: LspPosition };
  text: string;
}

/** Turns LSP content changes into offset edits, given the text before them; also returns the text after. */
export function offsetEdits(before: string, changes: readonly LspContentChange[]): { edits: OffsetEdit[]; text: string } {
  let text = before;
  const edits: OffsetEdit[] = [];
  for (const c of changes) {
    const start = c.range ? offsetAt(text, c.range.start) : 0;
    const end = c.range ? offsetAt(text, c.range.end) : text.length;
    edits.push({ start, end, newText: c.text });
    text = text.slice(0, start) + c.text + text.slice(end);
  }
  return { edits, text };
}

/** LSP position → offset: lines end at \n (a \r before it belongs to the line end), characters are UTF-16 units. */
export function offsetAt(text: string, p: LspPosition): number {
  let offset = 0;
  for (let line = 0; line < p.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  else if (lineEnd > offset && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return Math.min(offset + p.character, lineEnd);
}
