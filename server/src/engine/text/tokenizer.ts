// Tokens and sentences from wink-nlp, with exact character offsets.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../types';
import { blankMarkup } from './markup';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** The wink pipeline, loaded once: the model takes a few hundred ms to load. */
export function getNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** wink-nlp slows down badly on very long space-less runs: such runs are never words, so we blank them. */
const MAX_TOKEN_LENGTH = 64;

/**
 * Replaces every run of non-space characters longer than MAX_TOKEN_LENGTH with spaces of the same
 * length, so offsets stay valid. Linear: one pass, no regular expression.
 */
export function blankLongRuns(text: string): string {
  let out: string[] | undefined;
  let runStart = 0;
  let last = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const isSpace = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
    if (!isSpace) continue;
    if (i - runStart > MAX_TOKEN_LENGTH) {
      out ??= [];
      out.push(text.slice(last, runStart), ' '.repeat(i - runStart));
      last = i;
    }
    runStart = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

/**
 * Tokenizes `text` from `offset` on. Returns tokens (whitespace tokens dropped, newlines kept as
 * type "tabCRLF" so recognizers can see line breaks) and sentences over them.
 */
export function tokenize(text: string, offset = 0): { tokens: Token[]; sentences: Sentence[] } {
  const body = blankLongRuns(blankMarkup(text.slice(offset)));
  const doc = getNlp().readDoc(body);
  const its = getNlp().its;
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  // wink token index -> our token index (whitespace tokens are dropped).
  const map = new Int32Array(values.length + 1);
  const tokens: Token[] = [];
  let at = offset;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    const v = values[i];
    map[i] = tokens.length;
    const start = at;
    at += v.length;
    const type = types[i];
    if (type === 'tabCRLF' && !v.includes('\n')) continue;
    // The blanked runs were spaces for wink; take the original text back where it differs. Where it does not,
    // wink's own (shared) string is kept: no new string per token.
    const original = text.startsWith(v, start) ? v : text.slice(start, at);
    tokens.push({ start, end: at, text: original, lower: original.toLowerCase(), pos: pos[i], type });
  }
  map[values.length] = tokens.length;
  const sentences: Sentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of spans) {
    // Skip leading/trailing newline tokens so the sentence span is tight.
    let a = map[first];
    let b = map[last + 1] ?? tokens.length;
    while (a < b && tokens[a].type === 'tabCRLF') a++;
    while (b > a && tokens[b - 1].type === 'tabCRLF') b--;
    if (a >= b) continue;
    sentences.push({ start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b });
  }
  return { tokens, sentences };
}
