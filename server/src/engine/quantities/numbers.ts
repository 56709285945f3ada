// Numerals and number words: reads the figure that starts at a token.
import type { Token } from '../types';
import { CURRENCY_WORDS, TIME_UNITS, readUnit } from './units';
import { isMonth } from './exclusions';
import { verbForms } from '../text/inflection';

/** Cardinal words below a hundred. Tens combine with units ("forty-two", "forty two"). */
const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80],
  ['ninety', 90],
]);

/** Scale words after a figure ("1.5 million", "$2bn", "two hundred"). */
const SPELLED_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  // South Asian scales: "Rs 16,192 crore", "5 lakh", "Rs 1.07 lakh crore" (stacked: 1e12).
  ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['crore', 1e7], ['crores', 1e7],
]);
/** Abbreviated scales ("$2 bn", "5 mln"). */
const SHORT_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['bn', 1e9], ['mln', 1e6], ['mn', 1e6], ['tn', 1e12], ['trn', 1e12],
]);
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([...SPELLED_MULTIPLIERS, ...SHORT_MULTIPLIERS]);
/**
 * Scales spelled in full that head a group of digits below them ("69 thousand 546", "5 crore 20 lakh"): a thousand or
 * more. Abbreviations are left out: agencies that write "bn" write the rest as a decimal ("2.35 bn").
 */
const GROUP_SCALES: ReadonlySet<string> = new Set([...SPELLED_MULTIPLIERS].filter(([, m]) => m >= 1e3).map(([w]) => w));
/** The scales spelled in full that a figure in words or digits takes ("two hundred", "3 million"), by value. */
export const WORD_SCALES: ReadonlyMap<string, number> =
  new Map(['hundred', 'thousand', 'million', 'billion'].map(w => [w, MULTIPLIERS.get(w)!]));
/** Short scales only read as scales when glued to a figure after a currency sign ("$2m", "€40k"). */
export const GLUED_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['m', 1e6], ['k', 1e3], ['b', 1e9], ['bn', 1e9], ['mn', 1e6], ['tn', 1e12],
]);

/**
 * Vague amounts, as [low, high]. "several"/"a few" only count before a noun (they are also
 * determiners); the plural scales stand alone ("losses reached thousands").
 */
export const VAGUE_PLURALS: ReadonlyMap<string, [number, number]> = new Map([
  ['dozens', [24, 99]],
  ['hundreds', [200, 999]],
  ['thousands', [2000, 9999]],
  ['millions', [2e6, 9.99e6]],
  ['billions', [2e9, 9.99e9]],
]);
/** "several thousand", "a few hundred", "several dozen": same bands as the plurals. */
export const VAGUE_SCALED: ReadonlyMap<string, [number, number]> = new Map(
  [...VAGUE_PLURALS].map(([plural, band]) => [plural.slice(0, -1), band]),
);
/** "tens of thousands", "hundreds of thousands", "tens of millions". */
export const VAGUE_OF: ReadonlyMap<string, [number, number]> = new Map([
  ['tens thousands', [1e4, 99999]],
  ['hundreds thousands', [1e5, 999999]],
  ['tens millions', [1e7, 99999999]],
  ['hundreds millions', [1e8, 999999999]],
]);

/** Whether [low, high] is one of VAGUE_OF's bands: a vague amount that names an order of size, not a bare plural. */
export function isVagueOrder(low: number | null, high: number | null): boolean {
  for (const [l, h] of VAGUE_OF.values()) if (l === low && h === high) return true;
  return false;
}

/**
 * Nouns of a small vague number after "a" and before "of" (round 23): "a handful of people", "only a handful of
 * senators". A count only with its "of" noun.
 */
export const VAGUE_OF_NOUNS: ReadonlyMap<string, [number, number]> = new Map([
  ['handful', [2, 9]],
]);

