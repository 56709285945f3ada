// Which files are reports, and reading them safely. Shared by the CLI and the language server's workspace scan.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../../shared/settings';

/** Files larger than this are not read at all (the engine would analyze only the start of them anyway). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface ReportFilter {
  include: readonly string[];
  exclude: readonly string[];
}

export const DEFAULT_FILTER: ReportFilter = { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE };

const opts = { dot: false, nocase: true, matchBase: false } as const;

/** True when `relPath` (posix, relative to a workspace folder) is a report under the filter. */
export function isReport(relPath: string, filter: ReportFilter): boolean {
  const p = relPath.split(path.sep).join('/');
  return filter.include.some(g => minimatch(p, g, opts)) && !filter.exclude.some(g => minimatch(p, g, opts));
}

/** Folder names never worth descending into. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.crosscheck']);

/** Lists report files below `root` (sorted, posix-relative paths are matched against the filter). */
export function findReports(root: string, filter: ReportFilter = DEFAULT_FILTER): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(full);
      } else if (e.isFile() && isReport(path.relative(root, full), filter)) {
        out.push(full);
      }
    }
  };
  walk(root);
  return out.sort();
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a report as UTF-8; refuses binary and oversized files with a reason instead of throwing. */
export function readReport(file: string): ReadResult {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e) {
    return { ok: false, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e) };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, reason: `file is ${(size / 1048576).toFixed(1)} MB; reports over ${MAX_FILE_BYTES / 1048576} MB are skipped` };
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, reason: String((e as Error).message) };
  }
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes); skipped' };
  return { ok: true, text: buf.toString('utf8') };
}
