// Offset → line/column for exports comes from the engine's LineIndex; the sentence around a figure is found here.
export { LineIndex, lineIndexes } from '../../engine/text/lines';

/** The sentence around [start, end): back to the previous sentence end or blank line, on to the next. */
export function sentenceAround(text: string, start: number, end: number, max = 600): { start: number; end: number } {
  let s = start;
  const floor = Math.max(0, start - max);
  while (s > floor) {
    const c = text[s - 1];
    if (c === '\n' && (text[s - 2] === '\n' || text[s - 2] === '\r')) break;
    if ((c === ' ' || c === '\n') && '.!?'.includes(text[s - 2] ?? '') && s - 2 >= 0) break;
    s--;
  }
  let e = Math.max(end, s);
  const ceil = Math.min(text.length, end + max);
  while (e < ceil) {
    const c = text[e];
    if (c === '\n' && (text[e + 1] === '\n' || text[e + 1] === '\r')) break;
    e++;
    if ('.!?'.includes(c) && (e >= text.length || /\s/.test(text[e]))) break;
  }
  return { start: s, end: e };
}
