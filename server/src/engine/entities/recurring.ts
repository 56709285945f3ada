// Second-pass evidence over the whole report: a name the first pass met once with a clear kind names the same entity
// everywhere ("state miner Codelco" ... "Codelco said"), names learned in brackets ("(MoH)") replace later guesses,
// and unknown capitalized words that recur are entities with a kind from their contexts.
import type { EntityKind } from '../types';
import { CAP } from './lexicon';
import type { Scan, Word } from './words';
import { slug } from './fold';
import { MONTH_ABBREVIATIONS } from '../dates/lexicon';
import { INDEX_HEADS, measureInitialism } from './acronyms';

/** A named mention over a word range, as both passes of the recognizer see it. */
export interface NamedSpan {
  /** Word range [from, to) covered by the mention's span. */
  from: number;
  to: number;
  kind: EntityKind;
  id: string;
  name: string;
  /** Words consumed by the match (titles included); defaults to `to`. */
  next?: number;
  /** Kind guessed from context alone; the report's other mentions of the name may correct it. */
  guess?: boolean;
  /** A name learned from brackets after a mention ("(MoH)"): later mentions take the mention's entity. */
  learned?: boolean;
  /** Words of a bare name that later mentions use ("Beryl" for "Hurricane Beryl"). */
  alias?: [number, number];
}

/** Prepositions before a place ("in X", "from X"). */
const PLACE_BEFORE = new Set(['in', 'near', 'from', 'at', 'around', 'across', 'outside', 'towards', 'toward', 'into', 'to']);
/** Common acronyms and abbreviations that name no entity. */
const NOT_ACRONYMS = new Set(`AM PM GMT UTC CEO CFO COO CTO GDP TV ID OK NB FAQ PDF COVID HIV AIDS DNA IT AI VAT USD EUR GBP
KM MPH KPH UN EU US UK USA AD BC BCE CE HQ PR RIP PS FYI ASAP TBA TBD VIP DIY NGO NGOS IDP IDPS ETA QR SMS GPS PC MP MPS PM2
LIVE NEW NEWS UPDATE BREAKING EXCLUSIVE WATCH VIDEO PHOTO PHOTOS READ MORE NOTE ALERT URGENT OPINION ANALYSIS EDITORIAL`.split(/\s+/));
const ROMAN = /^[IVXLC]+$/;
const MAX_RECURRING = 60;

/** How much a mention's kind can be trusted: tables and shapes, then company cues, then guesses from one context. */
const strength = (c: NamedSpan) => (!c.guess ? 2 : c.kind === 'organization' ? 1 : 0);

export interface RecurringTests {
  /** The word could be part of a name (capitalized, not a title, country, etc.). */
  nameWord: (w: Word) => boolean;
  /** The word is a known place, country, organization, outlet or person. */
  known: (w: Word) => boolean;
}

/**
 * Relabels guessed one-word mentions from the report's clearer mentions of the same name, and returns new mentions for
 * uncovered words that repeat a name the report established or recur on their own.
 */
export function recurringNames(scan: Scan, found: NamedSpan[], covered: Uint8Array, tests: RecurringTests): NamedSpan[] {
  const names = knownNames(scan.words, found);
  relabelGuesses(scan.words, found, names);
  const extra: NamedSpan[] = [];
  const unknown = repeatsAndUnknowns(scan, covered, tests, names, extra);
  addRecurring(scan.words, unknown, covered, extra);
  return extra;
}

/** Names with a clear kind (one-word organizations, events' bare names) and learned bracket names, by their words. */
interface KnownNames {
  clear: Map<string, NamedSpan>;
  learned: Map<string, NamedSpan>;
  /** Some mention has a bare alias ("Hurricane X" → "X"). */
  hasAlias: boolean;
}

function knownNames(words: Word[], found: NamedSpan[]): KnownNames {
  // Names with a clear kind: one-word organizations, events' bare names, learned bracket names.
  const clear = new Map<string, NamedSpan>();
  const learned = new Map<string, NamedSpan>();
  let hasAlias = false;
  for (const c of found) {
    if (c.learned) { learned.set(words[c.from].text, c); continue; }
    if (c.alias) hasAlias = true;
    if (c.alias) clear.set(words.slice(c.alias[0], c.alias[1]).map(w => w.fold).join(' '), c);
    if (c.to - c.from !== 1) continue;
    const f = words[c.from].fold;
    const had = clear.get(f);
    if (!had || strength(c) > strength(had)) clear.set(f, c);
  }
  return { clear, learned, hasAlias };
}

