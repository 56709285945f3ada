// Long work on the server's one thread gives way: after each slice of work it yields to the event loop, so hovers,
// edits and cancellations are handled meanwhile.
const SLICE_MS = 15;

export type Pause = () => Promise<void>;

/** A pause that yields only when the current slice of work has run for SLICE_MS. */
export function slices(): Pause {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < SLICE_MS) return;
    await new Promise(resolve => setImmediate(resolve));
    start = performance.now();
  };
}
