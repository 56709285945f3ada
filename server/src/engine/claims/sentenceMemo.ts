// A per-sentence answer computed once, with the last sentence's answer held in front of the weakly keyed table.
import type { Sentence } from '../types';
import { memoOfLastReport } from '../text/reportMemo';

/**
 * Every memo's answers about one sentence, by the memo's slot: one weakly keyed table for all of them. Five memos
 * each kept a WeakMap of their own, so every sentence of a report was entered five times and looked up five times
 * more; in a report of short one-figure sentences the entries and look-ups were 2-3 % of the time (profiled). Now a
 * sentence is entered once, and the record of the last sentence asked about answers every memo from a field.
 */
const RECORDS = new WeakMap<Sentence, unknown[]>();
/** Slots handed out so far: one per memo. */
let slots = 0;
/** The last sentence any memo asked about, and its record (undefined when it has none yet). */
let lastSentence: Sentence | null = null;
let lastRecord: unknown[] | undefined = undefined;
memoOfLastReport(() => {
  lastSentence = null;
  lastRecord = undefined;
});

/** The record of `s`, or undefined while no memo has an answer about it. */
function recordOf(s: Sentence): unknown[] | undefined {
  if (s !== lastSentence) {
    lastSentence = s;
    lastRecord = RECORDS.get(s);
  }
  return lastRecord;
}

/** The record of `s`, made (and entered) at the first answer about it. */
function recordFor(s: Sentence): unknown[] {
  let record = recordOf(s);
  if (record === undefined) {
    record = [];
    RECORDS.set(s, record);
    lastRecord = record;
  }
  return record;
}

/**
 * Answers by sentence. A figure's steps ask about their sentence several times over, and a look-up in the WeakMap (a
 * table of every sentence of this report, and of earlier ones not yet collected) took 1-2 % of the time of a report of
 * short one-figure sentences for each such table (profiled); the last sentence asked about is answered from a field.
 */
export class SentenceMemo<V> {
  private readonly slot = slots++;
  private last: Sentence | null = null;
  private lastValue: V | undefined = undefined;

  constructor() {
    memoOfLastReport(() => {
      this.last = null;
      this.lastValue = undefined;
    });
  }

  get(s: Sentence): V | undefined {
    if (s === this.last) return this.lastValue;
    const record = recordOf(s);
    const value = record === undefined ? undefined : record[this.slot] as V | undefined;
    if (value !== undefined) {
      this.last = s;
      this.lastValue = value;
    }
    return value;
  }

  set(s: Sentence, value: V): void {
    recordFor(s)[this.slot] = value;
    this.last = s;
    this.lastValue = value;
  }
}
