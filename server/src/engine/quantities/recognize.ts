// Numbers with hedge and unit, as value intervals: one left-to-right pass over the tokens.
import type { DateMention, Hedge, PreparedText, Quantity, TextSpan, Token } from '../types';
import {
  DateIndex, clippedYearEnd, furnitureLines, insideIdentifier, isClockTime, isLabelled, isMonth, isYearLike, labelOnlyForYears,
} from './exclusions';
import {
  continuesCount, copulaNoun, isMeasureNoun, labelUnit, movedObject, openingTally, pronounSubject, pronounTally, measureCounts, measureNounBefore, peopleVerbAfter, predicateSubject, valuedObject,
} from './elided';
import { CHANGE_VERBS, hedgeAfter, hedgeBefore, hedgeEnd, interval, type HedgeRead } from './hedges';
import type { Core } from './core';
import { PARTITIVE_DET, ROUND_WHOLES, hyphenRatio, readFraction, unitOfA } from './fractions';
import { ageBandAt, nounPhraseAt, type NounPhrase } from './nouns';
import { bracketedListItem, earlierGlossOf, glossOf } from './bracketed';
import { onsetVerbBefore } from './onset';
import { HEADCOUNT_NOUNS, PEOPLE_ADJECTIVES, PEOPLE_OBJECT_VERBS, REMAINS_NOUNS, REMAINS_VERBS } from './people';
import {
  GLUED_MULTIPLIERS, MULTIPLIERS, VAGUE_OF, VAGUE_OF_NOUNS, VAGUE_PLURALS, VAGUE_SCALED, glued, isNumberWord,
  numberWordValue, numberWords, parseDigitRange, parseDigits, readNumber, readScale, round, type NumberRead,
} from './numbers';
import {
  CALENDAR_PERIODS, CURRENCY_PREFIX, CURRENCY_WORDS, LETTER_CURRENCY, TIME_UNITS, DOLLAR_PREFIX, DURATION_PARTS, NAMED_CURRENCY, RATE_PERIODS, TITLE_CASE_CURRENCY, WEIGHT_CONTEXT, isShortUnit, readUnit,
  singularize, unitWithStop, MULTIPLE_WORDS, POINT_NOUNS, LENGTH_UNITS, MAGNITUDE_WORD,
} from './units';
import { isPossessiveEnding } from '../text/possessive';
import { DEMONYMS } from '../entities/countries';
import { CONTRACTED_IS } from '../text/beVerbs';
import { GROUP_WHOLES } from '../text/pronouns';
import { EXTREMES } from '../text/yardsticks';

/** Multipliers written as one word: "twofold" … "ninetyfold", "hundredfold", also hyphenated ("three-fold"). */
const FOLD_WORDS: ReadonlyMap<string, number> = new Map([
  ...numberWords().filter(w => w !== 'zero' && w !== 'one')
    .flatMap(w => [`${w}fold`, `${w}-fold`].map(f => [f, numberWordValue(w) ?? 0] as [string, number])),
  ['hundredfold', 100], ['thousandfold', 1000], ['hundred-fold', 100], ['thousand-fold', 1000],
]);

/** What follows a multiple word that makes it a figure. */
/** The multiple words that are figures by themselves ("twice", "thrice"), and their values. */
const MULTIPLE_FIGURES: ReadonlyMap<string, number> = new Map([...MULTIPLE_WORDS].filter(([, m]) => m.figure).map(([w, m]) => [w, m.value]));
const MULTIPLE_NEXT = new Set(['as', 'the', 'that', 'its', 'their', 'his', 'her', 'our', 'this', 'those', 'these']);

/** Words that can start a figure; anything else that is not a digit token is skipped at once. */
const STARTERS = new Set([
  'a', 'an', 'magnitude', 'several', 'few', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'half', 'dozen',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'minus',
]);
/** Words a figure may start at, merged into one set: the loop over tokens does one look-up per word. */
const MAY_START = new Set([...STARTERS, ...numberWords(), ...CURRENCY_PREFIX.keys(), ...FOLD_WORDS.keys(), ...MULTIPLE_FIGURES.keys(),
  ...[...LETTER_CURRENCY.keys()].map(k => k.toLowerCase())]);
/** Before a spelled small number these make it a reference, not a figure ("the two sides"). */
const REFERENCE_DET = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'both', 'my', 'your', 'whose']);
/** Before a number of time units these make a time expression, which belongs to the dates recognizer. */
const TIME_WINDOW = new Set(['past', 'last', 'next', 'previous', 'coming', 'first', 'final', 'recent', 'following', 'preceding']);
/** "PCs", "SUVs", "NGOs", "iPhones": capitals (or a lower-case letter and a capital) with a plural "s". */
const PLURAL_ACRONYM = /^(?:[A-Z]{2,}|[a-z][A-Z][a-z]+)s$/;
/** Words that close a reporting period after its length ("the three months to June", "the year ended March"). */
const PERIOD_ENDS = new Set(['to', 'through', 'until', 'ending', 'ended', 'till']);
/** Nouns a maturity names ("the 10-year note", "the two-year yield"): the figure is part of the bond's name. */
const BOND_NOUNS = new Set([
  'note', 'notes', 'bond', 'bonds', 'yield', 'yields', 'treasury', 'treasuries', 'gilt', 'gilts', 'bund', 'bunds',
  'bill', 'bills', 'paper', 'rate', 'rates', 'bond-yield', 'benchmark',
]);
/** Singular time units that "a" can count after a hedge ("more than a month"). */
const SINGLE_TIME_UNITS = new Set(['minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century']);
/**
 * Verbs that spread an amount across a period: "spread over four years" is during, not "more than".
 * Verbs of lasting ("took", "lasted", "spent") are left out on purpose: "took over four years" is "more than".
 */
const SPREAD_VERBS = new Set([
  'spread', 'phased', 'staggered', 'split', 'divided', 'distributed', 'paid', 'repaid', 'repayable', 'payable',
  'amortized', 'amortised', 'disbursed', 'allocated', 'invested', 'averaged', 'cumulatively', 'collectively', 'combined',
]);
/** After "over N years" these make it a length ("over 200 years old", "over four years ago"). */
const NOT_DURING_AFTER = new Set(['old', 'ago', 'later', 'earlier', 'after', 'before', 'since', 'older', 'younger', 'longer']);
/** Order words that may stand between a partitive's determiner and the whole's figure ("of its last 22 games"). */
const WHOLE_ORDER_WORDS = new Set(['last', 'first', 'past', 'next', 'previous', 'remaining', 'final', 'top']);
/** Words glued by a hyphen to a whole's figure that size a group before its noun ("of its 900-person staff"). */
const WHOLE_SIZE_WORDS = new Set(['strong', 'person', 'member', 'man']);
/** Before "one" these make it a count ("only one district"); bare "one X" is mostly a determiner. */
const ONE_COUNTERS = new Set(['only', 'just', 'exactly', 'single', 'merely', 'than']);
/** Verbs that state a tally: "one" after them counts its noun ("reported one death", "declared one infection"). */
const TALLY_VERBS = new Set(['reported', 'declared', 'confirmed', 'recorded', 'registered', 'logged', 'notified']);
/** Participles that make "one X" after "there is" a tally: "there is one confirmed case", "one suspected death". */
const TALLY_MARKS = new Set([...TALLY_VERBS, 'suspected', 'known', 'probable', 'presumed']);
/** Forms of "be" after "there" that state a count: "there is one confirmed case". */
const THERE_BE = new Set(['is', 'was', ...CONTRACTED_IS, 'remains', 'remained']);
/** Words after "one" and its noun that make it the size of a lead or a gap ("one stroke behind", "one game ahead"). */
const MARGIN_WORDS = new Set(['ahead', 'behind', 'clear', 'adrift', 'short', 'shy']);
/** Prepositions before a year ("in 2024", "since 2023"); a year-like number after them is a year. */
const YEAR_CONTEXT = new Set(['the', 'of', "'s", '’s', 'from', 'to', 'and', 'between', 'early', 'late', 'mid', 'mid-', 'before', 'after', 'through', 'for', ',', '©', '(']);

interface Counted {
  unit: string;
  factor: number;
  /** Token index after the unit / noun phrase. */
  end: number;
  noun: NounPhrase | null;
  /** Unit came from a counted noun (can be an antecedent for "12 of which"). */
  countable: boolean;
  /** True when the figure has no unit of its own and takes one from an antecedent. */
  anaphoric: boolean;
}

/** The text and its per-token indexes, fixed for the whole pass. */
interface PassText {
  text: string;
  tokens: Token[];
  furniture: Uint8Array;
  dateIndex: DateIndex;
  sentStart: Int32Array;
  sentEnd: Int32Array;
  /** Paragraph number per token: an antecedent noun reaches across sentences, not across paragraphs. */
  paragraph: Int32Array;
  /** Each figure or noun text written so far, held once (sharedText). */
  texts: Map<string, string>;
}

/** What the pass keeps from the figures it has read: each field serves a rule that looks back to one. */
interface PassMemory {
  /** Token after the last figure read or skipped whole; no figure starts before it. */
  consumed: number;
  /** The last counted noun in the current sentence, for "12 of which" / "35 have been resolved". */
  antecedent: Antecedent | null;
  /** The last amount of money and its paragraph, for "Revenue was €2.1 billion. Profit came in at 340 million." */
  money: { unit: string; paragraph: number } | null;
  /** The last figure with a measure unit (percent, points, a currency) and the token after it, for "to 6.85% from 6.92". */
  measure: { unit: string; end: number } | null;
  /** Token after the last figure read ("11 passengers and one boatman"). */
  lastEnd: number;
  /** The period of the last figure when it is a rate in time ("5,000 barrels a day"), and the token after it. */
  rated: { period: string; end: number } | null;
}

/** Where a figure stands: its first token, the start of its sentence and the end of its line or sentence. */
interface Site {
  i: number;
  floor: number;
  limit: number;
}

/** A figure's hedge: the words before it (if any) and the hedge they and the words after it make. */
interface Hedged {
  before: HedgeRead | null;
  hedge: Hedge;
}

export function recognizeQuantities(prepared: PreparedText, dates: DateMention[]): Quantity[] {
  const { tokens } = prepared;
  const out: Quantity[] = [];
  if (tokens.length === 0) return out;
  const pass = passText(prepared, dates);
  const memory: PassMemory = { consumed: 0, antecedent: null, money: null, measure: null, lastEnd: -1, rated: null };
  for (let i = 0; i < tokens.length; i++) {
    if (i < memory.consumed) continue;
    const t = tokens[i];
    if (t.type !== 'number' && t.type !== 'currency' && !MAY_START.has(t.lower) && !t.lower.includes('-in-')) continue;
    if (pass.furniture[i]) continue;
    const site: Site = { i, floor: pass.sentStart[i], limit: lineLimit(pass.paragraph, i, pass.sentEnd[i]) };
    const core = readCore(tokens, i, site.floor, site.limit);
    if (!core) continue;
    if (excluded(prepared, core, site.floor, site.limit, pass.dateIndex)) {
      const tail = rangeAfterDate(tokens, core, pass.dateIndex);
      memory.consumed = tail > i ? tail : excludedEnd(tokens, core, site);
      continue;
    }
    const quantity = readFigure(pass, memory, core, site);
    if (quantity) out.push(quantity);
  }
  return out;
}

function passText(prepared: PreparedText, dates: DateMention[]): PassText {
  const { text, tokens } = prepared;
  const { sentStart, sentEnd } = sentenceBounds(prepared);
  return {
    text, tokens, furniture: furnitureLines(tokens), dateIndex: new DateIndex(dates), sentStart, sentEnd,
    paragraph: paragraphs(tokens),
    texts: new Map(),
  };
}

/**
 * text[start, end) as the one string the pass holds for that text. A figure keeps its text to the end of the analysis:
 * a price list of 1.28 MB writes 211,000 figures in five texts, and a string of its own for each was a fifth of what its
 * figures held (24 of 128 bytes, and every other object they kept) through every later collection. The copy just made
 * dies young; the one kept is shared.
 */
function sharedText(pass: PassText, start: number, end: number): string {
  const t = pass.text.slice(start, end);
  const held = pass.texts.get(t);
  if (held !== undefined) return held;
  pass.texts.set(t, t);
  return t;
}

/** Nouns of a speed: a length given as theirs is a length per hour. */
const SPEED_NOUNS: ReadonlySet<string> = new Set(['wind', 'winds', 'gust', 'gusts', 'speed', 'speeds', 'windspeed', 'windspeeds']);
/** Words between such a noun and its figure: "winds of 200 km", "gusts reaching 150 miles", "speeds at 90 km". */
const SPEED_LINKS: ReadonlySet<string> = new Set(['of', 'reaching', 'at', 'topping', 'exceeding']);

/** A speed noun and its link stand right before the figure starting at token `start`. */
function speedBefore(tokens: Token[], start: number, floor: number): boolean {
  return start - 2 >= floor && SPEED_LINKS.has(tokens[start - 1].lower) && SPEED_NOUNS.has(tokens[start - 2].lower);
}

/** The token after an excluded figure and what goes with it. */
function excludedEnd(tokens: Token[], core: Core, { floor, limit }: Site): number {
  let consumed = core.end; // the rest of an excluded range ("aged 18 to 25") is not a figure either
  // Nor the rest of an excluded length in two units ("aged 17 years and 309 days").
  const unitWord = core.end < limit ? singularize(tokens[core.end].lower) : '';
  if (TIME_UNITS.has(unitWord)) consumed = durationRest(tokens, unitWord, core.end + 1, limit)?.end ?? consumed;
  // Nor the other ages of a list after "aged" ("two girls aged 14 and 12").
  if (core.numStart > floor && AGE_LABELS.has(tokens[core.numStart - 1].lower)) consumed = ageListEnd(tokens, consumed, limit);
  return consumed;
}

/** One figure from its core on: hedge, unit, value; null when it is no figure. Updates the pass memory. */
function readFigure(pass: PassText, memory: PassMemory, core: Core, site: Site): Quantity | null {
  const { tokens } = pass;
  const { floor, limit } = site;
  const { hedged, end: hedgeEnd } = hedgeAround(tokens, core, floor, limit);
  const counted = readCounted(tokens, core, hedgeEnd, limit) ?? glossCounted(tokens, core, hedgeEnd, floor, limit);
  if (counted?.unit === 'index' && indexName(tokens, core.start, floor)) return null;
  let unit = counted?.unit ?? '';
  let end = counted ? counted.end : hedgeEnd;
  // "a year and a half", "two hours and a half": half the unit more.
  if (counted && core.kind === 'number' && core.value !== null && TIME_UNITS.has(unit) && andAHalf(tokens, end, limit)) {
    core.low += 0.5;
    core.high += 0.5;
    core.value += 0.5;
    end += 3;
  }
  // "the 8.2 temblor", "a 7.8m quake": a figure below ten before a word for one earthquake is its magnitude.
  if (counted && core.kind === 'number' && core.high < 10 && core.low > 0 && !core.currency && quakeAfter(tokens, counted, end, limit)) {
    unit = 'magnitude';
  }
  // "winds of up to 320 kilometres", "gusts of 150 miles": a length a wind or a speed is given in is its speed per hour,
  // the "per hour" left out (round 24).
  if (unit === 'km' && speedBefore(tokens, hedged.before ? Math.min(hedged.before.start, core.start) : core.start, floor)) unit = 'km/h';
  const factor = counted?.factor ?? 1;
  if (!counted && core.needsNoun) return null;
  if (counted && !counted.countable) end = unitRange(tokens, core, unit, end, hedged, site);

  if (referenceOnly(tokens, core, counted, hedged.before, memory, site)) return null;
  // A person's age: "37 years old", "34 to 59 years old", "55 years of age" (a hedged one is a thing's: "over 300 years old").
  if (unit === 'year' && (hedged.hedge === 'exact' || hedged.hedge === 'range') && end < limit && (tokens[end].lower === 'old' ||
    (tokens[end].lower === 'of' && end + 1 < limit && tokens[end + 1].lower === 'age'))) {
    memory.consumed = end;
    return null;
  }
  if (notAFigure(tokens, core, counted, unit, end, site)) return null;
  end = hedgeAfterNoun(tokens, core, counted, unit, end, hedged, site);

  // Figures with no unit of their own take it from their clause or an antecedent ("12 of which", "80,000 marched").
  let anaphoric = false;
  // "The Nasdaq rose 14 to 1,889": an index's move is in points, however small.
  if (!unit && core.kind === 'number' && !core.word && marketMove(tokens, hedged.before ? hedged.before.start : core.start, floor)) unit = 'point';
  if (!unit) {
    const borrowed = borrowedUnit(pass, memory, core, hedged.before, end, site);
    if (!borrowed) return null;
    ({ unit, end, anaphoric } = borrowed);
  }

  // "5,000 barrels a day, or 210,000 gallons": the same rate restated in another unit keeps its period.
  const startTok = hedged.before ? Math.min(hedged.before.start, core.start) : core.start;
  const rated = memory.rated;
  if (rated && unit && !unit.includes('/') && restatesRate(tokens, rated.end, startTok, unit)) unit = `${unit}/${rated.period}`;

  const quantity = quantityOf(pass, core, counted, hedged.hedge, factor, unit, startTok, end);
  remember(pass, memory, core, counted, unit, end, anaphoric, site);
  return quantity;
}

