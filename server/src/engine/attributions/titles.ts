// Cues in headlines: title case ("Sanders Says ...") and a trailing title source ("..., Doctor Says").
import type { Token } from '../types';
import { contentEnd, isCap, isWord, type Unit } from './scan';
import { type ReportState, type Found, spanOrNull, span } from './report';

/** Title cues whose subject may be a document or data ("New Poll Shows ..."). */
const EVIDENCE_TITLE_CUES = new Set(['shows', 'finds']);
/** Words of a title's trailing source ("..., Former White House Doctor Says."). */
const MAX_TITLE_SOURCE = 5;

/** Is most of the unit in title case (a headline), with a few words at least? */
export function titleCase(toks: Token[], u: Unit): boolean {
  let words = 0;
  let caps = 0;
  for (let k = u.a; k < u.b && k < u.a + 40; k++) {
    if (toks[k].type !== 'word') continue;
    words++;
    if (isCap(toks[k])) caps++;
  }
  return words >= 4 && caps >= words * 0.7;
}

/** "Name Says What Follows": a short capitalized source right before the cue, the rest of the line reported. */
export function titleCueAt(rep: ReportState, c: number, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (c + 2 >= u.b || !isWord(toks[c + 1])) return trailingTitleCue(rep, c, u);
  let s = c - 1;
  while (s > u.a && c - s < 4 && isWord(toks[s - 1]) && isCap(toks[s - 1])) s--;
  if (!isWord(toks[c - 1]) || !isCap(toks[c - 1])) return null;
  const src = resolver.resolve(s, c);
  // "New Poll Shows Bump For Clinton": evidence speaks in a title as it does in running text.
  if (!src || (src.kind === 'doc' && !EVIDENCE_TITLE_CUES.has(toks[c].lower))) return null;
  const content = spanOrNull(toks, c + 1, contentEnd(toks, c + 1, u.b));
  return content ? { source: src, cue: span(toks, c, c + 1), content, via: [], at: c } : null;
}

/**
* "Trump Could Address Clean Energy, Lindsey Graham Says.": a title that ends with its source and cue after a comma
* reports what comes before the comma.
*/
function trailingTitleCue(rep: ReportState, c: number, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (!(c + 1 === u.b || (c + 2 === u.b && toks[c + 1].text === '.'))) return null;
  let s = c;
  while (s > u.a && c - s < MAX_TITLE_SOURCE && isWord(toks[s - 1]) && isCap(toks[s - 1])) s--;
  if (s === c || s - 1 <= u.a || toks[s - 1].text !== ',') return null;
  const src = resolver.resolve(s, c);
  const content = spanOrNull(toks, u.a, s - 1);
  if (!src || src.kind === 'doc' || !content) return null;
  return { source: src, cue: span(toks, c, c + 1), content, via: [], at: c };
}
