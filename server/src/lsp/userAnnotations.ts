// The user's annotations in the workspace store (.crosscheck/annotations.jsonld, shared through git):
// dismissals, corrections of the engine, notes and links. Re-anchored on every check, never dropped.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Annotation, AnnotationBody } from '../../../shared/annotationFile';
import { dismissedBy, userAnnotationState, type UserAnnotationState } from '../annotations/corrections';
import { AnnotationStore, type StoreProblem } from '../annotations/store';
import { positionSelector, withPosition } from '../annotations/selectors';
import { createAnnotation, createDismissal, sourcePath } from '../annotations/w3c';
import type { Contradiction } from '../engine/index';
import type { WorkspaceIndex } from './workspaceIndex';

const EMPTY: UserAnnotationState = { corrections: [], orphaned: [], placed: [] };

export class UserAnnotations {
  private readonly store: AnnotationStore | null;
  private current: UserAnnotationState = EMPTY;
  private dismissedPredicate: (c: Contradiction) => boolean = () => false;

  /** `root` is the workspace folder that holds .crosscheck/; null keeps nothing (no folder open). */
  constructor(private readonly root: string | null, onChange: () => void) {
    this.store = root ? new AnnotationStore(root, { watchIntervalMs: 1000 }) : null;
    this.store?.onDidChange(onChange);
  }

  get fileUri(): string | null {
    return this.store ? pathToFileURL(this.store.file).toString() : null;
  }

  get items(): Annotation[] {
    return this.store?.items ?? [];
  }

  /** Re-anchors every annotation in the indexed reports' current texts. */
  refresh(index: WorkspaceIndex): UserAnnotationState {
    if (!this.store || !this.root) return (this.current = EMPTY);
    const root = this.root;
    this.current = userAnnotationState(this.store.items, source => {
      const uri = pathToFileURL(path.join(root, source)).toString();
      const r = index.get(uri);
      return r ? { path: uri, text: r.doc.getText() } : undefined;
    });
    // Only dismissals read the texts (to quote both sides): without any, no map of every report's text on each check.
    const dismissals = this.store.items.some(a => (a.body as { type?: string }).type === 'crosscheck:Rejection');
    const texts = new Map(dismissals ? [...index.all()].map(r => [r.uri, r.doc.getText()]) : []);
    this.dismissedPredicate = dismissedBy(this.store.items, texts);
    return this.current;
  }

  get state(): UserAnnotationState {
    return this.current;
  }

  isDismissed(c: Contradiction): boolean {
    return this.dismissedPredicate(c);
  }

  async dismiss(c: Contradiction, index: WorkspaceIndex): Promise<Annotation> {
    const store = this.require();
    const texts = new Map([c.a.path, c.b.path].map(p => [p, index.get(p)?.doc.getText() ?? '']));
    return store.put(createDismissal(c, texts, { root: this.root! }));
  }

  async remove(id: string): Promise<boolean> {
    return this.require().remove(id);
  }

  async add(uri: string, text: string, start: number, end: number, body: AnnotationBody): Promise<Annotation> {
    const store = this.require();
    return store.put(createAnnotation({ source: sourcePath(uri, this.root!), text, start, end, body }));
  }

  /**
   * After a report is saved, writes the new positions of its annotations that moved, so other tools reading
   * the file find them too. Only when the store is writable; the quote stays the source of truth.
   */
  async savePositions(uri: string): Promise<void> {
    if (!this.store?.writable) return;
    const moved = this.current.placed
      .filter(x => x.path === uri)
      .filter(x => {
        const pos = positionSelector(x.annotation);
        return !pos || pos.start !== x.start || pos.end !== x.end;
      })
      .map(x => withPosition(x.annotation, x.start, x.end));
    if (moved.length) await this.store.putAll(moved);
  }

  /** Re-reads the store if it changed on disk (a watcher event); the change callback runs when it did. */
  reload(): void {
    this.store?.reload();
  }

  /**
   * A report (or a folder of reports) was renamed or moved: its annotations follow it, so they stay attached.
   * Only when the store is writable; returns how many annotations moved.
   */
  async rename(oldUri: string, newUri: string): Promise<number> {
    if (!this.store?.writable || !this.root) return 0;
    const from = sourcePath(oldUri, this.root);
    const to = sourcePath(newUri, this.root);
    const moved = this.store.items.flatMap(a => {
      const source = a.target.source;
      if (source !== from && !source.startsWith(`${from}/`)) return [];
      return [{ ...a, target: { ...a.target, source: to + source.slice(from.length) } }];
    });
    if (moved.length) await this.store.putAll(moved);
    return moved.length;
  }

  /** Problems with the store file (with lines), for a diagnostic on it and the status bar. */
  problems(): StoreProblem[] {
    return this.store?.problems() ?? [];
  }

  dispose(): void {
    this.store?.dispose();
  }

  private require(): AnnotationStore {
    if (!this.store) throw new Error('open a folder to keep annotations (they are stored in .crosscheck/annotations.jsonld)');
    return this.store;
  }
}
