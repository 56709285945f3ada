// One index over every name table, built once at load, so the recognizer builds a candidate's surface string only
// when some table could hold it. Most words of a report are in no table: they are turned away by one look-up on the
// word's fold key, which the word scan has already computed.
import { COUNTRY_NAMES, DEMONYMS } from './countries';
import { foldKey, slug } from './fold';
import { PLACES } from './gazetteer';
import { KNOWN_ORGS } from './organizations';
import { OUTLETS } from './outlets';
import { KNOWN_PEOPLE } from './people';
import type { Word } from './words';

/** Well-known people: full names and variants by fold key. */
export const PERSON_FULL = new Map<string, { id: string; name: string }>();
/** Well-known people by the fold key of a surname alone. */
export const PERSON_SURNAME = new Map<string, { id: string; name: string }>();
for (const p of KNOWN_PEOPLE) {
  const e = { id: `person:${slug(p.name)}`, name: p.name };
  for (const v of [p.name, ...(p.variants ?? [])]) PERSON_FULL.set(foldKey(v), e);
  for (const s of p.surnames) PERSON_SURNAME.set(foldKey(s), e);
}

const TABLES: ReadonlyMap<string, unknown>[] = [OUTLETS, KNOWN_ORGS, COUNTRY_NAMES, DEMONYMS, PERSON_FULL, PERSON_SURNAME, PLACES];

/** Folded first words of every multi-word table entry: longer phrases are only tried after one of them. */
export const MULTI_WORD_STARTS = new Set<string>();

/**
 * Fold key, and every run of its first words, of each table entry -> FULL (an entry folds to exactly this) and/or
 * MORE (longer entries start with these words). Exact-surface tables are folded too: a surface that equals an entry
 * folds as the entry does, so a fold key absent here rules out every table.
 */
const FOLD_INDEX = new Map<string, number>();
const FULL = 1;
const MORE = 2;
let emptyKey = false;
for (const table of TABLES) {
  for (const name of table.keys()) {
    const key = foldKey(name);
    if (!key) { emptyKey = true; continue; }
    const parts = key.split(' ');
    if (parts.length > 1) MULTI_WORD_STARTS.add(parts[0]);
    let prefix = parts[0];
    for (let k = 1; k < parts.length; k++) {
      FOLD_INDEX.set(prefix, (FOLD_INDEX.get(prefix) ?? 0) | MORE);
      prefix += ` ${parts[k]}`;
    }
    FOLD_INDEX.set(prefix, (FOLD_INDEX.get(prefix) ?? 0) | FULL);
  }
}

/** Some table may hold a one-word surface whose fold key is `fold`. */
export function mayBeInTables(fold: string): boolean {
  return fold ? ((FOLD_INDEX.get(fold) ?? 0) & FULL) !== 0 : emptyKey;
}

/**
 * For the phrase ends `ends` of words from `from` on, marks in `out` (indexed like `ends`) the ones whose phrase some
 * table may hold. The phrase's fold key is the words' fold keys joined by spaces (punctuation and words that fold to
 * nothing add no part), so it grows word by word and stops as soon as no entry starts with it.
 */
export function phrasesInTables(words: Word[], from: number, ends: number[], out: boolean[]): void {
  let key = '';
  let flags = emptyKey ? FULL | MORE : MORE;
  let e = 0;
  for (let k = from; e < ends.length; k++) {
    const w = words[k];
    if (!w.punct && w.fold) {
      if (!(flags & MORE)) break;
      key = key ? `${key} ${w.fold}` : w.fold;
      flags = FOLD_INDEX.get(key) ?? 0;
      if (!flags) break;
    }
    if (ends[e] === k + 1) out[e++] = (flags & FULL) !== 0;
  }
  for (; e < ends.length; e++) out[e] = false;
}
