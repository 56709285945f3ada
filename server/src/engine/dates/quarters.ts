// Quarters of a year: "the third quarter", "third-quarter profit", "the fiscal first quarter of 2024", "the 1988
// third quarter", "this year's third quarter", "the year-ago period", "Q3 2024".
import { yearAt } from './atoms';
import type { Expr, Located } from './expr';
import { DETERMINERS, PERIOD_SHIFT, POSSESSIVES, QUARTER_ORDINALS, REPORTING_WORDS, YEAR_BACK_WORDS } from './lexicon';
import type { ScanContext } from './scanContext';
import { isPossessiveEnding } from '../text/possessive';

type QuarterExpr = Extract<Expr, { k: 'quarter' }>;

/** Owners before a quarter ("its fourth quarter"); "a third quarter" is rarely a date. */
const OWNER_DETERMINERS = new Set(['its', 'their', 'our', 'his', 'her', 'your', 'my']);

/** Function words that do not modify a quarter: "the end of third quarter" keeps its own reading. */
const NOT_MODIFIERS = new Set(['of', 'and', 'or', 'to', 'in', 'for', 'on', 'at', 'by', 'with', 'from', 'than', 'as', 'that', 'the', 'a', 'an']);

/** What is read before the ordinal: where it stops (`j`), what it said, and whether a determiner or qualifier came. */
interface QuarterHead {
  j: number;
  expr: QuarterExpr;
  qualified: boolean;
  determined: boolean;
}

/**
 * How far past its first token a quarter's noun can stand: "the", a year or "this year's" (3), three qualifiers of up
 * to three tokens (9), the ordinal and its hyphen (2): the noun is at most 15 tokens on. Past that no head is read
 * (it allocated its expression at every token of a report).
 */
const QUARTER_REACH = 16;

/**
 * A quarter: "the third quarter", "third-quarter", "the fiscal first quarter of 2024", "the 1988 third quarter",
 * "this year's third quarter", "the year-earlier quarter", "the latest quarter", "the quarter", "the year-ago
 * period", "the quarter a year ago". At most three qualifier tokens are read.
 */
export function quarterAt(c: ScanContext, i: number): Located | null {
  if (c.nextQuarterNoun(i) - i >= QUARTER_REACH) return null;
  const head = quarterHead(c, i);
  const { expr, qualified, determined } = head;
  let j = head.j;
  const q = QUARTER_ORDINALS.get(c.lower(j));
  if (q !== undefined) {
    expr.q = q;
    j++;
    if (c.lower(j) === '-' && c.touches(j)) j++;
  }
  const noun = c.lower(j);
  if (noun !== 'quarter' && noun !== 'period') return null;
  if (noun === 'period' && (q !== undefined || !qualified || !determined)) return null;
  // "the quarter-point cut", "the quarter of the city": not a calendar quarter.
  if (q === undefined && ((c.lower(j + 1) === '-' && c.touches(j + 1)) || (c.lower(j + 1) === 'of' && yearAt(c, j + 2) === null))) return null;
  // Without "the" or a possessive year, only the hyphenated adjective ("third-quarter profit") or "fiscal".
  if (!determined && expr.yRel === undefined && !(q !== undefined && (c.lower(j - 1) === '-' || c.lower(j - 2) === 'fiscal'))) return null;
  if (q === undefined && !determined && expr.yRel === undefined) return null;
  if (noun === 'period') expr.period = true;
  return { start: i, m: { end: quarterTail(c, j + 1, expr), expr } };
}

/** "the", a possessive or an owner, a stated year, "this year's", and up to three qualifiers before the ordinal. */
function quarterHead(c: ScanContext, i: number): QuarterHead {
  let j = i;
  const the = c.lower(j) === 'the';
  if (the) j++;
  // "for its fourth quarter": a possessive determines the quarter like "the" (and stays outside the span), and so
  // does a determiner before modifiers ("the seasonally slow third quarter", "a flat second quarter").
  const determined = the || POSSESSIVES.has(c.lower(i - 1)) || OWNER_DETERMINERS.has(c.lower(i - 1)) ||
    (QUARTER_ORDINALS.has(c.lower(i)) && modifiedOrdinal(c, i));
  const expr: QuarterExpr = { k: 'quarter' };
  let qualified = false;
  const statedYear = determined ? yearAt(c, j) : null;
  if (statedYear !== null) { expr.y = statedYear; j++; qualified = true; }
  // "this year's", "last year's", "next year's".
  const shift = PERIOD_SHIFT.get(c.lower(j));
  if (statedYear === null && shift !== undefined && c.lower(j + 1) === 'year' && isPossessiveEnding(c.lower(j + 2))) {
    expr.yRel = shift;
    j += 3;
    qualified = true;
  }
  const after = qualifiersEnd(c, j, expr);
  return { j: after, expr, qualified: qualified || after > j, determined };
}

