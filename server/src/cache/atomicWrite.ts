// Cache files are written whole or not at all: a temporary file beside the target, then a rename. A reader never sees
// half a file, and a failure (disk full, folder removed) only costs the cache entry, so the promise never rejects.
import * as fs from 'node:fs';
import * as path from 'node:path';

export async function writeFileAtomically(file: string, body: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(tmp, body);
    await fs.promises.rename(tmp, file);
  } catch {
    await fs.promises.rm(tmp, { force: true }).catch(() => {});
  }
}
