// One shape for the engine's answer tables: a pure answer by key (a name's fold key, a unit's normal form), made once
// and then read from a table. Reports repeat their words, so the table spares the work; it is bounded, and emptied
// when full, so a long run over many reports never grows it past its limit; `clear` drops it at once (a memo of the
// report read last, whose keys may be slices that hold the whole report's text).

/** Answers of `compute` by key, at most `limit` of them. `compute` must be pure and never answer undefined. */
export class BoundedMemo<K, V> {
  private readonly table = new Map<K, V>();

  constructor(private readonly limit: number, private readonly compute: (key: K) => V) {}

  /** The answer for `key`: from the table, or computed and entered (the table emptied first when full). */
  get(key: K): V {
    let value = this.table.get(key);
    if (value === undefined) {
      value = this.compute(key);
      if (this.table.size >= this.limit) this.table.clear();
      this.table.set(key, value);
    }
    return value;
  }

  /** Answers held now. */
  get size(): number {
    return this.table.size;
  }

  /** Drops every answer. */
  clear(): void {
    this.table.clear();
  }
}
