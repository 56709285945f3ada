// The forms of "be", written once. Each rule composes the set its slot needs from these lists: the copula after a
// subject ("15 were children"), the passive auxiliary ("were uprooted"), the existential after "there".

/** Finite forms that agree with a subject, present and past. */
export const FINITE_BE = ['is', 'are', 'was', 'were'] as const;
/** The past finite forms. */
export const PAST_FINITE_BE = ['was', 'were'] as const;
/** Forms after an auxiliary or "to": "will be", "has been", "is being". */
export const NONFINITE_BE = ['be', 'been', 'being'] as const;
/** "is" contracted onto its subject, as the tokenizer splits it off ("it's"), straight and curly. */
export const CONTRACTED_IS = ["'s", '\u2019s'] as const;
/** "are" contracted onto its subject ("they're", "we’re"), straight and curly. */
export const CONTRACTED_ARE = ["'re", '\u2019re'] as const;

/** The finite forms as a set, for the many rules that read only a copula. */
export const FINITE_BE_SET: ReadonlySet<string> = new Set(FINITE_BE);
