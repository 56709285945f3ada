// Entity mentions with canonical ids: one left-to-right scan over words, longest candidate wins at each word,
// then a second pass for surnames, acronyms and descriptive references met after their full names.
import type { DocumentMeta, EntityKind, EntityMention, PreparedText } from '../types';
import { COUNTRY_NAMES, COUNTRY_OF, DEMONYMS } from './countries';
import { foldKey, slug } from './fold';
import { MAX_PLACE_WORDS, NOT_PLACES, PLACES, REGION_WORDS, SETTLEMENT_WORDS } from './gazetteer';
import { KNOWN_ORGS, ORG_CONNECTORS, ORG_HEADS, canonicalOrg } from './organizations';
import { OUTLETS, OUTLET_INTRODUCERS, OUTLET_TAILS, isWebName } from './outlets';
import { FIRST_NAMES, KNOWN_PEOPLE, ROLE_NOUNS, TITLES } from './people';
import { NAMED_FORCES, UNIT_WORDS, isOrdinal } from './units';
import { scanWords, type Word } from './words';

export { foldKey } from './fold';

interface Candidate {
  /** Word range [from, to) covered by the mention's span. */
  from: number;
  to: number;
  kind: EntityKind;
  id: string;
  name: string;
  /** Words consumed by the match (titles included); defaults to `to`. */
  next?: number;
  /** For organizations: the folded core name without country, to link later bare references. */
  core?: string;
  hasCountry?: boolean;
}

// Well-known people: full names and variants by fold key, surnames by fold key.
const PERSON_FULL = new Map<string, { id: string; name: string }>();
const PERSON_SURNAME = new Map<string, { id: string; name: string }>();
for (const p of KNOWN_PEOPLE) {
  const e = { id: `person:${slug(p.name)}`, name: p.name };
  for (const v of [p.name, ...(p.variants ?? [])]) PERSON_FULL.set(foldKey(v), e);
  for (const s of p.surnames) PERSON_SURNAME.set(foldKey(s), e);
}

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'wrote', 'writes', 'noted', 'added', 'stated', 'stressed', 'emphasized',
  'emphasised', 'informed', 'explained', 'announced', 'reported', 'claimed', 'warned', 'argued', 'insisted', 'confirmed',
  'denied', 'tweeted', 'posted', 'asked', 'replied', 'believes', 'thinks', 'has', 'had', 'was', 'is', 'who']);
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'de', 'da', 'dos', 'del', 'la', 'le', 'bin', 'al', 'el', 'di', 'du']);
const PLACE_PREPOSITIONS = new Set(['near', 'towards', 'toward', 'outside', 'in', 'around', 'from', 'at', 'into', 'to']);
const DIRECTION_WORDS = new Set(['direction', 'front', 'axis', 'sector', 'frontline']);
const DESCRIPTIVE_HEADS = new Set(['ministry', 'agency', 'council', 'office', 'department', 'service', 'committee', 'commission',
  'company', 'parliament', 'government', 'court', 'bank', 'army', 'directorate', 'bureau', 'staff']);
const MAX_PHRASE = 8;
const NOT_IN_NAMES_POS = new Set(['PRON', 'VERB', 'AUX', 'DET', 'ADV', 'SCONJ', 'CCONJ', 'PART']);
/** Title words that also open organization names ("Defence Readiness Department", "Foreign Intelligence Service"). */
const ORG_ADJECTIVES = new Set(['defence', 'defense', 'foreign', 'interior', 'finance', 'economy', 'health', 'general', 'supreme', 'state']);
/** Capitalized words that are never part of a person's name. */
const NOT_NAMES = new Set(`january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday advertisement comments share photo video read more update updated breaking live news features`.split(/\s+/));

const isName = (w: Word | undefined): w is Word => !!w && !w.punct && w.cap;
/** Word b continues the phrase of word a directly (one space, or a hyphen with no spaces). */
function joined(words: Word[], b: number): boolean {
  const w = words[b];
  return w.gap === ' ' || w.gap === '' || w.gap === '\u00a0';
}

function surfaceOf(text: string, words: Word[], from: number, to: number): string {
  return text.slice(words[from].start, words[to - 1].end);
}

