// The report a claim is read from (ReportClaims), the state carried from figure to figure, and a figure's site.
import type { Attribution, Claim, DateMention, DocumentAnalysis, EntityMention, PreparedText, Quantity, Sentence } from '../types';
import { type ScopeEntry, datelineEnd, framingPlace } from './scope';
import { isElectionText, voteDate } from './election';
import { gatheringDate } from './occasion';
import { tokenAt, sentenceIndexAt, paragraphStart } from './tokens';
import { sentencePopulations, type FigureSpan } from './population';
import { IndexSet } from '../text/indexSet';
import { firstStartingAt } from '../text/offsets';

/**
 * The report a claim is read from, fixed for all its figures (tokens, sentences, dates, entities, indexes), with the
 * caches a figure fills when it first asks, and the small state carried from figure to figure (`carried`).
 */
export interface ReportClaims {
  prepared: PreparedText;
  analysis: Omit<DocumentAnalysis, 'claims'>;
  tokens: PreparedText['tokens'];
  sentences: PreparedText['sentences'];
  quantities: Quantity[];
  dates: DateMention[];
  entities: EntityMention[];
  /** "two in April, six in June": a figure with a date right after it is dated by that date alone. */
  ownedDates: Map<number, number>;
  stockDates: Map<number, number>;
  /** The first token of every figure. */
  figureStarts: IndexSet;
  /** isSpeechDate and isSinceDate (dated.ts) bound to this report once, for claimTime to call. */
  speechDate: (d: { start: number; end: number }) => boolean;
  sinceDate: (d: { start: number }) => boolean;
  /** What one figure leaves for the next: the figure before, and the last with a measure of its own. */
  carried: Carried;
  // Whether the report is about a vote, and the vote's day it names: read once, when a figure first asks.
  electionText: boolean | null;
  vote: ReturnType<typeof voteDate> | undefined;
  gathering: ReturnType<typeof gatheringDate> | undefined;
  /**
   * Per sentence, for the population a rate is of (population.ts): its percentages as token ranges, each one's index
   * by its start, and their populations once read.
   */
  percents: Map<Sentence, { spans: FigureSpan[]; index: Map<number, number>; populations: (string | null)[] | null }>;
  // Indexed when a claim first asks: a report whose figures are all in tables never does.
  nowWords: Int32Array | null;
  /** "this month" in the sentence: a month named relative to the report's own date. */
  thisMonth: Map<Sentence, boolean>;
  /** Per sentence: whether "that"/"those" points back at an occasion named before (dated.ts, pointedOccasion). */
  pointsBack: Map<Sentence, boolean>;
  /** The sentence whose dateline end and framing place `framed` holds. */
  framedAt: number;
  framed: { filed: number; place: string | null };
}

/** The state carried from figure to figure in report order; derived figures read it but never set it. */
export interface Carried {
  prev: Prev | null;
  /** The last figure with a measure of its own: what "the organisers' figure was 500,000" a few sentences on counts. */
  recent: { unit: string; event: string; word: string | null; sentence: number; scope: ScopeEntry[];
    /** The base events of every count its sentence gave in this unit ("lost 215 people ..., and 1469 more were wounded"). */
    events: string[];
    /** The same of the last sentence before it that gave a count, so a figure after the first in a sentence still reads it. */
    earlier: SentenceCounts | null } | null;
}

/** The base events of the counts one sentence gave in one unit. */
export interface SentenceCounts {
  sentence: number;
  unit: string;
  events: string[];
}

