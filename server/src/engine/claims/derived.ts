// Figures a sentence states without writing them: "out of the 44 clashes, 35 have been resolved, while the rest are
// still ongoing" states that 9 are ongoing.
import type { Quantity, Sentence, Token } from '../types';
import { tokenAt } from './tokens';

const REST = new Set(['rest', 'remainder', 'remaining', 'others']);

export interface DerivedFigure {
  /** "the rest" as a quantity-like span with the computed interval. */
  quantity: Quantity;
  /** The whole (44) and the part (35) it was derived from. */
  whole: Quantity;
  part: Quantity;
  /** Token index where "the rest" starts. */
  at: number;
}

/** True when the figure at token `qa` is introduced as a whole: "out of the 44", "of the 44", "from 44". */
function isWhole(tokens: readonly Token[], qa: number): boolean {
  let i = qa - 1;
  if (tokens[i]?.lower === 'the' || tokens[i]?.lower === 'a' || tokens[i]?.lower === 'total') i--;
  if (tokens[i]?.lower === 'total' && tokens[i - 1]?.lower === 'a') i -= 2;
  return tokens[i]?.lower === 'of' || tokens[i]?.lower === 'from';
}

/** Derived figures in one sentence, given its quantities in order. */
export function derivedFigures(tokens: readonly Token[], s: Sentence, qs: readonly Quantity[]): DerivedFigure[] {
  const out: DerivedFigure[] = [];
  for (let k = 0; k + 1 < qs.length; k++) {
    const whole = qs[k];
    if (whole.low === null || whole.high === null) continue;
    if (!isWhole(tokens, tokenAt(tokens, whole.start))) continue;
    const part = qs[k + 1];
    if (part.low === null || part.high === null) continue;
    const nextStart = qs[k + 2]?.start ?? Infinity;
    for (let i = tokenAt(tokens, part.end); i < s.tokenEnd && tokens[i].start < nextStart; i++) {
      if (!REST.has(tokens[i].lower)) continue;
      const startTok = tokens[i - 1]?.lower === 'the' ? i - 1 : i;
      const low = whole.low - part.high;
      const high = whole.high - part.low;
      if (high < 0) break;
      const exact = whole.hedge === 'exact' && part.hedge === 'exact';
      const start = tokens[startTok].start;
      const end = tokens[i].end;
      out.push({
        whole, part, at: startTok,
        quantity: {
          start, end, text: tokens[startTok].text === tokens[i].text ? tokens[i].text : `${tokens[startTok].text} ${tokens[i].text}`,
          low: Math.max(0, low), high, unit: whole.unit, value: exact ? high : null, hedge: exact ? 'exact' : 'range', noun: null,
        },
      });
      break;
    }
  }
  return out;
}
