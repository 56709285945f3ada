// Hedge words around a figure and the interval each one gives (documented in docs/quantities.md).
import type { Hedge, Token } from '../types';
import { round } from './numbers';
import { TALLIES } from '../text/yardsticks';
import { verbForms } from '../text/inflection';

/** Verbs of change: "rose from 10 to 12" states two figures, not a range. */
export const CHANGE_VERBS = new Set([
  'rose', 'risen', 'rise', 'rises', 'increased', 'increase', 'increases', 'fell', 'fallen', 'fall', 'falls',
  'dropped', 'drop', 'drops', 'grew', 'grown', 'grow', 'declined', 'decline', 'climbed', 'climb', 'jumped', 'jump',
  'surged', 'soared', 'decreased', 'decrease', 'went', 'raised', 'cut', 'reduced', 'lowered', 'plunged',
  'slipped', 'edged', 'shrank', 'doubled', 'tripled', 'up', 'down', 'changed', 'revised', 'upgraded', 'downgraded',
  'moved', 'ticked', 'crept', 'inched', 'bounced', 'rebounded', 'recovered', 'shot', 'gone', 'go', 'goes', 'going',
  // Market moves: "slid 12.5p to 287.25p" states the move and the new price.
  'slid', 'slumped', 'tumbled', 'dipped', 'sank', 'eased', 'rallied', 'advanced', 'retreated',
  'plummeted', 'skidded',
  // Round 28: -ing forms, as a second figure of a clause states its change ("after rising 0.2% in December").
  'rising', 'increasing', 'falling', 'dropping', 'growing', 'declining', 'climbing', 'jumping', 'surging', 'soaring',
  'decreasing', 'edging', 'ticking', 'easing', 'slipping', 'dipping',
]);
/**
 * Words after which "up" is a particle and "to" the target of a move, not the hedge "up to": "went back up to
 * 4.8 percent", "climbed up to". Transitive verbs stay out: "will cut up to 500 jobs" is a hedge.
 */
const UP_PARTICLE = new Set(['back', 'went', 'go', 'goes', 'going', 'gone', 'rose', 'risen', 'climbed', 'moved', 'ticked',
  'crept', 'inched', 'bounced', 'shot', 'jumped', 'edged', 'rebounded', 'came', 'revised', 'crawled', 'spiked', 'surged',
  // Round 28: the same verbs' present and -ing forms ("after ticking up to 3.4 percent in December", "rising up to 9%").
  'rise', 'rises', 'rising', 'climb', 'climbs', 'climbing', 'move', 'moves', 'moving', 'tick', 'ticks', 'ticking', 'creep',
  'creeps', 'creeping', 'inch', 'inches', 'inching', 'bounce', 'bounces', 'bouncing', 'shoot', 'shoots', 'shooting', 'jump',
  'jumps', 'jumping', 'edge', 'edges', 'edging', 'rebound', 'rebounds', 'rebounding', 'come', 'comes', 'coming', 'revise',
  'revises', 'revising', 'crawl', 'crawls', 'crawling', 'spike', 'spikes', 'spiking', 'surge', 'surges', 'surging']);

/**
 * Verbs of exceeding, hedges of the figure they govern ("damage could exceed US$150 million", "sales topped $1bn"), but
 * verbs all the same: a rule reading past a figure's hedges to the word that governs it stops at them.
 */
export const EXCEEDING: ReadonlySet<string> = new Set(['exceed', 'exceeds', 'exceeded', 'exceeding', 'surpass', 'surpasses', 'surpassed', 'topped', 'tops',
  'topping']);
/**
 * "top" is a verb of exceeding only after a plural subject ("Losses top £600m", "deaths top 100", round 26); after a
 * determiner or a possessive it is the adjective of a ranking ("the top 10 firms", "the world's top 1%"), no hedge.
 */
const BARE_TOP = 'top';
function topAsVerb(tokens: readonly Token[], k: number, floor: number): boolean {
  const subject = k - 1 >= floor ? tokens[k - 1] : undefined;
  return tokens[k]?.lower === BARE_TOP && !!subject && (subject.pos === 'NOUN' || subject.pos === 'PROPN')
    && /[a-z]s$/.test(subject.lower);
}
/**
 * Verbs of crossing a mark: "the death toll has crossed 800", "the tally passed 1,000" say more than the figure (round
 * 29). Only after a perfect's auxiliary or a tally noun (TALLIES) a few words back, and only before a bare figure: "the
 * assembly has passed 12 bills", "crossed two rivers" count their object.
 */