/** Extends [from, to) over hyphen-joined parts ("Ivano-Frankivsk", "Commander-in-Chief"); returns the phrase ends. */
function phraseEnds(words: Word[], from: number): number[] {
  const ends: number[] = [];
  let k = from;
  while (k < words.length && ends.length < MAX_PHRASE) {
    const w = words[k];
    if (w.punct || (k > from && !joined(words, k))) break;
    if (w.poss) { ends.push(k + 1); break; }
    // Hyphen glued on both sides joins two words.
    if (k + 2 < words.length && words[k + 1].text === '-' && words[k + 1].gap === '' && words[k + 2].gap === '' && !words[k + 2].punct) {
      ends.push(k + 1);
      k += 2;
      continue;
    }
    ends.push(k + 1);
    k++;
  }
  return ends;
}

/** Folded first words of every multi-word table entry: longer phrases are only tried after one of them. */
let firstWords: Set<string> | null = null;
function multiWordStarts(): Set<string> {
  if (firstWords) return firstWords;
  const s = new Set<string>();
  const addFirst = (name: string) => { const f = foldKey(name).split(' '); if (f.length > 1) s.add(f[0]); };
  for (const m of [OUTLETS, KNOWN_ORGS, COUNTRY_NAMES, DEMONYMS, PERSON_FULL, PLACES]) for (const k of m.keys()) addFirst(k);
  firstWords = s;
  return s;
}

function tableMatch(text: string, words: Word[], i: number): Candidate | null {
  const ends = multiWordStarts().has(words[i].fold) ? phraseEnds(words, i) : [i + 1];
  for (let e = ends.length - 1; e >= 0; e--) {
    const to = ends[e];
    const surface = surfaceOf(text, words, i, to);
    const n = to - i;
    const o = OUTLETS.get(surface);
    if (o) return { from: i, to, kind: 'outlet', id: o.id, name: o.name };
    const org = KNOWN_ORGS.get(surface);
    if (org) return { from: i, to, kind: org.kind, id: org.id, name: org.name, core: foldKey(org.name) };
    const c = COUNTRY_NAMES.get(surface);
    if (c) return { from: i, to, kind: 'country', id: c.id, name: c.name };
    const d = DEMONYMS.get(surface);
    if (d) return { from: i, to, kind: 'nationality', id: d.id, name: d.name };
    if (!words[i].cap) continue;
    const fold = foldKey(surface);
    const p = PERSON_FULL.get(fold) ?? (n === 1 ? PERSON_SURNAME.get(fold) : undefined);
    if (p) return { from: i, to, kind: 'person', id: p.id, name: p.name };
    if (n <= MAX_PLACE_WORDS * 2 && isName(words[to - 1])) {
      const pl = PLACES.get(fold);
      if (pl && placeOk(words, i, to)) return { from: i, to, kind: 'place', id: pl.id, name: pl.name };
    }
  }
  return null;
}

/** A gazetteer hit is kept unless it is one sentence-initial or common-looking word. */
function placeOk(words: Word[], i: number, to: number): boolean {
  if (to - i > 1) return true;
  const w = words[i];
  if (w.text.length < 3) return false;
  if (NOT_PLACES.has(w.lower) || TITLES.has(w.lower) || ORG_HEADS.has(w.lower)) return false;
  if (w.pos && w.pos !== 'PROPN') return w.text === w.text.toUpperCase() && w.text.length > 3;
  if (w.first && FIRST_NAMES.has(w.fold)) return false;
  return true;
}

const isCountryWord = (s: string) => COUNTRY_OF.has(s.toLowerCase());

