// A count that grows within one day excuses a lower figure as an earlier stage only when the lower one is a bound
// ("at least 80") or the same voice's: two voices' point figures the same day are rivals, as a fact-checker reads
// them. Invented reports; the first test fails on the build before round 13.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings } = require('./claimReports');

const DAY = '2031-04-16';
const pair = (a, b) => findings(['a.txt', report(DAY, a)], ['b.txt', report(DAY, b)]);

test("two voices' point tolls of one day are rivals even when one is given as of an hour", () => {
  const out = pair('The Red Cross said on Wednesday that more than 100 people were killed in the blast in Tarnow.',
    'As of Wednesday morning, the health minister said, 80 people were killed in the blast in Tarnow.');
  assert.ok(out.length > 0, 'the Red Cross\'s "more than 100" and the minister\'s 80 of the same day should pair');
});

test('a lower bound given as of an hour is an earlier stage of the day\'s count, no rival', () => {
  const out = pair('The Red Cross said on Wednesday that 120 people were killed in the blast in Tarnow.',
    'As of Wednesday morning, the health minister said, at least 80 people were killed in the blast in Tarnow.');
  assert.deepStrictEqual(out.map(f => f.message), []);
});
