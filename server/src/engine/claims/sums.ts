// Sums a report states without writing them: "300 killed and 2,700 wounded" is 3,000 casualties, a derived claim that a
// report counting "4,000 casualties" contradicts.
import type { Claim, PreparedText } from '../types';
import type { DetailedClaim } from './detail';
import { claimId } from './id';
import { none, sharedMeasure } from './shared';
import { sentenceAt, tokenAt } from './tokens';
import { addendBeforeText } from './claimWords';
import { baseEvent, PEOPLE_CLASSES } from './measure';
import { MULTIPLIERS } from '../quantities/numbers';

/**
 * Events whose counts add up to another, each pair written once: the killed and the wounded are the casualties
 * (losses); flights cancelled and flights delayed are those "cancelled or delayed" (round 29), the count measure.ts
 * names by the two events joined.
 */
const ADDEND_PAIRS: readonly (readonly [string, string, string])[] = [
  ['killed', 'wounded', 'losses'],
  ['cancelled', 'delayed', 'cancelled_or_delayed'],
];
/** Each addend's partner and their sum's event, both ways. */
const ADDENDS = new Map(ADDEND_PAIRS.flatMap(([x, y, sum]) => [[x, { other: y, sum }], [y, { other: x, sum }]] as const));
/** Most tokens between the two figures: "300 were killed and 2,700 wounded". */
const GAP = 8;

/** A figure that may be added: a closed one, or a floor ("at least 300"), which makes the sum a floor too. */
function isAddend(c: Claim): boolean {
  return ADDENDS.has(c.measure.event) && !c.derived && c.low !== null;
}

/** The sum claim of two adjacent figures of one sentence whose events add up (`event`), of one unit and modality. */
function sumOf(a: DetailedClaim, b: DetailedClaim, event: string): DetailedClaim {
  const low = a.low! + b.low!;
  const high = a.high === null || b.high === null ? null : a.high + b.high;
  const value = a.value !== null && b.value !== null ? a.value + b.value : null;
  const measure = sharedMeasure(a.measure.unit, event);
  const text = `${a.quantity.text} + ${b.quantity.text}`;
  return {
    ...a,
    id: claimId(a.path, a.quantity.start, b.quantity.end, measure.key, 'sum'),
    start: Math.min(a.start, b.start),
    end: Math.max(a.end, b.end),
    quantity: { start: a.quantity.start, end: b.quantity.end, text },
    low, high, value,
    hedge: high === null ? 'at_least' : a.hedge === 'exact' && b.hedge === 'exact' ? 'exact' : a.hedge === 'exact' ? b.hedge : a.hedge,
    measure,
    scope: scopeOfBoth(a.scope, b.scope),
    derived: true,
    ...(a.detail ? { detail: { ...a.detail, eventWord: null, sense: null, figure: text, superseded: a.detail.superseded || b.detail?.superseded } } : {}),
  };
}

/**
 * The scope ids of two claims, each once, in order; the shared empty list when neither has any (most sums: a new list,
 * set and copies per sum were an eighth of the sums' garbage on a report of killed-and-injured sentences).
 */
function scopeOfBoth(a: readonly string[], b: readonly string[]): string[] {
  return a.length || b.length ? [...new Set([...a, ...b])] : none();
}

/** Most parts after a whole that may add up to it ("Of the 107 victims, 88 died at X and 19 at Y"). */
const MAX_PARTS = 6;

/**
 * A whole the report names only by who was struck ("Of the 107 victims, 88 died at the district hospital and 19 at a
 * private one"), whose parts right after it in its sentence all tell one thing that befell them and add up to it
 * exactly: the whole counts that too (107 dead), in place. Parts that fall short ("Of the 107 victims, 88 died")
 * leave the whole as it was: the others may have lived.
 */
