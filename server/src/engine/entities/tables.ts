// One index over every name table, built once at load, so the recognizer builds a candidate's surface string only
// when some table could hold it. Most words of a report are in no table: they are turned away by one look-up on the
// word's fold key, which the word scan has already computed.
import { COUNTRY_NAMES, DEMONYMS } from './countries';
import { foldKey, slug } from './fold';
import { places, placesSteps } from './gazetteer';
import { runSteps } from '../steps';
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

/** Flags of a fold key in the index: an entry folds to exactly this key. */
export const FULL = 1;
/** Longer entries start with this key's words. */
export const MORE = 2;
/** A one-word key that is the first word of a longer entry: phrases are only tried after one of these. */
export const START = 4;

/** A node of the index: the fold key's words so far, its flags, and the words that may follow. */
export interface FoldNode {
  flags: number;
  next: Map<string, FoldNode> | null;
}

/**
 * The fold key of each table entry, word by word, as a tree: a node for every run of first words of some entry.
 * Exact-surface tables are folded too: a surface that equals an entry folds as the entry does, so a fold key with no
 * node rules out every table. Following a phrase word by word needs no new strings.
 */
let ROOT: FoldNode | null = null;
/** The index being built in steps (see foldIndexSteps), shared so any caller finishes what another started. */
let building: Generator<void, FoldNode> | null = null;

/** Names added to the index per step: a server builds it between requests (about 60k names in all). */
const INDEX_STEP = 2000;

/** The index, built on first use (a language server answering from its cache never needs it), stopping now and then. */
function* buildIndex(): Generator<void, FoldNode> {
  yield* placesSteps();
  const root: FoldNode = { flags: 0, next: new Map() };
  const tables: ReadonlyMap<string, unknown>[] = [OUTLETS, KNOWN_ORGS, COUNTRY_NAMES, DEMONYMS, PERSON_FULL, PERSON_SURNAME, places()];
  let batch: string[] = [];
  for (const table of tables) {
    for (const name of table.keys()) {
      batch.push(name);
      if (batch.length < INDEX_STEP) continue;
      addKeys(root, batch);
      batch = [];
      yield;
    }
  }
  addKeys(root, batch);
  return root;
}

/** Builds the name tables' index (and the gazetteer it reads) in steps; foldNode finishes it at once when asked first. */
export function* foldIndexSteps(): Generator<void, void> {
  while (!ROOT) {
    building ??= buildIndex();
    const step = building.next();
    if (!step.done) {
      yield;
      continue;
    }
    ROOT = step.value;
    building = null;
  }
}

function addKeys(root: FoldNode, names: Iterable<string>): void {
  for (const name of names) {
    const key = foldKey(name);
    let node = root;
    if (key) {
      const parts = key.split(' ');
      for (let k = 0; k < parts.length; k++) {
        if (k > 0) node.flags |= MORE | (k === 1 ? START : 0);
        node.next ??= new Map();
        let child = node.next.get(parts[k]);
        if (!child) node.next.set(parts[k], child = { flags: 0, next: null });
        node = child;
      }
    }
    node.flags |= FULL;
  }
}

/** The node a word's fold key leads to from `node` (a fold key may hold several words: "Censor.NET"), or null. */
export function followFold(node: FoldNode, fold: string): FoldNode | null {
  if (!fold) return node;
  if (fold.indexOf(' ') < 0) return node.next?.get(fold) ?? null;
  let at: FoldNode | null = node;
  for (const part of fold.split(' ')) {
    at = at.next?.get(part) ?? null;
    if (!at) return null;
  }
  return at;
}

/** The index node of a whole fold key, or null when no entry is or starts with it. */
export function foldNode(key: string): FoldNode | null {
  if (!ROOT) runSteps(foldIndexSteps());
  return followFold(ROOT as FoldNode, key);
}