export interface Prev {
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
export interface FigureValues { low: number | null; high: number | null; value: number | null; hedge: Quantity['hedge'] }
/** The longest opening phrase, in tokens, that frames the rates of its sentence ("Month-on-month (MoM), ..."). */
export const FRONTED_REACH = 8;
/** A figure and its clause, before its frame is read. */
export interface Site {
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
/** What a figure counts: step 1 of its claim. */
export interface Counted {
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
  /** A fraction of a group ("a quarter of its staff") read as the percentage it is (25): its values are put in percent. */
  share?: boolean;
  /** A time taken read in minutes: the minutes in its unit (60 for "more than an hour"), its values' factor. */
  minutes?: number;
}
/** The measure of a figure: step 2 of its claim. */
export interface Measured {
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
export interface Extent {
  lo: number;
  hi: number;
  a: Attribution;
}

export function aboutVote(r: ReportClaims): boolean {
  const { tokens } = r;
  return (r.electionText ??= isElectionText(tokens));
}

export function votedOn(r: ReportClaims) {
  const { analysis, tokens, dates } = r;
  return (r.vote === undefined ? (r.vote = voteDate(tokens, dates, analysis.published)) : r.vote);
}

export function gatheredOn(r: ReportClaims) {
  const { analysis, tokens, dates } = r;
  return (r.gathering === undefined ? (r.gathering = gatheringDate(tokens, dates, analysis.published)) : r.gathering);
}

export function populationFor(r: ReportClaims, q: Quantity, s: Sentence): string | null {
  const { tokens, quantities } = r;
  let known = r.percents.get(s);
  if (!known) {
    known = { spans: [], index: new Map(), populations: null };
    for (let k = firstStartingAt(quantities, s.start); k < quantities.length && quantities[k].start < s.end; k++) {
      const p = quantities[k];
      // A share of a group ("one-fifth of 16- to 24-year-olds") is a percentage too, with its population (round 25).
      // An index level of a part of the basket ("the Food Index was 110.03") has its part as a rate does.
      if (p.unit !== 'percent' && p.unit !== 'index' && !(p.unit === 'fraction' && p.noun)) continue;
      if (!known.index.has(p.start)) known.index.set(p.start, known.spans.length);
      known.spans.push({ a: tokenAt(tokens, p.start), b: tokenAt(tokens, p.end - 1) + 1 });
    }
    r.percents.set(s, known);
  }
  const self = known.index.get(q.start);
  if (self === undefined) return null;
  known.populations ??= sentencePopulations(tokens, s.tokenStart, s.tokenEnd, known.spans);
  return known.populations[self];
}

export function saysThisMonth(r: ReportClaims, s: Sentence): boolean {
  const { tokens } = r;
  // Read once per sentence: a sentence may hold thousands of figures.
  let known = r.thisMonth.get(s);
  if (known === undefined) {
    known = false;
    for (let i = s.tokenStart; i + 1 < s.tokenEnd && !known; i++) known = tokens[i].lower === 'this' && tokens[i + 1].lower === 'month';
    r.thisMonth.set(s, known);
  }
  return known;
}

/** A sentence's dateline end and framing place, read once per sentence: a line of many figures asks for each. */
export function frameOfSentence(r: ReportClaims, s: Sentence): { filed: number; place: string | null } {
  const { prepared, tokens, sentences, entities } = r;
  if (r.framedAt !== s.start) {
    r.framedAt = s.start;
    r.framed = { filed: datelineEnd(entities, tokens, s.tokenStart, s.tokenEnd),
      place: framingPlace(entities, tokens, sentences, sentenceIndexAt(sentences, s.start), paragraphStart(prepared, s.tokenStart)) };
  }
  return r.framed;
}

export function lowerIn(r: ReportClaims, a: number, b: number, word: string): boolean {
  const { tokens } = r;
  for (let i = a; i < b; i++) if (tokens[i].lower === word) return true;
  return false;
}

export function clauseHas(r: ReportClaims, ca: number, cb: number, words: ReadonlySet<string>): boolean {
  const { tokens } = r;
  for (let i = ca; i < cb; i++) if (words.has(tokens[i].lower)) return true;
  return false;
}

/** Tokens [from, ca) before a clause are a short opening phrase with no figure (round 18). */
export function frontedPhrase(r: ReportClaims, from: number, ca: number): boolean {
  const { figureStarts } = r;
  if (ca <= from || ca - from > FRONTED_REACH) return false;
  for (let i = from; i < ca; i++) if (figureStarts.has(i)) return false;
  return true;
}
