// Step 3 of a claim: its scope (places, parties, the group counted), and the places a figure's words name.
import type { Sentence, Token } from '../types';
import { firstStartingAt } from '../text/offsets';
import { type ScopeEntry, dropCountingBody, dropOwnVoice, isYardstick, scopeOf, frontedEnd, shareGroup, subjectGroup, areaBySide, UNNAMED_PREFIX } from './scope';
import { subgroupOf, compoundKind, isWorldwide, worldMetricBefore, TALLIES } from './frame';
import { singular, baseEvent, modifierKind, namesAboard, PEOPLE_CLASSES } from './measure';
import { areaOf } from '../entities/containment';
import { roleOf, materialOf } from './roles';
import { HARM_DEGREES, LIGHT_HARM, DURATION_EVENTS, WORLD_PLACE } from './claimWords';
import { type Site, type Counted, type Measured, frameOfSentence, populationFor, type ReportClaims } from './report';
import { frontedPartitive } from './measured';
import { distanceOrigin, dropDistanceEnds, dropNeighbourEnds, placeDistanceOrigin } from './distanceOrigin';
import { predicateAfterAsides, paragraphStart, pastDashAside, tokenAt } from './tokens';
import { isReportingForm } from '../attributions/cues';
import { dropSpeakingSubject } from './voicePhrase';
import { paragraphVoice } from './sourced';
import { NATIONALITY_OF } from '../entities/countries';
import { POSSESSIVE_ENDINGS } from '../text/possessive';

/** Prepositions that put a part's own place right after its figure: "80,000 in Paris". */
const PLACE_LEADS = new Set(['in', 'at', 'from', 'across']);
/** Most entities after a figure's clause looked at for a place its predicate past inserted asides may name. */
const PLACE_AFTER_REACH = 8;
/** Forms of "be" between a partitive and the kind it names: "half of whom were children". */
const PARTITIVE_BE = new Set(['are', 'were', 'is', 'was', 'being']);
/** The kind of person the badly hurt are: a part of the hurt, never a rival of their whole count. */
/** The mark of a figure that is a difference or a day's growth, no level (measured.ts). */
const DIFF_MARK = '+diff';
const SEVERE_KIND = 'kind:serious';
/** The kind of person the lightly hurt are: a part of the hurt too, a rival only of the lightly hurt elsewhere. */
const LIGHT_KIND = 'kind:minor';
/** How far after a figure its severity word may stand ("12 people were seriously injured"). */
const SEVERE_REACH = 4;
/** The role of people counted as those on board ("241 of the 242 on board"): read with the passengers (roles.ts). */
const ABOARD_ROLE = 'role:passenger';
/** Subject pronouns and the kind of entity each stands for. */
const PRONOUN_KINDS = new Map([['it', 'organization:'], ['he', 'person:'], ['she', 'person:']]);
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
/** The subject pronoun of the event verb at `verb` ("it has already cancelled"), or null. */
function subjectPronoun(tokens: readonly Token[], verb: number, ca: number): string | null {
  if (verb <= ca) return null;
  let i = verb - 1;
  while (i > ca && BEFORE_VERB.has(tokens[i].pos)) i--;
  const w = tokens[i]?.lower ?? '';
  return PRONOUN_KINDS.has(w) ? w : null;
}
/**
 * Events done to people, whose verb's subject is who did it, not a group of those counted: "troops killed 500
 * villagers", "the floods displaced 3,000 people", "volunteers rescued 40" (a sector adds jobs of its own; a ship
 * carrying 470 people is theirs, a battalion's losses too).
 */
const DONE_TO_PEOPLE = new Set(['killed', 'wounded', 'captured', 'arrested', 'evacuated', 'displaced', 'rescued', 'hospitalized',
  'affected']);
/**
 * Round 40 (holder40): counts no body owns, the people harmed and an electorate's turnout: a body that gives such a count
 * ("the data of X", "X results") is who counted it (scope.ts, dropCountingBody). Not a company's results, nor votes won.
 */
const COUNTED_NOT_OWNED = new Set([...DONE_TO_PEOPLE, 'turnout']);
/** The kind of person a workforce's words name (frame.ts SUBGROUP_SYNONYMS), and what must befall them to make it one. */
const STAFF_KIND = 'kind:staff';
const STAFF_HARMS = new Set([...DONE_TO_PEOPLE, 'missing', 'critical']);
/** Events of a workforce (the unit tables' job events): counted "worldwide", they are an employer's, not the world's. */
const WORKFORCE_EVENTS = new Set(['cut', 'hired', 'employed', 'saved']);
/** Units counting people: "12 Afghan soldiers were killed and 15 wounded" wounded 15 of the soldiers. */
const PEOPLE_UNITS = PEOPLE_CLASSES;
/** A country or a people, in a scope: whose people a count of people is ("12 U.S. service members", "Afghan soldiers"). */
const NATION_PARTY = /^(country|nationality):/;

