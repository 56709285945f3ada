// Numbers that are not quantities: dates, years, times of day, identifiers, page furniture.
import type { DateMention, Token } from '../types';
import { MONTH_ABBREVIATIONS, MONTHS } from '../dates/lexicon';
import { firstAtOrAfter } from '../text/offsets';
import { letterCurrencyAt } from '../text/clean';

/** Month names and their abbreviations, with and without the period (the dates lexicon's tables). */
const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys()]);
/** "may", "march" are also verbs; as months they are capitalised. */
export function isMonth(t: Token): boolean {
  if (!MONTH_WORDS.has(t.lower)) return false;
  return t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;
}

/** Words after a figure that make it a clock time. */
const CLOCK_AFTER = new Set([
  'a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', "o'clock", 'o’clock', 'gmt', 'utc', 'cet', 'cest', 'eet', 'eest',
  'est', 'edt', 'pst', 'pdt', 'msk', 'h.',
]);
export function isClockTime(tokens: Token[], i: number, after: number): boolean {
  if (tokens[i].text.includes(':')) return true;
  const next = tokens[after];
  return next !== undefined && CLOCK_AFTER.has(next.lower);
}

/** Labels before a number that make it a name or an index, not an amount ("Article 5", "page 2"). */
const LABEL_BEFORE = new Set([
  'page', 'p.', 'pp.', 'chapter', 'section', 'article', 'no.', 'no', 'nr.', 'number', '#', 'version', 'v', 'v.',
  'step', 'room', 'route', 'flight', 'episode', 'season', 'part', 'vol.', 'volume', 'item', 'figure', 'fig.',
  'table', 'paragraph', 'clause', 'resolution', 'decree', 'law', 'bill', 'highway', 'road', 'gate', 'platform',
  'level', 'grade', 'class', 'category', 'phase', 'stage', 'round', 'lane', 'apartment', 'building', 'unit',
  'brigade', 'regiment', 'battalion', 'division', 'corps', 'army', 'squad', 'platoon', 'company', 'district',
  'precinct', 'ward', 'zone', 'sector', 'block', 'plot', 'lot', 'tel', 'tel.', 'phone', 'fax', 'ext.', 'iso',
  'covid', 'ctrl', 'alt', 'shift', 'cmd', 'f', 'windows', 'ios', 'android', 'model', 'type', 'mark', 'mk',
  'matchday', 'gameweek', 'matchweek', 'aged', 'age', 'ages', 'magnitude', 'category', 'force', 'grade', 'year', 'since', 'in', 'until', 'till', 'by', 'during', 'circa',
]);
/**
 * Labels that make a name only when capitalised, as in a title: "Fortune 500 companies", "Game 7", "Day 3 of the
 * trial", "Terminal 5", "Proposition 8"; in lower case they are ordinary nouns ("a 12-hour day 5 days a week").
 */
const CAPITALISED_LABELS = new Set([
  'fortune', 'game', 'day', 'week', 'match', 'terminal', 'channel', 'interstate', 'proposition', 'title', 'series',
  'formula', 'apollo', 'generation', 'gen', 'xbox', 'playstation', 'iphone', 'galaxy', 'pixel', 'heat', 'lap', 'hole',
  'hurricane', 'typhoon', 'storm', 'cyclone', 'camp', 'studio', 'tower', 'pier', 'berth', 'line', 'stand',
]);
/** Labels that are also measure nouns: before a figure grouped in thousands they state it ("the figure 120,000"). */
const MEASURE_LABELS = new Set(['figure', 'number', 'level']);
/** True when tokens[i-1] labels the number at i as a name or index. */
export function isLabelled(tokens: Token[], i: number, floor: number): boolean {
  if (i - 1 < floor) return false;
  const prev = tokens[i - 1];
  if (weekLabel(tokens, i, floor)) return true;
  if (!LABEL_BEFORE.has(prev.lower) && !(CAPITALISED_LABELS.has(prev.lower) && /^[A-Z]/.test(prev.text))) return false;
  // "the police figure 120,000": a measure noun before a figure in thousands states an amount, not a label.
  if (MEASURE_LABELS.has(prev.lower) && /^[0-9]{1,3}(,[0-9]{3})+$/.test(tokens[i].text)) return false;
  // "in" / "by" / "since" / "until" label only years; the caller asks only for year-like numbers with those.
  return true;
}
/** Words before "week" that make it a count of weeks, not a week's number: "five days a week 40 hours". */
const WEEK_COUNTERS = new Set(['a', 'per', 'each', 'every', 'one', 'last', 'next', 'this']);
/** How far back a week number after "and" looks for the "weeks" that numbers the list ("weeks 41 (...) and 42"). */
const WEEK_LIST_REACH = 14;

/**
 * Round 32 (probe32a): a week's number in a calendar or an epidemiological count: "in week 27", "epidemiological week
 * 30", "weeks 27-29", and the next number of the list ("weeks 29 (14 to 20 July) and 30"). Lower-case "week" after
 * "a", "per" or a figure counts weeks instead ("five days a week").
 */
