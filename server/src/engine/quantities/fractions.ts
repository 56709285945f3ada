// Shares and ratios: "half of", "two thirds of", "one in four", "a one-in-15 chance".
import type { Token } from '../types';
import type { Core } from './core';
import { isYearLike } from './exclusions';
import { hedgeBefore } from './hedges';
import { FRACTION_DENOMINATORS, MULTIPLIERS, glued, isNumberWord, numberWordValue, readNumber, round } from './numbers';
import { TIME_UNITS, isShortUnit, readUnit } from './units';

/** Determiners that open the "of" phrase of a share or partitive ("half of the territory", "two of the soldiers"). */
export const PARTITIVE_DET = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'all', 'this', 'that', 'my', 'your']);

/**
 * A round or a small whole after "out of" makes a ratio, no partitive: "nine out of 10 say", "two out of three Americans",
 * "three out of four babies" are shares of everyone; "14 out of 45 passengers" counts passengers.
 */
export const ROUND_WHOLES = new Set(['10', '100', '1,000', '1000', 'ten', 'hundred', '2', '3', '4', 'two', 'three', 'four']);

/** Words before "half" that make it a part of a period ("the first half of the year"). */
const HALF_PERIODS = new Set(['first', 'second', 'latter', 'former', 'opening', 'closing', 'final']);

/** "half of", "a third of", "two thirds of", "two-thirds of", "a quarter of": a share of something. */
export function readFraction(tokens: Token[], i: number, limit: number): Core | null {
  const ratio = readRatio(tokens, i, limit);
  if (ratio) return ratio;
  const numerator = numeratorAt(tokens, i, limit);
  if (!numerator) return null;
  const { num } = numerator;
  let { k } = numerator;
  const lower = tokens[i].lower;
  if (k > i && k < limit && tokens[k].lower === '-' && glued(tokens[k - 1], tokens[k])) k++;
  if (k >= limit) return null;
  const den = denominatorAt(tokens, k, limit);
  if (den === undefined) return null;
  const points = pointShare(tokens, i, k, num, den, limit);
  if (points) return points;
  // "half" needs no numerator; "a half" is rare and "one and a half" is not a share.
  if (lower !== 'half' && tokens[k].lower === 'half' && lower !== 'one') return null;
  // Plural denominators go with numerators above one ("two thirds"), singular with one ("a third").
  const pluralDen = tokens[k].lower.endsWith('s');
  // A hyphenated share before its noun may keep a singular denominator: "a three-quarter stake" (round 34).
  const compound = num > 1 && !pluralDen && tokens[k - 1].lower === '-';
  if ((num > 1) !== pluralDen && tokens[k].type !== 'ordinal' && !compound) return null;
  // "half a second", "half an hour": a share of one unit.
  if (lower === 'half' && unitOfA(tokens, k + 1, limit)) {
    return {
      start: i, end: k + 1, numStart: i, numEnd: k + 1, low: 0.5, high: 0.5, value: 0.5, kind: 'fraction', word: true,
      needsNoun: false, currency: null,
    };
  }
  if (!shareFollows(tokens, i, k, limit)) return null;
  return shareOf(tokens, i, k, round(num / den), limit);
}

/** The numerator of a share at tokens[i] and the token its denominator starts at; null when none starts there. */
function numeratorAt(tokens: Token[], i: number, limit: number): { num: number; k: number } | null {
  const lower = tokens[i].lower;
  if (lower === 'half') {
    // "the first half of this year", "the second half of the match": a part of a period, no share.
    if (i > 0 && HALF_PERIODS.has(tokens[i - 1].lower)) return null;
    return { num: 1, k: i };
  }
  if (lower === 'a' || lower === 'an' || lower === 'one') return { num: 1, k: i + 1 };
  if (isNumberWord(lower) || (tokens[i].type === 'number' && tokens[i].text.length <= 3 && i + 1 < limit &&
    (FRACTION_DENOMINATORS.get(tokens[i + 1].lower) ?? 0) >= 10)) {
    // "two thirds", and in digits "11 hundredths of a second" ("12 quarters" counts periods).
    const r = readNumber(tokens, i, limit);
    if (!r || r.end !== i + 1) return null;
    return { num: r.value, k: i + 1 };
  }
  return null;
}

