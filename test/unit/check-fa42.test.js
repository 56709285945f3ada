// Wrong findings where one side's frame is read from the wrong words (round 42, fa42, issue 10). Invented sentences;
// each test failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { doc, keyOf, valuePairs } = require('./claimReports');

test('a "number of" phrase set to a new value counts its own thing, not the figure before it', () => {
  // The toll before the clause lends its measure to a bare tally ("that number has risen to"), never to a tally that
  // names what it counts ("the number of injured").
  const body = 'An early death toll of 40 was later revised down, while the number of injured has risen to 120 people, the minister says.';
  assert.strictEqual(keyOf(body, 120), 'person|wounded');
  assert.strictEqual(keyOf(body, 40), 'person|killed');
  assert.strictEqual(keyOf('Two miners died in the flood, and the number of people rescued has climbed to 58 people.', 58), 'person|rescued');
  // A bare tally still restates the figure before it.
  assert.strictEqual(keyOf('Officials first said 300 people were killed. That number has since been revised to 260 people.', 260), 'person|killed');
});

test('a wounded count read as such is no rival of a toll of the dead', () => {
  const a = doc('a.txt', 'An early death toll of 40 was later revised down, while the number of injured has risen to 120 people, the minister says.');
  const b = doc('b.txt', 'The minister said 31 people were killed in the collision.');
  assert.ok(!valuePairs(a, b).includes('31/120'));
});

test('an aside in brackets puts the clause\'s own words no further from its figure', () => {
  const body = '"The death toll has risen from 50 (as given in our last update of 3 May, 2024) to 64 with 310 injured and 12 reported missing," the agency said.';
  assert.strictEqual(keyOf(body, 64), 'person|killed');
  assert.strictEqual(keyOf(body, 310), 'person|wounded');
});
