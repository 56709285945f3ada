// A figure given as the correction of an earlier one (round 31): "the commission published corrected results", "after a
// recount", "lower than previously reported", "the ministry, which had earlier said 50, now says 45". Such a figure holds
// from its report's time; an earlier report's different figure of the same frame was replaced, not contradicted
// (check/claimIndex.ts, `staleSince`). One word table, read through the word-class index, once per sentence.
import type { PreparedText, Sentence, Token } from '../types';
import { firstIn, wordClassIndex } from '../text/wordClass';
import { SentenceMemo } from './sentenceMemo';

/** Words that say a figure corrects or replaces an earlier one: "corrected", "revised", "recount", "an error". */
export const CORRECTION_WORDS: ReadonlySet<string> = new Set([
  'corrected', 'correcting', 'correction', 'corrections', 'revised', 'revising', 'revision', 'revisions',
  'recount', 'recounted', 'recounting', 'amended', 'error', 'errors', 'erroneous', 'erroneously', 'mistake', 'mistakes',
  'mistakenly', 'miscalculation', 'miscounted', 'retracted', 'updated',
]);
/** Nouns that "new" makes a replacing count: "the new results", "new figures", "the new tally". */
const NEW_COUNTS = new Set(['results', 'figures', 'figure', 'count', 'tally', 'total', 'toll', 'numbers', 'estimate']);
/** Adverbs of an earlier statement: "than previously reported", "had earlier said". */
const EARLIER_ADVERBS = new Set(['previously', 'initially', 'originally', 'earlier', 'first']);
/** Words that open a phrase of replacement: "new" before a count, "than" or "had" before an earlier adverb. */
const OPENERS = new Set(['new', 'than', 'had']);
/** Words that deny a correction: "decided against revising its estimate", "was not corrected", "without a recount". */
const DENYING = ['not', 'no', 'never', 'against', 'without', 'refused', 'declined', 'rejected'];
/** Words that ask for a correction not yet made ("demanded a full recount", "a recount request") or deny one. */
const ASKING = new Set(['demand', 'demanded', 'demands', 'demanding', 'call', 'called', 'calls', 'calling', 'request', 'requested',
  'requests', 'seek', 'seeks', 'sought', 'urge', 'urged', 'urges', 'want', 'wants', 'wanted', 'ask', 'asked', 'asks', 'petition',
  'petitioned', 'order', 'ordered', ...DENYING]);
/** Tokens back from a correction word where a verb asking for it may stand: "demanded a full recount". */
const ASK_REACH = 3;
/** Every word the sentence test jumps to. */
const MARKS: ReadonlySet<string> = new Set([...CORRECTION_WORDS, ...OPENERS]);

/** Words that set a figure before a correction: "the results first announced gave him 43.9%", "the initial estimate". */
const BEFORE_WORDS = new Set(['first', 'earlier', 'previous', 'previously', 'initial', 'initially', 'original', 'originally']);
/** Words after which a figure is the new one again: "which had earlier said 50, now says 45", "the new results". */
const AFTER_WORDS = new Set(['now', 'new', ...CORRECTION_WORDS]);
/** Both, so the last of either before a figure is one index read. */
const TURNS: ReadonlySet<string> = new Set([...BEFORE_WORDS, ...AFTER_WORDS]);

/**
 * The figure's sentence sets it before a correction: the last word of BEFORE_WORDS or AFTER_WORDS before it is of the
 * first kind, and no "than" comes right before that word ("lower than previously reported" says the figure is the new
 * one). One index read per figure.
 */
export function setBefore(tokens: readonly Token[], s: Sentence, qa: number): boolean {
  const i = wordClassIndex(tokens, TURNS).prev[qa];
  return i >= s.tokenStart && BEFORE_WORDS.has(tokens[i].lower) && tokens[i - 1]?.lower !== 'than';
}

/** Per sentence, whether it says its figures correct earlier ones. */
const bySentence = new SentenceMemo<boolean>();
/** Per report, whether its lead says so. */
const byReport = new WeakMap<PreparedText, boolean>();
/** Body sentences of a report's lead read for a correction. */
const LEAD_SENTENCES = 2;

/** The mark at token i opens a phrase of replacement: a correction word, "new results", "than previously", "had earlier". */
function marksAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].lower;
  // "a margin of error": no error of the count.
  if (w === 'error' || w === 'errors') return tokens[i - 1]?.lower !== 'of' && !asked(tokens, i);
  if (CORRECTION_WORDS.has(w)) return !asked(tokens, i);
  const next = tokens[i + 1]?.lower ?? '';
  if (w === 'new') return NEW_COUNTS.has(next);
  return EARLIER_ADVERBS.has(next);
}

/** The correction word at i is asked for or denied, not made: a word of ASKING a few words before, or right after it. */
function asked(tokens: readonly Token[], i: number): boolean {
  if (ASKING.has(tokens[i + 1]?.lower ?? '')) return true;
  for (let k = i - 1; k >= Math.max(0, i - ASK_REACH); k--) if (ASKING.has(tokens[k].lower)) return true;
  return false;
}

/** The sentence says its figures correct or replace earlier ones. Read once per sentence. */
export function sentenceCorrects(tokens: readonly Token[], s: Sentence): boolean {
  let known = bySentence.get(s);
  if (known !== undefined) return known;
  known = false;
  const ix = wordClassIndex(tokens, MARKS);
  for (let i = firstIn(ix, s.tokenStart, s.tokenEnd); i >= 0; i = firstIn(ix, i + 1, s.tokenEnd)) {
    if (marksAt(tokens, i)) { known = true; break; }
  }
  bySentence.set(s, known);
  return known;
}

/**
 * The report's lead (its first body sentences) says a count was corrected: "the results contained errors", "a recount
 * showed he still won". Its figures are then the corrected ones. Read once per report. (The title alone was read too
 * at first: "Recount call in ..." marked a report of a recount only asked for.)
 */
export function reportCorrects(prepared: PreparedText): boolean {
  let known = byReport.get(prepared);
  if (known !== undefined) return known;
  known = false;
  let n = 0;
  for (const s of prepared.sentences) {
    if (known || n >= LEAD_SENTENCES) break;
    if (s.start < prepared.bodyStart) continue;
    n++;
    known = sentenceCorrects(prepared.tokens, s);
  }
  byReport.set(prepared, known);
  return known;
}