/** Hedges before the figure (or its currency sign) and after it ("40 or more", "5,000+"), and the token after them. */
function hedgeAround(tokens: Token[], core: Core, floor: number, limit: number): { hedged: Hedged; end: number } {
  const before = core.kind === 'vague' ? null : hedgeBefore(tokens, core.start, floor);
  let hedge: Hedge = core.kind === 'range' ? 'range' : core.kind === 'vague' ? 'vague' : 'exact';
  let hedgeEnd = core.end;
  if (core.kind === 'number' || core.kind === 'fraction') {
    const after = hedgeAfter(tokens, core.end, limit);
    if (after) {
      hedge = after.hedge;
      hedgeEnd = after.end;
    }
  }
  if (before) hedge = core.kind === 'range' ? (before.hedge === 'exact' ? 'range' : before.hedge) : before.hedge;
  return { hedged: { before, hedge }, end: hedgeEnd };
}

/** A range with the measure unit written on both ends makes the core a range; returns the token after it. */
function unitRange(tokens: Token[], core: Core, unit: string, end: number, hedged: Hedged, { floor, limit }: Site): number {
  // "3%-6%": the tokenizer reads the dash as the second figure's sign.
  if (core.kind === 'number' && end + 1 < limit && glued(tokens[end - 1], tokens[end]) &&
    tokens[end].type === 'number' && tokens[end].text[0] === '-') {
    const b = parseDigits(tokens[end].text.slice(1));
    const u2 = b === null ? null : readUnit(tokens, end + 1, limit);
    if (b !== null && u2 && u2.unit === unit && b > core.low) {
      core.kind = 'range';
      core.high = b;
      core.value = null;
      core.numEnd = end + 1;
      end = u2.end;
      if (hedged.hedge === 'exact') hedged.hedge = 'range';
    }
  }
  // "3% to 6%", "40 km-60 km": a range with the unit written on both ends.
  if (core.kind === 'number' && end + 2 < limit) {
    const j = tokens[end].lower;
    // "between 40cm and 55cm" is a range even after a verb of change; "rose from 10% to 12%" is two figures.
    const between = j === 'and' && core.start > floor && tokens[core.start - 1].lower === 'between';
    const joined = between || ((j === 'to' || j === '-' || j === '–') && !changeVerbBefore(tokens, core.start, floor));
    if (joined && tokens[end + 1].type === 'number') {
      const b = readNumber(tokens, end + 1, limit);
      const u2 = b ? readUnit(tokens, b.end, limit) : null;
      if (b && u2 && u2.unit === unit && b.value > core.low) {
        core.kind = 'range';
        core.high = b.value;
        core.value = null;
        core.numEnd = b.end;
        if (between) core.start--;
        end = u2.end;
        if (hedged.hedge === 'exact') hedged.hedge = 'range';
      }
    }
  }
  return end;
}

/** A spelled "one" or small number that refers to something rather than counts it. */
function referenceOnly(tokens: Token[], core: Core, counted: Counted | null, before: HedgeRead | null, memory: PassMemory,
  { floor, limit }: Site): boolean {
  // "one" is a figure only when counted ("only one district", "one km"); "one of", "one offensive ... the other" are not.
  if (core.kind === 'number' && core.word && core.value === 1 && core.end === core.numEnd) {
    const prev = core.start > floor ? tokens[core.start - 1].lower : '';
    const measured = counted !== null && !counted.countable;
    const more = core.end < limit && (tokens[core.end].lower === 'more' || tokens[core.end].lower === 'additional' ||
      tokens[core.end].lower === 'further' || tokens[core.end].lower === 'extra');
    // A singular noun right after "one" counts one of it: the object of a verb done to people ("killed one man",
    // "arrested one suspect"), people by what befell them ("One person was killed"), or the next item of a list of
    // counts ("11 passengers and one boatman survived").
    const single = counted !== null && counted.countable && counted.noun !== null && counted.noun.start === core.end &&
      singularize(tokens[counted.noun.head].lower) === tokens[counted.noun.head].lower;
    const object = single && core.start > floor && PEOPLE_OBJECT_VERBS.has(tokens[core.start - 1].lower);
    const befallen = single && peopleVerbAfter(tokens, counted!.end, limit) >= 0;
    const listed = single && prev === 'and' && memory.lastEnd === core.start - 1;
    // A count of the same noun earlier in the sentence: "Three members voted for a rise and one member for a hold".
    const antecedent = memory.antecedent;
    const parallel = single && antecedent !== null && antecedent.sentence === floor && antecedent.unit === counted!.unit;
    // A margin: "one game ahead", "one shot behind the leader", "one seat short of a majority".
    const margin = single && counted!.end < limit && MARGIN_WORDS.has(tokens[counted!.end].lower);
    // A tally of one: "declared one infection", "there is one confirmed case" (round 25); "there is one way" is none.
    const tallied = single && (TALLY_VERBS.has(prev) || (THERE_BE.has(prev) && core.start - 1 > floor &&
      tokens[core.start - 2].lower === 'there' && core.end < limit && TALLY_MARKS.has(tokens[core.end].lower)));
    if (!before && !ONE_COUNTERS.has(prev) && !measured && !(more && counted) && !object && !befallen && !listed &&
      !margin && !parallel && !tallied) return true;
  }
  // A spelled small number after a determiner refers to things already counted ("the two sides").
  return core.kind === 'number' && core.word && core.value !== null && core.value <= 2 && core.start > floor &&
    REFERENCE_DET.has(tokens[core.start - 1].lower);
}

/** Counted time that is page furniture, a date expression or a bond's name. */
function notAFigure(tokens: Token[], core: Core, counted: Counted | null, unit: string, end: number,
  { floor, limit }: Site): boolean {
  // Page furniture inside running text: "5 min read".
  if ((unit === 'minute' || unit === 'min') && end < limit && tokens[end].lower === 'read') return true;
  // A time window ("the past 24 hours", "three days ago") is a date expression.
  if (counted && (TIME_UNITS.has(unit) || CALENDAR_PERIODS.has(unit)) && isTimeWindow(tokens, core.start, end, floor, limit)) return true;
  // "the 10-year note", "two-year yields": a bond's maturity names the bond.
  return counted !== null && TIME_UNITS.has(unit) && end < limit && BOND_NOUNS.has(tokens[end].lower) && end - 1 > core.end &&
    tokens[core.end].lower === '-';
}

/** "over" meaning "during", and a hedge after the counted noun; returns the token after the figure. */
function hedgeAfterNoun(tokens: Token[], core: Core, counted: Counted | null, unit: string, end: number, hedged: Hedged,
  { floor, limit }: Site): number {
  const before = hedged.before;
  // "€800 billion over four years": "over" before a period is "during", not "more than".
  if (before && before.start === core.start - 1 && tokens[before.start].lower === 'over' && counted &&
    SINGLE_TIME_UNITS.has(unit) && overMeansDuring(tokens, before.start, end, floor, limit)) {
    hedged.before = null;
    hedged.hedge = core.kind === 'range' ? 'range' : 'exact';
  }
  // Post-hedge after the noun: "40 soldiers or more".
  if (hedged.hedge === 'exact' && counted) {
    const after = hedgeAfter(tokens, end, limit);
    if (after) {
      hedged.hedge = after.hedge;
      end = after.end;
    }
  }
  return end;
}

/**
 * The unit of a figure with none of its own, from its clause, an antecedent, the last money or the other end of a
 * comparison; null when the figure is no figure without one.
 */
function borrowedUnit(pass: PassText, memory: PassMemory, core: Core, before: HedgeRead | null, end: number,
  { i, floor, limit }: Site): { unit: string; end: number; anaphoric: boolean } | null {
  const { tokens, paragraph, sentStart } = pass;
  const { antecedent, money, measure } = memory;
  // A bare figure before a name is part of the name ("the 737 MAX").
  const nextTok = core.end < limit ? tokens[core.end] : undefined;
  if (nextTok && nextTok.pos === 'PROPN' && /^[A-Z]/.test(nextTok.text)) return null;
  const from = quotedFrom(tokens, before ? before.start : core.start, floor);
  const inParagraph = antecedent && antecedent.paragraph === paragraph[i] ? antecedent : null;
  const sameSentence = inParagraph && inParagraph.sentence === floor ? inParagraph : null;
  const prevFloor = floor > 0 && paragraph[floor - 1] === paragraph[floor] ? sentStart[floor - 1] : -1;
  // "Casualties are in the hundreds", "protesters numbered in the tens of thousands": a vague amount after "in the"
  // fills the value slot as the bare plural would.
  const idiom = core.kind === 'vague' && !before && inTheBand(tokens, core.start, floor);
  const elided = idiom
    ? elidedUnit(tokens, { ...core, start: core.start - 2 }, core.start - 2, floor, limit, sameSentence, inParagraph)
    : elidedUnit(tokens, core, from, floor, limit, sameSentence, inParagraph);
  let unit = elided || (pronounSubject(tokens, core.start, floor, prevFloor) ??
    pronounTally(tokens, idiom ? core.start - 2 : from, floor) ?? '');
  const anaphoric = unit !== '';
  // "a rate of 1.4 per 100,000": the rate's population belongs to the figure.
  const denominator = perDenominator(tokens, end, limit);
  if (denominator && unit) {
    unit = `${unit}/${denominator.value}`;
    end = denominator.end;
  }
  if (!unit && money?.paragraph === paragraph[i] && moneyScale(tokens, core, from, floor)) unit = money.unit;
  // "fell to 6.85 percent from 6.92", "7.1%, against 6.9": the other end of a comparison keeps the figure's unit.
  if (!unit && measure && comparedWith(tokens, core, from, measure.end, floor)) unit = measure.unit;
  // "gave Ouattara 54 percent and Gbagbo 46": a gapped list's item is in its first item's unit.
  if (!unit && measure && measure.end > floor && gappedItem(tokens, core.start, core.end, floor, limit)) unit = measure.unit;
  // "Ashford (412), Brill (398)": a bracketed list's figures take the paragraph's last measure unit (round 34).
  if (!unit && measure && paragraph[measure.end - 1] === paragraph[i] && bracketedListItem(tokens, core.start, core.end, floor, limit)) {
    unit = measure.unit;
  }
  if (!unit && elided === null && !bareValue(tokens, core, from, floor, limit)) return null;
  return { unit, end, anaphoric };
}

/** Quote marks that open a quoted figure. */
const FIGURE_QUOTES = new Set(['"', '“']);

/**
 * 'the toll was "at least 300"', 'could be "up to 100."': a figure quoted on its own is read from before its opening
 * quote mark, so the clause around it names its unit as it would unquoted (round 26). The token the look starts at.
 */
function quotedFrom(tokens: Token[], start: number, floor: number): number {
  return start - 1 > floor && FIGURE_QUOTES.has(tokens[start - 1].text) && glued(tokens[start - 1], tokens[start]) ? start - 1 : start;
}

/** The figure as a value interval in its unit, with its text span and counted noun. */
function quantityOf(pass: PassText, core: Core, counted: Counted | null, hedge: Hedge, factor: number, unit: string,
  startTok: number, end: number): Quantity {
  const { tokens } = pass;
  // The bounds read by index, not by destructuring: V8 made an array iterator for every figure's destructuring.
  const bounds = core.kind === 'vague' ? null
    : core.kind === 'range' ? interval(hedge === 'range' ? 'range' : hedge, core.low, core.high) : interval(hedge, core.low);
  let low = bounds ? bounds[0] : core.low;
  let high = bounds ? bounds[1] : core.high;
  let value = core.kind === 'vague' || core.kind === 'range' ? null : core.value;
  if (factor !== 1) {
    low = low === null ? null : round(low * factor);
    high = high === null ? null : round(high * factor);
    value = value === null ? null : round(value * factor);
  }

  const start = tokens[startTok].start;
  let endChar = tokens[end - 1].end;
  const last = tokens[end - 1].lower;
  if (end - 1 > core.numStart && last.endsWith('.') && (GLUED_MULTIPLIERS.has(stripStop(last)) || unitWithStop(last))) endChar--;
  const noun: TextSpan | null = counted?.noun
    ? { start: tokens[counted.noun.start].start, end: tokens[counted.noun.end - 1].end, text: sharedText(pass, tokens[counted.noun.start].start, tokens[counted.noun.end - 1].end) }
    : null;
  return { start, end: endChar, text: sharedText(pass, start, endChar), low, high, unit, value, hedge, noun };
}

/** What later figures read back from this one: money, rate period, measure unit, antecedent noun. */
function remember(pass: PassText, memory: PassMemory, core: Core, counted: Counted | null, unit: string, end: number,
  anaphoric: boolean, { i, floor, limit }: Site): void {
  const paragraph = pass.paragraph[i];
  if (CURRENCY_CODES.has(unit)) memory.money = { unit, paragraph };
  memory.rated = ratePeriodOf(unit, end);
  memory.lastEnd = end;
  // A figure that borrowed the measure's unit keeps it for the next item of its list (round 34).
  const measured = counted ? !counted.countable && !CURRENCY_CODES.has(unit) : unit !== '' && unit === memory.measure?.unit;
  memory.measure = measured && core.kind === 'number' ? { unit, end } : null;
  if (counted?.countable || anaphoric) {
    memory.antecedent = { unit, paragraph, sentence: floor, people: peopleVerbAfter(pass.tokens, end, limit) >= 0 };
  }
  memory.consumed = end;
}

/** Words that set a second figure against a first: "to 6.85% from 6.92", "7.1% versus 6.9". */
const COMPARED = new Set(['from', 'versus', 'vs', 'vs.', 'against']);
/** Words that may stand between the first figure and the comparison word ("7.1%, up from 6.9 in May"). */
const COMPARED_FILLERS = new Set([',', 'up', 'down', 'compared', 'with', 'and']);
/**
 * A bare figure in digits right after "from"/"versus" within a few words of a figure with a measure unit compares with it,
 * in the same unit: "The yield fell to 6.85 percent from 6.92". Spelled and whole small numbers stay out.
 */
function comparedWith(tokens: Token[], core: Core, start: number, measureEnd: number, floor: number): boolean {
  if (core.kind !== 'number' || core.word || start - 1 <= floor || !COMPARED.has(tokens[start - 1].lower)) return false;
  if (measureEnd < floor || measureEnd > start - 1) return false;
  for (let k = measureEnd; k < start - 1; k++) {
    if (!COMPARED_FILLERS.has(tokens[k].lower) || k >= measureEnd + 3) return false;
  }
  return true;
}

/** Periods a rate's unit may end in ("barrel/day"): the values of the rate periods but "capita". */
const TIME_PERIODS = new Set([...RATE_PERIODS.values()].filter(p => p !== 'capita'));
/** Units a rate is never restated in: a share, a time length. */
const NOT_RESTATED = new Set(['percent', 'percentage point', ...TIME_UNITS]);

/** The period of a rate in time ("barrel/day" → day) with the token after its figure, or null. */
function ratePeriodOf(unit: string, end: number): { period: string; end: number } | null {
  const slash = unit.lastIndexOf('/');
  const period = slash < 0 ? '' : unit.slice(slash + 1);
  return TIME_PERIODS.has(period) ? { period, end } : null;
}

/**
 * Is the figure starting at token `start` the rate ending at `end` restated in another unit: only "or" (after a comma)
 * between them ("5,000 barrels a day, or 210,000 gallons")? Never a share or a length of time.
 */
function restatesRate(tokens: Token[], end: number, start: number, unit: string): boolean {
  if (NOT_RESTATED.has(unit)) return false;
  let k = end;
  if (k < start && tokens[k].lower === ',') k++;
  return k + 1 === start && tokens[k].lower === 'or';
}

/** The last counted noun: its unit, where it stood, and whether people verbs follow it ("40 soldiers were killed"). */
interface Antecedent {
  unit: string;
  paragraph: number;
  sentence: number;
  people: boolean;
}

/**
 * The unit of a figure written without one, from the nearest evidence: the object a verb values ("put the toll at 64"),
 * a measure noun before it in the clause ("the crowd was 500,000"), a people verb after it ("80,000 marched"), the
 * clause's subject ("losses reached several thousand"), or the last counted noun ("42 clashes, 12 of which ...").
 * A people verb yields to a same-sentence antecedent that took people verbs too ("40 soldiers were killed and 12 were
 * injured"). Empty when nothing names it.
 */
