// Round 30 (probe30c, issue 10): misses and false alarms found by probing unannotated real news of an election's
// partial count, a protest crowd, an earthquake's first days and a siege's first week. Each test states its class with
// INVENTED sentences; each failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('"there" points back at the place its own clause\'s source is in ("officials in Lyon reported 90 dead there")', () => {
  const a = doc('a.txt', 'The storm killed 40 people in Lyon and 12 in Toulouse on Tuesday, the emergency office '
    + 'said. But officials in Lyon reported 90 dead there on Tuesday.');
  assert.deepStrictEqual(valuePairs(a), ['40/90']);
});

test('two figures joined by "and" share the verb after the second ("12 soldiers and two police officers had been killed")', () => {
  const a = doc('a.txt', 'As of Sunday evening, 12 soldiers and two police officers had been killed in the fighting in '
    + 'Kandahar while 40 members of the security forces were wounded, the authorities said.');
  const b = doc('b.txt', 'Nine soldiers had been killed in the fighting in Kandahar as of Sunday evening, the army said.');
  assert.deepStrictEqual(valuePairs(a, b), ['9/12']);
});

test('"police officers" are policemen, one kind of the dead ("three police officers" vs "five policemen")', () => {
  const a = doc('a.txt', 'Five policemen were killed in the attack on the Kandahar checkpoint on Sunday, the governor said.');
  const b = doc('b.txt', 'Three police officers were killed in the attack on the Kandahar checkpoint on Sunday, the ministry said.');
  assert.deepStrictEqual(valuePairs(a, b), ['3/5']);
});

test('a "number of" subject opening the sentence names what the figure after its verb counts, however long its tail', () => {
  const a = doc('a.txt', 'The number of people marching against the new pension law through the narrow streets of the old '
    + 'town in central Lyon on Saturday reached more than 30,000.');
  const b = doc('b.txt', 'Police said 12,000 people marched against the new pension law in Lyon on Saturday.');
  assert.deepStrictEqual(valuePairs(a, b), ['12000/30000']);
});

test('people who pledged to attend are a promise, not the crowd ("50,000 had pledged on social media to attend")', () => {
  const a = doc('a.txt', 'Some 50,000 people had pledged on social media to attend the rally in Lyon on Saturday.');
  const b = doc('b.txt', 'Police said 20,000 people attended the rally in Lyon on Saturday.');
  assert.deepStrictEqual(valuePairs(a, b), []);
  assert.strictEqual(claimOf('More than 40,000 people have signed up online to march in Lyon on Saturday.', 40000)
    .modality, 'forecast');
});

test('"N of them" in the sentence after a count is a part of it ("Sixty-one gunmen were killed ... Forty-two of them")', () => {
  const a = doc('a.txt', 'Sixty-one gunmen were killed in the fighting in Kandahar on Sunday, the army said. Forty-two of them '
    + 'were killed in firefights, while the remaining 19 deaths were confirmed by witnesses.');
  assert.deepStrictEqual(valuePairs(a), []);
  const b = doc('b.txt', 'Sixty-one gunmen were killed in the fighting in Kandahar on Sunday, the army said. Forty-two of the '
    + 'gunmen were killed in firefights, while the remaining 19 deaths were confirmed by witnesses.');
  assert.deepStrictEqual(valuePairs(b), []);
});

test('a share "necessary to" win, past a "plus one" tail, is a bound, no result ("50 percent-plus-one necessary")', () => {
  const a = doc('a.txt', 'With a fifth of the ballots counted, the mayor has 41.2 percent of the vote, the election commission said.');
  const b = doc('b.txt', 'On the ballots counted so far, the mayor falls short of the margin of 50 percent-plus-one necessary to '
    + 'avoid a runoff, the election commission said.');
  assert.deepStrictEqual(valuePairs(a, b), []);
  assert.strictEqual(claimOf('The mayor falls short of the margin of 50 percent-plus-one necessary to avoid a runoff.', 50)
    .modality, 'bound');
  assert.strictEqual(claimOf('The mayor does not reach the 50 percent-plus-one margin needed to avoid a runoff.', 50)
    .modality, 'bound');
});