/** Fractions that are a share of something ("half of", "two thirds of"). */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5],
  ['fifths', 5], ['tenth', 10], ['tenths', 10], ['hundredth', 100], ['hundredths', 100], ['thousandth', 1000],
  ['thousandths', 1000],
]);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Thousands grouped with dots, as continental and Latin American outlets write: "1.204.331", "12.500.000". */
const DOTTED_THOUSANDS = /^[0-9]{1,3}(?:\.[0-9]{3}){2,}$/;

/**
 * Reads a numeral written with digits: "4000", "4,000", "3.5", "1,234.5". Thousands groups must be
 * exactly three digits, so "1,1,1" or "12,34" are not numbers; the Indian grouping is read too: two-digit groups
 * before the last three ("1,48,994", "4,81,486", "12,34,56,789"). One pass, no regular expression.
 */
export function parseDigits(s: string): number | null {
  const n = s.length;
  if (n === 0 || n > 24 || !isDigit(s.charCodeAt(0))) return null;
  // "1.204.331": two or more dots, each before three digits, group thousands (a decimal point stands once).
  if (s.indexOf('.') !== s.lastIndexOf('.')) return DOTTED_THOUSANDS.test(s) ? Number(s.replace(/\./g, '')) : null;
  let i = 0;
  let firstGroup = 0;
  while (i < n && isDigit(s.charCodeAt(i))) { i++; firstGroup++; }
  let grouped = false;
  // Group widths after the first: all 3 (international), or 2s then a final 3 (Indian lakh/crore grouping).
  let twos = 0;
  while (i < n && s.charCodeAt(i) === 44 /* , */) {
    if (firstGroup > 3) return null;
    let k = 0;
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) { i++; k++; }
    if (k === 2 && !grouped) twos++;
    else if (k !== 3) return null;
    else grouped = true;
  }
  // Indian grouping needs a first group of one or two digits and ends on three: "12,34" is no number.
  if (twos > 0 && (!grouped || firstGroup > 2)) return null;
  if (i < n && s.charCodeAt(i) === 46 /* . */) {
    i++;
    let k = 0;
    while (i < n && isDigit(s.charCodeAt(i))) { i++; k++; }
    if (k === 0) return null;
  }
  if (i !== n) return null;
  // A leading zero on a multi-digit integer is an identifier or a code, not a count ("007", "0800").
  if (!grouped && firstGroup > 1 && s.charCodeAt(0) === 48 && !s.includes('.')) return null;
  // Most figures have no comma: read them as written, without a copy of the text per figure.
  const v = Number(grouped || twos > 0 ? s.replace(/,/g, '') : s);
  return Number.isFinite(v) ? v : null;
}

/** One to three digits, a comma, one or two digits: "65,23", "3,5" (three after the comma are thousands: "2,000"). */
const DECIMAL_COMMA = /^[0-9]{1,3},[0-9]{1,2}$/;

/**
 * A decimal comma, as Latin American and European outlets write: "65,23%", "1,5 million", "€12,50", "3,5 km". Read only
 * where the figure must be one value: a unit of measure, a scale word or a currency's name after it, or a currency sign
 * before it; a list written without spaces ("12,13 and 14") stays no number.
 */
function decimalComma(tokens: Token[], i: number, limit: number): number | null {
  const t = tokens[i];
  if (!DECIMAL_COMMA.test(t.text)) return null;
  const value = Number(t.text.replace(',', '.'));
  if (i > 0 && tokens[i - 1].type === 'currency') return value;
  if (i + 1 >= limit) return null;
  const next = tokens[i + 1];
  if (MULTIPLIERS.has(next.lower) || (GLUED_MULTIPLIERS.has(next.lower) && glued(t, next)) || CURRENCY_WORDS.has(next.lower)) {
    return value;
  }
  return readUnit(tokens, i + 1, limit) ? value : null;
}

/** One to three digits, a dot, three digits the last a zero: "635.600", "€1.250" (no price ends a third decimal in 0). */
const DOT_THOUSANDS = /^[0-9]{1,3}\.[0-9]{2}0$/;

