// Round 33 (strata33b, issue 10): gates for combinations of frame features that were mostly false alarms across many
// stories of the tuning sets (docs/claims.md, "Round 33: gates for low-precision combinations"). Invented sentences;
// each gated finding fails on the build before its gate, and the controls keep what stays.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
const floods = (n, who, bound = '') => report('2024-03-10', `${bound}${n} people died in the floods in Valdora, the ${who} said on Sunday.`);

test('a floor five times or more above another count, nothing else in doubt, is no finding', () => {
  // "More than 2,600" against 240: a floor that far above a count counts something wider, not the same dead.
  assert.deepStrictEqual(messages(['a.txt', floods('2,600', 'opposition leader', 'More than ')], ['b.txt', floods('240', 'interior ministry')]), []);
});

test('control: a floor close to the other count is still a possible finding', () => {
  const found = messages(['a.txt', floods('300', 'opposition leader', 'More than ')], ['b.txt', floods('240', 'interior ministry')]);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: More than 300 people here vs 240/);
});

test('control: an upper bound far below the other count (a denial of it) is still a possible finding', () => {
  const found = messages(['a.txt', floods('90', 'interior ministry', 'Fewer than ')], ['b.txt', floods('1,300', 'opposition leader')]);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: Fewer than 90 people here vs 1,300/);
});

const storm = report('2024-03-10', 'On March 8, the storm struck the coast of Valdora. Rescue teams said 12 people were injured.');
const doctors = n => report('2024-03-11', `Doctors said ${n} people were injured in the storm in Valdora.`);

test('two counts five times apart, one dated by its paragraph, the other by its report, are no finding', () => {
  // Neither date is the figure's own: 12 and 140 are more likely two stages or scopes of the storm's count.
  assert.deepStrictEqual(messages(['a.txt', storm], ['b.txt', doctors('140')]), []);
});

test('control: such counts less than five times apart are still a possible finding', () => {
  const found = messages(['a.txt', storm], ['b.txt', doctors('40')]);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: 12 people here vs 40/);
});
