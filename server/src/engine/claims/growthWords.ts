// Words of an economy's growth and shrinking, one table each: the event lexicon (measure.ts) reads the noun as growth and
// the sign reader (signed.ts) reads every form as growth below zero.
import { verbForms } from '../text/inflection';

/** The noun of an economy getting smaller: "a 0.5% contraction" is a rate of growth (below zero). */
export const SHRINK_NOUN = 'contraction';
/** Words of an economy getting smaller: one table, read before or after the figure. */
export const SHRINK_WORDS: ReadonlySet<string> = new Set([SHRINK_NOUN, ...verbForms('contract').split(' '),
  'shrank', 'shrink', 'shrinks', 'shrunk', 'shrinking']);
/** The forms of "grow" that state a change ("grew by 2%") or an expansion ("grew to $453 billion"). */
export const GROW_FORMS: readonly string[] = ['grew', 'grow', 'grows'];