/** A capitalized phrase holding an organization head word ("Estonian Ministry of Defence"). */
function orgMatch(text: string, words: Word[], i: number, possCountry: string | null): Candidate | null {
  const w0 = words[i];
  if (!isName(w0) || (TITLES.has(w0.lower) && !ORG_ADJECTIVES.has(w0.lower)) || w0.text === 'The') return null;
  let lastGood = -1;
  let hasHead = false;
  let afterConnector = false;
  for (let k = i; k < words.length && k < i + 14; k++) {
    const w = words[k];
    if (k > i && !joined(words, k)) break;
    if (w.punct) {
      if (w.text === '-' && w.gap === '' && words[k + 1] && words[k + 1].gap === '') continue;
      break;
    }
    if (!w.cap) {
      if (!ORG_CONNECTORS.has(w.lower) || k === i) break;
      // "and" only joins two names of one body, not an organization and a country or another name.
      if (w.lower === 'and' && (!isName(words[k + 1]) || COUNTRY_NAMES.has(words[k + 1].text))) break;
      afterConnector = true;
      continue;
    }
    if (w.text === 'The' && k > i && !afterConnector) break;
    // "Defense Forces It is ...", "Ministry on January 5": pronouns, verbs and dates end the name.
    if (NOT_NAMES.has(w.lower) || (k > i && NOT_IN_NAMES_POS.has(w.pos))) break;
    // A title right after the name ends it ("Armed Forces Commander-in-Chief"); after "of" it belongs ("Office of the President").
    if (TITLES.has(w.lower) && !afterConnector && hasHead && !ORG_HEADS.has(w.lower)) break;
    afterConnector = false;
    if (ORG_HEADS.has(w.lower)) hasHead = true;
    lastGood = k;
    if (w.poss) break;
  }
  if (!hasHead || lastGood < i) return null;
  const to = lastGood + 1;
  const n = to - i;
  // One-word phrases ("Parliament", "LLC") are too vague; known ones come from the table.
  if (n < 2) return null;
  const surface = surfaceOf(text, words, i, to);
  const wordsOf = words.slice(i, to).filter(w => !w.punct).map(w => w.text);
  const lowerSurface = surface.toLowerCase();
  if (NAMED_FORCES.has(lowerSurface.replace(/^the /, ''))) {
    return { from: i, to, kind: 'military_unit', id: `military_unit:${slug(surface.replace(/defence/gi, 'defense'))}`, name: surface };
  }
  // Last word a tail of outlets ("UA War Infographics") and no institution head: an outlet.
  const last = wordsOf[wordsOf.length - 1];
  if (OUTLET_TAILS.has(last)) return null;
  const canon = canonicalOrg(wordsOf, possCountry && !isCountryWord(wordsOf[0]) ? possCountry : null);
  return { from: i, to, kind: 'organization', id: canon.id, name: canon.name, core: canon.core, hasCountry: !!canon.country };
}

/** An ordinal or number with a unit word: "47th Mechanized Brigade", "8th Regiment of the Special Operations Forces". */
function unitMatch(text: string, words: Word[], i: number): Candidate | null {
  const w0 = words[i];
  if (w0.punct || !isOrdinal(w0.text)) return null;
  let k = i + 1;
  let unitAt = -1;
  while (k < words.length && k < i + 5 && isName(words[k]) && joined(words, k)) {
    if (UNIT_WORDS.has(words[k].lower)) unitAt = k;
    if (words[k].poss) break;
    k++;
  }
  if (unitAt < 0) return null;
  let to = unitAt + 1;
  // "of the Special Operations Forces of Ukraine".
  let k2 = to;
  while (k2 + 1 < words.length && words[k2].lower === 'of' && !words[k2].punct && joined(words, k2)) {
    let m = k2 + 1;
    if (words[m].lower === 'the' && !words[m].punct) m++;
    let e = m;
    while (e < words.length && e < m + 6 && isName(words[e]) && joined(words, e)) { e++; if (words[e - 1].poss) break; }
    if (e === m) break;
    to = e;
    k2 = e;
  }
  const surface = surfaceOf(text, words, i, to);
  return { from: i, to, kind: 'military_unit', id: `military_unit:${slug(surface.replace(/defence/gi, 'defense'))}`, name: surface };
}

function isNameWord(w: Word | undefined): boolean {
  return !!w && isName(w) && !TITLES.has(w.lower) && !ORG_HEADS.has(w.lower) && !COUNTRY_NAMES.has(w.text) && !DEMONYMS.has(w.text)
    && !OUTLETS.has(w.text) && !NOT_NAMES.has(w.lower) && !/[0-9./]/.test(w.text) && w.text.length > 1;
}

/** Name words from k on (up to three, with particles "von der", hyphenated parts): returns the end, or k. */
function nameRun(words: Word[], k: number): number {
  let e = k;
  let count = 0;
  while (e < words.length && count < 4) {
    const w = words[e];
    if (e > k && !joined(words, e)) break;
    if (isNameWord(w)) { count++; e++; if (w.poss) break; continue; }
    const nx = words[e + 1];
    if (w.text === '-' && w.gap === '' && e > k && isNameWord(nx) && nx?.gap === '') { e++; continue; }
    if (e > k && !w.punct && NAME_PARTICLES.has(w.lower) && isNameWord(nx)) { e++; continue; }
    break;
  }
  return count === 0 ? k : e;
}

