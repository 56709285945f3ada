// Round 28: the false alarms that state a gold conflict's two figures again ("restates a gold conflict") are sorted
// into kinds by scripts/eval-check-fa.mjs, from the files and values alone: the gold pair's own reports in other
// sentences, a third report repeating one side, other figures within 10 %, a pair inside one report against a gold pair
// across two, or two other reports. Hand-made claims of invented reports.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const load = () => import(path.join(__dirname, '../../scripts/eval-check-fa.mjs'));

const TEXT = 'The storm killed 120 people in the port.';

function claim(id, file, value) {
  return {
    id, path: `story/${file}`, start: 0, end: TEXT.length, quantity: { start: 17, end: 20 }, low: value, high: value, value,
    hedge: 'exact', measure: { unit: 'person', event: 'killed', key: 'person|killed' }, scope: [],
    time: { from: '2024-03-02', to: '2024-03-02' }, modality: 'asserted', source: null, via: [], derived: false,
    detail: { eventWord: 'killed', roles: [], timeBasis: 'explicit', timeText: null, timeLabel: null, sense: null, figure: '' },
  };
}

/** The gold conflict: a.txt's 120 against b.txt's 400. */
const GOLD = [{ key: 'person|killed', a: 120, b: 400, fa: 'a.txt', fb: 'b.txt' }];

const noteOf = async (x, y) => {
  const { causeOf } = await load();
  const why = causeOf(x, y, TEXT, TEXT, GOLD);
  assert.equal(why.cause, 'restates a gold conflict');
  return why.note;
};

test('the gold reports stating their figures again in other sentences', async () => {
  assert.match(await noteOf(claim('x', 'a.txt', 120), claim('y', 'b.txt', 400)), /the same reports, another mention/);
  // Either way round, and within rounding ("about 400" for 404).
  assert.match(await noteOf(claim('y', 'b.txt', 404), claim('x', 'a.txt', 120)), /the same reports, another mention/);
});

test('a third report repeating one side', async () => {
  assert.match(await noteOf(claim('x', 'c.txt', 120), claim('y', 'b.txt', 400)), /a third report repeats one side/);
});

test('other figures within 10 %', async () => {
  assert.match(await noteOf(claim('x', 'a.txt', 112), claim('y', 'b.txt', 400)), /near values, not the gold figures/);
});

test('a pair inside one report against a gold pair across two', async () => {
  assert.match(await noteOf(claim('x', 'b.txt', 120), claim('y', 'b.txt', 400)), /inside one report, the gold pair across two/);
});

test('two other reports', async () => {
  assert.match(await noteOf(claim('x', 'c.txt', 120), claim('y', 'd.txt', 400)), /other reports/);
});
