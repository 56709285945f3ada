// Round 44: county cricket clubs. "Essex 532-8 declared", "against Glamorgan", "Surrey slipped to 88 for four": in a
// report about cricket the first-class counties are the clubs that bear their names; the gazetteer knows some of them
// as places and others not at all.
import { slug } from './fold';
import type { NamedSpan } from './recurring';
import type { Word } from './words';

/** The first-class counties of English cricket, by their words in lower case (one table; clubs share the name). */
const CRICKET_COUNTIES = new Set(['derbyshire', 'durham', 'essex', 'glamorgan', 'gloucestershire', 'hampshire', 'kent',
  'lancashire', 'leicestershire', 'middlesex', 'northamptonshire', 'nottinghamshire', 'somerset', 'surrey', 'sussex',
  'warwickshire', 'worcestershire', 'yorkshire']);

/** Words only a cricket report uses; one of them makes the counties clubs. */
const CRICKET_WORDS = new Set(['cricket', 'innings', 'wicket', 'wickets', 'batsman', 'batsmen', 'bowler', 'bowlers',
  'overs', 'all-rounder', 'off-spinner', 'leg-spinner', 'wicketkeeper']);

/** Prepositions that put a county on the map even in a cricket report ("at Durham", "born in Kent"). */
const MAP_MARKS = new Set(['in', 'at', 'near', 'from', 'outside', 'around', 'into', 'across']);

const mapped = (words: Word[], k: number) => {
  const p = words[k - 1];
  return !!p && !p.punct && MAP_MARKS.has(p.lower);
};

/** "Ray Durham": a capitalized word before it (not a headline's capitals) makes the county word part of a name. */
const named = (words: Word[], k: number) => {
  const p = words[k - 1];
  return !!p && !p.punct && p.cap && p.gap === ' ' && p.text !== p.text.toUpperCase();
};

/**
 * In a cricket report, a county's name standing alone (a place span of its one word, or a word no span took) is the
 * county's club, unless a preposition places it. Relabels the places in `found`; returns the new mentions.
 */
export function countyClubs(text: string, words: Word[], found: NamedSpan[], covered: Uint8Array): NamedSpan[] {
  const extra: NamedSpan[] = [];
  if (!words.some(w => !w.punct && CRICKET_WORDS.has(w.lower))) return extra;
  const club = (k: number) => CRICKET_COUNTIES.has(words[k].lower) && words[k].cap && !mapped(words, k) && !named(words, k);
  const id = (k: number) => `organization:${slug(text.slice(words[k].start, words[k].end))}`;
  for (const c of found) {
    if (c.kind !== 'place' || c.to !== c.from + 1 || !club(c.from)) continue;
    c.kind = 'organization';
    c.id = id(c.from);
  }
  for (let k = 0; k < words.length; k++) {
    if (covered[k] || !club(k)) continue;
    covered[k] = 1;
    extra.push({ from: k, to: k + 1, kind: 'organization', id: id(k), name: text.slice(words[k].start, words[k].end) });
  }
  return extra;
}