function personCandidate(text: string, words: Word[], from: number, to: number, next?: number): Candidate {
  const surface = surfaceOf(text, words, from, to);
  const fold = foldKey(surface);
  const known = PERSON_FULL.get(fold) ?? (to - from === 1 ? PERSON_SURNAME.get(fold) : undefined);
  if (known) return { from, to, next, kind: 'person', id: known.id, name: known.name };
  return { from, to, next, kind: 'person', id: `person:${slug(surface)}`, name: surface };
}

/** Titles or a role noun, then a name ("Colonel Ants Kiviselg", "military analyst Michael Kofman"). */
function titledPerson(text: string, words: Word[], i: number): Candidate | null {
  let k = i;
  let titled = false;
  while (k < words.length && k < i + 6) {
    const w = words[k];
    if (w.punct) {
      if (w.text === '-' && titled && w.gap === '') { k++; continue; }
      break;
    }
    if (k > i && !joined(words, k)) break;
    const l = w.lower;
    if ((w.cap && TITLES.has(l)) || (!w.cap && (ROLE_NOUNS.has(l) || (titled && (l === 'in' || l === 'elect'))))) {
      titled = true;
      k++;
      continue;
    }
    break;
  }
  if (!titled || k === i) return null;
  // "Head of the Estonian ..." is a title before an organization, not a name.
  const e = nameRun(words, k);
  if (e === k) return null;
  const n = e - k;
  const roleOnly = !words[i].cap;
  if (roleOnly && n < 2 && !PERSON_SURNAME.has(words[k].fold)) return null;
  if (n === 1 && PLACES.has(words[k].fold) && !PERSON_SURNAME.has(words[k].fold)) return null;
  return personCandidate(text, words, k, e, e);
}

/** A given name from the lexicon followed by a capitalized word ("Andriy Kovalenko", "Günther Chalupa"). */
function namedPerson(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (!isNameWord(w) || !FIRST_NAMES.has(w.fold) || w.poss) return null;
  const e = nameRun(words, i);
  if (e - i < 2) return null;
  return personCandidate(text, words, i, e);
}

/** Two or three unknown capitalized words that act as a speaker or carry an apposition ("Kaja Kallas said", "X, the head of"). */
function contextPerson(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (!isNameWord(w) || w.pos !== 'PROPN') return null;
  const e = nameRun(words, i);
  const n = e - i;
  if (n < 1 || n > 3) return null;
  for (let k = i; k < e; k++) if (PLACES.has(words[k].fold) && n === 1) return null;
  const after = words[e];
  const after2 = words[e + 1];
  const prev = words[i - 1];
  const speaks = after && !after.punct && SPEECH_VERBS.has(after.lower) && after.lower !== 'who' && after.lower !== 'has' && after.lower !== 'had' && after.lower !== 'was' && after.lower !== 'is';
  const apposition = n >= 2 && after && after.text === ',' && after2 && (after2.lower === 'the' || after2.lower === 'a' || after2.lower === 'who' || (!after2.punct && TITLES.has(after2.lower)));
  const quoted = prev && !prev.punct && SPEECH_VERBS.has(prev.lower) && prev.lower !== 'who' && words[i - 2]?.punct;
  if (n >= 2 && (speaks || apposition)) return personCandidate(text, words, i, e);
  if (n === 1 && !w.first && (speaks || quoted)) return personCandidate(text, words, i, e);
  return null;
}

/** "Kursk region", "Donetsk Oblast", "St Petersburg Oblast": the place with its region word. */
function regionMatch(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (!isName(w) || COUNTRY_OF.has(w.lower) || TITLES.has(w.lower) || NOT_PLACES.has(w.lower) || ORG_HEADS.has(w.lower)) return null;
  for (let e = i + 1; e <= i + 3 && e < words.length; e++) {
    const r = words[e];
    if (!joined(words, e) || r.punct || words[e - 1].poss) return null;
    const region = REGION_WORDS.get(r.lower);
    const base = surfaceOf(text, words, i, e);
    const known = PLACES.get(foldKey(base));
    if (region && (region !== 'State' || r.cap) && (known || !w.first)) {
      const baseName = known ? known.name : base;
      const canonical = `${baseName} ${region}`;
      return { from: i, to: e + 1, kind: 'place', id: `place:${slug(canonical)}`, name: canonical };
    }
    // "the Kursk direction", "the Pokrovsk front": the place alone.
    if (DIRECTION_WORDS.has(r.lower) && !r.cap && e === i + 1 && !w.first) {
      return known ? { from: i, to: e, kind: 'place', id: known.id, name: known.name }
        : { from: i, to: e, kind: 'place', id: `place:${slug(base)}`, name: base };
    }
    if (!isName(r)) return null;
  }
  return null;
}

