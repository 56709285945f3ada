// Round 34 (holder34, issue 10): the place a distance is of. "Kessa, about 90 miles south of Dorvik" and "Kessa is 90
// miles south of Dorvik" measure from Kessa to Dorvik; the clause after the comma, or the subject before "is", names only
// Dorvik, so the distance read Dorvik alone and was no rival of "Kessa, 120 miles south of Dorvik" (check.ts pairs
// distances only over the same places).
import type { EntityMention, Sentence, Token } from '../types';
import { firstStartingAt, tokenAt } from '../text/offsets';
import type { ScopeEntry } from './scope';
import { isDistanceUnitWord } from '../quantities/units';

/** The bearings a distance is given in ("90 miles south of Dorvik"); measure.ts reads them as cues of a distance. */
export const BEARINGS: readonly string[] = ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'];
const BEARING = new Set(BEARINGS);
/** Most tokens of a converted distance in brackets between the unit and its bearing: "90 km (56 miles) south of". */
const CONVERSION_REACH = 6;

/** Most tokens between the origin's name and the figure: "Lorvik, a town of 5,000 in farm country, 90 miles". */
const ORIGIN_REACH = 12;
/** Verbs that place a named place at a distance ("Kessa is / lies / sits 40 km from"); any other verb ends the search. */
const PLACING_VERBS = new Set(['is', 'was', 'lies', 'lay', 'sits', 'located', 'situated']);

/**
 * The place named right before a distance figure in its sentence, joined to it by an apposition's comma or a placing
 * verb (PLACING_VERBS), with no other entity between: the place the distance is measured from. Null otherwise: "the
 * epicentre was 72 km from Dorvik" names no origin by name, and "in Kessa and near the coast about 100 miles" has a
 * noun phrase of its own between.
 */
export function distanceOrigin(entities: readonly EntityMention[], tokens: readonly Token[], s: Sentence,
  figStart: number): string | null {
  const i = firstStartingAt(entities, figStart) - 1;
  const e = entities[i];
  if (!e || e.start < s.start || e.end > figStart || e.kind !== 'place') return null;
  return joinedToFigure(tokens, e.end, figStart) ? e.id : null;
}

/** The tokens from a place's end to the figure open with a comma or a placing verb, are few, and hold no other verb. */
function joinedToFigure(tokens: readonly Token[], from: number, to: number): boolean {
  const a = tokenAt(tokens, from);
  const first = tokens[a];
  if (!first || (first.text !== ',' && !PLACING_VERBS.has(first.lower))) return false;
  for (let k = a; k < tokens.length && tokens[k].start < to; k++) {
    if (k - a > ORIGIN_REACH) return false;
    const t = tokens[k];
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !PLACING_VERBS.has(t.lower)) return false;
    if (t.text === ';' || t.text === '(' || t.text === ':') return false;
  }
  return true;
}

/** Adds a distance's origin to its scope as where it is, or turns its reading as a party ("Kessa is ...") into a place. */
export function placeDistanceOrigin(scope: ScopeEntry[], origin: string | null): void {
  if (!origin) return;
  const at = scope.findIndex(x => x.id === origin);
  if (at < 0) scope.push({ id: origin, role: 'where' });
  else if (scope[at].role === 'who') scope[at] = { id: origin, role: 'where' };
}

/**
 * Round 39 (place39): the place a distance is measured to by a bearing, "... about 800 miles south of Dorvik", is a
 * yardstick for the sentence's other figures: "floods in Kessa, about 800 miles south of Dorvik, have killed 91" are
 * Kessa's dead, not Dorvik's, and "a town of 5,000 about 100 miles west of Dorvik" is the town's size. Read as a place,
 * it made those figures rivals of Dorvik's own counts and sizes. "40 km from Dorvik" is left: like "near Dorvik"
 * (scope.ts isNeighbour), it may place the figure in Dorvik's area.
 */
