// A per-sentence answer computed once, with the last sentence's answer held in front of the weakly keyed table.
import type { Sentence } from '../types';
import { memoOfLastReport } from '../text/reportMemo';

/**
 * Answers by sentence. A figure's steps ask about their sentence several times over, and a look-up in the WeakMap (a
 * table of every sentence of this report, and of earlier ones not yet collected) took 1-2 % of the time of a report of
 * short one-figure sentences for each such table (profiled); the last sentence asked about is answered from a field.
 */
export class SentenceMemo<V> {
  private readonly known = new WeakMap<Sentence, V>();
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
    const value = this.known.get(s);
    if (value !== undefined) {
      this.last = s;
      this.lastValue = value;
    }
    return value;
  }

  set(s: Sentence, value: V): void {
    this.known.set(s, value);
    this.last = s;
    this.lastValue = value;
  }
}
