// Work written as a generator that stops where a caller may pause: run to the end at once (the CLI, tests), or with a
// pause at every stop (the server, which answers hovers and edits meanwhile). One code path gives both the same result.

/** Runs the steps to the end without pausing; returns their result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Runs the steps, awaiting `pause` at every stop; a pause that throws stops them there (the error is rethrown). */
export async function runStepsGivingWay<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  return step.value;
}
