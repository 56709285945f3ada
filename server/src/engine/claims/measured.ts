// Step 2 of a claim: the event word and the measure, with the marks of parts, changes and differences.
import type { Token, Sentence } from '../types';
import { EVENT_WORDS, GENERIC_EVENT_NOUNS } from './eventWords';
import { type Site, type Counted, type Measured, aboutVote, type Prev, lowerIn, frontedPhrase, clauseHas, type ReportClaims } from './report';
import { type MeasureHit, findEvent, personHit, unknownLemma, quotedNounAfter, findSharedEvent, isShareOfWorkforce, baseEvent, hasOwnGovernor, isMoney, yieldsTo, partYieldsTo, defaultEvent, isRemainsFound, sameMeasure, isChange, lastDayIn, opensSinceLastCount, verbEvent, isPeopleSense, crewSharedEvent, namesPeopleEvent, DEATH_NOUNS } from './measure';
import { hasCandidateVerb, namesChoice } from './election';
import { paragraphStart, tokenAt } from './tokens';
import { putsShare, putSource, tallyVerbSource, accordingSource, agentSource, gappedSource, recounts } from './sourced';
import { hedgeStart, CHANGE_VERBS } from '../quantities/hedges';
import { CLOSING_QUOTES } from '../text/quoteMarks';
import { TALLY_REACH, HARM_DEGREES, COUNT_HEDGE_REACH, BE_OR_HAVE, ownPredicateAfter, addendBefore, isSpeech } from './claimWords';
import { isCountProgress, ownStretch, ratePeriod, MONTH_NAMES, isNet, isDifference, afterNumber, perCapitaAt, TALLIES } from './frame';
import { FINITE_BE_SET } from '../text/beVerbs';
import { GROUP_WHOLES, WHOLE_RELATIVES, THING_RELATIVES } from '../text/pronouns';
import { MARGIN_VERBS } from './contestVerbs';
import { majorityShare } from './majorityShare';
import { DISEASE_HEADS, DISEASE_NAMES } from '../entities/cues';
import { moveIsMeasure, CONSUMER_PRICE_INDEXES, PRICE_WORDS } from './levelMove';

/** Metrics a bare percentage takes from the sentence before it: "its inflation figures. ... the state acknowledged 9.7%". */
const CARRIED_METRICS = new Set(['inflation', 'growth', 'unemployment', 'turnout', 'vote_share', 'poverty', 'extreme_poverty']);
/** Parts of speech after a percentage that make it a modifier of what follows ("a 95 per cent confidence band"). */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Tokens an aside between commas may hold before the verb of the figure it follows. */
const ASIDE_REACH = 16;
/** Words adding a count ("a further 7,953 injured"), an increment only on a count of the same measure. */
const ALSO_WORDS = new Set(['further', 'another', 'additional']);
/** Most words between a sum and its conversion ("a 6.5 billion euro provision ($6.6 billion)"), and most hedge words inside
 * the conversion's parenthesis ("(about $7.25 billion)"). */
const CONVERSION_GAP = 2;
/** "of those who died", "of those killed": the event word of the figure names the whole a partitive takes its part of. */
/** The pronouns a fronted partitive points back with: "Of these, 39 ...", "Among them, 12 ...". */
const FRONTED_WHOLES: ReadonlySet<string> = new Set(GROUP_WHOLES);
const FRONTED_OPENERS = new Set(['of', 'among']);

/** Does "of these," / "of them" / "among those," stand right before the figure at qa (past its hedges)? */
export function frontedPartitive(tokens: readonly Token[], qa: number): boolean {
  const k = tokens[qa - 1]?.lower === ',' ? qa - 2 : qa - 1;
  return FRONTED_WHOLES.has(tokens[k]?.lower ?? '') && FRONTED_OPENERS.has(tokens[k - 1]?.lower ?? '');
}

/** The relative pronouns of a partitive inside a sentence: "..., of which 350 ...", "of whom, 12 ...", "of that 42 ..." (round 29). */
const RELATIVE_WHOLES: ReadonlySet<string> = new Set(WHOLE_RELATIVES);

/** "out of a total of 14 million": the words that may stand between "out of" and the whole's hedges. */
const TOTAL_OF = ['a', 'total', 'of'];

/** "out of" (and "a total of") stands right before the figure at qa, past its hedges. */
function wholeAfterOutOf(tokens: readonly Token[], qa: number): boolean {
  let k = hedgeStart(tokens, qa, Math.max(0, qa - 4), true);
  if (TOTAL_OF.every((w, j) => tokens[k - TOTAL_OF.length + j]?.lower === w)) k -= TOTAL_OF.length;
  return tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'out';
}

/** Words that open a relative clause on a figure with its subject: "the $59 billion [it] owes", "the 900 [that] it employs". */
const RELATIVE_SUBJECT_POS: ReadonlySet<string> = new Set(['PRON']);
/** Most such words between the figure and the clause's verb. */
const RELATIVE_SUBJECT_WORDS = 2;

/**
 * The event word at `hitAt` is the verb of a relative clause right after the figure ending at qb, with only its pronoun
 * subject between ("it owes", "that it employs"): the clause tells what the figure is.
 */
function wholeOwnClause(tokens: readonly Token[], qb: number, hitAt: number): boolean {
  if (hitAt <= qb || hitAt - qb > RELATIVE_SUBJECT_WORDS) return false;
  for (let i = qb; i < hitAt; i++) if (!RELATIVE_SUBJECT_POS.has(tokens[i].pos)) return false;
  return tokens[hitAt].pos === 'VERB';
}

/** Most words between "of the" and the comma of a fronted whole: "Of the total recorded deaths,". */
const FRONTED_NOUN_WORDS = 3;
const FRONTED_NOUN_POS = new Set(['NOUN', 'ADJ', 'VERB']);

/**
 * The sentence opens "Of the <noun>," or "Among the <noun>," (a whole it names but gives no figure for) and the figure
 * at qa follows that comma, past its hedges: "Of the total deaths, 50 were children" (round 29).
 */
function frontedWholeNoun(tokens: readonly Token[], start: number, qa: number): boolean {
  const open = tokens[start]?.lower === 'out' ? start + 1 : start;
  if (!FRONTED_OPENERS.has(tokens[open]?.lower ?? '') || tokens[open + 1]?.lower !== 'the') return false;
  let i = open + 2;
  while (i < open + 2 + FRONTED_NOUN_WORDS && FRONTED_NOUN_POS.has(tokens[i]?.pos ?? '')) i++;
  return i > open + 2 && tokens[i]?.text === ',' && tokens[i - 1].pos === 'NOUN' && hedgeStart(tokens, qa, i + 1, true) === i + 1;
}
/** What casualties ('losses') count both of: "lost 215 people ... Among them, 13 were killed" is a part of the losses. */
const LOSSES_PARTS = new Set(['killed', 'wounded']);
/** The forms of "be" an inverted fronted partitive takes: "Among them were three people who died on ...". */
const FRONTED_COPULAS = FINITE_BE_SET;

/**
 * The sentence opens "Among them," / "Of these," / "Among them were" and the figure at qa follows (round 30): the pronoun
 * points back to the count before, whatever verb the figure's own clause has.
 */
function opensOnFrontedPronoun(tokens: readonly Token[], start: number, qa: number): boolean {
  const open = tokens[start]?.lower === 'out' ? start + 1 : start;
  if (!FRONTED_OPENERS.has(tokens[open]?.lower ?? '') || !FRONTED_WHOLES.has(tokens[open + 1]?.lower ?? '')) return false;
  const next = tokens[open + 2];
  return qa > open + 2 && (next?.text === ',' || FRONTED_COPULAS.has(next?.lower ?? ''));
}

/**
 * "... the toll stands at 21. Among them were three people who died on the main island": a figure after a fronted
 * pronoun's partitive, of what a count of the sentence before it counted, is a part of that count (round 30) — the case a figure with
 * no event of its own (restatedEvent) leaves.
 */
