// Cricket scorecards name players in fixed slots: the batsman opening a line, the fielder after "c" or "st", the bowler
// after "b", and a bowler before his figures. Those names are people whatever the tables say ("b Cork 176" is no town)
// and whatever a score after them suggested ("Mullally 22-6-56-2" is no side).
import { slug } from './fold';
import { CAP, DIGIT, NAME_WORD } from './lexicon';
import { NAME_PARTICLES } from './people';
import type { NamedSpan } from './recurring';
import type { Word } from './words';

/** Bowling figures: overs (with the balls of an unfinished one), maidens, runs, wickets ("29.2-9-83-3", "10-0-53-3"). */
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
/** A batsman's runs or a total after the bowler's name. */
const RUNS = /^\d{1,3}$/;
/** Marks before a fielder's name that a bowler's "b" follows ("c Croft b Cork", "st Moin b Mushtaq"). */
const FIELDER_MARKS = new Set(['c', 'st']);
/** Two-word notes after a batsman's name that runs follow ("not out 94", "run out 12", "retired hurt 40"). */
const BATSMAN_NOTES = new Map([['not', 'out'], ['run', 'out'], ['retired', 'hurt']]);
/** Marks that open a bowler's entry in a bowling line: a label's colon or the list's comma. */
const ENTRY_OPENERS = new Set([',', ':', ';']);
/** Longest player's name in words, initials apart ("Saeed Anwar", "Inzamam-ul-Haq"). */
const NAME_WORDS = 3;

const isInitial = (w: Word | undefined) => !!w && /^[A-Z]\.$/.test(w.text);
/** A lower-case scorecard mark in one of the sets ("c", "st"), or the bowler's "b". */
const mark = (w: Word | undefined, set: ReadonlySet<string>) => !!w && !w.punct && !w.cap && set.has(w.text);
const BOWLER_MARK = new Set(['b']);
const lineBreakBefore = (w: Word) => w.gap.includes('\n');

/** The word at k is glued to the one before it (a hyphenated name's parts, a bowling figure's numbers). */
const glued = (words: Word[], k: number) => k > 0 && k < words.length && words[k].gap === '';
const isHyphen = (w: Word | undefined) => !!w && w.text === '-';

/** The end of the name word at k with its hyphenated parts ("Inzamam-ul-Haq"), or k when it is no name word. */
function unitEnd(words: Word[], classes: Int32Array, k: number): number {
  if (k >= words.length || !(classes[k] & CAP) || !(classes[k] & NAME_WORD)) return k;
  let e = k + 1;
  while (isHyphen(words[e]) && glued(words, e) && glued(words, e + 1) && !words[e + 1].punct) e += 2;
  return e;
}

/** The start of the name word ending at `to` with its hyphenated parts, or `to` when none ends there. */
function unitStart(words: Word[], classes: Int32Array, to: number): number {
  let k = to;
  while (k >= 3 && isHyphen(words[k - 2]) && glued(words, k - 1) && glued(words, k - 2) && !words[k - 1].punct) k -= 2;
  return k > 0 && (classes[k - 1] & CAP) && (classes[k - 1] & NAME_WORD) ? k - 1 : to;
}

/** Where a player's name at `from` ends: one to three capitalized name words on one line after any initials, or `from`. */
export function nameEnd(words: Word[], classes: Int32Array, from: number): number {
  let k = from;
  while (isInitial(words[k]) && (k === from || !lineBreakBefore(words[k]))) k++;
  const start = k;
  for (let n = 0; n < NAME_WORDS && k < words.length && (k === from || !lineBreakBefore(words[k])); n++) {
    // Particles between name words belong to the name ("Aravinda de Silva", "Joost van der Westhuizen").
    let p = k;
    while (n > 0 && p - k < 2 && p < words.length && !words[p].cap && NAME_PARTICLES.has(words[p].lower) && !lineBreakBefore(words[p])) p++;
    const e = unitEnd(words, classes, p);
    if (e === p) break;
    k = e;
  }
  return k > start ? k : from;
}
/** Where a player's name ending at `to` starts: name words, then initials, on one line; or `to` when there is none. */
function nameStart(words: Word[], classes: Int32Array, to: number): number {
  let k = to;
  for (let n = 0; n < NAME_WORDS && (k === to || !lineBreakBefore(words[k])); n++) {
    const s = unitStart(words, classes, k);
    if (s === k) break;
    k = s;
  }
  if (k === to) return to;
  while (k > 0 && isInitial(words[k - 1]) && !lineBreakBefore(words[k])) k--;
  return k;
}

/** The end of bowling figures written from k ("29.2-9-83-3", scanned as numbers and hyphens), or k. */
function figuresEnd(words: Word[], k: number): number {
  let e = k + 1;
  let s = words[k].text;
  while (e < words.length && e - k < 7 && glued(words, e)) s += words[e++].text;
  return BOWLING_FIGURES.test(s) ? e : k;
}

/** The bowler's slot at `b` ("b Cork 176"): the name after a lower-case "b" that the batsman's runs follow. */
function bowlerAfter(words: Word[], classes: Int32Array, b: number): number {
  if (!mark(words[b], BOWLER_MARK)) return b + 1;
  const e = nameEnd(words, classes, b + 1);
  const runs = words[e];
  return e > b + 1 && !!runs && RUNS.test(runs.text) && !lineBreakBefore(runs) ? e : b + 1;
}