export function wholesOfParts(prepared: PreparedText, claims: DetailedClaim[]): void {
  const { sentences } = prepared;
  for (let i = 0; i + 2 < claims.length; i++) {
    const w = claims[i];
    if (w.measure.event !== 'unspecified' || w.derived || w.low === null || w.low !== w.high) continue;
    const s = sentenceAt(sentences, w.quantity.start);
    let sum = 0;
    let n = 0;
    let event: string | null = null;
    for (let j = i + 1; j < claims.length && n < MAX_PARTS; j++) {
      const p = claims[j];
      if (sentenceAt(sentences, p.quantity.start) !== s || p.derived) break;
      if (p.measure.unit !== w.measure.unit || p.low === null || p.low !== p.high || p.measure.event.includes('+')) break;
      if (event === null) event = p.measure.event;
      if (p.measure.event !== event || event.startsWith('unspecified')) break;
      sum += p.low;
      n++;
    }
    if (n < 2 || sum !== w.low || event === null) continue;
    claims[i] = { ...w, measure: sharedMeasure(w.measure.unit, event) };
  }
}

/** A claim's reading that another figure may be added to: not derived, its event read and not yet a part. */
const openReading = (c: Claim): boolean => !c.derived && !c.measure.event.includes('+')
  && !c.measure.event.startsWith('unspecified');

/**
 * "22 died in one village, in addition to 14 who died in another": a figure the sentence adds another count of the
 * same thing to ("in addition to", "as well as", "besides"; claimWords.ts addendBeforeText) is one addend of their sum, no
 * whole, as the added figure is (measured.ts marks that one as it reads it). Every reading of the figure before becomes
 * a part (`+part`) when one of them counts what the added figure counts (round 35); a count of another thing ("22
 * killed, in addition to 14 injured") stays whole.
 */
export function addendsOfOneSum(prepared: PreparedText, claims: DetailedClaim[]): void {
  const { text, sentences } = prepared;
  for (let j = 1; j < claims.length; j++) {
    const added = claims[j];
    // Read in the text, so a line of figures costs no token reads here.
    if (added.derived || !addendBeforeText(text, added.quantity.start)) continue;
    // The readings of the figure right before, in the same sentence and unit.
    const s = sentenceAt(sentences, added.quantity.start);
    let i = j - 1;
    while (i >= 0 && claims[i].quantity.start === added.quantity.start) i--;
    if (i < 0 || sentenceAt(sentences, claims[i].quantity.start) !== s) continue;
    const at = claims[i].quantity.start;
    let first = i;
    while (first > 0 && claims[first - 1].quantity.start === at) first--;
    const before = claims.slice(first, i + 1).filter(c => c.measure.unit === added.measure.unit);
    const counted = baseEvent(added.measure.event);
    if (!before.some(c => baseEvent(c.measure.event) === counted)) continue;
    for (let k = first; k <= i; k++) {
      const c = claims[k];
      if (c.measure.unit !== added.measure.unit || !openReading(c)) continue;
      claims[k] = { ...c, measure: sharedMeasure(c.measure.unit, `${c.measure.event}+part`) };
    }
  }
}

/**
 * Sum claims for the figures of one sentence that add up to a stated kind of count: killed plus wounded are casualties.
 * Only adjacent figures pair ("300 killed and 2,700 wounded"), so each sentence costs no more than its figures.
 */
export function sumClaims(prepared: PreparedText, claims: readonly DetailedClaim[]): DetailedClaim[] {
  const out: DetailedClaim[] = [];
  const { tokens, sentences } = prepared;
  for (let i = 0; i + 1 < claims.length; i++) {
    const a = claims[i];
    const b = claims[i + 1];
    const pair = isAddend(a) && isAddend(b) ? ADDENDS.get(a.measure.event) : undefined;
    if (!pair || pair.other !== b.measure.event) continue;
    if (a.measure.unit !== b.measure.unit || a.modality !== b.modality || a.source?.id !== b.source?.id) continue;
    if (sentenceAt(sentences, a.quantity.start) !== sentenceAt(sentences, b.quantity.start)) continue;
    if (tokenAt(tokens, b.quantity.start) - tokenAt(tokens, a.quantity.end - 1) > GAP) continue;
    out.push(sumOf(a, b, pair.sum));
  }
  return out;
}

/** People counted whose casualties (killed and wounded together) bound their dead from above. */
const CASUALTY_UNITS = PEOPLE_CLASSES;
const CASUALTIES = 'losses';
const DEAD = 'killed';
/**
 * The word that must name the count: "lost" and "losses" also tell of a side's dead alone or of people gone missing
 * ("India lost 20 soldiers", "69 people were lost"), so only "casualties" is read as the ceiling.
 */
