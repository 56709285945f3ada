// The population a rate is of: "unemployment among women", "youth unemployment", "7.8% in urban areas". A rate for a
// part of the people (one sex, the young, towns or the countryside, a way of voting) is no rival of the headline rate nor of another
// part's: 5.7% for women and 6.1% overall both hold. Counts of people keep their kind in frame.ts (SUBGROUPS).
import type { PreparedText, Token } from '../types';
import type { DetailedClaim } from './detail';
import { paragraphStart, sentenceIndexAt, tokenAt } from './tokens';
import { INDEX_HEADS, NOT_ORG_ACRONYMS } from '../entities/acronyms';

/** Words naming a part of a population, by the part. One table: sex, youth, urban or rural. */
const PARTS: ReadonlyMap<string, string> = new Map([
  ...['men', 'males', 'male'].map(w => [w, 'male'] as const),
  ...['women', 'females', 'female'].map(w => [w, 'female'] as const),
  ...['youth', 'youths', 'young'].map(w => [w, 'youth'] as const),
  ['urban', 'urban'], ['rural', 'rural'],
]);
/**
 * Ways of voting that make a part of the voters, each only before a word of voting ("in early voting", "the postal
 * vote"; "in early March" is no part): turnout in early voting is no rival of the election's turnout.
 */
const MODES: ReadonlyMap<string, string> = new Map([['early', 'early'], ['advance', 'early'], ['postal', 'postal'],
  ['absentee', 'postal'], ['overseas', 'abroad']]);
const VOTING = new Set(['voting', 'vote', 'votes', 'ballot', 'ballots', 'polling']);
/**
 * Parts of the consumer price index and other indices of prices, each only before a word of prices (round 19): "food
 * inflation reached 26.08%", "a core inflation rate of 22.59%", "energy prices rose 12%", "Wholesale Price Index (WPI)
 * inflation", "SPI inflation" are rates of a part of the basket or of another index, no rival of the headline consumer
 * rate (the all-items index) nor of each other.
 */
const BASKETS: ReadonlyMap<string, string> = new Map([['food', 'food'], ['core', 'core'], ['energy', 'energy'],
  ['fuel', 'energy'], ['wholesale', 'wholesale'], ['wpi', 'wholesale'], ['producer', 'producer'], ['ppi', 'producer'],
  ['sensitive', 'sensitive'], ['spi', 'sensitive'], ['non-food', 'nonfood'], ['nonfood', 'nonfood'],
  // "inflation for imported items rose to 62.5 per cent", "for locally produced goods fell to 50.0 percent" (round 27).
  ['imported', 'imported'], ['local', 'local'], ['locally', 'local'],
  // "the retail prices index (RPI) fell to 5.4%", "CPIH rose 6.2%": Britain's other indices of prices (round 29).
  ['retail', 'retail'], ['rpi', 'retail'], ['cpih', 'housing']]);
const PRICING = new Set(['inflation', 'prices', 'price', 'index', 'cpi']);
/**
 * The basket words that are an index's own initials ("WPI", "RPI"): derived from the acronyms that name no body, they
 * name their index alone, as a subject ("RPI was 5.4%") with no word of prices after them (round 29).
 */
const INDEX_INITIALS: ReadonlySet<string> = new Set([...BASKETS.keys()].filter(w => NOT_ORG_ACRONYMS.has(w.toUpperCase())));
/**
 * Basket words that name an index only before the index's own noun: "retail price index" is Britain's RPI, while
 * "retail inflation" is the consumer rate itself in India's reports.
 */
const ONLY_BEFORE_INDEX = new Set(['retail']);
/**
 * Nouns naming a part of the basket itself (round 21): "inflation of the food group", "the non-food category rose" name
 * the part as surely as "food inflation" does.
 */