const CROSSING: ReadonlySet<string> = new Set(verbForms('cross pass').split(' '));
const PERFECT_AUX = new Set(['has', 'have', 'had']);
/** Most words between the auxiliary or tally noun and the verb of crossing ("the toll has now crossed"). */
const CROSSING_REACH = 3;
function crossAsVerb(tokens: readonly Token[], k: number, floor: number, word: string): boolean {
  if (!CROSSING.has(word)) return false;
  let after = k + 2;
  while (tokens[after]?.pos === 'NUM') after++;
  const next = tokens[after];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return false;
  for (let j = k - 1; j >= Math.max(floor, k - CROSSING_REACH); j--) {
    if (PERFECT_AUX.has(tokens[j].lower) || TALLIES.has(tokens[j].lower)) return true;
  }
  return false;
}
/** tokens[k] is a verb of exceeding: a rule reading past a figure's hedges stops there. */
function exceedsAt(tokens: readonly Token[], k: number, floor: number): boolean {
  const w = tokens[k].lower;
  return EXCEEDING.has(w) || topAsVerb(tokens, k, floor) || crossAsVerb(tokens, k, floor, w);
}

/**
 * Ceilings that name an estimate's high figure, not a limit: "up to 750 people died", "as many as 2 million" tell what
 * someone reckons, while "at most" and "no more than" bound a count (check/compare.ts, `boundsApart`).
 */
export const ESTIMATE_CEILINGS: readonly string[] = ['up to', 'as many as', 'as much as', 'as high as'];