/** The country or place whose mention ends at offset `end`, or null. Entities are sorted by start and short. */
export function placeEndingAt(r: ReportClaims, end: number): string | null {
  const { entities } = r;
  const lo = firstStartingAt(entities, end);
  for (let i = lo - 1; i >= Math.max(0, lo - 4); i--) {
    const e = entities[i];
    if (e.end === end && (e.kind === 'country' || e.kind === 'place')) return e.id;
  }
  return null;
}

/** Whether a place (not a country) the scope counts the figure in (`where`) starts at token i. */
export function isWherePlaceAt(r: ReportClaims, i: number, scope: readonly ScopeEntry[]): boolean {
  const { tokens, entities } = r;
  const at = tokens[i].start;
  const lo = firstStartingAt(entities, at + 1);
  for (let k = lo - 1; k >= Math.max(0, lo - 4); k--) {
    const e = entities[k];
    if (e.start === at && e.kind === 'place') return scope.some(x => x.id === e.id && x.role === 'where');
  }
  return false;
}

/** Whether a country or place is named right after the figure ending at token qb: "80,000 in Paris", "9,000 in the UK". */
export function placeRightAfter(r: ReportClaims, qb: number): boolean {
  const { tokens, entities } = r;
  if (!PLACE_LEADS.has(tokens[qb]?.lower ?? '')) return false;
  const k = tokens[qb + 1]?.lower === 'the' ? qb + 2 : qb + 1;
  const at = tokens[k]?.start;
  if (at === undefined) return false;
  const lo = firstStartingAt(entities, at + 1);
  for (let i = lo - 1; i >= Math.max(0, lo - 4); i--) {
    const e = entities[i];
    if (e.start === at && (e.kind === 'country' || e.kind === 'place')) return true;
  }
  return false;
}

/** The last country or place named in [from, before), looking back at most four entities. */
export function placeBefore(r: ReportClaims, before: number, from: number): string | null {
  const { tokens, entities } = r;
  const lo = firstStartingAt(entities, before);
  for (let i = lo - 1; i >= Math.max(0, lo - 4) && entities[i].start >= from; i--) {
    const e = entities[i];
    if ((e.kind === 'country' || e.kind === 'place') && !isYardstick(tokens, e.start, e.end)) return e.id;
  }
  return null;
}

/**
 * The one party (an organization or a person) named in [from, before), or null when none or several are: the subject of
 * the clause a "with" clause hangs on ("United Airlines was second, with about 266 flights cancelled").
 */
export function onlyPartyBefore(r: ReportClaims, before: number, from: number): string | null {
  const { entities } = r;
  let found: string | null = null;
  for (let i = firstStartingAt(entities, from); i < entities.length && entities[i].end <= before; i++) {
    const e = entities[i];
    if (e.kind !== 'organization' && e.kind !== 'person') continue;
    if (found && found !== e.id) return null;
    found = e.id;
  }
  return found;
}

/**
 * A place or country is named in [from, to), among its first PLACE_AFTER_REACH entities: only then may words after a
 * figure's clause place it (bounded, so a sentence naming many people costs each figure a few looks).
 */
export function placeAfter(r: ReportClaims, from: number, to: number): boolean {
  const { entities } = r;
  const first = firstStartingAt(entities, from);
  for (let i = first; i < entities.length && i < first + PLACE_AFTER_REACH && entities[i].start < to; i++) {
    if (entities[i].kind === 'place' || entities[i].kind === 'country') return true;
  }
  return false;
}

/** The kind of person right after a partitive's "of them" / "of whom" at `of`, past a form of "be": "kind:child". */
export function partitiveKind(r: ReportClaims, at: number): string | null {
  const { tokens } = r;
  let i = pastDashAside(tokens, at) + 2;
  if (PARTITIVE_BE.has(tokens[i]?.lower ?? '')) i++;
  // "of whom were unarmed civilians": a word describing the kind stands before it.
  if (tokens[i]?.pos === 'ADJ' && tokens[i + 1]?.pos === 'NOUN') i++;
  const w = tokens[i];
  return w && w.pos === 'NOUN' ? subgroupOf(w.lower, singular) : null;
}

/** Nouns read after the "be" of a fronted partitive's part: "39 were (police) officers". */
const PREDICATE_NOUNS = 2;

/** The kind of person a part's predicate names right after its figure: "39 were police officers" → "kind:officer". */
function predicateKind(r: ReportClaims, qb: number): string | null {
  const { tokens } = r;
  if (!PARTITIVE_BE.has(tokens[qb]?.lower ?? '')) return null;
  let i = qb + 1;
  while (i < qb + PREDICATE_NOUNS && tokens[i + 1]?.pos === 'NOUN' && tokens[i]?.pos === 'NOUN') i++;
  const w = tokens[i];
  return w && w.pos === 'NOUN' ? subgroupOf(w.lower, singular) : null;
}

/** Units of what befalls people, whose parts a kind of person names: "40 of the dead", "2,200 of the cases". */
const KIND_PART_UNITS = new Set(['person', 'case']);
/** Verbs that say what kind of people a part of a counted whole is: "of the cases involve children", "were women". */
const KIND_LINKS = new Set([...PARTITIVE_BE, 'involve', 'involved', 'involving', 'concern', 'concerned', 'concerning']);