const BASKET_NOUNS = new Set(['group', 'category', 'component', 'basket', 'items', 'sub-index', 'subindex', 'goods', 'products']);
/** Participles between a basket's word and its noun: "locally produced goods", "locally made items". */
const BASKET_PARTICIPLES = new Set(['produced', 'made', 'grown', 'manufactured']);
/** The word at i names a part of a price index before a word of prices or a basket noun, past one participle. */
function namesBasket(tokens: readonly Token[], i: number): boolean {
  if (isIndexInitials(tokens[i])) return true;
  const j = BASKET_PARTICIPLES.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  const next = tokens[j]?.lower ?? '';
  if (ONLY_BEFORE_INDEX.has(tokens[i].lower)) return (next === 'price' || next === 'prices') && INDEX_HEADS.has(tokens[j + 1]?.lower ?? '');
  return PRICING.has(next) || BASKET_NOUNS.has(next);
}
/** The token is an index's initials written in capitals ("RPI", not a word "rpi"). */
function isIndexInitials(t: Token | undefined): boolean {
  return !!t && INDEX_INITIALS.has(t.lower) && t.text === t.text.toUpperCase();
}
/** The part a word at i names: a part of the people, a way of voting before a word of voting, a part of a price index. */
function partAt(tokens: readonly Token[], i: number): string | undefined {
  const w = tokens[i].lower;
  const mode = MODES.get(w);
  const basket = BASKETS.get(w);
  return PARTS.get(w) ?? (mode && VOTING.has(tokens[i + 1]?.lower ?? '') ? mode : undefined)
    ?? (basket && namesBasket(tokens, i) ? basket : undefined);
}
/** Parts that may modify the noun after them with no preposition ("youth unemployment", "rural zones"). */
const MODIFIERS = new Set(['male', 'female', 'young', 'youth', 'urban', 'rural', ...MODES.keys(), ...BASKETS.keys()]);
/** Prepositions that put a rate on a population: "among men", "for women", "of all youth", "in rural areas". */
const HEADS = new Set(['among', 'for', 'of', 'in']);
/** Words between such a preposition and the part: "of all employable youth", "in the case of women" stops at "of". */
const BETWEEN = new Set(['DET', 'ADJ']);
/**
 * Nouns a part modifies with no preposition when it is the rate's population: the rate itself ("youth unemployment",
 * "the female jobless rate"), the people ("young workers") or the area ("rural zones"). "Youth groups", "women's rights"
 * name no population of a rate. An index's initials may stand between ("urban CPI inflation", round 18): the second word
 * after the part is read too.
 */
const MODIFIED = new Set(`unemployment jobless joblessness employment unemployed underemployment rate rates turnout
  participation literacy poverty people adults workers voters population residents households areas zones regions
  districts inflation prices price index cpi`.split(/\s+/));
/** How far a part after a preposition may lie from its figure, in tokens. */
const REACH = 12;
/** How far a part modifying the rate's noun may lie before its figure ("youth jobless rate, which ..., rose to 21%"). */
const SUBJECT_REACH = 20;

/** Words that open an age range: "aged 16 to 24", "between the ages of 15 and 29". */
const AGE_WORDS = new Set(['aged', 'ages', 'age']);
/** The oldest upper age of a range read as the young: statistics of youth stop at 24, 29 or 34. */
const YOUTH_UNTIL = 34;
const YOUNGEST = 10;

/** The number a token states, or NaN. */
const numberAt = (tokens: readonly Token[], i: number): number =>
  tokens[i]?.pos === 'NUM' && /^\d{1,3}$/.test(tokens[i].text) ? Number(tokens[i].text) : NaN;

/**
 * An age range of the young starts at i: "aged 16 to 24", "the ages of 15 and 29", "16- to 24-year-olds" (the upper
 * age at most YOUTH_UNTIL).
 */
