// A figure whose clause names no measure ("Odinga was second with 48.5 per cent", "2,500 workers at the plant", "about
// 70 km southwest") takes the measure its paragraph gives the same counted thing elsewhere, when the paragraph gives
// exactly one: a paragraph is about one thing, and a reader reads the bare figure as a figure of it. Two measures of the
// counted thing in the paragraph (a vote share and a turnout) leave it unread.
import type { PreparedText, Token } from '../types';
import { isReportingForm } from '../attributions/cues';
import { ownPredicateAfter } from './claimWords';
import type { DetailedClaim } from './detail';
import { TALLIES } from './frame';
import { claimId } from './id';
import { baseEvent } from './measure';
import { sharedMeasure } from './shared';
import { paragraphStart, tokenAt } from './tokens';
import { MOVE_NOUNS } from '../quantities/units';
import { PARTITIVE_PRONOUNS } from '../text/pronouns';

const UNSPECIFIED = 'unspecified';

/** Marks of a figure that is no measure's value: how far a count has got ("80% of polling stations counted"). */
const NOT_CARRIED = new Set(['unspecified+progress']);
/**
 * Verbs that say a figure is stated, not what happened to what it counts: "the rate was 19.7%", "put the figure at",
 * "a million according to the police" (the tagger's verb "according" names a voice, round 19),
 * "gave her about 7 percent", "the toll stood at", "reached 7.81%"; a voice that only names the figure ("the UBA spoke of
 * 800,000", "the union counted 300,000", "cited 1,200", round 21). Any other verb in the clause ("had been buried",
 * "continued on to Romania", "sheltering in the theatre") names a measure the tables do not know: nothing is carried.
 */
const STATING_VERBS = new Set(`be is are was were been being has have had put puts putting gave give gives given giving
  stood stand stands standing reached reach reaches remained remain remains totaled totalled total totals numbered showed
  show shows estimated estimate estimates placed place places came come comes published released announced issued posted
  according
  spoke speak speaks speaking spoken talked talk talks cited cite cites quoted counted count counts`.split(/\s+/));
/**
 * Nouns after a figure that name the figure itself, not another thing it modifies: "the official 19.7% rate"; a move
 * ("Monday's 17 percent decline") is a move of what the paragraph measures (round 29).
 */
const STANDS_FOR = new Set(['rate', 'rates', 'level', 'levels', 'reading', ...TALLIES, ...MOVE_NOUNS]);
/** Parts of speech after a figure that make it a modifier of what follows ("a 95 per cent confidence band"). */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The clause of the claim names a verb of its own, or the figure modifies the word after it: no measure to carry. */
function ownWords(tokens: readonly Token[], c: DetailedClaim): boolean {
  const qa = tokenAt(tokens, c.quantity.start);
  const qb = tokenAt(tokens, c.quantity.end - 1) + 1;
  // "Of the 5,800 schools, 4,100 were closed": the whole a part is taken from is no count of what befell the part.
  const ca = tokenAt(tokens, c.start);
  if (tokens[ca].lower === 'of' || (tokens[ca].lower === 'out' && tokens[ca + 1]?.lower === 'of')) return true;
  const after = tokens[qb];
  if (after && MODIFIED.has(after.pos) && !/^[A-Z]/.test(after.text) && !STANDS_FOR.has(after.lower)) return true;
  const to = tokenAt(tokens, c.end - 1);
  // "at least 78 have been shot": a predicate of the figure's own the tagger may read as a noun (round 30).
  if (ownPredicateAfter(tokens, qb, to + 1)) return true;
  for (let i = ca; i <= to; i++) {
    if (i >= qa && i < qb) continue;
    const t = tokens[i];
    if (t.pos === 'VERB' && !STATING_VERBS.has(t.lower) && !isReportingForm(t.lower)) return true;
  }
  return false;
}

/** Words after "of" that take a part of the figure before: "26 of them died", "of whom", "of which". */
const PART_OF: ReadonlySet<string> = new Set(PARTITIVE_PRONOUNS);
/** Tokens between a figure and the part taken of it in its sentence ("was 10,148 in 2018, and 26 of them"). */
const PART_REACH = 12;

/**
 * "The number of patients was 10,148 in 2018, and 26 of them died": the next figure, close after in the sentence, is a
 * part of this one, so what befell the part (the paragraph's measure) is no measure of the whole (round 19).
 */
