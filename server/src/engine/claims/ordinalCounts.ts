// Ordinals that state a count (round 35): "the fever claimed its 9th victim" says at least nine have died; "she will be
// the sixth president" says she holds the sixth place in the series of presidents. The recognizer reads no ordinal as
// a quantity (an ordinal is a rank, a date or a label there), so the claim step makes these figures from the tokens, for the nouns of one
// table only: "the second day", "the third quarter", "the 19th century" name no count.
import type { Quantity, Sentence, Token } from '../types';
import { ordinalAt } from '../text/ordinals';
import { tokenAt, sentenceIndexAt } from './tokens';

/**
 * Nouns an ordinal counts: the unit and the event of its claim, and whether the place is a floor. A victim or a death is
 * the latest of a toll that may still grow (at least that many killed); a president or a term is a place in a series
 * (event `place`, exact), which meets only another place in the same series.
 */
interface OrdinalKind { unit: string; event: string; floor: boolean }
const ORDINAL_NOUNS: ReadonlyMap<string, OrdinalKind> = new Map<string, OrdinalKind>([
  ...['victim', 'death', 'fatality'].map((w): [string, OrdinalKind] => [w, { unit: 'person', event: 'killed', floor: true }]),
  ...['president', 'term'].map((w): [string, OrdinalKind] => [w, { unit: w, event: 'place', floor: false }]),
]);
/** A character test for a report with no figure: a noun of the table in its text (one regular expression per report). */
const NOUN_TEXT = new RegExp(`\\b(?:${[...ORDINAL_NOUNS.keys()].join('|')})\\b`, 'i');
/** The same nouns, found one after another through a report. */
const NOUNS_IN_TEXT = new RegExp(NOUN_TEXT.source, 'gi');
export function mayHoldOrdinalCount(text: string): boolean {
  return NOUN_TEXT.test(text);
}
/** The unit and event of the claim an ordinal of `noun` states, when `noun` is one of the table. */
export function ordinalMeasure(noun: string): { unit: string; event: string } | undefined {
  return ORDINAL_NOUNS.get(noun.toLowerCase());
}
/** Articles that make an ordinal one more beyond a count given before: "a second death". */
const INDEFINITE = new Set(['a', 'an', 'another']);
/** Most tokens between an ordinal and its noun: "the ninth Executive President", "a third six-year term". */
const MODIFIER_TOKENS = 4;

/**
 * The noun of ORDINAL_NOUNS an ordinal ending at token `from` qualifies, over a few modifiers (words, or a hyphenated
 * compound of a number and a word); -1 when none, or when a mark, a figure standing alone or another ordinal comes
 * first. "a second-term mayor" (the ordinal glued to its noun by a hyphen) names a kind, not a place.
 */
function ordinalNoun(tokens: readonly Token[], from: number, limit: number): number {
  if (tokens[from]?.lower === '-') return -1;
  for (let k = from; k < limit && k <= from + MODIFIER_TOKENS; k++) {
    const t = tokens[k];
    if (ORDINAL_NOUNS.has(t.lower)) {
      // "a fourth-term president": the noun glued on to the next word is a modifier.
      return tokens[k + 1]?.lower === '-' ? -1 : k;
    }
    const hyphenated = t.lower === '-' || (t.type === 'number' && tokens[k + 1]?.lower === '-');
    if (t.type !== 'word' && !hyphenated) return -1;
    if (ordinalAt(tokens, k)) return -1;
  }
  return -1;
}

/**
 * The figures the ordinals of a report state, as quantities made from their tokens, with their first tokens and
 * sentences. Only the few tokens before each noun of the table are read (the nouns are found in the text), so a long
 * line of figures costs no token reads here.
 */
export function ordinalFigures(text: string, tokens: readonly Token[], sentences: readonly Sentence[]):
  { quantity: Quantity; at: number; sentence: Sentence }[] {
  const out: { quantity: Quantity; at: number; sentence: Sentence }[] = [];
  NOUNS_IN_TEXT.lastIndex = 0;
  for (let m = NOUNS_IN_TEXT.exec(text); m; m = NOUNS_IN_TEXT.exec(text)) {
    const n = tokenAt(tokens, m.index);
    const s = sentences[sentenceIndexAt(sentences, m.index)];
    if (!s || n < s.tokenStart || n >= s.tokenEnd || tokens[n].start !== m.index) continue;
    const k = ordinalBefore(tokens, n, s);
    if (k < 0) continue;
    const ord = ordinalAt(tokens, k)!;
    const kind = ORDINAL_NOUNS.get(tokens[n].lower)!;
    // "Three died of the fever; a fourth death is being looked into": "a" makes a floor's ordinal one more beyond a
    // count the text gave (a part apart from it, claims/breakdown.ts), not the toll; "its 9th victim" is the toll.
    if (kind.floor && INDEFINITE.has(tokens[k - 1]?.lower ?? '')) continue;
    // "the 1st victim" states no count beyond one, as "first" (left out of the word table) does not.
    if (ord.place < 2) continue;
    const start = tokens[k].start;
    const end = tokens[n].end;
    out.push({
      at: k, sentence: s,
      quantity: {
        start, end, text: text.slice(start, end), unit: tokens[n].lower, value: ord.place, low: ord.place,
        high: kind.floor ? null : ord.place, hedge: kind.floor ? 'at_least' : 'exact',
        noun: { start: tokens[n].start, end, text: tokens[n].text },
      },
    });
  }
  return out;
}

/** The ordinal whose noun (ordinalNoun) is the token at `n`, within its sentence: its first token, or -1. */
function ordinalBefore(tokens: readonly Token[], n: number, s: Sentence): number {
  for (let k = n - 1; k >= s.tokenStart && k >= n - MODIFIER_TOKENS - 2; k--) {
    const ord = ordinalAt(tokens, k);
    if (ord && ordinalNoun(tokens, ord.end, s.tokenEnd) === n) return k;
  }
  return -1;
}
