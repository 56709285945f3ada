// The user's annotation files, read-only for the CLI: corrections and dismissals are honoured, problems are
// reported, and no file is ever written.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotation } from '../../../shared/annotationFile';
import { userAnnotationState, type UserAnnotationState } from '../annotations/corrections';
import { MAX_STORE_BYTES, parseAnnotationFile, STORE_DIR, STORE_FILE } from '../annotations/store';
import { readFileBytes } from '../reports/read';

export interface CliAnnotations {
  items: Annotation[];
  state: UserAnnotationState;
  problems: string[];
}

const none = (): CliAnnotations => ({ items: [], state: { corrections: [], orphaned: [], placed: [] }, problems: [] });

/**
 * The stores to honour: the file given with --annotations alone; otherwise each folder's own
 * `.crosscheck/annotations.jsonld`, or the nearest one above it (as the editor keeps it per workspace folder), and the
 * working directory's.
 */
export function storesFor(file: string | null, cwd: string, folders: readonly string[]): { path: string; explicit: boolean }[] {
  if (file) return [{ path: path.resolve(cwd, file), explicit: true }];
  const found = [cwd, ...folders.map(f => path.resolve(cwd, f))].map(storeAbove).filter((s): s is string => s !== null);
  return [...new Set(found)].map(p => ({ path: p, explicit: false }));
}

/**
 * The store of the workspace folder holding `dir`: the nearest `.crosscheck/annotations.jsonld` at or above it, as
 * git finds its repository. Its sources are relative to that folder, so a copied or moved workspace keeps its
 * annotations however deep inside it the checked folder is.
 */
function storeAbove(dir: string): string | null {
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, STORE_DIR, STORE_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(d) === d) return null;
  }
}

/** Reads every store and re-anchors its annotations in the given reports; the results are merged. */
export function loadCliAnnotations(
  file: string | null,
  cwd: string,
  texts: ReadonlyMap<string, string>,
  folders: readonly string[] = [],
): CliAnnotations {
  const all = none();
  for (const store of storesFor(file, cwd, folders)) {
    const one = loadStore(store.path, store.explicit ? file! : null, cwd, texts);
    all.items.push(...one.items);
    all.state.corrections.push(...one.state.corrections);
    all.state.orphaned.push(...one.state.orphaned);
    all.state.placed.push(...one.state.placed);
    all.problems.push(...one.problems);
  }
  return all;
}

function loadStore(target: string, named: string | null, cwd: string, texts: ReadonlyMap<string, string>): CliAnnotations {
  // Annotation sources are relative to the workspace folder that holds .crosscheck/; a default store is only read
  // as a regular file inside that folder (never through a link out of it, never a device or a pipe).
  const root = path.dirname(path.dirname(target));
  const read = readFileBytes(target, { maxBytes: MAX_STORE_BYTES, root: named ? undefined : root });
  if (!read.ok) {
    if (read.missing) return { ...none(), problems: [`annotation file not found: ${named ?? target}`] };
    return { ...none(), problems: [`cannot read ${named ?? target}: ${read.reason}`] };
  }
  const text = read.bytes.toString('utf8');
  const parsed = parseAnnotationFile(text, path.relative(cwd, target) || target);
  if (!parsed.ok) return { ...none(), problems: [parsed.problem.message] };
  const items = [...parsed.state.items.values()];
  const state = userAnnotationState(items, source => {
    const display = path.relative(cwd, path.join(root, source)).split(path.sep).join('/');
    const t = texts.get(display);
    return t === undefined ? undefined : { path: display, text: t };
  });
  const problems = parsed.problems.map(p => p.message);
  for (const o of state.orphaned) problems.push(`annotation ${o.id} on ${o.target.source} could not be placed (its text changed); kept, not used`);
  return { items, state, problems };
}