/**
 * "2,200 of the cases involve children under 10", "40 of the dead were women" (round 23): a figure taken "of the" whole
 * whose predicate names a kind of person is that kind's part of the whole (`kind:child`), whatever its unit counts.
 */
export function partOfTheKind(r: ReportClaims, qb: number, cb: number): string | null {
  const { tokens } = r;
  let i = qb;
  // The recognizer may have left "of the cases" after the figure, or taken "cases" as its noun.
  if (tokens[i]?.lower === 'of' && tokens[i + 1]?.lower === 'the') i += 3;
  else if (tokens[i - 2]?.lower !== 'the' || tokens[i - 3]?.lower !== 'of') return null;
  if (i + 1 >= cb || !KIND_LINKS.has(tokens[i].lower)) return null;
  const w = tokens[i + 1];
  return w.pos === 'NOUN' ? subgroupOf(w.lower, singular) : null;
}

/** How far past a partitive's "of the" its own predicate may open: "of the villagers killed in the valley were". */
const PART_PREDICATE_REACH = 10;
/** Words opening a part's own predicate: "were militia fighters", "did not take part". */
const PART_PREDICATE_OPENERS = new Set([...PARTITIVE_BE, 'did', 'had', 'have']);
/** Words before an auxiliary that make it the whole's relative clause: "of the villagers who were killed". */
const PART_RELATIVES = new Set(['who', 'that', 'which']);

/**
 * "310 of the villagers who were killed did not take part in the fighting", "400 of the villagers killed in the valley
 * were militia fighters" (round 31, dev25fa): a figure taken "of the" whole whose own predicate, past the whole's
 * relative clause or participle, leaves them out (`kind:not-take`) or names what they were (`kind:combatant`) is that
 * part of the whole. A predicate of the event itself ("50 of the passengers were killed") names no part.
 */
function partPredicateKind(r: ReportClaims, qb: number, cb: number): string | null {
  const { tokens, figureStarts } = r;
  // The recognizer may have left "of the villagers" after the figure, or taken "villagers" as its noun.
  const from = tokens[qb]?.lower === 'of' && tokens[qb + 1]?.lower === 'the' ? qb + 3
    : tokens[qb - 2]?.lower === 'the' && tokens[qb - 3]?.lower === 'of' ? qb : -1;
  if (from < 0) return null;
  const last = Math.min(cb, from + PART_PREDICATE_REACH);
  for (let i = from; i < last; i++) {
    const t = tokens[i];
    if (t.pos === 'PUNCT' || figureStarts.has(i)) return null;
    if (PART_PREDICATE_OPENERS.has(t.lower) && !PART_RELATIVES.has(tokens[i - 1].lower)) return predicateKindAt(tokens, i);
  }
  return null;
}

/** The kind a part's predicate opening at `i` names: a negated verb's, or the head noun after a form of "be". */
function predicateKindAt(tokens: readonly Token[], i: number): string | null {
  const v = tokens[i + 2];
  if (tokens[i + 1]?.lower === 'not' && v?.pos === 'VERB') return `kind:not-${v.lower}`;
  if (!PARTITIVE_BE.has(tokens[i].lower)) return null;
  let j = i + 1;
  while (j < i + 1 + PREDICATE_NOUNS && tokens[j + 1]?.pos === 'NOUN' && DESCRIBING.has(tokens[j]?.pos ?? '')) j++;
  const w = tokens[j];
  return w?.pos === 'NOUN' ? subgroupOf(w.lower, singular) ?? `kind:${singular(w.lower)}` : null;
}
/** Parts of speech that may describe a predicate's head noun: "militia fighters", "armed men", "police officers". */
const DESCRIBING = new Set(['ADJ', 'PROPN', 'NOUN']);

/** "including 33 non-passengers": a role word after a bare figure with "non-" glued to it (the recognizer takes no noun). */
export function negatedRoleAfter(r: ReportClaims, qb: number): string | null {
  const { tokens } = r;
  const t = tokens[qb];
  if (!t || !t.lower.startsWith('non')) return null;
  const glued = t.lower === 'non' && tokens[qb + 1]?.lower === '-' ? `non-${tokens[qb + 2]?.lower ?? ''}` : t.lower;
  const id = roleOf(glued, singular);
  return id?.startsWith('role:non-') ? id : null;
}

/**
 * The kind a word of harm's degree right after the figure gives, before any punctuation or other figure: SEVERE_KIND
 * ("seven seriously", "12 people were critically injured"), LIGHT_KIND ("43 others received minor injuries"), or null.
 */
function harmDegreeKind(r: ReportClaims, qb: number, cb: number): string | null {
  const { tokens, figureStarts } = r;
  for (let i = qb; i < Math.min(qb + SEVERE_REACH, cb); i++) {
    if (tokens[i].pos === 'PUNCT' || figureStarts.has(i)) return null;
    if (HARM_DEGREES.has(tokens[i].lower)) return SEVERE_KIND;
    if (LIGHT_HARM.has(tokens[i].lower)) return LIGHT_KIND;
  }
  return null;
}

