// Token look-ups shared by the claim modules: binary searches over offsets, sentence and paragraph bounds.
import type { PreparedText, Range, Sentence, Token } from '../types';

export { tokenAt } from '../text/offsets';
import { tokenAt } from '../text/offsets';

/** Token range [first, last) covering a character range. */
export function tokenRange(tokens: readonly Token[], r: Range): [number, number] {
  const a = tokenAt(tokens, r.start);
  let b = a;
  while (b < tokens.length && tokens[b].start < r.end) b++;
  return [a, Math.max(b, a + 1 <= tokens.length ? a + 1 : a)];
}

export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= offset ? s : null;
}

/** Start offset of the paragraph holding `offset`: just after the nearest preceding line break token. */
export function paragraphStart(p: PreparedText, tokenIndex: number): number {
  for (let i = Math.min(tokenIndex, p.tokens.length) - 1; i >= 0; i--) {
    if (p.tokens[i].type === 'tabCRLF') return p.tokens[i].end;
  }
  return p.bodyStart;
}

export function isNumberToken(t: Token): boolean {
  return t.type === 'number' || t.pos === 'NUM';
}

/** Words that start a new clause after a comma: the figure before them is not governed by what follows. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'although', 'though', 'as', 'with', 'including', 'and', 'or',
  'according', 'whilst', 'yet', 'however', 'among', 'compared', 'up', 'down']);
/** Words that open a fronted subordinate clause: "If they withdraw, the 60,000 soldiers ..." ends at its comma. */
const SUBORDINATORS = new Set(['if', 'when', 'after', 'before', 'unless', 'although', 'though', 'since', 'once', 'because',
  'despite', 'whereas', 'while', 'as']);
/** Words that start a new clause even without a comma. */
const HARD_OPENERS = new Set(['while', 'whereas', 'whilst', 'but']);

function isHardBoundary(t: Token): boolean {
  return t.text === ';' || t.text === '—' || t.text === '–' || t.text === '(' || t.text === ')' || t.type === 'tabCRLF';
}

/**
 * The clause around tokens [qa, qb) inside sentence s, as a token range. A clause ends at ';', dashes, line breaks,
 * "while"/"but", and at a comma or "and"/"or" that opens a new clause or a new figure ("..., 12 of which ...").
 */
export function clauseAround(tokens: readonly Token[], s: Sentence, qa: number, qb: number, figureStarts: ReadonlySet<number>): [number, number] {
  let a = qa;
  while (a > s.tokenStart) {
    const t = tokens[a - 1];
    if (isHardBoundary(t) || HARD_OPENERS.has(t.lower)) break;
    // ", 12 of which": a new figure after a comma opens a new clause only when a figure came before it.
    if (t.text === ',' && (CLAUSE_OPENERS.has(tokens[a].lower) || frontedSubordinate(tokens, s, a - 1)
      || ((figureStarts.has(a) || isNumberToken(tokens[a])) && figureBefore(tokens, s, a - 1, figureStarts)))) break;
    if ((t.lower === 'and' || t.lower === 'or') && (figureStarts.has(a) || isNumberToken(tokens[a])) && a === qa) break;
    a--;
  }
  let b = qb;
  while (b < s.tokenEnd) {
    const t = tokens[b];
    if (isHardBoundary(t) || HARD_OPENERS.has(t.lower)) break;
    const next = tokens[b + 1];
    if (t.text === ',' && next && b + 1 < s.tokenEnd && (CLAUSE_OPENERS.has(next.lower) || figureStarts.has(b + 1) || isNumberToken(next))) break;
    if ((t.lower === 'and' || t.lower === 'or') && next && (figureStarts.has(b + 1) || isNumberToken(next))) break;
    b++;
  }
  return [a, b];
}

function figureBefore(tokens: readonly Token[], s: Sentence, at: number, figureStarts: ReadonlySet<number>): boolean {
  for (let i = at - 1; i >= Math.max(s.tokenStart, at - 40); i--) if (figureStarts.has(i) || isNumberToken(tokens[i])) return true;
  return false;
}

/** True when the comma at `comma` closes a clause that opened with a subordinator (bounded look-back). */
function frontedSubordinate(tokens: readonly Token[], s: Sentence, comma: number): boolean {
  for (let i = comma - 1; i >= Math.max(s.tokenStart, comma - 40); i--) {
    const t = tokens[i];
    if (t.text === ',' || isHardBoundary(t)) return SUBORDINATORS.has(tokens[i + 1]?.lower ?? '');
    if (i === s.tokenStart) return SUBORDINATORS.has(t.lower);
  }
  return false;
}

/** The sentence clipped to the line holding token `at`: headlines and bylines often lack a final stop. */
export function lineOf(tokens: readonly Token[], s: Sentence, at: number): Sentence {
  let a = at;
  while (a > s.tokenStart && tokens[a - 1].type !== 'tabCRLF') a--;
  let b = at;
  while (b < s.tokenEnd && tokens[b].type !== 'tabCRLF') b++;
  if (a === s.tokenStart && b === s.tokenEnd) return s;
  return { start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b };
}
