// Step 1 of a claim: what a figure counts (its unit, the event its noun names, a rate's denominator).
import { singular, participleEvent, personByEnding, knownCounted, eventOfPeopleWord, unitOf, normalizeUnit, memberBody, findEvent, countedBeforeChange, isWorkforceChange, joinsOtherPeople, describedMen, namesCrowd, writtenPeople } from './measure';
import type { Quantity, Token } from '../types';
import { TALLIES, populationRate, isDenominator, isAge, rateDenominator, isPopulation, timeTaken } from './frame';
import { type Site, type Counted, clauseHas, lowerIn, type ReportClaims } from './report';
import { tallyNounAt, tallyModifier, tallyAntecedent, isRevisedTally } from './anaphora';
import type { ScopeEntry } from './scope';
import { TALLY_REACH, WORLD_PLACE, DURATION_EVENTS } from './claimWords';
import { opensDashAside, paragraphStart, pastDashAside } from './tokens';
import { hedgeStart } from '../quantities/hedges';
import { MAGNITUDE_WORD } from '../quantities/units';
import { putTally, restatesCount } from './sourced';
import { invertedTally, topicCount } from './tallyAfter';
import { PARTITIVE_PRONOUNS } from '../text/pronouns';
import { bareCrowd } from './bareCrowd';
import { onsetTaken } from './onset';
import { FINITE_BE } from '../text/beVerbs';

/** The finite forms of "be" that join a subject to its predicate. */
const FINITE_BE_SET: ReadonlySet<string> = new Set(FINITE_BE);

/** Units that measure time or ratios, not counts anyone reports as a finding. */
const NOT_COUNTS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'time', 'times', 'fraction',
  'direction', 'percent-of', 'age']);
/** The unit of a fraction ("a quarter", "one in four"). */
const FRACTION_UNIT = 'fraction';
/** The unit "others" gives ("300 others"): no counted thing of its own. */
const OTHERS_UNIT = 'other';
/** The unit of a count of cases: people who caught an illness, counted as its cases. */
const CASE_UNIT = 'case';
/** The largest figure read as a quake's magnitude. */
const MAX_MAGNITUDE = 10;
/** "12 of which", "nine of them": the figure counts the previous figure's noun. */
const PARTITIVE: ReadonlySet<string> = new Set(PARTITIVE_PRONOUNS);
const QUAKES = new Set(['quake', 'earthquake', 'tremor', 'temblor']);
const MAGNITUDE_WORDS = new Set(['measured', 'magnitude', 'richter']);
/** Time units that count how long something lasted, or someone held power, when the clause says so. */
const DURATIONS = new Set(['hour', 'minute', 'day', 'week', 'year', 'decade']);
/** A participle the recognizer took for a figure's noun ("2 million given by organizers"), no counted thing the tables know. */
function isParticipleNoun(noun: string): boolean {
  const w = noun.toLowerCase();
  return /^[a-z]+(ed|en)$/.test(w) && !knownCounted(w) && !eventOfPeopleWord(w);
}
/** A figure in the thousands or millions: no percentage, whatever the figure before it measured. */
function isLargeCount(q: Quantity): boolean {
  return (q.value ?? q.high ?? q.low ?? 0) > 100 || /illion|thousand/i.test(q.text);
}

/**
 * The counted thing "others" stands for: the unit of the figure before it, in its sentence or the sentence before. The
 * others of a count of cases are people, whose own verb says whether they are cases ("90 tested positive; 300 others
 * have yet to be screened" counts no cases).
 */
export function othersUnit(r: ReportClaims, samePrev: { unit: string } | null, sIndex: number): string | null {
  const { sentences, carried } = r;
  const before = samePrev?.unit ?? (carried.prev && carried.prev.sentence === sentences[sIndex - 1] ? carried.prev.unit : null);
  if (before === CASE_UNIT) return 'person';
  return before && before !== OTHERS_UNIT && !TALLIES.has(before) && !before.includes('/') ? before : null;
}

