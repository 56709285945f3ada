// Bodies found are a count of the dead: "270 bodies recovered so far" against "the death toll rose to 245" are two
// counts of one toll, the bodies a part the searchers have reached. Read as the dead (`person|killed`), marked
// `detail.bodies`, so the check pairs them with the toll at most as possible (compare.ts, reason `bodies`).
// Bodies handed over, identified, buried, cremated or moved are a part of the found ones, no count of the dead.
import type { PreparedText } from '../types';
import type { DetailedClaim } from './detail';
import { sharedMeasure } from './shared';
import { tokenAt } from './tokens';

/** Words of finding the dead: "recovered", "pulled out", "located", "dug out", "retrieved". One table, lower case. */
const FOUND = new Set(['recover', 'recovers', 'recovered', 'recovering', 'retrieve', 'retrieves', 'retrieved',
  'find', 'finds', 'found', 'pull', 'pulls', 'pulled', 'locate', 'locates', 'located', 'unearth', 'unearthed',
  'dug', 'extract', 'extracted', 'extricated', 'excavated']);
/** "brought out of the rubble": a verb that finds only with "out". */
const FOUND_WITH_OUT = new Set(['brought', 'taken', 'carried']);
/** Tokens before the figure and after its noun a word of finding may stand at ("have recovered or located about three dozen bodies"). */
const BEFORE = 6;
const AFTER = 6;

/** Words before a word of finding that say it has not happened: "had yet to be retrieved", "were not found". */
const NOT_YET = new Set(['yet', 'not', "n't", 'never']);
const NOT_REACH = 4;

function notYet(tokens: PreparedText['tokens'], at: number): boolean {
  for (let j = Math.max(0, at - NOT_REACH); j < at; j++) if (NOT_YET.has(tokens[j].lower)) return true;
  // "bodies to be recovered": a search still ahead.
  return tokens[at - 1]?.lower === 'be' && tokens[at - 2]?.lower === 'to';
}

/** Whether the tokens near the figure say the bodies were found. Bounded look: BEFORE + AFTER tokens per figure. */
function saysFound(p: PreparedText, qStart: number, qEnd: number, clauseStart: number, clauseEnd: number): boolean {
  const { tokens } = p;
  const first = Math.max(tokenAt(tokens, clauseStart), tokenAt(tokens, qStart) - BEFORE);
  const qLast = tokenAt(tokens, qEnd - 1);
  for (let i = first; i < tokens.length && i <= qLast + AFTER && tokens[i].start < clauseEnd; i++) {
    const w = tokens[i].lower;
    if (FOUND.has(w)) return !notYet(tokens, i);
    if (FOUND_WITH_OUT.has(w) && tokens[i + 1]?.lower === 'out') return true;
  }
  return false;
}

/** Reads each stated count of bodies the report says were found as a count of the dead, in place. */
export function markFoundBodies(p: PreparedText, claims: DetailedClaim[]): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    // An increment or a part of the bodies ("three more bodies were found", "34 of them children") is no toll.
    if (c.measure.unit !== 'body' || c.derived || c.measure.event.includes('+')) continue;
    if (!saysFound(p, c.quantity.start, c.quantity.end, c.start, c.end)) continue;
    claims[i] = {
      ...c,
      measure: sharedMeasure('person', 'killed'),
      ...(c.detail ? { detail: { ...c.detail, bodies: true } } : {}),
    };
  }
}
