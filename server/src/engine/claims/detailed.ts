// Step 5 of a claim: the detail the check reads beside the claim.
import { baseEvent, PEOPLE_CLASSES, senseOf, singular } from './measure';
import type { Attribution, Quantity, Sentence, Token } from '../types';
import { type ReportClaims, type Site, lowerIn } from './report';
import { type ScopeEntry, UNNAMED_PREFIX, placeList } from './scope';
import type { ClaimDetail, ScopeRole, TimeBasis, FramePart } from './detail';
import { none } from './shared';
import { firstIn, wordClassIndex } from '../text/wordClass';
import { isTrueCount } from './trueCount';
import { SETTLEMENTS, atOutset, isProvisional, statesCountProgress, isYardstickFigure, isBoundFigure, isNormFigure, changedFrom, earlierCue, earlierStated, saidEarlier, supersededTally, SUPERSEDED_TEXT, revisionOf, holderOf, personHolderKey } from './frame';
import { otherOccasion, datedRightAfter, sinceStartOf } from './dated';
import { ofAnotherEvent, otherEventSubject, pastIndefiniteEvent } from './otherEvent';
import { occasionKindIn } from './occasion';
import { nounPlural } from '../text/inflection';
import { VAGUE_PLURALS } from '../quantities/numbers';
import { tokenAt, paragraphStart, isNumberToken } from './tokens';
import { isActor } from './claimWords';
import { paragraphVoice, personHolderBefore } from './sourced';
import { hourIn } from './hour';
import { stageOf } from './stage';
import type { ClaimTime } from './time';
import { pluralHolder, singledOutPlace, singledOutAlone, placedAtSite, siteBeforeWhere, isRanked, partSettingOf } from './breakdown';
import { instancesOf, inOneBlow } from './incidents';
import { attributedCount, namesCause, figureReachEnd } from './attributed';
import { isWherePlaceAt } from './scoped';
import { RESULT_EVENTS } from './election';
import { REFERENDUM_TEXT } from './ballotOption';
import { reportCorrects, sentenceCorrects, setBefore } from './correction';

/** Words that make a figure a total over a wider area than any one place named elsewhere. */
/** Words before a figure in its sentence that set it against another figure: "however", "but", "only". */
const CONTRASTING = new Set(['however', 'but', 'whereas', 'instead', 'only']);
/**
 * Words anywhere in a sourced figure's sentence that set two voices' figures side by side: the contrasting words, and
 * the conjunctions that join a rival's clause ("the ministry said 40 died, while the opposition said 90").
 */
const SET_AGAINST: ReadonlySet<string> = new Set([...CONTRASTING, 'while', 'although']);
/** Possessives by which a voice counts its own side: "the toll on its side", "its first three cases", "our dead". */
const OWN_SIDE = new Set(['its', 'our']);
const WHOLE = new Set(['across', 'nationwide', 'countrywide', 'overall', 'total', 'whole', 'altogether', 'combined']);
/**
 * Plural nouns of places a figure may be spread over ("marched in some 50 cities", "cases in 12 provinces"): the
 * settlement nouns' plurals, and administrative units no population frame names.
 */
const PLACES_PLURAL: ReadonlySet<string> = new Set([...SETTLEMENTS, 'department', 'prefecture'].map(nounPlural));
/** Words that count places without a numeral: "in dozens of cities", "in scores of towns" (the vague plurals' table). */
const PLACE_COUNT_WORDS: ReadonlySet<string> = new Set([...VAGUE_PLURALS.keys(), 'scores']);
/** Parts of speech after "in all" that make it "in all <noun>", no total. */
const ALL_OF = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/**
 * The figure's clause says it is summed over many places (round 28): a number of places near the figure ("500,000
 * marched in some 50 cities in 15 states"; "12 cities" as the figure itself is no spread), places counted by a word
 * ("in dozens of cities"), or "in all" closing a phrase. Such a total is the whole of any one town's count.
 */
