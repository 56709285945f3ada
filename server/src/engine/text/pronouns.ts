// Relative and partitive pronouns, written once. A relative opens a clause about the noun before it ("the toll, which
// rose ..."), so rules end a subject or a clause there; a partitive pronoun after "of" names the whole a figure takes
// its part of ("12 of which", "26 of them"). Each slot's subset is named here and picked from the table (a word the
// table lacks does not typecheck); pronouns of other classes ("it", "this") stay with the rule that adds them, save the
// first person, which two rules read.

/** Relatives of a clause about the noun before: "the toll, which ...", "students, who ...", "a man whose ...". */
export const WH_RELATIVES = ['which', 'who', 'whose'] as const;
/** The plural demonstratives, pointing back to a group: "Of these, 39 ...", "300 of those". */
export const PLURAL_DEMONSTRATIVES = ['these', 'those'] as const;

/** The table: every relative and partitive pronoun a rule reads. */
const PRONOUNS = [...WH_RELATIVES, 'whom', 'that', 'them', ...PLURAL_DEMONSTRATIVES] as const;
export type Pronoun = typeof PRONOUNS[number];

const pick = (...words: Pronoun[]): readonly Pronoun[] => words;

/** Every wh-relative: after a comma it qualifies the noun before, so no main clause starts there (claims/tokens.ts). */
export const RELATIVE_OPENERS = pick(...WH_RELATIVES, 'whom');
/** Every relative, "that" included: a past verb in its clause asserts (claims/modality.ts). */
export const RELATIVE_PRONOUNS = pick('that', ...RELATIVE_OPENERS);
/** Relatives that stand as their clause's subject: "the blast, which killed 12" (claims/scope.ts, claims/tokens.ts). */
export const SUBJECT_RELATIVES = pick('which', 'who', 'that');
/** Relatives of a thing: "the quake that struck on Monday" (claims/eventTime.ts). */
export const THING_RELATIVES = pick('which', 'that');
/** Relatives after "of" that take a part of the noun before: "of which 350", "of whom 12". */
export const PART_RELATIVES = pick('which', 'whom');
/** The same with "that": "of that 42 ..." (claims/measured.ts). */
export const WHOLE_RELATIVES = pick(...PART_RELATIVES, 'that');
/** Pronouns standing for a group a part is taken of: "26 of them", "Of these, 39 ...". */
export const GROUP_WHOLES = pick('them', ...PLURAL_DEMONSTRATIVES);
/** Every pronoun after "of" that takes a part of a figure before: "12 of which", "nine of them" (claims/counted.ts). */
export const PARTITIVE_PRONOUNS = pick(...PART_RELATIVES, ...GROUP_WHOLES);
/** Pronouns a share is "of" that stand for the measure itself, not a group: "51% of them" (claims/scope.ts). */
export const MEASURE_WHOLE_PRONOUNS = pick('them', 'those', ...PART_RELATIVES);

/** The first person: the voice's own side ("we counted 40", "our lead", "of our count"; claims/frame.ts, voicePhrase.ts). */
export const FIRST_PERSON = ['we', 'our', 'us', 'i', 'my'] as const;