function partOfCountBefore(r: ReportClaims, site: Site, unit: string, event: string): boolean {
  const last = r.carried.recent;
  const whole = last?.sentence === site.sIndex ? last.earlier : last;
  if (!whole || whole.unit !== unit || site.sIndex - whole.sentence > TALLY_REACH) return false;
  const counted = whole.events.includes(event) || (whole.events.includes('losses') && LOSSES_PARTS.has(event));
  return counted && opensOnFrontedPronoun(r.tokens, site.s.tokenStart, site.qa);
}

/** Does "of which" / "of whom" (a comma after it or not) stand right before the figure at qa, past its hedges? */
function relativePartitive(tokens: readonly Token[], qa: number): boolean {
  let k = hedgeStart(tokens, qa, Math.max(0, qa - 4), true) - 1;
  if (tokens[k]?.lower === ',') k--;
  return RELATIVE_WHOLES.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'of';
}

function ofThoseWho(tokens: readonly Token[], of: number, eventAt: number): boolean {
  if (tokens[of + 1]?.lower !== 'those') return false;
  if (eventAt === of + 2) return true;
  return tokens[of + 2]?.lower === 'who' && eventAt > of + 2 && eventAt <= of + 5;
}
/** Verbs saying a figure was off: "overstated by 9-21 per cent" is the error, not the figure. */
const MISSTATED = new Set(['overstated', 'understated', 'overestimated', 'underestimated', 'overcounted', 'undercounted',
  'inflated', 'exaggerated']);
/** Superlatives that rank a party's count against others': "the biggest number of deaths". */
const RANKINGS = new Set(['biggest', 'largest', 'highest', 'heaviest', 'greatest', 'lowest', 'smallest']);
/**
 * Words right before a figure that make it what is left of a whole: "the remaining 97 people", "the other three
 * survivors" (round 24: the rest once some are named; "three other survivors", after the figure, is an increment).
 */
const REMAINDER = new Set(['remaining', 'other']);

/**
 * Words right after a figure (or its counted noun) that make it what is left once a part is told: "9,400 died in the
 * north and 1,200 elsewhere" (round 35). Beside REMAINDER, which stands before the figure.
 */
const REMAINDER_AFTER = new Set(['elsewhere']);
/** Counted-noun tokens skipped between a figure and a word after it ("2,000 people elsewhere"). */
const NOUN_SKIP = 2;

/** The first word after the figure ending at qb, past at most NOUN_SKIP nouns of its own, is in REMAINDER_AFTER. */
function remainderAfter(tokens: readonly Token[], qb: number, end: number): boolean {
  let i = qb;
  while (i < end && i < qb + NOUN_SKIP && tokens[i].pos === 'NOUN') i++;
  return i < end && REMAINDER_AFTER.has(tokens[i].lower);
}

/**
 * Words that open what is left of a whole once a part is told: "the rest", "the remainder". Only as the subject of a
 * clause joined after the figure ("27 died at the stadium, while the rest died in hospital"); "the rest of the
 * villages" names another thing.
 */
const REST_NOUNS = new Set(['rest', 'remainder']);
const REST_JOINS = new Set(['while', 'whereas', 'and', 'but', 'with', ',', ';']);

/**
 * The figure at [qa, qb) is a part of a whole its sentence goes on to split: no other figure stands between it and a
 * joined "the rest" (REST_NOUNS) before the sentence ends at `end` (round 35), and none before it from the sentence's
 * start `start`. A figure after a whole ("out of the 44 clashes, 35 were resolved, while the rest ...", derived.ts) or
 * the whole of a partitive ("11 of the 30 deaths ..., and the rest") is read by the partitive's rules, no part here.
 * The scan stops at the next figure, so a line of figures costs each one a few reads.
 */
function restToldAfter(tokens: readonly Token[], qa: number, qb: number, start: number, end: number): boolean {
  for (let k = qb; k + 1 < end; k++) {
    if (tokens[k].type === 'number') return false;
    if (tokens[k].lower !== 'the' || !REST_NOUNS.has(tokens[k + 1].lower)) continue;
    if (!REST_JOINS.has(tokens[k - 1]?.lower ?? '') || tokens[k + 2]?.lower === 'of') return false;
    for (let i = start; i < qa; i++) if (tokens[i].type === 'number') return false;
    return true;
  }
  return false;
}

/** Words of a toll's level beside its growth: "bringing the toll to 84", "a total of 84". */
const LEVEL_WORDS = new Set(['toll', 'total', 'tally']);
/** Tokens before a figure where the "to" of a level may stand ("rose to nearly 84"). */
const LEVEL_REACH = 3;