/** What a figure counts while the steps of countedThing read it: its unit and event so far, and where they came from. */
interface CountedDraft {
  unit: string;
  unitEvent: string | null;
  /** The tally noun before the figure ("the figure was 15,000"), or -1. */
  tallyAt: number;
  restated: ScopeEntry[] | null;
  worldTally: boolean;
  tallied: number;
}

/** The rate a figure of a sentence opened by "Each of the <things>" is told in: one thing's share, not the whole's. */
export const EACH_RATE = 'per-each';

/** A sentence opened by a distributive subject ("Each of the", "each of its"), read as characters. */
const EACH_OF = /^each of\b/i;

/**
 * "Each of the crates holds around 3 kg": a figure after a distributive subject at its sentence's start is told per
 * item, so it is no rival of the whole's figure ("the crates hold 8 tonnes"). A character test at the sentence's
 * start, so a line of figures reads no tokens for it (claims-work.test.js).
 */
function eachOfSubject(text: string, s: { start: number }, figureStart: number): string | null {
  if (!EACH_OF.test(text.slice(s.start, s.start + EACH_OF_CHARS))) return null;
  const before = text.slice(s.start, figureStart);
  // "Each of the 40 crates": a figure inside the subject counts the items, and is no share of one.
  if (EACH_SUBJECT_FIGURE.test(before)) return null;
  // "Each of the crates holds 3 kg" is "3 kg per crate", as a rate written so reads ("kg/crate").
  const item = EACH_ITEM.exec(before);
  return item ? singular(item[1].toLowerCase()) : EACH_RATE;
}
/** The item of a distributive subject: "Each of the crates", "each of its 12 branches" (the figure left out above). */
const EACH_ITEM = /^each of\s+(?:the|its|their|these|those)\s+([a-z]+)\b/i;
/** The words before a figure that stands in the distributive subject itself. */
const EACH_SUBJECT_FIGURE = /^each of(?:\s+(?:the|its|their|these|those))?\s*$/i;
/** Characters of "each of " and a following character. */
const EACH_OF_CHARS = 9;

