// "closer to 2,000 or 2,500": two figures joined by "or" are one estimate with two ends, not two claims (each would
// make its own finding against every rival).
import type { Claim, PreparedText } from '../types';
import { detailOf } from './detail';
import { tokenAt } from './tokens';

/** Hedges a figure may carry and still be one end of "X or Y". */
const JOINABLE = new Set(['exact', 'approximate']);

/**
 * Joins each pair of claims of one measure and one source whose figures only an "or" separates ("2,000 or 2,500
 * people") into one claim spanning both (hedge 'range'); the second is dropped. `claims` is sorted by figure start.
 */
export function joinAlternatives(prepared: PreparedText, claims: Claim[]): Claim[] {
  const { tokens } = prepared;
  const out: Claim[] = [];
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i];
    const b = claims[i + 1];
    if (b && joinable(a, b)) {
      const end = tokenAt(tokens, a.quantity.end - 1) + 1;
      if (tokens[end]?.lower === 'or' && tokens[end + 1]?.start === b.quantity.start) {
        out.push(joined(a, b));
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function joinable(a: Claim, b: Claim): boolean {
  return !a.derived && !b.derived && a.measure.key === b.measure.key && (a.source?.id ?? '') === (b.source?.id ?? '')
    && JOINABLE.has(a.hedge) && JOINABLE.has(b.hedge) && a.low !== null && b.high !== null && a.low < b.high;
}

function joined(a: Claim, b: Claim): Claim {
  const text = `${a.quantity.text} or ${b.quantity.text}`;
  const d = detailOf(a);
  const db = detailOf(b);
  const c = { ...a, quantity: { start: a.quantity.start, end: b.quantity.end, text }, low: a.low, high: b.high, value: null,
    hedge: 'range' as const, end: Math.max(a.end, b.end) };
  if (d) (c as typeof a & { detail: typeof d }).detail = { ...d, figure: `${a.quantity.text} or ${db?.figure ?? b.quantity.text}` };
  return c;
}
