// Named events, operations, plans and products (kind `other`): "Hurricane Beryl", "Operation Iron Shield",
// "Stability and Growth Pact", "Zapad-2021", "Bayraktar TB2". Shape rules only; no list of event names.
import type { Word } from './words';

export interface EventMatch {
  from: number;
  to: number;
  /** Display name ("Hurricane Beryl"). */
  name: string;
  /** Word range of the bare name a storm is later called by ("Beryl"), if any. */
  alias?: [number, number];
}

/** Capitalized words that open a named event; the name follows ("Hurricane Beryl", "Operation Iron Shield"). */
const EVENT_HEADS = new Set(['Hurricane', 'Cyclone', 'Typhoon', 'Storm', 'Operation', 'Exercise']);
/** Storms are later called by their bare name ("Beryl made landfall"). */
const STORM_HEADS = new Set(['Hurricane', 'Cyclone', 'Typhoon', 'Storm']);
/** Capitalized last words of named plans and agreements ("Stability and Growth Pact", "Paris Agreement"). */
export const PLAN_TAILS = new Set(['Pact', 'Accord', 'Accords', 'Agreement', 'Treaty', 'Plan', 'Doctrine', 'Initiative', 'Declaration']);
/** Last words of named competitions ("World Cup", "U.S. Open", "Tennis Championships"), compared in lower case. */
export const COMPETITION_TAILS = new Set(['cup', 'championships', 'championship', 'olympics', 'open', 'trophy', 'prix', 'masters',
  'classic', 'invitational', 'games']);
/** Lower-case words that make a named project with the unknown name before them ("the Andesita project"). */
const PROJECT_WORDS = new Set(['project', 'programme', 'program', 'scheme', 'plan']);
const CONNECTORS = new Set(['and', 'of', 'the', 'for', 'on']);

const glued = (w: Word | undefined) => !!w && w.gap === '';
const spaced = (w: Word | undefined) => !!w && (w.gap === ' ' || w.gap === '' || w.gap === '\u00a0');
const capWord = (w: Word | undefined): boolean => !!w && !w.punct && w.cap;
const HAS_DIGIT = /[0-9]/;

/** Cap words, hyphen-glued parts and inner possessives from k on ("Iron Shield", "Gideon's Chariots", "Sword-2024B"). */
function nameEnd(words: Word[], k: number, max: number): number {
  let e = k;
  while (e < words.length && e < k + max) {
    const w = words[e];
    if (e > k && !spaced(w)) break;
    if (capWord(w)) {
      e++;
      if (w.poss && !capWord(words[e])) break;
      continue;
    }
    // "Sword-2024B": a glued hyphen and a code part.
    if (e > k && w.text === '-' && glued(w) && glued(words[e + 1]) && words[e + 1] && !words[e + 1].punct) { e += 2; continue; }
    break;
  }
  return e;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function shapeNear(words: Word[], i: number): boolean {
  for (let k = i + 1; k < words.length && k < i + 8; k++) {
    const x = words[k];
    if (x.punct) { if (x.text !== '-') return false; return true; }
    if (!x.cap) return PROJECT_WORDS.has(x.text) || CONNECTORS.has(x.lower);
    if (PLAN_TAILS.has(x.text) || isDigit(x.text.charCodeAt(0)) || isDigit(x.text.charCodeAt(x.text.length - 1))) return true;
  }
  return false;
}

/** Word ranges of a head + name, a code name, a product code or a plan, starting at word i. */
export function eventMatch(text: string, words: Word[], i: number,
  knownName: (text: string, words: Word[], from: number, to: number) => boolean): EventMatch | null {
  const w = words[i];
  if (w.punct || !w.cap) return null;
  // "Hurricane Beryl", 'Operation "Gideon's Chariots"' (a quote mark may open the name).
  if (EVENT_HEADS.has(w.text) && !w.poss) {
    let k = i + 1;
    const quoted = words[k]?.punct && /^["“']$/.test(words[k].text);
    if (quoted) k++;
    const e = nameEnd(words, k, 4);
    if (e > k && !(w.text === 'Storm' && e - k > 2)) {
      const close = quoted && words[e]?.punct && /^["”']$/.test(words[e].text) ? e + 1 : e;
      const name = text.slice(w.start, words[close - 1].end).replace(/["“”]/g, '');
      return { from: i, to: close, name, alias: STORM_HEADS.has(w.text) && e - k === 1 ? [k, e] : undefined };
    }
  }
  const contest = competitionMatch(text, words, i);
  if (contest) return contest;
  // Most capitalized words open none of the shapes below: look only when a hyphen, a model code or a plan word is near.
  if (!shapeNear(words, i)) return null;
  // "Joint Sword-2024B", "Zapad-2021": a name glued by a hyphen to a code with digits.
  const e = nameEnd(words, i, 4);
  if (e >= i + 3 && words[e - 2].text === '-' && HAS_DIGIT.test(words[e - 1].text) && /^[0-9]{2,4}[A-Za-z]?$/.test(words[e - 1].text)) {
    return { from: i, to: e, name: text.slice(w.start, words[e - 1].end) };
  }
  // "Bayraktar TB2": a name and a capitalized model code with digits.
  const m = words[i + 1];
  if (m && spaced(m) && !capWord(words[i + 2]) && !m.punct && /^[A-Z]{1,4}[0-9]{1,4}[A-Z]?$/.test(m.text) && !knownName(text, words, i, i + 1) && !w.first) {
    return { from: i, to: i + 2, name: text.slice(w.start, m.end) };
  }
  // "Stability and Growth Pact": capitalized words (with connectors) ending in a plan word.
  let k = i;
  let last = -1;
  while (k < words.length && k < i + 8) {
    const x = words[k];
    if (k > i && !spaced(x)) break;
    if (capWord(x)) {
      if (PLAN_TAILS.has(x.text) && k > i) { last = k; break; }
      if (x.poss) break;
      k++;
      continue;
    }
    if (!x.punct && CONNECTORS.has(x.lower) && k > i && capWord(words[k + 1])) { k++; continue; }
    break;
  }
  if (last > i) return { from: i, to: last + 1, name: text.slice(w.start, words[last].end) };
  // "the Andesita project": an unknown name and a lower-case project word.
  const p = words[e];
  if (e <= i + 2 && p && !p.punct && spaced(p) && PROJECT_WORDS.has(p.text) && words[i - 1]?.lower === 'the'
    && !words[e - 1].poss && !knownName(text, words, i, e)) {
    return { from: i, to: e + 1, name: text.slice(w.start, p.end) };
  }
  return null;
}

/**
 * "World Cup", "U.S. Open Tennis Championships", "WORLD CUP": one to three capitalized words and a competition's last
 * word. In an all-caps line every word is capitalized, so there one word only comes before the tail.
 */
function competitionMatch(text: string, words: Word[], i: number): EventMatch | null {
  const caps = words[i].text.length > 1 && words[i].text === words[i].text.toUpperCase();
  const reach = caps ? 1 : 3;
  for (let k = i + 1; k <= i + reach && k < words.length; k++) {
    const x = words[k];
    if (!capWord(x) || !spaced(x) || words[k - 1].poss) return null;
    if (COMPETITION_TAILS.has(x.lower)) return { from: i, to: k + 1, name: text.slice(words[i].start, x.end) };
  }
  return null;
}
