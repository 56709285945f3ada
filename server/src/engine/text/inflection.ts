// Regular English inflection for word tables: each table lists a word once (a noun singular, a verb by its lemma) and the
// readers derive the other forms here, so no module keeps a fold of its own.

/** `w` ends in the plural "-s" of a word in `words` ("stampedes", "diplomats"); not the word itself. */
export function isPluralOf(words: ReadonlySet<string>, w: string): boolean {
  return w.endsWith('s') && words.has(w.slice(0, -1));
}

/** `w` is a word of `words` or its "-s" plural ("election", "elections"). */
export function hasOrPlural(words: ReadonlySet<string>, w: string): boolean {
  return words.has(w) || isPluralOf(words, w);
}

/** A noun's regular plural: "city" → "cities", "province" → "provinces", "metropolis" → "metropolises". */
export function nounPlural(w: string): string {
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return /(s|sh|ch|x|z)$/.test(w) ? `${w}es` : `${w}s`;
}

/**
 * A verb's forms from its lemma, so each verb is written once: "gut" → gut guts gutted gutting, "raze" → razes razed
 * razing, "bury" → buries buried burying. Regular verbs only (write an irregular form as a word of its own).
 */
export function verbForms(lemmas: string): string {
  const out: string[] = [];
  for (const v of lemmas.split(/\s+/)) {
    if (!v) continue;
    // A short verb ending in one vowel and one consonant doubles it: "gut" → "gutted", "scrap" → "scrapped".
    const doubled = /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/.test(v) ? v + v.slice(-1) : v;
    if (v.endsWith('e')) out.push(v, `${v}s`, `${v}d`, `${v.slice(0, -1)}ing`);
    else if (/[^aeiou]y$/.test(v)) out.push(v, `${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`, `${v}ing`);
    else out.push(v, /(s|sh|ch|x|z)$/.test(v) ? `${v}es` : `${v}s`, `${doubled}ed`, `${doubled}ing`);
  }
  return out.join(' ');
}
