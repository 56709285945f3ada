// Counts the words call unconfirmed or feared (round 24): "unconfirmed reports of at least 44 deaths", "an unconfirmed 44
// dead", "at least 44 feared dead". Such a count tells what may have happened, not what a tally holds; a reader sets it
// beside another unconfirmed count, not against a count that was made.
import type { Claim, PreparedText, Sentence, Token } from '../types';
import { detailOf, type CaseState } from './detail';
import { sentenceAt, tokenAt } from './tokens';
import { TALLIES } from '../text/yardsticks';
import { WORD_SCALES } from '../quantities/numbers';

/** Words before a figure, in its clause, that say its count is unconfirmed: "unconfirmed reports of 44 deaths". */
const UNCONFIRMED = new Set(['unconfirmed', 'unverified']);
/** Tokens before the figure in which an UNCONFIRMED word is looked for ("unconfirmed reports of at least 44"). */
const UNCONFIRMED_REACH = 5;
/** Words of fear or belief after which a participle of death makes the count a fear: "44 feared dead". */
const FEARED = new Set(['feared']);
/** What the feared befell: "feared dead", "feared killed", "feared drowned", "feared to have died". */
const FEARED_FATES = new Set(['dead', 'killed', 'drowned', 'lost', 'to']);
/** Tokens after the figure's number within which "feared dead" is looked for (its noun may stand between). */
const FEARED_REACH = 3;

/**
 * Words before a tally that make its figure a doubted count (round 32): "the feared death toll has risen to 61", "the
 * suspected death toll has climbed to 132". What may have happened, as "44 feared dead" is, never the confirmed count.
 */
const DOUBTED_TALLY = new Set(['feared', 'suspected', 'presumed', ...UNCONFIRMED]);
/** Words that may stand between such a word and its tally: "the feared death toll". */
const TALLY_OF = new Set(['death', 'casualty', 'fatality']);
/** Tokens back from the figure within which its doubted tally is looked for ("toll from a ferry disaster in X has risen to"). */
const TALLY_REACH = 12;
/** How many characters before the figure a DOUBTED_TALLY word is looked for first. */
const TALLY_LOOK = 100;
const TALLY_TEXT = new RegExp(`\\b(?:${[...DOUBTED_TALLY].join('|')})\\b`, 'i');

/** Any word of the tables above in text, and how many characters around the figure it is looked for first. */
const MARK_TEXT = new RegExp(`\\b(?:${[...UNCONFIRMED, ...FEARED].join('|')})\\b`, 'i');
const MARK_LOOK = 60;

function unconfirmedBefore(tokens: readonly Token[], clauseStart: number, qa: number): boolean {
  for (let i = qa - 1; i >= Math.max(clauseStart, qa - UNCONFIRMED_REACH); i--) {
    const t = tokens[i];
    if (t.text === ',' || t.text === ';') return false;
    if (UNCONFIRMED.has(t.lower)) return true;
  }
  return false;
}

/**
 * The figure's clause names its tally as doubted before it, with no other figure between: "The feared death toll from a
 * ferry disaster has risen to 61". Reads at most TALLY_REACH tokens, only for a figure with such a word near it.
 */
function doubtedTally(tokens: readonly Token[], clauseStart: number, qa: number): boolean {
  for (let i = qa - 1; i >= Math.max(clauseStart + 1, qa - TALLY_REACH); i--) {
    const t = tokens[i];
    if (t.type === 'number' || t.text === ';') return false;
    if (!TALLIES.has(t.lower)) continue;
    const before = TALLY_OF.has(tokens[i - 1].lower) && i >= 2 ? tokens[i - 2] : tokens[i - 1];
    return DOUBTED_TALLY.has(before.lower);
  }
  return false;
}

function fearedAfter(tokens: readonly Token[], qa: number, qb: number): boolean {
  for (let i = qa + 1; i < qb + FEARED_REACH && i + 1 < tokens.length; i++) {
    if (tokens[i].type === 'punctuation') return false;
    if (FEARED.has(tokens[i].lower) && FEARED_FATES.has(tokens[i + 1].lower)) return true;
  }
  return false;
}

/**
 * States of a case count written right after its number ("301 confirmed and 325 suspected cases", "3 confirmed and 24
 * suspected"): a count of confirmed cases and one of suspected cases are two counted things, never rivals (round 25).
 * Probable cases are a third class, neither the suspected reported nor the confirmed ("1,210 suspected cases ... nine
 * probable cases", round 32).
 */