/** Step 1 of a claim: what the figure counts (its unit, the event its noun names, a rate's denominator), or null. */
export function countedThing(r: ReportClaims, site: Site): Counted | null {
  const { tokens } = r;
  const { q, qa, qb, ca, cb, samePrev } = site;
  const rawUnit = unitOf(q, tokens, qb);
  const perPopulation = populationRate(rawUnit);
  const draft = nounUnit(r, site, rawUnit, perPopulation);
  tallyUnit(r, site, draft);
  let { unit, unitEvent } = draft;
  // Each figure reads its next token once here (claims-work.test.js): past a dashed aside only when one opens.
  const next = tokens[qb];
  const of = opensDashAside(next) ? pastDashAside(tokens, qb) : qb;
  const partitive = (of === qb ? next : tokens[of])?.lower === 'of' && PARTITIVE.has(tokens[of + 1]?.lower ?? '');
  // "1.3 million people, including 80,000 in Paris": a bare part counts what its whole counts.
  const lead = tokens[ca]?.lower;
  if (samePrev && !q.noun && (lead === 'including' || lead === 'among') && unit !== samePrev.unit) unit = '';
  // A figure with no noun of its own whose unit the recognizer took from the figure before it is bare too ("40,000
  // people marched in Lyon; 30,000 in Toulouse"), unless it is a part of it ("2,300 of them").
  const bare = (!unit || (!q.noun && !partitive && unit === samePrev?.unit)) && !!samePrev;
  // A rate's denominator ("for every 100,000 people") is no claim of its own, nor is an age ("under the age of 5").
  if (isDenominator(tokens, qa) || isAge(tokens, qa)) return null;
  let rate = perPopulation?.rate ?? rateDenominator(tokens, qb) ?? eachOfSubject(r.prepared.text, site.s, q.start);
  // A bare figure in a list takes the unit of the figure before it, but a count in millions is no percentage.
  if ((!unit || partitive) && samePrev && !(samePrev.unit === 'percent' && !partitive && isLargeCount(q))) {
    const slash = samePrev.unit.indexOf('/per-');
    unit = slash < 0 ? samePrev.unit : samePrev.unit.slice(0, slash);
    if (slash >= 0) rate ??= samePrev.rate ?? samePrev.unit.slice(slash + 1);
  } else if (!rate && !q.noun && samePrev && samePrev.unit.startsWith(`${unit}/per-`)) {
    // "Mexico (24.2 deaths per million), Ukraine (22.7)": a bare figure in a list of rates is a rate too.
    rate = samePrev.rate ?? samePrev.unit.slice(unit.length + 1);
  }
  // "put the number of injured at 1,175": the put verb's object says what the figure counts. A bare figure's tally may
  // come after it, whatever unit the figure before lent it: "bringing to 305 the number of dead" (round 27).
  const after = q.noun ? null : invertedTally(tokens, qa, qb, ca, cb) ?? topicCount(tokens, qb, site.s.tokenEnd);
  const tally = after ?? (unit && !(unit === 'person' && !unitEvent && !q.noun) ? null : putTally(r, ca, qa));
  if (tally) {
    unit = tally.unit;
    unitEvent = tally.event;
  }
  draft.unit = unit;
  draft.unitEvent = unitEvent;
  unitOfLastResort(r, site, draft);
  ({ unit, unitEvent } = draft);
  const { restated, worldTally, tallied } = draft;
  const population = isPopulation(tokens, qa);
  // "the population of the islands of about 200,000": a population with no noun of its own counts people, whatever
  // unit the figure before lent it.
  if (population && (!unit || !q.noun)) unit = 'person';
  // "cut its headcount by 1,200": the workforce's change counts jobs.
  if (!unit && !q.noun && isWorkforceChange(tokens, qa, ca)) unit = 'job';
  // "250 militants and government troops": two kinds of people counted together are people.
  if (q.noun && joinsOtherPeople(tokens, qb, unit, q.noun.text)) unit = 'person';
  if (q.noun && unit === 'soldier' && describedMen(q.noun.text)) unit = 'person';
  // "cut a quarter of its workforce", "one out of every four voters": a fraction of a group its words name is the group's
  // share, the percentage it would be written as ("25% of its workforce"), not a count of its own. A fraction "of whom"
  // took its whole's unit above; one whose group the recognizer left out of its span ("one-fifth of 16- to 24-year-olds")
  // stays out: its scope would miss the group, and set it against the whole population's rate.
  const share = unit === FRACTION_UNIT && !partitive && !!q.noun;
  if (share) unit = 'percent';
  // "the outage lasted five hours": a duration is a figure only when the clause says what lasted.
  const lasted = DURATIONS.has(unit) && DURATION_EVENTS.has(findEvent(tokens, unit, qa, qb, ca, cb).event);
  // "it took 28 minutes", "ran five hours behind schedule": a time taken or a delay (round 33, frame.ts timeTaken).
  const taken = NOT_COUNTS.has(unit) && !lasted ? timeTaken(tokens, unit, qa, qb, ca) ?? onsetOf(tokens, unit, site) : null;
  // "There were more than 80,000," the organizer said: a bare figure in the thousands beside a named gathering is its crowd.
  if (!unit && bareCrowd(r, site)) ({ unit, unitEvent } = { unit: 'person', unitEvent: 'crowd' });
  if (!unit || (NOT_COUNTS.has(unit) && !lasted && !taken)) return null;
  if (taken) {
    unitEvent = taken.event;
    if (taken.minutes !== null) unit = 'minute';
  }
  return { rawUnit, unit, unitEvent, rate, partitive, bare, population, restated, worldTally, tallied, ...(share ? { share } : {}),
    ...(taken?.minutes ? { minutes: taken.minutes } : {}) };
}