/**
 * Round 34 (quant34): a thousands dot after a currency sign, as European and South African outlets write: "$635.600"
 * is 635,600. Read only with no scale word after it ("$1.250 billion" is 1.25 billion).
 */
function dotThousands(tokens: Token[], i: number, limit: number): number | null {
  const t = tokens[i];
  if (!DOT_THOUSANDS.test(t.text)) return null;
  const next = i + 1 < limit ? tokens[i + 1].lower : '';
  if (MULTIPLIERS.has(next) || GLUED_MULTIPLIERS.has(next)) return null;
  if ((i === 0 || tokens[i - 1].type !== 'currency') && !countedAfter(tokens, i, limit)) return null;
  return Number(t.text.replace('.', ''));
}

/** Plural nouns of a score or an index, which may take three decimals: "12.500 points". */
const SCORED: ReadonlySet<string> = new Set(['points', 'basis', 'pips', 'goals', 'runs']);
/**
 * Round 43 (partwhole43): a plural noun of counted things right after "120.000", "3.500": no one counts people or
 * voters to a third decimal, so the dot groups thousands ("Over 120.000 people", "485.000 voters"). Not a unit of
 * measure ("1.500 km" stays as written), not a capitalised word, and not a first group led by a zero ("0.500 points").
 */
function countedAfter(tokens: Token[], i: number, limit: number): boolean {
  const next = i + 1 < limit ? tokens[i + 1] : null;
  if (!next || next.type !== 'word' || next.text !== next.lower || tokens[i].text.startsWith('0')) return false;
  if (!next.lower.endsWith('s') && next.lower !== 'people') return false;
  return !CURRENCY_WORDS.has(next.lower) && !TIME_UNITS.has(next.lower.slice(0, -1)) && !SCORED.has(next.lower)
    && !readUnit(tokens, i + 1, limit);
}

/**
 * "130 060 percent", "1 204 331 votes": thousands grouped by single spaces (or a no-break or thin space), as Polish,
 * French and Russian outlets write.
 * The first group has one to three digits and no month before it ("May 12 300 people" is a date and a count); every
 * group after it has exactly three, and no capitalised word follows the last (a model's name: "10 737 MAX jets").
 */
function spaceGrouped(tokens: Token[], i: number, limit: number): NumberRead | null {
  const t = tokens[i];
  if (!/^[0-9]{1,3}$/.test(t.text) || t.text.length > 1 && t.text[0] === '0') return null;
  if (i > 0 && isMonth(tokens[i - 1])) return null;
  let digits = t.text;
  let j = i + 1;
  // One character apart: the tokenizer keeps every mark but spaces, so that character is the group's space.
  while (j < limit && tokens[j].type === 'number' && /^[0-9]{3}$/.test(tokens[j].text) &&
    tokens[j].start === tokens[j - 1].end + 1) {
    digits += tokens[j].text;
    j++;
  }
  // "10 737 MAX 7 airplanes", "25 737 Max 8s": a count before a model number, which a capitalised name follows.
  if (j === i + 1 || (j < limit && /^[A-Z]/.test(tokens[j].text))) return null;
  return { end: j, value: Number(digits), word: false, scale: 1 };
}

/** "-5" written apart from the word before it ("fell to -5°C", "growth of -0.3%"): a negative figure. */
function negative(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  const c = t.text.charCodeAt(0);
  if (c !== 45 /* - */ && c !== 0x2212 /* − */) return null;
  const v = parseDigits(t.text.slice(1));
  if (v === null) return null;
  // "a 51%-45% lead": after a glued percent sign the dash joins two shares; the second is no negative figure.
  // "+/-3 points" is a margin's size, like "plus or minus 3".
  if (i > 0 && tokens[i - 1].end === t.start) return tokens[i - 1].text === '%' || plusSlash(tokens, i) ? v : null;
  return -v;
}

/** "+/" glued before the token at i: the sign of a margin ("+/-3"). */
export function plusSlash(tokens: Token[], i: number): boolean {
  return i >= 2 && tokens[i - 1].text === '/' && tokens[i - 2].text === '+' && tokens[i - 2].end === tokens[i - 1].start;
}