/** Unknown capitalized words in a place context ("the village of Berdin", "near Bolshoye Soldatskoye"). */
function contextPlace(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (!isNameWord(w) || w.first || FIRST_NAMES.has(w.fold)) return null;
  const p1 = words[i - 1];
  const p2 = words[i - 2];
  if (!p1 || p1.punct) return null;
  const afterOf = p1.lower === 'of' && p2 && !p2.punct && SETTLEMENT_WORDS.has(p2.lower);
  const afterPrep = PLACE_PREPOSITIONS.has(p1.lower) && w.pos === 'PROPN';
  if (!afterOf && !afterPrep) return null;
  let e = i + 1;
  if (isNameWord(words[e]) && joined(words, e) && !words[i].poss) e++;
  // After a weak preposition ("in Telegram", "in Kiviselg's view") only a lone word before punctuation or a lower-case word.
  const strong = p1.lower === 'near' || p1.lower === 'towards' || p1.lower === 'toward' || p1.lower === 'outside' || p1.lower === 'around';
  if (!afterOf && !strong) {
    if (p1.lower !== 'in') return null;
    const nx = words[e];
    if (e > i + 1 || w.poss || !(nx && (nx.punct || !nx.cap))) return null;
  }
  const surface = surfaceOf(text, words, i, e);
  const known = PLACES.get(foldKey(surface));
  return { from: i, to: e, kind: 'place', id: known?.id ?? `place:${slug(surface)}`, name: known?.name ?? surface };
}

/** Outlet shapes: web names, "X News"/"X Times", "the blog X", "the X channel". */
function outletShape(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (w.punct) return null;
  if (isWebName(w.text) && /[a-z]/i.test(w.text[0])) return { from: i, to: i + 1, kind: 'outlet', id: `outlet:${slug(w.text)}`, name: w.text };
  if (!w.cap || TITLES.has(w.lower)) return null;
  let e = i;
  while (e < words.length && e < i + 5 && isName(words[e]) && (e === i || joined(words, e))) { e++; if (words[e - 1].poss) break; }
  if (e === i) return null;
  const introduced = i > 0 && !words[i - 1].punct && OUTLET_INTRODUCERS.has(words[i - 1].lower);
  const channelAfter = words[e] && !words[e].punct && OUTLET_INTRODUCERS.has(words[e].lower) && !words[e - 1].poss && joined(words, e);
  const tail = e - i >= 2 && OUTLET_TAILS.has(words[e - 1].text);
  if (!introduced && !channelAfter && !tail) return null;
  if (!introduced && !tail && e - i === 1 && (w.first || DEMONYMS.has(w.text) || COUNTRY_NAMES.has(w.text))) return null;
  let from = i;
  // "the Ukrainian Telegram channel UA War Infographics": leading demonyms and platforms are not the name.
  while (from < e - 1 && (DEMONYMS.has(words[from].text) || KNOWN_ORGS.has(words[from].text))) from++;
  if (channelAfter && !introduced && (DEMONYMS.has(words[from].text) || KNOWN_ORGS.has(words[from].text))) return null;
  const surface = surfaceOf(text, words, from, e);
  const known = OUTLETS.get(surface);
  return { from, to: e, next: e, kind: 'outlet', id: known?.id ?? `outlet:${slug(surface)}`, name: known?.name ?? surface };
}

function best(cands: (Candidate | null)[]): Candidate | null {
  let b: Candidate | null = null;
  for (const c of cands) if (c && (!b || (c.next ?? c.to) > (b.next ?? b.to))) b = c;
  return b;
}