/** Hedges written before the figure, as word sequences. Longest match wins. */
const BEFORE: ReadonlyArray<[string[], Hedge]> = ([
  ['about', 'approximate'], ['around', 'approximate'], ['approximately', 'approximate'], ['approx.', 'approximate'],
  ['approx', 'approximate'], ['roughly', 'approximate'], ['some', 'approximate'], ['an estimated', 'approximate'],
  ['estimated', 'approximate'], ['circa', 'approximate'], ['ca.', 'approximate'], ['~', 'approximate'],
  ['an approximate', 'approximate'], ['in the region of', 'approximate'], ['in the neighborhood of', 'approximate'],
  ['in the neighbourhood of', 'approximate'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['just under', 'nearly'], ['close to', 'nearly'],
  ['just shy of', 'nearly'], ['not quite', 'nearly'],
  ['over', 'over'], ['more than', 'over'], ['above', 'over'], ['in excess of', 'over'],
  ['upwards of', 'over'], ['upward of', 'over'], ['just over', 'over'], ['well over', 'over'],
  ['well above', 'over'], ['just above', 'over'], ['slightly more than', 'over'], ['a little over', 'over'],
  ['a little more than', 'over'], ['greater than', 'over'], ['higher than', 'over'],
  // Comparatives of size bound a figure as "greater than" does: "plots larger than 5 hectares" (round 34).
  ['larger than', 'over'], ['bigger than', 'over'], ['no larger than', 'up_to'], ['no bigger than', 'up_to'],
  ['smaller than', 'less_than'],
  ...[...EXCEEDING].map(w => [w, 'over']),
  // Approaching a figure: "the rate climbed toward 8%".
  ['toward', 'nearly'], ['towards', 'nearly'],
  // "another" between a bound and the figure counts on from an earlier amount: "at least another two years".
  ['at least', 'at_least'], ['at least another', 'at_least'], ['more than another', 'over'], ['up to another', 'up_to'],
  ['no fewer than', 'at_least'], ['no less than', 'at_least'],
  ['not less than', 'at_least'], ['not fewer than', 'at_least'], ['a minimum of', 'at_least'],
  ['minimum of', 'at_least'], ['at a minimum', 'at_least'], ['no lower than', 'at_least'],
  ['not lower than', 'at_least'], ['no smaller than', 'at_least'],
  ...ESTIMATE_CEILINGS.map(w => [w, 'up_to']), ['at most', 'up_to'],
  ['no more than', 'up_to'], ['not more than', 'up_to'], ['a maximum of', 'up_to'], ['maximum of', 'up_to'],
  ['at a maximum', 'up_to'], ['no higher than', 'up_to'], ['not higher than', 'up_to'], ['no greater than', 'up_to'],
  ['less than', 'less_than'], ['fewer than', 'less_than'], ['under', 'less_than'], ['below', 'less_than'],
  ['well under', 'less_than'], ['well below', 'less_than'], ['lower than', 'less_than'],
  // A margin states its own size: "plus or minus 3.8 points" is 3.8 ("plus or" before the figure's "minus", read in numbers.ts).
  ['plus or', 'exact'], ['±', 'exact'], ['+ /', 'exact'],
] as Array<[string, Hedge]>).map(([w, h]) => [w.split(' '), h] as [string[], Hedge]).sort((a, b) => b[0].length - a[0].length);

/** Phrases indexed by their last word, so each figure looks at a handful of phrases at most. */
const BY_LAST_WORD: ReadonlyMap<string, Array<[string[], Hedge]>> = (() => {
  const m = new Map<string, Array<[string[], Hedge]>>();
  for (const entry of BEFORE) {
    const last = entry[0][entry[0].length - 1];
    if (!m.has(last)) m.set(last, []);
    m.get(last)!.push(entry);
  }
  return m;
})();

/** Phrases indexed by their first word, for reading a figure's lead forward. */
const BY_FIRST_WORD: ReadonlyMap<string, Array<[string[], Hedge]>> = (() => {
  const m = new Map<string, Array<[string[], Hedge]>>();
  for (const entry of BEFORE) {
    if (!m.has(entry[0][0])) m.set(entry[0][0], []);
    m.get(entry[0][0])!.push(entry);
  }
  return m;
})();

/**
 * Words that may lead a figure without hedging it: a restriction ("only 40", "just 40") or a count added to another
 * ("another 40", "a further 40", "a total of 40"). Rules that look past a figure's lead to the word governing it read
 * these with the hedges (`lead`); a rule about the added count itself reads hedges only.
 */
const LEAD_PHRASES: ReadonlyArray<string[]> = ['only', 'just', 'merely', 'fully', 'barely', 'another', 'a further', 'a total of']
  .map(p => p.split(' '));

/** The words tokens[a..] spell out when they are `words`, not reaching `limit`. */
function spells(tokens: readonly Token[], a: number, words: readonly string[], limit: number): boolean {
  if (a < 0 || a + words.length > limit) return false;
  for (let k = 0; k < words.length; k++) if (tokens[a + k].lower !== words[k]) return false;
  return true;
}

/**
 * Where the hedges before the figure at token `i` start ("killed [more than] 40", "which employs [about] 300"): back
 * over hedge phrases of the table, and with `lead` also over lead words ("[only about] 40"), not past `floor`; `i`
 * when none. Every rule that reads past a figure's hedges uses this, so a hedge is written once, in the table above.
 */
export function hedgeStart(tokens: readonly Token[], i: number, floor: number, lead = false): number {
  let s = i;
  for (;;) {
    const h = hedgeBefore(tokens, s, floor);
    if (h && !exceedsAt(tokens, h.start, floor)) { s = h.start; continue; }
    const p = lead ? leadPhraseBefore(tokens, s, floor) : undefined;
    if (!p) return s;
    s -= p.length;
  }
}

/** The lead phrase ending right before token s, not reaching back past `floor` (a loop: no closure per figure). */
function leadPhraseBefore(tokens: readonly Token[], s: number, floor: number): readonly string[] | undefined {
  for (const w of LEAD_PHRASES) if (spells(tokens, s - w.length, w, s) && s - w.length >= floor) return w;
  return undefined;
}

/**
 * After the hedges that start at token `k` ("[nearly] eight of 10", "said [about] 90 percent"): forward over hedge
 * phrases of the table, and with `lead` over lead words, not reaching `limit`; `k` when none.
 */
export function hedgeEnd(tokens: readonly Token[], k: number, limit: number, lead = false): number {
  let e = k;
  for (;;) {
    const t = tokens[e];
    if (!t || e >= limit) return e;
    let next = -1;
    for (const [words] of EXCEEDING.has(t.lower) ? [] : BY_FIRST_WORD.get(t.lower) ?? []) {
      if (!spells(tokens, e, words, limit)) continue;
      // "went up to 4.8 percent": "up" is a particle there (see UP_PARTICLE), no hedge.
      if (words[0] === 'up' && words.length === 2 && UP_PARTICLE.has(tokens[e - 1]?.lower ?? '')) continue;
      next = e + words.length;
      break;
    }
    if (next < 0 && t.lower === 'past' && CHANGE_VERBS.has(tokens[e - 1]?.lower ?? '')) next = e + 1;
    if (next < 0 && lead) for (const w of LEAD_PHRASES) if (spells(tokens, e, w, limit)) { next = e + w.length; break; }
    if (next < 0) return e;
    e = next;
  }
}

/** Words that may sit between a hedge and the figure: "about a dozen", "more than the 40 ...". */
export interface HedgeRead {
  hedge: Hedge;
  /** Token index where the hedge phrase starts. */
  start: number;
}

/** The hedge phrase that ends right before tokens[i], not reaching back past `floor`. */
export function hedgeBefore(tokens: readonly Token[], i: number, floor: number): HedgeRead | null {
  if (i - 1 < floor) return null;
  const last = tokens[i - 1].lower;
  // "the toll soared past 4,700", "climbed past 10%": "past" right after a verb of change is "more than"; elsewhere it
  // opens a time window ("the past 24 hours"), which the table must not read.
  if (last === 'past' && i - 2 >= floor && CHANGE_VERBS.has(tokens[i - 2].lower)) return { hedge: 'over', start: i - 1 };
  if (topAsVerb(tokens, i - 1, floor) || crossAsVerb(tokens, i - 1, floor, last)) return { hedge: 'over', start: i - 1 };
  const candidates = BY_LAST_WORD.get(last);
  if (!candidates) return null;
  for (const [words, hedge] of candidates) {
    const s = i - words.length;
    if (s < floor) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (tokens[s + k].lower !== words[k]) { ok = false; break; }
    }
    if (!ok) continue;
    if (words[0] === 'up' && words.length === 2 && s - 1 >= floor && UP_PARTICLE.has(tokens[s - 1].lower)) return null;
    // "over the past 24 hours" never reaches here (the article intervenes); "some" after a verb of
    // quantity ("killed some 40") is fine, but "for some 3" is too; no extra check needed.
    return { hedge, start: s };
  }
  return null;
}