function youngAgesAt(tokens: readonly Token[], i: number): boolean {
  let j = i;
  if (AGE_WORDS.has(tokens[i].lower)) {
    j = i + 1;
    while (j < i + 3 && Number.isNaN(numberAt(tokens, j))) j++;
  } else if (Number.isNaN(numberAt(tokens, i)) || !Number.isNaN(numberAt(tokens, i - 2))) return false;
  const low = numberAt(tokens, j);
  if (Number.isNaN(low) || low < YOUNGEST) return false;
  for (let k = j + 1; k <= j + 3; k++) {
    const high = numberAt(tokens, k);
    if (Number.isNaN(high)) continue;
    if (high <= low || high > YOUTH_UNTIL) return false;
    // A bare range of numbers is an age range only when "year(s) old" follows it; after "aged" or "ages" it is one.
    return j > i || /^years?$/.test(tokens[k + 1]?.lower === '-' ? tokens[k + 2]?.lower ?? '' : tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/** A percentage of the sentence as a token range [a, b). */
export interface FigureSpan { a: number; b: number }

/** The token index of the preposition heading the part at i ("among" in "among young men"), or -1. */
function headOf(tokens: readonly Token[], i: number, from: number): number {
  for (let j = i - 1, steps = 0; j >= from && steps < 4; j--, steps++) {
    if (HEADS.has(tokens[j].lower)) return j;
    if (!BETWEEN.has(tokens[j].pos)) return -1;
  }
  return -1;
}

/**
 * The figure a part word at i belongs to, as an index into `figures` (sorted), or -1. A part after a preposition
 * ("9.1% for females and 8.8% for males", "among men stood at 6.2%") goes to the nearer figure, the one before it on a
 * tie; a part modifying a noun ("youth unemployment was 13%", "rural zones (5.3%)") to the figure after it.
 */
function figureOf(tokens: readonly Token[], i: number, figures: readonly FigureSpan[], from: number): number {
  const word = tokens[i].lower;
  // "youth unemployment", "the youth jobless rate": the noun right after, or after one more modifier.
  // An index's initials name the rate themselves: "RPI was 5.4%" holds its figure as "RPI inflation" does.
  const modifies = MODIFIED.has(tokens[i + 1]?.lower ?? '') || MODIFIED.has(tokens[i + 2]?.lower ?? '') || isIndexInitials(tokens[i]);
  const headed = headOf(tokens, i, from) >= 0;
  if (!headed && !(modifies && MODIFIERS.has(word))) return -1;
  return headed ? nearest(i, figures, REACH) : nearest(i, figures, SUBJECT_REACH, true);
}

/**
 * The figure nearest a part at i within `reach` tokens (the one before on a tie), or only the one after: -1 if none.
 * `figures` are in order and apart, so the first one ending after i is found by halving (round 46: a sentence of
 * thousands of percentages asked this of every part word, each time from the first figure).
 */
function nearest(i: number, figures: readonly FigureSpan[], reach: number, aheadOnly = false): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (figures[mid].b <= i) lo = mid + 1;
    else hi = mid;
  }
  if (lo < figures.length && figures[lo].a <= i) return lo;
  const back = lo - 1;
  const ahead = lo < figures.length ? lo : -1;
  const dBack = back >= 0 && !aheadOnly ? i - figures[back].b : Infinity;
  const dAhead = ahead >= 0 ? figures[ahead].a - i - 1 : Infinity;
  if (Math.min(dBack, dAhead) > reach) return -1;
  return dBack <= dAhead ? back : ahead;
}

/**
 * The population of each percentage of the sentence [from, to) (`figures`, its percentages in order), as a scope id
 * ("pop:female", "pop:male+rural"), or null when the sentence names no part of the people for it. An old value ("rose
 * to 84.6% from 82.5%") takes the parts of the new value before it when it names none of its own. One pass over the
 * sentence gives every figure its parts (round 46: read once per figure, a sentence of percentages cost its square).
 */
export function sentencePopulations(tokens: readonly Token[], from: number, to: number,
  figures: readonly FigureSpan[]): (string | null)[] {
  const own = ownParts(tokens, from, to, figures);
  return own.map((id, k) => id ?? (isOldValue(tokens, figures, k) ? own[k - 1] : null));
}

/** The parts the sentence [from, to) names for each of its percentages, as scope ids, before any old-value lending. */
function ownParts(tokens: readonly Token[], from: number, to: number, figures: readonly FigureSpan[]): (string | null)[] {
  const parts: (Set<string> | undefined)[] = new Array(figures.length);
  const sameAges: boolean[] = new Array(figures.length).fill(false);
  const add = (k: number, part: string) => { if (k >= 0) (parts[k] ??= new Set()).add(part); };
  let young = false;
  for (let i = from; i < to; i++) {
    if (youngAgesAt(tokens, i)) {
      young = true;
      add(nearest(i, figures, REACH), 'youth');
      continue;
    }
    // "17.4% for men aged 15 to 29 and 13.6% for women in the same age group": the ages named before.
    if (tokens[i].lower === 'same' && tokens[i + 1]?.lower === 'age') {
      const k = nearest(i, figures, REACH);
      if (k >= 0) sameAges[k] = true;
    }
    const part = partAt(tokens, i);
    if (!part || tokens[i + 1]?.lower === "'s") continue;
    add(figureOf(tokens, i, figures, from), part);
  }
  return figures.map((_, k) => {
    if (sameAges[k] && young) add(k, 'youth');
    const set = parts[k];
    return set?.size ? `${POPULATION_PREFIX}${[...set].sort().join('+')}` : null;
  });
}

/** How many tokens may stand between a changed rate and the "from" of its old value ("84.6% in August 2022 from"). */
const OLD_VALUE_GAP = 6;

/**
 * The figure `self` is the old value of the figure before it: "food inflation rose to 84.6% in August from 82.5% in
 * July" (round 21). The old value is the same rate's, of the same part of the basket or the people, though the part's
 * word lies nearer the new value. No punctuation between: "…to 84.6%, while inflation was 66.7% from …" is another rate.
 */
function isOldValue(tokens: readonly Token[], figures: readonly FigureSpan[], self: number): boolean {
  if (self < 1) return false;
  const at = figures[self].a;
  if (tokens[at - 1]?.lower !== 'from') return false;
  const after = figures[self - 1].b;
  if (at - 1 - after > OLD_VALUE_GAP) return false;
  // "fell to 5.4 per cent, from 5.6 per cent": a comma right before "from" still joins the old value (round 29).
  const upTo = tokens[at - 2]?.text === ',' ? at - 2 : at - 1;
  for (let i = after; i < upTo; i++) if (tokens[i].type !== 'word' && tokens[i].pos !== 'NUM') return false;
  return true;
}

export const POPULATION_PREFIX = 'pop:';

/** A scope id naming the population a rate is of: both sides of a match must name the same one, or none. */
export function isPopulationId(id: string): boolean {
  return id.startsWith(POPULATION_PREFIX);
}

/** Parts of speech that may stand between a subject pronoun and its verb ("it has also risen"). */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);

