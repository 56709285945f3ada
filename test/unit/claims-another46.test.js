// Round 46 (partwhole46, issue 10): "another N" opening the clause a verb of saying reports, after sentences that counted
// only other measures, is a count of its own (round 33 read it so at a sentence's start). Invented sentences; the first
// test failed on the build before the rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf } = require('./claimReports');

test('"said another N were wounded" after a count of the killed is the wounded count, no increment', () => {
  const text = 'The blast at the depot killed nine soldiers. Officials said another 14 soldiers were wounded.';
  assert.strictEqual(keyOf(text, 14), 'soldier|wounded');
  const that = 'The storm killed 31 people. The agency said that another 57 people were injured.';
  assert.strictEqual(keyOf(that, 57), 'person|wounded');
});

test('"said another N were killed" after a count of the killed stays an increment', () => {
  const text = 'The storm killed 31 people on Monday. The agency said another 6 people were killed on Tuesday.';
  assert.ok(keyOf(text, 6).endsWith('+diff'), keyOf(text, 6));
});

test('"another N" after a verb of saying with no count before stays an increment', () => {
  const text = 'The agency said another 6 people were injured in the storm.';
  assert.ok(keyOf(text, 6).endsWith('+diff'), keyOf(text, 6));
});