/** Step 3 of a claim: its scope (places, parties, the group counted), and the measure a part naming its own place sheds. */
/**
 * "80% of the factory's workers are on strike. The company put the number at 49%": a share restated with no whole of its
 * own is a share of the whole the share it restates is of (dev25m).
 */
function restatedShareGroup(unit: string, restated: readonly ScopeEntry[], scope: ScopeEntry[]): void {
  if (unit !== 'percent' || scope.some(e => e.id.startsWith(SHARE_GROUP))) return;
  for (const e of restated) if (e.id.startsWith(SHARE_GROUP)) scope.push(e);
}
/**
 * A singular tally noun stands at `at` ("put the number at 49%"): it restates one figure. "put the figures at 42 percent
 * and 65 percent, respectively" restates several, each of its own whole.
 */
function singularTally(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at]?.lower ?? '';
  return TALLIES.has(w) && singular(w) === w;
}
/** The prefix of a share's whole (scope.ts, shareGroup). */
const SHARE_GROUP = 'group:';

export function scopeFor(r: ReportClaims, site: Site, thing: Counted, m: Measured, start: number, end: number): { scope: ScopeEntry[]; event: string } {
  const { tokens, entities } = r;
  const { q, s, atts, qb, samePrev, figEnd } = site;
  const { partitive } = thing;
  let { event } = m;
  // "TACLOBAN, Philippines, Nov 12 - The death toll ...": the dateline's places are where the report was filed.
  const { filed, place: framing } = frameOfSentence(r, s);
  const scope = scopeOf(entities, tokens, Math.max(start, filed), end, q.start, figEnd, atts);
  if (m.own) dropOwnVoice(entities, tokens, scope, m.own.id, start, end, DONE_TO_PEOPLE.has(baseEvent(event)) ? q.start : -1);
  if (COUNTED_NOT_OWNED.has(baseEvent(event))) dropCountingBody(entities, tokens, scope, Math.max(start, filed), end, q.start, figEnd);
  // A figure no cue before it reports has no voice phrase: a line of figures with no voice reads no tokens for it.
  if (atts.some(a => a.cue.start < q.start)) dropSpeakingSubject(entities, tokens, r.figureStarts, scope, site.qa, s.tokenStart, end);
  placeCrowdSubject(event, scope);
  if (baseEvent(event) === 'distance') {
    placeDistanceOrigin(scope, distanceOrigin(entities, tokens, s, q.start));
    dropNeighbourEnds(entities, tokens, scope, figEnd, end);
  }
  else dropDistanceEnds(entities, tokens, scope, Math.max(start, filed), end);
  // "More than 1 million took part. Barcelona's police put the number at 350,000": a count restated by another voice
  // is of the place the count it restates is of; the places its own words name belong to the voice.
  if (m.restated) {
    for (let i = scope.length - 1; i >= 0; i--) if (scope[i].role === 'where') scope.splice(i, 1);
    for (const e of m.restated) if (e.role === 'where' && !scope.some(x => x.id === e.id)) scope.push(e);
    if (singularTally(tokens, thing.tallied)) restatedShareGroup(m.unit, m.restated, scope);
  }
  // "400,000 of them in Paris", "including 80,000 in Paris": a part that names its own place is that place's count, a
  // rival of other counts there; "44 in the community in the province of Kwango" names the whole's place.
  // "26 dead, including 25 Indians": a listed part naming its own group is that group's count too.
  const ownPlace = partitive || placeRightAfter(r, qb);
  const fresh = (role: string) => scope.some(e => e.role === role && !samePrev?.scope.some(x => x.id === e.id));
  if (event.endsWith('+part') && !m.ofThose && ((ownPlace && fresh('where')) || (!partitive && fresh('group')))) {
    event = event.slice(0, -'+part'.length);
  }
  const afterFront = placeFromContext(r, site, m, framing, end, scope);
  speakersPeople(r, site, scope);
  addGroups(r, site, thing, m, event, scope);
  addWholeAndSiblings(r, site, thing, m, event, start, end, afterFront, scope);
  return { scope, event };
}

/**
 * The places and party the figure's context gives when its clause names none: a parenthesis's place, the host of a
 * "with" clause, the predicate past inserted asides, the place its sentence opens with. True when the figure follows a
 * fronted phrase (whose places are its own counts').
 */
