// Turns the paths given on the command line into report texts; problems become messages, not crashes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../../shared/settings';
import { findReports, readReport, type ReportFilter } from '../reports/files';
import { UsageError } from './args';

export interface Inputs {
  /** Display path (relative to the working directory, posix) → text. */
  texts: Map<string, string>;
  /** Files that could not be read, with the reason. */
  skipped: { path: string; reason: string }[];
  /** Files read with an assumed encoding or repaired bytes, with what was done. */
  notes: { path: string; note: string }[];
}

export function collectInputs(paths: string[], cwd: string, include: string[], exclude: string[]): Inputs {
  const filter: ReportFilter = {
    include: include.length ? include : DEFAULT_INCLUDE,
    exclude: [...DEFAULT_EXCLUDE, ...exclude],
  };
  // Each file with the folder it was found in: links found in a folder must not lead out of it.
  const files = new Map<string, string | undefined>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
    // A file named explicitly is read whatever the filter says (if it is a regular file); folders are filtered.
    if (stat.isDirectory()) for (const f of findReports(abs, filter)) files.set(f, files.has(f) ? files.get(f) : abs);
    else files.set(abs, undefined);
  }
  const texts = new Map<string, string>();
  const skipped: Inputs['skipped'] = [];
  const notes: Inputs['notes'] = [];
  for (const [file, root] of files) {
    const display = path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
    const r = readReport(file, root);
    if (!r.ok) skipped.push({ path: display, reason: r.reason });
    else {
      texts.set(display, r.text);
      if (r.warning) notes.push({ path: display, note: r.warning });
    }
  }
  return { texts, skipped, notes };
}
