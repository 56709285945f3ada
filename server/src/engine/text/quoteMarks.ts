// Quote marks, one table each for every reader of where a quotation opens or closes: straight and curly marks, the
// German low opening mark and guillemets.

/** Marks that open a quotation. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u201e', '\u00ab', '\u2018', "'"]);
/** Marks that close a quotation. */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '\u201d', '\u00bb', '\u2019', "'"]);