function placeFromContext(r: ReportClaims, site: Site, m: Measured, framing: string | null, end: number, scope: ScopeEntry[]): boolean {
  const { tokens, entities } = r;
  const { q, s, atts, ca, cb, samePrev, figEnd } = site;
  const { opener } = m;
  // "Mexico (24.2 deaths per million), Ukraine (22.7)": the place a parenthesis follows is where its figure holds.
  const named = tokens[ca - 1]?.text === '(' && ca >= 2 ? placeEndingAt(r, tokens[ca - 2].end) : null;
  if (named && !scope.some(e => e.id === named)) scope.push({ id: named, role: 'where' });
  // "and India was 33rd, with 171 deaths per 100,000": a "with" clause holds where the clause it hangs on is.
  if (opener === 'with' && !samePrev && !scope.some(e => e.role === 'where')) {
    const host = placeBefore(r, tokens[ca].start, s.start);
    if (host) scope.push({ id: host, role: 'where' });
  }
  // "Between 8,500 people, according to the police, and nearly 50,000, according to the unions, marched in Bordeaux": a
  // clause cut by inserted asides goes on in the predicate after them, and the places there are the figure's.
  if (!scope.some(e => e.role === 'where') && placeAfter(r, end, s.end)) {
    const pred = predicateAfterAsides(tokens, s, cb, isReportingForm);
    if (pred) {
      for (const e of scopeOf(entities, tokens, tokens[pred[0]].start, tokens[pred[1] - 1].end, q.start, figEnd, atts)) {
        if (e.role === 'where' && !scope.some(x => x.id === e.id)) scope.push(e);
      }
    }
  }
  // "With 80,000 in Paris, the protests drew 1 million nationwide": a phrase fronted before the figure's clause holds
  // the counts it brings in; its places are theirs (scope.ts, frontedEnd), and no figure of it lends them.
  const afterFront = frontedEnd(tokens, s.start, q.start) >= 0;
  // "In Marseille, according to the unions, the march drew 245,000": the place a sentence opens with frames its figures.
  const fronted = scope.some(e => e.role === 'where') || afterFront ? null : framing;
  if (fronted) scope.push({ id: fronted, role: 'where' });
  // "United Airlines was a distant second, with about 266 flights cancelled": whose count, the host clause's one party.
  if (opener === 'with' && !samePrev && !scope.some(e => e.role === 'who')) {
    const party = onlyPartyBefore(r, tokens[ca].start, s.start);
    if (party && !atts.some(a => a.source.id === party)) scope.push({ id: party, role: 'who' });
  }
  return afterFront;
}

/**
 * "42 were killed in Morelos, while Puebla's interior department reported 11": the figure's own voice belongs to a place
 * below a country ("Puebla's"), so its count is that place's, not the place of the figure before it (round 29). A
 * country's voice ("Russia's defence ministry") is a party that counts elsewhere and places nothing.
 */
function placeOfVoice(r: ReportClaims, site: Site): string | null {
  const { tokens, entities } = r;
  for (const a of site.atts) {
    for (let i = firstStartingAt(entities, a.source.start); i < entities.length && entities[i].start < a.source.end; i++) {
      const e = entities[i];
      if (e.kind === 'place' && POSSESSIVE_ENDINGS.has(tokens[tokenAt(tokens, e.end)]?.text ?? '')) return e.id;
    }
  }
  return null;
}

/** Nouns for a country's people after "of its": "11 of its citizens". */
const CITIZEN_NOUNS = new Set(['citizens', 'nationals', 'people']);

/**
 * "Iran said 11 of its citizens had died": the people of the country that speaks are the group counted, though the
 * country itself is the voice and leaves the scope.
 */
function speakersPeople(r: ReportClaims, site: Site, scope: ScopeEntry[]): void {
  const { tokens } = r;
  const { qa, qb, atts } = site;
  // Only a country's voice reads the tokens (a line of figures with no voice costs nothing: claims-work.test.js).
  const country = atts.find(a => NATIONALITY_OF.has(a.source.id));
  const people = country && NATIONALITY_OF.get(country.source.id);
  if (!people || scope.some(e => e.role === 'group' && e.id.startsWith('nationality:'))) return;
  // The figure's noun phrase may take in "of its citizens" ("11 citizens"), so "of" is looked for just past its number.
  let k = qa + 1;
  while (k <= qb && tokens[k]?.lower !== 'of') k++;
  if (k <= qb && tokens[k + 1]?.lower === 'its' && CITIZEN_NOUNS.has(tokens[k + 2]?.lower ?? '')) scope.push({ id: people, role: 'group' });
}

/** Determiners between a fraction's "of" and its group's noun ("a quarter of its staff"). */
const GROUP_LEADS = new Set(['the', 'all', 'its', 'their', 'his', 'her', 'our']);

/**
 * The "of" inside a fraction of a group, before its noun ("a quarter of its cabin crew"), where a percentage's group is
 * read after the figure ("25% of its cabin crew"): both name the group alike. -1 when no "of" opens the noun ("one out of
 * every four voters" names the whole, no group of it).
 */
function fractionOfAt(r: ReportClaims, site: Site): number {
  const { tokens } = r;
  const noun = site.q.noun;
  if (!noun) return -1;
  let j = firstStartingAt(tokens, noun.start) - 1;
  while (j > site.qa && GROUP_LEADS.has(tokens[j].lower)) j--;
  return j > site.qa && tokens[j].lower === 'of' ? j : -1;
}

