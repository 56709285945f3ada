// Relay frames ("according to X", "as reported by X"), opening "In a ... poll," frames and look-backs ("As she said").
import { isCap, isDash, isQuote, isWord, npRight, trimTime, type Unit } from './scan';
import { citingAt, sourcePhrase } from './relays';
import { type ResolvedSource } from './sources';
import type { Range, Token } from '../types';
import { CUE_PREFIX, finiteCue, LOOK_BACK_LEMMAS, OPINION_NOUNS, phrasalCue } from './cues';
import { clauseEnd, relativeAfter, MAX_CONTENT } from './clauses';
import { type ReportState, type Frame, span, type Found, spanOrNull, firstWord } from './report';
import { introBefore } from './subjects';
import { TIME_WORDS, FIRST_PERSON_WORDS } from './words';
import { isPossessiveEnding } from '../text/possessive';
import { SUBJECT_RELATIVES as RELATIVE_SUBJECT_WORDS } from '../text/pronouns';

/** Relatives a mid-clause frame may follow ("the toll, which, according to police, rose"): the content starts there. */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(RELATIVE_SUBJECT_WORDS);
/** Polls that a sentence-opening "In a ... poll," speaks for. */
const POLL_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/** Words of when a poll was released after its head ("poll released last Thursday", "survey the same month"). */
const POLL_TAIL = new Set(['released', 'published', 'last', 'this', 'the', 'same', 'earlier', 'on']);

/** Words around "as" that make it a comparison, not a look-back report ("as many as", "twice as much", "the same as"). */
const AS_COMPARATIVES = new Set(['many', 'much', 'well', 'long', 'soon', 'far', 'same', 'such', 'twice', 'just', 'so',
  'little', 'few', 'if', 'though', 'part', 'of', 'to', 'for', 'usual', 'expected', 'a', 'an']);

// ---- frames: "according to X[, citing Y]" and "as reported by X" --------------------------------------

export function frameAt(rep: ReportState, i: number, p: number, u: Unit): Frame | null {
  const { toks, resolver } = rep;
  let x: [number, number] | null = p < u.b && ['him', 'her', 'them', 'it'].includes(toks[p].lower) ? [p, p + 1] : sourcePhrase(toks, p, u.b);
  if (!x) return null;
  let xs = resolver.resolve(x[0], x[1]);
  if (!xs) {
    // "according to" always names a source, even one the resolver has no kind for ("some on Twitter", "one of
    // his aides"): the phrase up to the next comma or the end of the sentence.
    let e = x[0];
    while (e < u.b && e - x[0] < 12 && toks[e].text !== ',' && toks[e].text !== '.' && !isQuote(toks[e])) e++;
    x = [x[0], Math.max(e, x[1])];
    xs = resolver.describe(x[0], x[1]);
  }
  if (!xs) return null;
  let after = x[1];
  const relays: ResolvedSource[] = [xs];
  let origin = xs;
  const cit = citingAt(toks, after, u.b);
  if (cit) {
    const ys = resolver.resolve(cit.phrase[0], cit.phrase[1]);
    if (ys) { relays.unshift(ys); origin = ys; }
    after = cit.after;
  } else if (after + 2 < u.b && (toks[after].lower === 'cited' || toks[after].lower === 'quoted') && toks[after + 1].lower === 'by') {
    // "according to a World Bank report cited by the Financial Times": the Times relays the report.
    const y = sourcePhrase(toks, after + 2, u.b);
    const ys = y ? resolver.resolve(y[0], y[1]) : null;
    if (y && ys) { relays.push(ys); after = y[1]; }
  }
  const cue = span(toks, i, p);
  // Round 36: a frame that closes its sentence ("In May he raised $5 million, according to his filings.") reports the
  // clause before it, though that clause opens with a preposition or a participle that reads as an introduction.
  const closing = after >= u.b - 1 || toks[after].text === '.';
  const initial = i === u.a || (!closing && toks[i - 1].text === ',' && introBefore(toks, u.a, i - 1));
  const standalone = (): Found | null => {
    const content = frameContent(toks, i, u, after, initial);
    if (!content) return null;
    return { source: origin, cue, content, via: relays.filter(r => r !== origin).map(r => r.id), at: i };
  };
  return { at: i, after, relays, relay: { source: xs, cue }, standalone, origin: origin.id };
}

