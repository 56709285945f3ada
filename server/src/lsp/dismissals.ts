// Contradictions the user marked "Not a contradiction". Matched by id and by both quoted figures, so a
// dismissal survives re-analysis that shifts offsets.
import type { Contradiction } from '../engine/types';
import type { WorkspaceIndex } from './workspaceIndex';

export interface DismissalKey {
  id: string;
  quotes: [string, string];
}

export function dismissalKey(index: WorkspaceIndex, c: Contradiction): DismissalKey {
  const quote = (ref: Contradiction['a']) => index.get(ref.path)?.doc.getText().slice(ref.start, ref.end) ?? '';
  return { id: c.id, quotes: [quote(c.a), quote(c.b)].sort() as [string, string] };
}

export interface Dismissals {
  has(key: DismissalKey): boolean;
  add(key: DismissalKey, uris: [string, string]): Promise<void>;
  remove(id: string): Promise<void>;
  /** Problems reading the store, for the status and a diagnostic. */
  problems(): string[];
}

/** Used when there is no workspace folder to keep a store in. */
export class MemoryDismissals implements Dismissals {
  private readonly ids = new Set<string>();
  has(key: DismissalKey): boolean {
    return this.ids.has(key.id);
  }
  async add(key: DismissalKey): Promise<void> {
    this.ids.add(key.id);
  }
  async remove(id: string): Promise<void> {
    this.ids.delete(id);
  }
  problems(): string[] {
    return [];
  }
}
