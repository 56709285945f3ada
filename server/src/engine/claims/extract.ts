// Claims: the clauses that state a figure, with measure, scope, time, source and modality.
import type { Attribution, Claim, DocumentAnalysis, PreparedText, Quantity, Sentence, Token } from '../types';
import type { ClaimDetail, DetailedClaim, FramePart, ScopeRole, TimeBasis } from './detail';
import { derivedFigures } from './derived';
import { claimId } from './id';
import { fingerprintAttributions } from './fingerprint';
import { holderOf, personHolderKey, isAge, isBoundFigure, isNormFigure, isCountProgress, isNet, isProvisional, isYardstickFigure, isYardstickDate, ownerOfFigure, TALLIES, subgroupOf, isDenominator, isDifference, isPopulation, revisionOf, changedFrom, earlierCue, earlierStated, saidEarlier, isWorldwide, populationRate, perCapitaAt, rateDenominator, ratePeriod, ownStretch, rateScale, RATE_BASE_NAME, MONTH_NAMES } from './frame';
import { atLeast, isMoney, isRemainsFound, baseEvent, countedBeforeChange, personHit, quotedNounAfter, unknownLemma, modifierKind, defaultEvent, eventOfPeopleWord, findEvent, knownCounted, findSharedEvent, memberBody, namesAboard, isShareOfWorkforce, isWorkforceChange, hasOwnGovernor, isChange, joinsOtherPeople, normalizeUnit, sameMeasure, senseOf, singular, unitOf, verbEvent, yieldsTo } from './measure';
import { modalityOf } from './modality';
import { isRejected, rejectedMakerAt } from './rejection';
import { areaBySide, datelineEnd, framingPlace, frontedEnd, isYardstick, placeList, scopeOf, shareGroup, subjectGroup, UNNAMED_PREFIX, type ScopeEntry } from './scope';
import { shareClaims, sumClaims, wholesOfParts } from './sums';
import { CLOSING_QUOTES } from '../text/quoteMarks';
import { isRanked, markBreakdowns, partSettingOf, pluralHolder, singledOutPlace } from './breakdown';
import { joinAlternatives } from './alternatives';
import { daysBefore, hasCandidateVerb, isElectionText, namesChoice, RESULT_EVENTS, RESULT_WINDOW_DAYS, voteDate } from './election';
import { gatheringDate, occasionDay } from './occasion';
import { asOfDates, claimTime, heldElsewhere, reportedWithFigure, type ClaimTime, figureOwnedDates, inConcessionAfter } from './time';
import { roleOf } from './roles';
import { carryMeasures } from './carry';
import { isRevisedTally, tallyAntecedent, tallyModifier, tallyNounAt } from './anaphora';
import { readPeriods } from './periods';
import { hourIn } from './hour';
import { carryPopulations, populationOf, type FigureSpan } from './population';
import { isTrueCount } from './trueCount';
import { clauseAround, restatedClause, lineOf, nearFigure, paragraphStart, predicateAfterAsides, presentRelative, sentenceIndexAt, tokenAt } from './tokens';
import { firstIn, wordClassIndex } from '../text/wordClass';
import { isRecordSpan } from '../text/yardsticks';
import { isReportingForm } from '../attributions/cues';
import { VALUING_VERBS } from '../quantities/elided';
import { hedgeStart } from '../quantities/hedges';
import { firstStartingAt } from '../text/offsets';
import { IndexSet } from '../text/indexSet';
import { claimTimeOf, none, sharedMeasure } from './shared';

export type { ClaimDetail, DetailedClaim, ScopeRole, TimeBasis } from './detail';
export { detailOf } from './detail';
export type { AttributionFingerprint, FingerprintedAttribution } from './fingerprint';

/** Units that measure time or ratios, not counts anyone reports as a finding. */
/** Prepositions that put a part's own place right after its figure: "80,000 in Paris". */
const PLACE_LEADS = new Set(['in', 'at', 'from', 'across']);
const NOT_COUNTS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'time', 'times', 'fraction',
  'direction', 'percent-of', 'age']);
/**
 * Words besides the reporting verbs (attributions/cues.ts) whose date is the date of the statement, not of what it
 * counts: "told reporters on Monday", "a document seen by AFP on Thursday", "figures released on Friday".
 */
const STATEMENT_WORDS = new Set(['reporters', 'posted', 'briefed', 'seen', 'obtained', 'released', 'published', 'issued', 'quoted']);
/** Verbs that state a figure as a statement does: "on Saturday pegged the death toll at 900", "on Monday put it at". */
const STATING_VERBS = new Set(['put', 'puts', 'pegged', 'pegs', 'placed', 'estimated', 'estimates', 'said', 'says', 'told']);
/** "the agency said on Monday", "told reporters on Sunday": a word whose date is the statement's. */
function isSpeech(w: string): boolean {
  return STATEMENT_WORDS.has(w) || isReportingForm(w);
}
/** A participle of such a word, which may follow the figure it reports: "33.1 per cent reported in March 2021". */
function isSpeechParticiple(w: string): boolean {
  return (w.endsWith('ed') || w.endsWith('en')) && isSpeech(w);
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

/** Words between a tally object and its figure: "reduces the figure to 400,000", "pegged the toll at", "gave it as". */
const TALLY_LEADS = new Set(['to', 'at', 'as']);
/** Most words between a valuing verb and its tally object: "reduces the official death toll". */
const TALLY_VERB_REACH = 4;
/** Verbs besides the valuing ones (quantities/elided.ts) that set a tally to a new value, in the forms VALUING_VERBS lacks. */
const TALLY_CHANGING_VERBS = new Set(['reduces', 'reduced', 'reduce', 'lowers', 'raises', 'revises', 'cuts', 'brings', 'brought']);
/** Tokens after a figure where a later figure's "according to" is looked for. */
const ACCORDING_REACH = 40;
/** Words an "according to" source may hold: "according to the private institutes". */
const ACCORDING_WORDS = 5;
/** Counting participles whose agent after a figure is its voice: "22,000 participants counted by the police". */
const AGENT_VERBS = new Set(['counted', 'estimated', 'reported', 'recorded', 'tallied', 'registered', 'confirmed']);
/** How far back a bare "N by X" looks for the participle it leaves out: "22,000 counted by the police, and 30,000 by the unions". */
const GAP_REACH = 16;
/** Most words of a gapped second subject before its figure: "and the organizers 22,000", "and the CGT unions 40,000". */
const GAPPED_SUBJECT = 4;
/** Most tokens between the first subject's figure and the "and" of a gapped one: its noun, "there", "in Paris". */
const GAPPED_TAIL = 4;
/** Sentences back a tally noun ("the organisers' figure") may look for the count it stands for. */
const TALLY_REACH = 3;
/** Metrics a bare percentage takes from the sentence before it: "its inflation figures. ... the state acknowledged 10.8%". */
const CARRIED_METRICS = new Set(['inflation', 'growth', 'unemployment', 'turnout', 'vote_share']);
/** The unit "others" gives ("300 others"): no counted thing of its own. */
const OTHERS_UNIT = 'other';
/** Abbreviations of a consumer price index: a percentage of the CPI is the inflation rate. */
const CONSUMER_PRICE_INDEXES = new Set(['cpi', 'hicp']);
/** Parts of speech after a percentage that make it a modifier of what follows ("a 95 per cent confidence band"). */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Tokens an aside between commas may hold before the verb of the figure it follows. */
const ASIDE_REACH = 16;
/** Most entities after a figure's clause looked at for a place its predicate past inserted asides may name. */
const PLACE_AFTER_REACH = 8;
/** How far back from a date a "since" opening its clause may stand: "since the city was handed back to China in 1997". */
const BACKGROUND_REACH = 10;
/** Most words between the "when" after a date and a figure of its clause: "in 1989, when police said 1m people". */
const WHEN_REACH = 6;
/** Words between a speech verb and its date: "said late on Monday". */
const DATE_LEAD = new Set(['on', 'late', 'early', 'this', 'last', 'in', 'at']);
/** How far before "at" a put verb may stand when its object names a tally: "put the death toll for the period at N". */
const PUT_REACH = 14;
/** Hedges between "at" and a figure that the figure's text may leave out: "at closer to 240,000", "at close to", an
 * opening quote ('at "930,000 people"'). */
const PUT_HEDGES = new Set(['closer', 'close', 'to', 'nearer', 'near', 'roughly', 'about', 'around', 'some', '"', '“']);
/** Words before a date that make it the baseline of a change: "over the previous month", "than a year earlier". */
const BASELINE_LEADS = new Set(['over', 'than', 'from', 'on']);
/** Dates that name a baseline relative to the figure's own time. Literal alternatives only: linear. */
const BASELINE_DATE = /\b(previous|prior|preceding|earlier|ago|same)\b/i;
/** Words of a span counted forward: "the next few years", "the following days". Literal alternatives only: linear. */
const FORWARD_SPAN = /\b(?:next|following|coming|ensuing)\b/i;
/** The largest figure read as a quake's magnitude. */
const MAX_MAGNITUDE = 10;
/** Nouns of a since-clause that name when a count began: "since the start of the pandemic in 2020". */
const COUNT_STARTS = new Set(['start', 'beginning', 'outbreak', 'onset']);
/** Hedges that stand for "at" after a valuing verb: "police put the figure closer to 240,000". */
const NEAR_HEDGES = new Set(['closer', 'close', 'nearer', 'near']);
/** Words that make a figure a total over a wider area than any one place named elsewhere. */
const WHOLE = new Set(['across', 'nationwide', 'countrywide', 'overall', 'total', 'whole', 'altogether', 'combined']);
/** Nouns for a candidate's part of the vote that a put verb may set: "put his total at 50.3 percent". */
const SHARE_WORDS = new Set(['total', 'share', 'tally']);
/** Forms of "be" and "have", no event of their own: "34 of them were children". */
const BE_OR_HAVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);
/** Adverbs of how badly people were hurt: a bare figure before one counts some of the injured ("seven seriously"), and
 * one right after a figure of people counts only the badly hurt among the hurt ("12 were critically injured"). */
/** Words adding a count ("a further 7,953 injured"), an increment only on a count of the same measure. */
const ALSO_WORDS = new Set(['further', 'another', 'additional']);
/** Most words between a sum and its conversion ("a 6.5 billion euro provision ($6.6 billion)"), and most hedge words inside
 * the conversion's parenthesis ("(about $7.25 billion)"). */
const CONVERSION_GAP = 2;
const HARM_DEGREES = new Set(['seriously', 'critically', 'severely', 'badly', 'gravely', 'critical', 'serious']);
/** Words of a relative clause's subject between "which" and its put verb: "which the United Nations puts at". */
const RELATIVE_SUBJECT = 5;
/** Tokens before "which" where the tally it stands for may be named (across a dash or comma). */
const RELATIVE_TALLY_REACH = 6;
/** "2012-01-01".."2012-12-31": a span that is one calendar year. */
function isCalendarYear(from: string, to: string): boolean {
  return from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4);
}
/** Punctuation that ends a clause: a figure past it is no part of a comparison before it. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '!', '?']);
/** Words saying a figure holds at the time of writing: "now", "currently", "so far", "to date". */
const NOW_WORDS = new Set(['now', 'currently', 'presently', 'far', 'date']);
const NOW_LEADS = new Map([['far', 'so'], ['date', 'to']]);
/** Tokens between a figure and the auxiliary or participle of its own present perfect. */
const PERFECT_REACH = 3;
/** Modals that make "have" + participle a past possibility ("may have been"), no present perfect. */
const PAST_MODALS = new Set(['may', 'might', 'could', 'would', 'must', 'should']);
/** Present verbs of a level, before "at": "the toll stands at 3,394" holds at the time of writing, not on the storm's day. */
const STANDING = new Set(['stands', 'stand', 'remains', 'remain']);
/** Words saysNow stops at: the now words, the present verbs of a level and the auxiliary of a present perfect. */
const NOW_SCAN = new Set([...NOW_WORDS, ...STANDING, 'have', 'has']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Counting verbs whose subject is the figure's source: "the police counted 806,000", "Mexico has confirmed 97 cases". */
const COUNTING = new Set(['counted', 'estimated', 'estimates', 'reported', 'reports', 'recorded', 'records', 'confirmed',
  'confirms', 'tallied', 'registered', 'counts']);
/** Counting verbs whose subject gives its own count of what was counted before: "the ministry counted 480,000". */
const RECOUNTING = new Set(['counted', 'counts', 'tallied', 'estimated', 'estimates']);
/** How many words of hedges may stand between a counting verb and its figure: "counted some 80,000", "estimated at least 300". */
const COUNT_HEDGE_REACH = 3;
/** Auxiliaries between a subject and its verb: "the government has put", "police had estimated". */
const SUBJECT_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'also', 'now']);
/** Words that end a subject walking back from its verb. */
const SUBJECT_STOPS = new Set(['while', 'and', 'but', 'when', 'as', 'after', 'where', 'that', 'who', 'which', 'whereas',
  'although', 'though', 'because', 'since', 'if']);
/** Words opening a relative clause between a subject and its verb: "students, who helped organize it, put ...". */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whose', 'whom']);
/** Tokens a relative clause between commas may hold. */
const RELATIVE_REACH = 14;
/** "12 of which", "nine of them": the figure counts the previous figure's noun. */
const PARTITIVE = new Set(['which', 'whom', 'them', 'these', 'those']);
/** Forms of "be" between a partitive and the kind it names: "half of whom were children". */
const PARTITIVE_BE = new Set(['are', 'were', 'is', 'was', 'being']);

/** The kind of person the badly hurt are: a part of the hurt, never a rival of their whole count. */
const SEVERE_KIND = 'kind:serious';
/** How far after a figure its severity word may stand ("12 people were seriously injured"). */
const SEVERE_REACH = 4;

/** "of those who died", "of those killed": the event word of the figure names the whole a partitive takes its part of. */
function ofThoseWho(tokens: readonly Token[], of: number, eventAt: number): boolean {
  if (tokens[of + 1]?.lower !== 'those') return false;
  if (eventAt === of + 2) return true;
  return tokens[of + 2]?.lower === 'who' && eventAt > of + 2 && eventAt <= of + 5;
}

/** The voice of a figure its own noun phrase calls official: "the official toll of 481,000". */
const OFFICIAL_VOICE = Object.freeze({ id: 'source:official-figures', name: 'official figures' });

/** Entities that can be a voice: organizations and people (countries and places are not). */
function isActor(id: string): boolean {
  return id.startsWith('organization:') || id.startsWith('person:');
}

/** Verbs saying a figure was off: "overstated by 9-21 per cent" is the error, not the figure. */
const MISSTATED = new Set(['overstated', 'understated', 'overestimated', 'underestimated', 'overcounted', 'undercounted',
  'inflated', 'exaggerated']);