/** "400-500" or "400–500" in one token: both ends must be plain numerals. */
export function parseDigitRange(s: string): [number, number] | null {
  let cut = -1;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || c === 0x2013 || c === 0x2014) {
      if (cut >= 0) return null; // two dashes: a phone number or a code
      cut = i;
    }
  }
  if (cut < 0) return null;
  const a = parseDigits(s.slice(0, cut));
  const b = parseDigits(s.slice(cut + 1));
  if (a === null || b === null || b <= a) return null;
  return [a, b];
}

export interface NumberRead {
  /** Token index after the numeral. */
  end: number;
  value: number;
  /** True when the numeral was spelled out ("nine", "two hundred"). */
  word: boolean;
  /** The product of the scale words read after the numeral (1e6 for "1.5 million"), 1 when none. */
  scale: number;
}

/** True when two tokens touch (no space between them). */
export function glued(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** A spelled-out cardinal below a thousand, starting at tokens[i]: "forty-two", "two hundred and five". */
function readWords(tokens: Token[], i: number, limit: number): NumberRead | null {
  let j = i;
  let value = 0;
  const first = tokens[j]?.lower;
  if (first === undefined) return null;
  if (TENS.has(first)) {
    value = TENS.get(first)!;
    j++;
    // "forty-two" / "forty two"
    let k = j;
    if (k < limit && tokens[k].lower === '-' && glued(tokens[k - 1], tokens[k])) k++;
    if (k < limit && UNITS.has(tokens[k].lower) && UNITS.get(tokens[k].lower)! < 10 && UNITS.get(tokens[k].lower)! > 0) {
      value += UNITS.get(tokens[k].lower)!;
      j = k + 1;
    }
  } else if (UNITS.has(first)) {
    value = UNITS.get(first)!;
    j++;
  } else {
    return null;
  }
  // "two hundred", "two hundred and five"
  if (j < limit && tokens[j].lower === 'hundred') {
    value *= 100;
    j++;
    let k = j;
    if (k < limit && tokens[k].lower === 'and') k++;
    const rest = k < limit ? readWords(tokens, k, limit) : null;
    if (rest && rest.value < 100 && !(k < limit && tokens[rest.end]?.lower === 'hundred')) {
      value += rest.value;
      j = rest.end;
    }
  }
  return { end: j, value, word: true, scale: 1 };
}

/** Units a move is told in by one coin or one weight after an article ("a penny", "a cent", "a stone", "a kilo"). */
const ARTICLE_ONE_UNITS: ReadonlySet<string> = new Set(['usd', 'gbp', 'eur', 'kg', 'lb', 'oz', 'g', 'stone']);
/** Words after the unit that make it the size of a move or a gap ("a penny off", "a cent more", "a penny less"). */
const MOVE_AFTER: ReadonlySet<string> = new Set(['off', 'more', 'less', 'cheaper', 'dearer', 'higher', 'lower']);
/** Verbs whose object is the size of a move ("lost a stone", "knocking a penny off", "added a cent"). */
const MOVE_OBJECT_VERBS: ReadonlySet<string> = new Set([...verbForms('lose gain knock shave trim add').split(' '), 'lost', 'shed']);

/**
 * The article at tokens[i] is one of the coin or weight after it when that amount is a move's size: a verb of moving
 * an amount before it or a word of a gap after the unit (round 41). Elsewhere the article names a thing ("found a
 * penny", "threw a stone") or a rate's base ("$2 a pound").
 */
function articleOneUnit(tokens: Token[], i: number, limit: number): boolean {
  const u = readUnit(tokens, i + 1, limit);
  if (!u || !ARTICLE_ONE_UNITS.has(u.unit) || tokens[i + 1].lower.length < 3) return false;
  const before = i > 0 && MOVE_OBJECT_VERBS.has(tokens[i - 1].lower);
  return before || (u.end < limit && MOVE_AFTER.has(tokens[u.end].lower));
}

/** A unit of measure, not of time, at tokens[k] after "a single" ("a single point", not "a single day" or "a single m"). */
function singleMeasure(tokens: Token[], k: number, limit: number): boolean {
  const u = k < limit ? readUnit(tokens, k, limit) : null;
  return u !== null && tokens[k].lower.length > 2 && !TIME_UNITS.has(u.unit);
}

/**
 * The numeral starting at tokens[i] with its scale words: "4,000", "1.5 million", "two hundred",
 * "forty-two thousand", "a dozen", "a hundred". Returns null when tokens[i] starts no numeral.
 */
export function readNumber(tokens: Token[], i: number, limit: number): NumberRead | null {
  const t = tokens[i];
  let read: NumberRead | null = null;
  if (t.type === 'number') {
    const v = dotThousands(tokens, i, limit) ?? parseDigits(t.text) ?? decimalComma(tokens, i, limit) ?? negative(tokens, i);
    if (v === null) return null;
    read = spaceGrouped(tokens, i, limit) ?? { end: i + 1, value: v, word: false, scale: 1 };
  } else if (t.lower === 'minus' && i + 1 < limit && tokens[i + 1].type === 'number') {
    // "minus 12 degrees"; after "plus or" the word is a margin's sign, and the figure is its size.
    const v = parseDigits(tokens[i + 1].text);
    if (v === null) return null;
    const margin = i >= 2 && tokens[i - 1].lower === 'or' && tokens[i - 2].lower === 'plus';
    read = { end: i + 2, value: margin ? v : -v, word: false, scale: 1 };
  } else if (t.lower === 'half' && i + 2 < limit && (tokens[i + 1].lower === 'a' || tokens[i + 1].lower === 'an') &&
    (MULTIPLIERS.get(tokens[i + 2].lower) ?? 0) >= 12) {
    // "half a million", "half a dozen"
    read = { end: i + 2, value: 0.5, word: true, scale: 1 };
  } else if (t.lower === 'half' && i + 4 < limit && tokens[i + 1].text === '-' && glued(t, tokens[i + 1])
    && glued(tokens[i + 1], tokens[i + 2]) && tokens[i + 2].lower === 'a' && hyphenedScale(tokens, i + 3, limit)) {
    // "half-a-million": readScale reads the scale after the second hyphen.
    read = { end: i + 3, value: 0.5, word: true, scale: 1 };
  } else if (t.lower === 'half' && i + 2 < limit && tokens[i + 1].lower === '-' && glued(t, tokens[i + 1]) &&
    glued(tokens[i + 1], tokens[i + 2]) && tokens[i + 2].lower === 'dozen') {
    // "a half-dozen slogans": six.
    read = { end: i + 3, value: 6, word: true, scale: 1 };
  } else if (t.lower === 'a' || t.lower === 'an') {
    // "a dozen", "a hundred", "a thousand", "a million"
    const next = tokens[i + 1];
    if (!next || i + 1 >= limit) return null;
    if (next.lower === 'dozen') read = { end: i + 2, value: 12, word: true, scale: 1 };
    // "more than a half-dozen": the article belongs to the figure, so a hedge before it reaches it.
    else if (next.lower === 'half' && i + 3 < limit && tokens[i + 2].lower === '-' && glued(next, tokens[i + 2]) &&
      glued(tokens[i + 2], tokens[i + 3]) && tokens[i + 3].lower === 'dozen') read = { end: i + 4, value: 6, word: true, scale: 1 };
    // "by a single percentage point", "a single degree": one unit of measure, said with stress (round 34).
    else if (next.lower === 'single' && singleMeasure(tokens, i + 2, limit)) read = { end: i + 2, value: 1, word: true, scale: 1 };
    // "knocked a penny off", "a cent more", "lost a stone": one coin or weight in the slot of a move (round 41).
    else if (articleOneUnit(tokens, i, limit)) read = { end: i + 1, value: 1, word: true, scale: 1 };
    else if (WORD_SCALES.has(next.lower)) {
      read = { end: i + 1, value: 1, word: true, scale: 1 };
    } else return null;
  } else {
    read = readWords(tokens, i, limit);
    if (!read) {
      if (t.lower === 'dozen') read = { end: i + 1, value: 12, word: true, scale: 1 };
      else return null;
    }
  }
  // "two and a half years", "1 and a half million".
  if (read.end + 2 < limit && tokens[read.end].lower === 'and' && tokens[read.end + 1].lower === 'a' &&
    tokens[read.end + 2].lower === 'half' && Number.isInteger(read.value) && read.value > 0) {
    read = { ...read, end: read.end + 3, value: read.value + 0.5 };
  }
  // Scale words, possibly stacked ("two hundred thousand").
  const { end, scale } = readScale(tokens, read.end, limit, read.value);
  // "a hundred and twelve" reads its rest as "one thousand and five" does ("two hundred and five" is read whole above).
  if (read.word && scale >= 100) return spelledRest(tokens, end, limit, read.value * scale, scale);
  const mixed = digitRest(tokens, read, end, limit, scale);
  if (mixed) return mixed;
  return { end, value: round(read.value * scale), word: read.word, scale };
}

/**
 * Round 42 (numeral42): digits in groups after a scale word, as translated news writes large numbers: "69 thousand 546",
 * "1 million 200 thousand", "3 million 400,000", "5 crore 20 lakh", and after a spelled figure "twenty-five thousand
 * 300". The figure at tokens[j] (straight after the scale, nothing between) is the scale's lower places when a reader
 * would take it so:
 * - with a scale of its own, the group is worth less than the scale before ("200 thousand" under a million);
 * - with none, it fills the places below a thousand ("546" after "thousand"), or, under a larger scale, it is written
 *   in grouped digits below that scale ("400,000" after "million"): "2 million 300 homes" is two counts;
 * - no time, month, share or hyphen follows it ("4 thousand 3 days later", "8 thousand 15%", "40 thousand
 *   12-year-olds"): that is a date, a lapse, a share of the figure or a compound modifier, not its digits.
 * Returns null when the figure at j is no such group.
 */
function lowerGroup(tokens: Token[], j: number, limit: number, scale: number): { end: number; value: number } | null {
  if (j >= limit || tokens[j].type !== 'number') return null;
  const v = parseDigits(tokens[j].text);
  if (v === null || !Number.isInteger(v) || v === 0) return null;
  const s = readScale(tokens, j + 1, limit, v);
  const value = v * s.scale;
  if (value >= scale) return null;
  if (s.scale === 1 && !(scale === 1e3 || (tokens[j].text.includes(',') && v >= 1e3))) return null;
  if (s.scale === 1 && s.end < limit && lapseOrShare(tokens, s.end, limit)) return null;
  return { end: s.end, value };
}

/**
 * tokens[k] starts a unit of time, a month or a share, or is a hyphen glued to the figure before it (a compound
 * modifier: "40 thousand 12-year-olds"): what a bare figure after a scale word counts instead.
 */
function lapseOrShare(tokens: Token[], k: number, limit: number): boolean {
  if (isMonth(tokens[k]) || (tokens[k].text === '-' && glued(tokens[k - 1], tokens[k]))) return true;
  const u = readUnit(tokens, k, limit);
  return u !== null && (TIME_UNITS.has(u.unit) || u.unit === 'percent');
}

/** The figure read so far with the digit groups after its scale word added (see `lowerGroup`), or null when none. */
function digitRest(tokens: Token[], read: NumberRead, end: number, limit: number, scale: number): NumberRead | null {
  if (scale < 1e3 || !Number.isInteger(read.value) || !GROUP_SCALES.has(tokens[end - 1]?.lower)) return null;
  let total = read.value * scale;
  let last = scale;
  let j = end;
  for (let g = lowerGroup(tokens, j, limit, last); g; g = lowerGroup(tokens, j, limit, last)) {
    total += g.value;
    j = g.end;
    last = lastScale(tokens, j, g.value);
  }
  return j === end ? null : { end: j, value: round(total), word: read.word, scale };
}

/** The scale a group read up to tokens[j] ends on: its scale word's, or 1 when it has none (nothing goes below it). */
function lastScale(tokens: Token[], j: number, value: number): number {
  const m = MULTIPLIERS.get(tokens[j - 1].lower);
  return m === undefined ? 1 : Math.min(m, value);
}

/**
 * The smaller groups of a spelled-out number after its first scale: "twenty-eight thousand six hundred",
 * "two million, three hundred thousand", "one thousand and five". Each group's scale is below the one before.
 */
function spelledRest(tokens: Token[], j: number, limit: number, total: number, scale: number): NumberRead {
  let end = j;
  let last = scale;
  while (end < limit) {
    // "twenty-five thousand 300": digits straight after a spelled scale (round 42, `lowerGroup`).
    const digits = GROUP_SCALES.has(tokens[end - 1].lower) ? lowerGroup(tokens, end, limit, last) : null;
    if (digits) {
      total += digits.value;
      end = digits.end;
      last = lastScale(tokens, end, digits.value);
      if (last === 1) break;
      continue;
    }
    let k = end;
    if (tokens[k].lower === 'and' || tokens[k].lower === ',') k++;
    if (k >= limit || !isNumberWord(tokens[k].lower)) break;
    const group = readWords(tokens, k, limit);
    if (!group) break;
    const s = readScale(tokens, group.end, limit, group.value);
    if (s.scale >= last) break;
    // After a comma only a group with its own scale goes on ("five thousand, two of them" is two figures).
    if (tokens[end].lower === ',' && group.value * s.scale < 100) break;
    total += group.value * s.scale;
    end = s.end;
    last = s.scale;
    if (last === 1) break;
  }
  return { end, value: round(total), word: true, scale };
}

/** Scale words after a numeral, possibly stacked ("two hundred thousand", "1.5 million"). */
export function readScale(tokens: Token[], j: number, limit: number, value: number): { end: number; scale: number } {
  let scale = 1;
  while (j < limit) {
    // "a $5-billion loan", "a 9.2-billion-euro debt": a large scale glued by a hyphen is the figure's scale still.
    if (hyphenedScale(tokens, j, limit)) j++;
    const m = MULTIPLIERS.get(tokens[j].lower);
    if (m === undefined) break;
    // "hundred" after a numeral of 100+ is not a scale ("400 hundred" is not English).
    if (m === 100 && value * scale >= 100) break;
    scale *= m;
    j++;
  }
  return { end: j, scale };
}

/** Least scale read after a hyphen: "5-hundred" and "3-dozen" are no way news writes figures. */
const HYPHENED_SCALE_MIN = 1e3;

/** tokens[j] is a hyphen glued to the figure before it and to a scale of a thousand or more after it. */
function hyphenedScale(tokens: Token[], j: number, limit: number): boolean {
  const next = tokens[j + 1];
  return j > 0 && j + 1 < limit && tokens[j].text === '-' && glued(tokens[j - 1], tokens[j]) && glued(tokens[j], next)
    && (MULTIPLIERS.get(next.lower) ?? 0) >= HYPHENED_SCALE_MIN;
}

/** Avoids 1.1 * 1e6 = 1100000.0000000002 in reported values. */
export function round(v: number): number {
  if (Number.isInteger(v)) return v;
  return Math.abs(v) >= 1 ? Number(v.toPrecision(12)) : Number(v.toPrecision(10));
}

/** The value of a cardinal word below a hundred ("seven" → 7, "forty" → 40), or undefined. */
export function numberWordValue(lower: string): number | undefined {
  return UNITS.get(lower) ?? TENS.get(lower);
}

export function isNumberWord(lower: string): boolean {
  return UNITS.has(lower) || TENS.has(lower);
}

/** Every number word ("seven", "forty"), for callers that merge them into one look-up set. */
export function numberWords(): string[] {
  return [...UNITS.keys(), ...TENS.keys()];
}