function spreadOverPlaces(tokens: readonly Token[], ca: number, cb: number, qa: number, qb: number): boolean {
  // Read by jumping between the place nouns, so a one-line price list (no such nouns) costs no walk per figure.
  const places = wordClassIndex(tokens, PLACES_PLURAL);
  const to = Math.min(cb, qb + 1 + SPREAD_REACH);
  for (let i = places.next[Math.max(ca + 1, qa - SPREAD_REACH)]; i < to; i = places.next[i + 1]) {
    if (i - 1 >= qa && i - 1 <= qb) continue;
    const counted = isNumberToken(tokens[i - 1])
      || (tokens[i - 1].lower === 'of' && PLACE_COUNT_WORDS.has(tokens[i - 2]?.lower ?? ''));
    if (counted && !listBetween(tokens, i, qa, qb)) return true;
  }
  return inAll(tokens, ca, cb);
}
/** Most tokens between a figure and the places it spreads over ("500,000 are estimated to have marched in some 50 cities"). */
const SPREAD_REACH = 12;
/** Marks that open a list of the places' own counts: "in more than 200 cities: 40,000 in Lyon; 30,000 in Toulouse". */
const LIST_MARKS = new Set([':', ';']);
/** A list mark between token `at` and the figure [qa, qb] (at most SPREAD_REACH tokens apart). */
function listBetween(tokens: readonly Token[], at: number, qa: number, qb: number): boolean {
  const [from, to] = at < qa ? [at, qa] : [qb, at];
  for (let k = from + 1; k < to; k++) if (LIST_MARKS.has(tokens[k].lower)) return true;
  return false;
}

/** Words that open a year-back date: "last year", "a year ago", "a year earlier", "the previous year", "the year before". */
const YEAR_BACK_OPENERS: ReadonlySet<string> = new Set(['last', 'year']);
const YEAR_BACK_AFTER = new Set(['ago', 'earlier', 'before']);

/** The clause [ca, cb) names a year back (round 45, fa45b): read by jumps, so a clause with no "last"/"year" costs one read. */
function yearBackIn(tokens: readonly Token[], ca: number, cb: number): boolean {
  const { next } = wordClassIndex(tokens, YEAR_BACK_OPENERS);
  for (let i = next[ca]; i < cb; i = next[i + 1]) {
    const t = tokens[i].lower;
    if (t === 'last' && tokens[i + 1]?.lower === 'year') return true;
    if (t === 'year' && (YEAR_BACK_AFTER.has(tokens[i + 1]?.lower ?? '') || tokens[i - 1]?.lower === 'previous')) return true;
  }
  return false;
}

/** The word opening "in all", looked up by jumps (a price line's clause is not read token by token). */
const IN_WORD: ReadonlySet<string> = new Set(['in']);
/** "in all" with no noun after it closes the clause's phrase: a total ("in all cities" names them). */
function inAll(tokens: readonly Token[], ca: number, cb: number): boolean {
  const { next } = wordClassIndex(tokens, IN_WORD);
  for (let i = next[ca]; i + 1 < cb; i = next[i + 1]) {
    if (tokens[i + 1].lower === 'all' && !ALL_OF.has(tokens[i + 2]?.pos ?? '')) return true;
  }
  return false;
}

