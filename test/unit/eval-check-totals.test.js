// `eval-check.mjs --totals` reads a group of sets by one summed row, so a validation group is scored without a row per
// set: the counts are the sums of the sets' own counts, the rates are taken from the sums (not averaged), and the
// printed table holds the one row only.
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const SCRIPT = path.join(__dirname, '../../scripts/eval-check.mjs');
const load = () => import(SCRIPT);

const set = (foundAll, findings, correct, predicted, trapsFlagged, traps) => ({
  findings, clear: findings, foundAll, foundClear: foundAll, severityOk: foundAll, predicted, correct, traps, trapsFlagged,
});

test('pooled totals sum the counts and take the rates from the sums', async () => {
  const { pooledTotals } = await load();
  const t = pooledTotals({ a: set(1, 4, 1, 1, 0, 10), b: set(3, 6, 1, 9, 2, 10) });
  assert.deepStrictEqual([t.foundAll, t.findings, t.correct, t.predicted, t.trapsFlagged, t.traps], [4, 10, 2, 10, 2, 20]);
  assert.strictEqual(t.precision, 0.2); // 2 of 10 findings, not the mean of 100 % and 11 %
  assert.strictEqual(t.recallAll, 0.4);
  assert.strictEqual(t.trapsFlaggedShare, 0.1);
});

test('--totals prints one summed row and no row per set', () => {
  const out = execFileSync(process.execPath, [SCRIPT, '--totals', '--sets', 'check,check-dev2'], { encoding: 'utf8' });
  const rows = out.split('\n').filter(l => /^\S+.*\d+\/\d+\s+\d+\/\d+/.test(l));
  assert.strictEqual(rows.length, 1, out);
  assert.match(rows[0], /^2 sets /);
  assert.doesNotMatch(out, /^check-dev2 /m);
  const perSet = JSON.parse(execFileSync(process.execPath, [SCRIPT, '--json', '--sets', 'check,check-dev2'], { encoding: 'utf8' }));
  const pooled = JSON.parse(execFileSync(process.execPath, [SCRIPT, '--json', '--totals', '--sets', 'check,check-dev2'], { encoding: 'utf8' }));
  assert.strictEqual(pooled.foundAll, perSet.check.foundAll + perSet['check-dev2'].foundAll);
  assert.strictEqual(pooled.predicted, perSet.check.predicted + perSet['check-dev2'].predicted);
});
