// Round 43 (partwhole43, issue 10): the day of a stated change. "Officials raised the toll of the flood to 40 from 25
// on Monday": a single day right after the old value of a change that a verb states as "to <new> from <old>" is the day
// of the change, so it dates the new value; the old value held before that day and is replaced. A period there ("rose to
// 5.3% from 5.1% in May", "from 6.8% in 2017") still dates the old value: a month's or a year's figure is told by its
// period, and "against 48,000 last Saturday" names no change verb.
import { REVISION_VERBS } from '../text/tallyVerbs';
import { hedgeStart } from '../quantities/hedges';
import { COUNT_HEDGE_REACH } from './claimWords';
import { REVISION_GAP } from './frame';
import type { DateMention, Token } from '../types';

/** Most words between the new value's number and "from": its unit or counted noun ("to 40 people from", "to 40 dead from"). */
const NEW_VALUE_WORDS = 3;
/** Punctuation that ends the clause of the change. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ';', ',', ':', '!', '?']);

/** The date is one day (a weekday, "yesterday", a full date), not a month, a year or another period. */
export function isOneDay(d: Pick<DateMention, 'from' | 'to'>): boolean {
  return !!d.from && d.from === d.to;
}

/**
 * The "from" at `fromAt` opens the old value of a change its clause states as "<revision verb> ... to <new> from":
 * words only between the new value and "from", "to" right before the new value (past its hedges), and a revision
 * verb within REVISION_GAP tokens before that "to", with no clause break between.
 */
export function statedChangeFrom(tokens: readonly Token[], fromAt: number): boolean {
  if (tokens[fromAt]?.lower !== 'from') return false;
  let x = -1;
  for (let j = fromAt - 1, n = 0; j >= 0 && n <= NEW_VALUE_WORDS; j--, n++) {
    const t = tokens[j];
    if (t.type === 'number') { x = j; break; }
    if (t.type !== 'word') return false;
  }
  if (x < 0) return false;
  const to = hedgeStart(tokens, x, Math.max(0, x - COUNT_HEDGE_REACH)) - 1;
  return tokens[to]?.lower === 'to' && revisionBefore(tokens, to);
}

/** The token index of the "from" before the old value at `qa` (past its hedges: "from about 25"), or -1. */
export function fromBefore(tokens: readonly Token[], qa: number): number {
  const k = hedgeStart(tokens, qa, Math.max(0, qa - COUNT_HEDGE_REACH)) - 1;
  return tokens[k]?.lower === 'from' ? k : -1;
}

/** A revision verb within REVISION_GAP tokens before `to` (the "to" of a new value), with no clause break between. */
function revisionBefore(tokens: readonly Token[], to: number): boolean {
  for (let i = to - 1; i >= Math.max(0, to - REVISION_GAP); i--) {
    if (CLAUSE_ENDS.has(tokens[i].text)) return false;
    if (REVISION_VERBS.has(tokens[i].lower)) return true;
  }
  return false;
}

/**
 * The token at `edge` ends a value of a change a verb states, with at most its unit or counted noun after the number:
 * the new value ("raised the toll of the flood to 40") or the old one ("... to 40 from 25"). A day right after it is the
 * change's, not that of an event named earlier in the clause ("the flood").
 */
export function endsChangeValue(tokens: readonly Token[], edge: number): boolean {
  let n = -1;
  for (let j = edge, k = 0; j >= 0 && k <= NEW_VALUE_WORDS; j--, k++) {
    const t = tokens[j];
    if (t.type === 'number') { n = j; break; }
    if (t.type !== 'word') return false;
  }
  if (n < 0) return false;
  const lead = hedgeStart(tokens, n, Math.max(0, n - COUNT_HEDGE_REACH)) - 1;
  if (tokens[lead]?.lower === 'to') return revisionBefore(tokens, lead);
  return statedChangeFrom(tokens, lead);
}