function elidedUnit(tokens: Token[], core: Core, start: number, floor: number, limit: number,
  sameSentence: Antecedent | null, inParagraph: Antecedent | null): string | null {
  // "the three-train crash": a figure glued to a word by a hyphen modifies it; it is no bare figure.
  const end = core.end;
  if (end < limit && tokens[end].lower === '-' && glued(tokens[end - 1], tokens[end])) return null;
  // "Deaths: 1,234", "Killed: 57": a tally's label names what the figure after its colon counts.
  const labelled = labelUnit(tokens, start, end, floor);
  if (labelled) return labelled;
  const fallback = inParagraph?.unit ?? null;
  const valued = valuedObject(tokens, start, floor);
  // "put the magnitude at 5.7": an object that is no measure noun names the unit itself.
  if (valued && !isMeasureNoun(valued)) return valued;
  const measured = measureNounBefore(tokens, start, floor, fallback);
  // "turnout reached 53.74": people are counted whole, so a turnout told with decimals and no scale word is its share.
  if (measured === 'person' && wholeless(core)) return 'percent';
  // A toll counts people, an index points: a paragraph that already counts them keeps its noun ("12 people died ...
  // a toll of 15", "shed 20.71 points ... the index was lower at 1,413").
  if (measured && fallback && measureCounts(measured) === fallback) return fallback;
  if (measured) return measured;
  if (valued) return valued;
  const moved = movedObject(tokens, start, floor) ?? openingTally(tokens, start, floor);
  if (moved) return moved;
  // "About 1,500 of them were killed", "300 of those are children": the pronoun's share takes the verb after it.
  const after = ofPronounEnd(tokens, end, limit);
  const verbEnd = peopleVerbAfter(tokens, after, limit);
  if (verbEnd >= 0) return peopleAntecedent(tokens, after, verbEnd, sameSentence);
  // "a crash that killed 14", "the blast injured at least 30": the object of a verb done to people.
  if (start > floor && PEOPLE_OBJECT_VERBS.has(tokens[start - 1].lower)) return sameSentence?.people ? sameSentence.unit : 'person';
  // "Of those, 15 were children": the noun the figure is said to be.
  const said = copulaNoun(tokens, after, limit);
  if (said) return said;
  // "bringing about 120,000 in front of the parliament": thousands placed before a building are people there (round 24).
  if (core.kind === 'number' && core.low >= CROWD_FLOOR && crowdPlaceAfter(tokens, end, limit)) return 'person';
  // The clause's subject is read from the numeral itself: "delayed at least 300" leaves the hedge to the object.
  const subject = predicateSubject(tokens, core.start, floor);
  if (subject) return subject;
  if (sameSentence) return sameSentence.unit;
  if (inParagraph && continuesCount(tokens, start, end, floor, limit)) return inParagraph.unit;
  // "hit by missiles, 17 of them on the base": a pronoun's share whose sentence counts nothing before it (round 36).
  const share = pronounShareUnit(tokens, start, end, floor, limit);
  if (share) return share;
  // "Officials have counted 12,345": the object of an agent is a figure still, with no unit its clause names.
  return subject === '' ? '' : null;
}

/** A figure of one number below a hundred with decimals and no scale word ("53.74", not "4.7 million"): no head count. */
function wholeless(core: Core): boolean {
  return core.kind === 'number' && core.value !== null && !Number.isInteger(core.value) && core.value < 100 &&
    core.end === core.numEnd;
}

/**
 * The noun a bare figure before a people verb counts: a same-sentence antecedent that took people verbs too ("40
 * soldiers were killed and 12 were injured"), else persons. A count of remains lends its noun only to a verb remains
 * take: "40 bodies were recovered and 120 are still missing" counts 120 people, not bodies (round 44).
 */
function peopleAntecedent(tokens: Token[], after: number, verbEnd: number, sameSentence: Antecedent | null): string {
  if (!sameSentence?.people) return 'person';
  if (!REMAINS_NOUNS.includes(singularize(sameSentence.unit.toLowerCase()))) return sameSentence.unit;
  for (let k = after; k < verbEnd; k++) if (REMAINS_VERBS.has(tokens[k].lower)) return sameSentence.unit;
  return 'person';
}

/** How many tokens back a pronoun's share looks for the plural noun "them" stands for, within its sentence. */
const SHARE_NOUN_REACH = 12;

/**
 * The unit of a share "N of them/those/these" whose sentence holds no counted figure before it: a reader takes the
 * pronoun for the nearest plural noun before it in the sentence ("struck by rockets, 14 of them near the port":
 * rockets). Without this the share, whose whole the partitive reading cannot name, was dropped. A singular noun
 * between is passed over. A share opening its sentence is left as it was (round 36 measured it: its figures met
 * counts of other days).
 */
function pronounShareUnit(tokens: Token[], start: number, end: number, floor: number, limit: number): string | null {
  if (ofPronounEnd(tokens, end, limit) === end) return null;
  for (let k = start - 1; k >= floor && k >= start - SHARE_NOUN_REACH; k--) {
    const t = tokens[k];
    if (t.type === 'number') return null;
    if (t.pos !== 'NOUN' || t.type !== 'word') continue;
    // A singular noun ("before dawn") is no whole of a share: the plural before it is.
    const one = singularize(t.lower);
    if (one !== t.lower) return one;
  }
  return null;
}

/** The least figure read as a crowd by its place alone. */
const CROWD_FLOOR = 1000;
/** Places after a bare figure that only people take: "120,000 in front of the Diet", "in the front of". */
const CROWD_PLACES: readonly (readonly string[])[] = [['in', 'front', 'of'], ['in', 'the', 'front', 'of']];

/** One of CROWD_PLACES starts at token `end`. */
function crowdPlaceAfter(tokens: Token[], end: number, limit: number): boolean {
  return CROWD_PLACES.some(words => end + words.length < limit && words.every((w, k) => tokens[end + k].lower === w));
}

/** "in the thousands", "into the millions": a vague plural as the object of "in"/"into" and "the". */
function inTheBand(tokens: Token[], start: number, floor: number): boolean {
  if (start - 2 < floor || tokens[start - 1].lower !== 'the') return false;
  const prep = tokens[start - 2].lower;
  return (prep === 'in' || prep === 'into') && (VAGUE_PLURALS.has(tokens[start].lower) || tokens[start].lower === 'tens');
}

/** Pronouns a partitive share may take its whole from ("1,500 of them", "300 of those"). */
const OF_PRONOUNS = new Set([...GROUP_WHOLES, 'us']);
/** The token after "of them" right after a figure, else `end`. */
function ofPronounEnd(tokens: Token[], end: number, limit: number): number {
  return end + 1 < limit && tokens[end].lower === 'of' && OF_PRONOUNS.has(tokens[end + 1].lower) ? end + 2 : end;
}

function stripStop(w: string): string {
  return w.endsWith('.') ? w.slice(0, -1) : w;
}

/** Sentence start/end token per token; tokens outside any sentence form their own line-long span. */
function sentenceBounds(prepared: PreparedText): { sentStart: Int32Array; sentEnd: Int32Array } {
  const n = prepared.tokens.length;
  const sentStart = new Int32Array(n).fill(-1);
  const sentEnd = new Int32Array(n);
  for (const s of prepared.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd && k < n; k++) {
      sentStart[k] = s.tokenStart;
      sentEnd[k] = s.tokenEnd;
    }
  }
  // Uncovered runs (newlines between sentences) get their own bounds.
  let k = 0;
  while (k < n) {
    if (sentStart[k] >= 0) { k++; continue; }
    let e = k;
    while (e < n && sentStart[e] < 0) e++;
    for (let m = k; m < e; m++) { sentStart[m] = k; sentEnd[m] = e; }
    k = e;
  }
  return { sentStart, sentEnd };
}

/** Words after which a bare figure is a stated value ("closed at 16,644", "rose to 4,100", "a score of 87"). */
const VALUE_SLOTS = new Set(['at', 'to', 'of', 'from', 'by', 'was', 'is', 'were', 'are', 'be', 'been', 'reached', 'hit', 'totaled',
  'totalled', 'topped', 'earns', 'earned', 'cost', 'costs', 'paid', 'pays', 'fetched', 'sold', 'raised', 'valued', 'numbered']);

/**
 * A figure in digits with no noun, unit or antecedent is still a value when it fills a value slot: "the index
 * closed at 16,644", "earns 25k a year". Small integers stay out (scores, ranks, list numbers), and so does a figure
 * before a capitalised word (a model or a name: "the 737 Max").
 */
function bareValue(tokens: Token[], core: Core, start: number, floor: number, limit: number): boolean {
  if (core.kind === 'vague' || core.kind === 'fraction') return false;
  // "About 2.981 million applied", "last week's 3.176 million": a figure with a large scale word is no code or name.
  if (scaledFigure(tokens, core)) return true;
  if (core.word || start <= floor) return false;
  if (!VALUE_SLOTS.has(tokens[start - 1].lower) && !tickerQuote(tokens, start, floor) && !resultSlot(tokens, start, floor)) {
    return false;
  }
  if (core.high < 100 && !tokens[core.numStart].text.includes('.')) return false;
  const next = core.end < limit ? tokens[core.end] : undefined;
  return !next || !/^[A-Z]/.test(next.text);
}

/**
 * A result after a place or a finish: "Bailey was fourth in 9.93", "won in 2:05.3", "a season-best 9.84", "a personal
 * best of 9.58" (the last through the "of" slot).
 */
function resultSlot(tokens: Token[], start: number, floor: number): boolean {
  const prev = tokens[start - 1].lower;
  if (prev === 'best') return true;
  if (prev !== 'in') return false;
  // "seventh, also in 10.00": a comma and an adverb may stand between the place and "in".
  let k = start - 2;
  while (k >= floor && k >= start - 4 && RESULT_FILLERS.has(tokens[k].lower)) k--;
  return k >= floor && (tokens[k].type === 'ordinal' || PLACES.has(tokens[k].lower));
}
const RESULT_FILLERS = new Set([',', 'also', 'again', 'just', 'only']);
/** Places and finishing verbs before "in" and a result ("fifth in 9.93", "finished in 27.5"). */
const PLACES = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last',
  'finished', 'finishes', 'finish', 'won', 'wins', 'clocked', 'ran', 'runs', 'timed', 'swam', 'completed', 'home',
]);

/**
 * A bare amount in millions or billions that fills a value slot ("came in at 340 million", "profit was 1.2 billion"): in a
 * paragraph about money it is in the paragraph's last currency. Figures that open their clause ("2.9 million applied")
 * are left to their verb.
 */
function moneyScale(tokens: Token[], core: Core, start: number, floor: number): boolean {
  if (core.kind !== 'number' && core.kind !== 'range') return false;
  return start > floor && VALUE_SLOTS.has(tokens[start - 1].lower) && scaledFigure(tokens, core);
}

/** Scale words of a million and more after the numeral ("2.981 million", "Rs 5 crore"). */
function scaledFigure(tokens: Token[], core: Core): boolean {
  for (let k = core.numStart + 1; k < core.end; k++) {
    if ((MULTIPLIERS.get(tokens[k].lower) ?? 0) >= 1e5) return true;
  }
  return false;
}

/** One word and a figure filling their line ("Fatalities 2,418" between line breaks). */
function lineTally(tokens: Token[], i: number, end: number): boolean {
  return (i - 1 === 0 || tokens[i - 2].type === 'tabCRLF') && (end >= tokens.length || tokens[end].type === 'tabCRLF');
}

/** A market quote in parentheses after a ticker: "the Dow Jones Industrial Average (DJI - 23,018.88)". */
function tickerQuote(tokens: Token[], start: number, floor: number): boolean {
  if (start - 3 < floor) return false;
  const dash = tokens[start - 1].lower;
  const ticker = tokens[start - 2].text;
  return (dash === '-' || dash === '–') && tokens[start - 3].text === '(' && ticker.length >= 2 && ticker.length <= 6 &&
    ticker === ticker.toUpperCase() && /^[A-Z]/.test(ticker);
}

function paragraphs(tokens: Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let p = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].type === 'tabCRLF') p++;
    out[k] = p;
  }
  return out;
}

/**
 * Figures never run across a line break: headlines and list lines stand alone. Read off the paragraph numbers (the
 * count of line breaks up to each token): where the number at the cap is the one before i, no break lies between, and
 * the cap is the limit without looking at the 24 tokens (their types, through a getter each) for every figure.
 */
function lineLimit(paragraph: Int32Array, i: number, end: number): number {
  const cap = Math.min(end, i + 24);
  if (cap <= i) return cap;
  const before = i > 0 ? paragraph[i - 1] : 0;
  if (paragraph[cap - 1] === before) return cap;
  for (let k = i; k < cap; k++) if (paragraph[k] !== before) return k;
  return cap;
}

/** Reads the figure at tokens[i]: a numeral, a range, a vague amount or a fraction. */
function readCore(tokens: Token[], i: number, floor: number, limit: number): Core | null {
  const sign = currencySign(tokens, i, floor);
  if (sign && i + 1 < limit && tokens[i + 1].type === 'number') return readMoney(tokens, i, sign, floor, limit);
  // "magnitude 7.7", "a magnitude of 6.4": the unit comes first.
  if (tokens[i].lower === MAGNITUDE_WORD) return readMagnitude(tokens, i, floor, limit);
  const band = readVague(tokens, i, limit);
  if (band) return band;
  const fraction = readFraction(tokens, i, limit) ?? hyphenRatio(tokens[i], i);
  if (fraction) return fraction;
  const word = oneWordFigure(tokens, i, floor, limit);
  if (word) return word;
  const race = raceTime(tokens, i, limit);
  if (race) return race;
  const core = readNumeric(tokens, i, floor, limit);
  if (core && !core.word) gluedScale(tokens, core, limit, false, floor);
  return core;
}

/** A currency sign or code at tokens[i]: the currency and the token the figure starts at. */
function currencySign(tokens: Token[], i: number, floor: number): { currency: string; start: number } | null {
  const t = tokens[i];
  // Currency sign or code, then the numeral: "$2bn", "€3.4 billion", "USD 5 million".
  // Letter codes count only in capitals ("NOK 4.2 billion", not "try 5 times").
  const prefixed = dollarPrefix(tokens, i, floor);
  const currency = prefixed ? prefixed.code : letterCurrency(tokens, i) ?? prefixCurrency(t);
  // "EC$100 million": the letters before the sign are their own token; the figure starts with them.
  return currency ? { currency, start: prefixed ? prefixed.start : i } : null;
}

/**
 * A currency sign or code read as a prefix. The code is looked up first: the lower-case test is a regex, and most
 * tokens (every bare figure) name no currency at all.
 */
function prefixCurrency(t: Token): string | undefined {
  const code = CURRENCY_PREFIX.get(t.lower);
  if (code === undefined) return undefined;
  return /[a-z]/.test(t.text) && !TITLE_CASE_CURRENCY.has(t.text) ? undefined : code;
}

/** "K412.30", "R12.7 billion": a currency's letters glued to the figure after them (LETTER_CURRENCY, round 32). */
function letterCurrency(tokens: Token[], i: number): string | undefined {
  const code = LETTER_CURRENCY.get(tokens[i].text);
  const next = tokens[i + 1];
  return code && next && next.type === 'number' && next.start === tokens[i].end ? code : undefined;
}

/** An amount of money after its sign, and the range it may open. */
function readMoney(tokens: Token[], i: number, sign: { currency: string; start: number }, floor: number,
  limit: number): Core | null {
  const { currency, start: cs } = sign;
  const core = readNumeric(tokens, i + 1, floor, limit);
  if (!core || core.kind === 'vague') return null;
  gluedScale(tokens, core, limit, true);
  const range = moneyRange(tokens, core, i, sign, floor, limit);
  if (range) return range;
  // The core is readNumeric's own fresh object (gluedScale already writes to it): taken over, not copied per figure.
  core.start = cs;
  core.currency = currency;
  return core;
}

/** "between NOK 16 billion and NOK 16.5 billion", "$10-$20", "€5 to €8 million". */
function moneyRange(tokens: Token[], core: Core, i: number, { currency, start: cs }: { currency: string; start: number },
  floor: number, limit: number): Core | null {
  if (core.kind !== 'number' || core.end + 2 >= limit) return null;
  const joiner = tokens[core.end].lower;
  const between = cs > floor && tokens[cs - 1].lower === 'between' && joiner === 'and';
  const to = (joiner === 'to' && !changeVerbBefore(tokens, i, floor)) || joiner === '-' || joiner === '–';
  if (!(between || to) || CURRENCY_PREFIX.get(tokens[core.end + 1].lower) !== currency || tokens[core.end + 2].type !== 'number') {
    return null;
  }
  let b = readNumber(tokens, core.end + 2, limit);
  // "£5m-£10m", "between $1m and $2m": the second end carries its own glued scale.
  if (b && b.scale === 1 && b.end < limit && glued(tokens[b.end - 1], tokens[b.end])) {
    const m = GLUED_MULTIPLIERS.get(stripStop(tokens[b.end].lower));
    if (m !== undefined) b = { ...b, end: b.end + 1, value: round(b.value * m), scale: m };
  }
  const low = b && core.end === core.numStart + 1 ? sharedScale(core.low, b) : core.low;
  if (!b || b.value <= low) return null;
  return {
    ...core, start: between ? cs - 1 : cs, end: b.end, numEnd: b.end, low, high: b.value, value: null, kind: 'range', currency,
  };
}

