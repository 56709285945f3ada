// Round 46 (partwhole46, issue 10): an increment word on a count of another measure than the figure before it ("said
// another N were wounded", "killed N and injured M more", "left N dead and M more injured"), and "overnight" dating a
// one-off event whose relative clause tells its toll: counts of their own, no "+diff". Invented sentences; tests 1, 4, 5
// and 6 failed on the build before their rule (2 and 3 are guards).
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

test('"left N dead and M more injured": the harm word right after "more" makes M the injured count', () => {
  const text = 'The landslide left at least 17 dead and 42 more injured on Friday.';
  assert.strictEqual(keyOf(text, 42), 'person|wounded');
});

test('"overnight" dates a one-off event whose relative clause tells its toll, no growth of the toll', () => {
  const text = 'Police are examining a stampede that killed at least 19 fans and injured 70 more at a stadium overnight.';
  assert.strictEqual(keyOf(text, 19), 'person|killed');
  assert.strictEqual(keyOf(text, 70), 'person|wounded');
  // A toll that grew overnight stays a growth.
  const growth = 'Rescuers said 30 more people died overnight.';
  assert.ok(keyOf(growth, 30).endsWith('+diff'), keyOf(growth, 30));
  const plain = 'The army said 12 soldiers were killed overnight in the border clashes.';
  assert.ok(keyOf(plain, 12).endsWith('+diff'), keyOf(plain, 12));
});