/** The word after "or" in a hedge written after the figure: "40 or more", "4000mAh or higher", "30 or so". */
const OR_AFTER: ReadonlyMap<string, Hedge> = new Map([
  ['more', 'at_least'], ['higher', 'at_least'], ['above', 'at_least'], ['greater', 'at_least'], ['over', 'at_least'],
  ['so', 'approximate'],
  ['less', 'up_to'], ['fewer', 'up_to'], ['lower', 'up_to'], ['below', 'up_to'], ['under', 'up_to'],
]);

/**
 * Words glued by a hyphen after a figure that hedge it: "the nation's 80-plus islands" (more than 80), "some 300-odd
 * passengers", "40-some protesters" (about that many) (round 24).
 */
const HYPHEN_AFTER: ReadonlyMap<string, Hedge> = new Map([['plus', 'at_least'], ['odd', 'approximate'], ['some', 'approximate']]);

/** Hedges written after the figure: "40 or more", "5,000+", "30 or so", "4000mAh±", "80-plus". */
export function hedgeAfter(tokens: Token[], i: number, limit: number): { hedge: Hedge; end: number } | null {
  const a = tokens[i];
  if (!a || i >= limit) return null;
  if (a.lower === '+' && i > 0 && tokens[i - 1].end === a.start) return { hedge: 'at_least', end: i + 1 };
  // A "±" glued after the figure or its unit makes it approximate ("a 4000mAh± battery"); before a figure it is a margin.
  if (a.lower === '±' && i > 0 && tokens[i - 1].end === a.start && !(i + 1 < limit && tokens[i + 1].start === a.end &&
    tokens[i + 1].type === 'number')) return { hedge: 'approximate', end: i + 1 };
  const b = i + 1 < limit ? tokens[i + 1] : undefined;
  if (a.lower === '-' && b && i > 0 && tokens[i - 1].end === a.start && a.end === b.start) {
    const glued = HYPHEN_AFTER.get(b.lower);
    if (glued) return { hedge: glued, end: i + 2 };
  }
  const hedge = a.lower === 'or' && b ? OR_AFTER.get(b.lower) : undefined;
  return hedge ? { hedge, end: i + 2 } : null;
}

/** The interval a hedge gives to a stated figure v (or a stated range a..b). */
export function interval(hedge: Hedge, a: number, b: number = a): [number | null, number | null] {
  // Below zero a band around the figure runs the other way: "about -5" is [-5.5, -4.5].
  if (a < 0 && (hedge === 'approximate' || hedge === 'nearly')) {
    const [low, high] = interval(hedge, -b, -a);
    return [high === null ? null : -high, low === null ? null : -low];
  }
  switch (hedge) {
    case 'exact':
      return [a, b];
    case 'approximate':
      return [round(0.9 * a), round(1.1 * b)];
    case 'nearly':
      return [round(0.9 * a), b];
    case 'over':
    case 'at_least':
      return [a, null];
    case 'up_to':
    case 'less_than':
      return [0, b];
    case 'range':
      return [a, b];
    case 'vague':
      return [a, b];
  }
}