/** The denominator word at tokens[k] ("third", "quarters"). */
function denominatorAt(tokens: Token[], k: number, limit: number): number | undefined {
  // "a 10th of a second": an ordinal in digits is a denominator before "of a" and a unit.
  return FRACTION_DENOMINATORS.get(tokens[k].lower) ??
    (tokens[k].type === 'ordinal' && k + 1 < limit && tokens[k + 1].lower === 'of' && unitOfA(tokens, k + 2, limit)
      ? Number(tokens[k].text.slice(0, -2)) || undefined : undefined);
}

/** A share is followed by "of" or a determiner ("half the territory"); otherwise "a third" is an ordinal. */
function shareFollows(tokens: Token[], i: number, k: number, limit: number): boolean {
  const next = k + 1 < limit ? tokens[k + 1].lower : '';
  // "up by a fifth", "cut by two thirds": after "by" a share needs no "of" (but "by a third party" is an ordinal).
  const after = k + 1 < limit ? tokens[k + 1] : undefined;
  const byShare = i > 0 && tokens[i - 1].lower === 'by' &&
    (!after || after.type !== 'word' || !(after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ'));
  // "a two-thirds majority", "a one-third stake": a hyphenated share after an article modifies the noun after it.
  const attributive = k > i && tokens[k - 1].lower === '-' && i > 0 && (tokens[i - 1].lower === 'a' || tokens[i - 1].lower === 'an') &&
    after !== undefined && after.type === 'word' && after.pos === 'NOUN';
  return next === 'of' || PARTITIVE_DET.has(next) || byShare || attributive || hedgedSubject(tokens, i, k, limit);
}

/**
 * "Nearly half said ...", "more than half have ...", "about two-thirds, 67 percent, say": a hedged share standing alone
 * as a clause's subject is a share of the people just named (round 23). The hedge and the verb (or a comma restating
 * it) make it a figure: a bare "a third" after anything else stays an ordinal ("the third candidate", "finished third").
 */
function hedgedSubject(tokens: Token[], i: number, k: number, limit: number): boolean {
  if (k + 1 >= limit) return false;
  const after = tokens[k + 1];
  // "One quarter say ...": a share opening its sentence or quotation is its verb's subject too (round 34).
  if (hedgeBefore(tokens, i, 0) === null) return openingShare(tokens, i) && (after.pos === 'VERB' || after.pos === 'AUX');
  // "almost a quarter (23%) of flights": a bracket restates the share as a comma does (round 34).
  return after.pos === 'VERB' || after.pos === 'AUX' || after.lower === ',' || after.lower === '(';
}

/** Marks after which a capitalised word opens a sentence or a quotation. */
const OPENERS = new Set(['.', '"', '\u201c', '!', '?', ':']);
/** The share at tokens[i] is capitalised and opens its sentence or quotation ("One third voted", '"A fifth say'). */
function openingShare(tokens: Token[], i: number): boolean {
  return /^[A-Z]/.test(tokens[i].text) && (i === 0 || OPENERS.has(tokens[i - 1].text) || tokens[i - 1].type === 'tabCRLF');
}

/** The share v from tokens[i] to the denominator at k, or a number when it is a share of a scale. */
function shareOf(tokens: Token[], i: number, k: number, v: number, limit: number): Core {
  const next = k + 1 < limit ? tokens[k + 1].lower : '';
  // "a quarter of a million": a share of a scale is a number.
  const scale = next === 'of' && k + 3 < limit && (tokens[k + 2].lower === 'a' || tokens[k + 2].lower === 'an')
    ? MULTIPLIERS.get(tokens[k + 3].lower) ?? 0 : 0;
  if (scale >= 1000) {
    const n = round(v * scale);
    return {
      start: i, end: k + 4, numStart: i, numEnd: k + 4, low: n, high: n, value: n, kind: 'number', word: true,
      needsNoun: false, currency: null,
    };
  }
  return {
    start: i, end: k + 1, numStart: i, numEnd: k + 1, low: v, high: v, value: v, kind: 'fraction', word: true,
    needsNoun: false, currency: null,
  };
}

/** "a one-in-15 chance", "a 1-in-100 risk": a ratio written as one hyphenated word. */
export function hyphenRatio(t: Token, i: number): Core | null {
  const m = HYPHEN_RATIO.exec(t.lower);
  if (!m) return null;
  const a = numberWordValue(m[1]) ?? Number(m[1]);
  const b = Number(m[2].replace(/,/g, ''));
  if (!Number.isFinite(a) || !Number.isFinite(b) || !(b > a) || a <= 0) return null;
  const v = round(a / b);
  return {
    start: i, end: i + 1, numStart: i, numEnd: i + 1, low: v, high: v, value: v, kind: 'fraction', word: true,
    needsNoun: false, currency: null,
  };
}
/** Numerator (a word or digits), "-in-", and a denominator in digits: "one-in-15", "1-in-1,000". */
const HYPHEN_RATIO = /^([a-z]+|\d{1,3})-in-(\d{1,3}(?:,\d{3})*)$/;

/** "a second", "an hour", "a mile" at tokens[j]: one unit of measure or of time, as a share's whole. */
export function unitOfA(tokens: Token[], j: number, limit: number): { unit: string; factor: number; end: number } | null {
  if (j + 1 >= limit || (tokens[j].lower !== 'a' && tokens[j].lower !== 'an')) return null;
  const u = readUnit(tokens, j + 1, limit);
  if (u && !isShortUnit(tokens[j + 1].lower)) return u;
  const w = tokens[j + 1].lower;
  // "half a point" (of an index or a rate) like "half an hour".
  return TIME_UNITS.has(w) || w === 'point' ? { unit: w, factor: 1, end: j + 2 } : null;
}

/**
 * "a quarter point", "a half-point cut", "a quarter percentage point": a share of one point is a number of points (the
 * unit is read after it as for any figure). `k` is the denominator's token.
 */
function pointShare(tokens: Token[], i: number, k: number, num: number, den: number, limit: number): Core | null {
  if (num !== 1 || (den !== 2 && den !== 4) || tokens[i].lower === 'half' || tokens[k].lower.endsWith('s')) return null;
  let u = k + 1;
  if (u < limit && tokens[u].lower === '-' && glued(tokens[k], tokens[u])) u++;
  const unit = u < limit ? tokens[u].lower : '';
  if (unit !== 'point' && !(unit === 'percentage' && u + 1 < limit && tokens[u + 1].lower === 'point')) return null;
  const v = 1 / den;
  return { start: i, end: u, numStart: i, numEnd: k + 1, low: v, high: v, value: v, kind: 'number', word: true, needsNoun: false, currency: null };
}

/**
 * "one in four adults", "1 in 5", "one in every five", "nine out of 10 doctors", "one out of every four voters": a share
 * written as a ratio. After "out of" the whole must be round or small, or follow "every": "14 out of 45 passengers" counts
 * passengers.
 */
function readRatio(tokens: Token[], i: number, limit: number): Core | null {
  const a = readNumber(tokens, i, limit);
  if (!a || a.end + 1 >= limit || a.scale !== 1) return null;
  const outOf = tokens[a.end].lower === 'out' && tokens[a.end + 1].lower === 'of';
  if (tokens[a.end].lower !== 'in' && !outOf) return null;
  let k = a.end + (outOf ? 2 : 1);
  const every = k < limit && tokens[k].lower === 'every';
  if (every) k++;
  if (k >= limit || (outOf && !every && !ROUND_WHOLES.has(tokens[k].lower))) return null;
  const b = readNumber(tokens, k, limit);
  // "rose 3 in 2020": a year after "in" is when, not a denominator.
  if (b && !b.word && isYearLike(tokens[k])) return null;
  // "one in four", "1 in 5", "one in 10", "one in 10,000" (a spelled one before a whole denominator, up to a million),
  // "Nine in 10" (a spelled numerator over a round 10, 100 or 1,000).
  const mixed = a.word && !(b?.word ?? true) && Number.isInteger(b!.value) &&
    (a.value === 1 ? b!.value <= 1e6 : b!.value === 10 || b!.value === 100 || b!.value === 1000);
  if (!b || b.value <= a.value || b.scale !== 1 || (b.word !== a.word && !mixed)) return null;
  const v = round(a.value / b.value);
  return {
    start: i, end: b.end, numStart: i, numEnd: b.end, low: v, high: v, value: v, kind: 'fraction', word: a.word,
    needsNoun: false, currency: null,
  };
}