function wholeOfPart(tokens: readonly Token[], c: DetailedClaim, next: DetailedClaim | undefined): boolean {
  if (!next) return false;
  const qb = tokenAt(tokens, c.quantity.end - 1) + 1;
  const na = tokenAt(tokens, next.quantity.start);
  const nb = tokenAt(tokens, next.quantity.end - 1) + 1;
  if (na - qb > PART_REACH || tokens.slice(qb, na).some(t => t.text === '.')) return false;
  return tokens[nb]?.lower === 'of' && PART_OF.has(tokens[nb + 1]?.lower ?? '');
}

/** Measures that say what a figure is in its own sentence only: a partitive's whole, a population. */
const OWN_SENTENCE = new Set(['total', 'population']);

/** Most tokens after the second of two joined figures where the verb they share may stand: "had been killed". */
const SHARED_VERB_REACH = 4;

/**
 * "15 soldiers and three police officers had been killed": two figures joined by "and" are one subject, and the verb
 * after the second is both figures' predicate. A figure with no event of its own right before "and" and the next figure
 * takes the event the next figure reads from words after it (never from its own noun: "ten soldiers and five civilian
 * deaths"), before any paragraph measure is carried onto it (round 30, probe30c).
 */
function shareJoinedEvents(tokens: readonly Token[], claims: DetailedClaim[]): void {
  for (let i = 0; i + 1 < claims.length; i++) {
    const c = claims[i];
    const n = claims[i + 1];
    if (baseEvent(c.measure.event) !== UNSPECIFIED || c.derived) continue;
    const nEvent = baseEvent(n.measure.event);
    const word = n.detail?.eventWord;
    if (nEvent === UNSPECIFIED || n.derived || !word) continue;
    const qb = tokenAt(tokens, c.quantity.end - 1) + 1;
    const na = tokenAt(tokens, n.quantity.start);
    if (na !== qb + 1 || tokens[qb].lower !== 'and') continue;
    const nb = tokenAt(tokens, n.quantity.end - 1) + 1;
    let at = -1;
    for (let k = nb; k < Math.min(tokens.length, nb + SHARED_VERB_REACH) && tokens[k].text !== '.' && tokens[k].text !== ','; k++) {
      if (tokens[k].lower === word) { at = k; break; }
    }
    if (at < 0) continue;
    const measure = sharedMeasure(c.measure.unit, nEvent + c.measure.event.slice(UNSPECIFIED.length));
    claims[i] = { ...c, measure, id: claimId(c.path, c.quantity.start, c.quantity.end, measure.key, '') };
  }
}

/** The claims with the paragraph's one measure for their unit carried onto those whose clause names none, in place. */
export function carryMeasures(prepared: PreparedText, claims: DetailedClaim[]): void {
  const { tokens } = prepared;
  shareJoinedEvents(tokens, claims);
  let from = 0;
  while (from < claims.length) {
    const para = paragraphStart(prepared, tokenAt(tokens, claims[from].quantity.start));
    let to = from + 1;
    while (to < claims.length && paragraphStart(prepared, tokenAt(tokens, claims[to].quantity.start)) === para) to++;
    carryIn(tokens, claims, from, to);
    from = to;
  }
}

/** Within claims [from, to) of one paragraph: each unit's one stated measure onto its unread figures. */
function carryIn(tokens: readonly Token[], claims: DetailedClaim[], from: number, to: number): void {
  if (to - from < 2) return;
  const measures = new Map<string, string | null>();
  for (let i = from; i < to; i++) {
    const { unit, event } = claims[i].measure;
    const base = baseEvent(event);
    if (base === UNSPECIFIED || OWN_SENTENCE.has(base)) continue;
    const known = measures.get(unit);
    measures.set(unit, known === undefined || known === base ? base : null);
  }
  for (let i = from; i < to; i++) {
    const c = claims[i];
    const { unit, event } = c.measure;
    if (baseEvent(event) !== UNSPECIFIED || NOT_CARRIED.has(event) || c.derived) continue;
    const carried = measures.get(unit);
    if (!carried || ownWords(tokens, c) || wholeOfPart(tokens, c, claims[i + 1])) continue;
    const measure = sharedMeasure(unit, carried + event.slice(UNSPECIFIED.length));
    claims[i] = { ...c, measure, id: claimId(c.path, c.quantity.start, c.quantity.end, measure.key, '') };
  }
}