const CASUALTY_WORD = /\bcasualt(?:y|ies)$/i;

/** A stated count of casualties, named by that word, with a closed top and no vague size ("dozens"). */
function statedCasualties(c: DetailedClaim): boolean {
  if (c.derived || c.measure.event !== CASUALTIES || !CASUALTY_UNITS.has(c.measure.unit)) return false;
  if (c.high === null || c.hedge === 'vague') return false;
  return CASUALTY_WORD.test(c.detail?.eventWord ?? '') || CASUALTY_WORD.test(c.quantity.text);
}

/**
 * "Only one casualty has been reported", "recognized 133 people as casualties" (round 29): the dead are among the
 * casualties however a report uses the word (the dead alone, or the dead and the wounded), so a casualty count is a
 * ceiling on the dead, a derived claim on the casualty figure's own span that a count of more dead contradicts ("65
 * people have died") and any count up to it agrees with.
 */
export function deadWithinCasualties(claims: readonly DetailedClaim[]): DetailedClaim[] {
  const out: DetailedClaim[] = [];
  for (const c of claims) {
    if (!statedCasualties(c)) continue;
    const key = `${c.measure.unit}|${DEAD}`;
    out.push({
      ...c,
      id: claimId(c.path, c.quantity.start, c.quantity.end, key, 'dead-within'),
      low: 0, high: c.high, value: c.value ?? c.high, hedge: 'up_to',
      measure: sharedMeasure(c.measure.unit, DEAD),
      derived: true,
      ...(c.detail ? { detail: { ...c.detail, eventWord: null, sense: null } } : {}),
    });
  }
  return out;
}

/** The passengers apart from the crew (scoped.ts): with the crew's count they are everyone on board. */
const PASSENGERS_ONLY = 'kind:passenger';
/** A crew's count by its words: "12 crew members", "25 crewmen". */
const CREW_TEXT = /\bcrew/i;

/**
 * "230 passengers and 12 crew members" (round 23): the passengers counted apart from the crew are a part of everyone on
 * board, and with the crew they are everyone on board, a derived claim of the passengers' measure (242 aboard) that a
 * report counting "242 people on board" agrees with and one counting "198 passengers and crew" contradicts.
 */
export function aboardSums(prepared: PreparedText, claims: readonly DetailedClaim[]): DetailedClaim[] {
  const out: DetailedClaim[] = [];
  const { tokens, sentences } = prepared;
  for (let i = 0; i + 1 < claims.length; i++) {
    const [x, y] = [claims[i], claims[i + 1]];
    const pax = x.scope.includes(PASSENGERS_ONLY) ? x : y.scope.includes(PASSENGERS_ONLY) ? y : null;
    const crew = pax === x ? y : x;
    if (!pax || pax.derived || crew.derived || !CREW_TEXT.test(crew.quantity.text) || crew.scope.includes(PASSENGERS_ONLY)) continue;
    if (pax.low === null || pax.high === null || crew.low === null || crew.high === null) continue;
    if (pax.modality !== crew.modality || pax.source?.id !== crew.source?.id) continue;
    if (sentenceAt(sentences, x.quantity.start) !== sentenceAt(sentences, y.quantity.start)) continue;
    if (tokenAt(tokens, y.quantity.start) - tokenAt(tokens, x.quantity.end - 1) > GAP) continue;
    const text = `${x.quantity.text} + ${y.quantity.text}`;
    out.push({
      ...pax,
      id: claimId(pax.path, x.quantity.start, y.quantity.end, pax.measure.key, 'aboard'),
      start: Math.min(x.start, y.start),
      end: Math.max(x.end, y.end),
      quantity: { start: x.quantity.start, end: y.quantity.end, text },
      low: pax.low + crew.low, high: pax.high + crew.high,
      value: pax.value !== null && crew.value !== null ? pax.value + crew.value : null,
      hedge: pax.hedge === 'exact' && crew.hedge === 'exact' ? 'exact' : pax.hedge === 'exact' ? crew.hedge : pax.hedge,
      scope: pax.scope.filter(id => id !== PASSENGERS_ONLY),
      derived: true,
      ...(pax.detail ? { detail: { ...pax.detail, figure: text } } : {}),
    });
  }
  return out;
}