/** Guesses yield to the clear name or the learned one ("The MoH reported" read as a person first). */
function relabelGuesses(words: Word[], found: NamedSpan[], { clear, learned }: KnownNames): void {
  for (const c of found) {
    if (c.to - c.from !== 1 || !c.guess) continue;
    const w = words[c.from];
    const l = learned.get(w.text);
    const target = l && l.from < c.from ? l : clear.get(w.fold);
    if (target && target !== c && (target === l || strength(target) > strength(c)) && target.id !== c.id) {
      c.kind = target.kind; c.id = target.id; c.name = target.name;
    }
  }
}

/**
 * Uncovered capitalized words: a repeat of a known name is added to extra; an unknown word that may be a name is
 * listed by its folded form (at most MAX_RECURRING + 1 places each).
 */
function repeatsAndUnknowns(scan: Scan, covered: Uint8Array, tests: RecurringTests, names: KnownNames,
  extra: NamedSpan[]): Map<string, number[]> {
  const { words, classes, lowerMark } = scan;
  const { clear, learned, hasAlias } = names;
  // A capitalized word also written in lower case in the report: the scan marked the forms it met in lower case.
  const lowerSeen = (w: Word) => w.key!.seenMark === lowerMark;
  const unknown = new Map<string, number[]>();
  for (let k = 0; k < words.length; k++) {
    // Only capitalized words (punctuation has no CAP class): the rest are passed over without reading their words.
    if (covered[k] || !(classes[k] & CAP)) continue;
    const w = words[k];
    // A bare storm name after "Hurricane X" is one word or two.
    const two = hasAlias && words[k + 1] && !covered[k + 1] && !words[k + 1].punct && words[k + 1].cap ? `${w.fold} ${words[k + 1].fold}` : null;
    const hit2 = two ? clear.get(two) : undefined;
    if (hit2 && hit2.alias) { extra.push({ ...hit2, from: k, to: k + 2, next: undefined, alias: undefined }); covered[k] = covered[k + 1] = 1; k++; continue; }
    const l = learned.get(w.text);
    const hit = (l && l.from < k ? l : undefined) ?? clear.get(w.fold);
    if (hit && (hit.kind !== 'person' || hit.alias || hit.learned) && (!w.first || !lowerSeen(w))) {
      extra.push({ ...hit, from: k, to: k + 1, next: undefined, alias: undefined, learned: false, guess: false });
      covered[k] = 1;
      continue;
    }
    if (lowerSeen(w) || !unknownName(words, k, tests)) continue;
    let list = unknown.get(w.fold);
    if (!list) unknown.set(w.fold, list = []);
    if (list.length <= MAX_RECURRING) list.push(k);
  }
  return unknown;
}

/** Could the capitalized word at k, which the tables do not know, be a name? */
function unknownName(words: Word[], k: number, tests: RecurringTests): boolean {
  const w = words[k];
  if (w.text.length < 2 || !tests.nameWord(w) || tests.known(w) || ROMAN.test(w.text)) return false;
  // "Aug 23", "Sep": month abbreviations in tables and datelines name nothing.
  if (MONTH_ABBREVIATIONS.has(w.lower)) return false;
  // "CPI", "YoY", "MoM": a measure or the basis of a change, however often a report of figures repeats it.
  if (measureInitialism(w.text) || INDEX_HEADS.has(w.lower)) return false;
  const acronym = w.text === w.text.toUpperCase();
  if (acronym && (NOT_ACRONYMS.has(w.text) || w.text.length > 7 || capsRun(words, k) || numberAfter(words, k))) return false;
  return acronym || w.pos === 'PROPN';
}

/** Unknown words that recur (or an acronym cited as a source) become mentions, with a kind from their contexts. */
function addRecurring(words: Word[], unknown: Map<string, number[]>, covered: Uint8Array, extra: NamedSpan[]): void {
  for (const list of unknown.values()) {
    // A word repeated more often than any report names a company is filler or a heading, not an unrecognized name.
    if (list.length > MAX_RECURRING) continue;
    const some = list.some(k => !words[k].first);
    // Twice with one inside a sentence, or an acronym once as a source ("according to ACLED", "COGAT, the ... body").
    if (!(list.length >= 2 && some) && !(list.length === 1 && acronymSource(words, list[0]))) continue;
    // Neither context shows a name, nor do the two mixed ("Olympic champion", "the Olympic 800 metres champion").
    if (list.every(k => attributive(words, k) || besideFigure(words, k))) continue;
    const kind = recurringKind(words, list);
    const name = words[list[0]].text;
    const id = `${kind}:${slug(name)}`;
    for (const k of list) {
      extra.push({ from: k, to: k + 1, kind, id, name });
      covered[k] = 1;
    }
  }
}

/** A place when most mentions follow a place preposition, a person when pronouns say so, else an organization. */
function recurringKind(words: Word[], list: number[]): EntityKind {
  let place = 0;
  for (const k of list) {
    const p = words[k - 1];
    if (p && !p.punct && PLACE_BEFORE.has(p.lower)) place++;
  }
  const acronym = /^[A-Z]+$/.test(words[list[0]].text);
  return place * 2 > list.length && !acronym ? 'place' : !acronym && personByPronouns(words, list) ? 'person'
    : 'organization';
}