/** Up to three qualifiers: "year-earlier", "prior-year", "latest", "fiscal" ("fiscal-first"); where they end. */
function qualifiersEnd(c: ScanContext, j: number, expr: QuarterExpr): number {
  for (let guard = 0; guard < 3; guard++) {
    if (c.lower(j) === 'year' && c.lower(j + 1) === '-' && YEAR_BACK_WORDS.has(c.lower(j + 2)) && c.touches(j + 1) && c.touches(j + 2)) {
      expr.back = 1;
      j += 3;
    } else if (c.lower(j) === 'prior' && c.lower(j + 1) === '-' && c.lower(j + 2) === 'year' && c.touches(j + 2)) {
      expr.back = 1;
      j += 3;
    } else if (REPORTING_WORDS.has(c.lower(j))) {
      j += c.lower(j + 1) === '-' && c.touches(j + 1) && QUARTER_ORDINALS.has(c.lower(j + 2)) ? 2 : 1; // "fiscal-first"
    } else break;
  }
  return j;
}

/** After the noun at `end`: a year ("of 2024"), "a year ago", "last year"; where the quarter ends. */
function quarterTail(c: ScanContext, end: number, expr: QuarterExpr): number {
  const y = c.lower(end) === 'of' ? yearAt(c, end + 1) : yearAt(c, end);
  if (y !== null && expr.y === undefined && expr.yRel === undefined) {
    expr.y = y;
    end += c.lower(end) === 'of' ? 2 : 1;
  } else if (c.lower(end) === 'a' && c.lower(end + 1) === 'year' && YEAR_BACK_WORDS.has(c.lower(end + 2)) && c.lower(end + 2) !== 'before') {
    expr.back = 1; // "the quarter a year ago"
    end += 3;
  } else if (expr.q !== undefined && expr.y === undefined && expr.yRel === undefined && namedYearAfter(c, end) !== null) {
    // "the fourth quarter of last year", "the first quarter this year": that year's quarter, not a quarter's year back.
    const of = c.lower(end) === 'of' ? 1 : 0;
    expr.yRel = namedYearAfter(c, end)!;
    end += of + 2;
  } else if (c.lower(end) === 'last' && c.lower(end + 1) === 'year' && expr.y === undefined && expr.yRel === undefined) {
    expr.back = 1; // "the corresponding period last year"
    end += 2;
  }
  return end;
}

/** "last year", "of this year", "of next year" at `end`: the year's shift from the report's; null when none. */
function namedYearAfter(c: ScanContext, end: number): number | null {
  const at = c.lower(end) === 'of' ? end + 1 : end;
  const shift = PERIOD_SHIFT.get(c.lower(at));
  return shift !== undefined && c.lower(at + 1) === 'year' && !isPossessiveEnding(c.lower(at + 2)) ? shift : null;
}

/** One or two lower-case modifiers between a determiner and the ordinal at i: "a flat second", "the seasonally slow third". */
function modifiedOrdinal(c: ScanContext, i: number): boolean {
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    const t = c.tokens[k];
    if (t.type !== 'word' || !/^[a-z]+$/.test(t.text) || NOT_MODIFIERS.has(t.text)) return false;
    if (DETERMINERS.has(c.lower(k - 1)) && c.lower(k - 1) !== 'that') return true;
  }
  return false;
}

/** "Q3", "Q3 2024". */
export function quarterCodeAt(c: ScanContext, i: number, w: string): Located | null {
  if (!(w.length === 2 && w[0] === 'q' && w[1] >= '1' && w[1] <= '4' && c.tokens[i].text[0] === 'Q')) return null;
  const y = yearAt(c, i + 1);
  return { start: i, m: { end: y === null ? i + 1 : i + 2, expr: { k: 'quarter', q: Number(w[1]), y: y ?? undefined } } };
}
