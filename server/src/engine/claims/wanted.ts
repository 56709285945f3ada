// A figure someone wants, demands, promises or plans is no fact yet: "organizers hoped to draw 1 million", "demanded
// the release of 300 prisoners", "called for a pay rise of 10%", "guidance of $2 billion", "lifted its outlook for sales
// to $12 billion". The figure must be what the wanting word's object counts ("demanded justice for the 300 killed" and
// "called for an inquiry into the deaths of 300" presuppose the deaths: the walk stops at other prepositions).
import type { Token } from '../types';
import { BE } from '../attributions/cues';
import { firstIn, wordClassIndex } from '../text/wordClass';
import { isNumberToken } from './tokens';

/** What must follow a wanting word for its object to be wanted: any object, "to" + verb, "for", a value after "of"/"at". */
type Takes = 'object' | 'to' | 'for' | 'value' | 'at' | 'passive';

const table = (kind: Takes, words: string): [string, Takes][] => words.split(' ').map(w => [w, kind]);

/** One table of the words that make the figure in their object wanted, planned or foreseen, by what they take. */
export const WANTING: ReadonlyMap<string, Takes> = new Map<string, Takes>([
  ...table('object', 'want wants wanted wanting hope hopes hoped hoping seek seeks sought seeking demand demands demanded '
    + 'demanding aim aimed aiming propose proposes proposed proposing request requests requested requesting promise promises '
    + 'promised pledge pledges pledged pledging plan assume assumes assumed assuming'),
  // "threatened to send 10,000 troops", "a bid to raise $2 billion", "on track to deliver 500,000 cars".
  ...table('to', 'threaten threatens threatened threatening vow vows vowed vowing bid ready willing track course intend '
    + 'intended intending scheduled try tries trying attempting'),
  // "called for 100,000 people to join", "appealed for $2 billion", "police braced for up to 100,000".
  ...table('for', 'call calls called calling ask asks asked asking push pushes pushed pushing press pressed pressing appeal '
    + 'appeals appealed appealing campaign campaigned campaigning brace braced bracing prepare prepares prepared preparing '
    + 'lobby lobbied lobbying sue sues sued suing'),
  // "guidance of $2 billion", "its outlook for sales to $12 billion", "a consensus of 228,000".
  // (A "goal of" or "objective of" a figure is a bound the frame reads; "a goal difference of 12" is a score.)
  ...table('value', 'guidance outlook projection projections prediction predictions target targets ambition proposal '
    + 'consensus assumption scenario'),
  // "the IMF sees growth at 1.5%"; "growth is seen at 2%", "is seen slowing to 1.8%" ("has seen 300 deaths" is a fact).
  ...table('at', 'sees see'),
  ...table('passive', 'seen'),
]);
/** The wanting words as one class, looked up through the report's word-class index. */
const WANTING_WORDS: ReadonlySet<string> = new Set(WANTING.keys());
/** Words of the object of a wanting word: its determiners, adjectives, nouns, pronouns and adverbs. */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'ADV']);
/** How far a wanting word's object reaches: "wants the national government to build another 300,000". */
const OBJECT_REACH = 10;
/** Negations inside the object stop it: "wants to not cut". */
const NOT = new Set(['not', "n't", 'never']);
/** After the figure, a past participle makes it a fact the object names: "promised to rebuild the 40,000 homes destroyed". */
const PAST_AFTER = /ed$/;

/**
 * Whether the figure at qa is reached from the word at `from` through an object: words of OBJECT_POS, "of", "to" (a verb
 * right after it: "hoped to draw"), "for" right after the word, "at" right before the figure, "in" before a name; no
 * other figure between.
 */
export function objectReaches(tokens: readonly Token[], from: number, qa: number): boolean {
  if (qa <= from || qa - from > OBJECT_REACH) return false;
  for (let k = from + 1; k < qa; k++) {
    const t = tokens[k];
    const w = t.lower;
    if (isNumberToken(t) || NOT.has(w)) return false;
    if (w === 'of' || w === 'to' || (w === 'for' && k === from + 1) || (w === 'at' && k === qa - 1)) continue;
    // "sees unemployment in Norvania at 7%": a place named inside the object.
    if (w === 'in' && tokens[k + 1]?.pos === 'PROPN') continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // "hoped to draw", "is seen slowing to": a verb after "to", or a gerund right after the word.
      if (tokens[k - 1].lower === 'to' || (tokens[k - 1].pos === 'ADV' && tokens[k - 2]?.lower === 'to')) continue;
      if (k === from + 1 && w.endsWith('ing')) continue;
      return false;
    }
    if (!OBJECT_POS.has(t.pos)) return false;
  }
  return true;
}