/** Demonstratives that open a sentence as its subject, standing for the figure before: "This is double that month's rate". */
const OPENING_SUBJECTS = new Set(['this', 'that']);

/**
 * How the sentence [from, before) refers back to the figure before it: 'it' when "it" is the subject of a verb, before
 * any figure ("MoM, it rose 1.5 percent"); 'opening' when it opens with "this"/"that" as the subject ("This is more than
 * double that month's official 19.7% rate", round 27); null otherwise.
 */
function backReference(tokens: readonly Token[], from: number, before: number): 'it' | 'opening' | null {
  // A demonstrative's own verb stands right after it (a determiner has its noun there: "This year's rate").
  if (OPENING_SUBJECTS.has(tokens[from]?.lower ?? '') && isVerbAt(tokens, from + 1)) return 'opening';
  for (let i = from; i < before; i++) {
    if (tokens[i].pos === 'NUM') return null;
    // "If students were counted, the rate may have reached 31%": "the rate" as a subject is the rate just named (counted34).
    const pointer = tokens[i].lower === 'it' ? i : tokens[i].lower === 'the' && RATE_NOUNS.has(tokens[i + 1]?.lower ?? '') ? i + 1 : -1;
    if (pointer < 0) continue;
    return subjectOfVerb(tokens, pointer, before) ? 'it' : null;
  }
  return null;
}