/** Counts that belong to someone: a candidate's or party's votes, vote share and seats. */
const HELD_EVENTS = new Set(['vote_share', 'won']);
function isHeld(event: string): boolean {
  return HELD_EVENTS.has(baseEvent(event));
}
/** The figure as a reader would quote it: "12" alone becomes "12 clashes" (from its unit). */
function figureText(q: Quantity, unit: string, derived: boolean): string {
  if (derived) return `${q.text} (${q.value ?? `${q.low}-${q.high}`} ${pluralOf(unit)})`;
  if (q.noun && (q.noun.start >= q.end || q.noun.end <= q.start)) return `${q.text} ${q.noun.text}`;
  // "64.7%", "$2.7 billion", "39°" carry their unit already.
  return /[a-z%$€£¥₴₽°]/i.test(q.text) ? q.text : `${q.text} ${pluralOf(unit)}`;
}
function pluralOf(unit: string): string {
  return unit === 'person' ? 'people' : unit.includes('/') || unit.endsWith('s') ? unit : /(ch|sh|x)$/.test(unit) ? `${unit}es`
    : /[^aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`;
}
/** A rate's denominator as a reader writes it: "per-million" -> "per million", "per-100000" -> "per 100,000". */
function rateLabel(rate: string): string {
  return rate.split('-').map(p => (/^\d+$/.test(p) ? Number(p).toLocaleString('en-US') : p)).join(' ');
}
/** Characters around a figure searched for the hour its count holds at ("By 9 a.m. on Thursday, 30 ..."). */
const HOUR_REACH = 160;
/** Characters after a crowd figure searched for its stage when its clause ends first ("60,000 people at the start and"). */
const STAGE_AFTER = 40;

/** The setting that splits a toll by where the dead died: "13 who died in hospital" are a part of the dead. */
const HOSPITAL_SETTING = 'hospital';

/** Sentences of a report's opening that may say how far the count has got for all its results. */
const LEAD_SENTENCES = 2;
/** Whether each report's opening states a count in progress, read once per report. */
const leadsInProgress = new WeakMap<ReportClaims['prepared'], boolean>();

/**
 * The report opens on how far a count has got ("With 97.84% of the votes counted, ..."; "with 92.2% of the voting
 * districts reported"): every result it gives after, dated by no words of its own, is of that stage of the count, provisional like
 * the opening's (the check does not pair it with a close figure of another stage, claimIndex.ts provisionalDrift). A
 * "preliminary" result in the opening is no stage: an exit poll and the preliminary count stay rivals (check-dev6).
 */
function leadInProgress(r: ReportClaims): boolean {
  let known = leadsInProgress.get(r.prepared);
  if (known !== undefined) return known;
  known = false;
  let n = 0;
  for (const s of r.sentences) {
    if (s.start < r.prepared.bodyStart) continue;
    if (n++ >= LEAD_SENTENCES || (known = statesCountProgress(r.tokens, s))) break;
  }
  leadsInProgress.set(r.prepared, known);
  return known;
}

/** Units whose counts a cause may be given for (attributed.ts): people and cases. */
const CAUSED_UNITS = new Set([...PEOPLE_CLASSES, 'case']);
/** Tokens on each side of a figure read for a cause it names ("the official fever death toll is 290"). */
const CAUSE_REACH = 15;

/** Step 5 of a claim: the detail the check reads beside the claim (event word, roles, time basis, marks, voice, holder). */

export function detailFor(r: ReportClaims, site: Site, f: { unit: string; event: string; word: string | null; rate: string | null; scope: ScopeEntry[];
  time: { basis: ClaimDetail['timeBasis']; text: string | null; label: string | null; to?: string | null }; start: number; hasSource: boolean }): ClaimDetail {
  const { prepared, tokens, entities, figureStarts } = r;
  const { q, s, atts, derived, qa, qb, ca, cb } = site;
  const { unit, event, word, rate, scope, time, start, hasSource } = f;
  const figure = figureText(q, unit, derived);
  const detail: ClaimDetail = {
    eventWord: word,
    roles: scope.length ? scope.map(e => e.role as ScopeRole) : none(),
    timeBasis: time.basis,
    timeText: time.text,
    timeLabel: time.label,
    sense: senseOf(word),
    figure: rate && !/\b(per|every)\b/i.test(figure) ? `${figure} ${rateLabel(rate)}` : figure,
  };
  if (firstIn(wordClassIndex(tokens, WHOLE), ca, cb) >= 0) detail.whole = true;
  if (spreadOverPlaces(tokens, ca, cb, qa, qb)) detail.whole = detail.spread = true;
  if (time.basis === 'explicit' && yearBackIn(tokens, ca, cb)) detail.yearBack = true;
  // "95 died in the Barrow district alone": one part of a larger count (round 35, fa35b).
  if (singledOutAlone(tokens, qa, qb, ca, cb)) detail.alonePart = true;
  // "37 were killed at Veltra Square", "a hospital, where nine cases were found": one site's count (rounds 38 and 45).
  else if (placedAtSite(tokens, qb, cb) || siteBeforeWhere(tokens, qa)) detail.sitePart = true;
  if (baseEvent(event) === 'crowd') {
    const kind = occasionKindIn(tokens, ca, cb);
    if (kind) detail.occasionKind = kind;
  }
  // Only a figure with its own source is read for it (compare.ts, contrastedSource): a price list's figures have none.
  if (hasSource && firstIn(wordClassIndex(tokens, CONTRASTING), s.tokenStart, qa) >= 0) detail.contrasted = true;
  if (hasSource && firstIn(wordClassIndex(tokens, SET_AGAINST), s.tokenStart, s.tokenEnd) >= 0) detail.setAgainst = true;
  if (hasSource && firstIn(wordClassIndex(tokens, OWN_SIDE), ca, cb) >= 0) detail.ownSide = true;
  if (isTrueCount(tokens, ca, qa)) detail.trueCount = true;
  if (isProvisional(tokens, s) || (RESULT_EVENTS.has(baseEvent(event)) && time.basis !== 'explicit' && leadInProgress(r))) {
    detail.provisional = true;
    if (lowerIn(r, ca, qa, 'had')) detail.earlierStage = true;
  }
  if (isYardstickFigure(tokens, qa, ca) || isBoundFigure(tokens, qa, qb) || isNormFigure(tokens, qa, qb, cb) || otherOccasion(r, qa, s)
    || ofAnotherEvent(tokens, s, qa) || otherEventSubject(tokens, qa, s)
    || (time.basis === 'explicit' && pastIndefiniteEvent(tokens, s, qa, time.to ?? null, r.analysis.published ?? null))) {
    detail.yardstick = true;
  }
  const cues = atts.map(a => tokenAt(tokens, a.cue.start));
  const changed = changedFrom(tokens, qa, qb, ca);
  // "The previous toll given by the ministry stood at 24": read only when the clause's text holds such a word (no token
  // reads for a line of figures, claims-work.test.js).
  const tallyBefore = SUPERSEDED_TEXT.test(prepared.text.slice(f.start, site.q.start)) && supersededTally(tokens, qa, ca);
  if ((changed || tallyBefore || earlierStated(tokens, qa, qb, ca) || saidEarlier(tokens, cues, qa) || earlierCue(tokens, cues, qa)
    || atOutset(tokens, s, qa))
    && !datedRightAfter(r, qa, qb)) {
    detail.superseded = true;
    // "Authorities, who earlier said 176": a voice's earlier word, still a rival of other voices' counts.
    if (!changed && earlierCue(tokens, cues, qa)) detail.earlierWord = true;
  } else {
    const revised = revisionOf(tokens, qa, ca);
    if (revised) detail.revised = revised;
  }
  const correction = detail.superseded || detail.yardstick ? null : correctionOf(r, s, qa);
  if (correction) detail.correction = correction;
  if (!hasSource && !scope.some(e => isActor(e.id))) {
    const voice = paragraphVoice(r, paragraphStart(prepared, s.tokenStart), start);
    if (voice) detail.voice = voice;
  }
  // "by noon", "as of 3 p.m.", "has already cancelled": the hour a running count holds at (hour.ts).
  // Read within a window around the figure, so a line of thousands of figures costs each a bounded read.
  const from = Math.max(tokens[ca].start, q.start - HOUR_REACH);
  const to = Math.min(tokens[Math.max(ca, cb - 1)].end, q.end + HOUR_REACH);
  const hour = hourIn(prepared.text, from, Math.max(from, to), Math.min(from, Math.max(s.start, from - HOUR_REACH)));
  if (hour !== null) detail.hour = hour;
  // "at the start of the march", "at its peak": the stage of its gathering a crowd count holds at (stage.ts). Read for
  // every count of people: a bare count may take the crowd's measure later, from the figure after it; only crowds use it.
  if (unit === 'person') {
    const after = prepared.text.slice(q.end, Math.max(q.end, Math.min(s.end, q.end + STAGE_AFTER)));
    const stage = stageOf(prepared.text.slice(from, Math.max(from, to)), after, prepared.text.slice(Math.min(from, Math.max(s.start, from - HOUR_REACH)), from));
    if (stage) detail.stage = stage;
  }
  if (isHeld(event)) {
    const sources = atts.map((a): [number, number] => [a.source.start, a.source.end]);
    const speaker = speakerHolder(atts, q.start);
    detail.holder = holderOf({ entities, sources, figureStarts, pronoun: (at: number) => personHolderBefore(r, at), speaker,
      referendum: ofReferendum(r) }, tokens, qa, qb,
      s.tokenStart, s.tokenEnd);
  }
  return detail;
}

/** Whether each report is of a referendum (its shares are its options', ballotOption.ts), read once per report. */
const referendumReports = new WeakMap<ReportClaims['prepared'], boolean>();

function ofReferendum(r: ReportClaims): boolean {
  let known = referendumReports.get(r.prepared);
  if (known === undefined) referendumReports.set(r.prepared, known = REFERENDUM_TEXT.test(r.prepared.text));
  return known;
}

/** Kinds of voice that may hold a share their own words give their side ("we got 53 percent"): people and bodies. */
const SPEAKER_KINDS = ['person:', 'organization:'];

/**
 * Round 36 (holder36): the holder key of the voice whose words hold the figure at `at` (the attribution whose content
 * holds it, else the first), keyed as a person's name is (its last word); null when that voice is no person or body.
 */
function speakerHolder(atts: readonly Attribution[], at: number): string | null {
  const a = atts.find(x => x.content.start <= at && at < x.content.end) ?? atts[0];
  const id = a?.source.id ?? '';
  return SPEAKER_KINDS.some(k => id.startsWith(k)) ? personHolderKey(id) : null;
}

/** Whether the figure is set before a correction, or given as one: by its sentence's words, else by its report's lead. */
function correctionOf(r: ReportClaims, s: Sentence, qa: number): ClaimDetail['correction'] | null {
  if (setBefore(r.tokens, s, qa)) return 'before';
  if (sentenceCorrects(r.tokens, s)) return 'sentence';
  return reportCorrects(r.prepared) ? 'report' : null;
}

/**
 * The parts of a claim's frame no word beside the figure states: no counted noun or unit of its own, no event word (the
 * noun's own event counts), no date in the report's words (only its publication, or none), an area left unnamed.
 */
function inferredParts(q: Quantity, unitEvent: string | null | undefined, eventAt: number, basis: TimeBasis,
  scope: readonly ScopeEntry[]): readonly FramePart[] {
  let mask = 0;
  if (!q.noun && !q.unit) mask |= 1;
  if (eventAt < 0 && !(unitEvent && q.noun)) mask |= 2;
  if (basis === 'published' || basis === 'none') mask |= 4;
  for (const e of scope) if (e.id.startsWith(UNNAMED_PREFIX)) { mask |= 8; break; }
  return INFERRED_LISTS[mask];
}
/**
 * The 16 lists inferredParts can return, made once and frozen: a report of thousands of figures keeps one list per
 * combination, not one per claim. Bit k of the index stands for FRAME_PARTS[k].
 */
const FRAME_PARTS: readonly FramePart[] = ['thing', 'measure', 'time', 'place'];
const INFERRED_LISTS: readonly (readonly FramePart[])[] = Array.from({ length: 16 },
  (_, mask) => Object.freeze(FRAME_PARTS.filter((_, k) => mask & (1 << k))));

/**
 * The marks the claim's steps leave for the check beyond the detail of its words: several holders' sum, the vote day,
 * a running count, a singled-out or listed place, a part's breakdown, a running total's start, the parts inferred.
 */
export function markDetail(r: ReportClaims, site: Site, detail: ClaimDetail, f: { unit: string; event: string; hitAt: number;
  unitEvent: string | null; scope: ScopeEntry[]; start: number; end: number; now: boolean; time: ClaimTime;
  voted: { time: ClaimTime; vote?: 'day' | 'undated' | 'own' | 'year' } }): void {
  const { tokens, entities } = r;
  const { q, s } = site;
  const { unit, event, scope, start, end, now, time, voted } = f;
  // "airlines cancelled 46,000 flights": several holders' sum; "the biggest number of deaths at 136": one holder's part.
  const aggregate = unit === 'percent' || unit.includes('/') ? null : pluralHolder(tokens, f.hitAt, site.ca, site.qa, singular);
  if (aggregate) detail.aggregate = aggregate;
  const instances = instancesOf(tokens, s, site.qa, site.qb, singular);
  if (instances) detail.instances = instances;
  if (voted.vote) detail.vote = voted.vote;
  if (now) detail.running = true;
  // "the lowest turnout was in the capital Minsk, where just 52.67%": one area's part, no rival of an unplaced whole.
  if (scope.some(x => x.role === 'where' && x.id.startsWith('place:'))
    && singledOutPlace(tokens, s.tokenStart, site.qa, i => isWherePlaceAt(r, i, scope))) detail.listed = true;
  // "above 4,500 in Nepal, India and Tibet": the sum over a list of places, the whole of each one's count.
  // "only 312 deaths were recorded as due to the fever", "died of other illnesses": a count of people by cause, read up
  // to the next figure (attributed.ts; a line of prices reads nothing here).
  if (CAUSED_UNITS.has(unit)) {
    const reach = figureReachEnd(tokens, site.qb, s.tokenEnd);
    if (attributedCount(tokens, site.qa, site.qb, reach)) detail.attributed = true;
    else if (namesCause(tokens, Math.max(site.ca, site.qa - CAUSE_REACH),
      Math.min(Math.max(site.cb, reach), site.qb + CAUSE_REACH))) detail.causeNamed = true;
  }
  const listed = placeList(entities, tokens, start, end, scope);
  if (listed) detail.placeList = listed;
  if (isRanked(tokens, site.ca, site.qa)) detail.breakdown = 'rank';
  // "including 27 who died in hospitals and 44 in the community": a listed part is the part of its setting.
  else if (event.endsWith('+part') && !detail.breakdown) {
    const setting = partSettingOf(tokens, site.qb, s.tokenEnd, singular);
    if (setting) detail.breakdown = `in:${setting}`;
  } else if (!detail.breakdown && baseEvent(event) === 'killed'
    && partSettingOf(tokens, site.qb, s.tokenEnd, singular) === HOSPITAL_SETTING) {
    // "with 790 bodies recovered and 13 victims who died in hospital": those who died in hospital are a part of the dead
    // however the part is joined to its whole (round 29).
    detail.breakdown = `in:${HOSPITAL_SETTING}`;
  }
  const since = time.basis === 'none' ? null : sinceStartOf(r, s, q);
  if (since) detail.since = since;
  // "57 deaths in the attack": a toll of one blow, among a war's running total's dead (check/parts.ts, round 38).
  else if (baseEvent(event) === 'killed' && inOneBlow(tokens, site.ca, site.cb)) detail.oneBlow = true;
  // "so far", "now", "since January": the publication date is the time the words give, not one inferred.
  const inferred = inferredParts(q, f.unitEvent, f.hitAt, now || since ? 'explicit' : voted.time.basis, scope);
  if (inferred.length) detail.inferred = inferred as FramePart[];
}