/** Superlatives that rank a party's count against others': "the biggest number of deaths". */
const RANKINGS = new Set(['biggest', 'largest', 'highest', 'heaviest', 'greatest', 'lowest', 'smallest']);
/** Words right before a figure that make it what is left of a whole: "the remaining 97 people". */
const REMAINDER = new Set(['remaining']);
/** Tokens before a figure where its ranking may stand. */
const RANK_REACH = 8;
/** Statistics measured over a reference period (a month, a quarter): no figure exists before the period ends. */
const STATISTICS = new Set(['inflation', 'unemployment', 'growth']);
/** Words that make a rise in prices the yearly rate: "85% from a year earlier". */
const YEAR_BASE = new Set(['year', 'annual', 'annually', 'yearly', 'year-on-year', 'year-over-year', 'twelve-month', '12-month']);

/** Percent metrics whose clause may name a shorter period than the year. */
const PERIOD_METRICS = new Set(['inflation', 'growth']);

/** "been", "died", "confirmed", "taken": a participle after "have"/"has" makes a present perfect. */
function isParticiple(w: string): boolean {
  return w === 'been' || (w.length > 3 && (w.endsWith('ed') || w.endsWith('en')));
}

const QUAKES = new Set(['quake', 'earthquake', 'tremor', 'temblor']);
const MAGNITUDE_WORDS = new Set(['measured', 'magnitude', 'richter']);
/** Time units that count how long something lasted, or someone held power, when the clause says so. */
const DURATIONS = new Set(['hour', 'minute', 'day', 'week', 'year', 'decade']);
/** Events that make a duration a figure: "the outage lasted five hours", "ruled for 41 years". */
const DURATION_EVENTS = new Set(['lasted', 'ruled']);

/** Counts that belong to someone: a candidate's or party's votes, vote share and seats. */
const HELD_EVENTS = new Set(['vote_share', 'won']);
/** The role of people counted as those on board ("241 of the 242 on board"): read with the passengers (roles.ts). */
const ABOARD_ROLE = 'role:passenger';

function isHeld(event: string): boolean {
  return HELD_EVENTS.has(baseEvent(event));
}

/** A participle the recognizer took for a figure's noun ("2 million given by organizers"), no counted thing the tables know. */
function isParticipleNoun(noun: string): boolean {
  const w = noun.toLowerCase();
  return /^[a-z]+(ed|en)$/.test(w) && !knownCounted(w) && !eventOfPeopleWord(w);
}

/** A figure in the thousands or millions: no percentage, whatever the figure before it measured. */
function isLargeCount(q: Quantity): boolean {
  return (q.value ?? q.high ?? q.low ?? 0) > 100 || /illion|thousand/i.test(q.text);
}

interface Prev {
  sentence: Sentence;
  unit: string;
  event: string;
  word: string | null;
  scope: ScopeEntry[];
  modality: Claim['modality'];
  /** The rate's denominator as written ("per-million"), before it was put on the common base. */
  rate: string | null;
  /** The figure's values, so a share taken of it ("half of whom") can count its part (round 20). */
  values: FigureValues;
  /** The token after the figure and its noun, so a conversion right after it can be told (round 22). */
  qb: number;
}

interface FigureValues { low: number | null; high: number | null; value: number | null; hedge: Quantity['hedge'] }

/**
 * "more than 110 people were killed, half of whom were children": a fraction taken "of whom" / "of them" of a count
 * counts that share of it (more than 55), not half a person. Null when the figure is no such share.
 */
function shareOfWhole(q: Quantity, partitive: boolean, whole: Prev | null, unit: string): FigureValues | null {
  if (q.unit !== 'fraction' || !partitive || !whole || whole.unit !== unit || q.value === null) return null;
  const { low, high, hedge } = whole.values;
  if (low === null && high === null) return null;
  const times = (x: number | null): number | null => (x === null ? null : Math.round(x * q.value! * 100) / 100);
  return { low: times(low), high: times(high), value: times(whole.values.value), hedge };
}

/** The longest opening phrase, in tokens, that frames the rates of its sentence ("Month-on-month (MoM), ..."). */
const FRONTED_REACH = 8;

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

/** A figure and its clause, before its frame is read. */
interface Site {
  q: Quantity;
  s: Sentence;
  atts: Attribution[];
  derived: boolean;
  /** The figure's tokens [qa, qb) and its clause's [ca, cb). */
  qa: number;
  qb: number;
  ca: number;
  cb: number;
  /** The figure before it in the same sentence. */
  samePrev: Prev | null;
  sIndex: number;
  /** Where the figure with its noun ends. */
  figEnd: number;
}

/**
 * Events done to people, whose verb's subject is who did it, not a group of those counted: "troops killed 500
 * villagers", "the floods displaced 3,000 people", "volunteers rescued 40" (a sector adds jobs of its own; a ship
 * carrying 470 people is theirs, a battalion's losses too).
 */
const DONE_TO_PEOPLE = new Set(['killed', 'wounded', 'captured', 'arrested', 'evacuated', 'displaced', 'rescued', 'hospitalized',
  'affected']);

/** Events of a workforce (the unit tables' job events): counted "worldwide", they are an employer's, not the world's. */
const WORKFORCE_EVENTS = new Set(['cut', 'hired', 'employed', 'saved']);
/** Units counting people: "12 Afghan soldiers were killed and 15 wounded" wounded 15 of the soldiers. */
const PEOPLE_UNITS = new Set(['person', 'soldier']);
/** A country or a people, in a scope: whose people a count of people is ("12 U.S. service members", "Afghan soldiers"). */
const NATION_PARTY = /^(country|nationality):/;

/** The place of a count over the whole world. */
const WORLD_PLACE = 'place:world';

/** What a figure counts: step 1 of its claim. */
interface Counted {
  rawUnit: string;
  unit: string;
  unitEvent: string | null;
  rate: string | null;
  partitive: boolean;
  bare: boolean;
  population: boolean;
  /** The places of the count the figure restates ("there were 350,000"), when its unit came from it. */
  restated: ScopeEntry[] | null;
  /** A tally noun took its unit from a figure just before, which counts the whole world (frame.ts, isWorldwide). */
  worldTally?: boolean;
  /** The tally noun ("the number was 3,200") whose unit and event came from the figures just before, or -1. */
  tallied: number;
}

/** The measure of a figure: step 2 of its claim. */
interface Measured {
  unit: string;
  event: string;
  word: string | null;
  hit: { event: string; word: string | null; at: number };
  opener: string | undefined;
  inherits: boolean;
  own: { id: string; name: string } | null;
  /** The places of the count this bare figure restates in another voice ("the police put the number at N"), or null. */
  restated: ScopeEntry[] | null;
  /** A kind of person the tables do not know, read as people by what befell them ("peacekeeper"), or null. */
  kind: string | null;
  /** A part of those the event befell ("18 of those who died"): a place it names is the whole's, not the part's own. */
  ofThose?: boolean;
  /** Remains found ("270 bodies recovered"): a count of the dead found so far, so a lower bound on the dead. */
  remains?: boolean;
}

/** A copy of `xs` sorted by start; the recognizers' lists come sorted, so most calls only check and copy. */
function byStart<T extends { start: number }>(xs: readonly T[]): T[] {
  for (let i = 1; i < xs.length; i++) if (xs[i].start < xs[i - 1].start) return [...xs].sort((a, b) => a.start - b.start);
  return xs.slice();
}

/** The attribution whose content covers the figure (smallest first), else one whose cue lies in the sentence. */
function attributionFor(atts: readonly Attribution[], start: number, end: number, s: Sentence): Attribution | null {
  let best: Attribution | null = null;
  for (const a of atts) {
    if (a.content.start <= start && end <= a.content.end) {
      if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
    }
  }
  if (best) return best;
  for (const a of atts) if (a.cue.start >= s.start && a.cue.end <= s.end) return a;
  return null;
}

interface Extent {
  lo: number;
  hi: number;
  a: Attribution;
}

/** Attribution extents (source, cue and content together), sorted by start, for per-sentence look-ups. */
function extentsOf(atts: readonly Attribution[]): Extent[] {
  return atts.map(a => ({ lo: Math.min(a.content.start, a.cue.start, a.source.start), hi: Math.max(a.content.end, a.cue.end, a.source.end), a }))
    .sort((x, y) => x.lo - y.lo);
}

/** Attributions that touch sentence s. Attributions span a few sentences at most, so a bounded look-back suffices. */
function attributionsNear(extents: readonly Extent[], s: Sentence): Attribution[] {
  let lo = 0;
  let hi = extents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (extents[mid].lo < s.end) lo = mid + 1;
    else hi = mid;
  }
  const out: Attribution[] = [];
  for (let i = lo - 1; i >= Math.max(0, lo - 64); i--) if (extents[i].hi > s.start) out.push(extents[i].a);
  return out.reverse();
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

/** A figure put on a rate's common base (`scale` = base / its own denominator), to twelve significant digits. */
function scaled(v: number | null, scale: number | null): number | null {
  return v === null || scale === null ? v : Number((v * scale).toPrecision(12));
}

function makeId(path: string, start: number, end: number, key: string, derived: boolean): string {
  return claimId(path, start, end, key, derived ? 'd' : '');
}

/** How far after a figure an opening parenthesis is looked for, in characters. */
const PAREN_REACH = 240;

/**
 * A date inside a parenthesis that also holds a figure of its own dates the figures of that aside, not a figure outside
 * it: "the reported toll of 4,81,486 (1,48,994 in 2020 and 3,32,492 in 2021)" counts over both years, not over 2020;
 * "revised the rate (previously 33.3 per cent as at Q4 2020) to 4.1 per cent" is no rate of 2020. A parenthesis of
 * dates alone ("4.1 per cent for (Q4 2022 and Q1 2023)") dates the figure it follows.
 */
/** Words before a change's earlier value: "down from 6.8 percent in 2017", "compared with 41 in 2030". */
const OLD_VALUE_LEADS: ReadonlySet<string> = new Set(['from', 'with', 'against']);
/** Prepositions between a figure and its date ("6.8 percent in 2017"). */
const DATE_PREPS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'for', 'as']);
/** Most words between an earlier value's number and its date: a unit or a counted noun ("per cent", "million people"). */
const OLD_VALUE_REACH = 3;

/**
 * A date right after a change's earlier value ("grew 6.6 percent, down from 6.8 percent in 2017"; "37,000 marched,
 * against 48,000 last Saturday") dates that value only: the figure the change leads to holds at another time. Read in
 * the figure's own sentence only (the date still frames later sentences: as no frame, wages "up 4.4% from a year
 * earlier" after "from 3.7% in May" took June and paired as a misread jobless rate, three false alarms on check-dev).
 */
function oldValueDate(tokens: readonly Token[], at: number, q: Quantity): boolean {
  let j = at - 1;
  if (DATE_PREPS.has(tokens[j]?.lower ?? '')) j--;
  for (let n = 0; j >= 0 && n <= OLD_VALUE_REACH; n++, j--) {
    const t = tokens[j];
    if (t.type === 'number') {
      if (t.start >= q.start && t.start < q.end) return false;
      // Past the value's hedges ("up from about 40"), read from the one hedge table.
      const k = hedgeStart(tokens, j, Math.max(0, j - COUNT_HEDGE_REACH)) - 1;
      return OLD_VALUE_LEADS.has(tokens[k]?.lower ?? '');
    }
    if (t.type !== 'word' && t.type !== 'symbol') return false;
  }
  return false;
}

/** Ordinal numbers in digits ("3rd"), no figure of an aside. */
const ORDINAL_DIGITS = /\b\d{1,4}(?:st|nd|rd|th)\b/gi;

function inFigureAside(text: string, sentenceStart: number, figureStart: number, figureEnd: number, dateStart: number,
  dateEnd: number): boolean {
  let open: number;
  let close: number;
  if (dateStart >= figureEnd) {
    if (dateStart - figureEnd > PAREN_REACH) return false;
    const gap = text.slice(figureEnd, dateStart);
    const o = gap.lastIndexOf('(');
    if (o < 0 || o < gap.lastIndexOf(')')) return false;
    open = figureEnd + o;
    close = text.indexOf(')', dateEnd);
    if (close < 0 || close - dateEnd > PAREN_REACH) close = Math.min(text.length, dateEnd + PAREN_REACH);
  } else {
    if (dateStart < sentenceStart || figureStart < dateEnd || figureStart - dateEnd > PAREN_REACH) return false;
    const gap = text.slice(dateEnd, figureStart);
    const c = gap.indexOf(')');
    const o = gap.indexOf('(');
    if (c < 0 || (o >= 0 && o < c)) return false;
    close = dateEnd + c;
    const before = text.slice(Math.max(0, dateStart - PAREN_REACH), dateStart);
    const ob = before.lastIndexOf('(');
    if (ob < 0 || ob < before.lastIndexOf(')')) return false;
    open = dateStart - before.length + ob;
  }
  // A figure of the aside's own: a digit, not an ordinal's ("Sputnik - 3rd November, 2022").
  return /\d/.test((text.slice(open + 1, dateStart) + ' ' + text.slice(dateEnd, close)).replace(ORDINAL_DIGITS, ''));
}

/** Most tokens between a ", when" and the figure its clause holds. */
const OCCASION_REACH = 40;
/** The word that opens an occasion's clause (otherOccasion), looked up before reading back from a figure. */
const WHEN_WORDS: ReadonlySet<string> = new Set(['when']);
/** Characters around a figure searched for the hour its count holds at ("By 9 a.m. on Thursday, 30 ..."). */
const HOUR_REACH = 160;
/**
 * A line-clipped sentence holding at least this many figures and no verb is a table or a price list, not a sentence of
 * claims: nothing in it says what happened to what is counted, who says it or when. Its figures stay quantities; the
 * claim steps (about 25 µs a figure) are skipped. Prose never puts this many figures in one verbless span.
 */
const TABLE_FIGURES = 40;
const VERB_POS = new Set(['VERB', 'AUX']);

/** Whether tokens [a, b) hold TABLE_FIGURES figure starts or more and no verb. One pass over the span. */
function isTable(tokens: readonly Token[], a: number, b: number, figureStarts: IndexSet): boolean {
  if (b - a < TABLE_FIGURES) return false;
  let figures = 0;
  for (let i = a; i < b; i++) {
    if (VERB_POS.has(tokens[i].pos)) return false;
    if (figureStarts.has(i)) figures++;
  }
  return figures >= TABLE_FIGURES;
}

/**
 * The index of the span (token or sentence) holding each item's start, in one forward pass over items sorted by start
 * (span ends never decrease): what tokenAt / sentenceIndexAt give per item, without a search per figure.
 */
function startIndexes(spans: readonly { end: number }[], items: readonly { start: number }[]): Int32Array {
  const out = new Int32Array(items.length);
  let at = 0;
  for (let k = 0; k < items.length; k++) {
    while (at < spans.length && spans[at].end <= items[k].start) at++;
    out[k] = at;
  }
  return out;
}