/** "magnitude 7.7", "a magnitude of 6.4". Magnitudes stay below 10. */
function readMagnitude(tokens: Token[], i: number, floor: number, limit: number): Core | null {
  const j = i + 1 < limit && tokens[i + 1].lower === 'of' ? i + 2 : i + 1;
  if (j >= limit || tokens[j].type !== 'number') return null;
  const core = readNumeric(tokens, j, floor, limit);
  if (!core || core.kind === 'vague' || core.high >= 10 || core.end !== core.numEnd) return null;
  return { ...core, start: i, prefixUnit: 'magnitude' };
}

/** A vague amount: "tens of thousands", "dozens", "several thousand", "a few". */
function readVague(tokens: Token[], i: number, limit: number): Core | null {
  const lower = tokens[i].lower;
  // "tens of thousands", "hundreds of thousands"
  if ((lower === 'tens' || lower === 'hundreds') && i + 2 < limit && tokens[i + 1].lower === 'of') {
    const band = VAGUE_OF.get(`${lower} ${tokens[i + 2].lower}`);
    if (band) return vague(i, i + 3, band, false);
  }
  const plural = VAGUE_PLURALS.get(lower);
  if (plural) return vague(i, i + 1, plural, false);
  // "several thousand", "a few hundred", "several dozen"; "several"/"a few" alone need a noun.
  let q = -1;
  if (lower === 'several') q = i + 1;
  else if (lower === 'a' && i + 1 < limit && tokens[i + 1].lower === 'few') q = i + 2;
  // "a handful of protesters": the noun of a small vague number; its "of" phrase gives what it counts.
  const small = lower === 'a' && i + 2 < limit && tokens[i + 2].lower === 'of' ? VAGUE_OF_NOUNS.get(tokens[i + 1].lower) : undefined;
  if (small) return vague(i, i + 2, small, true);
  if (q > 0) {
    const scaled = q < limit ? VAGUE_SCALED.get(tokens[q].lower) : undefined;
    if (scaled) return vague(i, q + 1, scaled, false);
    return vague(i, q, lower === 'several' ? [3, 9] : [2, 5], true);
  }
  return null;
}

/** A figure in one word that is no numeral: a multiplier ("tenfold") or "a" for one time unit ("nearly a year"). */
function oneWordFigure(tokens: Token[], i: number, floor: number, limit: number): Core | null {
  const lower = tokens[i].lower;
  // "tenfold", "twofold": a multiplier in one word.
  const fold = FOLD_WORDS.get(lower) ?? (i + 1 < limit && MULTIPLE_NEXT.has(tokens[i + 1].lower) ? MULTIPLE_FIGURES.get(lower) : undefined);
  if (fold !== undefined) {
    return {
      start: i, end: i + 1, numStart: i, numEnd: i + 1, low: fold, high: fold, value: fold, kind: 'number', word: true,
      needsNoun: false, currency: null, prefixUnit: 'times',
    };
  }
  // "more than a month", "nearly a year": after a hedge, "a" before a time unit is one of it; so it is before "and a
  // half" ("a year and a half", whose half the caller adds after the unit).
  if ((lower === 'a' || lower === 'an') && i + 1 < limit && SINGLE_TIME_UNITS.has(tokens[i + 1].lower) &&
    (hedgeBefore(tokens, i, floor) || andAHalf(tokens, i + 2, limit))) {
    return {
      start: i, end: i + 1, numStart: i, numEnd: i + 1, low: 1, high: 1, value: 1, kind: 'number', word: true,
      needsNoun: false, currency: null,
    };
  }
  return null;
}

/**
 * A race time: "2:00:35" (h:mm:ss) or "3:43.13" (m:ss with hundredths), in seconds. A clock time has no seconds in
 * news ("2:54 PM" stays a time of day), and one followed by a.m./p.m. or a time zone is a time of day anyway.
 */
function raceTime(tokens: Token[], i: number, limit: number): Core | null {
  const t = tokens[i];
  if (t.type !== 'number' || t.text.length < 6) return null;
  const m = RACE_TIME.exec(t.text);
  if (!m || (i + 1 < limit && isClockTime(tokens, i + 1, i + 1) && !tokens[i + 1].text.includes(':'))) return null;
  const seconds = m[1] !== undefined
    ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])
    : Number(m[4]) * 60 + Number(m[5]);
  if (m[1] === undefined && m[5].indexOf('.') < 0) return null;
  const v = round(seconds);
  return {
    start: i, end: i + 1, numStart: i, numEnd: i + 1, low: v, high: v, value: v, kind: 'number', word: false,
    needsNoun: false, currency: null, prefixUnit: 'second',
  };
}
/** h:mm:ss with optional fractions of a second, or m:ss.ff. */
const RACE_TIME = /^(?:(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d{1,3})?)|(\d{1,2}):([0-5]\d\.\d{1,3}))$/;

/**
 * A short scale glued to the numeral: "$2m", "€40k", and without a currency "25k" (a capital "4K" with one digit
 * is a screen resolution, and "10m" without a currency is ten metres).
 */
function gluedScale(tokens: Token[], core: Core, limit: number, money: boolean, floor = core.start): void {
  // "3-4m users": a range in one token takes the glued scale on both ends, like a single figure.
  if ((core.kind !== 'number' && core.kind !== 'range') || core.end >= limit || core.end !== core.numEnd) return;
  if (core.kind === 'range' && core.numEnd !== core.numStart + 1) return;
  const next = tokens[core.end];
  if (!glued(tokens[core.end - 1], next)) return;
  // At a sentence end the tokenizer keeps the full stop on the scale ("£40m.").
  const word = stripStop(next.lower);
  // "2m homes": a glued "m" before a plural noun counts millions of them; "150m wide" stays metres.
  // "3.7m marched", "1.5m took part": before a verb whose subject is people it is millions of them (round 25).
  const millions = word === 'm' && ((core.end + 1 < limit && countedInMillions(tokens[core.end + 1])) ||
    headcountBefore(tokens, core, limit, floor) || capitalMillions(tokens, core.end, limit) ||
    peopleVerbAfter(tokens, core.end + 1, limit) >= 0);
  if (!money && !millions && (word !== 'k' || (next.text[0] === 'K' && core.low < 10))) return;
  const m = GLUED_MULTIPLIERS.get(word);
  if (m === undefined) return;
  core.low = round(core.low * m);
  core.high = round(core.high * m);
  if (core.value !== null) core.value = round(core.value * m);
  core.end++;
}

/** "2.5M BPD", "4M USD": a capital "M" glued to the figure before a unit in capitals is millions of it. */
function capitalMillions(tokens: Token[], k: number, limit: number): boolean {
  if (tokens[k].text !== 'M' || k + 1 >= limit) return false;
  const u = tokens[k + 1];
  return u.type === 'word' && u.text.length >= 2 && u.text === u.text.toUpperCase() && readUnit(tokens, k + 1, limit) !== null;
}

/**
 * "The population is about 8.3m.", "visitors reached 2.1m": a glued "m" closing the clause after a headcount noun
 * counts millions of it (a few tokens back in the sentence; a noun after the figure decides otherwise).
 */
