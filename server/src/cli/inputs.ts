// Turns the paths given on the command line into report texts; problems become messages, not crashes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../../shared/settings';
import { findReports, readReport, type ReadResult, type ReportFilter } from '../reports/files';
import { EXPORT_SKIPPED, isCrosscheckExport } from '../annotations/exports/marker';
import { UsageError } from './args';

export interface Inputs {
  /** Display path (relative to the working directory, posix) → text. */
  texts: Map<string, string>;
  /** Files that could not be read, with the reason. */
  skipped: { path: string; reason: string }[];
  /** Files read with an assumed encoding or repaired bytes, with what was done. */
  notes: { path: string; note: string }[];
}

/** The name a report read from standard input (`-`) goes by in messages and output. */
export const STDIN_NAME = '<stdin>';

/** Reads standard input as a report, by the same rules as a file (size, binary, decoding). */
export type StdinReader = () => ReadResult;

export function collectInputs(
  paths: string[],
  cwd: string,
  include: string[],
  exclude: string[],
  readStdin?: StdinReader,
  /** Told how many files there are to read, before they are read. */
  onListed?: (files: number) => void,
): Inputs {
  const filter: ReportFilter = {
    include: include.length ? include : DEFAULT_INCLUDE,
    exclude: [...DEFAULT_EXCLUDE, ...exclude],
  };
  const inputs: Inputs = { texts: new Map(), skipped: [], notes: [] };
  if (paths.includes('-')) {
    const r = readStdin ? readStdin() : { ok: false as const, reason: 'standard input is not available' };
    if (r.ok) inputs.texts.set(STDIN_NAME, r.text);
    else inputs.skipped.push({ path: STDIN_NAME, reason: r.reason });
  }
  const files = listFiles(paths, cwd, filter);
  onListed?.(files.size + inputs.texts.size);
  for (const [file, root] of files) readInto(inputs, file, root, cwd);
  return inputs;
}

/**
 * The report files the paths name, each with the folder it was found in (links found in a folder must not lead out
 * of it); a file named explicitly has none.
 */
function listFiles(paths: string[], cwd: string, filter: ReportFilter): Map<string, string | undefined> {
  const files = new Map<string, string | undefined>();
  for (const p of paths) {
    if (p === '-') continue;
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
  return files;
}

/** Reads one report into `inputs` under its display path: its text (and any note), or why it was skipped. */
function readInto(inputs: Inputs, file: string, root: string | undefined, cwd: string): void {
  const display = path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
  const r = readReport(file, root);
  if (r.ok && isCrosscheckExport(r.text)) inputs.skipped.push({ path: display, reason: EXPORT_SKIPPED });
  else if (r.ok) {
    inputs.texts.set(display, r.text);
    if (r.warning) inputs.notes.push({ path: display, note: r.warning });
  } else inputs.skipped.push({ path: display, reason: r.reason });
}