function weekLabel(tokens: Token[], i: number, floor: number): boolean {
  const prev = tokens[i - 1].lower;
  if (prev === 'weeks') return true;
  if (prev === 'week') {
    const before = i - 2 >= floor ? tokens[i - 2] : undefined;
    return !!before && before.type !== 'number' && !WEEK_COUNTERS.has(before.lower);
  }
  if (prev !== 'and' && prev !== 'to' && prev !== ',') return false;
  for (let j = i - 2; j > floor && j >= i - WEEK_LIST_REACH; j--) {
    if (tokens[j].type === 'number' && tokens[j - 1].lower === 'weeks') return true;
    if (tokens[j].text === '.' || tokens[j].text === ';') return false;
  }
  return false;
}

const YEAR_ONLY_LABELS = new Set(['year', 'since', 'in', 'until', 'till', 'by', 'during', 'circa']);
export function labelOnlyForYears(lower: string): boolean {
  return YEAR_ONLY_LABELS.has(lower);
}

/** A bare 4-digit year 1900–2100 written without separators. */
export function isYearLike(t: Token): boolean {
  if (t.type !== 'number' || t.text.length !== 4) return false;
  const v = Number(t.text);
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/** The figure at `start` follows a currency's letters at a word's start ("K410", "R12.7 billion"; LETTER_CURRENCY). */
function afterLetterCurrency(text: string, start: number): boolean {
  let a = start;
  while (a > 0 && start - a < 3 && isAsciiLetter(text.charCodeAt(a - 1))) a--;
  if (a === start || (a > 0 && isWordChar(text.charCodeAt(a - 1)))) return false;
  return letterCurrencyAt(text, a) === start - a;
}

/**
 * A-Z or a-z, read from the character code: the test ran a regular expression on a one-character string made for it,
 * for every figure a letter or digit touches on its left (each "$2bn" of a price list).
 */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0x7f && c !== 0xa0 && c !== 0xb1 && c !== 0x2013 && c !== 0x2014 && c !== 0x2019 && c !== 0x201d && c !== 0x201c;
}

/** `c`, one of the characters touching the figure, is a slash, at-sign, underscore, equals, hash, backslash or colon that marks an identifier. */
function identifierMark(text: string, c: number, before: number, after: number, start: number, end: number): boolean {
  if (c !== 47 && c !== 64 && c !== 95 && c !== 61 && c !== 35 && c !== 92 && c !== 58) return false;
  // "2:" at the end of a label line ("Killed: 40") has the colon after a word, not a digit run; keep
  // only the colon that joins digits.
  if (c === 58 && c === after && !(end + 1 < text.length && text.charCodeAt(end + 1) >= 48 && text.charCodeAt(end + 1) <= 57)) return false;
  if (c === 58 && c === before && !(start >= 2 && text.charCodeAt(start - 2) >= 48 && text.charCodeAt(start - 2) <= 57)) return false;
  return true;
}

/**
 * Is the number written inside an identifier, a URL, a path, a version string or a ratio? Looks at
 * the run of non-space characters around [start, end), bounded so a long run costs nothing extra.
 */
export function insideIdentifier(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  // "+/-3": a margin's sign, not a path (the numeral's own "-" follows "+/").
  if (start >= 2 && text.charCodeAt(start) === 45 && before === 47 && text.charCodeAt(start - 2) === 43 &&
    (start < 3 || isSpaceCode(text.charCodeAt(start - 3)) || text.charCodeAt(start - 3) === 40)) return false;
  // Glued to letters or digits on the left: "v1", "A320", "MH17", "x5"; not a currency's letters ("K410", round 32).
  if (isWordChar(before) && !(before === 0x24 || before === 0x20ac || before === 0xa3) && !afterLetterCurrency(text, start)) {
    // Currency signs and the degree/section signs are not word characters for us.
    if (before !== 0xa7) return true;
  }
  // A slash, at-sign, underscore, equals, hash, backslash or colon touching the number: paths, URLs, "24/7", "2:54".
  // Each side in turn, as a loop over [before, after] did: that loop made a two-element array for every figure.
  if (identifierMark(text, before, before, after, start, end) || identifierMark(text, after, before, after, start, end)) return true;
  // A dot and then a digit after the number: "1.2.3" versions, "192.168.0.1" addresses.
  if (after === 46 && end + 1 < text.length) {
    const c = text.charCodeAt(end + 1);
    if (c >= 48 && c <= 57) return true;
  }
  if (before === 46 && start >= 2) {
    const c = text.charCodeAt(start - 2);
    if (c >= 48 && c <= 57) return true;
  }
  // Bounded look for "://" or "www." in the same run (URLs whose digits the tokenizer split off).
  let a = start;
  const floor = Math.max(0, start - 80);
  while (a > floor && !isSpaceCode(text.charCodeAt(a - 1))) a--;
  return a < start && urlMarkIn(text, a, start);
}

