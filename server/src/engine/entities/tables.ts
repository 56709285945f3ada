// One index over every name table, built once at load, so the recognizer builds a candidate's surface string only
// when some table could hold it. Most words of a report are in no table: they are turned away by one look-up on the
// word's fold key, which the word scan has already computed.
import { COUNTRY_NAMES, DEMONYMS } from './countries';
import { foldKey, slug } from './fold';
import { PLACES } from './gazetteer';
import { KNOWN_ORGS } from './organizations';
import { OUTLETS } from './outlets';
import { KNOWN_PEOPLE } from './people';

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

/** Flags of a fold key in the index: an entry folds to exactly this key. */
export const FULL = 1;
/** Longer entries start with this key's words. */
export const MORE = 2;
/** A one-word key that is the first word of a longer entry: phrases are only tried after one of these. */
export const START = 4;

/**
 * Fold key, and every run of its first words, of each table entry -> flags. Exact-surface tables are folded too: a
 * surface that equals an entry folds as the entry does, so a key absent here rules out every table.
 */
const FOLD_INDEX = new Map<string, number>();
let emptyKey = 0;
for (const table of TABLES) {
  for (const name of table.keys()) {
    const key = foldKey(name);
    if (!key) { emptyKey = FULL; continue; }
    const parts = key.split(' ');
    let prefix = parts[0];
    for (let k = 1; k < parts.length; k++) {
      FOLD_INDEX.set(prefix, (FOLD_INDEX.get(prefix) ?? 0) | MORE | (k === 1 ? START : 0));
      prefix += ` ${parts[k]}`;
    }
    FOLD_INDEX.set(prefix, (FOLD_INDEX.get(prefix) ?? 0) | FULL);
  }
}

/** The index flags of a fold key (0: no entry is or starts with it). */
export function foldFlags(key: string): number {
  return key ? FOLD_INDEX.get(key) ?? 0 : emptyKey;
}
