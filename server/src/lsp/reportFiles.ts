// Reads reports from disk for the server (startup scan, watcher events, closed documents) and remembers the
// files it had to skip or read with an assumed encoding, so the status can say so instead of them vanishing.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReport } from '../reports/files';
import type { FileStamp } from '../cache/statIndex';

export class ReportFiles {
  /** uri → what is wrong with the file (skipped) or how it was read (an assumed encoding). */
  private readonly notes = new Map<string, string>();

  /**
   * Reads the report at `uri`, inside the workspace folder `folderUri`; undefined when it cannot be used. `stamp` is
   * told the file's size and modification time when its bytes were read.
   */
  read(uri: string, folderUri: string | undefined, stamp?: (s: FileStamp) => void): string | undefined {
    const file = fileURLToPath(uri);
    const root = folderUri?.startsWith('file:') ? fileURLToPath(folderUri) : undefined;
    const r = readReport(file, root, stamp);
    const shown = root ? path.relative(root, file).split(path.sep).join('/') : file;
    if (!r.ok) {
      if (r.missing) this.notes.delete(uri);
      else this.notes.set(uri, `${shown}: ${r.reason}`);
      return undefined;
    }
    if (r.warning) this.notes.set(uri, `${shown}: ${r.warning}`);
    else this.notes.delete(uri);
    return r.text;
  }

  /** What was said about the file at `uri` (why it was skipped, how it was decoded), if anything. */
  note(uri: string): string | undefined {
    return this.notes.get(uri);
  }

  forget(uri: string): void {
    this.notes.delete(uri);
  }

  /** One line per skipped or oddly encoded file, in path order. */
  problems(): string[] {
    return [...this.notes.values()].sort();
  }
}