/**
 * Whether text[a, start) holds a slash (so also any "://") or a whole "www.". Read in place: slicing the run and
 * searching the slice three times made a string for every figure glued to something ("$2bn", "€4").
 */
function urlMarkIn(text: string, a: number, start: number): boolean {
  for (let k = a; k < start; k++) {
    const c = text.charCodeAt(k);
    if (c === 47) return true;
    if (c === 119 && k + 4 <= start && text.startsWith('www.', k)) return true;
  }
  return false;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Nouns of page furniture counters ("8674 visitors online", "12 comments", "3 min read"). */
const COUNTER_NOUNS = new Set([
  'visitor', 'visitors', 'view', 'views', 'comment', 'comments', 'share', 'shares', 'like', 'likes', 'reply',
  'replies', 'follower', 'followers', 'subscriber', 'subscribers', 'reader', 'readers', 'retweet', 'retweets',
  'reaction', 'reactions', 'online', 'read', 'reads', 'min', 'photo', 'photos', 'video', 'videos', 'click',
  'clicks', 'repost', 'reposts', 'vote', 'votes', 'member', 'members', 'user', 'users', 'result', 'results',
]);

/** First words of page furniture lines that invite the reader ("Subscribe", "Join 3,400 readers"). */
const CALLS_TO_ACTION = new Set(['subscribe', 'join', 'sign', 'register']);
/** The audience such a line counts. */
const AUDIENCE = new Set(['reader', 'readers', 'subscriber', 'subscribers', 'follower', 'followers']);

/**
 * Per line: true when every figure on the line is page furniture. A line made only of numbers and
 * punctuation ("651 4"), or a short line of counters ("8674 visitors online", "Comments 12").
 */
export function furnitureLines(tokens: Token[]): Uint8Array {
  const mark = new Uint8Array(tokens.length);
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !(tokens[i].type === 'tabCRLF')) continue;
    const n = i - lineStart;
    if (n > 0 && isFurniture(tokens, lineStart, i)) for (let k = lineStart; k < i; k++) mark[k] = 1;
    lineStart = i + 1;
  }
  return mark;
}

/**
 * True for a line [a, b) of bare figures, or of figures with counter words and no verb ("6 min read · 14
 * comments"), or a call to action with a counter. Most lines hold no figure or are prose: a first pass of type
 * checks settles those before any word is looked up.
 */
function isFurniture(tokens: Token[], a: number, b: number): boolean {
  let words = 0;
  let nums = 0;
  let firstWord = '';
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.type === 'number') nums++;
    else if (t.type === 'word') {
      words++;
      if (!firstWord) firstWord = t.lower;
    }
  }
  if (nums === 0) return false;
  if (words === 0) return true;
  // "Subscribe to our newsletter — 3,400 readers already do": a call to action with a counter.
  const callToAction = CALLS_TO_ACTION.has(firstWord);
  if (words > 4 && !callToAction) return false;
  let counters = 0;
  let verbs = 0;
  let audience = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (t.type !== 'word') continue;
    // "6 min read · 14 comments": "read" is a counter word, not the line's verb.
    if (COUNTER_NOUNS.has(t.lower)) {
      counters++;
      if (AUDIENCE.has(t.lower)) audience++;
    } else if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
  }
  return counters > 0 && ((words <= 4 && verbs === 0) || (audience > 0 && callToAction));
}

/** Checks whether [start, end) overlaps any date span; dates are sorted once. */
export class DateIndex {
  private starts: number[];
  private maxEnds: number[];
  constructor(dates: DateMention[]) {
    const sorted = [...dates].sort((a, b) => a.start - b.start);
    this.starts = sorted.map(d => d.start);
    this.maxEnds = [];
    let m = -1;
    for (const d of sorted) {
      m = Math.max(m, d.end);
      this.maxEnds.push(m);
    }
  }
  overlaps(start: number, end: number): boolean {
    // Last date starting before `end`.
    const lo = firstAtOrAfter(this.starts, end);
    return lo > 0 && this.maxEnds[lo - 1] > start;
  }
}

/** Apostrophes that clip a year's century ("'22", "’22"). */
const CLIPPING_MARKS = new Set(["'", '\u2019']);
/** Dashes between the two years of a range. */
const YEAR_DASHES = new Set(['-', '\u2013']);

/**
 * Round 34 (quant34): the second year of a range written with its century clipped, "the 2031-'32 budget", "2031–’32":
 * the two digits after the apostrophe are a year, not a figure. tokens[i] is the figure's first number.
 */
export function clippedYearEnd(tokens: Token[], i: number, floor: number): boolean {
  if (i - 3 < floor || !/^\d\d$/.test(tokens[i].text)) return false;
  // Three names, not a destructured array: no array is made for each two-digit figure.
  const year = tokens[i - 3];
  const dash = tokens[i - 2];
  const mark = tokens[i - 1];
  return CLIPPING_MARKS.has(mark.text) && YEAR_DASHES.has(dash.text) && isYearLike(year) &&
    year.end === dash.start && dash.end === mark.start && mark.end === tokens[i].start;
}