export function extractClaims(prepared: PreparedText, analysis: Omit<DocumentAnalysis, 'claims'>): Claim[] {
  const { tokens, sentences } = prepared;
  let framedAt = -1;
  let framed: { filed: number; place: string | null } = { filed: -1, place: null };
  fingerprintAttributions(prepared, analysis.attributions);
  if (tokens.length === 0 || analysis.quantities.length === 0) return [];
  const quantities = byStart(analysis.quantities);
  const dates = readPeriods(byStart(analysis.dates), tokens, analysis.published);
  const entities = byStart(analysis.entities);
  // "two in April, six in June": a figure with a date right after it is dated by that date alone.
  const ownedDates = figureOwnedDates(prepared.text, quantities, dates);
  const stockDates = asOfDates(prepared.text, quantities, dates);
  // Attributions grouped by the sentences they touch, so each figure looks only at its own sentence's few.
  const attsBySentence = new Map<Sentence, Attribution[]>();
  const extents = extentsOf(analysis.attributions);
  // Each figure's first token and sentence, read by cursors that only move forward (figures come sorted by start):
  // a binary search per figure over hundreds of thousands of tokens missed the cache at every step of a price list.
  const figureTokens = startIndexes(tokens, quantities);
  const figureSentences = startIndexes(sentences, quantities);
  const figureStarts = new IndexSet(tokens.length + 1);
  for (let k = 0; k < quantities.length; k++) figureStarts.add(figureTokens[k]);

  const claims: Claim[] = [];
  // Whether the report is about a vote, and the vote's day it names: read once, when a figure first asks.
  let electionText: boolean | null = null;
  const aboutVote = (): boolean => (electionText ??= isElectionText(tokens));
  let vote: ReturnType<typeof voteDate> | undefined;
  const votedOn = () => (vote === undefined ? (vote = voteDate(tokens, dates, analysis.published)) : vote);
  let gathering: ReturnType<typeof gatheringDate> | undefined;
  const gatheredOn = () => (gathering === undefined ? (gathering = gatheringDate(tokens, dates, analysis.published)) : gathering);
  const bySentence = new Map<Sentence, Quantity[]>();
  // The percentages of each sentence as token ranges, for the population a rate is of (population.ts).
  const percents = new Map<Sentence, { spans: FigureSpan[]; starts: number[] }>();
  const populationFor = (q: Quantity, s: Sentence): string | null => {
    let known = percents.get(s);
    if (!known) {
      known = { spans: [], starts: [] };
      let lo = 0;
      for (let hi = quantities.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (quantities[mid].start < s.start) lo = mid + 1; else hi = mid;
      }
      for (let k = lo; k < quantities.length && quantities[k].start < s.end; k++) {
        const p = quantities[k];
        if (p.unit !== 'percent') continue;
        known.spans.push({ a: tokenAt(tokens, p.start), b: tokenAt(tokens, p.end - 1) + 1 });
        known.starts.push(p.start);
      }
      percents.set(s, known);
    }
    const self = known.starts.indexOf(q.start);
    return self < 0 ? null : populationOf(tokens, s.tokenStart, s.tokenEnd, known.spans, self);
  };
  const lines = new Map<number, Sentence>();
  const tables = new Map<Sentence, boolean>();
  let prev: Prev | null = null;
  /** The last figure with a measure of its own: what "the organisers' figure was 500,000" a few sentences on counts. */
  let recent: { unit: string; event: string; word: string | null; sentence: number; scope: ScopeEntry[] } | null = null;
  const isSpeechDate = (d: { start: number; end: number }): boolean => {
    // "Shinde on Saturday pegged the death toll at 900", "the ministry on Monday said": the verb right after the date.
    const after = tokenAt(tokens, d.end);
    if (after > 0 && after < tokens.length && tokens[after].start >= d.end && tokens[after - 1].end <= d.end
      && STATING_VERBS.has(tokens[after].lower)) return true;
    let i = tokenAt(tokens, d.start) - 1;
    for (let k = 0; k < 2 && i >= 0 && DATE_LEAD.has(tokens[i].lower); k++) i--;
    if (i >= 0 && isSpeech(tokens[i].lower)) return true;
    // "a document seen by AFP on Thursday": the speech verb before its agent.
    let k = 0;
    while (i > 0 && k < 3 && /^[A-Z]/.test(tokens[i].text)) { i--; k++; }
    // "a briefing seen by the BBC on Thursday": the agent's article.
    if (k > 0 && tokens[i]?.lower === 'the') i--;
    return k > 0 && tokens[i]?.lower === 'by' && isSpeech(tokens[i - 1]?.lower ?? '');
  };
  const isSinceDate = (d: { start: number }): boolean => {
    const i = tokenAt(tokens, d.start) - 1;
    // "481,000 deaths recorded until the end of 2021": a total up to a date runs like one since a date.
    return i >= 0 && (tokens[i].lower === 'since' || tokens[i].lower === 'until' || tokens[i].lower === 'till');
  };
  /**
   * A date inside a "since" clause that is not the running total's own start: "the largest demonstration since the city
   * was handed back to China in 1997". It says what the figure is measured against, not when it holds, and frames no
   * later sentence. Reads at most BACKGROUND_REACH words back, stopping at punctuation.
   */
  const isBackgroundDate = (d: { start: number; text: string }): boolean => {
    const at = tokenAt(tokens, d.start);
    // "rose 1.0% over the previous month", "up 5% from a year earlier": the baseline of a change, not when it holds.
    if (BASELINE_LEADS.has(tokens[at - 1]?.lower ?? '') && BASELINE_DATE.test(d.text)) return true;
    // "the worst in Africa over the past two decades": how long a record stands, not when the figure holds.
    if (isRecordSpan(tokens, at, d.text)) return true;
    for (let i = at - 2; i >= Math.max(0, at - BACKGROUND_REACH); i--) {
      const t = tokens[i];
      if (t.type === 'punctuation' || t.type === 'tabCRLF') return false;
      if (t.lower === 'since') return true;
    }
    return false;
  };
  /**
   * "the biggest crowd since a march in 1989, when 1m people turned out": a figure in the "when" clause a background
   * date opens tells of that past event itself, so the date is the figure's own, not a yardstick. The date is followed by
   * a comma and "when", and the figure stands within WHEN_REACH words of it, no punctuation between.
   */
  const opensWhenClauseOf = (d: { end: number }, q: Quantity): boolean => {
    const at = tokenAt(tokens, d.end);
    if (tokens[at]?.text !== ',' || tokens[at + 1]?.lower !== 'when') return false;
    for (let i = at + 2; i < Math.min(tokens.length, at + 2 + WHEN_REACH); i++) {
      if (tokens[i].start >= q.start) return true;
      if (tokens[i].type === 'punctuation' || tokens[i].type === 'tabCRLF') return false;
    }
    return false;
  };
  /**
   * "4,000 died soon afterward and the toll rose to 15,000 over the next few years", "killed over 10,000 within the next
   * few days": a span counted forward, read from the report's day, lies after it, while what a stated figure counts has
   * happened. Told of a past event, the span counts from that event, which the dates do not say: it dates no stated
   * figure (which takes its event's date), and frames none.
   */
  const isForwardSpan = (d: { from: string | null; to: string | null; text: string }): boolean =>
    !!analysis.published && !!d.from && !!d.to && d.from >= analysis.published && d.to > analysis.published
    && FORWARD_SPAN.test(d.text);
  /**
   * A date a figure is compared with ("than last year's", "above the levels of January 31"), for figure `q`: no date of
   * it, unless the figure stands in the comparison after the date, within its clause ("fewer than on the record day of
   * March 7 (700,000)": the yardstick's own figure).
   */
  const isYardstickDateOf = (d: { start: number; end: number }, q: Quantity): boolean => {
    const at = tokenAt(tokens, d.start);
    if (!isYardstickDate(tokens, at)) return false;
    if (q.start < d.end) return true;
    for (let i = tokenAt(tokens, d.end); i < tokens.length && tokens[i].start < q.start; i++) {
      if (CLAUSE_BREAKS.has(tokens[i].text) || tokens[i].type === 'tabCRLF') return true;
    }
    return false;
  };
  /**
   * A running total's start, the since-date nearest the figure in its sentence: "Since December 7, ... 10 deaths",
   * "5,246 since the start of the pandemic in 2020" (a "since the start of" clause dates the count's start, not a
   * yardstick). Resolved dates only; null when the sentence states none.
   */
  const sinceStartOf = (s: Sentence, q: Quantity): string | null => {
    let best: string | null = null;
    let bestDist = Infinity;
    for (let i = firstStartingAt(dates, s.start); i < dates.length && dates[i].start < s.end; i++) {
      const d = dates[i];
      if (!d.from || !(isSinceDate(d) || opensCount(d))) continue;
      const dist = d.start >= q.end ? d.start - q.end : q.start - d.end;
      if (dist < bestDist) {
        bestDist = dist;
        best = d.from;
      }
    }
    return best;
  };
  /** "since the start of the pandemic in 2020": a since-clause naming the start of what is counted. */
  const opensCount = (d: { start: number }): boolean => {
    const at = tokenAt(tokens, d.start);
    for (let i = at - 2; i >= Math.max(0, at - BACKGROUND_REACH); i--) {
      const t = tokens[i];
      if (t.type === 'punctuation' || t.type === 'tabCRLF') return false;
      if (t.lower === 'since') return COUNT_STARTS.has(tokens[i + 1]?.lower === 'the' ? tokens[i + 2]?.lower ?? '' : tokens[i + 1]?.lower ?? '');
    }
    return false;
  };
  // Indexed when a claim first asks: a report whose figures are all in tables never does.
  let nowWords: Int32Array | null = null;
  /** The clause says its figure holds now: "now", "currently", "so far", "to date" (the two-word ones with their lead). */
  const saysNow = (ca: number, cb: number): boolean => {
    nowWords ??= wordClassIndex(tokens, NOW_SCAN).next;
    for (let i = nowWords[ca]; i < cb; i = nowWords[i + 1]) {
      const w = tokens[i].lower;
      // "At least 800,000 people have been displaced": the present perfect counts up to when it is said.
      // "may have been 4.5%", "could have died": a modal perfect tells of the past, not of now.
      if ((w === 'have' || w === 'has') && isParticiple(tokens[i + 1]?.lower ?? '') && !PAST_MODALS.has(tokens[i - 1]?.lower ?? '')) {
        return true;
      }
      if (STANDING.has(w) && tokens[i + 1]?.lower === 'at') return true;
      if (!NOW_WORDS.has(w)) continue;
      const lead = NOW_LEADS.get(w);
      if (!lead || tokens[i - 1]?.lower === lead) return true;
    }
    return false;
  };
  /**
   * "X said that 542 people had been killed": a past perfect in reported speech is the speaker's present perfect put
   * back a tense, a count up to when it was said, not of the day the paragraph named for the event. Only when a
   * statement's cue comes before the figure and its content holds it, and only for the dead (a toll that only grows;
   * "had obtained 70%" or "had been injured" on a bus may be of one moment or one part).
   */
  const reportedPerfect = (site: Site): boolean => {
    const at = tokens[site.qa].start;
    if (!site.atts.some(a => a.cue.end <= at && a.content.start <= at && at < a.content.end)) return false;
    for (let i = site.ca; i < site.cb - 1; i++) {
      if (tokens[i].lower === 'had' && isParticiple(tokens[i + 1].lower)) return true;
    }
    return false;
  };
  /**
   * The figure's own verb is a present perfect: "14 people have died", "has killed 300" (the auxiliary right after the
   * figure, or the participle right before it), not a perfect elsewhere in its clause ("agencies have assessed that a
   * blast on Tuesday killed 100").
   */
  const ownPerfect = (qa: number, qb: number): boolean => {
    const aux = (i: number) => (tokens[i]?.lower === 'have' || tokens[i]?.lower === 'has') && !PAST_MODALS.has(tokens[i - 1]?.lower ?? '');
    for (let i = qb; i < Math.min(tokens.length - 1, qb + PERFECT_REACH); i++) {
      if (aux(i) && isParticiple(tokens[i + 1].lower)) return true;
    }
    for (let i = qa - 1; i > 0 && i >= qa - PERFECT_REACH; i--) {
      if (isParticiple(tokens[i].lower) && aux(i - 1)) return true;
    }
    return false;
  };
  /**
   * The sentence opens with a now word ("So far four have died, 79 were injured and 20 are missing"): it governs every
   * clause of the sentence, not only the first. Reads at most two words.
   */
  const opensNow = (s: Sentence): boolean => {
    const w = tokens[s.tokenStart]?.lower ?? '';
    const w2 = tokens[s.tokenStart + 1]?.lower ?? '';
    if (NOW_WORDS.has(w) && !NOW_LEADS.has(w)) return true;
    // "Since then the numbers have jumped, with at least 258 cases": a running count as of when it is said.
    if (w === 'since' && w2 === 'then') return true;
    return NOW_LEADS.get(w2) === w;
  };
  /** "from 185.34% in September": an earlier value with its own date is a claim about that date. */
  const datedRightAfter = (qb: number): boolean => {
    const from = tokens[qb]?.start ?? Infinity;
    const to = tokens[Math.min(qb + 3, tokens.length - 1)]?.end ?? -Infinity;
    // Dates are sorted by start: a binary search for the first at or after `from` keeps this per-figure cost small.
    const lo = firstStartingAt(dates, from);
    return lo < dates.length && dates[lo].start < to;
  };
  /**
   * "It is just the opposite of the festival, when the police said there were a million people": a figure in a ", when"
   * clause hanging on a noun that is no date tells of another occasion, a yardstick of the claim before it. Only when
   * the sentence names no date (", when 80,000 marched on Sunday" keeps its day) and the comma follows a word.
   */
  const otherOccasion = (qa: number, s: Sentence): boolean => {
    if (firstIn(wordClassIndex(tokens, WHEN_WORDS), Math.max(s.tokenStart + 2, qa - OCCASION_REACH), qa) < 0) return false;
    for (let i = qa - 1; i > s.tokenStart + 1 && i >= qa - OCCASION_REACH; i--) {
      const w = tokens[i].lower;
      if (w === ',' || w === ';' || w === ':') return false;
      if (w !== 'when' || tokens[i - 1].text !== ',' || !/^[A-Za-z]/.test(tokens[i - 2].text)) continue;
      // A date anywhere in the sentence names the occasion ("December 5, 2019, the start of the strikes, when ...").
      const at = firstStartingAt(dates, s.start);
      return !(at < dates.length && dates[at].start < s.end);
    }
    return false;
  };
  /** A word of severity right after the figure, before any punctuation or other figure ("seven seriously", "12 people were critically injured"). */
  const severelyHurt = (qb: number, cb: number): boolean => {
    for (let i = qb; i < Math.min(qb + SEVERE_REACH, cb); i++) {
      if (tokens[i].pos === 'PUNCT' || figureStarts.has(i)) return false;
      if (HARM_DEGREES.has(tokens[i].lower)) return true;
    }
    return false;
  };
  const lowerIn = (a: number, b: number, word: string): boolean => {
    for (let i = a; i < b; i++) if (tokens[i].lower === word) return true;
    return false;
  };
  /** Tokens [from, ca) before a clause are a short opening phrase with no figure (round 18). */
  const frontedPhrase = (from: number, ca: number): boolean => {
    if (ca <= from || ca - from > FRONTED_REACH) return false;
    for (let i = from; i < ca; i++) if (figureStarts.has(i)) return false;
    return true;
  };
  const clauseHas = (ca: number, cb: number, words: ReadonlySet<string>): boolean => {
    for (let i = ca; i < cb; i++) if (words.has(tokens[i].lower)) return true;
    return false;
  };
  /** "this month" in the sentence: a month named relative to the report's own date. */
  const thisMonth = new Map<Sentence, boolean>();
  const saysThisMonth = (s: Sentence): boolean => {
    // Read once per sentence: a sentence may hold thousands of figures.
    let known = thisMonth.get(s);
    if (known === undefined) {
      known = false;
      for (let i = s.tokenStart; i + 1 < s.tokenEnd && !known; i++) known = tokens[i].lower === 'this' && tokens[i + 1].lower === 'month';
      thisMonth.set(s, known);
    }
    return known;
  };
  /** "overstated by about 9-21 per cent", "overestimated by 2.5%": how far a figure was off, not a level of it. */
  const isMisstatement = (qa: number): boolean => {
    const i = hedgeStart(tokens, qa, Math.max(1, qa - COUNT_HEDGE_REACH), true) - 1;
    return tokens[i]?.lower === 'by' && MISSTATED.has(tokens[i - 1]?.lower ?? '');
  };
  /** "the biggest number of deaths at 136", "the highest toll, 87": a superlative tally before the figure ranks parties. */
  const ranked = (ca: number, qa: number): boolean => {
    for (let i = Math.max(ca, qa - RANK_REACH); i + 1 < qa; i++) {
      if (RANKINGS.has(tokens[i].lower) && TALLIES.has(tokens[i + 1].lower)) return true;
    }
    return false;
  };
  /** "consumer prices", "consumer price index" in the clause. */
  /** "consumer prices rose 1.0%", "the CPI stood at 36.5%": the consumer price level (its index's abbreviation too). */
  const namesConsumerPrices = (ca: number, cb: number): boolean => {
    for (let i = ca; i < cb; i++) {
      const w = tokens[i].lower;
      if (CONSUMER_PRICE_INDEXES.has(w) || (w === 'consumer' && i + 1 < cb && /^prices?$/.test(tokens[i + 1].lower))) return true;
    }
    return false;
  };
  /**
   * Is sentence k a paragraph of one sentence (wire style: "Annual inflation rose to 38% in May, the bureau said." then,
   * a paragraph below, "The rate stood at 36.5% in April.")? Its metric then carries into the next paragraph's first
   * sentence as it would within one paragraph.
   */
  const wireParagraph = (k: number): boolean => {
    const s = sentences[k];
    if (!s || k + 1 >= sentences.length) return false;
    const from = paragraphStart(prepared, s.tokenStart);
    return (sentences[k - 1]?.start ?? -1) < from && paragraphStart(prepared, sentences[k + 1].tokenStart) > from;
  };
  const namesTurnout = (ca: number, cb: number): boolean => {
    for (let i = ca; i < cb; i++) if (tokens[i].lower === 'turnout') return true;
    return false;
  };
  /**
   * The event word right after an aside that follows the figure's clause: the clause ends at a comma, the aside at the next
   * comma within ASIDE_REACH tokens, and the verb (after at most one adverb or auxiliary) starts what follows.
   */
  const eventAfterAside = (unit: string, qa: number, qb: number, cb: number, s: Sentence) => {
    if (tokens[cb]?.text !== ',') return null;
    let close = -1;
    for (let i = cb + 1; i < Math.min(s.tokenEnd, cb + ASIDE_REACH); i++) {
      const t = tokens[i];
      if (t.text === ',') { close = i; break; }
      if (t.type === 'punctuation' && t.text !== '\'' && t.text !== '’' && t.text !== '-') return null;
    }
    if (close < 0) return null;
    let v = close + 1;
    if (tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'AUX') v++;
    if (v >= s.tokenEnd || tokens[v].pos !== 'VERB') return null;
    const hit = findEvent(tokens, unit, qa, qb, v, v + 1);
    return hit.event === 'unspecified' ? null : hit;
  };
  /**
   * "against 25.6% according to the private institutes": an "according to" right after the figure, inside its clause,
   * names the figure's own source, whoever the sentence's other attribution cites.
   */
  const accordingSource = (qb: number, cb: number): { id: string; name: string } | null => {
    let i = qb;
    if (tokens[i]?.text === ',') i++;
    if (tokens[i]?.lower !== 'according' || tokens[i + 1]?.lower !== 'to' || i + 2 >= cb) return null;
    let a = i + 2;
    while (a < cb && DETERMINERS.has(tokens[a].lower)) a++;
    let b = a;
    while (b < cb && b < a + ACCORDING_WORDS && /^[A-Za-z]/.test(tokens[b].text) && !SUBJECT_STOPS.has(tokens[b].lower)) b++;
    return b > a ? namedSource(a, b) : null;
  };
  /**
   * The agent of a counting participle right after the figure is its voice: "22,000 participants counted by the police",
   * "(32,000 counted by the authorities)"; and, the participle left out, the agent of a bare "by" after a figure whose
   * sentence gave the participle's agent to a figure before it ("..., and 30,000 by the unions").
   */
  const agentSource = (qa: number, qb: number, s: Sentence, cb: number): { id: string; name: string } | null => {
    // One read of the word after the figure: this runs for every figure with no voice of its own.
    const next = tokens[qb]?.lower ?? '';
    const agent = AGENT_VERBS.has(next);
    if (!agent && (next !== 'by' || !agentBefore(qa, s))) return null;
    const i = agent ? qb + 1 : qb;
    if ((agent && tokens[i]?.lower !== 'by') || i + 1 >= cb) return null;
    let a = i + 1;
    while (a < cb && DETERMINERS.has(tokens[a].lower)) a++;
    let b = a;
    while (b < cb && b < a + ACCORDING_WORDS && /^[A-Za-z]/.test(tokens[b].text) && !SUBJECT_STOPS.has(tokens[b].lower)) b++;
    return b > a ? namedSource(a, b) : null;
  };
  /**
   * A second subject whose counting verb is left out: "the prefecture counted 15,500 demonstrators and the organizers
   * 22,000", "police had estimated 30,000 there and the unions 245,000". The figure follows "and", a short noun phrase
   * with no verb (the gapped subject, its voice) and nothing else; before "and", a figure the subject of a counting verb
   * counted, with at most GAPPED_TAIL words after it (its noun, "there").
   */
  const gappedSource = (qa: number, start: number, s: Sentence): { id: string; name: string } | null => {
    // This runs for every figure with no voice of its own: the text before the figure must end a word ("organizers
    // 22,000", "organizers at 22,000") before any token is read.
    if (!/[A-Za-z] $/.test(prepared.text.slice(Math.max(0, start - 2), start))) return null;
    let b = qa;
    let t = tokens[b - 1];
    if (t?.lower === 'at') t = tokens[--b - 1];
    if (!t || t.type !== 'word' || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return null;
    let a = b;
    while (a > s.tokenStart && a > b - GAPPED_SUBJECT && /^[A-Za-z]/.test(t.text) && t.lower !== 'and' && t.pos !== 'VERB'
      && t.pos !== 'AUX') t = tokens[--a - 1];
    if (a === b || t?.lower !== 'and') return null;
    let name = a;
    while (name < b && DETERMINERS.has(tokens[name].lower)) name++;
    if (name === b) return null;
    // The earlier figure: its own tail (noun, "there") before "and", then the counting verb over its hedges.
    for (let f = a - 2; f >= Math.max(s.tokenStart + 1, a - 2 - GAPPED_TAIL); f--) {
      if (!figureStarts.has(f)) continue;
      const v = hedgeStart(tokens, f, Math.max(s.tokenStart, f - COUNT_HEDGE_REACH), true) - 1;
      return COUNTING.has(tokens[v]?.lower ?? '') ? namedSource(name, b) : null;
    }
    return null;
  };
  /** A counting participle with its agent ("counted by") in the GAP_REACH tokens of the sentence before the figure. */
  const agentBefore = (qa: number, s: Sentence): boolean => {
    for (let k = qa - 1; k > Math.max(s.tokenStart, qa - GAP_REACH); k--) {
      if (tokens[k].lower === 'by' && AGENT_VERBS.has(tokens[k - 1].lower)) return true;
    }
    return false;
  };
  /** The source of an "according to" after another figure later in the sentence (within ACCORDING_REACH tokens), or null. */
  const laterAccording = (qb: number, s: Sentence): string | null => {
    let figure = false;
    for (let k = qb; k < Math.min(s.tokenEnd, qb + ACCORDING_REACH); k++) {
      if (figureStarts.has(k)) figure = true;
      if (figure && tokens[k].lower === 'according' && tokens[k + 1]?.lower === 'to') {
        const j = tokens[k - 1]?.text === ',' ? k - 1 : k;
        return accordingSource(j, s.tokenEnd)?.id ?? null;
      }
    }
    return null;
  };
  /** The country or place whose mention ends at offset `end`, or null. Entities are sorted by start and short. */
  const placeEndingAt = (end: number): string | null => {
    const lo = firstStartingAt(entities, end);
    for (let i = lo - 1; i >= Math.max(0, lo - 4); i--) {
      const e = entities[i];
      if (e.end === end && (e.kind === 'country' || e.kind === 'place')) return e.id;
    }
    return null;
  };
  /** Whether a place (not a country) the scope counts the figure in (`where`) starts at token i. */
  const isWherePlaceAt = (i: number, scope: readonly ScopeEntry[]): boolean => {
    const at = tokens[i].start;
    const lo = firstStartingAt(entities, at + 1);
    for (let k = lo - 1; k >= Math.max(0, lo - 4); k--) {
      const e = entities[k];
      if (e.start === at && e.kind === 'place') return scope.some(x => x.id === e.id && x.role === 'where');
    }
    return false;
  };
  /** Whether a country or place is named right after the figure ending at token qb: "80,000 in Paris", "9,000 in the UK". */
  const placeRightAfter = (qb: number): boolean => {
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
  };
  /** The last country or place named in [from, before), looking back at most four entities. */
  const placeBefore = (before: number, from: number): string | null => {
    const lo = firstStartingAt(entities, before);
    for (let i = lo - 1; i >= Math.max(0, lo - 4) && entities[i].start >= from; i--) {
      const e = entities[i];
      if ((e.kind === 'country' || e.kind === 'place') && !isYardstick(tokens, e.start, e.end)) return e.id;
    }
    return null;
  };
  /**
   * The one party (an organization or a person) named in [from, before), or null when none or several are: the subject of
   * the clause a "with" clause hangs on ("United Airlines was second, with about 266 flights cancelled").
   */
  const onlyPartyBefore = (before: number, from: number): string | null => {
    let found: string | null = null;
    for (let i = firstStartingAt(entities, from); i < entities.length && entities[i].end <= before; i++) {
      const e = entities[i];
      if (e.kind !== 'organization' && e.kind !== 'person') continue;
      if (found && found !== e.id) return null;
      found = e.id;
    }
    return found;
  };
  /** The entity named in tokens [a, b), else the words themselves as a source. */
  const namedSource = (a: number, b: number): { id: string; name: string } => {
    const from = tokens[a].start;
    const to = tokens[b - 1].end;
    const lo = firstStartingAt(entities, to);
    for (let i = lo - 1; i >= Math.max(0, lo - 8); i--) if (from < entities[i].end) return { id: entities[i].id, name: entities[i].name };
    return { id: `source:${tokens.slice(a, b).map(t => t.lower).join('-')}`, name: tokens.slice(a, b).map(t => t.text).join(' ') };
  };
  /** The clause's own source in "X put it at N": the subject before the verb, an entity when one is named there. */
  const putSource = (ca: number, figure: number): { id: string; name: string } | null => {
    // "put the figure closer to 240,000", "at close to 5,000": a comparative hedge the figure's text left out.
    let qa = figure;
    while (qa > figure - 2 && qa > ca && PUT_HEDGES.has(tokens[qa - 1].lower)) qa--;
    const near = qa < figure && tokens[qa]?.lower !== 'to' && NEAR_HEDGES.has(tokens[qa].lower);
    if (near && tokens[qa - 1]?.lower !== 'at') qa++;
    else if (tokens[qa - 1]?.lower !== 'at') return null;
    let v = -1;
    for (let i = qa - 2; i >= Math.max(ca, qa - 6); i--) if (VALUING_VERBS.has(tokens[i].lower)) { v = i; break; }
    // "has put the death toll for the January to December period at 480,000": a tally named as the object reaches further.
    if (v < 0) v = putTally(ca, qa)?.verb ?? -1;
    return subjectSource(ca, v);
  };
  /**
   * "the Guardia Urbana reduces the figure to 400,000", "a UN report pegs the figure in excess of 11 thousand": a verb that
   * values or changes a tally (its object right before the figure, or before "to"/"at"/"as") gives the figure its
   * subject's voice, whoever the sentence's other attribution cites.
   */
  const tallyVerbSource = (ca: number, qa: number, start: number): { id: string; name: string } | null => {
    // This runs for every figure: the text before it must end a word ("to 400,000", "figure in excess of") before any
    // token is read, and one read of the word before it rejects most of the rest.
    if (!/[A-Za-z] $/.test(prepared.text.slice(Math.max(0, start - 2), start))) return null;
    let o = qa - 1;
    let w = tokens[o]?.lower ?? '';
    if (TALLY_LEADS.has(w)) w = tokens[--o]?.lower ?? '';
    if (o <= ca || !(TALLIES.has(w) || w === 'it')) return null;
    for (let v = o - 1; v >= Math.max(ca + 1, o - TALLY_VERB_REACH); v--) {
      const w = tokens[v].lower;
      if (VALUING_VERBS.has(w) || TALLY_CHANGING_VERBS.has(w)) {
        // A voice is named ("the Guardia Urbana"); "the lingering poison raised the toll to 15,000" names a cause.
        const subject = subjectSource(ca, v);
        return subject && !subject.id.startsWith('source:') ? subject : null;
      }
      if (!DETERMINERS.has(w) && tokens[v].pos !== 'ADJ' && tokens[v].pos !== 'NOUN') return null;
    }
    return null;
  };
  /**
   * "put the number of injured at 1,175", "estimated the number of protesters at 240,000", "put the death toll for the
   * period at about 480,000": the counted thing a put verb's object names (a toll, or the noun after "number of"), with
   * the verb. Null when the figure is no such object's value.
   */
  const putTally = (ca: number, figure: number): { verb: number; unit: string; event: string | null } | null => {
    // "at closer to 240,000": a hedge the figure's text left out stands between "at" and the number.
    let qa = figure;
    while (qa > figure - 2 && qa > ca && PUT_HEDGES.has(tokens[qa - 1].lower)) qa--;
    const lead = tokens[qa - 1]?.lower;
    if (lead !== 'at' && lead !== 'as') return null;
    let v = -1;
    for (let i = qa - 2; i >= Math.max(ca, qa - PUT_REACH); i--) if (VALUING_VERBS.has(tokens[i].lower)) { v = i; break; }
    for (let i = v + 1; v >= 0 && i < qa - 1; i++) {
      const w = tokens[i].lower;
      if (w === 'toll') return { verb: v, unit: 'person', event: 'killed' };
      if (!TALLIES.has(w) || tokens[i + 1]?.lower !== 'of') continue;
      let j = i + 2;
      while (j < qa - 1 && DETERMINERS.has(tokens[j].lower)) j++;
      const counted = j < qa - 1 ? normalizeUnit(tokens[j].lower) : null;
      return counted?.unit ? { verb: v, ...counted } : null;
    }
    // "the death toll and the number of injured, which the UN puts at nearly 7,000": a relative pronoun as the object
    // stands for the tally named right before it.
    const thing = v >= 0 ? relativeTally(v, Math.max(0, ca - RELATIVE_TALLY_REACH)) : null;
    return thing ? { verb: v, ...thing } : null;
  };
  /** The tally a relative pronoun before the put verb at v stands for: the nearest "toll" or "number of X" before it. */
  const relativeTally = (v: number, floor: number): { unit: string; event: string | null } | null => {
    let p = v - 1;
    while (p > floor && p >= v - RELATIVE_SUBJECT && tokens[p].lower !== 'which') p--;
    if (tokens[p]?.lower !== 'which') return null;
    for (let k = p - 1; k >= Math.max(floor, p - RELATIVE_TALLY_REACH); k--) {
      const w = tokens[k].lower;
      if (TALLIES.has(w) && tokens[k + 1]?.lower === 'of') {
        let j = k + 2;
        while (j < p && DETERMINERS.has(tokens[j].lower)) j++;
        const counted = j < p ? normalizeUnit(tokens[j].lower) : null;
        return counted?.unit ? counted : null;
      }
      if (w === 'toll') return { unit: 'person', event: 'killed' };
    }
    return null;
  };
  /** "put Tsvangirai's total at 50.3 percent": the figure is what a put verb sets a total or share at. */
  const putsShare = (ca: number, qa: number): boolean => {
    if (tokens[qa - 1]?.lower !== 'at') return false;
    for (let i = qa - 2; i >= Math.max(ca, qa - PUT_REACH); i--) {
      if (VALUING_VERBS.has(tokens[i].lower)) return false;
      // The verb a few words before the noun: "put (Tsvangirai's) total".
      if (SHARE_WORDS.has(tokens[i].lower)) return tokens.slice(Math.max(ca, i - 4), i).some(t => VALUING_VERBS.has(t.lower));
    }
    return false;
  };
  /** The figure at qa (after its hedges) is the object of "there were", "numbered" or "put ... at": a count restated. */
  const restatesCount = (ca: number, qa: number): boolean => {
    const i = hedgeStart(tokens, qa, Math.max(ca + 1, qa - COUNT_HEDGE_REACH), true) - 1;
    const w = tokens[i]?.lower ?? '';
    if (w === 'numbered' || (w === 'were' && tokens[i - 1]?.lower === 'there')) return true;
    return recounts(ca, qa) || (w === 'at' && putSource(ca, qa) !== null);
  };
  /** "The Interior Ministry counted 480,000": the figure is a voice's own count, with a subject, of what was counted before. */
  const recounts = (ca: number, qa: number): boolean => {
    const v = hedgeStart(tokens, qa, Math.max(ca + 1, qa - COUNT_HEDGE_REACH), true) - 1;
    return RECOUNTING.has(tokens[v]?.lower ?? '') && countSource(ca, qa) !== null;
  };
  /** "the police counted 806,000 and the CGT counted 1.5 million": the subject of a counting verb right before the figure. */
  const countSource = (ca: number, qa: number): { id: string; name: string } | null => {
    const v = hedgeStart(tokens, qa, Math.max(ca + 1, qa - COUNT_HEDGE_REACH), true) - 1;
    return COUNTING.has(tokens[v]?.lower ?? '') ? subjectSource(ca, v) : null;
  };
  /** The owner the figure's own noun phrase names: the official count, or the possessor's entity, else its word. */
  const ownerVoice = (ca: number, qa: number): { id: string; name: string } | null => {
    const o = ownerOfFigure(tokens, qa, ca, figureStarts);
    if (!o) return null;
    if ('official' in o) return OFFICIAL_VOICE;
    const t = tokens[o.possessor];
    const e = entityCovering(t.start, t.end);
    return e ?? { id: `source:${t.lower}`, name: t.text };
  };
  /** The organization or person named last in [from, to): a paragraph's voice before a figure. Bounded look-back. */
  const paragraphVoice = (from: number, to: number): string | null => {
    const lo = firstStartingAt(entities, to);
    for (let i = lo - 1; i >= Math.max(0, lo - 16) && entities[i].start >= from; i--) {
      if (isActor(entities[i].id)) return entities[i].id;
    }
    return null;
  };
  /** The person named last in [from, to), or null. Bounded look-back. */
  const personIn = (from: number, to: number): string | null => {
    const lo = firstStartingAt(entities, to);
    for (let i = lo - 1; i >= Math.max(0, lo - 16) && entities[i].start >= from; i--) {
      if (entities[i].kind === 'person') return entities[i].id;
    }
    return null;
  };
  /**
   * The holder a subject pronoun at token `at` stands for: the person its paragraph named last before it, else the one
   * the paragraph before named last ("Mr X has won more than 50%." / "A monitor said he had won 49%"), keyed as a name
   * is (personHolderKey).
   */
  const personHolderBefore = (at: number): string | null => {
    const para = paragraphStart(prepared, at);
    let person = personIn(para, tokens[at].start);
    // The break before the paragraph, past a blank line's breaks.
    let before = tokenAt(tokens, para) - 1;
    while (before > 0 && tokens[before - 1].type === 'tabCRLF') before--;
    if (!person && before >= 0) person = personIn(paragraphStart(prepared, before), para);
    return person ? personHolderKey(person) : null;
  };
  /** The entity whose mention covers [from, to), if any; entities are sorted by start and short. */
  const entityCovering = (from: number, to: number): { id: string; name: string } | null => {
    const lo = firstStartingAt(entities, to);
    for (let i = lo - 1; i >= Math.max(0, lo - 8); i--) {
      if (entities[i].start <= from && to <= entities[i].end) return { id: entities[i].id, name: entities[i].name };
    }
    return null;
  };
  /**
   * Where the subject before the comma `close` ends: before a relative clause between commas ("students, which
   * helped organize it, put"), else at the comma, so an appositive names the voice ("the city's police, the Guardia
   * Urbana, put").
   */
  const beforeRelative = (ca: number, close: number): number => {
    for (let i = close - 1; i > Math.max(ca, close - RELATIVE_REACH); i--) {
      if (tokens[i].text !== ',') continue;
      return RELATIVE_OPENERS.has(tokens[i + 1]?.lower ?? '') ? i : close;
    }
    return close + 1;
  };
  /** The subject before the verb at v, up to five words: an entity when one is named there, else its words. */
  const subjectSource = (ca: number, verb: number): { id: string; name: string } | null => {
    let v = verb;
    // "the government, however, has put": auxiliaries and a one-word aside between commas stand between.
    while (v > ca && SUBJECT_AUX.has(tokens[v - 1].lower)) v--;
    if (v - 3 > ca && tokens[v - 1].text === ',' && tokens[v - 3].text === ',') v -= 3;
    // "students at the drama faculty, which helped organize the rally, put the turnout at 800,000": a relative clause
    // between commas stands between the subject and its verb.
    else if (tokens[v - 1]?.text === ',') v = beforeRelative(ca, v - 1);
    if (v <= ca) return null;
    let a = v;
    while (a > ca && a > v - 5 && /^[A-Za-z]/.test(tokens[a - 1].text) && !SUBJECT_STOPS.has(tokens[a - 1].lower)) a--;
    while (a < v && DETERMINERS.has(tokens[a].lower)) a++;
    // "the crowd, first estimated at 30,000": adverbs alone before a participle are no subject.
    while (a < v && tokens[a].pos === 'ADV') a++;
    if (a >= v) return null;
    // Entities are sorted by start and short: a binary search and a bounded look-back keep this per-figure cost small.
    return namedSource(a, v);
  };
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k];
    const whole = sentences[figureSentences[k]];
    if (!whole || whole.start > q.start) continue;
    // One Sentence object per line-clipped sentence, so figures of one sentence share it.
    const clipped = lineOf(tokens, whole, figureTokens[k]);
    const s = lines.get(clipped.start) ?? clipped;
    lines.set(s.start, s);
    let table = tables.get(s);
    if (table === undefined) tables.set(s, (table = isTable(tokens, s.tokenStart, s.tokenEnd, figureStarts)));
    if (table) continue;
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push(q);
    let atts = attsBySentence.get(s);
    if (!atts) attsBySentence.set(s, (atts = attributionsNear(extents, s)));
    const claim = claimFor(q, s, atts, false, figureTokens[k]);
    if (claim) claims.push(claim);
  }
  for (const [s, qs] of bySentence) {
    if (qs.length < 2) continue;
    for (const d of derivedFigures(tokens, s, qs)) {
      const claim = claimFor(d.quantity, s, attsBySentence.get(s) ?? [], true, d.at);
      if (claim) claims.push(claim);
    }
  }
  claims.sort((a, b) => a.quantity.start - b.quantity.start || a.start - b.start);
  carryMeasures(prepared, claims);
  carryPopulations(prepared, claims);
  markBreakdowns(prepared, claims);
  wholesOfParts(prepared, claims);
  const joined = joinAlternatives(prepared, claims);
  if (joined.length !== claims.length) claims.splice(0, claims.length, ...joined);
  const sums = [...sumClaims(prepared, claims), ...shareClaims(prepared, claims)];
  if (sums.length) {
    claims.push(...sums);
    claims.sort((a, b) => a.quantity.start - b.quantity.start || a.start - b.start);
  }
  return claims;

  /** "including 33 non-passengers": a role word after a bare figure with "non-" glued to it (the recognizer takes no noun). */
  function negatedRoleAfter(qb: number): string | null {
    const t = tokens[qb];
    if (!t || !t.lower.startsWith('non')) return null;
    const glued = t.lower === 'non' && tokens[qb + 1]?.lower === '-' ? `non-${tokens[qb + 2]?.lower ?? ''}` : t.lower;
    const id = roleOf(glued, singular);
    return id?.startsWith('role:non-') ? id : null;
  }

  /** The counted thing "others" stands for: the unit of the figure before it, in its sentence or the sentence before. */
  function othersUnit(samePrev: { unit: string } | null, sIndex: number): string | null {
    const before = samePrev?.unit ?? (prev && prev.sentence === sentences[sIndex - 1] ? prev.unit : null);
    return before && before !== OTHERS_UNIT && !TALLIES.has(before) && !before.includes('/') ? before : null;
  }

  /** Step 1 of a claim: what the figure counts (its unit, the event its noun names, a rate's denominator), or null. */
  function countedThing(site: Site): Counted | null {
    const { q, s, qa, qb, ca, cb, samePrev, sIndex } = site;
    const rawUnit = unitOf(q, tokens, qb);
    const perPopulation = populationRate(rawUnit);
    let { unit, event: unitEvent } = normalizeUnit(perPopulation ? perPopulation.unit : rawUnit);
    // "two people dead and more than 300 others missing": "others" counts what the figure before it counts, in its
    // sentence or the one before; the clause's own verb then says what befell them.
    if (unit === OTHERS_UNIT && !unitEvent) unit = othersUnit(samePrev, sIndex) ?? unit;
    // "32 members of the security forces": members count what their body is made of.
    if (unit === 'member' && q.noun) {
      let after = qb;
      while (after < tokens.length && tokens[after].start < q.noun.end) after++;
      unit = memberBody(tokens, after) ?? unit;
    }
    // "the first estimates of 2 million given by organizers": a participle read as the noun leaves the tally before it.
    const tallyAt = tallyNounAt(tokens, qa, s.tokenStart);
    if (tallyAt >= 0 && q.noun && !unitEvent && isParticipleNoun(q.noun.text)) ({ unit, event: unitEvent } = normalizeUnit(tokens[tallyAt].lower));
    // "the official attendance figure of 400,000", "the crowd estimate of 80,000": the noun modifying the tally names it.
    const modifier = TALLIES.has(unit) && !unitEvent && tallyAt >= 0 ? tallyModifier(tokens, tallyAt, s.tokenStart) : null;
    if (modifier) ({ unit, event: unitEvent } = modifier);
    // "the numbers of people on the march had risen to 1.5 million": a "number of" phrase in the figure's own sentence
    // names what it counts, whatever the figures before it counted.
    const ownTally = TALLIES.has(unit) && !unitEvent ? tallyAntecedent(tokens, sentences, sIndex, qa, s.start) : null;
    if (ownTally) ({ unit, event: unitEvent } = ownTally);
    // "In July 2003 the organisers' figure was 500,000": a tally noun counts what the figures just before it counted.
    let worldTally = false;
    let tallied = -1;
    // A figure with no noun after a tally noun ("the figure was 15,000") is the tally's, whatever unit the recognizer
    // carried to it from the figure before: it restates that figure, places included (as "put the number at" does).
    let restated: ScopeEntry[] | null = null;
    // A toll names its own event (the dead): only a tally that names none ("figure", "number") restates.
    const carried = !TALLIES.has(unit) && tallyAt >= 0 && !q.noun && unit === recent?.unit && !normalizeUnit(tokens[tallyAt].lower).event;
    if ((TALLIES.has(unit) || carried) && !unitEvent && recent && sIndex - recent.sentence <= TALLY_REACH) {
      if (carried) restated = recent.scope;
      unit = recent.unit;
      unitEvent = recent.event;
      tallied = tallyAt;
      // "The global figure was 15 million, more than double the official figure of 6 million": the world's too.
      worldTally = recent.scope.some(e => e.id === WORLD_PLACE);
    }
    // "SCC lowered the figure to 225,000 people", "that number has been reduced to 279": a tally set to a new value counts
    // what the figures just before it counted (a noun of the same unit, or none, after the figure).
    if (recent && sIndex - recent.sentence <= TALLY_REACH && !unitEvent && (!unit || unit === recent.unit || TALLIES.has(unit))
      && isRevisedTally(tokens, qa, ca)) {
      unit = recent.unit;
      unitEvent = recent.event;
    }
    // "the dispute over the number of people at the march ... revise its estimate of 400,000": no figure before it, the
    // thing a "number of" phrase names in its sentence or the one before.
    if (TALLIES.has(unit) && !unitEvent && tallyAt >= 0 && !(recent && sIndex - recent.sentence <= TALLY_REACH)) {
      const named = tallyAntecedent(tokens, sentences, sIndex, qa, paragraphStart(prepared, s.tokenStart));
      if (named) ({ unit, event: unitEvent } = named);
    }
    // "their official figure of 769 killed", "a toll of 40 dead": a tally whose figure a people word (an adjective, or a
    // participle of the event lexicon) follows counts those people.
    if (TALLIES.has(unit) && !unitEvent) {
      let next = qa;
      while (next < qb && tokens[next].end <= q.end) next++;
      const word = tokens[next];
      const participle = word?.pos === 'VERB' ? findEvent(tokens, 'person', qa, qb, next, next + 1).event : 'unspecified';
      const befell = eventOfPeopleWord(word?.lower ?? '') ?? (participle === 'unspecified' ? null : participle);
      if (befell) {
        unit = 'person';
        unitEvent = befell;
      }
    }
    // "12 dead", "92 of the dead": people counted by an adjective that says what befell them.
    if (unit === 'person' && !unitEvent && q.noun && !q.noun.text.includes(' ')) unitEvent = eventOfPeopleWord(q.noun.text);
    const partitive = tokens[qb]?.lower === 'of' && PARTITIVE.has(tokens[qb + 1]?.lower ?? '');
    // "1.12 million people, including 80,000 in Paris": a bare part counts what its whole counts.
    const lead = tokens[ca]?.lower;
    if (samePrev && !q.noun && (lead === 'including' || lead === 'among') && unit !== samePrev.unit) unit = '';
    // A figure with no noun of its own whose unit the recognizer took from the figure before it is bare too ("40,000
    // people marched in Lyon; 30,000 in Toulouse"), unless it is a part of it ("2,300 of them").
    const bare = (!unit || (!q.noun && !partitive && unit === samePrev?.unit)) && !!samePrev;
    // A rate's denominator ("for every 100,000 people") is no claim of its own, nor is an age ("under the age of 5").
    if (isDenominator(tokens, qa) || isAge(tokens, qa)) return null;
    let rate = perPopulation?.rate ?? rateDenominator(tokens, qb);
    // A bare figure in a list takes the unit of the figure before it, but a count in millions is no percentage.
    if ((!unit || partitive) && samePrev && !(samePrev.unit === 'percent' && !partitive && isLargeCount(q))) {
      const slash = samePrev.unit.indexOf('/per-');
      unit = slash < 0 ? samePrev.unit : samePrev.unit.slice(0, slash);
      if (slash >= 0) rate ??= samePrev.rate ?? samePrev.unit.slice(slash + 1);
    } else if (!rate && !q.noun && samePrev && samePrev.unit.startsWith(`${unit}/per-`)) {
      // "Mexico (24.2 deaths per million), Ukraine (22.7)": a bare figure in a list of rates is a rate too.
      rate = samePrev.rate ?? samePrev.unit.slice(unit.length + 1);
    }
    // "put the number of injured at 1,175": the put verb's object says what the figure counts.
    const tally = unit && !(unit === 'person' && !unitEvent && !q.noun) ? null : putTally(ca, qa);
    if (tally) {
      unit = tally.unit;
      unitEvent = tally.event;
    }
    // "the quake measured 7.5": a quake's figure with "measured" or "magnitude" is its magnitude. A magnitude scale ends
    // near 10: "the toll in the quake that measured 6.8 has gone up to 2,497" counts something else (here the dead).
    if (QUAKES.has(unit) && clauseHas(ca, cb, MAGNITUDE_WORDS)) unit = 'magnitude';
    if (unit === 'magnitude' && (q.high ?? q.low ?? 0) > MAX_MAGNITUDE) unit = '';
    // "the death toll rose to 31": the figure counts the dead though no noun follows it.
    // "the death toll from the two provinces was a total of 42,000": "a total of" names nothing; the toll its clause names does.
    if ((!unit && lowerIn(Math.max(s.tokenStart, qa - 8), qa, 'toll')) || (unit === 'total' && !unitEvent && lowerIn(ca, qa, 'toll'))) {
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
    if (!unit && !q.noun && recent && sIndex - recent.sentence <= TALLY_REACH && restatesCount(ca, qa)) {
      unit = recent.unit;
      unitEvent = recent.event;
      restated = recent.scope;
      tallied = tallyAt >= 0 ? tallyAt : qa;
    }
    const population = isPopulation(tokens, qa);
    if (population && !unit) unit = 'person';
    // "cut its headcount by 1,200": the workforce's change counts jobs.
    if (!unit && !q.noun && isWorkforceChange(tokens, qa, ca)) unit = 'job';
    // "250 militants and government troops": two kinds of people counted together are people.
    if (q.noun && joinsOtherPeople(tokens, qb, unit, q.noun.text)) unit = 'person';
    // "the outage lasted five hours": a duration is a figure only when the clause says what lasted.
    const lasted = DURATIONS.has(unit) && DURATION_EVENTS.has(findEvent(tokens, unit, qa, qb, ca, cb).event);
    if (!unit || (NOT_COUNTS.has(unit) && !lasted)) return null;
    return { rawUnit, unit, unitEvent, rate, partitive, bare, population, restated, worldTally, tallied };
  }

  /** Step 2a of a claim: the event word that says what happened to what is counted (the unit may turn into people or jobs). */
  function eventHit(site: Site, thing: Counted): { unit: string; hit: Measured['hit']; governed?: boolean; kind?: string | null } {
    const { q, s, qa, qb, ca, cb, samePrev, sIndex } = site;
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
    if (unit === 'job' && hit.event === 'unspecified' && !unitEvent) {
      const asPeople = findEvent(tokens, 'person', qa, qb, ca, cb);
      if (asPeople.event !== 'unspecified') { unit = 'person'; hit = asPeople; }
    }
    // "the plant employs 2,000 people", "laid off 300 people": people employed or cut are jobs.
    if (unit === 'person' && hit.event === 'unspecified' && !unitEvent) {
      const asJobs = findEvent(tokens, 'job', qa, qb, ca, cb);
      if (asJobs.event !== 'unspecified') { unit = 'job'; hit = asJobs; }
    }
    // "a large mobilisation: 38,000 people in Lyon": a list after a colon counts what its lead-in names.
    if (hit.event === 'unspecified' && !unitEvent && tokens[ca - 1]?.lower === ':') {
      const lead = findEvent(tokens, unit, qa, qb, s.tokenStart, ca - 1);
      if (lead.event !== 'unspecified') hit = lead;
    }
    if (hit.event === 'unspecified' && !unitEvent) hit = findSharedEvent(tokens, unit, qa, s.tokenStart) ?? hit;
    // "around 1.03 million people, nearly one in seven of the city's residents, attended the march": the verb after an
    // aside between commas.
    if (hit.event === 'unspecified' && !unitEvent) hit = eventAfterAside(unit, qa, qb, cb, s) ?? hit;
    // "Odinga scored 48.85%, Ruto won with 50.49%": in a report about a vote, a percentage a candidate verb takes is a share
    // of the vote. Its own clause's verb comes before a metric carried from the sentence before ("... would take part in a
    // second round. Makoni, an independent, won 7%" is his share, not the turnout; round 22).
    // "97% for annexation, turnout 83 percent": so is a percentage followed by the choice it went to.
    if (hit.event === 'unspecified' && !unitEvent && unit === 'percent' && (hasCandidateVerb(tokens, ca, cb) || namesChoice(tokens, qb)) && aboutVote()) {
      hit = { event: 'vote_share', word: 'vote', at: -1 };
    }
    // "The government is accused of faking its inflation figures. For 2012, the state acknowledged about 10.8%": a bare
    // percentage takes the metric named before it in its sentence or the sentence before, in its paragraph; a figure of
    // another unit before it in the sentence ("compared with 17 countries ... we are at 7 percent") does not stop it, and a
    // percentage that modifies the noun after it ("a 95 per cent confidence band") measures that noun.
    if (hit.event === 'unspecified' && !unitEvent && unit === 'percent' && !q.noun && samePrev?.unit !== 'percent' && tokens[qb]?.lower !== 'of'
      && !MODIFIED.has(tokens[qb]?.pos ?? '')) {
      const before = sentences[sIndex - 1];
      const from = before && (before.start >= paragraphStart(prepared, s.tokenStart) || wireParagraph(sIndex - 1))
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
    if (hit.event === 'unspecified' && !unitEvent && unit === 'percent' && namesConsumerPrices(ca, cb)) {
      hit = { event: 'inflation', word: 'prices', at: -1 };
    }
    // "the opposition's tallies put Tsvangirai's total at 50.3 percent": in a report about a vote, a percentage a put verb
    // gives a total or share is a share of the vote.
    if (hit.event === 'unspecified' && !unitEvent && unit === 'percent' && putsShare(ca, qa) && aboutVote()) {
      hit = { event: 'vote_share', word: 'vote', at: -1 };
    }
    // "The turnout was 800,000 people": a count of people turning out, in a report that names no vote, is a crowd
    // (round 20; a percentage turnout stays a vote's).
    if (hit.event === 'voted' && hit.word === 'turnout' && unit === 'person' && !aboutVote()) hit = { ...hit, event: 'crowd' };
    // "turnout in the teachers' strike was 24 percent": the metric named outranks the action it measures.
    if (hit.event === 'strike_rate' && namesTurnout(ca, cb)) hit = { ...hit, event: 'turnout' };
    // "killed 421 people and sickened 8,450": the figure's own word, which the lexicon does not know, governs it.
    if (hasOwnGovernor(tokens, unit, qa, qb, hit.at)) return { unit: thing.unit, hit: { event: 'unspecified', word: null, at: -1 }, governed: true };
    return { unit, hit, kind };
  }

  /**
   * "the toll had risen to 4,310, with a further 7,953 injured": "a further", "another" or "an additional" after a figure
   * of another measure in the sentence adds a count of its own, no increment on an earlier count of the same.
   */
  function alsoOfOther(site: Site, unit: string, event: string): boolean {
    const { qa, ca, samePrev } = site;
    if (!samePrev || samePrev.unit !== unit || event === 'unspecified' || baseEvent(samePrev.event) === baseEvent(event)) return false;
    const b = hedgeStart(tokens, qa, Math.max(ca, qa - 3)) - 1;
    return ALSO_WORDS.has(tokens[b]?.lower ?? '');
  }

  /**
   * The money figure at `qa` restates the sum before it in another currency: in parentheses or after ", or", at most
   * CONVERSION_GAP words after that sum's figure and noun ("a 6.5 billion euro provision ($6.6 billion)").
   */
  function convertsMoney(before: Prev, qa: number, unit: string): boolean {
    if (!isMoney(unit) || !isMoney(before.unit) || before.unit === unit || before.qb >= qa) return false;
    let opener = qa - 1;
    // The hedge of the conversion stands inside the parenthesis: "(about $7.25 billion)".
    while (opener > before.qb && qa - opener <= CONVERSION_GAP && tokens[opener].type === 'word' && tokens[opener].lower !== 'or') opener--;
    const opens = tokens[opener]?.text === '(' || (tokens[opener]?.lower === 'or' && tokens[opener - 1]?.text === ',');
    const at = tokens[opener]?.text === '(' ? opener : opener - 1;
    if (!opens || at - before.qb > CONVERSION_GAP) return false;
    for (let i = before.qb; i < at; i++) if (tokens[i].type !== 'word') return false;
    return true;
  }

  /** A verb in [from, to) other than a form of "be" or "have": "2,300 of them continued on" has one, "34 of them children" none. */
  function hasOwnVerb(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (tokens[i].pos === 'VERB' && !BE_OR_HAVE.has(tokens[i].lower)) return true;
    return false;
  }

  /** Step 2b of a claim: the measure (what happened to what is counted), with the marks of parts, changes and differences. */
  function measureOf(site: Site, thing: Counted): Measured {
    const { q, qa, qb, ca, cb, samePrev, derived } = site;
    const { unitEvent, partitive, bare, population } = thing;
    const found = eventHit(site, thing);
    const hit = found.hit;
    let unit = found.unit;
    // The figure's own noun naming what befell its count ("41 deaths", "12 dead") outranks event words nearby, and so
    // does a death toll ("the toll rose to 41 after seven injured passengers died"); a unit taken from an earlier
    // figure ("34 dead, dozens in hospital") does not.
    // A toll the recognizer carried from the figure before ("the toll had risen to 4,310, with a further 7,953 injured")
    // is no toll of this figure's own clause.
    const ownToll = q.unit === 'toll' && (q.noun !== null || lowerIn(ca, qa, 'toll'));
    const ownEvent = unitEvent && (q.noun || ownToll) ? yieldsTo(unitEvent, hit.event) ?? unitEvent : null;
    let event = ownEvent ?? (unitEvent && hit.event === 'unspecified' ? unitEvent : hit.event);
    // "the GOC, who is in charge of rescue operations, said the number was 3,200": a word before the tally noun tells of
    // something else; the tally restates the count before it (round 19).
    if (unitEvent && thing.tallied >= 0 && hit.at >= 0 && hit.at < thing.tallied) event = unitEvent;
    // "92 of the dead were in Jajarkot": a share of those the whole's noun names, not a rival count of them.
    if (ownEvent && q.noun && q.noun.start > q.end && tokens[tokenAt(tokens, q.end)]?.lower === 'of') event = `${event}+part`;
    // "32 of those who died were soldiers", "12 of those killed": a part of those the event befell, whose whole the
    // sentence does not give; what the part is, the words after it say.
    const ofThose = partitive && !samePrev && !event.endsWith('+part') && ofThoseWho(tokens, qb, hit.at);
    if (ofThose) event = `${event}+part`;
    let word = hit.word;
    const opener = tokens[ca]?.lower;
    const inherits = samePrev && (opener === 'including' || opener === 'among' || opener === 'with' || partitive || derived);
    if (event === 'unspecified' && samePrev && (opener === 'including' || opener === 'among') && samePrev.unit === unit) {
      event = samePrev.event;
      word = samePrev.word;
    }
    // "38,000 marched in Lyon, 36,000 in Toulouse": a bare figure in a list counts what the figure before it counts.
    if (event === 'unspecified' && bare && !found.governed && samePrev && samePrev.unit === unit && !samePrev.event.startsWith('unspecified')) {
      event = samePrev.event.replace(/\+(part|change)$/, '');
      word = samePrev.word;
    }
    // "the ministry put it at 21 percent": the same measure as the figure before it, from another voice.
    // "350,000 people, according to the city police, took part": an "according to" right after the figure, even past the
    // comma that ends its clause, is the figure's own voice.
    // '"nearly 50,000 demonstrators", according to the unions': a closing quote may stand between.
    const after = tokens[qb]?.text ?? '';
    const qe = CLOSING_QUOTES.has(after) ? qb + 1 : qb;
    const own = putSource(ca, qa) ?? tallyVerbSource(ca, qa, q.start)
      ?? accordingSource(qe, (qe === qb ? after : tokens[qe]?.text) === ',' ? site.s.tokenEnd : cb) ?? agentSource(qa, qb, site.s, cb)
      // Only a bare figure counting what the figure before it counts ("... demonstrators and the organizers 22,000").
      ?? (!q.noun && samePrev?.unit === unit ? gappedSource(qa, q.start, site.s) : null);
    if (event === 'unspecified' && own && samePrev && samePrev.unit === unit) {
      event = samePrev.event;
      word = samePrev.word;
    }
    // "More than 1 million took part. The city police put the number at 350,000.": another voice's bare figure, a
    // sentence or two on, counts what the last figure counted.
    const lastCount = recent;
    let restated = thing.restated;
    if (event === 'unspecified' && !samePrev && !q.noun && lastCount && lastCount.unit === unit
      && site.sIndex - lastCount.sentence <= TALLY_REACH && (own || recounts(ca, qa))) {
      event = lastCount.event;
      word = lastCount.word;
      restated = lastCount.scope;
    }
    if (event === 'unspecified') event = defaultEvent(unit) ?? event;
    // "97 cases, seven of them fatal": the fatal cases are the dead; "900 people tested positive" are cases.
    // "270 bodies recovered": the dead found so far, at least that many dead (round 20).
    const remains = isRemainsFound(unit, event);
    ({ unit, event } = sameMeasure(unit, event));
    if (population && unit === 'person') event = 'population';
    // "80 percent of polling stations counted": how far a count has got, not a share anyone disputes.
    if (unit === 'percent' && isCountProgress(tokens, qb)) event = 'unspecified+progress';
    // "inflation of 2.1% in the month": a monthly rate is its own measure, beside the yearly one.
    // The words of the clause that speak of this figure, not of the figure joined to it ("... and annual inflation was N").
    const [oa, ob] = ownStretch(tokens, figureStarts, ca, cb, qa, qb);
    if (unit === 'percent' && PERIOD_METRICS.has(event)) {
      // "Month-on-month (MoM), inflation rose 1.6%": a short opening phrase of no figure frames its sentence's rates.
      const period = ratePeriod(tokens, oa, ob) ?? (frontedPhrase(site.s.tokenStart, ca) ? ratePeriod(tokens, site.s.tokenStart, ca) : null);
      if (period) event = `${event}@${period}`;
    }
    // "consumer prices rose by 7.18% in October": a rise in prices over a month named, with no year as its base, is the
    // month's inflation, not a change in the yearly rate.
    const monthlyRise = event === 'inflation' && (hit.word === 'prices' || namesConsumerPrices(oa, ob)) && isChange(tokens, qa, ca)
      && clauseHas(oa, ob, MONTH_NAMES) && !clauseHas(oa, ob, YEAR_BASE);
    if (monthlyRise) event = 'inflation@monthly';
    // "Of the 5,800 schools, 4,100 were closed": the whole is a total, not a count of what the verb says.
    // "Out of the 796 deaths recorded so far, 13 ...": a whole whose own noun names what befell it ("deaths", "dead",
    // "arrests") counts that, as it would anywhere else (round 20).
    const opensWhole = (tokens[ca]?.lower === 'of' || (tokens[ca]?.lower === 'out' && tokens[ca + 1]?.lower === 'of'))
      && qa - ca <= 3 && event !== 'unspecified' && !ownEvent;
    if (opensWhole && !derived) event = 'total';
    // "227 people injured, seven seriously", "six of them critically": a bare figure before a degree of harm counts a part
    // of the injured.
    if (unit === 'person' && !q.noun && HARM_DEGREES.has(tokens[qb]?.lower ?? '')) event = 'wounded+part';
    // "2,300 of them went on": a part of the figure before it, not a rival count of the same thing.
    else if (partitive && samePrev && samePrev.unit === unit && samePrev.event === event && event !== 'unspecified') event = `${event}+part`;
    // "60 bodies were pulled from the rubble, 34 of them children": a part with no verb of its own is a part of what
    // befell the figure before it (round 20); "2,300 of them continued on to Romania" did something else.
    else if (partitive && samePrev && samePrev.unit === unit && event === 'unspecified' && !samePrev.event.startsWith('unspecified')
      && !hasOwnVerb(qb, cb)) {
      event = `${baseEvent(samePrev.event)}+part`;
    }
    // "71 deaths, including 27 who died in hospitals and 44 in the community": parts of the figure before them.
    else if (samePrev && samePrev.unit === unit && event !== 'unspecified' && !event.endsWith('+part')
      && (((opener === 'including' || opener === 'among') && (samePrev.event === event || samePrev.event === `${event}+part`))
        || ((opener === 'and' || tokens[ca - 1]?.lower === 'and') && bare && samePrev.event === `${event}+part`))) event = `${event}+part`;
    // "Iran has reported the biggest number of deaths at 136": a figure ranked against others is one party's part.
    if (ranked(ca, qa) && !event.endsWith('+part')) event = `${event}+part`;
    // "the remaining 97 people died of other causes": what is left of a whole once a part is told, itself a part.
    else if (REMAINDER.has(tokens[qa - 1]?.lower ?? '') && !event.endsWith('+part')) event = `${event}+part`;
    // "a net loss of 100 jobs": the balance of losses and gains, its own measure beside the gross count.
    if (isNet(tokens, qa, qb, ca, hit.at)) event = `${event}+net`;
    if (isChange(tokens, qa, ca) && !monthlyRise) event = `${event}+change`;
    // "9.49 million more deaths than reported": a difference between two counts, not a level.
    else if ((isDifference(tokens, qa, qb, cb) && !alsoOfOther(site, unit, event)) || isMisstatement(qa)) event = `${event}+diff`;
    return { unit, event, word, hit, opener, inherits: !!inherits, own, restated, kind: unit === 'person' || unit === 'job' ? found.kind ?? null : null,
      ...(ofThose ? { ofThose } : {}), ...(remains ? { remains } : {}) };
  }

  /**
   * A place or country is named in [from, to), among its first PLACE_AFTER_REACH entities: only then may words after a
   * figure's clause place it (bounded, so a sentence naming many people costs each figure a few looks).
   */
  function placeAfter(from: number, to: number): boolean {
    const first = firstStartingAt(entities, from);
    for (let i = first; i < entities.length && i < first + PLACE_AFTER_REACH && entities[i].start < to; i++) {
      if (entities[i].kind === 'place' || entities[i].kind === 'country') return true;
    }
    return false;
  }

  /** A sentence's dateline end and framing place, read once per sentence: a line of many figures asks for each. */
  function frameOfSentence(s: Sentence): { filed: number; place: string | null } {
    if (framedAt !== s.start) {
      framedAt = s.start;
      framed = { filed: datelineEnd(entities, tokens, s.tokenStart, s.tokenEnd),
        place: framingPlace(entities, tokens, sentences, sentenceIndexAt(sentences, s.start), paragraphStart(prepared, s.tokenStart)) };
    }
    return framed;
  }

  /** Step 3 of a claim: its scope (places, parties, the group counted), and the measure a part naming its own place sheds. */
  /** The kind of person right after a partitive's "of them" / "of whom" at `of`, past a form of "be": "kind:child". */
  function partitiveKind(of: number): string | null {
    let i = of + 2;
    if (PARTITIVE_BE.has(tokens[i]?.lower ?? '')) i++;
    const w = tokens[i];
    return w && w.pos === 'NOUN' ? subgroupOf(w.lower, singular) : null;
  }

  function scopeFor(site: Site, thing: Counted, m: Measured, start: number, end: number): { scope: ScopeEntry[]; event: string } {
    const { q, s, atts, qa, qb, ca, cb, samePrev, figEnd } = site;
    const { rawUnit, partitive } = thing;
    const { unit, hit, opener, inherits } = m;
    let { event } = m;
    // "TACLOBAN, Philippines, Nov 12 - The death toll ...": the dateline's places are where the report was filed.
    const { filed, place: framing } = frameOfSentence(s);
    const scope = scopeOf(entities, tokens, Math.max(start, filed), end, q.start, figEnd, atts);
    // "More than 1 million took part. Barcelona's police put the number at 350,000": a count restated by another voice
    // is of the place the count it restates is of; the places its own words name belong to the voice.
    if (m.restated) {
      for (let i = scope.length - 1; i >= 0; i--) if (scope[i].role === 'where') scope.splice(i, 1);
      for (const e of m.restated) if (e.role === 'where' && !scope.some(x => x.id === e.id)) scope.push(e);
    }
    // "400,000 of them in Paris", "including 80,000 in Paris": a part that names its own place is that place's count, a
    // rival of other counts there; "44 in the community in the province of Kwango" names the whole's place.
    // "26 dead, including 25 Indians": a listed part naming its own group is that group's count too.
    const ownPlace = partitive || placeRightAfter(qb);
    const fresh = (role: string) => scope.some(e => e.role === role && !samePrev?.scope.some(x => x.id === e.id));
    if (event.endsWith('+part') && !m.ofThose && ((ownPlace && fresh('where')) || (!partitive && fresh('group')))) {
      event = event.slice(0, -'+part'.length);
    }
    // "Mexico (24.2 deaths per million), Ukraine (22.7)": the place a parenthesis follows is where its figure holds.
    const named = tokens[ca - 1]?.text === '(' && ca >= 2 ? placeEndingAt(tokens[ca - 2].end) : null;
    if (named && !scope.some(e => e.id === named)) scope.push({ id: named, role: 'where' });
    // "and India was 33rd, with 171 deaths per 100,000": a "with" clause holds where the clause it hangs on is.
    if (opener === 'with' && !samePrev && !scope.some(e => e.role === 'where')) {
      const host = placeBefore(tokens[ca].start, s.start);
      if (host) scope.push({ id: host, role: 'where' });
    }
    // "Between 8,500 people, according to the police, and nearly 50,000, according to the unions, marched in Bordeaux": a
    // clause cut by inserted asides goes on in the predicate after them, and the places there are the figure's.
    if (!scope.some(e => e.role === 'where') && placeAfter(end, s.end)) {
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
      const party = onlyPartyBefore(tokens[ca].start, s.start);
      if (party && !atts.some(a => a.source.id === party)) scope.push({ id: party, role: 'who' });
    }
    // A duration's subject ("the island had been ruled for 31 years") is what lasted, no group of anything counted.
    const ofGroup = unit === 'percent' ? shareGroup(tokens, qb, singular)
      : DURATION_EVENTS.has(event) || DONE_TO_PEOPLE.has(baseEvent(event)) ? null : subjectGroup(tokens, hit.at, ca, qa, singular);
    if (ofGroup) scope.push(ofGroup);
    // "12 children were killed": a part of the people counted, no rival of "40 people were killed".
    // "34 of them children", "half of whom were children": the kind a partitive names after its "of them" is the part's.
    const subgroup = unit === 'person' ? subgroupOf(rawUnit, singular) ?? (partitive ? partitiveKind(qb) : null) : null;
    if (subgroup && !scope.some(e => e.id === subgroup)) scope.push({ id: subgroup, role: 'group' });
    // "seven of them seriously", "12 were critically injured": the badly hurt, a part of everyone hurt.
    if (unit === 'person' && severelyHurt(qb, cb) && !scope.some(e => e.id === SEVERE_KIND)) scope.push({ id: SEVERE_KIND, role: 'group' });
    // "5.7% in the case of women", "youth unemployment hit 20%": the part of the people a rate is of.
    const population = unit === 'percent' ? populationFor(q, s) : null;
    if (population) scope.push({ id: population, role: 'group' });
    // "1,100 pilgrims", "150,000 holidaymakers": the role of everyone the event involves, no part of them.
    // A kind of person the tables do not know ("peacekeepers", "engineers" laid off), or a person noun modifying a noun
    // of what befell people ("civilian fatalities"), is a role too, by its lemma: apart only when both sides name one.
    const kind = m.kind ?? (unit === 'person' ? modifierKind(rawUnit) : null);
    const roleId = unit === 'person' ? roleOf(rawUnit, singular) ?? (kind ? `role:${kind}` : null) ?? (q.noun ? null : negatedRoleAfter(qb))
      ?? (namesAboard(tokens, qa, qb, ca, cb) ? ABOARD_ROLE : null) : kind ? `role:${kind}` : null;
    if (roleId && !scope.some(e => e.id === roleId)) scope.push({ id: roleId, role: 'group' });
    // "15 million deaths worldwide": the world's count, not the count of a country the sentence names elsewhere.
    if (isWorldwide(tokens, qa, qb, cb, s.tokenStart) || (thing.worldTally && !scope.some(e => e.role === 'where'))) {
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
      if (side) scope.push({ id: `${UNNAMED_PREFIX}${side}`, role: 'where' });
      else for (const e of samePrev.scope) if (e.role === 'where') scope.push(e);
    }
    if (inherits && samePrev && !afterFront) {
      for (const e of samePrev.scope) {
        if (e.role === 'group' && (opener === 'including' || opener === 'among')) continue;
        if (!scope.some(x => x.id === e.id && x.role === e.role)) scope.push(e);
      }
    }
    // "12 U.S. service members were killed and 15 wounded": a bare figure joined by "and" to a count of people before it
    // in its sentence says only what befell some of the same people: whose people they are, their country or nationality
    // (round 19). Their kind or role is left: "70 militants were killed and 60 injured" against "26 civilians were killed
    // and 46 wounded" may be one strike's toll told by each side (a gold pair of check-dev2).
    // Its noun, if any, is one word saying what befell them ("15 wounded", "three dead").
    const befellOnly = !q.noun || (thing.unitEvent !== null && !q.noun.text.includes(' '));
    if (!inherits && samePrev && unit === 'person' && PEOPLE_UNITS.has(samePrev.unit) && befellOnly && tokens[qa - 1]?.lower === 'and') {
      for (const e of samePrev.scope) if (NATION_PARTY.test(e.id) && !scope.some(x => x.id === e.id)) scope.push(e);
    }
    // "On Friday it cancelled about 1,200 flights": a pronoun subject stands for the one its paragraph named last, of
    // its kind (an organization for "it", a person for "he"/"she"); when none is named the holder stays unknown.
    const pronoun = subjectPronoun(tokens, hit.at, ca);
    if (pronoun && !scope.some(e => e.role === 'who')) {
      const holder = paragraphVoice(paragraphStart(prepared, s.tokenStart), start);
      if (holder?.startsWith(PRONOUN_KINDS.get(pronoun)!)) scope.push({ id: holder, role: 'who' });
    }
    return { scope, event };
  }

  /** Step 4 of a claim: who says it (its own voice, its owner, an attribution, the subject of a counting verb). */
  function sourceFor(site: Site, own: { id: string; name: string } | null): { source: { id: string; name: string }; via: string[] } | null {
    const { q, s, atts, qa, qb, ca } = site;
    // "the country's official toll of 481,000", "the organisers' figure was 500,000": the figure's own owner.
    const owner = own ? null : ownerVoice(ca, qa);
    const found = owner ? null : attributionFor(atts, q.start, q.end, s);
    const counted = own || owner || found ? null : countSource(ca, qa);
    const voice = own ?? owner;
    let att = voice ? { source: voice, via: [] as string[] } : found ?? (counted ? { source: counted, via: [] as string[] } : null);
    // "the state acknowledged 10.8%, against 25.6% according to the private institutes": the relay a later figure's own
    // "according to" names is that figure's voice, not one this figure passed through.
    if (att && att === found && att.via.length) {
      const later = laterAccording(qb, s);
      if (later && att.via.includes(later)) att = { source: att.source, via: att.via.filter(v => v !== later) };
    }
    return att;
  }

  /** Step 5 of a claim: the detail the check reads beside the claim (event word, roles, time basis, marks, voice, holder). */
  function detailFor(site: Site, f: { unit: string; event: string; word: string | null; rate: string | null; scope: ScopeEntry[];
    time: { basis: ClaimDetail['timeBasis']; text: string | null; label: string | null }; start: number; hasSource: boolean }): ClaimDetail {
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
    if (isTrueCount(tokens, ca, qa)) detail.trueCount = true;
    if (isProvisional(tokens, s)) {
      detail.provisional = true;
      if (lowerIn(ca, qa, 'had')) detail.earlierStage = true;
    }
    if (isYardstickFigure(tokens, qa, ca) || isBoundFigure(tokens, qa, qb) || isNormFigure(tokens, qa, qb, cb) || otherOccasion(qa, s)) detail.yardstick = true;
    const cues = atts.map(a => tokenAt(tokens, a.cue.start));
    const changed = changedFrom(tokens, qa, qb, ca);
    if ((changed || earlierStated(tokens, qa, qb, ca) || saidEarlier(tokens, cues, qa)) && !datedRightAfter(qb)) {
      detail.superseded = true;
      // "Authorities, who earlier said 176": a voice's earlier word, still a rival of other voices' counts.
      if (!changed && earlierCue(tokens, cues, qa)) detail.earlierWord = true;
    } else {
      const revised = revisionOf(tokens, qa, ca);
      if (revised) detail.revised = revised;
    }
    if (!hasSource && !scope.some(e => isActor(e.id))) {
      const voice = paragraphVoice(paragraphStart(prepared, s.tokenStart), start);
      if (voice) detail.voice = voice;
    }
    // "by noon", "as of 3 p.m.", "has already cancelled": the hour a running count holds at (hour.ts).
    // Read within a window around the figure, so a line of thousands of figures costs each a bounded read.
    const from = Math.max(tokens[ca].start, q.start - HOUR_REACH);
    const to = Math.min(tokens[Math.max(ca, cb - 1)].end, q.end + HOUR_REACH);
    const hour = hourIn(prepared.text, from, Math.max(from, to), Math.min(from, Math.max(s.start, from - HOUR_REACH)));
    if (hour !== null) detail.hour = hour;
    if (isHeld(event)) {
      const sources = atts.map((a): [number, number] => [a.source.start, a.source.end]);
      detail.holder = holderOf({ entities, sources, figureStarts, pronoun: personHolderBefore }, tokens, qa, qb, s.tokenStart, s.tokenEnd);
    }
    return detail;
  }

  /**
   * An election result holds of the vote, not of the day it was declared or published: "Saturday's vote" dates every
   * share, turnout and count of votes the report gives when the figure's own day lies in the RESULT_WINDOW_DAYS after
   * it. A date of its own longer than a day, or far from the vote ("turnout in 2009"), stays; a report naming no day of
   * the vote keeps its figures' own days, and a result dated only by its publication or statement is marked `undated`:
   * the check dates it by another report's vote day when one falls in the window before it (compare.ts, timeFit).
   */
  function resultTime(event: string, time: ClaimTime): { time: ClaimTime; vote?: 'day' | 'undated' | 'own' | 'year' } {
    if (!RESULT_EVENTS.has(baseEvent(event)) || !time.from || !time.to) return { time };
    // An undated report naming no day of the vote: a calendar year its story names ("The 2012 parliamentary election")
    // is all it says of when; the check lets a vote day of that year fit it (compare.ts, `yearOfVote`).
    if (time.from !== time.to) {
      return time.basis === 'context' && !analysis.published && isCalendarYear(time.from, time.to) && !votedOn()?.from
        ? { time, vote: 'year' } : { time };
    }
    const day = votedOn();
    // A report naming no day of the vote: a day its result's own sentence gives may be the declaration's ("announced
    // the results on Monday, declaring that X won with 50.5%"), so the check fits it to another report's vote day.
    if (!day?.from) {
      if (time.basis === 'published' || time.basis === 'statement') return { time, vote: 'undated' };
      // "The council declared Gbagbo the winner of the run-off on Friday ... 48.55 for Ouattara", in a report of that
      // Friday: a day the lede lends that is the report's own day is the declaration's as likely as a day of the
      // result's sentence (round 21).
      const ownDay = time.basis === 'explicit' || (time.basis === 'context' && time.from === analysis.published);
      return ownDay && aboutVote() ? { time, vote: 'own' } : { time };
    }
    const near = time.from >= day.from && daysBefore(time.from, RESULT_WINDOW_DAYS) <= day.from;
    if (!near) return { time };
    return { time: { ...time, from: day.from, to: day.to, basis: time.basis === 'explicit' ? 'explicit' : 'context' }, vote: 'day' };
  }

  /** A crowd holds of its gathering: the day the report names for it, when the figure has only a fallback date after it. */
  function occasionTime(event: string, time: ClaimTime): ClaimTime {
    if (baseEvent(event) !== 'crowd') return time;
    const day = occasionDay(time.basis, time.from, time.to, gatheredOn());
    return day ? { ...time, from: day.from, to: day.to, basis: 'context' } : time;
  }

  /**
   * A statistic's period is its reference period: "this month" in a report published before the month ends ("inflation
   * rose to 86% this month" on November 3) cannot have been measured yet, so the figure is the last full month's.
   */
  function reference(event: string, time: ClaimTime, s: Sentence): ClaimTime {
    const base = event.replace(/[@+].*$/, '');
    const published = analysis.published;
    if (!STATISTICS.has(base) || !published || !time.from || !time.to || time.to <= published) return time;
    if (!saysThisMonth(s)) return time;
    if (!time.from.endsWith('-01') || time.from.slice(0, 7) !== time.to.slice(0, 7)) return time;
    const last = daysBefore(time.from, 1);
    return { ...time, from: `${last.slice(0, 7)}-01`, to: last };
  }

  function claimFor(q: Quantity, s: Sentence, atts: Attribution[], derived: boolean, at = -1): Claim | null {
    const qa = at >= 0 ? at : tokenAt(tokens, q.start);
    const figEnd = Math.max(q.end, q.noun?.end ?? 0);
    let qb = tokenAt(tokens, figEnd - 1) + 1;
    if (qb <= qa) qb = qa + 1;
    const [ca, cb] = restatedClause(tokens, s, qa, qb, figureStarts) ?? clauseAround(tokens, s, qa, qb, figureStarts);
    const samePrev = prev && prev.sentence === s ? prev : null;
    const sIndex = sentenceIndexAt(sentences, s.start);
    const site: Site = { q, s, atts, derived, qa, qb, ca, cb, samePrev, sIndex, figEnd };
    const thing = countedThing(site);
    if (!thing) return null;
    const measured = measureOf(site, thing);
    let { unit, event } = measured;
    const { word, hit, inherits, own } = measured;
    // "per capita GDP of $3,020": a metric per person is a rate too.
    const rate = thing.rate ?? perCapitaAt(tokens, hit.at);
    // "17.1 deaths per million people": a rate is its own measure, never a rival of a count.
    // "17.1 deaths per million" and "171 per 100,000": rates over a number of people are put on one base.
    const scale = rate ? rateScale(rate) : null;
    if (rate) unit = `${unit}/${scale ? RATE_BASE_NAME : rate}`;
    let modality = modalityOf(tokens, s, qa, qb, hit.at, ca, cb);
    // "were expecting 550,000, including 50,000 in the capital": a part of a forecast is forecast too.
    if (inherits && samePrev && modality === 'asserted' && samePrev.modality !== 'asserted') modality = samePrev.modality;
    // "denied that 500 died": not the speaker's figure; the maker's when the words name one ("the ministry's claim").
    let maker: { id: string; name: string } | null = null;
    if (modality === 'asserted' && isRejected(tokens, qa, qb, s.tokenStart, s.tokenEnd)) {
      const m = rejectedMakerAt(tokens, qa, s.tokenStart);
      if (m < 0) modality = 'rejected';
      else maker = entityCovering(tokens[m].start, tokens[m].end) ?? { id: `source:${tokens[m].lower}`, name: tokens[m].text };
    }
    const start = tokens[ca].start;
    const end = tokens[cb - 1].end;
    const framed = scopeFor(site, thing, { ...measured, unit, event }, start, end);
    const { scope } = framed;
    event = framed.event;
    // "set aside 6.5 billion euros ($7.3 billion)", "80 trillion naira, or $488 billion": a sum again in another currency is
    // the same sum, with the measure and the modality of the one it converts (round 22).
    if (!derived && samePrev && convertsMoney(samePrev, qa, unit)) {
      event = samePrev.event;
      modality = samePrev.modality;
    }
    // A distance is a position, not an event in time.
    // "Carillion, which employs 20,000 people, said talks over the weekend failed": the relative clause's present state
    // holds as of the report; only a date inside that clause dates it.
    const state = presentRelative(tokens, s, qa);
    const now = !!state || saysNow(ca, cb) || opensNow(s) || (baseEvent(event) === 'killed' && reportedPerfect(site));
    const time = event === 'distance' ? { from: null, to: null, basis: 'none' as const, text: null, label: null }
      : claimTime(dates, q, state ?? nearFigure(tokens, s, qa, qb), paragraphStart(prepared, s.tokenStart), analysis.published, isSpeechDate, isSinceDate,
        now, d => (isBackgroundDate(d) && !opensWhenClauseOf(d, q)) || isYardstickDateOf(d, q) || (modality === 'asserted' && isForwardSpan(d)) || (d.start >= s.start && oldValueDate(tokens, tokenAt(tokens, d.start), q))
          || inFigureAside(prepared.text, s.start, q.start, q.end, d.start, d.end) || inConcessionAfter(prepared.text, q.end, d.start)
          || (ownedDates.get(q.start) ?? d.start) !== d.start || heldElsewhere(stockDates, d.start, q.start),
        () => ownPerfect(qa, qb), d => isSpeechDate(d) && reportedWithFigure(tokens, q.end, d.start, isSpeechParticiple));
    const voted = resultTime(event, occasionTime(event, reference(event, time, s)));
    const att = maker ? { source: maker, via: [] as string[] } : sourceFor(site, own);
    // "uprooted 300 trees": a verb the lexicon does not know names the measure of this figure alone (no figure after it
    // in a list, no tally noun restating it, takes it: they keep the measure the lexicon gave).
    const measure = sharedMeasure(unit, event === 'unspecified' && !derived ? verbEvent(tokens, unit, site.qa, site.qb, site.ca, site.cb) ?? event : event);
    const key = measure.key;
    const detail = detailFor(site, { unit, event, word, rate, scope, time: voted.time, start, hasSource: !!att });
    // "airlines cancelled 46,000 flights": several holders' sum; "the biggest number of deaths at 136": one holder's part.
    const aggregate = unit === 'percent' || unit.includes('/') ? null : pluralHolder(tokens, hit.at, site.ca, site.qa, singular);
    if (aggregate) detail.aggregate = aggregate;
    if (voted.vote) detail.vote = voted.vote;
    if (now) detail.running = true;
    // "the lowest turnout was in the capital Minsk, where just 52.67%": one area's part, no rival of an unplaced whole.
    if (scope.some(x => x.role === 'where' && x.id.startsWith('place:'))
      && singledOutPlace(tokens, s.tokenStart, site.qa, i => isWherePlaceAt(i, scope))) detail.listed = true;
    // "above 4,500 in Nepal, India and Tibet": the sum over a list of places, the whole of each one's count.
    const listed = placeList(entities, tokens, start, end, scope);
    if (listed) detail.placeList = listed;
    if (isRanked(tokens, site.ca, site.qa)) detail.breakdown = 'rank';
    // "including 27 who died in hospitals and 44 in the community": a listed part is the part of its setting.
    else if (event.endsWith('+part') && !detail.breakdown) {
      const setting = partSettingOf(tokens, site.qb, s.tokenEnd, singular);
      if (setting) detail.breakdown = `in:${setting}`;
    }
    const since = time.basis === 'none' ? null : sinceStartOf(s, q);
    if (since) detail.since = since;
    // "so far", "now", "since January": the publication date is the time the words give, not one inferred.
    const inferred = inferredParts(q, thing.unitEvent, hit.at, now || since ? 'explicit' : voted.time.basis, scope);
    if (inferred.length) detail.inferred = inferred as FramePart[];
    const values: FigureValues = shareOfWhole(q, thing.partitive, samePrev, unit)
      ?? (measured.remains ? atLeast(q) : { low: scaled(q.low, scale), high: scaled(q.high, scale), value: scaled(q.value, scale), hedge: q.hedge });
    if (!derived) prev = { sentence: s, unit, event, word, scope, modality, rate, values, qb: site.qb };
    if (!derived && !event.startsWith('unspecified') && !TALLIES.has(unit)) {
      recent = { unit, event: event.replace(/\+(part|change|diff)$/, ''), word, sentence: sIndex, scope };
    }
    const claim: DetailedClaim = {
      id: makeId(analysis.path, q.start, q.end, key, derived),
      path: analysis.path,
      start, end,
      quantity: { start: q.start, end: q.end, text: q.text },
      ...values,
      measure,
      scope: scope.length ? scope.map(e => e.id) : none(),
      time: claimTimeOf(voted.time.from, voted.time.to),
      modality,
      source: att ? { id: att.source.id, name: att.source.name } : null,
      via: att?.via.length ? [...att.via] : none(),
      derived,
      detail,
    };
    return claim;
  }
}