/**
 * What a relay frame that wraps no saying reports: the clause after an opening frame ("According to X, ..."), the
 * clause before a closing one ("..., according to X."), or the clause it stands in.
 */
function frameContent(toks: Token[], i: number, u: Unit, after: number, initial: boolean): Range | null {
  let content: Range | null = null;
  if (initial) {
    // The rest of the relay phrase ("on Telegram", "on January 5") runs to the comma.
    let s = after;
    while (s < u.b && s - after < 8 && toks[s].text !== ',') s++;
    s = s < u.b && toks[s].text === ',' ? s + 1 : after;
    if (s < u.b) content = spanOrNull(toks, s, clauseEnd(toks, s, u.b));
  } else if (after >= u.b - 1 || toks[after].text === '.' || relativeAfter(toks, after, u.b)) {
    let e = i;
    while (e > u.a && toks[e - 1].text === ',') e--;
    // "...; some 2,000 remain, according to X": only the clause after the semicolon.
    let s = u.a;
    for (let k = e - 1; k > u.a && e - k < MAX_CONTENT; k--) if (toks[k].text === ';') { s = k + 1; break; }
    content = spanOrNull(toks, s, e);
  } else {
    let s = u.a;
    if (toks[i - 1].text === ',' && i - 2 >= u.a && RELATIVE_SUBJECTS.has(toks[i - 2].lower)) s = i - 2;
    content = spanOrNull(toks, s, clauseEnd(toks, s, u.b, after));
  }
  return content;
}

/**
* A sentence opened by whose view it gives: "In a new poll, ...", "In Trump's view, ...". The rest of the
* sentence is what the poll or the person holds. ("In a statement, X said" names its own speaker; "For X, ..." is as
* often a matter as a view, PolNeAR train marks a third of them, so it is left alone; "To X, ..." with a named person:
* `viewpointFrameAt`.)
*/
export function openingFrameAt(rep: ReportState, i: number, u: Unit): Found | null {
  const { toks, resolver } = rep;
  let k = i + 1;
  while (k < u.b && k - i < 16 && toks[k].text !== ',' && !isQuote(toks[k]) && toks[k].text !== '.') k++;
  if (k >= u.b - 1 || toks[k].text !== ',' || k === i + 1) return null;
  const head = toks[k - 1];
  if (!isWord(head)) return null;
  let src: ResolvedSource | null = null;
  const owner = k - 3 > i && isPossessiveEnding(toks[k - 2].text) && OPINION_NOUNS.has(head.lower);
  if (owner) src = resolver.resolve(i + 1, k - 2);
  else {
    // "In a Gallup poll released Monday,", "In a CNN poll last month,": the poll may carry when it was taken.
    let p = k - 1;
    while (p > i + 1 && k - p <= 5 && (POLL_TAIL.has(toks[p].lower) || TIME_WORDS.has(toks[p].lower) || toks[p].type === 'number')) p--;
    if (POLL_HEADS.has(toks[p].lower)) src = resolver.resolve(i + 1, p + 1) ?? resolver.describe(i + 1, p + 1);
  }
  if (!src) return null;
  const content = spanOrNull(toks, k + 1, clauseEnd(toks, k + 1, u.b));
  return content ? { source: src, cue: span(toks, i, i + 1), content, via: [], at: i } : null;
}

/** Object pronouns whose view a sentence-opening "To them, ..." gives. */
const VIEW_PRONOUNS = new Set(['him', 'her', 'them']);
/** How many words the person after a viewpoint's "To" may take ("To Florida consultant Wilson,"). */
const VIEWER_REACH = 6;

