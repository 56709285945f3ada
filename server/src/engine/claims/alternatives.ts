// "closer to 2,000 or 2,500": two figures joined by "or" are one estimate with two ends, not two claims (each would
// make its own finding against every rival). So are the bounds of a range written as two figures ("the range runs from
// 190 cases to over 4,000", "between 100 deaths and 300"): a bound is no point count, and a count inside the range
// agrees with it.
import { FLOOR_HEDGES, ROUNDABLE_HEDGES, type Claim, type Hedge, type PreparedText } from '../types';
import { detailOf } from './detail';
import { tokenAt } from './tokens';
import { baseEvent } from './measure';
import { complementFigure } from './complement';

/** Hedges a figure may carry and still be one end of "X or Y": a plain or "about" figure. */
const JOINABLE = ROUNDABLE_HEDGES;

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
      if (tokens[end]?.lower === 'or' && tokens[end + 1]?.start === b.quantity.start && JOINABLE.has(b.hedge)) {
        out.push(joined(a, b, 'or'));
        i++;
        continue;
      }
      // "between 70% as a minimum and 75% as a maximum": the first end's own label stands before the joining word.
      const at = end + boundLabel(tokens, end);
      const join = rangeJoin(tokens, tokenAt(tokens, a.quantity.start), at);
      if (join && tokens[at + 1]?.start === b.quantity.start && tokens[at].lower === join) {
        out.push(joined(a, b, join));
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Words that make "from X to Y" a range rather than a change ("rose from X to Y"). */
const RANGE_WORDS = new Set(['range', 'ranges', 'ranged', 'ranging', 'runs', 'run', 'ran', 'vary', 'varies', 'varied',
  'varying', 'anywhere', 'spans', 'spanned', 'spanning']);
/** How far before "from" a range word may stand ("the range around this estimate runs from"). */
const RANGE_REACH = 3;

/**
 * The word joining a range's two bounds when the figure at token qa opens one: "to" after "<range word> from X",
 * "and" after "between X". The second bound may carry its own hedge ("to over 4,000"); a change ("rose from X to Y") is
 * no range.
 */
function rangeJoin(tokens: PreparedText['tokens'], qa: number, end: number): 'to' | 'and' | null {
  const lead = tokens[qa - 1]?.lower;
  if (lead === 'between' && tokens[end]?.lower === 'and') return 'and';
  if (lead !== 'from' || tokens[end]?.lower !== 'to') return null;
  for (let i = qa - 2; i >= Math.max(0, qa - 2 - RANGE_REACH); i--) if (RANGE_WORDS.has(tokens[i].lower)) return 'to';
  return null;
}

/** Words that label a range's first end as its floor: "as a minimum", "as the minimum", "at minimum". */
const LABEL_LEADS = new Set(['as', 'at']);
const LABEL_ARTICLES = new Set(['a', 'the']);
const FLOOR_LABELS = new Set(['minimum', 'min', 'lowest', 'low']);

/** Tokens of a floor label right after the first end (at token `end`), an optional comma after it; 0 when none. */
function boundLabel(tokens: PreparedText['tokens'], end: number): number {
  if (!LABEL_LEADS.has(tokens[end]?.lower ?? '')) return 0;
  const word = LABEL_ARTICLES.has(tokens[end + 1]?.lower ?? '') ? end + 2 : end + 1;
  if (!FLOOR_LABELS.has(tokens[word]?.lower ?? '')) return 0;
  return word + 1 - end + (tokens[word + 1]?.text === ',' ? 1 : 0);
}

function joinable(a: Claim, b: Claim): boolean {
  if (a.derived || b.derived || a.measure.key !== b.measure.key || (a.source?.id ?? '') !== (b.source?.id ?? '')) return false;
  // Ends told by their complement ("abstention between 70% and 75%", a turnout of 30 down to 25) run the other way.
  if (detailOf(a)?.complement && detailOf(b)?.complement) {
    return a.hedge === 'exact' && b.hedge === 'exact' && a.low !== null && b.high !== null && b.high < a.low;
  }
  return JOINABLE.has(a.hedge) && BOUNDS.has(b.hedge) && a.low !== null && (b.high ?? b.low) !== null && a.low < (b.high ?? b.low)!
    && (b.high !== null || !JOINABLE.has(b.hedge));
}

/** Hedges the second end may carry: "or 2,500", "to over 4,000" (a bound open above). */
const BOUNDS: ReadonlySet<Hedge> = new Set([...JOINABLE, ...FLOOR_HEDGES]);

function joined(a: Claim, b: Claim, word: string): Claim {
  const text = `${a.quantity.text} ${word} ${b.quantity.text}`;
  const d = detailOf(a);
  const db = detailOf(b);
  const descending = a.low !== null && b.high !== null && b.high < a.low;
  const c = { ...a, quantity: { start: a.quantity.start, end: b.quantity.end, text }, low: descending ? b.low : a.low,
    high: descending ? a.high : b.high, value: null,
    hedge: 'range' as const, end: Math.max(a.end, b.end) };
  if (d) {
    // "from 190 cases to over 4,000" read the first bound as a change's old value: in a range it is none.
    const { superseded: _, earlierWord: __, ...rest } = d;
    const told = `${a.quantity.text} ${word} ${word === 'or' ? db?.figure ?? b.quantity.text : b.quantity.text}`;
    // Ends told by their complement say the measure they were read as, as each end alone does.
    const figure = d.complement ? complementFigure(told, baseEvent(a.measure.event), c.low, c.high) : told;
    (c as typeof a & { detail: typeof d }).detail = { ...rest, figure };
  }
  return c;
}
