// Round 45 (fa45b, issue 10): wrong findings where a part of a count is set against its whole. Invented sentences;
// each test failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

test('a place after "most of them in" is the part\'s, not the whole\'s', () => {
  const whole = 'Officials said at least 96 people died in the storm, most of them in Bavaria.';
  assert.ok(!claimOf(whole, 96).scope.some(s => s.startsWith('place:')), claimOf(whole, 96).scope.join(' '));
  // "all of them in" places the whole there.
  const all = 'Officials said at least 96 people died in the storm, all of them in Bavaria.';
  assert.ok(claimOf(all, 96).scope.some(s => s.startsWith('place:')), claimOf(all, 96).scope.join(' '));
});

test('the whole with its part placed by "most of them in" meets no part of that place alone', () => {
  const whole = doc('a.txt', 'Officials said at least 96 people died in the storm, most of them in Bavaria.');
  const part = doc('b.txt', 'The storm killed at least 96 people: 91 in Bavaria alone, four in Saxony and one in Hesse.');
  assert.ok(!valuePairs(whole, part).includes('91/96'), valuePairs(whole, part).join(' '));
});

test('a period told a year back meets no running count of no stated start', () => {
  const past = doc('a.txt', 'For comparison, 7,200 cases of malaria and 31 deaths were recorded during this month last year.');
  const running = doc('b.txt', 'A health committee has so far reviewed 25 deaths from the fever.');
  assert.ok(!valuePairs(past, running).includes('25/31'), valuePairs(past, running).join(' '));
  assert.strictEqual(claimOf('For comparison, 31 deaths were recorded during this month last year.', 31).detail.yearBack, true);
});
