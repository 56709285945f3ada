// Typed arrays reused from report to report. A report needs several arrays of its word count's length, and allocating
// them (their memory lies outside the JavaScript heap) cost more than the passes that fill them.

/** Longer arrays are allocated for the call and not kept, so one huge report does not pin its memory. */
const MAX_KEPT = 1 << 18;

/**
 * A function that returns an array of n elements, reusing one buffer: the previous array it returned is overwritten.
 * Elements are not cleared; callers write each element they read.
 */
export function reusable<A extends Int32Array | Uint8Array>(make: (n: number) => A): (n: number) => A {
  let buf = make(0);
  return (n: number): A => {
    if (n > MAX_KEPT) return make(n);
    if (n > buf.length) buf = make(Math.max(n, 2 * buf.length));
    return buf.subarray(0, n) as A;
  };
}
