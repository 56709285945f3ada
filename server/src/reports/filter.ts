// Which files are reports: the settings' include/exclude globs, and the walk that lists them under a folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Minimatch } from 'minimatch';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../../shared/settings';

export interface ReportFilter {
  include: readonly string[];
  exclude: readonly string[];
}

export const DEFAULT_FILTER: ReportFilter = { include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE };

const opts = { dot: false, nocase: true, matchBase: false } as const;

/** Each glob compiled once: compiling it per file cost a second of a 10,000-report scan. */
const compiled = new Map<string, Minimatch>();
function matcher(glob: string): Minimatch {
  let m = compiled.get(glob);
  if (!m) {
    if (compiled.size >= 256) compiled.clear();
    compiled.set(glob, (m = new Minimatch(glob, opts)));
  }
  return m;
}

/** True when `relPath` (posix, relative to a workspace folder) is a report under the filter. */
export function isReport(relPath: string, filter: ReportFilter): boolean {
  const p = relPath.split(path.sep).join('/');
  return filter.include.some(g => matcher(g).match(p)) && !filter.exclude.some(g => matcher(g).match(p));
}

/** Folder names never worth descending into. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.crosscheck']);

/**
 * Lists the files below `root` whose names make them reports (sorted). Only real folders are descended
 * (a linked folder could loop or lead out of the workspace); any other entry whose name matches is listed,
 * whatever it is (link, pipe, device), so that reading it can say why it is skipped instead of it vanishing.
 */
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
      } else if (isReport(path.relative(root, full), filter)) {
        out.push(full);
      }
    }
  };
  walk(root);
  return out.sort();
}