/** "symptoms occur up to 50 days after eating", "the incubation period is up to 6 days": a time taken (round 34). */
function onsetOf(tokens: readonly Token[], unit: string, site: Site): { event: 'took'; minutes: number | null } | null {
  const minutes = onsetTaken(tokens, unit, site.qa, site.qb, site.s.tokenStart);
  return minutes === null ? null : { event: 'took', minutes };
}

/** What the figure's own words count: its noun's unit and event, "others", a body's members, a tally noun's own words. */
function nounUnit(r: ReportClaims, site: Site, rawUnit: string, perPopulation: ReturnType<typeof populationRate>): CountedDraft {
  const { tokens, sentences } = r;
  const { q, s, qa, qb, samePrev, sIndex } = site;
  let { unit, event: unitEvent } = normalizeUnit(perPopulation ? perPopulation.unit : rawUnit);
  // "two people dead and more than 300 others missing": "others" counts what the figure before it counts, in its
  // sentence or the one before; the clause's own verb then says what befell them.
  if (unit === OTHERS_UNIT && !unitEvent) unit = othersUnit(r, samePrev, sIndex) ?? unit;
  if (unit !== 'person' && !unitEvent && q.noun && writtenPeople(q.noun.text)) unit = 'person';
  // "32 members of the security forces": members count what their body is made of.
  if (unit === 'member' && q.noun) {
    let after = qb;
    while (after < tokens.length && tokens[after].start < q.noun.end) after++;
    unit = memberBody(tokens, after) ?? unit;
  }
  // "the remains of six villagers were recovered", "the bodies of 12 miners were pulled out": people counted through
  // their remains are bodies, what is done to them is done to remains (round 24); "the bodies of 80 people killed in
  // the blast" stay the dead.
  if (!unitEvent && (unit === 'person' || unit === 'soldier') && remainsOf(tokens, qa)
    && findEvent(tokens, 'person', qa, qb, site.ca, site.cb).event !== 'killed') unit = 'body';
  // "the bodies named until now are of 4 people killed": the remains are the subject and the figure their predicate, so
  // it counts the bodies, and what the subject's own participle says was done to them (round 45).
  const predicated = !unitEvent && (unit === 'person' || unit === 'soldier') ? remainsPredicate(tokens, qa, s.tokenStart) : null;
  if (predicated) ({ unit, event: unitEvent } = predicated);
  // "a 60,000-strong rally", "a 5,000-strong march": "-strong" counts the members of what its noun names; a gathering's
  // members are its crowd, however the gathering is named (round 23).
  if (!unitEvent && q.text.includes('-strong') && strongGathering(tokens, qa, qb)) ({ unit, event: unitEvent } = { unit: 'person', event: 'crowd' });
  // "the first estimates of 2 million given by organizers": a participle read as the noun leaves the tally before it.
  const tallyAt = tallyNounAt(tokens, qa, s.tokenStart);
  if (tallyAt >= 0 && q.noun && !unitEvent && isParticipleNoun(q.noun.text)) ({ unit, event: unitEvent } = normalizeUnit(tokens[tallyAt].lower));
  // "the official attendance figure of 400,000", "the crowd estimate of 80,000": the noun modifying the tally names it.
  const modifier = TALLIES.has(unit) && !unitEvent && tallyAt >= 0 ? tallyModifier(tokens, tallyAt, s.tokenStart) : null;
  if (modifier) ({ unit, event: unitEvent } = modifier);
  // "the numbers of people on the march had risen to 1.5 million": a "number of" phrase in the figure's own sentence
  // names what it counts, whatever the figures before it counted.
  // So does a noun the tables do not know that the recognizer lent a bare figure ("the number of cattle herders butchered
  // ... has hit 110"): the tally's own participle says they are people, and what befell them (round 45).
  const lentUnknown = !TALLIES.has(unit) && !q.noun && !unitEvent && personByEnding(rawUnit);
  const ownTally = (TALLIES.has(unit) || lentUnknown) && !unitEvent
    ? tallyAntecedent(tokens, sentences, sIndex, qa, s.start, lentUnknown ? rawUnit.toLowerCase() : undefined) : null;
  if (ownTally) ({ unit, event: unitEvent } = ownTally);
  return { unit, unitEvent, tallyAt, restated: null, worldTally: false, tallied: -1 };
}

