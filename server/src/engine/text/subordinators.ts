// Subordinating conjunctions ("while", "after", "because", "when"), written once. A clause one opens is not the clause
// before it: rules end a clause or a backward walk at them, or start a subject after them. Each slot's subset is named
// here and picked from the table (a word the table lacks does not typecheck); words that are no subordinator (a
// preposition, "but", "and", a speech verb, a mark) stay with the rule that adds them.

/** Contrast that joins two clauses of equal weight, even without a comma ("fighting began on May 3 while 40 were ..."). */
export const CONTRAST_JOINS = ['while', 'whereas'] as const;
/** Concession: the clause after tells of something else than the one before ("although he claimed victory"). */
export const CONCESSIVES = ['although', 'though'] as const;
/** Condition: a figure after them may never hold ("if they withdraw, 60,000"). */
export const CONDITIONALS = ['if', 'unless'] as const;
/** Contrast and concession. */
export const CONTRAST_SUBORDINATORS = [...CONTRAST_JOINS, ...CONCESSIVES] as const;

/** The table: every subordinator a rule reads. */
const SUBORDINATORS = [...CONTRAST_SUBORDINATORS, ...CONDITIONALS, 'whilst', 'when', 'after', 'before', 'since', 'until',
  'once', 'as', 'because', 'whether', 'where'] as const;
export type Subordinator = typeof SUBORDINATORS[number];

const pick = (...words: Subordinator[]): readonly Subordinator[] => words;

/** The contrast joins with British "whilst": they end a clause wherever they stand (claims/tokens.ts). */
export const HARD_CONTRAST = pick(...CONTRAST_JOINS, 'whilst');

/** Where a subject walking back from its verb stops: the clause's subject starts after ("while police counted 400"). */
export const SUBJECT_WALK_STOPS = pick(...CONTRAST_SUBORDINATORS, 'when', 'as', 'after', 'where', 'because', 'since', 'if');
/** The same for an event's subject, which also stops at "before" and "until" ("before the quake struck"). */
export const EVENT_SUBJECT_STOPS = pick(...SUBJECT_WALK_STOPS, 'before', 'until');
/** Openers a participle clause's subject follows ("As the death toll kept rising, reaching 17"; quantities/elided.ts). */
export const SUBJECT_FOLLOWS = pick(...CONTRAST_SUBORDINATORS, 'as', 'when', 'because', 'once');
/** Openers of a fronted clause that ends at its comma ("If they withdraw, the 60,000 soldiers ..."; claims/tokens.ts). */
export const FRONTED_OPENERS = pick(...CONTRAST_SUBORDINATORS, ...CONDITIONALS, 'when', 'after', 'before', 'since', 'once',
  'because', 'as');
/** Openers of a clause with its own subject, which may be a figure ("died after 3,600 patients flooded in"). */
export const OWN_SUBJECT_OPENERS = pick('after', 'before', 'because', 'until', ...CONCESSIVES);
/** Openers of a clause of an earlier event with its own subject and verb ("after the storm struck the coast on Monday"). */
export const EARLIER_EVENT_OPENERS = pick('after');
/** Openers of a clause of its own whose past verb asserts, whatever modal governs the main clause (claims/modality.ts). */
export const OWN_CLAUSE_OPENERS = pick(...OWN_SUBJECT_OPENERS, 'when', 'once', ...CONTRAST_JOINS);
/** Where a look back for a moved object stops (quantities/elided.ts). */
export const MOVED_OBJECT_STOPS = pick('when', ...CONTRAST_JOINS, 'because', ...CONCESSIVES);
/** Where a look back for a measure noun stops: the moved object's stops and the time openers. */
export const MEASURE_NOUN_STOPS = pick(...MOVED_OBJECT_STOPS, 'after', 'before');
/** Openers of a participle clause before the main clause ("After saying ..., the man"; attributions/participles.ts). */
export const PARTICIPLE_OPENERS = pick('after', 'before', 'while', 'when', 'since');
/** Openers before a mid-sentence "asked" that put a question to the subject ("she said when asked whether"). */
export const ASKED_OPENERS = pick('when', 'after', 'once', 'if');
/** Openers of a reported clause with no subject first ("says if he wins"; attributions/clauses.ts). */
export const REPORTED_CLAUSE_OPENERS = pick(...CONDITIONALS, 'whether', 'when', 'because', 'once', 'although', 'since', 'as');
/** Openers that start a sentence and are never a speaker's name, capitalized there ("Although ..."; attributions/words.ts). */
export const SENTENCE_OPENING = pick(...CONDITIONALS, 'whether', 'when', 'while', 'as', ...CONCESSIVES, 'because', 'since',
  'once', 'until');

/** A regular expression source matching any of the words as a whole word: literal alternatives only, so linear. */
export function wordsPattern(words: readonly string[]): string {
  return `\\b(?:${words.join('|')})\\b`;
}