/** The figure is a level its clause names ("bringing the toll to 84", "rose to 84"), not a day's growth. */
function namesLevel(tokens: readonly Token[], qa: number, ca: number): boolean {
  for (let i = Math.max(ca, qa - LEVEL_REACH); i < qa; i++) if (tokens[i].lower === 'to') return true;
  // Only before the figure: "nine died in the past 24 hours, bringing the toll to 84" names the level after it.
  for (let i = ca; i < qa; i++) if (LEVEL_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/** "382 new deaths", "40 new injuries": "new" among the figure's own words before its noun (at most the span's tokens). */
function newInFigure(tokens: readonly Token[], qa: number, qb: number): boolean {
  for (let i = qa + 1; i < qb; i++) if (tokens[i].lower === 'new') return true;
  return false;
}

/** Tolls whose last day's figure ("in the past 24 hours") is their day's growth (cases of a day are 'new': measure.ts). */
const DAILY_GROWTH = new Set(['killed', 'wounded']);
/** Tokens before a figure where its ranking may stand. */
const RANK_REACH = 8;
/** Words that make a rise in prices the yearly rate: "85% from a year earlier". */
const YEAR_BASE = new Set(['year', 'annual', 'annually', 'yearly', 'year-on-year', 'year-over-year', 'twelve-month', '12-month']);
/** Percent metrics whose clause may name a shorter period than the year. */
const PERIOD_METRICS = new Set(['inflation', 'growth']);

/** Tokens between a word at `at` and the figure at [qa, qb). */
const gapTo = (at: number, qa: number, qb: number): number => (at >= qb ? at - qb : at < qa ? qa - at : 0);

/** Step 2a of a claim: the event word that says what happened to what is counted (the unit may turn into people or jobs). */
export function eventHit(r: ReportClaims, site: Site, thing: Counted): { unit: string; hit: Measured['hit']; governed?: boolean; kind?: string | null } {
  const { tokens } = r;
  const { q, s, qa, qb, ca, cb } = site;
  const { unitEvent } = thing;
  let { unit } = thing;
  let hit = findEvent(tokens, unit, qa, qb, ca, cb);
  let kind: string | null = null;
  // "nine peacekeepers were killed", "140 guests were hospitalised", "laid off 300 engineers": a noun the tables do not
  // know counts people, or jobs, when what befell it befalls people or jobs (measure.ts, personHit).
  if (hit.event === 'unspecified' && !unitEvent) {
    const asPerson = personHit(tokens, thing.rawUnit, qa, qb, ca, cb);
    if (asPerson) ({ unit, hit, kind } = asPerson);
  }
  // 1.3 million "yellow vests" in the streets, 20,000 "red shirts" rallied: a quoted noun no table knows, after a figure,
  // is a nickname of people when its clause names a crowd (round 21).
  // (Cheap tests first: a noun read from quotes differs from the recognizer's unit, and no token is read till then.)
  if (hit.event === 'unspecified' && !unitEvent && !q.noun && thing.rawUnit !== q.unit && unknownLemma(thing.rawUnit)
    && quotedNounAfter(tokens, qb)) {
    const asCrowd = findEvent(tokens, 'person', qa, qb, ca, cb);
    if (asCrowd.event === 'crowd') { unit = 'person'; hit = asCrowd; }
  }
  // "three workers were injured": workers are jobs when cut or hired, people when something befalls them.
  if (unit === 'job' && hit.event === 'unspecified' && !unitEvent && !countsPosts(thing.rawUnit)) {
    const asPeople = findEvent(tokens, 'person', qa, qb, ca, cb);
    if (asPeople.event !== 'unspecified') { unit = 'person'; hit = asPeople; }
  }
  // "the plant employs 2,000 people", "laid off 300 people": people employed or cut are jobs.
  if (unit === 'person' && hit.event === 'unspecified' && !unitEvent) {
    const asJobs = findEvent(tokens, 'job', qa, qb, ca, cb);
    // "510 of them had been released", "the survey, released on Monday, said 12,400 people": freed, no jobs (round 38).
    if (asJobs.event !== 'unspecified' && !isPeopleSense(tokens, asJobs.at)) { unit = 'job'; hit = asJobs; }
  }
  // "9,000 people went on strike during the protests": the strike's words by the figure say what its people did; a
  // protest word further on names the occasion, not a crowd (round 32).
  if (unit === 'person' && hit.event === 'crowd' && !unitEvent) {
    const asJobs = findEvent(tokens, 'job', qa, qb, ca, cb);
    if (asJobs.event === 'striking' && gapTo(asJobs.at, qa, qb) < gapTo(hit.at, qa, qb)) { unit = 'job'; hit = asJobs; }
  }
  // "a large mobilisation: 38,000 people in Lyon": a list after a colon counts what its lead-in names.
  if (hit.event === 'unspecified' && !unitEvent && tokens[ca - 1]?.lower === ':') {
    const lead = findEvent(tokens, unit, qa, qb, s.tokenStart, ca - 1);
    if (lead.event !== 'unspecified') hit = lead;
  }
  if (hit.event === 'unspecified' && !unitEvent) hit = findSharedEvent(tokens, unit, qa, qb, s.tokenStart) ?? hit;
  // "134 passengers and five crew members were on board": the crew's predicate is the passengers' too (round 39).
  if (hit.event === 'unspecified' && !unitEvent && unit === 'person') hit = crewSharedEvent(tokens, qb, s.tokenEnd) ?? hit;
  // "around 1.03 million people, nearly one in seven of the city's residents, attended the march": the verb after an
  // aside between commas.
  if (hit.event === 'unspecified' && !unitEvent) hit = eventAfterAside(r, unit, qa, qb, cb, s, ca) ?? hit;
  hit = percentMetric(r, site, unit, unitEvent, hit);
  // "The turnout was 800,000 people": a count of people turning out, in a report that names no vote, is a crowd
  // (round 20; a percentage turnout stays a vote's).
  if (hit.event === 'voted' && hit.word === 'turnout' && unit === 'person' && !aboutVote(r)) hit = { ...hit, event: 'crowd' };
  // "turnout in the teachers' strike was 24 percent": the metric named outranks the action it measures.
  if (hit.event === 'strike_rate' && namesTurnout(r, ca, cb)) hit = { ...hit, event: 'turnout' };
  // "killed 421 people and sickened 8,450": the figure's own word, which the lexicon does not know, governs it.
  if (hasOwnGovernor(tokens, unit, qa, qb, hit.at)) return { unit: thing.unit, hit: { event: 'unspecified', word: null, at: -1 }, governed: true };
  // "killed 22 people, including 12 staff": staff listed as a part of a count of people are people (round 30 probe).
  if (unit === 'job' && hit.event === 'unspecified' && !unitEvent && listedAfterPeople(tokens, site)) unit = 'person';
  return { unit, hit, kind };
}

/** The figure opens an "including"/"among" list after a count of people in its sentence: a part of those people. */
function listedAfterPeople(tokens: readonly Token[], site: Site): boolean {
  const opener = tokens[site.ca]?.lower;
  return site.samePrev?.unit === 'person' && (opener === 'including' || opener === 'among');
}

/** The metric a percentage with no event word of its own measures: a vote share, a metric carried from before, inflation. */
function percentMetric(r: ReportClaims, site: Site, unit: string, unitEvent: string | null, found: Measured['hit']): Measured['hit'] {
  const { prepared, tokens, sentences } = r;
  const { q, s, qa, qb, ca, cb, samePrev, sIndex } = site;
  let hit = found;
  // "Brenn scored 46.12%, Adler won with 52.31%": in a report about a vote, a percentage a candidate verb takes is a share
  // of the vote. Its own clause's verb comes before a metric carried from the sentence before ("... would take part in a
  // second round. Makoni, an independent, won 7%" is his share, not the turnout; round 22).
  // "97% for annexation, turnout 83 percent": so is a percentage followed by the choice it went to.
  if (hit.event === 'unspecified' && !unitEvent && unit === 'percent' && (hasCandidateVerb(tokens, ca, cb) || namesChoice(tokens, qb)) && aboutVote(r)) {
    hit = { event: 'vote_share', word: 'vote', at: -1 };
  }
  // "The government is accused of faking its inflation figures. For 2014, the state acknowledged about 9.7%": a bare
  // percentage takes the metric named before it in its sentence or the sentence before, in its paragraph; a figure of
  // another unit before it in the sentence ("compared with 17 countries ... we are at 7 percent") does not stop it, and a
  // percentage that modifies the noun after it ("a 95 per cent confidence band") measures that noun.
  if (hit.event === 'unspecified' && !unitEvent && unit === 'percent' && !q.noun && samePrev?.unit !== 'percent' && tokens[qb]?.lower !== 'of'
    && !MODIFIED.has(tokens[qb]?.pos ?? '')) {
    const before = sentences[sIndex - 1];
    const from = before && (before.start >= paragraphStart(prepared, s.tokenStart) || wireParagraph(r, sIndex - 1))
      ? before.tokenStart : s.tokenStart;
    const named = findEvent(tokens, unit, qa, qb, from, ca);
    if (CARRIED_METRICS.has(named.event)) hit = named;
  }
  // "will slash 15,000 jobs, about 12% of its workforce": a share of the workforce set beside a count of jobs after a
  // comma is that count again, as a share: the same measure.
  if (hit.event === 'unspecified' && !unitEvent && unit === 'percent' && samePrev?.unit === 'job' && tokens[ca - 1]?.text === ','
    && !samePrev.event.startsWith('unspecified') && isShareOfWorkforce(tokens, qb)) {
    hit = { event: baseEvent(samePrev.event), word: samePrev.word, at: -1 };
  }
  // "consumer prices rose 1.0%": the consumer price level's change is inflation.
  if (hit.event === 'unspecified' && !unitEvent && unit === 'percent' && namesConsumerPrices(r, ca, cb)) {
    hit = { event: 'inflation', word: 'prices', at: -1 };
  }
  // "the opposition's tallies put Brenn's total at 50.6 percent": in a report about a vote, a percentage a put verb
  // gives a total or share is a share of the vote.
  if (hit.event === 'unspecified' && !unitEvent && unit === 'percent' && putsShare(r, ca, qa) && aboutVote(r)) {
    hit = { event: 'vote_share', word: 'vote', at: -1 };
  }
  return hit;
}

/** Relatives of a thing, opening the clause telling what an event noun did: "a crush that killed 44". */
const EVENT_RELATIVES: ReadonlySet<string> = new Set(THING_RELATIVES);
/**
 * "a crush that killed 44 worshippers and injured 100 more ... overnight": a one-off event noun of the sentence, then a
 * relative pronoun before the figure, makes the figure that event's whole toll, so "overnight" dates the event and says
 * nothing of a toll's growth in its last day ("30 more died overnight" keeps that reading).
 */
function tollOfOneEvent(tokens: readonly Token[], sentenceStart: number, qa: number): boolean {
  for (let i = sentenceStart + 1; i < qa; i++) {
    if (!EVENT_RELATIVES.has(tokens[i].lower)) continue;
    const noun = tokens[i - 1].lower;
    if (EVENT_WORDS.get(noun)?.[0] === 'noun' || GENERIC_EVENT_NOUNS.has(noun)) return true;
  }
  return false;
}

/**
 * "the toll had risen to 4,310, with a further 7,953 injured": "a further", "another" or "an additional" after a figure
 * of another measure in the sentence adds a count of its own, no increment on an earlier count of the same.
 */
export function alsoOfOther(r: ReportClaims, site: Site, unit: string, event: string, hitAt = -1): boolean {
  const { tokens } = r;
  const { qa, ca, samePrev } = site;
  if (event === 'unspecified') return false;
  // Round 46: "killed at least 40 and injured 100 more", "left 31 dead and 70 more injured": "more" after the number,
  // the figure's own harm word before it or right after "more", past a figure of another measure in the sentence. With
  // the word further on ("noting that 52 more stayed in hospital") the words do not say what it adds to (validation
  // precision fell).
  if (samePrev && hitAt > samePrev.qb) {
    const m = afterNumber(tokens, qa, site.qb);
    if (tokens[m]?.lower === 'more' && (hitAt < qa || hitAt === m + 1)) {
      return samePrev.unit === unit && baseEvent(samePrev.event) !== baseEvent(event);
    }
  }
  const b = hedgeStart(tokens, qa, Math.max(ca, qa - 3)) - 1;
  if (!ALSO_WORDS.has(tokens[b]?.lower ?? '')) return false;
  if (!samePrev) return tokens[b].lower === 'another' && opensReport(tokens, b, site.s.tokenStart) && alsoAfterOther(r, unit, event);
  return samePrev.unit === unit && baseEvent(samePrev.event) !== baseEvent(event);
}

/**
 * "Another" at `b` opens its sentence, or the clause a verb of saying reports ("They said another 12 were wounded",
 * "the ministry said that another 47 ..."): the subject of a count of its own, as round 33 read it at a sentence's start.
 */
function opensReport(tokens: readonly Token[], b: number, sentenceStart: number): boolean {
  if (b === sentenceStart) return true;
  const v = tokens[b - 1]?.lower === 'that' ? b - 2 : b - 1;
  return v > sentenceStart && isSpeech(tokens[v].lower);
}

/**
 * Round 33 (part33): "40 were killed. Another 250 were wounded": a sentence opening on "Another" (its subject, the wire's
 * way of listing casualties by kind) after the report's last sentences counted only other measures in its unit adds a
 * count of its own. "Another 20 were killed" after a sentence of killed (or the one before it) stays an increment, and so
 * does one with no count before, a verb's object ("have kept another 60 posts") and "a further" (which more often
 * adds to the same count; it flagged a trap on the development sets).
 */
function alsoAfterOther(r: ReportClaims, unit: string, event: string): boolean {
  const recent = r.carried.recent;
  if (!recent || recent.unit !== unit) return false;
  const base = baseEvent(event);
  if (recent.events.includes(base)) return false;
  return !(recent.earlier?.unit === unit && recent.earlier.events.includes(base));
}

/**
 * The money figure at `qa` restates the sum before it in another currency: in parentheses or after ", or", at most
 * CONVERSION_GAP words after that sum's figure and noun ("a 6.5 billion euro provision ($6.6 billion)").
 */
export function convertsMoney(r: ReportClaims, before: Prev, qa: number, unit: string): boolean {
  if (!isMoney(unit) || !isMoney(before.unit) || before.unit === unit || before.qb >= qa) return false;
  return convertsAt(r.tokens, before.qb, qa);
}

/**
 * The words between the sum ending before token `beforeQb` and the figure at `qa` open a conversion: "(" or ", or",
 * after at most CONVERSION_GAP words of the sum's noun. The units are the caller's to compare.
 */
export function convertsAt(tokens: readonly Token[], beforeQb: number, qa: number): boolean {
  if (beforeQb >= qa) return false;
  let opener = qa - 1;
  // The hedge of the conversion stands inside the parenthesis: "(about $7.25 billion)".
  while (opener > beforeQb && qa - opener <= CONVERSION_GAP && tokens[opener].type === 'word' && tokens[opener].lower !== 'or') opener--;
  const opens = tokens[opener]?.text === '(' || (tokens[opener]?.lower === 'or' && tokens[opener - 1]?.text === ',');
  const at = tokens[opener]?.text === '(' ? opener : opener - 1;
  if (!opens || at - beforeQb > CONVERSION_GAP) return false;
  for (let i = beforeQb; i < at; i++) if (tokens[i].type !== 'word') return false;
  return true;
}

/** A verb in [from, to) other than a form of "be" or "have": "2,300 of them continued on" has one, "34 of them children" none. */
export function hasOwnVerb(r: ReportClaims, from: number, to: number): boolean {
  const { tokens } = r;
  for (let i = from; i < to; i++) if (tokens[i].pos === 'VERB' && !BE_OR_HAVE.has(tokens[i].lower)) return true;
  return false;
}

/** Step 2b of a claim: the measure (what happened to what is counted), with the marks of parts, changes and differences. */
export function measureOf(r: ReportClaims, site: Site, thing: Counted): Measured {
  const { samePrev } = site;
  const found = eventHit(r, site, thing);
  const { hit } = found;
  const { ownEvent, ofThose, event: headed } = headEvent(r, site, thing, hit);
  const opener = r.tokens[site.ca]?.lower;
  const inherits = samePrev && (opener === 'including' || opener === 'among' || opener === 'with' || thing.partitive || site.derived);
  const reading: Reading = { event: headed, word: hit.word, restated: thing.restated };
  listedEvent(r, site, thing, found, opener, reading);
  const own = figureVoice(r, site, found.unit);
  restatedEvent(r, site, found.unit, own, reading);
  const settled = settledMeasure(r, site, thing, found.unit, reading.event, hit.word);
  const unit = settled.unit;
  const event = partMarks(r, site, thing, unit, perHeadIncome(r.tokens, thing, settled.event, hit.at), opener, ownEvent, settled.monthlyRise, hit.at);
  const { remains } = settled;
  const { word, restated } = reading;
  return { unit, event, word, hit, opener, inherits: !!inherits, own, restated, kind: unit === 'person' || unit === 'job' ? found.kind ?? null : null,
    ...(ofThose ? { ofThose } : {}), ...(remains ? { remains } : {}) };
}

/**
 * "per capita income of $870", "income per head", "$1,310 per person in income": income counted per person is an
 * economy's output per head, the measure "GDP per capita" names; no firm's profit is counted per head (round 33).
 */
function perHeadIncome(tokens: readonly Token[], thing: Counted, event: string, at: number): string {
  if (event !== 'profit') return event;
  return thing.rate === 'per-capita' || perCapitaAt(tokens, at) ? 'gdp' : event;
}

/** The event measureOf settles on step by step, with its word and the scope of a count it restates. */
interface Reading { event: string; word: Measured['word']; restated: Measured['restated'] }

/**
 * "The death count climbed to 212 with 97 missing": a tally noun of the dead before the bare figure in its clause
 * is a toll, whose event outranks the next figure's noun (round 31, probe31a). The recognizer gives such a figure the unit
 * "death" and no noun of its own. The nouns of the dead before the tally noun are the measure table's (DEATH_NOUNS).
 */
function deathTallyIn(tokens: readonly Token[], ca: number, qa: number): boolean {
  for (let i = Math.max(ca, 1); i < qa; i++) if (TALLIES.has(tokens[i].lower) && DEATH_NOUNS.has(tokens[i - 1].lower)) return true;
  return false;
}

/** The figure's own event: its noun's or toll's over event words nearby, marked a part of a whole it names. */
function headEvent(r: ReportClaims, site: Site, thing: Counted, hit: Measured['hit']):
  { ownEvent: string | null; ofThose: boolean; event: string } {
  const { tokens } = r;
  const { q, qa, qb, ca, samePrev } = site;
  const { unitEvent, partitive } = thing;
  // The figure's own noun naming what befell its count ("41 deaths", "12 dead") outranks event words nearby, and so
  // does a death toll ("the toll rose to 41 after seven injured passengers died"); a unit taken from an earlier
  // figure ("34 dead, dozens in hospital") does not.
  // A toll the recognizer carried from the figure before ("the toll had risen to 4,310, with a further 7,953 injured")
  // is no toll of this figure's own clause.
  const ownToll = (q.unit === 'toll' && (q.noun !== null || lowerIn(r, ca, qa, 'toll')))
    || (q.unit === 'death' && q.noun === null && deathTallyIn(tokens, ca, qa));
  const partOf = q.noun !== null && q.noun.start > q.end && tokens[tokenAt(tokens, q.end)]?.lower === 'of';
  const ownEvent = unitEvent && (q.noun || ownToll) ?
    yieldsTo(unitEvent, hit.event) ?? (partOf ? partYieldsTo(unitEvent, hit.event) : null) ?? unitEvent : null;
  let event = ownEvent ?? (unitEvent && hit.event === 'unspecified' ? unitEvent : hit.event);
  // "the GOC, who is in charge of rescue operations, said the number was 3,200": a word before the tally noun tells of
  // something else; the tally restates the count before it (round 19).
  if (unitEvent && thing.tallied >= 0 && hit.at >= 0 && hit.at < thing.tallied) event = unitEvent;
  // "92 of the dead were in Jajarkot": a share of those the whole's noun names, not a rival count of them.
  if (ownEvent && partOf && ownEvent === unitEvent) event = `${event}+part`;
  // "32 of those who died were soldiers", "12 of those killed": a part of those the event befell, whose whole the
  // sentence does not give; what the part is, the words after it say.
  const ofThose = partitive && !samePrev && !event.endsWith('+part') && ofThoseWho(tokens, qb, hit.at);
  if (ofThose) event = `${event}+part`;
  return { ownEvent, ofThose, event };
}

/** An unspecified event read from the figure before in the sentence: after "including"/"among", or in a bare list. */
function listedEvent(r: ReportClaims, site: Site, thing: Counted, found: { unit: string; governed?: boolean },
  opener: string | undefined, reading: Reading): void {
  const { samePrev } = site;
  const { unit } = found;
  if (reading.event === 'unspecified' && samePrev && (opener === 'including' || opener === 'among') && samePrev.unit === unit) {
    reading.event = samePrev.event;
    reading.word = samePrev.word;
  }
  // "38,000 marched in Lyon, 36,000 in Toulouse": a bare figure in a list counts what the figure before it counts.
  // "at least 12 people have been killed, at least 78 have been shot": a figure whose own verb follows it, one the
  // lexicon does not know, tells of something else that befell its people (round 30).
  if (reading.event === 'unspecified' && thing.bare && !found.governed && samePrev && samePrev.unit === unit
    && !samePrev.event.startsWith('unspecified') && !ownPredicateAfter(r.tokens, site.qb, site.cb)) {
    reading.event = samePrev.event.replace(/\+(part|change)$/, '');
    reading.word = samePrev.word;
  }
}

/** An unspecified event another voice restates, or a fronted "of these" takes a part of, from an earlier count. */
function restatedEvent(r: ReportClaims, site: Site, unit: string, own: { id: string; name: string } | null,
  reading: Reading): void {
  const { samePrev, qa, ca } = site;
  // "the ministry put it at 21 percent": the same measure as the figure before it, from another voice.
  // "350,000 people, according to the city police, took part": an "according to" right after the figure, even past the
  // comma that ends its clause, is the figure's own voice.
  // '"nearly 50,000 demonstrators", according to the unions': a closing quote may stand between.
  if (reading.event === 'unspecified' && own && samePrev && samePrev.unit === unit) {
    reading.event = samePrev.event;
    reading.word = samePrev.word;
  }
  // "More than 1 million took part. The city police put the number at 350,000.": another voice's bare figure, a
  // sentence or two on, counts what the last figure counted.
  const lastCount = r.carried.recent;
  if (reading.event === 'unspecified' && !samePrev && !site.q.noun && lastCount && lastCount.unit === unit
    && site.sIndex - lastCount.sentence <= TALLY_REACH && (own || recounts(r, ca, qa))) {
    reading.event = lastCount.event;
    reading.word = lastCount.word;
    reading.restated = lastCount.scope;
  }
  // "Fifty people were killed ... Of these, 39 were police officers": a figure after a fronted "of these"/"of them",
  // with no figure before it in its sentence, is a part of the count the sentence before gave (round 23).
  if (reading.event === 'unspecified' && !samePrev && lastCount && lastCount.unit === unit && site.sIndex - lastCount.sentence <= TALLY_REACH
    && frontedPartitive(r.tokens, qa)) {
    reading.event = `${lastCount.event}+part`;
    reading.word = lastCount.word;
  }
}

/** The voice the figure's own words give it: a put or tally verb's subject, an "according to", an agent, a gapped subject. */
function figureVoice(r: ReportClaims, site: Site, unit: string): { id: string; name: string } | null {
  const { tokens } = r;
  const { q, qa, qb, ca, cb, samePrev } = site;
  const after = tokens[qb]?.text ?? '';
  const qe = CLOSING_QUOTES.has(after) ? qb + 1 : qb;
  return putSource(r, ca, qa) ?? tallyVerbSource(r, ca, qa, q.start)
    ?? accordingSource(r, qe, (qe === qb ? after : tokens[qe]?.text) === ',' ? site.s.tokenEnd : cb) ?? agentSource(r, qa, qb, site.s, cb)
    // Only a bare figure counting what the figure before it counts ("... demonstrators and the organizers 22,000").
    ?? (!q.noun && samePrev?.unit === unit ? gappedSource(r, qa, q.start, site.s) : null);
}

/**
 * The measure once the event is known: a unit's default event, the same measure under one name, a population, a
 * count's progress, a rate's period, a month's inflation.
 */
function settledMeasure(r: ReportClaims, site: Site, thing: Counted, unit0: string, event0: string, hitWord: string | null):
  { unit: string; event: string; remains: boolean; monthlyRise: boolean } {
  const { tokens, figureStarts } = r;
  const { qa, qb, ca, cb } = site;
  const { population } = thing;
  let unit = unit0;
  let event = event0;
  if (event === 'unspecified') event = defaultEvent(unit) ?? event;
  // "97 cases, seven of them fatal": the fatal cases are the dead; "900 people tested positive" are cases.
  // "270 bodies recovered": the dead found so far, at least that many dead (round 20).
  const remains = isRemainsFound(unit, event);
  if (unit === 'person' && event === AFFECTED && illnessAffected(r, site)) event = INFECTED;
  ({ unit, event } = sameMeasure(unit, event));
  if (population && unit === 'person') event = 'population';
  // "80 percent of polling stations counted": how far a count has got, not a share anyone disputes.
  if (unit === 'percent' && isCountProgress(tokens, qb)) event = 'unspecified+progress';
  // "inflation of 2.1% in the month": a monthly rate is its own measure, beside the yearly one.
  // The words of the clause that speak of this figure, not of the figure joined to it ("... and annual inflation was N").
  const own = ownStretch(tokens, figureStarts, ca, cb, qa, qb);
  const oa = own[0];
  const ob = own[1];
  if (unit === 'percent' && PERIOD_METRICS.has(event)) {
    // "Month-on-month (MoM), inflation rose 1.6%": a short opening phrase of no figure frames its sentence's rates.
    const period = ratePeriod(tokens, oa, ob) ?? (frontedPhrase(r, site.s.tokenStart, ca) ? ratePeriod(tokens, site.s.tokenStart, ca) : null);
    if (period) event = `${event}@${period}`;
  }
  // "consumer prices rose by 7.18% in October": a rise in prices over a month named, with no year as its base, is the
  // month's inflation, not a change in the yearly rate.
  // "Prices climbed 3.3% in January" (round 31, dev25fa): prices the clause names before the figure, whatever its event
  // word (a tally of the sentence before may have given "inflation").
  const monthlyRise = event === 'inflation'
    && (hitWord === 'prices' || namesConsumerPrices(r, oa, ob) || clauseHas(r, oa, qa, PRICE_WORDS)) && stepOfChange(tokens, qa, ca)
    && clauseHas(r, oa, ob, MONTH_NAMES) && !clauseHas(r, oa, ob, YEAR_BASE);
  if (monthlyRise) event = 'inflation@monthly';
  // "had deployed 3,000 police officers ... around the rally site" (round 31, dev25fa): people a verb right at the figure
  // deploys are a deployment, whatever gathering the clause names after them; never its crowd.
  if (event === 'crowd' && unit === 'person') {
    const verb = verbEvent(tokens, unit, qa, qb, ca, cb);
    if (verb && DEPLOY_STEMS.has(verb)) event = verb;
  }
  return { unit, event, remains, monthlyRise };
}

/** What befalls people in general ("affected"), and what an illness does to them ("infected", folded into its cases). */
const AFFECTED = 'affected';
const INFECTED = 'infected';
const KILLED = 'killed';
/**
 * Words that name an illness in a sentence: the diseases and their heads the recognizer knows, and the words for an
 * illness spreading or its cause, which name no disease of their own.
 */
const ILLNESS_WORDS: ReadonlySet<string> = new Set([...DISEASE_NAMES, ...DISEASE_HEADS, 'epidemic', 'pandemic', 'illness',
  'bacteria', 'bacterium', 'diarrhoea', 'diarrhea']);

/**
 * People "affected" in a sentence that names an illness are its cases: "2,300 people have been affected by the fever",
 * "figures on the epidemic show 2,300 people affected" (round 40), as those it infected or sickened are; people a storm
 * or a quake affected stay a count of their own. Not when the figure's own words name a death ("the death of six more
 * people affected by the virus", "40 people affected by the fever died"): those count the dead, whatever befell them before.
 */
function illnessAffected(r: ReportClaims, site: Site): boolean {
  const { tokens, figureStarts } = r;
  const [oa, ob] = ownStretch(tokens, figureStarts, site.ca, site.cb, site.qa, site.qb);
  return clauseHas(r, site.s.tokenStart, site.s.tokenEnd, ILLNESS_WORDS) && !namesPeopleEvent(tokens, oa, ob, KILLED);
}

/** Stems of verbs that send people somewhere (measure.ts, verbEvent): "deployed", "dispatched", "stationed". */
const DEPLOY_STEMS: ReadonlySet<string> = new Set(['~deploy', '~dispatch', '~station']);


/**
 * The figure is the size of a change: "rose by 7.18%" (isChange), or a verb of change right before it past its hedges
 * ("the CPI increased 0.3 percent in January", "after rising nearly 0.2% in December"; round 28). "rose to 3.1%" is a
 * level, not a step.
 */
function stepOfChange(tokens: readonly Token[], qa: number, ca: number): boolean {
  if (isChange(tokens, qa, ca)) return true;
  const at = hedgeStart(tokens, qa, ca);
  return at > ca && CHANGE_VERBS.has(tokens[at - 1].lower);
}

/** Pronouns that stand for the whole of a fronted partitive: "Of them, 12 ...", "Of those, nine ...". */
const WHOLE_PRONOUNS: ReadonlySet<string> = new Set(GROUP_WHOLES);

/** The clause opens "Of them," (or "Out of those,") and the figure at qa follows the comma. */
function frontedPronounWhole(tokens: readonly Token[], ca: number, qa: number): boolean {
  const of = tokens[ca]?.lower === 'out' ? ca + 1 : ca;
  return tokens[of]?.lower === 'of' && WHOLE_PRONOUNS.has(tokens[of + 1]?.lower ?? '') && tokens[of + 2]?.text === ',' && qa > of + 2;
}

/** A counted noun of ballots set aside: "spoilt votes", "invalid ballots", "blank votes". */
const SET_ASIDE_BALLOTS = /^(?:spoilt|spoiled|invalid|rejected|blank|null|void|annulled)\s{1,3}(?:votes?|ballots?)$/i;
/** Ballots as a counted noun. */
const BALLOT_NOUNS: ReadonlySet<string> = new Set(['vote', 'votes', 'ballot', 'ballots']);
/** Most tokens from a clause's "valid votes" subject to its figure: "Valid votes cast were 2,915,300". */
const VALID_SUBJECT_REACH = 5;

/**
 * A count of the valid ballots, named after the figure ("2,915,300 valid votes") or as the subject before it ("Valid
 * votes cast were 2,915,300"): the ballots left once the rejected are set aside, a part of all cast (round 44: read as
 * the votes cast, it met another report's total with the rejected in it). Shares are not counts and are left alone.
 */
function validBallots(tokens: readonly Token[], nounText: string, qa: number, sa: number): boolean {
  if (/^valid\s{1,3}(?:votes?|ballots?)$/i.test(nounText)) return true;
  for (let i = Math.max(sa, qa - VALID_SUBJECT_REACH); i < qa - 1; i++) {
    if (tokens[i].lower === 'valid' && BALLOT_NOUNS.has(tokens[i + 1].lower)) return true;
  }
  return false;
}

/** Verbs of seats changing hands: "losing 71 seats", "gained 20 seats" tell how a party's seats moved, not how many it won. */
const SEAT_SWING_VERBS: ReadonlySet<string> = new Set(`lost lose loses losing gained gain gains gaining shed sheds shedding
  dropped drops dropping`.split(/\s+/));

/** A count of seats right after a verb of their change (past its hedges): "losing 71 seats", "gained nearly 20 seats". */
function seatSwing(tokens: readonly Token[], unit: string, qa: number, ca: number): boolean {
  if (unit !== 'seat') return false;
  const at = hedgeStart(tokens, qa, ca);
  return at > ca && SEAT_SWING_VERBS.has(tokens[at - 1].lower);
}

/** Verbs of winning a contest: "won by 6,240 votes", "beat him by 400 votes", "edged out his rival by 2%". */
const WIN_VERBS: ReadonlySet<string> = new Set(MARGIN_VERBS);

/**
 * A count of votes right after "by" (past its hedges) in a clause with a verb of winning: the margin, no candidate's
 * tally. "beat his rival by 52.7% to 45.8%" gives a score, the winner's share ("to" follows the figure).
 */
function winMargin(tokens: readonly Token[], unit: string, qa: number, qb: number, ca: number): boolean {
  if ((unit !== 'vote' && unit !== 'percent') || tokens[qb]?.lower === 'to') return false;
  const at = hedgeStart(tokens, qa, Math.max(ca, qa - 4), true);
  if (at <= ca || tokens[at - 1].lower !== 'by') return false;
  for (let i = at - 2; i >= ca; i--) if (WIN_VERBS.has(tokens[i].lower)) return true;
  return false;
}

/** The marks of a part, a net balance, a change or a difference that the figure's words put on its event. */
/** The figure's noun comes after "of" right after it: "Forty-two of the terrorists", "92 of the dead". */
function nounAfterOf(r: ReportClaims, site: Site): boolean {
  const { q } = site;
  return !!q.noun && q.noun.start > q.end && r.tokens[tokenAt(r.tokens, q.end)]?.lower === 'of';
}

/** The figure before, in the figure's sentence or the one before, counted the same unit with the same event. */
function partOfPrev(r: ReportClaims, site: Site, unit: string, event: string): boolean {
  const prev = r.carried.prev;
  if (!prev || (prev.sentence !== site.s && prev.sentence !== r.sentences[site.sIndex - 1])) return false;
  return prev.unit === unit && baseEvent(prev.event) === baseEvent(event) && !prev.event.endsWith('+part');
}

function partMarks(r: ReportClaims, site: Site, thing: Counted, unit: string, event0: string, opener: string | undefined,
  ownEvent: string | null, monthlyRise: boolean, hitAt: number): string {
  const { tokens } = r;
  const { q, qa, qb, ca, cb, samePrev, derived } = site;
  const { partitive, bare } = thing;
  let event = event0;
  // "Of the 5,800 schools, 4,100 were closed": the whole is a total, not a count of what the verb says.
  // "Out of the 796 deaths recorded so far, 13 ...": a whole whose own noun names what befell it ("deaths", "dead",
  // "arrests") counts that, as it would anywhere else (round 20).
  // "Of them, 12 were children" (round 24): a pronoun's whole before a comma is the figure before, and the figure after
  // the comma its part, no whole.
  const opensWhole = (tokens[ca]?.lower === 'of' || (tokens[ca]?.lower === 'out' && tokens[ca + 1]?.lower === 'of'))
    && qa - ca <= 3 && event !== 'unspecified' && !ownEvent && !frontedPronounWhole(tokens, ca, qa);
  // Round 45 (company45): "out of an estimated $48 billion it owes", "of the 900 staff it employs": a whole whose own
  // relative clause names what befell it counts that, no bare total.
  const namedWhole = wholeOwnClause(tokens, qb, hitAt);
  if (opensWhole && !derived && !namedWhole) event = 'total';
  // "received 4.36 million votes out of about 9 million ballots": the figure after "out of" is the whole the figure
  // before it was taken from, no rival count of what the verb says (round 29).
  else if (!derived && !namedWhole && samePrev && (samePrev.unit === unit || !q.noun) && event !== 'unspecified' && wholeAfterOutOf(tokens, qa)) event = 'total';
  // "227 people injured, seven seriously", "six of them critically": a bare figure before a degree of harm counts a part
  // of the injured.
  if (unit === 'person' && !q.noun && HARM_DEGREES.has(tokens[qb]?.lower ?? '')) event = 'wounded+part';
  // "2,300 of them went on": a part of the figure before it, not a rival count of the same thing.
  else if (partitive && samePrev && samePrev.unit === unit && samePrev.event === event && event !== 'unspecified') event = `${event}+part`;
  // "60 bodies were pulled from the rubble, 34 of them children": a part with no verb of its own is a part of what
  // befell the figure before it (round 20); "2,300 of them continued on to Romania" did something else.
  else if (partitive && samePrev && samePrev.unit === unit && event === 'unspecified' && !samePrev.event.startsWith('unspecified')
    && !hasOwnVerb(r, qb, cb)) {
    event = `${baseEvent(samePrev.event)}+part`;
  }
  // "Over 450 people have been injured, of which at least 350 are at the hospital": a relative partitive right before the
  // figure takes a part of the figure before it (round 27); "carrying 477 people, of whom 164 were rescued" tells of
  // something else that befell the part, its own measure.
  else if (samePrev && samePrev.unit === unit && !samePrev.event.startsWith('unspecified')
    && (event === 'unspecified' || event === samePrev.event) && relativePartitive(tokens, qa)) {
    event = `${baseEvent(samePrev.event)}+part`;
  }
  // "71 deaths, including 27 who died in hospitals and 44 in the community": parts of the figure before them.
  else if (samePrev && samePrev.unit === unit && event !== 'unspecified' && !event.endsWith('+part')
    && (((opener === 'including' || opener === 'among') && (samePrev.event === event || samePrev.event === `${event}+part`))
      || ((opener === 'and' || tokens[ca - 1]?.lower === 'and') && bare && samePrev.event === `${event}+part`))) event = `${event}+part`;
  // "Sixty-one terrorists were killed. Forty-two of them (of the terrorists) were killed in firefights": a figure taken
  // "of" the people the figure just before counted, in its sentence or the one before, is a part of it (round 30).
  else if (event !== 'unspecified' && !event.endsWith('+part') && (partitive || nounAfterOf(r, site)) && partOfPrev(r, site, unit, event)) {
    event = `${event}+part`;
  }
  // "Iran has reported the biggest number of deaths at 136": a figure ranked against others is one party's part.
  if (ranked(r, ca, qa) && !event.endsWith('+part')) event = `${event}+part`;
  // "The smallest monthly rise in prices came in clothing (0.9 percent)": one group's rise of the basket ranked.
  else if (unit === 'percent' && baseEvent(event) === 'inflation' && !event.endsWith('+part') && rankedRise(tokens, site.s.tokenStart, qa)) {
    event = `${event}+part`;
  }
  // "the remaining 97 people died of other causes": what is left of a whole once a part is told, itself a part.
  else if (REMAINDER.has(tokens[qa - 1]?.lower ?? '') && !event.endsWith('+part')) event = `${event}+part`;
  // "the patients killed rose to 10, in addition to 12 dead staffers": an addend of what befell the figure before it is
  // a part of their sum, no rival of a total (round 30 probe).
  else if (!event.endsWith('+part') && samePrev?.unit === unit && baseEvent(samePrev.event) === baseEvent(event)
    && addendBefore(tokens, qa)) event = `${event}+part`;
  // "9,400 died in the north and 1,200 elsewhere", "27 died at the stadium, while the rest died in hospital": a part
  // the words tell apart from the rest of a whole (round 35).
  else if (event !== 'unspecified' && !event.endsWith('+part') && (remainderAfter(tokens, qb, site.s.tokenEnd)
    || restToldAfter(tokens, qa, qb, site.s.tokenStart, site.s.tokenEnd))) event = `${event}+part`;
  // "184,306 spoilt votes", "4,000 rejected ballots": the ballots set aside are a part of all cast, no rival of the total.
  else if (!event.endsWith('+part') && SET_ASIDE_BALLOTS.test(site.q.noun?.text ?? '')) event = `${event}+part`;
  else if (unit === 'vote' && !event.endsWith('+part') && validBallots(tokens, site.q.noun?.text ?? '', qa, site.s.tokenStart)) event = `${event}+part`;
  // "Of the total deaths, 50 were children": a sentence opening on a whole it gives no figure for counts a part of it.
  else if (event !== 'unspecified' && !event.endsWith('+part') && frontedWholeNoun(tokens, site.s.tokenStart, qa)) event = `${event}+part`;
  else if (event !== 'unspecified' && !event.includes('+') && partOfCountBefore(r, site, unit, event)) event = `${event}+part`;
  // "a net loss of 100 jobs": the balance of losses and gains, its own measure beside the gross count.
  if (isNet(tokens, qa, qb, ca, hitAt)) event = `${event}+net`;
  if ((isChange(tokens, qa, ca) || seatSwing(tokens, unit, qa, ca)) && !monthlyRise && !moveIsMeasure(tokens, unit, event, ca, qa)) {
    event = `${event}+change`;
  }
  // "9.49 million more deaths than reported": a difference between two counts, not a level.
  else if ((isDifference(tokens, qa, qb, cb) && !alsoOfOther(r, site, unit, event, hitAt)) || isMisstatement(r, qa)) event = `${event}+diff`;
  // "won the vote by just 6,240 votes": the winner's margin, a difference of two candidates' votes (round 32, dev26fa).
  // "she carried the vote by 57.4%" with no rival's share beside it: his share, not a margin.
  else if (winMargin(tokens, unit, qa, qb, ca) && !majorityShare(site.q, site.s, r.quantities)) event = `${event}+diff`;
  // "nine died in the past 24 hours", "30 injured overnight": what a toll grew by in its last day, not the toll.
  else if (DAILY_GROWTH.has(event) && ((lastDayIn(tokens, ca, cb)
    && (lastDayIn(tokens, ca, cb, false) || !tollOfOneEvent(tokens, site.s.tokenStart, qa))) || opensSinceLastCount(tokens, site.s.tokenStart))
    && !namesLevel(tokens, qa, ca)) event = `${event}+diff`;
  // "registered 382 new deaths and 2,581 new cases": deaths a toll newly counts are what it grew by, not the toll (round 29).
  else if (DAILY_GROWTH.has(event) && newInFigure(tokens, qa, qb)) event = `${event}+diff`;
  return event;
}

/**
 * The event word right after an aside that follows the figure's clause: the clause ends at a comma, the aside at the next
 * comma within ASIDE_REACH tokens, and the verb (after at most one adverb or auxiliary) starts what follows.
 */
export function eventAfterAside(r: ReportClaims, unit: string, qa: number, qb: number, cb: number, s: Sentence, ca = -1) {
  const { tokens } = r;
  const mark = tokens[cb]?.text;
  // (The clause ends at a parenthesis, or the figure's clause opens inside one: a clause that does neither reads no more.)
  if (mark === '(' || (mark === ')' && tokens[ca - 1]?.text === '(')) return eventAfterParenthesis(r, unit, qa, qb, cb, s, ca);
  if (mark !== ',') return null;
  // Only a subject's list: "at 525 stores nationwide, said more than 60 stores ..., including ..." is no figure the verb
  // after the list tells of.
  const list = LIST_OPENERS.has(tokens[cb + 1]?.lower ?? '') && tokens[hedgeStart(tokens, qa, ca, true) - 1]?.pos !== 'ADP';
  for (let i = cb + 1; i < Math.min(s.tokenEnd, cb + ASIDE_REACH); i++) {
    const t = tokens[i];
    if (t.text === ',') {
      const hit = verbAfterAside(tokens, unit, qa, qb, i, s);
      // A list's own commas ("including Rome, Milan and Turin,") do not close it: the comma before a verb does.
      if (hit || !list) return hit;
      continue;
    }
    if (t.type === 'punctuation' && t.text !== '\'' && t.text !== '’' && t.text !== '-') return null;
  }
  return null;
}

/**
 * Words that open an aside listing examples, whose items are separated by commas of their own (round 24): "more than 60
 * stores across 12 cities, including Rome, Milan and Turin, were shut" — the verb after the list tells of the figure.
 */
const LIST_OPENERS = new Set(['including', 'notably', 'especially', 'mainly', 'mostly']);

/** The event of the verb right after the aside's closing comma at `close` (after at most one adverb or auxiliary). */
function verbAfterAside(tokens: readonly Token[], unit: string, qa: number, qb: number, close: number, s: Sentence): MeasureHit | null {
  let v = close + 1;
  if (tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'AUX') v++;
  if (v >= s.tokenEnd || tokens[v].pos !== 'VERB') return null;
  const hit = findEvent(tokens, unit, qa, qb, v, v + 1);
  return hit.event === 'unspecified' ? null : hit;
}

/**
 * The verb after a parenthesis that glosses a subject figure (round 23): "Tens of thousands of people (between 50,000 and
 * 80,000 according to local media) had gathered": both the figure before the parenthesis and the one inside it count
 * those the verb after it tells of. The parenthesis opens right after the figure's clause (or right before the figure),
 * closes within ASIDE_REACH tokens, and a verb (after at most two adverbs or auxiliaries) follows it.
 */
function eventAfterParenthesis(r: ReportClaims, unit: string, qa: number, qb: number, cb: number, s: Sentence, ca: number) {
  const { tokens } = r;
  const inside = tokens[ca - 1]?.text === '(';
  let close = -1;
  for (let i = inside ? qb : cb + 1; i < Math.min(s.tokenEnd, (inside ? qb : cb + 1) + ASIDE_REACH); i++) {
    const t = tokens[i].text;
    if (t === ')') { close = i; break; }
    if (t === '(' || t === ';' || t === '—' || t === '–') return null;
  }
  if (close < 0) return null;
  let v = close + 1;
  for (let k = 0; k < 2 && (tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'AUX'); k++) v++;
  if (v >= s.tokenEnd || tokens[v].pos !== 'VERB') return null;
  const hit = findEvent(tokens, unit, qa, qb, v, v + 1);
  return hit.event === 'unspecified' ? null : hit;
}

/** "consumer prices", "consumer price index" in the clause. */
/** "consumer prices rose 1.0%", "the CPI stood at 31.2%": the consumer price level (its index's abbreviation too). */
export function namesConsumerPrices(r: ReportClaims, ca: number, cb: number): boolean {
  const { tokens } = r;
  for (let i = ca; i < cb; i++) {
    const w = tokens[i].lower;
    if (CONSUMER_PRICE_INDEXES.has(w) || (w === 'consumer' && i + 1 < cb && /^prices?$/.test(tokens[i + 1].lower))) return true;
  }
  return false;
}

export function namesTurnout(r: ReportClaims, ca: number, cb: number): boolean {
  const { tokens } = r;
  for (let i = ca; i < cb; i++) if (tokens[i].lower === 'turnout') return true;
  return false;
}

/** "the biggest number of deaths at 136", "the highest toll, 87": a superlative tally before the figure ranks parties. */
export function ranked(r: ReportClaims, ca: number, qa: number): boolean {
  const { tokens } = r;
  for (let i = Math.max(ca, qa - RANK_REACH); i + 1 < qa; i++) {
    if (RANKINGS.has(tokens[i].lower) && TALLIES.has(tokens[i + 1].lower)) return true;
  }
  return false;
}

/** Nouns of a rise that a superlative ranks among the groups of a basket: "the biggest monthly price increase". */
const RISES = new Set(['increase', 'increases', 'rise', 'rises', 'jump', 'gain']);
/** Most words between the superlative and its rise noun: "largest monthly price increase". */
const RISE_GAP = 3;
/** Words after a ranked rise that rank it over time, not among groups: "the biggest rise since 1998", "on record". */
const OVER_TIME = new Set(['since', 'ever', 'record', 'decade', 'decades', 'years']);

/**
 * "the smallest monthly rise in prices came in recreation (0.7 percent)", "the basket group showing the largest rise
 * was health, at 64 percent": a superlative rise before the rate in its sentence ranks the basket's groups, so the
 * rate is one group's, no rival of the headline rate. "Its biggest rise since 1998, 9.1 percent" ranks the headline
 * over time and stays. Read only for a rate of prices (a few figures a report).
 */
export function rankedRise(tokens: readonly Token[], from: number, qa: number): boolean {
  for (let i = from; i < qa; i++) {
    if (!RANKINGS.has(tokens[i].lower)) continue;
    let j = i + 1;
    while (j < Math.min(qa, i + 1 + RISE_GAP) && !RISES.has(tokens[j].lower)) j++;
    if (j >= qa || !RISES.has(tokens[j].lower)) continue;
    for (let k = j + 1; k < qa; k++) if (OVER_TIME.has(tokens[k].lower)) return false;
    return true;
  }
  return false;
}

/** "overstated by about 9-21 per cent", "overestimated by 2.5%": how far a figure was off, not a level of it. */
export function isMisstatement(r: ReportClaims, qa: number): boolean {
  const { tokens } = r;
  const i = hedgeStart(tokens, qa, Math.max(1, qa - COUNT_HEDGE_REACH), true) - 1;
  return tokens[i]?.lower === 'by' && MISSTATED.has(tokens[i - 1]?.lower ?? '');
}

/**
 * Is sentence k a paragraph of one sentence (wire style: "Annual inflation rose to 38% in May, the bureau said." then,
 * a paragraph below, "The rate stood at 31.2% in April.")? Its metric then carries into the next paragraph's first
 * sentence as it would within one paragraph.
 */
export function wireParagraph(r: ReportClaims, k: number): boolean {
  const { prepared, sentences } = r;
  const s = sentences[k];
  if (!s || k + 1 >= sentences.length) return false;
  const from = paragraphStart(prepared, s.tokenStart);
  return (sentences[k - 1]?.start ?? -1) < from && paragraphStart(prepared, sentences[k + 1].tokenStart) > from;
}

/**
 * Nouns of the posts themselves, not of the people who hold them: "2,700 jobs at hauliers" that a closure affects are
 * no people affected (round 40). Workers, staff and employees are people when something befalls them.
 */
const POST_NOUNS: ReadonlySet<string> = new Set(['job', 'jobs', 'position', 'positions', 'role', 'roles', 'post', 'posts']);
function countsPosts(rawUnit: string): boolean {
  return POST_NOUNS.has(rawUnit.toLowerCase());
}