/** The part and the whole of a share a sentence states as two counts: voters who voted out of the voters of a vote. */
const SHARE_OF_COUNTS = { part: 'person|voted', whole: 'voter|total', share: 'turnout' };
/** Most tokens between the part and its whole: "5.6 million of the country's roughly 24 million voters". */
const SHARE_GAP = 8;

/** A whole in percent. */
const FULL_SHARE = 100;

/**
 * A figure written with a scale word and its first digits ("5.6 million", "about 24 million"). A run of digits is tried
 * from its first digit only (the lookbehind), so a long run costs one pass.
 */
const SCALED = /(?<!\d)(\d+)(?:\.(\d{1,3}))?\s(thousand|million|billion)\b/i;

/** Half the last written step of a figure with a scale word ("5.6 million" → 50,000), else 0. */
function roundingOf(text: string): number {
  const m = SCALED.exec(text);
  if (!m) return 0;
  return 0.5 * MULTIPLIERS.get(m[3].toLowerCase())! / 10 ** (m[2]?.length ?? 0);
}

/** A claim's figure as a closed interval, or null when it is open or not above zero. */
function closed(c: Claim): { low: number; high: number } | null {
  return c.low !== null && c.high !== null && c.low > 0 ? { low: c.low, high: c.high } : null;
}

/**
 * "5.6 million of the country's roughly 24 million voters had turned out to vote": a count of who voted next to the
 * count of voters it is taken from states the turnout as a share (about 23 %), a derived percentage that a report
 * giving the turnout as a rate ("a rate of 48 per cent") contradicts (round 21). Part and whole must stand within a few
 * tokens of each other in one sentence, with one voice and modality.
 */
export function shareClaims(prepared: PreparedText, claims: readonly DetailedClaim[]): DetailedClaim[] {
  const out: DetailedClaim[] = [];
  const { tokens, sentences } = prepared;
  for (let i = 0; i + 1 < claims.length; i++) {
    const [x, y] = [claims[i], claims[i + 1]];
    const part = x.measure.key === SHARE_OF_COUNTS.part ? x : y.measure.key === SHARE_OF_COUNTS.part ? y : null;
    const whole = part === x ? y : x;
    if (!part || whole.measure.key !== SHARE_OF_COUNTS.whole || part.derived || whole.derived) continue;
    if (part.modality !== whole.modality || part.source?.id !== whole.source?.id) continue;
    if (sentenceAt(sentences, x.quantity.start) !== sentenceAt(sentences, y.quantity.start)) continue;
    if (tokenAt(tokens, y.quantity.start) - tokenAt(tokens, x.quantity.end - 1) > SHARE_GAP) continue;
    // "more than 8 million of the 19.4 million": an open part is a share of at least its low end.
    const w = closed(whole);
    if (!w || part.low === null || part.low <= 0 || part.low > w.low) continue;
    // "5.6 million" is any count that rounds to it: the share spans the part's rounding too.
    const step = roundingOf(part.quantity.text);
    const high = part.high === null ? FULL_SHARE : Math.min(FULL_SHARE, (part.high + step) / w.low * FULL_SHARE);
    out.push(shareOf(part, whole, Math.max(0, part.low - step) / w.high * FULL_SHARE, high));
  }
  return out;
}

/** The derived share claim of a part over its whole, from `low` to `high` percent. */
function shareOf(part: DetailedClaim, whole: DetailedClaim, low: number, high: number): DetailedClaim {
  const key = `percent|${SHARE_OF_COUNTS.share}`;
  const text = `${part.quantity.text} / ${whole.quantity.text}`;
  const exact = part.hedge === 'exact' && whole.hedge === 'exact' && low === high;
  return {
    ...part,
    id: claimId(part.path, part.quantity.start, part.quantity.end, key, 'share'),
    low, high, value: exact ? low : null,
    hedge: exact ? 'exact' : 'range',
    measure: sharedMeasure('percent', SHARE_OF_COUNTS.share),
    scope: scopeOfBoth(part.scope, whole.scope),
    derived: true,
    ...(part.detail ? { detail: { ...part.detail, eventWord: null, sense: null, figure: text } } : {}),
  };
}