/** The groups the figure counts: the subject's group, a kind or role of people, the badly hurt, a rate's population. */
function addGroups(r: ReportClaims, site: Site, thing: Counted, m: Measured, event: string, scope: ScopeEntry[]): void {
  const { tokens } = r;
  const { q, s, qa, qb, ca, cb } = site;
  const { rawUnit, partitive } = thing;
  const { unit, hit } = m;
  // A duration's subject ("the island had been ruled for 31 years") is what lasted, no group of anything counted.
  const ofGroup = unit === 'percent' ? shareGroup(tokens, thing.share ? fractionOfAt(r, site) : qb, singular)
    : DURATION_EVENTS.has(event) || DONE_TO_PEOPLE.has(baseEvent(event)) ? null : subjectGroup(tokens, hit.at, ca, qa, singular);
  if (ofGroup) scope.push(ofGroup);
  // "12 children were killed": a part of the people counted, no rival of "40 people were killed".
  // "34 of them children", "half of whom were children": the kind a partitive names after its "of them" is the part's.
  // "Of these, 39 were police officers": the kind a fronted partitive's predicate names (round 23).
  const named = unit === 'person' ? (q.noun ? compoundKind(q.noun.text, singular) : null) ?? subgroupOf(rawUnit, singular) ?? (partitive ? partitiveKind(r, qb)
    : event.endsWith('+part') && frontedPartitive(tokens, qa) ? predicateKind(r, qb) : null) : null;
  // A workforce's people are a kind apart only among those something befell, listed as a part ("killed 22, including
  // 12 staff") or named by their employer ("13 employees of the ministry were killed"); "the fire killed 112 workers",
  // "10,000 workers marched" count everyone the event involved.
  const staffApart = STAFF_HARMS.has(baseEvent(event)) && (event.endsWith('+part') || tokens[qb]?.lower === 'of');
  const subgroup = named === STAFF_KIND && !staffApart ? null : named;
  if (subgroup && !scope.some(e => e.id === subgroup)) scope.push({ id: subgroup, role: 'group' });
  // "2,200 of the cases involve children", "40 of the dead were women": a part of a whole the report counts, by kind.
  const kindOfPart = subgroup || !KIND_PART_UNITS.has(unit) ? null : partOfTheKind(r, qb, cb);
  if (kindOfPart && !scope.some(e => e.id === kindOfPart)) scope.push({ id: kindOfPart, role: 'group' });
  const predicated = subgroup || kindOfPart || unit !== 'person' ? null : partPredicateKind(r, qb, cb);
  if (predicated && !scope.some(e => e.id === predicated)) scope.push({ id: predicated, role: 'group' });
  // "seven of them seriously", "12 were critically injured": the badly hurt, a part of everyone hurt.
  // "43 others received minor injuries": the lightly hurt, a part too (round 28 probe).
  const degree = unit === 'person' ? harmDegreeKind(r, qb, cb) : null;
  if (degree && !scope.some(e => e.id === degree)) scope.push({ id: degree, role: 'group' });
  // "5.7% in the case of women", "youth unemployment hit 20%": the part of the people a rate is of.
  const population = unit === 'percent' || unit === 'index' ? populationFor(r, q, s) : null;
  if (population) scope.push({ id: population, role: 'group' });
  // "1,100 pilgrims", "150,000 holidaymakers": the role of everyone the event involves, no part of them.
  // A kind of person the tables do not know ("peacekeepers", "engineers" laid off), or a person noun modifying a noun
  // of what befell people ("civilian fatalities"), is a role too, by its lemma: apart only when both sides name one.
  const kind = m.kind ?? (unit === 'person' ? modifierKind(rawUnit) : null);
  const roleId = unit === 'person' ? roleOf(rawUnit, singular) ?? (kind ? `role:${kind}` : null) ?? (q.noun ? null : negatedRoleAfter(r, qb))
    ?? (namesAboard(tokens, qa, qb, ca, cb) ? ABOARD_ROLE : null) : kind ? `role:${kind}` : null;
  if (roleId && !scope.some(e => e.id === roleId)) scope.push({ id: roleId, role: 'group' });
  // "1,400 tons of copper" against "6,300 tons of steel": a mass or volume weighs the material named after it.
  const made = roleId ? null : materialOf(unit, tokens, qb, cb);
  if (made) scope.push({ id: made, role: 'group' });
  // "29 people not listed on the manifest": those a negated participle leaves out are a part of their own (round 23).
  const leftOut = unit === 'person' ? notParticiple(tokens, qb, cb) : null;
  if (leftOut && !scope.some(e => e.id === leftOut)) scope.push({ id: leftOut, role: 'group' });
  // "230 passengers and 12 crew members": passengers counted beside a count of the crew are a part of everyone aboard.
  if (roleId === ABOARD_ROLE && besideCrewCount(tokens, qa, qb, s) && !scope.some(e => e.id === PASSENGERS_ONLY)) {
    scope.push({ id: PASSENGERS_ONLY, role: 'group' });
  }
}

/**
 * "29 people not listed on the passenger manifest", "40 deaths not included in the toll": a past participle negated
 * right after the counted people names a kind of them apart from the rest (`kind:not-listed`), a part of any whole.
 */
