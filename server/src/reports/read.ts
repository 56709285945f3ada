// Reads a file's bytes without trusting it: only regular files are read (a FIFO would block, a device never
// ends), a symbolic link is followed only when it stays inside the given root, and reading stops at a hard
// byte limit whatever `stat` says (pipes, devices and /proc files report size 0).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** `size` and `mtimeMs` are the open file's, taken before it was read. */
export type BytesResult = { ok: true; bytes: Buffer; size: number; mtimeMs: number } | { ok: false; reason: string; missing?: boolean };

export interface ReadLimits {
  /** Reading stops past this many bytes and the file is refused. */
  maxBytes: number;
  /** When set, a symbolic link whose target lies outside this folder is not followed. */
  root?: string;
}

// Never block on open (a FIFO without a writer) and never follow a link swapped in after the checks.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
const CHUNK = 1 << 20;

/** What a non-regular file is, in words. */
export function kindOf(s: fs.Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  if (s.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

const describe = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a symbolic link loop';
  return (e as Error).message ?? String(e);
};

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel));
}

/** The path to open: the file itself, or a link's target when that is allowed. */
function resolveTarget(file: string, root: string | undefined): { ok: true; file: string } | { ok: false; reason: string; missing?: boolean } {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch (e) {
    return { ok: false, reason: describe(e), missing: (e as NodeJS.ErrnoException).code === 'ENOENT' };
  }
  if (!st.isSymbolicLink()) return st.isFile() ? { ok: true, file } : { ok: false, reason: `${kindOf(st)}, not a regular file; skipped` };
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch (e) {
    return { ok: false, reason: `a symbolic link that leads nowhere (${describe(e)}); skipped` };
  }
  if (root !== undefined) {
    let realRoot = root;
    try {
      realRoot = fs.realpathSync(root);
    } catch {
      // compare with the root as given
    }
    if (!inside(real, realRoot)) return { ok: false, reason: `a symbolic link leading outside the workspace (to ${real}); not followed` };
  }
  const target = fs.statSync(real, { throwIfNoEntry: false });
  if (!target) return { ok: false, reason: 'a symbolic link that leads nowhere; skipped' };
  if (!target.isFile()) return { ok: false, reason: `a symbolic link to ${kindOf(target)}, not a regular file; skipped` };
  return { ok: true, file: real };
}

/** Reads at most `maxBytes` of a regular file; anything else is refused with a reason, never thrown. */
export function readFileBytes(file: string, limits: ReadLimits): BytesResult {
  const target = resolveTarget(file, limits.root);
  if (!target.ok) return target;
  let fd: number;
  try {
    fd = fs.openSync(target.file, OPEN_FLAGS);
  } catch (e) {
    return { ok: false, reason: describe(e), missing: (e as NodeJS.ErrnoException).code === 'ENOENT' };
  }
  try {
    // Checked again on the open file: it may have been replaced since the first look.
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: `${kindOf(st)}, not a regular file; skipped` };
    const r = readBounded(fd, limits.maxBytes, st.size);
    return r.ok ? { ...r, size: st.size, mtimeMs: st.mtimeMs } : r;
  } catch (e) {
    return { ok: false, reason: describe(e) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads to the end or to one byte past `maxBytes`; `sizeHint` (stat's size) only sizes the first buffer. */
function readBounded(fd: number, maxBytes: number, sizeHint: number): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let want = Math.max(sizeHint + 1, CHUNK); ; want = CHUNK) {
    const buf = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
    let n = 0;
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = fs.readSync(fd, buf, n, buf.length - n, null);
    if (n > 0) chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    total += n;
    if (total > maxBytes) {
      const mb = (maxBytes / 1048576).toFixed(maxBytes % 1048576 ? 1 : 0);
      return { ok: false, reason: `larger than ${mb} MB; skipped` };
    }
    if (n < buf.length) break; // end of file
  }
  return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
}