/** Nouns that, after "the", stand for the rate named just before: "the rate may have reached 31%". */
const RATE_NOUNS = new Set(['rate', 'figure']);

function isVerbAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX';
}

/** The word at i is a verb's subject: a verb or an auxiliary ("could have been") after it, past up to three adverbs or particles. */
function subjectOfVerb(tokens: readonly Token[], i: number, before: number): boolean {
  let j = i + 1;
  while (j < before && BEFORE_VERB.has(tokens[j].pos) && !isVerbAt(tokens, j) && j - i <= 3) j++;
  return isVerbAt(tokens, j);
}

/**
 * "an economist reckoned that this might be nearer 30%": "this" as the subject of a verb between two percentages of
 * one sentence stands for the one before (counted34), so the later figure is of its population.
 */
function pointsBackInSentence(tokens: readonly Token[], from: number, before: number): boolean {
  for (let i = from; i < before; i++) {
    if (tokens[i].pos === 'NUM') return false;
    if (tokens[i].lower === 'this' && subjectOfVerb(tokens, i, before)) return true;
  }
  return false;
}

/**
 * "Urban CPI inflation increased to 35.1 percent. MoM, it rose 1.5 percent": a rate whose sentence has "it" for its
 * subject is the rate the sentence before named, of that rate's population, when that sentence (in the same paragraph)
 * names one population only. Round 18: the urban month-on-month rise was read as the whole country's. Round 27: so is a
 * rate of a sentence opening "This is ..." ("This is more than double that month's official 19.7% rate").
 */
export function carryPopulations(prepared: PreparedText, claims: DetailedClaim[]): void {
  const { tokens, sentences } = prepared;
  let sentence = -1;
  let pops = new Set<string>();
  let before: { sentence: number; para: number; pop: string | null } | null = null;
  let para = -1;
  let last: { end: number; pop: string | undefined } | null = null;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (c.measure.unit !== 'percent' || c.derived || !c.detail) continue;
    const qa = tokenAt(tokens, c.quantity.start);
    const si = sentenceIndexAt(sentences, c.quantity.start);
    if (si !== sentence) {
      if (sentence >= 0) before = { sentence, para, pop: pops.size === 1 ? [...pops][0] : null };
      sentence = si;
      para = paragraphStart(prepared, qa);
      pops = new Set();
      last = null;
    }
    let pop = c.scope.find(isPopulationId);
    const s = sentences[si];
    if (!pop && last?.pop && pointsBackInSentence(tokens, last.end, qa)) {
      pop = last.pop;
      claims[k] = { ...c, scope: [...c.scope, pop], detail: { ...c.detail, roles: [...c.detail.roles, 'group'] } };
    }
    // An opening "This is ..." speaks of the sentence right before, even across a paragraph break.
    const back = !pop && before?.pop && before.sentence === si - 1 && s ? backReference(tokens, s.tokenStart, qa) : null;
    if (back === 'opening' || (back === 'it' && before?.para === para)) {
      pop = before!.pop!;
      claims[k] = { ...c, scope: [...c.scope, pop], detail: { ...c.detail, roles: [...c.detail.roles, 'group'] } };
    }
    if (pop) pops.add(pop);
    last = { end: tokenAt(tokens, Math.max(c.quantity.start, c.quantity.end - 1)) + 1, pop };
  }
}
