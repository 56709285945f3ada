// Notices changes to one file without polling it: the file system's change events on its folder (the file is
// replaced by a rename, which a watch on the file itself would lose), or on the parent folder until the folder
// exists. Only where events are unavailable does it fall back to polling with stat.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Watch {
  dispose(): void;
}

/** Calls `onChange` (maybe more than once per change: callers compare before re-reading) when `file` may have changed. */
export function watchFile(file: string, onChange: () => void, pollMs: number): Watch {
  const dir = path.dirname(file);
  const name = path.basename(file);
  let current: { close(): void } | null = null;
  let disposed = false;

  const poll = () => {
    const listener = () => onChange();
    fs.watchFile(file, { interval: pollMs, persistent: false }, listener);
    return { close: () => fs.unwatchFile(file, listener) };
  };
  const watchDir = (target: string, accept: (f: string | null) => boolean, then: () => void) => {
    const w = fs.watch(target, { persistent: false }, (_event, f) => {
      if (!disposed && accept(f === null ? null : String(f))) then();
    });
    w.on('error', () => {
      // The folder went away (or the watch failed): start over from what exists now.
      w.close();
      if (!disposed) setImmediate(arm);
    });
    return w;
  };
  function arm(): void {
    current?.close();
    try {
      if (fs.existsSync(dir)) {
        current = watchDir(dir, f => f === null || f === name || !fs.existsSync(dir), () => {
          if (!fs.existsSync(dir)) setImmediate(arm); // the folder was removed: wait for it again
          onChange();
        });
      } else {
        // Wait for the folder to appear (first write, a pull), then watch it.
        current = watchDir(path.dirname(dir), f => f === null || f === path.basename(dir), () => {
          if (fs.existsSync(dir)) {
            arm();
            onChange();
          }
        });
      }
    } catch {
      current = poll();
    }
  }
  arm();
  return {
    dispose: () => {
      disposed = true;
      current?.close();
      current = null;
    },
  };
}