function headcountBefore(tokens: Token[], core: Core, limit: number, floor: number): boolean {
  const after = core.end + 1 < limit ? tokens[core.end + 1] : undefined;
  // A noun after the figure, or a word of distance or size ("2m away", "300m tall"), keeps metres.
  if (after && after.type === 'word' && (after.pos === 'NOUN' || after.pos === 'PROPN' ||
    ((after.pos === 'ADJ' || after.pos === 'ADV') && !TIME_WINDOW.has(after.lower)))) return false;
  // The figure fills a value slot ("is", "reached", "of"), past a hedge ("is about 8.3m").
  const slot = (hedgeBefore(tokens, core.start, floor)?.start ?? core.start) - 1;
  if (slot < floor || !VALUE_SLOTS.has(tokens[slot].lower)) return false;
  for (let k = slot - 1; k >= floor && k >= slot - 5; k--) {
    if (HEADCOUNT_NOUNS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** A building's floors, however spelled: the nouns a number word glued by a hyphen still counts. */
const FLOOR_NOUNS = new Set(['storey', 'story']);

/** "a 100-page report": digits, a hyphen and a singular noun that modifies the next noun; the count is of the first. */
function hyphenCount(tokens: Token[], core: Core, k: number, limit: number): Counted | null {
  if (core.kind !== 'number' || k + 2 >= limit) return null;
  const w = tokens[k + 1];
  // "a six-storey building": a number word glued to a noun is mostly an adjective ("a two-day visit"); only a building's
  // floors are a figure the reports give and dispute (round 23).
  if (core.word && !FLOOR_NOUNS.has(w.lower)) return null;
  const after = tokens[k + 2];
  if (w.type !== 'word' || w.pos !== 'NOUN' || !/^[a-z]+$/.test(w.text) || singularize(w.lower) !== w.lower) return null;
  // The noun modified may carry a modifier of its own: "a 14-game winning streak", "a 12-hour overnight shift".
  const modified = after.type === 'word' && (after.pos === 'ADJ' || (after.pos === 'VERB' && after.lower.endsWith('ing'))) &&
    k + 3 < limit && tokens[k + 3].type === 'word' && tokens[k + 3].pos === 'NOUN';
  if (after.type !== 'word' || (after.pos !== 'NOUN' && after.pos !== 'PROPN' && !modified && !lengthOfRecord(tokens, core, w, after))) return null;
  const noun: NounPhrase = { start: k + 1, head: k + 1, end: k + 2 };
  return { unit: w.lower, factor: 1, end: k + 2, noun, countable: false, anaphoric: false };
}

/**
 * "a 14-year high", "its 26-week low": after a determiner the extreme is the noun the length of time modifies, however
 * the tagger calls it, and the length is how long the record stands (the golden sets mark it). Without a determiner,
 * as headlines write it ("rises to 2-year high"), the golden sets read the level named by its window and leave it out.
 */
function lengthOfRecord(tokens: Token[], core: Core, unit: Token, after: Token): boolean {
  return TIME_UNITS.has(unit.lower) && EXTREMES.has(after.lower) && core.start > 0 && RECORD_DETERMINERS.has(tokens[core.start - 1].lower);
}
/** Determiners that open a noun phrase headed by an extreme: "a 14-year high", "its 26-week low". */
const RECORD_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', ...REFERENCE_DET]);

/** A number inside a stock index's name: "the Standard & Poor's 500 index", "the FTSE 100 Index". */
function indexName(tokens: Token[], start: number, floor: number): boolean {
  if (start <= floor) return false;
  const prev = tokens[start - 1];
  return isPossessiveEnding(prev.lower) || (prev.type === 'word' && /^[A-Z]/.test(prev.text));
}

/** A verb or noun of weight just before the figure ("weighing only 2.13 pounds"). */
function weighedBefore(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) if (WEIGHT_CONTEXT.has(tokens[k].lower)) return true;
  return false;
}

/** A plural common noun ("homes", "people"): what a count of millions counts. */
/** Plural nouns whose size is a length: "1m waves", "1m-1.75m waves", "3m walls" are metres, not millions. */
const LENGTH_NOUNS = new Set([
  'waves', 'swells', 'surges', 'tides', 'walls', 'fences', 'cliffs', 'dunes', 'drifts', 'snowdrifts', 'trees', 'towers',
  'poles', 'pipes', 'cables', 'barriers', 'hurdles', 'ramps', 'jumps', 'dives', 'throws', 'leaps', 'vaults',
]);

/** A glued "m" before this noun counts millions of it ("2m homes"), unless the noun is measured by length. */
function countedInMillions(t: Token): boolean {
  return pluralNoun(t) && !LENGTH_NOUNS.has(t.lower);
}

function pluralNoun(t: Token): boolean {
  if (t.pos !== 'NOUN' || t.type !== 'word') return false;
  const one = singularize(t.lower);
  return one !== t.lower || t.lower === 'people';
}

function vague(start: number, end: number, band: readonly [number, number], needsNoun: boolean): Core {
  return {
    start, end, numStart: start, numEnd: end, low: band[0], high: band[1], value: null, kind: 'vague', word: true,
    needsNoun, currency: null,
  };
}

/** A numeral, possibly a range: "400-500", "400 – 500", "15 to 20", "between 15 and 20", "from 10 to 12". */
function readNumeric(tokens: Token[], i: number, floor: number, limit: number): Core | null {
  const t = tokens[i];
  // "400-500", and "1,000-2,000" when a dash joins figures with commas.
  if (t.type === 'number' && (t.text.includes(',') ? parseDigitRangeLoose(t.text) : t.text.length > 2)) {
    const r = parseDigitRange(t.text);
    if (r) {
      const { end, scale } = readScale(tokens, i + 1, limit, r[1]);
      return {
        start: i, end, numStart: i, numEnd: i + 1, low: round(r[0] * scale), high: round(r[1] * scale), value: null,
        kind: 'range', word: false, needsNoun: false, currency: null,
      };
    }
  }
  const scaled = scaledRange(tokens, i, limit);
  if (scaled) return scaled;
  const a = readNumber(tokens, i, limit);
  if (!a) return null;
  const single: Core = {
    start: i, end: a.end, numStart: i, numEnd: a.end, low: a.value, high: a.value, value: a.value, kind: 'number',
    word: a.word, needsNoun: false, currency: null,
  };
  // Range joiners after the first numeral.
  const j = a.end;
  if (j + 1 >= limit) return single;
  const joiner = tokens[j].lower;
  const prev = i > floor ? tokens[i - 1].lower : '';
  const opener = betweenAt(tokens, i, floor);
  const between = opener >= 0 && joiner === 'and';
  // "a surge of one-to-three feet": the joiner written as one hyphenated word.
  const hyphenTo = hyphenedTo(tokens, j, limit);
  // "the 100-to-300 range": the tokenizer keeps "to-300" one word; its digits are the range's high end.
  const toDigits = hyphenTo ? null : gluedToDigits(tokens, j, limit);
  if (toDigits && !a.word && toDigits.value > a.value) {
    return { start: i, end: toDigits.end, numStart: i, numEnd: toDigits.end, low: a.value, high: toDigits.value,
      value: null, kind: 'range', word: false, needsNoun: false, currency: null };
  }
  const dash = (joiner === '-' || joiner === '–' || joiner === '—') && !hyphenTo;
  // "rose 10 to 12" and an index's "added 3 to 9,870" state a move and a level, not a range; "dropped 3 to 5 inches of
  // rain" (no "from", a measure after the second figure that is no share) is a range all the same.
  const to = (joiner === 'to' || hyphenTo) && !marketMove(tokens, i, floor) &&
    (!changeVerbBefore(tokens, prev === 'from' ? i - 1 : i, floor) || (prev !== 'from' && measuredSecond(tokens, j + 1, limit)));
  const or = joiner === 'or' && a.word;
  if (!between && !dash && !to && !or) return single;
  const b = readNumber(tokens, hyphenTo ? j + 3 : j + 1, limit);
  if (!b || (b.word !== a.word && !dash && !styledRange(a, b))) return single;
  if (yearBeforeScaled(tokens[i], b)) return single;
  // "from two to 10 days", "between five and 15 people": news style spells numbers under ten, so a spelled low end
  // below ten and a written high end of ten or more are one range (round 33); other mixes stay apart.
  if (b.word !== a.word && !styledRange(a, b)) return single;
  const low = a.scale === 1 ? sharedScale(a.value, b) : a.value;
  const high = b.value;
  if (!(high > low)) return single;
  if (or && high - low > Math.max(1, low)) return single;
  const start = between ? opener : prev === 'from' && to ? i - 1 : i;
  return {
    start, end: b.end, numStart: i, numEnd: b.end, low, high, value: null, kind: 'range', word: a.word,
    needsNoun: false, currency: null,
  };
}

/**
 * The "between" that opens a range at tokens[i], right before it or before an approximate hedge ("between some 300 and
 * 450": the hedge's words are the hedge table's, read there), or -1. A hedge there left the low end out of the range.
 */
function betweenAt(tokens: Token[], i: number, floor: number): number {
  if (i - 1 >= floor && tokens[i - 1].lower === 'between') return i - 1;
  const hedged = hedgeBefore(tokens, i, floor);
  if (!hedged || hedged.hedge !== 'approximate') return -1;
  const k = hedged.start - 1;
  return k >= floor && tokens[k].lower === 'between' ? k : -1;
}

/**
 * "from 41 billion dollars in 2016 to 33 billion dollars": a year is no low end of a range whose high end carries a
 * scale word; the year closes its own phrase and the scaled figure is the next amount (as one range, both were lost
 * with the year).
 */
function yearBeforeScaled(first: Token, second: { scale: number }): boolean {
  return second.scale > 1 && isYearLike(first);
}

/** The largest number news style spells out: "two to 10", never "12 to 15" spelled on one side only. */
const STYLE_SPELLED_MAX = 9;
/** A range written in news style: its low end a spelled number under ten, its high end in digits, ten or more. */
function styledRange(a: { word: boolean; value: number; scale: number }, b: { word: boolean; value: number; scale: number }): boolean {
  return a.word && !b.word && a.scale === 1 && b.scale === 1 && a.value <= STYLE_SPELLED_MAX && b.value > STYLE_SPELLED_MAX;
}

/** The run after a figure in "10k-15k", "1m-1.75m", "2bn-3bn": the same short scale on both ends. */
const SCALED_RANGE_RUN = /^(k|m|bn|mn|b)[-–](\d{1,4}(?:\.\d{1,3})?)(k|m|bn|mn|b)$/;

/**
 * "10k-15k", "1m-2m people", "1m-1.75m": the tokenizer glues the first scale, the dash and the second figure
 * ("m-1", ".", "75m"); the touching run (at most three tokens) is read as one range when both scales agree. A glued
 * "m" counts millions only before a counted plural noun ("2m-3m high", "1m-1.75m waves" stay metres, as "2m" does).
 */
function scaledRange(tokens: Token[], i: number, limit: number): Core | null {
  const t = tokens[i];
  if (t.type !== 'number' || i + 1 >= limit || !glued(t, tokens[i + 1]) || tokens[i + 1].type !== 'word') return null;
  const a = parseDigits(t.text);
  if (a === null) return null;
  let run = '';
  let end = i + 1;
  for (; end < limit && end <= i + 3 && glued(tokens[end - 1], tokens[end]); end++) run += tokens[end].text;
  const m = SCALED_RANGE_RUN.exec(run.toLowerCase());
  if (!m || m[1] !== m[3]) return null;
  // A glued "m" before no counted noun is metres on both ends ("1m-1.75m waves").
  const metres = m[1] === 'm' && !(end < limit && countedInMillions(tokens[end]));
  const scale = metres ? 1 : GLUED_MULTIPLIERS.get(m[1])!;
  const low = round(a * scale);
  const high = round(Number(m[2]) * scale);
  if (!(high > low)) return null;
  return {
    start: i, end, numStart: i, numEnd: end, low, high, value: null, kind: 'range', word: false, needsNoun: false, currency: null,
    prefixUnit: metres ? 'm' : undefined,
  };
}

/**
 * "1.5 to 2 million": the second numeral's scale applies to a bare first one, unless that would put the first
 * above the second ("$200 to $4 million" is 200 to 4 million, not 200 million to 4 million).
 */
function sharedScale(first: number, second: { value: number; scale: number }): number {
  if (second.scale <= 1) return first;
  const scaled = round(first * second.scale);
  return scaled < second.value ? scaled : first;
}

/** "and a half" at tokens[k]. */
function andAHalf(tokens: Token[], k: number, limit: number): boolean {
  return k + 2 < limit && tokens[k].lower === 'and' && (tokens[k + 1].lower === 'a' || tokens[k + 1].lower === 'an') &&
    tokens[k + 2].lower === 'half';
}

/** "-to-" glued between two figures ("one-to-three feet", "2-to-4 inches"): tokens[j] is the first hyphen. */
function hyphenedTo(tokens: Token[], j: number, limit: number): boolean {
  return j + 3 < limit && tokens[j].lower === '-' && tokens[j + 1].lower === 'to' && tokens[j + 2].lower === '-' &&
    glued(tokens[j - 1], tokens[j]) && glued(tokens[j], tokens[j + 1]) && glued(tokens[j + 1], tokens[j + 2]) && glued(tokens[j + 2], tokens[j + 3]);
}

/** A hyphenated word "to-<digits>" glued after "<figure>-" at `j` ("100-to-300"): its numeral and scale, or null. */
const TO_DIGITS = /^to-([0-9][0-9,.]{0,23})$/;
function gluedToDigits(tokens: Token[], j: number, limit: number): NumberRead | null {
  if (j + 1 >= limit || tokens[j].lower !== '-' || !glued(tokens[j - 1], tokens[j]) || !glued(tokens[j], tokens[j + 1])) return null;
  const m = TO_DIGITS.exec(tokens[j + 1].lower);
  const v = m ? parseDigits(m[1]) : null;
  if (v === null) return null;
  const { end, scale } = readScale(tokens, j + 2, limit, v);
  return { end, value: round(v * scale), word: false, scale };
}

/** The figure at tokens[k] is followed by a unit of measure that is no share ("5 inches", not "5%" or "5 points"). */
function measuredSecond(tokens: Token[], k: number, limit: number): boolean {
  const b = readNumber(tokens, k, limit);
  const u = b ? readUnit(tokens, b.end, limit) : null;
  return u !== null && !SHARE_UNITS.has(u.unit) && !CURRENCY_CODES.has(u.unit);
}

function parseDigitRangeLoose(s: string): boolean {
  return s.includes(',') && (s.includes('-') || s.includes('–'));
}

function changeVerbBefore(tokens: Token[], i: number, floor: number): boolean {
  for (let k = i - 1; k >= floor && k >= i - 4; k--) {
    if (CHANGE_VERBS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Words before a range that make it an age ("aged between 13 and 23"). */
const AGE_LABELS = new Set(['aged', 'age', 'ages']);
/** After an age, the end of the bare figures listed with it (", 12 and 9"): ages too, not counts of the noun before. */
function ageListEnd(tokens: Token[], end: number, limit: number): number {
  while (end + 1 < limit && (tokens[end].lower === 'and' || tokens[end].lower === 'or' || tokens[end].lower === ',')) {
    const b = tokens[end + 1].type === 'number' ? readNumber(tokens, end + 1, limit) : null;
    // A figure with a noun of its own after it is a new count ("aged 14, and 30 others").
    if (!b || (b.end < limit && tokens[b.end].pos === 'NOUN' && !TIME_UNITS.has(singularize(tokens[b.end].lower)))) break;
    end = b.end;
  }
  return end;
}
/**
 * Is the figure at tokens[start] the move of a market index: right after a verb of market moves, with an index's name
 * a few words before it ("the Dow added 4", "The Nasdaq Composite rose 14")?
 */
function marketMove(tokens: Token[], start: number, floor: number): boolean {
  if (start - 2 < floor || !MOVE_VERBS.has(tokens[start - 1].lower)) return false;
  for (let k = start - 2; k >= floor && k >= start - 6; k--) if (INDEX_NAMES.has(tokens[k].lower)) return true;
  return false;
}
/** Verbs of a market's move before its size in points. */
const MOVE_VERBS = new Set([
  'rose', 'fell', 'added', 'lost', 'gained', 'shed', 'climbed', 'slipped', 'dropped', 'jumped', 'slid', 'declined',
  'advanced', 'eased', 'rallied', 'tumbled', 'sank', 'dipped', 'edged', 'surged', 'plunged', 'gave', 'firmed',
]);
/** Names of stock indexes and the nouns that head them ("the Dow", "the Nikkei average", "the composite"). */
const INDEX_NAMES = new Set([
  'dow', 'nasdaq', 's&p', 'ftse', 'nikkei', 'dax', 'cac', 'seng', 'sensex', 'nifty', 'kospi', 'stoxx', 'tsx', 'asx',
  'ibex', 'topix', 'index', 'average', 'composite', 'benchmark', 'russell',
]);

/** Nouns for one earthquake: a figure below ten right before them is its magnitude. */
const QUAKE_NOUNS = new Set(['quake', 'earthquake', 'temblor', 'tremor', 'aftershock', 'shock']);

/** Is the counted noun a word for one earthquake, or does one follow a glued "m" ("a 7.8m quake")? */
function quakeAfter(tokens: Token[], counted: Counted, end: number, limit: number): boolean {
  if (counted.noun) return counted.noun.head === counted.noun.start && QUAKE_NOUNS.has(tokens[counted.noun.head].lower);
  return counted.unit === 'm' && end < limit && QUAKE_NOUNS.has(tokens[end].lower) && glued(tokens[end - 2], tokens[end - 1]);
}

/** Most sides a dimension is read through ("38 by 6 by 12 meters" has three). */
const MAX_SIDES = 3;

/**
 * Is tokens[k] the "x" or "×" of a dimension, with a figure in digits after it ("1920 x 1080")? "by" is one only when
 * the sides end in a unit of length ("38 by 6 by 12 meters"): "cut 10 by 2030" is a year, "won 3 by 2" no size.
 */
function dimensionAt(tokens: Token[], k: number, limit: number): boolean {
  if (k + 1 >= limit || tokens[k + 1].type !== 'number') return false;
  const x = tokens[k].lower;
  if ((x !== 'x' && x !== '×' && x !== 'by') || k === 0 || tokens[k - 1].type !== 'number') return false;
  const a = readNumber(tokens, k - 1, limit);
  const b = readNumber(tokens, k + 1, limit);
  // "the 4 x 400 relay" counts legs, no sides.
  if (a === null || b === null || a.value <= 0 || b.value / a.value >= 20) return false;
  if (x !== 'by') return true;
  const u = readUnit(tokens, lastSideEnd(tokens, b.end, limit), limit);
  return u !== null && LENGTH_UNITS.has(u.unit);
}

/** The end of a dimension's last side, from the end of its second: "38 by 6 by 12" ends after "12". */
function lastSideEnd(tokens: Token[], end: number, limit: number): number {
  for (let n = 2; n < MAX_SIDES && end + 1 < limit && DIMENSION_SIGNS.has(tokens[end].lower) && tokens[end + 1].type === 'number'; n++) {
    const next = readNumber(tokens, end + 1, limit);
    if (!next) break;
    end = next.end;
  }
  return end;
}
const DIMENSION_SIGNS = new Set(['x', '×', 'by']);

/** Units of a share or a move that a figure after a name states ("the Dow Jones Industrial Average 0.7% lower"). */
const SHARE_UNITS = new Set(['percent', 'percentage point', 'bp']);

/** Is a unit of a share written right after the figure ("0.7%", "12 basis points")? */
function shareAfter(tokens: Token[], k: number, limit: number): boolean {
  const u = readUnit(tokens, k, limit);
  return u !== null && SHARE_UNITS.has(u.unit);
}

/** The figure's numerals and the tokens either side of them, within its sentence and line. */
interface FigureAt {
  i: number;
  first: Token;
  lastNum: Token;
  prev: Token | undefined;
  next: Token | undefined;
  floor: number;
  limit: number;
}

/**
 * The one FigureAt, filled afresh for each figure `excluded` reads: the tests it is handed to read its fields and keep
 * nothing, and an object per figure was some 20 MB of short-lived garbage per MB of a price list (profiled).
 */
const FIGURE_AT: FigureAt = { i: 0, first: undefined!, lastNum: undefined!, prev: undefined, next: undefined, floor: 0, limit: 0 };

/** FIGURE_AT set to one figure's fields. */
function figureAt(i: number, first: Token, lastNum: Token, prev: Token | undefined, next: Token | undefined, floor: number, limit: number): FigureAt {
  const at = FIGURE_AT;
  at.i = i;
  at.first = first;
  at.lastNum = lastNum;
  at.prev = prev;
  at.next = next;
  at.floor = floor;
  at.limit = limit;
  return at;
}

/**
 * "raised the toll of the quake that struck on April 16 to 660": a date's day read as a range's low end; the number
 * after "to" is a figure of its own (round 25). Its token, to read it afresh; -1 when the range is no such misreading.
 */
function rangeAfterDate(tokens: Token[], core: Core, dates: DateIndex): number {
  if (core.kind !== 'range' || core.numEnd - core.numStart < 3) return -1;
  const first = tokens[core.numStart];
  const last = tokens[core.numEnd - 1];
  if (last.type !== 'number' || !dates.overlaps(first.start, first.end) || dates.overlaps(last.start, last.end)) return -1;
  return core.numEnd - 1;
}

/** Not a quantity: dates, years, clock times, identifiers, labels, ordinals, list markers. */
function excluded(prepared: PreparedText, core: Core, floor: number, limit: number, dates: DateIndex): boolean {
  const { text, tokens } = prepared;
  const first = tokens[core.numStart];
  const lastNum = tokens[core.numEnd - 1];
  if (dates.overlaps(first.start, lastNum.end)) return true;
  if (core.kind === 'vague' || core.kind === 'fraction') return false;
  const i = core.numStart;
  const at = figureAt(i, first, lastNum, i > floor ? tokens[i - 1] : undefined, core.end < limit ? tokens[core.end] : undefined, floor, limit);
  if (timeOrMarker(text, tokens, core, at) || labelledFigure(tokens, core, at)) return true;
  const year = yearAlone(tokens, core, at);
  if (year !== undefined) return year;
  // A year range ("the 2022-2023 season", "2014–2022").
  if (core.kind === 'range' && core.low >= 1900 && core.high <= 2100 && Number.isInteger(core.low) && !core.currency &&
    (first.text.length === 9 || first.text.length === 4)) return true;
  // The clipped second year of "the 2031-'32 budget" (round 34).
  if (clippedYearEnd(tokens, i, floor)) return true;
  return namedOrGlued(tokens, core, at);
}

/** A clock time, an identifier, a date, an ordinal, a list marker or a phone number. */
function timeOrMarker(text: string, tokens: Token[], core: Core, { i, first, lastNum, prev, next, limit }: FigureAt): boolean {
  if (isClockTime(tokens, i, core.numStart + 1) && core.prefixUnit !== 'second') return true;
  if (first.type === 'number' && insideIdentifier(text, first.start, first.end)) {
    // "$5" has the sign glued on the left; that is money, not an identifier.
    if (!(core.currency && prev && glued(prev, first) && (CURRENCY_PREFIX.has(prev.lower) || LETTER_CURRENCY.has(prev.text)))) return true;
  }
  // Adjacent to a month: "January 5", "5 January", "January 5, 2025".
  if (prev && isMonth(prev)) return true;
  if (tokens[i + 1] && i + 1 < limit && isMonth(tokens[i + 1])) return true;
  if (i + 2 < limit && tokens[i + 1].lower === 'of' && isMonth(tokens[i + 2])) return true;
  // Ordinal suffixes split off ("5 th") and list markers at the start of a line ("1." / "2)").
  if (next && glued(lastNum, next) && (next.lower === 'th' || next.lower === 'st' || next.lower === 'nd' || next.lower === 'rd')) return true;
  const lineStart = i === 0 || tokens[i - 1].type === 'tabCRLF';
  if (lineStart && next && glued(lastNum, next) && (next.lower === '.' || next.lower === ')')) return true;
  // A phone number written "(555) 123-4567".
  return prev !== undefined && prev.lower === ')';
}

/** A figure that a word before it labels or places: "per 100,000", "Article 5", "aged 18 to 25", "Ctrl + 5". */
function labelledFigure(tokens: Token[], core: Core, { i, prev, floor }: FigureAt): boolean {
  // "per 1,00,000 live births" with no rate before it: a population a rate is counted over is no figure of its own.
  if (prev && prev.lower === 'per' && core.kind === 'number' && core.low >= 100 && /^10+$/.test(String(core.low))) return true;
  // Labels: "Article 5", "page 2", "Ctrl + 5".
  if (prev && !labelOnlyForYears(prev.lower) && isLabelled(tokens, i, floor) && !core.currency && !core.prefixUnit) return true;
  // An age range after "aged": "aged between 13 and 23", "aged from 18 to 25".
  if (core.start < i && core.start > floor && AGE_LABELS.has(tokens[core.start - 1].lower)) return true;
  return prev !== undefined && prev.lower === '+' && i - 2 >= floor && isLabelled(tokens, i - 1, floor);
}

/** Years standing alone ("in 2024", "©2025", "2014-2022"): true for a year, false for a figure, undefined to read on. */
function yearAlone(tokens: Token[], core: Core, { i, first, prev, next, floor, limit }: FigureAt): boolean | undefined {
  if (!isYearLike(first) || core.currency) return undefined;
  const before = prev?.lower ?? '';
  const after = next?.lower ?? '';
  if (core.kind === 'range') return true;
  // "The Nasdaq rose 14 to 1889": the level after an index's move is no year.
  const level = before === 'to' && i - 2 >= floor && tokens[i - 2].type === 'number' && marketMove(tokens, i - 2, floor);
  if (level) return false;
  if (labelOnlyForYears(before) || YEAR_CONTEXT.has(before) || before === '' || isMonth(prev ?? first)) return true;
  if (after === '%' || after === 'percent') return false;
  // "1920 x 1080 pixels": the first side of a dimension.
  if (dimensionAt(tokens, core.end, limit)) return false;
  // "when 3000 of its workers were laid off": a year-like figure before a partitive's whole is a count.
  if (after === 'of' && partitiveWholeAfter(tokens, core.end, limit)) return undefined;
  // A following plural noun makes it a count ("1990 votes"); anything else is a year.
  const nextTok = next;
  if (!nextTok || nextTok.pos !== 'NOUN' || !nextTok.lower.endsWith('s')) return true;
  return undefined;
}

/** "of the", "of its", "of them" after a figure: the opening of a partitive's whole (a year is followed by none). */
function partitiveWholeAfter(tokens: Token[], of: number, limit: number): boolean {
  const w = of + 1 < limit ? tokens[of + 1].lower : '';
  return PARTITIVE_DET.has(w) || OF_PRONOUNS.has(w);
}

/** A figure that is part of a name, a result line, a ratio, a glued code or grade, an age or an acceleration. */
function namedOrGlued(tokens: Token[], core: Core, { i, first, lastNum, prev, next, floor, limit }: FigureAt): boolean {
  // A model or a name with a number: "Windows 11", "Boeing 737", "Highway 61" (a capitalised name right before).
  // A share or a move in points after a name is the name's change ("the Dow Jones Industrial Average 0.7% lower").
  // A capitalised label alone on its line with its figure ("Fatalities 2,418") is left to the tally reading.
  if (prev && prev.pos === 'PROPN' && first.type === 'number' && i - 1 > floor && /[A-Z]/.test(prev.text) &&
    !CURRENCY_PREFIX.has(prev.lower) && !(core.currency && LETTER_CURRENCY.has(prev.text)) && !shareAfter(tokens, core.end, limit) && !lineTally(tokens, i, core.end) &&
    !gappedItem(tokens, i, core.end, floor, limit) && !groupedAmount(first) && !givenToName(tokens, i, core.end, floor, limit)) return true;
  if (resultLine(tokens, i, core.end, floor, limit)) return true;
  // "1 in 5 adults": a ratio, whose second figure carries the noun.
  if (next && next.lower === 'out' && core.end + 1 < limit && tokens[core.end + 1].type === 'number') return true;
  // A word glued to the figure that is no unit or scale: "212p", "3G", "4K", "5G".
  if (next && glued(lastNum, next) && next.type !== 'punctuation' && next.type !== 'symbol' && next.type !== 'currency' && !core.currency && !readUnit(tokens, core.end, limit) &&
    !GLUED_MULTIPLIERS.has(stripStop(next.lower)) && !CURRENCY_WORDS.has(next.lower) && next.lower !== '-') return true;
  // A one-digit figure glued to a capital K is a screen resolution ("4K screens"), not thousands.
  if (next && glued(lastNum, next) && next.text === 'K' && core.high < 10 && !core.currency) return true;
  // A spelled number glued by a hyphen to the word before it names a grade or a kind: "category-three strength".
  if (core.word && prev && prev.lower === '-' && i - 2 >= floor && tokens[i - 2].type === 'word' &&
    glued(tokens[i - 2], prev) && glued(prev, first)) return true;
  // Age: "45-year-old".
  if (next && next.lower === '-' && core.end + 2 < limit && tokens[core.end + 2].lower === 'old') return true;
  return accelerationTest(tokens, i, floor, limit);
}

/**
 * A figure grouped in thousands ("2,810,757") names no model or road: names carry bare numbers ("Boeing 737",
 * "Highway 61"), so after a name it is an amount ("gave Novak 1,204,317 votes").
 */
function groupedAmount(first: Token): boolean {
  return /^[0-9]{1,3}(?:,[0-9]{3})+$/.test(first.text);
}

/** Verbs whose first object may be a name and second a count: "gave Labour 137 seats", "awarded Kenya 12 medals". */
const GIVING_VERBS = new Set(['give', 'gives', 'gave', 'giving', 'given', 'award', 'awards', 'awarded', 'awarding', 'hand',
  'hands', 'handed', 'handing', 'grant', 'grants', 'granted', 'granting', 'credit', 'credits', 'credited', 'crediting']);

/**
 * A figure after a name that a giving verb takes as its first object, with a lower-case noun after the figure: "the count
 * gave Northfield Alliance 137 seats" counts seats (round 43). A name with a number of its own ("Boeing 737") stands
 * after no such verb, and a figure with no noun after it ("gave Smith 3") is left alone.
 */
function givenToName(tokens: Token[], i: number, end: number, floor: number, limit: number): boolean {
  if (end >= limit || tokens[end].type !== 'word' || !/^[a-z]/.test(tokens[end].text) || tokens[end].pos !== 'NOUN' && tokens[end].pos !== 'ADJ') return false;
  let k = i - 1;
  while (k > floor && k >= i - ITEM_NAME_WORDS && /^[A-Z]/.test(tokens[k].text) && tokens[k].type === 'word') k--;
  return k < i - 1 && k >= floor && GIVING_VERBS.has(tokens[k].lower);
}

/** Marks between the items of a gapped list ("Shanxi has recorded 32, Beijing 22; Hunan six and Hubei 4"). */
const ITEM_BREAKS = new Set([',', ';', 'and']);
/** Most words of an item's name ("Beijing", "Inner Mongolia", "the Gaza Strip"). */
const ITEM_NAME_WORDS = 3;

/**
 * A figure after a name in a gapped list, whose verb and unit the first item gave: "Shanxi Province has recorded 32,
 * Beijing 22, Guangxi 12", "gave Ouattara 54 percent and Gbagbo 46". The name (capitalised words) opens right after a
 * comma, a semicolon or "and" that follows the earlier item's figure (its numeral or the unit word after it), and the
 * figure ends its item (a mark or the sentence end after it): "Boeing 737 jets", "the Apollo 11 crew" stay names.
 */
function gappedItem(tokens: Token[], i: number, end: number, floor: number, limit: number): boolean {
  if (end < limit && tokens[end].type === 'word' && tokens[end].lower !== 'and') return false;
  let k = i - 1;
  while (k > floor && k >= i - ITEM_NAME_WORDS && /^[A-Z]/.test(tokens[k].text) && tokens[k].type === 'word') k--;
  if (k === i - 1 || k - 1 < floor || !ITEM_BREAKS.has(tokens[k].lower)) return false;
  // The earlier item's figure, past up to two lower-case words of its unit ("137 seats", "137 constituency seats").
  for (let j = k - 1; j >= floor && j >= k - 3; j--) {
    const t = tokens[j];
    if (t.type === 'number') return true;
    if (t.type !== 'word' || t.pos === 'VERB') return false;
  }
  return false;
}

/**
 * A result line of a round-up, "Arsenal 2 Wolves 1": names in capitals from the line's start, the figure, names in capitals,
 * one more figure that ends the line. Both figures are goals, a score, not counts of the names.
 */
function resultLine(tokens: Token[], i: number, end: number, floor: number, limit: number): boolean {
  if (i === floor || i - floor > 4 || tokens[i].type !== 'number') return false;
  for (let k = floor; k < i; k++) if (!/^[A-Z]/.test(tokens[k].text)) return false;
  let k = end;
  while (k < limit && k < end + 4 && /^[A-Z]/.test(tokens[k].text)) k++;
  if (k === end || k >= limit || tokens[k].type !== 'number') return false;
  return k + 1 >= limit || tokens[k + 1].type === 'tabCRLF';
}

/** Speed units that name an acceleration test after "0-": "0-60 mph", "0 to 100 km/h". */
const TEST_SPEED_UNITS = new Set(['mph', 'km/h', 'kph', 'kmh']);
/**
 * "0-60mph in 3.1 seconds", "from 0 to 100 km/h in 5.5 seconds": the speeds name the test, the time is the figure.
 * True for either figure of the test (i is the figure's first token).
 */
function accelerationTest(tokens: Token[], i: number, floor: number, limit: number): boolean {
  // The unit stands right after "0-60" or after "0 to 60".
  const u = tokens[i].text.startsWith('0') && /^0[-–]\d+$/.test(tokens[i].text) ? i + 1
    : tokens[i].text === '0' && i + 2 < limit && tokens[i + 1].lower === 'to' ? i + 3
      : i - 2 >= floor && tokens[i - 1].lower === 'to' && tokens[i - 2].text === '0' ? i + 1 : -1;
  if (u < 0 || u + 2 >= limit) return false;
  // "km/h" comes as three tokens.
  const after = TEST_SPEED_UNITS.has(tokens[u].lower) ? u + 1
    : tokens[u].lower === 'km' && u + 3 < limit && tokens[u + 1].lower === '/' && tokens[u + 2].lower === 'h' ? u + 3 : -1;
  return after > 0 && after + 1 < limit && tokens[after].lower === 'in' && tokens[after + 1].type === 'number';
}

/**
 * The second part of a length in two units ("and 309 days" after years). The golden sets mark the two parts of a
 * stated length as two figures ("two minutes and 37 seconds"); this serves to skip the rest of an excluded age.
 */
function durationRest(tokens: Token[], unit: string, end: number, limit: number): { add: number; end: number } | null {
  if (end + 2 >= limit || tokens[end].lower !== 'and') return null;
  const b = readNumber(tokens, end + 1, limit);
  if (!b || b.end >= limit) return null;
  const smaller = readUnit(tokens, b.end, limit)?.unit ?? singularize(tokens[b.end].lower);
  const share = DURATION_PARTS.get(`${unit} ${smaller}`);
  return share === undefined ? null : { add: b.value * share, end: b.end + 1 };
}

/** Reads the unit or counted noun after the figure (and "per day" rates). */
function readCounted(tokens: Token[], core: Core, from: number, limit: number): Counted | null {
  const inserted = bracketedCounted(tokens, core, from, limit);
  if (inserted) return inserted;
  // Each step reads one shape; the first that recognizes its shape decides.
  const unit = fixedUnit(tokens, core, from, limit) ?? hyphenated(tokens, core, from, limit) ??
    sharedUnit(tokens, core, from, limit) ?? unitOrCurrency(tokens, core, from, limit) ?? vagueMoney(tokens, core, from, limit) ??
    exchangeRate(tokens, core, from, limit);
  if (unit) return unit;
  // A partitive's "of" decides even when it counts no noun (null).
  const part = partitive(tokens, core, from, limit);
  return part !== undefined ? part : countedNoun(tokens, core, from, limit);
}

/**
 * "52% (1,204,317) of the vote", "a handful (20-30) of rioters", and a later bare gloss of the same sentence ("44%
 * (1,006,734)"): a figure glossing a share or a vague amount in brackets counts the gloss's "of" phrase (round 43). The
 * figure's span stays inside the brackets.
 */
function glossCounted(tokens: Token[], core: Core, from: number, floor: number, limit: number): Counted | null {
  if (core.kind !== 'number' && core.kind !== 'range') return null;
  let of = glossOf(tokens, core.start, from, floor, limit);
  if (of < 0) of = earlierGlossOf(tokens, core.start, from, floor, limit);
  const part = of < 0 ? null : partitive(tokens, core, of, limit);
  return part ? { ...part, end: from } : null;
}

/** How many words an editor's bracketed insertion after a figure may hold ("5,000 [barrels]", "300 [people]"). */
const BRACKET_WORDS = 3;

/**
 * '"something around 5,000 [barrels] is the best estimate"': the unit or noun an editor put in brackets after a quoted
 * figure is what it counts (round 25). Read inside the brackets; the figure's span runs past the closing one.
 */
function bracketedCounted(tokens: Token[], core: Core, from: number, limit: number): Counted | null {
  if (from + 2 >= limit || tokens[from].text !== '[') return null;
  let close = from + 1;
  while (close < limit && close <= from + BRACKET_WORDS && tokens[close].type === 'word') close++;
  if (close === from + 1 || close >= limit || tokens[close].text !== ']') return null;
  // "40 [sic] results": an editor's mark is skipped, the noun after it counted.
  if (close === from + 2 && tokens[from + 1].lower === 'sic') return readCounted(tokens, core, close + 1, limit);
  const inside = fixedUnit(tokens, core, from + 1, close) ?? unitOrCurrency(tokens, core, from + 1, close) ??
    countedNoun(tokens, core, from + 1, close);
  return inside && inside.end === close ? { ...inside, end: close + 1 } : null;
}

/** Step of readCounted: money, a prefix unit, a Richter magnitude or a fraction, whatever follows; null otherwise. */
function fixedUnit(tokens: Token[], core: Core, k: number, limit: number): Counted | null {
  if (core.currency) {
    // "$6.5 billion euros": a currency word written after the sum names its currency over the sign before it (round 22).
    const named = k < limit ? CURRENCY_WORDS.get(tokens[k].lower) : undefined;
    if (named && named !== core.currency) {
      return withRate(tokens, { unit: named, factor: 1, end: k + 1, noun: null, countable: false, anaphoric: false }, limit);
    }
    const rate = core.kind === 'number' ? pricedIn(tokens, core.currency, k, limit) : null;
    if (rate) return rate;
    // "$2.5 billion" is money whatever follows.
    return withRate(tokens, { unit: core.currency, factor: 1, end: k, noun: null, countable: false, anaphoric: false }, limit);
  }
  if (core.prefixUnit) return { unit: core.prefixUnit, factor: 1, end: k, noun: null, countable: false, anaphoric: false };
  // "7.7 on the Richter scale".
  if (k + 3 < limit && tokens[k].lower === 'on' && tokens[k + 1].lower === 'the' && tokens[k + 2].lower === 'richter' &&
    tokens[k + 3].lower === 'scale') return { unit: 'magnitude', factor: 1, end: k + 4, noun: null, countable: false, anaphoric: false };
  if (core.kind === 'fraction') {
    // "a tenth of a second", "half a mile": a share of one unit measures in that unit.
    const one = unitOfA(tokens, k < limit && tokens[k].lower === 'of' ? k + 1 : k, limit);
    if (one) return { unit: one.unit, factor: one.factor, end: one.end, noun: null, countable: false, anaphoric: false };
    // "half of the territory", "half the budget".
    const np = ofPhrase(tokens, k, limit, false) ??
      (k + 1 < limit && PARTITIVE_DET.has(tokens[k].lower) ? nounPhraseAt(tokens, k + 1, limit) : null) ??
      (tokens[core.end - 1].type === 'number' || isNumberWord(tokens[core.end - 1].lower) ? nounPhraseAt(tokens, k, limit) : null);
    return { unit: 'fraction', factor: 1, end: np ? np.end : k, noun: np, countable: false, anaphoric: false };
  }
  return null;
}

/** Step of readCounted: a figure glued by a hyphen to what it counts ("10,000-strong", "15-kilometre"); null otherwise. */
function hyphenated(tokens: Token[], core: Core, k: number, limit: number): Counted | null {
  // "a 10,000-strong crowd": the figure counts the noun after "-strong".
  if (k + 2 < limit && tokens[k].lower === '-' && glued(tokens[k - 1], tokens[k]) && tokens[k + 1].lower === 'strong') {
    const np = nounPhraseAt(tokens, k + 2, limit);
    if (np) return withRate(tokens, nounUnit(tokens, np, limit), limit);
  }
  // "a 10-point lead", "a four-point edge": points of a margin or a move (the tagger may call "lead" a verb).
  if (k + 2 < limit && tokens[k].lower === '-' && glued(tokens[k - 1], tokens[k]) && glued(tokens[k], tokens[k + 1]) &&
    tokens[k + 1].lower === 'point' && POINT_NOUNS.has(tokens[k + 2].lower)) {
    return { unit: 'point', factor: 1, end: k + 2, noun: null, countable: false, anaphoric: false };
  }
  // "15-kilometre zone": a unit glued by a hyphen.
  if (k + 1 < limit && tokens[k].lower === '-' && glued(tokens[k - 1], tokens[k]) && glued(tokens[k], tokens[k + 1])) {
    // "a 9.2-billion-euro debt": a currency's name glued by a hyphen is money, as "9.2 billion euros" is.
    // "a 20-pound turkey" is a weight: pounds stay with readUnit.
    const cur = tokens[k + 1].lower.startsWith('pound') ? undefined : CURRENCY_WORDS.get(tokens[k + 1].lower);
    if (cur) return withRate(tokens, { unit: cur, factor: 1, end: k + 2, noun: null, countable: false, anaphoric: false }, limit);
    const u = readUnit(tokens, k + 1, limit);
    if (u) return withRate(tokens, { unit: u.unit, factor: u.factor, end: u.end, noun: null, countable: false, anaphoric: false }, limit);
    // "a 100-page report", "a 12-member panel": digits glued to a singular noun before another noun count that noun.
    const compound = hyphenCount(tokens, core, k, limit);
    if (compound) return compound;
  }
  return null;
}

/** Step of readCounted: a figure that takes the unit of the figure after it ("48 to 44 percent", "40 x 60 cm"). */
function sharedUnit(tokens: Token[], core: Core, k: number, limit: number): Counted | null {
  // "leads by 48 to 44 percent", "rose from 10 to 12 percent": two figures (no range) sharing the second's unit.
  if (core.kind === 'number' && !core.word && k + 2 < limit && tokens[k].lower === 'to' && tokens[k + 1].type === 'number') {
    const b = readNumber(tokens, k + 1, limit);
    const u2 = b ? readUnit(tokens, b.end, limit) : null;
    if (u2 && !isShortUnit(tokens[b!.end].lower)) return { unit: u2.unit, factor: u2.factor, end: k, noun: null, countable: false, anaphoric: false };
  }
  // "1920 x 1080 pixels", "a 40 x 60 cm frame": the first side takes the unit of the second.
  if (dimensionAt(tokens, k, limit)) {
    const side = readNumber(tokens, k + 1, limit)!;
    const u2 = readUnit(tokens, lastSideEnd(tokens, side.end, limit), limit);
    if (u2) return { unit: u2.unit, factor: u2.factor, end: k, noun: null, countable: false, anaphoric: false };
    const np = nounPhraseAt(tokens, side.end, limit);
    if (np) return { ...nounUnit(tokens, np, limit), end: k, noun: null, countable: false };
  }
  return null;
}

/** Step of readCounted: a unit or a currency's name right after the figure; null otherwise. */
function unitOrCurrency(tokens: Token[], core: Core, k: number, limit: number): Counted | null {
  const u = readUnit(tokens, k, limit);
  if (u && acceptUnit(tokens, k, u.end, limit)) {
    // "60 percent of the district": the share's object stays outside the figure's span.
    return withRate(tokens, { unit: u.unit, factor: u.factor, end: u.end, noun: null, countable: false, anaphoric: false }, limit);
  }
  let cur = k < limit ? CURRENCY_WORDS.get(tokens[k].lower) ?? currencyAfter(tokens, k, limit) : undefined;
  if (cur === 'gbp' && tokens[k].lower.startsWith('pound') && weighedBefore(tokens, core.start)) cur = 'lb';
  if (cur) {
    return pricedIn(tokens, cur, k + 1, limit) ??
      withRate(tokens, { unit: cur, factor: 1, end: k + 1, noun: null, countable: false, anaphoric: false }, limit);
  }
  return null;
}

/**
 * "K410 per US dollar", "K412.30 to one US dollar", "95 tenge per United States dollar": a sum of one currency priced
 * in another, from k on, is an exchange rate (round 32). Null when no other currency follows.
 */
function pricedIn(tokens: Token[], currency: string, k: number, limit: number): Counted | null {
  const per = k < limit ? rateCurrency(tokens, k, limit) : null;
  if (!per || per.currency === currency) return null;
  return { unit: `${currency}/${per.currency}`, factor: 1, end: per.end, noun: null, countable: false, anaphoric: false };
}

/** Every currency a currency word names: the units a sum of money takes. */
const CURRENCY_VALUES: ReadonlySet<string> = new Set(CURRENCY_WORDS.values());
/**
 * Words before "the <currency>" that state an exchange rate in units of the clause's currency: "188 to the dollar".
 * "against the dollar" is left out: "the euro at 1.05 against the dollar" prices it the other way round.
 */
const RATE_LINKS = new Set(['to']);
/** How far back a bare exchange rate looks for the currency it prices ("The tenge was officially valued at some 188"). */
const RATE_CURRENCY_REACH = 10;

/** The currency an exchange rate starting at k is written against: "to the dollar", "per dollar". */
function rateCurrency(tokens: Token[], k: number, limit: number): { currency: string; end: number } | null {
  if (k + 1 < limit && tokens[k].lower === 'per') return rateCurrencyWord(tokens, k + 1, limit);
  if (k + 2 >= limit || !RATE_LINKS.has(tokens[k].lower) || !RATE_ONE.has(tokens[k + 1].lower)) return null;
  return rateCurrencyWord(tokens, k + 2, limit);
}

/** Words between "to" and the currency a rate is written against: "to the dollar", "to one US dollar" (round 32). */
const RATE_ONE = new Set(['the', 'one', 'a', 'each', 'every']);
/** The dollar's country before it: "per US dollar", "per United States dollar" (round 32). */
const RATE_COUNTRY = new Set(['us', 'u.s.', 'united', 'states', 'american']);

/** The currency word at m, past the dollar's country ("US dollar"), and where it ends. */
function rateCurrencyWord(tokens: Token[], m: number, limit: number): { currency: string; end: number } | null {
  let j = m;
  while (j < limit && j < m + 2 && RATE_COUNTRY.has(tokens[j].lower)) j++;
  const currency = j < limit ? CURRENCY_WORDS.get(tokens[j].lower) : undefined;
  return currency && (j === m || currency === 'usd') ? { currency, end: j + 1 } : null;
}

/**
 * Step of readCounted: a bare figure "to the dollar" is an exchange rate of the currency its clause names before it
 * ("the tenge was valued at some 188 to the dollar" → `kzt/usd`), as "17.95 rand per dollar" is (round 26). Null when
 * no other currency stands within a few words before the figure.
 */
function exchangeRate(tokens: Token[], core: Core, k: number, limit: number): Counted | null {
  if (core.kind !== 'number' && core.kind !== 'range') return null;
  const per = rateCurrency(tokens, k, limit);
  if (!per) return null;
  for (let j = core.start - 1; j >= 0 && j >= core.start - RATE_CURRENCY_REACH; j--) {
    const t = tokens[j];
    if (t.lower === '.' || t.lower === ';' || t.type === 'number') return null;
    const own = CURRENCY_WORDS.get(t.lower);
    if (own && own !== per.currency) return { unit: `${own}/${per.currency}`, factor: 1, end: per.end, noun: null, countable: false, anaphoric: false };
  }
  return null;
}

/** Step of readCounted: "millions in outside spending", "billions in aid": a vague amount of money named by what it pays for. */
function vagueMoney(tokens: Token[], core: Core, k: number, limit: number): Counted | null {
  if (core.kind !== 'vague' || core.low < 1e6 || k + 1 >= limit || tokens[k].lower !== 'in') return null;
  // The first lower-case noun within three words, no determiner or name first ("in outside spending").
  for (let h = k + 1; h < limit && h <= k + 3 && tokens[h].type === 'word' && /^[a-z]/.test(tokens[h].text) &&
    tokens[h].pos !== 'DET' && tokens[h].pos !== 'PRON'; h++) {
    if (tokens[h].pos !== 'NOUN') continue;
    const np: NounPhrase = { start: k + 1, head: h, end: h + 1 };
    return { unit: singularize(tokens[h].lower), factor: 1, end: k, noun: np, countable: false, anaphoric: false };
  }
  return null;
}

/**
 * Step of readCounted: a partitive ("five out of eight tests", "two of the soldiers", "thousands of soldiers").
 * undefined when there is none; null when "of" follows but counts no noun, which ends the reading.
 */
function partitive(tokens: Token[], core: Core, k: number, limit: number): Counted | null | undefined {
  // "five out of eight tests": a partitive with "out of" counts the whole's noun, as with "of".
  if (k + 2 < limit && tokens[k].lower === 'out' && tokens[k + 1].lower === 'of' && core.kind !== 'vague' &&
    (tokens[k + 2].type === 'number' || isNumberWord(tokens[k + 2].lower)) && !ROUND_WHOLES.has(tokens[k + 2].lower)) {
    const whole = partitiveHead(tokens, k + 1, limit);
    if (whole) return { ...nounUnit(tokens, whole), end: k };
  }
  if (k >= limit || tokens[k].lower !== 'of') return undefined;
  if (core.kind === 'vague') {
    // "thousands of North Korean soldiers": the noun belongs to the figure's span.
    const np = ofPhrase(tokens, k, limit, true);
    return np ? withRate(tokens, nounUnit(tokens, np), limit) : null;
  }
  // "two of the soldiers", "58 of 74 stool samples", "six of the province's 22 districts": the figure is
  // the numeral alone and counts the noun of the whole; "12 of which" has no noun of its own.
  const whole = partitiveHead(tokens, k, limit);
  // "Six of those who died": "those who" are people.
  if (!whole && k + 2 < limit && tokens[k + 1].lower === 'those' && tokens[k + 2].lower === 'who') {
    return { unit: 'person', factor: 1, end: k, noun: null, countable: true, anaphoric: false };
  }
  if (!whole) return null;
  return { ...nounUnit(tokens, whole), end: k };
}

/** Last step of readCounted: the noun the figure counts ("40 SUVs", "150 Airbus 321 jets", '"at least 30" soldiers'). */
function countedNoun(tokens: Token[], core: Core, k: number, limit: number): Counted | null {
  // '"at least 30" soldiers': a quoted figure still counts the noun after the closing quote.
  const q = closingQuote(tokens, k, limit) ? k + 1 : k;
  // A plural acronym or product noun ("500 million PCs", "40 SUVs", "50 million iPhones") is a counted noun.
  if (q < limit && PLURAL_ACRONYM.test(tokens[q].text)) {
    const noun: NounPhrase = { start: q, head: q, end: q + 1 };
    return withRate(tokens, { unit: tokens[q].lower.slice(0, -1), factor: 1, end: q + 1, noun, countable: true, anaphoric: false }, limit);
  }
  // A model phrase first: "150 Airbus 321 jets" counts jets, not a maker read as a plural name.
  const np = modelPhrase(tokens, q, limit) ?? nounPhraseAt(tokens, q, limit) ?? makersPhrase(tokens, q, limit) ??
    peopleAdjective(tokens, q, limit) ?? pluralBeforeOf(tokens, q, limit) ?? pluralAfterHedge(tokens, core, q, limit) ??
    demonymAlone(tokens, q, limit);
  if (!np) return null;
  return withRate(tokens, nounUnit(tokens, np, limit), limit);
}

/**
 * "2 million or so people", "30 or more protesters": after a hedge written after the figure the tagger may read the
 * plural noun as a verb; a plural form that is no past tense or participle is the counted noun all the same.
 */
function pluralAfterHedge(tokens: Token[], core: Core, q: number, limit: number): NounPhrase | null {
  if (q <= core.end || q >= limit || tokens[q].pos !== 'VERB' || !/^[a-z]+$/.test(tokens[q].text)) return null;
  const w = tokens[q].lower;
  return singularize(w) !== w && !/(?:ed|ing)$/.test(w) ? { start: q, head: q, end: q + 1 } : null;
}

/**
 * "three counts of fraud", "two charges of assault": a plural right after the figure and before "of" is a noun, though
 * the tagger may read it as a verb.
 */
function pluralBeforeOf(tokens: Token[], q: number, limit: number): NounPhrase | null {
  if (q + 1 >= limit || tokens[q + 1].lower !== 'of' || tokens[q].pos !== 'VERB' || !/^[a-z]+s$/.test(tokens[q].text)) return null;
  return singularize(tokens[q].lower) !== tokens[q].lower ? { start: q, head: q, end: q + 1 } : null;
}

/**
 * A currency sign or capital code after the figure ("1,200€", "500 EUR"), not the sign of a next figure ("5 $3").
 */
function currencyAfter(tokens: Token[], k: number, limit: number): string | undefined {
  const t = tokens[k];
  if (t.type !== 'currency' && (t.text.length !== 3 || /[a-z]/.test(t.text))) return undefined;
  if (k + 1 < limit && glued(t, tokens[k + 1]) && tokens[k + 1].type === 'number') return undefined;
  return CURRENCY_PREFIX.get(t.lower);
}

/** A closing quote mark glued to the figure before it and spaced from the word after it. */
function closingQuote(tokens: Token[], k: number, limit: number): boolean {
  if (k + 1 >= limit || k === 0) return false;
  const t = tokens[k];
  // Single quotes are left out: "30'" is minutes or feet as often as a quote.
  if (t.text !== '"' && t.text !== '”') return false;
  // Only a common noun: '"We lost 30" Reuters said' has no counted noun.
  const next = tokens[k + 1];
  return glued(tokens[k - 1], t) && !glued(t, next) && next.pos === 'NOUN' && !/^[A-Z]/.test(next.text);
}

/** "French francs", "Canadian dollars", "Hong Kong dollars": the country's adjective right before the currency word. */
function namedCurrency(tokens: Token[], np: NounPhrase): string | undefined {
  if (np.head <= np.start) return undefined;
  return NAMED_CURRENCY.get(`${tokens[np.head - 1].lower} ${tokens[np.head].lower}`);
}

function nounUnit(tokens: Token[], np: NounPhrase, limit = np.end): Counted {
  const head = tokens[np.head];
  // "12 dead", "92 of the dead": the adjective stands for people; the claim reads what befell them from it.
  // "1.5 billion US dollars", "hundreds of millions of dollars": a currency word heading the phrase is money.
  const unit = (np.start === np.head || KNOWN_STATES.has(tokens[np.start].lower)) && PEOPLE_ADJECTIVES.has(head.lower) ? 'person'
    : namedCurrency(tokens, np) ?? CURRENCY_WORDS.get(head.lower) ?? singularize(head.lower);
  // "25 pieces of heavy equipment": a container noun takes its contents into the span.
  if (CONTAINERS.has(unit) && np.end < limit && tokens[np.end].lower === 'of') {
    const contents = nounPhraseAt(tokens, np.end + 1, limit);
    if (contents) return { unit, factor: 1, end: contents.end, noun: np, countable: true, anaphoric: false };
  }
  return { unit, factor: 1, end: np.end, noun: np, countable: true, anaphoric: false };
}

/** Nouns that count a substance or a collection ("pieces of equipment", "barrels of oil"). */
const CONTAINERS = new Set(['piece', 'item', 'barrel', 'bag', 'box', 'pair', 'set', 'round', 'unit', 'tonne', 'ton',
  'litre', 'liter', 'gallon', 'truckload', 'crate', 'package', 'batch', 'kind', 'type', 'head', 'bottle', 'sack']);

/** Single-letter units ("m", "t") only right after the numeral and not before a capitalised word. */
function acceptUnit(tokens: Token[], k: number, end: number, limit: number): boolean {
  const t = tokens[k];
  if (!isShortUnit(t.lower) || end > k + 1) return true;
  if (k > 0 && glued(tokens[k - 1], t)) return true;
  const next = end < limit ? tokens[end] : undefined;
  // "10 m high" is a measure; "5 m Street" or "T 5" is not.
  return !next || next.type !== 'word' || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM');
}

/**
 * The counted noun of a partitive's whole: "of the soldiers", "of 74 stool samples", "of the province's
 * 22 districts". Null for pronouns ("of which", "of them").
 */
function partitiveHead(tokens: Token[], k: number, limit: number): NounPhrase | null {
  let m = k + 1;
  const determined = m < limit && PARTITIVE_DET.has(tokens[m].lower);
  if (determined) m++;
  if (m >= limit || tokens[m].pos === 'PRON') return null;
  // "92 of the dead", "40 of the injured": an adjective standing for the people it describes heads the whole.
  if (determined && PEOPLE_ADJECTIVES.has(tokens[m].lower)) {
    const after = m + 1 < limit ? tokens[m + 1] : undefined;
    if (!after || !(after.pos === 'NOUN' || after.pos === 'PROPN')) return { start: m, head: m, end: m + 1 };
  }
  // "of Gaza's 36 hospitals", "of the region's 12 districts": a named owner before the whole's figure.
  m = possessorSkipped(tokens, m, limit);
  // "of its nearly 50,000 customers": the whole's own hedge.
  m = wholeHedgeSkipped(tokens, m, limit);
  // "16 of its last 22 games", "six of the past 10 years": an order word before the whole's figure.
  if (determined && m + 1 < limit && WHOLE_ORDER_WORDS.has(tokens[m].lower) &&
    (tokens[m + 1].type === 'number' || isNumberWord(tokens[m + 1].lower))) m++;
  const spelled = tokens[m].type !== 'number' ? readNumber(tokens, m, limit) : null;
  if (tokens[m].type !== 'number' && !(spelled && spelled.word)) {
    const owner = nounPhraseAt(tokens, m, limit);
    if (!owner) return null;
    if (!possessedNumber(tokens, owner.end, limit)) return owner;
    m = wholeHedgeSkipped(tokens, owner.end + 1, limit);
  }
  if (m < limit) {
    const n = readNumber(tokens, m, limit);
    if (!n) return null;
    m = groupSizeSkipped(tokens, n.end, limit);
  }
  // "25 of the 310 injured", "40 of the 200 dead": an adjective standing for people heads a whole with its figure too
  // (round 36); a noun after it ("the 40 injured workers") is the head instead.
  if (determined && m < limit && PEOPLE_ADJECTIVES.has(tokens[m].lower)) {
    const after = m + 1 < limit ? tokens[m + 1] : undefined;
    if (!after || !(after.pos === 'NOUN' || after.pos === 'PROPN')) return { start: m, head: m, end: m + 1 };
  }
  return nounPhraseAt(tokens, m, limit);
}

/** "of the firm's 900-person staff": the glued size word after the whole's figure is skipped to the noun it sizes. */
function groupSizeSkipped(tokens: Token[], m: number, limit: number): number {
  if (m + 2 >= limit || tokens[m].lower !== '-' || !glued(tokens[m - 1], tokens[m]) || !glued(tokens[m], tokens[m + 1])) return m;
  return WHOLE_SIZE_WORDS.has(tokens[m + 1].lower) ? m + 2 : m;
}

/** Two makers' names joined before a common noun count that noun: "470 Airbus and Boeing jets". */
function makersPhrase(tokens: Token[], k: number, limit: number): NounPhrase | null {
  if (k + 3 >= limit || !/^[A-Z][a-z]/.test(tokens[k].text) || !/^[A-Z][a-z]/.test(tokens[k + 2].text)) return null;
  const joiner = tokens[k + 1].lower;
  if (joiner !== 'and' && joiner !== 'or' && joiner !== '&') return null;
  const np = nounPhraseAt(tokens, k + 2, limit);
  return np && tokens[np.head].pos === 'NOUN' ? { start: k, head: np.head, end: np.end } : null;
}

/**
 * "two new 737 Max jets", "three A320neo aircraft": a model number and its name between a count and the counted
 * noun belong to the noun phrase, so the count takes the noun and the model number is never read as a count.
 */
function modelPhrase(tokens: Token[], k: number, limit: number): NounPhrase | null {
  let m = k;
  while (m < limit && m < k + 2 && tokens[m].type === 'word' && tokens[m].pos === 'ADJ' && !/^[A-Z]/.test(tokens[m].text)) m++;
  // A maker's name may come before the model number: "200 Boeing 737 family aircraft".
  const maker = m;
  while (m < limit && m < maker + 2 && tokens[m].type === 'word' && /^[A-Z][a-z]/.test(tokens[m].text)) m++;
  if (m >= limit || tokens[m].type !== 'number' || tokens[m].text.includes(',')) return null;
  // The model's own letters and numbers: "737 Max", "737 MAX 7", "787-9".
  let n = m + 1;
  while (n < limit && n < m + 4 && (tokens[n].type === 'word' || tokens[n].type === 'number') && /^[A-Z0-9]/.test(tokens[n].text)) n++;
  if (n === m + 1 && m === maker) return null;
  const np = nounPhraseAt(tokens, n, limit);
  return np ? { start: k, head: np.head, end: np.end } : null;
}

/** Tokens that close a list item: a people's adjective before one stands alone for its people. */
const ITEM_ENDS = new Set([',', '.', ';', ')', 'and', 'or']);

/**
 * "4 Peruvian, 9 Chilean and 2 Bolivian": in a list of nationalities a people's adjective with no noun after it counts
 * the people (the adjective in -n or -i whose plural is a demonym). Followed by a noun it is that noun's modifier.
 */
function demonymAlone(tokens: Token[], k: number, limit: number): NounPhrase | null {
  const t = tokens[k];
  if (k >= limit || !/^[A-Z][a-z]+[ni]$/.test(t.text) || !DEMONYMS.has(`${t.text}s`)) return null;
  return k + 1 >= limit || ITEM_ENDS.has(tokens[k + 1].lower) ? { start: k, head: k, end: k + 1 } : null;
}

/** "left 12 dead and 40 injured": an adjective for people right after the figure, with no noun of its own. */
function peopleAdjective(tokens: Token[], k: number, limit: number): NounPhrase | null {
  // "214 confirmed dead", "40 presumed dead": a word of how the state is known before the adjective.
  const known = k + 1 < limit && KNOWN_STATES.has(tokens[k].lower) ? k + 1 : k;
  if (known >= limit || !PEOPLE_ADJECTIVES.has(tokens[known].lower)) return null;
  const after = known + 1 < limit ? tokens[known + 1] : undefined;
  if (after && (after.pos === 'NOUN' || after.pos === 'PROPN')) return null;
  return { start: k, head: known, end: known + 1 };
}
/** Participles of how a state of people is known, before the adjective for them: "confirmed dead", "presumed missing". */
const KNOWN_STATES = new Set(['confirmed', 'suspected', 'presumed', 'reported', 'feared', 'believed']);


/** Index of the numeral after "Gaza's" / "the Red Cross's" (at most four words), else `m` unchanged. */
function possessorSkipped(tokens: Token[], m: number, limit: number): number {
  for (let k = m; k < limit && k < m + 5; k++) {
    const t = tokens[k];
    if (isPossessiveEnding(t.lower) && k > m) return possessedNumber(tokens, k, limit) ? k + 1 : m;
    // Names may be mis-tagged ("Red Cross" → ADJ VERB): a capital counts as a name word too.
    if (t.type !== 'word' || !(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || /^[A-Z]/.test(t.text))) return m;
  }
  return m;
}

/** Index of the numeral after hedges of up to three words ("of its nearly 50,000"), else `m` unchanged. */
function wholeHedgeSkipped(tokens: Token[], m: number, limit: number): number {
  const k = hedgeEnd(tokens, m, Math.min(limit, m + 3), true);
  if (k === m || k >= limit) return m;
  return tokens[k].type === 'number' || isNumberWord(tokens[k].lower) ? k : m;
}

/**
 * Is "over" at tokens[o] "during" ("mobilise €800 billion over four years", "spread over four years")?
 * Only right after a figure, a noun or a spreading verb, and not before "old"/"ago" ("over 200 years old").
 */
function overMeansDuring(tokens: Token[], o: number, end: number, floor: number, limit: number): boolean {
  if (end < limit && NOT_DURING_AFTER.has(tokens[end].lower)) return false;
  if (o - 1 < floor) return false;
  const p = tokens[o - 1];
  if (SPREAD_VERBS.has(p.lower)) return true;
  if (p.type === 'number' || p.type === 'currency' || p.lower === '%') return true;
  if (p.text === '"' || p.text === '”' || p.text === '’' || p.text === ')') return true;
  return p.type === 'word' && (p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'NUM') && !NOT_SUBJECT_NOUNS.has(p.lower);
}
/** Nouns the tagger may see before "over" that do not end a figure's phrase ("a period of over"). */
const NOT_SUBJECT_NOUNS = new Set(['period', 'span', 'total', 'age', 'time', 'term', 'length', 'duration', 'stretch']);

/** "EC$100", "HK$ 3 million", "NZ$40": letters glued before a dollar sign name the currency. */
function dollarPrefix(tokens: Token[], i: number, floor: number): { code: string; start: number } | null {
  const t = tokens[i];
  if (!t.text.endsWith('$')) return null;
  const p = i - 1 >= floor ? tokens[i - 1] : undefined;
  if (p && glued(p, t) && p.type === 'word' && p.text.length <= 3 && !/[a-z]/.test(p.text + t.text)) {
    const code = DOLLAR_PREFIX.get(p.lower + t.lower);
    if (code) return { code, start: i - 1 };
  }
  if (/[a-z]/.test(t.text)) return null;
  const own = DOLLAR_PREFIX.get(t.lower);
  return own ? { code: own, start: i } : null;
}

/** "the country's 5,569 mayoralties": a possessive followed by a numeral. */
function possessedNumber(tokens: Token[], k: number, limit: number): boolean {
  // "the city's 7 million people", "the city's seven million people": a numeral or a spelled number; "the country's
  // roughly 24 million voters": after the whole's own hedge.
  if (k + 1 >= limit || !isPossessiveEnding(tokens[k].lower)) return false;
  const n = wholeHedgeSkipped(tokens, k + 1, limit);
  return tokens[n].type === 'number' || isNumberWord(tokens[n].lower);
}

/** "of the territory", "of Russian territory"; with `bare`, "of North Korean soldiers" needs no determiner. */
function ofPhrase(tokens: Token[], k: number, limit: number, bare: boolean): NounPhrase | null {
  if (k >= limit || tokens[k].lower !== 'of') return null;
  let m = k + 1;
  if (m < limit && PARTITIVE_DET.has(tokens[m].lower)) m++;
  else if (!bare) {
    // "half of Ukrainian territory" still reads as a share; a pronoun ("of which", "of them") does not.
    if (m >= limit || tokens[m].pos === 'PRON' || tokens[m].pos === 'DET') return null;
  }
  // The noun span is the phrase itself; the figure's span still runs to its end. A share of a counted
  // whole ("more than half of the country's 5,569 mayoralties") stops before the whole's own figure.
  // "a fifth of 16- to 24-year-olds": an age band names people though it starts with numbers.
  const band = ageBandAt(tokens, m, limit);
  if (band) return band;
  const np = nounPhraseAt(tokens, m, limit);
  if (np && possessedNumber(tokens, np.end, limit)) return null;
  return np;
}

/** Nouns of what a sum per share is: "$0.71 profit per share", "a 24-cent dividend per share". */
const PER_SHARE_NOUNS: ReadonlySet<string> = new Set(['profit', 'earnings', 'loss', 'dividend', 'revenue', 'sales']);

/** Participles of a tally that may stand between a count and its period: "40 cases reported each week". */
const RATE_PARTICIPLES: ReadonlySet<string> = new Set(['reported', 'recorded', 'registered', 'confirmed', 'detected', 'notified']);
/** Words that make the period after them a rate's ("each week", "per day", "every month"); "a week" may be a time ago. */
const PERIOD_EACH: ReadonlySet<string> = new Set(['each', 'every', 'per']);

/**
 * The unit a rate is "per": a metric unit as read, one converted to a metric unit ("mile" to km, "acre" to ha) as
 * written, since "29 bushels per acre" is 29 bushels an acre, not 29 a hectare: converting a denominator would need the
 * figure divided, and a per-unit figure keeps the value its report wrote (round 34).
 */
function denominatorUnit(tokens: readonly Token[], start: number, measure: { unit: string; factor: number; end: number }): string {
  if (measure.factor === 1) return measure.unit;
  const words = tokens.slice(start, measure.end).map(t => singularize(t.lower));
  return words[0] === 'square' || words[0] === 'sq' ? `${words.slice(1).join('-')}2` : words.join('-');
}

/** "attacks per day", "flights a week", "km/h"; a measure of a substance too ("1,500 tonnes of steel a day"). */
function withRate(tokens: Token[], c: Counted, limit: number): Counted {
  const k = c.end;
  if (k + 1 >= limit) return c;
  const substance = c.noun === null && c.unit !== 'percent' ? substanceEnd(tokens, k, limit) : -1;
  if (substance > 0) {
    const rate = withRate(tokens, { ...c, end: substance }, limit);
    if (rate.end > substance) return rate;
  }
  // "$0.71 profit per share": an earnings noun between a sum and its "per share" (round 29).
  if (CURRENCY_VALUES.has(c.unit) && PER_SHARE_NOUNS.has(tokens[k].lower) && tokens[k + 1].lower === 'per') {
    const rate = withRate(tokens, { ...c, end: k + 1 }, limit);
    if (rate.end > k + 1) return rate;
  }
  // "fewer than 15 cases reported each week": a count's participle between its noun and the period (round 32).
  if (c.noun !== null && RATE_PARTICIPLES.has(tokens[k].lower) && k + 2 < limit && PERIOD_EACH.has(tokens[k + 1].lower)) {
    const rate = withRate(tokens, { ...c, end: k + 1 }, limit);
    if (rate.end > k + 1) return rate;
  }
  const w = tokens[k].lower;
  // "about 240 tenge to the dollar": a sum of one currency against another is an exchange rate (round 26).
  const against = RATE_LINKS.has(w) && CURRENCY_VALUES.has(c.unit) ? rateCurrency(tokens, k, limit) : null;
  if (against && against.currency !== c.unit) return { ...c, unit: `${c.unit}/${against.currency}`, end: against.end };
  const isPer = w === 'per' || w === 'a' || w === 'an' || w === 'each' || w === 'every' || (w === '/' && glued(tokens[k - 1], tokens[k]));
  if (!isPer) return c;
  // "3.2 cases per 100,000 people": a rate over a population is one figure.
  const denominator = w === 'per' ? perDenominator(tokens, k, limit) : null;
  if (denominator) return { ...c, unit: `${c.unit}/${denominator.value}`, end: denominator.end };
  // "17.95 rand per dollar": an exchange rate.
  const perCurrency = w === 'per' ? CURRENCY_WORDS.get(tokens[k + 1].lower) : undefined;
  if (perCurrency) return { ...c, unit: `${c.unit}/${perCurrency}`, end: k + 2 };
  const period = RATE_PERIODS.get(singularize(tokens[k + 1].lower));
  if (!period) {
    if (w === 'a' || w === 'an') return pricePerItem(tokens, c, k, limit);
    if (w !== 'per') return c;
    // "$9,100 per tonne": a price per unit of measure ("per cent" is read as a unit before this).
    const measure = readUnit(tokens, k + 1, limit);
    if (measure) return measure.unit === 'percent' ? c : { ...c, unit: `${c.unit}/${denominatorUnit(tokens, k + 1, measure)}`, end: measure.end };
    // "$60 per barrel", "$12-$13 per share": a price per item.
    const item = tokens[k + 1];
    const perItem = item.type === 'word' && item.pos === 'NOUN' && /^[a-z]+$/.test(item.text) && singularize(item.lower) === item.lower;
    return perItem ? { ...c, unit: `${c.unit}/${item.lower}`, end: k + 2 } : c;
  }
  // Speeds keep their usual name.
  if (c.unit === 'km' && period === 'hour') return { ...c, unit: 'km/h', end: k + 2 };
  // "$2.2bn a year earlier" is a time reference, not a rate.
  const after = k + 2 < limit ? tokens[k + 2].lower : '';
  if (after === 'earlier' || after === 'ago' || after === 'later' || after === 'before' || after === 'after') return c;
  // "a day" only after a counted noun or unit; "per capita" too.
  return { ...c, unit: `${c.unit}/${period}`, end: k + 2 };
}

/** After a measure, "of steel", "of crude oil" (one to three lower-case words) before a rate's "a"/"per"; else -1. */
function substanceEnd(tokens: Token[], k: number, limit: number): number {
  if (tokens[k].lower !== 'of') return -1;
  let m = k + 1;
  while (m < limit && m <= k + 3 && /^[a-z]+$/.test(tokens[m].text) && (tokens[m].pos === 'NOUN' || tokens[m].pos === 'ADJ')) m++;
  if (m === k + 1 || m + 1 >= limit) return -1;
  const w = tokens[m].lower;
  return (w === 'a' || w === 'per' || w === 'an' || w === 'each' || w === 'every') && RATE_PERIODS.has(singularize(tokens[m + 1].lower)) ? m : -1;
}

/**
 * "$84.20 a barrel", "$5 a share": money before "a" and a singular noun that closes the clause (the next token is
 * no word, or a preposition or conjunction); "$5m a company said" is no price.
 */
function pricePerItem(tokens: Token[], c: Counted, k: number, limit: number): Counted {
  const item = tokens[k + 1];
  if (!CURRENCY_CODES.has(c.unit) || item.type !== 'word' || item.pos !== 'NOUN' || !/^[a-z]+$/.test(item.text) ||
    singularize(item.lower) !== item.lower) return c;
  const after = k + 2 < limit ? tokens[k + 2] : undefined;
  if (after && after.type === 'word' && after.pos !== 'ADP' && after.pos !== 'CCONJ') return c;
  return { ...c, unit: `${c.unit}/${item.lower}`, end: k + 2 };
}
const CURRENCY_CODES: ReadonlySet<string> = new Set([...CURRENCY_PREFIX.values(), ...CURRENCY_WORDS.values(), ...DOLLAR_PREFIX.values()]);

/** "per 100,000 people", "per 1,000": a population a rate is counted over (a round figure of ten or more). */
function perDenominator(tokens: Token[], k: number, limit: number): { value: number; end: number } | null {
  // "per 100,000 people", "per one lakh live births".
  if (k + 1 >= limit || tokens[k].lower !== 'per' || (tokens[k + 1].type !== 'number' && !isNumberWord(tokens[k + 1].lower))) return null;
  const b = readNumber(tokens, k + 1, limit);
  if (!b || b.value < 10 || !/^10*$/.test(String(b.value))) return null;
  const np = b.end < limit ? nounPhraseAt(tokens, b.end, limit) : null;
  return { value: b.value, end: np ? np.end : b.end };
}

/** "the past 24 hours", "the next two weeks", "three days ago", "the three months to June". */
function isTimeWindow(tokens: Token[], start: number, end: number, floor: number, limit: number): boolean {
  if (start > floor && TIME_WINDOW.has(tokens[start - 1].lower)) return true;
  // A reporting period: "in the three months to June", "the 12 months ended September 30", "the six months to the end of".
  if (start > floor && tokens[start - 1].lower === 'the' && end + 1 < limit && PERIOD_ENDS.has(tokens[end].lower)) {
    const to = periodAnchor(tokens, end + 1, limit);
    if (isMonth(to) || to.lower === 'the' || /^(19|20)\d\d$/.test(to.text)) return true;
  }
  // "symptoms can occur up to 50 days later": after a verb of symptoms showing, a length still (round 34).
  if (end < limit && WINDOW_AFTER.has(tokens[end].lower)) return tokens[end].lower !== 'later' || !onsetVerbBefore(tokens, start, floor);
  // "before" that ends its clause is "earlier" ("5% higher than a year before."); before an event it leaves a length
  // ("nine days before the inauguration").
  return end < limit && tokens[end].lower === 'before' && (end + 1 >= limit || tokens[end + 1].type === 'punctuation');
}
/**
 * The word a reporting period ends on, after its "to"/"ending" at tokens[k]: past an "in" ("the 12 months ending in May")
 * and a day of the month ("the eight weeks to 12 March") to the month itself (round 41).
 */
function periodAnchor(tokens: Token[], k: number, limit: number): Token {
  const t = tokens[k];
  const skip = t.lower === 'in' || (t.type === 'number' && /^\d{1,2}$/.test(t.text));
  return skip && k + 1 < limit ? tokens[k + 1] : t;
}
/** After a length of time these make it a point in time ("three days ago", "14 years previously"). */
const WINDOW_AFTER = new Set(['ago', 'earlier', 'later', 'previously', 'prior']);