/**
* Round 44. A sentence opened by a person's viewpoint: "To Okafor, the vote was a warning.", "To them, it signals ...".
* The rest of the sentence is what the person holds (PolNeAR train: every such opening whose phrase names a person
* or is a person pronoun is a cue). "To" before a group, a description or a matter ("To many voters,", "To her
* supporters,", "To date,", "To no one's surprise,") stays no cue: those are cues in none of their train uses.
*/
export function viewpointFrameAt(rep: ReportState, i: number, u: Unit): Found | null {
  const { toks, resolver } = rep;
  let k = i + 1;
  while (k < u.b && k - i <= VIEWER_REACH && isWord(toks[k])) k++;
  if (k >= u.b - 1 || toks[k].text !== ',' || k === i + 1) return null;
  const pronoun = k === i + 2 && VIEW_PRONOUNS.has(toks[i + 1].lower);
  // A name's noun phrase runs to the comma: "To stop Lee," (a purpose) and "To the extent she backs Lee," do not.
  if (!pronoun && (!isCap(toks[k - 1]) || npRight(toks, i + 1, u.b) !== k)) return null;
  const src = resolver.resolve(i + 1, k);
  if (!src || (!pronoun && (src.kind !== 'person' || src.id.startsWith('source:')))) return null;
  const content = spanOrNull(toks, k + 1, clauseEnd(toks, k + 1, u.b));
  return content ? { source: src, cue: span(toks, i, i + 1), content, via: [], at: i } : null;
}

/**
* A look-back clause: "As Politico reported, the fund ...", "..., as the senator noted.", "(As the paper first reported,
* ...)". The speaker is the phrase after "as"; the content is the main clause after the comma when the clause opens the
* sentence, else the clause before it. Comparisons ("as much as she said", "twice as many voters said") and a first
* person ("As I said") are no look-back reports.
*/
export function lookBackAt(rep: ReportState, i: number, u: Unit): { found: Found; ce: number } | null {
  const { toks, resolver } = rep;
  if (i > u.a && (toks[i - 1].pos === 'ADJ' || AS_COMPARATIVES.has(toks[i - 1].lower))) return null;
  const s = i + 1;
  if (!isWord(toks[s]) || AS_COMPARATIVES.has(toks[s].lower) || FIRST_PERSON_WORDS.has(toks[s].lower)) return null;
  let e = npRight(toks, s, u.b, 10);
  if (e < 0 || e >= u.b) return null;
  // "as the mayor points out": a phrasal cue's verb read as the noun phrase's plural head is given back.
  if (e - 1 > s && phrasalCue(toks[e - 1].lower, toks[e].lower)) e--;
  let c = e;
  while (c < u.b && c - e < 3 && CUE_PREFIX.has(toks[c].lower)) c++;
  if (c >= u.b || isCap(toks[c])) return null;
  const next = c + 1 < u.b ? toks[c + 1].lower : '';
  const ph = phrasalCue(toks[c].lower, next);
  const putIt = toks[c].lower === 'put' && next === 'it';
  const info = ph ?? finiteCue(toks[c].lower);
  if (!putIt && !(info && LOOK_BACK_LEMMAS.has(info.lemma))) return null;
  const ce = ph || putIt ? c + 2 : c + 1;
  const src = resolver.resolve(s, trimTime(toks, s, e));
  if (!src || src.kind === 'doc') return null;
  let content: Range | null = null;
  const w = firstWord(toks, u);
  const opens = i === w || (i === w + 1 && (toks[w].pos === 'CCONJ' || toks[w].pos === 'ADV' || toks[w].text === '(')) ||
    (toks[i - 1].text === ',' && introBefore(toks, u.a, i - 1));
  if (opens) {
    let k = ce;
    while (k < u.b && k - ce < 12 && toks[k].text !== ',' && toks[k].text !== ':' && toks[k].text !== '.') k++;
    if (k + 1 < u.b && (toks[k].text === ',' || toks[k].text === ':')) content = spanOrNull(toks, k + 1, clauseEnd(toks, k + 1, u.b));
  }
  // Round 43. A look-back that closes the sentence ("Cutting it carries risks, as the mayor points out.") looks back
  // even when what comes before it read as an opening phrase.
  const closes = ce >= u.b || toks[ce].text === '.';
  if (!opens || (!content && closes && i > w + 1)) {
    let k = i;
    while (k > u.a && (toks[k - 1].text === ',' || isDash(toks[k - 1]) || toks[k - 1].text === '(')) k--;
    if (k > w + 1) content = spanOrNull(toks, u.a, k);
  }
  if (!content) return null;
  return { found: { source: src, cue: span(toks, c, ce), content, via: [], at: c }, ce };
}
