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

test('"killed N and injured M more": M is the injured count, its verb between the two figures', () => {
  const text = 'A gas explosion killed at least 23 miners and injured 61 more at the pit.';
  assert.strictEqual(keyOf(text, 61), 'person|wounded');
  // The same measure stays an increment: "killed 12 ... and 20 more died".
  const same = 'The flood killed 12 people on Monday and 20 more died on Tuesday.';
  assert.ok(keyOf(same, 20).endsWith('+diff'), keyOf(same, 20));
  // With the verb after "more", the words do not say whose count it adds to: left as it was.
  const after = '"Twelve people have died," the governor said, adding that 40 more were in hospital.';
  assert.ok(keyOf(after, 40).endsWith('+diff'), keyOf(after, 40));
});
