// Reading a report: safe bytes (regular files only, bounded) decoded to text, with the encoding said when it
// was assumed. Shared by the CLI and the language server's scan, watcher and closed-document reads.
import { decodeReport } from './decode';
import { readFileBytes } from './read';

export { DEFAULT_FILTER, findReports, isReport, type ReportFilter } from './filter';

/** Files larger than this are not read at all (the engine would analyze only the start of them anyway). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string; encoding: string; warning?: string }
  | { ok: false; reason: string; missing?: boolean };

/**
 * Reads a report; refuses what is not a regular file, binary and oversized files, and (given `root`) links out
 * of the workspace, each with a reason instead of throwing. `stamp` is told the size and modification time of the
 * file read (taken on the open file before reading), saving a stat to whoever records them.
 */
export function readReport(file: string, root?: string, stamp?: (s: { size: number; mtimeMs: number }) => void): ReadResult {
  const r = readFileBytes(file, { maxBytes: MAX_FILE_BYTES, root });
  if (r.ok) stamp?.({ size: r.size, mtimeMs: r.mtimeMs });
  return r.ok ? decodeReport(r.bytes) : r;
}
