// A list of names separated by commas names one kind of thing: a squad ("Defenders - Jorge Costa, Paulinho Santos, ..."),
// a leaderboard ("Ernie Els (South Africa) 68, David Carter 70, ..."), the people a report lines up. When most of its
// entries are people the rules recognized, the other two- and three-word entries are people too, whatever one word of
// them read as alone ("Moin [Khan]") or when no rule knew them.
import { slug } from './fold';
import { DIGIT } from './lexicon';
import type { NamedSpan } from './recurring';
import type { Word } from './words';
import { nameEnd } from './scorecards';

/** Marks that open a list's first entry: a label's colon or dash, a semicolon. */
const LIST_OPENERS = new Set([':', '-', ';']);
/** Entries a list needs before its kind counts, and words a bracket after an entry may hold ("(South Africa)"). */
const MIN_ENTRIES = 3;
const BRACKET_WORDS = 4;
/** Entries of full names a list needs to name people with none of them recognized (one fewer with one). */
const LONG_LIST = 5;
/** Figures an entry may end with (a golfer's rounds, a time). */
const ENTRY_FIGURES = 4;

interface Entry { from: number; nameTo: number; to: number }

/** The entry at k: a name, then at most a bracket ("(Spain)", "(captain)") and a few figures; null when none starts at k. */
function entryAt(words: Word[], classes: Int32Array, k: number): Entry | null {
  const nameTo = nameEnd(words, classes, k);
  if (nameTo === k) return null;
  let to = nameTo;
  if (words[to]?.text === '(') {
    let m = to + 1;
    while (m < words.length && m - to <= BRACKET_WORDS && words[m].text !== ')') m++;
    if (words[m]?.text !== ')') return null;
    to = m + 1;
  }
  for (let n = 0; n < ENTRY_FIGURES && to < words.length && (classes[to] & DIGIT) && !words[to].gap.includes('\n'); n++) to++;
  return { from: k, nameTo, to };
}

/** The entries of the comma-separated list that opens at k, or none. */
function listAt(words: Word[], classes: Int32Array, k: number): Entry[] {
  const entries: Entry[] = [];
  for (let at = k; ;) {
    const e = entryAt(words, classes, at);
    if (!e) break;
    entries.push(e);
    if (words[e.to]?.text !== ',') break;
    at = e.to + 1;
  }
  return entries;
}

/**
 * The list names people: most of its entries are people the rules recognized, or it is a long list of full names
 * (squads, "To bat -" lines) with no entry that the rules read as a body or a place as a whole.
 */
function mostlyPeople(entries: Entry[], people: number, byStart: Map<number, NamedSpan>): boolean {
  let others = 0;
  for (const e of entries) {
    const s = byStart.get(e.from);
    if (s && s.kind !== 'person' && s.to === e.nameTo) others++;
  }
  if (people >= 2 && others * 2 < people && people * 3 >= entries.length) return true;
  if (entries.length < (people ? LONG_LIST - 1 : LONG_LIST)) return false;
  return others === 0 && entries.every(e => e.nameTo - e.from >= 2);
}

/**
 * Person mentions for the unrecognized entries of lists whose entries are mostly people; a span inside an entry's
 * name that ends with it is widened into the person. `spans` are all mentions found so far.
 */
export function listedPeople(text: string, words: Word[], classes: Int32Array, spans: NamedSpan[], covered: Uint8Array): NamedSpan[] {
  const byStart = new Map<number, NamedSpan>();
  const byEnd = new Map<number, NamedSpan>();
  for (const c of spans) { byStart.set(c.from, c); byEnd.set(c.to, c); }
  const extra: NamedSpan[] = [];
  for (let k = 0; k < words.length; k++) {
    const p = words[k - 1];
    if (words[k].punct || !(k === 0 || words[k].gap.includes('\n') || (p.punct && LIST_OPENERS.has(p.text)))) continue;
    const entries = listAt(words, classes, k);
    if (entries.length < MIN_ENTRIES) continue;
    k = entries[entries.length - 1].to - 1;
    const isPerson = (e: Entry) => { const s = byStart.get(e.from); return !!s && s.kind === 'person' && s.to === e.nameTo; };
    if (!mostlyPeople(entries, entries.filter(isPerson).length, byStart)) continue;
    for (const e of entries) {
      if (e.nameTo - e.from < 2 || isPerson(e)) continue;
      // A span inside the name and ending with it is widened; one over the whole name only when a context guessed it.
      const span = byEnd.get(e.nameTo);
      const head = span && (span.from > e.from || (span.from === e.from && span.guess)) ? span.from : e.nameTo;
      let free = true;
      for (let m = e.from; m < head; m++) if (covered[m]) free = false;
      if (!free) continue;
      for (let m = e.from; m < e.nameTo; m++) covered[m] = 1;
      const name = text.slice(words[e.from].start, words[e.nameTo - 1].end);
      const person = { from: e.from, kind: 'person' as const, id: `person:${slug(name)}`, name };
      if (span && head < e.nameTo) Object.assign(span, person, { guess: false });
      else extra.push({ ...person, to: e.nameTo });
    }
  }
  return extra;
}