/** Nouns of the dead's remains that head a count of people after "of": "the bodies of 12 miners". */
const REMAINS_NOUNS = new Set(['bodies', 'remains', 'corpses', 'body']);

/** The figure at qa (past its hedges) follows "of" after a noun of remains: "the remains of only six people". */
function remainsOf(tokens: readonly Token[], qa: number): boolean {
  const before = hedgeStart(tokens, qa, 0, true) - 1;
  return tokens[before]?.lower === 'of' && REMAINS_NOUNS.has(tokens[before - 1]?.lower ?? '');
}

/** Tokens between the figure's "be of" and the remains noun its subject heads: "the bodies (named until now) are of". */
const PREDICATE_REACH = 6;

/**
 * "the bodies named until now are of 4 people", "the remains found were of 12 villagers": a figure after "of" after a
 * finite "be" whose subject, a few words back in the clause, is a noun of remains counts those remains, with the event of
 * the participle after the noun (`~identify`), or none. Null when the figure is no such predicate.
 */
function remainsPredicate(tokens: readonly Token[], qa: number, sStart: number): { unit: string; event: string | null } | null {
  const of = hedgeStart(tokens, qa, 0, true) - 1;
  if (tokens[of]?.lower !== 'of' || !FINITE_BE_SET.has(tokens[of - 1]?.lower ?? '')) return null;
  let participle: Token | null = null;
  for (let i = of - 2; i >= Math.max(sStart, of - 1 - PREDICATE_REACH); i--) {
    const t = tokens[i];
    if (t.type !== 'word') return null;
    if (REMAINS_NOUNS.has(t.lower)) return { unit: 'body', event: participle ? participleEvent(participle) : null };
    if (t.pos === 'VERB' || (t.pos === 'ADJ' && /[a-z]{3}ed$/.test(t.lower))) participle = t;
  }
  return null;
}

/** "60,000-strong rally": "-strong" inside the figure, and the noun after it a word of a crowd's gathering (measure.ts). */
function strongGathering(tokens: readonly Token[], qa: number, qb: number): boolean {
  for (let i = qa + 1; i + 1 < qb; i++) {
    if (tokens[i].lower !== 'strong' || tokens[i - 1].text !== '-') continue;
    return findEvent(tokens, 'person', i + 1, i + 2, i + 1, i + 2).event === 'crowd';
  }
  return false;
}

/** A tally noun ("the organisers' figure", "that number", "a toll of 40 dead") counts what the figures before it counted. */
function tallyUnit(r: ReportClaims, site: Site, draft: CountedDraft): void {
  const { q } = site;
  restatedTally(r, site, draft);
  revisedTally(r, site, draft);
  namedTally(r, site, draft);
  // "12 dead", "92 of the dead": people counted by an adjective that says what befell them.
  if (draft.unit === 'person' && !draft.unitEvent && q.noun && !q.noun.text.includes(' ')) {
    draft.unitEvent = eventOfPeopleWord(q.noun.text);
  }
}

/** The count before the figure, if its sentence lies within TALLY_REACH sentences of the figure's. */
function recentNear(r: ReportClaims, site: Site): ReportClaims['carried']['recent'] {
  const { recent } = r.carried;
  return recent && site.sIndex - recent.sentence <= TALLY_REACH ? recent : null;
}

