// The checks of a cold start over the reports indexed so far: never two at once, within their share of the time,
// and the one running when indexing ends is stopped.
const test = require('node:test');
const assert = require('node:assert');
const { loadSource } = require('./tsModule');

const { PartialChecks } = loadSource('server/src/lsp/partialChecks.ts');

test('a partial check starts only when none runs and the ones before took at most a tenth of the time so far', async () => {
  let clock = 1000;
  const checks = new PartialChecks(() => clock);
  assert.ok(checks.mayStart());
  let release;
  checks.start(() => new Promise(resolve => (release = resolve)));
  assert.ok(!checks.mayStart(), 'one runs');
  // It kept the thread busy for 50 ms: the next may start once indexing has run for ten times that.
  release(50);
  await new Promise(r => setImmediate(r));
  assert.ok(!checks.mayStart(), 'too soon after a costly check');
  clock += 499;
  assert.ok(!checks.mayStart());
  clock += 1;
  assert.ok(checks.mayStart());
});

test('ending stops the running check at its next pause and waits for it; none starts after', async () => {
  const checks = new PartialChecks();
  let pauses = 0;
  let stopped = false;
  checks.start(async stop => {
    while (!stop()) {
      pauses++;
      await new Promise(r => setImmediate(r));
    }
    stopped = true;
    return 0;
  });
  await new Promise(r => setImmediate(r));
  await checks.end();
  assert.ok(stopped && pauses > 0);
  assert.ok(!checks.mayStart());
});