/** The word at i takes what its kind needs before the figure at qa. */
function takes(tokens: readonly Token[], i: number, qa: number, kind: Takes): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  switch (kind) {
    // "demand of 300 MW", "at the request of 300 residents": an owner, not what is wanted.
    case 'object': return next !== 'of';
    // "on track to deliver", "on course for 6.6% growth".
    case 'to': return next === 'to' || (next === 'for' && NEEDS_ON.has(tokens[i].lower));
    // "prepared for up to 100,000", "prepared to deploy 5,000".
    case 'for': return next === 'for' || (next === 'to' && tokens[i].lower.startsWith('prepar'));
    // "a goal of", "its outlook for sales to", "the budget targets a deficit of".
    case 'value': return VALUE_NEXT.has(next) || i === qa - 1 || tokens[i].pos === 'VERB';
    case 'at': return tokens[qa - 1]?.lower === 'at';
    case 'passive': return BE.has(tokens[i - 1]?.lower ?? '');
  }
}

/** Words between a plan's noun and its "be": "the official target for 2025 was", "the expectation in Norvania is". */
const PREDICATE_LEADS = new Set(['for', 'in', 'of']);
/** Words between "be" and the figure: "is just 6.3%", "was about 6.5%", "is for 6.3%". */
const PREDICATE_FILL = new Set(['ADV', 'ADJ', 'DET', 'ADP']);
/** Four digits: a year in the noun's own phrase ("the target for 2025"), no figure of its own. */
const YEAR = /^\d{4}$/;

/**
 * The figure at qa is what the plan's noun at i is ("Our expectation is 6.3% growth", "the official target for 2025 was
 * 6.5%"): a "be" after the noun and its own phrase ("for 2025", "in Norvania"), then only adverbs, adjectives and small
 * words up to the figure.
 */
function isPredicate(tokens: readonly Token[], i: number, qa: number): boolean {
  let k = i + 1;
  if (PREDICATE_LEADS.has(tokens[k]?.lower ?? '')) {
    k++;
    while (k < qa && !BE.has(tokens[k].lower) && (YEAR.test(tokens[k].text) || (!isNumberToken(tokens[k]) && OBJECT_POS.has(tokens[k].pos)))) k++;
  }
  if (k >= qa || !BE.has(tokens[k].lower)) return false;
  for (k++; k < qa; k++) if (!PREDICATE_FILL.has(tokens[k].pos) || isNumberToken(tokens[k])) return false;
  return true;
}

/** Words after a plan's noun that lead to its value. */
const VALUE_NEXT = new Set(['of', 'for', 'to', 'at', 'a', 'an', 'the', 'its', 'their']);
/** "on track to", "on course to": the noun alone is no plan. */
const NEEDS_ON = new Set(['track', 'course']);

/** Whether the figure at [qa, qb) in clause [ca, ...) is wanted, demanded, promised, planned or foreseen. */
export function isWanted(tokens: readonly Token[], qa: number, qb: number, ca: number): boolean {
  // Most figures have no wanting word within reach: one look-up instead of reading back token by token.
  const from = Math.max(ca, qa - OBJECT_REACH);
  if (firstIn(wordClassIndex(tokens, WANTING_WORDS), from, qa) < 0) return false;
  if (PAST_AFTER.test(tokens[qb]?.lower ?? '') && tokens[qb].pos === 'VERB') return false;
  for (let i = qa - 1; i >= from; i--) {
    const kind = WANTING.get(tokens[i].lower);
    if (kind === 'value' && isPredicate(tokens, i, qa)) return true;
    if (!kind || !takes(tokens, i, qa, kind)) continue;
    if (NEEDS_ON.has(tokens[i].lower) && tokens[i - 1]?.lower !== 'on') continue;
    if (objectReaches(tokens, i, qa)) return true;
  }
  return false;
}