/** "In July 2003 the organisers' figure was 500,000": a tally noun counts what the figures just before it counted. */
function restatedTally(r: ReportClaims, site: Site, draft: CountedDraft): void {
  const { recent } = r.carried;
  const { tallyAt, unit } = draft;
  draft.restated = null;
  draft.worldTally = false;
  draft.tallied = -1;
  // A figure with no noun after a tally noun ("the figure was 15,000") is the tally's, whatever unit the recognizer
  // carried to it from the figure before: it restates that figure, places included (as "put the number at" does).
  // A toll names its own event (the dead): only a tally that names none ("figure", "number") restates.
  const carried = !TALLIES.has(unit) && tallyAt >= 0 && !site.q.noun && unit === recent?.unit
    && !normalizeUnit(r.tokens[tallyAt].lower).event;
  const near = recentNear(r, site);
  if (!(TALLIES.has(unit) || carried) || draft.unitEvent || !near) return;
  if (carried) draft.restated = near.scope;
  draft.unit = near.unit;
  draft.unitEvent = near.event;
  draft.tallied = tallyAt;
  // "The global figure was 15 million, more than double the official figure of 6 million": the world's too.
  draft.worldTally = near.scope.some(e => e.id === WORLD_PLACE);
}

/**
 * "SCC lowered the figure to 225,000 people", "that number has been reduced to 279": a tally set to a new value counts
 * what the figures just before it counted (a noun of the same unit, or none, after the figure).
 */
function revisedTally(r: ReportClaims, site: Site, draft: CountedDraft): void {
  const near = recentNear(r, site);
  const { unit } = draft;
  if (near && !draft.unitEvent && (!unit || unit === near.unit || TALLIES.has(unit))
    && isRevisedTally(r.tokens, site.qa, site.ca)) {
    draft.unit = near.unit;
    draft.unitEvent = near.event;
  }
}

/** A tally no figure before it resolves: the thing a "number of" phrase names, the people word after it, the crowd. */
function namedTally(r: ReportClaims, site: Site, draft: CountedDraft): void {
  const { prepared, tokens, sentences } = r;
  const { s, qa, qb, sIndex } = site;
  // "the dispute over the number of people at the march ... revise its estimate of 400,000": no figure before it, the
  // thing a "number of" phrase names in its sentence or the one before.
  if (TALLIES.has(draft.unit) && !draft.unitEvent && draft.tallyAt >= 0 && !recentNear(r, site)) {
    const named = tallyAntecedent(tokens, sentences, sIndex, qa, paragraphStart(prepared, s.tokenStart));
    if (named) ({ unit: draft.unit, event: draft.unitEvent } = named);
  }
  // "their official figure of 769 killed", "a toll of 40 dead": a tally whose figure a people word (an adjective, or a
  // participle of the event lexicon) follows counts those people.
  if (TALLIES.has(draft.unit) && !draft.unitEvent) {
    const befell = peopleAfterFigure(r, site);
    if (befell) {
      draft.unit = 'person';
      draft.unitEvent = befell;
    }
  }
  // "People in the crowd were saying that the police estimate was a million": a tally nothing before it resolves counts
  // the crowd its clause names (round 23).
  // "Police estimated their numbers at 40,000, while organisers said 100,000 had joined the march": failing its clause,
  // the crowd its sentence names (round 30).
  if (TALLIES.has(draft.unit) && !draft.unitEvent && (findEvent(tokens, 'person', qa, qb, site.ca, site.cb).event === 'crowd'
    || namesCrowd(tokens, qa, qb, s.tokenStart, s.tokenEnd))) {
    draft.unit = 'person';
    draft.unitEvent = 'crowd';
  }
}