export function isDistanceEnd(tokens: readonly Token[], start: number): boolean {
  let k = tokenAt(tokens, start) - 1;
  if (tokens[k]?.lower !== 'of') return false;
  const of = k;
  while (k > 0 && (BEARING.has(tokens[k - 1].lower) || tokens[k - 1].text === '-')) k--;
  if (k === of) return false;
  k--;
  // "90 km (56 miles) south of": the unit before the bracketed conversion.
  if (tokens[k]?.text === ')') {
    const close = k;
    while (k >= 0 && tokens[k].text !== '(' && close - k <= CONVERSION_REACH) k--;
    if (tokens[k]?.text !== '(') return false;
    k--;
  }
  return isDistanceUnitWord(tokens[k]?.lower ?? '');
}

/** Words "near" reads past to its place: "near the old colonial town of Antigua". */
const NEAR_REACH = 6;
const NEAR_WORDS = new Set(['near', 'nearby']);

/** A lower-case word or "of" between "near" and its place ("the old town of"). */
function nearFiller(t: Token): boolean {
  return /^[a-z]+$/.test(t.lower) && t.text === t.lower && t.pos !== 'VERB' && t.pos !== 'AUX';
}

/** The place at `start` is told as what something lies near ("near Kessa", "near the old market town of Kessa"). */
function afterNear(tokens: readonly Token[], start: number): boolean {
  let k = tokenAt(tokens, start) - 1;
  for (let n = 0; k >= 0 && n < NEAR_REACH; n++, k--) {
    if (NEAR_WORDS.has(tokens[k].lower)) return true;
    if (!nearFiller(tokens[k])) return false;
  }
  return false;
}

/**
 * Round 44 (place44): "about 40 km southwest of Dorvik, near the old town of Kessa" measures the site's distance from
 * Dorvik; Kessa, named after the far end as what the site lies near, is no end of the distance. Read as one, the
 * distance had two named ends and never met "40 km from Dorvik". Only places after the figure are read, and only once
 * another place is named after it: "near Kessa, 40 km from Dorvik" keeps Kessa.
 */
export function dropNeighbourEnds(entities: readonly EntityMention[], tokens: readonly Token[], scope: ScopeEntry[],
  figEnd: number, end: number): void {
  const near = new Set<string>();
  const named = new Set<string>();
  for (let i = firstStartingAt(entities, figEnd); i < entities.length && entities[i].start <= end; i++) {
    const e = entities[i];
    if (e.end > end || (e.kind !== 'place' && e.kind !== 'country')) continue;
    if (named.size && afterNear(tokens, e.start)) near.add(e.id);
    else named.add(e.id);
  }
  for (let i = scope.length - 1; i >= 0; i--) {
    const id = scope[i].id;
    if (scope[i].role === 'where' && near.has(id) && !named.has(id)) scope.splice(i, 1);
  }
}

/**
 * Drops from a figure that is no distance the places named only as a distance's far end (isDistanceEnd). Only a
 * "where" entry can be dropped, so a scope without one is left as it is before any set is built; and only the
 * entities from `start` on are read (they are sorted by start): this runs for every figure, and reading every entity
 * of the report each time made the step grow with the report's length times its figures.
 */
export function dropDistanceEnds(entities: readonly EntityMention[], tokens: readonly Token[], scope: ScopeEntry[],
  start: number, end: number): void {
  if (!scope.some(entry => entry.role === 'where')) return;
  const ends = new Set<string>();
  const elsewhere = new Set<string>();
  for (let i = firstStartingAt(entities, start); i < entities.length && entities[i].start <= end; i++) {
    const e = entities[i];
    if (e.end > end || (e.kind !== 'place' && e.kind !== 'country')) continue;
    (isDistanceEnd(tokens, e.start) ? ends : elsewhere).add(e.id);
  }
  for (let i = scope.length - 1; i >= 0; i--) {
    const id = scope[i].id;
    if (scope[i].role === 'where' && ends.has(id) && !elsewhere.has(id)) scope.splice(i, 1);
  }
}
