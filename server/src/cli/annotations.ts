// The user's annotation file, read-only for the CLI: corrections and dismissals are honoured, problems are
// reported, and the file is never written.
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

const NONE: CliAnnotations = { items: [], state: { corrections: [], orphaned: [], placed: [] }, problems: [] };

/** Reads `file` (or the default store under `cwd` when it exists) and re-anchors it in the given reports. */
export function loadCliAnnotations(file: string | null, cwd: string, texts: ReadonlyMap<string, string>): CliAnnotations {
  const target = file ? path.resolve(cwd, file) : path.join(cwd, STORE_DIR, STORE_FILE);
  // Annotation sources are relative to the workspace folder that holds .crosscheck/.
  const root = path.dirname(path.dirname(target));
  const read = readFileBytes(target, { maxBytes: MAX_STORE_BYTES, root: file ? undefined : root });
  if (!read.ok) {
    if (read.missing) return file ? { ...NONE, problems: [`annotation file not found: ${file}`] } : NONE;
    return { ...NONE, problems: [`cannot read ${file ?? target}: ${read.reason}`] };
  }
  const text = read.bytes.toString('utf8');
  const parsed = parseAnnotationFile(text, path.relative(cwd, target) || target);
  if (!parsed.ok) return { ...NONE, problems: [parsed.problem.message] };
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