/** What befell the people a word right after the figure names (an adjective, or a participle of the lexicon), or null. */
function peopleAfterFigure(r: ReportClaims, site: Site): string | null {
  const { tokens } = r;
  const { q, qa, qb } = site;
  let next = qa;
  while (next < qb && tokens[next].end <= q.end) next++;
  const word = tokens[next];
  const participle = word?.pos === 'VERB' ? findEvent(tokens, 'person', qa, qb, next, next + 1).event : 'unspecified';
  return eventOfPeopleWord(word?.lower ?? '') ?? (participle === 'unspecified' ? null : participle);
}

/**
 * How far back a toll may stand from a bare figure it sets: "the death toll from the attack on the town in the south
 * had been revised to around 1,200", "the official death toll, which the ministry said had reached 192".
 */
const TOLL_REACH = 24;
/** The nouns of an event's toll: what a count told as "the toll" is (also read by check/claimIndex.ts). */
export const TOLL_WORDS: ReadonlySet<string> = new Set(['toll', 'tolls']);

/**
 * Does a toll stand before the bare figure at qa in its sentence (from `from`), with no other figure between them? A
 * figure between has the toll for itself ("the toll in the quake that measured 6.8 has gone up to 2,497" is left to the
 * recognizer, which reads the clause).
 */
function tollBefore(r: ReportClaims, from: number, qa: number): boolean {
  const { tokens } = r;
  for (let k = qa - 1; k >= from && k >= qa - TOLL_REACH; k--) {
    if (TOLL_WORDS.has(tokens[k].lower) && tokens[k].pos !== 'VERB') return true;
    // A quake's magnitude between names the quake, not what the toll counts ("the toll from the magnitude 7 quake that
    // struck on Sunday has risen to 300").
    if (r.figureStarts.has(k) && tokens[k].lower !== MAGNITUDE_WORD) return false;
  }
  return false;
}

/** A figure its noun leaves uncounted or miscounted: a quake's magnitude, a toll, a headline's noun, a restated count. */
function unitOfLastResort(r: ReportClaims, site: Site, draft: CountedDraft): void {
  const { tokens } = r;
  const { recent } = r.carried;
  const { q, s, qa, ca, cb, sIndex } = site;
  const { tallyAt } = draft;
  let { unit, unitEvent, restated, tallied } = draft;
  // "the quake measured 7.5": a quake's figure with "measured" or "magnitude" is its magnitude. A magnitude scale ends
  // near 10: "the toll in the quake that measured 6.8 has gone up to 2,497" counts something else (here the dead).
  if (QUAKES.has(unit) && clauseHas(r, ca, cb, MAGNITUDE_WORDS)) unit = 'magnitude';
  if (unit === 'magnitude' && (q.high ?? q.low ?? 0) > MAX_MAGNITUDE) unit = '';
  // "the death toll rose to 31": the figure counts the dead though no noun follows it.
  // "the death toll from the two provinces was a total of 42,000": "a total of" names nothing; the toll its clause names does.
  if ((!unit && !q.noun && tollBefore(r, s.tokenStart, qa)) || (unit === 'total' && !unitEvent && lowerIn(r, ca, qa, 'toll'))) {
    unit = 'person';
    unitEvent = 'killed';
  }
  // "Flood deaths climb to 230": the counted noun before a change verb (a headline's short form).
  if (!unit && !q.noun) {
    const before = countedBeforeChange(tokens, qa, ca);
    if (before) ({ unit, event: unitEvent } = normalizeUnit(before));
  }
  // "More than 1 million people took part. The police say there were 350,000.": a figure with no unit as the object of
  // "there were", "numbered" or a put verb counts what the last figure counted, a sentence or two before.
  if (!unit && !q.noun && recent && sIndex - recent.sentence <= TALLY_REACH && restatesCount(r, ca, qa)) {
    unit = recent.unit;
    unitEvent = recent.event;
    restated = recent.scope;
    tallied = tallyAt >= 0 ? tallyAt : qa;
  }
  draft.unit = unit;
  draft.unitEvent = unitEvent;
  draft.restated = restated;
  draft.tallied = tallied;
}