function notParticiple(tokens: readonly Token[], qb: number, cb: number): string | null {
  // "4 people did not board", "12 passengers had not checked in" (round 24): a negated finite verb leaves them out too.
  const aux = NEGATED_AUX.has(tokens[qb]?.lower ?? '') && tokens[qb + 1]?.lower === 'not';
  const at = aux ? qb + 1 : qb;
  if (tokens[at]?.lower !== 'not' || at + 1 >= cb) return null;
  const w = tokens[at + 1];
  return w.pos === 'VERB' && (aux || /ed$/.test(w.lower)) ? `kind:not-${w.lower}` : null;
}
/** Auxiliaries of a negated finite verb right after counted people: "did not board", "had not boarded". */
const NEGATED_AUX = new Set(['did', 'had', 'were', 'was', 'have', 'do']);

/** The passengers apart from the crew: a kind of person, a part of everyone on board (frame.ts, isSubgroupId). */
export const PASSENGERS_ONLY = 'kind:passenger';
/** Nouns of a ship's or plane's crew, counted on their own: "12 crew members", "25 crewmen". */
const CREW_WORDS = new Set(['crew', 'crewmen', 'crewmembers', 'crew-members']);
/** Words joining the passengers' count and the crew's: "230 passengers and 12 crew", "12 crew plus 230 passengers". */
const CREW_JOINS = new Set(['and', 'plus', '&', ',']);
/** How far from the passengers' figure the crew's count may stand: "and some 25 crew members". */
const CREW_REACH = 4;

/**
 * Whether the passengers' figure at [qa, qb) has a count of the crew joined to it in sentence s ("230 passengers and 12
 * crew members", "12 crew and 230 passengers"); "198 passengers and crew" (no count of the crew) is everyone aboard.
 */
function besideCrewCount(tokens: readonly Token[], qa: number, qb: number, s: Sentence): boolean {
  // "and six crew members": a count of the crew written in words is a count too (round 39).
  const counted = (k: number): boolean => k >= s.tokenStart && k < s.tokenEnd && (tokens[k].type === 'number' || tokens[k].pos === 'NUM');
  // After: a join, then a number and the crew word within two tokens of it.
  if (CREW_JOINS.has(tokens[qb]?.lower ?? '')) {
    for (let k = qb + 1; k < Math.min(s.tokenEnd, qb + 1 + CREW_REACH); k++) {
      if (CREW_WORDS.has(tokens[k].lower)) return counted(k - 1) || counted(k - 2);
    }
  }
  // Before: the crew word, then a join right before the passengers' figure.
  if (CREW_JOINS.has(tokens[qa - 1]?.lower ?? '')) {
    for (let k = qa - 2; k >= Math.max(s.tokenStart, qa - 2 - CREW_REACH); k--) {
      if (CREW_WORDS.has(tokens[k].lower)) return counted(k - 1) || counted(k - 2);
    }
  }
  return crewInList(tokens, qb, s.tokenEnd);
}

/** Words naming the crew as a member of a list of those aboard: the crew words and those who fly or sail the craft. */
const LISTED_CREW = new Set([...CREW_WORDS, 'pilot', 'pilots', 'co-pilot', 'co-pilots', 'copilots', 'stewards', 'stewardesses',
  'attendants']);
/** Words opening the next member of a list of those aboard: "212 passengers, 6 infants, two pilots and seven crew". */
const LIST_JOINS = new Set([...CREW_JOINS, 'including']);
/** Most members of such a list read, and most words of each member's noun. */
const LIST_MEMBERS = 6;
const MEMBER_WORDS = 3;

/**
 * "212 passengers, including 6 infants, 2 pilots and 7 cabin crew", "208 passengers, 6 infants, two pilots and seven
 * cabin crew": a list of counts after the passengers' figure, one of them the crew's, counts the passengers apart from
 * the crew (round 34 probe). Each member is a join, a number and its noun's few words; anything else ends the list.
 */
function crewInList(tokens: readonly Token[], qb: number, end: number): boolean {
  let k = qb;
  for (let m = 0; m < LIST_MEMBERS; m++) {
    if (!LIST_JOINS.has(tokens[k]?.lower ?? '')) return false;
    while (k < end && LIST_JOINS.has(tokens[k].lower)) k++;
    if (k >= end || (tokens[k].type !== 'number' && tokens[k].pos !== 'NUM')) return false;
    k++;
    for (let w = 0; w < MEMBER_WORDS && k < end && tokens[k].type === 'word' && !LIST_JOINS.has(tokens[k].lower); w++, k++) {
      if (LISTED_CREW.has(tokens[k].lower)) return true;
    }
  }
  return false;
}

/**
 * "Boston drew 175,000", "Denver saw 90,000 marchers": a town as the subject of a crowd's count is where the crowd
 * gathered; a town's government counts no crowd of its own (round 28). Countries keep their party's role, and only a
 * major town counts (a name's last word read as a small town, "Guardia Urbana", is no subject town).
 */
function placeCrowdSubject(event: string, scope: ScopeEntry[]): void {
  if (baseEvent(event) !== 'crowd') return;
  for (let i = 0; i < scope.length; i++) {
    const e = scope[i];
    if (e.role !== 'who' || !e.id.startsWith('place:') || !areaOf(e.id)?.major) continue;
    if (!scope.some(x => x.role === 'where' && x.id === e.id)) scope[i] = { id: e.id, role: 'where' };
  }
}