/** Pronouns that refer back to a person, and to a thing or a body. */
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
const THING_PRONOUNS = new Set(['its', 'itself', 'which']);
const SAY = new Set(['said', 'says', 'added', 'announced', 'stated', 'reported', 'expects', 'expected']);
/** How far after a mention a pronoun is taken to refer back to it. */
const PRONOUN_REACH = 8;

/**
 * "Banharn has denied the accusations and said he", "accuses him", "Fox, who", or "Interfax quoted X as saying" (a
 * report quotes people, round 26): the first pronoun after a mention in its
 * sentence tells a person from a body ("Interfax said it"); most mentions that have one must point to a person.
 */
function personByPronouns(words: Word[], list: number[]): boolean {
  let person = 0;
  let thing = 0;
  for (const k of list) {
    if (quotedAsSaying(words, k)) { person++; continue; }
    for (let m = k + 1; m < words.length && m <= k + PRONOUN_REACH; m++) {
      const w = words[m];
      if (w.punct) { if (w.text === '.' || w.text === '?' || w.text === '!' || w.text === ';') break; continue; }
      if (w.cap && !w.first && m > k + 1) break;
      if (PERSON_PRONOUNS.has(w.lower)) { person++; break; }
      // "denied it" is an object, not a reference; "said it", "its", "which" are.
      const subjectIt = w.lower === 'it' && SAY.has(words[m - 1].lower);
      if (THING_PRONOUNS.has(w.lower) || subjectIt || w.lower === 'they' || w.lower === 'their') { thing++; break; }
    }
  }
  return person > 0 && person > thing;
}

/** "Interfax quoted X as saying": whom a report quotes as saying something is a person. */
function quotedAsSaying(words: Word[], k: number): boolean {
  const p = words[k - 1];
  const a = words[k + 1];
  const b = words[k + 2];
  return !!p && !p.punct && p.lower === 'quoted' && !!a && !a.punct && a.lower === 'as' && !!b && !b.punct && b.lower === 'saying';
}

/** Endings of adjectives made from names ("Kurdish", "Zairean", "Islamic", "Cantonese", "Leninist"). */
const ADJECTIVE_ENDING = /(?:ish|ese|ian|ean|ic|ist)$/;

/**
 * "Kurdish rebels", "Islamic groups": a word shaped like an adjective before a lower-case noun in every mention qualifies
 * the noun (a people, faith or language); a group's name may also stand before a noun ("Velmora fighters"), so only the
 * adjective's shape decides.
 */
function attributive(words: Word[], k: number): boolean {
  if (!ADJECTIVE_ENDING.test(words[k].lower)) return false;
  const n = words[k + 1];
  return !!n && !n.punct && !n.cap && n.gap === ' ' && (n.pos === 'NOUN' || n.pos === 'ADJ');
}

/** "NIGER.", "THE GRENADA GAZETTE": an all-caps word beside other all-caps words is a heading or label, not an acronym. */
function capsRun(words: Word[], k: number): boolean {
  const up = (w: Word | undefined) => !!w && !w.punct && w.text.length > 1 && w.text === w.text.toUpperCase() && /[A-Z]/.test(w.text);
  return up(words[k - 1]) || up(words[k + 1]);
}

/**
 * "Imports 10,663 10,725", "4.0 Celsius", "Yellow 12,700-12,950": a word with a figure right before or after it in every
 * mention labels a table's row or names a unit; an unrecognized name is not known from that alone.
 */
function besideFigure(words: Word[], k: number): boolean {
  const p = words[k - 1];
  return numberAfter(words, k) || (!!p && !p.punct && /[0-9]$/.test(p.text));
}

/** "NOK 4.2 billion", "EC 100": a currency code or unit before a figure. */
function numberAfter(words: Word[], k: number): boolean {
  const n = words[k + 1];
  return !!n && !n.punct && /^[0-9]/.test(n.text);
}

function acronymSource(words: Word[], k: number): boolean {
  const w = words[k];
  if (w.text !== w.text.toUpperCase() || w.text.length < 3) return false;
  const p1 = words[k - 1];
  const p2 = words[k - 2];
  const a = words[k + 1];
  const b = words[k + 2];
  if (p1 && p2 && p1.lower === 'to' && p2.lower === 'according') return true;
  if (a && !a.punct && (a.lower === 'said' || a.lower === 'says' || a.lower === 'reported' || a.lower === 'estimated')) return true;
  return !!(a && b && a.text === ',' && !b.punct && (b.lower === 'the' || b.lower === 'a' || b.lower === 'which'));
}