const CASE_STATES = new Map<string, CaseState>([
  ['confirmed', 'confirmed'], ['lab-confirmed', 'confirmed'], ['laboratory-confirmed', 'confirmed'],
  ['suspected', 'suspected'], ['probable', 'probable'],
]);
const STATE_TEXT = new RegExp(`\\b(?:${[...CASE_STATES.keys()].join('|')})\\b`, 'i');

/**
 * The state word right after the figure's number, if any: the first word past its digits and scale words ("1.2 million
 * confirmed").
 */
function stateAfter(tokens: readonly Token[], qa: number): CaseState | undefined {
  let i = qa + 1;
  while (i < tokens.length && (tokens[i].type === 'number' || WORD_SCALES.has(tokens[i].lower) || tokens[i].text === ',')) i++;
  return i < tokens.length ? CASE_STATES.get(tokens[i].lower) : undefined;
}

function markState(prepared: PreparedText, tokens: readonly Token[], c: Claim, d: NonNullable<ReturnType<typeof detailOf>>): void {
  // Only a figure with a state word just after it is read further (no token reads for the others).
  if (!STATE_TEXT.test(prepared.text.slice(c.quantity.start, c.quantity.end + MARK_LOOK))) return;
  const state = stateAfter(tokens, tokenAt(tokens, c.quantity.start))
    ?? statePredicated(tokens, tokenAt(tokens, c.quantity.end - 1) + 1);
  if (state) d.caseState = state;
}

/** Words read through from a count to the state its clause gives it: "were classified as", "have been listed as". */
const STATE_LINKS = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'classified', 'listed',
  'counted', 'as']);
/** Most link words read. */
const STATE_LINK_REACH = 4;

/**
 * The state the figure's own clause gives its cases after it (round 32): "317 cases were classified as confirmed and
 * eight as probable", "412 cases have been confirmed". qb is the token after the figure.
 */
function statePredicated(tokens: readonly Token[], qb: number): CaseState | undefined {
  for (let i = qb; i < tokens.length && i <= qb + STATE_LINK_REACH; i++) {
    const state = CASE_STATES.get(tokens[i].lower);
    if (state) return i > qb ? state : undefined;
    if (!STATE_LINKS.has(tokens[i].lower)) return undefined;
  }
  return undefined;
}

/**
 * "4,356 confirmed cases and 61,864 suspected cases, for a total of 66,220": a figure with no state in a sentence that
 * states both a confirmed and a suspected count is their sum, of every state, no rival of one state's count (round 25).
 */
function markStateSums(prepared: PreparedText, claims: readonly Claim[]): void {
  const states = new Map<Sentence, Set<string>>();
  for (const c of claims) {
    const state = detailOf(c)?.caseState;
    const s = state ? sentenceAt(prepared.sentences, c.quantity.start) : null;
    if (!s || !state) continue;
    const set = states.get(s) ?? new Set<string>();
    set.add(state);
    states.set(s, set);
  }
  if (![...states.values()].some(set => set.size > 1)) return;
  for (const c of claims) {
    const d = detailOf(c);
    if (!d || d.caseState || c.derived) continue;
    const s = sentenceAt(prepared.sentences, c.quantity.start);
    if (s && (states.get(s)?.size ?? 0) > 1) d.caseState = 'all';
  }
}

/** Marks `detail.unconfirmed` on each figure its words call unconfirmed or feared, and `detail.caseState`. */
export function markUnconfirmed(prepared: PreparedText, claims: readonly Claim[]): void {
  const { tokens } = prepared;
  for (const c of claims) {
    const d = detailOf(c);
    if (!d || c.derived) continue;
    markState(prepared, tokens, c, d);
    if (TALLY_TEXT.test(prepared.text.slice(Math.max(c.start, c.quantity.start - TALLY_LOOK), c.quantity.start))
      && doubtedTally(tokens, tokenAt(tokens, c.start), tokenAt(tokens, c.quantity.start))) d.unconfirmed = true;
    // Only a figure with one of the words in the text near it is read further: a list of figures costs no token reads.
    if (!MARK_TEXT.test(prepared.text.slice(Math.max(c.start, c.quantity.start - MARK_LOOK), c.quantity.end + MARK_LOOK))) continue;
    const qa = tokenAt(tokens, c.quantity.start);
    const qb = tokenAt(tokens, c.quantity.end - 1) + 1;
    if (unconfirmedBefore(tokens, tokenAt(tokens, c.start), qa) || fearedAfter(tokens, qa, qb)) d.unconfirmed = true;
  }
  markStateSums(prepared, claims);
}
