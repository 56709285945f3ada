// What the server last published, kept for the next start: a warm start whose reports, settings and annotations are
// all unchanged publishes these diagnostics at once and runs the real check afterwards (its result replaces them
// only where it differs, which it should not). One file per engine build, keyed by the hash of everything the
// diagnostics are made from; a corrupt, foreign or stale file is ignored (and rewritten), never trusted.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomically } from './atomicWrite';
import type { Diagnostic } from 'vscode-languageserver/node';

const FORMAT = 'crosscheck-diagnostics-cache/1';
const FILE = 'diagnostics.json';

export interface StoredDiagnostics {
  /** Findings counted in the status (dismissed ones left out). */
  contradictions: number;
  /** uri → its diagnostics; reports without any are absent. */
  lists: Map<string, Diagnostic[]>;
}

interface Body {
  format: string;
  key: string;
  contradictions: number;
  lists: [string, Diagnostic[]][];
}

/**
 * The key of a published state: every report (uri and the hash of its text, see textHash, in uri order) and whatever
 * else the lists depend on.
 */
export function diagnosticsKey(build: string, reports: Iterable<{ uri: string; hash: string }>, extra: string): string {
  const h = createHash('sha256').update(FORMAT).update('\0').update(build).update('\0').update(extra);
  for (const r of [...reports].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
    h.update('\0').update(r.uri).update('\0').update(r.hash);
  }
  return h.digest('hex');
}

const isPosition = (p: unknown): boolean =>
  !!p && typeof (p as { line: unknown }).line === 'number' && typeof (p as { character: unknown }).character === 'number';
const isDiagnostic = (d: unknown): d is Diagnostic =>
  !!d && typeof (d as Diagnostic).message === 'string' && isPosition((d as Diagnostic).range?.start) && isPosition((d as Diagnostic).range?.end);

function parse(raw: string, key: string): StoredDiagnostics | undefined {
  const b = JSON.parse(raw) as Body;
  if (!b || b.format !== FORMAT || b.key !== key || !Number.isInteger(b.contradictions) || !Array.isArray(b.lists)) return undefined;
  const lists = new Map<string, Diagnostic[]>();
  for (const entry of b.lists) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1]) || !entry[1].every(isDiagnostic)) return undefined;
    lists.set(entry[0], entry[1]);
  }
  return { contradictions: b.contradictions, lists };
}

export class DiagnosticsCache {
  private readonly file: string;
  private writing: Promise<void> = Promise.resolve();

  constructor(folder: string) {
    this.file = path.join(folder, FILE);
  }

  /** The lists published for exactly this key, or undefined. */
  load(key: string): StoredDiagnostics | undefined {
    try {
      const st = fs.lstatSync(this.file);
      return st.isFile() ? parse(fs.readFileSync(this.file, 'utf8'), key) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a published state in the background (atomically: a temporary file, then rename); failures cost a check. */
  save(key: string, contradictions: number, lists: Iterable<[string, Diagnostic[]]>): void {
    const body = JSON.stringify({ format: FORMAT, key, contradictions, lists: [...lists].filter(([, l]) => l.length) } satisfies Body);
    this.writing = this.writing.then(() => writeFileAtomically(this.file, body));
  }

  /** Resolves when the last save has landed. */
  flush(): Promise<void> {
    return this.writing;
  }
}