export function recognizeEntities(prepared: PreparedText, _meta: DocumentMeta): EntityMention[] {
  const { text } = prepared;
  const words = scanWords(prepared);
  const found: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (w.punct || (w.text === 'The' && isName(words[i + 1]))) { i++; continue; }
    const prev = words[i - 1];
    const possCountry = prev && prev.poss && COUNTRY_OF.has(prev.lower) ? COUNTRY_OF.get(prev.lower)! : null;
    const table = tableMatch(text, words, i);
    const c = best([
      table,
      unitMatch(text, words, i),
      orgMatch(text, words, i, possCountry),
      regionMatch(text, words, i),
      titledPerson(text, words, i),
      namedPerson(text, words, i),
      outletShape(text, words, i),
    ]) ?? contextPerson(text, words, i) ?? contextPlace(text, words, i);
    if (!c) { i++; continue; }
    found.push(c);
    const next = Math.max(c.next ?? c.to, i + 1);
    // "The Washington Post (WP)": the bracketed acronym names the same entity.
    const o = words[next];
    const acr = words[next + 1];
    if (o?.text === '(' && acr && !acr.punct && words[next + 2]?.text === ')' && /^[A-Z][A-Z./&]{1,7}$/.test(acr.text)) {
      found.push({ ...c, from: next + 1, to: next + 2, next: undefined });
      i = next + 3;
      continue;
    }
    i = next;
  }
  return finish(text, words, found);
}

/** Second pass: surnames and acronyms met after their full forms, descriptive references, and org id unification. */
function finish(text: string, words: Word[], found: Candidate[]): EntityMention[] {
  const covered = new Uint8Array(words.length);
  for (const c of found) for (let k = c.from; k < c.to; k++) covered[k] = 1;
  const bySurname = new Map<string, Candidate | null>();
  const byAcronym = new Map<string, Candidate>();
  for (const c of found) {
    if (c.kind === 'person' && c.to - c.from >= 2) {
      const last = words[c.to - 1].fold;
      const had = bySurname.get(last);
      bySurname.set(last, had && had.id !== c.id ? null : c);
    }
    if (c.to - c.from === 1 && /^[A-Z][A-Z./&]{1,7}$/.test(words[c.from].text)) byAcronym.set(words[c.from].text, c);
  }
  // A surname taken alone in the first pass ("Kiviselg said") is the full name met in the report.
  for (const c of found) {
    if (c.kind !== 'person' || c.to - c.from !== 1) continue;
    const p = bySurname.get(words[c.from].fold);
    if (p) { c.id = p.id; c.name = p.name; }
  }
  // Bare organization names ("Defence Ministry", "General Staff") take the id of the country-specific one in the report.
  const byCore = new Map<string, Candidate>();
  for (const c of found) if (c.kind === 'organization' && c.hasCountry && c.core) byCore.set(c.core, c);
  for (const c of found) {
    if (c.kind !== 'organization' || c.hasCountry || !c.core) continue;
    const full = byCore.get(c.core);
    if (full) { c.id = full.id; c.name = full.name; }
  }
  const extra: Candidate[] = [];
  let lastOrg: Candidate | null = null;
  const orgsSeen: Candidate[] = [];
  let f = 0;
  const sorted = [...found].sort((a, b) => a.from - b.from);
  for (let k = 0; k < words.length; k++) {
    while (f < sorted.length && sorted[f].from <= k) {
      if (sorted[f].kind === 'organization') { lastOrg = sorted[f]; orgsSeen.push(sorted[f]); }
      f++;
    }
    if (covered[k]) continue;
    const w = words[k];
    if (w.punct) continue;
    if (w.cap) {
      const p = bySurname.get(w.fold);
      if (p) { extra.push({ ...p, from: k, to: k + 1, next: undefined }); continue; }
      const a = byAcronym.get(w.text);
      if (a) { extra.push({ ...a, from: k, to: k + 1, next: undefined }); continue; }
      continue;
    }
    // "the ministry said": the most recent organization with that head word.
    if (DESCRIPTIVE_HEADS.has(w.lower) && words[k - 1]?.lower === 'the' && lastOrg) {
      for (let m = orgsSeen.length - 1; m >= 0 && m >= orgsSeen.length - 12; m--) {
        const o = orgsSeen[m];
        if (o.name.toLowerCase().includes(w.lower)) { extra.push({ ...o, from: k, to: k + 1, next: undefined }); break; }
      }
    }
  }
  const all = [...found, ...extra].sort((a, b) => a.from - b.from);
  const out: EntityMention[] = [];
  for (const c of all) {
    const start = words[c.from].start;
    const end = words[c.to - 1].end;
    out.push({ start, end, text: text.slice(start, end), kind: c.kind, id: c.id, name: c.name });
  }
  return out;
}