/** The fielder's slot at `c` ("c Croft b Cork 176"): a name between "c"/"st" and a bowler's slot. */
function fielderAfter(words: Word[], classes: Int32Array, c: number): number {
  if (!mark(words[c], FIELDER_MARKS)) return c + 1;
  const e = nameEnd(words, classes, c + 1);
  return e > c + 1 && bowlerAfter(words, classes, e) > e + 1 ? e : c + 1;
}

/** The batsman's dismissal follows `k`: "c X b Y 12", "st X b Y 4", "lbw b Y 54", "b Y 31", "not out 94". */
function dismissalAt(words: Word[], classes: Int32Array, k: number): boolean {
  const w = words[k];
  if (!w || w.punct || w.cap || lineBreakBefore(w)) return false;
  if (w.text === 'b') return bowlerAfter(words, classes, k) > k + 1;
  if (w.text === 'lbw') return bowlerAfter(words, classes, k + 1) > k + 2;
  if (FIELDER_MARKS.has(w.text)) {
    const e = fielderAfter(words, classes, k);
    return e > k + 1;
  }
  const second = BATSMAN_NOTES.get(w.text);
  const n = words[k + 1];
  return !!second && !!n && n.text === second && !!words[k + 2] && RUNS.test(words[k + 2].text);
}

/** Labels of the list of batsmen who have not batted ("To bat: R. Croft, D. Cork"), in lower case. */
const TO_BAT = new Set(['to bat', 'did not bat', 'yet to bat']);

/** The names listed after a "To bat:" or "To bat -" label at k (the colon or dash), comma by comma, pushed to `slots`; returns where it ends. */
function batsmenList(words: Word[], classes: Int32Array, k: number, slots: [number, number][]): number {
  let label = '';
  for (let m = Math.max(0, k - 3); m < k; m++) label += (label ? ' ' : '') + words[m].lower;
  if (![...TO_BAT].some(l => label === l || label.endsWith(' ' + l))) return k;
  let at = k + 1;
  for (;;) {
    const e = nameEnd(words, classes, at);
    if (e === at) return at;
    slots.push([at, e]);
    if (words[e]?.text !== ',') return e;
    at = e + 1;
  }
}

/** The player slots of cricket scorecards in the report, as word ranges. */
export function scorecardSlots(words: Word[], classes: Int32Array): [number, number][] {
  const slots: [number, number][] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.text === ':' || w.text === '-') k = Math.max(k, batsmenList(words, classes, k, slots) - 1);
    if (w.punct) continue;
    if (!w.cap && (w.text === 'b' || FIELDER_MARKS.has(w.text))) {
      // "c Croft b Cork 176": the fielder, and the bowler after him.
      const e = w.text === 'b' ? bowlerAfter(words, classes, k) : fielderAfter(words, classes, k);
      if (e > k + 1) slots.push([k + 1, e]);
      continue;
    }
    if (classes[k] & DIGIT && !glued(words, k) && figuresEnd(words, k) > k) {
      // "Bowling: Wasim Akram 29.2-9-83-3, Waqar Younis 25-6-95-4": the figures may open the next line.
      const from = nameStart(words, classes, k);
      const before = words[from - 1];
      if (from < k && (!before || lineBreakBefore(words[from]) || ENTRY_OPENERS.has(before.text))) slots.push([from, k]);
      continue;
    }
    // "Aamir Sohail c Cork b Croft 46": a name opening its line before a dismissal is the batsman.
    if (w.cap && (k === 0 || lineBreakBefore(w))) {
      const e = nameEnd(words, classes, k);
      if (e > k && dismissalAt(words, classes, e)) slots.push([k, e]);
    }
  }
  return slots;
}

/**
 * Makes the players of the report's scorecards people: a span the tables or the sides' rules gave over a slot turns
 * into the person (a place inside the name, "Moin [Khan]", is taken in), and words no rule took become one. `person`
 * gives the id of a person the report names in full by this surname.
 */
export function scorecardPlayers(text: string, words: Word[], classes: Int32Array, spans: NamedSpan[], covered: Uint8Array,
  person: (w: Word) => NamedSpan | null | undefined): NamedSpan[] {
  const slots = scorecardSlots(words, classes);
  if (!slots.length) return [];
  const byEnd = new Map<number, NamedSpan>();
  for (const c of spans) byEnd.set(c.to, c);
  const extra: NamedSpan[] = [];
  for (const [from, to] of slots) {
    const name = text.slice(words[from].start, words[to - 1].end);
    const known = to - from === 1 ? person(words[from]) : undefined;
    const id = known ? known.id : `person:${slug(name)}`;
    const span = byEnd.get(to);
    const head = span && span.from >= from ? span.from : to;
    let free = true;
    for (let m = from; m < head; m++) if (covered[m]) free = false;
    if (!free) continue;
    for (let m = from; m < to; m++) covered[m] = 1;
    if (span && head < to) {
      if (span.kind === 'person' && span.from === from) continue;
      Object.assign(span, { from, kind: 'person', id, name: known ? known.name : name });
      continue;
    }
    extra.push({ from, to, kind: 'person', id, name: known ? known.name : name });
  }
  return extra;
}