/**
 * A bare figure joined to the count of people before it: by "and" ("12 soldiers were killed and 15 wounded"), or by a
 * comma where the clause's verb is left out ("35 soldiers were killed, about 30 wounded", round 43) when it names no
 * nation of its own (a list of nationals, "37 from Kessa, six from Dorvik", gives each its own).
 */
function joinedSibling(tokens: readonly Token[], qa: number, scope: readonly ScopeEntry[]): boolean {
  const before = tokens[qa - 1]?.lower;
  if (before === 'and') return true;
  return before === ',' && !scope.some(e => NATION_PARTY.test(e.id));
}

/**
 * The world's count, the places and groups a figure shares with the figure before it in its sentence, and the holder a
 * pronoun subject stands for.
 */
function addWholeAndSiblings(r: ReportClaims, site: Site, thing: Counted, m: Measured, event: string, start: number, end: number,
  afterFront: boolean, scope: ScopeEntry[]): void {
  const { prepared, tokens } = r;
  const { q, s, qa, qb, ca, cb, samePrev } = site;
  const { unit, hit, opener, inherits } = m;
  // "15 million deaths worldwide": the world's count, not the count of a country the sentence names elsewhere.
  // "world economic growth will slow to 2.9 percent": a world measure's rate (read for rates only, probe30a).
  if (isWorldwide(tokens, qa, qb, cb, s.tokenStart) || (unit === 'percent' && worldMetricBefore(tokens, qa, s.tokenStart))
    || (thing.worldTally && !scope.some(e => e.role === 'where'))) {
    for (let i = scope.length - 1; i >= 0; i--) {
      if (scope[i].role === 'where' || scope[i].id.startsWith('country:')) scope.splice(i, 1);
    }
    // "Intel will cut 15,000 jobs worldwide", "reducing its global workforce by nearly five percent": a company's jobs
    // anywhere are its whole workforce, placed nowhere, not a count of the whole world's (round 19).
    if (!(unit === 'job' || unit === 'percent') || !WORKFORCE_EVENTS.has(baseEvent(event))) scope.push({ id: WORLD_PLACE, role: 'where' });
  }
  // "Police said 80,000 marched in Madrid, while organizers put the crowd at 400,000": a figure of the same measure in
  // the same sentence, naming no place, counts in the place named before it.
  // "the Kathmandu Valley, where 1,441 have died, and the central region, where 2,757 have been killed": a clause that
  // names an area of its own by where it lies is another area of the list, unnamed, not the one named before it.
  if (samePrev && samePrev.unit === unit && samePrev.event === event && !afterFront && !scope.some(e => e.role === 'where')) {
    const side = areaBySide(tokens, start, end);
    const voiced = side ? null : placeOfVoice(r, site);
    if (side) scope.push({ id: `${UNNAMED_PREFIX}${side}`, role: 'where' });
    else if (voiced && !samePrev.scope.some(e => e.id === voiced)) scope.push({ id: voiced, role: 'where' });
    else for (const e of samePrev.scope) if (e.role === 'where') scope.push(e);
  }
  if (inherits && samePrev && !afterFront) {
    for (const e of samePrev.scope) {
      if (e.role === 'group' && (opener === 'including' || opener === 'among')) continue;
      // "31 were children, with four deaths over the past day": a day's growth counts the newly dead, whatever their
      // kind, no part of the kind the figure before it names.
      if (e.role === 'group' && event.endsWith(DIFF_MARK)) continue;
      if (!scope.some(x => x.id === e.id && x.role === e.role)) scope.push(e);
    }
  }
  // "12 U.S. service members were killed and 15 wounded": a bare figure joined by "and" to a count of people before it
  // in its sentence says only what befell some of the same people: whose people they are, their country or nationality
  // (round 19). Their kind or role is left: "70 militants were killed and 60 injured" against "26 civilians were killed
  // and 46 wounded" may be one strike's toll told by each side (a gold pair of check-dev2).
  // Its noun, if any, is one word saying what befell them ("15 wounded", "three dead").
  const befellOnly = !q.noun || (thing.unitEvent !== null && !q.noun.text.includes(' '));
  if (!inherits && samePrev && unit === 'person' && PEOPLE_UNITS.has(samePrev.unit) && befellOnly && joinedSibling(tokens, qa, scope)) {
    for (const e of samePrev.scope) if (NATION_PARTY.test(e.id) && !scope.some(x => x.id === e.id)) scope.push(e);
  }
  // "On Friday it cancelled about 1,200 flights": a pronoun subject stands for the one its paragraph named last, of
  // its kind (an organization for "it", a person for "he"/"she"); when none is named the holder stays unknown.
  const pronoun = subjectPronoun(tokens, hit.at, ca);
  if (pronoun && !scope.some(e => e.role === 'who')) {
    const holder = paragraphVoice(r, paragraphStart(prepared, s.tokenStart), start);
    if (holder?.startsWith(PRONOUN_KINDS.get(pronoun)!)) scope.push({ id: holder, role: 'who' });
  }
}
